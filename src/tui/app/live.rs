//! Keeping the board in step with the database: other connections' changes, this
//! board's own writes, and who else has a board open.

use super::App;
use crate::store::{ItemId, StoreError};
use crate::tui::state::detail::DetailState;
use crate::tui::state::search::IndexBuilder;
use crate::tui::state::supervision::ItemSupervision;

/// What the board knows of other connections: the change markers it last saw, and
/// who else has a board open.
#[derive(Debug, Clone, Default)]
pub(super) struct Live {
    pub(super) data_version: i64,
    pub(super) last_event: i64,
    pub(super) session: Option<String>,
    pub(super) others: Vec<String>,
    /// On a server: the connection is lost, and when to try again.
    pub(super) down: Option<super::server_link::Down>,
}

impl App {
    /// Reloads when another connection changed the board's data, and refreshes who else
    /// is here; true when anything shown changed. Cheap when nothing happened.
    pub fn poll_data(&mut self) -> bool {
        if self.store.is_server() {
            return self.poll_server();
        }
        let v = match self.store.data_version() {
            Ok(v) => v,
            Err(e) if e.is_file_change() => {
                self.file_changed(&e);
                return true;
            }
            Err(_) => return false,
        };
        if v == self.live.data_version {
            return false;
        }
        self.live.data_version = v;
        self.catch_up() | self.refresh_presence()
    }

    /// Reads what others changed since the last event this board saw; true when
    /// anything shown changed.
    pub(super) fn catch_up(&mut self) -> bool {
        let mut changed = false;
        // Heartbeats of other boards also commit: reload only for real changes. The marker
        // moves only here, read after `data_version`, so no commit slips between the two
        // (this board's own writes are seen again later, which costs a card refresh).
        if let Ok(ev) = self.store.last_event_id()
            && ev < self.live.last_event
        {
            // The history went back (a restore): everything may have changed.
            self.reload();
            self.live.last_event = ev;
            changed = true;
        } else if let Ok(ev) = self.store.last_event_id()
            && ev != self.live.last_event
        {
            // Refresh just the items others touched when the history can say which.
            self.others_changing = true;
            match self
                .store
                .items_changed_since(self.plan.id, self.live.last_event)
            {
                Ok(Some(ids)) => self.refresh_items(&ids),
                _ => self.reload(),
            }
            self.others_changing = false;
            self.live.last_event = ev;
            changed = true;
        }
        if changed {
            self.fill_window();
        }
        changed
    }

    /// The database file was replaced or its log deleted under the board: nothing was
    /// written; the board opens the file at the path again, says so, and shows it.
    pub(super) fn file_changed(&mut self, e: &StoreError) {
        if matches!(e, StoreError::WritersBack { .. }) {
            // A reader that read the file alone now follows the writers: no news.
            match self.store.reopen_file() {
                Ok(()) => self.reload(),
                Err(err) => self.report(err),
            }
            return;
        }
        let log_lost = matches!(e, StoreError::LogLost { .. });
        match self.store.reopen_file() {
            Ok(()) => {
                self.live = Live::default();
                self.join_presence();
                self.live.data_version = self.store.data_version().unwrap_or_default();
                self.live.last_event = self.store.last_event_id().unwrap_or_default();
                self.reload();
                self.warn(self.lang.msg(if log_lost {
                    "board-log-lost-reopened"
                } else {
                    "board-file-replaced-reopened"
                }));
            }
            Err(err) => {
                let error = err.message(self.lang);
                let text = if log_lost {
                    crate::t!(self.lang, "board-log-lost-not-reopened", error = error)
                } else {
                    crate::t!(self.lang, "board-file-replaced-not-reopened", error = error)
                };
                self.say(super::Level::Error, text);
            }
        }
    }

    /// Announces this board to others (best effort: a read-only user is simply not shown).
    /// The store's quick check, when opening it put the check off (and the visit
    /// recorded meanwhile).
    pub fn check_sound_if_deferred(&mut self) -> Result<(), StoreError> {
        self.store.check_sound_if_deferred()
    }

    pub fn join_presence(&mut self) {
        self.live.session = self.store.join_presence().ok();
        self.refresh_presence();
    }

    /// Keeps this board's presence alive; true when the list of others changed.
    pub fn heartbeat(&mut self) -> bool {
        if self.live.down.is_some() {
            return false;
        }
        if let Some(s) = &self.live.session {
            let _ = self.store.heartbeat(s);
        }
        self.refresh_presence()
    }

    pub fn leave_presence(&mut self) {
        if let Some(s) = self.live.session.take() {
            let _ = self.store.leave_presence(&s);
        }
    }

    pub(super) fn refresh_presence(&mut self) -> bool {
        let Some(s) = &self.live.session else {
            return false;
        };
        let Ok(others) = self.store.others_present(s) else {
            return false;
        };
        // By display name where one is set.
        let names = &self.sv.me.names;
        let others: Vec<String> = (others.into_iter())
            .map(|p| names.of(&p.actor).to_string())
            .collect();
        if others == self.live.others {
            return false;
        }
        self.live.others = others;
        true
    }

    /// Who else has a board open on this database.
    pub fn others_present(&self) -> &[String] {
        &self.live.others
    }

    /// Reads whole the cards the board is about to show (and the open detail's), and
    /// lets go of those far from it on a large board. Runs after every change of the
    /// board's state, before it is drawn.
    pub(super) fn fill_window(&mut self) {
        let also: Vec<ItemId> = self
            .detail
            .as_ref()
            .map(DetailState::id)
            .into_iter()
            .collect();
        let missing = self.board.missing(&also);
        if !missing.is_empty() {
            match self.store.cards_by_id(self.plan.id, &missing) {
                Ok(cards) => self.board.load(cards),
                Err(e) => self.report(e),
            }
        }
        self.board.evict(&also);
    }

    /// Reads again just the items this board changed; the rest stays as loaded.
    pub(super) fn refresh_items(&mut self, ids: &[ItemId]) {
        if let Err(e) = self.try_refresh_items(ids, true) {
            self.report(e);
            self.reload();
        }
    }

    /// `refresh_items` after this board moved or reordered cards: a move opens or
    /// answers no urge and changes no membership, so the supervision state stays
    /// (on a server, seven round trips fewer before the frame).
    pub(super) fn refresh_moved(&mut self, ids: &[ItemId]) {
        if let Err(e) = self.try_refresh_items(ids, false) {
            self.report(e);
            self.reload();
        }
    }

    fn try_refresh_items(&mut self, ids: &[ItemId], supervision: bool) -> Result<(), StoreError> {
        // Urges opened or answered change the banner and the urged-only filter.
        let urged_only = self.sv.urged_only();
        if supervision {
            self.sv.refresh(&self.store, self.plan.id)?;
        }
        if urged_only != self.sv.urged_only() {
            // The last urge answered ends the list: back to the office it set aside.
            self.restore_office_after_urged();
            self.refilter();
        }
        let cards = ids
            .iter()
            .map(|&id| self.store.card(id))
            .collect::<Result<Vec<_>, _>>()?;
        self.search_texts_changed(ids);
        if self.search.has_index() {
            for &id in ids {
                let text = self.store.search_text(id)?;
                self.search.update_entry(id, &text);
            }
        }
        // A card that came to match the quick filter joins it.
        if let Some(q) = &mut self.quick {
            let sources = super::desk::sources_for(&self.store, self.plan.id, &q.kind);
            q.admit(cards.iter(), self.store.today(), &sources);
        }
        let f = filters!(self);
        let keep = |id| f.keeps(id);
        // With the card's detail open the board follows the card the user is reading.
        if self.others_changing && self.detail.is_none() {
            self.board.update_cards_from_others(cards, keep);
        } else {
            self.board.update_cards(cards, keep);
        }
        self.since.mark(ids);
        self.refresh_screen()?;
        if let Some(id) = self.detail.as_ref().map(DetailState::id)
            && ids.contains(&id)
        {
            self.reload_detail(id)?;
        }
        Ok(())
    }

    /// Reads every item's search text into a new search index.
    pub(super) fn build_search_index(&mut self) -> Result<(), StoreError> {
        let mut builder = IndexBuilder::with_capacity(self.board.card_count());
        self.store
            .for_each_search_text(self.plan.id, |id, text| builder.add(id, text))?;
        self.search.set_index(builder);
        Ok(())
    }

    /// Reads the open detail's item again.
    fn reload_detail(&mut self, id: ItemId) -> Result<(), StoreError> {
        let record = self.store.item(id)?;
        let history = self
            .store
            .history_recent(id, crate::tui::state::detail::HISTORY_SHOWN)?;
        let sv = ItemSupervision::load(&self.store, id)?;
        if let Some(d) = &mut self.detail {
            d.replace(record, history);
            d.sv = sv;
        }
        self.keep_detail_focus();
        Ok(())
    }

    /// Reads everything shown again, keeping the selection, the scroll and the open view.
    pub fn reload(&mut self) {
        if let Err(e) = self.try_reload() {
            self.report(e);
        }
    }

    fn try_reload(&mut self) -> Result<(), StoreError> {
        self.sv.refresh(&self.store, self.plan.id)?;
        if !self.sv.urged_only() {
            self.restore_office_after_urged();
        }
        let slots = self.store.card_slots(self.plan.id)?;
        if let Some(o) = &mut self.office {
            o.ids = self
                .store
                .office_item_ids(&o.name, o.lead_only)?
                .into_iter()
                .collect();
        }
        if self.search.has_index() || self.is_indexing() {
            self.rebuild_search_index();
        }
        if let Some(q) = &mut self.quick {
            let sources = super::desk::sources_for(&self.store, self.plan.id, &q.kind);
            q.admit_all(&self.store, self.plan.id, &sources)?;
        }
        let f = filters!(self);
        let keep = |id| f.keeps(id);
        if self.others_changing && self.detail.is_none() {
            self.board.set_slots_from_others(slots, keep);
        } else {
            self.board.set_slots(slots, keep);
        }
        self.fill_window();
        if let Some(at) = &self.since.at {
            let changed = self.store.changed_since(self.plan.id, at)?;
            self.since.set_changed(changed);
        }
        self.refresh_screen()?;
        if let Some(id) = self.detail.as_ref().map(DetailState::id) {
            self.reload_detail(id)?;
        }
        Ok(())
    }
}
