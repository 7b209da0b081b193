//! A second reader of the search texts: a board builds its search index on a thread
//! of its own, reading through a connection of its own, while it goes on answering
//! keys on the first. With a database server this is a second client session, kept
//! between reads (`server::reader`); with a file, a read-only connection to the
//! same file opened for each read (through its log, so it sees every committed
//! write, in one read transaction), which costs a file's open and nothing kept.

use super::server::reader::{Cancel, Reader};
use super::{ItemId, PlanId, Result, Store};
use std::path::PathBuf;
use std::sync::Arc;

/// Where another thread can read this store's search texts again.
#[derive(Debug, Clone)]
pub struct SearchSource {
    from: Origin,
    actor: String,
}

#[derive(Debug, Clone)]
enum Origin {
    File(PathBuf),
    /// A server: a second session as the same login role, the board's own.
    Server(Arc<Reader>),
}

/// The page cache of the second reader: it reads each page once, in order, so a
/// small cache costs it nothing and keeps the board's memory down.
const READER_CACHE_KIB: i64 = 2_000;

impl Store {
    /// A source for reading the search texts off this thread; `None` for a private
    /// in-memory database, which no other connection can see.
    pub fn search_source(&self) -> Option<SearchSource> {
        let from = if let Some(reader) = &self.search_reader {
            Origin::Server(Arc::clone(reader))
        } else {
            Origin::File(self.path()?.to_path_buf())
        };
        Some(SearchSource {
            from,
            actor: self.actor.clone(),
        })
    }
}

impl Store {
    /// On a server: whether the search's reading session is kept between reads
    /// (while the search prompt is open: the queries typed there read on one
    /// session) or ended after each (an idle board keeps one session only).
    /// Nothing on a file.
    pub fn keep_search_session(&self, keep: bool) {
        if let Some(reader) = &self.search_reader {
            reader.keep(keep);
        }
    }
}

impl SearchSource {
    /// Hands each item's search text of `plan` to `f`, as
    /// [`Store::for_each_search_text`] does, read on a new read-only connection in one
    /// read transaction: the texts of one moment, whatever is written meanwhile.
    pub fn for_each_search_text(&self, plan: PlanId, f: impl FnMut(ItemId, String)) -> Result<()> {
        self.read(|store| store.for_each_search_text(plan, f))
    }

    /// Runs `read` on a second connection, in one read transaction.
    pub fn read<T>(&self, read: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        self.read_cancellable(None, read)
    }

    /// A handle that cancels a read on a server at once (`Cancel::cancel`), where
    /// a flag the read checks would wait for the server's answer; `None` for a
    /// file, whose rows the read steps through itself.
    pub fn cancel_handle(&self) -> Option<Cancel> {
        match &self.from {
            Origin::Server(reader) => Some(reader.cancel_handle()),
            Origin::File(_) => None,
        }
    }

    /// `read`, which `cancel` (from `cancel_handle`) can cancel meanwhile.
    pub fn read_cancellable<T>(
        &self,
        cancel: Option<&Cancel>,
        read: impl FnOnce(&Store) -> Result<T>,
    ) -> Result<T> {
        match &self.from {
            Origin::File(path) => {
                let store = Store::open_read_only(path, &self.actor)?;
                if let Some(conn) = store.conn.sqlite() {
                    conn.pragma_update(None, "cache_size", -READER_CACHE_KIB)?;
                }
                store.conn.execute_batch("BEGIN")?;
                let read = read(&store);
                // A read transaction: nothing to keep or undo.
                let _ = store.conn.execute_batch("COMMIT");
                read
            }
            Origin::Server(reader) => reader.read(cancel, read),
        }
    }

    /// How many sessions the reads opened on a server so far (0 on a file).
    pub fn sessions_opened(&self) -> usize {
        match &self.from {
            Origin::Server(reader) => reader.sessions_opened(),
            Origin::File(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_reader_sees_what_the_store_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.db");
        let mut store = Store::open(&path, "tester").unwrap();
        let plan = store
            .import(&crate::store::test_support::plan())
            .unwrap()
            .plan_id;
        let source = store.search_source().unwrap();
        let mut read = Vec::new();
        source
            .for_each_search_text(plan, |id, text| read.push((id, text)))
            .unwrap();
        assert_eq!(read, store.search_texts(plan).unwrap());
        assert!(!read.is_empty());
    }

    #[test]
    fn an_in_memory_store_has_no_second_reader() {
        let store = Store::open_in_memory("tester").unwrap();
        assert!(store.search_source().is_none());
    }
}
