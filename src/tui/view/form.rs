//! The item form: one row per field, the current one marked and (when typed in
//! place) holding the terminal cursor; the refusal of the last save under it.

use super::layout;
use super::popups::popup;
use crate::text;
use crate::tui::app::App;
use crate::tui::state::form::{FormField, FormMode, ItemForm};
use crate::tui::state::line::LineEditor;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

pub fn draw(app: &App, f: &ItemForm, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let title = match f.mode {
        FormMode::New => lang.msg("desk-form-new"),
        FormMode::Offices(id) => {
            let n = app.board().card(id).map_or(0, |c| c.number);
            crate::t!(lang, "desk-form-offices", n = n)
        }
    };
    let fields = f.fields();
    // Fields, a blank row, the hint, and the error when there is one.
    let h = fields.len() as u16 + 4 + u16::from(f.error.is_some());
    let area = layout::centered(body, 72, h);
    let inner = popup(app, frame, area, &title);
    if inner.is_empty() {
        return;
    }
    let labels: Vec<String> = fields.iter().map(|x| lang.form_field(*x)).collect();
    let label_w = labels.iter().map(|l| text::width(l)).max().unwrap_or(0);
    let value_w = (inner.width as usize).saturating_sub(label_w + 4);
    let none = lang.msg("desk-field-none");
    for (i, field) in fields.iter().enumerate() {
        if i as u16 >= inner.height {
            return;
        }
        let current = *field == f.field();
        let label = &labels[i];
        let (value, line): (String, Option<&LineEditor>) = match field {
            FormField::Title => (f.title.text().to_string(), Some(&f.title)),
            FormField::Ref => (f.source_ref.text().to_string(), Some(&f.source_ref)),
            FormField::Requirement => (f.requirement.text().to_string(), Some(&f.requirement)),
            FormField::Lead => (f.lead.clone().unwrap_or_else(|| none.clone()), None),
            FormField::Co if f.co.is_empty() => (none.clone(), None),
            FormField::Co => (f.co.join(&lang.msg("board-list-separator")), None),
            FormField::Due => match &f.due {
                Some((typed, date)) if typed == date => (date.clone(), None),
                Some((typed, date)) => (
                    crate::t!(lang, "board-with-aside", name = typed, aside = date),
                    None,
                ),
                None => (none.clone(), None),
            },
            FormField::Source => (
                f.source.map_or_else(
                    || none.clone(),
                    |s| s.label(lang == crate::tui::strings::Lang::En).to_string(),
                ),
                None,
            ),
        };
        let value = text::sanitize_line(&value).into_owned();
        // A long value being typed shows its end, where the cursor is.
        let shown = match line {
            Some(l) if current => tail(&value, value_w, l.cursor_col()),
            _ => text::truncate(&value, value_w).into_owned(),
        };
        let mark = if current { "> " } else { "  " };
        let style = if current { theme.selected } else { theme.text };
        let y = inner.y + i as u16;
        frame.render_widget(
            Line::from(vec![
                Span::styled(mark, theme.key),
                Span::styled(text::fit(label, label_w), theme.key),
                Span::raw("  "),
                Span::styled(shown.clone(), style),
            ]),
            Rect::new(inner.x, y, inner.width, 1),
        );
        if current && let Some(l) = line {
            let hidden = text::width(&value).saturating_sub(text::width(&shown));
            let col = l.cursor_col().saturating_sub(hidden).min(value_w);
            let x = inner.x as usize + 2 + label_w + 2 + col;
            frame.set_cursor_position(Position::new(
                (x as u16).min(inner.right().saturating_sub(1)),
                y,
            ));
        }
    }
    let mut y = inner.y + fields.len() as u16 + 1;
    if y < inner.bottom() {
        let hint = lang.msg("desk-form-hint");
        let hint = text::truncate(&hint, inner.width as usize);
        frame.render_widget(
            Line::styled(hint.into_owned(), theme.dim),
            Rect::new(inner.x, y, inner.width, 1),
        );
        y += 1;
    }
    if let Some(e) = &f.error
        && y < inner.bottom()
    {
        let e = text::sanitize_line(e);
        let e = text::truncate(&e, inner.width as usize);
        frame.render_widget(
            Line::styled(e.into_owned(), theme.warn),
            Rect::new(inner.x, y, inner.width, 1),
        );
    }
}

/// `s` cut to `max` columns so that column `cursor` stays in view.
fn tail(s: &str, max: usize, cursor: usize) -> String {
    if text::width(s) <= max || cursor <= max {
        return text::truncate(s, max).into_owned();
    }
    text::tail(s, max).to_string()
}
