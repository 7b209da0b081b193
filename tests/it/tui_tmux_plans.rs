//! The plan switcher in a real terminal (tmux): import a second plan, open the board on
//! the first, switch to the second with P, and quit with the terminal restored.

use crate::tmux;

use duban::store::Store;
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(5);
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_1c263084d9f29a16.txt"
);
const SECOND: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal.txt");

fn import(db: &Path, dir: &Path, file: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_duban"))
        .arg("--db")
        .arg(db)
        .args(["import", file])
        .env("DUBAN_CONFIG_DIR", dir)
        .env_remove("DUBAN_DB")
        .env_remove("DUBAN_LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn switch_to_a_second_plan_with_p() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("plans.db");
    import(&db, dir.path(), SEED);
    import(&db, dir.path(), SECOND);
    let command = format!(
        "{}; echo \"rc=$?\"",
        duban_command(&db, dir.path(), "tester", "--plan 1")
    );
    let t = Tmux::start("tmuxplans", &command, 80, 24, None);
    let screen = t.wait_for("未启动（34）", WAIT);
    assert!(screen.contains("湖南省教育厅"), "{screen}");

    t.keys(&["P"]);
    let screen = t.wait_for("切换计划", WAIT);
    assert!(
        screen.contains("34项") && screen.contains("3项"),
        "{screen}"
    );
    assert!(
        screen.contains("> 1. 湖南省教育厅"),
        "starts on plan 1:\n{screen}"
    );
    t.keys(&["j"]);
    t.wait_for("> 2. 某某学院", WAIT);
    t.keys(&["Enter"]);
    let screen = t.wait_for("未启动（3）", WAIT);
    assert!(screen.contains("已切换到"), "{screen}");
    assert!(
        screen.contains(" 某某学院2021年工作要点"),
        "the header names it:\n{screen}"
    );
    assert!(!screen.contains("湖南省教育厅"), "{screen}");

    // A move on the new board lands in the second plan.
    t.keys(&["L"]);
    t.wait_for("推进中（1）", WAIT);
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(screen.contains("rc=0"), "{screen}");

    let store = Store::open(&db, "checker").unwrap();
    let moved = store.item(store.item_id(2, 1).unwrap()).unwrap();
    assert_eq!(moved.status, duban::plan::Status::Doing);
    let seed_one = store.item(store.item_id(1, 1).unwrap()).unwrap();
    assert_eq!(seed_one.status, duban::plan::Status::Todo);
}
