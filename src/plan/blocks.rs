//! The neutral stream every document container is read into: paragraphs and table
//! rows, in document order. Format readers (`plan::formats`) produce it; the
//! structure reader (`plan::parse`) turns it into sections and items.

/// Which container a document came in; decides how positions are named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Text,
    Docx,
    Xlsx,
    Xls,
    Ods,
    Html,
}

impl Container {
    /// What one step of [`Block::at`] counts, for messages: 第 N 行, paragraph N…
    pub fn unit(self) -> &'static str {
        match self {
            Container::Text => "line",
            Container::Docx | Container::Html => "block",
            Container::Xlsx | Container::Xls | Container::Ods => "row",
        }
    }
}

/// One unit of a document as its container gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph (in a text file: one line). `text` is trimmed; an automatic list
    /// number the container generates (Word numbering) is already written in front
    /// of it as the document shows it (`1.`, `（一）`, `一、`).
    Paragraph {
        text: String,
        /// Heading level when the container marks one (Word `Heading 1`, HTML `<h2>`).
        heading: Option<u8>,
        at: usize,
    },
    /// A table row. Cells are trimmed text; a merged cell (horizontal or vertical)
    /// repeats its text in every row and column it covers. A cell holding several
    /// paragraphs (or lines, or a nested table) keeps them as lines joined by `\n`.
    /// `table` numbers the tables of the document from 0, so a reader sees where one
    /// ends (in a spreadsheet each non-empty sheet is one table). Rows whose cells
    /// are all empty are left out. In a spreadsheet, a row whose non-empty cells
    /// all hold one same text (a title merged across the columns), or a one-cell
    /// row above the sheet's first row of two or more cells, comes as a
    /// [`Block::Paragraph`] instead.
    Row {
        cells: Vec<String>,
        table: usize,
        at: usize,
    },
}

impl Block {
    /// 1-based position in the document, counted in [`Container::unit`]s: the line
    /// of a text file, the row number within its sheet of a spreadsheet, and for
    /// .docx and .html the block's own position among the blocks read (empty
    /// paragraphs not counted; a paragraph split at line breaks counts once per
    /// line).
    pub fn at(&self) -> usize {
        match self {
            Block::Paragraph { at, .. } | Block::Row { at, .. } => *at,
        }
    }
}

/// A document read out of its container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub container: Container,
    pub blocks: Vec<Block>,
}
