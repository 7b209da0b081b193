//! `duban man`: the manual page (roff) in the interface language, generated from
//! the localized command line (`help_text`), the default keymap and the catalogs:
//! options, commands, keys, environment variables, files and exit statuses. It
//! links to no other page, since duban installs no other.

use super::LangArg;
use crate::i18n::Lang;
use crate::tui::action::Context;
use crate::tui::keymap::Keymap;
use anyhow::Result;
use std::fmt::Write as _;
use std::io::Write;

/// Writes the page for `lang`.
pub fn man(lang: LangArg, out: &mut impl Write) -> Result<()> {
    out.write_all(page(lang).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Text made safe for roff: backslashes and hyphens escaped, and a line that
/// would start with a control character (`.` or `'`) guarded.
fn esc(s: &str) -> String {
    let s = crate::text::sanitize(s);
    let body = s.replace('\\', "\\e").replace('-', "\\-");
    body.lines()
        .map(|l| {
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page as roff text.
pub fn page(lang: LangArg) -> String {
    let lang = Lang::from(lang);
    let cmd = super::help_text::command(lang);
    let mut p = String::new();
    let version = env!("CARGO_PKG_VERSION");
    let _ = writeln!(p, ".TH DUBAN 1 \"\" \"duban {version}\"");
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-name")));
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let _ = writeln!(p, "duban \\- {}", esc(&about));
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-synopsis")));
    let _ = writeln!(
        p,
        ".B duban\n{} [{}]",
        esc(&lang.msg("help-usage-options")),
        esc(&lang.msg("help-value-command"))
    );
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-description")));
    let long = cmd
        .get_long_about()
        .or(cmd.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default();
    for para in long.split("\n\n") {
        let _ = writeln!(p, ".PP\n{}", esc(para.trim()));
    }
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-options")));
    options(&mut p, &cmd);
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-commands")));
    commands(&mut p, &cmd, "duban");
    keys(&mut p, lang);
    environment(&mut p, lang);
    files(&mut p, lang);
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-exit-status")));
    for (code, id) in [
        ("0", "help-man-exit-success"),
        ("1", "help-man-exit-error"),
        ("2", "help-man-exit-usage"),
        ("3", "help-man-exit-refused"),
    ] {
        let _ = writeln!(p, ".TP\n.B {code}\n{}", esc(&lang.msg(id)));
    }
    p
}

fn options(p: &mut String, cmd: &clap::Command) {
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() || arg.is_positional() {
            continue;
        }
        let mut names = Vec::new();
        if let Some(s) = arg.get_short() {
            names.push(format!("\\fB\\-{s}\\fR"));
        }
        if let Some(l) = arg.get_long() {
            names.push(format!("\\fB\\-\\-{}\\fR", esc(l)));
        }
        let value = match arg.get_value_names() {
            Some(v) if arg.get_action().takes_values() => v
                .iter()
                .map(|n| format!(" \\fI{}\\fR", esc(n)))
                .collect::<String>(),
            _ => String::new(),
        };
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let _ = writeln!(p, ".TP\n{}{value}\n{}", names.join(", "), esc(&help));
    }
}

/// Every command and sub-command, as `duban member add USER OFFICE` with what it
/// does: plain text, not links to pages of their own.
fn commands(p: &mut String, cmd: &clap::Command, path: &str) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let name = format!("{path} {}", sub.get_name());
        let args: String = sub
            .get_positionals()
            .filter(|a| !a.is_hide_set())
            .map(|a| {
                let n = a
                    .get_value_names()
                    .and_then(|v| v.first().map(|s| s.to_string()))
                    .unwrap_or_else(|| a.get_id().to_string().to_uppercase());
                format!(" \\fI{}\\fR", esc(&n))
            })
            .collect();
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        if sub.has_subcommands() {
            let _ = writeln!(p, ".TP\n\\fB{}\\fR\n{}", esc(&name), esc(&about));
            commands(p, sub, &name);
        } else {
            let _ = writeln!(p, ".TP\n\\fB{}\\fR{args}\n{}", esc(&name), esc(&about));
        }
    }
}

/// The default keys of each view, from the keymap the board uses, described as
/// the board's help screen describes them.
fn keys(p: &mut String, lang: Lang) {
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-keys")));
    let _ = writeln!(p, "{}", esc(&lang.msg("help-man-keys-intro")));
    let km = Keymap::default_map();
    for ctx in Context::ALL {
        let rows: Vec<(String, String)> = km
            .bindings(ctx)
            .map(|(a, _)| {
                (
                    km.keys_label(ctx, a).unwrap_or_default(),
                    lang.action(ctx, a).to_string(),
                )
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let view = lang.msg(view_id(ctx));
        let heading = crate::t!(lang, "help-man-keys-view", view = view, section = ctx.key());
        let _ = writeln!(p, ".SS {}", esc(&heading));
        for (keys, what) in rows {
            let _ = writeln!(p, ".TP\n.B {}\n{}", esc(&keys), esc(&what));
        }
    }
}

/// The name of a view, as the man page heads its keys.
fn view_id(ctx: Context) -> &'static str {
    match ctx {
        Context::Board => "help-man-view-board",
        Context::Detail => "help-man-view-detail",
        Context::Help => "help-man-view-help",
        Context::Picker => "help-man-view-picker",
        Context::Search => "help-man-view-search",
        Context::Jump => "help-man-view-jump",
        Context::Editor => "help-man-view-editor",
        Context::Confirm => "help-man-view-confirm",
        Context::Overview => "help-man-view-overview",
        Context::Changes => "help-man-view-changes",
        Context::Date => "help-man-view-date",
        Context::Plans => "help-man-view-plans",
        Context::Quick => "help-man-view-quick",
        Context::Form => "help-man-view-form",
    }
}

fn environment(p: &mut String, lang: Lang) {
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-environment")));
    let vars: &[(&str, &str)] = &[
        ("DUBAN_DB", "help-man-env-db"),
        ("DUBAN_LANG", "help-man-env-lang"),
        ("DUBAN_NOW", "help-man-env-now"),
        ("DUBAN_CONFIG_DIR", "help-man-env-config-dir"),
        ("DUBAN_THEME", "help-man-env-theme"),
        ("NO_COLOR", "help-man-env-no-color"),
        ("COLORFGBG", "help-man-env-colorfgbg"),
        ("DUBAN_BUSY_TIMEOUT_MS", "help-man-env-busy-timeout"),
        ("DUBAN_MAX_IMPORT_MB", "help-man-env-max-import"),
        ("DUBAN_SEARCH_TEXTS", "help-man-env-search-texts"),
        ("DUBAN_PRESENCE_TIMEOUT_MS", "help-man-env-presence-timeout"),
        ("VISUAL, EDITOR", "help-man-env-editor"),
        ("TZ", "help-man-env-tz"),
        ("XDG_DATA_HOME", "help-man-env-xdg-data-home"),
    ];
    for (name, id) in vars {
        let _ = writeln!(p, ".TP\n.B {}\n{}", esc(name), esc(&lang.msg(id)));
    }
}

fn files(p: &mut String, lang: Lang) {
    let _ = writeln!(p, ".SH {}", esc(&lang.msg("help-man-files")));
    let files: &[(&str, &str)] = &[
        ("~/.local/share/duban/duban.db", "help-man-file-db"),
        ("duban.db-wal, duban.db-shm", "help-man-file-wal"),
        ("duban.db-presence", "help-man-file-presence"),
        (
            "duban.db.before-restore-YYYYMMDDTHHMMSS",
            "help-man-file-before-restore",
        ),
        ("~/.config/duban/config.toml", "help-man-file-config"),
        ("~/.config/duban/keymap.toml", "help-man-file-keymap"),
    ];
    for (name, id) in files {
        let _ = writeln!(p, ".TP\n.I {}\n{}", esc(name), esc(&lang.msg(id)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_links_to_no_other_page() {
        for lang in [LangArg::Zh, LangArg::En] {
            let page = page(lang);
            assert!(!page.contains("SEE ALSO") && !page.contains("另请参阅"));
            assert!(!page.contains("duban\\-import(1)"), "{page}");
            assert!(!page.contains("(1)\n"), "no page references");
        }
    }

    #[test]
    fn each_view_of_keys_is_headed_by_its_name_and_its_keymap_section() {
        let zh = page(LangArg::Zh);
        assert!(
            zh.contains(".SS 看板（keymap.toml 的 [board] 节）\n"),
            "{zh}"
        );
        assert!(zh.contains(".SS 快速筛选（keymap.toml 的 [quick] 节）\n"));
        let en = page(LangArg::En);
        assert!(
            en.contains(".SS Board (section [board] of keymap.toml)\n"),
            "{en}"
        );
        // Every view with keys has a heading, none is a bare section name.
        let headings = en.lines().filter(|l| l.starts_with(".SS ")).count();
        assert_eq!(headings, Context::ALL.len());
        assert!(!en.contains(".SS board\n"));
    }

    #[test]
    fn roff_controls_in_text_are_guarded() {
        assert_eq!(esc(".start"), "\\&.start");
        assert_eq!(esc("a-b\\c"), "a\\-b\\ec");
    }
}
