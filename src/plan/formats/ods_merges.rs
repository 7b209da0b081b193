//! The merged cells of an OpenDocument spreadsheet, which calamine does not report:
//! read from `content.xml`, by sheet name, as the regions each merge covers.

use std::collections::HashMap;

use calamine::Dimensions;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Spans larger than this are not followed (a damaged or hostile file); a real
/// merge covers a few rows or columns.
const MAX_SPAN: u32 = 10_000;

/// Every sheet's merged regions, 0-based (row, column) like calamine's ranges.
/// Unreadable XML gives what was read before the fault: calamine itself
/// reports a damaged file.
pub fn merges(content_xml: &str) -> HashMap<String, Vec<Dimensions>> {
    let mut out: HashMap<String, Vec<Dimensions>> = HashMap::new();
    let mut reader = Reader::from_str(content_xml);
    // The sheet being read (nested tables inside cells are not sheets).
    let mut sheet: Option<String> = None;
    let mut depth = 0usize;
    let (mut row, mut col) = (0u32, 0u32);
    let mut row_repeat = 1u32;
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.local_name().as_ref() {
                    "table" => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            sheet = None;
                        }
                    }
                    "table-row" if depth == 1 => {
                        row = row.saturating_add(row_repeat);
                    }
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => continue,
        };
        match e.local_name().as_ref() {
            "table" if !empty => {
                depth += 1;
                if depth == 1 {
                    sheet = Some(attr(&e, "name").unwrap_or_default());
                    row = 0;
                }
            }
            "table-row" if depth == 1 => {
                col = 0;
                row_repeat = number(&e, "number-rows-repeated").max(1);
                if empty {
                    row = row.saturating_add(row_repeat);
                }
            }
            "table-cell" | "covered-table-cell" if depth == 1 => {
                let rows = number(&e, "number-rows-spanned").min(MAX_SPAN);
                let cols = number(&e, "number-columns-spanned").min(MAX_SPAN);
                if (rows > 1 || cols > 1)
                    && let Some(name) = &sheet
                {
                    let end = (
                        row.saturating_add(rows.max(1) - 1),
                        col.saturating_add(cols.max(1) - 1),
                    );
                    out.entry(name.clone())
                        .or_default()
                        .push(Dimensions::new((row, col), end));
                }
                col = col.saturating_add(number(&e, "number-columns-repeated").max(1));
            }
            _ => {}
        }
    }
    out
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.to_string())
}

fn number(e: &BytesStart<'_>, name: &str) -> u32 {
    attr(e, name)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_found_past_repeated_cells_and_rows() {
        let xml = r#"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>
<table:table table:name="S1">
<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>T</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell table:number-rows-spanned="2"><text:p>L</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="S2"><table:table-row><table:table-cell/></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"#;
        let m = merges(xml);
        assert_eq!(
            m["S1"],
            [
                Dimensions::new((0, 0), (0, 2)),
                Dimensions::new((3, 2), (4, 2))
            ]
        );
        assert!(!m.contains_key("S2"));
    }
}
