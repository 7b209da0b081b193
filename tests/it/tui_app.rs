//! The board driven headless with actions: moves, reorders, filters, search, jump, notes.

use crate::tui_support;

use duban::plan::Status;
use duban::store::{MoveOutcome, Store};
use duban::tui::action::{Action, Context};
use duban::tui::app::{Level, Modal};
use duban::tui::{App, BoardOptions};
use tui_support::*;

fn column_numbers(app: &App, status: Status) -> Vec<u32> {
    app.board()
        .cards()
        .iter()
        .filter(|c| c.status == status)
        .map(|c| c.number)
        .collect()
}

#[test]
fn move_card_saves_and_selection_follows() {
    let mut app = app();
    let first = selected(&app).unwrap().clone();
    assert_eq!(first.number, 1);
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, first.id), Status::Doing);
    assert_eq!(app.board().selected_id(), Some(first.id));
    assert_eq!(app.board().column(), Status::Doing.index());
    app.update(Action::MoveNext);
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, first.id), Status::Done);
    // Past the last column nothing happens.
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, first.id), Status::Done);
    // Out of done only through a reopen (R): H is refused, saying so.
    app.update(Action::MovePrev);
    assert_eq!(stored_status(&app, first.id), Status::Done);
    assert!(app.message().unwrap().text.contains("reopen"));
    assert_eq!(app.board().selected_id(), Some(first.id));
}

#[test]
fn reorder_swaps_within_the_column() {
    let mut app = app();
    press(&mut app, [Action::Down]);
    let second = selected(&app).unwrap().id;
    app.update(Action::ReorderUp);
    assert_eq!(column_numbers(&app, Status::Todo)[..3], [2, 1, 3]);
    assert_eq!(app.board().selected_id(), Some(second));
    app.update(Action::ReorderUp);
    assert_eq!(
        app.message().unwrap().level,
        Level::Info,
        "already at the top"
    );
    press(&mut app, [Action::ReorderDown, Action::ReorderDown]);
    assert_eq!(column_numbers(&app, Status::Todo)[..3], [1, 3, 2]);
    assert_eq!(app.board().selected_id(), Some(second));
    // The order is the store's.
    let stored: Vec<u32> = app
        .store()
        .cards(app.plan().id)
        .unwrap()
        .iter()
        .map(|c| c.number)
        .take(3)
        .collect();
    assert_eq!(stored, [1, 3, 2]);
}

#[test]
fn office_filter_keeps_selection_by_id() {
    let mut app = app();
    // Item 3 involves 基教处; select it, then filter.
    press(&mut app, [Action::Down, Action::Down]);
    let three = selected(&app).unwrap().id;
    assert_eq!(selected(&app).unwrap().number, 3);
    app.update(Action::OfficePicker);
    type_text(&mut app, "jjc");
    let Some(Modal::Picker(p)) = app.modal() else {
        panic!("picker open")
    };
    assert_eq!(p.selected(), Some("基教处"));
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    assert_eq!(app.office().unwrap().name, "基教处");
    assert_eq!(app.board().selected_id(), Some(three));
    let shown = app.board().column_len(0);
    let expected = app.store().office_item_ids("基教处", false).unwrap();
    assert_eq!(shown, expected.len());
    // Clearing keeps it too.
    app.update(Action::ClearOffice);
    assert!(app.office().is_none());
    assert_eq!(app.board().selected_id(), Some(three));
    assert_eq!(app.board().column_len(0), 34);
}

#[test]
fn lead_only_toggle_in_the_picker() {
    let mut app = app();
    app.update(Action::OfficePicker);
    type_text(&mut app, "基教处");
    press(&mut app, [Action::ToggleLeadOnly, Action::Confirm]);
    let office = app.office().unwrap();
    assert!(office.lead_only);
    let lead = app.store().office_item_ids("基教处", true).unwrap();
    assert_eq!(app.board().column_len(0), lead.len());
    assert!(lead.len() < 13);
}

#[test]
fn opens_filtered_from_options() {
    let app = app_on(
        seeded_store("tester"),
        BoardOptions {
            office: Some("基教处".into()),
            lead_only: true,
            ..Default::default()
        },
    );
    let lead = app.store().office_item_ids("基教处", true).unwrap();
    assert_eq!(app.board().column_len(0), lead.len());
    assert!(lead.contains(&app.board().selected_id().unwrap()));
}

#[test]
fn search_narrows_live_and_esc_clears() {
    let mut app = app();
    app.update(Action::Search);
    assert_eq!(app.context(), Context::Search);
    type_text(&mut app, "安全");
    let hits = app.board().column_len(0);
    assert!(hits > 0 && hits < 34, "{hits}");
    for c in app.board().visible(0) {
        let text = app.store().search_texts(app.plan().id).unwrap();
        let t = &text.iter().find(|(id, _)| *id == c.id).unwrap().1;
        assert!(t.contains("安全"));
    }
    // Enter keeps the filter; Esc on the board clears it.
    app.update(Action::Confirm);
    assert_eq!(app.context(), Context::Board);
    assert_eq!(app.board().column_len(0), hits);
    app.update(Action::Back);
    assert_eq!(app.board().column_len(0), 34);
    assert!(!app.should_quit(), "Esc never quits");
}

#[test]
fn search_by_pinyin_initials_and_notes() {
    let mut app = app();
    // A note's text is searchable.
    press(
        &mut app,
        [Action::Down, Action::Down, Action::Down, Action::AddNote],
    );
    type_text(&mut app, "独角兽");
    app.update(Action::Confirm);
    app.update(Action::Search);
    type_text(&mut app, "独角兽");
    assert_eq!(app.board().column_len(0), 1);
    assert_eq!(selected(&app).unwrap().number, 4);
    app.update(Action::Back);
    assert_eq!(app.board().column_len(0), 34);
    // 高考综合改革 by its initials.
    app.update(Action::Search);
    type_text(&mut app, "gkzhgg");
    let numbers: Vec<u32> = app.board().visible(0).map(|c| c.number).collect();
    assert_eq!(numbers, [29]);
}

#[test]
fn jump_selects_by_number_and_clears_hiding_filters() {
    let mut app = app();
    app.update(Action::Jump);
    type_text(&mut app, "2x0");
    app.update(Action::Confirm);
    assert_eq!(selected(&app).unwrap().number, 20);
    // Hidden by a search: the filters go.
    app.update(Action::Search);
    type_text(&mut app, "安全");
    app.update(Action::Confirm);
    app.update(Action::Jump);
    type_text(&mut app, "1");
    app.update(Action::Confirm);
    assert_eq!(selected(&app).unwrap().number, 1);
    assert_eq!(app.search().query(), "");
    app.update(Action::Jump);
    type_text(&mut app, "999");
    app.update(Action::Confirm);
    assert_eq!(app.message().unwrap().level, Level::Warn);
    assert_eq!(selected(&app).unwrap().number, 1);
}

#[test]
fn add_note_lands_in_store() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    app.update(Action::AddNote);
    type_text(&mut app, "第一行");
    app.update(Action::Newline);
    type_text(&mut app, "第二行x");
    app.update(Action::DeleteBack);
    app.update(Action::Confirm);
    assert!(app.modal().is_none());
    let notes = app.store().item(id).unwrap().notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "第一行\n第二行");
    assert_eq!(notes[0].author, "tester");
    assert_eq!(selected(&app).unwrap().notes, 1);
}

#[test]
fn esc_cancels_the_editor_without_saving_after_asking() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    app.update(Action::AddNote);
    type_text(&mut app, "不要保存");
    app.update(Action::Back);
    // Text was typed: Esc asks first, and "no" goes back to it.
    assert_eq!(app.context(), Context::Confirm);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("放弃已输入的批注"), "{shown}");
    app.update(Action::No);
    let Some(Modal::Editor(editor)) = app.modal() else {
        panic!("back in the editor")
    };
    assert_eq!(editor.text(), "不要保存");
    press(&mut app, [Action::Back, Action::Yes]);
    assert!(app.modal().is_none());
    assert!(app.store().item(id).unwrap().notes.is_empty());
    // An empty editor closes at once.
    press(&mut app, [Action::AddNote, Action::Back]);
    assert!(app.modal().is_none());
}

#[test]
fn one_line_prompts_edit_in_place() {
    let mut app = app();
    // Search: type, go left, fix a letter, Ctrl-W, Ctrl-U.
    app.update(Action::Search);
    type_text(&mut app, "学前教育");
    press(
        &mut app,
        [Action::CursorLeft, Action::CursorLeft, Action::DeleteBack],
    );
    assert_eq!(app.search().query(), "学教育");
    press(&mut app, [Action::LineStart, Action::DeleteForward]);
    assert_eq!(app.search().query(), "教育");
    press(&mut app, [Action::LineEnd]);
    type_text(&mut app, " 督办");
    app.update(Action::DeleteWord);
    assert_eq!(app.search().query(), "教育 ");
    app.update(Action::ClearLine);
    assert_eq!(app.search().query(), "");
    app.update(Action::Back);
    // Jump: digits only, editable.
    app.update(Action::Jump);
    type_text(&mut app, "3x1");
    press(&mut app, [Action::CursorLeft, Action::DeleteBack]);
    type_text(&mut app, "2");
    app.update(Action::Confirm);
    assert_eq!(selected(&app).unwrap().number, 21);
    // Picker: the query edits the same way.
    app.update(Action::OfficePicker);
    type_text(&mut app, "jjcx");
    press(
        &mut app,
        [Action::DeleteBack, Action::LineStart, Action::ClearLine],
    );
    let Some(Modal::Picker(p)) = app.modal() else {
        panic!("picker open")
    };
    assert_eq!(p.query(), "jjc");
    app.update(Action::DeleteWord);
    let Some(Modal::Picker(p)) = app.modal() else {
        panic!("picker open")
    };
    assert_eq!(p.query(), "jjc", "nothing before the cursor");
    press(&mut app, [Action::LineEnd, Action::DeleteWord]);
    let Some(Modal::Picker(p)) = app.modal() else {
        panic!("picker open")
    };
    assert_eq!(p.query(), "");
}

#[test]
fn prompt_keys_are_bound_in_every_one_line_prompt() {
    let app = app();
    for ctx in [
        Context::Search,
        Context::Jump,
        Context::Date,
        Context::Picker,
    ] {
        for a in [
            Action::CursorLeft,
            Action::CursorRight,
            Action::LineStart,
            Action::LineEnd,
            Action::ClearLine,
            Action::DeleteWord,
        ] {
            assert!(
                app.keymap().first_key(ctx, &a).is_some(),
                "{a:?} in {ctx:?}"
            );
        }
    }
}

#[test]
fn toggle_measure_in_detail() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    press(&mut app, [Action::Open, Action::Down, Action::Toggle]);
    let item = app.store().item(id).unwrap();
    assert!(!item.measures[0].done);
    assert!(item.measures[1].done);
    assert_eq!(selected(&app).unwrap().measures_done, 1);
    assert!(app.detail().unwrap().record.measures[1].done);
    app.update(Action::Toggle);
    assert!(!app.store().item(id).unwrap().measures[1].done);
    app.update(Action::Back);
    assert!(app.detail().is_none());
    assert_eq!(app.board().selected_id(), Some(id));
}

#[test]
fn edit_and_delete_own_note_in_detail() {
    let mut app = app();
    let id = selected(&app).unwrap().id;
    app.update(Action::AddNote);
    type_text(&mut app, "初稿");
    press(
        &mut app,
        [
            Action::Confirm,
            Action::Open,
            Action::Last,
            Action::EditNote,
        ],
    );
    assert_eq!(app.context(), Context::Editor);
    type_text(&mut app, "改");
    app.update(Action::Confirm);
    assert_eq!(app.store().item(id).unwrap().notes[0].text, "初稿改");
    app.update(Action::DeleteNote);
    assert_eq!(app.context(), Context::Confirm);
    app.update(Action::No);
    assert_eq!(app.store().item(id).unwrap().notes.len(), 1);
    press(&mut app, [Action::DeleteNote, Action::Yes]);
    assert!(app.store().item(id).unwrap().notes.is_empty());
}

#[test]
fn others_notes_cannot_be_edited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut other = Store::open(&path, "alice").unwrap();
    seed(&mut other);
    let id = other.item_id(other.plan(None).unwrap().id, 1).unwrap();
    other.add_note(id, "alice 的批注").unwrap();
    let mut app = app_on(Store::open(&path, "bob").unwrap(), BoardOptions::default());
    press(&mut app, [Action::Open, Action::Last, Action::EditNote]);
    assert_eq!(app.context(), Context::Detail);
    assert_eq!(app.message().unwrap().level, Level::Warn);
    app.update(Action::DeleteNote);
    assert_eq!(app.context(), Context::Detail);
    assert_eq!(app.store().item(id).unwrap().notes.len(), 1);
}

#[test]
fn stale_move_is_refused_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut other = Store::open(&path, "alice").unwrap();
    seed(&mut other);
    let mut app = app_on(Store::open(&path, "bob").unwrap(), BoardOptions::default());
    let id = selected(&app).unwrap().id;
    // Alice moves it after bob's board loaded it.
    assert!(matches!(
        other.move_item(id, Status::Blocked, None).unwrap(),
        MoveOutcome::Moved { .. }
    ));
    app.update(Action::MoveNext);
    let msg = app.message().unwrap();
    assert_eq!(msg.level, Level::Warn);
    assert!(msg.text.contains("alice"), "{}", msg.text);
    assert!(msg.text.contains("受阻"), "{}", msg.text);
    // Nothing was written over alice's change, and the board shows it now.
    assert_eq!(stored_status(&app, id), Status::Blocked);
    assert_eq!(app.board().card(id).unwrap().status, Status::Blocked);
    assert_eq!(app.board().selected_id(), Some(id));
    // Repeating works on the fresh version.
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, id), Status::Done);
}

#[test]
fn live_refresh_keeps_selection_and_open_detail() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut other = Store::open(&path, "alice").unwrap();
    seed(&mut other);
    let mut app = app_on(Store::open(&path, "bob").unwrap(), BoardOptions::default());
    press(&mut app, [Action::Down, Action::Down, Action::Open]);
    let id = app.detail().unwrap().id();
    assert!(!app.poll_data(), "nothing changed yet");
    other.add_note(id, "远程批注").unwrap();
    other.move_item(id, Status::Doing, None).unwrap();
    assert!(app.poll_data());
    assert_eq!(app.detail().unwrap().record.notes[0].text, "远程批注");
    assert_eq!(app.board().selected_id(), Some(id));
    assert_eq!(app.board().column(), Status::Doing.index());
    assert!(!app.poll_data());
}

#[test]
fn quit_only_from_q() {
    let mut app = app();
    press(&mut app, [Action::Open, Action::Back, Action::Back]);
    assert!(!app.should_quit());
    app.update(Action::Help);
    app.update(Action::Quit);
    assert!(!app.should_quit(), "q closes help first");
    app.update(Action::Quit);
    assert!(app.should_quit());
}

#[test]
fn keys_reach_actions_through_the_keymap() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = app();
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    app.handle_key(&key('j'));
    assert_eq!(selected(&app).unwrap().number, 2);
    app.handle_key(&KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT));
    assert_eq!(app.board().column(), 1);
    app.handle_key(&key('a'));
    for c in "q进度".chars() {
        app.handle_key(&key(c));
    }
    app.handle_key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert!(!app.should_quit(), "q typed in the editor is text");
    assert_eq!(selected(&app).unwrap().notes, 1);
    app.handle_key(&key('q'));
    assert!(app.should_quit());
}

#[test]
fn bad_user_keymap_is_a_footer_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("keymap.toml"),
        "[board]\nquit = [\"x\"]\nbogus = [\"y\"]\n",
    )
    .unwrap();
    let app = app_on(
        seeded_store("tester"),
        BoardOptions {
            config_dir: Some(dir.path().to_path_buf()),
            ..Default::default()
        },
    );
    assert_eq!(app.message().unwrap().level, Level::Warn);
    assert!(app.message().unwrap().text.contains("bogus"));
    let term = render(&mut { app }, 80, 24);
    assert!(screen(&term).lines().last().unwrap().contains("bogus"));
}

#[test]
fn editor_cursor_is_placed_by_display_width() {
    let mut app = app();
    app.update(Action::AddNote);
    type_text(&mut app, "进度ab");
    let mut term = render(&mut app, 80, 24);
    let end = term.get_cursor_position().unwrap();
    app.update(Action::CursorLeft);
    app.update(Action::CursorLeft);
    app.update(Action::CursorLeft);
    let mut term2 = render(&mut app, 80, 24);
    let mid = term2.get_cursor_position().unwrap();
    // 进度ab is 6 columns; three steps back land after 进, 2 columns from the start.
    assert_eq!(end.y, mid.y);
    assert_eq!(end.x - mid.x, 4);
    let _ = (&mut term, &mut term2);
}

#[test]
fn presence_of_other_boards_shows_on_the_footer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut other = Store::open(&path, "alice").unwrap();
    seed(&mut other);
    other.set_fixed_now(None);
    let mut bob = Store::open(&path, "bob").unwrap();
    bob.set_fixed_now(None);
    let mut app = app_on(bob, BoardOptions::default());
    app.join_presence();
    assert!(app.others_present().is_empty());
    let session = other.join_presence().unwrap();
    assert!(app.poll_data(), "a new board is news");
    assert_eq!(app.others_present(), ["alice".to_string()]);
    let term = render(&mut app, 80, 24);
    let shown = screen(&term);
    let footer = shown.lines().last().unwrap();
    assert!(footer.contains("alice"), "{shown}");
    assert!(!shown.lines().next().unwrap().contains("alice"));
    // A heartbeat alone does not reload the cards but keeps alice listed.
    other.heartbeat(&session).unwrap();
    assert!(!app.poll_data());
    other.leave_presence(&session).unwrap();
    assert!(app.poll_data());
    assert!(app.others_present().is_empty());
    app.leave_presence();
}

#[test]
fn no_color_draws_without_colours_and_marks_selection_by_reverse() {
    use duban::tui::theme::Theme;
    use ratatui::style::{Color, Modifier};
    for (theme, coloured) in [
        (Theme::from_vars(Some("1"), None, None), false),
        (Theme::from_vars(None, Some("dark"), None), true),
    ] {
        let mut app = app();
        app.set_theme(theme);
        let term = render(&mut app, 80, 24);
        let buf = term.backend().buffer();
        let any_colour = buf
            .content()
            .iter()
            .any(|c| c.fg != Color::Reset || c.bg != Color::Reset);
        assert_eq!(any_colour, coloured);
        // The selected card's first cell (after the border) stands out either way.
        let cell = &buf[(1, 2)];
        assert_eq!(cell.symbol(), ">");
        if !coloured {
            assert!(cell.modifier.contains(Modifier::REVERSED));
        } else {
            assert_ne!(cell.bg, Color::Reset);
        }
    }
}

#[test]
fn hostile_text_is_sanitized_everywhere_it_shows() {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 1).unwrap();
    store.add_note(id, "a\x1b[2Jb\u{202e}c\u{9b}d").unwrap();
    let mut app = app_on(store, BoardOptions::default());
    app.update(Action::Open);
    let term = render(&mut app, 120, 40);
    let shown = screen(&term);
    // The store drops the controls; the view's sanitizer is the second line of defence.
    assert!(shown.contains("a[2Jbcd"), "{shown}");
    for bad in ['\x1b', '\u{202e}', '\u{9b}'] {
        assert!(!shown.contains(bad));
    }
}

#[test]
fn detail_shows_indicators_and_due_light() {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, 14).unwrap();
    store.set_indicator_actual(id, 2, 60.0).unwrap();
    let mut app = app_on(store, BoardOptions::default());
    app.update(Action::Jump);
    type_text(&mut app, "14");
    press(&mut app, [Action::Confirm, Action::Open]);
    let term = render(&mut app, 120, 40);
    let shown = screen(&term);
    assert!(shown.contains("指标"), "{shown}");
    assert!(
        shown.contains("[  ] 1. 增加公办幼儿园学位25万个：未填报 / >= 25万个"),
        "{shown}"
    );
    assert!(
        shown.contains("[!!] 2. 普惠性幼儿园覆盖率达到80%：60% / >= 80%"),
        "{shown}"
    );
    assert!(shown.contains("期限：2020-12-31【正常】"), "{shown}");
}

#[test]
fn too_small_terminal_takes_no_key_but_quit() {
    let mut app = app();
    app.resize(40, 12);
    let first = selected(&app).unwrap().clone();
    press(
        &mut app,
        [Action::First, Action::MoveNext, Action::MoveNext],
    );
    press(
        &mut app,
        [Action::OfficePicker, Action::Search, Action::Open],
    );
    assert_eq!(stored_status(&app, first.id), Status::Todo);
    assert!(app.modal().is_none() && app.detail().is_none());
    app.resize(80, 24);
    app.resize(59, 30);
    app.update(Action::MoveNext);
    assert_eq!(stored_status(&app, first.id), Status::Todo);
    app.update(Action::Quit);
    assert!(app.should_quit());
}

#[test]
fn y_copies_the_card_as_one_line_and_says_so() {
    let mut app = app();
    press(&mut app, [Action::Down]);
    app.update(Action::Copy);
    let line = app.take_clipboard().expect("something to copy");
    let card = selected(&app).unwrap().clone();
    assert_eq!(
        line,
        format!(
            "#2 {} · {} · 未启动 · 期限2020-12-31",
            card.title,
            card.lead_office.unwrap()
        )
    );
    assert!(app.take_clipboard().is_none(), "sent once");
    let msg = app.message().unwrap();
    assert_eq!(msg.level, Level::Info);
    // A terminal duban does not know: sent, not claimed as copied.
    assert!(msg.text.starts_with("已发送到终端剪贴板"), "{}", msg.text);
    // From the detail too.
    press(&mut app, [Action::Open, Action::Copy]);
    assert!(app.take_clipboard().unwrap().starts_with("#2 "));
}

mod mouse;

#[test]
fn external_editor_hands_the_text_out_and_takes_back_what_was_saved() {
    use duban::tui::external::Edited;
    let mut app = app();
    let id = selected(&app).unwrap().id;
    app.update(Action::AddNote);
    type_text(&mut app, "草稿");
    app.update(Action::ExternalEditor);
    assert_eq!(app.take_external_edit().as_deref(), Some("草稿"));
    app.external_edit_done(Ok(Edited::Saved("第一行\n第二行".into())));
    let Some(Modal::Editor(editor)) = app.modal() else {
        panic!("the editor stays open")
    };
    assert_eq!(editor.text(), "第一行\n第二行");
    // A failed editor leaves the text alone and says so.
    app.update(Action::ExternalEditor);
    app.take_external_edit();
    app.external_edit_done(Ok(Edited::Failed("exit status: 1".into())));
    assert_eq!(app.message().unwrap().level, Level::Warn);
    app.update(Action::Confirm);
    assert_eq!(
        app.store().item(id).unwrap().notes[0].text,
        "第一行\n第二行"
    );
    // From the detail, `E` on no note starts a new one in the editor.
    press(&mut app, [Action::Open, Action::ExternalEditor]);
    assert_eq!(app.take_external_edit().as_deref(), Some(""));
    assert_eq!(app.context(), Context::Editor);
}

#[test]
fn search_finds_full_pinyin_and_says_where_a_card_matched() {
    let mut app = app();
    app.update(Action::Search);
    type_text(&mut app, "youeryuan");
    let kept: Vec<u32> = app
        .board()
        .cards()
        .iter()
        .filter(|c| app.search().keeps(c.id))
        .map(|c| c.number)
        .collect();
    assert!(kept.contains(&14), "{kept:?}");
    // Item 14's title does not say 幼儿园: its card says the target matched.
    app.update(Action::Confirm);
    app.update(Action::Jump);
    type_text(&mut app, "14");
    app.update(Action::Confirm);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("匹配：目标"), "{shown}");
    // A title match is highlighted, not labelled.
    app.update(Action::Back);
    app.update(Action::Search);
    type_text(&mut app, "puhuixing");
    app.update(Action::Confirm);
    let mut term = render(&mut app, 120, 40);
    let text = screen(&term);
    assert!(text.contains("14 扩大普惠性学前"), "{text}");
    assert!(!text.contains("匹配:"), "{text}");
    let buf = term.backend_mut().buffer().clone();
    let underlined: String = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(ratatui::style::Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect::<String>()
        .replace(' ', "");
    assert_eq!(underlined, "普惠性");
}

#[test]
fn search_says_when_a_card_matched_on_a_measure_or_a_note() {
    let mut app = app();
    app.update(Action::AddNote);
    type_text(&mut app, "约谈了某某县");
    app.update(Action::Confirm);
    app.update(Action::Search);
    type_text(&mut app, "某某县");
    app.update(Action::Confirm);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("匹配：批注"), "{shown}");
    app.update(Action::Back);
    app.update(Action::Search);
    // Only in item 14's measures: 第三期学前教育行动计划.
    type_text(&mut app, "第三期学前");
    app.update(Action::Confirm);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("匹配：措施1"), "{shown}");
}

#[test]
fn picker_shows_an_alias_beside_its_office() {
    let mut app = app();
    app.update(Action::OfficePicker);
    type_text(&mut app, "基础");
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("> 基教处（基础教育处）"), "{shown}");
    app.update(Action::Confirm);
    assert_eq!(app.office().unwrap().name, "基教处");
}

#[test]
fn history_is_one_key_away_and_a_tick_names_its_measure() {
    let mut app = app();
    press(
        &mut app,
        [Action::Open, Action::Down, Action::Down, Action::Toggle],
    );
    app.update(Action::ToggleHistory);
    assert!(app.detail().unwrap().is_history_view());
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("勾选措施3"), "{shown}");
    // The record is one key back, with the focus where it was.
    app.update(Action::ToggleHistory);
    let shown = screen(&render(&mut app, 80, 24));
    assert!(shown.contains("[x] 3."), "{shown}");
    // The help lists the key.
    app.update(Action::Help);
    let shown = screen(&render(&mut app, 120, 40));
    assert!(shown.contains("切换 详情/变更记录"), "{shown}");
}

#[test]
fn a_line_break_in_a_note_starts_at_the_margin() {
    let mut app = app();
    app.update(Action::AddNote);
    type_text(&mut app, "第一段");
    app.update(Action::Newline);
    type_text(&mut app, "第二段");
    press(&mut app, [Action::Confirm, Action::Open, Action::Last]);
    let shown = screen(&render(&mut app, 80, 24));
    let line = shown.lines().find(|l| l.contains("第二段")).unwrap();
    assert!(line.starts_with("│   第二段"), "{line:?}");
}
