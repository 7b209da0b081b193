//! The offices overview and the changes since the last visit, driven headless.

use crate::tui_support;

use duban::plan::Status;
use duban::store::Store;
use duban::tui::BoardOptions;
use duban::tui::action::{Action, Context};
use duban::tui::app::Screen;
use duban::tui::state::overview::{OverviewState, SortColumn};
use tui_support::*;

fn overview(app: &duban::tui::App) -> &OverviewState {
    match app.screen() {
        Some(Screen::Overview(o)) => o,
        other => panic!("overview not open: {other:?}"),
    }
}

#[test]
fn overview_lists_every_office_sorts_and_enter_filters_the_board() {
    let mut app = app();
    app.update(Action::Overview);
    assert_eq!(app.context(), Context::Overview);
    let expected = app
        .store()
        .office_overview(app.plan().id, app.store().today())
        .unwrap();
    let o = overview(&app);
    assert_eq!(o.len(), expected.len());
    assert_eq!(o.selected(), Some(expected[0].name.as_str()));
    // Sort by items led, fewest first; the selection stays on its office.
    let first = o.selected().unwrap().to_string();
    press(&mut app, [Action::SortNext, Action::SortReverse]);
    let o = overview(&app);
    assert_eq!(o.sort(), SortColumn::Lead);
    assert!(!o.descending());
    assert_eq!(o.selected(), Some(first.as_str()));
    let leads: Vec<u32> = o.rows().map(|r| r.lead.total()).collect();
    assert!(leads.windows(2).all(|w| w[0] <= w[1]), "{leads:?}");
    // j then Enter: the board, filtered to that office.
    press(&mut app, [Action::First, Action::Down]);
    let name = overview(&app).selected().unwrap().to_string();
    app.update(Action::Confirm);
    assert_eq!(app.context(), Context::Board);
    assert_eq!(app.office().unwrap().name, name);
    assert!(!app.office().unwrap().lead_only);
    let ids = app.store().office_item_ids(&name, false).unwrap();
    let shown: usize = (0..4).map(|c| app.board().column_len(c)).sum();
    assert_eq!(shown, ids.len());
    // Opened again, it starts on the office the board is filtered to; Esc goes back.
    app.update(Action::Overview);
    assert_eq!(overview(&app).selected(), Some(name.as_str()));
    app.update(Action::Back);
    assert_eq!(app.context(), Context::Board);
    assert!(!app.should_quit());
}

#[test]
fn overview_counts_follow_moves_made_while_it_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut alice = Store::open(&path, "alice").unwrap();
    seed(&mut alice);
    let mut app = app_on(Store::open(&path, "bob").unwrap(), BoardOptions::default());
    app.update(Action::Overview);
    let done = |app: &duban::tui::App| -> u32 {
        overview(app)
            .rows()
            .find(|r| r.name == "秘书处")
            .map(|r| r.all().done)
            .unwrap()
    };
    assert_eq!(done(&app), 0);
    let id = alice.item_id(alice.plan(None).unwrap().id, 1).unwrap();
    alice.move_item(id, Status::Done, None).unwrap();
    assert!(app.poll_data());
    assert_eq!(done(&app), 1);
    assert_eq!(app.context(), Context::Overview);
}

/// Bob visits at 05:00, alice works at 06:00, bob comes back at 08:00.
fn second_visit() -> (tempfile::TempDir, duban::tui::App, [i64; 3]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut alice = Store::open(&path, "alice").unwrap();
    seed(&mut alice);
    let plan = alice.plan(None).unwrap().id;
    let ids = [1, 2, 3].map(|n| alice.item_id(plan, n).unwrap());
    // A change before bob's first visit is old news by his second.
    alice.set_fixed_now(Some("2020-06-15T04:30:00.000Z"));
    alice.add_note(ids[2], "旧批注").unwrap();
    let mut bob = Store::open(&path, "bob").unwrap();
    bob.set_fixed_now(Some("2020-06-15T05:00:00.000Z"));
    let first = app_on(bob, BoardOptions::default());
    assert_eq!(
        first.since().at,
        None,
        "a first visit has nothing to compare"
    );
    assert_eq!(first.since().count(), 0);
    drop(first);
    alice.set_fixed_now(Some("2020-06-15T06:00:00.000Z"));
    alice.move_item(ids[0], Status::Blocked, None).unwrap();
    alice.add_note(ids[1], "进度正常").unwrap();
    let mut bob = Store::open(&path, "bob").unwrap();
    bob.set_fixed_now(Some("2020-06-15T08:00:00.000Z"));
    (dir, app_on(bob, BoardOptions::default()), ids)
}

#[test]
fn cards_changed_since_the_last_visit_are_marked() {
    let (_dir, mut app, [one, two, three]) = second_visit();
    assert_eq!(app.since().at.as_deref(), Some("2020-06-15T05:00:00.000Z"));
    assert!(app.since().is_changed(one));
    assert!(app.since().is_changed(two));
    assert!(
        !app.since().is_changed(three),
        "changed before the last visit"
    );
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains(">*2 "), "{shown}");
    assert!(shown.contains(" *1 "), "{shown}");
    assert!(shown.contains(" 3 "), "{shown}");
    assert!(!shown.contains("*3 "), "{shown}");
    // The visit was recorded on start: the next board compares with 08:00.
    assert_eq!(
        app.store().last_visit(app.plan().id).unwrap().as_deref(),
        Some("2020-06-15T08:00:00.000Z")
    );
}

#[test]
fn changes_key_lists_item_kind_who_and_when_and_opens_the_item() {
    let (_dir, mut app, [one, two, _]) = second_visit();
    app.update(Action::Changes);
    assert_eq!(app.context(), Context::Changes);
    let Some(Screen::Changes(c)) = app.screen() else {
        panic!("changes list open")
    };
    let listed: Vec<(u32, &str, &str)> = c
        .changes()
        .iter()
        .map(|c| (c.number, c.event.kind.as_str(), c.event.actor.as_str()))
        .collect();
    assert_eq!(listed, [(2, "note_add", "alice"), (1, "move", "alice")]);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("2020-06-15 06:00  alice"), "{shown}");
    assert!(shown.contains("移动：未启动 -> 受阻"), "{shown}");
    assert!(shown.contains("加批注：进度正常"), "{shown}");
    // Enter on the second line opens item 1, selected on the board.
    press(&mut app, [Action::Down, Action::Confirm]);
    assert_eq!(app.context(), Context::Detail);
    assert_eq!(app.detail().unwrap().id(), one);
    assert_eq!(app.board().selected_id(), Some(one));
    // Back on the board; c, then Esc, closes the list.
    press(&mut app, [Action::Back, Action::Changes, Action::Back]);
    assert_eq!(app.context(), Context::Board);
    assert!(app.since().is_changed(two));
}

#[test]
fn changes_made_during_the_session_are_marked_too() {
    let (_dir, mut app, [_, _, three]) = second_visit();
    assert!(!app.since().is_changed(three));
    // Item 1 is blocked now: the first column starts at 2.
    app.update(Action::Down);
    assert_eq!(app.board().selected_id(), Some(three));
    app.update(Action::AddNote);
    type_text(&mut app, "新的");
    app.update(Action::Confirm);
    assert!(app.since().is_changed(three));
}

#[test]
fn first_visit_changes_list_says_so() {
    let mut app = app();
    app.update(Action::Changes);
    let shown = screen(&render(&mut app, 80, 24));
    // It counts from the board's opening, and says so (issue 16 point 23).
    assert!(shown.contains("自打开看板（"), "{shown}");
    assert!(shown.contains("打开看板以来没有变化"), "{shown}");
}
