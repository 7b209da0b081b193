//! Several processes on one database file: concurrent writers all land, and
//! writers killed at random moments never lose an acknowledged change or leave
//! half of one. Sizes are modest for CI; DUBAN_STRESS=N multiplies them.

use duban::store::{ItemFilter, Store};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn scale() -> usize {
    std::env::var("DUBAN_STRESS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

fn duban(db: &Path, actor: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_duban"))
        .arg("--db")
        .arg(db)
        .arg("--as")
        .arg(actor)
        .args(args)
        .output()
        .unwrap()
}

fn seeded_db(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("shared.db");
    let out = duban(&db, "setup", &["list"]);
    assert!(out.status.success());
    db
}

#[test]
fn concurrent_writers_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let writers = 6 * scale();
    let ops = 8;
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let db = db.clone();
            std::thread::spawn(move || {
                let actor = format!("writer{w}");
                let item = (w % 34 + 1).to_string();
                // Out of done only by a reopen (issue 16).
                let statuses = ["doing", "blocked", "done", "reopen"];
                for k in 0..ops {
                    let out = duban(&db, &actor, &["note", &item, &format!("{actor} 第{k}条")]);
                    assert!(
                        out.status.success(),
                        "note refused: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    let tick = (k % 3 + 1).to_string();
                    let out = duban(&db, &actor, &["tick", &item, &tick]);
                    assert!(out.status.success(), "tick refused");
                    // Done takes a completion statement (issue 12).
                    let mut args = vec!["move", &item, statuses[k % 4]];
                    if statuses[k % 4] == "done" {
                        args.extend(["--note", "完成"]);
                    }
                    if statuses[k % 4] == "reopen" {
                        args = vec!["reopen", &item, "再推进"];
                    }
                    let mut out = duban(&db, &actor, &args);
                    // A writer sharing the item may have closed it meanwhile: out of
                    // done only by a reopen; or reopened it already.
                    let said = String::from_utf8_lossy(&out.stderr).into_owned();
                    if !out.status.success() && said.contains("duban reopen") {
                        out = duban(&db, &actor, &["reopen", &item, "再推进"]);
                    }
                    let said = String::from_utf8_lossy(&out.stderr).into_owned();
                    let already_open = said.contains("尚未完成");
                    assert!(out.status.success() || already_open, "move refused: {said}");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let store = Store::open(&db, "checker").unwrap();
    let plan = store.plan(None).unwrap().id;
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    let notes: usize = items.iter().map(|i| i.notes.len()).sum();
    assert_eq!(notes, writers * ops, "every note present");
    for w in 0..writers {
        let actor = format!("writer{w}");
        let item = &items[w % 34];
        for k in 0..ops {
            let text = format!("{actor} 第{k}条");
            assert!(item.notes.iter().any(|n| n.text == text), "missing {text}");
        }
        let moves = store
            .history(item.id)
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == "move" && e.actor == actor)
            .count();
        let ticks = store
            .history(item.id)
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == "measure" && e.actor == actor)
            .count();
        assert!(ticks >= 1, "{actor}'s ticks landed");
        assert!(
            item.measures[..3].iter().all(|m| m.done),
            "every tick present"
        );
        // Writers sharing an item may find it already in the asked status.
        assert!(moves > 0 && moves <= ops, "{actor}: {moves} moves");
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn killed_writers_lose_no_acknowledged_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let rounds = 12 * scale();
    let mut acknowledged: Vec<i64> = Vec::new();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for round in 0..rounds {
        // A shell loop of writers; each prints a note id only after its commit.
        let script = format!(
            "i=0; while [ $i -lt 200 ]; do \"$0\" --db \"$1\" --as killer note {} \"r{round}n$i\" || exit 1; \"$0\" --db \"$1\" --as killer move {} doing >/dev/null; \"$0\" --db \"$1\" --as killer move {} todo >/dev/null; i=$((i+1)); done",
            round % 34 + 1,
            round % 34 + 1,
            round % 34 + 1
        );
        let child = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .arg(env!("CARGO_BIN_EXE_duban"))
            .arg(&db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // On a loaded machine a writer may need longer than the window to commit
        // once; widen it until something has been acknowledged.
        let slack = if acknowledged.is_empty() {
            100 * round as u64
        } else {
            0
        };
        acknowledged.extend(crate::common::ids_acknowledged_before_kill(
            child,
            Duration::from_millis(40 + seed % 160 + slack),
        ));
    }
    assert!(!acknowledged.is_empty(), "the writers got some work done");
    let store = Store::open(&db, "checker").unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let plan = store.plan(None).unwrap().id;
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    let present: std::collections::HashSet<i64> = items
        .iter()
        .flat_map(|i| i.notes.iter().map(|n| n.id))
        .collect();
    for id in &acknowledged {
        assert!(present.contains(id), "acknowledged note {id} lost");
    }
    // All-or-nothing: every note has its history row and every history row its note.
    let mut note_events = 0;
    for item in &items {
        let history = store.history(item.id).unwrap();
        note_events += history.iter().filter(|e| e.kind == "note_add").count();
        // Each move event matches a status change that is visible in order.
        let mut status = "todo".to_string();
        for e in history.iter().filter(|e| e.kind == "move") {
            assert_eq!(e.before.as_deref(), Some(status.as_str()), "move chain");
            status = e.after.clone().unwrap();
        }
        assert_eq!(item.status.key(), status, "status matches its history");
    }
    assert_eq!(note_events, present.len(), "one history row per note");
}

#[test]
fn a_large_import_killed_midway_leaves_no_half_plan() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("big.txt");
    std::fs::write(
        &doc,
        duban::plan::generate::document(&duban::plan::generate::GenOptions::with_items(20_000)),
    )
    .unwrap();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..3 * scale() {
        // A new database each round: the import writes it directly, not through the log.
        let db = dir.path().join(format!("killed{round}.db"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_duban"))
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&doc)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The rollback journal shows the import's transaction has begun; the first
        // round kills it right then, the others at random moments after.
        let journal = dir.path().join(format!("killed{round}.db-journal"));
        let started = std::time::Instant::now();
        while !journal.exists() && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(2));
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = if round == 0 { 30 } else { seed % 3000 };
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let finished = child.wait().unwrap().success();
        let store = Store::open(&db, "checker").unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok");
        match store.plans().unwrap().as_slice() {
            [] => assert!(!finished, "a finished import is kept"),
            [_] if round == 0 => panic!("the first round should have killed the import"),
            [plan] => {
                let n = store.items(plan.id, &ItemFilter::default()).unwrap().len();
                assert_eq!(n, 20_000, "all of the plan or none of it");
            }
            more => panic!("{} plans", more.len()),
        }
        let mode: String = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal", "the next open puts the log back");
    }
}

#[test]
fn a_board_opened_during_a_direct_import_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    // What a large import does when it has the file to itself: a rollback journal
    // and a write transaction held while it writes.
    let importer = rusqlite::Connection::open(&db).unwrap();
    let mode: String = importer
        .query_row("PRAGMA journal_mode = delete", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    importer.execute_batch("BEGIN IMMEDIATE").unwrap();
    importer
        .execute("UPDATE plans SET title = title || '（修订）'", [])
        .unwrap();
    let opener = {
        let db = db.clone();
        std::thread::spawn(move || {
            let store = Store::open(&db, "late").map_err(|e| e.to_string())?;
            let title = store.plan(None).map_err(|e| e.to_string())?.title;
            Ok::<_, String>((std::time::Instant::now(), title))
        })
    };
    std::thread::sleep(Duration::from_millis(400));
    let committed = std::time::Instant::now();
    importer.execute_batch("COMMIT").unwrap();
    let _: String = importer
        .query_row("PRAGMA journal_mode = wal", [], |r| r.get(0))
        .unwrap();
    drop(importer);
    let (opened, title) = opener.join().unwrap().expect("the board opens");
    assert!(opened > committed, "it waited for the import");
    assert!(title.ends_with("（修订）"), "and sees the import: {title}");
}
