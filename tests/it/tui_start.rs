//! Opening a large board: the first frame comes from the head of each column and
//! shows what the whole board shows; the rest is read before any key is handled.

use crate::tui_support;

use duban::plan::Status;
use duban::store::Store;
use duban::tui::action::Action;
use duban::tui::theme::Theme;
use duban::tui::{App, BoardOptions};
use std::path::Path;
use tui_support::*;

/// A board of 260 generated items, 130 of them moved to 推进中: both columns hold
/// more cards than the head of a column.
fn large_board(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("large.db");
    let mut store = Store::open(&db, "tester").unwrap();
    store.set_fixed_now(Some(NOW));
    let doc = duban::plan::generate::document(&duban::plan::generate::GenOptions::with_items(260));
    let plan = store
        .import(&duban::plan::parse(&doc).unwrap().plan)
        .unwrap()
        .plan_id;
    for number in 1..=130 {
        let id = store.item_id(plan, number).unwrap();
        store.move_item(id, Status::Doing, None).unwrap();
    }
    db
}

fn pinned(mut app: App) -> App {
    app.set_theme(Theme::mono());
    app.set_time_zone(jiff::tz::TimeZone::UTC);
    app
}

fn open(db: &Path, head: bool) -> App {
    let mut store = Store::open(db, "tester").unwrap();
    store.set_fixed_now(Some(NOW));
    let plan = store.plan(None).unwrap().id;
    let opts = BoardOptions::default();
    pinned(if head {
        App::new_head(store, plan, &opts).unwrap()
    } else {
        App::new(store, plan, &opts).unwrap()
    })
}

#[test]
fn the_first_frame_of_a_large_board_is_the_whole_boards_first_frame() {
    let dir = tempfile::tempdir().unwrap();
    let db = large_board(dir.path());
    for (w, h) in [(80, 24), (160, 48)] {
        let mut whole = open(&db, false);
        let mut head = open(&db, true);
        assert!(head.board().is_partial());
        assert!(head.board().column_len(0) < 130, "only the head is read");
        assert_eq!(head.board().column_total(0), 130);
        assert_eq!(head.board().column_total(1), 130);
        let first = screen(&render(&mut head, w, h));
        assert_eq!(first, screen(&render(&mut whole, w, h)), "at {w}x{h}");
        assert!(
            first.contains("（130）"),
            "column counts are whole: {first}"
        );
        assert!(first.contains("/130"), "so is the range on the border");
        // The rest arrives before any key; the screen stays as it was.
        assert!(head.load_rest());
        assert!(!head.board().is_partial());
        assert!(!head.load_rest(), "read once");
        assert_eq!(head.board().column_len(0), 130);
        assert_eq!(screen(&render(&mut head, w, h)), first);
    }
}

#[test]
fn keys_after_the_rest_is_read_reach_every_card() {
    let dir = tempfile::tempdir().unwrap();
    let db = large_board(dir.path());
    let mut app = open(&db, true);
    let first = app.board().selected_id();
    app.load_rest();
    assert_eq!(app.board().selected_id(), first, "the selection stays");
    app.update(Action::Last);
    assert_eq!(
        selected(&app).unwrap().number,
        260,
        "the last card of 未启动"
    );
    app.update(Action::ColumnRight);
    app.update(Action::Last);
    assert_eq!(
        selected(&app).unwrap().number,
        130,
        "the last card of 推进中"
    );
}

#[test]
fn a_board_opened_on_an_office_is_read_whole_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = large_board(dir.path());
    let mut store = Store::open(&db, "tester").unwrap();
    store.set_fixed_now(Some(NOW));
    let plan = store.plan(None).unwrap().id;
    let opts = BoardOptions {
        office: Some(duban::plan::generate::office_name(0)),
        ..BoardOptions::default()
    };
    let app = App::new_head(store, plan, &opts).unwrap();
    assert!(!app.board().is_partial());
}

#[test]
fn a_rest_that_cannot_be_read_leaves_the_head_and_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = large_board(dir.path());
    let mut app = open(&db, true);
    // Another process breaks the database between the first frame and the rest.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("ALTER TABLE items RENAME TO items_gone")
        .unwrap();
    assert!(app.load_rest());
    assert!(!app.board().is_partial(), "no retry on every loop");
    assert!(!app.load_rest());
    assert!(app.message().is_some(), "the footer says why");
    let after = screen(&render(&mut app, 80, 24));
    assert!(after.contains(">131 "), "the head is still shown: {after}");
    assert!(
        after.contains("未启动（100）"),
        "counted as it is shown: {after}"
    );
}
