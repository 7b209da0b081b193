//! `duban config`, `duban completions` and `duban man`: the real binary.

use crate::common;

use common::cli::Env;

/// The line `duban config` prints for a setting.
fn setting<'a>(out: &'a str, name: &str) -> &'a str {
    out.lines()
        .find(|l| l.split_whitespace().next() == Some(name))
        .unwrap_or_else(|| panic!("no {name} line in:\n{out}"))
}

#[test]
fn config_prints_the_files_and_each_setting_with_its_source() {
    let env = Env::new();
    let out = env.ok(&["config"]);
    assert!(
        setting(&out, "设置文件").contains(&env.path("config.toml").display().to_string()),
        "{out}"
    );
    assert!(
        setting(&out, "按键文件").contains(&env.path("keymap.toml").display().to_string()),
        "{out}"
    );
    let db = setting(&out, "数据库");
    assert!(db.contains(&env.db().display().to_string()), "{out}");
    assert!(db.contains("（参数 --db）"), "{out}");
    assert!(setting(&out, "设置文件").contains("（不存在）"), "{out}");
    assert!(setting(&out, "lang").contains("zh"), "{out}");
    assert!(setting(&out, "lang").contains("（默认）"), "{out}");
    assert!(setting(&out, "office").contains("（全部处室）"), "{out}");
    assert!(setting(&out, "mouse").contains("（默认）"), "{out}");
    let en = env.ok(&["config", "--lang", "en"]);
    assert!(setting(&en, "database").contains("(flag --db)"), "{en}");
    assert!(setting(&en, "config").contains("(not there)"), "{en}");
    assert!(setting(&en, "mouse").contains("(default)"), "{en}");

    std::fs::write(
        env.path("config.toml"),
        "lang = \"en\"\noffice = \"基教处\"\ntheme = \"light\"\nmouse = false\n",
    )
    .unwrap();
    let out = env.ok(&["config"]);
    assert!(setting(&out, "lang").contains("en"), "{out}");
    assert!(setting(&out, "lang").contains("(config)"), "{out}");
    assert!(setting(&out, "office").contains("基教处"), "{out}");
    assert!(setting(&out, "theme").contains("light"), "{out}");
    assert!(setting(&out, "theme").contains("(config)"), "{out}");
    assert!(setting(&out, "mouse").contains("off"), "{out}");

    // A flag beats the config file.
    let out = env.ok(&["config", "--lang", "zh"]);
    assert!(setting(&out, "lang").contains("（参数 --lang）"), "{out}");
    // Looking does not create the database.
    assert!(!env.db().exists());
}

#[test]
fn config_office_opens_the_plain_board_filtered() {
    let env = Env::new();
    std::fs::write(env.path("config.toml"), "office = \"高教处\"\n").unwrap();
    // Without a terminal, `duban` lists what the board would show.
    let out = env.ok(&[]);
    assert!(out.lines().count() > 1, "{out}");
    for line in out.lines().skip(1) {
        assert!(!line.contains("基教处"), "filtered to 高教处: {line}");
    }
    let all = env.ok(&["list"]);
    assert!(all.lines().count() > out.lines().count());
}

#[test]
fn completions_for_every_shell_name_the_commands() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = env.ok(&["completions", shell]);
        for command in ["import", "standup", "export", "completions"] {
            assert!(out.contains(command), "{shell} lacks {command}");
        }
    }
    let (code, err) = env.fails(&["completions", "tcsh"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn the_man_page_names_the_commands() {
    let env = Env::new();
    let out = env.ok(&["man"]);
    assert!(out.starts_with(".TH DUBAN 1"), "{out}");
    for command in ["import", "standup", "export", "history", "config"] {
        assert!(out.contains(command), "man page lacks {command}");
    }
    assert!(!env.db().exists());
}

#[test]
fn duban_now_takes_a_plain_date_and_the_2020_plan_is_on_track_then() {
    let env = Env::new();
    env.ok(&["plans"]);
    let light = |now: Option<&str>| {
        let mut cmd = env.cmd(&["show", "1", "--format", "json"]);
        if let Some(now) = now {
            cmd.env("DUBAN_NOW", now);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stderr), "");
        let item: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        item["light"].as_str().unwrap().to_string()
    };
    // Today, the embedded 2020 plan is overdue; on 15 June 2020 it was not.
    assert_eq!(light(None), "overdue");
    assert_eq!(light(Some("2020-06-15")), "on_track");
    assert_eq!(light(Some("2020-06-15T09:00")), "on_track");
    assert_eq!(light(Some("2020-06-15T09:00:00Z")), "on_track");
}

#[test]
fn a_config_office_nobody_knows_is_a_warning_not_a_refusal() {
    let env = Env::new();
    std::fs::write(env.path("config.toml"), "office = \"火星处\"\n").unwrap();
    let out = env.run(&[]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("火星处"), "{err}");
    let listed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        listed.lines().count(),
        35,
        "every item, unfiltered:\n{listed}"
    );
}

#[test]
fn a_config_mistake_is_a_warning_in_the_runs_language_naming_the_line() {
    let env = Env::new();
    std::fs::write(env.path("config.toml"), "theme = \"dark\"\nlang = \"fr\"\n").unwrap();
    let out = env.run(&["plans"]);
    assert!(
        out.status.success(),
        "a bad config is a warning, not a refusal"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("duban: 警告："), "{err}");
    assert!(
        err.contains("config.toml：第2行：设置 lang 只能是 zh、en 之一，这里写的是“fr”，已忽略"),
        "{err}"
    );
    assert!(
        !err.contains("TOML parse error") && !err.contains("^^^"),
        "{err}"
    );
    let out = env.run(&["--lang", "en", "plans"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("duban: warning: ")
            && err.contains("line 2: lang must be one of zh, en, not \"fr\"; ignored"),
        "{err}"
    );
}

#[test]
fn config_unknown_key_is_a_warning_naming_it_and_other_settings_still_apply() {
    let env = Env::new();
    std::fs::write(
        env.path("config.toml"),
        "thme = \"mono\"\nmouse = false\ntheme = \"purple\"\noffice = \"基教处\"\n",
    )
    .unwrap();
    let out = env.cmd(&["config"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("第1行：未知设置“thme”（是否想写 theme？）"),
        "{stderr}"
    );
    assert!(
        stderr.contains("第3行：设置 theme 只能是 auto、dark、light、mono 之一"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    // The good settings apply.
    assert!(setting(&stdout, "mouse").contains("关"), "{stdout}");
    assert!(setting(&stdout, "office").contains("基教处"), "{stdout}");

    let en = env.cmd(&["--lang", "en", "config"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&en.stderr);
    assert!(
        stderr.contains("unknown setting \"thme\" (did you mean theme?)"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn config_writable_by_a_group_others_belong_to_is_ignored() {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: getuid cannot fail.
    if unsafe { libc::getuid() } != 0 {
        eprintln!("skipped: needs root to give the file a shared group");
        return;
    }
    let env = Env::new();
    let path = env.path("config.toml");
    std::fs::write(&path, "mouse = false\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    // Group 1 (daemon): the primary group of another account.
    std::os::unix::fs::chown(&path, Some(0), Some(1)).unwrap();
    let out = env.cmd(&["config"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("其他人可以修改该文件"), "{stderr}");
    assert!(!setting(&stdout, "mouse").contains("关"), "{stdout}");
    // The same mode in a group only this account belongs to is read.
    let mine = duban::identity::group_only_mine(0, 0);
    std::os::unix::fs::chown(&path, Some(0), Some(0)).unwrap();
    let out = env.cmd(&["config"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(setting(&stdout, "mouse").contains("关"), mine, "{stdout}");
}

#[cfg(unix)]
#[test]
fn a_config_others_may_write_is_ignored_with_a_warning_in_the_runs_language() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let path = env.path("config.toml");
    std::fs::write(&path, "mouse = false\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o646)).unwrap();
    let out = env.cmd(&["config"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("config.toml：未读取：其他人可以修改该文件（权限 0646）"),
        "{stderr}"
    );
    assert!(!stderr.contains("others may"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!setting(&stdout, "mouse").contains("关"), "{stdout}");
    let out = env.cmd(&["--lang", "en", "config"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("config.toml: not read: others may write it (mode 0646)"),
        "{stderr}"
    );
}
