//! The board against a hostile co-worker on the shared file: a write lock held by
//! someone else makes a write wait a few seconds, then the footer says the database
//! is busy and nothing was saved; the board stays usable.

use crate::tmux;

use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(15);

#[test]
fn a_write_behind_someone_elses_lock_says_busy_and_the_board_goes_on() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start(
        "tmuxbusy",
        &duban_command(&db, dir.path(), "tester", "--lang en"),
        100,
        30,
        None,
    );
    t.wait_for("To do (34)", WAIT);
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE items SET title = title WHERE number = 1;")
        .unwrap();
    t.keys(&["L"]);
    let screen = t.wait_for("The database is busy", WAIT);
    assert!(screen.contains("nothing saved, try again"), "{screen}");
    assert!(screen.contains("To do (34)"), "nothing moved:\n{screen}");
    holder.execute_batch("ROLLBACK").unwrap();
    t.keys(&["L"]);
    t.wait_for("In progress (1)", WAIT);
    t.keys(&["q"]);
}

#[test]
fn a_damaged_file_is_refused_by_the_board_before_it_writes_anything() {
    require_tmux!();
    let env = crate::common::cli::Env::new();
    let long = "进展情况说明。".repeat(200);
    for n in 1..=40 {
        env.ok(&["note", &(n % 30 + 1).to_string(), &long]);
    }
    let db = env.db();
    crate::common::damage_middle(&db);
    let before = std::fs::read(&db).unwrap();
    // The quick check runs after the first frame, not before it: a board on a
    // damaged file still ends with the damage named, and writes nothing (not
    // even its presence row) into it.
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start(
        "tmuxdamaged",
        &duban_command(&db, dir.path(), "tester", "--lang en"),
        100,
        30,
        None,
    );
    let screen = t.wait_for("[exited] 1", WAIT);
    assert!(screen.contains("the database is damaged"), "{screen}");
    assert!(
        std::fs::read(&db).unwrap() == before,
        "the file was changed"
    );
}
