//! Opening a store: creating or checking the file, pragmas, running migrations,
//! and opening it again after its files changed.

use super::{
    BUSY_TIMEOUT, ItemId, Result, Store, StoreError, busy, clean, file, is_busy, numbers, presence,
    schema, verify,
};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// SQLite's process-wide memory settings, before its first connection (later
/// they cannot change, and are left as they are): no bulk page-cache allocation.
/// By default every page cache (the file's, the temporary tables', each
/// connection's) starts with 20 pages allocated and written at once, 90 kB
/// resident before a page is read; the pages are allocated as they are needed
/// instead (issue 20).
fn configure_sqlite() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: SQLITE_CONFIG_PAGECACHE takes a buffer pointer and two ints; a
        // null buffer with no pages turns the bulk allocation off. Called before
        // SQLite is initialised, or refused (SQLITE_MISUSE) without effect.
        unsafe {
            rusqlite::ffi::sqlite3_config(
                rusqlite::ffi::SQLITE_CONFIG_PAGECACHE,
                std::ptr::null_mut::<std::ffi::c_void>(),
                0 as std::ffi::c_int,
                0 as std::ffi::c_int,
            );
        }
    });
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    ///
    /// A file that is not a duban database, or one written by a newer duban, is
    /// refused before anything is written to it.
    pub fn open(path: &Path, actor: &str) -> Result<Store> {
        configure_sqlite();
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
        configure_sqlite();
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

    pub(super) fn init(mut conn: Connection, path: &Path, actor: &str) -> Result<Store> {
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
            conn: conn.into(),
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
            sound_pending: std::cell::Cell::new(false),
            visit_put_off: None,
            own_events: Vec::new(),
            search_reader: None,
        };
        // Who typed the changes, read by `record_event`: a connection's own table,
        // so every write path records it without passing it along.
        store.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS duban_session (recorded_by TEXT);
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
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?.into());
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
        if let Some(conn) = fresh.conn.sqlite_mut() {
            fresh.busy.apply(conn)?;
        }
        *self = fresh;
        Ok(())
    }

    pub(super) fn migrate(&mut self, path: &Path) -> Result<()> {
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
            tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        }
        if version < 2 {
            // Deadlines and indicators come from the texts, which only Rust can read.
            numbers::derive_all(&tx, &now)?;
        }
        if version < 3 {
            let ids: Vec<ItemId> = tx
                .prepare("SELECT id FROM items")?
                .query_map([], |r| r.get(0))?
                .collect::<super::engine::Result<_>>()?;
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
pub(super) fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
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

/// Fails with `Damaged` when SQLite's quick check finds the file at `path` (of at
/// most `max_bytes`; larger ones are not checked) damaged.
pub(super) fn sound(conn: &Connection, path: &Path, max_bytes: u64) -> Result<()> {
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
pub(super) fn damaged(path: &Path, e: rusqlite::Error) -> StoreError {
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

pub(super) fn is_not_a_database(e: &rusqlite::Error) -> bool {
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
