//! `duban backup` and `duban restore`: whole-database copies through SQLite's online
//! backup, safe while boards are open. A restore writes the copy into the live file
//! (one transaction), so open boards see a change of data, never a swapped file.

use super::{BUSY_TIMEOUT, Result, Store, StoreError, file, schema};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `restore_from` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    /// The schema version of the copy (it is upgraded in place when older).
    pub version: i64,
    /// Where what the restore replaced is kept.
    pub safety: PathBuf,
}

/// `path` as an SQLite URI that opens it read-only and immutable: a backup file is
/// read without creating -wal or -shm files next to it.
fn immutable_uri(path: &Path) -> String {
    file::uri(path, "immutable=1")
}

impl Store {
    /// A private in-memory copy of the database at `path`, read without writing
    /// to the file (no -wal or -shm made, nothing migrated in place): where
    /// `duban import --dry-run` tries a re-import and throws it away.
    pub fn open_copy(path: &Path, actor: &str) -> Result<Store> {
        file::check_existing(path)?;
        // With nothing in the log, the file alone is the database: read it as
        // immutable, which touches not even the -shm index. A log with pages in it
        // is read through (SQLite's read-only WAL access marks the index).
        let wal = file::with_suffix(path, "-wal");
        let empty_log = std::fs::metadata(&wal).map_or(true, |m| m.len() == 0);
        let query = if empty_log { "immutable=1" } else { "mode=ro" };
        let src = rusqlite::Connection::open_with_flags(
            file::uri(path, query),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                | rusqlite::OpenFlags::SQLITE_OPEN_URI
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let mut conn = rusqlite::Connection::open_in_memory()?;
        copy_all(&Backup::new(&src, &mut conn)?)?;
        drop(src);
        Store::init(conn, Path::new(":memory:"), actor)
    }
}

/// Copies every page in one step (so the copy is of one moment), waiting out locks.
fn copy_all(backup: &Backup<'_, '_>) -> Result<()> {
    let start = Instant::now();
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::Busy | StepResult::Locked if start.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            StepResult::Busy | StepResult::Locked => {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    None,
                )
                .into());
            }
            _ => {}
        }
    }
}

fn create_file(path: &Path, like: &Path) -> Result<()> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
    let mode = std::fs::metadata(like).map_or(0o600, |m| m.mode() & 0o660);
    let create = |path: &Path| -> std::io::Result<()> {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(path)?
            .set_permissions(std::fs::Permissions::from_mode(mode))
    };
    create(path).map_err(|source| StoreError::Create {
        path: path.to_path_buf(),
        source,
    })
}

impl Store {
    /// Writes a copy of the database, as it is at one moment, to the new file `dest`
    /// (which must not exist): one self-contained file, without a log.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        self.check_files()?;
        create_file(dest, &self.path)?;
        let result = (|| {
            // Not through a link put in the new file's place since it was made.
            let mut to = Connection::open_with_flags(
                dest,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_NOFOLLOW
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            to.busy_timeout(BUSY_TIMEOUT)?;
            copy_all(&Backup::new(self.lite("backup")?, &mut to)?)?;
            // The copy is in WAL mode like its source: make it one file.
            let _: String = to.query_row("PRAGMA journal_mode = delete", [], |r| r.get(0))?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(dest);
        }
        result
    }

    /// Checks that `src` is a sound duban database this build can open; returns its
    /// schema version. Nothing is written to it or next to it.
    pub fn check_backup(src: &Path) -> Result<i64> {
        let not_duban = || StoreError::NotDuban {
            path: src.to_path_buf(),
        };
        let open_err = |source| StoreError::Open {
            path: src.to_path_buf(),
            source,
        };
        if !src.is_file() {
            return Err(open_err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some("no such file".into()),
            )));
        }
        let conn = Connection::open_with_flags(
            immutable_uri(src),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(open_err)?;
        let version: i64 = match conn.query_row("PRAGMA user_version", [], |r| r.get(0)) {
            Ok(v) => v,
            Err(e) if super::is_not_a_database(&e) => return Err(not_duban()),
            Err(e) => return Err(e.into()),
        };
        if version > schema::CURRENT {
            return Err(StoreError::TooNew {
                path: src.to_path_buf(),
                found: version,
                supported: schema::CURRENT,
            });
        }
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'
             AND name IN ('plans', 'items', 'notes', 'events')",
            [],
            |r| r.get(0),
        )?;
        if version < 1 || tables != 4 {
            return Err(not_duban());
        }
        // Restored, a planted trigger would run on everyone's writes.
        super::verify::harden(&conn)?;
        if let Some(what) = super::verify::foreign_object(&conn, version)? {
            return Err(StoreError::Tampered {
                path: src.to_path_buf(),
                what,
            });
        }
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::Damaged {
                path: src.to_path_buf(),
                detail: check,
            });
        }
        Ok(version)
    }

    /// Replaces the whole database with the copy `src`, after keeping what it
    /// replaces in a new file `safety`. The copy is written into the open file in one
    /// transaction: boards open meanwhile see their data change. An older copy is
    /// upgraded; who has a board open stays as it is.
    pub fn restore_from(&mut self, src: &Path, safety: &Path) -> Result<RestoreReport> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        // A copy in which the restorer is a supervisor would make them one.
        self.check(super::rules::Act::Restore, None)?;
        // A server is restored by `duban migrate --to` into a fresh database (or
        // pg_restore), never by copying a file over it.
        self.lite("restore")?;
        let version = Store::check_backup(src)?;
        self.backup_to(safety)?;
        let present: Vec<(String, String, String, i64, String, String)> = self
            .conn
            .prepare("SELECT session, actor, host, pid, since, last_seen FROM presence")?
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<super::engine::Result<_>>()?;
        let from = Connection::open_with_flags(
            immutable_uri(src),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        self.check_files()?;
        copy_all(&Backup::new(&from, self.lite_mut("restore")?)?)?;
        drop(from);
        if version < schema::CURRENT {
            let path = self.path.clone();
            self.migrate(&path)?;
        }
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM presence", [])?;
        for p in &present {
            tx.execute(
                "INSERT INTO presence (session, actor, host, pid, since, last_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                crate::store::engine::params![p.0, p.1, p.2, p.3, p.4, p.5],
            )?;
        }
        tx.commit()?;
        Ok(RestoreReport {
            version,
            safety: safety.to_path_buf(),
        })
    }

    /// A new file name next to the database for what a restore replaces:
    /// `duban.db.before-restore-20200601T090000`.
    pub fn safety_copy_path(&self) -> PathBuf {
        let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S").to_string();
        let base = file::with_suffix(&self.path, &format!(".before-restore-{stamp}"));
        let mut path = base.clone();
        let mut k = 1;
        while path.exists() {
            path = file::with_suffix(&base, &format!("-{k}"));
            k += 1;
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immutable_uris_escape_what_a_uri_would_read() {
        assert_eq!(
            immutable_uri(Path::new("/srv/my board?#%.db")),
            "file:/srv/my%20board%3F%23%25.db?immutable=1"
        );
    }
}
