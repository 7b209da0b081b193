//! The structure reader: turns a document's blocks (paragraphs and table rows, from
//! any container) into a `Plan` (pure: blocks in, `Result` out).
//!
//! Each block is first classified on its own ([`Line`]: a section heading `一、`, a
//! sub-heading `（一）`, a numbered item `1.` `（1）` `1)`, a label line `责任单位：`, a
//! table row, or text). `front` finds where the plan starts (after its cover
//! letter); `outline` walks the body and builds sections and items; `table` reads
//! task tables; the field readers (labels, office lists, persons, deadlines) are
//! small pure functions of their own.

mod decode;
mod front;
pub mod item;
pub mod labels;
mod outline;
mod runs;
pub mod stream;
pub(crate) mod table;
mod warning;

use std::borrow::Cow;

use super::Plan;
use super::blocks::{Block, Container, Document};
use super::deadline::{self, Due};

pub use decode::decode;
pub(crate) use decode::first_binary_byte;
pub use item::{MAX_ITEM_NUMBER, split_measures};
pub use warning::{Heading, Missing, Warning, WarningKind};

/// A parsed plan with what was odd about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub plan: Plan,
    pub warnings: Vec<Warning>,
}

/// Why a document gave no plan. The words are in the catalogs (`cli-parse-*`,
/// `plan-seen-*`); [`std::fmt::Display`] gives the English ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    /// Not a text file (binary data at byte `offset`).
    Binary {
        offset: usize,
    },
    /// No work item found (a plain-text plan).
    NoItems,
    /// No work item found, with what the document was seen to hold.
    NotAPlan {
        seen: Seen,
    },
    /// The container (zip, spreadsheet, web page) could not be read or is refused.
    Format(crate::plan::formats::FormatError),
}

impl From<crate::plan::formats::FormatError> for ParseError {
    fn from(e: crate::plan::formats::FormatError) -> Self {
        ParseError::Format(e)
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::messages::parse_error(self, crate::i18n::Lang::En))
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ParseError::Format(e) => Some(e),
            _ => None,
        }
    }
}

/// What a document without items holds, counted for the refusal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen {
    pub paragraphs: usize,
    /// Section headings (一、).
    pub sections: usize,
    /// Sub-headings (（一）).
    pub subs: usize,
    /// Numbered lines, none read as an item with its offices.
    pub numbered: usize,
    /// Each table's first row: its column names and what it lacks.
    pub tables: Vec<SeenTable>,
}

/// A table's first row, for the refusal of a document without items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenTable {
    /// The column names joined by ` / `.
    pub columns: String,
    pub missing: Missing,
}

/// Title given to the closing paragraph (在完成上述工作的同时…), which has none.
pub const CLOSING_TITLE: &str = "常规工作";

/// Fallback title when the document names itself nowhere.
pub const UNTITLED: &str = "未命名计划";

pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ParseError> {
    parse(&decode(bytes)?)
}

/// Reads a plain-text plan. A document without items is refused with the plain
/// [`ParseError::NoItems`]; [`parse_document`] says what it saw instead.
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    parse_document(&super::formats::text::read(text)).map_err(|e| match e {
        ParseError::NotAPlan { .. } => ParseError::NoItems,
        e => e,
    })
}

/// Reads the structure of a document's blocks, whatever container they came from.
pub fn parse_document(doc: &Document) -> Result<Parsed, ParseError> {
    // Word's heading styles mark headings that carry no number of their own
    // (`Heading 1` / `标题 1`), and a spreadsheet's sheet names head their rows;
    // a web page's headings are the site's as often as the plan's, so they do not
    // count.
    let styled = doc.container != Container::Html && doc.container != Container::Text;
    let blocks = runs::expand(&doc.blocks);
    let lines: Vec<Line<'_>> = blocks.iter().map(|b| Line::classify(b, styled)).collect();
    if lines.is_empty() {
        return Err(ParseError::Empty);
    }
    let not_a_plan = || ParseError::NotAPlan {
        seen: describe(&lines),
    };
    let Some((start, title_line)) = front::body_start(&lines) else {
        return Err(not_a_plan());
    };
    let header: Vec<(usize, Cow<'_, str>)> = lines[..start]
        .iter()
        .map(|l| (l.at, l.plain_text()))
        .collect();
    let header: Vec<(usize, &str)> = header.iter().map(|(at, t)| (*at, t.as_ref())).collect();
    let mut plan = front::read_header(&header, title_line);
    let body = &lines[start..];
    let built = outline::build(body);
    if !built.has_items {
        return Err(not_a_plan());
    }
    plan.sections = built.sections;
    plan.items = built.items;
    super::offices::resolve_aliases(&mut plan.items);
    let mut warnings = built.warnings;
    warnings.extend(undated_deadlines(&plan));
    warnings.sort_by_key(|w| w.line);
    Ok(Parsed { plan, warnings })
}

/// A warning for each item whose stated deadline gives no date ([`Due::Unknown`]).
fn undated_deadlines(plan: &Plan) -> Vec<Warning> {
    let year = deadline_year(plan);
    plan.items
        .iter()
        .filter_map(|item| undated(item, year))
        .collect()
}

/// The year an item's deadline falls in when it names none.
fn deadline_year(plan: &Plan) -> i16 {
    deadline::plan_year(plan.date.as_deref(), &plan.title).unwrap_or(2000)
}

/// The warning for an item whose stated deadline gives no date.
fn undated(item: &super::Item, year: i16) -> Option<Warning> {
    let text = item.deadline.as_deref()?;
    (deadline::due(text, year) == Due::Unknown).then(|| {
        Warning::new(
            item.line,
            WarningKind::UndatedDeadline {
                number: item.number,
                text: text.to_string(),
            },
        )
    })
}

/// One block of the document, classified on its own.
#[derive(Debug, Clone)]
pub(super) struct Line<'a> {
    pub at: usize,
    /// The paragraph's text; empty for a table row.
    pub text: &'a str,
    pub kind: Kind<'a>,
    /// The heading level the container's style gives the paragraph (Word).
    pub style_level: Option<u8>,
}

#[derive(Debug, Clone)]
pub(super) enum Kind<'a> {
    /// `一、标题`
    Section {
        number: u32,
        numeral: &'a str,
        title: &'a str,
    },
    /// `（一）标题`
    Sub {
        number: u32,
        numeral: &'a str,
        title: &'a str,
    },
    /// `1.标题`, `（1）标题`, `1)标题`
    Item {
        number: u32,
        style: item::Style,
        title: &'a str,
    },
    /// A numbered line whose number no item may carry (`4294967296.标题`).
    TooLarge {
        digits: &'a str,
    },
    /// `责任单位：…`
    Label {
        field: labels::Field,
        name: &'static str,
        rest: &'a str,
    },
    /// A paragraph in a heading style without a number of its own (Word `Heading 1`
    /// / `标题 2`): a section or sub-section by its level, or an item's title.
    Heading {
        level: u8,
        title: &'a str,
    },
    /// A table row with at least two different non-empty cells.
    Row {
        cells: &'a [String],
        table: usize,
    },
    Text,
}

impl<'a> Line<'a> {
    fn classify(block: &'a Block, styled: bool) -> Line<'a> {
        match block {
            Block::Paragraph { text, at, heading } => {
                let mut line = Line::paragraph(*at, text);
                if styled && let Some(level) = *heading {
                    line.style_level = Some(level);
                    if matches!(line.kind, Kind::Text) && !text.is_empty() {
                        line.kind = Kind::Heading { level, title: text };
                    }
                }
                line
            }
            Block::Row { cells, table, at } => {
                // A row that says one thing (a title merged across the columns, a
                // group header) reads as a paragraph.
                let mut filled = cells.iter().filter(|c| !c.trim().is_empty());
                let first = filled.next();
                match first {
                    Some(first) if filled.all(|c| c.trim() == first.trim()) => {
                        Line::paragraph(*at, first.trim())
                    }
                    None => Line {
                        at: *at,
                        text: "",
                        kind: Kind::Text,
                        style_level: None,
                    },
                    Some(_) => Line {
                        at: *at,
                        text: "",
                        kind: Kind::Row {
                            cells,
                            table: *table,
                        },
                        style_level: None,
                    },
                }
            }
        }
    }

    pub(super) fn paragraph(at: usize, text: &'a str) -> Line<'a> {
        let kind = if let Some((number, numeral, title)) = item::section_heading(text) {
            Kind::Section {
                number,
                numeral,
                title,
            }
        } else if let Some((number, numeral, title)) = item::sub_heading(text) {
            Kind::Sub {
                number,
                numeral,
                title,
            }
        } else {
            match item::item_heading(text) {
                Some(Ok((number, style, _, title))) => Kind::Item {
                    number,
                    style,
                    title,
                },
                Some(Err(digits)) => Kind::TooLarge { digits },
                None => match labels::label(text) {
                    Some((field, name, rest)) => Kind::Label { field, name, rest },
                    None => Kind::Text,
                },
            }
        };
        Line {
            at,
            text,
            kind,
            style_level: None,
        }
    }

    /// The text of the line; a row's cells joined by tabs.
    pub(super) fn plain_text(&self) -> Cow<'a, str> {
        match &self.kind {
            Kind::Row { cells, .. } => Cow::Owned(cells.join("\t")),
            _ => Cow::Borrowed(self.text),
        }
    }
}

/// What a document without items holds, for the refusal.
fn describe(lines: &[Line<'_>]) -> Seen {
    let mut seen = Seen::default();
    let mut seen_tables: Vec<usize> = Vec::new();
    for line in lines {
        match &line.kind {
            Kind::Row { cells, table } => {
                if !seen_tables.contains(table) {
                    seen_tables.push(*table);
                    let (columns, missing) = table::header_lacks(cells);
                    seen.tables.push(SeenTable { columns, missing });
                }
            }
            Kind::Section { .. } => seen.sections += 1,
            Kind::Sub { .. } => seen.subs += 1,
            Kind::Item { .. } | Kind::TooLarge { .. } => seen.numbered += 1,
            _ => seen.paragraphs += 1,
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::super::header::{doc_number, number, parse_date};
    use super::*;

    #[test]
    fn hostile_numbers_are_refused_not_overflowed() {
        assert_eq!(number(&"百".repeat(300_000)), None, "no deep recursion");
        assert_eq!(number("九百九十九"), Some(999));
        assert_eq!(parse_date("99999999999年1月1日"), None);
        assert_eq!(parse_date("2020年99999999999月1日"), None);
        let doc = "一、部分\n4294967295.标题\n目标任务:x。\n工作措施:y。\n责任单位:办公室\n";
        assert!(parse(doc).is_err(), "no item can be numbered past the cap");
    }

    #[test]
    fn dates_in_arabic_or_chinese_digits() {
        assert_eq!(parse_date("2020年3月6日").as_deref(), Some("2020-03-06"));
        assert_eq!(
            parse_date("二〇二〇年三月十六日").as_deref(),
            Some("2020-03-16")
        );
        assert_eq!(parse_date("2020年2月30日"), None, "no such day");
        assert_eq!(parse_date("湖南省教育厅办公室 2020年3月9日印发"), None);
    }

    #[test]
    fn doc_numbers_get_uniform_brackets() {
        let want = Some("湘教发〔2020〕8号".to_string());
        assert_eq!(doc_number("湘教发〔2020〕8号"), want);
        assert_eq!(doc_number("湘教发[2020]8号"), want);
        assert_eq!(doc_number("湘教发（2020）8号"), want);
        assert_eq!(doc_number("湖南省教育厅文件 湘教发〔2020〕8号"), want);
        assert_eq!(doc_number("〔2020〕8号"), None, "no issuer prefix");
        assert_eq!(doc_number("湘教发〔20〕8号"), None);
    }
}
