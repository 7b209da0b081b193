//! The four status columns and their cards. Only the cards on screen are laid out.

use super::layout;
use crate::plan::Status;
use crate::plan::deadline::Light;
use crate::store::Card;
use crate::text;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

/// What the body of the board shows where: each column's rectangle (only the focused
/// one when the board is tabbed) and, when tabbed, each tab's cells on the tab row.
pub struct BoardLayout {
    pub columns: [Option<Rect>; 4],
    pub tabs: [Option<Rect>; 4],
}

fn column_title(app: &App, col: usize) -> String {
    let status = Status::ALL[col];
    let lang = app.lang();
    let n = app.board().column_total(col);
    crate::t!(
        lang,
        "board-title-count",
        title = lang.status(status),
        n = n
    )
}

/// The geometry of the board in `body`; the view and the mouse both go by it.
pub fn board_layout(app: &App, body: Rect) -> BoardLayout {
    let board = app.board();
    if layout::tabbed(body.width) {
        let mut tabs = [None; 4];
        let mut x = body.x;
        for (col, tab) in tabs.iter_mut().enumerate() {
            let w = text::width(&column_title(app, col)) as u16;
            let w = w.min(body.right().saturating_sub(x));
            *tab = Some(Rect::new(x, body.y, w, body.height.min(1)));
            x = x.saturating_add(w);
        }
        let mut columns = [None; 4];
        columns[board.column()] = Some(Rect::new(
            body.x,
            body.y.saturating_add(1),
            body.width,
            body.height.saturating_sub(1),
        ));
        return BoardLayout { columns, tabs };
    }
    // A column with no cards narrows to its header (and its borders).
    let narrow = std::array::from_fn(|col| {
        (board.column_total(col) == 0).then(|| text::width(&column_title(app, col)) as u16 + 4)
    });
    BoardLayout {
        columns: layout::columns(body, narrow).map(Some),
        tabs: [None; 4],
    }
}

pub fn draw(app: &App, frame: &mut Frame, body: Rect) {
    let geometry = board_layout(app, body);
    let theme = app.theme();
    for (col, tab) in geometry.tabs.iter().enumerate() {
        let Some(tab) = tab else { continue };
        let focused = app.board().column() == col;
        let style = if focused { theme.selected } else { theme.dim };
        let title = text::truncate(&column_title(app, col), tab.width as usize).into_owned();
        frame.render_widget(Line::styled(title, style), *tab);
    }
    // The plan's year: a deadline in it shows without the year where room is short.
    let plan = app.plan();
    let year = crate::plan::deadline::plan_year(plan.date.as_deref(), &plan.title);
    let (term_w, term_h) = (body.width, body.height.saturating_add(2));
    let card = CardRows {
        height: layout::card_height(term_w, term_h),
        title: layout::title_rows(term_w),
    };
    let shared = CardShared::new(app.lang(), year);
    for (col, area) in geometry.columns.into_iter().enumerate() {
        if let Some(area) = area {
            draw_column(app, frame, col, area, card, &shared);
        }
    }
}

/// What every card of a frame shares: the plan's year, and the words a card may
/// show, looked up once a frame rather than once a card.
pub struct CardShared {
    year: Option<i16>,
    /// For the deadline line (`期限2020-12-31`, `逾期…`, `临期…`), one message each.
    lang: crate::tui::Lang,
    no_office: String,
    notes_short: String,
    behind_short: String,
    matched_target: String,
    matched_note: String,
    pub marks: MarkWords,
}

impl CardShared {
    pub fn new(lang: crate::tui::Lang, year: Option<i16>) -> CardShared {
        CardShared {
            year,
            lang,
            no_office: lang.msg("board-no-office"),
            notes_short: lang.msg("board-notes-short"),
            behind_short: lang.msg("board-behind-short"),
            matched_target: lang.msg("board-matched-target"),
            matched_note: lang.msg("board-matched-note"),
            marks: MarkWords::new(lang),
        }
    }
}

/// The supervision marks' words (未报, 催, 催！, 待销号).
pub struct MarkWords {
    awaiting: String,
    urged: String,
    urge_overdue: String,
    unreported: String,
}

impl MarkWords {
    pub fn new(lang: crate::tui::Lang) -> MarkWords {
        MarkWords {
            awaiting: lang.msg("sv-mark-awaiting"),
            urged: lang.msg("sv-mark-urged"),
            urge_overdue: lang.msg("sv-mark-urge-overdue"),
            unreported: lang.msg("sv-mark-unreported"),
        }
    }
}

/// The rows a card takes, and how many of them its title may use.
#[derive(Clone, Copy)]
struct CardRows {
    height: u16,
    title: u16,
}

fn draw_column(
    app: &App,
    frame: &mut Frame,
    col: usize,
    area: Rect,
    card: CardRows,
    shared: &CardShared,
) {
    let card_h = card.height;
    let lines = card.title + 2;
    let board = app.board();
    let theme = app.theme();
    let lang = app.lang();
    let focused = board.column() == col;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme.border_focus
        } else {
            theme.border
        })
        .title(Span::styled(
            column_title(app, col),
            if focused { theme.title } else { theme.text },
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    if board.column_total(col) == 0 {
        let none = Line::styled(lang.msg("board-no-cards"), theme.dim);
        frame.render_widget(none, Rect::new(inner.x + 1, inner.y, inner.width - 1, 1));
        return;
    }
    let selected = if focused {
        board.selected_in(col)
    } else {
        None
    };
    let buf = frame.buffer_mut();
    for (i, c) in board.visible(col).enumerate() {
        let y = inner.y + i as u16 * card_h;
        if y + lines > inner.bottom() {
            break;
        }
        let r = Rect::new(inner.x, y, inner.width, lines);
        draw_card(app, c, selected == Some(c.id), r, buf, card.title, shared);
    }
    // Which cards of how many are on screen, when they do not all fit.
    let len = board.column_total(col);
    if len > board.rows() {
        let first = board.scroll(col) + 1;
        let last = (board.scroll(col) + board.rows()).min(len);
        range_mark(frame.buffer_mut(), area, first, last, len, theme.dim);
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

fn draw_card(
    app: &App,
    card: &Card,
    selected: bool,
    r: Rect,
    buf: &mut Buffer,
    title_rows: u16,
    words: &CardShared,
) {
    let year = words.year;
    let theme = app.theme();
    let lang = app.lang();
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
    let title_in_full = title.clone();
    let number_w = text::width(&number);
    // The title wraps onto its second row (no row starts with closing punctuation);
    // what still does not fit is cut with `…` on the last.
    let mut rows = text::wrap_into(&title, w.saturating_sub(number_w), title_rows as usize);
    let title = if rows.is_empty() {
        String::new()
    } else {
        rows.remove(0)
    };
    let num_style = if selected { base } else { theme.accent };
    let mut spans = vec![Span::styled(number, num_style.patch(theme.title))];
    // What the search matched in the title stands out.
    let query = if app.search().is_active() {
        app.search().normalized()
    } else {
        String::new()
    };
    match crate::matcher::find(&title, &query) {
        Some(m) => {
            spans.push(Span::styled(title[..m.start].to_string(), base));
            spans.push(Span::styled(
                title[m.clone()].to_string(),
                base.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            ));
            spans.push(Span::styled(title[m.end..].to_string(), base));
        }
        None => spans.push(Span::styled(title, base)),
    }
    Line::from(spans).render(Rect::new(r.x, r.y, r.width, 1), buf);
    // The title's further rows, under its first (the match is underlined on the first).
    let mut y = r.y + 1;
    for row in rows {
        Line::from(vec![
            Span::styled(" ".repeat(number_w), base),
            Span::styled(row, base),
        ])
        .render(Rect::new(r.x, y, r.width, 1), buf);
        y += 1;
    }

    // Line 2: lead office, then measures done/total, and a bar where there is room;
    // the office keeps at least about five characters before a bar is drawn.
    let done = card.measures_done.min(card.measures_total);
    let total = card.measures_total;
    let count = format!("{done}/{total}");
    let bar_w = if w >= 40 { 6 } else { 4 };
    let filled = if total == 0 {
        0
    } else {
        (done as usize * bar_w).div_ceil(total as usize)
    };
    let office = card.lead_office.as_deref().unwrap_or(&words.no_office);
    let office = text::sanitize_line(office);
    let count_w = count.len() + 1;
    let bar_room = bar_w + 2 + 1; // "[####] "
    let show_bar = w >= count_w + bar_room + 12;
    let office_w = w.saturating_sub(2 + count_w + if show_bar { bar_room } else { 0 });
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
    } else if w >= count_w + 2 {
        spans.push(Span::styled(count, base));
    }
    Line::from(spans).render(Rect::new(r.x, y, r.width, 1), buf);
    y += 1;

    // Line 3: the supervision marks first (未报, 催, 待销号), then notes, indicators
    // behind target, and deadline, only when there are any.
    let mut spans = vec![Span::raw(" ")];
    for (mark, style) in supervision_marks(app, card, &words.marks) {
        spans.push(Span::styled(
            format!("{mark} "),
            if selected { base } else { style },
        ));
    }
    if !query.is_empty() && crate::matcher::find(&title_in_full, &query).is_none() {
        let label = match app.search().matched_line(card.id) {
            Some(1) => Some(words.matched_target.clone()),
            // Only the cards a search matched outside their titles: a few.
            Some(n) if n >= 2 && n - 2 < card.measures_total as usize => {
                Some(crate::t!(lang, "board-matched-measure", n = n - 1))
            }
            Some(n) if n >= 2 => Some(words.matched_note.clone()),
            _ => None,
        };
        if let Some(label) = label {
            let style = if selected { base } else { theme.accent };
            spans.push(Span::styled(format!("{label} "), style));
        }
    }
    if card.notes > 0 {
        spans.push(Span::styled(
            format!("{}{} ", words.notes_short, card.notes),
            if selected { base } else { theme.dim },
        ));
    }
    if card.indicators_behind > 0 {
        spans.push(Span::styled(
            format!("{}{} ", words.behind_short, card.indicators_behind),
            if selected { base } else { theme.warn },
        ));
    }
    if let Some(due) = &card.due {
        // Only a deadline that needs attention is named; otherwise just the date.
        let on_track = !matches!(card.light, Some(Light::Overdue | Light::DueSoon));
        let due = text::sanitize_line(due);
        // Narrow columns drop the year when it is the plan's: 2020-12-31 -> 12-31.
        let in_plan_year = year.is_some_and(|y| due.get(..4) == Some(y.to_string().as_str()));
        let due = match due.get(5..) {
            Some(md) if w < 24 && due.len() == 10 && in_plan_year => md,
            _ => &due,
        };
        let used: usize = spans.iter().map(|sp| text::width(&sp.content)).sum();
        let full = match card.light {
            Some(Light::Overdue) => crate::t!(words.lang, "board-card-overdue", date = due),
            Some(Light::DueSoon) => crate::t!(words.lang, "board-card-due-soon", date = due),
            _ => crate::t!(words.lang, "board-card-due", date = due),
        };
        // Short of room, an on-track deadline gives up its label before its date.
        let label = if used + text::width(&full) > w && on_track {
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
    if spans.len() > 1 && y < r.bottom() {
        Line::from(spans).render(Rect::new(r.x, y, r.width, 1), buf);
    }
}

/// A card's supervision marks with their styles: 待销号, 催 (催! when overdue),
/// 未报. Plain text of single- and double-width characters only.
pub fn supervision_marks<'w>(
    app: &App,
    card: &Card,
    words: &'w MarkWords,
) -> Vec<(&'w str, Style)> {
    let theme = app.theme();
    let f = &card.supervision;
    let mut marks = Vec::new();
    if f.awaiting_confirmation {
        marks.push((
            words.awaiting.as_str(),
            theme.accent.add_modifier(Modifier::BOLD),
        ));
    }
    if f.urges_open > 0 {
        if f.urge_overdue {
            marks.push((words.urge_overdue.as_str(), theme.error));
        } else {
            marks.push((
                words.urged.as_str(),
                theme.warn.add_modifier(Modifier::BOLD),
            ));
        }
    }
    if f.unreported {
        marks.push((words.unreported.as_str(), theme.warn));
    }
    marks
}
