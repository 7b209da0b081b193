//! `duban backup FILE` and `duban restore FILE`.

use super::messages::{lang_of, pick};
use super::{Cli, UsageError, open_store};
use crate::store::Store;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// Copies the database to `file` through SQLite's online backup; safe with boards open.
pub fn backup(cli: &Cli, file: &Path, force: bool, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let name = crate::text::sanitize(&file.display().to_string()).into_owned();
    let itself = || {
        UsageError(pick(
            lang,
            format!("{name} 就是数据库本身"),
            format!("{name} is the database itself"),
        ))
    };
    // Before anything is removed: --force must never take the database itself.
    if same_file(&super::db_path(cli.db.as_deref())?, file) {
        return Err(itself().into());
    }
    if file.exists() || file.is_symlink() {
        if !force {
            return Err(UsageError(pick(
                lang,
                format!("{name} 已存在；请换一个文件名，或加 --force 覆盖它"),
                format!("{name} exists; choose another name, or add --force to overwrite it"),
            ))
            .into());
        }
        if file.is_dir() {
            return Err(UsageError(pick(
                lang,
                format!("{name} 是文件夹"),
                format!("{name} is a directory"),
            ))
            .into());
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let p = crate::store::with_suffix(file, suffix);
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(e).with_context(|| {
                        pick(
                            lang,
                            format!("无法替换 {name}"),
                            format!("cannot replace {name}"),
                        )
                    });
                }
                _ => {}
            }
        }
    }
    let store = open_store(cli)?;
    store.backup_to(file)?;
    let done = pick(
        lang,
        format!("已备份到 {name}"),
        format!("backed up to {name}"),
    );
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
        return Err(UsageError(pick(
            lang,
            format!("{name} 就是数据库本身"),
            format!("{name} is the database itself"),
        ))
        .into());
    }
    let not_restored = || {
        pick(
            lang,
            format!("{name}：未恢复"),
            format!("{name}: not restored"),
        )
    };
    // Checked before the live database is even opened.
    Store::check_backup(file).with_context(not_restored)?;
    let mut store = open_store(cli)?;
    let safety = store.safety_copy_path();
    let report = store
        .restore_from(file, &safety)
        .with_context(not_restored)?;
    let safety = crate::text::sanitize(&report.safety.display().to_string()).into_owned();
    let done = pick(
        lang,
        format!(
            "已从 {name} 恢复（结构版本 {}）；被替换的内容保存在 {safety}",
            report.version
        ),
        format!(
            "restored {name} (schema {}); what it replaced is kept in {safety}",
            report.version
        ),
    );
    writeln!(out, "{done}")?;
    Ok(())
}
