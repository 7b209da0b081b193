//! `duban import --dry-run`, the warnings notice of a real import, `duban plans`,
//! `--plan` across several plans, and persons in show/export.

use crate::common;

use common::cli::Env;
use std::collections::BTreeMap;
use std::path::Path;

const MINIMAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal.txt");
const WORD_WITH_WARNING: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/blind/b05_table_vmerge.docx"
);
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_1c263084d9f29a16.txt"
);

/// Every file in the directory (the database and its -wal/-shm) with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect()
}

fn db_files(env: &Env) -> BTreeMap<String, Vec<u8>> {
    files(env.db().parent().unwrap())
        .into_iter()
        .filter(|(name, _)| name.starts_with("duban.db"))
        .collect()
}

/// A plan whose second item names no office: a warning whatever reads it.
fn doc_with_warning(env: &Env) -> String {
    let path = env.path("warned.txt");
    std::fs::write(
        &path,
        "测试学院2022年工作要点\n\n一、第一部分\n\
         1.甲事项\n目标任务：甲的目标。\n工作措施：甲的措施。\n责任单位：人事处\n\
         2.乙事项\n目标任务：乙的目标。\n工作措施：乙的措施。\n",
    )
    .unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn dry_run_prints_what_was_read_in_chinese() {
    let env = Env::new();
    let out = env.ok(&["import", MINIMAL, "--dry-run"]);
    for want in [
        "试读",
        "格式：纯文本",
        "标题：某某学院2021年工作要点",
        "部分（2）：",
        "  1. 一、党的建设",
        "  2. 二、队伍建设",
        "事项（3）：",
        "警告（0）：",
        "未写入任何内容",
    ] {
        assert!(out.contains(want), "{want:?} missing from:\n{out}");
    }
    let header = out.lines().find(|l| l.starts_with("编号")).unwrap();
    for col in ["标题", "牵头处室", "配合处室", "措施", "期限", "负责领导"] {
        assert!(header.contains(col), "{header}");
    }
    let row = out.lines().find(|l| l.starts_with("2 ")).unwrap();
    for cell in ["加强教师队伍建设", "人事处", "考试院", "4", "2021年9月"] {
        assert!(row.contains(cell), "{cell:?} not in {row:?}");
    }
    // Columns line up by display width: the lead column starts at the same column
    // on the header and on every row.
    let col = |line: &str, cell: &str| duban::text::width(&line[..line.find(cell).unwrap()]);
    let lead_at = col(header, "牵头处室");
    assert_eq!(col(row, "人事处"), lead_at, "\n{header}\n{row}");
    let first = out.lines().find(|l| l.starts_with("1 ")).unwrap();
    assert_eq!(col(first, "党委办公室"), lead_at, "\n{header}\n{first}");
}

#[test]
fn dry_run_speaks_english_with_lang_en() {
    let env = Env::new();
    let out = env.ok(&["--lang", "en", "import", SEED, "--dry-run"]);
    for want in [
        "Dry run of",
        "Format: text",
        "Title: 湖南省教育厅 中共湖南省委教育工委2020年工作要点",
        "Doc No.: 湘教发〔2020〕8号",
        "Date: 2020-03-06",
        "Sections (8):",
        "Items (34):",
        "Nothing was written",
    ] {
        assert!(out.contains(want), "{want:?} missing from:\n{out}");
    }
    // Long titles are cut to their column, so no row runs away.
    for line in out.lines().filter(|l| l.starts_with(char::is_numeric)) {
        assert!(duban::text::width(line) <= 160, "{line}");
    }
}

#[test]
fn dry_run_json_has_the_plan_and_the_warnings() {
    let env = Env::new();
    let doc = doc_with_warning(&env);
    let v = env.json(&["import", &doc, "--dry-run", "--format", "json"]);
    assert_eq!(v["plan"]["title"], "测试学院2022年工作要点");
    assert_eq!(v["container"], "text");
    let items = v["plan"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["offices"][0]["name"], "人事处");
    assert_eq!(items[0]["offices"][0]["role"], "lead");
    assert!(items[0]["persons"].is_array());
    let warnings = v["warnings"].as_array().unwrap();
    assert!(!warnings.is_empty(), "{v}");
    assert!(warnings.iter().all(|w| w["at"].as_u64().unwrap() > 0));
    assert!(!env.db().exists());
}

#[test]
fn dry_run_json_gives_each_deadline_its_due_date_and_positions_its_warnings() {
    let env = Env::new();
    let doc = env.path("due.txt");
    std::fs::write(
        &doc,
        "测试学院2022年工作要点\n一、第一部分\n1.甲事项。（责任单位：人事处；完成时限：第三季度）\n\
         2.乙事项。（责任单位：财务处；完成时限：视情况而定）\n3.丙事项。（责任单位：财务处；长期坚持）\n",
    )
    .unwrap();
    let v = env.json(&[
        "import",
        doc.to_str().unwrap(),
        "--dry-run",
        "--format",
        "json",
    ]);
    let items = v["plan"]["items"].as_array().unwrap();
    let due: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (i["deadline"].as_str().unwrap(), i["due"].as_str().unwrap()))
        .collect();
    assert_eq!(
        due,
        [
            ("第三季度", "2022-09-30"),
            ("视情况而定", "2022-12-31"),
            ("长期坚持", "2022-12-31")
        ]
    );
    let warnings = v["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{v}");
    assert_eq!(warnings[0]["at"], 4);
    assert_eq!(warnings[0]["unit"], "line");
    assert!(
        warnings[0]["message_zh"]
            .as_str()
            .unwrap()
            .contains("视情况而定")
    );
}

#[test]
fn dry_run_does_not_create_a_missing_database() {
    let env = Env::new();
    env.ok(&["import", MINIMAL, "--dry-run"]);
    env.ok(&["import", MINIMAL, "--dry-run", "--format", "json"]);
    assert!(db_files(&env).is_empty(), "{:?}", db_files(&env).keys());
    // Nor for a document it refuses.
    let prose = env.path("prose.txt");
    std::fs::write(&prose, "这是一段普通的文字。\n没有任何工作事项。\n").unwrap();
    let (_, err) = env.fails(&["import", prose.to_str().unwrap(), "--dry-run"]);
    assert!(err.contains("prose.txt"), "{err}");
    assert!(db_files(&env).is_empty());
}

#[test]
fn dry_run_leaves_an_existing_database_byte_identical() {
    let env = Env::new();
    env.ok(&["import", MINIMAL]);
    env.ok(&["move", "1", "doing"]);
    let before = db_files(&env);
    assert!(before.contains_key("duban.db"));
    env.ok(&["import", SEED, "--dry-run"]);
    env.ok(&["import", MINIMAL, "--dry-run", "--format", "json"]);
    assert_eq!(db_files(&env), before);
    assert_eq!(env.ok(&["plans"]).lines().count(), 2, "still one plan");
}

#[test]
fn format_needs_dry_run() {
    let env = Env::new();
    let (code, _) = env.fails(&["import", MINIMAL, "--format", "json"]);
    assert_eq!(code, 2);
    assert!(!env.db().exists());
}

#[test]
fn import_with_warnings_says_so_at_the_end() {
    let env = Env::new();
    let doc = doc_with_warning(&env);
    let out = env.run(&["import", &doc]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    let warnings = err.lines().filter(|l| l.contains("：警告：")).count();
    assert!(warnings > 0, "{err}");
    // The warning itself speaks Chinese too.
    assert!(err.contains("第2项没有写明处室"), "{err}");
    let last = err.lines().last().unwrap();
    assert!(
        last.contains(&format!("读取时有{warnings}条警告"))
            && last.contains(&format!("duban import {doc} --dry-run")),
        "{err}"
    );
    let en = Env::new();
    let doc = doc_with_warning(&en);
    let out = en.run(&["--lang", "en", "import", &doc]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("item 2 has no offices"), "{err}");
    let last = err.lines().last().unwrap();
    assert!(
        last.contains(&format!("read with {warnings} warning")) && last.contains("--dry-run"),
        "{err}"
    );
}

#[test]
fn plans_says_how_many_warnings_each_import_had() {
    let env = Env::new();
    env.ok(&["import", SEED]);
    let doc = doc_with_warning(&env);
    let out = env.run(&["import", &doc]);
    let err = String::from_utf8(out.stderr).unwrap();
    let warnings = err.lines().filter(|l| l.contains("：警告：")).count();
    assert!(warnings > 0, "{err}");
    let v = env.json(&["plans", "--format", "json"]);
    assert_eq!(v[0]["warnings"], 0, "the seed reads cleanly");
    assert_eq!(v[1]["warnings"], warnings as u64);
    let table = env.ok(&["plans"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].contains("警告"), "{table}");
    let cells: Vec<&str> = lines[2].split_whitespace().collect();
    assert_eq!(cells[4], warnings.to_string(), "{table}");
    assert!(env.ok(&["--lang", "en", "plans"]).contains("Warnings"));
    // A re-import replaces the count: the mended document has none.
    std::fs::write(
        &doc,
        "测试学院2022年工作要点\n\n一、第一部分\n\
         1.甲事项\n目标任务：甲的目标。\n工作措施：甲的措施。\n责任单位：人事处\n\
         2.乙事项\n目标任务：乙的目标。\n工作措施：乙的措施。\n责任单位：财务处\n",
    )
    .unwrap();
    env.ok(&["import", &doc]);
    assert_eq!(env.json(&["plans", "--format", "json"])[1]["warnings"], 0);
}

#[test]
fn import_warnings_name_the_block_of_a_word_file_in_chinese() {
    let env = Env::new();
    let out = env.run(&["import", WORD_WITH_WARNING]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("段：警告："), "{err}");
    assert!(!err.contains("line"), "{err}");
}

#[test]
fn import_without_warnings_prints_no_notice() {
    let env = Env::new();
    let out = env.run(&["import", SEED]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("--dry-run"), "{err}");
}

#[test]
fn plans_lists_each_plan_with_items_and_import_times() {
    let env = Env::at("2026-03-01T08:00:00Z");
    env.ok(&["import", SEED]);
    env.ok_at("tester", "2026-03-02T09:30:00Z", &["import", MINIMAL]);
    let v = env.json(&["plans", "--format", "json"]);
    let plans = v.as_array().unwrap();
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0]["items"], 34);
    assert_eq!(plans[0]["doc_number"], "湘教发〔2020〕8号");
    assert_eq!(plans[0]["date"], "2020-03-06");
    assert_eq!(plans[0]["created_at"], "2026-03-01T08:00:00.000Z");
    assert_eq!(plans[1]["items"], 3);
    assert_eq!(plans[1]["title"], "某某学院2021年工作要点");
    assert_eq!(plans[1]["updated_at"], "2026-03-02T09:30:00.000Z");

    let table = env.ok(&["plans"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    assert!(lines[0].starts_with("编号"), "{table}");
    assert!(lines[1].contains("湘教发〔2020〕8号") && lines[1].contains("34"));
    assert!(lines[1].contains("2026-03-01 08:00"), "{table}");
    assert!(lines[2].contains("2026-03-02 09:30"), "{table}");
    // The title column starts at the same display column on every line.
    let at = |line: &str, cell: &str| duban::text::width(&line[..line.find(cell).unwrap()]);
    assert_eq!(at(lines[0], "标题"), at(lines[1], "湖南省教育厅"));
    assert_eq!(at(lines[0], "标题"), at(lines[2], "某某学院"));
    let en = env.ok(&["--lang", "en", "plans"]);
    assert!(en.starts_with("ID"), "{en}");
    assert!(en.contains("Items") && en.contains("Imported"), "{en}");
}

#[test]
fn plan_flag_picks_the_plan_for_list_show_and_export() {
    let env = Env::new();
    env.ok(&["import", SEED]);
    env.ok(&["import", MINIMAL]);
    // The newest plan by default.
    assert_eq!(
        env.json(&["list", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let first = env.json(&["--plan", "1", "list", "--format", "json"]);
    assert_eq!(first.as_array().unwrap().len(), 34);
    let shown = env.json(&["--plan", "2", "show", "2", "--format", "json"]);
    assert_eq!(shown["title"], "加强教师队伍建设");
    let shown = env.json(&["--plan", "1", "show", "2", "--format", "json"]);
    assert_ne!(shown["title"], "加强教师队伍建设");
    env.ok(&["--plan", "1", "move", "3", "done", "--note", "完成"]);
    assert_eq!(
        env.json(&["--plan", "1", "show", "3", "--format", "json"])["status"],
        "done"
    );
    assert_eq!(
        env.json(&["--plan", "2", "show", "3", "--format", "json"])["status"],
        "todo"
    );
    let offices = env.json(&["--plan", "2", "offices", "--format", "json"]);
    let mut names: Vec<&str> = offices
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    // The document wrote 考试院: another department's office keeps its own name.
    assert_eq!(names, ["人事处", "党委办公室", "考试院"]);
    let history = env.json(&["--plan", "1", "history", "3", "--format", "json"]);
    assert_eq!(history.as_array().unwrap().last().unwrap()["kind"], "close");
    let export = env.json(&["--plan", "1", "export"]);
    assert_eq!(export["plan"]["id"], 1);
    assert_eq!(export["items"].as_array().unwrap().len(), 34);
    let (code, err) = env.fails(&["--lang", "en", "--plan", "9", "list"]);
    assert_eq!(code, 2);
    assert!(err.contains("no plan 9") && err.contains("1, 2"), "{err}");
}

#[test]
fn persons_show_in_show_and_every_export() {
    let env = Env::new();
    {
        let mut store = duban::store::Store::open(&env.db(), "tester").unwrap();
        let mut doc = common::small_plan();
        doc.items[0].persons = vec!["张三".into(), "李四".into()];
        store.import(&doc).unwrap();
    }
    let text = env.ok(&["show", "1"]);
    assert!(text.contains("负责领导：张三、李四"), "{text}");
    let text = env.ok(&["--lang", "en", "show", "1"]);
    assert!(text.contains("Responsible leader: 张三、李四"), "{text}");
    let plain = env.ok(&["show", "2"]);
    assert!(!plain.contains("负责领导"), "{plain}");

    let item = env.json(&["show", "1", "--format", "json"]);
    assert_eq!(item["persons"], serde_json::json!(["张三", "李四"]));
    let export = env.json(&["export"]);
    assert_eq!(
        export["items"][0]["persons"],
        serde_json::json!(["张三", "李四"])
    );
    assert_eq!(export["items"][1]["persons"], serde_json::json!([]));

    let csv = env.ok(&["export", "--format", "csv", "--no-bom"]);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let col = headers.iter().position(|h| h == "persons").unwrap();
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!(&first[col], "张三、李四");

    let md = env.ok(&["export", "--format", "md"]);
    assert!(md.contains("- 负责领导：张三、李四"), "{md}");
    let md = env.ok(&["--lang", "en", "export", "--format", "md"]);
    assert!(md.contains("- Responsible leader: 张三、李四"), "{md}");
}

/// A plan naming responsible leaders by label (分管领导, 责任人): the structure reader
/// keeps them as persons, and they reach the dry run, the store and the exports.
#[test]
fn persons_named_by_the_document_reach_dry_run_show_and_export() {
    let env = Env::new();
    let path = env.path("leaders.txt");
    std::fs::write(
        &path,
        "测试局2024年工作要点\n\n一、重点任务\n\
         1.推进县域高中发展。实施县中振兴计划。年内新建高中5所。（牵头单位：基教处；配合单位：财建处、规划处）\n\
         分管领导：张三\n\
         2.加强教师培训。开展全员培训。\n责任单位：教师处\n责任人：李四、王五\n完成时限：6月底前\n",
    )
    .unwrap();
    let doc = path.to_str().unwrap();
    let out = env.ok(&["import", doc, "--dry-run"]);
    let header = out.lines().find(|l| l.starts_with("编号")).unwrap();
    let row = out.lines().find(|l| l.starts_with("2 ")).unwrap();
    let at = |line: &str, cell: &str| duban::text::width(&line[..line.find(cell).unwrap()]);
    assert_eq!(at(row, "李四、王五"), at(header, "负责领导"), "\n{out}");
    assert_eq!(at(row, "6月底前"), at(header, "期限"), "\n{out}");
    assert!(!env.db().exists());

    env.ok(&["import", doc]);
    let one = env.json(&["show", "1", "--format", "json"]);
    assert_eq!(one["persons"], serde_json::json!(["张三"]));
    assert!(
        one["offices"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["name"] != "张三"),
        "a person is never an office: {one}"
    );
    let two = env.json(&["show", "2", "--format", "json"]);
    assert_eq!(two["persons"], serde_json::json!(["李四", "王五"]));
}

#[test]
fn item_numbers_past_a_million_are_imported_shown_and_moved() {
    let env = Env::new();
    let doc = env.path("big-numbers.txt");
    std::fs::write(
        &doc,
        "某厅2021年工作要点\n一、第一部分\n1.甲事项\n目标任务:做好甲。\n工作措施:第一条。\n责任单位:办公室\n\
         1234567.乙事项\n目标任务:做好乙。\n工作措施:第二条。\n责任单位:财务处\n\
         9999999.丙事项\n目标任务:做好丙。\n工作措施:第三条。\n责任单位:财务处\n",
    )
    .unwrap();
    env.ok(&["import", doc.to_str().unwrap()]);
    let numbers: Vec<u64> = env
        .json(&["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 1_234_567, 9_999_999]);
    let shown = env.ok(&["--lang", "en", "show", "1234567"]);
    assert!(
        shown.contains("1234567") && shown.contains("乙事项"),
        "{shown}"
    );
    env.ok(&["move", "1234567", "doing"]);
    let shown = env.json(&["show", "1234567", "--format", "json"]);
    assert_eq!(shown["status"], "doing");
    assert_eq!(shown["title"], "乙事项");
    // The table's number column takes the seven digits; the titles stay aligned.
    let table = env.ok(&["--lang", "en", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    let at = |line: &str, cell: &str| duban::text::width(&line[..line.find(cell).unwrap()]);
    assert_eq!(at(lines[0], "Title"), at(lines[1], "甲事项"));
    assert_eq!(at(lines[0], "Title"), at(lines[3], "丙事项"));
    assert!(lines[3].starts_with("9999999 "), "{table}");
}
