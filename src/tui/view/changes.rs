//! The list of changes since the user's last visit: when, who, which item, what.

use crate::text;
use crate::tui::app::App;
use crate::tui::state::changes::ChangesState;
use crate::tui::state::detail::{describe_event, short_time};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

pub fn draw(app: &App, c: &ChangesState, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let tz = app.time_zone();
    // The title says from when the list counts.
    let title = match (&app.since().at, &app.since().opened) {
        (Some(at), _) => crate::t!(lang, "board-changes-title", at = short_time(at, tz)),
        (None, Some(opened)) => crate::t!(
            lang,
            "board-changes-title-opened",
            at = short_time(opened, tz)
        ),
        (None, None) => lang.msg("board-changes-title-first"),
    };
    let title = crate::t!(
        lang,
        "board-title-count",
        title = text::sanitize_line(&title),
        n = c.changes().len()
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    if inner.is_empty() {
        return;
    }
    if c.changes().is_empty() {
        let why = match (&app.since().at, &app.since().opened) {
            (Some(_), _) => lang.msg("board-changes-none"),
            (None, Some(_)) => lang.msg("board-changes-none-opened"),
            (None, None) => lang.msg("board-changes-first-visit"),
        };
        let why = text::truncate(&why, inner.width.saturating_sub(1) as usize);
        frame.render_widget(
            Line::styled(format!(" {why}"), theme.dim),
            Rect::new(inner.x, inner.y, inner.width, 1),
        );
        return;
    }
    let w = inner.width as usize;
    let (actor_w, title_w) = if w >= 110 { (12, 30) } else { (8, 16) };
    let selected = c.selected_index();
    for (i, change) in c
        .changes()
        .iter()
        .enumerate()
        .skip(c.scroll())
        .take(inner.height as usize)
    {
        let is_sel = selected == Some(i);
        let e = &change.event;
        let when = short_time(&e.at, tz);
        // The user's own changes are in the list too, marked as theirs.
        let who = if e.actor == app.store().actor() && e.recorded_by.is_none() {
            lang.msg("board-changes-me")
        } else {
            e.who(lang)
        };
        let who = text::fit(&text::sanitize_line(&who), actor_w);
        let number = text::fit_right(&change.number.to_string(), 3);
        let item_title = text::fit(&text::sanitize_line(&change.title), title_w);
        let head = format!(
            "{}{when}  {who}  {number} {item_title}  ",
            if is_sel { ">" } else { " " }
        );
        let what = text::sanitize_line(&describe_event(lang, e)).into_owned();
        let what = text::truncate(&what, w.saturating_sub(text::width(&head)));
        let (head_style, what_style) = if is_sel {
            (theme.selected, theme.selected)
        } else {
            (theme.dim, theme.text)
        };
        let line = Line::from(vec![
            Span::styled(head, head_style),
            Span::styled(what.into_owned(), what_style),
        ]);
        let y = inner.y + (i - c.scroll()) as u16;
        frame.render_widget(line, Rect::new(inner.x, y, inner.width, 1));
    }
}
