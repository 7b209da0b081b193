//! Signals to a running board in a real terminal (tmux): SIGTERM and SIGHUP restore
//! the terminal and end the board; Ctrl-C quits; Ctrl-Z suspends to the shell and
//! `fg` brings the board back, drawn whole. Also: a bad config.toml on the footer.
#![cfg(unix)]

use crate::tmux;

use std::path::Path;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(10);

/// duban, started so that its pid is written to `pidfile` first (exec keeps it),
/// then its exit status.
fn command(db: &Path, dir: &Path, pidfile: &Path) -> String {
    format!(
        "sh -c 'echo $$ > {}; exec {}'; echo \"rc=$?\"",
        pidfile.display(),
        duban_command(db, dir, "tester", "").replace('\'', "")
    )
}

fn pid(pidfile: &Path) -> i32 {
    let start = std::time::Instant::now();
    loop {
        if let Some(pid) = std::fs::read_to_string(pidfile)
            .ok()
            .and_then(|s| s.trim().parse().ok())
        {
            return pid;
        }
        assert!(start.elapsed() < WAIT, "no pid written");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts a board, sends it `signal`, and checks the terminal came back: off the
/// alternate screen, cursor visible, exit status 128 + signal.
fn ends_restored(name: &str, signal: i32) {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let pidfile = dir.path().join("pid");
    let t = Tmux::start(name, &command(&db, dir.path(), &pidfile), 80, 24, None);
    t.wait_for("未启动（34）", WAIT);
    assert_eq!(t.display("#{alternate_on} #{cursor_flag}"), "1 0");
    let pid = pid(&pidfile);
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(
        screen.contains(&format!("rc={}", 128 + signal)),
        "exit status 128+{signal}:\n{screen}"
    );
    assert_eq!(
        t.display("#{alternate_on} #{cursor_flag}"),
        "0 1",
        "terminal restored:\n{screen}"
    );
    assert!(!screen.contains("未启动（"), "{screen}");
}

#[test]
fn sigterm_restores_the_terminal_and_exits() {
    ends_restored("sigterm", libc::SIGTERM);
}

#[test]
fn sighup_restores_the_terminal_and_exits() {
    ends_restored("sighup", libc::SIGHUP);
}

#[test]
fn ctrl_c_quits_like_q_from_any_view() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let pidfile = dir.path().join("pid");
    let t = Tmux::start("ctrlc", &command(&db, dir.path(), &pidfile), 80, 24, None);
    t.wait_for("未启动（34）", WAIT);
    // In the note editor, where q would be typed as text.
    t.keys(&["Enter"]);
    t.keys(&["a"]);
    t.wait_for("新批注", WAIT);
    t.keys(&["C-c"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(screen.contains("rc=0"), "{screen}");
    assert_eq!(t.display("#{alternate_on} #{cursor_flag}"), "0 1");
}

#[test]
fn ctrl_z_suspends_and_fg_redraws_the_board() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    // An interactive shell, for job control.
    let t = Tmux::start(
        "ctrlz",
        "env PS1='shell$ ' bash --norc --noprofile -i",
        80,
        24,
        None,
    );
    t.wait_for("shell$", WAIT);
    t.type_text(&duban_command(&db, dir.path(), "tester", ""));
    t.keys(&["Enter"]);
    t.wait_for("未启动（34）", WAIT);
    t.keys(&["j"]);
    t.wait_for(">2 ", WAIT);

    t.keys(&["C-z"]);
    t.wait_display("#{alternate_on} #{cursor_flag}", "0 1", WAIT);
    let screen = t.wait_for("Stopped", WAIT);
    assert!(!screen.contains("未启动（"), "back at the shell:\n{screen}");
    // The shell works while the board is stopped, and dirties the screen.
    t.type_text("echo shell-was-here");
    t.keys(&["Enter"]);
    t.wait_for("shell-was-here\n", WAIT);

    t.type_text("fg");
    t.keys(&["Enter"]);
    t.wait_display("#{alternate_on} #{cursor_flag}", "1 0", WAIT);
    let screen = t.wait_for("未启动（34）", WAIT);
    assert!(screen.contains(">2 "), "the same selection:\n{screen}");
    assert!(screen.contains("? 帮助"), "drawn whole:\n{screen}");
    assert!(
        !screen.contains("shell-was-here"),
        "no shell left over:\n{screen}"
    );
    // Keys work again.
    t.keys(&["j"]);
    t.wait_for(">3 ", WAIT);
    t.keys(&["q"]);
    t.wait_display("#{alternate_on} #{cursor_flag}", "0 1", WAIT);
    t.wait_for("shell$", WAIT);
}

#[test]
fn a_bad_config_file_shows_on_the_footer() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    std::fs::write(dir.path().join("config.toml"), "colour = \"red\"\n").unwrap();
    let t = Tmux::start(
        "badconfig",
        &duban_command(&db, dir.path(), "tester", ""),
        100,
        24,
        None,
    );
    t.wait_for("未启动（34）", WAIT);
    // The warning is on the footer of the board (under load it may come a frame later).
    let screen = t.wait_for("设置文件有误", WAIT);
    assert!(screen.contains("未启动（34）"), "{screen}");
    assert!(screen.contains("config.toml"), "{screen}");
    t.keys(&["q"]);
}

#[test]
fn sigtstp_from_kill_suspends_like_ctrl_z() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let pidfile = dir.path().join("pid");
    let t = Tmux::start(
        "sigtstp",
        "env PS1='shell$ ' bash --norc --noprofile -i",
        80,
        24,
        None,
    );
    t.wait_for("shell$", WAIT);
    t.type_text(&format!(
        "sh -c 'echo $$ > {}; exec {}'",
        pidfile.display(),
        duban_command(&db, dir.path(), "tester", "").replace('\'', "")
    ));
    t.keys(&["Enter"]);
    t.wait_for("未启动（34）", WAIT);
    assert_eq!(unsafe { libc::kill(pid(&pidfile), libc::SIGTSTP) }, 0);
    t.wait_display("#{alternate_on} #{cursor_flag}", "0 1", WAIT);
    t.wait_for("Stopped", WAIT);
    // The window grows while the board is stopped: it comes back at the new size.
    t.resize(120, 30);
    t.type_text("fg");
    t.keys(&["Enter"]);
    t.wait_display("#{alternate_on} #{cursor_flag}", "1 0", WAIT);
    let screen = t.wait_for("未启动（34）", WAIT);
    let header = screen
        .lines()
        .find(|l| l.contains("已完成（"))
        .unwrap_or_else(|| panic!("{screen}"));
    let cols: usize = header
        .chars()
        .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
        .sum();
    assert!(cols > 110, "drawn at 120 columns ({cols}):\n{screen}");
    assert_eq!(screen.lines().count(), 30, "{screen}");
    t.keys(&["q"]);
    t.wait_display("#{alternate_on} #{cursor_flag}", "0 1", WAIT);
}

/// True while `pid` runs (a zombie waiting for its parent has ended).
fn running(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map(|s| {
            !s.lines()
                .any(|l| l.starts_with("State:") && l.contains('Z'))
        })
        .unwrap_or_else(|_| unsafe { libc::kill(pid, 0) } == 0)
}

#[test]
fn a_board_whose_terminal_goes_away_ends() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let pidfile = dir.path().join("pid");
    let t = Tmux::start("hangup", &command(&db, dir.path(), &pidfile), 80, 24, None);
    t.wait_for("未启动（34）", WAIT);
    let pid = pid(&pidfile);
    // The terminal disappears, as when an SSH session drops.
    assert!(t.tmux(&["kill-server"]).status.success());
    let start = std::time::Instant::now();
    while running(pid) {
        if start.elapsed() > WAIT {
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("the board outlived its terminal");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
