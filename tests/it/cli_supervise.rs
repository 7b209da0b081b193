//! The supervision loop on the command line (issue 12): identity, members and
//! rules (exit status 3 when refused), the cycle and 未报, urges, close-out, the
//! bulletin (JSON, Word) and the ledger (Excel), read back and asserted.

use crate::common;

use common::cli::Env;
use serde_json::{Value, json};
use std::io::Read;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");

/// The fixture imported on 2020-05-01; the OS account and 督查 supervise from
/// 办公室; 基教, 教师 and 高教 belong to the lead offices of items 1, 2 and 3
/// (基教处 also co-operates on 3). The OS account must supervise so that its
/// `--as` stays allowed once there are supervisors.
fn supervised() -> Env {
    let env = Env::new();
    let me = duban::identity::os_user();
    let at = "2020-05-01T09:00:00Z";
    env.ok_at(&me, at, &["import", FIXTURE]);
    env.ok_at(&me, at, &["member", "add", &me, "办公室", "--supervisor"]);
    env.ok_at(
        &me,
        at,
        &[
            "member",
            "add",
            "督查",
            "办公室",
            "--supervisor",
            "--allow-unknown",
        ],
    );
    env.ok_at(
        &me,
        at,
        &["member", "add", "基教", "基教处", "--allow-unknown"],
    );
    env.ok_at(
        &me,
        at,
        &["member", "add", "教师", "教师处", "--allow-unknown"],
    );
    env.ok_at(
        &me,
        at,
        &["member", "add", "高教", "高教处", "--allow-unknown"],
    );
    env
}

/// Runs as `actor` at `at`; must be refused with exit status 3; returns stderr.
fn refused(env: &Env, actor: &str, args: &[&str]) -> String {
    let (code, err) = env.fails_as(actor, args);
    assert_eq!(code, 3, "duban {args:?} as {actor}: {err}");
    err
}

#[test]
fn the_actor_is_the_os_account_not_user() {
    let env = Env::new();
    let me = duban::identity::os_user();
    let out = env.run_own("冒名者", &["note", "1", "本人"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let history = env.json(&["history", "1", "--format", "json"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(last["actor"], me.as_str());
    assert!(last.get("recorded_by").is_none());
}

#[test]
fn acting_as_someone_else_is_recorded_with_who_typed_it() {
    let env = supervised();
    let me = duban::identity::os_user();
    env.ok_as("基教", &["note", "1", "代录"]);
    let history = env.ok(&["history", "1"]);
    assert!(history.contains(&format!("基教（{me}代录）")), "{history}");
    let json = env.json(&["history", "1", "--format", "json"]);
    let last = json.as_array().unwrap().last().unwrap();
    assert_eq!(
        (&last["actor"], &last["recorded_by"]),
        (&json!("基教"), &json!(me))
    );
}

#[test]
fn acting_as_someone_else_is_refused_unless_root_or_supervisor() {
    let env = Env::new();
    let me = duban::identity::os_user();
    env.ok_as(
        &me,
        &[
            "member",
            "add",
            "督查",
            "办公室",
            "--supervisor",
            "--allow-unknown",
        ],
    );
    let out = env.run_as("张三", &["note", "1", "x"]);
    if duban::identity::is_root() {
        assert!(out.status.success(), "root may act as anyone");
    } else {
        assert_eq!(out.status.code(), Some(3));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("只有 root 和督查员可以代他人记录"), "{err}");
    }
}

#[test]
fn members_list_and_bootstrap_ends_with_the_first_supervisor() {
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    assert!(env.ok(&["members"]).contains("尚无成员"));
    // Before any supervisor anyone may add members; offices resolve by alias too.
    env.ok_as(
        "路人",
        &["member", "add", "基教", "基教处", "--allow-unknown"],
    );
    let me = duban::identity::os_user();
    env.ok_as(&me, &["member", "add", &me, "办公室", "--supervisor"]);
    let err = refused(&env, "基教", &["member", "add", "路人", "基教处"]);
    assert!(err.contains("调整成员仅限督查员（办公室）"), "{err}");
    let (code, err) = env.fails_as(&me, &["member", "add", "某人", "不存在的处"]);
    assert_eq!(code, 2, "{err}");
    let list = env.json(&["members", "--format", "json"]);
    let users: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["user"].as_str().unwrap())
        .collect();
    assert!(users.contains(&"基教") && users.contains(&me.as_str()));
    env.ok_as(&me, &["member", "remove", "基教", "基教处"]);
    let (code, _) = env.fails_as(&me, &["member", "remove", "基教", "基教处"]);
    assert_eq!(code, 2);
}

#[test]
fn each_rule_allows_and_refuses_on_the_command_line() {
    let env = supervised();
    // Move, report: the lead office and supervisors; not a co-operator.
    env.ok_as("高教", &["move", "3", "doing"]);
    let err = refused(&env, "基教", &["move", "3", "blocked"]);
    assert!(
        err.contains("第3项的移动仅限牵头处室（高教处）成员和督查员"),
        "{err}"
    );
    let err = refused(&env, "基教", &["--lang", "en", "move", "3", "blocked"]);
    assert!(
        err.contains("only members of the lead office (高教处) and supervisors may move item 3"),
        "{err}"
    );
    env.ok_as("督查", &["move", "3", "blocked"]);
    env.ok_as("高教", &["report", "3", "进展"]);
    refused(&env, "基教", &["report", "3", "越权"]);
    // Tick: co-operators too, not outsiders.
    env.ok_as("基教", &["tick", "3", "1"]);
    let err = refused(&env, "教师", &["tick", "3", "1", "--undone"]);
    assert!(err.contains("配合处室（基教处）"), "{err}");
    // Notes: anyone.
    env.ok_as("路人", &["note", "3", "路过"]);
    // Urge and confirm: supervisors; reply: the lead office.
    refused(&env, "高教", &["urge", "3", "自己催自己"]);
    // A reply-by date must not be past: the urge is made on 2020-06-10.
    env.ok_at(
        "督查",
        "2020-06-10T09:00:00Z",
        &["urge", "3", "请说明进展", "--reply-by", "2020-06-15"],
    );
    refused(&env, "督查", &["reply", "3", "督查员不能回复"]);
    refused(&env, "基教", &["reply", "3", "配合处室不能回复"]);
    env.ok_as("高教", &["reply", "3", "已推进"]);
    // Close: the lead office, with a statement; then 待销号 until a supervisor confirms.
    let (code, err) = env.fails_as("高教", &["move", "3", "done"]);
    assert_eq!(code, 2, "done without a statement is a usage error: {err}");
    assert!(err.contains("--note"), "{err}");
    refused(&env, "基教", &["move", "3", "done", "--note", "越权"]);
    let out = env.ok_as("高教", &["move", "3", "done", "--note", "办法已出台"]);
    assert!(out.contains("待销号"), "{out}");
    assert!(env.ok(&["show", "3"]).contains("待销号"));
    refused(&env, "高教", &["confirm", "3"]);
    // Reopen: the lead office or supervisors, not a co-operator.
    refused(&env, "基教", &["reopen", "3", "配合处室不能重开"]);
    env.ok_as("高教", &["reopen", "3", "材料不全"]);
    env.ok_as("高教", &["move", "3", "done", "--note", "材料已补齐"]);
    env.ok_as("督查", &["confirm", "3"]);
    let show = env.ok(&["show", "3"]);
    assert!(show.contains("已销号（督查，"), "{show}");
    assert!(show.contains("办结说明：材料已补齐"), "{show}");
    // The cycle: supervisors.
    refused(&env, "高教", &["cycle", "set", "weekly"]);
    env.ok_as("督查", &["cycle", "set", "quarterly", "--due-day", "20"]);
    // Everything is in the history.
    let history = env.ok(&["history", "3"]);
    for kind in [
        "报送进展：进展",
        "督办：请说明进展",
        "回复督办：已推进",
        "办结：办法已出台",
        "退回：材料不全",
        "销号",
    ] {
        assert!(history.contains(kind), "{kind} in {history}");
    }
}

#[test]
fn without_members_everything_is_allowed_and_done_is_final() {
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    env.ok_as("甲", &["urge", "1", "请加快"]);
    env.ok_as("乙", &["report", "1", "进展"]);
    let out = env.ok_as("丙", &["move", "1", "done", "--note", "完成"]);
    assert!(!out.contains("待销号"), "{out}");
    let (code, _) = env.fails(&["confirm", "1"]);
    assert_eq!(code, 2, "nothing awaits confirmation");
}

#[test]
fn unreported_shows_only_after_the_due_day() {
    let env = supervised();
    env.ok_at("基教", "2020-06-10T09:00:00Z", &["report", "1", "六月进展"]);
    let on_due_day = env.ok_at("基教", "2020-06-25T12:00:00Z", &["show", "2"]);
    assert!(!on_due_day.contains("未报"), "{on_due_day}");
    let cycle = env.ok_at("基教", "2020-06-25T12:00:00Z", &["cycle"]);
    assert!(cycle.contains("当前周期：2020-06"), "{cycle}");
    assert!(cycle.contains("应报4项，截至目前已报1/4"), "{cycle}");
    let after = env.ok_at("基教", "2020-06-26T09:00:00Z", &["show", "2"]);
    assert!(after.contains("督办标记：未报"), "{after}");
    let reported = env.ok_at("基教", "2020-06-26T09:00:00Z", &["show", "1"]);
    assert!(!reported.contains("未报"), "{reported}");
    assert!(reported.contains("2020-06（基教"), "{reported}");
    let cycle = env.ok_at("基教", "2020-06-26T09:00:00Z", &["cycle"]);
    assert!(cycle.contains("已过截止日：应报4项，未报3/4"), "{cycle}");
}

/// The scripted month of the bulletin tests.
fn june(env: &Env) {
    let me = duban::identity::os_user();
    let run = |actor: &str, at: &str, args: &[&str]| env.ok_at(actor, at, args);
    run(
        "基教",
        "2020-05-20T09:00:00Z",
        &["report", "1", "五月完成调研"],
    );
    run(
        "督查",
        "2020-06-05T09:00:00Z",
        &["urge", "2", "请报送培训进展", "--reply-by", "2020-06-15"],
    );
    run(
        "基教",
        "2020-06-10T09:00:00Z",
        &["report", "1", "方案已起草"],
    );
    run(
        "教师",
        "2020-06-12T09:00:00Z",
        &["reply", "2", "培训已完成八成"],
    );
    run("高教", "2020-06-12T10:00:00Z", &["move", "3", "blocked"]);
    run(
        "督查",
        "2020-06-15T09:00:00Z",
        &["urge", "3", "请说明受阻原因"],
    );
    run(
        "督查",
        "2020-06-20T09:00:00Z",
        &["move", "4", "done", "--note", "制度已印发"],
    );
    run(&me, "2020-06-21T09:00:00Z", &["confirm", "4"]);
}

#[test]
fn a_scripted_month_bulletin_field_by_field() {
    let env = supervised();
    june(&env);
    let b: Value = serde_json::from_str(&env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &["bulletin", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(b["period"], "2020-06");
    let o = &b["overall"];
    assert_eq!(o["items"], 4);
    assert_eq!(o["done"], 1);
    assert_eq!(o["confirmed"], 1);
    assert_eq!(o["overdue"], 1, "item 2 was due 2020-05-31");
    assert_eq!(o["blocked"], 1);
    assert_eq!(o["completion_rate"], 25.0);
    assert_eq!(o["reports_missing"], 2);
    assert_eq!(o["urges_open"], 1);
    let offices = b["offices"].as_array().unwrap();
    let names: Vec<&str> = offices
        .iter()
        .map(|o| o["office"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["办公室", "基教处", "教师处", "高教处"]);
    let row = |name: &str| offices.iter().find(|o| o["office"] == name).unwrap();
    assert_eq!(
        row("办公室"),
        &json!({"office": "办公室", "led": 1, "todo": 0, "doing": 0, "blocked": 0, "done": 1,
                "confirmed": 1, "overdue": 0, "reports_missing": 0, "reports_due": 0,
                "reports_made": 0, "urges_open": 0})
    );
    assert_eq!(
        row("基教处"),
        &json!({"office": "基教处", "led": 1, "todo": 1, "doing": 0, "blocked": 0, "done": 0,
                "confirmed": 0, "overdue": 0, "reports_missing": 0, "reports_due": 1,
                "reports_made": 1, "urges_open": 0})
    );
    assert_eq!(
        row("教师处"),
        &json!({"office": "教师处", "led": 1, "todo": 1, "doing": 0, "blocked": 0, "done": 0,
                "confirmed": 0, "overdue": 1, "reports_missing": 1, "reports_due": 1,
                "reports_made": 0, "urges_open": 0})
    );
    assert_eq!(
        row("高教处"),
        &json!({"office": "高教处", "led": 1, "todo": 0, "doing": 0, "blocked": 1, "done": 0,
                "confirmed": 0, "overdue": 0, "reports_missing": 1, "reports_due": 1,
                "reports_made": 0, "urges_open": 1})
    );
    assert_eq!(
        b["lagging"],
        json!([
            {"number": 2, "title": "加强师资培训", "lead": "教师处",
             "why": ["overdue", "no_report"], "latest_report": null},
            {"number": 3, "title": "推进考试改革", "lead": "高教处",
             "why": ["blocked", "no_report"], "latest_report": null},
        ])
    );
    assert_eq!(
        b["urges"],
        json!([
            {"number": 2, "lead": "教师处", "text": "请报送培训进展", "by": "督查",
             "at": "2020-06-05T09:00:00.000Z", "reply_by": "2020-06-15", "answered": true},
            {"number": 3, "lead": "高教处", "text": "请说明受阻原因", "by": "督查",
             "at": "2020-06-15T09:00:00.000Z", "reply_by": null, "answered": false},
        ])
    );
    // The previous month: item 1's May report is its latest then.
    let may: Value = serde_json::from_str(&env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &["bulletin", "--period", "2020-05", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(may["period"], "2020-05");
    assert_eq!(may["overall"]["reports_missing"], 2, "items 2 and 3 in May");
    let (code, err) = env.fails(&["bulletin", "--period", "六月"]);
    assert_eq!(code, 2, "{err}");
    // Text and Markdown carry the same numbers.
    let text = env.ok_at("督查", "2020-06-26T09:00:00Z", &["bulletin"]);
    assert!(text.contains("完成率25.0%"), "{text}");
    assert!(
        text.contains("2. 加强师资培训（教师处；逾期、连续两期未报）"),
        "{text}"
    );
    let md = env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &["bulletin", "--format", "md"],
    );
    assert!(md.starts_with("# 督办通报"), "{md}");
    assert!(md.contains("| 高教处 | 1 | 0 | 0 | 1 |"), "{md}");
}

pub(crate) fn unzip(path: &std::path::Path, name: &str) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut entry = zip.by_name(name).unwrap();
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

/// The text of each paragraph (`w:p`) of a Word document's body, and the texts of
/// each table's cells.
pub(crate) fn docx_contents(xml: &str) -> (Vec<String>, Vec<Vec<Vec<String>>>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut paragraphs, mut tables) = (Vec::new(), Vec::new());
    let (mut para, mut row, mut in_t, mut depth) = (String::new(), Vec::new(), false, 0);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => match e.name().as_ref() {
                "w:tbl" => {
                    depth += 1;
                    tables.push(Vec::new());
                }
                "w:tr" => row = Vec::new(),
                "w:p" => para.clear(),
                "w:t" => in_t = true,
                _ => {}
            },
            Event::Text(t) if in_t => para.push_str(&t.xml10_content()),
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_t = false,
                "w:p" if depth == 0 => paragraphs.push(para.clone()),
                "w:p" => row.push(para.clone()),
                "w:tr" => tables.last_mut().unwrap().push(row.clone()),
                "w:tbl" => depth -= 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    (paragraphs, tables)
}

#[test]
fn the_bulletin_as_a_word_document_reads_back() {
    let env = supervised();
    june(&env);
    let path = env.path("通报.docx");
    env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &[
            "bulletin",
            "--format",
            "docx",
            "--output",
            path.to_str().unwrap(),
        ],
    );
    let (paragraphs, tables) = docx_contents(&unzip(&path, "word/document.xml"));
    assert_eq!(paragraphs[0], "督办通报");
    assert_eq!(paragraphs[1], "测试厅2020年工作要点");
    assert_eq!(
        paragraphs[2],
        "周期：2020-06（2020年6月）  日期：2020年6月26日"
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p
                .starts_with("截至2020年6月，共有事项4项，已完成1项（已销号1项），完成率25.0%")),
        "{paragraphs:?}"
    );
    assert_eq!(tables.len(), 2, "the office table and the lagging items");
    assert_eq!(tables[0][0][0], "牵头处室");
    assert_eq!(
        tables[0][4],
        ["高教处", "1", "0", "0", "1", "0", "0", "0", "1", "1"]
    );
    assert_eq!(
        tables[1][1],
        [
            "2",
            "加强师资培训",
            "教师处",
            "逾期、连续两期未报",
            "无报送"
        ]
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p == "3. 高教处（督查，待回复）：请说明受阻原因")
    );
    // A docx needs a file to go to.
    let (code, _) = env.fails(&["bulletin", "--format", "docx"]);
    assert_eq!(code, 2);
}

#[test]
fn the_bulletin_docx_uses_office_fonts_with_fallbacks_and_display_names() {
    let env = supervised();
    june(&env);
    let me = duban::identity::os_user();
    env.ok_as(&me, &["member", "rename", "督查", "张\u{200b}督查"]);
    let path = env.path("通报.docx");
    env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &[
            "bulletin",
            "--format",
            "docx",
            "--output",
            path.to_str().unwrap(),
        ],
    );
    let doc = unzip(&path, "word/document.xml");
    let title = doc.find("督办通报").unwrap();
    let title_run = &doc[doc[..title].rfind("<w:r>").unwrap()..title];
    assert!(
        title_run.contains("w:eastAsia=\"方正小标宋简体\""),
        "{title_run}"
    );
    // People by display name (invisible characters dropped).
    assert!(doc.contains("高教处（张督查，待回复）"), "{doc}");
    let heading = doc.find("一、总体情况").unwrap();
    let heading_run = &doc[doc[..heading].rfind("<w:r>").unwrap()..heading];
    assert!(heading_run.contains("w:eastAsia=\"黑体\""), "{heading_run}");
    let styles = unzip(&path, "word/styles.xml");
    assert!(
        styles.contains("w:eastAsia=\"仿宋_GB2312\""),
        "body default: {styles}"
    );
    let fonts = unzip(&path, "word/fontTable.xml");
    for (font, fallback) in [
        ("方正小标宋简体", "华文中宋"),
        ("仿宋_GB2312", "仿宋"),
        ("黑体", "SimHei"),
    ] {
        let at = fonts.find(&format!("w:name=\"{font}\"")).unwrap();
        assert!(
            fonts[at..].contains(&format!("<w:altName w:val=\"{fallback}\"/>")),
            "{font}: {fonts}"
        );
    }
}

#[test]
fn the_ledger_as_a_workbook_reads_back() {
    use calamine::{Data, Reader, Xlsx};
    let env = supervised();
    june(&env);
    let path = env.path("台账.xlsx");
    env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &[
            "export",
            "--format",
            "xlsx",
            "--output",
            path.to_str().unwrap(),
        ],
    );
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("台账").unwrap();
    let cell = |r: u32, c: u32| match sheet.get_value((r, c)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::DateTime(d)) => {
            let (y, m, d, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Some(Data::Empty) | None => String::new(),
        Some(other) => other.to_string(),
    };
    assert_eq!(sheet.height(), 5, "a header and one row per item");
    let header: Vec<String> = (0..14).map(|c| cell(0, c)).collect();
    assert_eq!(header[..4], ["序号", "所属部分", "工作事项", "牵头处室"]);
    assert_eq!(header[10..], ["最近报送", "报送时间", "督办", "督办时间"]);
    let row1: Vec<String> = (0..14).map(|c| cell(1, c)).collect();
    assert_eq!(
        row1,
        [
            "1",
            "一、重点工作",
            "推进课程改革",
            "基教处",
            "办公室",
            "未启动",
            "2020-12-31",
            "正常",
            "0/2",
            "",
            "方案已起草",
            "2020-06-10 09:00",
            "",
            ""
        ]
    );
    assert_eq!(cell(2, 7), "逾期");
    assert_eq!(cell(3, 5), "受阻");
    assert_eq!(cell(3, 12), "请说明受阻原因");
    assert_eq!(cell(4, 5), "已完成（已销号）");
    let xml = unzip(&path, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("state=\"frozen\""), "a frozen header");
    assert!(xml.contains("<autoFilter ref=\"A1:P5\""), "an autofilter");
    assert!(xml.contains("<col "), "column widths");
    let (code, _) = env.fails(&["export", "--format", "xlsx"]);
    assert_eq!(code, 2, "xlsx needs --output");
}

/// The ledger of a supervised June, read back: (cells as text, the sheet's XML,
/// what the export said on stderr).
fn ledger_of(env: &Env) -> (Vec<Vec<calamine::Data>>, String, String) {
    use calamine::{Reader, Xlsx};
    let path = env.path("台账.xlsx");
    let out = env
        .cmd(&[
            "export",
            "--format",
            "xlsx",
            "--output",
            path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("台账").unwrap();
    let rows = sheet.rows().map(|r| r.to_vec()).collect();
    let xml = unzip(&path, "xl/worksheets/sheet1.xml");
    (rows, xml, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn the_ledger_tells_pending_from_confirmed_and_prints_on_a4_landscape() {
    use calamine::Data;
    let env = supervised();
    june(&env);
    env.ok_at(
        "基教",
        "2020-06-22T09:00:00Z",
        &["move", "1", "done", "--note", "课程方案已印发"],
    );
    env.ok_at("基教", "2020-06-23T09:00:00Z", &["note", "1", "附件已归档"]);
    let (rows, xml, _) = ledger_of(&env);
    let text = |r: usize, c: usize| match &rows[r][c] {
        Data::String(s) => s.clone(),
        other => other.to_string(),
    };
    let col = |name: &str| rows[0].iter().position(|h| *h == name).unwrap();
    let (status, statement, note) = (col("状态"), col("办结说明"), col("最新批注"));
    assert_eq!(text(1, status), "已完成（待销号）");
    assert_eq!(text(4, status), "已完成（已销号）");
    assert_eq!(text(1, statement), "课程方案已印发");
    assert_eq!(text(4, statement), "制度已印发");
    assert_eq!(text(1, note), "附件已归档");
    assert_eq!(text(3, statement), "", "not done: no statement");
    // The deadline is a date cell, not text.
    assert!(
        matches!(rows[1][col("完成期限")], Data::DateTime(_)),
        "{:?}",
        rows[1][col("完成期限")]
    );
    // A4 (9), landscape, the header row repeated on every page.
    assert!(xml.contains("paperSize=\"9\""), "{xml}");
    assert!(xml.contains("orientation=\"landscape\""), "{xml}");
    let book = unzip(&env.path("台账.xlsx"), "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "{book}");
    assert!(book.contains("$1:$1"), "{book}");
}

#[test]
fn a_ledger_cell_over_excels_limit_is_cut_with_a_mark_and_the_row_named() {
    let env = supervised();
    let long = "x".repeat(40_000);
    env.ok_at("基教", "2020-06-01T09:00:00Z", &["note", "1", &long]);
    let (rows, _, stderr) = ledger_of(&env);
    let col = rows[0].iter().position(|h| *h == "最新批注").unwrap();
    let cell = rows[1][col].to_string();
    assert_eq!(cell.encode_utf16().count(), 32_767, "cut to the limit");
    assert!(cell.ends_with("以下从略）"), "a visible mark");
    assert!(cell.starts_with("xxxx"));
    assert!(
        stderr.contains("第1项的“最新批注”超过 Excel 单元格32767字的上限"),
        "{stderr}"
    );
}

#[test]
fn standup_includes_the_periods_reports_and_urges() {
    let env = supervised();
    june(&env);
    let s = env.ok_at(
        "督查",
        "2020-06-26T09:00:00Z",
        &["standup", "--since", "2020-06-01"],
    );
    assert!(s.contains("== 督办 =="), "{s}");
    assert!(
        s.contains("1. 推进课程改革 [2020-06] 基教 2020-06-10 09:00：方案已起草"),
        "{s}"
    );
    assert!(s.contains("新发督办："), "{s}");
    assert!(
        s.contains("3. 推进考试改革 督查 2020-06-15 09:00：请说明受阻原因"),
        "{s}"
    );
    assert!(
        s.contains("2. 加强师资培训 教师 2020-06-12 09:00：培训已完成八成"),
        "{s}"
    );
    let json = env.json(&["standup", "--since", "2020-06-01", "--format", "json"]);
    assert_eq!(json["supervision"]["reports"].as_array().unwrap().len(), 1);
    assert_eq!(
        json["supervision"]["urges_opened"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(json["supervision"]["urges_answered"][0]["number"], 2);
    assert!(
        json["offices"].is_array(),
        "the stand-up itself is unchanged"
    );
}

#[test]
fn show_json_carries_the_reports_urges_and_close_out() {
    let env = supervised();
    let at = |day: &str| format!("2020-06-{day}T09:00:00Z");
    env.ok_at("基教", &at("10"), &["report", "1", "五月进展"]);
    env.ok_at(
        "督查",
        &at("11"),
        &["urge", "1", "请补充数据", "--reply-by", "2020-06-20"],
    );
    env.ok_at("基教", &at("12"), &["reply", "1", "已补充"]);
    env.ok_at(
        "基教",
        &at("13"),
        &["move", "1", "done", "--note", "方案已印发"],
    );
    let shown: Value =
        serde_json::from_str(&env.ok_at("督查", &at("14"), &["show", "1", "--format", "json"]))
            .unwrap();
    assert_eq!(shown["number"], 1, "still the item object: {shown}");
    assert_eq!(shown["status"], "done");
    assert_eq!(shown["reports"][0]["text"], "五月进展");
    assert_eq!(shown["reports"][0]["period"], "2020-06");
    assert_eq!(shown["reports"][0]["author"], "基教");
    let urge = &shown["urges"][0];
    assert_eq!(urge["text"], "请补充数据");
    assert_eq!(urge["by"], "督查");
    assert_eq!(urge["reply_by"], "2020-06-20");
    assert_eq!(urge["answer"], "已补充");
    assert_eq!(urge["answered_by"], "基教");
    assert_eq!(shown["closeout"]["statement"], "方案已印发");
    assert_eq!(shown["closeout"]["needs_confirmation"], true);
    assert_eq!(shown["closeout"]["confirmed_by"], Value::Null);
    assert_eq!(shown["supervision"]["awaiting_confirmation"], true);
    assert_eq!(shown["supervision"]["urges_open"], 0);
    env.ok_at("督查", &at("15"), &["confirm", "1"]);
    let shown = env.json(&["show", "1", "--format", "json"]);
    assert_eq!(shown["closeout"]["confirmed_by"], "督查");
    assert_eq!(shown["supervision"]["awaiting_confirmation"], false);
    let plain = env.json(&["show", "2", "--format", "json"]);
    assert_eq!(plain["closeout"], Value::Null);
    assert_eq!(plain["urges"], json!([]));
    assert_eq!(plain["reports"], json!([]));
}

#[test]
fn the_english_bulletin_has_english_punctuation() {
    let env = supervised();
    let at = "2020-06-26T09:00:00Z";
    env.ok_at(
        "督查",
        at,
        &["urge", "1", "请补充", "--reply-by", "2020-06-30"],
    );
    let en = env.ok_at("督查", at, &["--lang", "en", "bulletin"]);
    // A formal document: its dates in words, in English as in Chinese.
    assert!(
        en.contains("Period: 2020-06 (June 2020)  Date: 26 June 2020"),
        "{en}"
    );
    assert!(
        en.contains("(督查, reply by 30 June 2020, open): 请补充"),
        "{en}"
    );
    // A lagging item's parenthesis and its latest report are two fields apart.
    assert!(en.contains("), latest report: "), "{en}");
    assert!(!en.contains(")latest report"), "{en}");
    for mark in ["：", "（", "）", "；", "，", "2020年6月"] {
        assert!(!en.contains(mark), "{mark} in English:\n{en}");
    }
    let zh = env.ok_at("督查", at, &["bulletin"]);
    assert!(zh.contains("周期：2020-06（2020年6月）"), "{zh}");
    assert!(
        zh.contains("（督查，回复期限2020年6月30日，待回复）：请补充"),
        "{zh}"
    );
}
