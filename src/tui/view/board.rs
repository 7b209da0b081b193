//! The four status columns and their cards. Only the cards on screen are laid out.

use super::layout;
use crate::plan::Status;
use crate::store::Card;
use crate::text;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

pub fn draw(app: &App, frame: &mut Frame, body: Rect) {
    let board = app.board();
    let theme = app.theme();
    let lang = app.lang();
    let card_h = layout::card_height(body.height.saturating_add(2));
    for (col, area) in layout::columns(body).into_iter().enumerate() {
        let status = Status::ALL[col];
        let focused = board.column() == col;
        let title = format!(" {} ({}) ", lang.status(status), board.column_total(col));
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(if focused {
                theme.border_focus
            } else {
                theme.border
            })
            .title(Span::styled(
                title,
                if focused { theme.title } else { theme.text },
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if inner.is_empty() {
            continue;
        }
        if board.column_total(col) == 0 {
            let none = Line::styled(lang.strings().no_cards, theme.dim);
            frame.render_widget(none, Rect::new(inner.x + 1, inner.y, inner.width - 1, 1));
            continue;
        }
        let selected = if focused {
            board.selected_in(col)
        } else {
            None
        };
        let buf = frame.buffer_mut();
        for (i, card) in board.visible(col).enumerate() {
            let y = inner.y + i as u16 * card_h;
            if y + 3 > inner.bottom() {
                break;
            }
            let r = Rect::new(inner.x, y, inner.width, 3);
            draw_card(app, card, selected == Some(card.id), r, buf);
        }
        // Which cards of how many are on screen, when they do not all fit.
        let len = board.column_total(col);
        if len > board.rows() {
            let first = board.scroll(col) + 1;
            let last = (board.scroll(col) + board.rows()).min(len);
            range_mark(frame.buffer_mut(), area, first, last, len, theme.dim);
        }
    }
}

/// ` 7-12/33 ` on the bottom border.
fn range_mark(buf: &mut Buffer, area: Rect, first: usize, last: usize, len: usize, style: Style) {
    let mark = format!(" {first}-{last}/{len} ");
    let w = text::width(&mark) as u16;
    if area.width > w + 2 && area.height > 1 {
        buf.set_string(area.right() - w - 1, area.bottom() - 1, mark, style);
    }
}

fn draw_card(app: &App, card: &Card, selected: bool, r: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let s = app.lang().strings();
    let w = r.width as usize;
    let base = if selected { theme.selected } else { theme.text };
    if selected {
        buf.set_style(r, base);
    }
    let mark = if selected { ">" } else { " " };
    // Changed since the user's last visit: `*` before the number.
    let changed = if app.since().is_changed(card.id) {
        "*"
    } else {
        ""
    };
    // Line 1: number and title.
    let number = format!("{mark}{changed}{} ", card.number);
    let title = text::sanitize_line(&card.title);
    let title = text::fit(&title, w.saturating_sub(text::width(&number)));
    let num_style = if selected { base } else { theme.accent };
    Line::from(vec![
        Span::styled(number, num_style.patch(theme.title)),
        Span::styled(title, base),
    ])
    .render(Rect::new(r.x, r.y, r.width, 1), buf);

    // Line 2: lead office, then measures done/total and a bar.
    let done = card.measures_done.min(card.measures_total);
    let total = card.measures_total;
    let count = format!("{done}/{total}");
    let bar_w = if w >= 24 { 6 } else { 4 };
    let filled = if total == 0 {
        0
    } else {
        (done as usize * bar_w).div_ceil(total as usize)
    };
    let office = card.lead_office.as_deref().unwrap_or(s.no_office);
    let office = text::sanitize_line(office);
    let right_w = count.len() + 1 + bar_w + 2; // "3/5 [###...]"
    let show_bar = w >= right_w + 6;
    let office_w = if show_bar {
        w.saturating_sub(right_w + 2)
    } else {
        w.saturating_sub(1)
    };
    let mut spans = vec![Span::styled(
        format!(" {} ", text::fit(&office, office_w)),
        base,
    )];
    if show_bar {
        let (done_style, todo_style) = if selected {
            (base, base)
        } else {
            (theme.bar_done, theme.bar_todo)
        };
        spans.push(Span::styled(format!("{count} ["), base));
        spans.push(Span::styled("#".repeat(filled), done_style));
        spans.push(Span::styled("-".repeat(bar_w - filled), todo_style));
        spans.push(Span::styled("]", base));
    }
    Line::from(spans).render(Rect::new(r.x, r.y + 1, r.width, 1), buf);

    // Line 3: the supervision marks first (未报, 催, 待销号), then notes, indicators
    // behind target, and deadline, only when there are any.
    let mut spans = vec![Span::raw(" ")];
    for (mark, style) in supervision_marks(app, card) {
        spans.push(Span::styled(
            format!("{mark} "),
            if selected { base } else { style },
        ));
    }
    if card.notes > 0 {
        spans.push(Span::styled(
            format!("{}{} ", s.notes_short, card.notes),
            if selected { base } else { theme.dim },
        ));
    }
    if card.indicators_behind > 0 {
        spans.push(Span::styled(
            format!("{}{} ", s.behind_short, card.indicators_behind),
            if selected { base } else { theme.warn },
        ));
    }
    if let Some(due) = &card.due {
        use crate::plan::deadline::Light;
        // Only a deadline that needs attention is named; otherwise just the date.
        let label = match (card.light, app.lang()) {
            (Some(l @ (Light::Overdue | Light::DueSoon)), crate::tui::Lang::Zh) => l.label_zh(),
            (Some(l @ (Light::Overdue | Light::DueSoon)), crate::tui::Lang::En) => l.label_en(),
            _ => s.deadline,
        };
        let due = text::sanitize_line(due);
        // Narrow columns drop the year: 2020-12-31 -> 12-31.
        let due = match due.get(5..) {
            Some(md) if w < 24 && due.len() == 10 => md,
            _ => &due,
        };
        let used: usize = spans.iter().map(|sp| text::width(&sp.content)).sum();
        let full = format!("{label} {due}");
        // Short of room, an on-track deadline gives up its label before its date.
        let label = if used + text::width(&full) > w && label == s.deadline {
            due.to_string()
        } else {
            full
        };
        let style = match (selected, card.light) {
            (true, _) => base,
            (false, Some(Light::Overdue)) => theme.error,
            (false, Some(Light::DueSoon)) => theme.warn,
            (false, _) => theme.dim,
        };
        spans.push(Span::styled(
            text::truncate(&label, w.saturating_sub(used)).into_owned(),
            style,
        ));
    }
    if spans.len() > 1 {
        Line::from(spans).render(Rect::new(r.x, r.y + 2, r.width, 1), buf);
    }
}

/// A card's supervision marks with their styles: 待销号, 催 (催! when overdue),
/// 未报. Plain text of single- and double-width characters only.
pub fn supervision_marks(app: &App, card: &Card) -> Vec<(&'static str, Style)> {
    let theme = app.theme();
    let sv = app.lang().sv();
    let f = &card.supervision;
    let mut marks = Vec::new();
    if f.awaiting_confirmation {
        marks.push((sv.mark_awaiting, theme.accent.add_modifier(Modifier::BOLD)));
    }
    if f.urges_open > 0 {
        if f.urge_overdue {
            marks.push((sv.mark_urge_overdue, theme.error));
        } else {
            marks.push((sv.mark_urged, theme.warn.add_modifier(Modifier::BOLD)));
        }
    }
    if f.unreported {
        marks.push((sv.mark_unreported, theme.warn));
    }
    marks
}
