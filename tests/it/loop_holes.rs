//! Issue 16, the loop without holes: leaving 已完成 only through a reopen, urges
//! that end with their item, the clock a member may not pin, undo that is the
//! board's own, and a history that says what happened.

use crate::common;
use crate::tui_support::{app_on, card_by_number, press, seeded_store, stored_status};

use common::cli::Env;
use duban::plan::Status;
use duban::tui::BoardOptions;
use duban::tui::action::Action;
use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");
const AT: &str = "2020-06-10T09:00:00Z";

/// The fixture on 2020-05-01: the OS account and 督查 supervise from 办公室; 基教
/// belongs to 基教处, lead office of item 1.
fn supervised() -> Env {
    let env = Env::at(AT);
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
    env
}

fn item_json(env: &Env, n: &str) -> Value {
    let all = env.json(&["export", "--format", "json"]);
    let items = all["items"].as_array().expect("items");
    items
        .iter()
        .find(|i| i["number"].as_u64() == n.parse().ok())
        .unwrap()
        .clone()
}

#[test]
fn point1_leaving_done_goes_through_reopen_and_a_confirmed_item_only_by_a_supervisor() {
    let env = supervised();
    env.ok_as("基教", &["move", "1", "done", "--note", "方案已印发"]);
    // A plain move out of done is refused with the way to do it.
    let (code, err) = env.fails_as("基教", &["move", "1", "doing"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("duban reopen 1"), "{err}");
    let (code, err) = env.fails_as("督查", &["--lang", "en", "move", "1", "todo"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("reopen"), "{err}");
    env.ok_as("督查", &["confirm", "1"]);
    // Once confirmed (销号), the lead office may no longer reopen it.
    let (code, err) = env.fails_as("基教", &["reopen", "1", "还想改"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("督查员"), "{err}");
    let show = env.ok(&["show", "1"]);
    assert!(show.contains("已销号"), "{show}");
    env.ok_as("督查", &["reopen", "1", "佐证材料不全"]);
    // After the reopen nothing presents it as closed or confirmed ...
    let show = env.ok(&["show", "1"]);
    assert!(show.contains("推进中"), "{show}");
    assert!(
        !show.contains("已销号") && !show.contains("待销号"),
        "{show}"
    );
    assert!(
        show.contains("已退回") && show.contains("佐证材料不全"),
        "{show}"
    );
    let exported = item_json(&env, "1");
    assert_eq!(exported["status"], "doing", "{exported}");
    let shown = env.json(&["show", "1", "--format", "json"]);
    assert!(shown["closeout"].is_null(), "{shown}");
    assert_eq!(
        shown["supervision"]["awaiting_confirmation"], false,
        "{shown}"
    );
    // ... while the history keeps the close-out, the confirmation and the reopen.
    let history = env.ok(&["history", "1"]);
    for word in ["办结", "销号", "退回"] {
        assert!(history.contains(word), "{word}: {history}");
    }
}

#[test]
fn point1_h_and_l_out_of_done_are_refused_on_the_board() {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 1).unwrap();
    store.move_item(id, Status::Done, None).unwrap();
    let mut app = app_on(store, BoardOptions::default());
    // To the done column, on item 1.
    press(
        &mut app,
        [
            Action::ColumnRight,
            Action::ColumnRight,
            Action::ColumnRight,
        ],
    );
    assert_eq!(app.board().selected_id(), Some(id));
    app.update(Action::MovePrev);
    assert_eq!(stored_status(&app, id), Status::Done);
    let said = app.message().expect("a message").text.clone();
    assert!(said.contains("reopen") && said.contains('R'), "{said}");
}

#[test]
fn point2_closing_answers_urges_and_none_outlives_confirmation() {
    let env = supervised();
    // A reply-by date in the past is refused with the date it would need.
    let (code, err) = env.fails_as("督查", &["urge", "1", "请加快", "--reply-by", "2020-06-01"]);
    assert_eq!(code, 2, "a bad argument: {err}");
    assert!(err.contains("2020-06-10"), "{err}");
    env.ok_as("督查", &["urge", "1", "请加快", "--reply-by", "2020-06-20"]);
    env.ok_as("基教", &["move", "1", "done", "--note", "方案已印发"]);
    let shown = env.json(&["show", "1", "--format", "json"]);
    let urge = &shown["urges"][0];
    assert_eq!(urge["answer"], "方案已印发", "{shown}");
    assert_eq!(shown["supervision"]["urges_open"], 0, "{shown}");
    // An urge while it waits for 销号 is answered by the confirmation.
    env.ok_as("督查", &["urge", "1", "请补充佐证"]);
    env.ok_as("督查", &["confirm", "1"]);
    let shown = env.json(&["show", "1", "--format", "json"]);
    assert_eq!(shown["supervision"]["urges_open"], 0, "{shown}");
    assert!(
        shown["urges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| !u["answered_at"].is_null()),
        "{shown}"
    );
    let history = env.ok(&["history", "1"]);
    assert!(history.contains("以办结说明答复督办"), "{history}");
    // A new urge on a confirmed item is refused.
    let (code, err) = env.fails_as("督查", &["urge", "1", "再催"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("销号"), "{err}");
}

#[test]
fn point4_duban_undo_reverses_the_accounts_last_change() {
    let env = Env::at(AT);
    env.ok(&["move", "3", "doing"]);
    let said = env.ok(&["undo"]);
    assert!(said.contains("第3项") && said.contains("未启动"), "{said}");
    let shown = env.json(&["show", "3", "--format", "json"]);
    assert_eq!(shown["status"], "todo", "{shown}");
    let said = env.ok(&["undo"]);
    assert!(said.contains("没有可撤销"), "{said}");
    // Undoing a close would leave 已完成: refused, pointing to reopen.
    env.ok(&["move", "4", "done", "--note", "已完成"]);
    let (code, err) = env.fails(&["undo"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("reopen"), "{err}");
}

#[test]
fn point4_the_boards_undo_is_its_own_not_the_accounts_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("undo.db");
    let mut board = duban::store::Store::open(&db, "tester").unwrap();
    crate::tui_support::seed(&mut board);
    let plan = board.plan(None).unwrap().id;
    // The same account in another process (a command, another board).
    let mut elsewhere = duban::store::Store::open(&db, "tester").unwrap();
    elsewhere.set_fixed_now(Some(crate::tui_support::NOW));
    let three = elsewhere.item_id(plan, 3).unwrap();
    let four = elsewhere.item_id(plan, 4).unwrap();
    elsewhere.move_item(three, Status::Doing, None).unwrap();
    let mut app = app_on(board, BoardOptions::default());
    let two = card_by_number(&app, 2).id;
    press(&mut app, [Action::Down, Action::MoveNext]);
    assert_eq!(stored_status(&app, two), Status::Doing);
    elsewhere.move_item(four, Status::Blocked, None).unwrap();
    // `u` takes back the board's own move, not the newer one made elsewhere ...
    app.update(Action::Undo);
    assert_eq!(stored_status(&app, two), Status::Todo);
    assert_eq!(stored_status(&app, four), Status::Blocked);
    // ... and then has nothing left of its own: item 3's move stays too.
    app.update(Action::Undo);
    assert_eq!(stored_status(&app, three), Status::Doing);
    assert_eq!(app.message().unwrap().text, "没有可撤销的修改");
}

#[test]
fn point8_history_names_what_an_undo_reverses_and_an_indicators_name_and_unit() {
    let env = Env::at(AT);
    env.ok(&["move", "3", "doing"]);
    env.ok(&["undo"]);
    let history = env.json(&["history", "3", "--format", "json"]);
    let events = history.as_array().unwrap();
    let moved = events.iter().find(|e| e["kind"] == "move").unwrap();
    let undo = events.last().unwrap();
    assert_eq!(undo["undoes"], moved["id"], "{history:?}");
    let text = env.ok(&["history", "3"]);
    let line = text.lines().last().unwrap();
    assert!(
        line.contains(&format!("撤销 #{}", moved["id"])),
        "the undo names the event it reverses: {text}"
    );
    // An indicator value with its name and unit.
    let shown = env.json(&["show", "14", "--format", "json"]);
    let indicator = &shown["indicators"][0];
    let unit = indicator["unit"].as_str().unwrap().to_string();
    env.ok(&["indicator", "14", "1", "12"]);
    let text = env.ok(&["history", "14"]);
    let line = text.lines().find(|l| l.contains("填报指标")).expect(&text);
    assert!(line.contains(&format!("：12{unit}")), "{line}");
    let name = duban::plan::indicators::name_of(indicator["text"].as_str().unwrap());
    assert!(
        line.contains(&format!("填报指标 {name}：12{unit}")),
        "{line}"
    );
}

#[test]
fn point5_reports_count_as_missing_only_after_the_due_day() {
    let env = supervised();
    let before = "2020-06-10T09:00:00Z";
    let after = "2020-06-26T09:00:00Z";
    env.ok_at("基教", before, &["report", "1", "本月进展"]);
    let cycle = env.ok_at("督查", before, &["cycle"]);
    assert!(cycle.contains("截至目前已报1/"), "{cycle}");
    assert!(!cycle.contains("未报"), "{cycle}");
    let b = env.ok_at("督查", before, &["bulletin", "--format", "json"]);
    let b: Value = serde_json::from_str(&b).unwrap();
    assert_eq!(b["overall"]["reports_missing"], 0, "{b}");
    assert_eq!(b["overall"]["reports_made"], 1, "{b}");
    assert!(
        b["offices"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["reports_missing"] == 0)
    );
    let text = env.ok_at("督查", before, &["bulletin"]);
    assert!(text.contains("截至目前已报1/"), "{text}");
    assert!(
        !text.contains("未报"),
        "nothing is missing before the due day: {text}"
    );
    let shown = env.ok_at("督查", before, &["show", "2"]);
    assert!(!shown.contains("未报"), "{shown}");
    // After the due day the same counts are missing, everywhere.
    let cycle = env.ok_at("督查", after, &["cycle"]);
    assert!(cycle.contains("未报"), "{cycle}");
    let b = env.ok_at("督查", after, &["bulletin", "--format", "json"]);
    let b: Value = serde_json::from_str(&b).unwrap();
    assert!(b["overall"]["reports_missing"].as_u64().unwrap() > 0, "{b}");
    let shown = env.ok_at("督查", after, &["show", "2"]);
    assert!(shown.contains("未报"), "{shown}");
}

/// A text that would forge a heading, a link, an image and a table row.
const FORGERY: &str = "进展正常\n# 伪造的标题\n[点我](http://evil.example) ![图](x.png)\n| 甲 | 乙 |\nwww.evil.example";

/// No line a user's text could have made: every heading is one duban wrote, and
/// no link, image or bare address is live.
fn assert_unforged(doc: &str) {
    for line in doc.lines() {
        assert!(!line.starts_with("# 伪造"), "a forged heading: {doc}");
        assert!(!line.starts_with("| 甲"), "a forged table row: {doc}");
    }
    assert!(!doc.contains("[点我]("), "a live link: {doc}");
    assert!(!doc.contains("![图]"), "a live image: {doc}");
    assert!(
        !doc.contains("http://") && !doc.contains(" www."),
        "a live address: {doc}"
    );
    assert!(doc.contains("伪造的标题"), "the text itself is kept: {doc}");
}

#[test]
fn point7_user_text_cannot_forge_the_standup_or_the_bulletin() {
    let env = supervised();
    env.ok_at("基教", "2020-06-08T09:00:00Z", &["note", "1", FORGERY]);
    env.ok_at("基教", "2020-06-08T09:00:00Z", &["report", "1", FORGERY]);
    env.ok_at("督查", "2020-06-08T09:00:00Z", &["urge", "1", FORGERY]);
    env.ok_at("基教", "2020-06-09T09:00:00Z", &["reply", "1", FORGERY]);
    let standup = env.ok_at("督查", AT, &["standup", "--since", "7d", "--format", "md"]);
    assert_unforged(&standup);
    let text = env.ok_at("督查", AT, &["standup", "--since", "7d"]);
    assert!(!text.lines().any(|l| l.starts_with("# 伪造")), "{text}");
    for format in ["md", "text"] {
        let bulletin = env.ok_at("督查", AT, &["bulletin", "--format", format]);
        assert!(bulletin.contains("伪造的标题"), "{bulletin}");
        assert!(
            !bulletin.lines().any(|l| l.starts_with("# 伪造")),
            "{bulletin}"
        );
        if format == "md" {
            assert_unforged(&bulletin);
        }
    }
    let export = env.ok(&["export", "--format", "md"]);
    assert_unforged(&export);
}

#[test]
fn point6_a_members_office_filter_is_kept_when_leaving_the_urge_list() {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "lead", "基教处", false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    let fourteen = store.item_id(plan, 14).unwrap();
    store.set_actor("du");
    store.urge(fourteen, "请说明进度", None).unwrap();
    store.set_actor("lead");
    let mut app = app_on(store, BoardOptions::default());
    let office = |app: &duban::tui::App| app.office().map(|o| o.name.clone());
    assert_eq!(
        office(&app).as_deref(),
        Some("基教处"),
        "opens on the member's office"
    );
    // `w` and `w` again: the office filter comes back.
    app.update(Action::Urged);
    assert_eq!(app.board().selected_id(), Some(fourteen));
    app.update(Action::Urged);
    assert_eq!(office(&app).as_deref(), Some("基教处"));
    // `w` and Esc: the same.
    app.update(Action::Urged);
    app.update(Action::Back);
    assert_eq!(office(&app).as_deref(), Some("基教处"));
}

#[test]
fn point21_at_80x24_a_cards_title_wraps_onto_a_second_row() {
    let mut app = crate::tui_support::app();
    let title = card_by_number(&app, 1).title;
    let shown = crate::tui_support::screen(&crate::tui_support::render(&mut app, 80, 24));
    let rows: Vec<&str> = shown.lines().collect();
    let first = rows.iter().position(|l| l.contains(">1 ")).expect(&shown);
    // The first column's text on the title's two rows, without borders and number.
    let cell = |l: &str| {
        let inner = l.split('│').nth(1).unwrap_or_default();
        inner
            .trim_start_matches(['>', ' ', '1'])
            .trim_end()
            .to_string()
    };
    let (one, two) = (cell(rows[first]), cell(rows[first + 1]));
    assert!(title.starts_with(&one), "{one:?} of {title:?}\n{shown}");
    let two = two.trim_end_matches('…');
    assert!(
        title[one.len()..].starts_with(two),
        "the second row continues the title: {two:?}\n{shown}"
    );
    assert!(
        two.chars().count() >= 5,
        "more than ten characters in all: {two:?}"
    );
    let head: String = two.chars().take(1).collect();
    assert!(!duban::text::is_closing(&head), "{two:?}");
}

#[test]
fn point24_keys_on_an_empty_column_say_why_nothing_happened() {
    let mut app = crate::tui_support::app();
    // The 推进中 column of the seed is empty.
    app.update(Action::ColumnRight);
    assert_eq!(app.board().selected_id(), None);
    for key in [
        Action::Open,
        Action::MoveNext,
        Action::AddNote,
        Action::Copy,
    ] {
        app.update(key);
        let said = &app.message().expect("a message").text;
        assert!(
            said.contains("推进中") && said.contains("没有事项"),
            "{said}"
        );
        assert!(app.modal().is_none() && app.detail().is_none());
    }
}

#[test]
fn point24_every_card_key_on_an_empty_column_says_why_nothing_happened() {
    // A fresh board for each key, so no message is left from the one before.
    for key in [
        Action::MovePrev,
        Action::MoveNext,
        Action::ReorderUp,
        Action::ReorderDown,
        Action::Open,
        Action::Copy,
        Action::AddNote,
        Action::Report,
        Action::ConfirmDone,
        Action::Reopen,
        Action::Reply,
        Action::Urge,
        Action::RetireItem,
    ] {
        let mut app = crate::tui_support::app();
        // The 推进中 column of the seed is empty.
        app.update(Action::ColumnRight);
        assert_eq!(app.board().selected_id(), None);
        app.update(key.clone());
        let said = app.message().map(|m| m.text.clone()).unwrap_or_default();
        assert!(
            said.contains("推进中") && said.contains("没有事项"),
            "{key:?}: {said:?}"
        );
        assert!(app.modal().is_none() && app.detail().is_none(), "{key:?}");
    }
}

#[test]
fn point24_the_too_small_screen_says_the_size_now_and_needed_and_how_to_quit() {
    let mut app = crate::tui_support::app();
    let shown = crate::tui_support::screen(&crate::tui_support::render(&mut app, 59, 14));
    let flat: String = shown.split_whitespace().collect();
    for part in ["59x14", "60x16", "q"] {
        assert!(flat.contains(part), "{part}: {shown}");
    }
    assert!(flat.contains("按q退出"), "{shown}");
}

#[test]
fn point24_members_aligns_its_columns_by_display_width() {
    let env = supervised();
    let listed = env.ok(&["members"]);
    assert!(!listed.contains('\t'), "{listed}");
    let lines: Vec<&str> = listed.lines().collect();
    assert!(lines[0].starts_with("处室"), "{listed}");
    // Every row's second column starts at the same display column.
    let second_column = |l: &str| {
        let gap = l.find("  ").unwrap();
        let at = gap + l[gap..].find(|c: char| c != ' ').unwrap();
        duban::text::width(&l[..at])
    };
    let starts: Vec<usize> = lines.iter().map(|l| second_column(l)).collect();
    assert!(lines.len() >= 3, "{listed}");
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{listed}"
    );
}

#[test]
fn point23_the_changes_list_on_a_first_visit_counts_from_the_boards_opening() {
    let mut app = crate::tui_support::app();
    assert!(app.since().at.is_none(), "a first visit");
    app.update(Action::MoveNext);
    app.update(Action::Changes);
    let shown = crate::tui_support::screen(&crate::tui_support::render(&mut app, 80, 24));
    // It says from when it counts ...
    assert!(
        shown.contains("自打开看板（2020-06-15 04:00）以来"),
        "{shown}"
    );
    // ... and lists the user's own change, marked as theirs.
    let row = shown
        .lines()
        .find(|l| l.contains("移动"))
        .unwrap_or_else(|| panic!("the move is listed:\n{shown}"));
    assert!(row.contains("本人"), "{row}");
}

#[test]
fn the_man_page_speaks_the_interface_language_lists_keys_variables_and_files_and_links_nowhere() {
    let env = Env::new();
    let zh = env.ok(&["man"]);
    for part in [
        ".SH 名称",
        ".SH 按键",
        ".SH 环境变量",
        ".SH 文件",
        "DUBAN_NOW",
        "keymap.toml",
    ] {
        assert!(zh.contains(part), "{part}: {zh}");
    }
    // Keys from the keymap, with what they do, in Chinese.
    assert!(zh.contains("复制卡片为一行文字"), "{zh}");
    let en = env.ok(&["--lang", "en", "man"]);
    for part in [
        ".SH NAME",
        ".SH KEYS",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SS Board (section [board] of keymap.toml)",
    ] {
        assert!(en.contains(part), "{part}: {en}");
    }
    for page in [&zh, &en] {
        // No SEE ALSO, no duban-import(1): duban installs one page only.
        assert!(
            !page.contains("SEE ALSO") && !page.contains("(1)\n"),
            "{page}"
        );
        assert!(!page.contains("\\-import(1)"), "{page}");
        assert!(
            page.contains("duban member add"),
            "commands by their full name: {page}"
        );
    }
}

#[test]
fn point1_the_detail_keeps_a_reopened_close_out_marked_as_reopened() {
    let mut store = seeded_store("du");
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "du", "办公室", true).unwrap();
    let one = store.item_id(plan, 1).unwrap();
    store.close_item(one, "方案已印发", None).unwrap();
    store.confirm(one).unwrap();
    store.reopen(one, "佐证材料不全").unwrap();
    let mut app = app_on(store, BoardOptions::default());
    let at = card_by_number(&app, 1);
    assert_eq!(at.status, Status::Doing);
    assert!(!at.supervision.awaiting_confirmation);
    press(&mut app, [Action::Jump]);
    crate::tui_support::type_text(&mut app, "1");
    press(&mut app, [Action::Confirm, Action::Open]);
    let shown = crate::tui_support::screen(&crate::tui_support::render(&mut app, 120, 40));
    assert!(
        shown.contains("方案已印发"),
        "the close-out stays on record:\n{shown}"
    );
    assert!(
        shown.contains("已退回") && shown.contains("佐证材料不全"),
        "{shown}"
    );
    assert!(!shown.contains("待销号"), "{shown}");
}

#[test]
fn point1_r_on_a_confirmed_item_by_its_lead_office_is_refused_before_the_editor() {
    let mut store = seeded_store("du");
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "du", "办公室", true).unwrap();
    store.add_member(plan, "lead", "秘书处", false).unwrap();
    let one = store.item_id(plan, 1).unwrap();
    store.close_item(one, "方案已印发", None).unwrap();
    store.confirm(one).unwrap();
    store.set_actor("lead");
    let mut app = app_on(store, BoardOptions::default());
    press(&mut app, [Action::Jump]);
    crate::tui_support::type_text(&mut app, "1");
    press(&mut app, [Action::Confirm, Action::Reopen]);
    assert!(
        app.modal().is_none(),
        "no editor for a reopen the rules refuse"
    );
    let said = &app.message().unwrap().text;
    assert!(said.contains("督查员"), "{said}");
    assert_eq!(stored_status(&app, one), Status::Done);
}
