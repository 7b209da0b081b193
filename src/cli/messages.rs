//! The command line's own sentences in both languages: notices on stderr, errors,
//! confirmations. Stored text never reaches here unsanitized.

use super::LangArg;
use crate::store::{ImportReport, Retitled};
use crate::text::sanitize;
use std::path::Path;

/// The language a command runs in, once `--lang`, `DUBAN_LANG` and config.toml
/// have been read (main fills `Cli::lang` with it).
pub fn lang_of(cli: &super::Cli) -> LangArg {
    cli.lang.unwrap_or(LangArg::Zh)
}

pub fn pick(lang: LangArg, zh: String, en: String) -> String {
    match lang {
        LangArg::Zh => zh,
        LangArg::En => en,
    }
}

/// Said on stderr when a command made a new database file.
pub fn created(path: &Path, lang: LangArg) -> String {
    let p = path.display();
    pick(
        lang,
        format!("已新建数据库 {p}"),
        format!("created a new database at {p}"),
    )
}

pub fn stdin_unreadable(lang: LangArg) -> String {
    pick(
        lang,
        "无法读取标准输入".into(),
        "cannot read standard input".into(),
    )
}

pub fn empty_note(lang: LangArg) -> String {
    pick(
        lang,
        "备注为空，未保存".into(),
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
pub fn line_warning(name: &str, line: usize, message: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("{name}：第 {line} 行：警告：{message}"),
        format!("{name}: line {line}: warning: {message}"),
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
            "{name}：警告：第{n}项的标题由「{before}」改为「{after}」；其状态、备注和勾选仍归第{n}项，请核对是否仍是同一项工作"
        ),
        format!(
            "{name}: warning: item {n}'s title changed from \"{before}\" to \"{after}\"; its status, notes and ticks stay with number {n} — check that it is still the same work item"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
