use super::*;

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

fn body(inner: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{inner}<w:sectPr/></w:body></w:document>"#
    )
}

fn read_body(styles: &str, numbering: &str, inner: &str) -> Vec<Block> {
    let styles = Styles::parse(&format!("<w:styles xmlns:w=\"x\">{styles}</w:styles>")).unwrap();
    let numbering = Numbering::parse(&format!(
        "<w:numbering xmlns:w=\"x\">{numbering}</w:numbering>"
    ))
    .unwrap();
    Body::new(styles, numbering).read(&body(inner)).unwrap()
}

#[test]
fn runs_insertions_fields_kept_deletions_instructions_and_hidden_dropped() {
    let blocks = read_body(
        "",
        "",
        r#"<w:p><w:r><w:t xml:space="preserve">推进 </w:t></w:r><w:ins w:id="1"><w:r><w:t>县域</w:t></w:r></w:ins>
        <w:del w:id="2"><w:r><w:delText>乡村</w:delText></w:r></w:del><w:r><w:t>高中&amp;发展</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>（见附件）</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:tab/><w:t>完</w:t></w:r></w:p>
        <w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"#,
    );
    assert_eq!(blocks, vec![para("推进 县域高中&发展（见附件）\t完", 1)]);
}

#[test]
fn line_breaks_split_a_paragraph() {
    let blocks = read_body(
        "",
        "",
        r#"<w:p><w:r><w:t>一、总体安排</w:t><w:br/><w:t>1.第一项</w:t><w:br/><w:br/><w:t>2.第二项</w:t></w:r></w:p>"#,
    );
    assert_eq!(
        blocks,
        vec![
            para("一、总体安排", 1),
            para("1.第一项", 2),
            para("2.第二项", 3)
        ]
    );
}

#[test]
fn headings_from_styles_and_outline_levels() {
    let blocks = read_body(
        r#"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>"#,
        "",
        r#"<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、大标题</w:t></w:r></w:p>
        <w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>（一）小标题</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>"#,
    );
    assert_eq!(
        blocks,
        vec![
            Block::Paragraph {
                text: "一、大标题".into(),
                heading: Some(1),
                at: 1
            },
            Block::Paragraph {
                text: "（一）小标题".into(),
                heading: Some(2),
                at: 2
            },
            para("正文", 3),
        ]
    );
}

const NUMBERING: &str = r#"
  <w:abstractNum w:abstractNumId="7">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>"#;

#[test]
fn word_numbering_is_written_in_front_including_through_styles() {
    let blocks = read_body(
        r#"<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="List Section"/>
            <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>"#,
        NUMBERING,
        r#"<w:p><w:pPr><w:pStyle w:val="L1"/></w:pPr><w:r><w:t>加强党的建设</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>健全机制</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr></w:pPr></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>从严治党</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="L1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="L1"/></w:pPr><w:r><w:t>夯实基础</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>编制规划</w:t></w:r></w:p>"#,
    );
    let texts: Vec<(&str, Option<u8>)> = blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text, heading, .. } => (text.as_str(), *heading),
            Block::Row { .. } => unreachable!(),
        })
        .collect();
    assert_eq!(
        texts,
        vec![
            ("一、加强党的建设", Some(1)),
            ("1.健全机制", None),
            // The empty numbered paragraph took number 2.
            ("3.从严治党", None),
            ("不编号", Some(1)),
            ("二、夯实基础", Some(1)),
            ("1.编制规划", None),
        ]
    );
}

fn tc(props: &str, text: &str) -> String {
    let paras: String = text
        .split('|')
        .map(|t| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"))
        .collect();
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{paras}</w:tc>")
}

#[test]
fn tables_repeat_merged_cells_and_flatten_nested_tables() {
    let restart = r#"<w:vMerge w:val="restart"/>"#;
    let cont = "<w:vMerge/>";
    let span2 = r#"<w:gridSpan w:val="2"/>"#;
    let nested = format!(
        "<w:tc><w:p><w:r><w:t>外层</w:t></w:r></w:p><w:tbl><w:tr>{}{}</w:tr></w:tbl></w:tc>",
        tc("", "内一"),
        tc(r#"<w:vMerge w:val="restart"/>"#, "内二")
    );
    let rows = [
        format!(
            "{}{}{}",
            tc("", "序号"),
            tc(span2, "重点任务"),
            tc("", "牵头单位")
        ),
        format!(
            "{}{}{}{}",
            tc("", "1"),
            tc("", "任务甲"),
            tc("", "细则"),
            tc(restart, "基教处|财建处")
        ),
        format!(
            "{}{}{}{}",
            tc("", "2"),
            tc("", "任务乙"),
            tc("", ""),
            tc(cont, "")
        ),
        format!("{}{}{}", tc("", "3"), tc(span2, "任务丙"), nested),
    ];
    let tbl: String = rows.iter().map(|r| format!("<w:tr>{r}</w:tr>")).collect();
    let blocks = read_body(
        "",
        "",
        &format!(
            "<w:p><w:r><w:t>前言</w:t></w:r></w:p><w:tbl>{tbl}</w:tbl><w:tbl><w:tr>{}</w:tr></w:tbl>",
            tc("", "二号表")
        ),
    );
    assert_eq!(
        blocks,
        vec![
            para("前言", 1),
            row(&["序号", "重点任务", "重点任务", "牵头单位"], 0, 2),
            row(&["1", "任务甲", "细则", "基教处\n财建处"], 0, 3),
            row(&["2", "任务乙", "", "基教处\n财建处"], 0, 4),
            row(&["3", "任务丙", "任务丙", "外层\n内一\n内二"], 0, 5),
            row(&["二号表"], 1, 6),
        ]
    );
}

#[test]
fn unclosed_or_broken_xml_is_an_error() {
    let styles = Styles::default;
    let numbering = Numbering::default;
    assert!(
        Body::new(styles(), numbering())
            .read("<w:document><w:body><w:p>")
            .is_err()
    );
    assert!(
        Body::new(styles(), numbering())
            .read("<w:document><w:body></w:p></w:body></w:document>")
            .is_err()
    );
    assert!(Body::new(styles(), numbering()).read("").is_err());
}
