//! Adding, correcting and retiring items from the board (supervisors; a lead
//! office's members for the target and measures of their own items).

use super::App;
use crate::tui::state::prompt::Ask;

/// The question asked before removing a measure or retiring an item.
pub(super) fn ask_text(app: &App, ask: &Ask, number: &str, title: &str) -> String {
    let _ = (app, ask, number, title);
    String::new()
}

impl App {
    /// A yes to a question other than 销号's.
    pub(super) fn answer_yes(&mut self, ask: Ask) {
        let _ = ask;
    }
}
