//! Items made and corrected by hand on the command line (issue 15): add, edit
//! (options and the `$EDITOR` form), retire and restore, re-import after hand
//! corrections, the 督办通知单, display names, and who may.

use crate::common;

use common::cli::Env;
use serde_json::Value;

const NOW: &str = "2026-03-02T09:00:00Z";
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_1c263084d9f29a16.txt"
);

/// The standing plan's id, from `duban plans --format json`.
fn standing_plan(env: &Env) -> String {
    let plans = env.json(&["plans", "--format", "json"]);
    let found = plans
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["title"] == "2026年督办事项")
        .expect("the standing plan is listed");
    found["id"].to_string()
}

fn show(env: &Env, plan: &str, number: &str) -> Value {
    env.json(&["--plan", plan, "show", number, "--format", "json"])
}

fn kinds(env: &Env, plan: &str, number: &str) -> Vec<String> {
    env.json(&["--plan", plan, "history", number, "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

/// An editor: a shell script that runs `body` on the form file "$1".
fn editor(env: &Env, name: &str, body: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.display().to_string()
}

fn run_editor(env: &Env, editor: &str, args: &[&str]) -> std::process::Output {
    env.cmd(args)
        .env("VISUAL", editor)
        .env_remove("EDITOR")
        .output()
        .unwrap()
}

#[test]
fn add_puts_an_ad_hoc_item_into_the_standing_plan_of_the_year_with_numbers_that_continue() {
    let env = Env::at(NOW);
    let out = env.ok(&[
        "add",
        "落实省领导关于校园安全工作的批示",
        "--lead",
        "jjc",
        "--co",
        "高教处",
        "--co",
        "财建处",
        "--due",
        "2026-04-30",
        "--source",
        "领导批示",
        "--ref",
        "省领导批示〔2026〕3号",
        "--requirement",
        "4月底前报送办理情况",
        "--level",
        "特急",
    ]);
    assert!(out.contains("2026年督办事项 第1项"), "{out}");
    let plan = standing_plan(&env);
    assert!(out.contains(&format!("--plan {plan}")), "{out}");
    let out = env.ok(&[
        "add",
        "会议议定的专项检查",
        "--lead",
        "规划处",
        "--source",
        "meeting",
    ]);
    assert!(out.contains("第2项"), "{out}");
    let item = show(&env, &plan, "1");
    assert_eq!(item["title"], "落实省领导关于校园安全工作的批示");
    assert_eq!(
        item["offices"][0]["name"], "基教处",
        "pinyin initials accepted"
    );
    assert_eq!(item["offices"][2]["name"], "财建处");
    assert_eq!(item["deadline"], "2026-04-30");
    assert_eq!(item["source"], "instruction");
    assert_eq!(item["source_ref"], "省领导批示〔2026〕3号");
    assert_eq!(item["level"], "urgent");
    assert_eq!(show(&env, &plan, "2")["source"], "meeting");
    // The default plan is still the imported one.
    let list = env.ok(&["list"]);
    assert!(list.contains("进一步健全党对教育工作全面领导"), "{list}");
    let plans = env.ok(&["plans"]);
    assert!(plans.contains("2026年督办事项"), "{plans}");
    // --plan puts an item into an imported plan, after its last number.
    let out = env.ok(&["--plan", "1", "add", "补充的工作", "--lead", "办公室"]);
    let numbers = env.json(&["list", "--format", "json"]);
    let last = numbers.as_array().unwrap().last().unwrap()["number"].clone();
    assert!(out.contains(&format!("第{last}项")), "{out}");
}

#[test]
fn add_due_reads_the_phrasings_a_plan_may_use_relative_to_this_year() {
    let env = Env::at(NOW);
    env.ok(&["add", "季度工作", "--lead", "基教处", "--due", "第三季度"]);
    env.ok(&["add", "中旬工作", "--lead", "基教处", "--due", "11月中旬"]);
    env.ok(&["add", "跨年工作", "--lead", "基教处", "--due", "明年3月"]);
    let plan = standing_plan(&env);
    for (number, text, date) in [
        ("1", "第三季度", "2026-09-30"),
        ("2", "11月中旬", "2026-11-20"),
        ("3", "明年3月", "2027-03-31"),
    ] {
        let item = show(&env, &plan, number);
        assert_eq!(item["deadline_text"], text, "{item}");
        assert_eq!(item["deadline"], date, "{item}");
    }
    // Words that give no date are still refused, with nothing written.
    let (code, err) = env.fails(&["add", "事项", "--lead", "基教处", "--due", "视情况而定"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("视情况而定"), "{err}");
    let list = env.json(&["--plan", &plan, "list", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 3, "{list}");
}

#[test]
fn show_gives_a_deadline_once_when_its_text_is_the_date() {
    let env = Env::at(NOW);
    env.ok(&["add", "日期期限", "--lead", "基教处", "--due", "2026-12-31"]);
    env.ok(&["add", "文字期限", "--lead", "基教处", "--due", "11月中旬"]);
    let plan = standing_plan(&env);
    for lang in ["zh", "en"] {
        let shown = env.ok(&["--lang", lang, "--plan", &plan, "show", "1"]);
        let line = shown
            .lines()
            .find(|l| l.starts_with("期限") || l.starts_with("Deadline"))
            .unwrap_or_else(|| panic!("a deadline line: {shown}"));
        assert_eq!(line.matches("2026-12-31").count(), 1, "{line}");
        assert!(!line.contains('('), "{line}");
        // A deadline in words keeps its words beside the date.
        let shown = env.ok(&["--lang", lang, "--plan", &plan, "show", "2"]);
        let written = match lang {
            "zh" => "2026-11-20（11月中旬）",
            _ => "2026-11-20 (11月中旬)",
        };
        assert!(shown.contains(written), "{shown}");
    }
}

#[test]
fn add_with_an_office_no_plan_names_says_offices_come_from_imported_plans() {
    let env = Env::at(NOW);
    env.ok(&["list"]);
    let (code, err) = env.fails(&["add", "落实批示", "--lead", "安全稳定处"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("没有处室“安全稳定处”") && err.contains("处室只来自导入的计划"),
        "{err}"
    );
    let (code, err) = env.fails(&[
        "--lang",
        "en",
        "add",
        "x",
        "--lead",
        "基教处",
        "--co",
        "安全稳定处",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("offices come only from imported plans"),
        "{err}"
    );
    let plans = env.ok(&["plans"]);
    assert!(!plans.contains("督办事项"), "nothing was written: {plans}");
}

#[test]
fn bad_input_to_add_is_refused_with_exit_2_and_nothing_written() {
    let env = Env::at(NOW);
    env.ok(&["list"]);
    let (code, err) = env.fails(&["add", "事项", "--lead", "基教"]);
    assert_eq!(code, 2, "{err}");
    let (code, err) = env.fails(&["add", "事项", "--lead", "不存在处"]);
    assert_eq!(code, 2);
    assert!(err.contains("不存在处"), "{err}");
    let (code, err) = env.fails(&["add", "  ", "--lead", "基教处"]);
    assert_eq!(code, 2);
    assert!(err.contains("标题为空"), "{err}");
    let (code, err) = env.fails(&["add", "事项", "--lead", "基教处", "--due", "2026-02-30"]);
    assert_eq!(code, 2);
    assert!(err.contains("“2026-02-30”不是日期"), "{err}");
    let (code, err) = env.fails(&["add", "事项", "--lead", "基教处", "--due", "2026-01-05"]);
    assert_eq!(code, 2);
    assert!(err.contains("早于事项建立的日期"), "{err}");
    let (code, err) = env.fails(&["add", "事项", "--lead", "基教处", "--source", "口头"]);
    assert_eq!(code, 2);
    assert!(err.contains("领导批示"), "{err}");
    let (code, err) = env.fails(&[
        "--lang",
        "en",
        "add",
        "x",
        "--lead",
        "基教处",
        "--due",
        "soon",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("\"soon\" is not a date"), "{err}");
    let plans = env.ok(&["plans"]);
    assert!(!plans.contains("督办事项"), "nothing was written: {plans}");
}

#[test]
fn edit_with_options_writes_one_history_event_per_changed_field() {
    let env = Env::at(NOW);
    let out = env.ok(&[
        "edit",
        "5",
        "--title",
        "编制教育事业发展规划",
        "--lead",
        "cjc",
        "--due",
        "2026-06-30",
    ]);
    assert!(out.contains("第5项牵头处室：规划处 → 财建处"), "{out}");
    let item = show(&env, "1", "5");
    assert_eq!(item["title"], "编制教育事业发展规划");
    assert_eq!(item["offices"][0]["name"], "财建处");
    assert_eq!(item["deadline"], "2026-06-30");
    // A phrase reads in the plan's year (2020): before the item was made here.
    let (code, err) = env.fails(&["edit", "5", "--due", "6月底前"]);
    assert_eq!(code, 2);
    assert!(err.contains("期限2020-06-30早于事项建立的日期"), "{err}");
    let kinds = kinds(&env, "1", "5");
    assert_eq!(
        &kinds[kinds.len() - 3..],
        ["edit_title", "edit_lead", "edit_deadline"]
    );
    let out = env.ok(&["edit", "5", "--title", "编制教育事业发展规划"]);
    assert!(out.contains("没有改动"), "{out}");
    let (code, _) = env.fails(&["edit", "5", "--lead", "无此处"]);
    assert_eq!(code, 2);
    let (code, _) = env.fails(&["edit", "5", "--title", ""]);
    assert_eq!(code, 2);
    assert_eq!(show(&env, "1", "5")["offices"][0]["name"], "财建处");
}

#[test]
fn the_editor_form_round_trip_applies_what_changed_and_shows_a_malformed_form_again() {
    let env = Env::at(NOW);
    env.ok(&["list"]);
    let script = editor(
        &env,
        "good.sh",
        "sed -i -e 's/^标题：.*/标题: 编制“十四五”教育规划/' -e 's/^牵头处室：.*/牵头处室: cjc/' \
         -e 's/^督办等级：.*/督办等级: 重点/' -e '$a 新增的一条措施。' \"$1\"",
    );
    let out = run_editor(&env, &script, &["edit", "5"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let item = show(&env, "1", "5");
    assert_eq!(item["title"], "编制“十四五”教育规划");
    assert_eq!(item["offices"][0]["name"], "财建处");
    assert_eq!(item["level"], "key");
    assert_eq!(item["measures"].as_array().unwrap().len(), 5);
    let history = kinds(&env, "1", "5");
    assert_eq!(
        &history[history.len() - 4..],
        ["edit_title", "edit_lead", "edit_level", "edit_measures"]
    );

    // First a source that is not one: the form comes back with the error on top
    // and nothing written; the second save fixes it.
    let count = env.path("count");
    let seen = env.path("seen");
    let body = format!(
        "n=$(cat '{c}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{c}'\n\
         cp \"$1\" '{s}'.$n\n\
         if [ $n = 1 ]; then sed -i 's/^来源[:：].*/来源: 口头交办/' \"$1\";\n\
         else sed -i 's/^来源[:：].*/来源: 会议议定/' \"$1\"; fi",
        c = count.display(),
        s = seen.display()
    );
    let script = editor(&env, "twice.sh", &body);
    let out = run_editor(&env, &script, &["edit", "5"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = std::fs::read_to_string(format!("{}.2", seen.display())).unwrap();
    assert!(
        second.starts_with("# 错误：第") && second.contains("没有“口头交办”这种来源"),
        "{second}"
    );
    assert!(
        second.contains("来源: 口头交办"),
        "the user's text comes back: {second}"
    );
    assert_eq!(show(&env, "1", "5")["source"], "meeting");
    let history = kinds(&env, "1", "5");
    assert_eq!(history.last().unwrap(), "edit_source");
    assert_eq!(history.iter().filter(|k| *k == "edit_source").count(), 1);
}

#[test]
fn an_editor_that_fails_or_saves_nothing_changes_nothing() {
    let env = Env::at(NOW);
    env.ok(&["list"]);
    let before = kinds(&env, "1", "5").len();
    let fails = editor(
        &env,
        "fails.sh",
        "sed -i 's/^标题：.*/标题: 不该保存/' \"$1\"; exit 1",
    );
    let out = run_editor(&env, &fails, &["edit", "5"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("编辑器没有正常退出"), "{said}");
    let same = editor(&env, "same.sh", "true");
    let out = run_editor(&env, &same, &["edit", "5"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("没有改动"));
    assert_eq!(kinds(&env, "1", "5").len(), before);
    assert_ne!(show(&env, "1", "5")["title"], "不该保存");
}

#[test]
fn retire_takes_an_item_off_the_lists_and_restore_item_brings_it_back() {
    let env = Env::at(NOW);
    let out = env.ok(&["retire", "7", "与第6项合并"]);
    assert!(out.contains("已将第7项撤项（与第6项合并）"), "{out}");
    let numbers = |args: &[&str]| -> Vec<u64> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["number"].as_u64().unwrap())
            .collect()
    };
    assert!(!numbers(&["list", "--format", "json"]).contains(&7));
    assert_eq!(numbers(&["list", "--retired", "--format", "json"]), [7]);
    let table = env.ok(&["list", "--retired"]);
    assert!(table.contains("与第6项合并"), "{table}");
    let (code, _) = env.fails(&["retire", "7", " "]);
    assert_eq!(code, 2);
    env.ok(&["restore-item", "7"]);
    assert!(numbers(&["list", "--format", "json"]).contains(&7));
    assert!(env.ok(&["list", "--retired"]).contains("没有已撤项的事项"));
    let kinds = kinds(&env, "1", "7");
    assert_eq!(&kinds[kinds.len() - 2..], ["retire", "restore"]);
}

#[test]
fn a_reimport_keeps_hand_corrections_reports_them_and_prefer_document_takes_the_document() {
    let env = Env::at(NOW);
    env.ok(&["edit", "5", "--lead", "财建处"]);
    env.ok(&["--plan", "1", "add", "文件里没有的事项", "--lead", "办公室"]);
    let preview = env.ok(&["import", SEED, "--dry-run"]);
    assert!(
        preview.contains("第5项牵头处室：文件写规划处，看板上已改为财建处（保留看板上的）"),
        "{preview}"
    );
    assert!(
        preview.contains("文件里已没有这些事项（保留，不删除）"),
        "{preview}"
    );
    let preview = env.ok(&["--lang", "en", "import", SEED, "--dry-run"]);
    assert!(
        preview.contains(
            "item 5 lead office: the document says 规划处, the board was changed to 财建处 (keeping the board's)"
        ),
        "{preview}"
    );
    let out = env.ok(&["import", SEED]);
    assert!(out.contains("保留看板上的"), "{out}");
    assert_eq!(show(&env, "1", "5")["offices"][0]["name"], "财建处");
    let out = env.ok(&["import", SEED, "--prefer-document"]);
    assert!(out.contains("改用文件里的"), "{out}");
    assert_eq!(show(&env, "1", "5")["offices"][0]["name"], "规划处");
    let out = env.ok(&["import", SEED]);
    assert!(!out.contains("手工修改"), "{out}");
}

#[test]
fn supervisors_add_edit_and_retire_leads_edit_their_targets_others_are_refused() {
    let env = Env::at(NOW);
    let me = duban::identity::os_user();
    env.ok_as(&me, &["member", "add", &me, "办公室", "--supervisor"]);
    env.ok_as(&me, &["member", "add", "规划", "规划处", "--allow-unknown"]);
    // A lead office member: target yes, title no.
    env.ok_as("规划", &["edit", "5", "--target", "年底前形成规划文本"]);
    let (code, err) = env.fails_as("规划", &["edit", "5", "--title", "改标题"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("督查员（办公室）"), "{err}");
    let (code, _) = env.fails_as("规划", &["edit", "6", "--target", "别人的"]);
    assert_eq!(code, 3);
    let (code, _) = env.fails_as("规划", &["add", "自己加", "--lead", "规划处"]);
    assert_eq!(code, 3);
    let (code, _) = env.fails_as("规划", &["retire", "5", "不想做了"]);
    assert_eq!(code, 3);
    let (code, _) = env.fails_as("规划", &["restore-item", "5"]);
    assert_eq!(code, 3);
    let editor_never_runs = editor(&env, "never.sh", "exit 9");
    let out = env
        .cmd_db(Some(&env.db()), &["--as", "路人", "edit", "5"])
        .env("VISUAL", &editor_never_runs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    env.ok_as(&me, &["edit", "5", "--title", "督查员改的标题"]);
    env.ok_as(&me, &["add", "督查员加的", "--lead", "规划处"]);
    env.ok_as(&me, &["retire", "6", "重复"]);
    env.ok_as(&me, &["restore-item", "6"]);
    assert_eq!(show(&env, "1", "5")["target"], "年底前形成规划文本");
}

#[test]
fn the_notice_docx_holds_the_item_its_source_requirement_deadline_and_a_reply_section() {
    let env = Env::at(NOW);
    env.ok(&[
        "add",
        "落实校园安全批示",
        "--lead",
        "基教处",
        "--co",
        "高教处",
        "--due",
        "2026-04-30",
        "--source",
        "领导批示",
        "--ref",
        "省领导批示〔2026〕3号",
        "--requirement",
        "4月底前报送办理情况",
        "--level",
        "特急",
    ]);
    let plan = standing_plan(&env);
    let path = env.path("通知单.docx");
    let out = env.ok(&[
        "--plan",
        &plan,
        "notice",
        "1",
        "--output",
        path.to_str().unwrap(),
        "--reply-by",
        "2026-04-20",
    ]);
    assert!(out.contains("督办通知单"), "{out}");
    let xml = crate::cli_supervise::unzip(&path, "word/document.xml");
    let (paragraphs, tables) = crate::cli_supervise::docx_contents(&xml);
    assert_eq!(paragraphs[0], "督办通知单");
    assert!(
        paragraphs[1].starts_with("2026年督办事项 第1项"),
        "{paragraphs:?}"
    );
    let rows: Vec<(String, String)> = tables[0]
        .iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    let field = |label: &str| {
        rows.iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {label} in {rows:?}"))
    };
    assert_eq!(field("督办事项"), "落实校园安全批示");
    assert_eq!(field("牵头处室"), "基教处");
    assert_eq!(field("配合处室"), "高教处");
    assert_eq!(field("督办来源"), "领导批示");
    assert_eq!(field("依据"), "省领导批示〔2026〕3号");
    assert_eq!(field("督办等级"), "特急");
    assert_eq!(field("办理要求"), "4月底前报送办理情况");
    // A formal document writes its dates as 2026年4月30日.
    assert_eq!(field("完成期限"), "2026年4月30日");
    assert_eq!(field("回复期限"), "2026年4月20日");
    assert!(
        paragraphs.iter().any(|p| p == "办理情况回复"),
        "{paragraphs:?}"
    );
    let reply: Vec<&str> = tables[1].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(reply, ["办理情况", "承办人", "处室负责人", "回复日期"]);
    let (code, _) = env.fails(&["notice", "1", "--output", "x.pdf"]);
    assert_eq!(code, 2);
}

#[test]
fn display_names_show_in_members_and_history_with_the_account_kept_in_json() {
    let env = Env::at(NOW);
    let me = duban::identity::os_user();
    env.ok_as(
        &me,
        &[
            "member",
            "add",
            &me,
            "办公室",
            "--supervisor",
            "--name",
            "王督查",
        ],
    );
    let (code, err) = env.fails_as(&me, &["member", "add", "no-such-account-x", "基教处"]);
    assert_eq!(code, 2);
    assert!(err.contains("--allow-unknown"), "{err}");
    env.ok_as(
        &me,
        &[
            "member",
            "add",
            "jj",
            "基教处",
            "--allow-unknown",
            "--name",
            "张三",
        ],
    );
    env.ok_as(&me, &["member", "rename", "jj", "张叁"]);
    let members = env.ok_as(&me, &["members"]);
    assert!(members.contains("张叁（jj）"), "{members}");
    env.ok_as("jj", &["note", "1", "已部署"]);
    let history = env.ok_as(&me, &["history", "1"]);
    assert!(history.contains("张叁"), "{history}");
    let json = env.json(&["history", "1", "--format", "json"]);
    let last = json.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["actor"].as_str(), last["name"].as_str()),
        (Some("jj"), Some("张叁"))
    );
}

#[test]
fn list_and_standup_default_to_the_office_of_a_member_of_one_office() {
    let env = Env::at(NOW);
    let me = duban::identity::os_user();
    env.ok_as(&me, &["member", "add", &me, "办公室", "--supervisor"]);
    env.ok_as(&me, &["member", "add", "规划", "规划处", "--allow-unknown"]);
    let all = env
        .json(&["list", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    let mine = env
        .json(&["--as", "规划", "list", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    let everything = env
        .json(&["--as", "规划", "list", "--all", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    assert!(mine < all && mine > 0, "{mine} of {all}");
    assert_eq!(everything, all);
    let standup = env.ok_as("规划", &["standup", "--format", "json"]);
    let everyone = env.ok_as("规划", &["standup", "--all", "--format", "json"]);
    assert_ne!(standup, everyone);
    assert!(!standup.contains("\"基教处\""), "{standup}");
}

#[test]
fn ad_hoc_items_appear_in_the_bulletin_ledger_and_standup_like_plan_items() {
    let env = Env::at(NOW);
    env.ok(&[
        "add",
        "临时交办的督办事项",
        "--lead",
        "基教处",
        "--due",
        "2026-03-10",
    ]);
    let plan = standing_plan(&env);
    env.ok(&["--plan", &plan, "move", "1", "doing"]);
    let bulletin = env.json(&["--plan", &plan, "bulletin", "--format", "json"]);
    assert_eq!(bulletin["overall"]["items"], 1, "{bulletin}");
    assert_eq!(bulletin["offices"][0]["office"], "基教处", "{bulletin}");
    let ledger = env.path("台账.xlsx");
    env.ok(&[
        "--plan",
        &plan,
        "export",
        "--format",
        "xlsx",
        "--output",
        ledger.to_str().unwrap(),
    ]);
    let sheet = crate::cli_supervise::unzip(&ledger, "xl/sharedStrings.xml");
    assert!(sheet.contains("临时交办的督办事项"), "{sheet}");
    let standup = env.ok(&["--plan", &plan, "standup", "--since", "1d"]);
    assert!(standup.contains("临时交办的督办事项"), "{standup}");
}

#[test]
fn the_item_commands_speak_english_with_lang_en() {
    let env = Env::at(NOW);
    let out = env.ok(&[
        "--lang",
        "en",
        "add",
        "A task from a meeting",
        "--lead",
        "基教处",
        "--source",
        "meeting",
        "--level",
        "key",
    ]);
    assert!(out.contains("added item 1 to 2026年督办事项"), "{out}");
    let out = env.ok(&["--lang", "en", "edit", "5", "--lead", "财建处"]);
    assert_eq!(out.trim(), "item 5 lead office: 规划处 → 财建处");
    let out = env.ok(&["--lang", "en", "retire", "7", "a duplicate"]);
    assert!(out.starts_with("retired item 7 (a duplicate)"), "{out}");
    let retired = env.ok(&[
        "--lang",
        "en",
        "list",
        "--retired",
        "--office",
        "教育督导处",
    ]);
    assert!(retired.contains("a duplicate"), "{retired}");
    let history = env.ok(&["--lang", "en", "history", "5"]);
    assert!(
        history.contains("changed lead office: 规划处 -> 财建处"),
        "{history}"
    );
    let (code, err) = env.fails(&[
        "--lang",
        "en",
        "add",
        "x",
        "--lead",
        "基教处",
        "--level",
        "hot",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--level: unknown value \"hot\""), "{err}");
}
