//! Whole-screen snapshots of every view at 80x24 and 120x40.

mod tui_support;

use duban::tui::action::Action;
use duban::tui::{BoardOptions, Lang};
use insta::assert_snapshot;
use tui_support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snap(name: &str, app: &mut duban::tui::App) {
    for (w, h) in SIZES {
        let term = render(app, w, h);
        assert_snapshot!(format!("{name}_{w}x{h}"), term.backend());
    }
}

#[test]
fn board() {
    // One card overdue, one due soon; the rest are due at the year's end.
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    for (n, due) in [
        (8, jiff::civil::date(2020, 6, 1)),
        (9, jiff::civil::date(2020, 6, 20)),
    ] {
        let id = store.item_id(plan, n).unwrap();
        store.set_due(id, due).unwrap();
    }
    let mut app = app_on(store, BoardOptions::default());
    // Spread cards over the columns, add a note, and scroll the first column.
    press(
        &mut app,
        [
            Action::MoveNext,
            Action::ColumnLeft,
            Action::Down,
            Action::Down,
        ],
    );
    press(
        &mut app,
        [Action::MoveNext, Action::MoveNext, Action::AddNote],
    );
    type_text(&mut app, "受疫情影响延后");
    press(
        &mut app,
        [Action::Confirm, Action::ColumnLeft, Action::ColumnLeft],
    );
    press(&mut app, std::iter::repeat_n(Action::Down, 8));
    snap("board", &mut app);
}

#[test]
fn board_english() {
    let mut app = app_on(
        seeded_store("tester"),
        BoardOptions {
            lang: Lang::En,
            ..Default::default()
        },
    );
    snap("board_en", &mut app);
}

#[test]
fn filtered_board() {
    let mut app = app_on(
        seeded_store("tester"),
        BoardOptions {
            office: Some("基教处".into()),
            lead_only: false,
            ..Default::default()
        },
    );
    snap("filtered_board", &mut app);
}

#[test]
fn detail() {
    let mut app = app();
    press(&mut app, [Action::Down, Action::AddNote]);
    type_text(&mut app, "已召开专题会议,进度正常");
    press(
        &mut app,
        [Action::Confirm, Action::Open, Action::Down, Action::Toggle],
    );
    snap("detail", &mut app);
}

#[test]
fn picker() {
    let mut app = app();
    press(&mut app, [Action::OfficePicker]);
    type_text(&mut app, "jc");
    snap("picker", &mut app);
}

#[test]
fn search() {
    let mut app = app();
    press(&mut app, [Action::Search]);
    type_text(&mut app, "安全");
    snap("search", &mut app);
}

#[test]
fn help() {
    let mut app = app();
    press(&mut app, [Action::Help]);
    snap("help", &mut app);
}

#[test]
fn editor_with_chinese_text() {
    let mut app = app();
    press(&mut app, [Action::AddNote]);
    type_text(&mut app, "第一行:督办进度正常");
    press(&mut app, [Action::Newline]);
    type_text(&mut app, "第二行");
    snap("editor", &mut app);
}

#[test]
fn too_small() {
    let mut app = app();
    let term = render(&mut app, 40, 10);
    assert_snapshot!("too_small_40x10", term.backend());
}
