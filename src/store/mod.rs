//! SQLite and nothing else: opening (pragmas, migrations), reads and writes.
//! Every SQL statement the program runs lives under this module.

mod backup;
mod batch;
mod busy;
mod clean;
mod error_zh;
mod file;
mod import;
// Items made and corrected by hand, display names (issue 15).
mod items;
mod members;
mod model;
mod numbers;
mod overview;
mod people;
mod plans;
mod presence;
mod read;
pub mod rules;
mod schema;
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

pub use backup::RestoreReport;
pub use bulletin::{
    Bulletin, BulletinOffice, BulletinOverall, BulletinUrge, LaggingItem, LatestReport,
};
pub use busy::BusyNotice;
pub use closeout::CloseoutRecord;
pub use error_zh::{io_reason_zh, sqlite_reason_zh};
pub use file::{network_fs_warning, with_suffix};
pub use import::ImportOptions;
pub use items::{FieldChange, ItemAdded, ItemEdit, ItemFields, NewItem};
pub use members::Member;
pub use model::*;
pub use overview::OfficeOverview;
pub use plans::PlanSummary;
pub use presence::{PRESENCE_TTL, Presence};
pub use progress::{OfficeReports, ProgressPoint, SupervisionOverview};
pub use reports::{LoopActivity, ReportMade, ReportOutcome, ReportRecord};
pub use standup::{IdleItem, ItemDue, MeasureTick, NoteAdded, OfficeStandup, Standup, StandupMove};
pub use undo::{UNDOABLE_KINDS, UndoOutcome};
pub use urges::UrgeRecord;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path}: not a duban database (it has tables duban did not create); it was left untouched"
    )]
    NotDuban { path: PathBuf },
    #[error(
        "{path}: written by a newer duban (schema version {found}, this build knows up to {supported}); it was left untouched — upgrade duban"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path}: cannot open the database: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: cannot create the database: {source}")]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{dir}: no such folder; a new database is created only in a folder that exists (for {path})"
    )]
    NoFolder { path: PathBuf, dir: PathBuf },
    #[error(
        "{path}: a symbolic link to {target}, which does not exist; no database is created through a link"
    )]
    DanglingLink { path: PathBuf, target: PathBuf },
    #[error("{path}: a directory, not a database file")]
    IsDirectory { path: PathBuf },
    #[error("{path}: not a regular file (a pipe, socket or device), not a database file")]
    NotAFile { path: PathBuf },
    #[error("{path}: not an SQLite database; it was left untouched")]
    NotSqlite { path: PathBuf },
    #[error("{path}: permission denied")]
    PermissionDenied { path: PathBuf },
    #[error("the database holds no plan yet")]
    NoPlan,
    #[error("{path}: the database is damaged ({detail}); it was left untouched")]
    Damaged { path: PathBuf, detail: String },
    #[error("no plan with id {0}")]
    NoSuchPlan(PlanId),
    #[error("no item {number} in this plan")]
    NoSuchItem { number: u32 },
    #[error("item {number} is retired; bring it back first with `duban restore-item {number}`")]
    ItemRetired { number: u32 },
    #[error("no item with id {0}")]
    NoSuchItemId(ItemId),
    #[error("no note {0}")]
    NoSuchNote(NoteId),
    #[error("no measure {ordinal} on item {number}")]
    NoSuchMeasure { number: u32, ordinal: u32 },
    #[error("no indicator {ordinal} on item {number} (it has {count})")]
    NoSuchIndicator {
        number: u32,
        ordinal: u32,
        count: u32,
    },
    #[error("note {id} was written by {author}; only its author may change it")]
    NotYourNote { id: NoteId, author: String },
    #[error("the database is read-only for you")]
    ReadOnly,
    #[error(
        "{path}: cannot write the database: {file} belongs to {owner} with mode {mode:04o}, \
         so no one else can write it (a user who could only read the database probably \
         left it). Fix: when no board is open, delete it (rm '{file}'), or have {owner} \
         run: chmod g+w '{file}'"
    )]
    BlockedBy {
        path: PathBuf,
        file: PathBuf,
        owner: String,
        mode: u32,
    },
    #[error("{path}: a writer opened the database; open it again to follow its changes")]
    WritersBack { path: PathBuf },
    #[error(
        "{path}: the database file was replaced (moved or copied over it) while it was open; nothing was written — open it again"
    )]
    FileReplaced { path: PathBuf },
    #[error(
        "{path}: the database file was overwritten in place (copied over) while it was open; its log (-wal) belongs to what was there before, so nothing more is written. Close every board, and use `duban restore FILE` to put a copy in place"
    )]
    CopiedOver { path: PathBuf },
    #[error(
        "{path}-wal (the database's log) was deleted while the database was open; nothing was written — open it again"
    )]
    LogLost { path: PathBuf },
    #[error(
        "{path}-wal (the database's log) is missing while its index (-shm) says it holds changes: it was deleted while a board had the database open. The file itself is sound and nothing was written; close the boards that have it open (they write those changes into the file as they close), then try again"
    )]
    LogMissing { path: PathBuf },
    /// The supervision rules refuse the act; the message says who may do it.
    #[error("{0}")]
    Refused(Box<rules::Refusal>),
    #[error("supervisors belong to the supervising office, {supervising}, not {office}")]
    NotSupervisingOffice { office: String, supervising: String },
    #[error("{user} is not a member of {office}")]
    NoSuchMember { user: String, office: String },
    #[error("no office {0:?}")]
    NoSuchOffice(String),
    /// A group such as 各县市区 or 相关处室 stands for several bodies: no one is
    /// its member.
    #[error(
        "{0:?} is a group of offices (several bodies), not one office: members join one office"
    )]
    GroupNotOffice(String),
    #[error("moving item {number} to done needs a completion statement (办结说明)")]
    NeedsStatement { number: u32 },
    #[error("item {number} is not waiting for confirmation")]
    NotAwaitingConfirmation { number: u32 },
    #[error("item {number} is not done")]
    NotDone { number: u32 },
    /// Leaving 已完成 goes through `reopen` (with a reason), never a plain move.
    #[error(
        "item {number} is done: it leaves 已完成 only when reopened with a reason, `duban reopen {number} REASON` (R on the board)"
    )]
    LeavesDone { number: u32 },
    /// An urge on an item whose close-out was confirmed (销号).
    #[error(
        "item {number} is closed and confirmed (销号): there is nothing left to urge; reopen it first (`duban reopen {number} REASON`)"
    )]
    UrgeOnConfirmed { number: u32 },
    /// A reply-by date before today.
    #[error("the reply-by date {date} is in the past; it must be {earliest} or later")]
    ReplyByPast { date: String, earliest: String },
    #[error("item {number} has no open urge")]
    NoOpenUrge { number: u32 },
    /// A deadline typed for an item that is not one, or is before the item was made.
    #[error("{0}; nothing was saved")]
    BadDue(crate::plan::adhoc::DueError),
    #[error("{0} is empty; nothing was saved")]
    Empty(&'static str),
    #[error("{what} is too long (at most {max} bytes); nothing was saved")]
    TooLong { what: &'static str, max: usize },
    /// The file's schema has objects duban did not make (a trigger, a view, a
    /// table) or one of duban's changed by hand: nothing is run on it.
    #[error(
        "{path}: the database's schema was changed by another program ({what}); duban does not open it, so that nothing planted in it runs. It was left untouched: whoever manages the file can remove what was added (with sqlite3), or put a backup in its place while no board is open"
    )]
    Tampered { path: PathBuf, what: String },
    /// SQLite found a damaged page, or a row holds what duban never writes (text
    /// that is not UTF-8, NULL or a number out of range where duban keeps values).
    #[error("the database is damaged or was changed by another program ({0}); nothing was written")]
    Corrupt(rusqlite::Error),
    /// Another process held the write lock past the wait (see `Store::set_busy_wait`).
    #[error(
        "the database is busy: another program held its write lock too long ({0}); nothing was written — try again"
    )]
    Busy(rusqlite::Error),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if is_damage(&e) {
            StoreError::Corrupt(e)
        } else if is_busy(&e) {
            StoreError::Busy(e)
        } else {
            StoreError::Sqlite(e)
        }
    }
}

/// True for errors that say the file holds what duban did not write: a damaged
/// page, or a value of a type or range duban never stores.
fn is_damage(e: &rusqlite::Error) -> bool {
    use rusqlite::Error as E;
    match e {
        E::Utf8Error(..)
        | E::InvalidColumnType(..)
        | E::IntegralValueOutOfRange(..)
        | E::FromSqlConversionFailure(..) => true,
        _ => matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
        ),
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl StoreError {
    /// True when the files under an open store changed (replaced, log deleted): the
    /// store must be opened again (`Store::reopen_file`) before it is used.
    pub fn is_file_change(&self) -> bool {
        matches!(
            self,
            StoreError::FileReplaced { .. }
                | StoreError::CopiedOver { .. }
                | StoreError::LogLost { .. }
                | StoreError::WritersBack { .. }
        )
    }
}

/// How long a writer waits for another one before SQLite reports busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// A duban database, opened for one actor.
pub struct Store {
    conn: Connection,
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
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    ///
    /// A file that is not a duban database, or one written by a newer duban, is
    /// refused before anything is written to it.
    pub fn open(path: &Path, actor: &str) -> Result<Store> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        // A path that cannot even be looked at is checked, and refused, as existing.
        if path.try_exists().unwrap_or(true) {
            file::check_existing(path)?;
        } else {
            file::check_folder(path)?;
            file::create_new(path).map_err(|e| StoreError::Create {
                path: path.to_path_buf(),
                source: e,
            })?;
        }
        // A link is judged by its target, beside which SQLite keeps the log.
        let target = file::target_of(path);
        let path = &*target;
        // A user who may not write the file is a reader from the start: SQLite's own
        // fallback would create -wal and -shm files in the reader's name that block
        // every writer later (see `open_read_only`).
        if !file::writable(path) {
            return Self::open_read_only(path, actor);
        }
        // Nor can anyone write it in a folder where its log cannot be created.
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !file::writable(dir)
            && (!file::with_suffix(path, "-wal").exists()
                || !file::with_suffix(path, "-shm").exists())
        {
            return Self::open_read_only(path, actor);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let log_gone = file::log_missing(path);
        let conn = match Connection::open_with_flags(path, flags) {
            Ok(c) => c,
            // No write permission on its directory: read-only board.
            Err(_) if path.exists() => return Self::open_read_only(path, actor),
            Err(e) => return Err(open_err(e)),
        };
        Self::opened_with(Self::init(conn, path, actor), path, log_gone)
    }

    /// The store `init` gave, told whether its log was gone when it opened: damage
    /// found then is the missing log's, and said so.
    fn opened_with(store: Result<Store>, path: &Path, log_gone: bool) -> Result<Store> {
        match store {
            Ok(mut store) => {
                store.log_gone = log_gone;
                Ok(store)
            }
            Err(StoreError::Damaged { .. } | StoreError::Corrupt(_)) if log_gone => {
                Err(StoreError::LogMissing {
                    path: path.to_path_buf(),
                })
            }
            Err(StoreError::Sqlite(e))
                if log_gone
                    && e.sqlite_error_code() == Some(rusqlite::ErrorCode::SystemIoFailure) =>
            {
                Err(StoreError::LogMissing {
                    path: path.to_path_buf(),
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Opens an existing database read-only, as a user without write permission gets
    /// it (tests call it directly: as root, file modes cannot take write access away).
    ///
    /// A reader never creates files next to the database: while it has no -wal and
    /// -shm (no writer has it open) it is read as immutable, and opened again as soon
    /// as a writer brings them (`StoreError::WritersBack`); with them, it is read
    /// through them without writing (SQLite's read-only WAL access).
    #[doc(hidden)]
    pub fn open_read_only(path: &Path, actor: &str) -> Result<Store> {
        file::check_existing(path)?;
        let target = file::target_of(path);
        let path = &*target;
        let immutable =
            !file::with_suffix(path, "-wal").exists() || !file::with_suffix(path, "-shm").exists();
        let query = if immutable { "immutable=1" } else { "mode=ro" };
        let log_gone = file::log_missing(path);
        let conn = Connection::open_with_flags(
            file::uri(path, query),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let mut store = Self::opened_with(Self::init(conn, path, actor), path, log_gone)?;
        store.immutable = immutable;
        Ok(store)
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory(actor: &str) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::init(conn, Path::new(":memory:"), actor)
    }

    fn init(mut conn: Connection, path: &Path, actor: &str) -> Result<Store> {
        let not_duban = || StoreError::NotDuban {
            path: path.to_path_buf(),
        };
        let busy = busy::BusyWait {
            timeout: BUSY_TIMEOUT,
            notice: None,
        };
        busy.apply(&mut conn)?;
        verify::harden(&conn)?;
        // Read-only checks first: nothing is written to a file we may refuse.
        let version: i64 =
            match retry_busy(|| conn.query_row("PRAGMA user_version", [], |r| r.get(0))) {
                Ok(v) => v,
                Err(e) if is_not_a_database(&e) => return Err(not_duban()),
                Err(e) => return Err(e.into()),
            };
        if version > schema::CURRENT {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: schema::CURRENT,
            });
        }
        // duban never writes a negative version; a schema-less file must be empty.
        if version < 0 || (version == 0 && has_foreign_tables(&conn)?) {
            return Err(not_duban());
        }
        // A trigger or view someone planted would run inside duban's own writes.
        let foreign = retry_busy(|| verify::foreign_object(&conn, version.min(schema::CURRENT)))
            .map_err(|e| damaged(path, e))?;
        if let Some(what) = foreign {
            return Err(StoreError::Tampered {
                path: path.to_path_buf(),
                what,
            });
        }
        let read_only = conn.is_readonly(rusqlite::MAIN_DB)?;
        if !read_only && let Some(blocked) = file::blocked_by(path) {
            return Err(blocked);
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        // A page cache that holds a 100k board's card index. No memory-mapped reads:
        // they were no faster here, and each page they touch pulls its neighbours
        // (other tables' pages) into the process's resident memory with it.
        conn.pragma_update(None, "cache_size", -32_000)?;
        if !read_only {
            // The first writes to an old or out-of-log file (the switch to the log,
            // a migration) change it for good: never a damaged one, whatever its size.
            let mode: String =
                retry_busy(|| conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)))?;
            if version < schema::CURRENT || !mode.eq_ignore_ascii_case("wal") {
                sound(&conn, path, u64::MAX)?;
            }
            // WAL lets readers go on while one process writes. FULL sync: every
            // commit reaches the disk (the log is synced) before the write is
            // reported done, so what the CLI or a board acknowledges survives a
            // power cut too, not only a killed process. Each process sets it on its
            // own connection, so it holds whoever else has the file open.
            let _mode: String = retry_busy(|| {
                conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))
            })?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            // The -wal file is kept (see `persist_wal`); a checkpoint cuts it back
            // to this size instead of leaving a large import's log behind.
            conn.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024)?;
            persist_wal(&conn);
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            actor: clean::name(actor).into_owned(),
            recorded_by: None,
            read_only,
            fixed_now: None,
            presence: presence::Own::default(),
            opened: std::cell::Cell::new(None),
            immutable: false,
            in_bulk: false,
            busy,
            schema_cookie: std::cell::Cell::new(-1),
            log_gone: false,
        };
        // Who typed the changes, read by `record_event`: a connection's own table,
        // so every write path records it without passing it along.
        store.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS duban_session (recorded_by TEXT);
             CREATE TEMP TABLE IF NOT EXISTS duban_own_events (id INTEGER PRIMARY KEY);
             DELETE FROM temp.duban_session; INSERT INTO temp.duban_session VALUES (NULL);",
        )?;
        if version < schema::CURRENT {
            if read_only {
                return Err(StoreError::ReadOnly);
            }
            store.migrate(path)?;
        }
        if store.conn.path().is_some_and(|p| !p.is_empty()) {
            let conn = store.wal_conn();
            store.opened.set(Some(file::Opened::now(path, conn)));
        }
        Ok(store)
    }

    /// Opens the database at this store's path again, after `is_file_change` errors:
    /// first the old log is checkpointed and emptied through the old connection, so
    /// that writes acknowledged into a deleted log reach the file, and a log written
    /// for the file that was replaced is not read as if it belonged to the new one.
    /// The presence lock is given up (join again).
    pub fn reopen_file(&mut self) -> Result<()> {
        // Only while the wal-index still describes the log this connection has open:
        // none at the path (deleted, not yet made again) or the same file. Once
        // another process made a new log, the index is that log's, and a checkpoint
        // through the old connection would copy the wrong frames.
        let wal_now = file::Identity::of(&file::with_suffix(&self.path, "-wal"));
        let ours = self.opened.get().and_then(|o| o.wal);
        if wal_now.is_none() || wal_now == ours {
            // Best effort: a busy log is left as it is; SQLite waits out busy readers.
            let _ = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        self.presence = presence::Own::default();
        // The old connection is closed before the new one opens: two connections of
        // one process on two files of one name would drop each other's locks.
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        drop(old);
        if !self.path.exists() {
            return Err(StoreError::Open {
                path: self.path.clone(),
                source: rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                    Some("the database file is gone".into()),
                ),
            });
        }
        let fixed_now = self.fixed_now.clone();
        let mut fresh = Store::open(&self.path, &self.actor)?;
        fresh.fixed_now = fixed_now;
        fresh.busy = self.busy.clone();
        fresh.busy.apply(&mut fresh.conn)?;
        *self = fresh;
        Ok(())
    }

    /// The connection when it writes through the log (and so has its wal-index mapped).
    fn wal_conn(&self) -> Option<&Connection> {
        (!self.read_only && !self.in_bulk).then_some(&self.conn)
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

    fn migrate(&mut self, path: &Path) -> Result<()> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > schema::CURRENT {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: schema::CURRENT,
            });
        }
        let applied = usize::try_from(version).map_err(|_| StoreError::NotDuban {
            path: path.to_path_buf(),
        })?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(applied) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        if version < 2 {
            // Deadlines and indicators come from the texts, which only Rust can read.
            numbers::derive_all(&tx, &now)?;
        }
        if version < 3 {
            let ids: Vec<ItemId> = tx
                .prepare("SELECT id FROM items")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut st = tx.prepare(schema::CARD_COUNTS)?;
            for id in ids {
                st.execute([id])?;
            }
        }
        if version < 9 {
            // Before schema 9 a reopen left the close-out as it was: an item no
            // longer done was reopened, by its latest `reopen` event where it has one.
            tx.execute_batch(
                "UPDATE closeouts SET
                    reopened_by = coalesce((SELECT e.actor FROM events e
                        WHERE e.item_id = closeouts.item_id AND e.kind = 'reopen'
                        ORDER BY e.id DESC LIMIT 1), ''),
                    reopened_at = coalesce((SELECT e.at FROM events e
                        WHERE e.item_id = closeouts.item_id AND e.kind = 'reopen'
                        ORDER BY e.id DESC LIMIT 1), closed_at),
                    reopen_reason = (SELECT e.after FROM events e
                        WHERE e.item_id = closeouts.item_id AND e.kind = 'reopen'
                        ORDER BY e.id DESC LIMIT 1)
                 WHERE reopened_at IS NULL
                   AND (SELECT status FROM items i WHERE i.id = closeouts.item_id) <> 'done';",
            )?;
        }
        tx.commit()?;
        Ok(())
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

    /// How long a write waits for another process's lock before it is refused as
    /// `Busy` (30 s unless set), and `notice`, called once a wait passes a second,
    /// so the user hears that duban waits rather than seeing it hang.
    pub fn set_busy_wait(&mut self, timeout: Duration, notice: Option<BusyNotice>) -> Result<()> {
        self.busy = busy::BusyWait { timeout, notice };
        self.busy.apply(&mut self.conn)?;
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
    pub(crate) fn write_tx(&mut self) -> Result<rusqlite::Transaction<'_>> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.check_files()?;
        let path = &self.path;
        let cookie = &self.schema_cookie;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
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
                    what: format!("its schema version was set back to {version} while it was open"),
                });
            }
            if let Some(what) =
                verify::foreign_object(&tx, version).map_err(|e| damaged(path, e))?
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
        self.check_files()?;
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// Fails with `Damaged` when SQLite's quick check finds the file damaged. It
    /// reads every page, so files larger than `verify::QUICK_CHECK_MAX_BYTES` are
    /// not checked here (their damage shows when a read meets it, as `Corrupt`).
    pub fn check_sound(&self) -> Result<()> {
        self.quick_check_upto(verify::QUICK_CHECK_MAX_BYTES)
    }

    fn quick_check_upto(&self, max_bytes: u64) -> Result<()> {
        match self.path() {
            Some(path) => match sound(&self.conn, path, max_bytes) {
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
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Refuses a text past `text::MAX_TEXT_BYTES`.
pub(crate) fn check_length(what: &'static str, text: &str) -> Result<()> {
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

/// Keeps the -wal and -shm files when the last writer closes, so that users who may
/// only read the database can still open it (SQLite cannot create them for them).
fn persist_wal(conn: &Connection) {
    let mut on: std::ffi::c_int = 1;
    // SAFETY: a valid open handle, a NUL-terminated schema name, and a pointer to an
    // int, which is what SQLITE_FCNTL_PERSIST_WAL reads and writes.
    unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&mut on as *mut std::ffi::c_int).cast(),
        );
    }
}

/// Runs `f` again while it fails with SQLITE_BUSY, up to `BUSY_TIMEOUT`. SQLite's
/// busy handler waits out most locks, but not all: while a large import writes in
/// rollback-journal mode (see `Store::import`), a new connection's first read, or
/// its switch to the write-ahead log, can fail at once rather than wait.
fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let start = std::time::Instant::now();
    loop {
        match f() {
            Err(e) if is_busy(&e) && start.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            result => return result,
        }
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Fails with `Damaged` when SQLite's quick check finds the file at `path` (of at
/// most `max_bytes`; larger ones are not checked) damaged.
fn sound(conn: &Connection, path: &Path, max_bytes: u64) -> Result<()> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > max_bytes {
        return Ok(());
    }
    match retry_busy(|| verify::quick_check(conn)).map_err(|e| damaged(path, e))? {
        None => Ok(()),
        Some(detail) => Err(StoreError::Damaged {
            path: path.to_path_buf(),
            detail,
        }),
    }
}

/// A read that failed on a damaged file as `Damaged` naming the file; other
/// errors as they are.
fn damaged(path: &Path, e: rusqlite::Error) -> StoreError {
    let short_read = e
        .sqlite_error()
        .is_some_and(|s| s.extended_code == SHORT_READ);
    if short_read && file::log_missing(path) {
        return StoreError::LogMissing {
            path: path.to_path_buf(),
        };
    }
    match StoreError::from(e) {
        StoreError::Corrupt(e) => StoreError::Damaged {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        other => other,
    }
}

/// SQLITE_IOERR_SHORT_READ: a read past the end of a file, as when the wal-index
/// points into a log that is gone.
const SHORT_READ: std::ffi::c_int = 522;

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase)
    )
}

/// True when a schema-less (version 0) file already holds tables of its own.
fn has_foreign_tables(conn: &Connection) -> Result<bool> {
    let found: Option<String> = retry_busy(|| {
        conn.query_row(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()
    })?;
    Ok(found.is_some())
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

/// Writes one event row inside the transaction of the change it records.
pub(crate) fn record_event(
    tx: &rusqlite::Transaction<'_>,
    actor: &str,
    at: &str,
    ev: &NewEvent<'_>,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO events (plan_id, item_id, actor, at, kind, before, after, ref_id, undoes,
            recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
            (SELECT recorded_by FROM temp.duban_session))",
    )?
    .execute(rusqlite::params![
        ev.plan, ev.item, actor, at, ev.kind, ev.before, ev.after, ev.ref_id, ev.undoes
    ])?;
    // This connection's own changes, which the board's `u` undoes (`undo_own`).
    tx.prepare_cached("INSERT INTO temp.duban_own_events (id) VALUES (last_insert_rowid())")?
        .execute([])?;
    Ok(())
}
