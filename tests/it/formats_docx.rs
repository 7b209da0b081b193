//! Word .docx read into blocks: numbering, headings, tables with merged cells, and
//! damaged files refused.

use crate::common;

use common::docs::{
    deflated_zeros, docx, mark_encrypted, np, p, tbl, tc, zip_of, zip_raw, zip_with,
};
use duban::plan::ParseError;
use duban::plan::blocks::{Block, Container};
use duban::plan::formats::{self, FormatError};

fn para(text: &str, heading: Option<u8>, at: usize) -> Block {
    Block::Paragraph {
        text: text.into(),
        heading,
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

const STYLES: &str = r#"
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#;

const NUMBERING: &str = r#"
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>"#;

fn styled(style: &str, text: &str) -> String {
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
}

#[test]
fn word_numbering_and_headings_come_out_as_the_document_shows_them() {
    let body = [
        p("某某局2031年重点工作安排"),
        styled("1", "提升办学质量"),
        styled("2", "办好基础教育"),
        np(2, 0, "新建幼儿园十所"),
        np(2, 0, "改造薄弱学校"),
        styled("2", "发展职业教育"),
        // A new num over the same list with a start override: counts from 1 again.
        np(3, 0, "建设实训基地"),
        np(4, 0, "圆圈编号"),
        styled("1", "保障条件"),
        np(3, 0, "落实经费"),
    ]
    .concat();
    let doc = formats::read("plan.docx", &docx(&body, Some(STYLES), Some(NUMBERING))).unwrap();
    assert_eq!(doc.container, Container::Docx);
    assert_eq!(
        doc.blocks,
        vec![
            para("某某局2031年重点工作安排", None, 1),
            para("一、提升办学质量", Some(1), 2),
            para("（一）办好基础教育", Some(2), 3),
            para("1.新建幼儿园十所", None, 4),
            para("2.改造薄弱学校", None, 5),
            para("（二）发展职业教育", Some(2), 6),
            para("1.建设实训基地", None, 7),
            para("①圆圈编号", None, 8),
            para("二、保障条件", Some(1), 9),
            para("2.落实经费", None, 10),
        ]
    );
}

#[test]
fn a_decomposition_table_repeats_a_vertically_merged_lead_office() {
    let restart = r#"<w:vMerge w:val="restart"/>"#;
    let cont = "<w:vMerge/>";
    let header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
        .map(|h| tc("", h))
        .concat();
    let group = tc(r#"<w:gridSpan w:val="5"/>"#, "一、基础教育");
    let r1 = [
        tc("", "1"),
        tc("", "扩充学位供给"),
        tc(restart, "基教处"),
        tc("", "发展规划处|财务处"),
        tc("", "6月底前"),
    ]
    .concat();
    let r2 = [
        tc("", "2"),
        tc("", "规范招生秩序"),
        tc(cont, ""),
        tc("", ""),
        tc("", "年底前"),
    ]
    .concat();
    let body = format!("{}{}", p("附件"), tbl(&[header, group, r1, r2]));
    let doc = formats::read("分工.docx", &docx(&body, None, None)).unwrap();
    assert_eq!(
        doc.blocks,
        vec![
            para("附件", None, 1),
            row(
                &["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
                0,
                2
            ),
            row(&["一、基础教育"; 5], 0, 3),
            row(
                &[
                    "1",
                    "扩充学位供给",
                    "基教处",
                    "发展规划处\n财务处",
                    "6月底前"
                ],
                0,
                4
            ),
            row(&["2", "规范招生秩序", "基教处", "", "年底前"], 0, 5),
        ]
    );
}

#[test]
fn the_extension_does_not_matter_the_content_does() {
    let bytes = docx(&p("一、总则"), None, None);
    let doc = formats::read("下载文件.wps", &bytes).unwrap();
    assert_eq!(doc.container, Container::Docx);
    assert_eq!(doc.blocks, vec![para("一、总则", None, 1)]);
}

fn refused(name: &str, bytes: &[u8]) -> FormatError {
    match formats::read(name, bytes) {
        Err(ParseError::Format(e)) => e,
        other => panic!("{name} should be refused as a format error, got {other:?}"),
    }
}

#[test]
fn a_truncated_docx_is_refused_as_damaged() {
    let bytes = docx(&p("一、总则"), None, None);
    let e = refused("plan.docx", &bytes[..bytes.len() / 2]);
    assert!(matches!(e, FormatError::Damaged { .. }), "{e:?}");
    let message = e.to_string();
    assert!(message.contains("plan.docx"), "{message}");
    assert!(message.contains("damaged"), "{message}");
    assert!(message.contains("truncated"), "{message}");
}

#[test]
fn malformed_xml_is_refused_as_damaged() {
    for document in [
        "<w:document><w:body><w:p><w:r><w:t>未闭合",
        "<w:document><w:body></w:p></w:body></w:document>",
        "not xml at all",
    ] {
        let bytes = zip_of(&[("word/document.xml", document.as_bytes())]);
        let e = refused("bad.docx", &bytes);
        let message = e.to_string();
        assert!(
            message.contains("bad.docx") && message.contains("word/document.xml"),
            "{message}"
        );
    }
}

#[test]
fn a_docx_without_its_main_part_is_refused() {
    let bytes = zip_of(&[("word/styles.xml", b"<w:styles/>".as_slice())]);
    let message = refused("empty.docx", &bytes).to_string();
    assert!(
        message.contains("word/document.xml is missing"),
        "{message}"
    );
}

#[test]
fn an_encrypted_zip_entry_is_refused() {
    let bytes = mark_encrypted(zip_with(
        &[("word/document.xml", b"<w:document/>".as_slice())],
        zip::CompressionMethod::Stored,
    ));
    let e = refused("secret.docx", &bytes);
    assert_eq!(
        e,
        FormatError::Encrypted {
            name: "secret.docx".into()
        }
    );
    assert!(e.to_string().contains("password"));
}

#[test]
fn a_zip_bomb_is_refused_whatever_its_headers_declare() {
    // Honest headers: 101 MB declared, refused before inflating anything.
    let payload = deflated_zeros(101 * 1024 * 1024);
    assert!(payload.len() < 1024 * 1024);
    let honest = zip_raw("word/document.xml", &payload, 101 * 1024 * 1024);
    let e = refused("bomb.docx", &honest);
    assert!(
        matches!(e, FormatError::TooLargeUnpacked { limit_mb: 100, .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("bomb.docx") && e.to_string().contains("100 MB"));
    // Lying headers (1 KB declared): refused as it inflates (the zip crate notices
    // the lie; duban also counts the bytes it inflates against the 100 MB budget).
    for (name, part) in [
        ("bomb.docx", "word/document.xml"),
        ("bomb.xlsx", "xl/workbook.xml"),
    ] {
        let lying = zip_raw(part, &payload, 1000);
        let e = refused(name, &lying);
        assert!(
            matches!(
                &e,
                FormatError::TooLargeUnpacked { .. } | FormatError::Damaged { .. }
            ),
            "{e:?}"
        );
        assert!(e.to_string().contains(name), "{e}");
    }
}

#[test]
fn a_small_hand_built_zip_reads() {
    // The bomb builder makes valid archives: a small one reads as a document.
    let xml = format!(
        r#"<w:document xmlns:w="{}"><w:body>{}</w:body></w:document>"#,
        common::docs::W,
        p("一、总则")
    );
    let mut deflated = Vec::new();
    // Stored-as-literals is not what deflated_zeros makes; use the zip crate instead
    // and check only that zip_raw's framing is read (its entry holds zeros).
    deflated.extend(deflated_zeros(10));
    let bytes = zip_raw("word/document.xml", &deflated, 10);
    let e = refused("zeros.docx", &bytes);
    // Ten zero bytes are not XML: damaged, not too large.
    assert!(matches!(e, FormatError::Damaged { .. }), "{e:?}");
    assert!(formats::read("ok.docx", &zip_of(&[("word/document.xml", xml.as_bytes())])).is_ok());
}

#[test]
fn too_many_entries_are_refused() {
    let names: Vec<String> = (0..10_001).map(|k| format!("x/{k}")).collect();
    let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    entries.push(("word/document.xml", b"<w:document/>"));
    let e = refused(
        "many.docx",
        &zip_with(&entries, zip::CompressionMethod::Stored),
    );
    assert!(matches!(e, FormatError::TooManyEntries { .. }), "{e:?}");
}
