//! What a first-time user runs into on the board: a search that finds nothing says
//! why (and how to lift the office filter that hides its matches).

use crate::tui_support;

use duban::tui::action::Action;
use duban::tui::{BoardOptions, Lang};
use tui_support::*;

fn on_office(office: &str, lang: Lang) -> duban::tui::App {
    app_on(
        seeded_store("tester"),
        BoardOptions {
            office: Some(office.to_string()),
            lang,
            ..BoardOptions::default()
        },
    )
}

fn search(app: &mut duban::tui::App, query: &str) {
    app.update(Action::Search);
    type_text(app, query);
    app.update(Action::Confirm);
}

#[test]
fn a_search_hidden_by_the_office_filter_says_how_to_see_its_matches() {
    let mut app = on_office("秘书处", Lang::Zh);
    search(&mut app, "学前");
    let m = app.message().expect("a footer message").text.clone();
    assert!(m.contains("秘书处的事项中没有匹配"), "{m}");
    assert!(m.contains("按 O 清除处室筛选"), "{m}");
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("其他处室有"), "on the footer:\n{shown}");
    app.update(Action::ClearOffice);
    assert!(
        selected(&app).is_some(),
        "the matches show once the filter is off"
    );
    let shown: usize = (0..4).map(|c| app.board().column_len(c)).sum();
    assert!(shown > 0 && shown < 34, "only the matches: {shown}");

    let mut app = on_office("秘书处", Lang::En);
    search(&mut app, "学前");
    let m = &app.message().unwrap().text;
    assert!(
        m.contains("in other offices (O clears the office filter)"),
        "{m}"
    );
}

#[test]
fn a_search_that_finds_nothing_says_so() {
    let mut board = app();
    search(&mut board, "火星基地");
    let m = &board.message().expect("a footer message").text;
    assert!(m.contains("没有事项匹配“火星基地”"), "{m}");
    // A search that finds something says nothing more.
    let mut board = app();
    search(&mut board, "学前");
    assert!(
        board.message().is_none(),
        "{:?}",
        board.message().map(|m| &m.text)
    );
}

/// Two members of the lead office answer one urge at once: the second board's
/// reply finds no open urge and says so in the board's language.
#[test]
fn a_reply_that_someone_else_made_first_is_refused_in_chinese() {
    use duban::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("duban.db");
    let mut store = Store::open(&db, "admin").unwrap();
    seed(&mut store);
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "甲", "基教处", false).unwrap();
    store.add_member(plan, "乙", "基教处", false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    let id = store.item_id(plan, 14).unwrap();
    store.set_actor("du");
    store.urge(id, "请说明进度", None).unwrap();
    store.set_actor("甲");
    let mut app = app_on(store, BoardOptions::default());
    app.update(Action::Jump);
    type_text(&mut app, "14");
    app.update(Action::Confirm);
    app.update(Action::Reply);
    type_text(&mut app, "我来回复");
    let mut other = Store::open(&db, "乙").unwrap();
    other.reply(id, "乙先回复了").unwrap();
    app.update(Action::Confirm);
    let m = app.message().expect("a footer message").text.clone();
    assert!(m.contains("第14项没有待回复的督办"), "{m}");
    assert!(!m.contains("no open urge"), "{m}");
    assert!(app.modal().is_some(), "the editor keeps what was typed");
}

/// A mistake in keymap.toml shows on a Chinese board's footer in Chinese.
#[test]
fn a_keymap_mistake_is_said_in_chinese_on_the_footer() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keymap.toml"), "[board]\nfly = [\"f\"]\n").unwrap();
    let app = app_on(
        seeded_store("tester"),
        BoardOptions {
            config_dir: Some(dir.path().to_path_buf()),
            ..BoardOptions::default()
        },
    );
    let m = &app.message().expect("a footer message").text;
    assert!(
        m.contains("按键配置有误") && m.contains("[board] 没有动作 fly"),
        "{m}"
    );
    assert!(!m.contains("unknown action"), "{m}");
}
