//! Spreadsheets (.xlsx, .xls, .ods) through calamine: every non-empty sheet in order
//! is one table; its rows are rows of cells as the user sees them.
//!
//! A merged region repeats its value into every cell it covers (.xlsx and .xls
//! through calamine; an .ods file's merges, which calamine does not report, are
//! read from its content.xml). A row whose non-empty cells all hold one same text (a title
//! merged across the columns) is a paragraph; so is a one-cell row above the first
//! row of two or more cells (a title typed into A1). `at` is the 1-based row number
//! in the sheet.

use std::io::Cursor;

use super::zipsafe::SafeZip;
use super::{FormatError, MAX_SHEET_CELLS, MAX_UNZIPPED};
use crate::plan::blocks::{Block, Container, Document};
use calamine::{Data, Dimensions, Ods, Range, Reader, Xls, Xlsx};

pub fn read_xlsx(name: &str, bytes: &[u8]) -> Result<Document, FormatError> {
    check_zip(name, Container::Xlsx, bytes, "xl/workbook.xml")?;
    check_extents(name, bytes)?;
    let damaged = |e: calamine::XlsxError| damaged(name, Container::Xlsx, e);
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut sheets = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).map_err(damaged)?;
        let merges = book.merge_cells_by_sheet_name(&sheet).map_err(damaged)?;
        sheets.push((sheet, range, merges));
    }
    document(name, Container::Xlsx, sheets)
}

pub fn read_xls(name: &str, bytes: &[u8]) -> Result<Document, FormatError> {
    let damaged = |e: calamine::XlsError| damaged(name, Container::Xls, e);
    let mut book = Xls::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut sheets = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).map_err(damaged)?;
        let merges = book.merge_cells_by_sheet_name(&sheet).unwrap_or_default();
        sheets.push((sheet, range, merges));
    }
    document(name, Container::Xls, sheets)
}

pub fn read_ods(name: &str, bytes: &[u8]) -> Result<Document, FormatError> {
    check_zip(name, Container::Ods, bytes, "content.xml")?;
    // calamine does not report an .ods file's merged cells: they are read from
    // its content.xml.
    let mut merges = {
        let mut zip = SafeZip::open(name, Container::Ods, bytes)?;
        zip.text("content.xml")?
            .map(|xml| super::ods_merges::merges(&xml))
            .unwrap_or_default()
    };
    let damaged = |e: calamine::OdsError| damaged(name, Container::Ods, e);
    let mut book = Ods::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut sheets = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).map_err(damaged)?;
        let sheet_merges = merges.remove(&sheet).unwrap_or_default();
        sheets.push((sheet, range, sheet_merges));
    }
    document(name, Container::Ods, sheets)
}

/// calamine unzips by itself: it only gets an archive already inflated whole,
/// within the size budget, with its main part present.
fn check_zip(
    name: &str,
    container: Container,
    bytes: &[u8],
    main: &str,
) -> Result<(), FormatError> {
    let mut zip = SafeZip::open(name, container, bytes)?;
    zip.check_every_entry()?;
    if zip.bytes(main)?.is_none() {
        return Err(zip.damaged_by(super::Damage::MissingPart {
            part: main.to_string(),
        }));
    }
    Ok(())
}

/// Every worksheet spans at most [`MAX_SHEET_CELLS`] cells, judged from its XML
/// (dimension and cell references) before calamine builds its grid.
fn check_extents(name: &str, bytes: &[u8]) -> Result<(), FormatError> {
    let mut zip = SafeZip::open(name, Container::Xlsx, bytes)?;
    let sheets = zip
        .part_names()
        .into_iter()
        .filter(|p| p.starts_with("xl/worksheets/") && p.ends_with(".xml"));
    for part in sheets {
        let Some(xml) = zip.bytes(&part)? else {
            continue;
        };
        let Some(extent) = super::extent::extent(&xml) else {
            continue;
        };
        if extent.cells() > MAX_SHEET_CELLS {
            let sheet = part
                .trim_start_matches("xl/worksheets/")
                .trim_end_matches(".xml");
            return Err(FormatError::SheetTooLarge {
                name: name.to_string(),
                sheet: sheet.to_string(),
                rows: extent.rows,
                columns: extent.columns,
                corner: extent.corner,
                limit: MAX_SHEET_CELLS,
            });
        }
    }
    Ok(())
}

fn damaged(name: &str, container: Container, e: impl std::fmt::Display) -> FormatError {
    FormatError::Damaged {
        name: name.to_string(),
        container,
        reason: super::Damage::Detail(e.to_string()),
    }
}

fn document(
    name: &str,
    container: Container,
    sheets: Vec<(String, Range<Data>, Vec<Dimensions>)>,
) -> Result<Document, FormatError> {
    let mut per_sheet: Vec<(String, Vec<Block>)> = Vec::new();
    let mut table = 0;
    // Text merged regions repeat counts against the unzipped-size budget.
    let mut budget = MAX_UNZIPPED;
    for (sheet, range, merges) in sheets {
        let mut blocks = Vec::new();
        if !sheet_blocks(&range, &merges, table, &mut budget, &mut blocks) {
            return Err(FormatError::TooLargeUnpacked {
                name: name.to_string(),
                limit_mb: MAX_UNZIPPED / (1024 * 1024),
            });
        }
        let name = sheet;
        if !blocks.is_empty() {
            table += 1;
            per_sheet.push((name, blocks));
        }
    }
    // Several sheets of rows, each named for its part of the plan (`一、教育发展`,
    // `卫生健康`): the name heads the sheet's rows, a heading of level 1. When any
    // of them has a name the program gave (Sheet2), the names are not parts.
    let with_rows: Vec<&str> = per_sheet
        .iter()
        .filter(|(_, b)| b.iter().any(|b| matches!(b, Block::Row { .. })))
        .map(|(name, _)| name.as_str())
        .collect();
    let named_parts = with_rows.len() >= 2 && !with_rows.iter().any(|n| is_default_sheet_name(n));
    let mut blocks = Vec::new();
    for (name, sheet) in per_sheet {
        let first_row = sheet.iter().position(|b| matches!(b, Block::Row { .. }));
        for (k, block) in sheet.into_iter().enumerate() {
            if named_parts && Some(k) == first_row {
                blocks.push(Block::Paragraph {
                    text: name.trim().to_string(),
                    heading: Some(1),
                    at: block.at(),
                });
            }
            blocks.push(block);
        }
    }
    Ok(Document { container, blocks })
}

/// `Sheet1`, `工作表2`, `表3`: names a spreadsheet program gives, which say nothing.
fn is_default_sheet_name(name: &str) -> bool {
    let stem = name
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    stem.is_empty()
        || ["sheet", "工作表", "表", "table", "表格", "页"]
            .iter()
            .any(|d| stem.eq_ignore_ascii_case(d))
}

/// The sheet's blocks; false when its merged regions would copy more text than
/// `budget` has left.
fn sheet_blocks(
    range: &Range<Data>,
    merges: &[Dimensions],
    table: usize,
    budget: &mut u64,
    out: &mut Vec<Block>,
) -> bool {
    let Some((top, left)) = range.start() else {
        return true;
    };
    let (height, width) = range.get_size();
    let mut grid: Vec<Vec<String>> = range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect();
    for m in merges {
        let (r0, c0) = m.start;
        let Some(value) = r0
            .checked_sub(top)
            .zip(c0.checked_sub(left))
            .and_then(|(r, c)| grid.get(r as usize)?.get(c as usize))
            .cloned()
        else {
            continue;
        };
        let rows = r0.max(top)..=m.end.0.min(top + height as u32 - 1);
        let columns = c0.max(left)..=m.end.1.min(left + width as u32 - 1);
        let copies = (rows.clone().count() as u64).saturating_mul(columns.clone().count() as u64);
        match budget.checked_sub(copies.saturating_mul(value.len() as u64)) {
            Some(left) => *budget = left,
            None => return false,
        }
        for r in rows {
            for c in columns.clone() {
                grid[(r - top) as usize][(c - left) as usize] = value.clone();
            }
        }
    }
    let mut seen_table_row = false;
    for (r, mut cells) in grid.into_iter().enumerate() {
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        let filled: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
        let Some(first) = filled.first() else {
            continue;
        };
        let one_text = filled.iter().all(|c| c == first);
        let at = top as usize + r + 1;
        if one_text && (filled.len() >= 2 || !seen_table_row) {
            out.push(Block::Paragraph {
                text: first.to_string(),
                heading: None,
                at,
            });
            continue;
        }
        seen_table_row |= filled.len() >= 2;
        out.push(Block::Row { cells, table, at });
    }
    true
}

/// A cell as the user sees it: integers without `.0`, dates as YYYY-MM-DD, errors
/// as nothing.
fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}")
            }
        }
        Data::DateTime(d) => number(d.as_f64()),
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
    }
}

fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        // Shortest text that reads back as the same number, as Excel shows it.
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_sheet_names_say_nothing() {
        for name in ["Sheet1", "sheet 2", "工作表1", "表3", "Sheet"] {
            assert!(is_default_sheet_name(name), "{name}");
        }
        for name in ["一、教育发展", "卫生健康", "2024台账"] {
            assert!(!is_default_sheet_name(name), "{name}");
        }
    }

    #[test]
    fn cells_read_as_shown() {
        assert_eq!(cell_text(&Data::Float(3.0)), "3");
        assert_eq!(cell_text(&Data::Float(0.25)), "0.25");
        assert_eq!(cell_text(&Data::Int(-4)), "-4");
        assert_eq!(cell_text(&Data::Bool(true)), "TRUE");
        assert_eq!(cell_text(&Data::Error(calamine::CellErrorType::Div0)), "");
        assert_eq!(cell_text(&Data::String(" 基教处 ".into())), "基教处");
        assert_eq!(
            cell_text(&Data::DateTimeIso("2024-06-30T00:00:00".into())),
            "2024-06-30"
        );
        let date =
            calamine::ExcelDateTime::new(45473.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date)), "2024-06-30");
    }
}
