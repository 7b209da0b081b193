//! The header (plan and filters) and the footer (input line, message or key hints).

use crate::text;
use crate::tui::action::{Action, Context};
use crate::tui::app::{App, Level, Modal};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

pub fn header(app: &App, frame: &mut Frame, area: Rect) {
    let s = app.lang().strings();
    let theme = app.theme();
    let mut filters = String::new();
    if let Some(o) = app.office() {
        filters.push_str(&format!(" [{}: {}", s.filter_office, o.name));
        if o.lead_only {
            filters.push_str(&format!(" · {}", s.lead_only));
        }
        filters.push(']');
    }
    if !app.search().query().is_empty() {
        filters.push_str(&format!(" [{}: {}]", s.filter_search, app.search().query()));
    }
    let filters = text::sanitize_line(&filters);
    let width = area.width as usize;
    let filters = text::truncate(&filters, width / 2);
    let room = width.saturating_sub(text::width(&filters) + 1);
    let title = text::sanitize_line(&app.plan().title);
    let title = text::truncate(&title, room);
    let line = Line::from(vec![
        Span::styled(format!(" {title}"), theme.header),
        Span::styled(filters.into_owned(), theme.warn),
    ]);
    frame.render_widget(line, area);
}

/// The actions the key-hint bar names, most important first.
fn hints(ctx: Context) -> &'static [Action] {
    match ctx {
        Context::Board => &[
            Action::Help,
            Action::Quit,
            Action::Open,
            Action::MoveNext,
            Action::MovePrev,
            Action::AddNote,
            Action::OfficePicker,
            Action::Search,
            Action::Jump,
            Action::ReorderDown,
        ],
        Context::Detail => &[
            Action::Help,
            Action::Back,
            Action::Toggle,
            Action::AddNote,
            Action::EditNote,
            Action::DeleteNote,
            Action::MoveNext,
            Action::MovePrev,
        ],
        Context::Help => &[Action::Back, Action::Down, Action::Up],
        Context::Picker => &[
            Action::Confirm,
            Action::ToggleLeadOnly,
            Action::Up,
            Action::Down,
            Action::Back,
        ],
        Context::Search | Context::Jump => &[Action::Confirm, Action::Back],
        Context::Editor => &[Action::Confirm, Action::Newline, Action::Back],
        Context::Confirm => &[Action::Yes, Action::No],
    }
}

pub fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let s = app.lang().strings();
    let theme = app.theme();
    let width = area.width as usize;
    let input = match app.modal() {
        Some(Modal::Search) => Some((s.search_prompt, app.search().query())),
        Some(Modal::Jump(digits)) => Some((s.jump_prompt, digits.as_str())),
        _ => None,
    };
    if let Some((prompt, value)) = input {
        let value = text::sanitize_line(value);
        // Keep the end of a long query visible, where the user types.
        let room = width.saturating_sub(text::width(prompt) + 2);
        let shown = tail(&value, room);
        let x = area.x as usize + text::width(prompt) + text::width(&shown) + 1;
        let line = Line::from(vec![
            Span::styled(format!(" {prompt}"), theme.key),
            Span::styled(shown, theme.input),
        ]);
        frame.render_widget(line, area);
        frame.set_cursor_position(Position::new(
            (x as u16).min(area.right().saturating_sub(1)),
            area.y,
        ));
        return;
    }
    if let Some(msg) = app.message() {
        let style = match msg.level {
            Level::Info => theme.accent,
            Level::Warn => theme.warn,
            Level::Error => theme.error,
        };
        let t = text::sanitize_line(&msg.text);
        frame.render_widget(
            Line::styled(
                format!(" {}", text::truncate(&t, width.saturating_sub(1))),
                style,
            ),
            area,
        );
        return;
    }
    let ctx = app.context();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for action in hints(ctx) {
        let Some(key) = app.keymap().first_key(ctx, action) else {
            continue;
        };
        let key = key.to_string();
        let label = app.lang().action(ctx, action);
        let w = text::width(&key) + 1 + text::width(label) + 2;
        if used + w > width {
            break;
        }
        used += w;
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {label}  "), theme.dim));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The last `max` columns of `s`.
fn tail(s: &str, max: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let mut used = 0;
    let mut start = s.len();
    for (i, g) in s.grapheme_indices(true).rev() {
        let w = text::width(g);
        if used + w > max {
            break;
        }
        used += w;
        start = i;
    }
    s[start..].to_string()
}
