//! Presence: who has a board open on this database right now.

use super::{Result, Store};
use rusqlite::params;
use serde::Serialize;
use std::time::Duration;

/// Another open board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Presence {
    pub actor: String,
    pub host: String,
    pub since: String,
    pub last_seen: String,
}

/// A board that has not been seen for this long is taken to have died.
pub const PRESENCE_TTL: Duration = Duration::from_secs(15);

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".to_string())
}

impl Store {
    /// Records that this process has the board open; returns its session key.
    pub fn join_presence(&mut self) -> Result<String> {
        let now = self.now();
        let pid = std::process::id();
        // Several boards may live in one process (tests do this): count them.
        static OPENED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = OPENED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let session = format!("{}:{pid}:{n}:{now}", host());
        let actor = self.actor.clone();
        // Rows of boards long dead are cleaned up by whoever joins next.
        let cutoff = self.cutoff(PRESENCE_TTL * 20);
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM presence WHERE last_seen < ?1", [cutoff])?;
        tx.execute(
            "INSERT INTO presence (session, actor, host, pid, since, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![session, actor, host(), pid, now],
        )?;
        tx.commit()?;
        Ok(session)
    }

    /// Marks the session as still here.
    pub fn heartbeat(&mut self, session: &str) -> Result<()> {
        let now = self.now();
        let tx = self.write_tx()?;
        tx.execute(
            "UPDATE presence SET last_seen = ?2 WHERE session = ?1",
            params![session, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn leave_presence(&mut self, session: &str) -> Result<()> {
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM presence WHERE session = ?1", [session])?;
        tx.commit()?;
        Ok(())
    }

    /// The other boards seen within `PRESENCE_TTL`, one per actor, longest open first.
    pub fn others_present(&self, session: &str) -> Result<Vec<Presence>> {
        let mut st = self.conn.prepare_cached(
            "SELECT actor, min(host), min(since), max(last_seen) FROM presence
             WHERE session <> ?1 AND last_seen >= ?2
             GROUP BY actor ORDER BY min(since), actor",
        )?;
        let rows = st.query_map(params![session, self.cutoff(PRESENCE_TTL)], |r| {
            Ok(Presence {
                actor: r.get(0)?,
                host: r.get(1)?,
                since: r.get(2)?,
                last_seen: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The newest history row of the plan: it changes with every change to the
    /// board's data, and not with presence heartbeats.
    pub fn last_event_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM events", [], |r| r.get(0))?)
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
