//! Every command and argument is described by the catalogs, in both languages, by
//! ids that follow from its path; clap's own words and usage errors are localized.

use super::*;
use std::collections::BTreeSet;

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// `member add` -> `member-add`, `dry_run` -> `dry-run`.
fn slug(s: &str) -> String {
    s.replace([' ', '_'], "-")
}

/// The catalog's ids that start with `prefix`.
fn catalog_ids(lang: Lang, prefix: &str) -> BTreeSet<String> {
    lang.source()
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id.to_string())
        .filter(|id| id.starts_with(prefix))
        .collect()
}

fn has(lang: Lang, id: &str) -> bool {
    catalog_ids(lang, id).contains(id)
}

/// What the walk found: the ids reached, and what is wrong.
#[derive(Default)]
struct Walk {
    reached: BTreeSet<String>,
    problems: Vec<String>,
}

impl Walk {
    /// `id` is in both catalogs and `shown` is its text in `lang`.
    fn check(&mut self, lang: Lang, what: &str, id: Option<&str>, shown: Option<String>) {
        let Some(id) = id else {
            self.problems.push(format!("{what}: no catalog id"));
            return;
        };
        self.reached.insert(id.to_string());
        for l in LANGS {
            if !has(l, id) {
                self.problems.push(format!("{what}: {id} missing in {l:?}"));
            }
        }
        if shown.as_deref() != Some(lang.msg(id).as_str()) {
            self.problems
                .push(format!("{what}: shows {shown:?}, not the catalog's {id}"));
        }
    }

    fn command(&mut self, lang: Lang, cmd: &clap::Command, path: &str) {
        // The `help` command is the same at every level; its subcommands copy the
        // descriptions of the commands they name.
        let own = path.rsplit(' ').next().unwrap_or_default();
        let in_help = path.split(' ').any(|w| w == "help") && own != "help";
        if in_help {
            return;
        }
        let about_path = if own == "help" { "help" } else { path };
        let about = about_id(about_path);
        if let Some(id) = about {
            let wanted = if path.is_empty() {
                "help-about".to_string()
            } else {
                format!("help-about-{}", slug(about_path))
            };
            if id != wanted {
                self.problems.push(format!("{path:?}: {id}, not {wanted}"));
            }
        }
        let shown = cmd.get_about().map(|a| a.to_string());
        self.check(lang, &format!("{path:?} about"), about, shown);
        if path.is_empty() {
            let long = cmd.get_long_about().map(|a| a.to_string());
            self.check(lang, "long about", Some("help-long-about"), long);
        } else if cmd.get_long_about().is_some() {
            self.problems.push(format!("{path:?}: a long about"));
        }
        let arg_path = if own == "help" { "help" } else { path };
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let name = arg.get_id().as_str();
            let what = format!("{path:?} {name}");
            let id = arg_id(arg_path, name);
            if let Some(id) = id {
                let specific = format!("help-arg-{}-{}", slug(arg_path), slug(name));
                let shared = format!("help-arg-{}", slug(name));
                if id != specific && id != shared {
                    self.problems
                        .push(format!("{what}: {id}, not {specific} or {shared}"));
                }
            }
            self.check(lang, &what, id, arg.get_help().map(|h| h.to_string()));
            if arg.get_long_help().is_some() {
                self.problems.push(format!("{what}: a long help"));
            }
            if !arg.is_hide_possible_values_set()
                && arg
                    .get_possible_values()
                    .iter()
                    .any(|v| v.get_help().is_some())
            {
                self.problems
                    .push(format!("{what}: a possible value's help is shown"));
            }
            // The placeholder's name in the clap definitions is not kept; the shown
            // one must be the catalog's text of some placeholder id.
            for shown in value_names(arg) {
                let found = catalog_ids(lang, "help-value-")
                    .into_iter()
                    .find(|id| lang.msg(id) == shown);
                match found {
                    Some(id) => {
                        self.reached.insert(id);
                    }
                    None => self.problems.push(format!(
                        "{what}: placeholder {shown} is not from the catalog"
                    )),
                }
            }
        }
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let sub_path = format!("{path} {}", sub.get_name());
            self.command(lang, sub, sub_path.trim());
        }
    }
}

#[test]
fn every_command_and_argument_is_described_by_both_catalogs() {
    for lang in LANGS {
        let mut walk = Walk::default();
        walk.command(lang, &command(lang), "");
        assert!(
            walk.problems.is_empty(),
            "{lang:?}:\n{}",
            walk.problems.join("\n")
        );
    }
}

#[test]
fn every_help_id_in_the_catalogs_describes_something() {
    let mut walk = Walk::default();
    walk.command(Lang::En, &command(Lang::En), "");
    // What stands for a subcommand in a usage line (`<COMMAND>`).
    walk.reached.insert("help-value-command".to_string());
    for lang in LANGS {
        let mut orphans: Vec<String> = ["help-about", "help-arg-", "help-value-", "help-long"]
            .iter()
            .flat_map(|p| catalog_ids(lang, p))
            .filter(|id| !walk.reached.contains(id))
            .collect();
        orphans.dedup();
        assert!(orphans.is_empty(), "{lang:?}: orphan help ids {orphans:?}");
    }
}

#[test]
fn every_placeholder_has_an_id_named_after_it() {
    fn names(cmd: &clap::Command, out: &mut BTreeSet<String>) {
        for arg in cmd.get_arguments() {
            out.extend(value_names(arg));
        }
        cmd.get_subcommands().for_each(|s| names(s, out));
    }
    let mut all = BTreeSet::new();
    let mut cmd = super::super::Cli::command();
    cmd.build();
    names(&cmd, &mut all);
    for name in all {
        let id = value_id(&name);
        let wanted = format!("help-value-{}", name.to_lowercase());
        assert_eq!(id, Some(wanted.as_str()), "{name}");
        assert!(LANGS.iter().all(|l| has(*l, &wanted)), "{wanted}");
    }
}

#[test]
fn the_chinese_help_has_no_english_sentences() {
    let mut cmd = command(Lang::Zh);
    let help = cmd.render_long_help().to_string();
    let help = translate_rendered(&help, Lang::Zh);
    for english in [
        "Usage",
        "Options:",
        "Commands:",
        "Print",
        "[default",
        "[OPTIONS]",
    ] {
        assert!(!help.contains(english), "{english}:\n{help}");
    }
    assert!(help.contains("用法：duban [选项] [命令]"), "{help}");
    assert!(help.contains("选项："), "{help}");
    let mut show = command(Lang::Zh);
    let show = show
        .find_subcommand_mut("show")
        .unwrap()
        .render_help()
        .to_string();
    let show = translate_rendered(&show, Lang::Zh);
    assert!(
        show.contains("<编号>") && show.contains("（默认：text）"),
        "{show}"
    );
}

#[test]
fn localized_command_parses_as_the_english_one() {
    let args = ["duban", "move", "3", "done", "--note", "好", "--lang", "en"];
    for lang in LANGS {
        let cli = parse(&args, lang).unwrap();
        assert!(matches!(
            cli.command,
            Some(super::super::Command::Move { number: 3, .. })
        ));
    }
}

#[test]
fn usage_errors_are_said_by_the_catalog_in_both_languages() {
    let error = |args: &[&str], lang| usage_error(&parse(args, lang).err().unwrap(), lang).unwrap();
    let zh = error(&["duban", "shw", "3"], Lang::Zh);
    assert!(zh.starts_with("没有命令“shw”；是否指 show？"), "{zh}");
    assert!(zh.ends_with("说明见 duban --help"), "{zh}");
    let en = error(&["duban", "shw", "3"], Lang::En);
    assert!(
        en.starts_with("unrecognized subcommand 'shw'; did you mean 'show'?"),
        "{en}"
    );
    let zh = error(&["duban", "show"], Lang::Zh);
    assert!(zh.starts_with("缺少必需的参数：<编号>"), "{zh}");
    assert!(zh.contains("用法：duban show <编号>"), "{zh}");
    assert!(zh.ends_with("说明见 duban show --help"), "{zh}");
    let en = error(&["duban", "show"], Lang::En);
    assert!(
        en.starts_with("the following required arguments were not provided: <NUMBER>"),
        "{en}"
    );
    assert!(en.contains("Usage: duban show <NUMBER>"), "{en}");
    let zh = error(&["duban", "export", "--bom", "--no-bom"], Lang::Zh);
    assert!(zh.starts_with("--bom 不能与 --no-bom 同用"), "{zh}");
    // A refused value is the value parser's to say.
    let refused = parse(&["duban", "move", "3", "finished"], Lang::Zh)
        .err()
        .unwrap();
    assert_eq!(usage_error(&refused, Lang::Zh), None);
}

#[test]
fn clap_notes_are_translated_whole() {
    let zh = translate_rendered("x [default: table] [possible values: a, b]\n", Lang::Zh);
    assert_eq!(zh, "x （默认：table） （可选：a、b）\n");
    let en = translate_rendered("Usage: duban [OPTIONS]\n\nOptions:\n", Lang::En);
    assert_eq!(en, "Usage: duban [OPTIONS]\n\nOptions:\n");
    let zh = translate_rendered("Usage: duban [OPTIONS]\n\nOptions:\n", Lang::Zh);
    assert_eq!(zh, "用法：duban [选项]\n\n选项：\n");
}
