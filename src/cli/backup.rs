//! `duban backup FILE` and `duban restore FILE`.

use super::messages::lang_of;
use super::{Cli, UsageError, open_store};
use crate::store::Store;
use crate::t;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// Copies the database to `file` through SQLite's online backup; safe with boards open.
pub fn backup(cli: &Cli, file: &Path, force: bool, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let name = crate::text::sanitize(&file.display().to_string()).into_owned();
    let itself = || UsageError(t!(lang, "cli-backup-is-db", name = name.as_str()));
    // Before anything is removed: --force must never take the database itself.
    if same_file(&super::db_path(cli.db.as_deref())?, file) {
        return Err(itself().into());
    }
    if file.exists() || file.is_symlink() {
        if !force {
            return Err(UsageError(t!(lang, "cli-backup-exists", name = name.as_str())).into());
        }
        if file.is_dir() {
            return Err(UsageError(t!(lang, "cli-backup-is-dir", name = name.as_str())).into());
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let p = crate::store::with_suffix(file, suffix);
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(e).with_context(|| {
                        t!(lang, "cli-backup-cannot-replace", name = name.as_str())
                    });
                }
                _ => {}
            }
        }
    }
    if let Some(url) = super::server_copy::server_url(cli) {
        return super::server_copy::backup(cli, url, file, out);
    }
    let store = open_store(cli)?;
    store.backup_to(file)?;
    let done = t!(lang, "cli-backed-up", name = name.as_str());
    writeln!(out, "{done}")?;
    Ok(())
}

/// True when `a` and `b` name one file (or one of SQLite's files of it).
fn same_file(db: &Path, file: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let id = |p: &Path| std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino()));
    let target = id(file);
    target.is_some()
        && ["", "-wal", "-shm", "-presence"]
            .iter()
            .any(|s| id(&crate::store::with_suffix(db, s)) == target)
}

/// Replaces the database with the copy in `file`, keeping what it replaced.
pub fn restore(cli: &Cli, file: &Path, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let name = crate::text::sanitize(&file.display().to_string()).into_owned();
    if same_file(&super::db_path(cli.db.as_deref())?, file) {
        return Err(UsageError(t!(lang, "cli-backup-is-db", name = name.as_str())).into());
    }
    let not_restored = || t!(lang, "cli-not-restored", name = name.as_str());
    // Checked before the live database is even opened.
    Store::check_backup(file).with_context(not_restored)?;
    let mut store = open_store(cli)?;
    let safety = store.safety_copy_path();
    let report = store
        .restore_from(file, &safety)
        .with_context(not_restored)?;
    let safety = crate::text::sanitize(&report.safety.display().to_string()).into_owned();
    let done = t!(
        lang,
        "cli-restored",
        name = name.as_str(),
        version = report.version,
        safety = safety
    );
    writeln!(out, "{done}")?;
    Ok(())
}
