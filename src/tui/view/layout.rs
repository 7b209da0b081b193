//! Screen geometry shared by the views and by the state that must know what fits.

use ratatui::layout::Rect;

/// The smallest terminal the board is drawn on (a split pane of a laptop screen).
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// Below this width the board shows one column at a time, the others as tabs.
pub const TABS_BELOW: u16 = 80;

/// True when a `width` x `height` terminal cannot show the board.
pub fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

/// Below this width, with the four columns side by side, a card's title wraps.
pub const WRAP_TITLES_BELOW: u16 = 100;

/// Rows a card's title may take: two where four columns share a terminal narrower
/// than 100 columns (at 80, a column holds about ten characters of a title), so
/// the title wraps instead of being cut; one where a column is wider, and on a
/// tabbed board, whose one column spans the terminal.
pub fn title_rows(term_width: u16) -> u16 {
    if !tabbed(term_width) && term_width < WRAP_TITLES_BELOW {
        2
    } else {
        1
    }
}

/// Rows of a card's text: its title, office and progress, notes and deadline.
pub fn card_lines(term_width: u16) -> u16 {
    title_rows(term_width) + 2
}

/// Rows one card takes: its text and, on a tall terminal, a blank row between cards.
pub fn card_height(term_width: u16, term_height: u16) -> u16 {
    card_lines(term_width) + u16::from(term_height >= 36)
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

/// True when a terminal `width` columns wide shows one column at a time.
pub fn tabbed(width: u16) -> bool {
    width < TABS_BELOW
}

/// How many cards fit in a column of a `width` x `height` terminal.
pub fn card_rows(width: u16, height: u16) -> usize {
    // Header, footer and the column's two borders, and the tab row when tabbed.
    let chrome = 4 + u16::from(tabbed(width));
    (height.saturating_sub(chrome) / card_height(width, height)).max(1) as usize
}

/// The four columns of the body. A column given a `narrow` width (an empty one,
/// narrowed to its header) takes just that; the others share the rest.
pub fn columns(body: Rect, narrow: [Option<u16>; 4]) -> [Rect; 4] {
    let fixed: u16 = narrow.iter().flatten().sum();
    let wide = narrow.iter().filter(|n| n.is_none()).count() as u16;
    // Narrowing only helps when the columns with cards keep more than a narrow one.
    let narrow = if wide == 0 || body.width.saturating_sub(fixed) / wide.max(1) < 20 {
        [None; 4]
    } else {
        narrow
    };
    let fixed: u16 = narrow.iter().flatten().sum();
    let wide = narrow.iter().filter(|n| n.is_none()).count() as u16;
    let room = body.width.saturating_sub(fixed);
    let (w, extra) = (room / wide.max(1), room % wide.max(1));
    let mut x = body.x;
    let mut nth_wide = 0;
    std::array::from_fn(|i| {
        let cw = match narrow[i] {
            Some(n) => n,
            None => {
                // The last wide columns take the spare cells so the board spans the width.
                let cw = w + u16::from(nth_wide >= wide - extra);
                nth_wide += 1;
                cw
            }
        };
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
        let cols = columns(Rect::new(0, 1, 83, 20), [None; 4]);
        assert_eq!(cols[0].x, 0);
        assert_eq!(cols[3].right(), 83);
        assert_eq!(cols.iter().map(|c| c.width).sum::<u16>(), 83);
    }

    #[test]
    fn empty_columns_narrow_and_the_rest_share_the_width() {
        let cols = columns(Rect::new(0, 1, 80, 20), [None, Some(14), None, Some(12)]);
        assert_eq!(cols.map(|c| c.width), [27, 14, 27, 12]);
        assert_eq!(cols[3].right(), 80);
        // Too narrow to be worth it: equal columns.
        let cols = columns(Rect::new(0, 1, 60, 20), [None, Some(14), Some(14), None]);
        assert_eq!(cols.map(|c| c.width), [15, 15, 15, 15]);
        // All empty: equal columns too.
        let cols = columns(Rect::new(0, 1, 80, 20), [Some(12); 4]);
        assert_eq!(cols.map(|c| c.width), [20; 4]);
    }

    #[test]
    fn card_rows_at_minimum_size() {
        // At 80 columns and narrower a card is a row taller: its title wraps.
        assert_eq!(card_rows(80, 24), 5);
        assert_eq!(card_rows(100, 24), 6);
        assert_eq!(card_rows(120, 40), 9);
        assert_eq!(card_rows(60, 16), 3);
        assert_eq!(card_rows(0, 0), 1);
    }
}
