//! Output into a closed pipe (`duban export | head -1`): every command that writes to
//! standard output ends quietly with status 0.

use crate::common;

use common::cli::Env;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_1c263084d9f29a16.txt"
);

/// Runs `args` with standard output a pipe whose reading end is already closed.
fn into_closed_pipe(env: &Env, args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = env.cmd(args).stdout(writer).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let env = Env::at("2020-06-15T09:00:00Z");
    env.ok(&["note", "3", "一条备注"]);
    let commands: &[&[&str]] = &[
        &["export"],
        &["export", "--format", "csv"],
        &["export", "--format", "md"],
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["show", "3"],
        &["show", "3", "--format", "json"],
        &["history", "3"],
        &["history", "3", "--format", "json"],
        &["offices"],
        &["offices", "--format", "json"],
        &["plans"],
        &["plans", "--format", "json"],
        &["import", SEED, "--dry-run"],
        &["import", SEED, "--dry-run", "--format", "json"],
        &["standup"],
        &["standup", "--format", "md"],
        &["standup", "--format", "json"],
        &["config"],
        &["completions", "bash"],
        &["man"],
        &["move", "3", "doing"],
        &["note", "3", "再一条"],
        &["tick", "3", "1"],
        &["due", "3", "2020-12-01"],
        // No terminal: the board's plain listing.
        &[],
    ];
    for args in commands {
        let (code, err) = into_closed_pipe(&env, args);
        assert_eq!(code, Some(0), "duban {args:?}: {err}");
        assert_eq!(err, "", "duban {args:?}");
    }
}
