//! The command line at a real terminal (tmux): what a person reads there differs
//! from what a script reads through a pipe.

use crate::tmux;

use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(10);

#[test]
fn note_says_what_it_did_at_a_terminal_and_prints_the_bare_id_into_a_pipe() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("duban.db");
    let at_terminal = duban_command(&db, dir.path(), "tester", "note 3 第一条");
    let piped = duban_command(&db, dir.path(), "tester", "note 3 第二条");
    let cmd = format!("{at_terminal}; {piped} | sed 's/^/piped:/'");
    let t = Tmux::start("notetty", &cmd, 80, 24, None);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(screen.contains("第3项：已加批注（批注编号1）"), "{screen}");
    assert!(
        screen.contains("piped:2"),
        "a script reads the id:\n{screen}"
    );
    assert!(screen.contains("[exited] 0"), "{screen}");
}
