//! Output of the non-interactive commands: tables, text, Markdown, CSV and JSON.
//! Every stored text in human-readable output goes through `text::sanitize`.

use super::LangArg;
use crate::plan::deadline::Light;
use crate::plan::{Role, Status};
use crate::store::{EventRecord, ItemRecord, OfficeStats};
use crate::text::sanitize;
use anyhow::Result;
use serde::Serialize;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

pub fn status_label(status: Status, lang: LangArg) -> &'static str {
    match lang {
        LangArg::Zh => status.label_zh(),
        LangArg::En => status.label_en(),
    }
}

/// Pretty JSON in which no control, bidi or invisible format character goes out raw:
/// serde_json escapes C0 controls itself, [`SafeJson`] escapes the rest as `\uXXXX`.
pub fn json(out: &mut (impl Write + ?Sized), value: &impl Serialize) -> Result<()> {
    // serde_json writes a few bytes at a time: into a buffer of its own, whose
    // writes inline, rather than through `out` (often a `dyn Write`) for each.
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, &mut *out);
    let mut ser = serde_json::Serializer::with_formatter(
        &mut buffered,
        SafeJson(serde_json::ser::PrettyFormatter::new()),
    );
    value.serialize(&mut ser)?;
    writeln!(buffered)?;
    buffered.flush()?;
    Ok(())
}

/// serde_json's pretty formatter, escaping what a terminal or an editor might act on.
struct SafeJson<'a>(serde_json::ser::PrettyFormatter<'a>);

impl serde_json::ser::Formatter for SafeJson<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // What JSON output writes as `\uXXXX` is what the sanitizer replaces (every
        // character duban does not store is among them), found in one pass.
        let mut rest = fragment;
        while let Some(at) = crate::text::first_replaced(rest) {
            let c = rest[at..]
                .chars()
                .next()
                .unwrap_or(crate::text::REPLACEMENT);
            writer.write_all(&rest.as_bytes()[..at])?;
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(writer, "\\u{:04x}", u)?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `1–34`, or `1–5, 7, 9–12` when there are gaps.
pub fn number_ranges(numbers: &[u32], lang: LangArg) -> String {
    let mut parts = Vec::new();
    let mut iter = numbers.iter().copied().peekable();
    while let Some(start) = iter.next() {
        let mut end = start;
        while iter.peek() == Some(&(end + 1)) {
            end = iter.next().unwrap_or(end);
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
    }
    if parts.is_empty() {
        crate::t!(lang, "cli-numbers-none")
    } else {
        parts.join(&crate::t!(lang, "cli-list-separator"))
    }
}

/// Pads `s` with spaces to `width` display columns.
fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Writes rows as columns aligned by display width; the last column is not padded.
pub(super) fn table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (k, cell) in row.iter().enumerate() {
            widths[k] = widths[k].max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let last = cells.len() - 1;
        cells
            .iter()
            .enumerate()
            .map(|(k, c)| {
                if k == last {
                    c.to_string()
                } else {
                    pad(c, widths[k])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    writeln!(out, "{}", line(header.to_vec()).trim_end())?;
    for row in rows {
        writeln!(
            out,
            "{}",
            line(row.iter().map(String::as_str).collect()).trim_end()
        )?;
    }
    Ok(())
}

fn lead(item: &ItemRecord) -> String {
    item.lead_office()
        .map(|s| sanitize(s).into_owned())
        .unwrap_or_default()
}

pub(super) fn progress(item: &ItemRecord) -> String {
    let done = item.measures.iter().filter(|m| m.done).count();
    format!("{done}/{}", item.measures.len())
}

/// `2020-06-30 临期`: the deadline with its light unless on track.
pub(super) fn due_cell(item: &ItemRecord, lang: LangArg) -> String {
    let due = sanitize(item.due.as_deref().unwrap_or_default()).into_owned();
    match item.light {
        Some(light) if light != Light::OnTrack => {
            format!("{due} {}", super::standup::light_label(light, lang))
        }
        _ => due,
    }
}

pub fn list_table(out: &mut impl Write, items: &[ItemRecord], lang: LangArg) -> Result<()> {
    let header = [
        crate::t!(lang, "export-list-number"),
        crate::t!(lang, "export-list-status"),
        crate::t!(lang, "export-list-lead"),
        crate::t!(lang, "export-list-measures"),
        crate::t!(lang, "export-list-notes"),
        crate::t!(lang, "export-list-due"),
        crate::t!(lang, "export-list-title"),
    ];
    let header = header.each_ref().map(String::as_str);
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                i.number.to_string(),
                status_label(i.status, lang).to_string(),
                lead(i),
                progress(i),
                i.notes.len().to_string(),
                due_cell(i, lang),
                sanitize(&i.title).into_owned(),
            ]
        })
        .collect();
    table(out, &header, &rows)
}

/// A cell a spreadsheet will not run as a formula: text starting with = + - @ (or a
/// tab or CR) gets a leading apostrophe, as spreadsheet programs themselves do.
pub(super) fn inert_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err() {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

pub(super) fn offices_line(item: &ItemRecord, lang: LangArg) -> String {
    item.offices
        .iter()
        .map(|o| match o.role {
            Role::Lead => crate::t!(lang, "export-office-lead", office = sanitize(&o.name)),
            Role::Co => sanitize(&o.name).into_owned(),
        })
        .collect::<Vec<_>>()
        .join(&list_separator(lang))
}

/// What separates the entries of a list within a line: `、` or `, `.
pub(super) fn list_separator(lang: LangArg) -> String {
    crate::t!(lang, "export-list-separator")
}

/// `状态：推进中`: a field of an item, its label from the catalog.
pub(super) fn field(lang: LangArg, label: &str, value: &str) -> String {
    crate::t!(lang, "export-field", label = label, value = value)
}

/// `指标：`: the line above a field's indented entries.
pub(super) fn field_head(lang: LangArg, label: &str) -> String {
    crate::t!(lang, "export-field-head", label = label)
}

/// The item's responsible leaders, sanitized, joined as the document lists them.
pub(super) fn persons_line(item: &ItemRecord) -> String {
    item.persons
        .iter()
        .map(|p| sanitize(p).into_owned())
        .collect::<Vec<_>>()
        .join("、")
}

pub fn item_text(out: &mut impl Write, item: &ItemRecord, lang: LangArg) -> Result<()> {
    let line = |label: String, value: &str| field(lang, &label, value);
    writeln!(out, "{}. {}", item.number, sanitize(&item.title))?;
    if let Some(section) = &item.section_title {
        let label = crate::t!(lang, "export-show-section");
        writeln!(out, "{}", line(label, &sanitize(section)))?;
    }
    let label = crate::t!(lang, "export-show-status");
    writeln!(out, "{}", line(label, status_label(item.status, lang)))?;
    let label = crate::t!(lang, "export-show-offices");
    writeln!(out, "{}", line(label, &offices_line(item, lang)))?;
    if !item.persons.is_empty() {
        let label = crate::t!(lang, "export-show-persons");
        writeln!(out, "{}", line(label, &persons_line(item)))?;
    }
    if item.due.is_some() || item.deadline.is_some() {
        let due = due_cell(item, lang);
        // The text as written beside the date, unless it is the date itself.
        let same = |d: &str| Some(d.trim().replace(['/', '.'], "-")) == item.due;
        let value = match item.deadline.as_deref().filter(|d| !same(d)) {
            Some(d) if due.is_empty() => sanitize(d).into_owned(),
            Some(d) => crate::t!(
                lang,
                "export-show-due-as-written",
                due = due,
                text = sanitize(d).into_owned()
            ),
            None => due,
        };
        let label = crate::t!(lang, "export-show-deadline");
        writeln!(out, "{}", line(label, &value))?;
    }
    // Where a 督办 item comes from, and what is asked (issue 15).
    let en = lang == LangArg::En;
    let extra = [
        (
            crate::t!(lang, "export-show-source"),
            item.source.map(|s| s.label(en).to_string()),
        ),
        (
            crate::t!(lang, "export-show-reference"),
            item.source_ref.clone(),
        ),
        (
            crate::t!(lang, "export-show-level"),
            item.level.map(|l| l.label(en).to_string()),
        ),
        (
            crate::t!(lang, "export-show-requirement"),
            item.requirement.clone(),
        ),
        (
            crate::t!(lang, "export-show-retired"),
            item.retired
                .then(|| item.retired_reason.clone().unwrap_or_default()),
        ),
    ];
    for (name, value) in extra {
        if let Some(value) = value {
            writeln!(out, "{}", line(name, &sanitize(&value)))?;
        }
    }
    if !item.target.is_empty() {
        let label = crate::t!(lang, "export-show-target");
        writeln!(out, "{}", line(label, &sanitize(&item.target)))?;
    }
    if !item.indicators.is_empty() {
        let label = crate::t!(lang, "export-show-indicators");
        writeln!(out, "{}", field_head(lang, &label))?;
        let words = super::standup::IndicatorWords::new(lang);
        for i in &item.indicators {
            writeln!(out, "  {}", words.line(i))?;
        }
    }
    writeln!(
        out,
        "{}",
        crate::t!(lang, "export-show-measures", progress = progress(item))
    )?;
    for (k, m) in item.measures.iter().enumerate() {
        let mark = if m.done { "[x]" } else { "[ ]" };
        writeln!(out, "  {mark} {}. {}", k + 1, sanitize(&m.text))?;
    }
    if !item.notes.is_empty() {
        let label = crate::t!(lang, "export-show-notes");
        writeln!(out, "{}", field_head(lang, &label))?;
        for n in &item.notes {
            writeln!(
                out,
                "  #{} {} {}",
                n.id,
                sanitize(&n.author),
                super::standup::local_time(&n.at)
            )?;
            for line in sanitize(&n.text).lines() {
                writeln!(out, "    {line}")?;
            }
        }
    }
    Ok(())
}

/// An import's recorded counts (`{"added":1,...}`) in words; `None` for a row
/// written before the counts were stored as data.
fn import_counts(stored: &str, lang: LangArg) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(stored).ok()?;
    let n = |k: &str| v.get(k).and_then(serde_json::Value::as_u64);
    Some(crate::t!(
        lang,
        "export-history-import",
        added = n("added")?,
        updated = n("updated")?,
        unchanged = n("unchanged")?,
        kept = n("kept")?
    ))
}

/// The board's language for the run's.
pub fn tui_lang(lang: LangArg) -> crate::tui::Lang {
    match lang {
        LangArg::Zh => crate::tui::Lang::Zh,
        LangArg::En => crate::tui::Lang::En,
    }
}

/// `2020-06-15 17:00  alice  移动 未启动 -> 推进中`: local time to the minute, as the
/// stand-up gives it, and the change in the words the board's history uses.
pub fn history_text(out: &mut impl Write, events: &[EventRecord], lang: LangArg) -> Result<()> {
    let words = tui_lang(lang);
    for e in events {
        let full = |t: &str| sanitize(t).replace('\n', " / ");
        let change = match (e.kind.as_str(), &e.before, &e.after) {
            ("urge_answer", Some(via), Some(a)) if via == "close" => {
                crate::t!(words, "sv-answered-by-closeout", text = full(a))
            }
            ("import", _, Some(a)) => {
                let what = words.event(&e.kind, e.after.as_deref()).unwrap_or_default();
                let text = import_counts(a, lang).unwrap_or_else(|| full(a));
                crate::t!(lang, "export-history-change", what = what, text = text)
            }
            // Texts in full, where the board clips them to its width.
            (
                "note_add" | "note_edit" | "create" | "update" | "report" | "urge" | "urge_answer"
                | "close" | "reopen",
                _,
                Some(a),
            ) => {
                let what = words.event(&e.kind, e.after.as_deref()).unwrap_or_default();
                crate::t!(lang, "export-history-change", what = what, text = full(a))
            }
            ("note_delete", Some(b), _) => {
                let what = words.event(&e.kind, None).unwrap_or_default();
                crate::t!(lang, "export-history-change", what = what, text = full(b))
            }
            (kind, before, after) => {
                super::item_messages::event_line(kind, before.as_deref(), after.as_deref(), lang)
                    .unwrap_or_else(|| crate::tui::state::detail::describe_change(words, e))
            }
        };
        let change = crate::tui::state::detail::undo_of(words, e, change);
        // Each line ends with its event's number, which an undo names (`撤销 #57`).
        writeln!(
            out,
            "{}  {}  {}  #{}",
            super::standup::local_time(&e.at),
            sanitize(&e.who(lang.into())),
            sanitize(&change),
            e.id
        )?;
    }
    Ok(())
}

pub fn offices_table(out: &mut impl Write, offices: &[OfficeStats], lang: LangArg) -> Result<()> {
    let mut header = vec![
        crate::t!(lang, "export-offices-office"),
        crate::t!(lang, "export-offices-items"),
        crate::t!(lang, "export-offices-lead"),
        crate::t!(lang, "export-offices-co"),
    ];
    header.extend(
        Status::ALL
            .iter()
            .map(|s| status_label(*s, lang).to_string()),
    );
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<String>> = offices
        .iter()
        .map(|o| {
            // Named as the board names it: a group is marked as one.
            let name = sanitize(&o.name).into_owned();
            let name = if o.group {
                crate::t!(lang, "export-offices-group", office = name)
            } else {
                name
            };
            let mut row = vec![
                name,
                o.items().to_string(),
                o.lead.total().to_string(),
                o.co.total().to_string(),
            ];
            row.extend(
                Status::ALL
                    .iter()
                    .map(|s| (o.lead.get(*s) + o.co.get(*s)).to_string()),
            );
            row
        })
        .collect();
    table(out, &header, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_is_said_from_its_counts_and_old_rows_stay_as_stored() {
        let stored = r#"{"added":2,"updated":1,"unchanged":30,"kept":0}"#;
        assert_eq!(
            import_counts(stored, LangArg::Zh).as_deref(),
            Some("事项新增2，更新1，未变30，保留0")
        );
        assert_eq!(
            import_counts(stored, LangArg::En).as_deref(),
            Some("2 added, 1 updated, 30 unchanged, 0 kept")
        );
        let old = "added 2, updated 1, unchanged 30, kept 0";
        assert_eq!(import_counts(old, LangArg::Zh), None);
    }

    #[test]
    fn number_lists_use_the_language_separator() {
        assert_eq!(number_ranges(&[1, 2, 3, 7], LangArg::Zh), "1–3、7");
        assert_eq!(number_ranges(&[1, 2, 3, 7], LangArg::En), "1–3, 7");
    }
}
