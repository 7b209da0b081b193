//! The note editor: a multi-line text with a cursor that moves over whole graphemes.

use crate::store::{ItemId, NoteId};
use crate::text;
use unicode_segmentation::UnicodeSegmentation;

/// What saving the editor does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditTarget {
    NewNote(ItemId),
    EditNote {
        item: ItemId,
        note: NoteId,
    },
    /// The item's progress report for the current period.
    Report(ItemId),
    /// The completion statement of a move to done, against the version seen.
    Close {
        item: ItemId,
        version: i64,
    },
    /// The reason a done item is reopened.
    Reopen(ItemId),
    /// The reply to the item's open urges.
    Reply(ItemId),
    /// An urge's text (the reply-by date is asked next).
    Urge(ItemId),
    /// The item's target (目标任务), corrected.
    Target(ItemId),
    /// The item's `index`-th measure (0-based), corrected.
    Measure {
        item: ItemId,
        index: usize,
    },
    /// A new measure, after the `after`-th (0-based; `None`: at the end).
    NewMeasure {
        item: ItemId,
        after: Option<usize>,
    },
    /// Why the item is taken off the board (asked to confirm next).
    Retire(ItemId),
}

impl EditTarget {
    /// The item the text belongs to.
    pub fn item(self) -> ItemId {
        match self {
            EditTarget::NewNote(id)
            | EditTarget::EditNote { item: id, .. }
            | EditTarget::Report(id)
            | EditTarget::Reopen(id)
            | EditTarget::Reply(id)
            | EditTarget::Urge(id)
            | EditTarget::Target(id)
            | EditTarget::Measure { item: id, .. }
            | EditTarget::NewMeasure { item: id, .. }
            | EditTarget::Retire(id)
            | EditTarget::Close { item: id, .. } => id,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorState {
    pub target: EditTarget,
    text: String,
    /// Byte offset, always on a grapheme boundary.
    cursor: usize,
}

impl EditorState {
    pub fn new(target: EditTarget, text: &str) -> EditorState {
        let text = clean_input(text);
        EditorState {
            target,
            cursor: text.len(),
            text,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn insert_char(&mut self, c: char) {
        if c == '\n' || !c.is_control() {
            self.text.insert(self.cursor, c);
            self.cursor += c.len_utf8();
        }
    }

    /// Inserts pasted text, dropping control characters but keeping line breaks.
    pub fn insert_str(&mut self, s: &str) {
        let s = clean_input(s);
        self.text.insert_str(self.cursor, &s);
        self.cursor += s.len();
    }

    /// Removes the whole character (grapheme) before the cursor.
    pub fn delete_back(&mut self) {
        let at = text::prev_boundary(&self.text, self.cursor);
        self.text.replace_range(at..self.cursor, "");
        self.cursor = at;
    }

    pub fn delete_forward(&mut self) {
        let end = text::next_boundary(&self.text, self.cursor);
        self.text.replace_range(self.cursor..end, "");
    }

    pub fn left(&mut self) {
        self.cursor = text::prev_boundary(&self.text, self.cursor);
    }

    pub fn right(&mut self) {
        self.cursor = text::next_boundary(&self.text, self.cursor);
    }

    fn line_bounds(&self) -> (usize, usize) {
        let start = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
        (start, end)
    }

    pub fn line_start(&mut self) {
        self.cursor = self.line_bounds().0;
    }

    pub fn line_end(&mut self) {
        self.cursor = self.line_bounds().1;
    }

    /// Moves to the previous or next line, keeping the display column where it can.
    pub fn vertical(&mut self, down: bool) {
        let (start, end) = self.line_bounds();
        let col = text::width(&self.text[start..self.cursor]);
        let (from, to) = if down {
            if end == self.text.len() {
                return;
            }
            let s = end + 1;
            let e = self.text[s..].find('\n').map_or(self.text.len(), |i| s + i);
            (s, e)
        } else {
            if start == 0 {
                return;
            }
            let e = start - 1;
            let s = self.text[..e].rfind('\n').map_or(0, |i| i + 1);
            (s, e)
        };
        let mut at = from;
        let mut used = 0;
        for (i, g) in self.text[from..to].grapheme_indices(true) {
            let w = text::width(g);
            if used + w > col {
                break;
            }
            used += w;
            at = from + i + g.len();
        }
        self.cursor = at;
    }

    /// The text wrapped to `width` columns, and the cursor's (row, column) in it.
    /// Columns are display columns, so the terminal cursor lands where an IME composes.
    pub fn layout(&self, width: usize) -> (Vec<String>, (usize, usize)) {
        let width = width.max(2);
        let mut lines = vec![String::new()];
        let mut used = 0;
        let mut cursor = (0, 0);
        let mut cursor_set = false;
        for (i, g) in self.text.grapheme_indices(true) {
            if i == self.cursor {
                cursor = (lines.len() - 1, used);
                cursor_set = true;
            }
            if g == "\n" || g == "\r\n" {
                lines.push(String::new());
                used = 0;
                continue;
            }
            let shown = text::sanitize_line(g);
            let w = text::width(&shown);
            if used + w > width {
                lines.push(String::new());
                used = 0;
                if i == self.cursor {
                    cursor = (lines.len() - 1, 0);
                }
            }
            lines.last_mut().expect("never empty").push_str(&shown);
            used += w;
        }
        if !cursor_set {
            cursor = (lines.len() - 1, used);
        }
        // A cursor at the right edge goes to the start of the next row.
        if cursor.1 >= width {
            cursor = (cursor.0 + 1, 0);
            if lines.len() <= cursor.0 {
                lines.push(String::new());
            }
        }
        (lines, cursor)
    }
}

/// Keeps text and line breaks; tabs become spaces; other controls are dropped.
fn clean_input(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\r' => Some('\n'),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor(s: &str) -> EditorState {
        EditorState::new(EditTarget::NewNote(1), s)
    }

    #[test]
    fn backspace_removes_whole_characters() {
        let mut e = editor("进度e\u{301}");
        e.delete_back();
        assert_eq!(e.text(), "进度");
        e.delete_back();
        assert_eq!(e.text(), "进");
        e.delete_back();
        e.delete_back();
        assert_eq!(e.text(), "");
        assert_eq!(e.cursor(), 0);
    }

    #[test]
    fn typing_in_the_middle() {
        let mut e = editor("基处");
        e.left();
        e.insert_char('教');
        assert_eq!(e.text(), "基教处");
        e.right();
        e.insert_char('\n');
        e.insert_str("第二行\t!\x1b");
        assert_eq!(e.text(), "基教处\n第二行 !");
        e.line_start();
        e.delete_forward();
        assert_eq!(e.text(), "基教处\n二行 !");
    }

    #[test]
    fn cursor_position_is_in_display_columns() {
        let mut e = editor("进度正常");
        assert_eq!(e.layout(20).1, (0, 8));
        e.left();
        assert_eq!(e.layout(20).1, (0, 6));
        let e = editor("ab\n中文");
        let (lines, cur) = e.layout(20);
        assert_eq!(lines, vec!["ab", "中文"]);
        assert_eq!(cur, (1, 4));
    }

    #[test]
    fn layout_wraps_by_width_and_moves_cursor_along() {
        let e = editor("一二三四五");
        let (lines, cur) = e.layout(4);
        assert_eq!(lines, vec!["一二", "三四", "五"]);
        assert_eq!(cur, (2, 2));
        let e = editor("一二");
        let (lines, cur) = e.layout(4);
        assert_eq!(cur, (1, 0), "cursor at the edge wraps: {lines:?}");
    }

    #[test]
    fn up_and_down_keep_the_display_column() {
        let mut e = editor("中文字\nabcdef");
        e.vertical(false);
        assert_eq!(&e.text()[..e.cursor()], "中文字");
        e.left(); // after 中文, column 4
        e.vertical(true);
        assert_eq!(&e.text()[..e.cursor()], "中文字\nabcd");
        e.vertical(true); // last line: stays
        assert_eq!(&e.text()[..e.cursor()], "中文字\nabcd");
    }
}
