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

/// Runs `args` with standard output and standard error both closed pipes.
fn into_closed_pipes(env: &Env, args: &[&str]) -> Option<i32> {
    let (out_reader, out_writer) = std::io::pipe().unwrap();
    let (err_reader, err_writer) = std::io::pipe().unwrap();
    drop(out_reader);
    drop(err_reader);
    let status = env
        .cmd(args)
        .stdout(out_writer)
        .stderr(err_writer)
        .status()
        .unwrap();
    status.code()
}

#[test]
fn a_closed_pipe_ends_output_quietly_on_every_command_family_and_error_path() {
    let env = Env::at("2020-06-15T09:00:00Z");
    let ledger = env.path("台账.xlsx");
    let copy = env.path("copy.db");
    let ledger = ledger.to_str().unwrap();
    let copy = copy.to_str().unwrap();
    // Commands that succeed: status 0 into a closed standard output.
    let succeeding: &[&[&str]] = &[
        &["members"],
        &["members", "--format", "json"],
        &["cycle"],
        &["report", "4", "本期进展"],
        &["urge", "4", "请加快"],
        &["reply", "4", "已在推进"],
        &["move", "5", "done", "--note", "已办结"],
        &["bulletin"],
        &["bulletin", "--format", "md"],
        &["indicator", "14", "1", "50"],
        &["export", "--format", "xlsx", "--output", ledger],
        &["backup", copy, "--force"],
        &["--help"],
        &["--version"],
        &["list", "--help"],
    ];
    for args in succeeding {
        let (code, err) = into_closed_pipe(&env, args);
        assert_eq!(code, Some(0), "duban {args:?}: {err}");
        assert!(!err.contains("panicked"), "duban {args:?}: {err}");
    }
    // Errors with both outputs closed: their own status, never a panic (101).
    let failing: &[(&[&str], i32)] = &[
        (&["show", "999"], 2),
        (&["list", "--office", "没有这个处"], 2),
        (&["move", "999", "doing"], 2),
        (&["list", "--format", "nonsense"], 2),
        (&["no-such-command"], 2),
        (&["note", "3", ""], 2),
    ];
    for (args, expected) in failing {
        let code = into_closed_pipes(&env, args);
        assert_eq!(code, Some(*expected), "duban {args:?}");
    }
    // The same commands with only standard output closed still say why on stderr.
    let (code, err) = into_closed_pipe(&env, &["show", "999"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("999"), "{err}");
    // And as a shell pipe into `head -c1`.
    let duban = env.cmd(&["export"]);
    let args: Vec<String> = duban
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg("\"$0\" \"$@\" | head -c1 >/dev/null; exit ${PIPESTATUS[0]}")
        .arg(duban.get_program())
        .args(&args)
        .env("DUBAN_CONFIG_DIR", env.path(""))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
}
