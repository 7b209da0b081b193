//! How far an .xlsx worksheet reaches, read from its XML before calamine is asked for
//! a range: calamine builds the grid from the first cell to the last whole, so a 2 KB
//! file with one cell at XFD20000 would ask for 300 million cells.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// The area a sheet spans: its dimension's, or that of the cells it holds, whichever
/// is larger, as (rows, columns, the far corner as `XFD20000`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extent {
    pub rows: u64,
    pub columns: u64,
    pub corner: String,
}

impl Extent {
    pub fn cells(&self) -> u64 {
        self.rows.saturating_mul(self.columns)
    }
}

/// A cell reference (`XFD20000`) as 1-based (row, column); a row alone (`20000`)
/// has column 0.
fn reference(text: &[u8]) -> Option<(u64, u64)> {
    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters > 4 {
        return None;
    }
    let column = text[..letters].iter().fold(0u64, |n, b| {
        n * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let digits = &text[letters..];
    if digits.is_empty() || digits.len() > 12 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let row = std::str::from_utf8(digits).ok()?.parse().ok()?;
    Some((row, column))
}

fn column_name(mut column: u64) -> String {
    let mut name = Vec::new();
    while column > 0 {
        let rem = (column - 1) % 26;
        name.push(b'A' + rem as u8);
        column = (column - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn attribute(e: &BytesStart<'_>, key: &str) -> Option<Vec<u8>> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .map(|a| a.value.as_bytes().to_vec())
}

/// The sheet's extent, or `None` when the XML cannot be read (calamine then says
/// what is wrong with it).
pub fn extent(xml: &[u8]) -> Option<Extent> {
    let mut reader = Reader::from_reader(xml);
    let (mut row, mut column) = (0u64, 0u64);
    let (mut top, mut left, mut bottom, mut right) = (u64::MAX, u64::MAX, 0u64, 0u64);
    let mut declared: Option<(u64, u64, u64, u64)> = None;
    let mut buf = Vec::new();
    loop {
        let e = match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e) => e,
            Event::Eof => break,
            _ => {
                buf.clear();
                continue;
            }
        };
        match e.local_name().as_ref() {
            "dimension" => {
                let area = attribute(&e, "ref").unwrap_or_default();
                let mut ends = area.split(|&b| b == b':').filter_map(reference);
                if let Some((r0, c0)) = ends.next() {
                    let (r1, c1) = ends.next().unwrap_or((r0, c0));
                    declared = Some((r0.min(r1), c0.min(c1), r0.max(r1), c0.max(c1)));
                }
            }
            // Rows and cells without a reference follow the one before, as calamine
            // places them.
            "row" => {
                row = attribute(&e, "r")
                    .and_then(|r| reference(&r))
                    .map_or(row + 1, |(r, _)| r);
                column = 0;
            }
            "c" => {
                match attribute(&e, "r").and_then(|r| reference(&r)) {
                    Some((r, c)) => {
                        row = r;
                        column = c;
                    }
                    None => column += 1,
                }
                top = top.min(row);
                bottom = bottom.max(row);
                left = left.min(column);
                right = right.max(column);
            }
            _ => {}
        }
        buf.clear();
    }
    let span = |a: u64, b: u64| if b >= a { b - a + 1 } else { 0 };
    let cells = (span(top, bottom), span(left, right), bottom, right);
    let declared = declared
        .map(|(r0, c0, r1, c1)| (span(r0, r1), span(c0, c1), r1, c1))
        .unwrap_or((0, 0, 0, 0));
    let (rows, columns, r, c) = if declared.0.saturating_mul(declared.1) > cells.0 * cells.1 {
        declared
    } else {
        cells
    };
    Some(Extent {
        rows,
        columns,
        corner: format!("{}{r}", column_name(c)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_distant_cell_makes_a_huge_extent() {
        let xml = br#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>
            <row r="20000"><c r="XFD20000"><v>1</v></c></row></sheetData></worksheet>"#;
        let e = extent(xml).unwrap();
        assert_eq!((e.rows, e.columns), (20_000, 16_384));
        assert_eq!(e.corner, "XFD20000");
    }

    #[test]
    fn a_declared_dimension_and_cells_without_references_count() {
        let xml = br#"<worksheet><dimension ref="A1:C3"/><sheetData>
            <row><c/><c/><c/><c/></row><row/></sheetData></worksheet>"#;
        let e = extent(xml).unwrap();
        assert_eq!((e.rows, e.columns), (3, 3), "the declared area is larger");
        let xml = br#"<worksheet><dimension ref="A1:ZZ99999"/></worksheet>"#;
        assert_eq!(extent(xml).unwrap().corner, "ZZ99999");
        let xml = br#"<worksheet><sheetData><row r="5"><c/><c/></row></sheetData></worksheet>"#;
        let e = extent(xml).unwrap();
        assert_eq!((e.rows, e.columns, e.corner.as_str()), (1, 2, "B5"));
    }
}
