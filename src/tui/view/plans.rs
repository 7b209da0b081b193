//! The plan switcher pop-up: each plan with its item count and, when its import
//! met warnings, how many; the board's own plan marked.

use super::{layout, popups};
use crate::text;
use crate::tui::app::App;
use crate::tui::state::plans::PlanSwitcher;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// Columns for the count at the right end (`12345 项`).
const COUNT_COLUMNS: usize = 10;
/// Columns for the warnings of an import read with some (`12 条警告`).
const WARNING_COLUMNS: usize = 14;

pub fn draw(app: &App, p: &PlanSwitcher, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let h = (p.plans().len() as u16 + 2)
        .min(body.height.saturating_sub(2))
        .max(3);
    let area = layout::centered(body, 64, h);
    let inner = popups::popup(app, frame, area, &lang.msg("board-plans-title"));
    if inner.is_empty() {
        return;
    }
    let w = inner.width as usize;
    let rows = inner.height as usize;
    let sel = p.selected_index();
    let warned = p.plans().iter().any(|plan| plan.warnings > 0);
    let right = COUNT_COLUMNS + if warned { WARNING_COLUMNS } else { 0 };
    let top = sel.map_or(0, |i| (i + 1).saturating_sub(rows));
    for (i, plan) in p.plans().iter().enumerate().skip(top).take(rows) {
        let selected = sel == Some(i);
        let mark = match (selected, plan.id == p.current()) {
            (true, _) => "> ",
            (false, true) => "* ",
            (false, false) => "  ",
        };
        let mut count = crate::t!(lang, "board-item-count", n = plan.items);
        if plan.warnings > 0 {
            count.push_str("  ");
            count.push_str(&crate::t!(lang, "board-plan-warnings", n = plan.warnings));
        }
        let mut name = format!("{}. {}", plan.id, plan.title);
        if let Some(doc) = &plan.doc_number {
            name = crate::t!(lang, "board-with-aside", name = name, aside = doc.as_str());
        }
        let name_w = w.saturating_sub(2 + right);
        let name = text::fit(&text::sanitize_line(&name), name_w);
        let line = format!("{mark}{name}{}", text::fit_right(&count, right));
        let style = if selected { theme.selected } else { theme.text };
        let y = inner.y + (i - top) as u16;
        frame.render_widget(
            Line::styled(line, style),
            Rect::new(inner.x, y, inner.width, 1),
        );
    }
}
