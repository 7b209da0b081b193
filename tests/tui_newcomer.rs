//! What a first-time user runs into on the board: a search that finds nothing says
//! why (and how to lift the office filter that hides its matches).

mod tui_support;

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
    assert!(m.contains("秘书处 的事项中没有匹配"), "{m}");
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
