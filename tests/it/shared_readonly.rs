//! A read-only spell on a shared server (issue 11, point 21), with real Unix users:
//! a reader of a `chmod 444` database leaves no -wal/-shm that would block writers
//! afterwards; a writer that meets such files names them and says how to fix it; a
//! reader in a read-only folder still gets its listing.
//!
//! Creates a group and two users, so it runs only as root with DUBAN_SYSTEM_TESTS=1
//! (as `.ci/run` sets it), and removes them again.

use crate::system;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use system::{System, require_system, sh, su};

const GROUP: &str = "dubanrotest";
const WRITER: &str = "dubanrowriter";
const READER: &str = "dubanroreader";

/// Runs duban as `user`; returns (success, stdout, stderr).
fn duban_as(user: &str, bin: &Path, db: &Path, args: &str) -> (bool, String, String) {
    let out = su(
        user,
        &format!("'{}' --db '{}' {args}", bin.display(), db.display()),
    );
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_spell_leaves_the_database_writable_afterwards() {
    require_system!();
    let mut system = System::default();
    system.group(GROUP);
    system.user(WRITER, Some(GROUP));
    // The reader is not in the group: it reads through "other".
    system.user(READER, None);
    let base = system.folder("duban-ro");
    // The binary where the users can run it.
    let bin = base.join("duban");
    std::fs::copy(env!("CARGO_BIN_EXE_duban"), &bin).unwrap();
    chmod(&bin, 0o755);
    // A folder everyone may write, as in the report: the reader could create files.
    let dir = base.join("board");
    std::fs::create_dir(&dir).unwrap();
    chmod(&dir, 0o777);
    let db = dir.join("duban.db");
    let wal = dir.join("duban.db-wal");
    let shm = dir.join("duban.db-shm");
    assert!(
        sh(&format!("chgrp {GROUP} '{}'", dir.display()))
            .status
            .success()
    );
    let (ok, _, err) = duban_as(WRITER, &bin, &db, "note 3 before");
    assert!(ok, "the writer creates the database: {err}");
    // The reader reads through "other", as on the server (useradd -N puts both users
    // in the same primary group).
    assert!(
        sh(&format!("chgrp {GROUP} '{}'", db.display()))
            .status
            .success()
    );

    // The spell: the database is made read-only, and its log files are gone.
    chmod(&db, 0o444);
    for f in [&wal, &shm] {
        std::fs::remove_file(f).unwrap();
    }
    let (ok, out, err) = duban_as(READER, &bin, &db, "list");
    assert!(ok && out.contains("进一步健全"), "the reader lists: {err}");
    assert!(
        !wal.exists() && !shm.exists(),
        "the reader left SQLite's files"
    );

    // Write access is back: the writer writes.
    chmod(&db, 0o664);
    let (ok, _, err) = duban_as(WRITER, &bin, &db, "note 3 after");
    assert!(ok, "the writer writes after the spell: {err}");

    // Files such a reader left (as an older duban did) are named, with the fix.
    for f in [&wal, &shm] {
        let _ = std::fs::remove_file(f);
    }
    assert!(
        sh(&format!(
            "su -s /bin/sh {READER} -c \"touch '{0}' && chmod 444 '{0}'\"",
            shm.display()
        ))
        .status
        .success()
    );
    let (ok, _, err) = duban_as(WRITER, &bin, &db, "note 3 blocked");
    assert!(!ok, "a write went through a read-only -shm");
    assert!(
        err.contains("duban.db-shm") && err.contains(READER) && err.contains("0444"),
        "{err}"
    );
    assert!(err.contains("rm '"), "says how to fix it: {err}");
    std::fs::remove_file(&shm).unwrap();

    // A read-only folder without -shm: the reader still lists.
    let (ok, _, err) = duban_as(WRITER, &bin, &db, "list");
    assert!(ok, "{err}");
    for f in [&wal, &shm] {
        let _ = std::fs::remove_file(f);
    }
    chmod(&dir, 0o555);
    let (ok, out, err) = duban_as(READER, &bin, &db, "list");
    let listing = sh(&format!("ls -la '{}'", dir.display()));
    assert!(
        ok && out.contains("进一步健全"),
        "the reader lists in a read-only folder: {err}\n{}",
        String::from_utf8_lossy(&listing.stdout)
    );
    let (ok, out, _) = duban_as(READER, &bin, &db, "show 3");
    assert!(ok && out.contains("after"), "{out}");
    // A writer there reads too (its log cannot be created; it gets the read-only board).
    let (ok, _, err) = duban_as(WRITER, &bin, &db, "list");
    assert!(ok, "the writer lists in a read-only folder: {err}");
}
