//! Whole-screen snapshots of every view at 80x24 and 120x40.

use crate::tui_support;

use duban::plan::Status;
use duban::store::Store;
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

/// Some cards moved on, one overdue, so the table and bars show a mixture.
fn busy_store() -> duban::store::Store {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    for (n, status) in [
        (1, Status::Doing),
        (2, Status::Done),
        (3, Status::Blocked),
        (5, Status::Doing),
        (20, Status::Done),
        (29, Status::Doing),
    ] {
        let id = store.item_id(plan, n).unwrap();
        store.move_item(id, status, None).unwrap();
    }
    let id = store.item_id(plan, 8).unwrap();
    store.set_due(id, jiff::civil::date(2020, 6, 1)).unwrap();
    for (n, measure) in [(1, 1), (1, 2), (3, 1), (14, 1), (14, 2), (14, 3)] {
        let id = store.item_id(plan, n).unwrap();
        store.set_measure_done(id, measure, true).unwrap();
    }
    store
}

#[test]
fn overview() {
    let mut app = app_on(busy_store(), BoardOptions::default());
    press(&mut app, [Action::Overview, Action::Down, Action::Down]);
    snap("overview", &mut app);
    // Sorted by items led, smallest first.
    press(&mut app, [Action::SortNext, Action::SortReverse]);
    snap("overview_sorted", &mut app);
}

#[test]
fn overview_english() {
    let mut app = app_on(
        busy_store(),
        BoardOptions {
            lang: Lang::En,
            ..Default::default()
        },
    );
    press(&mut app, [Action::Overview]);
    snap("overview_en", &mut app);
}

#[test]
fn changes_since_last_visit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut bob = Store::open(&path, "bob").unwrap();
    seed(&mut bob);
    // Bob's first visit, after the import.
    bob.set_fixed_now(Some("2020-06-15T05:00:00.000Z"));
    drop(app_on(bob, BoardOptions::default()));
    // Alice works in between.
    let mut alice = Store::open(&path, "alice").unwrap();
    alice.set_fixed_now(Some("2020-06-15T06:30:00.000Z"));
    let plan = alice.plan(None).unwrap().id;
    let one = alice.item_id(plan, 1).unwrap();
    let four = alice.item_id(plan, 4).unwrap();
    alice.move_item(one, Status::Doing, None).unwrap();
    alice.set_fixed_now(Some("2020-06-15T07:00:00.000Z"));
    alice.add_note(four, "已上报进度").unwrap();
    alice.set_measure_done(four, 1, true).unwrap();
    // Bob comes back: the cards are marked, and `c` lists what happened.
    let mut bob = Store::open(&path, "bob").unwrap();
    bob.set_fixed_now(Some("2020-06-16T01:00:00.000Z"));
    let mut app = app_on(bob, BoardOptions::default());
    snap("board_changed", &mut app);
    press(&mut app, [Action::Changes]);
    snap("changes", &mut app);
}

#[test]
fn read_only_board() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut owner = Store::open(&path, "owner").unwrap();
    seed(&mut owner);
    let mut reader = Store::open_read_only(&path, "reader").unwrap();
    reader.set_fixed_now(Some(NOW));
    let mut app = app_on(reader, BoardOptions::default());
    press(&mut app, [Action::MoveNext]);
    snap("read_only", &mut app);
}

#[test]
fn deadline_prompt() {
    let mut app = app();
    press(&mut app, [Action::Open, Action::SetDue]);
    snap("deadline_prompt", &mut app);
}

/// Down to 60x16 the board is drawn, one column at a time with the others as tabs.
#[test]
fn small_terminal_tabs() {
    let mut app = app();
    press(&mut app, [Action::MoveNext, Action::ColumnLeft]);
    let term = render(&mut app, 60, 16);
    assert_snapshot!("board_tabs_60x16", term.backend());
    app.update(Action::ColumnRight);
    let term = render(&mut app, 60, 16);
    assert_snapshot!("board_tabs_doing_60x16", term.backend());
    let term = render(&mut app, 59, 16);
    assert!(screen(&term).contains("终端太小"));
}

/// Deadlines keep their year where it is not the plan's.
#[test]
fn deadline_outside_the_plan_year_keeps_its_year() {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 1).unwrap();
    store.set_due(id, jiff::civil::date(2021, 3, 31)).unwrap();
    // Every column has cards, so each is narrow.
    for (n, status) in [(2, Status::Doing), (3, Status::Blocked), (4, Status::Done)] {
        let id = store.item_id(plan, n).unwrap();
        store.move_item(id, status, None).unwrap();
    }
    let mut app = app_on(store, BoardOptions::default());
    let text = screen(&render(&mut app, 80, 24));
    assert!(text.contains("2021-03-31"), "{text}");
    assert!(text.contains("期限12-31"), "{text}");
}

/// At 60x16 (a split pane) the help scrolls by line, by page and to either end,
/// and its footer says how; the supervision keys are at its end.
#[test]
fn help_scrolls_to_its_end_on_a_small_terminal() {
    let mut app = app();
    app.update(Action::Help);
    let first = screen(&render(&mut app, 60, 16));
    assert!(first.contains("左一列"), "{first}");
    assert!(
        first.contains("PgDn 下翻页"),
        "the footer says how to page:\n{first}"
    );
    app.update(Action::Last);
    let term = render(&mut app, 60, 16);
    let last = screen(&term);
    // The quick filters come last, each after the key that opens them.
    for key in ["f o", "逾期", "f f/Backspace", "取消快速筛选"] {
        assert!(last.contains(key), "{key}:\n{last}");
    }
    assert_snapshot!("help_end_60x16", term.backend());
    app.update(Action::First);
    assert!(screen(&render(&mut app, 60, 16)).contains("左一列"));
    let mut app = app_on(
        seeded_store("tester"),
        BoardOptions {
            lang: Lang::En,
            ..BoardOptions::default()
        },
    );
    render(&mut app, 60, 16);
    app.update(Action::Help);
    app.update(Action::Last);
    let last = screen(&render(&mut app, 60, 16));
    assert!(last.contains("quick filter off"), "{last}");
    assert!(last.contains("PgDn page down"), "{last}");
    app.update(Action::First);
    for _ in 0..14 {
        app.update(Action::Down);
    }
    let cut = screen(&render(&mut app, 60, 16));
    assert!(cut.contains("note, tick o…"), "a cut label says so:\n{cut}");
}
