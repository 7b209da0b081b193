//! The board's daily-use features in a real terminal (tmux): the clipboard, the mouse,
//! `$EDITOR`, small terminals, pop-up frames over Chinese text.

use crate::tmux;

use duban::plan::Status;
use duban::store::Store;
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(5);

/// Sends raw bytes to the program, as a terminal would (a mouse report, say).
fn send_bytes(t: &Tmux, name: &str, bytes: &[u8]) {
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut args = vec!["send-keys", "-t", name, "-H"];
    args.extend(hex.iter().map(String::as_str));
    assert!(t.tmux(&args).status.success());
    std::thread::sleep(Duration::from_millis(150));
}

/// An SGR mouse report: left press (or release) at 0-based `x`, `y`.
fn sgr(button: u8, x: u16, y: u16, press: bool) -> Vec<u8> {
    let end = if press { 'M' } else { 'm' };
    format!("\x1b[<{button};{};{}{end}", x + 1, y + 1).into_bytes()
}

fn status_of(db: &Path, number: u32) -> Status {
    let store = Store::open(db, "checker").unwrap();
    let plan = store.plan(None).unwrap().id;
    store
        .item(store.item_id(plan, number).unwrap())
        .unwrap()
        .status
}

/// After quitting: the exit status, and whether the tty is back in canonical mode.
fn command(db: &Path, dir: &Path, env: &str) -> String {
    format!(
        "{env} {}; echo \"rc=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon | tr '\\n' ' '; echo",
        duban_command(db, dir, "tester", "")
    )
}

/// The tty is back in canonical mode (not raw) after the board quit.
fn cooked(screen: &str) -> bool {
    screen.lines().any(|l| l.trim() == "icanon")
}

#[test]
fn y_copies_the_card_through_osc_52() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let raw = dir.path().join("raw.bin");
    let t = Tmux::start("bcopy", &command(&db, dir.path(), ""), 120, 40, Some(&raw));
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["y"]);
    // tmux's default set-clipboard (external) drops it: the footer says how to
    // let it through, not that it was copied.
    let screen = t.wait_for("set-clipboard on", WAIT);
    assert!(!screen.contains("已复制"), "{screen}");
    let bytes = String::from_utf8_lossy(&t.raw_bytes()).into_owned();
    let start = bytes.find("\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + bytes[start..].find('\x07').unwrap();
    let decoded = Command::new("sh")
        .arg("-c")
        .arg(format!("printf %s '{}' | base64 -d", &bytes[start..end]))
        .output()
        .unwrap();
    let line = String::from_utf8(decoded.stdout).unwrap();
    assert!(line.starts_with("#1 "), "{line}");
    assert!(
        line.ends_with(" · 秘书处 · 未启动 · 期限2020-12-31"),
        "{line}"
    );
    t.keys(&["q"]);
    t.wait_for("rc=0", WAIT);
}

#[test]
fn mouse_clicks_select_and_double_click_opens_and_config_turns_it_off() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let raw = dir.path().join("raw.bin");
    let t = Tmux::start("bmouse", &command(&db, dir.path(), ""), 80, 24, Some(&raw));
    t.wait_for("未启动（34）", WAIT);
    // The third card of the first column: rows 10-13 at 80x24 (a title takes two rows).
    send_bytes(&t, "bmouse", &sgr(0, 5, 11, true));
    send_bytes(&t, "bmouse", &sgr(0, 5, 11, false));
    t.wait_for(">3 ", WAIT);
    // Two quick clicks on it open it.
    let mut double = sgr(0, 5, 11, true);
    double.extend(sgr(0, 5, 11, false));
    double.extend(sgr(0, 5, 11, true));
    send_bytes(&t, "bmouse", &double);
    t.wait_for("┌ #3 ", WAIT);
    t.keys(&["Escape"]);
    // The wheel scrolls the column.
    send_bytes(&t, "bmouse", &sgr(65, 5, 8, true));
    t.wait_for(">4 ", WAIT);
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(screen.contains("rc=0") && cooked(&screen), "{screen}");
    let bytes = t.raw_bytes();
    let on = b"\x1b[?1000h";
    let off = b"\x1b[?1000l";
    assert!(
        bytes.windows(on.len()).any(|w| w == on),
        "mouse capture asked for"
    );
    assert!(bytes.windows(off.len()).any(|w| w == off), "and given back");
    drop(t);

    // `mouse = false`: the board never asks for the mouse.
    std::fs::write(dir.path().join("config.toml"), "mouse = false\n").unwrap();
    let raw = dir.path().join("raw2.bin");
    let t = Tmux::start(
        "bnomouse",
        &command(&db, dir.path(), ""),
        80,
        24,
        Some(&raw),
    );
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["q"]);
    t.wait_for("rc=0", WAIT);
    let bytes = t.raw_bytes();
    assert!(
        !bytes.windows(on.len()).any(|w| w == on),
        "no mouse capture"
    );
}

#[test]
fn external_editor_round_trip_restores_the_board() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    // A fake editor: records what it was given, and saves two lines.
    let editor = dir.path().join("fake-editor.sh");
    let seen = dir.path().join("seen.txt");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\ncp \"$1\" '{}'\nstty -a | grep -q -- -icanon && echo RAW >> '{}'\nprintf '外部编辑的批注\\n第二行\\n' > \"$1\"\n",
            seen.display(),
            seen.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let env = format!("VISUAL= EDITOR='{}'", editor.display());
    let t = Tmux::start("beditor", &command(&db, dir.path(), &env), 120, 40, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["a"]);
    t.type_text("草稿");
    t.keys(&["C-o"]);
    // Back on the board, the editor shows what was saved.
    t.wait_for("外部编辑的批注", WAIT);
    let screen = t.wait_for("第二行", WAIT);
    assert!(screen.contains("新批注"), "{screen}");
    let given = std::fs::read_to_string(&seen).unwrap();
    assert_eq!(
        given, "草稿\n",
        "the editor got the draft, in a cooked terminal"
    );
    t.keys(&["Enter"]);
    t.wait_for("批注已保存", WAIT);
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(screen.contains("rc=0") && cooked(&screen), "{screen}");
    let store = Store::open(&db, "checker").unwrap();
    let plan = store.plan(None).unwrap().id;
    let item = store.item(store.item_id(plan, 1).unwrap()).unwrap();
    assert_eq!(item.notes[0].text, "外部编辑的批注\n第二行");
    // The temporary file is gone.
    let left: Vec<_> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("duban-note-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn too_small_terminal_ignores_keys_but_quit() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("bsmall", &command(&db, dir.path(), ""), 40, 12, None);
    t.wait_for("终端太小", WAIT);
    t.keys(&["g", "L", "L", "o"]);
    t.resize(80, 24);
    let screen = t.wait_for("未启动（34）", WAIT);
    assert!(
        !screen.contains("按处室筛选 -"),
        "no picker opened:\n{screen}"
    );
    assert_eq!(status_of(&db, 1), Status::Todo);
    t.resize(40, 12);
    t.wait_for("终端太小", WAIT);
    t.keys(&["q"]);
    t.wait_for("rc=0", WAIT);
}

#[test]
fn a_60x16_pane_shows_one_column_with_tabs_and_works() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("btabs", &command(&db, dir.path(), ""), 60, 16, None);
    t.wait_for("未启动（34）  推进中（0）", WAIT);
    // The moved card takes the focus to its new column, shown in place of the old.
    t.keys(&["L"]);
    t.wait_for("未启动（33）  推进中（1）", WAIT);
    let screen = t.wait_for("┌ 推进中（1）", WAIT);
    assert!(screen.contains(">1 "), "{screen}");
    t.keys(&["h"]);
    let screen = t.wait_for("┌ 未启动（33）", WAIT);
    assert!(screen.contains(">2 "), "{screen}");
    assert_eq!(status_of(&db, 1), Status::Doing);
    t.keys(&["q"]);
    t.wait_for("rc=0", WAIT);
}

/// The display column of every `│` on a captured line.
fn bar_columns(line: &str) -> Vec<usize> {
    let mut col = 0;
    let mut out = Vec::new();
    for c in line.chars() {
        if c == '│' {
            out.push(col);
        }
        col += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    out
}

#[test]
fn picker_frame_is_whole_over_chinese_text() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("bpicker", &command(&db, dir.path(), ""), 80, 24, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&[":", "1", "2", "Enter", "o"]);
    let screen = t.wait_for("按处室筛选", WAIT);
    // The picker is 48 wide, centred: its side borders stand in columns 16 and 63.
    let lines: Vec<&str> = screen.lines().collect();
    let top = lines
        .iter()
        .position(|l| l.contains("┌ 按处室筛选"))
        .unwrap();
    let bottom = top + lines[top..].iter().position(|l| l.contains('└')).unwrap();
    for line in &lines[top + 1..bottom] {
        let bars = bar_columns(line);
        assert!(
            bars.contains(&16) && bars.contains(&63),
            "border missing on {line:?}:\n{screen}"
        );
    }
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    t.wait_for("rc=0", WAIT);
}

#[test]
fn point20_y_says_copied_only_when_tmux_takes_osc_52() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let on = format!(
        "tmux set -g set-clipboard on; {}",
        command(&db, dir.path(), "")
    );
    let t = Tmux::start("bcopyon", &on, 120, 40, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["y"]);
    t.wait_for("已复制到剪贴板：#1 ", WAIT);
    // tmux took it into its paste buffer.
    let buffer = t.tmux(&["show-buffer"]);
    assert!(
        String::from_utf8_lossy(&buffer.stdout).starts_with("#1 "),
        "{buffer:?}"
    );
}

#[test]
fn point24_empty_column_keys_and_the_too_small_screen_explain_themselves() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("bempty", &command(&db, dir.path(), ""), 80, 24, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["l", "Enter"]);
    t.wait_for("“推进中”列没有事项", WAIT);
    t.resize(50, 14);
    let screen = t.wait_for("50x14", WAIT);
    assert!(screen.contains("60x16"), "{screen}");
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
}

#[test]
fn point23_c_on_a_first_visit_lists_changes_since_the_board_opened() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("bchanges", &command(&db, dir.path(), ""), 100, 30, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["L"]);
    t.wait_for("推进中（1）", WAIT);
    t.keys(&["c"]);
    let screen = t.wait_for("自打开看板", WAIT);
    assert!(screen.contains("本人"), "{screen}");
    t.keys(&["q"]);
}

/// Runs the command line on `db` as `actor` (another process than the board).
fn cli(db: &Path, actor: &str, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_duban"))
        .arg("--db")
        .arg(db)
        .args(["--as", actor])
        .args(args)
        .env_remove("DUBAN_NOW")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
}

#[test]
fn point4_u_undoes_the_boards_own_change_not_one_made_elsewhere() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let t = Tmux::start("bundo", &command(&db, dir.path(), ""), 100, 30, None);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["L"]);
    t.wait_for("推进中（1）", WAIT);
    // The same account moves item 5 in another process after the board's move.
    cli(&db, "tester", &["move", "5", "blocked"]);
    t.wait_for("受阻（1）", WAIT);
    t.keys(&["u"]);
    t.wait_for("已撤销第1项的移动", WAIT);
    let store = Store::open(&db, "checker").unwrap();
    let plan = store.plan(None).unwrap().id;
    let five = store.item_id(plan, 5).unwrap();
    let one = store.item_id(plan, 1).unwrap();
    assert_eq!(store.item(five).unwrap().status, Status::Blocked);
    assert_eq!(store.item(one).unwrap().status, Status::Todo);
    t.keys(&["q"]);
}

#[test]
fn point1_l_out_of_done_is_refused_on_the_board_with_the_way_to_do_it() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    cli(&db, "tester", &["move", "1", "done", "--note", "已完成"]);
    let t = Tmux::start("bdone", &command(&db, dir.path(), ""), 100, 30, None);
    t.wait_for("已完成（1）", WAIT);
    t.keys(&["l", "l", "l", "H"]);
    let screen = t.wait_for("duban reopen 1", WAIT);
    assert!(screen.contains("已完成（1）"), "{screen}");
    t.keys(&["q"]);
}
