//! The board by mouse: clicks select and open, the wheel scrolls.

use super::*;
use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

fn at(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }
}

fn click(app: &mut App, x: u16, y: u16) {
    app.handle_mouse(&at(MouseEventKind::Down(MouseButton::Left), x, y));
}

#[test]
fn click_selects_a_card_and_focuses_its_column() {
    let mut app = app();
    app.update(Action::MoveNext);
    app.update(Action::ColumnLeft);
    // 80x24: header row 0, the todo column's border row 1, cards of 4 rows (the
    // title takes two) from row 2.
    click(&mut app, 5, 2 + 4 * 2);
    assert_eq!(selected(&app).unwrap().number, 4, "the third card shown");
    assert_eq!(app.board().column(), Status::Todo.index());
    // The doing column is right of the todo column; a click on it focuses it.
    let text = screen(&render(&mut app, 80, 24));
    let x = text.lines().nth(1).unwrap().find("推进中").unwrap();
    let x = unicode_width::UnicodeWidthStr::width(&text.lines().nth(1).unwrap()[..x]) as u16;
    click(&mut app, x + 1, 20);
    assert_eq!(app.board().column(), Status::Doing.index());
    assert!(app.detail().is_none());
}

#[test]
fn double_click_opens_the_card() {
    let mut app = app();
    click(&mut app, 5, 6);
    assert!(app.detail().is_none());
    click(&mut app, 5, 6);
    assert_eq!(app.detail().unwrap().record.number, 2);
}

#[test]
fn wheel_scrolls_the_column_under_the_pointer_and_the_detail() {
    let mut app = app();
    for _ in 0..3 {
        app.handle_mouse(&at(MouseEventKind::ScrollDown, 5, 10));
    }
    assert_eq!(selected(&app).unwrap().number, 4);
    app.handle_mouse(&at(MouseEventKind::ScrollUp, 5, 10));
    assert_eq!(selected(&app).unwrap().number, 3);
    app.update(Action::Open);
    let before = app.detail().unwrap().focus();
    app.handle_mouse(&at(MouseEventKind::ScrollDown, 5, 10));
    assert_ne!(app.detail().unwrap().focus(), before);
}

#[test]
fn clicks_on_a_too_small_terminal_do_nothing() {
    let mut app = app();
    app.resize(40, 10);
    app.handle_mouse(&at(MouseEventKind::ScrollDown, 5, 5));
    app.resize(80, 24);
    assert_eq!(selected(&app).unwrap().number, 1);
}
