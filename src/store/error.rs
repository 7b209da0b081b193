//! `StoreError`, the store's `Result`, and which SQLite errors mean damage or a busy lock.

use super::{ItemId, NoteId, PlanId, rules};
use std::path::PathBuf;

/// An error of the store. Its text comes from the catalogs: `message(lang)`, or
/// `Display` for English (see `error_message.rs`).
#[derive(Debug)]
pub enum StoreError {
    NotDuban {
        path: PathBuf,
    },
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    NoFolder {
        path: PathBuf,
        dir: PathBuf,
    },
    DanglingLink {
        path: PathBuf,
        target: PathBuf,
    },
    IsDirectory {
        path: PathBuf,
    },
    NotAFile {
        path: PathBuf,
    },
    NotSqlite {
        path: PathBuf,
    },
    PermissionDenied {
        path: PathBuf,
    },
    NoPlan,
    Damaged {
        path: PathBuf,
        detail: String,
    },
    NoSuchPlan(PlanId),
    NoSuchItem {
        number: u32,
    },
    ItemRetired {
        number: u32,
    },
    NoSuchItemId(ItemId),
    NoSuchNote(NoteId),
    NoSuchMeasure {
        number: u32,
        ordinal: u32,
    },
    NoSuchIndicator {
        number: u32,
        ordinal: u32,
        count: u32,
    },
    NotYourNote {
        id: NoteId,
        author: String,
    },
    ReadOnly,
    BlockedBy {
        path: PathBuf,
        file: PathBuf,
        owner: String,
        mode: u32,
    },
    WritersBack {
        path: PathBuf,
    },
    FileReplaced {
        path: PathBuf,
    },
    CopiedOver {
        path: PathBuf,
    },
    LogLost {
        path: PathBuf,
    },
    LogMissing {
        path: PathBuf,
    },
    /// The supervision rules refuse the act; the message says who may do it.
    Refused(Box<rules::Refusal>),
    NotSupervisingOffice {
        office: String,
        supervising: String,
    },
    NoSuchMember {
        user: String,
        office: String,
    },
    NoSuchOffice(String),
    /// A group such as 各县市区 or 相关处室 stands for several bodies: no one is
    /// its member.
    GroupNotOffice(String),
    NeedsStatement {
        number: u32,
    },
    /// The server takes a report for the current period only (by its date),
    /// not `period`, which this computer's date gave.
    ReportNotThisPeriod {
        number: Option<u32>,
        period: String,
    },
    NotAwaitingConfirmation {
        number: u32,
    },
    NotDone {
        number: u32,
    },
    /// Leaving 已完成 goes through `reopen` (with a reason), never a plain move.
    LeavesDone {
        number: u32,
    },
    /// An urge on an item whose close-out was confirmed (销号).
    UrgeOnConfirmed {
        number: u32,
    },
    /// A reply-by date before today.
    ReplyByPast {
        date: String,
        earliest: String,
    },
    NoOpenUrge {
        number: u32,
    },
    /// A deadline typed for an item that is not one, or is before the item was made.
    BadDue(crate::plan::adhoc::DueError),
    Empty(Written),
    TooLong {
        what: Written,
        max: usize,
    },
    /// The file's schema has objects duban did not make (a trigger, a view, a
    /// table) or one of duban's changed by hand: nothing is run on it.
    Tampered {
        path: PathBuf,
        what: super::verify::Foreign,
    },
    /// SQLite found a damaged page, or a row holds what duban never writes (text
    /// that is not UTF-8, NULL or a number out of range where duban keeps values).
    Corrupt(rusqlite::Error),
    /// Another process held the write lock past the wait (see `Store::set_busy_wait`).
    Busy(rusqlite::Error),
    /// On a server: the session of login role `holder` (server process `pid`)
    /// held duban's write lock past the wait, or (`rows`) a lock on items' rows.
    ServerBusy {
        holder: String,
        pid: i32,
        rows: bool,
    },
    Sqlite(rusqlite::Error),
    /// The server's error (PostgreSQL), not one of its refusals.
    Server(postgres::Error),
    /// A command that works on a SQLite file only, run on a server; names it.
    NotOnServer(&'static str),
    ServerConnect {
        url: String,
        reason: String,
    },
    /// The server's schema or the role will not do (see `server::open::Refusal`).
    ServerRefusesOpen {
        url: String,
        why: super::server::open::Refusal,
    },
    /// A write the server's policies or triggers refused (exit status 3): the
    /// server's reason, or `None` when a policy hid the row (the write touched none).
    /// `by_policy`: a row-level security policy refused it (0 rows or SQLSTATE
    /// 42501), so the rule is the act the write asked for (`Store::write`).
    ServerRefused {
        reason: Option<String>,
        by_policy: bool,
    },
    /// The connection to the server is closed (see `server::live`).
    ServerLost,
}

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> Self {
        super::server::open::refusal(e)
    }
}

impl From<super::engine::Error> for StoreError {
    fn from(e: super::engine::Error) -> Self {
        use super::engine::Error as E;
        match e {
            E::Sqlite(e) => e.into(),
            E::NoRows => rusqlite::Error::QueryReturnedNoRows.into(),
            E::Pg(e) => super::server::open::refusal(e),
            E::Unsupported(what) => StoreError::NotOnServer(what),
            E::WriteLockHeld { holder, pid } => StoreError::ServerBusy {
                holder,
                pid,
                rows: false,
            },
        }
    }
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

/// What a write found empty or too long; the catalogs say it (`store-empty`,
/// `store-too-long`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Note,
    Report,
    Urge,
    Reply,
    /// The close-out statement.
    Statement,
    /// The reason of a reopen or a retirement.
    Reason,
    Title,
    Name,
    Item,
}

impl Written {
    /// The selector the catalogs' `$what` takes.
    pub fn key(self) -> &'static str {
        match self {
            Written::Note => "note",
            Written::Report => "report",
            Written::Urge => "urge",
            Written::Reply => "reply",
            Written::Statement => "statement",
            Written::Reason => "reason",
            Written::Title => "title",
            Written::Name => "name",
            Written::Item => "item",
        }
    }
}
