//! The offices overview: a sortable table with a stacked bar of statuses per office.

use crate::plan::Status;
use crate::store::OfficeOverview;
use crate::text;
use crate::tui::app::App;
use crate::tui::state::overview::{OverviewState, SortColumn};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

/// The character each status fills its part of a bar with: ASCII, so every terminal
/// gives it one column, and told apart without colour.
pub fn bar_char(s: Status) -> char {
    match s {
        Status::Todo => '.',
        Status::Doing => '=',
        Status::Blocked => '!',
        Status::Done => '#',
    }
}

fn bar_style(theme: &Theme, s: Status) -> Style {
    match s {
        Status::Todo => theme.bar_todo,
        Status::Doing => theme.accent,
        Status::Blocked => theme.warn,
        Status::Done => theme.bar_done,
    }
}

/// Splits `width` columns between the counts in proportion, by largest remainder, so
/// the parts always fill the bar exactly (nothing when all counts are 0).
pub fn stacked(counts: [u32; 4], width: usize) -> [usize; 4] {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 || width == 0 {
        return [0; 4];
    }
    let exact: Vec<u64> = counts
        .iter()
        .map(|&c| u64::from(c) * width as u64)
        .collect();
    let mut parts: [usize; 4] = std::array::from_fn(|i| (exact[i] / total) as usize);
    let mut left = width - parts.iter().sum::<usize>();
    let mut by_remainder: Vec<usize> = (0..4).collect();
    // Ties go to the smaller part, so a small share is not rounded away.
    by_remainder.sort_by_key(|&i| (std::cmp::Reverse(exact[i] % total), parts[i]));
    for i in by_remainder {
        if left == 0 {
            break;
        }
        parts[i] += 1;
        left -= 1;
    }
    parts
}

/// What a table column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Items,
    Lead,
    Status(Status),
    Measures,
    Overdue,
    /// Reports due, made and missing for the period; made/due in one column.
    Due,
    Made,
    Missing,
    MadeOfDue,
}

/// One table column: its heading, width, what it shows and the sort it stands for.
struct Column {
    label: String,
    width: usize,
    cell: Cell,
    sort: Option<SortColumn>,
}

/// The table's columns. Wide, every count; narrow, with the supervision picture,
/// the four status counts give way to the reports (the solid bar shows the
/// statuses).
fn columns(app: &App, wide: bool, reports: bool) -> (usize, Vec<Column>) {
    let lang = app.lang();
    let name_w = if wide { 18 } else { 12 };
    let mut cols = Vec::new();
    let mut push = |label: String, min: usize, cell: Cell, sort: Option<SortColumn>| {
        // One more column for the sort mark.
        let width = text::width(&label).max(min) + 1;
        cols.push(Column {
            label,
            width,
            cell,
            sort,
        });
    };
    push(
        lang.msg("board-col-items"),
        3,
        Cell::Items,
        Some(SortColumn::Items),
    );
    push(
        lang.msg("board-col-lead"),
        3,
        Cell::Lead,
        Some(SortColumn::Lead),
    );
    if wide || !reports {
        for st in Status::ALL {
            push(
                lang.status_column(st),
                3,
                Cell::Status(st),
                Some(SortColumn::Status(st)),
            );
        }
    } else {
        push(lang.msg("sv-col-reports"), 5, Cell::MadeOfDue, None);
        push(lang.msg("sv-col-missing"), 3, Cell::Missing, None);
    }
    push(
        lang.msg("board-col-measures"),
        4,
        Cell::Measures,
        Some(SortColumn::Measures),
    );
    push(
        lang.msg("board-col-overdue"),
        3,
        Cell::Overdue,
        Some(SortColumn::Overdue),
    );
    if wide && reports {
        push(lang.msg("sv-col-due"), 3, Cell::Due, None);
        push(lang.msg("sv-col-made"), 3, Cell::Made, None);
        push(lang.msg("sv-col-missing"), 3, Cell::Missing, None);
    }
    (name_w, cols)
}

fn cell(o: &OfficeOverview, st: &OverviewState, c: Cell) -> String {
    let reports = st.reports_of(&o.name);
    let count = |f: fn(&crate::store::OfficeReports) -> u32| {
        reports.map_or("-".to_string(), |r| f(r).to_string())
    };
    match c {
        Cell::Items => o.items().to_string(),
        Cell::Lead => o.lead.total().to_string(),
        Cell::Status(s) => o.all().get(s).to_string(),
        Cell::Measures => o
            .measures_done_percent()
            .map_or("-".into(), |p| format!("{p}%")),
        Cell::Overdue => o.overdue.to_string(),
        Cell::Due => count(|r| r.due),
        Cell::Made => count(|r| r.made),
        // Missing only past the due day (the one rule); before it, nothing is.
        Cell::Missing => reports.map_or("-".to_string(), |r| {
            let standing =
                crate::plan::cycle::ReportStanding::of(r.due, r.made, r.missing, st.past_due());
            match standing {
                crate::plan::cycle::ReportStanding::Missing { missing, .. } => missing.to_string(),
                crate::plan::cycle::ReportStanding::SoFar { .. } => "-".to_string(),
            }
        }),
        Cell::MadeOfDue => reports.map_or("-".into(), |r| format!("{}/{}", r.made, r.due)),
    }
}

/// The sparkline's width beside each row.
const SPARK_W: usize = 8;

pub fn draw(app: &App, o: &OverviewState, frame: &mut Frame, body: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let title = match &o.supervision {
        Some(p) => crate::t!(
            lang,
            "board-overview-title-period",
            n = o.office_count(),
            period = text::sanitize_line(&p.period).into_owned()
        ),
        None => crate::t!(lang, "board-overview-title", n = o.office_count()),
    };
    let chart_h = super::layout::overview_chart_height(body.height.saturating_sub(2));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(title, theme.title));
    if chart_h == 0 && o.supervision.is_some() {
        block = block.title_bottom(Line::styled(
            format!(" {} ", lang.msg("sv-chart-hidden")),
            theme.dim,
        ));
    }
    let inner = block.inner(body);
    frame.render_widget(block, body);
    if inner.height < 3 || inner.width < 20 {
        return;
    }
    let table = Rect::new(inner.x, inner.y, inner.width, inner.height - chart_h);
    if chart_h > 0
        && let Some(p) = &o.supervision
    {
        let area = Rect::new(inner.x, table.bottom(), inner.width, chart_h);
        super::progress::chart(app, &p.progress, frame, area);
    }
    draw_table(app, o, frame, table);
}

fn draw_table(app: &App, o: &OverviewState, frame: &mut Frame, inner: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let wide = inner.width >= 110;
    let (name_w, cols) = columns(app, wide, o.supervision.is_some());
    // Gutter, name, the number columns each after a space, then the sparkline and
    // the bar, each after two.
    let table_w = 1 + name_w + cols.iter().map(|c| c.width + 1).sum::<usize>();
    let left = (inner.width as usize).saturating_sub(table_w);
    let spark_w = if o.supervision.is_some() && left >= SPARK_W + 2 + 6 {
        SPARK_W
    } else {
        0
    };
    let bar_w = left.saturating_sub(2 + if spark_w > 0 { spark_w + 2 } else { 0 });
    let mark = if o.descending() { "v" } else { "^" };

    // Headings, the sorted column marked.
    let mut spans = vec![Span::raw(" ")];
    let name_label = if o.sort() == SortColumn::Name {
        format!("{}{mark}", lang.msg("board-col-office"))
    } else {
        lang.msg("board-col-office")
    };
    spans.push(Span::styled(text::fit(&name_label, name_w), theme.title));
    for c in &cols {
        let (label, style) = if c.sort == Some(o.sort()) {
            (
                format!("{}{mark}", c.label),
                theme.title.patch(theme.accent),
            )
        } else {
            (format!("{} ", c.label), theme.title)
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(text::fit_right(&label, c.width), style));
    }
    if spark_w > 0 {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            text::fit(&lang.msg("sv-col-activity"), spark_w),
            theme.title,
        ));
    }
    if bar_w >= 4 {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            text::fit(&lang.msg("board-col-bar"), bar_w),
            theme.title,
        ));
    }
    frame.render_widget(
        Line::from(spans),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );

    let list_h = inner.height.saturating_sub(2) as usize;
    if o.is_empty() {
        frame.render_widget(
            Line::styled(format!(" {}", lang.msg("board-no-offices")), theme.dim),
            Rect::new(inner.x, inner.y + 1, inner.width, 1),
        );
    }
    let solid = super::progress::solid(theme);
    let mut spark_rows: Vec<(Rect, &[u32])> = Vec::new();
    let selected = o.selected_index();
    for (i, office) in o.rows().enumerate().skip(o.scroll()).take(list_h) {
        let is_sel = selected == Some(i);
        let style = if is_sel { theme.selected } else { theme.text };
        let mut name = text::sanitize_line(&office.name).into_owned();
        if office.group {
            name.push_str(&lang.msg("board-group-mark"));
        }
        let mut row = format!(
            "{}{}",
            if is_sel { ">" } else { " " },
            text::fit(&name, name_w)
        );
        for c in &cols {
            row.push(' ');
            // Numbers line up under the headings, leaving the sort mark's column free.
            row.push_str(&text::fit_right(&cell(office, o, c.cell), c.width - 1));
            row.push(' ');
        }
        let row_w = text::width(&row);
        let mut spans = vec![Span::styled(row, style)];
        let y = inner.y + 1 + (i - o.scroll()) as u16;
        if spark_w > 0 {
            spans.push(Span::raw(" ".repeat(2 + spark_w)));
            if let Some(weeks) = o.activity_of(&office.name) {
                let x = inner.x + (row_w + 2) as u16;
                let area = Rect::new(x, y, spark_w as u16, 1).intersection(inner);
                // Drawn after the row's line below, which would clear it.
                spark_rows.push((area, weeks));
            }
        }
        if bar_w >= 4 {
            spans.push(Span::raw("  "));
            let all = office.all();
            let counts = Status::ALL.map(|st| all.get(st));
            for (st, n) in Status::ALL.into_iter().zip(stacked(counts, bar_w)) {
                if solid {
                    spans.push(Span::styled(
                        " ".repeat(n),
                        super::progress::solid_style(theme, st),
                    ));
                } else {
                    let part: String = std::iter::repeat_n(bar_char(st), n).collect();
                    spans.push(Span::styled(part, bar_style(theme, st)));
                }
            }
        }
        frame.render_widget(Line::from(spans), Rect::new(inner.x, y, inner.width, 1));
    }
    for (area, weeks) in spark_rows {
        super::progress::sparkline(theme, weeks, area, frame.buffer_mut());
    }

    // The sort in words, and the bar's key.
    let lang = app.lang();
    let sort_name = match o.sort() {
        SortColumn::Name => lang.msg("board-col-office"),
        SortColumn::Items => lang.msg("board-col-items"),
        SortColumn::Lead => lang.msg("board-col-lead"),
        SortColumn::Status(st) => lang.status_column(st),
        SortColumn::Measures => lang.msg("board-col-measures"),
        SortColumn::Overdue => lang.msg("board-col-overdue"),
    };
    let dir = if o.descending() {
        lang.msg("board-descending")
    } else {
        lang.msg("board-ascending")
    };
    let mut spans = vec![Span::styled(
        crate::t!(lang, "board-sort-line", column = sort_name, direction = dir),
        theme.dim,
    )];
    for st in Status::ALL {
        spans.push(Span::raw(" "));
        if solid {
            spans.push(Span::styled(" ", super::progress::solid_style(theme, st)));
        } else {
            spans.push(Span::styled(bar_char(st).to_string(), bar_style(theme, st)));
        }
        spans.push(Span::styled(format!(" {} ", lang.status(st)), theme.dim));
    }
    frame.render_widget(
        Line::from(spans),
        Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacked_parts_fill_the_bar_in_proportion() {
        assert_eq!(stacked([1, 1, 0, 2], 8), [2, 2, 0, 4]);
        assert_eq!(stacked([1, 1, 1, 0], 10).iter().sum::<usize>(), 10);
        assert_eq!(stacked([0, 0, 0, 0], 10), [0; 4]);
        assert_eq!(stacked([3, 0, 0, 0], 0), [0; 4]);
        // A small share still rounds to its fair part.
        assert_eq!(stacked([19, 0, 0, 1], 10), [9, 0, 0, 1]);
    }

    #[test]
    fn bar_chars_are_single_width_ascii() {
        for s in Status::ALL {
            assert!(bar_char(s).is_ascii_graphic());
        }
    }
}
