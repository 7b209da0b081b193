//! The detail laid out as rows: the record, its measures, notes, supervision and history.

use super::{DetailRow, DetailState, Focus, HISTORY_SHOWN, RowKind, describe_event, short_time};
use crate::text;
use crate::tui::strings::{Lang, chinese_numeral};
use jiff::tz::TimeZone;

impl DetailState {
    /// The detail laid out as rows of at most `width` columns; all text sanitized.
    /// (A history of `HISTORY_SHOWN` changes was cut: older ones are pointed to.)
    pub fn rows(&self, lang: Lang, tz: &TimeZone, width: usize) -> Vec<DetailRow> {
        let s = lang.strings();
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
            (Some(n), Some(t), Lang::Zh) => format!("{}、{t}", chinese_numeral(n)),
            (Some(n), Some(t), Lang::En) => format!("{} {n}: {t}", s.section),
            (Some(n), None, _) => format!("{} {n}", s.section),
            // An item made by hand has no section: its source and reference instead.
            (None, _, _) if r.source.is_some() || r.source_ref.is_some() => {
                let d = lang.desk();
                let mut parts = Vec::new();
                if let Some(src) = r.source {
                    parts.push(format!(
                        "{}: {}",
                        d.field_source,
                        src.label(lang == Lang::En)
                    ));
                }
                if let Some(rf) = &r.source_ref {
                    parts.push(format!("{}: {rf}", d.field_ref));
                }
                parts.join("  ")
            }
            (None, _, _) if r.by_hand => String::new(),
            (None, _, _) => s.closing.to_string(),
        };
        if !section.is_empty() {
            push(RowKind::Meta, &section, false, 0);
        }
        push(
            RowKind::Title,
            &format!("{}. {}  [{}]", r.number, r.title, lang.status(r.status)),
            is_focused(Focus::Title) && !self.history_view,
            0,
        );
        if self.history_view {
            push(RowKind::Blank, "", false, 0);
            push(
                RowKind::Heading,
                &format!("{} ({})", s.history, s.history_newest_first),
                false,
                0,
            );
            if self.history.is_empty() {
                push(RowKind::Meta, s.no_history, false, 2);
            }
            // Newest first: the pointer to older changes comes last.
            let cut = self.history.len() >= HISTORY_SHOWN;
            for e in self.history.iter().rev() {
                let what = describe_event(lang, e);
                push(
                    RowKind::Meta,
                    &format!("{}  {}  {what}", short_time(&e.at, tz), e.who()),
                    false,
                    2,
                );
            }
            if cut {
                push(RowKind::Meta, s.history_older, false, 2);
            }
            return out;
        }
        if r.deadline.is_some() || r.due.is_some() {
            let mut line = format!("{}:", s.deadline);
            if let Some(due) = &r.due {
                line.push_str(&format!(" {due}"));
            }
            if let Some(l) = r.light {
                let l = if lang == Lang::Zh {
                    l.label_zh()
                } else {
                    l.label_en()
                };
                line.push_str(&format!(" [{l}]"));
            }
            if let Some(d) = &r.deadline {
                line.push_str(&format!("  {d}"));
            }
            push(RowKind::Meta, &line, is_focused(Focus::Deadline), 0);
        }
        for line in self.sv.open_urge_lines(lang) {
            push(RowKind::Meta, &line, false, 2);
        }
        push(RowKind::Blank, "", false, 0);
        push(RowKind::Heading, s.target, false, 0);
        push(RowKind::Body, &r.target, is_focused(Focus::Target), 0);
        if let Some(req) = r.requirement.as_deref().filter(|t| !t.trim().is_empty()) {
            push(RowKind::Blank, "", false, 0);
            push(RowKind::Heading, lang.desk().field_requirement, false, 0);
            push(RowKind::Body, req, false, 0);
        }
        push(RowKind::Blank, "", false, 0);
        let done = r.measures.iter().filter(|m| m.done).count();
        push(
            RowKind::Heading,
            &format!("{} {done}/{}", s.measures, r.measures.len()),
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
            push(RowKind::Heading, s.indicators, false, 0);
            for (i, x) in r.indicators.iter().enumerate() {
                let actual = x
                    .actual
                    .map_or_else(|| s.not_recorded.to_string(), |a| format!("{a}{}", x.unit));
                let mark = match x.met {
                    Some(true) => "[ok]",
                    Some(false) => "[!!]",
                    None => "[  ]",
                };
                // The same signs as the command line's; the light in words too,
                // for a terminal without colour.
                let dir = x.direction.symbol();
                let light = match (x.met, lang) {
                    (Some(true), Lang::Zh) => " 已达成",
                    (Some(false), Lang::Zh) => " 未达成",
                    (Some(true), Lang::En) => " met",
                    (Some(false), Lang::En) => " behind",
                    (None, _) => "",
                };
                push(
                    RowKind::Indicator { met: x.met },
                    &format!(
                        "{mark} {}. {}: {actual} / {dir} {}{}{light}",
                        x.ordinal, x.text, x.target, x.unit
                    ),
                    is_focused(Focus::Indicator(i)),
                    4,
                );
            }
        }
        push(RowKind::Blank, "", false, 0);
        push(RowKind::Heading, s.offices, false, 0);
        let offices: Vec<String> = r
            .offices
            .iter()
            .map(|o| match o.role {
                crate::plan::Role::Lead => format!("{}({})", o.name, s.lead_mark),
                crate::plan::Role::Co => o.name.clone(),
            })
            .collect();
        push(
            RowKind::Body,
            &offices.join("、"),
            is_focused(Focus::Offices),
            0,
        );
        if !r.persons.is_empty() {
            push(RowKind::Blank, "", false, 0);
            push(RowKind::Heading, s.persons, false, 0);
            push(RowKind::Body, &r.persons.join("、"), false, 0);
        }
        self.sv.push_rows(lang, tz, &mut push);
        push(RowKind::Blank, "", false, 0);
        push(
            RowKind::Heading,
            &format!("{} ({})", s.notes, r.notes.len()),
            false,
            0,
        );
        if r.notes.is_empty() {
            push(RowKind::Meta, s.no_notes, false, 0);
        }
        for (i, n) in r.notes.iter().enumerate() {
            let focused = is_focused(Focus::Note(i));
            let edited = if n.edited_at.is_some() {
                format!(" ({})", s.edited)
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
        push(RowKind::Heading, s.history, false, 0);
        if self.history.is_empty() {
            push(RowKind::Meta, s.no_history, false, 2);
        }
        if self.history.len() >= HISTORY_SHOWN {
            push(RowKind::Meta, s.history_older, false, 2);
        }
        for e in &self.history {
            let what = describe_event(lang, e);
            push(
                RowKind::Meta,
                &format!("{}  {}  {what}", short_time(&e.at, tz), e.who()),
                false,
                2,
            );
        }
        out
    }
}
