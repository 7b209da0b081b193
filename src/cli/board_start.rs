//! The plain board start (`duban`, `duban --db FILE`, `duban --lang en`) read
//! without clap: building clap's whole command tree touches about 0.4 MB of code
//! and heap that the board never needs again (issue 20). Anything else - another
//! option, a command, help, a repeat, an odd value - is left to clap, so usage,
//! errors and help stay exactly clap's.

use super::config::Source;
use super::{Cli, LangArg};
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// Where `--db` and `--lang` came from, as clap's value sources say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sources {
    pub lang: Option<Source>,
    pub db: Option<Source>,
}

impl Sources {
    /// The sources clap recorded.
    pub fn of(matches: &clap::ArgMatches) -> Sources {
        Sources {
            lang: from_matches(matches, "lang", "DUBAN_LANG", "--lang"),
            db: from_matches(matches, "db", "DUBAN_DB", "--db"),
        }
    }
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

/// The board's command line when it is only `--db PATH` and `--lang zh|en` (each
/// at most once, either as two words or with `=`), with `DUBAN_DB` and
/// `DUBAN_LANG` read as clap reads them; `None` for anything clap must see.
pub fn parse(args: &[OsString], env: impl Fn(&str) -> Option<OsString>) -> Option<(Cli, Sources)> {
    let mut db: Option<PathBuf> = None;
    let mut lang: Option<LangArg> = None;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        let (name, value) = match word.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, OsStr::new(value)),
            _ => (word, words.next()?.as_os_str()),
        };
        // Empty values, values clap might read as options, repeats: clap decides.
        if value.is_empty() || value.as_encoded_bytes().starts_with(b"-") {
            return None;
        }
        match name {
            "--db" if db.is_none() => db = Some(PathBuf::from(value)),
            "--lang" if lang.is_none() => lang = Some(lang_named(value)?),
            _ => return None,
        }
    }
    let mut sources = Sources::default();
    if lang.is_some() {
        sources.lang = Some(Source::Flag("--lang"));
    } else if let Some(value) = env("DUBAN_LANG") {
        lang = Some(lang_named(&value)?);
        sources.lang = Some(Source::Env("DUBAN_LANG"));
    }
    if db.is_some() {
        sources.db = Some(Source::Flag("--db"));
    } else if let Some(value) = env("DUBAN_DB") {
        if value.is_empty() {
            return None;
        }
        db = Some(PathBuf::from(value));
        sources.db = Some(Source::Env("DUBAN_DB"));
    }
    let cli = Cli {
        db,
        actor: None,
        admin: false,
        lang,
        office: None,
        lead: false,
        plan: None,
        command: None,
    };
    Some((cli, sources))
}

/// `zh` or `en` exactly, as clap's value enum takes them.
fn lang_named(value: &OsStr) -> Option<LangArg> {
    match value.to_str()? {
        "zh" => Some(LangArg::Zh),
        "en" => Some(LangArg::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::FromArgMatches;

    fn args(v: &[&str]) -> Vec<OsString> {
        std::iter::once("duban")
            .chain(v.iter().copied())
            .map(OsString::from)
            .collect()
    }

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, OsString)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    /// What clap makes of the same line, with the environment left out.
    fn clap_reads(v: &[&str]) -> (Option<PathBuf>, Option<LangArg>, Sources) {
        let m = <Cli as clap::CommandFactory>::command()
            .mut_arg("db", |a| a.env(None::<&'static str>))
            .mut_arg("lang", |a| a.env(None::<&'static str>))
            .try_get_matches_from(args(v))
            .unwrap();
        let cli = Cli::from_arg_matches(&m).unwrap();
        (cli.db, cli.lang, Sources::of(&m))
    }

    #[test]
    fn the_plain_board_lines_are_read_as_clap_reads_them() {
        for line in [
            &[][..],
            &["--db", "a.db"],
            &["--db=a.db"],
            &["--lang", "en"],
            &["--lang=zh", "--db", "x/y.db"],
            &["--db", "a=b.db", "--lang", "en"],
        ] {
            let (cli, sources) = parse(&args(line), |_| None).expect("a board line");
            let (db, lang, theirs) = clap_reads(line);
            assert_eq!((cli.db, cli.lang), (db, lang), "{line:?}");
            assert_eq!(sources, theirs, "{line:?}");
            assert!(cli.command.is_none());
        }
    }

    #[test]
    fn the_environment_counts_below_the_flags() {
        let env = env_of(&[("DUBAN_DB", "env.db"), ("DUBAN_LANG", "en")]);
        let (cli, sources) = parse(&args(&[]), &env).unwrap();
        assert_eq!(cli.db, Some(PathBuf::from("env.db")));
        assert_eq!(cli.lang, Some(LangArg::En));
        assert_eq!(
            sources,
            Sources {
                lang: Some(Source::Env("DUBAN_LANG")),
                db: Some(Source::Env("DUBAN_DB")),
            }
        );
        let (cli, sources) = parse(&args(&["--db", "a.db", "--lang", "zh"]), &env).unwrap();
        assert_eq!(cli.db, Some(PathBuf::from("a.db")));
        assert_eq!(cli.lang, Some(LangArg::Zh));
        assert_eq!(sources.db, Some(Source::Flag("--db")));
        assert_eq!(sources.lang, Some(Source::Flag("--lang")));
    }

    #[test]
    fn anything_else_is_left_to_clap() {
        for line in [
            &["list"][..],
            &["--help"],
            &["-h"],
            &["--version"],
            &["--db"],
            &["--db="],
            &["--db", ""],
            &["--db", "-x"],
            &["--db", "a", "--db", "b"],
            &["--lang", "fr"],
            &["--lang", "EN"],
            &["--lang=en", "--lang=en"],
            &["--as", "甲"],
            &["--admin"],
            &["--office", "办公室"],
            &["--plan", "1"],
            &["--"],
            &["a.db"],
            &["--db", "a.db", "list"],
        ] {
            assert!(parse(&args(line), |_| None).is_none(), "{line:?}");
        }
        let bad_lang = env_of(&[("DUBAN_LANG", "fr")]);
        assert!(parse(&args(&[]), &bad_lang).is_none());
        // A flag wins over a bad environment value, as in clap.
        assert!(parse(&args(&["--lang", "en"]), &bad_lang).is_some());
        assert!(parse(&args(&[]), env_of(&[("DUBAN_DB", "")])).is_none());
    }
}
