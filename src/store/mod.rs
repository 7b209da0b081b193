//! SQLite and nothing else: opening (pragmas, migrations), reads and writes.
//! Every SQL statement the program runs lives under this module. This file owns
//! the `Store` struct, its accessors, the write transaction and the event log;
//! opening is in `open.rs`, errors in `error.rs`.

mod backup;
mod batch;
mod busy;
mod clean;
mod column_counts;
// The seam over SQLite and PostgreSQL (issue 18).
pub(crate) mod engine;
mod error;
mod error_message;
mod file;
mod import;
// Items made and corrected by hand, display names (issue 15).
mod items;
mod members;
mod model;
mod numbers;
mod office_counts;
mod open;
mod overview;
mod people;
mod plans;
mod presence;
mod read;
pub mod rules;
mod schema;
mod search_source;
pub mod server;
mod standup;
mod stream;
// The supervision loop (issue 12).
mod bulletin;
mod closeout;
mod cycle;
mod progress;
mod reports;
#[cfg(test)]
mod test_support;
mod undo;
mod urges;
mod verify;
mod write;
// Single-card reads for the board (owned by the board; see the file).
mod board_extra;
mod board_page;

pub use backup::RestoreReport;
pub use board_page::{CardScope, CardSlot};
pub use bulletin::{
    Bulletin, BulletinOffice, BulletinOverall, BulletinUrge, LaggingItem, LatestReport,
};
pub use busy::BusyNotice;
pub use closeout::CloseoutRecord;
pub use error::{Result, StoreError, Written};
pub use error_message::{io_reason, io_reason_zh, sqlite_reason, sqlite_reason_zh};
pub use file::{network_fs_warning, with_suffix};
pub use import::{Fed, Feed, ImportOptions, Take};
pub use items::{FieldChange, ItemAdded, ItemEdit, ItemFields, NewItem};
pub use members::Member;
pub use model::*;
pub use overview::OfficeOverview;
pub use plans::PlanSummary;
pub use presence::{PRESENCE_TTL, Presence};
pub use progress::{OfficeReports, ProgressPoint, SupervisionOverview};
pub use reports::{LoopActivity, ReportMade, ReportOutcome, ReportRecord};
pub use search_source::SearchSource;
pub use server::reader::Cancel as SearchCancel;
pub use standup::{IdleItem, ItemDue, MeasureTick, NoteAdded, OfficeStandup, Standup, StandupMove};
pub use undo::{UNDOABLE_KINDS, UndoOutcome};
pub use urges::UrgeRecord;
pub use verify::{Foreign, SchemaObject};

use engine::{Conn, TransactionBehavior};
use error::is_busy;
use open::{damaged, is_not_a_database, sound};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another one before SQLite reports busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// A duban database, opened for one actor.
pub struct Store {
    conn: Conn,
    /// The path it was opened at (`:memory:` for a private in-memory database).
    path: PathBuf,
    actor: String,
    /// The OS account that typed the changes, when it is not `actor` (`--as`).
    recorded_by: Option<String>,
    read_only: bool,
    /// A fixed clock for tests; `None` reads the system clock.
    fixed_now: Option<String>,
    /// This board's presence lock and heartbeat.
    presence: presence::Own,
    /// The files opened, checked before each write and on each refresh; `None` in memory.
    opened: std::cell::Cell<Option<file::Opened>>,
    /// Read as an immutable file, as a reader does while no writer has it open.
    immutable: bool,
    /// Out of WAL mode for a large import (see `Store::import`).
    in_bulk: bool,
    /// How long to wait for another process's lock, and whom to tell.
    busy: busy::BusyWait,
    /// The schema cookie (`PRAGMA schema_version`) when the schema was last found to
    /// be duban's own: a write that finds another checks the schema again, so a
    /// trigger planted while this store is open never runs in its writes.
    schema_cookie: std::cell::Cell<i64>,
    /// The -wal was missing and its -shm there when this store opened the file: a
    /// board had it open when someone deleted it, and damage read now is that.
    log_gone: bool,
    /// The quick check was put off (`defer_sound_check`) and has not yet found the
    /// file sound: the next write runs it first.
    sound_pending: std::cell::Cell<bool>,
    /// A board's visit (plan, time) recorded while the check was put off: written
    /// once it has run (`check_sound_if_deferred`).
    visit_put_off: Option<(PlanId, String)>,
    /// The events of this store's own changes (this process: the board), which
    /// the board's `u` undoes (`undo_own`). Kept here rather than in the
    /// connection: no write pays a statement for it, and a server board that
    /// reconnected can still undo what it did before the drop.
    own_events: Vec<i64>,
    /// On a server: the session the board's search reads on, off its thread
    /// (see `SearchSource`), kept between reads.
    search_reader: Option<std::sync::Arc<server::reader::Reader>>,
}

impl Store {
    /// The connection when it writes through the log (and so has its wal-index mapped).
    fn wal_conn(&self) -> Option<&rusqlite::Connection> {
        (!self.read_only && !self.in_bulk)
            .then_some(self.conn.sqlite())
            .flatten()
    }

    /// The SQLite connection, for what is SQLite's alone (`what` names the
    /// command); a server refuses it with `NotOnServer`.
    fn lite(&self, what: &'static str) -> Result<&rusqlite::Connection> {
        self.conn.sqlite().ok_or(StoreError::NotOnServer(what))
    }

    fn lite_mut(&mut self, what: &'static str) -> Result<&mut rusqlite::Connection> {
        self.conn.sqlite_mut().ok_or(StoreError::NotOnServer(what))
    }

    /// Fails when the files at the path are no longer the ones this store opened.
    fn check_files(&self) -> Result<()> {
        let Some(mut opened) = self.opened.get() else {
            return Ok(());
        };
        if self.immutable
            && file::with_suffix(&self.path, "-wal").exists()
            && file::with_suffix(&self.path, "-shm").exists()
        {
            return Err(StoreError::WritersBack {
                path: self.path.clone(),
            });
        }
        let change = opened.check(&self.path, self.wal_conn());
        self.opened.set(Some(opened));
        match change {
            None => Ok(()),
            Some(file::Change::Replaced) => Err(StoreError::FileReplaced {
                path: self.path.clone(),
            }),
            Some(file::Change::LogLost) => Err(StoreError::LogLost {
                path: self.path.clone(),
            }),
            Some(file::Change::CopiedOver) => Err(StoreError::CopiedOver {
                path: self.path.clone(),
            }),
        }
    }

    /// Takes the files at the path now as the ones opened (after this store itself
    /// replaced its log, as a large import does).
    pub(crate) fn files_changed_by_us(&self) {
        if self.opened.get().is_some() {
            let conn = self.wal_conn();
            self.opened.set(Some(file::Opened::now(&self.path, conn)));
        }
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Records changes under `actor`, for tests that play several people on one
    /// connection.
    #[doc(hidden)]
    pub fn set_actor(&mut self, actor: &str) {
        self.actor = actor.to_string();
    }

    /// Who typed the changes when that is not the actor (`--as`): the history
    /// records both, `张三（督查员代录）`.
    pub fn set_recorded_by(&mut self, user: Option<&str>) -> Result<()> {
        let user = user.filter(|u| *u != self.actor).map(str::to_string);
        self.conn.execute(
            "UPDATE temp.duban_session SET recorded_by = ?1",
            [user.as_deref()],
        )?;
        self.recorded_by = user;
        Ok(())
    }

    /// The OS account typing for the actor, if it is someone else.
    pub fn recorded_by(&self) -> Option<&str> {
        self.recorded_by.as_deref()
    }

    /// The database file as it was opened; `None` for an in-memory database.
    pub fn path(&self) -> Option<&Path> {
        self.conn.path().filter(|p| !p.is_empty()).map(Path::new)
    }

    /// True when the user may read but not write the database.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The bundled SQLite's version, e.g. "3.54.1".
    pub fn sqlite_version() -> &'static str {
        rusqlite::version()
    }

    /// The schema version this build writes.
    pub fn schema_version() -> i64 {
        schema::CURRENT
    }

    /// How long a write waits for another process's lock (on a server, duban's
    /// write lock: `lock_timeout`) before it is refused as `Busy` (30 s unless
    /// set), and `notice`, called once a wait passes a second,
    /// so the user hears that duban waits rather than seeing it hang.
    pub fn set_busy_wait(&mut self, timeout: Duration, notice: Option<BusyNotice>) -> Result<()> {
        self.busy = busy::BusyWait { timeout, notice };
        if let Some(conn) = self.conn.sqlite_mut() {
            self.busy.apply(conn)?;
        } else if let Some(pg) = self.conn.pg() {
            // A server's lock waits (duban's write lock) end at the same time; its
            // 0 would mean no end, so no wait is one millisecond there.
            let ms = timeout.as_millis().max(1);
            pg.client()
                .batch_execute(&format!("SET lock_timeout = {ms}"))?;
        }
        Ok(())
    }

    /// Pins the clock (RFC 3339 text) so tests and snapshots are repeatable.
    pub fn set_fixed_now(&mut self, now: Option<&str>) {
        self.fixed_now = now.map(str::to_string);
    }

    /// The SQL of schema migration `version`, for tests that build old databases.
    #[doc(hidden)]
    pub fn migration_sql(version: usize) -> Option<&'static str> {
        schema::migration(version)
    }

    /// Today in the local time zone, by the store's clock (fixed in tests).
    pub fn today(&self) -> jiff::civil::Date {
        civil_today(&self.now())
    }

    /// Now, as stored: RFC 3339 in UTC with milliseconds.
    pub(crate) fn now(&self) -> String {
        match &self.fixed_now {
            Some(t) => t.clone(),
            None => jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
                .to_string(),
        }
    }

    /// Starts the one short write transaction a change runs in.
    pub(crate) fn write_tx(&mut self) -> Result<crate::store::engine::Tx<'_>> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.check_files()?;
        // Never a write into a file whose quick check has not said it is sound.
        if self.sound_pending.get() {
            self.check_sound()?;
        }
        let path = &self.path;
        let cookie = &self.schema_cookie;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // A server keeps its schema to its owner role (see `server::check`).
        let Some(lite) = tx.sqlite() else {
            return Ok(tx);
        };
        // Under the write lock no one can change the schema until this commits.
        let now: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
        if now != cookie.get() {
            let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if version > schema::CURRENT {
                return Err(StoreError::TooNew {
                    path: path.clone(),
                    found: version,
                    supported: schema::CURRENT,
                });
            }
            // This store migrated the file to the current version when it opened
            // it; a lower version now was set by hand (which would also have made
            // the schema check below look at an older, or no, schema).
            if version < schema::CURRENT {
                return Err(StoreError::Tampered {
                    path: path.clone(),
                    what: verify::Foreign::VersionSetBack { version },
                });
            }
            if let Some(what) =
                verify::foreign_object(lite, version).map_err(|e| damaged(path, e))?
            {
                return Err(StoreError::Tampered {
                    path: path.clone(),
                    what,
                });
            }
            cookie.set(now);
        }
        Ok(tx)
    }

    /// Changes whenever another connection commits; nearly free to poll. Fails when
    /// the files under the store changed (see `StoreError::is_file_change`).
    pub fn data_version(&self) -> Result<i64> {
        if self.conn.is_server() {
            // Every write records an event: the newest one's id changes with each
            // commit (LISTEN/NOTIFY will replace this poll).
            return Ok(self.conn.query_row(
                "SELECT coalesce(max(id), 0) FROM events",
                [],
                |r| r.get(0),
            )?);
        }
        self.check_files()?;
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// Fails with `Damaged` when SQLite's quick check finds the file damaged. It
    /// reads every page, so files larger than `verify::QUICK_CHECK_MAX_BYTES` are
    /// not checked here (their damage shows when a read meets it, as `Corrupt`).
    pub fn check_sound(&self) -> Result<()> {
        self.quick_check_upto(verify::QUICK_CHECK_MAX_BYTES)?;
        self.sound_pending.set(false);
        Ok(())
    }

    /// Puts the quick check off: reads go on (a board's first frame does not wait
    /// for a pass over every page), and the first write runs `check_sound` before
    /// it writes, so a damaged file is still never written into. The caller runs
    /// `check_sound` as soon as it can (the board, right after its first frame).
    pub fn defer_sound_check(&self) {
        self.sound_pending.set(true);
    }

    /// Runs the quick check `defer_sound_check` put off (nothing when it was not),
    /// then writes the visit recorded meanwhile, as the board's start did before.
    pub fn check_sound_if_deferred(&mut self) -> Result<()> {
        if self.sound_pending.get() {
            self.check_sound()?;
            self.release_cache();
        }
        if let Some((plan, at)) = self.visit_put_off.take() {
            // As on start: a visit that cannot be written (a busy file) is let go.
            let _ = self.write_visit(plan, &at);
        }
        Ok(())
    }

    /// Gives back the memory of the page cache, which the quick check filled
    /// with every page of the file (up to the cache's 2 MB) though the board
    /// needs few of them again: SQLite frees its pages, then glibc returns the
    /// heap's free pages to the kernel (issue 20: resident memory at 34 items).
    fn release_cache(&self) {
        if let Some(conn) = self.conn.sqlite() {
            // Only memory is at stake; a connection that keeps its cache is fine.
            let _ = conn.release_memory();
        }
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        // SAFETY: malloc_trim only hands free pages of the heap back to the
        // kernel; it touches no memory in use.
        unsafe {
            libc::malloc_trim(0);
        }
    }

    fn quick_check_upto(&self, max_bytes: u64) -> Result<()> {
        match self.path().zip(self.conn.sqlite()) {
            Some((path, conn)) => match sound(conn, path, max_bytes) {
                Err(StoreError::Damaged { .. }) if self.log_gone => Err(StoreError::LogMissing {
                    path: path.to_path_buf(),
                }),
                other => other,
            },
            None => Ok(()),
        }
    }

    /// SQLite's `synchronous` level on this connection (2 is FULL: a commit is on
    /// disk when it returns), for tests and `duban config`.
    #[doc(hidden)]
    pub fn sync_level(&self) -> Result<i64> {
        Ok(self
            .lite("PRAGMA synchronous")?
            .query_row("PRAGMA synchronous", [], |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .lite("PRAGMA integrity_check")?
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Refuses a text past `text::MAX_TEXT_BYTES`.
pub(crate) fn check_length(what: Written, text: &str) -> Result<()> {
    let max = crate::text::MAX_TEXT_BYTES;
    if text.len() > max {
        return Err(StoreError::TooLong { what, max });
    }
    Ok(())
}

/// The local date of a stored time (the system clock's when it does not parse).
pub(crate) fn civil_today(now: &str) -> jiff::civil::Date {
    let now: jiff::Timestamp = now.parse().unwrap_or_else(|_| jiff::Timestamp::now());
    now.to_zoned(jiff::tz::TimeZone::system()).date()
}

/// A history row to write.
pub(crate) struct NewEvent<'a> {
    pub plan: PlanId,
    pub item: Option<ItemId>,
    pub kind: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// The note id or measure ordinal the change is about.
    pub ref_id: Option<i64>,
    /// For an undo: the event it undoes.
    pub undoes: Option<i64>,
}

/// Writes one event row inside the transaction of the change it records; its id.
pub(crate) fn record_event(
    tx: &crate::store::engine::Tx<'_>,
    actor: &str,
    at: &str,
    ev: &NewEvent<'_>,
) -> Result<i64> {
    Ok(tx
        .prepare_cached(
            "INSERT INTO events (plan_id, item_id, actor, at, kind, before, after, ref_id, undoes,
            recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
            (SELECT recorded_by FROM temp.duban_session))
         RETURNING id",
        )?
        .query_row(
            crate::store::engine::params![
                ev.plan, ev.item, actor, at, ev.kind, ev.before, ev.after, ev.ref_id, ev.undoes
            ],
            |r| r.get(0),
        )?)
}
