//! The write commands' answers: tick confirms, a move to the same status says so,
//! `note N -` reads standard input, `--bom` only with CSV, one-line retitle warnings.

use crate::common;

use common::cli::Env;
use std::io::Write;
use std::process::Stdio;

fn events(env: &Env, n: &str) -> usize {
    env.json(&["history", n, "--format", "json"])
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn tick_confirms_like_move_and_due() {
    let env = Env::new();
    let out = env.ok(&["tick", "5", "2"]);
    assert_eq!(out.trim(), "第5项措施2：未完成 → 已完成");
    let out = env.ok(&["--lang", "en", "tick", "5", "2", "--undone"]);
    assert_eq!(out.trim(), "5: measure 2: done → not done");
    let before = events(&env, "5");
    let out = env.ok(&["tick", "5", "2", "--undone"]);
    assert!(
        out.contains("已是未完成") && out.contains("未改动"),
        "{out}"
    );
    assert_eq!(events(&env, "5"), before, "nothing recorded");
    let (code, err) = env.fails(&["tick", "5", "99"]);
    assert_eq!(code, 2);
    assert!(err.contains("没有措施99"), "{err}");
}

#[test]
fn a_move_to_the_status_the_item_has_says_so() {
    let env = Env::new();
    env.ok(&["move", "3", "doing"]);
    let before = events(&env, "3");
    let out = env.ok(&["move", "3", "推进中"]);
    assert_eq!(out.trim(), "第3项：已是推进中，未改动");
    let out = env.ok(&["--lang", "en", "move", "3", "doing"]);
    assert_eq!(out.trim(), "3: already In progress; nothing changed");
    assert_eq!(events(&env, "3"), before);
}

#[test]
fn note_dash_reads_the_note_from_standard_input() {
    let env = Env::new();
    env.ok(&["plans"]);
    let mut child = env
        .cmd(&["note", "4", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("第一行\n第二行：来自标准输入\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let item = env.json(&["show", "4", "--format", "json"]);
    assert_eq!(item["notes"][0]["text"], "第一行\n第二行：来自标准输入");

    // Empty input saves nothing.
    let out = env
        .cmd(&["note", "4", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let item = env.json(&["show", "4", "--format", "json"]);
    assert_eq!(item["notes"].as_array().unwrap().len(), 1);
}

#[test]
fn bom_is_refused_with_a_format_other_than_csv() {
    let env = Env::new();
    for format in ["json", "md"] {
        let (code, err) = env.fails(&["export", "--format", format, "--bom"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("--bom") && err.contains("csv"), "{err}");
    }
    let out = env.run(&["export", "--format", "csv", "--bom"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with("\u{feff}".as_bytes()));
}

#[test]
fn the_retitle_warning_shows_one_short_line_of_each_title() {
    let env = Env::new();
    let doc = env.path("plan.txt");
    let write = |title: &str| {
        std::fs::write(
            &doc,
            format!(
                "某厅2021年工作要点\n一、第一部分\n1.{title}\n目标任务:做好。\n工作措施:一条。\n责任单位:办公室\n\
                 2.乙事项\n目标任务:做好乙。\n工作措施:只有一条。\n责任单位:办公室\n"
            ),
        )
        .unwrap();
    };
    write("甲事项");
    env.ok(&["import", doc.to_str().unwrap()]);
    let long = "完全不同的一项工作，标题写得非常非常长，".repeat(6);
    write(&long);
    let out = env.run(&["import", doc.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let warning: Vec<&str> = err.lines().filter(|l| l.contains("第1项")).collect();
    assert_eq!(warning.len(), 1, "{err}");
    assert!(warning[0].contains("“甲事项”"), "{err}");
    assert!(warning[0].contains('…'), "{err}");
    assert!(!warning[0].contains(&long), "{err}");
}

#[test]
fn an_unknown_choice_is_refused_once_not_wrapped_in_a_second_message() {
    let env = Env::new();
    let (code, err) = env.fails(&["add", "标题", "--lead", "基教处", "--source", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("--source 没有“nope”这一项"), "{err}");
    assert!(!err.contains("无效"), "{err}");
}
