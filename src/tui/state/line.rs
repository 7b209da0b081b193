//! The one-line text field every prompt shares (search, jump, date, office picker):
//! a cursor that moves by grapheme, Home/End, Ctrl-U, Ctrl-W, and a prefill that
//! typing replaces.

use crate::text;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    cursor: usize,
    /// The text is a prefill shown selected: typing or deleting replaces it whole,
    /// moving the cursor keeps it for editing.
    prefilled: bool,
    /// At most this many chars (`None`: no limit).
    max_chars: Option<usize>,
}

impl LineEditor {
    pub fn new() -> LineEditor {
        LineEditor::default()
    }

    /// A field holding `text` as a suggestion: the first key typed replaces it.
    pub fn prefilled(text: &str) -> LineEditor {
        LineEditor {
            text: text.to_string(),
            cursor: text.len(),
            prefilled: !text.is_empty(),
            max_chars: None,
        }
    }

    /// Caps the length (in chars), so a wrong entry still shows whole.
    pub fn with_max_chars(mut self, max: usize) -> LineEditor {
        self.max_chars = Some(max);
        self
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// True while the text is an untouched prefill (shown selected).
    pub fn is_prefilled(&self) -> bool {
        self.prefilled
    }

    /// Display columns before the cursor: where the terminal cursor goes.
    pub fn cursor_col(&self) -> usize {
        text::width(&text::sanitize_line(&self.text[..self.cursor]))
    }

    /// The text before and after the cursor.
    pub fn split(&self) -> (&str, &str) {
        self.text.split_at(self.cursor)
    }

    fn take_prefill(&mut self) {
        if self.prefilled {
            self.text.clear();
            self.cursor = 0;
            self.prefilled = false;
        }
    }

    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        self.take_prefill();
        if self
            .max_chars
            .is_some_and(|max| self.text.chars().count() >= max)
        {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    pub fn insert_str(&mut self, s: &str) {
        for c in s.chars() {
            self.insert(c);
        }
    }

    pub fn delete_back(&mut self) {
        if self.prefilled {
            return self.take_prefill();
        }
        let at = text::prev_boundary(&self.text, self.cursor);
        self.text.replace_range(at..self.cursor, "");
        self.cursor = at;
    }

    pub fn delete_forward(&mut self) {
        if self.prefilled {
            return self.take_prefill();
        }
        let end = text::next_boundary(&self.text, self.cursor);
        self.text.replace_range(self.cursor..end, "");
    }

    pub fn left(&mut self) {
        self.prefilled = false;
        self.cursor = text::prev_boundary(&self.text, self.cursor);
    }

    pub fn right(&mut self) {
        self.prefilled = false;
        self.cursor = text::next_boundary(&self.text, self.cursor);
    }

    pub fn home(&mut self) {
        self.prefilled = false;
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.prefilled = false;
        self.cursor = self.text.len();
    }

    /// Ctrl-U: deletes everything before the cursor.
    pub fn clear_to_start(&mut self) {
        self.prefilled = false;
        self.text.replace_range(..self.cursor, "");
        self.cursor = 0;
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it. A run of
    /// Chinese (no spaces) counts as one word, as in a shell.
    pub fn delete_word(&mut self) {
        self.prefilled = false;
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || is_separator(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        // Deleting just a separator when the cursor is right after one.
        let start = if start == trimmed.len() && start > 0 {
            text::prev_boundary(&self.text, start)
        } else {
            start
        };
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '/' | '.' | ',' | '，' | '。' | '、' | ':' | '：')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineEditor {
        let mut e = LineEditor::new();
        e.insert_str(s);
        e
    }

    #[test]
    fn typing_replaces_a_prefill() {
        let mut e = LineEditor::prefilled("2020-12-31");
        assert!(e.is_prefilled());
        e.insert_str("2021-01-15");
        assert_eq!(e.text(), "2021-01-15");
        assert!(!e.is_prefilled());
    }

    #[test]
    fn moving_keeps_a_prefill_for_editing() {
        let mut e = LineEditor::prefilled("2020-12-31");
        e.left();
        e.delete_back();
        e.insert('0');
        assert_eq!(e.text(), "2020-12-01");
        let mut e = LineEditor::prefilled("2020-12-31");
        e.delete_back();
        assert_eq!(e.text(), "");
    }

    #[test]
    fn cursor_moves_by_grapheme_and_counts_columns() {
        let mut e = typed("基教处ab");
        e.home();
        e.right();
        assert_eq!(e.cursor_col(), 2);
        e.insert('x');
        assert_eq!(e.text(), "基x教处ab");
        e.end();
        e.left();
        e.delete_forward();
        assert_eq!(e.text(), "基x教处a");
        assert_eq!(e.cursor_col(), 8);
        e.home();
        e.delete_back();
        assert_eq!(e.text(), "基x教处a");
    }

    #[test]
    fn ctrl_u_deletes_to_the_start() {
        let mut e = typed("hello world");
        e.left();
        e.left();
        e.clear_to_start();
        assert_eq!(e.text(), "ld");
        assert_eq!(e.cursor_col(), 0);
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_the_cursor() {
        let mut e = typed("ji jiao chu  ");
        e.delete_word();
        assert_eq!(e.text(), "ji jiao ");
        e.delete_word();
        assert_eq!(e.text(), "ji ");
        let mut e = typed("2020-12-31");
        e.delete_word();
        assert_eq!(e.text(), "2020-12-");
        e.delete_word();
        assert_eq!(e.text(), "2020-12");
        let mut e = typed("学前 幼儿园");
        e.delete_word();
        assert_eq!(e.text(), "学前 ");
        e.delete_word();
        e.delete_word();
        assert_eq!(e.text(), "");
    }

    #[test]
    fn max_chars_caps_typing_and_control_chars_are_refused() {
        let mut e = LineEditor::new().with_max_chars(3);
        e.insert_str("12\u{1b}345");
        assert_eq!(e.text(), "123");
    }
}
