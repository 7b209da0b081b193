//! The body of a plan, block by block: sections (`一、`), sub-headings (`（一）`),
//! items and their fields, task tables; then the items are finished (title, measures,
//! offices, persons, deadline) and numbered. This file reads the lines; an item's
//! draft is in `draft.rs`, finishing in `finish.rs`, task table rows in `rows.rs`.

mod draft;
mod fields;
mod finish;
mod rows;
mod shape;
mod window;

use draft::Draft;
use fields::list_goes_on;
use shape::Shape;
pub(super) use window::{Whole, Windowed};

use super::item::{MAX_ITEM_NUMBER, trailing_clause};
use super::labels::{Field, split_further};
use super::table::{self, Columns};
use super::{CLOSING_TITLE, Heading, Kind, Line, Warning, WarningKind};
use crate::plan::generate::chinese_numeral;
use crate::plan::header::is_name_line;
use crate::plan::offices::is_rule;
use crate::plan::{Item, OfficeRef, Section};

/// How the closing paragraph of a plan opens; it becomes an item of its own.
const CLOSING_OPENERS: &[&str] = &["在完成上述工作的同时", "在完成上述工作"];

/// What the body holds once read.
pub(super) struct Built {
    pub sections: Vec<Section>,
    pub items: Vec<Item>,
    pub warnings: Vec<Warning>,
    /// Whether any item besides the closing paragraph was found.
    pub has_items: bool,
}

pub(super) fn build(body: &[Line<'_>]) -> Built {
    let mut b = Builder::new(body);
    let mut i = 0;
    while i < body.len() {
        let line = &body[i];
        if matches!(line.kind, Kind::Text | Kind::Label { .. })
            && let Some((columns, n)) = table::column_run(&body[i..])
        {
            b.flush_stray();
            b.close_item();
            b.tables_read = true;
            i = b.cell_lines(&columns, body, i + n);
            continue;
        }
        match &line.kind {
            Kind::Row { cells, table } => b.row(line.at, cells, *table),
            _ => b.line(i, body),
        }
        i += 1;
    }
    b.finish();
    b.built()
}

/// Joins wrapped lines. Chinese needs no space, and a hard wrap may fall inside
/// a number (`10` / `0%`), so nothing is inserted.
fn join(text: &mut String, more: &str) {
    text.push_str(more);
}

struct Builder {
    sections: Vec<Section>,
    /// Index (1-based) of the section items now fall into.
    current: Option<u32>,
    /// The number of the last top-level (一、) section.
    last_top: u32,
    top_numeral: String,
    /// Sections need numbering in document order (sub-headings, table groups).
    renumber_sections: bool,
    items: Vec<Item>,
    warnings: Vec<Warning>,
    draft: Option<Draft>,
    /// Unlabelled lines after an item's offices: the closing paragraph, or stray text.
    stray: Vec<(usize, String)>,
    closing_done: bool,
    /// The number of the last numbered item (the closing paragraph has none).
    last_number: u32,
    /// A heading was just read: the next item may restart its numbering.
    fresh_scope: bool,
    /// What the body as a whole says about its shape (read before it is built).
    shape: Shape,
    table: Option<(usize, Columns)>,
    /// The 序号 and task of the last table row, to merge rows a merged cell spans.
    last_row: Option<(String, String)>,
    tables_read: bool,
    /// The row before was a table's header: this one may be its second row.
    just_headed: bool,
    found_items: bool,
    /// In a document of numbered items: the number the next sub-heading item
    /// takes (one no item of the document has).
    free_number: Option<u32>,
    /// Sub-sections read from styled headings under the current section.
    heading_subs: u32,
    /// After a line that could not be an item (a number too large): its fields
    /// are left out with it, up to the next heading.
    skipping: bool,
    /// A heading after the closing paragraph has been warned about.
    after_closing_said: bool,
    /// Offices an item marked `下同`: those of the items after it that name none.
    carried: Vec<OfficeRef>,
    /// The table whose rows were said not to fit its header.
    misfit_said: Option<usize>,
}

impl Builder {
    fn new(body: &[Line<'_>]) -> Builder {
        let shape = shape::read(body);
        Builder {
            sections: Vec::new(),
            current: None,
            last_top: 0,
            top_numeral: String::new(),
            renumber_sections: false,
            items: Vec::new(),
            warnings: Vec::new(),
            draft: None,
            stray: Vec::new(),
            closing_done: false,
            last_number: 0,
            fresh_scope: true,
            table: None,
            last_row: None,
            tables_read: false,
            just_headed: false,
            found_items: false,
            free_number: shape.largest.map(|n| n.saturating_add(1)),
            shape,
            heading_subs: 0,
            skipping: false,
            after_closing_said: false,
            carried: Vec::new(),
            misfit_said: None,
        }
    }

    fn warn(&mut self, line: usize, kind: WarningKind) {
        self.warnings.push(Warning::new(line, kind));
    }

    // ------------------------------------------------------------ paragraphs

    fn line(&mut self, i: usize, body: &[Line<'_>]) {
        let line = &body[i];
        let (at, text) = (line.at, line.text);
        let next_is_label = body
            .get(i + 1)
            .is_some_and(|n| matches!(n.kind, Kind::Label { .. }));
        match line.kind {
            Kind::Section {
                number,
                numeral,
                title,
            } => {
                let expected = self.last_top + 1;
                if number == expected {
                    self.flush_stray();
                    self.close_item();
                    self.after_closing(at, "section heading");
                    self.open_section(number, numeral, title, false);
                    return;
                }
                if is_name_line(title, 40) {
                    // A numeral out of order is the document's slip: the section
                    // is read as written and the reader told.
                    let expected_numeral = chinese_numeral(expected);
                    self.warn(
                        at,
                        WarningKind::SectionOutOfOrder {
                            numeral: numeral.to_string(),
                            expected_numeral,
                        },
                    );
                    self.flush_stray();
                    self.close_item();
                    self.after_closing(at, "section heading");
                    if number <= self.last_top {
                        self.renumber_sections = true;
                    }
                    self.open_section(number, numeral, title, false);
                    return;
                }
            }
            Kind::Sub {
                number,
                numeral,
                title,
            } => {
                self.flush_stray();
                self.close_item();
                self.after_closing(at, "sub-heading");
                if self.shape.sub_is_item[i] {
                    let number = match self.free_number {
                        Some(free) => {
                            self.free_number = Some(free.saturating_add(1));
                            free
                        }
                        None => self.next_number(at, number, true),
                    };
                    self.start_item(at, number, title, true);
                    if let Some(d) = self.draft.as_mut() {
                        d.heading_only = true;
                    }
                } else {
                    self.open_section(number, numeral, title, true);
                }
                return;
            }
            Kind::Item {
                number,
                style,
                title,
            } if Some(style) == self.shape.item_style => {
                let expected = self.last_number + 1;
                // A line that ends with its office clause is an item whatever the
                // document's habit.
                let closed = || trailing_clause(title).is_some();
                // A repeated or backward number on a paragraph that ends with its
                // office clause is still an item (numbers that repeat are renumbered
                // in `built`, with a warning), never text lost into the item above.
                let accepted = number == expected
                    || (number > expected
                        && (next_is_label || !self.shape.labelled_doc || closed()))
                    || (number < expected
                        && (self.fresh_scope || (!self.shape.labelled_doc && closed())));
                if accepted {
                    self.flush_stray();
                    self.close_item();
                    self.after_closing(at, "item heading");
                    let number = self.next_number(at, number, false);
                    self.start_item(at, number, title, !self.shape.labelled_doc);
                    return;
                }
                if next_is_label {
                    // A slip in the seed's labelled shape: still an item (numbers
                    // that repeat are renumbered in `built`), with a warning.
                    let duplicate =
                        number == self.last_number || self.items.iter().any(|i| i.number == number);
                    self.warn(
                        at,
                        WarningKind::ItemNumberSlip {
                            duplicate,
                            number,
                            expected,
                        },
                    );
                    self.flush_stray();
                    self.close_item();
                    self.after_closing(at, "item heading");
                    self.last_number = number;
                    self.fresh_scope = false;
                    self.start_item(at, number, title, false);
                    return;
                }
                if !self.shape.labelled_doc && self.draft.is_some() {
                    self.warn(at, WarningKind::NumberedLineInItem { number });
                }
            }
            Kind::Item { number, title, .. }
                if self.shape.items_below_numbered
                    && !title.contains('。')
                    && trailing_clause(title).is_none() =>
            {
                self.flush_stray();
                self.close_item();
                self.after_closing(at, "heading");
                let numeral = number.to_string();
                self.open_section(number, &numeral, title, true);
                return;
            }
            Kind::TooLarge { digits } => {
                // Never an item, nor text of the item above: the line and what
                // follows it up to the next heading are left out, and said.
                self.flush_stray();
                self.close_item();
                self.skipping = true;
                self.warn(
                    at,
                    WarningKind::NumberTooLarge {
                        digits: digits.to_string(),
                        max: MAX_ITEM_NUMBER,
                    },
                );
                return;
            }
            Kind::Label { field, name, rest } => {
                self.label(at, field, name, rest);
                return;
            }
            Kind::Heading { level, title } if self.heading(i, at, level, title) => {
                return;
            }
            _ => {}
        }
        self.text(at, text);
    }

    /// An unnumbered heading in a Word heading style: a section at the body's top
    /// heading level, a sub-section one level below, an item's title when label
    /// lines follow it. Returns false when it is none of these (deeper levels are
    /// text).
    fn heading(&mut self, i: usize, at: usize, level: u8, title: &str) -> bool {
        let top = self.shape.heading_top.unwrap_or(level);
        let item = self.shape.heading_is_item[i];
        if !item && level > top.saturating_add(1) {
            return false;
        }
        self.flush_stray();
        self.close_item();
        self.after_closing(at, "heading");
        if item {
            let number = match self.free_number {
                Some(free) => {
                    self.free_number = Some(free.saturating_add(1));
                    free
                }
                None => self.last_number + 1,
            };
            let number = self.next_number(at, number, true);
            self.start_item(at, number, title, true);
            if let Some(d) = self.draft.as_mut() {
                d.heading_only = true;
            }
        } else if level == top {
            let number = self.last_top + 1;
            self.open_section(number, &chinese_numeral(number), title, false);
        } else {
            self.heading_subs += 1;
            let number = self.heading_subs;
            self.open_section(number, &chinese_numeral(number), title, true);
        }
        true
    }

    /// The number an item gets, noting a restart (numbers that begin again under
    /// a new heading) and a gap.
    fn next_number(&mut self, at: usize, number: u32, sub: bool) -> u32 {
        let expected = self.last_number + 1;
        if number > expected && self.last_number > 0 && !sub {
            let last = self.last_number;
            self.warn(at, WarningKind::ItemNumberGap { number, last });
        }
        self.last_number = number;
        self.fresh_scope = false;
        number
    }

    fn start_item(&mut self, at: usize, number: u32, title: &str, title_done: bool) {
        self.found_items = true;
        self.draft = Some(Draft {
            number,
            section: self.current,
            title: title.to_string(),
            title_done,
            line: at,
            ..Draft::default()
        });
    }

    fn open_section(&mut self, number: u32, numeral: &str, title: &str, sub: bool) {
        if sub {
            self.renumber_sections = true;
        } else {
            self.last_top = number;
            self.top_numeral = numeral.to_string();
            self.heading_subs = 0;
        }
        let numeral = if sub {
            format!("{}（{numeral}）", self.top_numeral)
        } else {
            numeral.to_string()
        };
        self.sections.push(Section {
            number,
            numeral,
            title: title.to_string(),
        });
        self.current = Some(self.sections.len() as u32);
        self.fresh_scope = true;
    }

    /// Nothing numbered should follow the closing paragraph: what does is read,
    /// and said.
    fn after_closing(&mut self, at: usize, what: &str) {
        self.skipping = false;
        if self.closing_done && !self.after_closing_said {
            self.after_closing_said = true;
            let heading = match what {
                "section heading" => Heading::Section,
                "sub-heading" => Heading::Sub,
                "item heading" => Heading::Item,
                _ => Heading::Other,
            };
            self.warn(at, WarningKind::AfterClosing { heading });
        }
    }

    fn label(&mut self, at: usize, field: Field, name: &str, rest: &str) {
        let after_offices = self
            .draft
            .as_ref()
            .is_some_and(|d| d.has(&[Field::Offices, Field::Lead, Field::Co]));
        let opener = self
            .stray
            .first()
            .is_some_and(|(_, t)| CLOSING_OPENERS.iter().any(|o| t.starts_with(o)));
        if field.is_offices()
            && !self.stray.is_empty()
            && !self.closing_done
            && (after_offices || opener)
        {
            self.start_closing();
        }
        self.flush_stray();
        let Some(draft) = self.draft.as_mut() else {
            // Offices, a deadline or a leader named for a whole section
            // (`（一）稳定工业增长` / `牵头单位：市工信局`) belong to no item: said,
            // not refused. A 目标任务 / 工作措施 label there is a broken item.
            if !self.skipping {
                self.warn(
                    at,
                    WarningKind::LabelOutsideItem {
                        name: name.to_string(),
                    },
                );
            }
            return;
        };
        let twice = if field == Field::Persons {
            draft.names.iter().any(|n| n == name)
        } else {
            draft.fields.iter().any(|(f, _)| *f == field)
        };
        draft.names.push(name.to_string());
        let number = draft.number;
        // 牵头单位：甲局  配合单位：乙局 — several labels on one line.
        let (own, more) = if matches!(field, Field::Target | Field::Measures) {
            (rest, Vec::new())
        } else {
            split_further(rest)
        };
        draft.fields.push((field, own.to_string()));
        draft
            .fields
            .extend(more.into_iter().map(|(f, _, t)| (f, t.to_string())));
        if twice {
            self.warn(
                at,
                WarningKind::LabelTwice {
                    number,
                    name: name.to_string(),
                },
            );
        }
    }

    fn text(&mut self, at: usize, text: &str) {
        if self.skipping {
            return;
        }
        let closing = CLOSING_OPENERS.iter().any(|o| text.starts_with(o));
        // A document's rule about its lists (列第一位的为牵头单位) is no item's text.
        if is_rule(text) && text.chars().count() < 60 {
            return;
        }
        if let Some(draft) = self.draft.as_mut()
            && self.stray.is_empty()
            && !closing
            && !draft.complete()
        {
            match draft.fields.last_mut() {
                // A long heading wraps onto the next line; after a complete one
                // the paragraph is the item's body.
                None if draft.title_done => {
                    join(&mut draft.body, text);
                    return;
                }
                None => {
                    join(&mut draft.title, text);
                    return;
                }
                // Prose fields wrap over lines; a list or a date only follows a bare label.
                Some((field, current))
                    if matches!(field, Field::Target | Field::Measures) || current.is_empty() =>
                {
                    join(current, text);
                    return;
                }
                // An office list wrapped mid-name or after its 、 (text pasted from
                // a PDF): `市生态环` + `境局、市财政局`.
                Some((field, current)) if field.is_offices() && list_goes_on(current, text) => {
                    current.push_str(text.trim());
                    return;
                }
                Some(_) => {}
            }
        }
        self.stray.push((at, text.to_string()));
    }

    /// The unlabelled paragraph after the last item becomes an item of its own.
    fn start_closing(&mut self) {
        self.close_item();
        let number = self.last_number + 1;
        let line = self.stray[0].0;
        let paragraph = self
            .stray
            .drain(..)
            .fold(String::new(), |mut acc, (_, text)| {
                join(&mut acc, &text);
                acc
            });
        self.draft = Some(Draft {
            number,
            section: None,
            title: CLOSING_TITLE.to_string(),
            title_done: true,
            line,
            closing: true,
            fields: vec![(Field::Measures, paragraph)],
            ..Draft::default()
        });
        self.closing_done = true;
    }

    /// Unlabelled text that belongs to no field.
    fn flush_stray(&mut self) {
        for (line, text) in std::mem::take(&mut self.stray) {
            // The trailer (`…办公室 2020年3月9日印发`, 抄送) is expected, not news.
            if !(text.ends_with("印发") || text.starts_with("抄送")) {
                self.warn(line, WarningKind::TextOutsideField);
            }
        }
    }
}
