//! Defects found in review of the merged issues 15, 16 and 17, each held here.

use crate::common;

use common::cli::Env;

const NOW: &str = "2026-03-02T09:00:00Z";

/// A supervisor `sup` (办公室) and `bob`, a member of item 2's lead office.
fn supervised() -> Env {
    let env = Env::at(NOW);
    env.ok(&["list"]);
    env.ok(&[
        "member",
        "add",
        "sup",
        "办公室",
        "--supervisor",
        "--allow-unknown",
    ]);
    let lead = env.json(&["show", "2", "--format", "json"]);
    let lead = lead["offices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["role"] == "lead")
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok_as("sup", &["member", "add", "bob", &lead, "--allow-unknown"]);
    env
}

#[test]
fn a_retired_item_takes_no_urge_report_reply_closeout_or_note() {
    let env = supervised();
    env.ok_as("sup", &["urge", "2", "请加快"]);
    env.ok_as("sup", &["retire", "2", "重复"]);
    let before = env.ok_as("sup", &["history", "2"]);
    for (who, args) in [
        ("sup", &["urge", "2", "再催"][..]),
        ("bob", &["reply", "2", "在办"][..]),
        ("bob", &["report", "2", "进展"][..]),
        ("bob", &["move", "2", "done", "--note", "完成"][..]),
        ("bob", &["note", "2", "补一条批注"][..]),
    ] {
        let (_, err) = env.fails_as(who, args);
        assert!(
            err.contains("撤项") || err.contains("retired"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(env.ok_as("sup", &["history", "2"]), before);
}

#[test]
fn the_urges_of_a_retired_item_leave_the_bulletin_and_the_ledger() {
    let env = supervised();
    env.ok_as("sup", &["urge", "2", "请加快办理某某事项"]);
    env.ok_as("sup", &["retire", "2", "重复"]);
    let bulletin = env.ok_as("sup", &["--lang", "en", "bulletin", "--format", "json"]);
    let bulletin: serde_json::Value = serde_json::from_str(&bulletin).unwrap();
    assert_eq!(bulletin["urges"], serde_json::json!([]), "{bulletin}");
    let text = env.ok_as("sup", &["bulletin"]);
    assert!(!text.contains("请加快办理某某事项"), "{text}");
    env.ok_as("sup", &["restore-item", "2"]);
    let text = env.ok_as("sup", &["bulletin"]);
    assert!(text.contains("请加快办理某某事项"), "{text}");
}

#[test]
fn the_office_overview_leaves_retired_items_out() {
    use duban::store::Store;
    let mut store = Store::open_in_memory("alice").unwrap();
    store.set_fixed_now(Some("2021-03-01T12:00:00.000Z"));
    let plan = store.import(&common::small_plan()).unwrap().plan_id;
    let today = store.today();
    let totals = |store: &Store| -> u32 {
        store
            .office_overview(plan, today)
            .unwrap()
            .iter()
            .map(|o| o.lead.total())
            .sum()
    };
    let before = totals(&store);
    let id = store.item_id(plan, 1).unwrap();
    store.retire_item(id, "重复").unwrap();
    assert_eq!(totals(&store), before - 1);
}

/// An editor that appends `line` to the form (under its last heading, the measures).
fn appending_editor(env: &Env, line: &str) -> String {
    let path = env.path("append.sh");
    std::fs::write(&path, format!("#!/bin/sh\necho '{line}' >> \"$1\"\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.display().to_string()
}

#[test]
fn the_edit_form_keeps_a_requirement_of_several_lines_that_was_not_touched() {
    let env = Env::at(NOW);
    env.ok(&[
        "add",
        "专项任务",
        "--lead",
        "办公室",
        "--requirement",
        "第一条要求\n第二条要求",
        "--due",
        "2026-06-30",
    ]);
    env.ok(&[
        "member",
        "add",
        "sup",
        "秘书处",
        "--supervisor",
        "--allow-unknown",
    ]);
    env.ok_as(
        "sup",
        &["member", "add", "bob", "办公室", "--allow-unknown"],
    );
    let plan = env.json(&["plans", "--format", "json"]);
    let plan = plan
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["title"] == "2026年督办事项")
        .unwrap()["id"]
        .to_string();
    let editor = appending_editor(&env, "新增一条措施");
    // The lead office's member adds a measure: its own work, nothing else changed.
    let out = env
        .cmd(&["--as", "bob", "--plan", &plan, "edit", "1"])
        .env("VISUAL", &editor)
        .env_remove("EDITOR")
        .env("USER", "root")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let item = env.json(&["--plan", &plan, "show", "1", "--format", "json"]);
    assert_eq!(item["requirement"], "第一条要求\n第二条要求");
    assert_eq!(item["measures"][0]["text"], "新增一条措施", "{item}");
}

#[test]
fn a_close_out_reopened_before_schema_9_is_not_in_force_after_the_upgrade() {
    use duban::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for v in 1..=6 {
            conn.execute_batch(Store::migration_sql(v).unwrap())
                .unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 6;
             INSERT INTO plans (id, key, title, date, created_at, updated_at)
               VALUES (1, 'k', '某厅2026年工作要点', '2026-03-06',
                       '2026-03-06T00:00:00.000Z', '2026-03-06T00:00:00.000Z');
             INSERT INTO offices (id, name) VALUES (1, '基教处');
             INSERT INTO items (id, plan_id, number, title, target, status, position,
               created_at, updated_at, due, lead_office)
               VALUES (1, 1, 1, '甲', '目标', 'doing', 1, '2026-03-06T00:00:00.000Z',
                       '2026-05-01T00:00:00.000Z', '2026-12-31', '基教处'),
                      (2, 1, 2, '乙', '目标', 'done', 2, '2026-03-06T00:00:00.000Z',
                       '2026-05-01T00:00:00.000Z', '2026-12-31', '基教处');
             INSERT INTO item_offices (item_id, office_id, role, ordinal)
               VALUES (1, 1, 'lead', 1), (2, 1, 'lead', 1);
             INSERT INTO closeouts (item_id, statement, closed_by, closed_at,
               needs_confirmation, confirmed_by, confirmed_at)
               VALUES (1, '已完成', 'alice', '2026-04-01T00:00:00.000Z', 1, 'sup',
                       '2026-04-02T00:00:00.000Z'),
                      (2, '已完成', 'alice', '2026-04-01T00:00:00.000Z', 1, 'sup',
                       '2026-04-02T00:00:00.000Z');
             INSERT INTO events (plan_id, item_id, actor, at, kind, before, after)
               VALUES (1, 1, 'alice', '2026-05-01T00:00:00.000Z', 'reopen', NULL, '数据有误');",
        )
        .unwrap();
    }
    let store = Store::open(&path, "alice").unwrap();
    let one = store.closeout(1).unwrap().unwrap();
    assert!(!one.in_force(), "item 1 was reopened: {one:?}");
    let r = one.reopened.unwrap();
    assert_eq!((r.by.as_str(), r.reason.as_str()), ("alice", "数据有误"));
    assert!(
        store.closeout(2).unwrap().unwrap().confirmed(),
        "item 2 is done"
    );
}

#[test]
fn undo_does_not_reach_past_ones_own_edit_of_the_measures_or_the_deadline() {
    let env = Env::at(NOW);
    env.ok(&["tick", "1", "1"]);
    // A new measure in front of the ticked one: the tick moved to ordinal 2.
    let form_editor = env.path("measures.sh");
    std::fs::write(
        &form_editor,
        "#!/bin/sh\nsed -i 's/^\\[工作措施\\]$/[工作措施]\\n新的第一条措施/' \"$1\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&form_editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = env
        .cmd(&["edit", "1"])
        .env("VISUAL", &form_editor)
        .env_remove("EDITOR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ticks = |env: &Env| -> Vec<bool> {
        env.json(&["show", "1", "--format", "json"])["measures"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["done"].as_bool().unwrap())
            .collect()
    };
    assert_eq!(&ticks(&env)[..2], [false, true]);
    env.fails(&["undo"]);
    assert_eq!(&ticks(&env)[..2], [false, true], "the tick is where it was");

    env.ok(&["due", "2", "2026-09-30"]);
    env.ok(&["edit", "2", "--due", "2026年11月底前"]);
    env.fails(&["undo"]);
    let two = env.json(&["show", "2", "--format", "json"]);
    assert_eq!(two["deadline"], "2026-11-30", "{two}");
}

#[test]
fn a_lead_office_member_may_not_move_its_own_deadline_with_due_either() {
    let env = supervised();
    let (code, err) = env.fails_as("bob", &["due", "2", "2026-12-31"]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        code,
        env.fails_as("bob", &["edit", "2", "--due", "2026-12-31"]).0
    );
    env.ok_as("sup", &["due", "2", "2026-12-31"]);
}
