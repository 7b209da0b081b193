//! Tests that change the system: real Unix accounts sharing one database on a
//! server. They run only as root and when asked (`DUBAN_SYSTEM_TESTS=1`, as
//! `.ci/run` sets it); `System` removes exactly what it created when it drops,
//! also while a failed assertion unwinds.
#![allow(dead_code)]

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Output};

pub fn sh(cmd: &str) -> Output {
    Command::new("sh").arg("-c").arg(cmd).output().unwrap()
}

/// Runs `cmd` with sh as `user`.
pub fn su(user: &str, cmd: &str) -> Output {
    Command::new("su")
        .args(["-s", "/bin/sh", user, "-c", cmd])
        .output()
        .unwrap()
}

/// Why the system tests do not run here, or None when they should.
pub fn skip_reason() -> Option<&'static str> {
    if !std::env::var("DUBAN_SYSTEM_TESTS").is_ok_and(|v| v == "1") {
        return Some("creates system users; set DUBAN_SYSTEM_TESTS=1 to run it");
    }
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let tools = ["useradd", "userdel", "groupadd", "groupdel", "su"]
        .iter()
        .all(|t| sh(&format!("command -v {t}")).status.success());
    if !root || !tools {
        return Some("needs root with useradd, groupadd and su to create test users");
    }
    None
}

/// Ends the test (it passes, saying why it skipped) unless system tests should run.
macro_rules! require_system {
    () => {
        if let Some(why) = $crate::system::skip_reason() {
            eprintln!("skipped: {why}");
            return;
        }
    };
}
pub(crate) use require_system;

/// The users, groups and folders a test made; dropping it removes them (folders
/// first, then the users who owned files in them, then the groups).
#[derive(Default)]
pub struct System {
    users: Vec<String>,
    groups: Vec<String>,
    dirs: Vec<PathBuf>,
}

impl System {
    /// The group `name`, made unless it exists.
    pub fn group(&mut self, name: &str) {
        if !sh(&format!("getent group {name}")).status.success() {
            let out = sh(&format!("groupadd {name}"));
            assert!(out.status.success(), "groupadd {name}: {out:?}");
            self.groups.push(name.to_string());
        }
    }

    /// The user `name` (no home, sh as shell), in `group` if given; made unless it
    /// exists.
    pub fn user(&mut self, name: &str, group: Option<&str>) {
        if !sh(&format!("id -u {name}")).status.success() {
            let groups = group.map(|g| format!("-G {g}")).unwrap_or_default();
            let out = sh(&format!("useradd -M -N {groups} -s /bin/sh {name}"));
            assert!(out.status.success(), "useradd {name}: {out:?}");
            self.users.push(name.to_string());
        }
    }

    /// A new folder `/tmp/PREFIX-PID` that every user can reach (0755), removed at
    /// the end. (A temporary folder of the test's own would be private to root.)
    pub fn folder(&mut self, prefix: &str) -> PathBuf {
        let dir = std::path::Path::new("/tmp").join(format!("{prefix}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        self.dirs.push(dir.clone());
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        dir
    }
}

impl Drop for System {
    fn drop(&mut self) {
        for dir in &self.dirs {
            // A test may have left a folder read-only.
            let _ = sh(&format!("chmod -R u+rwx '{}'", dir.display()));
            let _ = std::fs::remove_dir_all(dir);
        }
        for user in &self.users {
            let _ = sh(&format!("userdel {user}"));
        }
        for group in &self.groups {
            let _ = sh(&format!("groupdel {group}"));
        }
    }
}
