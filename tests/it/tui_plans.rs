//! The board's plan switcher, driven headless: open, move, switch, cancel; and what
//! it leaves of the old plan (nothing).

use crate::tui_support;

use duban::store::Store;
use duban::tui::action::{Action, Context};
use duban::tui::app::{Level, Modal, Screen};
use duban::tui::{App, BoardOptions, Lang};
use insta::assert_snapshot;
use tui_support::*;

const SECOND: &[u8] = include_bytes!("../fixtures/minimal.txt");

/// The seed as plan 1 and a three-item plan as plan 2.
fn two_plans() -> Store {
    let mut store = seeded_store("tester");
    let parsed = duban::plan::parse_bytes(SECOND).unwrap();
    store.import(&parsed.plan).unwrap();
    store
}

/// A board opened on plan 1 of `two_plans`.
fn app_on_first(opts: BoardOptions) -> App {
    let mut app = App::new(two_plans(), 1, &opts).unwrap();
    app.set_theme(duban::tui::theme::Theme::mono());
    app.set_time_zone(jiff::tz::TimeZone::UTC);
    app.resize(80, 24);
    app
}

fn numbers(app: &App) -> Vec<u32> {
    let mut n: Vec<u32> = app.board().cards().iter().map(|c| c.number).collect();
    n.sort_unstable();
    n
}

#[test]
fn the_key_opens_a_picker_of_the_plans_on_the_current_one() {
    let mut app = app_on_first(BoardOptions::default());
    app.update(Action::PlanSwitcher);
    assert_eq!(app.context(), Context::Plans);
    let Some(Modal::Plans(p)) = app.modal() else {
        panic!("switcher open");
    };
    let listed: Vec<(i64, u32)> = p.plans().iter().map(|p| (p.id, p.items)).collect();
    assert_eq!(listed, [(1, 34), (2, 3)]);
    assert_eq!(p.selected().map(|p| p.id), Some(1));
}

#[test]
fn enter_switches_the_board_and_drops_the_old_plans_state() {
    let mut app = app_on_first(BoardOptions {
        office: Some("基教处".into()),
        ..Default::default()
    });
    assert_eq!(app.board().card_count(), 34);
    // A search in force, built on plan 1.
    app.update(Action::Search);
    type_text(&mut app, "教育");
    app.update(Action::Confirm);
    assert!(app.search().is_active());
    assert!(app.office().is_some());

    press(
        &mut app,
        [Action::PlanSwitcher, Action::Down, Action::Confirm],
    );
    assert_eq!(app.context(), Context::Board);
    assert_eq!(app.plan().id, 2);
    assert_eq!(app.plan().title, "某某学院2021年工作要点");
    assert_eq!(numbers(&app), [1, 2, 3]);
    assert!(app.office().is_none(), "the office filter was plan 1's");
    assert!(!app.search().is_active(), "so was the search");
    assert_eq!(app.board().visible(0).count(), 3, "every card shows");
    let msg = app.message().unwrap();
    assert_eq!(msg.level, Level::Info);
    assert!(msg.text.contains("某某学院2021年工作要点"), "{}", msg.text);

    // The detail, search and overview now read plan 2.
    app.update(Action::Open);
    let detail = app.detail().expect("detail open");
    assert_eq!(detail.record.title, "加强党的领导");
    app.update(Action::Back);
    app.update(Action::Search);
    type_text(&mut app, "教师");
    app.update(Action::Confirm);
    let found: Vec<u32> = app.board().visible(0).map(|c| c.number).collect();
    assert_eq!(found, [2], "plan 2's item, none of the seed's");
    app.update(Action::Back);
    app.update(Action::Overview);
    let Some(Screen::Overview(o)) = app.screen() else {
        panic!("overview open");
    };
    let mut offices: Vec<&str> = o.rows().map(|r| r.name.as_str()).collect();
    offices.sort_unstable();
    assert_eq!(offices, ["人事处", "党委办公室", "考试院"]);
    app.update(Action::Back);

    // Moves write to plan 2's items.
    let id = app.board().selected_id().unwrap();
    app.update(Action::MoveNext);
    let moved = app.store().item(id).unwrap();
    assert_eq!(moved.status, duban::plan::Status::Doing);
    let plan2: Vec<i64> = app.store().cards(2).unwrap().iter().map(|c| c.id).collect();
    assert!(plan2.contains(&id), "an item of plan 2");

    // And back again.
    press(
        &mut app,
        [Action::PlanSwitcher, Action::Up, Action::Confirm],
    );
    assert_eq!(app.plan().id, 1);
    assert_eq!(app.board().card_count(), 34);
}

#[test]
fn esc_cancels_and_keeps_the_board_as_it_was() {
    let mut app = app_on_first(BoardOptions {
        office: Some("基教处".into()),
        ..Default::default()
    });
    let before = app.board().visible(0).map(|c| c.id).collect::<Vec<_>>();
    press(&mut app, [Action::PlanSwitcher, Action::Down, Action::Back]);
    assert!(app.modal().is_none());
    assert_eq!(app.plan().id, 1);
    assert!(app.office().is_some());
    assert_eq!(
        app.board().visible(0).map(|c| c.id).collect::<Vec<_>>(),
        before
    );
}

#[test]
fn enter_on_the_current_plan_changes_nothing() {
    let mut app = app_on_first(BoardOptions {
        office: Some("基教处".into()),
        ..Default::default()
    });
    press(&mut app, [Action::PlanSwitcher, Action::Confirm]);
    assert_eq!(app.plan().id, 1);
    assert!(app.office().is_some(), "filter kept");
}

#[test]
fn with_one_plan_the_key_says_so() {
    let mut app = app();
    app.update(Action::PlanSwitcher);
    assert!(app.modal().is_none());
    let msg = app.message().unwrap();
    assert!(msg.text.contains("只有一个计划"), "{}", msg.text);
    let term = render(&mut app, 80, 24);
    assert!(screen(&term).contains("只有一个计划"), "on the footer");
}

#[test]
fn the_help_lists_the_switcher_key() {
    let mut app = app();
    app.update(Action::Help);
    let term = render(&mut app, 120, 40);
    let shown = screen(&term);
    let line = shown
        .lines()
        .find(|l| l.contains("切换计划"))
        .unwrap_or_else(|| panic!("help lists the switcher:\n{shown}"));
    assert!(line.contains('P'), "{line}");
}

#[test]
fn picker_80x24() {
    let mut app = app_on_first(BoardOptions::default());
    app.update(Action::PlanSwitcher);
    app.update(Action::Down);
    let term = render(&mut app, 80, 24);
    assert_snapshot!("plan_switcher_80x24", term.backend());
    let mut en = app_on_first(BoardOptions {
        lang: Lang::En,
        ..Default::default()
    });
    en.update(Action::PlanSwitcher);
    let term = render(&mut en, 80, 24);
    assert_snapshot!("plan_switcher_en_80x24", term.backend());
}

#[test]
fn a_plan_imported_with_warnings_says_so_in_the_switcher() {
    let mut store = seeded_store("tester");
    let parsed = duban::plan::parse_bytes(SECOND).unwrap();
    let opts = duban::store::ImportOptions {
        warnings: 3,
        ..Default::default()
    };
    store.import_with(&parsed.plan, opts).unwrap();
    let mut app = App::new(store, 1, &BoardOptions::default()).unwrap();
    app.set_theme(duban::tui::theme::Theme::mono());
    app.resize(80, 24);
    app.update(Action::PlanSwitcher);
    let shown = screen(&render(&mut app, 80, 24));
    let line = |needle: &str| {
        shown
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}:\n{shown}"))
            .to_string()
    };
    assert!(line("2. ").contains("3项  3条警告"), "{shown}");
    assert!(
        !line("1. ").contains("警告"),
        "the seed read cleanly:\n{shown}"
    );
}
