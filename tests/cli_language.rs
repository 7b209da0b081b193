//! One language and one clock per run: under --lang zh (the default) errors, event
//! kinds and statuses are Chinese; times in show and history are local, to the
//! minute, as in the stand-up; comparison signs and office names as on the board.

mod common;

use common::cli::Env;

const NOW: &str = "2020-06-15T09:00:00Z";

/// Runs at `NOW` with the clock of Asia/Shanghai (UTC+8), so local differs from UTC.
fn run_in_shanghai(env: &Env, args: &[&str]) -> std::process::Output {
    env.cmd(args)
        .env("DUBAN_NOW", NOW)
        .env("TZ", "Asia/Shanghai")
        .output()
        .unwrap()
}

fn out(o: std::process::Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn history_speaks_the_runs_language_in_local_time() {
    let env = Env::new();
    out(run_in_shanghai(&env, &["move", "3", "doing"]));
    out(run_in_shanghai(&env, &["note", "3", "第一行\n第二行"]));
    let zh = out(run_in_shanghai(&env, &["history", "3"]));
    let moved = zh.lines().find(|l| l.contains("移动")).expect(&zh);
    assert!(
        moved.starts_with("2020-06-15 17:00  "),
        "local, no ms: {moved}"
    );
    assert!(moved.contains("未启动 -> 推进中"), "{moved}");
    assert!(!zh.contains("todo") && !zh.contains("move "), "{zh}");
    assert!(!zh.contains("T09:00") && !zh.contains(".000"), "{zh}");
    assert!(zh.contains("加批注: 第一行 / 第二行"), "{zh}");

    let en = out(run_in_shanghai(&env, &["--lang", "en", "history", "3"]));
    assert!(en.contains("moved To do -> In progress"), "{en}");
}

#[test]
fn show_gives_note_times_local_without_milliseconds() {
    let env = Env::new();
    out(run_in_shanghai(&env, &["note", "3", "一条"]));
    let shown = out(run_in_shanghai(&env, &["show", "3"]));
    assert!(shown.contains("#1 tester 2020-06-15 17:00\n"), "{shown}");
}

#[test]
fn errors_are_chinese_by_default_and_english_on_request() {
    let env = Env::new();
    env.ok(&["plans"]);
    let cases: &[(&[&str], &str, &str)] = &[
        (&["show", "99"], "没有第99项", "no item 99"),
        (&["list", "--office", "火星处"], "没有处室", "no office"),
        (&["--plan", "7", "list"], "没有计划 7", "no plan 7"),
        (&["due", "3", "2020-02-30"], "该月没有这一天", "no such day"),
        (&["tick", "3", "99"], "没有措施 99", "no measure 99"),
        (&["indicator", "1", "1", "5"], "没有指标", "no indicators"),
        (
            &["move", "3", "finished"],
            "没有状态“finished”",
            "unknown status",
        ),
        (
            &["standup", "--since", "yesterday"],
            "不是时长",
            "is not a duration",
        ),
        (
            &["list", "--format", "xml"],
            "“xml”无效",
            "invalid value 'xml'",
        ),
    ];
    for (args, zh, en) in cases {
        let (code, err) = env.fails(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(zh), "{args:?}: {err}");
        let mut english = vec!["--lang", "en"];
        english.extend_from_slice(args);
        let (_, err) = env.fails(&english);
        assert!(err.contains(en), "{args:?} in English: {err}");
    }
    let text = env.path("x.txt");
    std::fs::write(&text, "plain text").unwrap();
    let o = env.cmd_db(Some(&text), &["list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("不是 SQLite 数据库"));
}

#[test]
fn comparison_signs_and_group_names_are_the_boards() {
    let env = Env::at(NOW);
    env.ok(&["indicator", "14", "1", "75"]);
    let shown = env.ok(&["show", "14"]);
    assert!(shown.contains(">= 80%"), "{shown}");
    assert!(!shown.contains('≥'), "{shown}");
    let en = env.ok(&["--lang", "en", "show", "14"]);
    assert!(en.contains("基教处 (lead), 财建处"), "{en}");
    let offices = env.ok(&["offices"]);
    assert!(
        offices.lines().any(|l| l.starts_with("相关处室 ")),
        "{offices}"
    );
    assert!(!offices.contains("（组）"), "{offices}");
}
