//! One language and one clock per run: under --lang zh (the default) errors, event
//! kinds and statuses are Chinese; times in show and history are local, to the
//! minute, as in the stand-up; comparison signs and office names as on the board.

use crate::common;

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
    assert!(zh.contains("加批注：第一行 / 第二行"), "{zh}");

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
        (
            &["show", "abc"],
            "“abc”无效：请写一个不带符号的整数",
            "invalid digit",
        ),
        (
            &["--plan", "99999999999999999999", "list"],
            "数字太大",
            "too large",
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
    // A group is marked as the board's overview marks it (issue 17).
    assert!(
        offices.lines().any(|l| l.starts_with("相关处室（群体） ")),
        "{offices}"
    );
    assert!(!offices.contains("（组）"), "{offices}");
}

/// Latin words of four letters or more, other than commands, options and values a
/// Chinese sentence may quote.
#[test]
fn notes_are_批注_as_on_the_board() {
    let env = Env::new();
    let list = env.ok(&["list"]);
    assert!(list.lines().next().unwrap().contains("批注"), "{list}");
    let (_, err) = env.fails(&["note", "3", " "]);
    assert!(err.contains("批注为空"), "{err}");
    env.ok(&["note", "3", "第一条"]);
    let shown = env.ok(&["show", "3"]);
    assert!(shown.contains("批注") && !shown.contains("备注"), "{shown}");
}

fn english_words(text: &str) -> Vec<String> {
    const KEPT: &[&str] = &[
        "duban", "move", "done", "note", "report", "members", "offices", "output", "format",
        "xlsx", "docx", "period", "reply", "urge", "root", "YYYY",
    ];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !KEPT.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_supervision_loop_speaks_chinese_and_names_what_to_do() {
    let env = Env::at(NOW);
    let me = duban::identity::os_user();
    let docx = env.path("通报.docx").display().to_string();
    let xlsx = env.path("台账.xlsx").display().to_string();
    let mut said = String::new();
    let mut ok = |actor: &str, args: &[&str]| said.push_str(&env.ok_as(actor, args));
    ok(&me, &["member", "add", "基教", "基教处", "--allow-unknown"]);
    ok(&me, &["member", "add", &me, "办公室", "--supervisor"]);
    ok(&me, &["member", "add", &me, "办公室", "--supervisor"]);
    ok("基教", &["report", "14", "完成调研"]);
    ok("基教", &["report", "14", "完成调研，形成初稿"]);
    ok(
        &me,
        &["urge", "14", "请说明进度", "--reply-by", "2020-06-20"],
    );
    ok("基教", &["reply", "14", "本周内完成"]);
    ok("基教", &["move", "14", "done", "--note", "方案已印发"]);
    ok(&me, &["confirm", "14"]);
    ok(&me, &["reopen", "14", "缺少佐证材料"]);
    ok(&me, &["bulletin", "--format", "docx", "--output", &docx]);
    ok(&me, &["export", "--format", "xlsx", "--output", &xlsx]);
    for line in [
        "已把 基教 加入基教处",
        "已在办公室（督查员），未改动",
        "14: 已报送 2020-06 的进展（替换了本期原报送）",
        "14: 已督办，回复期限 2020-06-20",
        "14: 已回复 1 项督办",
        "14: 已销号",
        "14: 已退回推进中",
        "已写入 ",
    ] {
        assert!(said.contains(line), "{line}: {said}");
    }
    let checked = said.replace(&docx, "").replace(&xlsx, "");
    assert!(english_words(&checked).is_empty(), "{said}");
    let refusals: &[(&[&str], &str)] = &[
        (&["move", "4", "done"], "duban move 4 done --note"),
        (&["report", "4", " "], "进展报送为空"),
        (&["reply", "15", "无督办"], "没有待回复的督办"),
        (&["confirm", "4"], "不在待销号状态"),
        (&["reopen", "4", "原因"], "尚未完成"),
        (
            &["urge", "4", "催", "--reply-by", "2020-13-01"],
            "没有这个月份",
        ),
        (&["member", "remove", "无名", "基教处"], "`duban members`"),
        (&["cycle", "set", "weekly", "--due-day", "9"], "1–7"),
        (&["bulletin", "--period", "2020-13"], "2020-06"),
        (&["bulletin", "--format", "docx"], "--output"),
        (&["export", "--format", "xlsx"], "--output"),
        (&["import", "/没有的文件夹/计划.txt"], "不存在"),
    ];
    for (args, wanted) in refusals {
        let actor = if args[0] == "reply" {
            "基教"
        } else {
            me.as_str()
        };
        let (code, err) = env.fails_as(actor, args);
        assert!(code == 1 || code == 2, "{args:?}: {err}");
        assert!(err.contains(wanted), "{args:?}: {err}");
        assert!(english_words(&err).is_empty(), "{args:?}: {err}");
        assert!(!err.contains("os error"), "{args:?}: {err}");
    }
    let removed = env.ok_as(&me, &["member", "remove", "基教", "基教处"]);
    assert_eq!(removed.trim(), "已把 基教 移出基教处");
}
