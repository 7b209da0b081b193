//! A network drop that leaves the socket open (issue 18): the board reaches its
//! server over a virtual cable, and the cable is pulled. Nothing closes the
//! connection, no reset comes back: the board must notice by itself (keepalive
//! probes while idle, a time-out on unacknowledged data), say so, refuse a write
//! as not sent, and reconnect and catch up once the cable is back.
//!
//! It makes a network namespace and a veth pair, so it runs only as root when
//! asked (`DUBAN_SYSTEM_TESTS=1`, as `.ci/run` sets it), and removes both when it
//! ends, also when an assertion fails.

use crate::pg::{Cluster, require_pg};
use crate::server_live::{BOSS, duban, pg_ctl, served, show};
use crate::system::{require_system, sh};
use crate::tmux::{Tmux, require_tmux};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);

/// A network namespace joined to this one by a veth pair: `host` (this side's
/// address) and the namespace's `10.213.N.2`. Dropping it removes both.
struct Cable {
    ns: String,
    link: String,
    host: String,
    subnet: String,
}

impl Cable {
    fn lay() -> Option<Cable> {
        if !sh("command -v ip").status.success() {
            return None;
        }
        let id = std::process::id();
        let n = id % 250 + 1;
        let cable = Cable {
            ns: format!("duban-nd-{id}"),
            link: format!("dnd{}h", id % 100_000),
            host: format!("10.213.{n}.1"),
            subnet: format!("10.213.{n}.0/30"),
        };
        let peer = format!("dnd{}n", id % 100_000);
        let steps = [
            format!("ip netns add {}", cable.ns),
            format!("ip link add {} type veth peer name {peer}", cable.link),
            format!("ip link set {peer} netns {}", cable.ns),
            format!("ip addr add {}/30 dev {}", cable.host, cable.link),
            format!("ip link set {} up", cable.link),
            format!(
                "ip netns exec {} ip addr add 10.213.{n}.2/30 dev {peer}",
                cable.ns
            ),
            format!("ip netns exec {} ip link set {peer} up", cable.ns),
            format!("ip netns exec {} ip link set lo up", cable.ns),
        ];
        for step in &steps {
            let out = sh(step);
            if !out.status.success() {
                // Not allowed here (no CAP_NET_ADMIN): say so and skip.
                eprintln!("{step}: {}", String::from_utf8_lossy(&out.stderr));
                return None;
            }
        }
        Some(cable)
    }

    /// Pulls the cable (`false`) or plugs it in again: this side's end goes
    /// down, so packets are dropped without a word to either end.
    fn plug(&self, on: bool) {
        let state = if on { "up" } else { "down" };
        let out = sh(&format!("ip link set {} {state}", self.link));
        assert!(out.status.success(), "{}", show(&out));
    }
}

impl Drop for Cable {
    fn drop(&mut self) {
        // Removing the namespace removes its end of the pair, and so the pair.
        let _ = sh(&format!("ip netns del {}", self.ns));
        let _ = sh(&format!("ip link del {} 2>/dev/null", self.link));
    }
}

/// The cluster listens on the cable's address too (trust from the subnet).
fn listen_on(cluster: &Cluster, cable: &Cable) {
    let hba = cluster.socket_dir().join("data").join("pg_hba.conf");
    let mut lines = std::fs::read_to_string(&hba).unwrap();
    lines.push_str(&format!("host all all {} trust\n", cable.subnet));
    std::fs::write(&hba, lines).unwrap();
    pg_ctl(cluster, &["stop", "-m", "fast"]);
    let opts = format!(
        "-k {} -p {} -c listen_addresses={} -c fsync=off",
        cluster.socket_dir().display(),
        cluster.port,
        cable.host
    );
    pg_ctl(cluster, &["start", "-o", &opts]);
}

#[test]
fn a_board_whose_network_drops_without_a_word_notices_refuses_a_write_and_catches_up() {
    require_system!();
    require_pg!();
    require_tmux!();
    let Some(cable) = Cable::lay() else {
        eprintln!("skipped: cannot make a network namespace here (ip netns)");
        return;
    };
    let cluster = served();
    listen_on(&cluster, &cable);
    let config = tempfile::tempdir().unwrap();
    // Short probes so the test takes seconds, not the half minute of duban's
    // defaults; the URL is the user's way to set them.
    let url = format!(
        "postgresql://{BOSS}@{}:{}/duban?sslmode=disable&keepalives_idle=1\
         &keepalives_interval=1&keepalives_retries=2&tcp_user_timeout=3",
        cable.host, cluster.port
    );
    let command = format!(
        "ip netns exec {} env TERM=xterm-256color NO_COLOR=1 DUBAN_CONFIG_DIR='{}' '{}' \
         --lang en --db '{url}'",
        cable.ns,
        config.path().display(),
        env!("CARGO_BIN_EXE_duban"),
    );
    let board = Tmux::start("netdrop", &command, 120, 30, None);
    // The whole board read (its cards, not only the counts) before the cable goes.
    board.wait_for("加强党的领导", WAIT);
    cable.plug(false);
    // A move right after the drop: the write waits for an answer that never
    // comes, gives up, and says it was not sent.
    board.keys(&["L"]);
    board.wait_for("Not sent: the connection to the server is lost", WAIT);
    board.keys(&["j"]);
    board.wait_for("offline: reconnecting", WAIT);
    // Meanwhile another user moves item 2 (over the server's own socket).
    let out = duban(&cluster, BOSS, &["move", "2", "doing"], None);
    assert!(out.status.success(), "move: {}", show(&out));
    cable.plug(true);
    board.wait_for("Reconnected to the server", Duration::from_secs(40));
    let screen = board.wait_for("In progress (1)", WAIT);
    // Item 1, which the board tried to move while cut off, stayed where it was.
    assert!(screen.contains("To do (2)"), "{screen}");
    let list = show(&duban(&cluster, BOSS, &["list"], None));
    let item1 = list
        .lines()
        .find(|l| l.starts_with("1 "))
        .unwrap_or_default();
    assert!(item1.contains("To do"), "{list}");
}
