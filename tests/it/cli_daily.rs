//! The command line for daily use: `--office` takes the picker's pinyin; history names ticks.

use crate::common;

use common::cli::Env;

fn numbers(v: &serde_json::Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect()
}

#[test]
fn office_by_initials_or_full_pinyin_lists_the_same_items() {
    let env = Env::new();
    let by_name = numbers(&env.json(&["list", "--office", "基教处", "--format", "json"]));
    assert_eq!(by_name.len(), 13);
    for q in ["jjc", "jijiaochu", "JJC", "ji jiao chu"] {
        let found = numbers(&env.json(&["list", "--office", q, "--format", "json"]));
        assert_eq!(found, by_name, "{q}");
    }
}

#[test]
fn an_ambiguous_pinyin_office_names_the_candidates() {
    let env = Env::new();
    let (code, err) = env.fails(&["list", "--office", "jiao"]);
    assert_ne!(code, 0);
    assert!(err.contains("基教处") && err.contains("教师处"), "{err}");
}

#[test]
fn history_names_the_measure_a_tick_was_on() {
    let env = Env::new();
    env.ok(&["tick", "5", "3"]);
    let history = env.json(&["history", "5", "--format", "json"]);
    let tick = history
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "measure")
        .expect("a tick event");
    assert_eq!(tick["measure"], 3);
    // Other events carry no such field.
    let first = &history.as_array().unwrap()[0];
    assert!(first.get("measure").is_none(), "{first}");
    let text = env.ok(&["history", "5"]);
    let line = text.lines().find(|l| l.contains("勾选措施")).unwrap();
    assert!(line.contains("勾选措施3"), "{line}");
}
