//! Key handling of the screens shown in place of the board: the offices overview and
//! the list of changes since the user's last visit.

use super::{App, Screen};
use crate::store::StoreError;
use crate::tui::action::{Action, Context};
use crate::tui::state::changes::{Change, ChangesState};
use crate::tui::state::overview::OverviewState;
use crate::tui::view;

impl App {
    pub(super) fn open_overview(&mut self) {
        match self.store.office_overview(self.plan.id, self.store.today()) {
            Ok(offices) => {
                let mut o = OverviewState::new(offices);
                match self.store.supervision_overview(self.plan.id) {
                    Ok(sv) => o.supervision = Some(sv),
                    Err(e) => self.report(e),
                }
                // Start on the office the board is filtered to, if any.
                if let Some(f) = &self.office {
                    o.select(&f.name);
                }
                self.screen = Some(Screen::Overview(o));
                self.size_screen();
            }
            Err(e) => self.report(e),
        }
    }

    pub(super) fn on_overview(&mut self, action: Action) {
        let Some(Screen::Overview(o)) = &mut self.screen else {
            return;
        };
        let page = o.page_rows() as isize;
        match action {
            Action::Down => o.step(1),
            Action::Up => o.step(-1),
            Action::First => o.step(isize::MIN / 2),
            Action::Last => o.step(isize::MAX / 2),
            Action::PageDown => o.step(page),
            Action::PageUp => o.step(-page),
            Action::SortNext => o.sort_next(),
            Action::SortReverse => o.reverse(),
            Action::Confirm => {
                if let Some(name) = o.selected().map(str::to_string) {
                    self.screen = None;
                    self.apply_office(name, false);
                }
            }
            Action::Help => self.open_help(Context::Overview),
            Action::Back => self.screen = None,
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    pub(super) fn open_changes(&mut self) {
        match self.load_changes() {
            Ok(changes) => {
                self.screen = Some(Screen::Changes(ChangesState::new(changes)));
                self.size_screen();
            }
            Err(e) => self.report(e),
        }
    }

    /// Every recorded change after the last visit, read from the items' histories.
    fn load_changes(&mut self) -> Result<Vec<Change>, StoreError> {
        // Since the last visit; on a first visit, since this board was opened (by
        // event, so that a change made in the same instant counts).
        let Some(at) = self.since.counts_from().map(str::to_string) else {
            return Ok(Vec::new());
        };
        let first = self.since.at.is_none();
        let after = self.since.opened_event;
        let by_event = if first {
            self.store.items_changed_since(self.plan.id, after)?
        } else {
            None
        };
        let ids = match by_event {
            Some(ids) => ids.into_iter().collect(),
            None => self.store.changed_since(self.plan.id, &at)?,
        };
        let mut out = Vec::new();
        for &id in &ids {
            // A large board holds whole only the cards around what it shows.
            let title = match self.board.card(id) {
                Some(c) => Some(c.title.clone()),
                None if self.board.holds(id) => Some(self.store.card(id)?.title),
                None => None,
            };
            let recent = self
                .store
                .history_recent(id, crate::tui::state::detail::HISTORY_SHOWN)?;
            for event in recent {
                // Times are stored in one fixed-width UTC form, so text order is time order.
                let counts = if first {
                    event.id > after
                } else {
                    event.at.as_str() > at.as_str()
                };
                if counts {
                    out.push(Change {
                        item: id,
                        number: event.item.unwrap_or_default(),
                        title: title.clone().unwrap_or_default(),
                        event,
                    });
                }
            }
        }
        // The card marks compare with the last visit only.
        if self.since.at.is_some() {
            self.since.set_changed(ids);
        }
        Ok(out)
    }

    pub(super) fn on_changes(&mut self, action: Action) {
        let Some(Screen::Changes(c)) = &mut self.screen else {
            return;
        };
        let page = c.page_rows() as isize;
        match action {
            Action::Down => c.step(1),
            Action::Up => c.step(-1),
            Action::First => c.step(isize::MIN / 2),
            Action::Last => c.step(isize::MAX / 2),
            Action::PageDown => c.step(page),
            Action::PageUp => c.step(-page),
            Action::Confirm => {
                if let Some((id, number)) = c.selected().map(|c| (c.item, c.number)) {
                    self.screen = None;
                    self.jump_to(number);
                    self.open_detail(id);
                }
            }
            Action::Help => self.open_help(Context::Changes),
            Action::Back => self.screen = None,
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// Tells the open screen how many rows fit at the current size.
    pub(super) fn size_screen(&mut self) {
        let h = self.size.1;
        match &mut self.screen {
            Some(Screen::Overview(o)) => o.set_rows(view::layout::overview_rows(h)),
            Some(Screen::Changes(c)) => c.set_rows(view::layout::changes_rows(h)),
            None => {}
        }
    }

    /// Reads the overview's counts again after a change (the changes list stays as
    /// opened: it is a record of a moment).
    pub(super) fn refresh_screen(&mut self) -> Result<(), StoreError> {
        if let Some(Screen::Overview(o)) = &mut self.screen {
            o.replace(
                self.store
                    .office_overview(self.plan.id, self.store.today())?,
            );
            o.supervision = Some(self.store.supervision_overview(self.plan.id)?);
        }
        Ok(())
    }
}
