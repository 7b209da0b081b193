//! The overview's pictures: the plan's progress week by week as a chart, each
//! office's recent activity as a sparkline, and status bars as solid blocks.

use crate::plan::Status;
use crate::store::ProgressPoint;
use crate::text;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::{Marker, bar};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Sparkline, Widget};

/// Sparkline levels in braille: single-width everywhere, unlike the block
/// elements (▁▂▃), which CJK terminals may draw two columns wide.
pub const BRAILLE_BARS: bar::Set<'static> = bar::Set {
    full: "⣿",
    seven_eighths: "⣾",
    three_quarters: "⣶",
    five_eighths: "⣴",
    half: "⣤",
    three_eighths: "⣠",
    one_quarter: "⣀",
    one_eighth: "⢀",
    empty: " ",
};

/// Whether the theme has colours: solid bars then, the status symbols without.
pub fn solid(theme: &Theme) -> bool {
    theme.bar_done.fg.is_some()
}

/// The background a status fills its part of a solid bar with.
pub fn solid_style(theme: &Theme, s: Status) -> Style {
    let fg = match s {
        Status::Todo => None,
        Status::Doing => theme.accent.fg,
        Status::Blocked => theme.warn.fg,
        Status::Done => theme.bar_done.fg,
    };
    Style::new().bg(fg.unwrap_or(Color::DarkGray))
}

/// One office's activity over the last weeks, oldest first, in `area` (one row).
pub fn sparkline(theme: &Theme, weeks: &[u32], area: Rect, buf: &mut Buffer) {
    let data: Vec<u64> = weeks.iter().map(|&n| u64::from(n)).collect();
    let max = data.iter().copied().max().unwrap_or(0).max(1);
    Sparkline::default()
        .data(data)
        .max(max)
        .bar_set(BRAILLE_BARS)
        .style(theme.accent)
        .render(area, buf);
}

/// The plan's share of items done and of measures ticked, week by week, in `area`.
pub fn chart(app: &App, points: &[ProgressPoint], frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let lang = app.lang();
    let percent = |share: f64| (share * 100.0).clamp(0.0, 100.0);
    // The legend is the title: each line's name and where it stands now.
    let now = points.last();
    let mut title = vec![Span::styled(
        format!(" {} ", lang.msg("sv-chart-title")),
        theme.title,
    )];
    for (name, share, style) in [
        (
            lang.msg("sv-chart-done"),
            now.map_or(0.0, ProgressPoint::share_done),
            theme.bar_done,
        ),
        (
            lang.msg("sv-chart-ticked"),
            now.map_or(0.0, ProgressPoint::share_ticked),
            theme.accent,
        ),
    ] {
        title.push(Span::styled(" -- ", style));
        title.push(Span::styled(
            format!("{name} {:.0}% ", percent(share)),
            theme.text,
        ));
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Line::from(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    if points.is_empty() {
        frame.render_widget(
            Line::styled(format!(" {}", lang.msg("sv-chart-empty")), theme.dim),
            inner,
        );
        return;
    }
    let done: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (i as f64, percent(p.share_done())))
        .collect();
    let ticked: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (i as f64, percent(p.share_ticked())))
        .collect();
    // A single week is a point; a line needs two.
    let graph = if points.len() > 1 {
        GraphType::Line
    } else {
        GraphType::Scatter
    };
    let datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(graph)
            .style(theme.bar_done)
            .data(&done),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(graph)
            .style(theme.accent)
            .data(&ticked),
    ];
    let first_week = points.first().map_or("", |p| p.week.as_str());
    let last_week = points.last().map_or("", |p| p.week.as_str());
    let x_labels = vec![
        Line::styled(text::sanitize_line(first_week).into_owned(), theme.dim),
        Line::styled(text::sanitize_line(last_week).into_owned(), theme.dim),
    ];
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default()
                .bounds([0.0, (points.len().saturating_sub(1)).max(1) as f64])
                .labels(x_labels)
                .style(theme.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, 100.0])
                .labels(["0%", "50%", "100%"])
                .style(theme.dim),
        )
        .legend_position(None);
    frame.render_widget(chart, inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braille_bars_are_single_width() {
        let b = BRAILLE_BARS;
        for s in [
            b.full,
            b.seven_eighths,
            b.three_quarters,
            b.five_eighths,
            b.half,
            b.three_eighths,
            b.one_quarter,
            b.one_eighth,
            b.empty,
        ] {
            assert_eq!(text::width(s), 1, "{s}");
            // Not East Asian ambiguous: one column in CJK terminals too.
            assert_eq!(unicode_width::UnicodeWidthStr::width_cjk(s), 1, "{s}");
        }
    }

    #[test]
    fn solid_bars_only_with_colours() {
        assert!(solid(&Theme::colored(false)));
        assert!(!solid(&Theme::mono()));
        for s in Status::ALL {
            assert!(solid_style(&Theme::colored(false), s).bg.is_some());
        }
    }
}
