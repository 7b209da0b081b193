//! The search index built off the board's thread (issue 20): the first `/` opens the
//! prompt at once, the prompt says the index is being built, and what was typed
//! meanwhile gives, once it is ready, what it gives on a board whose index was there
//! at once (an in-memory store builds it on the keystroke, as every board did).

use crate::tui_support;

use duban::store::{ItemId, Store};
use duban::tui::action::Action;
use duban::tui::{App, BoardOptions, Lang};
use tui_support::*;

/// A board on a seeded database file, and the directory that holds it.
fn file_app(lang: Lang) -> (tempfile::TempDir, App) {
    file_app_keeping_texts_up_to(lang, duban::tui::SEARCH_TEXTS_UP_TO)
}

/// The same, its search index keeping texts only up to `items` items.
fn file_app_keeping_texts_up_to(lang: Lang, items: usize) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("plan.db"), "tester").unwrap();
    seed(&mut store);
    let opts = BoardOptions {
        lang,
        search_texts_up_to: items,
        ..BoardOptions::default()
    };
    (dir, app_on(store, opts))
}

/// Lets the board take the index and the texts its query waits for in.
fn wait_for_results(app: &mut App) {
    for _ in 0..6000 {
        if !app.is_indexing() && !app.is_scanning() {
            return;
        }
        app.poll_search_index();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the search results were not ready within a minute");
}

/// Lets the board take the index in, as its event loop does.
fn wait_for_index(app: &mut App) {
    for _ in 0..6000 {
        if !app.is_indexing() {
            return;
        }
        app.poll_search_index();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the search index was not ready within a minute");
}

/// The items the search keeps, and how many cards each column shows.
fn shown(app: &App) -> (Vec<ItemId>, Vec<usize>) {
    let ids = app.store().search_texts(app.plan().id).unwrap();
    let kept = ids
        .into_iter()
        .map(|(id, _)| id)
        .filter(|&id| app.search().keeps(id))
        .collect();
    (kept, (0..4).map(|c| app.board().column_len(c)).collect())
}

#[test]
fn a_search_typed_before_the_index_is_ready_gives_the_same_results_once_it_is() {
    for query in [
        "安全",
        "学前教育",
        "jydd",
        "youeryuan",
        "gkzhgg",
        "2020",
        "无此事项",
    ] {
        let mut at_once = app();
        at_once.update(Action::Search);
        type_text(&mut at_once, query);
        let expected = shown(&at_once);

        let (_dir, mut app) = file_app(Lang::En);
        app.update(Action::Search);
        assert!(
            app.is_indexing(),
            "{query}: the prompt opens before the index"
        );
        let footer = screen(&render(&mut app, 120, 40));
        assert!(footer.contains("indexing"), "{query}:\n{footer}");
        type_text(&mut app, query);
        assert_eq!(app.search().query(), query);
        wait_for_index(&mut app);
        assert_eq!(shown(&app), expected, "{query}");
        let footer = screen(&render(&mut app, 120, 40));
        assert!(!footer.contains("indexing"), "{query}:\n{footer}");
        // Further keys narrow as usual; Esc clears.
        app.update(Action::DeleteBack);
        at_once.update(Action::DeleteBack);
        assert_eq!(shown(&app), shown(&at_once), "{query} less one");
        app.update(Action::Back);
        assert_eq!(app.board().column_len(0), 34);
    }
}

#[test]
fn a_search_confirmed_before_the_index_is_ready_says_it_found_nothing_once_ready() {
    let (_dir, mut app) = file_app(Lang::Zh);
    app.update(Action::Search);
    type_text(&mut app, "无此事项");
    app.update(Action::Confirm);
    wait_for_index(&mut app);
    let m = app.message().expect("a footer message").text.clone();
    assert!(m.contains("没有事项匹配"), "{m}");
    assert_eq!(app.board().column_len(0), 0);
}

#[test]
fn a_note_added_while_the_index_is_built_is_found() {
    let (_dir, mut app) = file_app(Lang::Zh);
    app.update(Action::Search);
    app.update(Action::Back);
    assert!(app.is_indexing());
    // Item 4 gets a note while the other thread reads (before or after it read item 4).
    press(
        &mut app,
        [Action::Down, Action::Down, Action::Down, Action::AddNote],
    );
    type_text(&mut app, "独角兽");
    app.update(Action::Confirm);
    wait_for_index(&mut app);
    app.update(Action::Search);
    type_text(&mut app, "独角兽");
    assert_eq!(app.board().column_len(0), 1);
    assert_eq!(selected(&app).unwrap().number, 4);
}

#[test]
fn a_reload_while_the_index_is_built_builds_it_again_with_what_others_wrote() {
    let (dir, mut app) = file_app(Lang::Zh);
    app.update(Action::Search);
    type_text(&mut app, "麒麟");
    assert!(app.is_indexing());
    // Another process writes a note the first build may not have read; the board
    // reads everything again while its index is still being built.
    let mut other = Store::open(&dir.path().join("plan.db"), "other").unwrap();
    let id = app.board().selected_id().unwrap();
    other.add_note(id, "麒麟").unwrap();
    app.reload();
    wait_for_index(&mut app);
    assert_eq!(shown(&app).0, vec![id]);
}

#[test]
fn a_board_whose_index_keeps_no_texts_finds_what_one_that_keeps_them_finds() {
    let queries = [
        "安全",
        "学前教育",
        "jydd",
        "youeryuan",
        "gkzhgg",
        "2020",
        "无此事项",
        "安",
    ];
    for query in queries {
        let mut at_once = app();
        at_once.update(Action::Search);
        let (_dir, mut app) = file_app_keeping_texts_up_to(Lang::Zh, 0);
        app.update(Action::Search);
        wait_for_results(&mut app);
        // Key by key, each key's results taken in before the next; then deleted.
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            type_text(&mut at_once, &c.to_string());
            type_text(&mut app, &c.to_string());
            wait_for_results(&mut app);
            assert_eq!(shown(&app), shown(&at_once), "{typed}");
            assert_eq!(
                screen(&render(&mut app, 120, 40)),
                screen(&render(&mut at_once, 120, 40)),
                "{typed}"
            );
        }
        app.update(Action::DeleteBack);
        at_once.update(Action::DeleteBack);
        wait_for_results(&mut app);
        assert_eq!(shown(&app), shown(&at_once), "{query} less one");
        // Typed at once, without waiting between keys.
        app.update(Action::Back);
        at_once.update(Action::Back);
        app.update(Action::Search);
        at_once.update(Action::Search);
        type_text(&mut app, query);
        type_text(&mut at_once, query);
        wait_for_results(&mut app);
        assert_eq!(shown(&app), shown(&at_once), "{query} at once");
        app.update(Action::Back);
        assert_eq!(app.board().column_len(0), 34);
    }
}

#[test]
fn a_board_whose_index_keeps_no_texts_gives_what_was_typed_while_it_was_built_its_whole_answer() {
    for query in ["安全", "jydd", "youeryuan", "2020", "无此事项", "安"] {
        let mut at_once = app();
        at_once.update(Action::Search);
        type_text(&mut at_once, query);
        let (_dir, mut app) = file_app_keeping_texts_up_to(Lang::Zh, 0);
        app.update(Action::Search);
        type_text(&mut app, query);
        wait_for_results(&mut app);
        assert_eq!(shown(&app), shown(&at_once), "{query}");
        assert_eq!(
            screen(&render(&mut app, 120, 40)),
            screen(&render(&mut at_once, 120, 40)),
            "{query}"
        );
        // Key by key, from the start, the index already built.
        app.update(Action::Back);
        at_once.update(Action::Back);
        app.update(Action::Search);
        at_once.update(Action::Search);
        for c in query.chars() {
            type_text(&mut app, &c.to_string());
            type_text(&mut at_once, &c.to_string());
        }
        wait_for_results(&mut app);
        assert_eq!(shown(&app), shown(&at_once), "{query} key by key");
    }
}

#[test]
fn a_board_whose_index_keeps_no_texts_finds_a_note_added_during_a_search() {
    let (_dir, mut app) = file_app_keeping_texts_up_to(Lang::Zh, 0);
    app.update(Action::Search);
    type_text(&mut app, "独角");
    wait_for_results(&mut app);
    assert_eq!(app.board().column_len(0), 0);
    app.update(Action::Back);
    // Item 4 gets a note; the search is typed again while its texts are read.
    press(
        &mut app,
        [Action::Down, Action::Down, Action::Down, Action::AddNote],
    );
    type_text(&mut app, "独角兽");
    app.update(Action::Confirm);
    app.update(Action::Search);
    type_text(&mut app, "独角兽");
    assert!(app.is_scanning());
    let footer = screen(&render(&mut app, 120, 40));
    assert!(footer.contains("正在查找"), "{footer}");
    wait_for_results(&mut app);
    assert_eq!(app.board().column_len(0), 1);
    assert_eq!(selected(&app).unwrap().number, 4);
    let footer = screen(&render(&mut app, 120, 40));
    assert!(!footer.contains("正在查找"), "{footer}");
}
