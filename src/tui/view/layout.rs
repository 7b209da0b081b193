//! Screen geometry shared by the views and by the state that must know what fits.

use ratatui::layout::Rect;

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Rows one card takes: title, office and progress, notes and deadline, and on a
/// tall terminal a blank row between cards.
pub fn card_height(term_height: u16) -> u16 {
    if term_height >= 36 { 4 } else { 3 }
}

/// Header, body, footer.
pub fn split(area: Rect) -> [Rect; 3] {
    let header = Rect::new(area.x, area.y, area.width, area.height.min(1));
    let body = Rect::new(
        area.x,
        area.y.saturating_add(1),
        area.width,
        area.height.saturating_sub(2),
    );
    let footer = Rect::new(
        area.x,
        area.bottom().saturating_sub(1),
        area.width,
        area.height.min(1),
    );
    [header, body, footer]
}

/// How many cards fit in a column of a terminal `height` rows high.
pub fn card_rows(height: u16) -> usize {
    // Header, footer and the column's two borders.
    (height.saturating_sub(4) / card_height(height)).max(1) as usize
}

/// The four columns of the body.
pub fn columns(body: Rect) -> [Rect; 4] {
    let w = body.width / 4;
    let extra = body.width % 4;
    let mut x = body.x;
    std::array::from_fn(|i| {
        // The last columns take the spare cells so the board spans the whole width.
        let cw = w + u16::from((i as u16) >= 4 - extra);
        let r = Rect::new(x, body.y, cw, body.height);
        x = x.saturating_add(cw);
        r
    })
}

/// Width and height of the detail's text, inside its border, padding and focus gutter.
pub fn detail_viewport(width: u16, height: u16) -> (usize, usize) {
    (
        width.saturating_sub(2 + 2 + 2) as usize,
        height.saturating_sub(2 + 2) as usize,
    )
}

/// Office rows the overview shows at once: inside the body's border, below the
/// column headings, above the sort and legend line and the progress chart.
pub fn overview_rows(height: u16) -> usize {
    let inner = height.saturating_sub(2 + 2);
    inner
        .saturating_sub(2 + overview_chart_height(inner))
        .max(1) as usize
}

/// Rows the overview's progress chart takes inside a body `inner` rows high: none
/// when the office table would keep fewer than ten rows.
pub fn overview_chart_height(inner: u16) -> u16 {
    if inner < 18 {
        0
    } else {
        (inner / 3).clamp(8, 14)
    }
}

/// Change rows the changes list shows at once: inside the body's border.
pub fn changes_rows(height: u16) -> usize {
    height.saturating_sub(2 + 2).max(1) as usize
}

/// A centred rectangle of at most `w` x `h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The help pop-up inside the body of a terminal `height` rows high.
pub fn help_area(body: Rect) -> Rect {
    centered(body, 64, body.height.saturating_sub(2))
}

/// Binding rows the help pop-up shows at once.
pub fn help_rows(height: u16) -> usize {
    let body_h = height.saturating_sub(2);
    // Borders, and the line naming the database file.
    (body_h.saturating_sub(2).saturating_sub(3)).max(1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_span_the_body() {
        let cols = columns(Rect::new(0, 1, 83, 20));
        assert_eq!(cols[0].x, 0);
        assert_eq!(cols[3].right(), 83);
        assert_eq!(cols.iter().map(|c| c.width).sum::<u16>(), 83);
    }

    #[test]
    fn card_rows_at_minimum_size() {
        assert_eq!(card_rows(24), 6);
        assert_eq!(card_rows(40), 9);
        assert_eq!(card_rows(0), 1);
    }
}
