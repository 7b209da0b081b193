//! A board's second session on the server, for reading search texts off the
//! board's thread (`store::SearchSource`): while the board keeps it (its search
//! prompt is open) opened at the first read, kept between reads, opened again
//! when it was lost; a read on it is cancelled through the server's cancel
//! request. Not kept, each read opens its own, and an idle board holds one
//! session on the server, not two.
//!
//! A session costs the server a backend process and the board a connect, the
//! checks `Store::open_server` makes (five round trips) and, remotely, a TLS
//! handshake: on a board past the search's texts limit every query typed read its
//! candidates that way. Kept, a query costs its own statements only.

use super::tls;
use crate::store::{Result, Store};
use postgres::NoTls;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The sessions a board reads its search texts on, besides its own.
pub struct Reader {
    url: String,
    /// The session between reads: `None` before the first, while a read has it,
    /// or after it was lost. A read that finds it taken (two at once: the index
    /// being built while a query's candidates are read) opens another for itself.
    idle: Mutex<Option<Store>>,
    /// Sessions opened so far.
    opened: AtomicUsize,
    /// Whether a session is kept between reads (`keep`).
    keeping: AtomicBool,
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("url", &super::shown(&self.url))
            .field("opened", &self.opened)
            .finish_non_exhaustive()
    }
}

/// Where a read on the server can be cancelled from another thread: the cancel
/// token of the session while the read runs on it.
#[derive(Clone)]
pub struct Cancel {
    running: Arc<Mutex<Option<postgres::CancelToken>>>,
    url: Arc<str>,
}

impl Cancel {
    /// Asks the server to cancel the read running now, if one is, on a thread of
    /// its own (a cancel request is a short connection of its own). The read's
    /// session is not given to the next read before the request is sent, so the
    /// request cannot reach a read that came after.
    pub fn cancel(&self) {
        let running = Arc::clone(&self.running);
        let url = Arc::clone(&self.url);
        if running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_none()
        {
            return;
        }
        let _ = std::thread::Builder::new()
            .name("duban-search-cancel".into())
            .spawn(move || {
                let token = running.lock().unwrap_or_else(PoisonError::into_inner);
                if let Some(token) = token.as_ref() {
                    // Nothing to do when it fails: the read then ends by itself.
                    let _ = send_cancel(token, &url);
                }
            });
    }

    fn set(&self, token: Option<postgres::CancelToken>) {
        *self.running.lock().unwrap_or_else(PoisonError::into_inner) = token;
    }
}

/// The cancel request, over TLS when the session's connection string asks for it.
fn send_cancel(token: &postgres::CancelToken, url: &str) -> std::result::Result<(), String> {
    let split = tls::split(url);
    if split.tls {
        let connector = tls::connector(&split).map_err(|e| e.to_string())?;
        token.cancel_query(connector).map_err(|e| e.to_string())
    } else {
        token.cancel_query(NoTls).map_err(|e| e.to_string())
    }
}

impl Reader {
    pub fn new(url: &str) -> Reader {
        Reader {
            url: url.to_string(),
            idle: Mutex::new(None),
            opened: AtomicUsize::new(0),
            keeping: AtomicBool::new(false),
        }
    }

    /// Keeps a session between reads from now on, or ends the one kept (a read
    /// under way ends its own when it is done).
    pub fn keep(&self, keep: bool) {
        self.keeping.store(keep, Ordering::Relaxed);
        if !keep {
            let kept = self
                .idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            drop(kept);
        }
    }

    /// The connection string the sessions are opened with.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A handle to cancel a read from another thread (see `read`).
    pub fn cancel_handle(&self) -> Cancel {
        Cancel {
            running: Arc::default(),
            url: Arc::from(self.url.as_str()),
        }
    }

    /// How many sessions were opened so far (the first read opens one).
    pub fn sessions_opened(&self) -> usize {
        self.opened.load(Ordering::Relaxed)
    }

    /// Runs `read` in one read-only transaction (the texts of one moment) on the
    /// kept session, or a new one when it is taken or was lost; `cancel`, when
    /// given, can cancel it meanwhile.
    pub fn read<T>(
        &self,
        cancel: Option<&Cancel>,
        read: impl FnOnce(&Store) -> Result<T>,
    ) -> Result<T> {
        let kept = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let store = match kept.filter(|s| !s.conn.pg().is_some_and(|pg| pg.client().is_closed())) {
            Some(store) => match begin(&store) {
                Ok(()) => store,
                // Lost while idle (a restart, a dropped link): a new session.
                Err(e) if e.is_connection_lost() => self.open_and_begin()?,
                Err(e) => return Err(e),
            },
            None => self.open_and_begin()?,
        };
        let token = store.conn.pg().map(|pg| pg.client().cancel_token());
        if let Some(cancel) = cancel {
            cancel.set(token);
        }
        let result = read(&store);
        if let Some(cancel) = cancel {
            // Waits for a cancel request being sent: it cannot reach what follows.
            cancel.set(None);
        }
        // A read transaction: nothing to keep or undo. A cancelled read's COMMIT
        // ends its failed transaction.
        let ended = store.conn.execute_batch("COMMIT");
        let lost = ended.is_err()
            || result
                .as_ref()
                .err()
                .is_some_and(crate::store::StoreError::is_connection_lost);
        if !lost && self.keeping.load(Ordering::Relaxed) {
            let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
            // One is kept: another read's session, done first, may be there.
            if idle.is_none() {
                *idle = Some(store);
            }
        }
        result
    }

    fn open_and_begin(&self) -> Result<Store> {
        // The role already passed the board's own opening (`--admin` included).
        let store = Store::open_server(&self.url, true)?;
        self.opened.fetch_add(1, Ordering::Relaxed);
        begin(&store)?;
        Ok(store)
    }
}

fn begin(store: &Store) -> Result<()> {
    Ok(store
        .conn
        .execute_batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?)
}

#[cfg(test)]
mod tests {
    use crate::store::StoreError;
    use crate::store::test_support::pg;

    fn backend(store: &crate::store::Store) -> crate::store::Result<i32> {
        Ok(store
            .conn
            .query_row("SELECT pg_backend_pid()", [], |r| r.get(0))?)
    }

    #[test]
    fn reads_in_a_row_share_one_session_opened_again_when_lost() {
        if !pg::available() {
            return;
        }
        let store = pg::fresh("甲");
        // The search prompt opens.
        store.keep_search_session(true);
        // The board asks for a source before each read.
        let first = store.search_source().unwrap().read(backend).unwrap();
        let source = store.search_source().unwrap();
        assert_eq!(source.read(backend).unwrap(), first);
        assert_eq!(source.sessions_opened(), 1);
        assert_ne!(
            first,
            backend(&store).unwrap(),
            "not the board's own session"
        );
        // The session ends (a restart, an administrator): the next read opens another.
        let ended: bool = store
            .conn
            .query_row("SELECT pg_terminate_backend(?1, 5000)", [first], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(ended);
        let second = source.read(backend).unwrap();
        assert_ne!(second, first);
        assert_eq!(source.read(backend).unwrap(), second);
        assert_eq!(source.sessions_opened(), 2);
        // The prompt closes: the session ends, and each read opens its own.
        store.keep_search_session(false);
        let alive = |pid: i32| -> bool {
            store
                .conn
                .query_row(
                    "SELECT count(*) > 0 FROM pg_stat_activity WHERE pid = ?1",
                    [pid],
                    |r| r.get(0),
                )
                .unwrap()
        };
        for _ in 0..1_000 {
            if !alive(second) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(!alive(second), "the kept session ends with the prompt");
        source.read(backend).unwrap();
        source.read(backend).unwrap();
        assert_eq!(source.sessions_opened(), 4);
    }

    #[test]
    fn a_read_is_cancelled_on_the_server_and_its_session_kept() {
        if !pg::available() {
            return;
        }
        let store = pg::fresh("甲");
        store.keep_search_session(true);
        let source = store.search_source().unwrap();
        let session = source.read(backend).unwrap();
        let cancel = source.cancel_handle().unwrap();
        let reading = {
            let (source, cancel) = (source.clone(), cancel.clone());
            std::thread::spawn(move || {
                source.read_cancellable(Some(&cancel), |s| {
                    Ok(s.conn.execute_batch("SELECT pg_sleep(600)")?)
                })
            })
        };
        // Until the read is under way on the server.
        let running = || -> bool {
            store
                .conn
                .query_row(
                    "SELECT count(*) > 0 FROM pg_stat_activity
                     WHERE pid = ?1 AND state = 'active' AND query LIKE '%pg_sleep%'",
                    [session],
                    |r| r.get(0),
                )
                .unwrap()
        };
        for _ in 0..1_000 {
            if running() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        cancel.cancel();
        match reading.join().unwrap() {
            Err(StoreError::Server(e)) => {
                assert_eq!(e.code().map(|c| c.code()), Some("57014"), "{e}")
            }
            other => panic!("expected the server's cancel, got {other:?}"),
        }
        assert_eq!(source.read(backend).unwrap(), session);
        assert_eq!(source.sessions_opened(), 1);
        // Nothing running: a cancel asks nothing of the server.
        cancel.cancel();
        assert_eq!(source.read(backend).unwrap(), session);
    }
}
