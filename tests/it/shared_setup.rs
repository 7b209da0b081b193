//! The shared-server set-up from the README: two Unix users with umask 077 share one
//! database through a setgid group directory. It creates system users and a group,
//! so it runs only when asked (`DUBAN_SYSTEM_TESTS=1`, as `.ci/run` does) and as
//! root; a guard removes what it created even when the test fails.

use crate::system;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use system::{System, require_system, sh, su};

const GROUP: &str = "dubantest";
const USERS: [&str; 3] = ["dubanalice", "dubanbob", "dubanreader"];

/// Runs duban as `user` with umask 077; returns (success, stdout, stderr).
fn duban_as(user: &str, db: &Path, args: &str) -> (bool, String, String) {
    let bin = env!("CARGO_BIN_EXE_duban");
    let out = su(
        user,
        &format!("umask 077; DUBAN_DB='{}' '{bin}' {args}", db.display()),
    );
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().mode() & 0o7777
}

#[test]
fn two_users_with_umask_077_share_one_database() {
    require_system!();
    // Declared first, dropped last: users go after the files they own.
    let mut system = System::default();
    system.group(GROUP);
    for (k, user) in USERS.iter().enumerate() {
        // The reader is not in the group: it gets read access through "other".
        system.user(user, (k < 2).then_some(GROUP));
    }
    // The binary must be reachable by the test users.
    let base = system.folder("duban-shared");
    let dir = base.join("board");
    std::fs::create_dir(&dir).unwrap();
    assert!(
        sh(&format!("chgrp {GROUP} '{}'", dir.display()))
            .status
            .success()
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o2775)).unwrap();
    let db = dir.join("duban.db");

    let (ok, _, err) = duban_as(USERS[0], &db, "move 3 doing");
    assert!(ok, "alice creates the database: {err}");
    assert_eq!(
        mode(&db) & 0o660,
        0o660,
        "database group-writable: {:o}",
        mode(&db)
    );

    // Bob writes while alice's -wal and -shm may exist.
    let (ok, out, err) = duban_as(USERS[1], &db, "note 3 'bob 的备注'");
    assert!(ok, "bob writes: {err}");
    assert!(out.trim().parse::<i64>().is_ok());
    let (ok, _, err) = duban_as(USERS[0], &db, "note 3 'alice 再写'");
    assert!(ok, "alice writes after bob: {err}");
    for suffix in ["-wal", "-shm"] {
        let side = dir.join(format!("duban.db{suffix}"));
        if side.exists() {
            assert_eq!(mode(&side) & 0o660, 0o660, "{suffix}: {:o}", mode(&side));
        }
    }
    let gid = std::fs::metadata(&db).unwrap().gid();
    assert_eq!(gid, std::fs::metadata(&dir).unwrap().gid(), "setgid group");

    // A user outside the group can read but not write: reads work, writes are
    // refused with a clear message, and nothing changes.
    // (SQLite keeps -wal and -shm, with the database's mode, for such readers.)
    for name in ["duban.db", "duban.db-wal", "duban.db-shm"] {
        let p = dir.join(name);
        assert!(p.exists(), "{name} persists for readers");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o664)).unwrap();
    }
    let (ok, out, err) = duban_as(USERS[2], &db, "show 3");
    assert!(ok, "reader reads: {err}");
    assert!(out.contains("bob 的备注"), "{out}");
    let (ok, _, err) = duban_as(USERS[2], &db, "note 3 'should not land'");
    assert!(!ok);
    assert!(err.contains("read-only") || err.contains("只读"), "{err}");

    let (ok, out, _) = duban_as(USERS[0], &db, "show 3 --format json");
    assert!(ok);
    assert!(!out.contains("should not land"));
    assert!(out.contains("alice 再写") && out.contains("\"doing\""));
}
