//! `StoreError`, the store's `Result`, and which SQLite errors mean damage or a busy lock.

use super::{ItemId, NoteId, PlanId, rules};
use std::path::PathBuf;

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

pub(super) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}
