//! The command line's own sentences in both languages: notices on stderr, errors,
//! confirmations. Stored text never reaches here unsanitized.

use super::LangArg;
use crate::store::{ImportReport, Retitled, StoreError};
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

/// A value clap's parser refused (`duban move 3 finished`), in Chinese; English
/// keeps clap's own message.
pub fn invalid_value(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if current() == LangArg::En
        || !matches!(
            e.kind(),
            ErrorKind::ValueValidation | ErrorKind::InvalidValue
        )
    {
        return None;
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg)?;
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    // `--period` at the end of the line, or `--period=`: the value is missing.
    if value.is_empty() {
        let choices = match e.get(ContextKind::ValidValue) {
            Some(ContextValue::Strings(valid)) if !valid.is_empty() => {
                format!("，可选：{}", valid.join("、"))
            }
            _ => String::new(),
        };
        return Some(format!("{arg} 后面要写一个值{choices}"));
    }
    let reason = match (std::error::Error::source(e), e.get(ContextKind::ValidValue)) {
        // An item number, a plan id, a measure: the standard library says it in English.
        (Some(source), _) if source.is::<std::num::ParseIntError>() => {
            use std::num::IntErrorKind as K;
            let kind = source
                .downcast_ref::<std::num::ParseIntError>()
                .map(|p| *p.kind());
            match kind {
                Some(K::PosOverflow) => "数字太大".to_string(),
                Some(K::Empty) => "没有写数字".to_string(),
                _ => "请写一个不带符号的整数，如 3".to_string(),
            }
        }
        (Some(source), _) => source.to_string(),
        (None, Some(ContextValue::Strings(valid))) => format!("可选：{}", valid.join("、")),
        _ => String::new(),
    };
    Some(format!("{arg} 的值“{}”无效：{reason}", sanitize(&value)))
}

/// `duban move 3 finished`.
pub fn unknown_status(s: &str, choices: &str) -> String {
    pick(
        current(),
        format!("没有状态“{s}”；可选：{choices}"),
        format!("unknown status {s:?}; choose one of {choices}"),
    )
}

/// A value that is not one of an option's choices.
pub fn unknown_choice(option: &str, s: &str, choices: &str) -> String {
    pick(
        current(),
        format!("{option} 没有“{s}”这一项；可选：{choices}"),
        format!("{option}: unknown value {s:?}; choose one of {choices}"),
    )
}

/// The language a command runs in, once `--lang`, `DUBAN_LANG` and config.toml
/// have been read (main fills `Cli::lang` with it).
pub fn lang_of(cli: &super::Cli) -> LangArg {
    cli.lang.unwrap_or(LangArg::Zh)
}

/// What starts a warning line on stderr.
pub fn warning_prefix(lang: LangArg) -> &'static str {
    match lang {
        LangArg::Zh => "警告：",
        LangArg::En => "warning: ",
    }
}

pub fn pick(lang: LangArg, zh: String, en: String) -> String {
    match lang {
        LangArg::Zh => zh,
        LangArg::En => en,
    }
}

/// Said on stderr when a command made a new database file.
pub fn created(path: &Path, lang: LangArg) -> String {
    crate::t!(lang, "cli-created-db", path = path.display().to_string())
}

pub fn stdin_unreadable(lang: LangArg) -> String {
    pick(
        lang,
        "无法读取标准输入".into(),
        "cannot read standard input".into(),
    )
}

/// `duban note` at a terminal (a script reads the bare id instead).
pub fn note_added(number: u32, note: impl std::fmt::Display, lang: LangArg) -> String {
    pick(
        lang,
        format!("{number}: 已加批注（批注编号 {note}）"),
        format!("{number}: note {note} added"),
    )
}

pub fn empty_note(lang: LangArg) -> String {
    pick(
        lang,
        "批注为空，未保存".into(),
        "the note is empty; nothing was saved".into(),
    )
}

pub fn bom_needs_csv(lang: LangArg) -> String {
    pick(
        lang,
        "--bom 只用于 --format csv".into(),
        "--bom goes with --format csv only".into(),
    )
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
    pick(
        lang,
        format!("无法读取 {name}"),
        format!("cannot read {name}"),
    )
}

pub fn not_imported(name: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("{name}：未导入"),
        format!("{name}: not imported"),
    )
}

/// A parser's warning about one line of a document (`message` already sanitized).
pub fn line_warning(name: &str, unit: &str, at: usize, message: &str, lang: LangArg) -> String {
    let unit_zh = super::dry_run::unit_zh(unit);
    pick(
        lang,
        format!("{name}：第 {at} {unit_zh}：警告：{message}"),
        format!("{name}: {unit} {at}: warning: {message}"),
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
    let head = match (report.new_plan, lang) {
        (true, LangArg::Zh) => format!("已导入 {name}，为计划 {id}：{title}"),
        (true, LangArg::En) => format!("imported {name} as plan {id}: {title}"),
        (false, LangArg::Zh) => format!("已重新导入 {name} 到计划 {id}：{title}"),
        (false, LangArg::En) => format!("re-imported {name} into plan {id}: {title}"),
    };
    writeln!(out, "{head}")?;
    let (added, updated, unchanged, kept, offices) = (
        report.items_added,
        report.items_updated,
        report.items_unchanged,
        report.items_kept,
        report.offices_added,
    );
    let counts = match lang {
        LangArg::Zh => {
            let kept = if kept > 0 {
                format!("，保留文件中已没有的 {kept} 项")
            } else {
                String::new()
            };
            format!(
                "事项：新增 {added}，更新 {updated}，未变 {unchanged}{kept}；处室：新增 {offices}"
            )
        }
        LangArg::En => {
            let kept = if kept > 0 {
                format!(", {kept} kept that the document no longer has")
            } else {
                String::new()
            };
            format!(
                "items: {added} added, {updated} updated, {unchanged} unchanged{kept}; offices: {offices} added"
            )
        }
    };
    writeln!(out, "{counts}")?;
    Ok(())
}

/// The warning for an item whose title a re-import changed: one line of each title.
pub fn retitled(name: &str, r: &Retitled, lang: LangArg) -> String {
    let before = sanitize(&one_line(&r.before)).into_owned();
    let after = sanitize(&one_line(&r.after)).into_owned();
    let n = r.number;
    pick(
        lang,
        format!(
            "{name}：警告：第{n}项的标题由「{before}」改为「{after}」；其状态、批注和勾选仍归第{n}项，请核对是否仍是同一项工作"
        ),
        format!(
            "{name}: warning: item {n}'s title changed from \"{before}\" to \"{after}\"; its status, notes and ticks stay with number {n} — check that it is still the same work item"
        ),
    )
}

/// The last word of an import that met warnings: where to look at them.
pub fn read_with_warnings(name: &str, n: usize, lang: LangArg) -> String {
    pick(
        lang,
        format!("{name}：读取时有 {n} 条警告；请用 `duban import {name} --dry-run` 查看读取结果"),
        format!(
            "{name}: read with {n} warning{}; check {} with `duban import {name} --dry-run`",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" }
        ),
    )
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
        return Some(format!(
            "数据库错误：{}",
            crate::store::sqlite_reason_zh(sql)
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
    pick(
        lang,
        format!("没有第{number}项；现有事项为 {ranges}"),
        format!("no item {number}; the items are {ranges}"),
    )
}

/// An office name nobody knows, with the nearest names (or where to look).
pub fn no_office(name: &str, near: &[String], lang: LangArg) -> String {
    match (lang, near.is_empty()) {
        (LangArg::Zh, true) => format!("没有处室“{name}”；`duban offices` 列出全部处室"),
        (LangArg::Zh, false) => format!("没有处室“{name}”；是否指：{}？", near.join("、")),
        (LangArg::En, true) => {
            format!("no office {name:?}; see `duban offices` for every office")
        }
        (LangArg::En, false) => format!("no office {name:?}; did you mean: {}?", near.join(", ")),
    }
}

pub fn no_plan(id: i64, ids: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("没有计划 {id}；现有计划：{ids}"),
        format!("no plan {id}; the plans are: {ids}"),
    )
}

/// A refused date, in the run's language.
pub fn date_error(e: &crate::plan::deadline::DateError, lang: LangArg) -> String {
    if lang == LangArg::En {
        return e.to_string();
    }
    let reason = match e.reason.as_str() {
        "not in the form YYYY-MM-DD" => "格式不是 YYYY-MM-DD",
        "no such month" => "没有这个月份",
        "no such day in that month" => "该月没有这一天",
        other => other,
    };
    format!(
        "“{}”不是日期：请写成 YYYY-MM-DD，例如 2020-06-30（{reason}）",
        sanitize(&e.input)
    )
}

pub fn no_indicators(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("第{number}项没有指标"),
        format!("item {number} has no indicators"),
    )
}

pub fn no_indicator(number: u32, ordinal: u32, count: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("第{number}项没有指标 {ordinal}；可选 1–{count}（见 `duban show {number}`）"),
        format!(
            "no indicator {ordinal} on item {number}; choose 1–{count} (see `duban show {number}`)"
        ),
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
