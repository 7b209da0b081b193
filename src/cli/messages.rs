//! The command line's own sentences in both languages: notices on stderr, errors,
//! confirmations. Stored text never reaches here unsanitized.

use super::LangArg;
use crate::store::{ImportReport, Retitled, StoreError};
use crate::t;
use crate::text::sanitize;
use std::path::Path;

/// The run's language: 0 Chinese, 1 English.
static LANG: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the run's language, for messages made far from the command line (the value
/// parsers clap calls, and the item, office and plan look-ups every command shares).
pub fn set_current(lang: LangArg) {
    let code = u8::from(lang == LangArg::En);
    LANG.store(code, std::sync::atomic::Ordering::Relaxed);
}

/// The run's language; Chinese until `set_current`.
pub fn current() -> LangArg {
    match LANG.load(std::sync::atomic::Ordering::Relaxed) {
        1 => LangArg::En,
        _ => LangArg::Zh,
    }
}

/// The language asked for before clap has parsed anything, so that the value
/// parsers' messages are in it: `--lang X` / `--lang=X`, else `DUBAN_LANG`, else
/// config.toml (read quietly; its warning comes later), else Chinese.
pub fn early_lang(args: &[std::ffi::OsString], config_dir: Option<&Path>) -> LangArg {
    let parse = |v: &str| match v {
        "en" => Some(LangArg::En),
        "zh" => Some(LangArg::Zh),
        _ => None,
    };
    let mut flag = None;
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = iter.next().and_then(|v| parse(&v)).or(flag);
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            flag = parse(v).or(flag);
        }
    }
    flag.or_else(|| std::env::var("DUBAN_LANG").ok().and_then(|v| parse(&v)))
        .or_else(|| super::config::Config::load(config_dir).0.lang)
        .unwrap_or(LangArg::Zh)
}

/// A value clap's parser refused (`duban move 3 finished`), in the run's language.
pub fn invalid_value(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        e.kind(),
        ErrorKind::ValueValidation | ErrorKind::InvalidValue
    ) {
        return None;
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let lang = current();
    let arg = text(ContextKind::InvalidArg)?;
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let listed = |valid: &[String]| valid.join(&t!(lang, "cli-list-separator"));
    // `--period` at the end of the line, or `--period=`: the value is missing.
    if value.is_empty() {
        return Some(match e.get(ContextKind::ValidValue) {
            Some(ContextValue::Strings(valid)) if !valid.is_empty() => {
                t!(
                    lang,
                    "cli-value-missing-choices",
                    arg = arg,
                    choices = listed(valid)
                )
            }
            _ => t!(lang, "cli-value-missing", arg = arg),
        });
    }
    let reason = match (std::error::Error::source(e), e.get(ContextKind::ValidValue)) {
        // An item number, a plan id, a measure: the standard library says it in English.
        (Some(source), _) if source.is::<std::num::ParseIntError>() => {
            use std::num::IntErrorKind as K;
            let kind = source
                .downcast_ref::<std::num::ParseIntError>()
                .map(|p| *p.kind());
            match kind {
                Some(K::PosOverflow) => t!(lang, "cli-number-too-large"),
                Some(K::Empty) => t!(lang, "cli-number-missing"),
                _ => t!(lang, "cli-number-unsigned"),
            }
        }
        // clap's ranged parsers say "N is not in 0..=M" in English.
        (Some(_), _) if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
            t!(lang, "cli-number-too-large")
        }
        // duban's own parsers say the whole refusal (option, value, choices).
        (Some(source), _) if source.is::<super::UsageError>() => return Some(source.to_string()),
        (Some(source), _) => source.to_string(),
        (None, Some(ContextValue::Strings(valid))) => {
            t!(lang, "cli-value-choose", choices = listed(valid))
        }
        _ => String::new(),
    };
    Some(t!(
        lang,
        "cli-invalid-value",
        arg = arg,
        value = sanitize(&value).into_owned(),
        reason = reason
    ))
}

/// `duban move 3 finished`. The choices are said here, in the run's language
/// (`_choices` is the list in both languages the value parser offers).
pub fn unknown_status(s: &str, _choices: &str) -> String {
    let lang = current();
    let all = crate::plan::Status::ALL.map(|st| (st.key(), st.label_zh()));
    t!(
        lang,
        "cli-unknown-status",
        status = sanitize(s).into_owned(),
        choices = typed_choices(lang, &all)
    )
}

/// A value that is not one of an option's choices.
pub fn unknown_choice(option: &str, s: &str, choices: &str) -> String {
    use crate::plan::adhoc::{Level, Source};
    let lang = current();
    let choices = match option {
        "--source" => typed_choices(lang, &Source::ALL.map(|v| (v.key(), v.label_zh()))),
        "--level" => typed_choices(lang, &Level::ALL.map(|v| (v.key(), v.label_zh()))),
        _ => choices.to_string(),
    };
    t!(
        lang,
        "cli-unknown-choice",
        option = option,
        value = sanitize(s).into_owned(),
        choices = choices
    )
}

/// The words a value may be typed as: the keys, and in Chinese each key's label
/// beside it (either is read).
fn typed_choices(lang: LangArg, all: &[(&str, &str)]) -> String {
    let words: Vec<String> = all
        .iter()
        .map(|(key, label)| match lang {
            LangArg::Zh => t!(lang, "cli-choice", key = *key, label = *label),
            LangArg::En => key.to_string(),
        })
        .collect();
    words.join(&t!(lang, "cli-list-separator"))
}

/// The language a command runs in, once `--lang`, `DUBAN_LANG` and config.toml
/// have been read (main fills `Cli::lang` with it).
pub fn lang_of(cli: &super::Cli) -> LangArg {
    cli.lang.unwrap_or(LangArg::Zh)
}

/// What starts a warning line on stderr.
pub fn warning_prefix(lang: LangArg) -> String {
    t!(lang, "cli-warning-prefix")
}

/// Said on stderr when a command made a new database file.
pub fn created(path: &Path, lang: LangArg) -> String {
    t!(lang, "cli-created-db", path = path.display().to_string())
}

pub fn stdin_unreadable(lang: LangArg) -> String {
    t!(lang, "cli-stdin-unreadable")
}

/// `duban note` at a terminal (a script reads the bare id instead).
pub fn note_added(number: u32, note: impl std::fmt::Display, lang: LangArg) -> String {
    t!(
        lang,
        "cli-note-added",
        number = number,
        note = note.to_string()
    )
}

pub fn empty_note(lang: LangArg) -> String {
    t!(lang, "cli-note-empty")
}

pub fn bom_needs_csv(lang: LangArg) -> String {
    t!(lang, "cli-bom-needs-csv")
}

/// How wide a title may be in a one-line warning.
const TITLE_WIDTH: usize = 40;

/// A stored title as one short line: its first line, cut to `TITLE_WIDTH` columns,
/// marked with … when there was more.
pub fn one_line(text: &str) -> String {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or_default().trim();
    let more = lines.next().is_some();
    let cut = crate::text::truncate(first, TITLE_WIDTH);
    if more && cut == first {
        format!("{first}…")
    } else {
        cut.into_owned()
    }
}

pub fn cannot_read(name: &str, lang: LangArg) -> String {
    t!(lang, "cli-cannot-read", name = name)
}

pub fn not_imported(name: &str, lang: LangArg) -> String {
    t!(lang, "cli-not-imported", name = name)
}

/// A parser's warning about one line of a document (`message` already sanitized).
pub fn line_warning(name: &str, unit: &str, at: usize, message: &str, lang: LangArg) -> String {
    t!(
        lang,
        "cli-line-warning",
        name = name,
        unit = unit,
        at = at,
        message = message
    )
}

/// What `duban import` did, on stdout.
pub fn import_report(
    out: &mut impl std::io::Write,
    name: &str,
    title: &str,
    report: &ImportReport,
    lang: LangArg,
) -> anyhow::Result<()> {
    let title = sanitize(title);
    let id = report.plan_id;
    let title = title.into_owned();
    let head = if report.new_plan {
        t!(
            lang,
            "cli-imported-new",
            name = name,
            plan = id,
            title = title
        )
    } else {
        t!(
            lang,
            "cli-imported-again",
            name = name,
            plan = id,
            title = title
        )
    };
    writeln!(out, "{head}")?;
    let counts = t!(
        lang,
        "cli-import-counts",
        added = report.items_added,
        updated = report.items_updated,
        unchanged = report.items_unchanged,
        kept = report.items_kept,
        offices = report.offices_added
    );
    writeln!(out, "{counts}")?;
    Ok(())
}

/// The warning for an item whose title a re-import changed: one line of each title.
pub fn retitled(name: &str, r: &Retitled, lang: LangArg) -> String {
    let before = sanitize(&one_line(&r.before)).into_owned();
    let after = sanitize(&one_line(&r.after)).into_owned();
    t!(
        lang,
        "cli-retitled",
        name = name,
        number = r.number,
        before = before,
        after = after
    )
}

/// The last word of an import that met warnings: where to look at them.
pub fn read_with_warnings(name: &str, n: usize, lang: LangArg) -> String {
    t!(lang, "cli-read-with-warnings", name = name, n = n)
}

/// A store error in Chinese, for the kinds a user meets; `None` keeps the English
/// text (with --lang en, or for a kind without a translation yet).
pub fn store_error(e: &StoreError, lang: LangArg) -> Option<String> {
    match (lang, e) {
        (LangArg::En, _) => None,
        // The command line says how to give the statement.
        (LangArg::Zh, StoreError::NeedsStatement { number }) => {
            Some(super::loop_messages::needs_statement(*number, lang))
        }
        (LangArg::Zh, e) => e.message_zh(),
    }
}

/// A store error as the user reads it: in Chinese where there is a translation.
pub fn store_text(e: &StoreError, lang: LangArg) -> String {
    store_error(e, lang).unwrap_or_else(|| e.to_string())
}

/// An error from below duban (the system, SQLite, `--as`) in Chinese, when it
/// is one of those.
pub fn foreign_error(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(io) = e.downcast_ref::<std::io::Error>() {
        return Some(crate::store::io_reason_zh(io));
    }
    if let Some(sql) = e.downcast_ref::<rusqlite::Error>() {
        return Some(t!(
            LangArg::Zh,
            "cli-database-error",
            reason = crate::store::sqlite_reason_zh(sql)
        ));
    }
    if let Some(r) = e.downcast_ref::<super::supervise::ActAsRefused>() {
        return Some(super::loop_messages::act_as_refused(
            &r.user,
            &r.claimed,
            LangArg::Zh,
        ));
    }
    None
}

/// `no item 99; the items are 1–34`.
pub fn no_item(number: u32, ranges: &str, lang: LangArg) -> String {
    t!(lang, "cli-no-item", number = number, ranges = ranges)
}

/// An office name nobody knows, with the nearest names (or where to look).
pub fn no_office(name: &str, near: &[String], lang: LangArg) -> String {
    if near.is_empty() {
        t!(lang, "cli-no-office", name = name)
    } else {
        let near = near.join(&t!(lang, "cli-list-separator"));
        t!(lang, "cli-no-office-near", name = name, near = near)
    }
}

pub fn no_plan(id: i64, ids: &str, lang: LangArg) -> String {
    t!(lang, "cli-no-plan", id = id, ids = ids)
}

/// A refused date, in the run's language.
pub fn date_error(e: &crate::plan::deadline::DateError, lang: LangArg) -> String {
    crate::plan::messages::date_error(e, lang.into())
}

pub fn no_indicators(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-no-indicators", number = number)
}

pub fn no_indicator(number: u32, ordinal: u32, count: u32, lang: LangArg) -> String {
    t!(
        lang,
        "cli-no-indicator",
        number = number,
        ordinal = ordinal,
        count = count
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn early_lang_reads_the_flag_before_clap_does() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let none = Some(Path::new("/nonexistent-duban-config"));
        assert_eq!(
            early_lang(&args(&["duban", "--lang", "en", "list"]), none),
            LangArg::En
        );
        assert_eq!(
            early_lang(&args(&["duban", "list", "--lang=en"]), none),
            LangArg::En
        );
        assert_eq!(
            early_lang(&args(&["duban", "note", "1", "--", "--lang=en"]), none),
            early_lang(&args(&["duban"]), none),
            "after -- it is text"
        );
    }

    #[test]
    fn one_line_keeps_the_first_line_and_marks_the_rest() {
        assert_eq!(one_line("标题"), "标题");
        assert_eq!(one_line("标题\n第二行\n第三行"), "标题…");
        assert_eq!(one_line("\n  标题  \n"), "标题");
        let long = one_line(&"很长的标题".repeat(20));
        assert!(crate::text::width(&long) <= TITLE_WIDTH, "{long}");
        assert!(long.ends_with('…'), "{long}");
    }
}
