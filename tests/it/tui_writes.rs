//! The board's undo, read-only answer, stale moves, and the deadline prompt, driven headless.

use crate::tui_support;

use duban::plan::Status;
use duban::store::Store;
use duban::tui::action::{Action, Context};
use duban::tui::app::{Level, Modal};
use duban::tui::{App, BoardOptions, Lang};
use tui_support::*;

/// A database file with the seed, and a second actor's store on it.
fn shared(dir: &tempfile::TempDir) -> (std::path::PathBuf, Store) {
    let path = dir.path().join("duban.db");
    let mut alice = Store::open(&path, "alice").unwrap();
    seed(&mut alice);
    (path, alice)
}

fn message(app: &App) -> (Level, String) {
    let m = app.message().expect("a message on the footer");
    (m.level, m.text.clone())
}

#[test]
fn undo_reverses_own_last_move_and_keeps_the_selection() {
    let mut app = app();
    let two = card_by_number(&app, 2).id;
    let three = card_by_number(&app, 3).id;
    press(&mut app, [Action::Down, Action::MoveNext]);
    assert_eq!(stored_status(&app, two), Status::Doing);
    // Back in the first column, where 3 took 2's place: undo, and 3 stays selected.
    app.update(Action::ColumnLeft);
    assert_eq!(app.board().selected_id(), Some(three));
    app.update(Action::Undo);
    assert_eq!(stored_status(&app, two), Status::Todo);
    assert_eq!(app.board().card(two).unwrap().status, Status::Todo);
    assert_eq!(app.board().selected_id(), Some(three));
    let (level, text) = message(&app);
    assert_eq!(level, Level::Info);
    assert_eq!(text, "已撤销第2项的移动，恢复为“未启动”");
    // The undo is itself in the history, so nothing is lost.
    let history = app.store().history(two).unwrap();
    let moves: Vec<_> = history.iter().filter(|e| e.kind == "move").collect();
    assert_eq!(moves.len(), 2, "{history:?}");
    assert_eq!(moves[1].after.as_deref(), Some("todo"));
    // Nothing further back: the seed import is not undoable.
    app.update(Action::Undo);
    assert_eq!(message(&app), (Level::Info, "没有可撤销的修改".into()));
}

#[test]
fn undo_in_the_detail_reverses_a_measure_tick_and_a_note() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    press(&mut app, [Action::Open, Action::Toggle, Action::AddNote]);
    type_text(&mut app, "临时批注");
    app.update(Action::Confirm);
    assert_eq!(app.detail().unwrap().record.notes.len(), 1);
    app.update(Action::Undo);
    assert_eq!(app.context(), Context::Detail);
    assert!(app.detail().unwrap().record.notes.is_empty());
    assert!(message(&app).1.contains("新批注"), "{:?}", message(&app));
    app.update(Action::Undo);
    assert!(!app.store().item(id).unwrap().measures[0].done);
    assert!(!app.detail().unwrap().record.measures[0].done);
    assert_eq!(selected(&app).unwrap().measures_done, 0);
}

#[test]
fn undo_is_refused_when_someone_else_changed_the_item_since() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut alice) = shared(&dir);
    alice.set_fixed_now(Some("2020-06-15T06:00:00.000Z"));
    let mut app = app_on(
        Store::open(&path, "bob").unwrap(),
        BoardOptions {
            lang: Lang::En,
            ..Default::default()
        },
    );
    let id = selected(&app).unwrap().id;
    app.update(Action::MoveNext);
    alice.add_note(id, "alice was here").unwrap();
    app.update(Action::Undo);
    let (level, text) = message(&app);
    assert_eq!(level, Level::Warn);
    assert_eq!(
        text,
        "Cannot undo: item 1 was changed by alice at 2020-06-15 06:00 since"
    );
    assert_eq!(stored_status(&app, id), Status::Doing, "nothing was undone");
    // The board shows alice's note now.
    assert_eq!(selected(&app).unwrap().notes, 1);
}

#[test]
fn help_lists_undo_and_the_new_keys() {
    let mut app = app();
    app.update(Action::Help);
    let term = render(&mut app, 120, 40);
    let shown = screen(&term);
    for want in ["u", "撤销上次修改", "处室总览", "上次以来的变化"] {
        assert!(shown.contains(want), "{want} missing:\n{shown}");
    }
    press(&mut app, [Action::Back, Action::Open, Action::Help]);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("设期限"), "{shown}");
    assert!(shown.contains("撤销上次修改"), "{shown}");
}

#[test]
fn read_only_board_answers_every_write_key_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut alice) = shared(&dir);
    let first = alice.item_id(alice.plan(None).unwrap().id, 1).unwrap();
    alice.add_note(first, "alice 的批注").unwrap();
    let reader = Store::open_read_only(&path, "reader").unwrap();
    assert!(reader.is_read_only());
    let mut app = app_on(reader, BoardOptions::default());
    let events = app.store().last_event_id().unwrap();
    let refused = "只读：不能修改，你没有写入此数据库的权限";
    for action in [
        Action::MoveNext,
        Action::MovePrev,
        Action::ReorderDown,
        Action::ReorderUp,
        Action::AddNote,
        Action::Undo,
    ] {
        app.update(action.clone());
        assert_eq!(app.context(), Context::Board, "{action:?}");
        assert_eq!(message(&app), (Level::Warn, refused.into()), "{action:?}");
    }
    app.update(Action::Open);
    app.update(Action::Last);
    for action in [
        Action::Toggle,
        Action::AddNote,
        Action::EditNote,
        Action::DeleteNote,
        Action::SetDue,
        Action::Undo,
        Action::MoveNext,
    ] {
        app.update(action.clone());
        assert_eq!(app.context(), Context::Detail, "{action:?}");
        assert_eq!(message(&app), (Level::Warn, refused.into()), "{action:?}");
    }
    assert_eq!(
        app.store().last_event_id().unwrap(),
        events,
        "nothing written"
    );
    // Reading still works, and the banner says why.
    app.update(Action::Back);
    app.update(Action::Overview);
    assert_eq!(app.context(), Context::Overview);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(
        shown
            .lines()
            .next()
            .unwrap()
            .contains("只读：你没有写入此数据库的权限"),
        "{shown}"
    );
}

#[test]
fn stale_move_from_the_detail_names_who_and_what_and_can_be_repeated() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut alice) = shared(&dir);
    alice.set_fixed_now(Some("2020-06-15T06:00:00.000Z"));
    let mut app = app_on(
        Store::open(&path, "bob").unwrap(),
        BoardOptions {
            lang: Lang::En,
            ..Default::default()
        },
    );
    app.update(Action::Open);
    let id = app.detail().unwrap().id();
    alice.move_item(id, Status::Blocked, None).unwrap();
    // Bob, who has not seen that, moves it on from the detail.
    app.update(Action::MoveNext);
    let (level, text) = message(&app);
    assert_eq!(level, Level::Warn);
    assert_eq!(
        text,
        "Item 1 was changed to \"Blocked\" by alice at 2020-06-15 06:00; reloaded, try again"
    );
    assert_eq!(stored_status(&app, id), Status::Blocked);
    assert_eq!(app.detail().unwrap().record.status, Status::Blocked);
    // The same key again works on what bob now sees.
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, id), Status::Done);
    assert_eq!(app.detail().unwrap().record.status, Status::Done);
}

#[test]
fn deadline_prompt_refuses_impossible_dates_and_saves_good_ones() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    press(&mut app, [Action::Open, Action::SetDue]);
    assert_eq!(app.context(), Context::Date);
    let Some(Modal::Date { line, .. }) = app.modal() else {
        panic!("the prompt is open")
    };
    assert_eq!(
        line.text(),
        "2020-12-31",
        "starts from the current deadline"
    );
    // Typing replaces the prefill rather than appending to it.
    type_text(&mut app, "2020-02-30");
    app.update(Action::Confirm);
    // The prompt stays open, saying why, in the command line's words.
    assert_eq!(app.context(), Context::Date);
    let Some(Modal::Date { line, error }) = app.modal() else {
        panic!("the prompt stays open")
    };
    assert_eq!(line.text(), "2020-02-30");
    let error = error.clone().unwrap();
    assert!(error.contains("该月没有这一天"), "{error}");
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("该月没有这一天"), "{shown}");
    assert_eq!(
        app.store().item(id).unwrap().due.as_deref(),
        Some("2020-12-31")
    );
    app.update(Action::Back);
    assert_eq!(app.context(), Context::Detail);
    // A good date is saved, and the card's light follows (the clock is 2020-06-15).
    app.update(Action::SetDue);
    app.update(Action::Paste("2020-06-20".into()));
    app.update(Action::Confirm);
    assert_eq!(
        message(&app),
        (Level::Info, "第1项期限已设为2020-06-20".into())
    );
    assert_eq!(
        app.store().item(id).unwrap().due.as_deref(),
        Some("2020-06-20")
    );
    let card = selected(&app).unwrap();
    assert_eq!(card.due.as_deref(), Some("2020-06-20"));
    assert_eq!(
        card.light,
        Some(duban::plan::deadline::Light::DueSoon),
        "{card:?}"
    );
    let shown = screen(&render(&mut app, 120, 40));
    assert!(
        shown.contains("改期限：2020-12-31 -> 2020-06-20"),
        "{shown}"
    );
    // Esc leaves the deadline alone; so does saving the same date.
    press(&mut app, [Action::SetDue, Action::Back]);
    assert_eq!(app.context(), Context::Detail);
    press(&mut app, [Action::SetDue, Action::Confirm]);
    assert_eq!(message(&app).0, Level::Info);
    assert!(message(&app).1.contains("期限未变"));
}

#[test]
fn cards_mark_indicators_behind_target() {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 14).unwrap();
    store.set_indicator_actual(id, 2, 60.0).unwrap();
    let mut app = app_on(store, BoardOptions::default());
    assert_eq!(app.board().card(id).unwrap().indicators_behind, 1);
    app.update(Action::Jump);
    type_text(&mut app, "14");
    app.update(Action::Confirm);
    for (w, h) in [(80, 24), (120, 40)] {
        let shown = screen(&render(&mut app, w, h));
        // The card's last line, under its title (one or two rows) and office.
        let card: Vec<&str> = shown
            .lines()
            .skip_while(|l| !l.contains(">14 "))
            .take(4)
            .collect();
        assert!(
            card.iter().any(|l| l.contains("落后1")),
            "{w}x{h}: {card:?}\n{shown}"
        );
    }
    // Met again, the mark goes.
    let mut store = seeded_store("tester");
    let id = store.item_id(plan, 14).unwrap();
    store.set_indicator_actual(id, 2, 85.0).unwrap();
    let app = app_on(store, BoardOptions::default());
    assert_eq!(app.board().card(id).unwrap().indicators_behind, 0);
}

fn todo_numbers(app: &App) -> Vec<u32> {
    app.board()
        .cards()
        .iter()
        .filter(|c| c.status == Status::Todo)
        .map(|c| c.number)
        .collect()
}

#[test]
fn undo_puts_a_moved_card_back_at_its_place_in_the_column() {
    let mut app = app();
    press(&mut app, [Action::Down, Action::Down, Action::MoveNext]);
    assert_eq!(todo_numbers(&app)[..4], [1, 2, 4, 5]);
    app.update(Action::Undo);
    assert_eq!(todo_numbers(&app)[..4], [1, 2, 3, 4]);
    // The store agrees, so other boards and a restart see the same order.
    let plan = app.plan().id;
    let stored: Vec<u32> = app
        .store()
        .cards(plan)
        .unwrap()
        .iter()
        .take(4)
        .map(|c| c.number)
        .collect();
    assert_eq!(stored, [1, 2, 3, 4]);
    assert_eq!(selected(&app).unwrap().number, 3);
}

#[test]
fn undo_reverses_a_deadline_change_and_says_to_what() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    let before = app.store().item(id).unwrap().due.clone();
    press(&mut app, [Action::Open, Action::SetDue]);
    type_text(&mut app, "2020-09-30");
    app.update(Action::Confirm);
    assert_eq!(
        app.store().item(id).unwrap().due.as_deref(),
        Some("2020-09-30")
    );
    app.update(Action::Undo);
    let item = app.store().item(id).unwrap();
    assert_eq!(item.due, before);
    assert!(
        !item.deadline_set,
        "the date is the plan's again, not one set by hand"
    );
    let (_, text) = message(&app);
    assert!(text.contains("期限修改"), "{text}");
    assert!(text.contains(before.as_deref().unwrap()), "{text}");
}

#[test]
fn help_names_what_undo_reverses() {
    let mut app = app();
    app.update(Action::Help);
    let text = screen(&render(&mut app, 120, 40));
    assert!(
        text.contains("撤销上次修改：移动、排序、批注、勾选、期限"),
        "{text}"
    );
}

#[test]
fn another_users_move_keeps_the_selection_in_its_column_and_never_moves_an_unchosen_card() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut alice) = shared(&dir);
    let mut app = app_on(Store::open(&path, "bob").unwrap(), BoardOptions::default());
    app.poll_data();
    press(&mut app, [Action::Down, Action::Down]);
    let three = selected(&app).unwrap().id;
    let four = card_by_number(&app, 4).id;
    // Alice moves bob's selected card on; bob's board reads it in.
    alice.move_item(three, Status::Doing, None).unwrap();
    assert!(app.poll_data());
    assert_eq!(app.board().card(three).unwrap().status, Status::Doing);
    // Bob stays in his column, on the neighbour that took the card's place.
    assert_eq!(app.board().column(), Status::Todo.index());
    assert_eq!(app.board().selected_id(), Some(four));
    // His next L does not act on a card he did not choose: it says so.
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, four), Status::Todo);
    assert_eq!(stored_status(&app, three), Status::Doing);
    let (level, text) = message(&app);
    assert_eq!(level, Level::Warn);
    assert!(text.contains("第4项"), "{text}");
    // Pressed again, it acts on what he now sees selected.
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, four), Status::Doing);
    // Moving the cursor is a choice too: no warning after it.
    press(&mut app, [Action::ColumnLeft, Action::Down]);
    alice
        .move_item(selected(&app).unwrap().id, Status::Blocked, None)
        .unwrap();
    app.poll_data();
    app.update(Action::Up);
    let chosen = selected(&app).unwrap().id;
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, chosen), Status::Doing);
}
