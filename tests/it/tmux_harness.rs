//! The tmux harness leaves nothing behind: its server is killed and its socket
//! removed when the test ends, also when it fails.

use crate::tmux;

use std::path::PathBuf;
use std::time::Duration;
use tmux::{Tmux, require_tmux};

#[test]
fn the_server_and_its_socket_go_when_the_test_ends_or_panics() {
    require_tmux!();
    let socket: PathBuf;
    {
        let t = Tmux::start("harness", "echo ready", 40, 10, None);
        t.wait_for("ready", Duration::from_secs(5));
        socket = t.socket().to_path_buf();
        assert!(socket.exists());
        assert!(!socket.starts_with("/tmp/tmux-"), "{socket:?}");
    }
    assert!(!socket.exists(), "socket left behind: {socket:?}");
    assert!(!socket.parent().unwrap().exists(), "its directory too");

    // A failing test unwinds through the same drop.
    let (tx, rx) = std::sync::mpsc::channel();
    let result = std::panic::catch_unwind(move || {
        let t = Tmux::start("harnesspanic", "echo ready", 40, 10, None);
        tx.send(t.socket().to_path_buf()).unwrap();
        panic!("a failing test");
    });
    assert!(result.is_err());
    let socket = rx.recv().unwrap();
    assert!(
        !socket.exists(),
        "socket left behind after a panic: {socket:?}"
    );
}
