//! The board's state, one struct per screen or widget; none of it touches the terminal.

pub mod board;
pub mod changes;
pub mod detail;
pub mod editor;
pub mod form;
pub mod line;
pub mod overview;
pub mod picker;
pub mod plans;
pub mod prompt;
pub mod quick;
pub mod search;
pub mod supervision;

/// A list's window on screen: the first row shown and how many rows fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    scroll: usize,
    rows: usize,
}

impl Default for Window {
    fn default() -> Window {
        Window { scroll: 0, rows: 1 }
    }
}

impl Window {
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// How many rows fit (at least 1).
    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn set_rows(&mut self, rows: usize) {
        self.rows = rows.max(1);
    }

    /// Scrolls as little as possible so that row `at` of `len` is in view.
    pub fn show(&mut self, at: usize, len: usize) {
        self.scroll = scroll_to_show(self.scroll, at, self.rows, len);
    }
}

/// The index `delta` rows away from `at` in a list of `len` rows, kept inside it.
pub fn stepped(at: usize, delta: isize, len: usize) -> usize {
    at.saturating_add_signed(delta).min(len.saturating_sub(1))
}

/// The first row shown of a list of `len` rows, `rows` of which fit, moved as little
/// as possible so that row `at` (the selection) is in view.
pub fn scroll_to_show(scroll: usize, at: usize, rows: usize, len: usize) -> usize {
    let rows = rows.max(1);
    let scroll = if at < scroll {
        at
    } else if at >= scroll + rows {
        at + 1 - rows
    } else {
        scroll
    };
    scroll.min(len.saturating_sub(rows))
}

#[cfg(test)]
mod tests {
    use super::scroll_to_show;

    #[test]
    fn scrolling_moves_just_enough_to_show_the_selection() {
        assert_eq!(scroll_to_show(0, 2, 3, 10), 0, "already in view");
        assert_eq!(
            scroll_to_show(0, 5, 3, 10),
            3,
            "down: the selection is the last row"
        );
        assert_eq!(
            scroll_to_show(4, 1, 3, 10),
            1,
            "up: the selection is the first row"
        );
        assert_eq!(scroll_to_show(8, 9, 3, 10), 7, "never past the end");
        assert_eq!(scroll_to_show(5, 0, 3, 0), 0, "an empty list");
    }
}
