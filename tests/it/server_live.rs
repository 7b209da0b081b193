//! Boards on a PostgreSQL server, live and light (issue 18): a move on one board
//! shows on the other by notification; a board idle on a server sends no query;
//! a board whose server went away says so, refuses a write as not sent, comes
//! back by itself and catches up with what was written meanwhile.

use crate::pg::{Cluster, bindir, board_url as url, require_pg};
use crate::tmux::{Tmux, require_tmux};
use duban::store::server;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The supervisor the boards run as (trust login over the cluster's socket).
pub(crate) const BOSS: &str = "boss";
const WAIT: Duration = Duration::from_secs(10);

/// A cluster with duban's schema and the minimal plan (items 1-3, all to do).
pub(crate) fn served() -> Cluster {
    let cluster = Cluster::start();
    cluster.create_db("duban");
    server::init(&mut cluster.connect("duban"), BOSS, "办公室").unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.txt");
    let out = duban(&cluster, BOSS, &["import"], Some(&fixture));
    assert!(out.status.success(), "import: {}", show(&out));
    cluster
}

pub(crate) fn duban(cluster: &Cluster, user: &str, args: &[&str], file: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_duban"));
    cmd.args(["--lang", "en", "--db", &url(cluster, user)])
        .args(args);
    if let Some(f) = file {
        cmd.arg(f);
    }
    cmd.output().unwrap()
}

pub(crate) fn show(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A board in tmux as `BOSS`, with its own configuration folder.
fn board(name: &str, cluster: &Cluster, config: &Path) -> Tmux {
    let command = format!(
        "env TERM=xterm-256color NO_COLOR=1 DUBAN_CONFIG_DIR='{}' '{}' --lang en --db '{}'",
        config.display(),
        env!("CARGO_BIN_EXE_duban"),
        url(cluster, BOSS)
    );
    let t = Tmux::start(name, &command, 120, 30, None);
    t.wait_for("To do (3)", WAIT);
    t
}

/// Runs `pg_ctl` on the cluster's data (as `postgres` when we are root).
pub(crate) fn pg_ctl(cluster: &Cluster, args: &[&str]) {
    let dir = cluster.socket_dir();
    let exe = bindir().unwrap().join("pg_ctl");
    let data = dir.join("data").display().to_string();
    let log = dir.join("log-again").display().to_string();
    // SAFETY: geteuid has no preconditions.
    let mut cmd = if unsafe { libc::geteuid() } == 0 {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let out = cmd
        .args(args)
        .args(["-w", "-D", &data, "-l", &log])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "pg_ctl {args:?}: {}", show(&out));
}

/// When the board's session last started a query, and how many transactions the
/// database has committed (read by the superuser, who sees every session).
fn board_activity(cluster: &Cluster) -> (Vec<String>, i64) {
    let mut c = cluster.connect("duban");
    let starts = c
        .query(
            "SELECT coalesce(query_start::text, '') FROM pg_stat_activity
             WHERE datname = 'duban' AND application_name = 'duban board' ORDER BY pid",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let commits = c
        .query_one(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = 'duban'",
            &[],
        )
        .unwrap()
        .get(0);
    (starts, commits)
}

#[test]
fn a_move_on_one_board_shows_on_the_other_and_an_idle_board_sends_no_query() {
    require_pg!();
    require_tmux!();
    let cluster = served();
    let config = tempfile::tempdir().unwrap();
    let a = board("live-a", &cluster, &config.path().join("a"));
    let b = board("live-b", &cluster, &config.path().join("b"));
    // Each names the other in its footer (presence from the server's sessions).
    a.wait_for("also here: boss", WAIT);
    b.wait_for("also here: boss", WAIT);
    b.keys(&["L"]);
    b.wait_for("In progress (1)", WAIT);
    let started = Instant::now();
    a.wait_for("In progress (1)", WAIT);
    eprintln!(
        "the move showed on the other board after {:?}",
        started.elapsed()
    );
    // Quiet now: neither board's session starts a query for a while.
    std::thread::sleep(Duration::from_millis(500));
    let (before, _) = board_activity(&cluster);
    assert_eq!(before.len(), 2, "{before:?}");
    std::thread::sleep(Duration::from_secs(5));
    let (after, _) = board_activity(&cluster);
    assert_eq!(before, after, "an idle board sent a query");
    // A board that quits is gone from the other's footer at once.
    b.keys(&["q"]);
    let deadline = Instant::now() + WAIT;
    while a.screen().contains("also here: boss") {
        assert!(Instant::now() < deadline, "{}", a.screen());
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_board_whose_server_restarts_says_so_refuses_a_write_and_catches_up() {
    require_pg!();
    require_tmux!();
    let cluster = served();
    let config = tempfile::tempdir().unwrap();
    let a = board("live-down", &cluster, &config.path().join("a"));
    pg_ctl(&cluster, &["stop", "-m", "fast"]);
    a.wait_for("Lost the connection to the server", WAIT);
    // A write while the server is away is said not sent, and not tried again.
    a.keys(&["L"]);
    a.wait_for("Not sent: the connection to the server is lost", WAIT);
    // The footer keeps saying so after the message is gone.
    a.keys(&["j"]);
    a.wait_for("offline: reconnecting", WAIT);
    // A note typed while away is not sent, and stays in its box to send again.
    a.keys(&["a"]);
    a.type_text("kept while away");
    a.keys(&["Enter"]);
    let screen = a.wait_for("Not sent: the connection to the server is lost", WAIT);
    assert!(screen.contains("kept while away"), "{screen}");
    a.keys(&["Escape"]);
    let opts = format!(
        "-k {} -p {} -c listen_addresses='' -c fsync=off",
        cluster.socket_dir().display(),
        cluster.port
    );
    pg_ctl(&cluster, &["start", "-o", &opts]);
    // A move by a command while the board is still away.
    let out = duban(&cluster, BOSS, &["move", "2", "doing"], None);
    assert!(out.status.success(), "move: {}", show(&out));
    a.wait_for("Reconnected to the server", Duration::from_secs(30));
    let screen = a.wait_for("In progress (1)", WAIT);
    // Item 1, which the board tried to move while away, stayed where it was.
    assert!(screen.contains("To do (2)"), "{screen}");
    std::thread::sleep(Duration::from_secs(1));
    assert!(a.screen().contains("To do (2)"), "{}", a.screen());
    let out = duban(&cluster, BOSS, &["list"], None);
    let list = show(&out);
    let item1 = list
        .lines()
        .find(|l| l.starts_with("1 "))
        .unwrap_or_default();
    assert!(item1.contains("To do"), "{list}");
}

#[test]
fn the_store_hears_writes_and_boards_without_a_query_and_reconnects() {
    require_pg!();
    let cluster = served();
    let mut a = duban::store::Store::open_server(&url(&cluster, BOSS), false).unwrap();
    let mut b = duban::store::Store::open_server(&url(&cluster, BOSS), false).unwrap();
    let me = a.join_presence().unwrap();
    assert!(a.others_present(&me).unwrap().is_empty());
    let them = b.join_presence().unwrap();
    // b's arrival reaches a as a notification; a reads the server's sessions then.
    let deadline = Instant::now() + WAIT;
    let mut heard = server::live::Changes::default();
    while !heard.presence {
        assert!(Instant::now() < deadline, "no notification of b's arrival");
        heard = a.server_changes().unwrap();
    }
    assert!(!heard.data);
    let others = a.others_present(&me).unwrap();
    assert_eq!(
        others.iter().map(|p| p.actor.as_str()).collect::<Vec<_>>(),
        [BOSS]
    );
    let seen = a.last_event_id().unwrap();
    let out = duban(&cluster, BOSS, &["move", "3", "doing"], None);
    assert!(out.status.success(), "move: {}", show(&out));
    let deadline = Instant::now() + WAIT;
    while !a.server_changes().unwrap().data {
        assert!(Instant::now() < deadline, "no notification of the move");
    }
    assert!(a.last_event_id().unwrap() > seen);
    // b leaves: a hears it and no longer lists it.
    b.leave_presence(&them).unwrap();
    let deadline = Instant::now() + WAIT;
    while !a.server_changes().unwrap().presence {
        assert!(Instant::now() < deadline, "no notification of b's leaving");
    }
    assert!(a.others_present(&me).unwrap().is_empty());
    // a's own move, before the restart: still its own to undo after reconnecting.
    let plan = a.plan(None).unwrap().id;
    let one = a.item_id(plan, 1).unwrap();
    a.move_item(one, duban::plan::Status::Doing, None).unwrap();
    // A restart: the next look says the connection is lost; reconnecting works
    // and LISTENs again.
    pg_ctl(&cluster, &["restart", "-m", "fast"]);
    let deadline = Instant::now() + WAIT;
    let lost = loop {
        match a.server_changes() {
            Err(e) => break e,
            Ok(_) => assert!(
                Instant::now() < deadline,
                "the lost connection was not seen"
            ),
        }
    };
    assert!(lost.is_connection_lost(), "{lost:?}");
    a.reconnect().unwrap();
    let out = duban(&cluster, BOSS, &["move", "3", "todo"], None);
    assert!(out.status.success(), "move: {}", show(&out));
    let deadline = Instant::now() + WAIT;
    while !a.server_changes().unwrap().data {
        assert!(
            Instant::now() < deadline,
            "no notification after reconnecting"
        );
    }
    match a.undo_own(plan).unwrap() {
        duban::store::UndoOutcome::Undone { number, .. } => assert_eq!(number, 1),
        other => panic!("a's move before the restart was not undone: {other:?}"),
    }
}

#[test]
fn after_a_reconnect_undo_still_reverses_the_boards_own_change() {
    require_pg!();
    let cluster = served();
    let mut a = duban::store::Store::open_server(&url(&cluster, BOSS), false).unwrap();
    let plan = a.plans().unwrap()[0].id;
    let two = a.item_id(plan, 2).unwrap();
    a.move_item(two, duban::plan::Status::Doing, None).unwrap();
    // The session is cut, as a network drop would cut it.
    cluster
        .connect("duban")
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE usename = $1 AND pid <> pg_backend_pid()",
            &[&BOSS],
        )
        .unwrap();
    let deadline = Instant::now() + WAIT;
    let lost = loop {
        match a.server_changes() {
            Err(e) => break e,
            Ok(_) => assert!(Instant::now() < deadline, "the cut was not seen"),
        }
    };
    assert!(lost.is_connection_lost(), "{lost:?}");
    a.reconnect().unwrap();
    // A command by the same account meanwhile is not the board's own change.
    let out = duban(&cluster, BOSS, &["move", "3", "doing"], None);
    assert!(out.status.success(), "move: {}", show(&out));
    match a.undo_own(plan).unwrap() {
        duban::store::UndoOutcome::Undone { number, .. } => assert_eq!(number, 2),
        other => panic!("expected the board's move undone, got {other:?}"),
    }
    let three = a.item_id(plan, 3).unwrap();
    let status = |id| a.card(id).unwrap().status;
    assert_eq!(
        (status(two), status(three)),
        (duban::plan::Status::Todo, duban::plan::Status::Doing)
    );
    assert!(matches!(
        a.undo_own(plan).unwrap(),
        duban::store::UndoOutcome::Nothing
    ));
}
