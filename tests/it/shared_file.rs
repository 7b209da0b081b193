//! The shared file under attack or mishap (issue 11, points 18–23), several
//! processes on one on-disk database: hostile text, a file replaced or its log
//! deleted under open boards, a read-only spell, idle boards.

use crate::tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};
use tmux::{Tmux, duban_command, require_tmux};

fn duban(db: &Path, actor: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_duban"))
        .arg("--db")
        .arg(db)
        .arg("--as")
        .arg(actor)
        .args(["--lang", "en"])
        .args(args)
        .env_remove("DUBAN_DB")
        .env_remove("DUBAN_LANG")
        .env("DUBAN_CONFIG_DIR", db.parent().unwrap())
        .output()
        .unwrap()
}

fn ok(db: &Path, actor: &str, args: &[&str]) -> Vec<u8> {
    let out = duban(db, actor, args);
    assert!(
        out.status.success(),
        "duban {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn seeded(dir: &Path) -> PathBuf {
    let db = dir.join("duban.db");
    ok(&db, "setup", &["list"]);
    db
}

/// The bytes no output may carry: ESC, BEL, other C0 controls but newline, tab and
/// CR, DEL, C1 controls (UTF-8 C2 80–C2 9F) and the bidi controls.
fn raw_controls(out: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for (k, &b) in out.iter().enumerate() {
        if (b < 0x20 && b != b'\n' && b != b'\t' && b != b'\r') || b == 0x7f {
            found.push(format!("byte {b:#04x} at {k}"));
        }
        if b == 0xc2 && out.get(k + 1).is_some_and(|n| (0x80..=0x9f).contains(n)) {
            found.push(format!("C1 at {k}"));
        }
    }
    let text = String::from_utf8_lossy(out);
    for c in text.chars() {
        if matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
        {
            found.push(format!("bidi U+{:04X}", c as u32));
        }
    }
    found
}

const OUTPUTS: &[&[&str]] = &[
    &["list"],
    &["list", "--format", "csv"],
    &["list", "--format", "json"],
    &["export"],
    &["export", "--format", "csv"],
    &["export", "--format", "md"],
    &["show", "3"],
    &["show", "3", "--format", "json"],
    &["history", "3"],
    &["history", "3", "--format", "json"],
    &["standup", "--since", "30d"],
    &["standup", "--since", "30d", "--format", "json"],
];

fn assert_every_output_clean(db: &Path) {
    for args in OUTPUTS {
        let out = ok(db, "bob", args);
        let found = raw_controls(&out);
        assert!(found.is_empty(), "duban {args:?} let out {found:?}");
    }
}

const PAYLOAD: &str =
    "X\x1b]52;c;SGVsbG8=\x07\x1b[2J csi\u{9b}31m osc\u{9d}0;t nel\u{85} rlo\u{202e}txt";

#[test]
fn hostile_note_is_stored_clean_and_every_output_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    ok(&db, "ali\x1b[2Jce\u{202e}", &["note", "3", PAYLOAD]);
    // Stored without the controls: what another program reads is clean too.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (text, author): (String, String) = conn
        .query_row(
            "SELECT text, author FROM notes ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(text, "X]52;c;SGVsbG8=[2J csi31m osc0;t nel rlotxt");
    assert_eq!(author, "ali[2Jce");
    drop(conn);
    assert_every_output_clean(&db);
}

#[test]
fn raw_controls_already_in_an_old_database_come_out_clean() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    // Written behind duban's back, as an older build stored them.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO notes (item_id, author, created_at, text)
         SELECT id, ?1, '2020-06-01T00:00:00.000Z', ?2 FROM items WHERE number = 3",
        [format!("mallory{PAYLOAD}"), PAYLOAD.to_string()],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO events (plan_id, item_id, actor, at, kind, after)
         SELECT plan_id, id, ?1, '2020-06-01T00:00:00.000Z', 'note_add', ?2 FROM items
         WHERE number = 3",
        [format!("mallory{PAYLOAD}"), PAYLOAD.to_string()],
    )
    .unwrap();
    conn.execute(
        "UPDATE items SET title = title || ?1, target = target || ?1 WHERE number = 3",
        [PAYLOAD],
    )
    .unwrap();
    conn.execute(
        "UPDATE offices SET name = name || ?1 WHERE id = 1",
        [PAYLOAD],
    )
    .unwrap();
    drop(conn);
    assert_every_output_clean(&db);
    // JSON escapes what it does not drop: a program reading it gets the stored text.
    let json = ok(&db, "bob", &["show", "3", "--format", "json"]);
    assert!(String::from_utf8_lossy(&json).contains("\\u009b"));
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let notes = value["notes"].as_array().unwrap();
    assert_eq!(notes.last().unwrap()["text"], PAYLOAD);
}

/// The pid of the duban process whose command line has all of `words`.
fn pid_of(words: &[&str]) -> Option<i32> {
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(cmd) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let args: Vec<String> = cmd
            .split(|&b| b == 0)
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect();
        if args.first().is_some_and(|a| a.ends_with("/duban"))
            && words.iter().all(|w| args.iter().any(|a| a == w))
        {
            return Some(pid);
        }
    }
    None
}

fn footer(board: &Tmux) -> String {
    board
        .screen()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_board_killed_with_sigkill_leaves_the_others_footer_within_seconds() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let alice = Tmux::start(
        "kill-alice",
        &duban_command(&db, dir.path(), "alice", "--lang en"),
        120,
        30,
        None,
    );
    alice.wait_for("To do (34)", Duration::from_secs(5));
    let bob = Tmux::start(
        "kill-bob",
        &duban_command(&db, dir.path(), "bob", "--lang en"),
        120,
        30,
        None,
    );
    bob.wait_for("alice", Duration::from_secs(5));
    alice.wait_for("bob", Duration::from_secs(3));
    let db_arg = db.display().to_string();
    let pid = pid_of(&[&db_arg, "bob"]).expect("bob's board runs");
    // SAFETY: a plain kill(2) of a process this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    let start = Instant::now();
    while footer(&alice).contains("bob") {
        assert!(
            start.elapsed() < Duration::from_secs(8),
            "bob still shown after 8 s: {}",
            footer(&alice)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // And bob's row is cleaned up by the next board that opens.
    drop(bob);
    ok(&db, "carol", &["list"]);
}

/// The bytes written to the database and its log while `secs` pass.
fn db_bytes_written(db: &Path, pids: &[i32], secs: u64) -> (u64, u64) {
    let io = |pid: i32, key: &str| -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/io"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                l.strip_prefix(&format!("{key}: "))
                    .map(|v| v.parse().unwrap_or(0))
            })
            .unwrap_or(0)
    };
    let calls0: u64 = pids.iter().map(|&p| io(p, "syscw")).sum();
    let wal = db.with_extension("db-wal");
    let v0 = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    std::thread::sleep(Duration::from_secs(secs));
    let calls1: u64 = pids.iter().map(|&p| io(p, "syscw")).sum();
    let v1 = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    (calls1 - calls0, v1.saturating_sub(v0))
}

#[test]
fn idle_boards_write_nothing() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let boards: Vec<Tmux> = ["alice", "bob", "carol"]
        .iter()
        .map(|who| {
            Tmux::start(
                &format!("idle-{who}"),
                &duban_command(&db, dir.path(), who, "--lang en"),
                120,
                30,
                None,
            )
        })
        .collect();
    boards[0].wait_for("carol", Duration::from_secs(5));
    boards[1].wait_for("carol", Duration::from_secs(5));
    boards[2].wait_for("bob", Duration::from_secs(5));
    // Let the last footers be drawn: a frame is a write too.
    std::thread::sleep(Duration::from_secs(1));
    let db_arg = db.display().to_string();
    let pids: Vec<i32> = ["alice", "bob", "carol"]
        .iter()
        .map(|who| pid_of(&[&db_arg, who]).expect("the board runs"))
        .collect();
    // Heartbeats used to come every 5 s; a refresh of who is here every 5 s too.
    let (calls, grown) = db_bytes_written(&db, &pids, 12);
    assert_eq!(calls, 0, "idle boards made {calls} write calls");
    assert_eq!(grown, 0);
    assert!(footer(&boards[0]).contains("bob"));
}

fn open_store(db: &Path, actor: &str) -> duban::store::Store {
    duban::store::Store::open(db, actor).unwrap()
}

fn notes_of(db: &Path, number: &str) -> Vec<String> {
    let out = ok(db, "bob", &["show", number, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_write_into_a_file_moved_over_the_open_one_is_refused_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let copy = dir.path().join("copy.db");
    ok(&db, "setup", &["backup", copy.to_str().unwrap()]);
    let mut board = open_store(&db, "alice");
    let plan = board.plan(None).unwrap().id;
    let item = board.item_id(plan, 3).unwrap();
    board.add_note(item, "before the swap").unwrap();
    // Someone puts the copy in place with the board open.
    let mv = Command::new("mv").arg(&copy).arg(&db).status().unwrap();
    assert!(mv.success());
    let err = board.add_note(item, "into a mismatched pair").unwrap_err();
    assert!(err.is_file_change(), "{err}");
    assert!(err.to_string().contains("replaced"), "{err}");
    assert!(board.data_version().unwrap_err().is_file_change());
    board.reopen_file().unwrap();
    board.add_note(item, "after reopening").unwrap();
    drop(board);
    assert_eq!(open_store(&db, "bob").integrity_check().unwrap(), "ok");
    assert_eq!(notes_of(&db, "3"), ["after reopening"]);
}

#[test]
fn a_write_after_the_log_was_deleted_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let mut board = open_store(&db, "alice");
    let plan = board.plan(None).unwrap().id;
    let item = board.item_id(plan, 3).unwrap();
    board.add_note(item, "acknowledged").unwrap();
    let wal = dir.path().join("duban.db-wal");
    assert!(Command::new("rm").arg(&wal).status().unwrap().success());
    let err = board.add_note(item, "would be lost").unwrap_err();
    assert!(err.is_file_change(), "{err}");
    assert!(err.to_string().contains("-wal"), "{err}");
    board.reopen_file().unwrap();
    // The acknowledged note was saved into the file from the deleted log.
    std::mem::forget(board); // as if killed: no close, no checkpoint
    assert_eq!(notes_of(&db, "3"), ["acknowledged"]);
}

#[test]
fn a_board_whose_log_is_deleted_saves_what_it_acknowledged_before_a_kill() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let alice = Tmux::start(
        "wal-alice",
        &duban_command(&db, dir.path(), "alice", "--lang en"),
        120,
        30,
        None,
    );
    alice.wait_for("To do (34)", Duration::from_secs(5));
    // Another user's note: acknowledged, in the log (alice's board keeps it open).
    ok(&db, "bob", &["note", "3", "acknowledged by bob"]);
    std::fs::remove_file(dir.path().join("duban.db-wal")).unwrap();
    alice.wait_for("log (-wal) was deleted", Duration::from_secs(3));
    let db_arg = db.display().to_string();
    let pid = pid_of(&[&db_arg, "alice"]).expect("alice's board runs");
    // SAFETY: a plain kill(2) of a process this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(notes_of(&db, "3"), ["acknowledged by bob"]);
    assert_eq!(open_store(&db, "carol").integrity_check().unwrap(), "ok");
}

#[test]
fn a_board_sees_its_file_replaced_says_so_and_shows_the_new_one() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let copy = dir.path().join("copy.db");
    ok(&db, "setup", &["move", "1", "done", "--note", "完成"]);
    ok(&db, "setup", &["backup", copy.to_str().unwrap()]);
    ok(&db, "setup", &["move", "2", "done", "--note", "完成"]);
    let alice = Tmux::start(
        "swap-alice",
        &duban_command(&db, dir.path(), "alice", "--lang en"),
        120,
        30,
        None,
    );
    alice.wait_for("Done (2)", Duration::from_secs(5));
    assert!(
        Command::new("mv")
            .arg(&copy)
            .arg(&db)
            .status()
            .unwrap()
            .success()
    );
    alice.wait_for("database file was replaced", Duration::from_secs(3));
    alice.wait_for("Done (1)", Duration::from_secs(2));
    // The board writes into the new file, which stays sound.
    alice.keys(&["L"]);
    alice.wait_for("In progress (1)", Duration::from_secs(2));
    drop(alice);
    assert_eq!(open_store(&db, "bob").integrity_check().unwrap(), "ok");
}

#[test]
fn backup_copies_what_is_committed_with_a_board_open_and_keeps_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let mut board = open_store(&db, "alice");
    let plan = board.plan(None).unwrap().id;
    let item = board.item_id(plan, 3).unwrap();
    board.add_note(item, "in the log only").unwrap();
    let copy = dir.path().join("copy.db");
    let copy_arg = copy.to_str().unwrap();
    ok(&db, "bob", &["backup", copy_arg]);
    // One self-contained file: no log next to it.
    assert!(!dir.path().join("copy.db-wal").exists());
    assert_eq!(notes_of(&copy, "3"), ["in the log only"]);
    board.add_note(item, "later").unwrap();
    let out = duban(&db, "bob", &["backup", copy_arg]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(notes_of(&copy, "3"), ["in the log only"]);
    ok(&db, "bob", &["backup", copy_arg, "--force"]);
    assert_eq!(notes_of(&copy, "3"), ["in the log only", "later"]);
}

#[test]
fn restore_writes_the_copy_into_the_open_file_and_keeps_what_it_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    ok(&db, "bob", &["note", "3", "kept in the copy"]);
    let copy = dir.path().join("copy.db");
    ok(&db, "bob", &["backup", copy.to_str().unwrap()]);
    ok(&db, "bob", &["note", "3", "made after the copy"]);
    let board = open_store(&db, "alice");
    let seen = board.data_version().unwrap();
    let out = String::from_utf8(ok(&db, "bob", &["restore", copy.to_str().unwrap()])).unwrap();
    assert!(out.starts_with("restored"), "{out}");
    // The open board sees a change of data, not a swapped file.
    assert_ne!(board.data_version().unwrap(), seen);
    assert_eq!(board.integrity_check().unwrap(), "ok");
    assert_eq!(notes_of(&db, "3"), ["kept in the copy"]);
    let safety: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".before-restore-"))
        .collect();
    assert_eq!(safety.len(), 1, "{safety:?}");
    assert_eq!(
        notes_of(&safety[0], "3"),
        ["kept in the copy", "made after the copy"]
    );
}

#[test]
fn restore_refuses_what_is_not_a_sound_duban_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    ok(&db, "bob", &["note", "3", "still here"]);
    let text = dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "not a database at all, just some words\n".repeat(100),
    )
    .unwrap();
    let foreign = dir.path().join("other.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    for bad in [&text, &foreign, &dir.path().join("missing.db")] {
        let out = duban(&db, "bob", &["restore", bad.to_str().unwrap()]);
        assert!(!out.status.success(), "{bad:?} was restored");
        assert!(String::from_utf8_lossy(&out.stderr).contains("not restored"));
    }
    assert_eq!(notes_of(&db, "3"), ["still here"]);
    assert!(
        !dir.path().join("other.db-shm").exists(),
        "nothing written next to the copy"
    );
}

#[test]
fn restore_upgrades_a_copy_made_by_an_older_duban() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let old = dir.path().join("old.db");
    let conn = rusqlite::Connection::open(&old).unwrap();
    for v in 1..=3 {
        conn.execute_batch(duban::store::Store::migration_sql(v).unwrap())
            .unwrap();
    }
    conn.pragma_update(None, "user_version", 3).unwrap();
    drop(conn);
    ok(&db, "bob", &["restore", old.to_str().unwrap()]);
    let version: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, duban::store::Store::schema_version());
}

#[test]
fn an_open_board_shows_the_restored_data() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let copy = dir.path().join("copy.db");
    ok(&db, "setup", &["move", "1", "done", "--note", "完成"]);
    ok(&db, "setup", &["backup", copy.to_str().unwrap()]);
    ok(&db, "setup", &["move", "2", "done", "--note", "完成"]);
    let alice = Tmux::start(
        "restore-alice",
        &duban_command(&db, dir.path(), "alice", "--lang en"),
        120,
        30,
        None,
    );
    alice.wait_for("Done (2)", Duration::from_secs(5));
    ok(&db, "bob", &["restore", copy.to_str().unwrap()]);
    alice.wait_for("Done (1)", Duration::from_secs(3));
    alice.keys(&["L"]);
    alice.wait_for("In progress (1)", Duration::from_secs(2));
    drop(alice);
    assert_eq!(open_store(&db, "bob").integrity_check().unwrap(), "ok");
}

#[test]
fn a_reader_leaves_no_files_next_to_the_database_and_follows_a_writer_who_comes() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let wal = dir.path().join("duban.db-wal");
    let shm = dir.path().join("duban.db-shm");
    // No one has it open (the last close checkpointed the log): a quiet database.
    std::fs::remove_file(&wal).unwrap();
    std::fs::remove_file(&shm).unwrap();
    let reader = duban::store::Store::open_read_only(&db, "reader").unwrap();
    let plan = reader.plan(None).unwrap().id;
    assert_eq!(
        reader
            .items(plan, &duban::store::ItemFilter::default())
            .unwrap()
            .len(),
        34
    );
    assert!(reader.data_version().is_ok());
    assert!(
        !wal.exists() && !shm.exists(),
        "the reader created SQLite's files"
    );
    // A writer comes back: the reader is told to open again, and then sees its writes.
    ok(&db, "writer", &["note", "3", "written meanwhile"]);
    let mut reader = reader;
    assert!(reader.data_version().unwrap_err().is_file_change());
    // (As root the reopened store may write: file modes do not bind root.)
    reader.reopen_file().unwrap();
    let item = reader.item_id(plan, 3).unwrap();
    assert_eq!(reader.item(item).unwrap().notes.len(), 1);
}

#[test]
fn a_file_copied_over_the_open_one_stops_the_writes() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let copy = dir.path().join("copy.db");
    ok(&db, "setup", &["backup", copy.to_str().unwrap()]);
    let mut board = open_store(&db, "alice");
    let plan = board.plan(None).unwrap().id;
    let item = board.item_id(plan, 3).unwrap();
    board.add_note(item, "before the copy").unwrap();
    // Other processes write and checkpoint meanwhile: that is no copy.
    for k in 0..3 {
        ok(&db, "bob", &["note", "4", &format!("bob {k}")]);
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    board.add_note(item, "after their checkpoint").unwrap();
    assert!(board.data_version().is_ok());
    // Then the copy goes over the file, in place.
    std::thread::sleep(Duration::from_millis(20));
    let cp = Command::new("cp").arg(&copy).arg(&db).status().unwrap();
    assert!(cp.success());
    let err = board.add_note(item, "into a mismatched pair").unwrap_err();
    assert!(
        matches!(err, duban::store::StoreError::CopiedOver { .. }),
        "{err}"
    );
    assert!(board.data_version().is_err(), "and it stays stopped");
}

#[test]
fn backup_and_restore_never_take_the_database_itself() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    ok(&db, "bob", &["note", "3", "keep me"]);
    let db_arg = db.to_str().unwrap();
    let wal_arg = format!("{db_arg}-wal");
    for args in [
        vec!["backup", db_arg, "--force"],
        vec!["backup", &wal_arg, "--force"],
        vec!["restore", db_arg],
    ] {
        let out = duban(&db, "bob", &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("the database itself"));
    }
    assert_eq!(notes_of(&db, "3"), ["keep me"]);
}
