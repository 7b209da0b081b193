//! Every view draws at any size without panicking, and resizing between sizes is safe.

use crate::tui_support;

use duban::tui::App;
use duban::tui::action::Action;
use tui_support::*;

const SIZES: [(u16, u16); 9] = [
    (0, 0),
    (1, 1),
    (20, 5),
    (79, 23),
    (80, 23),
    (79, 24),
    (80, 24),
    (133, 41),
    (500, 200),
];

/// Apps in every view: board, detail, picker, search, jump, help, editor, confirm,
/// overview, changes, deadline prompt.
fn apps() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let plain = |actions: &[Action], text: &str| {
        let mut a = app();
        press(&mut a, actions.iter().cloned());
        type_text(&mut a, text);
        a
    };
    out.push(("board", plain(&[], "")));
    out.push(("detail", plain(&[Action::Open, Action::Last], "")));
    out.push(("picker", plain(&[Action::OfficePicker], "ch")));
    out.push(("picker_empty", plain(&[Action::OfficePicker], "zzzz")));
    out.push(("search", plain(&[Action::Search], "教育")));
    out.push(("search_none", plain(&[Action::Search], "无此内容")));
    out.push(("jump", plain(&[Action::Jump], "12")));
    out.push(("help", plain(&[Action::Help], "")));
    out.push(("help_detail", plain(&[Action::Open, Action::Help], "")));
    out.push((
        "editor",
        plain(&[Action::AddNote], &"很长的批注".repeat(40)),
    ));
    let mut confirm = plain(&[Action::AddNote], "删掉我");
    press(
        &mut confirm,
        [
            Action::Confirm,
            Action::Open,
            Action::Last,
            Action::DeleteNote,
        ],
    );
    out.push(("confirm", confirm));
    out.push(("overview", plain(&[Action::Overview, Action::Last], "")));
    out.push((
        "overview_sorted",
        plain(
            &[Action::Overview, Action::SortNext, Action::SortReverse],
            "",
        ),
    ));
    out.push(("changes", plain(&[Action::Changes], "")));
    out.push(("deadline", plain(&[Action::Open, Action::SetDue], "2020-1")));
    out
}

#[test]
fn every_view_draws_at_every_size() {
    for (name, mut app) in apps() {
        for (w, h) in SIZES {
            let term = render(&mut app, w, h);
            let shown = screen(&term);
            if w >= 60 && h >= 16 {
                assert!(
                    !shown.contains("60x16"),
                    "{name} at {w}x{h} drew the too-small message"
                );
            } else if w >= 30 && h >= 3 {
                assert!(shown.contains("60x16"), "{name} at {w}x{h}:\n{shown}");
            }
        }
    }
}

#[test]
fn resizing_back_and_forth_keeps_state() {
    let mut app = app();
    press(&mut app, std::iter::repeat_n(Action::Down, 20));
    let id = app.board().selected_id();
    for (w, h) in SIZES.iter().chain(SIZES.iter().rev()) {
        render(&mut app, *w, *h);
        // Scroll follows the height, the selection does not move.
        assert_eq!(app.board().selected_id(), id);
        let visible: Vec<_> = app.board().visible(0).map(|c| c.id).collect();
        assert!(
            visible.contains(&id.unwrap()),
            "selection off screen at {w}x{h}"
        );
    }
}

#[test]
fn the_selected_card_is_on_screen_after_scrolling() {
    let mut app = app();
    press(&mut app, [Action::Last]);
    let term = render(&mut app, 80, 24);
    let shown = screen(&term);
    assert!(shown.contains(">34 常规工作"), "{shown}");
    assert!(shown.contains("30-34/34"), "{shown}");
}
