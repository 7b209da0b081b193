//! Issue 5 on the command line: due, indicator, standup, reports; the clock is
//! pinned with DUBAN_NOW.

use crate::common;

use common::cli::Env;
use serde_json::Value;

#[test]
fn due_sets_a_checked_date_and_records_it() {
    let env = Env::at("2020-06-15T04:00:00Z");
    let item = env.json(&["show", "8", "--format", "json"]);
    assert_eq!(item["deadline"], "2020-12-31");
    assert_eq!(item["deadline_text"], Value::Null);
    assert_eq!(item["light"], "on_track");

    for bad in ["2020-02-30", "2020-13-01", "30/06/2020"] {
        let (code, err) = env.fails(&["due", "8", bad]);
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains(&format!("“{bad}”")), "names the input: {err}");
    }
    assert_eq!(
        env.json(&["show", "8", "--format", "json"])["deadline"],
        "2020-12-31"
    );

    env.ok(&["due", "8", "2020-06-20"]);
    let item = env.json(&["show", "8", "--format", "json"]);
    assert_eq!(item["deadline"], "2020-06-20");
    assert_eq!(item["light"], "due_soon");
    let history = env.json(&["history", "8", "--format", "json"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(last["kind"], "deadline");
    assert_eq!(last["after"], "2020-06-20");

    // A week later it is late, in JSON and in the table.
    let late = env.ok_at(
        "tester",
        "2020-06-22T04:00:00Z",
        &["list", "--format", "json"],
    );
    let items: Value = serde_json::from_str(&late).unwrap();
    assert_eq!(items[7]["light"], "overdue");
    let table = env.ok_at("tester", "2020-06-22T04:00:00Z", &["list"]);
    let row = table.lines().find(|l| l.starts_with("8 ")).unwrap();
    assert!(row.contains("2020-06-20 逾期"), "{row}");
}

#[test]
fn indicators_show_and_record_values() {
    let env = Env::at("2020-06-15T04:00:00Z");
    let item = env.json(&["show", "14", "--format", "json"]);
    let ind = item["indicators"].as_array().unwrap();
    assert_eq!(ind.len(), 2);
    assert_eq!(ind[1]["text"], "普惠性幼儿园覆盖率达到80%");
    assert_eq!(ind[1]["target"], 80.0);
    assert_eq!(ind[1]["unit"], "%");
    assert_eq!(ind[1]["direction"], "at_least");
    assert_eq!(ind[1]["actual"], Value::Null);
    assert_eq!(ind[1]["met"], Value::Null);

    env.ok(&["indicator", "14", "2", "82%"]);
    env.ok(&["indicator", "15", "1", "6"]);
    let ind = &env.json(&["show", "14", "--format", "json"])["indicators"];
    assert_eq!(
        (ind[1]["actual"].as_f64(), ind[1]["met"].as_bool()),
        (Some(82.0), Some(true))
    );
    let ind = &env.json(&["show", "15", "--format", "json"])["indicators"];
    assert_eq!(ind[0]["met"], false, "5% at most; 6 is over");
    let history = env.json(&["history", "14", "--format", "json"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(last["kind"], "indicator");
    // Named and written as the plan writes numbers: no space before a Chinese unit.
    assert_eq!(last["after"], "普惠性幼儿园覆盖率：82%", "{last}");

    let (code, err) = env.fails(&["indicator", "14", "3", "1"]);
    assert_eq!(code, 2);
    assert!(err.contains("1–2"), "{err}");
    let (code, err) = env.fails(&["indicator", "1", "1", "1"]);
    assert_eq!(code, 2);
    assert!(err.contains("没有指标"), "{err}");
    assert_eq!(env.fails(&["indicator", "14", "1", "many"]).0, 2);

    let text = env.ok(&["show", "14"]);
    assert!(text.contains("82% / >= 80% 已达成"), "{text}");
}

#[test]
fn standup_reports_moves_by_two_actors_since_a_time() {
    let env = Env::at("2020-06-15T04:00:00Z");
    // Monday 2020-06-15; Friday before is 06-12.
    env.ok_at("alice", "2020-06-11T08:00:00Z", &["move", "14", "doing"]);
    env.ok_at("alice", "2020-06-12T08:00:00Z", &["move", "15", "doing"]);
    env.ok_at(
        "bob",
        "2020-06-15T02:00:00Z",
        &["note", "15", "芙蓉学校已开工"],
    );
    env.ok_at("bob", "2020-06-15T03:00:00Z", &["move", "15", "blocked"]);

    let now = "2020-06-15T09:00:00Z";
    let json =
        |args: &[&str]| -> Value { serde_json::from_str(&env.ok_at("carol", now, args)).unwrap() };
    // Default window: from the start of the last working day, Friday.
    let s = json(&["standup", "--office", "基础教育处", "--format", "json"]);
    assert_eq!(s["since"], "2020-06-12T00:00:00.000Z");
    let offices = s["offices"].as_array().unwrap();
    assert_eq!(offices.len(), 1);
    assert_eq!(offices[0]["office"], "基教处", "an alias resolves");
    let moves: Vec<(u64, &str, &str, &str, &str)> = offices[0]["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["number"].as_u64().unwrap(),
                m["from"].as_str().unwrap(),
                m["to"].as_str().unwrap(),
                m["by"].as_str().unwrap(),
                m["at"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        [
            (15, "todo", "doing", "alice", "2020-06-12T08:00:00.000Z"),
            (15, "doing", "blocked", "bob", "2020-06-15T03:00:00.000Z"),
        ],
        "Thursday's move is before the window"
    );
    let notes = &offices[0]["notes"];
    assert_eq!(notes[0]["by"], "bob");
    assert_eq!(notes[0]["text"], "芙蓉学校已开工");
    assert_eq!(offices[0]["counts"]["blocked"], 1);
    assert_eq!(offices[0]["counts"]["doing"], 1);

    // A duration: the last 6 hours hold bob's move (03:00) but not his note (02:00).
    let s = json(&[
        "standup",
        "--office",
        "基教处",
        "--since",
        "6h",
        "--format",
        "json",
    ]);
    assert_eq!(s["offices"][0]["moves"].as_array().unwrap().len(), 1);
    assert_eq!(s["offices"][0]["notes"].as_array().unwrap().len(), 0);
    // A date.
    let s = json(&[
        "standup",
        "--office",
        "基教处",
        "--since",
        "2020-06-11",
        "--format",
        "json",
    ]);
    assert_eq!(s["offices"][0]["moves"].as_array().unwrap().len(), 3);

    // `last`: from carol's previous stand-up for that office (the one above).
    env.ok_at("dave", "2020-06-15T10:00:00Z", &["move", "16", "doing"]);
    let later = "2020-06-15T11:00:00Z";
    let s: Value = serde_json::from_str(&env.ok_at(
        "carol",
        later,
        &[
            "standup",
            "--office",
            "基教处",
            "--since",
            "last",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(s["since"], "2020-06-15T09:00:00.000Z");
    let moves = s["offices"][0]["moves"].as_array().unwrap();
    assert_eq!(moves.len(), 1);
    assert_eq!(
        (moves[0]["number"].as_u64(), moves[0]["by"].as_str()),
        (Some(16), Some("dave"))
    );

    let text = env.ok_at(
        "carol",
        later,
        &["standup", "--office", "基教处", "--since", "1d"],
    );
    assert!(text.contains("== 基教处 =="), "{text}");
    assert!(
        text.contains("15. 推动城乡义务教育一体化发展：推进中 → 受阻（bob，2020-06-15 03:00）"),
        "{text}"
    );
    assert!(text.contains("芙蓉学校已开工"));
    let md = env.ok_at(
        "carol",
        later,
        &["standup", "--since", "1d", "--format", "md"],
    );
    assert!(md.starts_with("# 站会"));
    assert!(md.contains("\n## 基教处\n") && md.contains("\n## 办公室\n"));
    assert!(md.contains("**状态变动**"));

    assert_eq!(env.fails(&["standup", "--since", "yesterday"]).0, 2);
    assert_eq!(env.fails(&["standup", "--office", "没有这个处"]).0, 2);
}

#[test]
fn standup_lists_overdue_due_soon_and_idle_items() {
    let env = Env::at("2020-06-15T04:00:00Z");
    env.ok_at(
        "alice",
        "2020-03-10T04:00:00Z",
        &["due", "17", "2020-06-01"],
    );
    env.ok_at(
        "alice",
        "2020-03-10T04:00:00Z",
        &["due", "18", "2020-06-20"],
    );
    env.ok_at("alice", "2020-06-14T04:00:00Z", &["note", "14", "推进中"]);
    let s: Value = serde_json::from_str(&env.ok_at(
        "alice",
        "2020-06-15T04:00:00Z",
        &["standup", "--office", "基教处", "--format", "json"],
    ))
    .unwrap();
    let o = &s["offices"][0];
    let numbers = |v: &Value| -> Vec<u64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i["number"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(numbers(&o["overdue"]), [17]);
    assert_eq!(numbers(&o["due_soon"]), [18]);
    let idle = numbers(&o["idle"]);
    assert!(idle.contains(&17) && idle.contains(&15), "{idle:?}");
    assert!(!idle.contains(&14), "a note two days ago is activity");
}

#[test]
fn csv_export_with_bom_and_a_meeting_report_in_markdown() {
    let env = Env::at("2020-06-15T04:00:00Z");
    env.ok(&["move", "14", "doing"]);
    env.ok(&["note", "14", "第一条"]);
    env.ok(&["note", "14", "第二条"]);
    env.ok(&["note", "14", "第三条"]);
    env.ok(&["indicator", "14", "2", "75"]);

    let plain = env.ok(&["export", "--format", "csv", "--no-bom"]);
    assert!(plain.starts_with("number,"), "no BOM in the machine form");
    let bom = env.ok(&["--lang", "en", "export", "--format", "csv", "--bom"]);
    assert!(bom.starts_with('\u{feff}'), "UTF-8 BOM first");
    let mut rows = csv::Reader::from_reader(bom.trim_start_matches('\u{feff}').as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 34, "one row per item");
    let r14 = &records[13];
    assert_eq!(&r14[col("title")], "扩大普惠性学前教育资源供给");
    assert_eq!(&r14[col("deadline")], "2020-12-31");
    assert_eq!(&r14[col("latest_note")], "第三条");
    assert!(r14[col("indicators")].contains("75% / >= 80% not met"));

    let md = env.ok(&["export", "--format", "md"]);
    let at = md.find("### 14. 扩大普惠性学前教育资源供给").unwrap();
    let rest = &md[at + 4..];
    let section = &rest[..rest.find("\n### ").unwrap_or(rest.len())];
    assert!(section.contains("- 状态：推进中"), "{section}");
    assert!(section.contains("- 牵头处室：基教处"));
    assert!(section.contains("- 措施进度：0/9"));
    assert!(section.contains("- 期限：2020-12-31"));
    assert!(section.contains("普惠性幼儿园覆盖率达到80%：75% / >= 80% 未达成"));
    assert!(section.contains("第三条") && section.contains("第二条"));
    assert!(!section.contains("第一条"), "only the latest notes");
    assert!(md.contains("| 未启动 | 推进中 | 受阻 | 已完成 | 合计 |"));
}
