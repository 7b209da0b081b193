//! Task tables in every container, imported end to end through `duban import`: the
//! container readers (merged cells repeated, title rows) and the structure reader
//! together.

use crate::common;

use common::cli::Env;
use common::docs::{docx, p, tbl, tc};
use serde_json::Value;

/// (number, title, lead offices, co-operating offices, deadline as written)
type Expected = (u64, String, Vec<String>, Vec<String>, Option<String>);

fn items(env: &Env, name: &str, bytes: &[u8]) -> Vec<Value> {
    let file = env.path(name);
    std::fs::write(&file, bytes).unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    let export = env.json(&["export"]);
    let sections: Vec<&str> = export["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(sections, ["基础教育", "信息化"], "group rows are sections");
    let in_section: Vec<u64> = export["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["section"].as_u64().unwrap())
        .collect();
    assert_eq!(in_section, [1, 1, 2]);
    export["items"].as_array().unwrap().clone()
}

fn got(items: &[Value]) -> Vec<Expected> {
    let text = |v: &Value| v.as_str().unwrap().to_string();
    items
        .iter()
        .map(|i| {
            let offices = |role: &str| -> Vec<String> {
                i["offices"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|o| o["role"] == role)
                    .map(|o| text(&o["name"]))
                    .collect()
            };
            (
                i["number"].as_u64().unwrap(),
                text(&i["title"]),
                offices("lead"),
                offices("co"),
                i["deadline_text"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn expected() -> Vec<Expected> {
    let v = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    vec![
        (
            1,
            "扩充普惠性学位".into(),
            v(&["基教处"]),
            // Kept as written: 规划处 (its short form) appears nowhere in this document.
            v(&["发展规划处", "财务处"]),
            Some("6月底前".into()),
        ),
        (
            2,
            "规范义务教育招生".into(),
            v(&["基教处"]),
            vec![],
            Some("9月底前".into()),
        ),
        (
            3,
            "建设智慧校园".into(),
            v(&["信息中心"]),
            v(&["财务处"]),
            Some("年底前".into()),
        ),
    ]
}

const TITLE: &str = "某某局2031年重点工作任务分解方案";
const HEADER: [&str; 5] = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"];

#[test]
fn a_docx_task_table_with_a_vertically_merged_lead_office() {
    let restart = r#"<w:vMerge w:val="restart"/>"#;
    let cont = "<w:vMerge/>";
    let span = r#"<w:gridSpan w:val="5"/>"#;
    let rows = vec![
        HEADER.map(|h| tc("", h)).concat(),
        tc(span, "一、基础教育"),
        [
            tc("", "1"),
            tc("", "扩充普惠性学位"),
            tc(restart, "基教处"),
            tc("", "发展规划处、财务处"),
            tc("", "6月底前"),
        ]
        .concat(),
        [
            tc("", "2"),
            tc("", "规范义务教育招生"),
            tc(cont, ""),
            tc("", ""),
            tc("", "9月底前"),
        ]
        .concat(),
        tc(span, "二、信息化"),
        [
            tc("", "3"),
            tc("", "建设智慧校园"),
            tc("", "信息中心"),
            tc("", "财务处"),
            tc("", "年底前"),
        ]
        .concat(),
    ];
    let body = format!("{}{}", p(TITLE), tbl(&rows));
    let env = Env::new();
    let items = items(&env, "分解方案.docx", &docx(&body, None, None));
    assert_eq!(got(&items), expected());
    assert_eq!(env.json(&["export"])["plan"]["title"], TITLE);
}

#[test]
fn an_xlsx_ledger_under_a_merged_title_row() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let plain = Format::new();
    let sheet = book.add_worksheet();
    sheet.merge_range(0, 0, 0, 4, TITLE, &plain).unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    sheet
        .merge_range(2, 0, 2, 4, "一、基础教育", &plain)
        .unwrap();
    sheet.write_number(3, 0, 1.0).unwrap();
    sheet.write_string(3, 1, "扩充普惠性学位").unwrap();
    sheet.merge_range(3, 2, 4, 2, "基教处", &plain).unwrap();
    sheet.write_string(3, 3, "发展规划处、财务处").unwrap();
    sheet.write_string(3, 4, "6月底前").unwrap();
    sheet.write_number(4, 0, 2.0).unwrap();
    sheet.write_string(4, 1, "规范义务教育招生").unwrap();
    sheet.write_string(4, 4, "9月底前").unwrap();
    sheet.merge_range(5, 0, 5, 4, "二、信息化", &plain).unwrap();
    for (c, v) in ["3", "建设智慧校园", "信息中心", "财务处", "年底前"]
        .iter()
        .enumerate()
    {
        sheet.write_string(6, c as u16, *v).unwrap();
    }
    let env = Env::new();
    let items = items(&env, "台账.xlsx", &book.save_to_buffer().unwrap());
    assert_eq!(got(&items), expected());
    assert_eq!(env.json(&["export"])["plan"]["title"], TITLE);
}

#[test]
fn an_html_article_with_navigation_a_footer_and_a_task_table() {
    let page = format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
        <div class="nav"><ul><li>首页</li><li>1.机构职能</li><li>2.政务公开</li></ul></div>
        <div class="location">当前位置：首页 &gt; 通知公告</div>
        <div class="article"><h1>{TITLE}</h1>
        <div id="zoom" class="TRS_Editor">
        <table border="1">
          <tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
          <tr><td colspan="5">一、基础教育</td></tr>
          <tr><td>1</td><td>扩充普惠性学位</td><td rowspan="2">基教处</td><td>发展规划处、财务处</td><td>6月底前</td></tr>
          <tr><td>2</td><td>规范义务教育招生</td><td></td><td>9月底前</td></tr>
          <tr><td colspan="5">二、信息化</td></tr>
          <tr><td>3</td><td>建设智慧校园</td><td>信息中心</td><td>财务处</td><td>年底前</td></tr>
        </table></div></div>
        <div class="footer"><p>主办单位：某某局</p><p>4.网站地图</p></div></body></html>"#
    );
    let env = Env::new();
    let items = items(&env, "通知.html", page.as_bytes());
    assert_eq!(got(&items), expected());
}
