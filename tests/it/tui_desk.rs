//! The supervisor's day on the board, driven headless: quick filters (which never
//! move the cursor off its item), urging from the board (reply-by in the past
//! refused), the 销号 queue and `C` asking first, and indicators in the detail.

use crate::tui_support;

use duban::plan::Status;
use duban::store::{ItemId, Store};
use duban::tui::action::Action;
use duban::tui::app::{Level, Modal};
use duban::tui::state::detail::Focus;
use duban::tui::state::editor::EditTarget;
use duban::tui::state::quick::QuickKind;
use duban::tui::strings::Lang;
use duban::tui::{App, BoardOptions};
use insta::assert_snapshot;
use tui_support::*;

/// The seed with members: `du` supervises from 办公室, `lead` belongs to item
/// 14's lead office (基教处). Items 3 and 5 are overdue, 7 is due within the week,
/// 14 and 22 are blocked; 20 is done and waits for 销号, 21 is done and confirmed.
pub(crate) fn desk_store() -> Store {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    let id = |n| store.item_id(plan, n).unwrap();
    let (i3, i5, i7, i22, i14, i20, i21) = (id(3), id(5), id(7), id(22), id(14), id(20), id(21));
    let date = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
    store.set_due(i3, date("2020-06-01")).unwrap();
    store.set_due(i5, date("2020-06-14")).unwrap();
    store.set_due(i7, date("2020-06-22")).unwrap();
    store.move_item(i22, Status::Blocked, None).unwrap();
    store.move_item(i14, Status::Blocked, None).unwrap();
    for done in [i20, i21] {
        store.move_item(done, Status::Doing, None).unwrap();
    }
    store.add_member(plan, "lead", "基教处", false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    store.set_actor("du");
    for done in [i20, i21] {
        store.close_item(done, "已完成", None).unwrap();
    }
    store.confirm(i21).unwrap();
    store
}

fn board_as(mut store: Store, actor: &str, lang: Lang) -> App {
    store.set_actor(actor);
    app_on(
        store,
        BoardOptions {
            lang,
            ..BoardOptions::default()
        },
    )
}

fn select_number(app: &mut App, n: u32) {
    app.update(Action::Jump);
    type_text(app, &n.to_string());
    app.update(Action::Confirm);
    assert_eq!(selected(app).map(|c| c.number), Some(n));
}

/// The numbers of the cards the board shows, column by column.
fn shown_numbers(app: &App) -> Vec<u32> {
    let mut out: Vec<u32> = (0..4)
        .flat_map(|c| app.board().visible(c).map(|card| card.number))
        .collect();
    out.sort();
    out
}

/// How many cards the filters show, scrolled out of view or not.
fn shown_count(app: &App) -> usize {
    (0..4).map(|c| app.board().column_len(c)).sum()
}

fn id_of(app: &App, n: u32) -> ItemId {
    card_by_number(app, n).id
}

#[test]
fn quick_filter_keeps_the_cursor_on_its_item_and_comes_off_with_its_letter() {
    let mut app = board_as(desk_store(), "du", Lang::Zh);
    select_number(&mut app, 5);
    press(&mut app, [Action::QuickFilter, Action::FilterOverdue]);
    assert_eq!(shown_numbers(&app), vec![3, 5]);
    assert_eq!(selected(&app).unwrap().number, 5, "the cursor stays on 5");
    let text = screen(&render(&mut app, 80, 24));
    assert!(text.contains("【逾期】"), "the header names it:\n{text}");
    // The same letter takes it off; the cursor is still on 5.
    press(&mut app, [Action::QuickFilter, Action::FilterOverdue]);
    assert!(app.quick().is_none());
    assert_eq!(selected(&app).unwrap().number, 5);
    assert!(shown_count(&app) > 30);
    // Esc on the board takes it off too.
    press(&mut app, [Action::QuickFilter, Action::FilterDueSoon]);
    assert_eq!(shown_numbers(&app), vec![7]);
    assert_eq!(
        selected(&app).unwrap().number,
        7,
        "5 is hidden: the first kept"
    );
    app.update(Action::Back);
    assert!(app.quick().is_none());
    assert_eq!(
        selected(&app).unwrap().number,
        7,
        "clearing keeps the cursor"
    );
}

#[test]
fn quick_filters_for_blocked_unreported_urged_and_awaiting() {
    let mut store = desk_store();
    let plan = store.plan(None).unwrap().id;
    let i22 = store.item_id(plan, 22).unwrap();
    store.urge(i22, "请说明受阻原因", None).unwrap();
    let mut app = board_as(store, "du", Lang::Zh);
    let filter = |app: &mut App, a: Action| {
        press(app, [Action::QuickFilter, a]);
        let n = shown_numbers(app);
        app.update(Action::Back);
        n
    };
    assert_eq!(filter(&mut app, Action::FilterBlocked), vec![14, 22]);
    assert_eq!(filter(&mut app, Action::FilterUrged), vec![22]);
    assert_eq!(filter(&mut app, Action::FilterAwaiting), vec![20]);
    // Before the period's due day nothing counts as unreported: nothing filtered.
    press(&mut app, [Action::QuickFilter, Action::FilterUnreported]);
    assert!(app.quick().is_none());
    assert!(app.message().unwrap().text.contains("没有“本期未报”的事项"));
}

#[test]
fn unreported_counts_only_after_the_due_day() {
    let mut store = desk_store();
    store.set_fixed_now(Some("2020-06-26T04:00:00.000Z"));
    let mut app = board_as(store, "du", Lang::Zh);
    press(&mut app, [Action::QuickFilter, Action::FilterUnreported]);
    let shown = shown_numbers(&app);
    assert!(!shown.is_empty());
    assert!(
        !shown.contains(&20) && !shown.contains(&21),
        "done items report nothing"
    );
    assert!(
        shown
            .iter()
            .all(|&n| card_by_number(&app, n).supervision.unreported)
    );
}

#[test]
fn quick_filter_combines_with_the_office_filter() {
    let mut store = desk_store();
    store.set_actor("lead");
    // A member of one office opens on it.
    let mut app = app_on(store, BoardOptions::default());
    assert_eq!(app.office().unwrap().name, "基教处");
    press(&mut app, [Action::QuickFilter, Action::FilterBlocked]);
    assert_eq!(shown_numbers(&app), vec![14], "基教处's blocked items only");
    let text = screen(&render(&mut app, 80, 24));
    assert!(text.contains("【处室：基教处】 【受阻】"), "{text}");
    // What waits for 销号 is 高教处's: said, and nothing filtered.
    app.update(Action::Back);
    press(&mut app, [Action::QuickFilter, Action::FilterAwaiting]);
    assert!(app.quick().is_none());
    assert_eq!(
        app.message().unwrap().text,
        "“待销号”的1项都不在基教处，按 O 清除处室筛选"
    );
    assert!(shown_count(&app) > 3, "the office's items, unfiltered");
    app.update(Action::ConfirmQueue);
    assert!(app.quick().is_none());
    assert!(app.message().unwrap().text.contains("都不在基教处"));
    press(&mut app, [Action::QuickFilter, Action::FilterBlocked]);
    app.update(Action::ClearOffice);
    assert_eq!(shown_numbers(&app), vec![14, 22]);
}

#[test]
fn a_card_moved_out_of_the_filter_stays_under_the_cursor() {
    let mut app = board_as(desk_store(), "du", Lang::Zh);
    select_number(&mut app, 22);
    press(&mut app, [Action::QuickFilter, Action::FilterBlocked]);
    app.update(Action::MovePrev);
    assert_eq!(stored_status(&app, id_of(&app, 22)), Status::Doing);
    assert_eq!(selected(&app).unwrap().number, 22, "still on 22");
    assert_eq!(shown_numbers(&app), vec![14, 22]);
    // Chosen again, the filter is taken anew: 22 is no longer blocked.
    app.update(Action::Back);
    assert_eq!(selected(&app).unwrap().number, 22);
    press(&mut app, [Action::QuickFilter, Action::FilterBlocked]);
    assert_eq!(shown_numbers(&app), vec![14]);
    assert_eq!(
        selected(&app).unwrap().number,
        14,
        "22 hidden: the first kept"
    );
}

#[test]
fn a_supervisor_urges_from_the_board_with_a_reply_by_date() {
    let mut app = board_as(desk_store(), "du", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Urge);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the urge editor opens")
    };
    assert_eq!(e.target, EditTarget::Urge(id_of(&app, 14)));
    type_text(&mut app, "请于月底前报送整改情况");
    app.update(Action::Confirm);
    assert!(matches!(app.modal(), Some(Modal::Prompt(_))));
    let text = screen(&render(&mut app, 80, 24));
    assert!(text.contains("回复期限（YYYY-MM-DD，可空）："), "{text}");
    // A date that has passed is refused with the earliest it may be.
    type_text(&mut app, "2020-06-01");
    app.update(Action::Confirm);
    let Some(Modal::Prompt(p)) = app.modal() else {
        panic!("the prompt stays open")
    };
    assert_eq!(p.error.as_deref(), Some("2020-06-01已过，最早填2020-06-15"));
    assert!(app.store().urges(id_of(&app, 14)).unwrap().is_empty());
    // Not a date at all: named.
    app.update(Action::ClearLine);
    type_text(&mut app, "月底");
    app.update(Action::Confirm);
    let Some(Modal::Prompt(p)) = app.modal() else {
        panic!("the prompt stays open")
    };
    assert!(p.error.as_deref().unwrap().contains("“月底”"), "{p:?}");
    // Esc goes back to the text, as typed.
    app.update(Action::Back);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("back to the urge's text")
    };
    assert_eq!(e.text(), "请于月底前报送整改情况");
    app.update(Action::Confirm);
    type_text(&mut app, "2020-06-30");
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    assert_eq!(
        app.message().unwrap().text,
        "已督办第14项，2020-06-30前回复"
    );
    let urges = app.store().urges(id_of(&app, 14)).unwrap();
    assert_eq!(urges.len(), 1);
    assert_eq!(urges[0].text, "请于月底前报送整改情况");
    assert_eq!(urges[0].reply_by.as_deref(), Some("2020-06-30"));
    assert_eq!(selected(&app).unwrap().supervision.urges_open, 1);
}

#[test]
fn urging_is_refused_to_a_member_who_does_not_supervise() {
    let mut app = board_as(desk_store(), "lead", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Urge);
    let m = app.message().unwrap();
    assert_eq!(m.level, Level::Error);
    assert!(app.modal().is_none(), "no editor opens on a refusal");
    assert!(m.text.contains("督查"), "says who may: {}", m.text);
}

#[test]
fn the_confirm_queue_asks_before_each_confirmation() {
    let mut app = board_as(desk_store(), "du", Lang::Zh);
    app.update(Action::ConfirmQueue);
    assert_eq!(shown_numbers(&app), vec![20]);
    assert_eq!(selected(&app).unwrap().number, 20);
    assert!(
        app.message().unwrap().text.contains("待销号1项，按 C 销号"),
        "{:?}",
        app.message()
    );
    app.update(Action::ConfirmDone);
    let Some(Modal::Ask(_)) = app.modal() else {
        panic!("C asks first")
    };
    let term = render(&mut app, 80, 24);
    assert!(screen(&term).contains("确认第20项"), "{}", screen(&term));
    app.update(Action::No);
    let id = id_of(&app, 20);
    assert!(
        app.store()
            .closeout(id)
            .unwrap()
            .unwrap()
            .confirmed_by
            .is_none()
    );
    assert_eq!(app.message().unwrap().text, "未销号");
    press(&mut app, [Action::ConfirmDone, Action::Yes]);
    assert_eq!(
        app.store()
            .closeout(id)
            .unwrap()
            .unwrap()
            .confirmed_by
            .as_deref(),
        Some("du")
    );
    assert_eq!(
        selected(&app).unwrap().number,
        20,
        "the card stays selected"
    );
    // The queue's key again: everything.
    app.update(Action::ConfirmQueue);
    assert!(app.quick().is_none());
    assert!(shown_count(&app) > 30);
    // An empty queue says so and changes nothing.
    app.update(Action::ConfirmQueue);
    assert_eq!(app.message().unwrap().text, "没有待销号的事项");
    assert!(app.quick().is_none());
}

#[test]
fn c_in_the_detail_asks_too_and_a_member_is_refused_before_the_question() {
    let mut app = board_as(desk_store(), "du", Lang::En);
    select_number(&mut app, 20);
    press(&mut app, [Action::Open, Action::ConfirmDone]);
    assert!(matches!(app.modal(), Some(Modal::Ask(_))));
    app.update(Action::Yes);
    assert_eq!(app.message().unwrap().text, "Item 20 confirmed");
    assert!(app.detail().is_some(), "the detail stays open");

    let mut app = board_as(desk_store(), "lead", Lang::Zh);
    app.update(Action::ClearOffice);
    select_number(&mut app, 20);
    app.update(Action::ConfirmDone);
    assert!(app.modal().is_none(), "refused before asking");
    assert_eq!(app.message().unwrap().level, Level::Error);
}

#[test]
fn i_records_the_indicator_under_the_cursor_and_refuses_what_is_not_a_number() {
    let mut app = board_as(desk_store(), "du", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Open);
    // On a measure, with two indicators: which one?
    app.update(Action::RecordIndicator);
    assert!(app.modal().is_none());
    assert_eq!(app.message().unwrap().text, "先用 j/k 选中一个指标");
    while app.detail().unwrap().focus() != Some(Focus::Indicator(1)) {
        app.update(Action::Down);
    }
    app.update(Action::RecordIndicator);
    let text = screen(&render(&mut app, 80, 24));
    assert!(text.contains("当前值（%）："), "{text}");
    type_text(&mut app, "八成");
    app.update(Action::Confirm);
    let Some(Modal::Prompt(p)) = app.modal() else {
        panic!("the prompt stays open")
    };
    assert_eq!(p.error.as_deref(), Some("“八成”不是数字"));
    let id = id_of(&app, 14);
    assert!(app.store().indicators(id).unwrap()[1].actual.is_none());
    app.update(Action::ClearLine);
    type_text(&mut app, "85%");
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    assert_eq!(app.store().indicators(id).unwrap()[1].actual, Some(85.0));
    assert!(app.message().unwrap().text.starts_with("已填报"));
    let rows: Vec<String> = (app.detail().unwrap())
        .rows(app.lang(), app.time_zone(), 100)
        .into_iter()
        .map(|r| r.text)
        .collect();
    assert!(
        rows.iter()
            .any(|r| r.contains("[ok] 2. 普惠性幼儿园覆盖率达到80%：85% / >= 80% 已达成")),
        "{rows:#?}"
    );
    assert_eq!(
        app.detail().unwrap().focus(),
        Some(Focus::Indicator(1)),
        "the focus stays on the indicator"
    );
}

#[test]
fn help_lists_the_new_keys_in_both_languages() {
    for (lang, words) in [
        (
            Lang::Zh,
            [
                "督办此项（督查员）",
                "待销号事项（督查员）",
                "快速筛选",
                "f o",
            ],
        ),
        (
            Lang::En,
            [
                "urge this item (supervisors)",
                "items awaiting confirmation",
                "quick filter",
                "f o",
            ],
        ),
    ] {
        let mut app = board_as(desk_store(), "du", lang);
        app.update(Action::Help);
        let rows = duban::tui::view::popups::help_rows(&app, duban::tui::action::Context::Board);
        let all: String = rows.iter().map(|(k, l)| format!("{k} {l}\n")).collect();
        for w in words {
            assert!(all.contains(w), "{w}:\n{all}");
        }
        assert!(all.contains("w "), "the urged list moved to w:\n{all}");
        assert!(all.contains("! "), "! urges:\n{all}");
    }
    let mut app = board_as(desk_store(), "du", Lang::Zh);
    select_number(&mut app, 14);
    press(&mut app, [Action::Open, Action::Help]);
    let rows = duban::tui::view::popups::help_rows(&app, duban::tui::action::Context::Detail);
    assert!(rows.iter().any(|(k, l)| k == "i" && l.contains("指标")));
}

#[test]
fn snapshot_quick_menu_and_filtered_board() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = board_as(desk_store(), "du", Lang::Zh);
        select_number(&mut app, 22);
        app.update(Action::QuickFilter);
        assert_snapshot!(
            format!("quick_menu_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
        app.update(Action::FilterBlocked);
        assert_snapshot!(
            format!("quick_blocked_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
    }
}

#[test]
fn snapshot_urge_prompt_confirm_question_and_indicators() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = board_as(desk_store(), "du", Lang::Zh);
        select_number(&mut app, 14);
        app.update(Action::Urge);
        type_text(&mut app, "请报送进展");
        app.update(Action::Confirm);
        type_text(&mut app, "2020-06-01");
        app.update(Action::Confirm);
        assert_snapshot!(
            format!("urge_past_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
        app.update(Action::Back);
        app.update(Action::Back);
        app.update(Action::Yes);
        app.update(Action::ConfirmQueue);
        app.update(Action::ConfirmDone);
        assert_snapshot!(
            format!("confirm_ask_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
        app.update(Action::No);
        app.update(Action::ConfirmQueue);
        select_number(&mut app, 14);
        app.update(Action::Open);
        while app.detail().unwrap().focus() != Some(Focus::Indicator(0)) {
            app.update(Action::Down);
        }
        app.update(Action::RecordIndicator);
        assert_snapshot!(
            format!("indicator_prompt_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
    }
}

#[test]
fn quick_kind_names_in_english() {
    assert_eq!(QuickKind::DueSoon.label(Lang::En), "due in 7 days");
    assert_eq!(
        QuickKind::Source(duban::plan::adhoc::Source::Letter).label(Lang::Zh),
        "来源：来信"
    );
}

#[test]
fn switching_plans_takes_the_quick_filter_off() {
    let mut store = desk_store();
    let new = duban::store::NewItem {
        title: "另一计划的事项".into(),
        lead: "基教处".into(),
        ..Default::default()
    };
    store.add_item(None, &new).unwrap();
    let mut app = board_as(store, "du", Lang::Zh);
    press(&mut app, [Action::QuickFilter, Action::FilterBlocked]);
    assert!(app.quick().is_some());
    app.update(Action::PlanSwitcher);
    let first = app.plan().id;
    press(&mut app, [Action::Down, Action::Confirm]);
    assert_ne!(app.plan().id, first, "switched");
    assert!(app.quick().is_none());
    assert_eq!(
        shown_count(&app),
        1,
        "the other plan's one item, unfiltered"
    );
}
