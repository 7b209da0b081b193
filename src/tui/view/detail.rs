//! The detail of one item, scrolled, with the focused measure or note marked.

use super::layout;
use crate::text;
use crate::tui::app::App;
use crate::tui::state::detail::{DetailState, RowKind};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding};

pub fn draw(app: &App, d: &DetailState, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let (w, h) = layout::detail_viewport(body.width, body.height + 2);
    let rows = d.rows(app.lang(), app.time_zone(), w);
    let title = format!(" #{} ", d.record.number);
    let more = if rows.len() > h {
        format!(
            " {}-{}/{} ",
            d.scroll() + 1,
            (d.scroll() + h).min(rows.len()),
            rows.len()
        )
    } else {
        String::new()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .padding(Padding::horizontal(1))
        .title(Span::styled(title, theme.title))
        .title_bottom(Line::styled(more, theme.dim).right_aligned());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let scroll = d.scroll().min(rows.len().saturating_sub(h));
    let mut marked = false;
    for (i, row) in rows
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let style = match row.kind {
            RowKind::Title => theme.header,
            RowKind::Heading => theme.title.patch(theme.accent),
            RowKind::Body | RowKind::Note | RowKind::Blank => theme.text,
            RowKind::Measure { done: true } => theme.bar_done,
            RowKind::Measure { done: false } => theme.text,
            RowKind::Indicator { met: Some(true) } => theme.bar_done,
            RowKind::Indicator { met: Some(false) } => theme.error,
            RowKind::Indicator { met: None } => theme.dim,
            RowKind::Meta => theme.dim,
        };
        let (gutter, style) = if row.focused {
            let g = if marked { "  " } else { "> " };
            marked = true;
            (g, theme.selected)
        } else {
            ("  ", style)
        };
        let text = text::fit(&row.text, w);
        let line = Line::from(vec![Span::styled(gutter, style), Span::styled(text, style)]);
        let y = inner.y + i as u16;
        frame.render_widget(line, Rect::new(inner.x, y, inner.width, 1));
    }
}
