//! The board's side of the supervision loop (督办): the user's home office, the
//! banner of urges waiting on them, progress reports, close-out and 销号.

use super::{App, Level, Modal};
use crate::store::rules::Act;
use crate::store::{ItemId, MoveOutcome};
use crate::tui::BoardOptions;
use crate::tui::state::editor::{EditTarget, EditorState};
use crate::tui::state::supervision::{ItemSupervision, SupervisionState};

impl App {
    /// Reads who the user is; opens the board on their only office unless
    /// `--office` says otherwise; says when urges wait on them.
    pub(super) fn open_supervision(&mut self, opts: &BoardOptions) {
        match SupervisionState::load(&self.store, self.plan.id) {
            Ok(sv) => self.sv = sv,
            Err(e) => self.report(e),
        }
        if let Some(office) = &opts.office {
            self.apply_office(office.clone(), opts.lead_only);
        } else if let Some(home) = self.sv.home_office().map(str::to_string) {
            self.apply_office(home, false);
        }
        if self.sv.urges_waiting() > 0 && self.message.is_none() {
            let text = self.banner_text();
            self.say(Level::Warn, text);
        }
    }

    /// "2 项督办待回复（按 ! 查看）".
    pub fn banner_text(&self) -> String {
        let key = self
            .keymap
            .first_key(
                crate::tui::action::Context::Board,
                &crate::tui::action::Action::Urged,
            )
            .map(|k| k.to_string())
            .unwrap_or_default();
        crate::t!(
            self.lang,
            "sv-banner",
            n = self.sv.urges_waiting(),
            key = &key
        )
    }

    /// Shows only the items whose urges wait on the user's offices (or all again),
    /// with the first of them selected.
    pub(super) fn toggle_urged(&mut self) {
        if !self.sv.toggle_urged_only() {
            return self.say(Level::Info, self.lang.msg("sv-no-urges"));
        }
        if self.sv.urged_only() {
            // The urged items may lie outside the office filter: show them all,
            // and put the filter back on leaving the list.
            self.office_before_urged = self.office.take();
            self.search.clear();
        } else {
            self.restore_office_after_urged();
        }
        self.refilter();
        if self.sv.urged_only()
            && let Some(id) = self
                .sv
                .first_urged()
                .and_then(|n| self.board.id_of_number(n))
        {
            self.board.select(id);
        }
    }

    /// Puts back the office filter the urged-only list set aside, with its items
    /// read again (they may have changed meanwhile).
    pub(super) fn restore_office_after_urged(&mut self) {
        let Some(mut office) = self.office_before_urged.take() else {
            return;
        };
        match self.store.office_item_ids(&office.name, office.lead_only) {
            Ok(ids) => {
                office.ids = ids.into_iter().collect();
                self.office = Some(office);
            }
            Err(e) => self.report(e),
        }
    }

    /// True when an urge on the selected item waits for the user's reply.
    pub fn current_item_awaits_my_reply(&self) -> bool {
        self.current_card()
            .is_some_and(|c| self.sv.my_urges().iter().any(|u| u.number == c.number))
    }

    /// Opens the editor for a reply to the current item's open urges, unless it
    /// has none or the rules refuse it.
    pub(super) fn start_reply(&mut self) {
        let Some(card) = self.current_card() else {
            return;
        };
        let (id, open) = (card.id, card.supervision.urges_open);
        if open == 0 {
            let key = self.board_key(&crate::tui::action::Action::Urged);
            return self.say(
                Level::Info,
                crate::t!(self.lang, "sv-no-urge-here", key = &key),
            );
        }
        if let Err(e) = self.store.check(Act::Reply, Some(id)) {
            return self.report(e);
        }
        self.modal = Some(Modal::Editor(EditorState::new(EditTarget::Reply(id), "")));
    }

    pub(super) fn save_reply(&mut self, id: ItemId, text: &str) {
        let number = self.board.card(id).map_or(0, |c| c.number).to_string();
        match self.store.reply(id, text) {
            Ok(count) => {
                self.modal = None;
                self.refresh_items(&[id]);
                let count = count.to_string();
                let msg = crate::t!(self.lang, "sv-replied", n = &number, count = &count);
                self.say(Level::Info, msg);
            }
            // The editor stays open so nothing typed is lost.
            Err(e) => self.report(e),
        }
    }

    /// Opens the editor on the current item's report for this period (its text
    /// when one was made), unless the rules refuse it.
    pub(super) fn start_report(&mut self) {
        let Some(card) = self.current_card() else {
            return;
        };
        let (id, status) = (card.id, card.status);
        if status == crate::plan::Status::Done {
            return self.say(Level::Info, self.lang.msg("sv-done-needs-no-report"));
        }
        if let Err(e) = self.store.check(Act::Report, Some(id)) {
            return self.report(e);
        }
        let text = self.current_report_text(id).unwrap_or_default();
        self.modal = Some(Modal::Editor(EditorState::new(
            EditTarget::Report(id),
            &text,
        )));
    }

    fn current_report_text(&self, id: ItemId) -> Option<String> {
        let period = self.store.period_now(self.plan.id).ok()?.period;
        let sv = ItemSupervision::load(&self.store, id).ok()?;
        sv.report_for(&period).map(|r| r.text.clone())
    }

    pub(super) fn save_report(&mut self, id: ItemId, text: &str) {
        match self.store.report(id, text) {
            Ok(outcome) => {
                self.modal = None;
                self.refresh_items(&[id]);
                let lang = self.lang;
                let (period, n) = (&outcome.period, outcome.answered_urges);
                let msg = match (outcome.replaced, n > 0) {
                    (false, false) => crate::t!(lang, "sv-report-saved", period = period),
                    (false, true) => {
                        crate::t!(lang, "sv-report-saved-answering", period = period, n = n)
                    }
                    (true, false) => crate::t!(lang, "sv-report-replaced", period = period),
                    (true, true) => {
                        crate::t!(lang, "sv-report-replaced-answering", period = period, n = n)
                    }
                };
                self.say(Level::Info, msg);
            }
            // The editor stays open so nothing typed is lost.
            Err(e) => self.report(e),
        }
    }

    /// A move to done: asks for the completion statement, unless the rules refuse
    /// closing the item at all.
    pub(super) fn start_close(&mut self, id: ItemId, version: i64) {
        if let Err(e) = self.store.check(Act::Close, Some(id)) {
            return self.report(e);
        }
        self.modal = Some(Modal::Editor(EditorState::new(
            EditTarget::Close { item: id, version },
            "",
        )));
    }

    pub(super) fn save_close(&mut self, id: ItemId, version: i64, statement: &str) {
        let number = self.board.card(id).map_or(0, |c| c.number);
        match self.store.close_item(id, statement, Some(version)) {
            Ok(MoveOutcome::Moved { .. }) => {
                self.modal = None;
                self.refresh_items(&[id]);
                self.board.select(id);
                let lang = self.lang;
                let awaiting = self
                    .board
                    .card(id)
                    .is_some_and(|c| c.supervision.awaiting_confirmation);
                let text = if awaiting {
                    lang.msg("sv-closed-awaiting")
                } else {
                    lang.msg("sv-closed")
                };
                self.say(Level::Info, text);
            }
            Ok(MoveOutcome::Unchanged) => {
                self.modal = None;
                self.reload();
            }
            Ok(MoveOutcome::Stale { by, at, status }) => {
                self.modal = None;
                self.say_stale(number, &by, &at, status);
            }
            Err(e) => self.report(e),
        }
    }

    /// Asks for the reason a done item is reopened, unless the rules refuse it.
    pub(super) fn start_reopen(&mut self) {
        let Some(card) = self.current_card() else {
            return;
        };
        let (id, status) = (card.id, card.status);
        if status != crate::plan::Status::Done {
            return self.say(Level::Info, self.lang.msg("sv-not-done"));
        }
        if let Err(e) = self.store.check(Act::Reopen, Some(id)) {
            return self.report(e);
        }
        // A confirmed close-out (销号) is reopened by supervisors only: say so before
        // the editor opens.
        let confirmed = match self.store.closeout(id) {
            Ok(c) => c.is_some_and(|c| c.confirmed()),
            Err(e) => return self.report(e),
        };
        if confirmed && let Err(e) = self.store.check(Act::ReopenConfirmed, Some(id)) {
            return self.report(e);
        }
        self.modal = Some(Modal::Editor(EditorState::new(EditTarget::Reopen(id), "")));
    }

    pub(super) fn save_reopen(&mut self, id: ItemId, reason: &str) {
        let number = self.board.card(id).map_or(0, |c| c.number).to_string();
        match self.store.reopen(id, reason) {
            Ok(()) => {
                self.modal = None;
                self.refresh_items(&[id]);
                self.board.select(id);
                self.say(
                    Level::Info,
                    crate::t!(self.lang, "sv-reopened", n = &number),
                );
            }
            // The editor stays open so nothing typed is lost.
            Err(e) => self.report(e),
        }
    }
}
