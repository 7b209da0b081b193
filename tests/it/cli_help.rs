//! The command line's help and usage errors speak the run's language: Chinese by
//! default, English with --lang en or DUBAN_LANG=en; usage errors exit with 2.

use crate::common;

use common::cli::Env;

/// Every command a newcomer may ask about, as its path.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["import"],
    &["list"],
    &["show"],
    &["history"],
    &["move"],
    &["note"],
    &["tick"],
    &["offices"],
    &["plans"],
    &["export"],
    &["members"],
    &["member"],
    &["member", "add"],
    &["member", "remove"],
    &["cycle"],
    &["cycle", "set"],
    &["report"],
    &["urge"],
    &["reply"],
    &["confirm"],
    &["undo"],
    &["reopen"],
    &["bulletin"],
    &["standup"],
    &["due"],
    &["backup"],
    &["restore"],
    &["indicator"],
    &["config"],
    &["completions"],
    &["man"],
    &["add"],
    &["edit"],
    &["retire"],
    &["restore-item"],
    &["notice"],
    &["member", "rename"],
];

/// Words that may stay in Latin letters in Chinese help: the program, command and
/// option names, format and status values, file and variable names.
const KEPT: &[&str] = &[
    "duban",
    "admin",
    "help",
    "plans",
    "share",
    "root",
    "plan",
    "local",
    "lang",
    "DUBAN_LANG",
    "DUBAN_DB",
    "text",
    "json",
    "format",
    "table",
    "output",
    "xlsx",
    "show",
    "office",
    "docx",
    "cycle",
    "backup",
    "member",
    "Excel",
    "undone",
    "reply",
    "note",
    "done",
    "weekly",
    "urge",
    "todo",
    "tick",
    "standup",
    "roff",
    "restore",
    "report",
    "reopen",
    "undo",
    "remove",
    "quarterly",
    "powershell",
    "offices",
    "move",
    "monthly",
    "members",
    "list",
    "lead",
    "indicator",
    "import",
    "history",
    "fish",
    "export",
    "elvish",
    "doing",
    "confirm",
    "config",
    "completions",
    "bulletin",
    "blocked",
    "bash",
    "YYYY",
    "Word",
    "SHELL",
    "README",
    "Markdown",
    "JSON",
    "version",
    "supervisor",
    "status",
    "since",
    "period",
    "last",
    "html",
    "force",
    "dry_run",
    // Items made and corrected by hand (issue 15).
    "edit",
    "EDITOR",
    "retire",
    "item",
    "notice",
    "rename",
    "instruction",
    "meeting",
    "assigned",
    "proposal",
    "letter",
    "other",
    "normal",
    "urgent",
    "title",
    "source",
    "level",
    "requirement",
    "target",
    "retired",
    "prefer",
    "document",
    "allow",
    "unknown",
    "name",
    "source_ref",
    "reply_by",
    // duban server (issue 18): the command, the engine's name and its words.
    "server",
    "init",
    "check",
    "PostgreSQL",
    "BYPASSRLS",
    "supervisor",
    "office",
    "postgresql",
    "host",
    "dbname",
];

fn english_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphabetic() || c == '_' {
            word.push(c);
        } else {
            if word.len() >= 4 && !KEPT.contains(&word.as_str()) {
                words.push(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    words
}

#[test]
fn every_commands_help_is_chinese_by_default() {
    let env = Env::new();
    for path in COMMANDS {
        let mut args = path.to_vec();
        args.push("--help");
        let out = env.ok(&args);
        assert!(out.contains("用法：duban"), "{path:?}: {out}");
        assert!(
            !out.contains("Usage:") && !out.contains("Options:"),
            "{out}"
        );
        let leaked = english_words(&out);
        assert!(leaked.is_empty(), "{path:?} leaks {leaked:?}:\n{out}");
    }
    let top = env.ok(&["--help"]);
    assert!(top.contains("命令：") && top.contains("选项："), "{top}");
    assert!(top.contains("  show ") && top.contains("显示一个事项的全部内容"));
    let show = env.ok(&["help", "show"]);
    assert!(show.contains("用法：duban show [选项] <编号>"), "{show}");
    assert!(
        show.contains("参数：") && show.contains("事项编号"),
        "{show}"
    );
    assert!(!env.db().exists(), "help touches no database");
}

#[test]
fn help_is_english_with_lang_en_or_duban_lang() {
    let env = Env::new();
    let out = env.ok(&["--lang", "en", "show", "--help"]);
    assert!(
        out.contains("Usage: duban show [OPTIONS] <NUMBER>"),
        "{out}"
    );
    assert!(out.contains("Show one item in full"), "{out}");
    let o = env
        .cmd(&["move", "--help"])
        .env("DUBAN_LANG", "en")
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("Move an item to another status"), "{out}");
    assert!(!out.contains("用法"), "{out}");
}

#[test]
fn usage_errors_are_chinese_and_exit_2() {
    let env = Env::new();
    let cases: &[(&[&str], &[&str])] = &[
        (&["foo"], &["没有命令“foo”", "说明见 duban --help"]),
        (&["shw", "3"], &["没有命令“shw”", "是否指 show？"]),
        (&["--bogus"], &["没有选项“--bogus”"]),
        (
            &["list", "--statsu", "doing"],
            &["没有选项“--statsu”", "--status"],
        ),
        (
            &["show"],
            &["缺少必需的参数：<编号>", "说明见 duban show --help"],
        ),
        (&["show", "3", "4"], &["多余的参数“4”"]),
        (&["list", "--lead"], &["缺少必需的参数：--office"]),
        (&["member"], &["add", "remove"]),
        (
            &["bulletin", "--period"],
            &["--period <周期> 后面要写一个值"],
        ),
        (
            &["list", "--format"],
            &["后面要写一个值，可选：table、json、csv"],
        ),
        (
            &["export", "--format", "csv", "--format", "json"],
            &["--format <格式> 只能写一次"],
        ),
        (
            &["import"],
            &["缺少必需的参数：<文件>", "用法：duban import <文件>"],
        ),
    ];
    for (args, wanted) in cases {
        let (code, err) = env.fails(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        for w in *wanted {
            assert!(err.contains(w), "{args:?} should say {w}: {err}");
        }
        assert!(
            !err.contains("error:") && !err.contains("For more information"),
            "{args:?}: {err}"
        );
    }
    let mut english = vec!["--lang", "en", "foo"];
    let (code, err) = env.fails(&english);
    assert_eq!(code, 2);
    assert!(err.contains("unrecognized subcommand 'foo'"), "{err}");
    english.truncate(2);
    english.push("show");
    let (code, err) = env.fails(&english);
    assert_eq!(code, 2);
    assert!(
        err.contains("required arguments were not provided: <NUMBER>"),
        "{err}"
    );
    // Said by the English catalog the way the Chinese one says it: the usage line
    // and where to read more, without clap's `error:`.
    assert!(err.contains("Usage: duban show <NUMBER>"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("For more information, try 'duban show --help'."),
        "{err}"
    );
    assert!(!err.contains("error:"), "{err}");
}
