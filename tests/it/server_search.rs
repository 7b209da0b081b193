//! A board's search on a server past its texts limit (issue 18): each query's
//! candidates are read again off the board's thread, on one session the board
//! keeps while its search prompt is open, not on a session per query.

use crate::pg::{Cluster, board_url as url, require_pg};
use crate::server_live::{BOSS, served};
use crate::tmux::{Tmux, require_tmux};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(10);

/// The server's sessions of `BOSS`, by process id (read by the superuser).
fn sessions(cluster: &Cluster) -> Vec<i32> {
    cluster
        .connect("duban")
        .query(
            "SELECT pid FROM pg_stat_activity WHERE usename = $1 ORDER BY pid",
            &[&BOSS],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

/// Waits until `BOSS` has `n` sessions; their ids.
fn sessions_come_to(cluster: &Cluster, n: usize) -> Vec<i32> {
    for _ in 0..200 {
        let now = sessions(cluster);
        if now.len() == n {
            return now;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{BOSS} has sessions {:?}, not {n}", sessions(cluster));
}

#[test]
fn queries_typed_in_a_row_read_on_one_session_kept_while_the_prompt_is_open() {
    require_pg!();
    require_tmux!();
    let cluster = served();
    let config = tempfile::tempdir().unwrap();
    // No texts kept at all: every query reads its candidates from the server.
    let command = format!(
        "env TERM=xterm-256color NO_COLOR=1 DUBAN_SEARCH_TEXTS=0 DUBAN_CONFIG_DIR='{}' '{}' --lang en --db '{}'",
        config.path().display(),
        env!("CARGO_BIN_EXE_duban"),
        url(&cluster, BOSS)
    );
    let board = Tmux::start("server-search", &command, 120, 30, None);
    board.wait_for("To do (3)", WAIT);
    let alone = sessions_come_to(&cluster, 1);
    board.keys(&["/"]);
    board.type_text("教师");
    board.wait_for("To do (1)", WAIT);
    let first = sessions_come_to(&cluster, 2);
    assert!(first.contains(&alone[0]), "{first:?}");
    // Another query, then a third: read on the same session.
    board.keys(&["BSpace", "BSpace"]);
    board.wait_for("To do (3)", WAIT);
    board.type_text("人事");
    board.wait_for("To do (1)", WAIT);
    assert_eq!(sessions(&cluster), first);
    board.keys(&["BSpace", "BSpace"]);
    board.type_text("党");
    board.wait_for("To do (1)", WAIT);
    assert_eq!(sessions(&cluster), first);
    // The prompt closes: the board is back to its own session.
    board.keys(&["Enter"]);
    assert_eq!(sessions_come_to(&cluster, 1), alone);
}
