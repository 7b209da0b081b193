//! The detail laid out as rows: the record, its measures, notes, supervision and history.

use super::{DetailRow, DetailState, Focus, HISTORY_SHOWN, RowKind, describe_event, short_time};
use crate::plan::generate::chinese_numeral;
use crate::text;
use crate::tui::strings::Lang;
use jiff::tz::TimeZone;

impl DetailState {
    /// The detail laid out as rows of at most `width` columns; all text sanitized.
    /// (A history of `HISTORY_SHOWN` changes was cut: older ones are pointed to.)
    pub fn rows(&self, lang: Lang, tz: &TimeZone, width: usize) -> Vec<DetailRow> {
        let r = &self.record;
        // Once per layout: each row compares with it.
        let focus = self.focus();
        let is_focused = |f: Focus| focus == Some(f);
        let mut out = Vec::new();
        let width = width.max(4);
        // `indent` is a hanging indent for wrapped lines; a line break the user typed
        // starts its line at the margin, as typed.
        let mut push = |kind: RowKind, text: &str, focused: bool, indent: usize| {
            let pad = " ".repeat(indent);
            // Laid out on every frame: a text past what duban stores (written into
            // the file by another program) is shown cut, not wrapped for seconds.
            let (text, cut) = text::clip_bytes(text, text::MAX_TEXT_BYTES);
            let clean = text::sanitize(text);
            let clean = if cut {
                std::borrow::Cow::Owned(format!("{clean}{}", text::ELLIPSIS))
            } else {
                clean
            };
            for para in clean.split('\n') {
                for (i, line) in text::wrap(para, width.saturating_sub(indent).max(2))
                    .into_iter()
                    .enumerate()
                {
                    let lead = if i == 0 { "" } else { &pad };
                    out.push(DetailRow {
                        kind,
                        text: format!("{lead}{line}"),
                        focused,
                    });
                }
            }
        };
        let section = match (r.section, &r.section_title, lang) {
            // In Chinese the heading as the document writes it: 三、title.
            (Some(n), Some(t), Lang::Zh) => format!("{}、{t}", chinese_numeral(n)),
            (Some(n), Some(t), Lang::En) => {
                crate::t!(lang, "board-section-numbered", n = n, title = t.as_str())
            }
            (Some(n), None, _) => crate::t!(lang, "board-section-number", n = n),
            // An item made by hand has no section: its source and reference instead.
            (None, _, _) if r.source.is_some() || r.source_ref.is_some() => {
                let mut parts = Vec::new();
                if let Some(src) = r.source {
                    let source = src.label(lang == Lang::En);
                    parts.push(crate::t!(lang, "desk-source-line", source = source));
                }
                if let Some(rf) = &r.source_ref {
                    parts.push(crate::t!(lang, "desk-ref-line", reference = rf.as_str()));
                }
                parts.join("  ")
            }
            (None, _, _) if r.by_hand => String::new(),
            (None, _, _) => lang.msg("board-closing"),
        };
        if !section.is_empty() {
            push(RowKind::Meta, &section, false, 0);
        }
        push(
            RowKind::Title,
            &crate::t!(
                lang,
                "board-detail-title",
                n = r.number,
                title = r.title.as_str(),
                status = lang.status(r.status)
            ),
            is_focused(Focus::Title) && !self.history_view,
            0,
        );
        if self.history_view {
            push(RowKind::Blank, "", false, 0);
            push(
                RowKind::Heading,
                &lang.msg("board-history-heading-newest"),
                false,
                0,
            );
            if self.history.is_empty() {
                push(RowKind::Meta, &lang.msg("board-no-history"), false, 2);
            }
            // Newest first: the pointer to older changes comes last.
            let cut = self.history.len() >= HISTORY_SHOWN;
            for e in self.history.iter().rev() {
                let what = describe_event(lang, e);
                push(
                    RowKind::Meta,
                    &format!("{}  {}  {what}", short_time(&e.at, tz), e.who(lang)),
                    false,
                    2,
                );
            }
            if cut {
                push(RowKind::Meta, &lang.msg("board-history-older"), false, 2);
            }
            return out;
        }
        if r.deadline.is_some() || r.due.is_some() {
            let line = deadline_line(lang, r.due.as_deref(), r.light, r.deadline.as_deref());
            push(RowKind::Meta, &line, is_focused(Focus::Deadline), 0);
        }
        for line in self.sv.open_urge_lines(lang) {
            push(RowKind::Meta, &line, false, 2);
        }
        push(RowKind::Blank, "", false, 0);
        push(RowKind::Heading, &lang.msg("board-target"), false, 0);
        push(RowKind::Body, &r.target, is_focused(Focus::Target), 0);
        if let Some(req) = r.requirement.as_deref().filter(|t| !t.trim().is_empty()) {
            push(RowKind::Blank, "", false, 0);
            push(
                RowKind::Heading,
                &lang.msg("desk-field-requirement"),
                false,
                0,
            );
            push(RowKind::Body, req, false, 0);
        }
        push(RowKind::Blank, "", false, 0);
        let done = r.measures.iter().filter(|m| m.done).count();
        push(
            RowKind::Heading,
            &crate::t!(
                lang,
                "board-measures-count",
                done = done,
                total = r.measures.len()
            ),
            false,
            0,
        );
        for (i, m) in r.measures.iter().enumerate() {
            let mark = if m.done { "[x]" } else { "[ ]" };
            push(
                RowKind::Measure { done: m.done },
                &format!("{mark} {}. {}", i + 1, m.text),
                is_focused(Focus::Measure(i)),
                4,
            );
        }
        if !r.indicators.is_empty() {
            push(RowKind::Blank, "", false, 0);
            push(RowKind::Heading, &lang.msg("board-indicators"), false, 0);
            for (i, x) in r.indicators.iter().enumerate() {
                let actual = x.actual.map_or_else(
                    || lang.msg("board-not-recorded"),
                    |a| format!("{a}{}", x.unit),
                );
                let mark = match x.met {
                    Some(true) => "[ok]",
                    Some(false) => "[!!]",
                    None => "[  ]",
                };
                // The same signs as the command line's; the light in words too,
                // for a terminal without colour.
                let dir = x.direction.symbol();
                // Met or not is a word of the line's own message.
                let met = match x.met {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "unknown",
                };
                let line = crate::t!(
                    lang,
                    "board-indicator-line",
                    met = met,
                    mark = mark,
                    ordinal = x.ordinal.to_string(),
                    text = x.text.as_str(),
                    actual = actual,
                    direction = dir,
                    target = format!("{}{}", x.target, x.unit),
                );
                push(
                    RowKind::Indicator { met: x.met },
                    &line,
                    is_focused(Focus::Indicator(i)),
                    4,
                );
            }
        }
        push(RowKind::Blank, "", false, 0);
        push(RowKind::Heading, &lang.msg("board-offices"), false, 0);
        let separator = lang.msg("board-list-separator");
        let offices: Vec<String> = r
            .offices
            .iter()
            .map(|o| match o.role {
                crate::plan::Role::Lead => {
                    crate::t!(lang, "board-office-lead", office = o.name.as_str())
                }
                crate::plan::Role::Co => o.name.clone(),
            })
            .collect();
        push(
            RowKind::Body,
            &offices.join(&separator),
            is_focused(Focus::Offices),
            0,
        );
        if !r.persons.is_empty() {
            push(RowKind::Blank, "", false, 0);
            push(RowKind::Heading, &lang.msg("board-persons"), false, 0);
            push(RowKind::Body, &r.persons.join(&separator), false, 0);
        }
        self.sv.push_rows(lang, tz, &mut push);
        push(RowKind::Blank, "", false, 0);
        push(
            RowKind::Heading,
            &crate::t!(lang, "board-notes-heading", n = r.notes.len()),
            false,
            0,
        );
        if r.notes.is_empty() {
            push(RowKind::Meta, &lang.msg("board-no-notes"), false, 0);
        }
        for (i, n) in r.notes.iter().enumerate() {
            let focused = is_focused(Focus::Note(i));
            let edited = if n.edited_at.is_some() {
                lang.msg("board-note-edited")
            } else {
                String::new()
            };
            push(
                RowKind::Meta,
                &format!(
                    "{}  {}{edited}",
                    self.sv.names.of(&n.author),
                    short_time(&n.at, tz)
                ),
                focused,
                0,
            );
            push(RowKind::Note, &n.text, focused, 2);
        }
        push(RowKind::Blank, "", false, 0);
        push(RowKind::Heading, &lang.msg("board-history"), false, 0);
        if self.history.is_empty() {
            push(RowKind::Meta, &lang.msg("board-no-history"), false, 2);
        }
        if self.history.len() >= HISTORY_SHOWN {
            push(RowKind::Meta, &lang.msg("board-history-older"), false, 2);
        }
        for e in &self.history {
            let what = describe_event(lang, e);
            push(
                RowKind::Meta,
                &format!("{}  {}  {what}", short_time(&e.at, tz), e.who(lang)),
                false,
                2,
            );
        }
        out
    }
}

/// The detail's deadline row: the date with its light, and the plan's own words
/// for the deadline (`年底前`), each one whole message.
fn deadline_line(
    lang: Lang,
    due: Option<&str>,
    light: Option<crate::plan::deadline::Light>,
    words: Option<&str>,
) -> String {
    let light = light.map(|l| match lang {
        Lang::Zh => l.label_zh(),
        Lang::En => l.label_en(),
    });
    let words = words.unwrap_or("");
    match (due, light) {
        (Some(date), Some(light)) if words.is_empty() => {
            crate::t!(
                lang,
                "board-deadline-date-light",
                date = date,
                light = light
            )
        }
        (Some(date), Some(light)) => crate::t!(
            lang,
            "board-deadline-date-light-words",
            date = date,
            light = light,
            words = words
        ),
        (Some(date), None) if words.is_empty() => {
            crate::t!(lang, "board-deadline-date", date = date)
        }
        (Some(date), None) => {
            crate::t!(
                lang,
                "board-deadline-date-words",
                date = date,
                words = words
            )
        }
        (None, _) => crate::t!(lang, "board-deadline-words", words = words),
    }
}
