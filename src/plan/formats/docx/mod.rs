//! Word .docx: the body's paragraphs (Word's automatic numbers written in front, as
//! Word shows them) and table rows (merged cells repeated), in document order.
//!
//! Kept: runs, insertions, field results, hyperlinks, content controls. Dropped:
//! deletions, field instructions, hidden text, text boxes and drawings, tables of
//! contents, and everything outside the body (headers, footers, notes, comments).
//! A line break (`w:br`) splits a paragraph into separate paragraphs: documents
//! pasted from the web or typed with Shift+Enter put several numbered lines in one
//! Word paragraph, and the structure reader reads line by line.

mod numbering;
mod styles;
mod xml;

pub use numbering::format_number;

use super::FormatError;
use super::zipsafe::SafeZip;
use crate::plan::blocks::{Block, Container, Document};
use numbering::Numbering;
use quick_xml::Reader;
use quick_xml::events::Event;
use styles::Styles;
use xml::{attr, local, num, on};

const MAIN: &str = "word/document.xml";

/// Why a body was not read: its merged cells would copy more text than the budget.
const OVER_BUDGET: &str = "merged cells repeat more text than the size budget";

/// Reads a .docx file's body.
pub fn read(name: &str, bytes: &[u8]) -> Result<Document, FormatError> {
    let mut zip = SafeZip::open(name, Container::Docx, bytes)?;
    let body = zip.required_text(MAIN)?;
    let styles = match zip.text("word/styles.xml")? {
        Some(xml) => {
            Styles::parse(&xml).map_err(|e| zip.damaged(format!("word/styles.xml: {e}")))?
        }
        None => Styles::default(),
    };
    let numbering = match zip.text("word/numbering.xml")? {
        Some(xml) => {
            Numbering::parse(&xml).map_err(|e| zip.damaged(format!("word/numbering.xml: {e}")))?
        }
        None => Numbering::default(),
    };
    let blocks = Body::new(styles, numbering)
        .copy_budget(zip.remaining())
        .read(&body)
        .map_err(|e| match e.as_str() {
            // Text merged cells repeat counts as unzipped bytes do.
            OVER_BUDGET => zip.too_large(),
            _ => zip.damaged(format!("{MAIN}: {e}")),
        })?;
    Ok(Document {
        container: Container::Docx,
        blocks,
    })
}

/// Elements whose whole content is not shown body text.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "txbxContent",
    "drawing",
    "pict",
    "object",
    "Fallback",
    "tabs",
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "tcPrChange",
    "trPrChange",
    "sectPrChange",
    "numberingChange",
    "footnoteReference",
    "endnoteReference",
];

#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<u8>,
    outline: Option<u8>,
    /// Text split at line breaks.
    lines: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum VMerge {
    None,
    Restart,
    Continue,
}

struct Cell {
    lines: Vec<String>,
    span: usize,
    vmerge: VMerge,
}

#[derive(Default)]
struct Row {
    grid_before: usize,
    cells: Vec<(String, usize, VMerge)>,
}

struct Body {
    styles: Styles,
    numbering: Numbering,
    blocks: Vec<Block>,
    /// Depth inside a skipped element (0: not skipping).
    skip: usize,
    paragraph: Option<Paragraph>,
    in_text: bool,
    in_run_props: bool,
    hidden_run: bool,
    /// Table nesting; only the outermost table makes rows, nested ones add lines
    /// to the outer cell.
    table_depth: usize,
    tables: usize,
    table_rows: usize,
    /// Text of the vertically merged cell that started in each grid column.
    merged_above: Vec<Option<String>>,
    row: Option<Row>,
    cell: Option<Cell>,
    /// Bytes merged cells may still copy (vMerge continuations, gridSpan repeats):
    /// what the container's unzipped-size budget has left.
    copy_budget: u64,
    over_budget: bool,
}

impl Body {
    fn new(styles: Styles, numbering: Numbering) -> Body {
        Body {
            styles,
            numbering,
            blocks: Vec::new(),
            skip: 0,
            paragraph: None,
            in_text: false,
            in_run_props: false,
            hidden_run: false,
            table_depth: 0,
            tables: 0,
            table_rows: 0,
            merged_above: Vec::new(),
            row: None,
            cell: None,
            copy_budget: super::MAX_UNZIPPED,
            over_budget: false,
        }
    }

    fn copy_budget(mut self, bytes: u64) -> Body {
        self.copy_budget = bytes;
        self
    }

    /// Counts `bytes` of copied text; false once the budget is spent.
    fn copy(&mut self, bytes: usize) -> bool {
        match self.copy_budget.checked_sub(bytes as u64) {
            Some(left) => {
                self.copy_budget = left;
                true
            }
            None => {
                self.over_budget = true;
                false
            }
        }
    }

    fn read(mut self, xml: &str) -> Result<Vec<Block>, String> {
        let mut reader = Reader::from_str(xml);
        let mut depth = 0usize;
        let mut seen_root = false;
        loop {
            if self.over_budget {
                return Err(OVER_BUDGET.to_string());
            }
            match reader.read_event().map_err(|e| e.to_string())? {
                Event::Start(e) => {
                    depth += 1;
                    seen_root = true;
                    if self.skip > 0 {
                        self.skip += 1;
                        continue;
                    }
                    let name = local(&e);
                    if SKIPPED.contains(&name.as_str()) {
                        self.skip = 1;
                        continue;
                    }
                    self.open(&name, &e);
                }
                Event::Empty(e) => {
                    seen_root = true;
                    if self.skip == 0 {
                        let name = local(&e);
                        self.open(&name, &e);
                        self.close(&name);
                    }
                }
                Event::End(e) => {
                    depth = depth.saturating_sub(1);
                    if self.skip > 0 {
                        self.skip -= 1;
                        continue;
                    }
                    self.close(e.local_name().as_ref());
                }
                Event::Text(t) if self.in_text && self.skip == 0 => {
                    self.push_text(&t.xml10_content());
                }
                Event::CData(t) if self.in_text && self.skip == 0 => {
                    self.push_text(&t.xml10_content());
                }
                Event::GeneralRef(r) if self.in_text && self.skip == 0 => {
                    self.push_text(&xml::reference(&r));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if depth != 0 || !seen_root {
            return Err("the XML ends before its elements are closed".into());
        }
        Ok(self.blocks)
    }

    fn push_text(&mut self, text: &str) {
        if self.hidden_run {
            return;
        }
        if let Some(p) = self.paragraph.as_mut() {
            match p.lines.last_mut() {
                Some(line) => line.push_str(text),
                None => p.lines.push(text.to_string()),
            }
        }
    }

    fn open(&mut self, name: &str, e: &quick_xml::events::BytesStart<'_>) {
        let outer = self.table_depth == 1;
        match name {
            "p" => self.paragraph = Some(Paragraph::default()),
            "r" => self.hidden_run = false,
            "rPr" => self.in_run_props = true,
            "vanish" | "webHidden" if self.in_run_props => self.hidden_run = on(e),
            "t" => self.in_text = true,
            "tab" | "ptab" => self.push_text("\t"),
            "noBreakHyphen" => self.push_text("-"),
            "br" | "cr" => {
                if let Some(p) = self.paragraph.as_mut() {
                    if p.lines.is_empty() {
                        p.lines.push(String::new());
                    }
                    p.lines.push(String::new());
                }
            }
            "pStyle" => {
                if let Some(p) = self.paragraph.as_mut() {
                    p.style = attr(e, "val");
                }
            }
            "numId" => {
                if let Some(p) = self.paragraph.as_mut() {
                    p.num_id = num(e);
                }
            }
            "ilvl" => {
                if let Some(p) = self.paragraph.as_mut() {
                    p.ilvl = num(e);
                }
            }
            "outlineLvl" => {
                if let Some(p) = self.paragraph.as_mut() {
                    p.outline = num(e);
                }
            }
            "tbl" => {
                self.table_depth += 1;
                if self.table_depth == 1 {
                    self.merged_above.clear();
                    self.table_rows = 0;
                }
            }
            "tr" if outer => self.row = Some(Row::default()),
            "gridBefore" if outer => {
                if let Some(row) = self.row.as_mut() {
                    row.grid_before = num::<usize>(e).unwrap_or(0).min(64);
                }
            }
            "tc" if outer => {
                self.cell = Some(Cell {
                    lines: Vec::new(),
                    span: 1,
                    vmerge: VMerge::None,
                })
            }
            "gridSpan" if outer && self.paragraph.is_none() => {
                if let Some(cell) = self.cell.as_mut() {
                    cell.span = num::<usize>(e).unwrap_or(1).clamp(1, 64);
                }
            }
            "vMerge" if outer && self.paragraph.is_none() => {
                if let Some(cell) = self.cell.as_mut() {
                    cell.vmerge = if attr(e, "val").as_deref() == Some("restart") {
                        VMerge::Restart
                    } else {
                        VMerge::Continue
                    };
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        let outer = self.table_depth == 1;
        match name {
            "t" => self.in_text = false,
            "rPr" => self.in_run_props = false,
            "r" => self.hidden_run = false,
            "p" => {
                if let Some(p) = self.paragraph.take() {
                    self.finish_paragraph(p);
                }
            }
            "tc" if outer => {
                if let (Some(cell), Some(row)) = (self.cell.take(), self.row.as_mut()) {
                    row.cells
                        .push((cell.lines.join("\n"), cell.span, cell.vmerge));
                }
            }
            "tr" if outer => {
                if let Some(row) = self.row.take() {
                    self.finish_row(row);
                }
            }
            "tbl" => {
                if self.table_depth == 1 && self.table_rows > 0 {
                    self.tables += 1;
                }
                self.table_depth = self.table_depth.saturating_sub(1);
            }
            _ => {}
        }
    }

    fn finish_paragraph(&mut self, p: Paragraph) {
        let style = p.style.as_deref().unwrap_or("Normal");
        if self.styles.is_toc(style) {
            return;
        }
        let from_style = self.styles.numbering(style);
        let list = match (p.num_id, p.ilvl) {
            (Some(id), ilvl) => Some((id, ilvl.unwrap_or(0))),
            (None, Some(ilvl)) => from_style.map(|(id, _)| (id, ilvl)),
            (None, None) => from_style,
        };
        let number = list
            .filter(|&(id, _)| id != 0)
            .and_then(|(id, ilvl)| self.numbering.next(id, ilvl));
        let heading = match p.outline {
            Some(l) if l < 9 => Some(l + 1),
            Some(_) => None,
            None => self.styles.heading(style),
        };
        let mut lines: Vec<String> = p
            .lines
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        // A numbered paragraph with no text still counts, but shows nothing.
        if let (Some(number), Some(first)) = (number, lines.first_mut()) {
            first.insert_str(0, &number);
        }
        if let Some(cell) = self.cell.as_mut() {
            cell.lines.extend(lines);
            return;
        }
        for text in lines {
            let at = self.blocks.len() + 1;
            self.blocks.push(Block::Paragraph { text, heading, at });
        }
    }

    fn finish_row(&mut self, row: Row) {
        let mut cells = vec![String::new(); row.grid_before];
        for (text, span, vmerge) in row.cells {
            let col = cells.len();
            if self.merged_above.len() < col + span {
                self.merged_above.resize(col + span, None);
            }
            let text = match vmerge {
                VMerge::Continue => {
                    let above = self.merged_above[col].clone().unwrap_or_default();
                    if !self.copy(above.len()) {
                        return;
                    }
                    above
                }
                VMerge::Restart => {
                    for c in col..col + span {
                        self.merged_above[c] = Some(text.clone());
                    }
                    text
                }
                VMerge::None => {
                    for c in col..col + span {
                        self.merged_above[c] = None;
                    }
                    text
                }
            };
            if !self.copy(text.len().saturating_mul(span - 1)) {
                return;
            }
            cells.extend(std::iter::repeat_n(text, span));
        }
        if cells.iter().all(String::is_empty) {
            return;
        }
        self.table_rows += 1;
        let at = self.blocks.len() + 1;
        self.blocks.push(Block::Row {
            cells,
            table: self.tables,
            at,
        });
    }
}

#[cfg(test)]
mod tests;
