//! `config.toml`: the settings a daily user keeps, where each setting in force comes
//! from, and `duban config`, which prints them with the files duban uses.

use super::LangArg;
use crate::t;
use anyhow::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where `config.toml` and `keymap.toml` live: `DUBAN_CONFIG_DIR`, else the platform
/// config directory (e.g. ~/.config/duban).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DUBAN_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "duban").map(|d| d.config_dir().to_path_buf())
}

/// The colour scheme: `auto` reads the terminal (`COLORFGBG`), `mono` has no colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    Auto,
    Dark,
    Light,
    Mono,
}

impl ThemeName {
    pub fn key(self) -> &'static str {
        match self {
            ThemeName::Auto => "auto",
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::Mono => "mono",
        }
    }
}

/// The user's `config.toml`: settings that outlive one command line.
///
/// ```toml
/// lang = "en"          # zh (default) or en
/// office = "基教处"    # the board opens filtered to this office
/// theme = "light"      # auto (default), dark, light or mono
/// mouse = false        # clicks and the wheel on the board (default true)
/// ```
#[derive(Debug, Default, Clone)]
pub struct Config {
    pub lang: Option<LangArg>,
    /// The office the board opens filtered to when `--office` is not given.
    pub office: Option<String>,
    pub theme: Option<ThemeName>,
    pub mouse: Option<bool>,
}

/// The settings config.toml knows, in the order the warnings list them.
const KNOWN: [&str; 4] = ["lang", "office", "theme", "mouse"];
const LANGS: [&str; 2] = ["zh", "en"];
const THEMES: [&str; 4] = ["auto", "dark", "light", "mono"];

/// Why a known setting's value was not taken.
enum Refused {
    /// Not one of these words.
    Choice(&'static [&'static str]),
    /// Not a quoted string.
    Text,
    /// Not `true` or `false`.
    Bool,
}

impl Config {
    /// Reads `config.toml`. A missing file is the defaults; a bad one is the defaults
    /// and a warning, which the caller shows (stderr, or the board's footer).
    pub fn load(dir: Option<&Path>) -> (Config, Option<String>) {
        let Some(path) = dir.map(|d| d.join("config.toml")) else {
            return (Config::default(), None);
        };
        let lang = super::messages::current();
        let shown = path.display().to_string();
        if let Some(why) = crate::identity::not_yours(&path) {
            let problem = why.text(lang == LangArg::Zh);
            let warning = t!(
                lang,
                "cli-config-file-problem",
                path = shown,
                problem = problem
            );
            return (Config::default(), Some(warning));
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Config::default(), None);
            }
            Err(e) => {
                let reason = match lang {
                    LangArg::Zh => crate::store::io_reason_zh(&e),
                    LangArg::En => e.to_string(),
                };
                let warning = t!(lang, "cli-config-unreadable", path = shown, reason = reason);
                return (Config::default(), Some(warning));
            }
        };
        let table: toml::Table = match toml::from_str(&text) {
            Ok(table) => table,
            Err(e) => return (Config::default(), Some(syntax_warning(&path, &text, &e))),
        };
        let (config, warnings) = Config::from_table(table, &text);
        let warning = (!warnings.is_empty()).then(|| {
            let problems = warnings.join(&t!(lang, "cli-config-separator"));
            t!(
                lang,
                "cli-config-problems",
                path = shown,
                problems = problems
            )
        });
        (config, warning)
    }

    /// The settings of a parsed file, each on its own: an unknown (or misspelt) key,
    /// or a bad value, is a warning naming it and its line, and every other setting
    /// still applies.
    fn from_table(table: toml::Table, text: &str) -> (Config, Vec<String>) {
        let lang = super::messages::current();
        let mut config = Config::default();
        let mut warnings = Vec::new();
        for (key, value) in table {
            let shown = crate::text::sanitize_line(&key).into_owned();
            // The line the key is set on, as the file shows it (0: not found, say
            // in a table of its own).
            let line = text
                .lines()
                .position(|l| {
                    l.trim_start()
                        .strip_prefix(key.as_str())
                        .is_some_and(|rest| rest.trim_start().starts_with('='))
                })
                .map_or(0, |n| n + 1);
            if !KNOWN.contains(&key.as_str()) {
                let near = KNOWN
                    .iter()
                    .map(|k| (strsim::levenshtein(k, &key), *k))
                    .filter(|(d, _)| *d <= 2)
                    .min()
                    .map(|(_, k)| k);
                warnings.push(match near {
                    Some(near) => t!(
                        lang,
                        "cli-config-unknown-near",
                        line = line,
                        key = shown,
                        near = near
                    ),
                    None => t!(
                        lang,
                        "cli-config-unknown",
                        line = line,
                        key = shown,
                        known = KNOWN.join(&t!(lang, "cli-list-separator"))
                    ),
                });
                continue;
            }
            if let Err(refused) = config.set(&key, &value) {
                // What was written, as the file has it (a string without its quotes).
                let written = match &value {
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let value = crate::text::sanitize_line(&written).into_owned();
                warnings.push(match refused {
                    Refused::Choice(choices) => t!(
                        lang,
                        "cli-config-want-choice",
                        line = line,
                        key = shown,
                        choices = choices.join(&t!(lang, "cli-list-separator")),
                        value = value
                    ),
                    Refused::Text => t!(
                        lang,
                        "cli-config-want-text",
                        line = line,
                        key = shown,
                        value = value
                    ),
                    Refused::Bool => t!(
                        lang,
                        "cli-config-want-bool",
                        line = line,
                        key = shown,
                        value = value
                    ),
                });
            }
        }
        (config, warnings)
    }

    /// Takes one known setting, or says why not.
    fn set(&mut self, key: &str, value: &toml::Value) -> Result<(), Refused> {
        let word = |choices: &'static [&'static str]| match value {
            toml::Value::String(s) if choices.contains(&s.as_str()) => Ok(s.as_str()),
            _ => Err(Refused::Choice(choices)),
        };
        match key {
            "lang" => {
                self.lang = Some(match word(&LANGS)? {
                    "en" => LangArg::En,
                    _ => LangArg::Zh,
                });
            }
            "theme" => {
                self.theme = Some(match word(&THEMES)? {
                    "dark" => ThemeName::Dark,
                    "light" => ThemeName::Light,
                    "mono" => ThemeName::Mono,
                    _ => ThemeName::Auto,
                });
            }
            "office" => match value {
                toml::Value::String(s) => self.office = Some(s.clone()),
                _ => return Err(Refused::Text),
            },
            "mouse" => match value {
                toml::Value::Boolean(b) => self.mouse = Some(*b),
                _ => return Err(Refused::Bool),
            },
            _ => {}
        }
        Ok(())
    }
}

/// A file that is not TOML at all: the defaults, and where and what. The parser's
/// own words are kept, set off, as the detail of what it stumbled on; its drawing
/// of the line is not.
fn syntax_warning(path: &Path, text: &str, e: &toml::de::Error) -> String {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
        .unwrap_or(1);
    let detail = crate::text::sanitize(e.message().trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    t!(
        super::messages::current(),
        "cli-config-syntax",
        path = path.display().to_string(),
        line = line,
        detail = detail
    )
}

/// Where a setting in force came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Default,
    Config,
    Env(&'static str),
    Flag(&'static str),
}

impl Source {
    fn describe(self, lang: LangArg) -> String {
        match self {
            Source::Default => t!(lang, "cli-source-default"),
            Source::Config => t!(lang, "cli-source-config"),
            Source::Env(var) => t!(lang, "cli-source-env", var = var),
            Source::Flag(flag) => t!(lang, "cli-source-flag", flag = flag),
        }
    }
}

/// One setting as `duban config` prints it.
pub struct Setting {
    pub name: &'static str,
    pub value: String,
    pub source: Source,
}

/// What `duban config` prints: the files, then each setting with its source.
pub struct Report {
    pub config_file: Option<PathBuf>,
    pub keymap_file: Option<PathBuf>,
    pub database: Option<PathBuf>,
    pub database_source: Source,
    pub settings: Vec<Setting>,
}

fn file_line(path: Option<&Path>, lang: LangArg) -> String {
    match path {
        Some(p) if p.exists() => p.display().to_string(),
        Some(p) => t!(lang, "cli-file-missing", path = p.display().to_string()),
        None => t!(lang, "cli-no-home"),
    }
}

/// `text` padded with spaces to `columns` display columns (never cut).
fn padded(text: &str, columns: usize) -> String {
    let pad = columns.saturating_sub(crate::text::width(text));
    format!("{text}{}", " ".repeat(pad))
}

pub fn print(out: &mut impl Write, report: &Report, lang: LangArg) -> Result<()> {
    let sanitize = |s: &str| crate::text::sanitize(s).into_owned();
    let labels = [
        t!(lang, "cli-config-label-config"),
        t!(lang, "cli-config-label-keymap"),
        t!(lang, "cli-config-label-database"),
    ];
    let wide = labels
        .iter()
        .map(|l| crate::text::width(l))
        .max()
        .unwrap_or(0)
        + 2;
    writeln!(
        out,
        "{}{}",
        padded(&labels[0], wide),
        sanitize(&file_line(report.config_file.as_deref(), lang))
    )?;
    writeln!(
        out,
        "{}{}",
        padded(&labels[1], wide),
        sanitize(&file_line(report.keymap_file.as_deref(), lang))
    )?;
    writeln!(
        out,
        "{}{}  {}",
        padded(&labels[2], wide),
        sanitize(&file_line(report.database.as_deref(), lang)),
        report.database_source.describe(lang)
    )?;
    writeln!(out)?;
    for s in &report.settings {
        writeln!(
            out,
            "{:<9} {} {}",
            s.name,
            // Padded by display width, never cut (an office name may be long).
            padded(&sanitize(&s.value), 12),
            s.source.describe(lang)
        )?;
    }
    Ok(())
}

/// The settings in force for one run, each with where it came from:
/// default < config.toml < environment < command-line flag.
pub struct Settings {
    pub lang: (LangArg, Source),
    pub database: Source,
    /// The office the board opens filtered to.
    pub office: (Option<String>, Source),
    pub theme: (ThemeName, Source),
    pub mouse: (bool, Source),
    /// What was wrong with `config.toml`, if anything.
    pub warning: Option<String>,
}

impl Settings {
    /// Reads `config.toml` from `dir` and merges it under what the command line and
    /// the environment said.
    pub fn resolve(
        cli: &super::Cli,
        sources: super::board_start::Sources,
        dir: Option<&Path>,
    ) -> Settings {
        let (config, warning) = Config::load(dir);
        let lang = match (cli.lang, sources.lang) {
            (Some(lang), Some(source)) => (lang, source),
            _ => match config.lang {
                Some(lang) => (lang, Source::Config),
                None => (LangArg::Zh, Source::Default),
            },
        };
        let database = sources.db.unwrap_or(Source::Default);
        let office = match (&cli.office, &config.office) {
            (Some(o), _) => (Some(o.clone()), Source::Flag("--office")),
            (None, Some(o)) => (Some(o.clone()), Source::Config),
            (None, None) => (None, Source::Default),
        };
        let env_theme = std::env::var("DUBAN_THEME")
            .ok()
            .and_then(|v| match v.as_str() {
                "auto" => Some(ThemeName::Auto),
                "dark" => Some(ThemeName::Dark),
                "light" => Some(ThemeName::Light),
                "mono" => Some(ThemeName::Mono),
                _ => None,
            });
        let no_color = std::env::var("NO_COLOR").is_ok_and(|v| !v.is_empty());
        let theme = if no_color {
            (ThemeName::Mono, Source::Env("NO_COLOR"))
        } else if let Some(t) = env_theme {
            (t, Source::Env("DUBAN_THEME"))
        } else if let Some(t) = config.theme {
            (t, Source::Config)
        } else {
            (ThemeName::Auto, Source::Default)
        };
        let mouse = match config.mouse {
            Some(m) => (m, Source::Config),
            None => (true, Source::Default),
        };
        Settings {
            lang,
            database,
            office,
            theme,
            mouse,
            warning,
        }
    }

    /// The settings as `duban config` lists them.
    pub fn listed(&self) -> Vec<Setting> {
        let lang = match self.lang.0 {
            LangArg::Zh => "zh",
            LangArg::En => "en",
        };
        vec![
            Setting {
                name: "lang",
                value: lang.to_string(),
                source: self.lang.1,
            },
            Setting {
                name: "office",
                value: self
                    .office
                    .0
                    .clone()
                    .unwrap_or_else(|| t!(self.lang.0, "cli-office-all")),
                source: self.office.1,
            },
            Setting {
                name: "theme",
                value: self.theme.0.key().to_string(),
                source: self.theme.1,
            },
            Setting {
                name: "mouse",
                value: if self.mouse.0 {
                    t!(self.lang.0, "cli-mouse-on")
                } else {
                    t!(self.lang.0, "cli-mouse-off")
                },
                source: self.mouse.1,
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("config.toml"),
            "lang = \"en\"\noffice = \"基教处\"\ntheme = \"mono\"\nmouse = false\n",
        )
        .unwrap();
        let (c, warning) = Config::load(Some(dir.path()));
        assert_eq!(warning, None);
        assert_eq!(c.lang, Some(LangArg::En));
        assert_eq!(c.office.as_deref(), Some("基教处"));
        assert_eq!(c.theme, Some(ThemeName::Mono));
        assert_eq!(c.mouse, Some(false));
    }

    #[cfg(unix)]
    #[test]
    fn a_config_anyone_may_write_is_not_read() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "office = \"基教处\"\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o646)).unwrap();
        let (c, warning) = Config::load(Some(dir.path()));
        assert_eq!(c.office, None);
        let warning = warning.unwrap();
        assert!(
            warning.contains("others may write it") || warning.contains("其他人可以修改该文件"),
            "{warning}"
        );
    }

    #[test]
    fn a_bad_file_is_the_defaults_and_one_line_of_warning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), "theme = \"purple\"\n").unwrap();
        let (c, warning) = Config::load(Some(dir.path()));
        assert_eq!(c.theme, None);
        let warning = warning.unwrap();
        assert!(warning.contains("config.toml"), "{warning}");
        assert!(!warning.contains('\n'), "{warning}");
    }
}
