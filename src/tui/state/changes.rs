//! What changed since the user's last visit: the moment, the items changed since, and
//! the list the changes key shows (newest first, selection by event id).

use crate::store::{EventRecord, ItemId};
use std::collections::HashSet;

/// The user's previous visit and the items changed after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Since {
    /// When the user last opened this plan's board (RFC 3339); `None` on a first visit.
    pub at: Option<String>,
    changed: HashSet<ItemId>,
}

impl Since {
    pub fn new(at: Option<String>, changed: HashSet<ItemId>) -> Since {
        Since { at, changed }
    }

    /// Whether `id` changed since the last visit (never on a first visit).
    pub fn is_changed(&self, id: ItemId) -> bool {
        self.changed.contains(&id)
    }

    /// Marks items this session saw change; they changed after the last visit too.
    pub fn mark(&mut self, ids: &[ItemId]) {
        if self.at.is_some() {
            self.changed.extend(ids);
        }
    }

    pub fn set_changed(&mut self, changed: HashSet<ItemId>) {
        self.changed = changed;
    }

    pub fn count(&self) -> usize {
        self.changed.len()
    }
}

/// One change in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub item: ItemId,
    pub number: u32,
    pub title: String,
    pub event: EventRecord,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangesState {
    changes: Vec<Change>,
    /// The selected change, by event id.
    selected: Option<i64>,
    window: super::Window,
}

impl ChangesState {
    /// The list, newest first, starting on the newest change.
    pub fn new(mut changes: Vec<Change>) -> ChangesState {
        changes.sort_by_key(|c| std::cmp::Reverse(c.event.id));
        ChangesState {
            selected: changes.first().map(|c| c.event.id),
            changes,
            window: super::Window::default(),
        }
    }

    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    pub fn selected_index(&self) -> Option<usize> {
        let id = self.selected?;
        self.changes.iter().position(|c| c.event.id == id)
    }

    pub fn selected(&self) -> Option<&Change> {
        self.selected_index().map(|i| &self.changes[i])
    }

    pub fn step(&mut self, delta: isize) {
        if self.changes.is_empty() {
            return;
        }
        let at = self.selected_index().unwrap_or(0);
        let to = super::stepped(at, delta, self.changes.len());
        self.selected = Some(self.changes[to].event.id);
        self.keep_visible();
    }

    pub fn scroll(&self) -> usize {
        self.window.scroll()
    }

    pub fn page_rows(&self) -> usize {
        self.window.rows()
    }

    pub fn set_rows(&mut self, rows: usize) {
        self.window.set_rows(rows);
        self.keep_visible();
    }

    fn keep_visible(&mut self) {
        let at = self.selected_index().unwrap_or(0);
        self.window.show(at, self.changes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: i64, item: ItemId) -> Change {
        Change {
            item,
            number: item as u32,
            title: format!("事项{item}"),
            event: EventRecord {
                id,
                item: Some(item as u32),
                actor: "alice".into(),
                recorded_by: None,
                name: None,
                at: format!("2020-06-15T0{id}:00:00Z"),
                kind: "move".into(),
                before: Some("todo".into()),
                after: Some("doing".into()),
                measure: None,
            },
        }
    }

    #[test]
    fn newest_first_and_selection_by_event() {
        let mut c = ChangesState::new(vec![change(1, 3), change(3, 5), change(2, 3)]);
        let ids: Vec<i64> = c.changes().iter().map(|c| c.event.id).collect();
        assert_eq!(ids, [3, 2, 1]);
        assert_eq!(c.selected().unwrap().item, 5);
        c.step(1);
        assert_eq!(c.selected().unwrap().event.id, 2);
        c.step(10);
        assert_eq!(c.selected().unwrap().event.id, 1);
        c.step(-10);
        assert_eq!(c.selected().unwrap().event.id, 3);
    }

    #[test]
    fn empty_list_has_no_selection() {
        let mut c = ChangesState::new(vec![]);
        c.step(1);
        assert!(c.selected().is_none());
    }

    #[test]
    fn scrolls_with_the_selection() {
        let mut c = ChangesState::new((1..=9).map(|i| change(i, i)).collect());
        c.set_rows(3);
        c.step(5);
        assert_eq!(c.scroll(), 3);
        c.step(-5);
        assert_eq!(c.scroll(), 0);
    }

    #[test]
    fn marks_only_after_a_previous_visit() {
        let mut first = Since::new(None, HashSet::new());
        first.mark(&[1]);
        assert!(!first.is_changed(1));
        let mut again = Since::new(Some("2020-06-14T00:00:00Z".into()), HashSet::from([2]));
        again.mark(&[1]);
        assert!(again.is_changed(1) && again.is_changed(2) && !again.is_changed(3));
        assert_eq!(again.count(), 2);
    }
}
