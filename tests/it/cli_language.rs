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
        (&["--plan", "7", "list"], "没有计划7", "no plan 7"),
        (&["due", "3", "2020-02-30"], "该月没有这一天", "no such day"),
        (&["tick", "3", "99"], "没有措施99", "no measure 99"),
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
            "invalid value \"xml\"",
        ),
        (
            &["show", "abc"],
            "“abc”无效：请写一个不带符号的整数",
            "write a whole number",
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
        "第14项：已报送2020-06的进展（替换了本期原报送）",
        "第14项：已督办，回复期限2020-06-20",
        "第14项：已回复1项督办",
        "第14项：已销号",
        "第14项：已退回推进中",
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
        (&["member", "remove", "无名", "基教处"], "duban members"),
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

// ---- every sentence from the catalogs: a whole session in each language ----

/// A plan whose every Chinese word the test knows.
const PLAN: &str = "某某学院2021年工作要点\n\
    一、党的建设\n\
    1.加强党的领导\n目标任务:党的领导全面加强。\n工作措施:召开会议。\n责任单位:党委办公室\n\
    二、队伍建设\n\
    2.加强教师队伍建设\n目标任务:建设一支高素质教师队伍。\n工作措施:修订考核办法。开展培训。\n\
    牵头单位:人事处\n配合单位:考试院、党委办公室\n完成时限:2021年9月\n\
    3.推进人事改革\n目标任务:改革见效。\n工作措施:出台方案。\n责任单位:人事处\n";

/// What one session printed (stdout and stderr of every command) and the text it
/// was given (the plan and every argument), which is all the data it may echo.
struct Session {
    said: String,
    given: String,
    dir: String,
}

/// Runs a representative session of commands - reads, writes, refusals, warnings,
/// backups, the supervision loop - with `--lang lang`.
fn session(lang: &str) -> Session {
    let env = Env::at("2021-06-15T09:00:00Z");
    let me = duban::identity::os_user();
    let plan = env.path("plan.txt").display().to_string();
    let copy = env.path("copy.db").display().to_string();
    let md = env.path("report.md").display().to_string();
    std::fs::write(&plan, PLAN).unwrap();
    let config = env.path("config.toml");
    let mut s = Session {
        said: String::new(),
        given: PLAN.to_string(),
        dir: env.path("").display().to_string(),
    };
    let run = |s: &mut Session, actor: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        let out = env.run_as(actor, &all);
        s.said.push_str(&String::from_utf8_lossy(&out.stdout));
        s.said.push_str(&String::from_utf8_lossy(&out.stderr));
        s.given.push('\n');
        s.given.push_str(&args.join("\n"));
        s.given.push_str(&format!("\n{actor}"));
    };
    let t = "tester";
    run(&mut s, t, &["import", &plan]);
    run(&mut s, t, &["import", &plan, "--dry-run"]);
    run(&mut s, t, &["import", &plan]);
    for args in [
        &["list"][..],
        &["show", "2"],
        &["offices"],
        &["plans"],
        &["move", "2", "doing"],
        &["move", "2", "doing"],
        &["move", "2", "finished"],
        &["note", "2", "第一条批注"],
        &["note", "2", " "],
        &["tick", "2", "1"],
        &["tick", "2", "1"],
        &["tick", "2", "99"],
        &["indicator", "2", "1", "5"],
        &["due", "2", "2021-02-30"],
        &["show", "99"],
        &["show", "abc"],
        &["--plan", "7", "list"],
        &["list", "--office", "火星处"],
        &["list", "--format", "xml"],
        &["history", "2"],
        &["backup", &copy],
        &["backup", &copy],
        &["restore", &copy],
        &["export", "--format", "md", "--output", &md],
        &["export", "--format", "xlsx"],
        &["export", "--format", "json", "--bom"],
        &["cycle"],
        &["cycle", "set", "weekly", "--due-day", "9"],
        &["retire", "3", "并入第2项"],
        &["retire", "3", "并入第2项"],
        &["list", "--retired"],
        &["restore-item", "3"],
        &["restore-item", "3"],
        &["add", " ", "--lead", "人事处"],
        &["add", "新的一项", "--lead", "火星处"],
        &["import", "/nonexistent/plan.txt"],
    ] {
        run(&mut s, t, args);
    }
    // The $EDITOR form, shown on stderr by an editor that changes nothing; then one
    // that writes a line the form cannot read.
    let show_form = env.path("show-form.sh");
    let bad_form = env.path("bad-form.sh");
    std::fs::write(&show_form, "#!/bin/sh\ncat \"$1\" >&2\n").unwrap();
    std::fs::write(
        &bad_form,
        "#!/bin/sh\nif grep -q '^[#] [A-Z]*:' \"$1\" || grep -q '^# 错误' \"$1\"; then cat \"$1\" >&2; \
         else sed -i '1i x y z' \"$1\"; fi\n",
    )
    .unwrap();
    for script in [&show_form, &bad_form] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let out = env
            .cmd(&["--lang", lang, "edit", "2"])
            .env("VISUAL", script)
            .env_remove("EDITOR")
            .output()
            .unwrap();
        s.said.push_str(&String::from_utf8_lossy(&out.stdout));
        s.said.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    s.given.push_str("\nx y z");
    run(
        &mut s,
        &me,
        &["member", "add", "人事", "人事处", "--allow-unknown"],
    );
    run(
        &mut s,
        &me,
        &["member", "add", &me, "党委办公室", "--supervisor"],
    );
    run(
        &mut s,
        &me,
        &["member", "add", &me, "党委办公室", "--supervisor"],
    );
    run(&mut s, &me, &["members"]);
    run(&mut s, "人事", &["report", "2", "完成调研"]);
    run(&mut s, "人事", &["report", "2", " "]);
    run(
        &mut s,
        &me,
        &["urge", "2", "请说明进度", "--reply-by", "2021-13-01"],
    );
    run(
        &mut s,
        &me,
        &["urge", "2", "请说明进度", "--reply-by", "2021-06-20"],
    );
    run(&mut s, "人事", &["reply", "2", "本周内完成"]);
    run(&mut s, "人事", &["reply", "3", "无督办"]);
    run(&mut s, "人事", &["move", "3", "done"]);
    run(&mut s, &me, &["confirm", "1"]);
    run(&mut s, &me, &["member", "remove", "无名", "人事处"]);
    run(&mut s, &me, &["member", "remove", "人事", "人事处"]);
    // config.toml: a misspelt key, bad values, then a file that is not TOML.
    let bad = "thme = \"mono\"\ntheme = \"purple\"\nmouse = \"yes\"\noffice = 3\nlang = \"fr\"\n";
    std::fs::write(&config, bad).unwrap();
    run(&mut s, t, &["plans"]);
    run(&mut s, t, &["config"]);
    std::fs::write(&config, "mouse = \n").unwrap();
    run(&mut s, t, &["plans"]);
    s.given.push_str(bad);
    s
}

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{2018}'..='\u{201D}'
    )
}

#[test]
fn in_english_the_interface_adds_no_chinese() {
    let s = session("en");
    let said = &s.said;
    let mut added: Vec<&str> = said
        .split(|c: char| !is_cjk(c))
        .filter(|run| !run.is_empty() && !s.given.contains(run))
        .collect();
    added.sort();
    added.dedup();
    assert!(
        added.is_empty(),
        "Chinese not from the data: {added:?}\n{}",
        s.said
    );
    // The session met what it was meant to: refusals and warnings too.
    for said in [
        "unknown status",
        "no measure 99",
        "is not a date",
        "no item 99",
        "no office",
        "exists; choose another name",
        "restored",
        "unknown setting \"thme\"",
        "is not valid TOML",
        "is out of range",
        "Dry run of",
        "Change what you need",
        "考试院, 党委办公室",
        "ERROR: line 1: expected `label: value`: x y z",
    ] {
        assert!(s.said.contains(said), "{said}: {}", s.said);
    }
}

/// Latin words the Chinese interface may show: commands, options, formats,
/// settings and the names of things that have no Chinese name.
const NAMES: &[&str] = &[
    "duban",
    "import",
    "list",
    "show",
    "history",
    "offices",
    "plans",
    "members",
    "member",
    "move",
    "note",
    "tick",
    "cycle",
    "report",
    "urge",
    "reply",
    "confirm",
    "reopen",
    "export",
    "backup",
    "restore",
    "item",
    "undo",
    "edit",
    "retire",
    "indicator",
    "standup",
    "notice",
    "config",
    "bulletin",
    "weekly",
    "monthly",
    "quarterly",
    "done",
    "doing",
    "todo",
    "blocked",
    "force",
    "output",
    "format",
    "plan",
    "lang",
    "office",
    "theme",
    "mouse",
    "auto",
    "dark",
    "light",
    "mono",
    "true",
    "false",
    "allow",
    "unknown",
    "supervisor",
    "period",
    "reply",
    "json",
    "text",
    "table",
    "docx",
    "xlsx",
    "html",
    "toml",
    "TOML",
    "YYYY",
    "root",
    "chmod",
    "dry",
    "run",
    "prefer",
    "document",
    "DUBAN",
    "keymap",
    "Word",
    "Excel",
    "SQLite",
];

#[test]
fn in_chinese_the_interface_says_no_english_sentence() {
    let s = session("zh");
    let me = duban::identity::os_user();
    // The TOML parser's own account of a syntax error is kept, set off in its
    // parenthesis, as the detail it is.
    let mut text = s.said.clone();
    // File names under the test's directory are data, whatever they say.
    while let Some(at) = text.find(&s.dir) {
        let end = text[at..]
            .find(|c: char| c.is_whitespace() || is_cjk(c))
            .map_or(text.len(), |e| at + e);
        text.replace_range(at..end, "");
    }
    while let Some(at) = text.find("（解析器的说明：") {
        let end = text[at..].find('）').map_or(text.len(), |e| at + e);
        text.replace_range(at..end, "");
    }
    let mut english: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !NAMES.contains(w) && *w != me && !s.given.contains(w))
        .collect();
    english.sort();
    english.dedup();
    assert!(english.is_empty(), "English words: {english:?}\n{}", s.said);
    for said in [
        "没有状态“finished”",
        "没有措施99",
        "不是日期",
        "没有第99项",
        "没有处室“火星处”",
        "已存在",
        "已从",
        "未知设置“thme”",
        "不是有效的 TOML 写法",
        "超出范围",
        "试读",
        "改好后保存退出",
        "配合处室：考试院、党委办公室",
        "错误：第1行：应为“栏目：内容”：x y z",
    ] {
        assert!(s.said.contains(said), "{said}: {}", s.said);
    }
}
