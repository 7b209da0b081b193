//! Presence: who has a board open on this database right now.
//!
//! A board writes one row when it opens and deletes it when it closes; while open it
//! holds a lock on a byte (its slot) of the side file `duban.db-presence` and writes
//! nothing at all. Others test the slot's lock: the kernel drops it when the board's
//! process ends, however it ends, so a board that died is gone at the next look.
//! Where no lock can be held (the side file cannot be written, another host), a row
//! is kept alive by a heartbeat of at most one small write a minute instead.

use super::file::SideFile;
use super::{Result, Store};
use crate::store::engine::params;
use serde::Serialize;
use std::time::{Duration, Instant};

/// Another open board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Presence {
    pub actor: String,
    pub host: String,
    pub since: String,
    pub last_seen: String,
}

/// A board without a presence lock that has not been seen for this long is taken
/// to have died (`DUBAN_PRESENCE_TIMEOUT_MS` overrides it, for tests).
pub const PRESENCE_TTL: Duration = Duration::from_secs(90);

/// The most presence rows a board reads.
const MAX_PRESENT_ROWS: i64 = 500;

/// The other boards' rows: two reads by index, each bounded, sessions with a slot
/// lock (a range of the primary key) and lock-less ones seen within the timeout
/// (`presence_by_seen`); rows outside both, however many, are never read.
const PRESENT_SQL: &str = "SELECT session, actor, host, since, last_seen FROM (
     SELECT * FROM (SELECT session, actor, host, since, last_seen
         FROM presence WHERE session >= 'lock' AND session < 'locl'
             AND session <> ?1 LIMIT ?4) AS locked
     UNION
     SELECT * FROM (SELECT session, actor, host, since, last_seen
         FROM presence WHERE last_seen >= ?2 AND last_seen <= ?3
             AND session <> ?1 LIMIT ?4) AS seen) AS present
 ORDER BY since, actor LIMIT ?4";

fn ttl() -> Duration {
    std::env::var("DUBAN_PRESENCE_TIMEOUT_MS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(PRESENCE_TTL)
}

/// How often a board without a lock writes its heartbeat: two beats per timeout.
fn beat_every() -> Duration {
    ttl() * 2 / 3
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| super::clean::line(&h).into_owned())
        .unwrap_or_else(|| "localhost".to_string())
}

/// The slot a session holds a lock on: sessions with a lock are `lock<slot>@<host>:…`.
fn slot_of(session: &str) -> Option<(u32, &str)> {
    let rest = session.strip_prefix("lock")?;
    let (slot, rest) = rest.split_once('@')?;
    let host = rest.split(':').next()?;
    Some((slot.parse().ok()?, host))
}

/// What a store keeps of its own presence.
#[derive(Default)]
pub(super) struct Own {
    /// The side file: holds this board's slot lock, and tests others'.
    side: Option<SideFile>,
    /// Whether the side file was tried (it is opened once).
    side_tried: bool,
    /// When a lock-less session last wrote its heartbeat.
    last_beat: Option<Instant>,
    /// On a server: what notifications said (see `server::live`).
    pub(super) server: super::server::live::Link,
}

impl Store {
    fn side_file(&mut self) -> Option<&SideFile> {
        if !self.presence.side_tried {
            self.presence.side_tried = true;
            if self.conn.path().is_some_and(|p| !p.is_empty()) {
                self.presence.side = SideFile::open(&self.path);
            }
        }
        self.presence.side.as_ref()
    }

    /// Records that this process has the board open; returns its session key.
    pub fn join_presence(&mut self) -> Result<String> {
        if self.is_server() {
            return self.server_join();
        }
        if self.read_only {
            return Err(super::StoreError::ReadOnly);
        }
        let now = self.now();
        let pid = std::process::id();
        // Several boards may live in one process (tests do this): count them.
        static OPENED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = OPENED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let host = host();
        let slot = self.side_file().and_then(SideFile::take_slot);
        let session = match slot {
            Some(slot) => format!("lock{slot}@{host}:{pid}:{n}:{now}"),
            None => format!("{host}:{pid}:{n}:{now}"),
        };
        // Rows of boards that are gone: lock-less ones long unseen, and those on this
        // host whose slot no one holds any more.
        let cutoff = self.cutoff(ttl() * 20);
        // Rows "seen" in the future are no board's: clocks differ by seconds, not
        // by more than the timeout.
        let future = self.cutoff_ahead(ttl());
        let dead = self.dead_lock_sessions(&host)?;
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        tx.execute(
            "DELETE FROM presence WHERE last_seen < ?1 AND session NOT LIKE 'lock%'",
            [cutoff],
        )?;
        tx.execute("DELETE FROM presence WHERE last_seen > ?1", [future])?;
        for s in &dead {
            tx.execute("DELETE FROM presence WHERE session = ?1", [s])?;
        }
        tx.execute(
            "INSERT INTO presence (session, actor, host, pid, since, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![session, actor, host, pid, now],
        )?;
        tx.commit()?;
        self.presence.last_beat = Some(Instant::now());
        Ok(session)
    }

    /// Sessions on `host` whose slot lock no one holds: boards that ended.
    fn dead_lock_sessions(&mut self, host: &str) -> Result<Vec<String>> {
        let sessions: Vec<String> = self
            .conn
            .prepare("SELECT session FROM presence WHERE session LIKE 'lock%'")?
            .query_map([], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        let Some(side) = self.side_file() else {
            return Ok(Vec::new());
        };
        Ok(sessions
            .into_iter()
            .filter(|s| slot_of(s).is_some_and(|(slot, h)| h == host && !side.slot_held(slot)))
            .collect())
    }

    /// Keeps a lock-less session alive, writing at most once per `beat_every()`; a
    /// session with a lock writes nothing.
    pub fn heartbeat(&mut self, session: &str) -> Result<()> {
        if self.is_server() {
            return Ok(()); // the server knows who is connected: nothing to write
        }
        if slot_of(session).is_some()
            || self
                .presence
                .last_beat
                .is_some_and(|t| t.elapsed() < beat_every())
        {
            return Ok(());
        }
        let now = self.now();
        let tx = self.write_tx()?;
        tx.execute(
            "UPDATE presence SET last_seen = ?2 WHERE session = ?1",
            params![session, now],
        )?;
        tx.commit()?;
        self.presence.last_beat = Some(Instant::now());
        Ok(())
    }

    pub fn leave_presence(&mut self, session: &str) -> Result<()> {
        if self.is_server() {
            return self.server_leave();
        }
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM presence WHERE session = ?1", [session])?;
        tx.commit()?;
        // Closing the side file drops the slot lock.
        self.presence = Own::default();
        Ok(())
    }

    /// The other boards open now, one per actor, longest open first: those holding
    /// their slot lock, and lock-less ones seen within the timeout. Reads only.
    ///
    /// Anyone who can write the file can write rows here too: at most
    /// `MAX_PRESENT_ROWS` are read (a footer names a handful), and a lock-less row
    /// "seen" in the future is not taken for alive.
    pub fn others_present(&mut self, session: &str) -> Result<Vec<Presence>> {
        if self.is_server() {
            return self.server_others();
        }
        let here = host();
        let cutoff = self.cutoff(ttl());
        let horizon = self.cutoff(Duration::ZERO);
        let rows: Vec<(String, Presence)> = self
            .conn
            .prepare_cached(PRESENT_SQL)?
            .query_map(params![session, cutoff, horizon, MAX_PRESENT_ROWS], |r| {
                Ok((
                    r.get(0)?,
                    Presence {
                        actor: r.get(1)?,
                        host: r.get(2)?,
                        since: r.get(3)?,
                        last_seen: r.get(4)?,
                    },
                ))
            })?
            .collect::<crate::store::engine::Result<_>>()?;
        let side = self.side_file();
        let mut out: Vec<Presence> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (s, p) in rows {
            let alive = match (slot_of(&s), side) {
                (Some((slot, h)), Some(side)) if h == here => side.slot_held(slot),
                _ => p.last_seen >= cutoff && p.last_seen <= horizon,
            };
            if alive && seen.insert(p.actor.clone()) {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// The newest history row of the plan: it changes with every change to the
    /// board's data, and not with presence.
    pub fn last_event_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM events", [], |r| r.get(0))?)
    }

    /// `now` plus `ahead`, in the stored time format.
    fn cutoff_ahead(&self, ahead: Duration) -> String {
        let now: jiff::Timestamp = self
            .now()
            .parse()
            .unwrap_or_else(|_| jiff::Timestamp::now());
        let ahead = jiff::SignedDuration::try_from(ahead).unwrap_or_default();
        now.checked_add(ahead)
            .unwrap_or(now)
            .strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string()
    }

    /// `now` minus `age`, in the stored time format.
    fn cutoff(&self, age: Duration) -> String {
        let now: jiff::Timestamp = self
            .now()
            .parse()
            .unwrap_or_else(|_| jiff::Timestamp::now());
        let age = jiff::SignedDuration::try_from(age).unwrap_or_default();
        now.checked_sub(age)
            .unwrap_or(now)
            .strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_rows_neither_stall_nor_crowd_the_footer() {
        if crate::store::test_support::pg::chosen() {
            return; // SQLite's own: its query plan, strftime, the presence side file
        }
        let (mut store, _) = crate::store::test_support::seeded("甲");
        store.set_fixed_now(None);
        let me = store.join_presence().unwrap();
        // 50,000 rows by as many "people", seen a day from now.
        store
            .conn
            .execute_batch(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000)
                 INSERT INTO presence (session, actor, host, pid, since, last_seen)
                 SELECT 'junk' || x, 'ghost' || x, 'h', x, '2000-01-01T00:00:00.000Z',
                        strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day') FROM c;",
            )
            .unwrap();
        assert!(store.others_present(&me).unwrap().is_empty());
        store
            .conn
            .execute_batch(
                "UPDATE presence SET last_seen = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                 WHERE session LIKE 'junk%'",
            )
            .unwrap();
        assert_eq!(store.others_present(&me).unwrap().len(), 500);
    }

    #[test]
    fn presence_rows_in_the_future_or_distant_past_are_ignored_cleaned_and_read_by_index() {
        if crate::store::test_support::pg::chosen() {
            return; // SQLite's own: its query plan, strftime, the presence side file
        }
        let (mut store, _) = crate::store::test_support::seeded("甲");
        store.set_fixed_now(None);
        store
            .conn
            .execute_batch(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000)
                 INSERT INTO presence (session, actor, host, pid, since, last_seen)
                 SELECT 'junk' || x, 'ghost' || x, 'h', x, '2000-01-01T00:00:00.000Z',
                        CASE x % 2 WHEN 0 THEN '2999-01-01T00:00:00.000Z'
                                   ELSE '1999-01-01T00:00:00.000Z' END FROM c;",
            )
            .unwrap();
        let me = store.join_presence().unwrap();
        assert!(store.others_present(&me).unwrap().is_empty());
        let left: i64 = store
            .conn
            .query_row("SELECT count(*) FROM presence", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 1, "only this board's own row is left");
        // The query reads by index: no scan of the table.
        let steps =
            crate::store::test_support::query_plan(&store, PRESENT_SQL, params![me, "a", "b", 500]);
        assert!(
            !steps.iter().any(|s| s.starts_with("SCAN presence")),
            "no scan: {steps:?}"
        );
        assert!(
            steps.iter().any(|s| s.contains("presence_by_seen")),
            "{steps:?}"
        );
    }

    #[test]
    fn sessions_name_their_slot_and_host() {
        assert_eq!(slot_of("lock12@srv:4711:0:2020"), Some((12, "srv")));
        assert_eq!(slot_of("srv:4711:0:2020"), None);
        assert_eq!(slot_of("lockx@srv:1"), None);
    }
}
