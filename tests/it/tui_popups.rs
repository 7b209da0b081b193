//! Pop-ups draw their whole frame over any background, wide characters included.

use crate::tui_support;

use duban::tui::App;
use duban::tui::action::Action;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use tui_support::*;

const BORDER: &[&str] = &["│", "─", "┌", "┐", "└", "┘"];

/// Fills the screen with `基` starting at column `offset`, then draws the app's pop-up.
/// Returns the frame as drawn, before the terminal diff (which skips a cell covered by
/// the wide glyph to its left, so the backend never shows what went wrong).
fn popup_over_wide(app: &mut App, w: u16, h: u16, offset: u16) -> Buffer {
    app.resize(w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| {
        let area = f.area();
        let buf = f.buffer_mut();
        for y in area.top()..area.bottom() {
            let mut x = offset;
            while x + 1 < area.right() {
                buf.set_string(x, y, "基", ratatui::style::Style::default());
                x += 2;
            }
        }
        let body = Rect::new(0, 1, w, h.saturating_sub(2));
        duban::tui::view::draw_modal(app, f, body);
    })
    .unwrap()
    .buffer
    .clone()
}

/// Every border cell is drawn: no wide glyph to its left spills over it.
fn assert_frame_whole(buf: &Buffer, what: &str) {
    let mut borders = 0;
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            if !BORDER.contains(&buf[(x, y)].symbol()) {
                continue;
            }
            borders += 1;
            if x > 0 {
                let left = buf[(x - 1, y)].symbol();
                assert!(
                    unicode_width::UnicodeWidthStr::width(left) < 2,
                    "{what}: wide {left:?} at ({}, {y}) covers the border",
                    x - 1
                );
            }
        }
    }
    assert!(borders > 0, "{what}: no frame drawn");
}

fn each_size(open: impl Fn(&mut App), what: &str) {
    for w in [60u16, 61, 80, 81, 99, 120, 121, 160] {
        for h in [16u16, 24, 40] {
            for offset in 0..2 {
                let mut app = app();
                open(&mut app);
                let buf = popup_over_wide(&mut app, w, h, offset);
                assert_frame_whole(&buf, &format!("{what} at {w}x{h} offset {offset}"));
            }
        }
    }
}

#[test]
fn help_frame_survives_wide_text_behind() {
    each_size(|a| a.update(Action::Help), "help");
}

#[test]
fn picker_frame_survives_wide_text_behind() {
    each_size(|a| a.update(Action::OfficePicker), "picker");
}

#[test]
fn editor_frame_survives_wide_text_behind() {
    each_size(|a| a.update(Action::AddNote), "editor");
}

#[test]
fn confirm_frame_survives_wide_text_behind() {
    each_size(
        |a| {
            a.update(Action::AddNote);
            type_text(a, "x");
            a.update(Action::Confirm);
            press(a, [Action::Open, Action::Last, Action::DeleteNote]);
        },
        "confirm",
    );
}

/// Zero-width characters never reach the terminal, where they would shift what follows.
#[test]
fn zero_width_chars_never_reach_the_screen() {
    let mut app = app();
    app.update(Action::AddNote);
    type_text(
        &mut app,
        "基\u{200d}教\u{200b}处\u{feff}批\u{2060}注\u{200c}x",
    );
    press(&mut app, [Action::Confirm, Action::Open]);
    for (w, h) in [(80, 24), (120, 40), (60, 16)] {
        app.resize(w, h);
        app.update(Action::Last);
        let term = render(&mut app, w, h);
        let text = screen(&term);
        assert!(text.contains("基教处批注x"), "{text}");
        let buf = term.backend().buffer();
        for cell in buf.content() {
            assert!(
                !cell
                    .symbol()
                    .contains(['\u{200b}', '\u{200c}', '\u{200d}', '\u{feff}', '\u{2060}']),
                "{:?} at {w}x{h}",
                cell.symbol()
            );
        }
        // The detail's right border stands in the last column on every row.
        for y in 1..h - 1 {
            assert!(
                ["│", "┐", "┘"].contains(&buf[(w - 1, y)].symbol()),
                "row {y} at {w}x{h}:\n{text}"
            );
        }
    }
}
