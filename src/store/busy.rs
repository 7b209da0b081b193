//! Waiting for another process's write lock: how long, and telling the user that
//! duban is waiting rather than hanging in silence. A co-worker's `sqlite3` left in
//! `BEGIN IMMEDIATE` holds the lock as long as they like; every other user then
//! waits up to the timeout, is told so after a second, and is refused with "busy,
//! try again" (nothing written) when it passes.

use rusqlite::Connection;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Called once per wait that lasts longer than `NOTICE_AFTER`, with the timeout.
pub type BusyNotice = Arc<dyn Fn(Duration) + Send + Sync>;

/// How long a wait goes on before the notice is given.
const NOTICE_AFTER: Duration = Duration::from_secs(1);

/// How the store waits for a busy database.
#[derive(Clone)]
pub(super) struct BusyWait {
    pub timeout: Duration,
    pub notice: Option<BusyNotice>,
}

impl BusyWait {
    /// Installs the wait on `conn`: SQLite calls the handler each time it finds
    /// the database locked, with how many times it called it for this lock.
    pub(super) fn apply(&self, conn: &mut Connection) -> rusqlite::Result<()> {
        let timeout = self.timeout;
        let notice = self.notice.clone();
        let mut started = Instant::now();
        let mut told = false;
        conn.busy_handler(Some(move |count: i32| {
            if count == 0 {
                started = Instant::now();
                told = false;
            }
            let waited = started.elapsed();
            if waited >= timeout {
                return false;
            }
            if !told
                && waited >= NOTICE_AFTER
                && let Some(notice) = &notice
            {
                told = true;
                notice(timeout);
            }
            // Short sleeps first (most locks are a few milliseconds), then 50 ms.
            let step = if count < 10 { 2 } else { 50 };
            std::thread::sleep(Duration::from_millis(step).min(timeout - waited));
            true
        }))
    }
}
