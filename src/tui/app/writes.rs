//! The board's writes beyond moves and notes: undo, the deadline prompt, and the
//! visit record behind the "changed since your last visit" marks.

use super::{App, Level, Modal};
use crate::plan::deadline;
use crate::store::{PlanId, Store, StoreError, UndoOutcome};
use crate::tui::action::Action;
use crate::tui::state::changes::Since;
use crate::tui::state::detail::{DetailState, short_time};
use std::collections::HashSet;

/// Reads when the user last opened this plan's board and what changed since, then
/// records this visit. Recorded on start, not on quit, so a board that is killed still
/// counts, and the marks always mean "since you last opened the board". A read-only
/// user cannot record visits and sees no marks.
pub(super) fn start_visit(store: &mut Store, plan: PlanId) -> Result<Since, StoreError> {
    let opened = store.now();
    let event = store.last_event_id()?;
    if store.is_read_only() {
        return Ok(Since::default().opened_at(opened, event));
    }
    let at = store.last_visit(plan)?;
    let changed = match &at {
        Some(at) => store.changed_since(plan, at)?,
        None => HashSet::new(),
    };
    store.record_visit(plan)?;
    Ok(Since::new(at, changed).opened_at(opened, event))
}

impl App {
    /// Reverses this board's own last change on this plan (not the account's changes
    /// made elsewhere), if nobody changed that item since.
    pub(super) fn undo(&mut self) {
        let lang = self.lang;
        match self.store.undo_own(self.plan.id) {
            Ok(UndoOutcome::Undone {
                number,
                kind,
                restored,
            }) => {
                match self.board.id_of_number(number) {
                    // A reorder also moved the neighbour back: read the column again.
                    Some(id) if kind != "reorder" => self.refresh_items(&[id]),
                    _ => self.reload(),
                }
                let what = self.lang.change_kind(&kind);
                let n = number.to_string();
                // Say what was put back, so an undo is never a surprise.
                let value = match (kind.as_str(), restored) {
                    ("move", Some(key)) => {
                        crate::plan::Status::parse(&key).map(|st| self.lang.status(st).to_string())
                    }
                    (_, Some(v)) => Some(v),
                    (_, None) => None,
                };
                let text = match value {
                    Some(v) => crate::t!(lang, "board-undone-to", n = &n, what = &what, value = &v),
                    None => crate::t!(lang, "board-undone", n = &n, what = &what),
                };
                self.say(Level::Info, text);
            }
            Ok(UndoOutcome::Nothing) => self.say(Level::Info, lang.msg("board-undo-nothing")),
            Ok(UndoOutcome::Gone { number, kind }) => {
                let what = self.lang.change_kind(&kind);
                let text = crate::t!(lang, "board-undo-gone", n = number, what = &what);
                self.say(Level::Warn, text);
            }
            Ok(UndoOutcome::Refused { number, by, at }) => {
                // Show the other person's change the refusal names.
                match self.board.id_of_number(number) {
                    Some(id) => self.refresh_items(&[id]),
                    None => self.reload(),
                }
                let at = short_time(&at, &self.tz);
                let text = crate::t!(lang, "board-undo-refused", n = number, by = &by, at = &at);
                self.say(Level::Warn, text);
            }
            Err(e) => self.report(e),
        }
    }

    pub(super) fn on_date(&mut self, action: Action) {
        match &self.modal {
            Some(Modal::Prompt(_)) => return self.on_prompt(action),
            Some(Modal::FormDate { .. }) => return self.on_form_date(action),
            _ => {}
        }
        let Some(Modal::Date { line, error }) = &mut self.modal else {
            return;
        };
        if super::modals::edit_line(line, &action) {
            *error = None;
            return;
        }
        match action {
            Action::Confirm => {
                let typed = line.text().trim().to_string();
                match deadline::parse_iso(&typed) {
                    Ok(date) => {
                        self.modal = None;
                        self.save_due(date);
                    }
                    // The prompt stays open with the reason, so the user can fix it.
                    Err(e) => *error = Some(self.lang.date_error(&e)),
                }
            }
            Action::Back => self.modal = None,
            _ => {}
        }
    }

    fn save_due(&mut self, date: jiff::civil::Date) {
        let Some(id) = self.detail.as_ref().map(DetailState::id) else {
            return;
        };
        let lang = self.lang;
        let number = self
            .detail
            .as_ref()
            .map_or(0, |d| d.record.number)
            .to_string();
        let date_text = date.to_string();
        match self.store.set_due(id, date) {
            Ok(true) => {
                self.refresh_items(&[id]);
                let text = crate::t!(lang, "board-due-set", n = &number, date = &date_text);
                self.say(Level::Info, text);
            }
            Ok(false) => self.say(
                Level::Info,
                crate::t!(lang, "board-due-unchanged", date = &date_text),
            ),
            Err(e) => self.report(e),
        }
    }
}
