//! Saved web pages read into blocks: the article only, lines split at <br>,
//! tables with merged cells repeated, GB2312 pages decoded.

use duban::plan::blocks::{Block, Container};
use duban::plan::formats;

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

/// A page in the shape of a government site's article page, text invented.
pub const PAGE: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某某局关于印发工作要点的通知</title>
<style>p { margin: 0 }</style><script>var menu = ["首页"];</script></head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/en">English</a></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
  <li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="main-wrap">
  <div class="sidebar"><h3>相关链接</h3><ul><li>链接一</li><li>链接二</li></ul></div>
  <div class="article">
    <h1 class="title">某某局2031年工作要点</h1>
    <div class="info">发布时间：2031-02-01　来源：办公室<span class="share">分享到：微信</span></div>
    <div id="zoom" class="TRS_Editor">
      <p>　　一、提升教育质量<br>1.推进课程改革。完善课程体系，加强教研指导。<br/>
      责任单位：基教处、教研室</p>
      <p>&nbsp;2.加强教师培训。
         开展全员轮训。</p>
      <p>责任单位：人事处</p>
      <table border="1">
        <tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>
        <tr><td>3</td><td>建设智慧校园</td><td rowspan="2">信息中心</td><td>年底前</td></tr>
        <tr><td>4</td><td>更新网络设备</td><td>6月底前</td></tr>
        <tr><td colspan="4">二、保障措施</td></tr>
      </table>
      <div>本要点自印发之日起施行。</div>
    </div>
  </div>
</div>
<div class="footer"><p>版权所有：某某局　地址：某某路1号</p><p>网站标识码：0000000000</p></div>
</body></html>"#;

#[test]
fn a_government_article_page_reads_as_its_article() {
    let doc = formats::read("通知.html", PAGE.as_bytes()).unwrap();
    assert_eq!(doc.container, Container::Html);
    assert_eq!(
        doc.blocks,
        vec![
            para("某某局2031年工作要点", Some(1), 1),
            para("一、提升教育质量", None, 2),
            para("1.推进课程改革。完善课程体系，加强教研指导。", None, 3),
            para("责任单位：基教处、教研室", None, 4),
            para("2.加强教师培训。开展全员轮训。", None, 5),
            para("责任单位：人事处", None, 6),
            row(&["序号", "重点任务", "牵头单位", "完成时限"], 0, 7),
            row(&["3", "建设智慧校园", "信息中心", "年底前"], 0, 8),
            row(&["4", "更新网络设备", "信息中心", "6月底前"], 0, 9),
            row(&["二、保障措施"; 4], 0, 10),
            para("本要点自印发之日起施行。", None, 11),
        ]
    );
}

#[test]
fn headings_and_list_items_are_paragraphs_and_layout_tables_are_not_rows() {
    let page = r#"<html><body>
      <table class="layout"><tr><td>
        <div class="content"><h2>一、总体目标</h2>
        <ul><li>1.目标甲</li><li>2.目标乙</li></ul>
        <p>内容足够长的段落，用来让这个区域成为正文，而不是导航或者页脚。</p></div>
      </td></tr></table>
      <footer>页脚</footer></body></html>"#;
    let doc = formats::read("page.htm", page.as_bytes()).unwrap();
    assert_eq!(
        doc.blocks,
        vec![
            para("一、总体目标", Some(2), 1),
            para("1.目标甲", None, 2),
            para("2.目标乙", None, 3),
            para(
                "内容足够长的段落，用来让这个区域成为正文，而不是导航或者页脚。",
                None,
                4
            ),
        ]
    );
}

#[test]
fn a_gb2312_page_is_decoded() {
    let head = r#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><div id="content">"#;
    let (body, _, _) =
        encoding_rs::GBK.encode("<p>一、总则</p><p>1.加强领导。</p><p>责任单位：办公室</p>");
    let mut bytes = head.as_bytes().to_vec();
    bytes.extend_from_slice(&body);
    bytes.extend_from_slice(b"</div></body></html>");
    let doc = formats::read("gb.html", &bytes).unwrap();
    assert_eq!(
        doc.blocks,
        vec![
            para("一、总则", None, 1),
            para("1.加强领导。", None, 2),
            para("责任单位：办公室", None, 3),
        ]
    );
}

#[test]
fn a_page_wrapped_in_a_top_named_container_keeps_its_text() {
    // A wrapper named like furniture that holds the whole page is not furniture.
    let page = r#"<html><body><div id="top"><div id="main">
      <p>一、总则</p><p>1.推进某项工作，内容足够长以占据页面的主要部分。</p></div></div></body></html>"#;
    let doc = formats::read("p.html", page.as_bytes()).unwrap();
    assert_eq!(
        doc.blocks,
        vec![
            para("一、总则", None, 1),
            para("1.推进某项工作，内容足够长以占据页面的主要部分。", None, 2),
        ]
    );
}

/// An older site lays its page out in tables: navigation in one cell, the article
/// (with its own task table) in another. The outer table is layout; the inner one
/// is read as rows.
#[test]
fn a_task_table_inside_a_layout_table_is_read_as_rows() {
    let page = r#"<html><head><meta charset="utf-8"><title>某市重点任务</title></head><body>
<table width="980"><tr>
  <td width="200"><div class="nav-left">栏目导航</div></td>
  <td>
    <table><tr><td><h2>某市2031年重点任务分解表</h2></td></tr></table>
    <table border="1">
      <tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>建设智慧停车系统</td><td>市城市管理局</td></tr>
    </table>
  </td>
</tr></table></body></html>"#;
    let doc = formats::read("page.html", page.as_bytes()).unwrap();
    let rows: Vec<Vec<String>> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Row { cells, .. } => Some(cells.clone()),
            Block::Paragraph { .. } => None,
        })
        .collect();
    assert_eq!(
        rows,
        [
            vec!["序号", "重点任务", "牵头单位"],
            vec!["1", "建设智慧停车系统", "市城市管理局"]
        ]
    );
    let parsed = duban::plan::parse_document(&doc).unwrap();
    assert_eq!(parsed.plan.items[0].title, "建设智慧停车系统");
}
