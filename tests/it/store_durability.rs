//! Acknowledged means on disk (issue 16, point 18): every writing connection syncs
//! each commit, whoever else has the file open; a log deleted under an open board
//! is reported as missing, not as a damaged database.

use duban::store::{Store, StoreError};
use std::process::Command;

fn seeded(db: &std::path::Path) -> Store {
    let mut store = Store::open(db, "setup").unwrap();
    let parsed = duban::plan::parse_bytes(duban::cli::SEED).unwrap();
    store.import(&parsed.plan).unwrap();
    store
}

#[test]
fn acknowledged_writes_are_synced_to_disk_on_every_connection() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("duban.db");
    let first = seeded(&db);
    // FULL (2): SQLite syncs the log before a commit returns.
    assert_eq!(first.sync_level().unwrap(), 2);
    // A second board with the file open, and a third, are no different.
    let mut second = Store::open(&db, "alice").unwrap();
    let third = Store::open(&db, "bob").unwrap();
    assert_eq!(second.sync_level().unwrap(), 2);
    assert_eq!(third.sync_level().unwrap(), 2);
    let plan = second.plan(None).unwrap().id;
    let id = second.item_id(plan, 3).unwrap();
    second.add_note(id, "已落盘").unwrap();
    assert_eq!(second.sync_level().unwrap(), 2, "still after a write");
}

#[test]
fn a_missing_log_is_reported_as_missing_not_as_a_damaged_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("duban.db");
    // A board holds the file open with changes still in its log.
    let mut board = seeded(&db);
    let plan = board.plan(None).unwrap().id;
    let id = board.item_id(plan, 3).unwrap();
    for k in 0..3 {
        board.add_note(id, &format!("第{k}条")).unwrap();
    }
    std::fs::remove_file(dir.path().join("duban.db-wal")).unwrap();
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_duban"))
            .args(["--lang", lang, "--as", "tester", "--db"])
            .arg(&db)
            .arg("list")
            .env("DUBAN_CONFIG_DIR", dir.path())
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let zh = run("zh");
    assert!(zh.contains("-wal（数据库的日志）不见了"), "{zh}");
    assert!(!zh.contains("已损坏"), "{zh}");
    // Asked again (the first run made a new, empty log): still the log, not damage.
    let en = run("en");
    assert!(en.contains("-wal (the database's log) is missing"), "{en}");
    assert!(!en.contains("database is damaged"), "{en}");
    // The board that holds the log writes it into the file as it closes.
    drop(board);
    let after = Store::open(&db, "carol").unwrap();
    assert_eq!(after.item(id).unwrap().notes.len(), 3);
}

#[test]
fn a_quick_check_put_off_still_runs_before_the_first_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("duban.db");
    let mut store = seeded(&db);
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 3).unwrap();
    let long = "进展情况说明。".repeat(200);
    for _ in 0..40 {
        store.add_note(id, &long).unwrap();
    }
    drop(store);
    crate::common::damage_middle(&db);
    let before = std::fs::read(&db).unwrap();
    // Opening a current file does not check it; the board puts the check off
    // until after its first frame, and reads meanwhile.
    let mut store = Store::open(&db, "alice").unwrap();
    store.defer_sound_check();
    assert!(store.plan(None).is_ok());
    let err = store.add_note(id, "不该写入").unwrap_err();
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(matches!(
        store.check_sound_if_deferred(),
        Err(StoreError::Damaged { .. })
    ));
    drop(store);
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the file was changed"
    );
}

#[test]
fn a_visit_recorded_while_the_check_is_put_off_is_written_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("duban.db");
    drop(seeded(&db));
    let mut store = Store::open(&db, "alice").unwrap();
    let plan = store.plan(None).unwrap().id;
    store.defer_sound_check();
    store.record_visit(plan).unwrap();
    assert_eq!(store.last_visit(plan).unwrap(), None, "nothing written yet");
    store.check_sound_if_deferred().unwrap();
    assert!(store.last_visit(plan).unwrap().is_some());
}
