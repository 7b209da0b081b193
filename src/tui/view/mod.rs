//! Drawing: pure functions from `&App` to a frame. Nothing here changes state.

mod bars;
pub mod board;
mod changes;
mod detail;
mod form;
pub mod layout;
pub mod overview;
mod plans;
pub mod popups;
mod progress;

use super::app::{App, Modal, Screen};
use crate::text;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// Draws the whole screen for the app's current state.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.is_empty() {
        return;
    }
    if layout::too_small(area.width, area.height) {
        too_small(app, frame, area);
        return;
    }
    let [header, body, footer] = layout::split(area);
    bars::header(app, frame, header);
    match (app.detail(), app.screen()) {
        (Some(d), _) => detail::draw(app, d, frame, body),
        (None, Some(Screen::Overview(o))) => overview::draw(app, o, frame, body),
        (None, Some(Screen::Changes(c))) => changes::draw(app, c, frame, body),
        (None, None) => board::draw(app, frame, body),
    }
    bars::footer(app, frame, footer);
    draw_modal(app, frame, body);
}

/// Draws the pop-up that has the keyboard, if any, over whatever `frame` holds.
pub fn draw_modal(app: &App, frame: &mut Frame, body: Rect) {
    match app.modal() {
        Some(Modal::Help { ctx, scroll }) => popups::help(app, *ctx, *scroll, frame, body),
        Some(Modal::Picker(p)) => popups::picker(app, p, frame, body),
        Some(Modal::Editor(e)) => popups::editor(app, e, frame, body),
        Some(Modal::ConfirmDelete(_)) => {
            popups::confirm(app, &app.lang().msg("board-confirm-delete"), frame, body)
        }
        Some(Modal::ConfirmDiscard(_)) => {
            popups::confirm(app, &app.lang().msg("board-confirm-discard"), frame, body)
        }
        Some(Modal::Plans(p)) => plans::draw(app, p, frame, body),
        Some(Modal::Quick) => popups::quick(app, frame, body),
        Some(Modal::Form(f)) | Some(Modal::FormDate { form: f, .. }) => {
            form::draw(app, f, frame, body)
        }
        Some(Modal::FormPicker {
            form: f,
            picker,
            lead,
        }) => {
            form::draw(app, f, frame, body);
            let lang = app.lang();
            let title = if *lead {
                lang.msg("desk-pick-lead")
            } else {
                lang.msg("desk-pick-co")
            };
            popups::picker_titled(app, picker, &title, frame, body)
        }
        Some(Modal::ConfirmDiscardForm(f)) => {
            form::draw(app, f, frame, body);
            popups::confirm(
                app,
                &app.lang().msg("desk-confirm-discard-form"),
                frame,
                body,
            )
        }
        Some(Modal::Ask(ask)) => popups::confirm(app, &app.ask_text(ask), frame, body),
        Some(Modal::Search(_))
        | Some(Modal::Jump(_))
        | Some(Modal::Date { .. })
        | Some(Modal::Prompt(_))
        | None => {}
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    // The size now, the size needed, and the way out (q still quits).
    let msg = crate::t!(
        app.lang(),
        "board-too-small",
        w = area.width,
        h = area.height,
        min_w = layout::MIN_WIDTH.to_string(),
        min_h = layout::MIN_HEIGHT.to_string()
    );
    let lines = text::wrap(&msg, area.width as usize);
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = area.y + top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let w = text::width(line) as u16;
        let x = area.x + area.width.saturating_sub(w) / 2;
        let row = Rect::new(x, y, w.min(area.width), 1);
        frame.render_widget(Line::styled(line.clone(), app.theme().warn), row);
    }
}
