//! Issue 16's rule points with two real accounts (`DUBAN_SYSTEM_TESTS=1`, as
//! root): a lead office's member and a supervisor, on one shared database.

use crate::system;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use system::{System, require_system, sh, su};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");

/// The accounts of one test: its own group, member and supervisor (tests run in
/// parallel).
struct Accounts {
    group: &'static str,
    member: &'static str,
    supervisor: &'static str,
}

const CLOCK: Accounts = Accounts {
    group: "dubanlpa",
    member: "dubanlpam",
    supervisor: "dubanlpas",
};
const REOPEN: Accounts = Accounts {
    group: "dubanlpb",
    member: "dubanlpbm",
    supervisor: "dubanlpbs",
};

/// Runs duban as `user`, with `env` before it; returns (exit code, stdout, stderr).
fn duban_as(user: &str, db: &Path, env: &str, args: &str) -> (i32, String, String) {
    let bin = env!("CARGO_BIN_EXE_duban");
    let out = su(
        user,
        &format!("{env} DUBAN_DB='{}' '{bin}' {args}", db.display()),
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The shared database: the fixture, member in 基教处 (lead of item 1), supervisor
/// supervising from 办公室.
fn shared(system: &mut System, a: &Accounts) -> std::path::PathBuf {
    system.group(a.group);
    system.user(a.member, Some(a.group));
    system.user(a.supervisor, Some(a.group));
    let base = system.folder(a.group);
    let dir = base.join("board");
    std::fs::create_dir(&dir).unwrap();
    assert!(
        sh(&format!("chgrp {} '{}'", a.group, dir.display()))
            .status
            .success()
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o2775)).unwrap();
    let db = dir.join("duban.db");
    let bin = env!("CARGO_BIN_EXE_duban");
    let run = |args: &str| {
        let out = sh(&format!(
            "DUBAN_NOW=2020-06-10T09:00:00Z '{bin}' --db '{}' {args}",
            db.display()
        ));
        assert!(out.status.success(), "{args}: {out:?}");
    };
    run(&format!("import '{FIXTURE}'"));
    run(&format!("member add {} 基教处", a.member));
    run(&format!("member add {} 办公室 --supervisor", a.supervisor));
    db
}

#[test]
fn point3_a_members_duban_now_is_refused_and_nothing_is_written() {
    require_system!();
    let mut system = System::default();
    let db = shared(&mut system, &CLOCK);
    let (member, supervisor) = (CLOCK.member, CLOCK.supervisor);
    let before = std::fs::read(&db).unwrap();
    let (code, _, err) = duban_as(member, &db, "DUBAN_NOW=2020-01-01", "report 1 '补报旧账'");
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("DUBAN_NOW"), "{err}");
    let (_, history, _) = duban_as(supervisor, &db, "", "history 1");
    assert!(!history.contains("报送进展"), "{history}");
    assert_eq!(std::fs::read(&db).unwrap().len(), before.len());
    // Without it the member reports as usual; a supervisor may pin the clock.
    let (code, _, err) = duban_as(member, &db, "", "report 1 '本期进展'");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = duban_as(supervisor, &db, "DUBAN_NOW=2020-06-10", "list");
    assert_eq!(code, 0, "{err}");
}

#[test]
fn point1_only_a_supervisor_reopens_a_confirmed_item() {
    require_system!();
    let mut system = System::default();
    let db = shared(&mut system, &REOPEN);
    let (member, supervisor) = (REOPEN.member, REOPEN.supervisor);
    let (code, _, err) = duban_as(member, &db, "", "move 1 done --note '已印发'");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = duban_as(member, &db, "", "move 1 doing");
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("duban reopen 1"), "{err}");
    let (code, _, err) = duban_as(supervisor, &db, "", "confirm 1");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = duban_as(member, &db, "", "reopen 1 '想再改改'");
    assert_eq!(code, 3, "{err}");
    let (code, _, err) = duban_as(supervisor, &db, "", "reopen 1 '佐证不全'");
    assert_eq!(code, 0, "{err}");
    let (_, shown, _) = duban_as(member, &db, "", "show 1");
    assert!(
        shown.contains("已退回") && !shown.contains("已销号"),
        "{shown}"
    );
}
