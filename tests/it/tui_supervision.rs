//! The board's side of the supervision loop (督办), driven headless with actions:
//! who may report, close and confirm; the urges banner; 未报 around the due day;
//! the home office; the live refresh; and snapshots of the marks, the detail and
//! the overview with its chart and sparklines.

use crate::tui_support;

use duban::plan::{Role, Status};
use duban::store::{ItemFilter, ItemId, Store};
use duban::tui::action::Action;
use duban::tui::app::{Level, Modal};
use duban::tui::state::editor::EditTarget;
use duban::tui::{App, BoardOptions};
use tui_support::*;

/// After the period's due day (the 25th): open items without a report are 未报.
const AFTER_DUE: &str = "2020-06-26T04:00:00.000Z";

/// The people of the loop: `lead` in the item's lead office, `co` in one of its
/// co-operating offices, `du` a supervisor in 办公室, `zhang` in no office.
struct Loop {
    store: Store,
    /// An open item whose lead and co-operating offices are not 办公室.
    number: u32,
    id: ItemId,
    lead: String,
    co: String,
}

fn setup() -> Loop {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    let item = store
        .items(plan, &ItemFilter::default())
        .unwrap()
        .into_iter()
        .find(|i| {
            i.status == Status::Todo
                && i.lead_office().is_some_and(|l| l != "办公室")
                && i.offices
                    .iter()
                    .any(|o| o.role == Role::Co && o.name != "办公室" && !o.group)
        })
        .expect("an item with lead and co-operating offices");
    let lead = item.lead_office().unwrap().to_string();
    let co = item
        .offices
        .iter()
        .find(|o| o.role == Role::Co && o.name != "办公室" && !o.group)
        .unwrap()
        .name
        .clone();
    store.add_member(plan, "lead", &lead, false).unwrap();
    store.add_member(plan, "co", &co, false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    Loop {
        number: item.number,
        id: item.id,
        store,
        lead,
        co,
    }
}

/// The board as `actor`, with the item selected (the office filter cleared).
fn board_as(mut l: Loop, actor: &str) -> (App, Loop2) {
    l.store.set_actor(actor);
    let rest = Loop2 {
        number: l.number,
        id: l.id,
        lead: l.lead.clone(),
        co: l.co.clone(),
    };
    let mut app = app_on(l.store, BoardOptions::default());
    select_number(&mut app, rest.number);
    (app, rest)
}

/// What a test keeps of the loop once the store went into the app.
struct Loop2 {
    number: u32,
    id: ItemId,
    lead: String,
    co: String,
}

fn select_number(app: &mut App, n: u32) {
    app.update(Action::Jump);
    type_text(app, &n.to_string());
    app.update(Action::Confirm);
    assert_eq!(selected(app).map(|c| c.number), Some(n));
}

fn refused(app: &App) -> String {
    let m = app.message().expect("a footer message");
    assert_eq!(m.level, Level::Error, "{}", m.text);
    assert!(app.modal().is_none(), "no editor opens on a refusal");
    m.text.clone()
}

#[test]
fn lead_office_member_reports_from_the_board() {
    let (mut app, l) = board_as(setup(), "lead");
    app.update(Action::Report);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the report editor opens")
    };
    assert_eq!(e.target, EditTarget::Report(l.id));
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("2020-06进展报送：第"), "{shown}");
    type_text(&mut app, "已完成摸底调研");
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    let reports = app.store().reports(l.id).unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].text, "已完成摸底调研");
    assert_eq!(reports[0].period, "2020-06");
    assert!(app.message().unwrap().text.contains("2020-06"));
    // A second `r` opens the editor on this period's report, to replace it.
    app.update(Action::Report);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the report editor opens again")
    };
    assert_eq!(e.text(), "已完成摸底调研");
}

#[test]
fn co_operating_office_and_outsiders_may_not_report() {
    for who in ["co", "zhang"] {
        let (mut app, l) = board_as(setup(), who);
        app.update(Action::Report);
        let text = refused(&app);
        assert!(text.contains("进展报送"), "{text}");
        assert!(text.contains(&l.lead), "says who may: {text}");
        assert!(app.store().reports(l.id).unwrap().is_empty());
    }
}

#[test]
fn refusals_speak_english_on_an_english_board() {
    let mut l = setup();
    l.store.set_actor("zhang");
    let number = l.number;
    let opts = BoardOptions {
        lang: duban::tui::Lang::En,
        ..BoardOptions::default()
    };
    let mut app = app_on(l.store, opts);
    select_number(&mut app, number);
    app.update(Action::Report);
    let text = refused(&app);
    assert!(text.contains("only members of"), "{text}");
}

#[test]
fn co_operating_office_may_tick_but_not_move() {
    let (mut app, l) = board_as(setup(), "co");
    app.update(Action::MoveNext);
    let text = refused(&app);
    assert!(text.contains(&l.lead), "{text}");
    assert_eq!(stored_status(&app, l.id), Status::Todo);
    app.update(Action::Open);
    app.update(Action::Toggle);
    assert!(app.store().item(l.id).unwrap().measures[0].done);
    assert!(!l.co.is_empty());
}

#[test]
fn done_asks_for_a_statement_and_esc_cancels_the_move() {
    let mut l = setup();
    l.store.set_actor("lead");
    l.store.move_item(l.id, Status::Blocked, None).unwrap();
    let (mut app, l) = board_as(l, "lead");
    app.update(Action::MoveNext);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("a move to done asks for the completion statement")
    };
    assert!(matches!(e.target, EditTarget::Close { .. }));
    type_text(&mut app, "半句");
    app.update(Action::Back);
    assert!(app.modal().is_none());
    assert_eq!(stored_status(&app, l.id), Status::Blocked, "Esc cancels");
    assert_eq!(app.message().unwrap().level, Level::Info);

    // An empty statement cancels too.
    app.update(Action::MoveNext);
    app.update(Action::Confirm);
    assert_eq!(stored_status(&app, l.id), Status::Blocked);

    app.update(Action::MoveNext);
    type_text(&mut app, "已印发实施方案并完成验收");
    app.update(Action::Confirm);
    assert_eq!(stored_status(&app, l.id), Status::Done);
    let card = selected(&app).unwrap();
    assert_eq!(card.id, l.id, "the selection follows the card");
    assert!(card.supervision.awaiting_confirmation, "待销号");
    let c = app.store().closeout(l.id).unwrap().unwrap();
    assert_eq!(c.statement, "已印发实施方案并完成验收");
    // The lead office may not confirm its own close-out.
    app.update(Action::ConfirmDone);
    let text = refused(&app);
    assert!(text.contains("销号"), "{text}");
    assert!(selected(&app).unwrap().supervision.awaiting_confirmation);
}

#[test]
fn outsiders_may_not_close() {
    let mut l = setup();
    l.store.set_actor("lead");
    l.store.move_item(l.id, Status::Blocked, None).unwrap();
    let (mut app, l) = board_as(l, "zhang");
    app.update(Action::MoveNext);
    let text = refused(&app);
    assert!(text.contains("办结"), "{text}");
    assert_eq!(stored_status(&app, l.id), Status::Blocked);
}

#[test]
fn a_supervisor_confirms_on_the_board() {
    let mut l = setup();
    l.store.set_actor("lead");
    l.store.close_item(l.id, "已完成", None).unwrap();
    let (mut app, l) = board_as(l, "du");
    assert!(selected(&app).unwrap().supervision.awaiting_confirmation);
    app.update(Action::ConfirmDone);
    // Asked first: nothing is confirmed before the yes.
    assert!(matches!(app.modal(), Some(Modal::Ask(_))));
    assert!(
        app.store()
            .closeout(l.id)
            .unwrap()
            .unwrap()
            .confirmed_by
            .is_none()
    );
    app.update(Action::Yes);
    assert_eq!(app.message().unwrap().level, Level::Info);
    assert!(!selected(&app).unwrap().supervision.awaiting_confirmation);
    let c = app.store().closeout(l.id).unwrap().unwrap();
    assert_eq!(c.confirmed_by.as_deref(), Some("du"));
    // The detail shows the statement and who confirmed it.
    app.update(Action::Open);
    let rows: Vec<String> = app
        .detail()
        .unwrap()
        .rows(app.lang(), app.time_zone(), 74)
        .into_iter()
        .map(|r| r.text)
        .collect();
    let text = rows.join("\n");
    assert!(text.contains("办结\nlead"), "{text}");
    assert!(text.contains("已完成"), "{text}");
    assert!(text.contains("销号：du"), "{text}");
    app.update(Action::Back);
    // Nothing left to confirm: said plainly.
    app.update(Action::ConfirmDone);
    assert_eq!(app.message().unwrap().level, Level::Error);
}

#[test]
fn without_memberships_done_needs_no_statement() {
    let mut app = app();
    app.update(Action::MoveNext);
    app.update(Action::MoveNext);
    app.update(Action::MoveNext);
    assert!(app.modal().is_none());
    assert_eq!(selected(&app).unwrap().status, Status::Done);
    assert!(!selected(&app).unwrap().supervision.awaiting_confirmation);
}

#[test]
fn the_banner_leads_a_lead_office_member_to_the_urges() {
    let mut l = setup();
    l.store.set_actor("du");
    l.store.urge(l.id, "请于月底前报送进展", None).unwrap();
    l.store.set_actor("lead");
    let (number, id) = (l.number, l.id);
    let mut app = app_on(l.store, BoardOptions::default());
    assert_eq!(app.supervision().urges_waiting(), 1);
    let m = app.message().expect("the banner on the footer at start");
    assert!(m.text.contains("1项督办待回复"), "{}", m.text);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("1项督办待回复"), "the header:\n{shown}");
    // The key shows only the urged items, the first selected.
    app.update(Action::Urged);
    assert_eq!(app.board().column_total(0), 1);
    assert_eq!(selected(&app).map(|c| c.number), Some(number));
    assert!(selected(&app).unwrap().supervision.urges_open > 0);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("【督办待回复】"), "{shown}");
    // A report answers the urge: the banner goes and the filter with it.
    app.update(Action::Report);
    type_text(&mut app, "已按要求推进");
    app.update(Action::Confirm);
    assert_eq!(app.supervision().urges_waiting(), 0);
    assert!(!app.supervision().urged_only());
    assert!(app.message().unwrap().text.contains("回复了1项督办"));
    assert!(app.store().urges(id).unwrap()[0].answered());
    let shown = screen(&render(&mut app, 80, 24));
    assert!(!shown.contains("督办待回复"), "{shown}");
}

#[test]
fn no_banner_for_other_offices() {
    for who in ["co", "zhang", "du"] {
        let mut l2 = setup();
        l2.store.set_actor("du");
        l2.store.urge(l2.id, "请报送", None).unwrap();
        l2.store.set_actor(who);
        let mut app = app_on(l2.store, BoardOptions::default());
        assert_eq!(app.supervision().urges_waiting(), 0, "{who}");
        app.update(Action::Urged);
        assert_eq!(app.message().unwrap().level, Level::Info, "{who}");
        assert!(!app.supervision().urged_only());
    }
}

#[test]
fn unreported_shows_only_after_the_due_day() {
    let mut l = setup();
    l.store.set_actor("lead");
    let id = l.id;
    let mut app = app_on(l.store, BoardOptions::default());
    assert!(
        !app.board().card(id).unwrap().supervision.unreported,
        "before the 25th"
    );
    let shown = screen(&render(&mut app, 80, 24));
    assert!(!shown.contains("未报"), "{shown}");

    let mut l = setup();
    l.store.set_fixed_now(Some(AFTER_DUE));
    l.store.set_actor("lead");
    let (id, number) = (l.id, l.number);
    let mut app = app_on(l.store, BoardOptions::default());
    assert!(
        app.board().card(id).unwrap().supervision.unreported,
        "after the 25th"
    );
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("未报"), "{shown}");
    select_number(&mut app, number);
    app.update(Action::Report);
    type_text(&mut app, "本月进展");
    app.update(Action::Confirm);
    assert!(
        !app.board().card(id).unwrap().supervision.unreported,
        "reported"
    );
}

#[test]
fn a_member_of_one_office_opens_on_it_and_office_wins() {
    let mut l = setup();
    l.store.set_actor("lead");
    let lead = l.lead.clone();
    let app = app_on(l.store, BoardOptions::default());
    assert_eq!(app.office().map(|o| o.name.as_str()), Some(lead.as_str()));
    let shown = screen(&render(&mut { app }, 80, 24));
    assert!(
        shown.contains(&format!("lead·{lead}")),
        "who you are:\n{shown}"
    );

    let mut l = setup();
    l.store.set_actor("lead");
    let opts = BoardOptions {
        office: Some("办公室".into()),
        ..BoardOptions::default()
    };
    let app = app_on(l.store, opts);
    assert_eq!(app.office().map(|o| o.name.as_str()), Some("办公室"));

    // A member of two offices, or of none, sees everything.
    let mut l = setup();
    let plan = l.store.plan(None).unwrap().id;
    let co = l.co.clone();
    l.store.set_actor("du");
    l.store.add_member(plan, "lead", &co, false).unwrap();
    l.store.set_actor("lead");
    assert!(app_on(l.store, BoardOptions::default()).office().is_none());
    let mut l = setup();
    l.store.set_actor("zhang");
    assert!(app_on(l.store, BoardOptions::default()).office().is_none());
}

#[test]
fn the_header_names_a_supervisor() {
    let mut l = setup();
    l.store.set_actor("du");
    let mut app = app_on(l.store, BoardOptions::default());
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("du·督查员"), "{shown}");
    assert!(
        app.office().is_none(),
        "a supervisor's board shows the whole plan"
    );
}

#[test]
fn another_process_s_urge_report_and_confirm_update_the_cards() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("loop.db");
    let lead = setup().lead;
    let id = {
        let mut file = Store::open(&db, "admin").unwrap();
        seed(&mut file);
        let plan = file.plan(None).unwrap().id;
        file.add_member(plan, "lead", &lead, false).unwrap();
        file.add_member(plan, "du", "办公室", true).unwrap();
        file.item_id(plan, setup().number).unwrap()
    };
    let mut mine = Store::open(&db, "lead").unwrap();
    mine.set_fixed_now(Some(NOW));
    let mut app = app_on(mine, BoardOptions::default());
    let mut other = Store::open(&db, "du").unwrap();
    other.set_fixed_now(Some(NOW));
    assert_eq!(app.board().card(id).unwrap().supervision.urges_open, 0);

    other.urge(id, "请加快进度", None).unwrap();
    assert!(app.poll_data());
    assert_eq!(app.board().card(id).unwrap().supervision.urges_open, 1);
    assert_eq!(app.supervision().urges_waiting(), 1, "the banner follows");

    other.set_actor("lead");
    other.report(id, "已加快").unwrap();
    assert!(app.poll_data());
    assert_eq!(app.board().card(id).unwrap().supervision.urges_open, 0);
    assert_eq!(app.supervision().urges_waiting(), 0);

    other.close_item(id, "已完成", None).unwrap();
    assert!(app.poll_data());
    assert!(
        app.board()
            .card(id)
            .unwrap()
            .supervision
            .awaiting_confirmation
    );
    other.set_actor("du");
    other.confirm(id).unwrap();
    assert!(app.poll_data());
    assert!(
        !app.board()
            .card(id)
            .unwrap()
            .supervision
            .awaiting_confirmation
    );
}

// --- snapshots ---

fn snap(name: &str, app: &mut App, sizes: &[(u16, u16)]) {
    for &(w, h) in sizes {
        let term = render(app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), term.backend());
    }
}

/// Item `number`'s lead office has one item awaiting 销号, one urged, one urged
/// past its reply-by date; after the due day the rest are 未报.
fn marked_board() -> (App, u32) {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    let lead = "基教处".to_string();
    store.add_member(plan, "lead", &lead, false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    let mut l = Loop {
        store,
        number: 0,
        id: 0,
        lead: lead.clone(),
        co: String::new(),
    };
    // In item order: the store hands them out as a set.
    let mut ids: Vec<ItemId> = l
        .store
        .office_item_ids(&lead, true)
        .unwrap()
        .into_iter()
        .collect();
    ids.sort_unstable();
    let led: Vec<ItemId> = ids
        .into_iter()
        .filter(|&id| l.store.item(id).unwrap().status == Status::Todo)
        .take(3)
        .collect();
    assert_eq!(led.len(), 3, "the lead office leads three open items");
    l.store.set_actor("lead");
    l.store.close_item(led[0], "已完成验收", None).unwrap();
    l.store.set_actor("du");
    let early = jiff::civil::date(2020, 6, 20);
    let late = jiff::civil::date(2020, 6, 30);
    l.store.urge(led[1], "请说明进度", Some(late)).unwrap();
    l.store.urge(led[2], "已超期，请回复", Some(early)).unwrap();
    l.store.set_fixed_now(Some(AFTER_DUE));
    l.store.set_actor("lead");
    let number = l.store.item(led[1]).unwrap().number;
    let mut app = app_on(l.store, BoardOptions::default());
    // The banner's message would hide the key hints: take it off with a key.
    app.update(Action::Down);
    app.update(Action::Up);
    (app, number)
}

#[test]
fn snapshot_cards_with_each_mark() {
    let (mut app, _) = marked_board();
    // On a terminal tall enough for every card the marks are on (at 80x24 the
    // titles take two rows each, and the overdue urge is further down).
    let shown = screen(&render(&mut app, 120, 40));
    for mark in ["待销号", "催！", "未报", "2项督办待回复", "lead·基教处"] {
        assert!(shown.contains(mark), "{mark}:\n{shown}");
    }
    snap("sv_board", &mut app, &[(80, 24), (120, 40)]);
    app.update(Action::Urged);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("催 "), "an urge not yet overdue:\n{shown}");
    assert!(shown.contains("未启动（2）"), "{shown}");
    snap("sv_board_urged", &mut app, &[(80, 24)]);
}

#[test]
fn snapshot_detail_with_reports_and_urges() {
    let mut l = setup();
    l.store.set_fixed_now(Some("2020-05-20T02:00:00.000Z"));
    l.store.set_actor("lead");
    l.store.report(l.id, "五月：已完成方案起草").unwrap();
    l.store.set_fixed_now(Some("2020-06-18T02:00:00.000Z"));
    l.store.set_actor("du");
    let by = jiff::civil::date(2020, 6, 24);
    l.store
        .urge(l.id, "请加快推进并报送六月进展", Some(by))
        .unwrap();
    l.store.set_fixed_now(Some("2020-06-22T02:00:00.000Z"));
    l.store.set_actor("lead");
    l.store.report(l.id, "六月：已征求各地意见").unwrap();
    l.store.set_fixed_now(Some("2020-06-23T02:00:00.000Z"));
    l.store.set_actor("du");
    l.store.urge(l.id, "请补充经费安排", None).unwrap();
    let (mut app, _) = board_as(l, "du");
    app.update(Action::Open);
    let d = app.detail().unwrap();
    assert_eq!(d.sv.reports.len(), 2);
    assert_eq!(d.sv.reports[0].period, "2020-06", "newest first");
    // The supervision rows, as text, and the screen scrolled down to them.
    let rows: Vec<String> = d
        .rows(app.lang(), app.time_zone(), 74)
        .into_iter()
        .map(|r| r.text)
        .collect();
    // The open urge is said under the deadline, before the target.
    let open = rows
        .iter()
        .position(|r| r.contains("督办待回复：请补充经费安排"));
    let target = rows.iter().position(|r| r == "目标任务");
    assert!(open.is_some() && open < target, "{rows:#?}");
    assert!(
        !rows.iter().any(|r| r.contains("督办待回复：请加快")),
        "answered"
    );
    let from = rows.iter().position(|r| r.starts_with("督办（")).unwrap();
    let to = rows.iter().position(|r| r.starts_with("批注")).unwrap();
    let part = rows[from..to].join("\n");
    for text in [
        "请加快推进并报送六月进展",
        "六月：已征求各地意见",
        "【待回复】",
        "2020-06-24前回复",
        "进展报送（2）",
    ] {
        assert!(part.contains(text), "{text}:\n{part}");
    }
    assert!(
        part.find("2020-06  lead").unwrap() < part.find("2020-05  lead").unwrap(),
        "reports newest first:\n{part}"
    );
    insta::assert_snapshot!("sv_detail_rows", part);
    app.update(Action::PageDown);
    snap("sv_detail", &mut app, &[(120, 40)]);
}

#[test]
fn snapshot_overview_with_chart_and_sparklines() {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    // Five weeks of moves and ticks after the import (2020-06-15).
    let days = ["2020-06-22", "2020-06-29", "2020-07-06", "2020-07-13"];
    for (k, day) in days.iter().enumerate() {
        store.set_fixed_now(Some(&format!("{day}T03:00:00.000Z")));
        for n in (1 + k as u32 * 4)..(5 + k as u32 * 4) {
            let id = store.item_id(plan, n).unwrap();
            store.move_item(id, Status::Done, None).unwrap();
            store.set_measure_done(id, 1, true).unwrap();
        }
    }
    store.set_fixed_now(Some("2020-07-15T03:00:00.000Z"));
    let mut app = app_on(store, BoardOptions::default());
    app.update(Action::Overview);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("进度（按周）"), "{shown}");
    assert!(shown.contains("近8周"), "{shown}");
    assert!(shown.contains("应报"), "{shown}");
    snap("sv_overview", &mut app, &[(80, 24), (120, 40)]);
    // Too small for the chart: a hint, and no panic down to the smallest size.
    let shown = screen(&render(&mut app, 80, 20));
    assert!(
        !shown.contains("进度（按周）") || shown.contains("进度图已隐藏"),
        "{shown}"
    );
    for (w, h) in [(80, 21), (90, 22), (1, 1), (0, 0), (200, 60)] {
        render(&mut app, w, h);
    }
}

#[test]
fn the_help_screen_lists_the_new_keys() {
    let mut app = app();
    app.update(Action::Help);
    let shown = screen(&render(&mut app, 120, 40));
    for label in ["报送进展", "销号（督查员）", "督办待回复", "回复督办"] {
        assert!(shown.contains(label), "{label}:\n{shown}");
    }
}

#[test]
fn reopen_asks_for_a_reason_and_belongs_to_lead_and_supervisors() {
    let mut l = setup();
    l.store.set_actor("lead");
    l.store.close_item(l.id, "已完成", None).unwrap();
    let (mut app, _) = board_as(l, "co");
    app.update(Action::Reopen);
    let text = refused(&app);
    assert!(text.contains("的退回仅限"), "{text}");

    let mut l = setup();
    l.store.set_actor("lead");
    l.store.close_item(l.id, "已完成", None).unwrap();
    let (mut app, l) = board_as(l, "du");
    app.update(Action::Reopen);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the reason editor opens")
    };
    assert_eq!(e.target, EditTarget::Reopen(l.id));
    type_text(&mut app, "验收材料不全");
    app.update(Action::Confirm);
    assert_eq!(stored_status(&app, l.id), Status::Doing);
    assert_eq!(selected(&app).unwrap().id, l.id);
    assert!(!selected(&app).unwrap().supervision.awaiting_confirmation);
    // Not done any more: nothing to reopen.
    app.update(Action::Reopen);
    assert_eq!(app.message().unwrap().level, Level::Info);
    assert!(app.modal().is_none());
}

#[test]
fn the_banner_and_marks_in_english() {
    let mut l = setup();
    l.store.set_actor("du");
    let by = jiff::civil::date(2020, 6, 1);
    // Urged before the reply-by date, which has passed by now.
    l.store.set_fixed_now(Some("2020-05-25T04:00:00.000Z"));
    l.store.urge(l.id, "report please", Some(by)).unwrap();
    l.store.set_fixed_now(Some(crate::tui_support::NOW));
    l.store.set_actor("lead");
    let number = l.number;
    let opts = BoardOptions {
        lang: duban::tui::Lang::En,
        ..BoardOptions::default()
    };
    let mut app = app_on(l.store, opts);
    assert!(
        app.message()
            .unwrap()
            .text
            .contains("Urges awaiting a reply: 1")
    );
    app.update(Action::Urged);
    assert_eq!(selected(&app).map(|c| c.number), Some(number));
    let shown = screen(&render(&mut app, 80, 24));
    assert!(
        shown.contains("Urges awaiting a reply: 1 (press w)"),
        "{shown}"
    );
    assert!(shown.contains("urged!"), "overdue urge:\n{shown}");
}

#[test]
fn memberships_added_after_opening_still_ask_for_a_statement() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("late.db");
    let mut admin = Store::open(&db, "admin").unwrap();
    seed(&mut admin);
    let mut app = app_on(Store::open(&db, "admin").unwrap(), BoardOptions::default());
    app.update(Action::MoveNext);
    app.update(Action::MoveNext);
    let plan = admin.plan(None).unwrap().id;
    admin.add_member(plan, "admin", "办公室", true).unwrap();
    // Before the board polls: the store refuses the plain move, the board asks.
    app.update(Action::MoveNext);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the statement editor opens")
    };
    assert!(matches!(e.target, EditTarget::Close { .. }));
}

#[test]
fn lead_office_member_replies_to_an_urge_from_the_board_and_the_detail() {
    let mut l = setup();
    l.store.set_actor("du");
    l.store
        .urge(l.id, "请说明进度", Some("2020-06-30".parse().unwrap()))
        .unwrap();
    let (mut app, l) = board_as(l, "lead");
    assert_eq!(app.supervision().urges_waiting(), 1);
    let footer = screen(&render(&mut app, 80, 24));
    assert!(
        footer.contains("A 回复督办"),
        "the footer offers it:\n{footer}"
    );
    app.update(Action::Reply);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the reply editor opens")
    };
    assert_eq!(e.target, EditTarget::Reply(l.id));
    let shown = screen(&render(&mut app, 80, 24));
    assert!(
        shown.contains("回复督办“请说明进度”"),
        "quotes the urge:\n{shown}"
    );
    type_text(&mut app, "本周内完成");
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    let urges = app.store().urges(l.id).unwrap();
    assert_eq!(urges[0].answer.as_deref(), Some("本周内完成"));
    assert_eq!(urges[0].answered_by.as_deref(), Some("lead"));
    assert_eq!(app.supervision().urges_waiting(), 0, "the banner goes");
    let text = &app.message().unwrap().text;
    assert!(text.contains("已回复1项督办"), "{text}");
    assert!(selected(&app).unwrap().supervision.urges_open == 0);
    // Nothing left to answer: said, no editor.
    app.update(Action::Open);
    app.update(Action::Reply);
    assert!(app.modal().is_none());
    let m = app.message().unwrap();
    assert_eq!(m.level, Level::Info);
    assert!(m.text.contains("没有待回复的督办"), "{}", m.text);
}

#[test]
fn only_the_lead_office_may_reply_on_the_board() {
    for who in ["co", "du", "zhang"] {
        let mut l = setup();
        l.store.set_actor("du");
        l.store.urge(l.id, "请报送", None).unwrap();
        let (mut app, l) = board_as(l, who);
        app.update(Action::Reply);
        let text = refused(&app);
        assert!(text.contains(&l.lead), "says who may: {text}");
        assert!(!app.store().urges(l.id).unwrap()[0].answered(), "{who}");
    }
}
