//! The real `duban` binary on a temporary database, for command-line tests.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A temporary directory holding the database and the config directory. Commands
/// run as `tester` (through `--as`, which root may always use, others only while no
/// one belongs to an office) and, with `at`, with the clock pinned.
pub struct Env {
    dir: tempfile::TempDir,
    now: Option<&'static str>,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
            now: None,
        }
    }

    /// Every command runs at `now` (RFC 3339) unless it says otherwise.
    pub fn at(now: &'static str) -> Env {
        Env {
            now: Some(now),
            ..Env::new()
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("duban.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, actor: &str, now: Option<&str>, args: &[&str]) -> Output {
        self.prepared(actor, now, args).output().unwrap()
    }

    /// The command `run` would run, for a test that wires its input and output itself.
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.prepared("tester", self.now, args)
    }

    /// `cmd` on another database file, or with no `--db` at all (`None`).
    pub fn cmd_db(&self, db: Option<&std::path::Path>, args: &[&str]) -> Command {
        let cmd = self.prepared("tester", self.now, args);
        let rest: Vec<_> = cmd.get_args().skip(2).map(|a| a.to_owned()).collect();
        let mut new = Command::new(cmd.get_program());
        if let Some(db) = db {
            new.arg("--db").arg(db);
        }
        new.args(rest);
        for (k, v) in cmd.get_envs() {
            match v {
                Some(v) => new.env(k, v),
                None => new.env_remove(k),
            };
        }
        new
    }

    fn prepared(&self, actor: &str, now: Option<&str>, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_duban"));
        cmd.arg("--db").arg(self.db());
        // A test that names its own `--as` keeps it.
        if !args.contains(&"--as") {
            cmd.arg("--as").arg(actor);
        }
        cmd.args(args)
            .env("USER", actor)
            .env("DUBAN_CONFIG_DIR", self.dir.path())
            .env_remove("DUBAN_DB")
            .env_remove("DUBAN_LANG")
            .env_remove("DUBAN_NOW");
        if let Some(now) = now {
            cmd.env("DUBAN_NOW", now).env("TZ", "UTC");
        }
        cmd
    }

    /// Runs as the OS account itself (no `--as`), with `$USER` set to `user`.
    pub fn run_own(&self, user: &str, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_duban"));
        cmd.arg("--db")
            .arg(self.db())
            .args(args)
            .env("USER", user)
            .env("DUBAN_CONFIG_DIR", self.dir.path())
            .env_remove("DUBAN_DB")
            .env_remove("DUBAN_LANG");
        if let Some(now) = self.now {
            cmd.env("DUBAN_NOW", now).env("TZ", "UTC");
        } else {
            cmd.env_remove("DUBAN_NOW");
        }
        cmd.output().unwrap()
    }

    /// Runs as `actor`; returns the whole output, success or not.
    pub fn run_as(&self, actor: &str, args: &[&str]) -> Output {
        self.command(actor, self.now, args)
    }

    /// Runs as `actor`; must succeed; returns standard output.
    pub fn ok_as(&self, actor: &str, args: &[&str]) -> String {
        succeeded(args, self.command(actor, self.now, args))
    }

    /// Runs as `actor` a command that must fail; returns (exit code, stderr).
    pub fn fails_as(&self, actor: &str, args: &[&str]) -> (i32, String) {
        let out = self.command(actor, self.now, args);
        assert!(
            !out.status.success(),
            "duban {args:?} as {actor} should fail"
        );
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command("tester", self.now, args)
    }

    /// Runs as `actor` at `now`; must succeed; returns standard output.
    pub fn ok_at(&self, actor: &str, now: &str, args: &[&str]) -> String {
        succeeded(args, self.command(actor, Some(now), args))
    }

    pub fn ok(&self, args: &[&str]) -> String {
        succeeded(args, self.run(args))
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// Runs a command that must fail; returns (exit code, stderr).
    pub fn fails(&self, args: &[&str]) -> (i32, String) {
        let out = self.run(args);
        assert!(!out.status.success(), "duban {args:?} should fail");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
}

fn succeeded(args: &[&str], out: Output) -> String {
    assert!(
        out.status.success(),
        "duban {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
