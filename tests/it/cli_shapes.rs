//! Importing documents of the other shapes through the CLI: refusals that say what
//! was seen, and re-imports that keep what the board did.

use crate::common;

use common::cli::Env;
use serde_json::Value;

fn numbers(items: &Value) -> Vec<u64> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect()
}

fn fixture(name: &str) -> String {
    format!(
        "{}/tests/fixtures/shapes/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_document_without_items_is_refused_saying_what_it_holds() {
    let env = Env::new();
    let doc = env.path("notes.txt");
    std::fs::write(&doc, "会议纪要\n这是一段说明文字。\n没有任何工作事项。\n").unwrap();
    let (_, err) = env.fails(&["--lang", "en", "import", doc.to_str().unwrap()]);
    assert!(err.contains("notes.txt"), "{err}");
    assert!(err.contains("3 paragraphs"), "{err}");
    assert!(err.contains("no numbered items"), "{err}");
    assert!(err.contains("duban reads"), "{err}");
    assert!(!env.db().exists(), "nothing written");

    let table = env.path("table.txt");
    std::fs::write(&table, "序号|任务|备注\n1|甲|\n2|乙|\n").unwrap();
    let (_, err) = env.fails(&["--lang", "en", "import", table.to_str().unwrap()]);
    assert!(
        err.contains("a table with columns 序号 / 任务 / 备注 but no office column"),
        "{err}"
    );
}

#[test]
fn an_item_number_too_large_is_a_warning_naming_its_line() {
    // Issue 17: once refused; the other items are read, the line is said.
    let env = Env::new();
    let doc = env.path("big.txt");
    std::fs::write(
        &doc,
        "某局2024年工作要点\n一、总体\n1.甲。（责任单位：甲处）\n4294967296.乙。（责任单位：乙处）\n",
    )
    .unwrap();
    let out = env.run(&["--lang", "en", "import", doc.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("line 4: warning") && err.contains("4294967296"),
        "{err}"
    );
    let items = env.json(&["list", "--format", "json"]);
    assert_eq!(numbers(&items), [1]);
}

#[test]
fn reimporting_a_task_table_keeps_statuses_and_notes() {
    let env = Env::new();
    let ledger = fixture("ledger_tabs.txt");
    env.ok(&["import", &ledger]);
    let items = env.json(&["list", "--format", "json"]);
    assert_eq!(numbers(&items), [3, 68, 69, 73]);
    env.ok(&["move", "68", "推进中"]);
    env.ok(&["note", "68", "已召开推进会"]);
    let out = env.ok(&["--lang", "en", "import", &ledger]);
    assert!(out.contains("re-imported"), "{out}");
    let item = env.json(&["show", "68", "--format", "json"]);
    assert_eq!(item["status"], "doing");
    assert!(item.to_string().contains("已召开推进会"), "{item}");
    assert_eq!(item["persons"][0], "刘洋", "{item}");
}

#[test]
fn reimporting_renumbered_items_finds_them_again() {
    let env = Env::new();
    let plan = fixture("district_edu.txt");
    env.ok(&["import", &plan]);
    env.ok(&["move", "4", "推进中"]);
    env.ok(&["import", &plan]);
    let item = env.json(&["show", "4", "--format", "json"]);
    assert_eq!(item["title"], "推进义务教育优质均衡");
    assert_eq!(item["status"], "doing");
}

#[test]
fn a_ledger_imports_its_progress_as_notes_once_and_due_dates_from_its_deadlines() {
    let env = Env::new();
    let ledger = format!(
        "{}/tests/fixtures/shapes2/s09_ledger_progress.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    env.ok(&["import", &ledger]);
    let notes = |env: &Env| -> Vec<String> {
        let item = env.json(&["show", "1", "--format", "json"]);
        item["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        notes(&env),
        ["进展情况：已完成12部，另有5部在施工", "备注：群众关注度高"]
    );
    // A re-import adds nothing already there.
    env.ok(&["import", &ledger]);
    assert_eq!(notes(&env).len(), 2);
    let items = env.json(&["list", "--format", "json"]);
    let due: Vec<(&str, &str)> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["deadline_text"].as_str().unwrap(),
                i["deadline"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        due,
        [
            ("9月底前", "2025-09-30"),
            ("8月底前", "2025-08-31"),
            ("年底前", "2025-12-31")
        ]
    );
}
