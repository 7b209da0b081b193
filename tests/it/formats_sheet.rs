//! Spreadsheets read into blocks: a task ledger under a merged title row, merged
//! cells repeated, cells as the user sees them, one table per non-empty sheet.

use crate::common;

use common::docs::zip_of;
use duban::plan::ParseError;
use duban::plan::blocks::{Block, Container};
use duban::plan::formats::{self, FormatError};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn para(text: &str, at: usize) -> Block {
    Block::Paragraph {
        text: text.into(),
        heading: None,
        at,
    }
}

fn row(cells: &[&str], table: usize, at: usize) -> Block {
    Block::Row {
        cells: cells.iter().map(|c| c.to_string()).collect(),
        table,
        at,
    }
}

fn ledger() -> Vec<u8> {
    let mut book = Workbook::new();
    let plain = Format::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet();
    sheet.set_name("任务台账").unwrap();
    sheet
        .merge_range(0, 0, 0, 4, "某某局2031年重点任务台账", &plain)
        .unwrap();
    for (c, h) in ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
        .iter()
        .enumerate()
    {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    sheet
        .merge_range(2, 0, 2, 4, "一、教育发展", &plain)
        .unwrap();
    sheet.write_number(3, 0, 1.0).unwrap();
    sheet.write_string(3, 1, "扩充普惠学位").unwrap();
    // One lead office shared by two tasks, merged down the column.
    sheet.merge_range(3, 2, 4, 2, "基教处", &plain).unwrap();
    sheet.write_string(3, 3, "财务处、规划处").unwrap();
    let end = ExcelDateTime::from_ymd(2031, 6, 30).unwrap();
    sheet.write_datetime_with_format(3, 4, &end, &date).unwrap();
    sheet.write_number(4, 0, 2.0).unwrap();
    sheet.write_string(4, 1, "  改造薄弱校舍 ").unwrap();
    sheet.write_number(4, 3, 0.5).unwrap();
    sheet.write_boolean(4, 4, true).unwrap();
    sheet.write_string(4, 6, "").unwrap();
    // Row 6 is empty; row 7 has a stray note far to the right.
    sheet.write_string(6, 1, "备注：以上为初稿").unwrap();
    book.add_worksheet().set_name("空表").unwrap();
    let second = book.add_worksheet();
    second.write_string(0, 0, "序号").unwrap();
    second.write_string(0, 1, "任务").unwrap();
    second.write_number(1, 0, 3.0).unwrap();
    second.write_string(1, 1, "补充任务").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_ledger_reads_as_title_paragraph_and_rows_with_merges_repeated() {
    let doc = formats::read("台账.xlsx", &ledger()).unwrap();
    assert_eq!(doc.container, Container::Xlsx);
    assert_eq!(
        doc.blocks,
        vec![
            para("某某局2031年重点任务台账", 1),
            row(
                &["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
                0,
                2
            ),
            para("一、教育发展", 3),
            row(
                &[
                    "1",
                    "扩充普惠学位",
                    "基教处",
                    "财务处、规划处",
                    "2031-06-30"
                ],
                0,
                4
            ),
            row(&["2", "改造薄弱校舍", "基教处", "0.5", "TRUE"], 0, 5),
            row(&["", "备注：以上为初稿"], 0, 7),
            row(&["序号", "任务"], 1, 1),
            row(&["3", "补充任务"], 1, 2),
        ]
    );
}

/// A one-sheet .ods written by hand: OpenDocument is a zip of XML.
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    let body: String = rows
        .iter()
        .map(|cells| {
            let cells: String = cells
                .iter()
                .map(|c| {
                    format!(
                        r#"<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>"#
                    )
                })
                .collect();
            format!("<table:table-row>{cells}</table:table-row>")
        })
        .collect();
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Sheet1">{body}</table:table></office:spreadsheet></office:body>
</office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#;
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
        ),
        ("content.xml", content.as_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
    ])
}

#[test]
fn an_ods_sheet_reads_as_rows() {
    let bytes = ods(&[
        &["工作台账"],
        &["序号", "任务", "责任单位"],
        &["1", "编制规划", "规划处"],
    ]);
    let doc = formats::read("台账.ods", &bytes).unwrap();
    assert_eq!(doc.container, Container::Ods);
    assert_eq!(
        doc.blocks,
        vec![
            para("工作台账", 1),
            row(&["序号", "任务", "责任单位"], 0, 2),
            row(&["1", "编制规划", "规划处"], 0, 3),
        ]
    );
}

fn refused(name: &str, bytes: &[u8]) -> FormatError {
    match formats::read(name, bytes) {
        Err(ParseError::Format(e)) => e,
        other => panic!("{name} should be refused, got {other:?}"),
    }
}

#[test]
fn damaged_spreadsheets_are_refused_naming_the_file() {
    let bytes = ledger();
    let e = refused("台账.xlsx", &bytes[..bytes.len() * 2 / 3]);
    assert!(matches!(e, FormatError::Damaged { .. }), "{e:?}");
    assert!(e.to_string().contains("台账.xlsx"), "{e}");
    let broken = zip_of(&[("xl/workbook.xml", b"<workbook><sheets>".as_slice())]);
    let e = refused("坏.xlsx", &broken);
    assert!(matches!(e, FormatError::Damaged { .. }), "{e:?}");
    let e = refused(
        "坏.ods",
        &zip_of(&[(
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
        )]),
    );
    assert!(e.to_string().contains("content.xml"), "{e}");
}

#[test]
fn an_old_excel_file_goes_to_the_xls_reader() {
    // A compound file with an (empty) Workbook stream: read as .xls, not as text
    // and not refused as a Word file. No .xls fixture is generated here (no office
    // suite to write one); calamine's own tests cover its BIFF reader.
    let doc = formats::read("旧.xls", &common::docs::ole2(&["Workbook"])).unwrap();
    assert_eq!(doc.container, Container::Xls);
    assert!(doc.blocks.is_empty());
}
