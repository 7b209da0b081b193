//! Finishing the items once the body is read: the closing paragraph, each item's
//! title, measures, offices, persons and deadline, and the numbering of sections.

use super::fields::{enumerated, ledger_notes, offices, persons, take_office_sentences};
use super::{Builder, Built, CLOSING_OPENERS};
use crate::plan::Item;
use crate::plan::deadline;
use crate::plan::offices::carries_forward;
use crate::plan::parse::item::{
    self, paragraph, split_cell_measures, split_text_measures, trailing_clause,
};
use crate::plan::parse::labels::Field;
use crate::plan::parse::{Warning, WarningKind};
use std::collections::HashSet;

impl Builder {
    pub(super) fn finish(&mut self) {
        let closing = self
            .stray
            .first()
            .is_some_and(|(_, t)| CLOSING_OPENERS.iter().any(|o| t.starts_with(o)));
        if closing && !self.closing_done {
            self.start_closing();
        }
        self.flush_stray();
        self.close_item();
    }

    pub(super) fn close_item(&mut self) {
        let Some(mut draft) = self.draft.take() else {
            return;
        };
        let n = draft.number;
        let line = draft.line;
        let labelled = draft.labelled();
        if labelled && !draft.closing {
            if !draft.has(&[Field::Target]) {
                self.warn(line, WarningKind::NoTarget { number: n });
            }
            if !draft.has(&[Field::Measures]) {
                self.warn(line, WarningKind::NoMeasures { number: n });
            }
        }
        // A task cell of several paragraphs: the first is the title, the others
        // its measures when they are enumerated (`1.` `（1）` `①`) or the title
        // ends its sentence; otherwise the title wrapped and is one line again.
        let mut cell_lines = Vec::new();
        if draft.from_table && draft.title.contains('\n') {
            let full = std::mem::take(&mut draft.title);
            let mut lines = full.lines().map(str::trim).filter(|l| !l.is_empty());
            let first = lines.next().unwrap_or_default().to_string();
            let rest: Vec<&str> = lines.collect();
            let listed =
                first.ends_with(['。', '：', ':']) || rest.iter().any(|l| enumerated(l).is_some());
            if listed {
                draft.title = first.trim_end_matches(['：', ':']).to_string();
                cell_lines = rest
                    .iter()
                    .map(|l| enumerated(l).unwrap_or(l).to_string())
                    .collect();
            } else {
                draft.title = std::iter::once(first.as_str()).chain(rest).collect();
            }
        }
        // The title is the first sentence; an office clause may end the paragraph.
        let (title, mut measures) = if draft.closing {
            (std::mem::take(&mut draft.title), Vec::new())
        } else {
            // A paragraph item's line that holds a sentence goes on in its body;
            // a heading (a sub-heading item, a title without 。) stands alone.
            let whole = !draft.heading_only && draft.title.contains('。');
            let (head, mut body) = if whole {
                (draft.title.clone() + &draft.body, String::new())
            } else {
                (
                    std::mem::take(&mut draft.title),
                    std::mem::take(&mut draft.body),
                )
            };
            let p = paragraph(&head);
            draft.fields.extend(p.clause);
            while let Some((before, fields)) = trailing_clause(&body) {
                draft.fields.extend(fields);
                body = before.trim_end().to_string();
            }
            let mut rest = p.rest;
            rest.push_str(&body);
            (p.title, split_text_measures(&rest))
        };
        measures.extend(cell_lines);
        // Measures written as an enumeration (`1.…` `2.…`, lines under a `（一）`
        // item) lose the numbers: the board numbers measures itself.
        let counted = (measures.len() >= 2 || (draft.heading_only && !measures.is_empty()))
            && measures.iter().enumerate().all(
                |(k, m)| matches!(item::item_heading(m), Some(Ok((n, ..))) if n as usize == k + 1),
            );
        if counted {
            for m in &mut measures {
                if let Some(Ok((.., title))) = item::item_heading(m) {
                    *m = title.to_string();
                }
            }
        }
        if !draft.closing && !draft.from_table {
            take_office_sentences(&mut measures, &mut draft.fields);
        }
        let mut offices = offices(&draft.fields);
        // `（责任单位：X、Y，下同）`: the offices go on to the items after it that
        // name none.
        if draft
            .fields
            .iter()
            .any(|(f, t)| f.is_offices() && carries_forward(t))
        {
            self.carried = offices.clone();
        }
        if offices.is_empty() && !self.carried.is_empty() && !draft.closing {
            offices = self.carried.clone();
        } else if !draft.has(&[Field::Offices, Field::Lead, Field::Co]) {
            self.warn(line, WarningKind::NoOffices { number: n });
        }
        let persons = persons(&draft.fields);
        let stated = if draft.from_table {
            Some(draft.distinct(Field::Deadline).join("；")).filter(|d| !d.is_empty())
        } else {
            draft.take(Field::Deadline)
        };
        let deadline = match stated {
            Some(text) => deadline::stated(&text),
            // The seed's shape states deadlines only in 完成时限; running text in
            // other shapes may carry one (6月底前).
            None if !labelled && !draft.closing => std::iter::once(title.as_str())
                .chain(measures.iter().map(String::as_str))
                .find_map(deadline::phrase),
            None => None,
        };
        if draft.from_table {
            // One measure per row a merged task cell spans.
            for cell in draft.distinct(Field::Measures) {
                measures.extend(split_cell_measures(&cell));
            }
        }
        let notes = ledger_notes(draft.distinct(Field::Progress), draft.distinct(Field::Note));
        let labelled_measures = draft.take(Field::Measures).unwrap_or_default();
        if draft.closing {
            measures = vec![labelled_measures];
        } else {
            measures.extend(split_text_measures(&labelled_measures));
        }
        self.items.push(Item {
            number: n,
            section: draft.section,
            target: draft.take(Field::Target).unwrap_or_default(),
            measures,
            offices,
            deadline,
            persons,
            notes,
            title,
            line,
        });
    }

    pub(super) fn built(mut self) -> Built {
        // Sections: numbered as written, unless sub-headings or table groups make
        // document order the only unique numbering.
        if self.renumber_sections {
            for (k, s) in self.sections.iter_mut().enumerate() {
                s.number = k as u32 + 1;
            }
        }
        for item in &mut self.items {
            item.section = item
                .section
                .and_then(|k| self.sections.get(k as usize - 1))
                .map(|s| s.number);
        }
        // Items keep their document numbers when those are unique; numbers that
        // restart under each heading give way to 1..N in document order.
        let mut seen = HashSet::with_capacity(self.items.len());
        let repeat = self
            .items
            .iter()
            .find(|i| !seen.insert(i.number))
            .map(|i| i.line);
        if let Some(at) = repeat {
            for (k, item) in self.items.iter_mut().enumerate() {
                item.number = k as u32 + 1;
            }
            self.warnings
                .push(Warning::new(at, WarningKind::NumbersNotUnique));
        }
        if self.sections.is_empty()
            && !self.tables_read
            && let Some(first) = self.items.first()
        {
            let line = first.line;
            self.warnings
                .push(Warning::new(line, WarningKind::NoSections));
        }
        self.warnings.sort_by_key(|w| w.line);
        Built {
            has_items: self.found_items,
            sections: self.sections,
            items: self.items,
            warnings: self.warnings,
        }
    }
}
