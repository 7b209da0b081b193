//! `config.toml`: the settings a daily user keeps, where each setting in force comes
//! from, and `duban config`, which prints them with the files duban uses.

use super::LangArg;
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
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default, deserialize_with = "lang_setting")]
    pub lang: Option<LangArg>,
    /// The office the board opens filtered to when `--office` is not given.
    #[serde(default)]
    pub office: Option<String>,
    #[serde(default)]
    pub theme: Option<ThemeName>,
    #[serde(default)]
    pub mouse: Option<bool>,
}

fn lang_setting<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<LangArg>, D::Error> {
    let s: String = serde::Deserialize::deserialize(d)?;
    match s.as_str() {
        "zh" => Ok(Some(LangArg::Zh)),
        "en" => Ok(Some(LangArg::En)),
        other => Err(serde::de::Error::custom(super::messages::pick(
            super::messages::current(),
            format!("lang 只能是 \"zh\" 或 \"en\"，不能是 {other:?}"),
            format!("lang must be \"zh\" or \"en\", not {other:?}"),
        ))),
    }
}

impl Config {
    /// Reads `config.toml`. A missing file is the defaults; a bad one is the defaults
    /// and a warning, which the caller shows (stderr, or the board's footer).
    pub fn load(dir: Option<&Path>) -> (Config, Option<String>) {
        let Some(path) = dir.map(|d| d.join("config.toml")) else {
            return (Config::default(), None);
        };
        if let Some(why) = crate::identity::not_yours(&path) {
            let zh = super::messages::current() == LangArg::Zh;
            let colon = if zh { "：" } else { ": " };
            return (
                Config::default(),
                Some(format!("{}{colon}{}", path.display(), why.text(zh))),
            );
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Config::default(), None);
            }
            Err(e) => {
                let warning = super::messages::pick(
                    super::messages::current(),
                    format!(
                        "{}：无法读取（{}），已改用默认设置",
                        path.display(),
                        crate::store::io_reason_zh(&e)
                    ),
                    format!("{}: {e}", path.display()),
                );
                return (Config::default(), Some(warning));
            }
        };
        let table: toml::Table = match toml::from_str(&text) {
            Ok(table) => table,
            Err(e) => return (Config::default(), Some(syntax_warning(&path, &text, &e))),
        };
        let (config, warnings) = Config::from_table(table, &text);
        let warning = (!warnings.is_empty()).then(|| match super::messages::current() {
            LangArg::Zh => format!("{}：{}", path.display(), warnings.join("；")),
            LangArg::En => format!("{}: {}", path.display(), warnings.join("; ")),
        });
        (config, warning)
    }

    /// The settings of a parsed file, each on its own: an unknown (or misspelt) key,
    /// or a bad value, is a warning naming it, and every other setting still applies.
    fn from_table(table: toml::Table, text: &str) -> (Config, Vec<String>) {
        const KNOWN: [&str; 4] = ["lang", "office", "theme", "mouse"];
        let lang = super::messages::current();
        let mut good = toml::Table::new();
        let mut warnings = Vec::new();
        for (key, value) in table {
            let shown = crate::text::sanitize_line(&key).into_owned();
            // The line the key is set on, as the file shows it.
            let line = text
                .lines()
                .position(|l| {
                    l.trim_start()
                        .strip_prefix(key.as_str())
                        .is_some_and(|rest| rest.trim_start().starts_with('='))
                })
                .map_or(String::new(), |n| match lang {
                    LangArg::Zh => format!("第{}行", n + 1),
                    LangArg::En => format!("line {}: ", n + 1),
                });
            if !KNOWN.contains(&key.as_str()) {
                let near = KNOWN
                    .iter()
                    .map(|k| (strsim::levenshtein(k, &key), *k))
                    .filter(|(d, _)| *d <= 2)
                    .min()
                    .map(|(_, k)| k);
                warnings.push(match (lang, near) {
                    (LangArg::Zh, Some(k)) => {
                        format!("{line}未知设置“{shown}”（是否想写 {k}？），已忽略")
                    }
                    (LangArg::Zh, None) => format!(
                        "{line}未知设置“{shown}”，已忽略（可用的设置：{}）",
                        KNOWN.join("、")
                    ),
                    (LangArg::En, Some(k)) => {
                        format!("{line}unknown setting {shown:?} (did you mean {k}?); ignored")
                    }
                    (LangArg::En, None) => format!(
                        "{line}unknown setting {shown:?}; ignored (settings: {})",
                        KNOWN.join(", ")
                    ),
                });
                continue;
            }
            let mut one = toml::Table::new();
            one.insert(key.clone(), value);
            match toml::Value::Table(one.clone()).try_into::<Config>() {
                Ok(_) => {
                    good.extend(one);
                }
                Err(e) => {
                    let reason = crate::text::sanitize_line(e.message().trim()).into_owned();
                    warnings.push(super::messages::pick(
                        lang,
                        format!("{line}设置“{shown}”有误（{reason}），已忽略"),
                        format!("{line}{shown}: {reason}; ignored"),
                    ));
                }
            }
        }
        let config = toml::Value::Table(good).try_into().unwrap_or_default();
        (config, warnings)
    }
}

/// A file that is not TOML at all: the defaults, and where and what.
fn syntax_warning(path: &Path, text: &str, e: &toml::de::Error) -> String {
    match super::messages::current() {
        // Where and what, without the parser's drawing of the line.
        LangArg::Zh => {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(1);
            format!(
                "{}：第{line}行有误（{}），已改用默认设置",
                path.display(),
                crate::text::sanitize(e.message().trim())
            )
        }
        LangArg::En => {
            let reason = crate::text::sanitize(&e.to_string())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            format!("{}: {reason}; using the defaults", path.display())
        }
    }
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
        match (self, lang) {
            (Source::Default, LangArg::En) => "(default)".to_string(),
            (Source::Config, LangArg::En) => "(config)".to_string(),
            (Source::Env(var), LangArg::En) => format!("(env {var})"),
            (Source::Flag(flag), LangArg::En) => format!("(flag {flag})"),
            (Source::Default, LangArg::Zh) => "（默认）".to_string(),
            (Source::Config, LangArg::Zh) => "（config.toml）".to_string(),
            (Source::Env(var), LangArg::Zh) => format!("（环境变量 {var}）"),
            (Source::Flag(flag), LangArg::Zh) => format!("（参数 {flag}）"),
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
    match (path, lang) {
        (Some(p), _) if p.exists() => p.display().to_string(),
        (Some(p), LangArg::En) => format!("{} (not there)", p.display()),
        (Some(p), LangArg::Zh) => format!("{}（不存在）", p.display()),
        (None, LangArg::En) => "(no home directory)".to_string(),
        (None, LangArg::Zh) => "（没有主目录）".to_string(),
    }
}

pub fn print(out: &mut impl Write, report: &Report, lang: LangArg) -> Result<()> {
    let sanitize = |s: &str| crate::text::sanitize(s).into_owned();
    writeln!(
        out,
        "config    {}",
        sanitize(&file_line(report.config_file.as_deref(), lang))
    )?;
    writeln!(
        out,
        "keymap    {}",
        sanitize(&file_line(report.keymap_file.as_deref(), lang))
    )?;
    writeln!(
        out,
        "database  {}  {}",
        sanitize(&file_line(report.database.as_deref(), lang)),
        report.database_source.describe(lang)
    )?;
    writeln!(out)?;
    for s in &report.settings {
        writeln!(
            out,
            "{:<9} {} {}",
            s.name,
            {
                // Padded by display width, never cut (an office name may be long).
                let value = sanitize(&s.value);
                let pad = 12usize.saturating_sub(crate::text::width(&value));
                format!("{value}{}", " ".repeat(pad))
            },
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

fn from_matches(
    matches: &clap::ArgMatches,
    id: &str,
    env: &'static str,
    flag: &'static str,
) -> Option<Source> {
    use clap::parser::ValueSource;
    match matches.value_source(id) {
        Some(ValueSource::CommandLine) => Some(Source::Flag(flag)),
        Some(ValueSource::EnvVariable) => Some(Source::Env(env)),
        _ => None,
    }
}

impl Settings {
    /// Reads `config.toml` from `dir` and merges it under what the command line and
    /// the environment said.
    pub fn resolve(cli: &super::Cli, matches: &clap::ArgMatches, dir: Option<&Path>) -> Settings {
        let (config, warning) = Config::load(dir);
        let lang = match (
            cli.lang,
            from_matches(matches, "lang", "DUBAN_LANG", "--lang"),
        ) {
            (Some(lang), Some(source)) => (lang, source),
            _ => match config.lang {
                Some(lang) => (lang, Source::Config),
                None => (LangArg::Zh, Source::Default),
            },
        };
        let database = from_matches(matches, "db", "DUBAN_DB", "--db").unwrap_or(Source::Default);
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
                value: self.office.0.clone().unwrap_or_else(|| match self.lang.0 {
                    LangArg::Zh => "（全部处室）".to_string(),
                    LangArg::En => "(all)".to_string(),
                }),
                source: self.office.1,
            },
            Setting {
                name: "theme",
                value: self.theme.0.key().to_string(),
                source: self.theme.1,
            },
            Setting {
                name: "mouse",
                value: if self.mouse.0 { "on" } else { "off" }.to_string(),
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
