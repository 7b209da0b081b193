//! The board in a real terminal (tmux): navigate, move a card, add a Chinese note,
//! filter by office, quit; the database holds the changes and the terminal is restored.

use crate::tmux;

use duban::plan::Status;
use duban::store::Store;
use std::path::Path;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(5);

/// duban, then what the terminal looks like once it has quit: its exit status, and
/// whether the line discipline is back to canonical mode with echo (not raw).
fn command(db: &Path, dir: &Path, actor: &str) -> String {
    format!(
        "{}; echo \"rc=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo",
        duban_command(db, dir, actor, "")
    )
}

fn open(db: &Path) -> (Store, i64) {
    let store = Store::open(db, "checker").unwrap();
    let plan = store.plan(None).unwrap().id;
    (store, plan)
}

fn assert_restored(screen: &str) {
    assert!(
        screen.contains("rc=0"),
        "duban exited with an error:\n{screen}"
    );
    assert!(
        screen.contains("icanon echo") && !screen.contains("-icanon") && !screen.contains("-echo"),
        "the terminal was left in raw mode:\n{screen}"
    );
    // The alternate screen is gone: the board's columns are no longer shown.
    assert!(
        !screen.contains("未启动（"),
        "the board is still on screen:\n{screen}"
    );
}

#[test]
fn board_at_80x24_move_note_filter_quit() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("tmux80", &command(&db, dir.path(), "tester"), 80, 24, None);
    let screen = t.wait_for("未启动（34）", WAIT);
    assert!(
        screen.contains(">1 进一步"),
        "first card selected:\n{screen}"
    );
    assert!(screen.contains("? 帮助"), "key hints:\n{screen}");

    // Down to item 2 and move it on.
    t.keys(&["j", "L"]);
    let screen = t.wait_for("推进中（1）", WAIT);
    assert!(screen.contains("未启动（33）"), "{screen}");
    assert!(
        screen.contains(">2 深入"),
        "selection followed the card:\n{screen}"
    );

    // A Chinese note on it, three lines (Ctrl+J and Alt+Enter add a line).
    t.keys(&["a"]);
    t.wait_for("新批注", WAIT);
    t.type_text("进度正常，已完成调研");
    t.wait_for("已完成调研", WAIT);
    // The cursor stands after the ten wide characters (20 columns past the editor's
    // left edge at column 6), where an IME would compose the next one.
    assert_eq!(t.cursor(), (26, 8));
    t.keys(&["C-j"]);
    t.type_text("下周汇报");
    t.keys(&["M-Enter"]);
    t.type_text("ok");
    let screen = t.wait_for("下周汇报", WAIT);
    assert!(screen.contains("进度正常，已完成调研"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("批注已保存", WAIT);
    assert!(
        screen.contains("注1"),
        "the card counts the note:\n{screen}"
    );

    // Filter by office with pinyin initials.
    t.keys(&["o"]);
    t.wait_for("按处室筛选", WAIT);
    t.type_text("jjc");
    t.wait_for("> 基教处", WAIT);
    t.keys(&["Enter"]);
    let screen = t.wait_for("【处室：基教处】", WAIT);
    assert!(screen.contains("未启动（13）"), "{screen}");

    // Esc never quits; q does.
    t.keys(&["Escape"]);
    std::thread::sleep(Duration::from_millis(200));
    assert!(t.screen().contains("【处室：基教处】"));
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert_restored(&screen);

    let (store, plan) = open(&db);
    let id = store.item_id(plan, 2).unwrap();
    let item = store.item(id).unwrap();
    assert_eq!(item.status, Status::Doing);
    assert_eq!(item.notes.len(), 1);
    assert_eq!(item.notes[0].text, "进度正常，已完成调研\n下周汇报\nok");
    assert_eq!(item.notes[0].author, "tester");
}

#[test]
fn board_at_160x48_arrows_detail_search_quit() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start(
        "tmux160",
        &command(&db, dir.path(), "tester"),
        160,
        48,
        None,
    );
    t.wait_for("未启动（34）", WAIT);

    // Arrows and shifted arrows: item 3 to 受阻 in two moves.
    t.keys(&["Down", "Down", "S-Right", "S-Right"]);
    let screen = t.wait_for("受阻（1）", WAIT);
    assert!(screen.contains(">3 把党的领导"), "{screen}");

    // The detail: tick the second measure, come back.
    t.keys(&["Enter"]);
    t.wait_for("工作措施（0/", WAIT);
    t.keys(&["Down", "Space"]);
    t.wait_for("[x] 2.", WAIT);
    t.keys(&["Escape"]);
    t.wait_for("未启动（33）", WAIT);

    // Jump, then search narrows live; Esc clears.
    t.keys(&["Left", "Left", ":"]);
    t.type_text("29");
    t.keys(&["Enter"]);
    t.wait_for(">29 积极稳妥", WAIT);
    t.keys(&["/"]);
    t.type_text("gkzhgg");
    let screen = t.wait_for("【搜索：gkzhgg】", WAIT);
    assert!(screen.contains("未启动（1）"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("未启动（33）", WAIT);

    // Help is generated from the keymap.
    t.keys(&["?"]);
    let screen = t.wait_for("按键帮助", WAIT);
    assert!(screen.contains("L/Shift+Right"), "{screen}");
    t.keys(&["Escape", "q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert_restored(&screen);

    let (store, plan) = open(&db);
    let item = store.item(store.item_id(plan, 3).unwrap()).unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(!item.measures[0].done);
    assert!(item.measures[1].done);
}

#[test]
fn too_small_then_resized() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start(
        "tmuxsmall",
        &command(&db, dir.path(), "tester"),
        50,
        20,
        None,
    );
    t.wait_for("终端太小", WAIT);
    t.resize(100, 30);
    t.wait_for("未启动（34）", WAIT);
    t.resize(20, 5);
    t.wait_for("终端太小", WAIT);
    t.resize(80, 24);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert_restored(&screen);
}

#[test]
fn idle_board_writes_nothing() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let raw = dir.path().join("raw.bin");
    let t = Tmux::start(
        "tmuxidle",
        &command(&db, dir.path(), "tester"),
        80,
        24,
        Some(&raw),
    );
    t.wait_for("未启动（34）", WAIT);
    std::thread::sleep(Duration::from_millis(300));
    let before = t.raw_bytes().len();
    assert!(before > 0, "pipe-pane saw the first frame");
    // Three data polls go by: nothing changed, so nothing is drawn.
    std::thread::sleep(Duration::from_millis(1600));
    assert_eq!(t.raw_bytes().len(), before, "output while idle");
    // A key redraws, and only what changed.
    t.keys(&["j"]);
    std::thread::sleep(Duration::from_millis(300));
    let after = t.raw_bytes().len();
    assert!(after > before, "a key redraws");
    assert!(
        after - before < 4000,
        "a small change is a small redraw: {}",
        after - before
    );
    t.keys(&["q"]);
    assert_restored(&t.wait_for("[exited]", WAIT));
}

#[test]
fn a_panic_restores_the_terminal() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let cmd = format!(
        "env DUBAN_DEBUG_PANIC=1 RUST_BACKTRACE=0 {}",
        command(&db, dir.path(), "tester")
    );
    let t = Tmux::start("tmuxpanic", &cmd, 80, 24, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["F12"]);
    let screen = t.wait_for("[exited]", WAIT);
    // The message stays above what the shell prints next: the cursor was not moved
    // back over it by a second restore.
    let lines: Vec<&str> = screen.lines().map(str::trim_end).collect();
    let msg = lines
        .iter()
        .position(|l| l.contains("panicking on request"));
    let rc = lines.iter().position(|l| *l == "rc=101");
    assert!(matches!((msg, rc), (Some(m), Some(r)) if m < r), "{screen}");
    assert!(
        screen.contains("icanon echo") && !screen.contains("-icanon"),
        "raw mode left on after a panic:\n{screen}"
    );
    assert!(!screen.contains("未启动（"), "{screen}");
}
