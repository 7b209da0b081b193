//! `duban config`, `duban completions` and `duban man`: the real binary.

mod common;

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
        setting(&out, "config").contains(&env.path("config.toml").display().to_string()),
        "{out}"
    );
    assert!(
        setting(&out, "keymap").contains(&env.path("keymap.toml").display().to_string()),
        "{out}"
    );
    let db = setting(&out, "database");
    assert!(db.contains(&env.db().display().to_string()), "{out}");
    assert!(db.contains("(flag --db)"), "{out}");
    assert!(setting(&out, "lang").contains("zh"), "{out}");
    assert!(setting(&out, "lang").contains("(default)"), "{out}");
    assert!(setting(&out, "mouse").contains("(default)"), "{out}");

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
    assert!(setting(&out, "lang").contains("(flag --lang)"), "{out}");
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
    assert!(out.starts_with(".ie") || out.contains(".TH duban"), "{out}");
    for command in ["import", "standup", "export", "history", "config"] {
        assert!(out.contains(command), "man page lacks {command}");
    }
    assert!(!env.db().exists());
}
