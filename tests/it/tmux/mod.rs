//! A real terminal for tests: the program runs in a detached tmux session on a
//! private server socket in a temporary directory; keys go in with send-keys,
//! screens come out with capture-pane, raw output bytes with pipe-pane. Dropping
//! the `Tmux` (also while a failed test unwinds) kills the server and removes the
//! socket with its directory.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub struct Tmux {
    /// Holds the server's socket; removed when the `Tmux` drops.
    dir: tempfile::TempDir,
    socket: PathBuf,
    session: String,
    /// Where pipe-pane writes the raw bytes, when asked for.
    pub raw: Option<PathBuf>,
}

/// True when tmux can be run; tests print why they skip otherwise. Where the
/// tests were asked to run in full (`DUBAN_SYSTEM_TESTS=1`, as `.ci/run` does),
/// a missing tmux fails them instead: a skipped real-terminal test checks nothing.
pub fn available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found || std::env::var_os("DUBAN_SYSTEM_TESTS").is_none_or(|v| v != "1"),
        "tmux is required when DUBAN_SYSTEM_TESTS=1 (apt-get install tmux)"
    );
    found
}

/// Ends the test (it passes, saying it skipped) when tmux cannot be run; see
/// `available` for when a missing tmux fails instead.
#[allow(unused_macros)]
macro_rules! require_tmux {
    () => {
        if !$crate::tmux::available() {
            eprintln!("skipped: tmux is not installed");
            return;
        }
    };
}
#[allow(unused_imports)]
pub(crate) use require_tmux;

impl Tmux {
    /// Starts `command` (run by sh) in a new session of `width` x `height`.
    /// With `raw_to`, every byte the program writes is copied there.
    pub fn start(
        name: &str,
        command: &str,
        width: u16,
        height: u16,
        raw_to: Option<&Path>,
    ) -> Tmux {
        let dir = tempfile::Builder::new()
            .prefix("duban-tmux-")
            .tempdir()
            .unwrap();
        let socket = dir.path().join("socket");
        let t = Tmux {
            dir,
            socket,
            session: name.to_string(),
            raw: raw_to.map(Path::to_path_buf),
        };
        // The pause lets pipe-pane attach before the first byte is written.
        let delayed = if raw_to.is_some() {
            format!("sleep 0.3; {command}")
        } else {
            command.to_string()
        };
        let ok = t
            .tmux(&[
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                &format!("{delayed}; echo '[exited]' $?; sleep 600"),
            ])
            .status
            .success();
        assert!(ok, "tmux new-session failed");
        if let Some(path) = raw_to {
            let cmd = format!("cat >> '{}'", path.display());
            assert!(
                t.tmux(&["pipe-pane", "-o", "-t", name, &cmd])
                    .status
                    .success()
            );
        }
        t
    }

    /// The server's socket (in a temporary directory of its own).
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// Runs a tmux command against this test's server.
    pub fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs")
    }

    /// Sends key names as tmux understands them (`j`, `Enter`, `S-Right`, `Escape`).
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            assert!(
                self.tmux(&["send-keys", "-t", &self.session, k])
                    .status
                    .success()
            );
            // Let the program read each key as its own event.
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Types text literally (Chinese included).
    pub fn type_text(&self, text: &str) {
        assert!(
            self.tmux(&["send-keys", "-t", &self.session, "-l", text])
                .status
                .success()
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    pub fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", &self.session]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `needle`; panics with the last screen if
    /// it never does.
    pub fn wait_for(&self, needle: &str, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            if start.elapsed() > timeout {
                panic!("{needle:?} did not appear within {timeout:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A tmux format expanded for the pane, e.g. `#{alternate_on} #{cursor_flag}`.
    pub fn display(&self, format: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", &self.session, format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Resizes the session's window.
    pub fn resize(&self, w: u16, h: u16) {
        let (w, h) = (w.to_string(), h.to_string());
        let out = self.tmux(&["resize-window", "-t", &self.session, "-x", &w, "-y", &h]);
        assert!(out.status.success(), "tmux resize-window failed");
    }

    /// The terminal cursor's column and row.
    pub fn cursor(&self) -> (u16, u16) {
        let text = self.display("#{cursor_x} #{cursor_y}");
        let mut parts = text.split_whitespace().map(|n| n.parse::<u16>().unwrap());
        (parts.next().unwrap(), parts.next().unwrap())
    }

    /// Waits until `format` expands to `want`; panics with the screen if it never does.
    pub fn wait_display(&self, format: &str, want: &str, timeout: Duration) {
        let start = Instant::now();
        loop {
            let got = self.display(format);
            if got == want {
                return;
            }
            if start.elapsed() > timeout {
                panic!(
                    "{format} is {got:?}, not {want:?}, after {timeout:?}; screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn raw_bytes(&self) -> Vec<u8> {
        self.raw
            .as_ref()
            .map(|p| std::fs::read(p).unwrap_or_default())
            .unwrap_or_default()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
        // tmux leaves its socket file; the directory goes with `dir`.
        let _ = std::fs::remove_file(&self.socket);
    }
}

/// The shell command that runs duban on `db` as `actor`, isolated from the user's
/// configuration.
pub fn duban_command(db: &Path, config_dir: &Path, actor: &str, extra: &str) -> String {
    format!(
        "env TERM=xterm-256color NO_COLOR=1 DUBAN_CONFIG_DIR='{}' '{}' --db '{}' --as '{actor}' {extra}",
        config_dir.display(),
        env!("CARGO_BIN_EXE_duban"),
        db.display()
    )
}
