//! Adding, correcting and retiring items from the board, driven headless: the
//! new-item form (offices through the picker with pinyin, the deadline through the
//! date prompt), `e` on the field under the cursor, `n` and `d` in the measures,
//! `D` retiring a card; each allowed and refused as the rules say.

use crate::tui_support;

use duban::plan::adhoc::Source;
use duban::store::{ItemId, Store};
use duban::tui::action::Action;
use duban::tui::app::{Level, Modal};
use duban::tui::state::detail::Focus;
use duban::tui::state::editor::EditTarget;
use duban::tui::state::form::FormField;
use duban::tui::strings::Lang;
use duban::tui::{App, BoardOptions};
use insta::assert_snapshot;
use tui_support::*;

/// The seed with `du` supervising from 办公室, `lead` in 基教处 (item 14's lead
/// office) and `co` in 人事处 (one of item 14's co-operating offices).
fn items_store() -> Store {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "lead", "基教处", false).unwrap();
    store.add_member(plan, "co", "人事处", false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    store
}

fn board_as(mut store: Store, actor: &str, lang: Lang) -> App {
    store.set_actor(actor);
    let mut app = app_on(
        store,
        BoardOptions {
            lang,
            ..BoardOptions::default()
        },
    );
    app.update(Action::ClearOffice);
    app
}

fn select_number(app: &mut App, n: u32) {
    app.update(Action::Jump);
    type_text(app, &n.to_string());
    app.update(Action::Confirm);
    assert_eq!(selected(app).map(|c| c.number), Some(n));
}

fn id_of(app: &App, n: u32) -> ItemId {
    card_by_number(app, n).id
}

fn form_field(app: &App) -> FormField {
    match app.modal() {
        Some(Modal::Form(f)) => f.field(),
        other => panic!("the form is open, not {other:?}"),
    }
}

fn to_field(app: &mut App, field: FormField) {
    for _ in 0..8 {
        if form_field(app) == field {
            return;
        }
        app.update(Action::NextField);
    }
    panic!("no field {field:?}");
}

fn form_error(app: &App) -> Option<String> {
    match app.modal() {
        Some(Modal::Form(f)) => f.error.clone(),
        _ => None,
    }
}

/// Fills the form for a leader's instruction to 基教处 with 财建处, due 6月底前.
fn fill_form(app: &mut App) {
    type_text(app, "落实省领导关于学前教育的批示");
    to_field(app, FormField::Lead);
    // Typing on an office field opens the picker with it: pinyin initials.
    type_text(app, "jjc");
    assert!(matches!(app.modal(), Some(Modal::FormPicker { .. })));
    app.update(Action::Confirm);
    to_field(app, FormField::Co);
    app.update(Action::Confirm);
    type_text(app, "财建");
    app.update(Action::Confirm);
    to_field(app, FormField::Due);
    app.update(Action::Confirm);
    type_text(app, "6月底前");
    app.update(Action::Confirm);
    to_field(app, FormField::Source);
    app.update(Action::CursorRight);
    to_field(app, FormField::Ref);
    type_text(app, "省领导批示〔2020〕3号");
    to_field(app, FormField::Requirement);
    type_text(app, "6月底前报送落实情况");
}

#[test]
fn a_supervisor_adds_an_item_through_the_form() {
    let mut app = board_as(items_store(), "du", Lang::Zh);
    let plan_before = app.plan().id;
    app.update(Action::AddItem);
    assert_eq!(form_field(&app), FormField::Title);
    fill_form(&mut app);
    let Some(Modal::Form(f)) = app.modal() else {
        panic!("the form")
    };
    assert_eq!(f.lead.as_deref(), Some("基教处"));
    assert_eq!(f.co, vec!["财建处".to_string()]);
    assert_eq!(f.due, Some(("6月底前".into(), "2020-06-30".into())));
    assert_eq!(f.source, Some(Source::Instruction));
    // Enter on the last field saves.
    app.update(Action::Confirm);
    assert!(app.modal().is_none(), "{:?}", app.message());
    // It went into the year's standing plan, which the board now shows.
    assert_ne!(app.plan().id, plan_before);
    assert_eq!(app.plan().title, "2020年督办事项");
    let card = selected(&app).unwrap().clone();
    assert_eq!(card.number, 1);
    assert_eq!(card.title, "落实省领导关于学前教育的批示");
    assert_eq!(
        app.message().unwrap().text,
        "已新增第1项“落实省领导关于学前教育的批示”（2020年督办事项）"
    );
    let item = app.store().item(card.id).unwrap();
    assert_eq!(item.lead_office(), Some("基教处"));
    assert!(item.offices.iter().any(|o| o.name == "财建处"));
    assert_eq!(item.due.as_deref(), Some("2020-06-30"));
    assert_eq!(item.source, Some(Source::Instruction));
    assert_eq!(item.source_ref.as_deref(), Some("省领导批示〔2020〕3号"));
    assert_eq!(item.requirement.as_deref(), Some("6月底前报送落实情况"));
    // The detail shows where it came from and what is required.
    app.update(Action::Open);
    let rows: Vec<String> = (app.detail().unwrap())
        .rows(app.lang(), app.time_zone(), 100)
        .into_iter()
        .map(|r| r.text)
        .collect();
    assert_eq!(rows[0], "来源：领导批示  依据文号：省领导批示〔2020〕3号");
    let at = rows.iter().position(|r| r == "办理要求").expect("办理要求");
    assert_eq!(rows[at + 1], "6月底前报送落实情况");
}

#[test]
fn the_form_refuses_what_is_not_an_item_and_keeps_what_was_typed() {
    let mut app = board_as(items_store(), "du", Lang::Zh);
    let plans = app.store().plan_summaries().unwrap().len();
    app.update(Action::AddItem);
    type_text(&mut app, "没有牵头处室的事项");
    app.update(Action::Save);
    assert_eq!(form_error(&app).as_deref(), Some("请选牵头处室"));
    // A deadline before today is refused in the date prompt, which stays open.
    to_field(&mut app, FormField::Due);
    app.update(Action::Confirm);
    type_text(&mut app, "2020-06-01");
    app.update(Action::Confirm);
    let Some(Modal::FormDate { error, .. }) = app.modal() else {
        panic!("the date prompt stays open")
    };
    assert!(
        error.as_deref().unwrap().contains("2020-06-01"),
        "{error:?}"
    );
    app.update(Action::Back);
    assert_eq!(form_field(&app), FormField::Due);
    // An empty title: the store's refusal, in the form.
    to_field(&mut app, FormField::Title);
    app.update(Action::ClearLine);
    to_field(&mut app, FormField::Lead);
    app.update(Action::Confirm);
    type_text(&mut app, "基教");
    app.update(Action::Confirm);
    app.update(Action::Save);
    let why = form_error(&app).expect("refused");
    assert!(why.contains("标题"), "{why}");
    assert_eq!(
        app.store().plan_summaries().unwrap().len(),
        plans,
        "nothing written"
    );
    // Esc asks before throwing the form away; n goes back to it.
    app.update(Action::Back);
    assert!(matches!(app.modal(), Some(Modal::ConfirmDiscardForm(_))));
    app.update(Action::No);
    assert_eq!(form_field(&app), FormField::Lead);
    press(&mut app, [Action::Back, Action::Yes]);
    assert!(app.modal().is_none());
    // An empty form closes at once.
    press(&mut app, [Action::AddItem, Action::Back]);
    assert!(app.modal().is_none());
}

#[test]
fn adding_and_retiring_are_refused_to_members_who_do_not_supervise() {
    let mut app = board_as(items_store(), "lead", Lang::En);
    app.update(Action::AddItem);
    assert!(app.modal().is_none(), "no form opens on a refusal");
    let m = app.message().unwrap();
    assert_eq!(m.level, Level::Error);
    assert!(m.text.contains("supervis"), "says who may: {}", m.text);
    select_number(&mut app, 14);
    app.update(Action::RetireItem);
    assert!(app.modal().is_none());
    assert_eq!(app.message().unwrap().level, Level::Error);
}

#[test]
fn e_corrects_the_title_under_the_cursor() {
    let mut app = board_as(items_store(), "du", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Open);
    while app.detail().unwrap().focus() != Some(Focus::Title) {
        app.update(Action::Up);
    }
    app.update(Action::EditNote);
    let Some(Modal::Prompt(p)) = app.modal() else {
        panic!("the title prompt opens")
    };
    assert_eq!(p.line.text(), "扩大普惠性学前教育资源供给");
    app.update(Action::ClearLine);
    type_text(&mut app, "扩大普惠性学前教育资源");
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    assert_eq!(app.message().unwrap().text, "第14项已修改：标题");
    let id = id_of(&app, 14);
    assert_eq!(
        app.store().item(id).unwrap().title,
        "扩大普惠性学前教育资源"
    );
    assert_eq!(card_by_number(&app, 14).title, "扩大普惠性学前教育资源");
    // An empty title is refused, the prompt stays with the reason.
    app.update(Action::EditNote);
    app.update(Action::ClearLine);
    app.update(Action::Confirm);
    let Some(Modal::Prompt(p)) = app.modal() else {
        panic!("the prompt stays open")
    };
    assert!(p.error.as_deref().unwrap().contains("标题"), "{p:?}");
}

#[test]
fn the_lead_office_corrects_its_target_and_measures_but_not_the_title() {
    let mut app = board_as(items_store(), "lead", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Open);
    let id = id_of(&app, 14);
    // The target.
    while app.detail().unwrap().focus() != Some(Focus::Target) {
        app.update(Action::Up);
    }
    app.update(Action::EditNote);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the target opens in the editor")
    };
    assert_eq!(e.target, EditTarget::Target(id));
    app.update(Action::LineEnd);
    type_text(&mut app, "年底前完成。");
    app.update(Action::Confirm);
    assert!(app.modal().is_none(), "{:?}", app.message());
    assert!(
        app.store()
            .item(id)
            .unwrap()
            .target
            .ends_with("年底前完成。")
    );
    // The title is the supervisors'.
    while app.detail().unwrap().focus() != Some(Focus::Title) {
        app.update(Action::Up);
    }
    app.update(Action::EditNote);
    assert!(app.modal().is_none());
    assert_eq!(app.message().unwrap().level, Level::Error);

    // A measure: corrected, one added after it, one removed (asked first).
    app.update(Action::First);
    assert_eq!(app.detail().unwrap().focus(), Some(Focus::Measure(0)));
    app.update(Action::EditNote);
    for _ in 0..40 {
        app.update(Action::DeleteBack);
    }
    type_text(&mut app, "实施第三期学前教育行动计划");
    app.update(Action::Confirm);
    let texts = |app: &App| -> Vec<String> {
        (app.store().item(id).unwrap().measures.into_iter())
            .map(|m| m.text)
            .collect()
    };
    assert_eq!(texts(&app)[0], "实施第三期学前教育行动计划");
    assert_eq!(texts(&app).len(), 9);
    app.update(Action::AddMeasure);
    type_text(&mut app, "新增一条措施");
    app.update(Action::Confirm);
    assert_eq!(texts(&app).len(), 10);
    assert_eq!(texts(&app)[1], "新增一条措施");
    assert_eq!(
        app.detail().unwrap().focus(),
        Some(Focus::Measure(1)),
        "the focus is on the new measure"
    );
    app.update(Action::DeleteNote);
    let Some(Modal::Ask(_)) = app.modal() else {
        panic!("d on a measure asks first")
    };
    let shown = screen(&render(&mut app, 80, 24));
    assert!(
        shown.contains("删除第14项的措施2“新增一条措施”？（y/n）"),
        "{shown}"
    );
    app.update(Action::No);
    assert_eq!(texts(&app).len(), 10);
    press(&mut app, [Action::DeleteNote, Action::Yes]);
    assert_eq!(texts(&app).len(), 9);
    assert!(!texts(&app).contains(&"新增一条措施".to_string()));
    assert_eq!(app.message().unwrap().text, "已删除第14项的措施2");
}

#[test]
fn d_on_a_note_still_deletes_the_note() {
    let mut store = items_store();
    store.set_actor("lead");
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 14).unwrap();
    store.add_note(id, "我的批注").unwrap();
    let mut app = board_as(store, "lead", Lang::Zh);
    select_number(&mut app, 14);
    press(&mut app, [Action::Open, Action::Last, Action::DeleteNote]);
    assert!(matches!(app.modal(), Some(Modal::ConfirmDelete(_))));
    app.update(Action::Yes);
    assert!(app.store().item(id).unwrap().notes.is_empty());
    assert_eq!(app.store().item(id).unwrap().measures.len(), 9);
}

#[test]
fn a_member_of_a_co_operating_office_may_not_correct_the_measures() {
    let mut app = board_as(items_store(), "co", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Open);
    for a in [Action::EditNote, Action::AddMeasure, Action::DeleteNote] {
        app.update(a.clone());
        assert!(app.modal().is_none(), "{a:?}");
        assert_eq!(app.message().unwrap().level, Level::Error, "{a:?}");
    }
}

#[test]
fn e_on_the_offices_corrects_them_through_the_picker() {
    let mut app = board_as(items_store(), "du", Lang::Zh);
    select_number(&mut app, 14);
    app.update(Action::Open);
    while app.detail().unwrap().focus() != Some(Focus::Offices) {
        app.update(Action::Down);
    }
    app.update(Action::EditNote);
    assert_eq!(form_field(&app), FormField::Lead);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("修改第14项的责任处室"), "{shown}");
    app.update(Action::Confirm);
    type_text(&mut app, "cjc");
    app.update(Action::Confirm);
    app.update(Action::Save);
    assert!(app.modal().is_none(), "{:?}", app.message());
    let id = id_of(&app, 14);
    let item = app.store().item(id).unwrap();
    assert_eq!(item.lead_office(), Some("财建处"));
    assert!(
        app.message().unwrap().text.starts_with("第14项已修改："),
        "{:?}",
        app.message()
    );
    assert_eq!(
        card_by_number(&app, 14).lead_office.as_deref(),
        Some("财建处")
    );
}

#[test]
fn d_retires_a_card_after_its_reason_and_a_yes() {
    let mut app = board_as(items_store(), "du", Lang::Zh);
    select_number(&mut app, 14);
    let id = id_of(&app, 14);
    app.update(Action::RetireItem);
    let Some(Modal::Editor(e)) = app.modal() else {
        panic!("the reason is asked")
    };
    assert_eq!(e.target, EditTarget::Retire(id));
    type_text(&mut app, "已并入第13项");
    app.update(Action::Confirm);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("撤项第14项"), "{shown}");
    assert!(shown.contains("原因：已并入第13项"), "{shown}");
    app.update(Action::No);
    assert!(app.board().card(id).is_some());
    assert_eq!(app.message().unwrap().text, "未撤项");
    app.update(Action::RetireItem);
    type_text(&mut app, "已并入第13项");
    press(&mut app, [Action::Confirm, Action::Yes]);
    assert!(app.board().card(id).is_none(), "off the board");
    let item = app.store().item(id).unwrap();
    assert!(item.retired);
    assert_eq!(item.retired_reason.as_deref(), Some("已并入第13项"));
    assert!(app.message().unwrap().text.contains("restore-item 14"));
    assert_ne!(selected(&app).map(|c| c.number), Some(14));
}

#[test]
fn the_source_filter_steps_through_the_sources_the_items_have() {
    let mut store = items_store();
    store.set_actor("du");
    for (title, source) in [
        ("批示事项", Source::Instruction),
        ("来信事项", Source::Letter),
        ("另一批示", Source::Instruction),
    ] {
        let new = duban::store::NewItem {
            title: title.into(),
            lead: "基教处".into(),
            source: Some(source),
            ..Default::default()
        };
        store.add_item(None, &new).unwrap();
    }
    let plan = store.standing_plan(2020).unwrap().unwrap();
    let mut app = app_on(store, BoardOptions::default());
    let _ = plan;
    app.update(Action::PlanSwitcher);
    // The standing plan is listed; switch to it.
    while !matches!(app.modal(), Some(Modal::Plans(_))) {
        app.update(Action::PlanSwitcher);
    }
    app.update(Action::Down);
    app.update(Action::Confirm);
    assert_eq!(app.plan().title, "2020年督办事项");
    let shown = |app: &App| -> Vec<String> {
        let mut t: Vec<String> = app.board().visible(0).map(|c| c.title.clone()).collect();
        t.sort();
        t
    };
    press(&mut app, [Action::QuickFilter, Action::FilterSource]);
    assert_eq!(shown(&app), vec!["另一批示".to_string(), "批示事项".into()]);
    let text = screen(&render(&mut app, 80, 24));
    assert!(text.contains("【来源：领导批示】"), "{text}");
    press(&mut app, [Action::QuickFilter, Action::FilterSource]);
    assert_eq!(shown(&app), vec!["来信事项".to_string()]);
    press(&mut app, [Action::QuickFilter, Action::FilterSource]);
    assert!(app.quick().is_none(), "after the last source: off");
    assert_eq!(shown(&app).len(), 3);
}

#[test]
fn snapshot_the_new_item_form() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = board_as(items_store(), "du", Lang::Zh);
        app.update(Action::AddItem);
        fill_form(&mut app);
        assert_snapshot!(
            format!("item_form_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
        to_field(&mut app, FormField::Co);
        app.update(Action::Confirm);
        type_text(&mut app, "rsc");
        assert_snapshot!(
            format!("item_form_picker_{w}x{h}"),
            render(&mut app, w, h).backend()
        );
    }
}

#[test]
fn the_board_names_people_by_their_display_names() {
    let mut store = items_store();
    let plan = store.plan(None).unwrap().id;
    store.set_actor("du");
    assert!(store.set_display_name(plan, "du", "王督查").unwrap());
    assert!(store.set_display_name(plan, "lead", "李四").unwrap());
    let id = store.item_id(plan, 14).unwrap();
    store.set_actor("lead");
    store.add_note(id, "已完成摸底").unwrap();
    store.set_actor("du");
    store.urge(id, "请加快进度", None).unwrap();
    let mut app = board_as(store, "du", Lang::Zh);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("王督查·督查员"), "the header:\n{shown}");
    select_number(&mut app, 14);
    app.update(Action::Open);
    let rows: Vec<String> = (app.detail().unwrap())
        .rows(app.lang(), app.time_zone(), 100)
        .into_iter()
        .map(|r| r.text)
        .collect();
    let all = rows.join("\n");
    assert!(all.contains("李四  "), "the note's author:\n{all}");
    assert!(all.contains("王督查  "), "the urge's author:\n{all}");
    assert!(!all.contains("lead  "), "no bare account:\n{all}");
}

#[test]
fn typing_on_the_deadline_field_opens_its_prompt_with_what_is_typed() {
    let mut app = board_as(items_store(), "du", Lang::Zh);
    app.update(Action::AddItem);
    to_field(&mut app, FormField::Due);
    type_text(&mut app, "2020-07-15");
    let Some(Modal::FormDate { line, .. }) = app.modal() else {
        panic!("the date prompt opens")
    };
    assert_eq!(line.text(), "2020-07-15");
    app.update(Action::Confirm);
    let Some(Modal::Form(f)) = app.modal() else {
        panic!("back in the form")
    };
    assert_eq!(f.due, Some(("2020-07-15".into(), "2020-07-15".into())));
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("期限      2020-07-15"), "{shown}");
}
