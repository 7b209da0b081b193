//! The command line end to end: the real binary on temporary databases.

use crate::common;

use common::cli::Env;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_1c263084d9f29a16.txt"
);

fn numbers(items: &Value) -> Vec<u64> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect()
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn export_on_a_new_database_shows_the_seed() {
    let env = Env::new();
    let doc = env.json(&["export", "--format", "json"]);
    assert_eq!(
        doc["plan"]["title"],
        "湖南省教育厅 中共湖南省委教育工委2020年工作要点"
    );
    assert_eq!(doc["plan"]["doc_number"], "湘教发〔2020〕8号");
    assert_eq!(doc["plan"]["date"], "2020-03-06");
    assert!(doc["plan"]["id"].is_i64());
    let sections = doc["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 8);
    assert_eq!(sections[0]["number"], 1);
    assert_eq!(sections[0]["title"], "加强党对教育工作的全面领导");
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), 34);
    assert_eq!(numbers(&doc["items"]), (1..=34).collect::<Vec<u64>>());
    let measures: usize = items[..33]
        .iter()
        .map(|i| i["measures"].as_array().unwrap().len())
        .sum();
    // One measure per sentence: 204 in items 1–33 (the issue says 205, which is
    // the count over all 34 items; item 1's ASCII `;` is not a sentence end).
    assert_eq!(measures, 204);
    let all: usize = items
        .iter()
        .map(|i| i["measures"].as_array().unwrap().len())
        .sum();
    assert_eq!(all, 205);
    let first = &items[0];
    assert_eq!(first["title"], "进一步健全党对教育工作全面领导的体制机制");
    assert_eq!(first["section"], 1);
    assert_eq!(first["status"], "todo");
    assert_eq!(first["measures"][0]["done"], false);
    assert_eq!(first["offices"][0]["name"], "秘书处");
    assert_eq!(first["offices"][0]["role"], "lead");
    assert_eq!(first["offices"][1]["role"], "co");
    assert!(first["notes"].as_array().unwrap().is_empty());
    let last = &items[33];
    let offices: Vec<(&str, &str)> = last["offices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].as_str().unwrap(), o["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        offices,
        vec![("办公室", "lead"), ("机关党委", "co"), ("老干处", "co")]
    );
    assert_eq!(last["measures"].as_array().unwrap().len(), 1);
}

#[test]
fn list_filters_by_office_through_aliases_and_by_lead() {
    let env = Env::new();
    let exam = env.json(&["list", "--office", "考试院", "--format", "json"]);
    assert_eq!(numbers(&exam), vec![8, 29]);
    let led = env.json(&["list", "--office", "基教处", "--lead", "--format", "json"]);
    assert_eq!(numbers(&led).len(), 5);
    let all = env.json(&["list", "--office", "基教处", "--format", "json"]);
    assert_eq!(numbers(&all).len(), 13);
    let table = env.ok(&["list", "--office", "考试院"]);
    assert!(table.contains("确保学校安全稳定"), "{table}");
    assert_eq!(table.lines().count(), 3, "header and two rows: {table}");
}

#[test]
fn move_note_show_and_history_round_trip() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["move", "5", "推进中"]).trim(),
        "第5项：未启动 → 推进中"
    );
    let id = env.ok(&["--as", "李四", "note", "5", "已完成初稿，待审议"]);
    let id: i64 = id.trim().parse().expect("note prints its id");
    let item = env.json(&["show", "5", "--format", "json"]);
    assert_eq!(item["status"], "doing");
    assert_eq!(item["notes"][0]["id"], id);
    assert_eq!(item["notes"][0]["author"], "李四");
    assert_eq!(item["notes"][0]["text"], "已完成初稿，待审议");
    env.ok(&["tick", "5", "2"]);
    let ticked = env.json(&["show", "5", "--format", "json"]);
    assert_eq!(ticked["measures"][1]["done"], true);
    env.ok(&["tick", "5", "2", "--undone"]);
    let doing = env.json(&["list", "--status", "doing", "--format", "json"]);
    assert_eq!(numbers(&doing), vec![5]);
    let history = env.json(&["history", "5", "--format", "json"]);
    let kinds: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec!["create", "move", "note_add", "measure", "measure"]
    );
    assert_eq!(history[1]["actor"], "tester");
    assert_eq!(history[2]["actor"], "李四");
    let text = env.ok(&["show", "5"]);
    assert!(
        text.contains("推进中") && text.contains("已完成初稿"),
        "{text}"
    );
}

#[test]
fn wrong_input_lists_the_choices_and_exits_2() {
    let env = Env::new();
    let (code, err) = env.fails(&["show", "99"]);
    assert_eq!(code, 2);
    assert!(err.contains("没有第99项") && err.contains("1–34"), "{err}");
    let (code, err) = env.fails(&["move", "3", "finished"]);
    assert_eq!(code, 2);
    assert!(err.contains("todo") && err.contains("已完成"), "{err}");
    let (code, err) = env.fails(&["list", "--office", "基教"]);
    assert_eq!(code, 2);
    assert!(err.contains("基教处"), "nearest names: {err}");
    let (code, _) = env.fails(&["note", "3", "  "]);
    assert_eq!(code, 2);
    let (code, err) = env.fails(&["tick", "1", "9"]);
    assert_eq!(code, 2);
    assert!(err.contains("1–3"), "{err}");
}

#[test]
fn offices_lists_counts_by_role() {
    let env = Env::new();
    let offices = env.json(&["offices", "--format", "json"]);
    let offices = offices.as_array().unwrap();
    assert_eq!(offices.len(), 31);
    let jj = offices.iter().find(|o| o["name"] == "基教处").unwrap();
    assert_eq!(jj["lead"]["todo"], 5);
    assert_eq!(jj["co"]["todo"], 8);
    let table = env.ok(&["offices"]);
    assert!(table.lines().any(|l| l.starts_with("基教处")), "{table}");
}

#[test]
fn import_into_a_new_database_holds_only_that_plan_and_reimport_keeps_state() {
    let env = Env::new();
    let out = env.ok(&["import", SEED]);
    assert!(out.contains("新增34"), "{out}");
    assert_eq!(env.json(&["export"])["items"].as_array().unwrap().len(), 34);
    env.ok(&["move", "1", "done", "--note", "已完成"]);
    env.ok(&["note", "1", "备注"]);
    let out = env.ok(&["import", SEED]);
    assert!(out.contains("新增0") && out.contains("未变34"), "{out}");
    let item = env.json(&["show", "1", "--format", "json"]);
    assert_eq!(item["status"], "done");
    assert_eq!(item["notes"].as_array().unwrap().len(), 1);
    let plans = env.ok(&["plans"]);
    assert_eq!(plans.lines().count(), 2, "one plan: {plans}");
}

#[test]
fn refused_imports_name_the_file_and_leave_the_database_unchanged() {
    let env = Env::new();
    env.ok(&["move", "2", "blocked"]);
    let before = bytes(&env.db());
    let empty = env.path("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = env.path("image.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0xfe]).unwrap();
    let prose = env.path("prose.txt");
    std::fs::write(&prose, "这是一段普通的文字。\n没有任何工作事项。\n").unwrap();
    let missing = env.path("missing.txt");
    for file in [&empty, &binary, &prose, &missing] {
        let (code, err) = env.fails(&["import", file.to_str().unwrap()]);
        assert_ne!(code, 0);
        assert!(
            err.contains(file.file_name().unwrap().to_str().unwrap()),
            "names the file: {err}"
        );
    }
    assert_eq!(bytes(&env.db()), before);
    let item = env.json(&["show", "2", "--format", "json"]);
    assert_eq!(item["status"], "blocked");
}

#[test]
fn a_refused_import_into_a_new_path_creates_no_database() {
    let env = Env::new();
    let prose = env.path("prose.txt");
    std::fs::write(&prose, "没有事项。\n").unwrap();
    env.fails(&["import", prose.to_str().unwrap()]);
    assert!(!env.db().exists());
}

#[test]
fn a_newer_database_is_refused_untouched_by_every_command() {
    let env = Env::new();
    env.ok(&["list"]);
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 42).unwrap();
    }
    let before = bytes(&env.db());
    let (code, err) = env.fails(&["list"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("更新版本的 duban") && err.contains("42"),
        "{err}"
    );
    env.fails(&["import", SEED]);
    assert_eq!(bytes(&env.db()), before);
}

#[test]
fn duban_db_variable_chooses_the_database() {
    let env = Env::new();
    let db = env.path("from-env.db");
    let out = Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["move", "7", "doing"])
        .env("DUBAN_DB", &db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(db.exists());
}

#[test]
fn every_command_has_help() {
    let env = Env::new();
    for cmd in [
        "import", "list", "show", "history", "move", "note", "tick", "offices", "export", "plans",
    ] {
        let out = env.ok(&[cmd, "--help"]);
        assert!(out.contains("用法："), "{cmd}: {out}");
        let out = env.ok(&["--lang", "en", cmd, "--help"]);
        assert!(out.contains("Usage:"), "{cmd}: {out}");
    }
    assert!(!env.db().exists(), "help touches no database");
}

#[test]
fn csv_and_markdown_exports_keep_chinese_intact() {
    let env = Env::new();
    let csv = env.ok(&["export", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 35, "header + 34 rows");
    assert!(csv.contains("扩大普惠性学前教育资源供给"));
    let md = env.ok(&["export", "--format", "md"]);
    assert!(md.starts_with("# 湖南省教育厅 中共湖南省委教育工委2020年工作要点"));
    assert_eq!(
        md.matches("\n## ").count(),
        9,
        "8 sections and the closing item"
    );
    assert_eq!(md.matches("\n### ").count(), 34);
}

/// Sequences a stored note might carry to attack the reader's terminal.
const HOSTILE: &str = "clear\x1b[2J title\x1b]0;pwned\x07 clip\x1b]52;c;ZXZpbA==\x07 csi\u{9b}31m bell\x07 cr\rX rlo\u{202e}txt";

fn assert_inert(output: &str, what: &str) {
    for bad in ['\x1b', '\x07', '\r', '\u{9b}', '\u{202e}'] {
        assert!(
            !output.contains(bad),
            "{what} let {:?} through: {output:?}",
            bad
        );
    }
}

#[test]
fn stored_escape_sequences_never_reach_the_terminal_raw() {
    let env = Env::new();
    env.ok(&["note", "4", HOSTILE]);
    env.ok(&["--as", "evil\x1b[31m", "note", "4", "x"]);
    let show = env.ok(&["show", "4"]);
    assert!(
        show.contains("clear[2J"),
        "ESC is dropped when stored: {show}"
    );
    assert_inert(&show, "show");
    assert_inert(&env.ok(&["history", "4"]), "history");
    assert_inert(&env.ok(&["list"]), "list");
    assert_inert(&env.ok(&["export", "--format", "md"]), "export md");
    // Stored without its controls (a lone CR is a line break).
    let json = env.json(&["show", "4", "--format", "json"]);
    assert_eq!(
        json["notes"][0]["text"],
        "clear[2J title]0;pwned clip]52;c;ZXZpbA== csi31m bell cr\nX rlotxt"
    );
}

#[test]
fn config_file_switches_the_language() {
    let env = Env::new();
    std::fs::write(env.path("config.toml"), "lang = \"en\"\n").unwrap();
    let out = env.ok(&["list"]);
    assert!(out.starts_with("No."), "{out}");
    assert!(env.ok(&["--lang", "zh", "list"]).starts_with("编号"));
    std::fs::write(env.path("config.toml"), "lang = 5\n").unwrap();
    let out = env.run(&["list"]);
    assert!(out.status.success(), "a bad config file is a warning");
    assert!(String::from_utf8_lossy(&out.stderr).contains("config.toml"));
}

#[test]
fn a_variant_of_the_seed_imports_as_the_same_plan() {
    let env = Env::new();
    env.ok(&["move", "9", "doing"]);
    // GBK, CRLF and full-width colons: the same plan, so nothing changes.
    let gbk = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed_gbk_crlf_fullwidth.txt"
    );
    let out = env.ok(&["import", gbk]);
    assert!(
        out.contains("已重新导入") && out.contains("未变34"),
        "{out}"
    );
    assert_eq!(env.ok(&["plans"]).lines().count(), 2, "still one plan");
    assert_eq!(
        env.json(&["show", "9", "--format", "json"])["status"],
        "doing"
    );
}

#[test]
fn an_item_missing_a_field_is_imported_with_a_warning_naming_the_line() {
    let env = Env::new();
    let doc = env.path("partial.txt");
    std::fs::write(
        &doc,
        "某厅2021年工作要点\n一、第一部分\n1.甲事项\n目标任务:做好甲。\n工作措施:第一条。第二条。\n\
         2.乙事项\n目标任务:做好乙。\n工作措施:只有一条。\n责任单位:办公室\n",
    )
    .unwrap();
    let out = env.run(&["import", doc.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("partial.txt") && err.contains("第3行") && err.contains("警告"),
        "{err}"
    );
    let items = env.json(&["list", "--format", "json"]);
    assert_eq!(numbers(&items), vec![1, 2]);
    assert!(items[0]["offices"].as_array().unwrap().is_empty());
}

#[test]
fn a_damaged_database_is_reported_with_its_path() {
    let env = Env::new();
    env.ok(&["note", "3", "先写点东西"]);
    let good = std::fs::read(env.db()).unwrap();
    // Keep the header, lose most of the pages.
    std::fs::write(env.db(), &good[..good.len().min(20_000)]).unwrap();
    let out = env.run(&["list"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("duban.db"), "names the file: {err}");
    assert_eq!(err.matches("已损坏").count(), 1, "said once: {err}");
    assert!(
        !err.contains("malformed"),
        "no raw SQLite in Chinese: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    let out = env.run(&["--lang", "en", "list"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("malformed").count(), 1, "said once: {err}");
}

#[test]
fn csv_cells_that_look_like_formulas_are_made_inert() {
    let env = Env::new();
    env.ok(&["note", "2", "=HYPERLINK(\"http://evil\",\"点我\")"]);
    let csv = env.ok(&["export", "--format", "csv"]);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(
        !csv.contains(",=HYPERLINK") && !csv.contains("\"=HYPERLINK"),
        "{csv}"
    );
}
