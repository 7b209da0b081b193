//! Pop-ups over the board: help, office picker, note editor, delete confirmation.

use super::layout;
use crate::text;
use crate::tui::action::Context;
use crate::tui::app::App;
use crate::tui::state::editor::{EditTarget, EditorState};
use crate::tui::state::picker::PickerState;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Padding, Widget};

pub(super) fn popup(app: &App, frame: &mut Frame, area: Rect, title: &str) -> Rect {
    let theme = app.theme();
    let title = text::sanitize_line(title);
    let title = text::truncate(&title, area.width.saturating_sub(4) as usize);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .padding(Padding::horizontal(1))
        .title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(area);
    clear(frame.buffer_mut(), area);
    frame.render_widget(block, area);
    inner
}

/// Blanks `area` for a pop-up, including a wide glyph just left of it whose right
/// half spills into the pop-up's left border column. `Clear` leaves that glyph, and
/// the terminal then draws it over the border (the buffer diff skips the cell it
/// covers), so the border vanishes over Chinese text.
pub fn clear(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    Clear.render(area, buf);
    if area.x > buf.area.x {
        for y in area.top()..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if text::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

pub fn help(app: &App, ctx: Context, scroll: usize, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let area = layout::help_area(body);
    let view = match ctx {
        Context::Detail => lang.msg("board-view-detail"),
        Context::Overview => lang.msg("board-view-overview"),
        Context::Changes => lang.msg("board-view-changes"),
        _ => lang.msg("board-view-board"),
    };
    let title = crate::t!(lang, "board-help-title", view = view);
    let mut inner = popup(app, frame, area, &title);
    // The last row names the database file, so a user can tell which board this is.
    if let Some(path) = app.store().path()
        && inner.height > 2
    {
        inner.height -= 1;
        let line = crate::t!(
            lang,
            "board-help-database",
            path = path.display().to_string()
        );
        let clean = text::sanitize_line(&line);
        let line = text::truncate(&clean, inner.width as usize);
        frame.render_widget(
            Span::styled(line.to_string(), theme.dim),
            Rect::new(inner.x, inner.bottom(), inner.width, 1),
        );
    }
    let rows = help_rows(app, ctx);
    let total = rows.len();
    let rows_shown = inner.height as usize;
    if total > rows_shown && area.height > 1 {
        let last = (scroll + rows_shown).min(total);
        let mark = format!(" {}-{last}/{total} ", scroll + 1);
        let w = text::width(&mark) as u16;
        if area.width > w + 2 {
            frame.buffer_mut().set_string(
                area.right() - w - 1,
                area.bottom() - 1,
                mark,
                app.theme().dim,
            );
        }
    }
    let key_w = rows
        .iter()
        .map(|(k, _)| text::width(k))
        .max()
        .unwrap_or(0)
        .min(inner.width as usize / 2);
    for (i, (keys, label)) in rows
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        // A label too long for a narrow terminal ends in … rather than mid-word.
        let room = (inner.width as usize).saturating_sub(key_w + 2);
        let line = Line::from(vec![
            Span::styled(text::fit(keys, key_w), theme.key),
            Span::raw("  "),
            Span::styled(text::truncate(label, room).into_owned(), theme.text),
        ]);
        frame.render_widget(line, Rect::new(inner.x, inner.y + i as u16, inner.width, 1));
    }
}

/// The help screen's rows for `ctx`: each binding's keys and what it does. The
/// board's also list the quick filters, as `f o`, after the key that opens them.
pub fn help_rows(app: &App, ctx: Context) -> Vec<(String, String)> {
    use crate::tui::action::Action;
    let km = app.keymap();
    let lang = app.lang();
    let mut rows: Vec<(String, String)> = km
        .bindings(ctx)
        .map(|(a, _)| {
            (
                km.keys_label(ctx, a).unwrap_or_default(),
                lang.action(ctx, a),
            )
        })
        .collect();
    if ctx == Context::Board
        && let Some(f) = km.first_key(Context::Board, &Action::QuickFilter)
    {
        rows.extend(
            km.bindings(Context::Quick)
                .filter(|(a, _)| **a != Action::Back)
                .map(|(a, _)| {
                    let keys = km.keys_label(Context::Quick, a).unwrap_or_default();
                    (format!("{f} {keys}"), lang.action(Context::Quick, a))
                }),
        );
    }
    rows
}

pub fn picker(app: &App, p: &PickerState, frame: &mut Frame, body: Rect) {
    let lang = app.lang();
    let hint = if p.lead_only {
        lang.msg("board-picker-hint-lead")
    } else {
        lang.msg("board-picker-hint-all")
    };
    picker_with(app, p, &lang.msg("board-picker-title"), &hint, frame, body);
}

/// The office picker opened from a form: its own title, no lead-only switch.
pub fn picker_titled(app: &App, p: &PickerState, title: &str, frame: &mut Frame, body: Rect) {
    picker_with(app, p, title, "", frame, body);
}

fn picker_with(app: &App, p: &PickerState, title: &str, hint: &str, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let h = (p.matches().len() as u16 + 5)
        .min(body.height.saturating_sub(2))
        .max(6);
    let area = layout::centered(body, 48, h);
    let inner = popup(app, frame, area, title);
    if inner.height < 3 {
        return;
    }
    let w = inner.width as usize;
    // Input line with the cursor at its end.
    let query = text::sanitize_line(p.query());
    let prompt = lang.msg("board-picker-prompt");
    let prompt = prompt.as_str();
    let shown = text::truncate(&query, w.saturating_sub(3));
    frame.render_widget(
        Line::from(vec![
            Span::styled(prompt, theme.key),
            Span::styled(shown.clone().into_owned(), theme.input),
        ]),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );
    let cx =
        inner.x + (text::width(prompt) + p.line().cursor_col().min(text::width(&shown))) as u16;
    frame.set_cursor_position(Position::new(cx.min(inner.right() - 1), inner.y));
    frame.render_widget(
        Line::styled(hint, theme.dim),
        Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
    );
    let list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 2);
    if p.matches().len() == 0 {
        frame.render_widget(Line::styled(lang.msg("board-picker-none"), theme.dim), list);
        return;
    }
    let rows = list.height as usize;
    let sel = p.selected_index();
    let q = p.normalized_query();
    let top = sel.map_or(0, |i| (i + 1).saturating_sub(rows));
    for (i, e) in p.matches().enumerate().skip(top).take(rows) {
        let selected = sel == Some(i);
        let count = if p.lead_only { e.lead } else { e.items };
        let count = crate::t!(lang, "board-item-count", n = count);
        let mark = if selected { "> " } else { "  " };
        let count_w = 8;
        let name_w = w.saturating_sub(2 + count_w);
        // Found by an alias: the office's name, with the alias beside it.
        let name = match e.matched_alias(&q) {
            Some(alias) => crate::t!(
                lang,
                "board-with-aside",
                name = e.name.as_str(),
                aside = alias
            ),
            None => e.name.clone(),
        };
        let name = text::fit(&text::sanitize_line(&name), name_w);
        let line = format!("{mark}{name}{}", text::fit_right(&count, count_w));
        let style = if selected { theme.selected } else { theme.text };
        let y = list.y + (i - top) as u16;
        frame.render_widget(
            Line::styled(line, style),
            Rect::new(list.x, y, list.width, 1),
        );
    }
}

pub fn editor(app: &App, e: &EditorState, frame: &mut Frame, body: Rect) {
    let lang = app.lang();
    let item = e.target.item();
    let what = match e.target {
        EditTarget::NewNote(_) => lang.msg("board-editor-new"),
        EditTarget::EditNote { .. } => lang.msg("board-editor-edit"),
        // A report names the period it is for.
        EditTarget::Report(_) => {
            crate::t!(
                lang,
                "sv-editor-report",
                period = app.supervision().period.as_str()
            )
        }
        EditTarget::Close { .. } => lang.msg("sv-editor-close"),
        EditTarget::Reopen(_) => lang.msg("sv-editor-reopen"),
        // A reply quotes the urge it answers (the latest, when there are several).
        EditTarget::Reply(_) => {
            let number = app.board().card(item).map(|c| c.number);
            let urge = app
                .supervision()
                .my_urges()
                .iter()
                .rev()
                .find(|u| Some(u.number) == number)
                .map(|u| crate::text::sanitize_line(&u.text).into_owned())
                .unwrap_or_default();
            crate::t!(lang, "sv-editor-reply", text = urge)
        }
        EditTarget::Urge(_) => {
            let n = app.board().card(item).map_or(0, |c| c.number);
            crate::t!(lang, "desk-editor-urge", n = n)
        }
        EditTarget::Target(_) => lang.msg("desk-editor-target"),
        EditTarget::Measure { index, .. } => crate::t!(lang, "desk-editor-measure", m = index + 1),
        EditTarget::NewMeasure { .. } => lang.msg("desk-editor-new-measure"),
        EditTarget::Retire(_) => lang.msg("desk-editor-retire"),
    };
    let title = match app.board().card(item) {
        Some(c) => crate::t!(
            lang,
            "board-editor-title-item",
            what = what,
            n = c.number,
            title = c.title.as_str()
        ),
        None => what,
    };
    let area = layout::centered(body, 72, 10);
    let inner = popup(app, frame, area, &title);
    if inner.is_empty() {
        return;
    }
    let (lines, (row, col)) = e.layout(inner.width as usize);
    let top = (row + 1).saturating_sub(inner.height as usize);
    for (i, line) in lines
        .iter()
        .skip(top)
        .take(inner.height as usize)
        .enumerate()
    {
        frame.render_widget(
            Line::styled(line.as_str(), app.theme().text),
            Rect::new(inner.x, inner.y + i as u16, inner.width, 1),
        );
    }
    // The terminal cursor sits where the next character goes, so an IME composes there.
    let x = inner.x + (col as u16).min(inner.width.saturating_sub(1));
    let y = inner.y + (row - top) as u16;
    frame.set_cursor_position(Position::new(x, y));
}

pub fn confirm(app: &App, msg: &str, frame: &mut Frame, body: Rect) {
    let area = layout::centered(body, text::width(msg) as u16 + 6, 3);
    let inner = popup(app, frame, area, "");
    frame.render_widget(Line::styled(msg, app.theme().warn), inner);
}

/// The quick-filter menu: each letter with its filter, the one in force marked.
pub fn quick(app: &App, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let km = app.keymap();
    let current = app.quick().map(|q| &q.kind);
    let rows: Vec<(String, String, bool)> = km
        .bindings(Context::Quick)
        .filter(|(a, _)| !matches!(a, crate::tui::action::Action::Back))
        .map(|(a, _)| {
            let on = match (crate::tui::state::quick::QuickKind::from_action(a), current) {
                (Some(k), Some(c)) => &k == c,
                (None, Some(crate::tui::state::quick::QuickKind::Source(_))) => {
                    *a == crate::tui::action::Action::FilterSource
                }
                _ => false,
            };
            (
                km.keys_label(Context::Quick, a).unwrap_or_default(),
                lang.action(Context::Quick, a),
                on,
            )
        })
        .collect();
    let key_w = rows
        .iter()
        .map(|(k, _, _)| text::width(k))
        .max()
        .unwrap_or(0);
    let label_w = rows
        .iter()
        .map(|(_, l, _)| text::width(l))
        .max()
        .unwrap_or(0);
    let w = (key_w + label_w + 10) as u16;
    let area = layout::centered(body, w.max(24), rows.len() as u16 + 2);
    let inner = popup(app, frame, area, &lang.msg("desk-quick-title"));
    for (i, (keys, label, on)) in rows.iter().take(inner.height as usize).enumerate() {
        let mark = if *on { "* " } else { "  " };
        let style = if *on { theme.selected } else { theme.text };
        let room = (inner.width as usize).saturating_sub(key_w + 4);
        let line = Line::from(vec![
            Span::styled(text::fit(keys, key_w), theme.key),
            Span::raw("  "),
            Span::styled(mark, style),
            Span::styled(text::truncate(label, room).into_owned(), style),
        ]);
        frame.render_widget(line, Rect::new(inner.x, inner.y + i as u16, inner.width, 1));
    }
}
