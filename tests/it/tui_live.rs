//! Several boards on one database in real terminals (tmux): changes show up in
//! the other board, and hostile stored text never reaches the terminal raw.

use crate::tmux;

use std::process::Command;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

fn cli(db: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_duban"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_move_in_one_board_shows_in_the_other_within_two_seconds() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    cli(&db, &["list"]);
    let alice = Tmux::start(
        "alice",
        &duban_command(&db, dir.path(), "alice", ""),
        120,
        40,
        None,
    );
    let bob = Tmux::start(
        "bob",
        &duban_command(&db, dir.path(), "bob", ""),
        120,
        40,
        None,
    );
    alice.wait_for("未启动（34）", Duration::from_secs(5));
    bob.wait_for("未启动（34）", Duration::from_secs(5));
    // Alice moves the first card on.
    alice.keys(&["L"]);
    alice.wait_for("推进中（1）", Duration::from_secs(2));
    let screen = bob.wait_for("推进中（1）", Duration::from_secs(2));
    assert!(screen.contains("未启动（33）"), "{screen}");
    // And bob sees alice on the board.
    bob.wait_for("alice", Duration::from_secs(2));
    assert!(cli(&db, &["show", "1", "--format", "json"]).contains("\"doing\""));
}

#[test]
fn hostile_note_text_never_reaches_the_terminal_raw() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let hostile = "clear\x1b[2J title\x1b]0;pwned\x07 clip\x1b]52;c;ZXZpbA==\x07 csi\u{9b}31m bell\x07 cr\rX rlo\u{202e}txt";
    cli(&db, &["note", "1", hostile]);
    let raw = dir.path().join("raw.bin");
    let board = Tmux::start(
        "hostile",
        &duban_command(&db, dir.path(), "tester", ""),
        120,
        40,
        Some(&raw),
    );
    board.wait_for("未启动（34）", Duration::from_secs(5));
    board.keys(&["Enter"]);
    board.wait_for("pwned", Duration::from_secs(3));
    board.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));
    let bytes = board.raw_bytes();
    assert!(!bytes.is_empty(), "pipe-pane captured the output");
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    for (what, needle) in [
        ("ED (clear screen)", &b"clear\x1b[2J"[..]),
        ("OSC 0 (title)", b"\x1b]0;pwned"),
        ("OSC 52 (clipboard)", b"\x1b]52;"),
        ("8-bit CSI", "\u{9b}".as_bytes()),
        ("BEL", b"bell\x07"),
        ("CR", b"cr\rX"),
        ("RLO", "\u{202e}".as_bytes()),
    ] {
        assert!(!contains(needle), "{what} reached the terminal raw");
    }
    assert!(contains(b"pwned"), "the note was shown");
}
