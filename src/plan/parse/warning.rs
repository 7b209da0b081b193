//! What the structure reader accepted but a reader should know: a kind with its
//! data, formatted from the catalogs (`plan-warn-...`) in the language asked.

use crate::i18n::Lang;
use crate::t;

/// Something the parser accepted but a reader should know (e.g. an item with no
/// 责任单位). `line` is the position in the container's unit
/// ([`Container::unit`](crate::plan::blocks::Container::unit): a line of text, a
/// block of a Word file, a spreadsheet row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: usize,
    pub kind: WarningKind,
}

/// What a [`Warning`] says, with what its message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    /// A section numeral out of order (`三、` where `二、` was expected).
    SectionOutOfOrder {
        numeral: String,
        expected_numeral: String,
    },
    /// An item number repeated, or going backwards, before label lines.
    ItemNumberSlip {
        duplicate: bool,
        number: u32,
        expected: u32,
    },
    /// A numbered line taken as the text of the item above.
    NumberedLineInItem {
        number: u32,
    },
    /// A number no item may carry.
    NumberTooLarge {
        digits: String,
        max: u32,
    },
    /// An item number that skips ahead.
    ItemNumberGap {
        number: u32,
        last: u32,
    },
    /// A heading after the plan's closing paragraph.
    AfterClosing {
        heading: Heading,
    },
    /// A label line (`责任单位：…`) under no item.
    LabelOutsideItem {
        name: String,
    },
    /// An item's label given twice.
    LabelTwice {
        number: u32,
        name: String,
    },
    /// Text under an item that belongs to none of its fields.
    TextOutsideField,
    NoTarget {
        number: u32,
    },
    NoMeasures {
        number: u32,
    },
    NoOffices {
        number: u32,
    },
    /// Item numbers that repeat or restart: the items were renumbered.
    NumbersNotUnique,
    /// Items with no section heading above any of them.
    NoSections,
    /// A table row under no header the reader understands.
    TableRowNotRead {
        /// The row's cells, joined by ` / `.
        columns: String,
        missing: Missing,
    },
    /// A table row with more cells than its header has columns.
    RowWiderThanHeader {
        got: usize,
        header: usize,
    },
    /// A deadline that gives no date.
    UndatedDeadline {
        number: u32,
        text: String,
    },
}

/// Which heading came after the closing paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Section,
    Sub,
    Item,
    /// A heading of another kind.
    Other,
}

/// What a table's first row lacks to be a task table's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// It has a task column but no office column.
    Office,
    /// It has an office column but no task column.
    Task,
    /// Neither.
    Both,
    /// Nothing: it has both (the row is read as a header instead).
    Nothing,
}

impl Missing {
    /// The key the catalogs select on.
    pub fn key(self) -> &'static str {
        match self {
            Missing::Office => "office",
            Missing::Task => "task",
            Missing::Both => "both",
            Missing::Nothing => "nothing",
        }
    }
}

impl Warning {
    pub fn new(line: usize, kind: WarningKind) -> Warning {
        Warning { line, kind }
    }

    /// The warning in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use WarningKind as K;
        match &self.kind {
            K::SectionOutOfOrder {
                numeral,
                expected_numeral,
            } => t!(
                lang,
                "plan-warn-section-out-of-order",
                numeral = numeral.as_str(),
                expected = expected_numeral.as_str()
            ),
            K::ItemNumberSlip {
                duplicate: true,
                number,
                expected,
            } => t!(
                lang,
                "plan-warn-item-number-repeated",
                number = *number,
                expected = *expected
            ),
            K::ItemNumberSlip {
                duplicate: false,
                number,
                expected,
            } => t!(
                lang,
                "plan-warn-item-number-backwards",
                number = *number,
                expected = *expected
            ),
            K::NumberedLineInItem { number } => {
                t!(lang, "plan-warn-numbered-line-in-item", number = *number)
            }
            K::NumberTooLarge { digits, max } => t!(
                lang,
                "plan-warn-number-too-large",
                digits = digits.as_str(),
                max = *max
            ),
            K::ItemNumberGap { number, last } => t!(
                lang,
                "plan-warn-item-number-gap",
                number = *number,
                last = *last
            ),
            K::AfterClosing { heading } => t!(
                lang,
                "plan-warn-after-closing",
                heading = match heading {
                    Heading::Section => "section",
                    Heading::Sub => "sub",
                    Heading::Item => "item",
                    Heading::Other => "other",
                }
            ),
            K::LabelOutsideItem { name } => {
                t!(lang, "plan-warn-label-outside-item", name = name.as_str())
            }
            K::LabelTwice { number, name } => t!(
                lang,
                "plan-warn-label-twice",
                number = *number,
                name = name.as_str()
            ),
            K::TextOutsideField => t!(lang, "plan-warn-text-outside-field"),
            K::NoTarget { number } => t!(lang, "plan-warn-no-target", number = *number),
            K::NoMeasures { number } => t!(lang, "plan-warn-no-measures", number = *number),
            K::NoOffices { number } => t!(lang, "plan-warn-no-offices", number = *number),
            K::NumbersNotUnique => t!(lang, "plan-warn-numbers-not-unique"),
            K::NoSections => t!(lang, "plan-warn-no-sections"),
            K::TableRowNotRead { columns, missing } => t!(
                lang,
                "plan-warn-table-row-not-read",
                columns = columns.as_str(),
                missing = missing.key(),
                office_names = super::table::OFFICE_COLUMN_NAMES,
                task_names = super::table::TASK_COLUMN_NAMES
            ),
            K::RowWiderThanHeader { got, header } => t!(
                lang,
                "plan-warn-row-wider-than-header",
                got = *got,
                header = *header
            ),
            K::UndatedDeadline { number, text } => t!(
                lang,
                "plan-warn-undated-deadline",
                number = *number,
                text = text.as_str()
            ),
        }
    }

    /// The warning in Chinese (`zh`) or English.
    pub fn text(&self, zh: bool) -> String {
        self.message(if zh { Lang::Zh } else { Lang::En })
    }
}
