//! The plan switcher: opening it, moving in it, and switching the board to another plan.

use super::{App, Level, Modal, writes};
use crate::store::{PlanId, StoreError};
use crate::tui::action::Action;
use crate::tui::state::board::BoardState;
use crate::tui::state::plans::PlanSwitcher;
use crate::tui::state::search::SearchState;
use crate::tui::view;

impl App {
    /// Opens the switcher, or says on the footer that there is nothing to switch to.
    pub(super) fn open_plan_switcher(&mut self) {
        match self.store.plan_summaries() {
            Ok(plans) if plans.len() < 2 => {
                self.say(Level::Info, self.lang.msg("board-only-one-plan"));
            }
            Ok(plans) => {
                self.modal = Some(Modal::Plans(PlanSwitcher::new(plans, self.plan.id)));
            }
            Err(e) => self.report(e),
        }
    }

    pub(super) fn on_plans(&mut self, action: Action) {
        let Some(Modal::Plans(switcher)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Down => switcher.step(1),
            Action::Up => switcher.step(-1),
            Action::First => switcher.first(),
            Action::Last => switcher.last(),
            Action::Confirm => {
                let chosen = switcher.selected().map(|p| p.id);
                self.modal = None;
                if let Some(id) = chosen
                    && id != self.plan.id
                    && let Err(e) = self.switch_plan(id)
                {
                    self.report(e);
                }
            }
            Action::Back => self.modal = None,
            _ => {}
        }
    }

    /// Shows plan `id` on the board. Everything that belonged to the old plan goes:
    /// the detail, the overview or changes screen, the office filter (offices differ
    /// between plans), the quick filter, the search and its index, the changed-since marks. Nothing
    /// changes if the new plan cannot be read.
    pub(super) fn switch_plan(&mut self, id: PlanId) -> Result<(), StoreError> {
        let plan = self.store.plan(Some(id))?;
        let mut board = BoardState::from_slots(self.store.card_slots(id)?);
        board.set_rows(view::layout::card_rows(self.size.0, self.size.1));
        self.plan = plan;
        self.board = board;
        self.detail = None;
        self.screen = None;
        self.office = None;
        // A quick filter holds the old plan's items.
        self.quick = None;
        self.search = SearchState::default();
        self.stop_indexing();
        self.since = writes::start_visit(&mut self.store, id).unwrap_or_default();
        let text = crate::t!(self.lang, "board-plan-switched", title = &self.plan.title);
        self.say(Level::Info, text);
        Ok(())
    }
}
