//! Warnings from outside the board (e.g. the database's file system) shown on its footer.

use super::{App, Level, Message};

impl App {
    /// Shows `text` as a warning on the footer, as the board's own warnings are.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            level: Level::Warn,
            text: text.into(),
        });
    }
}
