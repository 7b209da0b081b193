//! The live search: a query and, once built, a prepared index of every item's texts.

use crate::store::ItemId;
use crate::tui::matcher::{MatchKey, normalize_query};
use std::collections::HashSet;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    query: String,
    index: Option<Vec<(ItemId, MatchKey)>>,
    hits: Option<HashSet<ItemId>>,
}

impl SearchState {
    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn has_index(&self) -> bool {
        self.index.is_some()
    }

    /// Builds the index from the store's search texts (title, target, measures, notes).
    pub fn set_index(&mut self, texts: Vec<(ItemId, String)>) {
        self.index = Some(
            texts
                .into_iter()
                .map(|(id, t)| (id, MatchKey::initials_only(&t)))
                .collect(),
        );
        self.rematch();
    }

    /// Replaces one item's text in the index (after a note was added, say).
    pub fn update_entry(&mut self, id: ItemId, text: &str) {
        if let Some(index) = &mut self.index {
            let key = MatchKey::initials_only(text);
            match index.iter_mut().find(|(i, _)| *i == id) {
                Some(entry) => entry.1 = key,
                None => index.push((id, key)),
            }
            self.rematch();
        }
    }

    pub fn push(&mut self, c: char) {
        if !c.is_control() {
            self.query.push(c);
            self.rematch();
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.query.extend(s.chars().filter(|c| !c.is_control()));
        self.rematch();
    }

    pub fn pop(&mut self) {
        self.query.pop();
        self.rematch();
    }

    pub fn clear(&mut self) {
        self.query.clear();
        self.hits = None;
    }

    pub fn is_active(&self) -> bool {
        self.hits.is_some()
    }

    /// Whether the search keeps `id`: always, when there is no query.
    pub fn keeps(&self, id: ItemId) -> bool {
        self.hits.as_ref().is_none_or(|h| h.contains(&id))
    }

    fn rematch(&mut self) {
        let q = normalize_query(&self.query);
        self.hits = match (&self.index, q.is_empty()) {
            (_, true) | (None, _) => None,
            (Some(index), false) => Some(
                index
                    .iter()
                    .filter(|(_, k)| k.matches(&q))
                    .map(|(id, _)| *id)
                    .collect(),
            ),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrows_live_and_clears() {
        let mut s = SearchState::default();
        s.set_index(vec![
            (1, "校园安全稳定".into()),
            (2, "教育督导 评估".into()),
        ]);
        assert!(s.keeps(1) && s.keeps(2));
        s.push_str("安全");
        assert!(s.keeps(1) && !s.keeps(2));
        s.pop();
        s.pop();
        s.push_str("jydd");
        assert!(!s.keeps(1) && s.keeps(2));
        s.clear();
        assert!(!s.is_active());
        assert!(s.keeps(1) && s.keeps(2));
    }
}
