//! The throwaway PostgreSQL cluster (the file is shared with the store's unit
//! tests: src/store/test_support/cluster.rs).
#![allow(dead_code)]

#[path = "../../../src/store/test_support/cluster.rs"]
mod cluster;
pub use cluster::*;

/// Ends the test (it passes, saying it skipped) when PostgreSQL is not installed.
macro_rules! require_pg {
    () => {
        if !$crate::pg::available() {
            eprintln!("skipped: PostgreSQL is not installed (initdb, pg_ctl)");
            return;
        }
    };
}
pub(crate) use require_pg;

/// The connection string of `user` on the cluster's database `duban`, over its socket.
pub fn board_url(cluster: &Cluster, user: &str) -> String {
    format!(
        "postgresql:///duban?host={}&port={}&user={user}",
        cluster.socket_dir().display(),
        cluster.port
    )
}

/// `duban --db URL --lang en ARGS`, with its own config folder and no DUBAN_* from
/// the environment.
pub fn run_on(url: &str, config: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--db", url, "--lang", "en"])
        .args(args)
        .env("DUBAN_CONFIG_DIR", config)
        .env_remove("DUBAN_DB")
        .env_remove("DUBAN_LANG")
        .env_remove("DUBAN_NOW")
        .output()
        .unwrap()
}

/// What a command said, stdout then stderr.
pub fn said(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
