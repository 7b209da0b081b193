//! A hostile co-worker with an account of their own on the shared server: they can
//! write the group-writable database, set any environment for their own processes
//! and plant files in the shared folder. It creates system users and a group, so it
//! runs only when asked (`DUBAN_SYSTEM_TESTS=1`, as `.ci/run` does) and as root; a
//! guard removes what it created even when the test fails.

use crate::system;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use system::{System, require_system, sh, su};

const GROUP: &str = "dubanhostile";
/// The supervisor, and the co-worker who attacks.
const USERS: [&str; 2] = ["dubansuper", "dubanmallory"];

/// Runs duban as `user` with `env` (shell assignments) before it; returns (exit
/// code, stdout, stderr).
fn duban_as(user: &str, db: &Path, env: &str, args: &str) -> (i32, String, String) {
    let bin = env!("CARGO_BIN_EXE_duban");
    let cmd = format!(
        "umask 077; cd /; {env} DUBAN_LANG=en DUBAN_DB='{}' '{bin}' {args}",
        db.display()
    );
    let out = su(user, &cmd);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_co_worker_with_write_access_cannot_do_through_duban_what_the_rules_refuse() {
    require_system!();
    let mut system = System::default();
    system.group(GROUP);
    for user in USERS {
        system.user(user, Some(GROUP));
    }
    let base = system.folder("duban-hostile");
    let dir = base.join("board");
    std::fs::create_dir(&dir).unwrap();
    assert!(
        sh(&format!("chgrp {GROUP} '{}'", dir.display()))
            .status
            .success()
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o2770)).unwrap();
    let db = dir.join("duban.db");
    let [sup, mallory] = USERS;

    // The supervisor sets the department up; mallory is in 高教处.
    let (code, _, err) = duban_as(
        sup,
        &db,
        "",
        &format!("member add {sup} 办公室 --supervisor"),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = duban_as(sup, &db, "", &format!("member add {mallory} 高教处"));
    assert_eq!(code, 0, "{err}");

    // Claiming to be the supervisor through the environment or --as gets nothing.
    let spoof = format!("USER={sup} LOGNAME={sup} SUDO_USER={sup}");
    let (code, _, err) = duban_as(mallory, &db, &spoof, "move 14 doing");
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains(&format!("{mallory} is not one of them")),
        "{err}"
    );
    let (code, _, err) = duban_as(mallory, &db, "", &format!("--as {sup} move 14 doing"));
    assert_eq!(code, 3, "{err}");

    // A re-import that makes 高教处 the lead of item 14, a restore, memberships.
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_1c263084d9f29a16.txt"
    ))
    .unwrap();
    let evil = seed.replacen(
        "责任单位:基教处、财建处",
        "责任单位:高教处、基教处、财建处",
        1,
    );
    assert_ne!(evil, seed);
    let doc = dir.join("evil.txt");
    std::fs::write(&doc, evil).unwrap();
    sh(&format!("chown {mallory} '{}'", doc.display()));
    let (code, _, err) = duban_as(mallory, &db, "", &format!("import '{}'", doc.display()));
    assert_eq!(code, 3, "import: {err}");
    let copy = dir.join("copy.db");
    let (code, _, err) = duban_as(sup, &db, "", &format!("backup '{}'", copy.display()));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = duban_as(mallory, &db, "", &format!("restore '{}'", copy.display()));
    assert_eq!(code, 3, "restore: {err}");
    for args in [
        format!("member add {mallory} 基教处"),
        "cycle set weekly".to_string(),
        "urge 14 x".to_string(),
    ] {
        let (code, _, err) = duban_as(mallory, &db, "", &args);
        assert_eq!(code, 3, "{args}: {err}");
    }
    // A report backdated into a period long past: the clock is not theirs to set.
    let (code, _, err) = duban_as(
        mallory,
        &db,
        "DUBAN_NOW=2020-06-20",
        "report 20 'on time, honest'",
    );
    // Refused outright (issue 16, point 3), not ignored: nothing is written.
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("nothing was done"), "{err}");
    let (_, show, _) = duban_as(sup, &db, "", "show 20 --format json");
    assert!(!show.contains("on time, honest"), "{show}");
    assert!(!show.contains("\"2020-06\""), "{show}");

    let (code, out, _) = duban_as(sup, &db, "", "show 14");
    assert_eq!(code, 0);
    assert!(out.contains("基教处 (lead)"), "{out}");
    let (_, history, _) = duban_as(sup, &db, "", "history 14");
    assert!(!history.contains(mallory), "{history}");

    // A link planted where the supervisor writes the bulletin.
    let private = base.join("private-notes");
    std::fs::write(&private, "mine").unwrap();
    sh(&format!("chown {sup} '{}'", private.display()));
    let target = dir.join("通报.docx");
    sh(&format!(
        "su -s /bin/sh {mallory} -c \"ln -s '{}' '{}'\"",
        private.display(),
        target.display()
    ));
    assert!(target.is_symlink());
    let (code, _, err) = duban_as(
        sup,
        &db,
        "",
        &format!("bulletin --format docx --output '{}'", target.display()),
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(std::fs::read_to_string(&private).unwrap(), "mine");

    // A trigger planted in the file, as mallory's sqlite3 would: refused before it runs.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER steal AFTER INSERT ON notes
             BEGIN UPDATE notes SET author = 'dubanmallory'; END;",
        )
        .unwrap();
    let (code, _, err) = duban_as(sup, &db, "", "note 3 'confidential'");
    assert_eq!(code, 1);
    assert!(err.contains("trigger \"steal\""), "{err}");
}
