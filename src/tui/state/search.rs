//! The live search: a query and, once built, a prepared index of every item's texts.

use crate::store::ItemId;
use crate::tui::matcher::{MatchKey, fold, normalize_query};
use crate::tui::state::board::IdSet;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    query: String,
    index: Option<Index>,
    /// The hits of the current query and of the shorter queries it grew from, each
    /// contained in the one before: a query that extends the last one only re-checks
    /// its hits, and deleting a character goes back to a result already known.
    narrowing: Vec<Hits>,
    /// The items of the current query's hits; `None` when there is no query.
    hits: Option<IdSet>,
}

#[derive(Debug, Clone, Default)]
struct Index {
    ids: Vec<ItemId>,
    keys: Vec<MatchKey>,
}

#[derive(Debug, Clone)]
struct Hits {
    /// The normalized query.
    query: String,
    /// Indices into the index, ascending.
    entries: Vec<u32>,
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
        let mut index = Index {
            ids: Vec::with_capacity(texts.len()),
            keys: Vec::with_capacity(texts.len()),
        };
        for (id, text) in texts {
            index.ids.push(id);
            index.keys.push(fold(text));
        }
        self.index = Some(index);
        self.narrowing.clear();
        self.rematch();
    }

    /// Replaces one item's text in the index (after a note was added, say).
    pub fn update_entry(&mut self, id: ItemId, text: &str) {
        let Some(index) = &mut self.index else {
            return;
        };
        let key = fold(text.to_string());
        let entry = match index.ids.iter().position(|&i| i == id) {
            Some(e) => {
                index.keys[e] = key;
                e
            }
            None => {
                index.ids.push(id);
                index.keys.push(key);
                index.ids.len() - 1
            }
        };
        // Only this entry's answers can have changed, for every query kept.
        let key = &index.keys[entry];
        let entry = entry as u32;
        for hits in &mut self.narrowing {
            let at = hits.entries.binary_search(&entry);
            match (at, key.matches(&hits.query)) {
                (Ok(at), false) => {
                    hits.entries.remove(at);
                }
                (Err(at), true) => hits.entries.insert(at, entry),
                _ => {}
            }
        }
        self.rematch();
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
        self.narrowing.clear();
        self.hits = None;
    }

    pub fn is_active(&self) -> bool {
        self.hits.is_some()
    }

    /// Whether the search keeps `id`: always, when there is no query.
    pub fn keeps(&self, id: ItemId) -> bool {
        self.hits.as_ref().is_none_or(|h| h.contains(id))
    }

    fn rematch(&mut self) {
        let q = normalize_query(&self.query);
        let Some(index) = self.index.as_ref().filter(|_| !q.is_empty()) else {
            self.narrowing.clear();
            self.hits = None;
            return;
        };
        // A query that contains an earlier one matches only texts the earlier one did.
        while self.narrowing.last().is_some_and(|h| !q.contains(&h.query)) {
            self.narrowing.pop();
        }
        if self.narrowing.last().is_none_or(|h| h.query != q) {
            let entries = match self.narrowing.last() {
                Some(h) => h
                    .entries
                    .iter()
                    .copied()
                    .filter(|&e| index.keys[e as usize].matches(&q))
                    .collect(),
                None => (0..index.keys.len() as u32)
                    .filter(|&e| index.keys[e as usize].matches(&q))
                    .collect(),
            };
            self.narrowing.push(Hits { query: q, entries });
        }
        let hits = self.narrowing.last().map(|h| &h.entries[..]).unwrap_or(&[]);
        self.hits = Some(hits.iter().map(|&e| index.ids[e as usize]).collect());
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

    fn index() -> SearchState {
        let mut s = SearchState::default();
        s.set_index(vec![
            (1, "校园安全稳定".into()),
            (2, "安全教育".into()),
            (3, "教育督导 评估".into()),
        ]);
        s
    }

    fn kept(s: &SearchState) -> Vec<ItemId> {
        (1..=3).filter(|&id| s.keeps(id)).collect()
    }

    #[test]
    fn extending_narrows_and_deleting_widens_again() {
        let mut s = index();
        s.push('安');
        assert_eq!(kept(&s), vec![1, 2]);
        s.push('全');
        s.push('稳');
        assert_eq!(kept(&s), vec![1]);
        s.pop();
        assert_eq!(kept(&s), vec![1, 2]);
        s.pop();
        s.pop();
        s.push_str("jy");
        assert_eq!(kept(&s), vec![2, 3]);
        s.push_str(" d");
        assert_eq!(kept(&s), vec![3]);
    }

    #[test]
    fn an_updated_text_is_found_by_every_kept_query() {
        let mut s = index();
        s.push_str("安全");
        assert_eq!(kept(&s), vec![1, 2]);
        s.update_entry(3, "安全督导");
        assert_eq!(kept(&s), vec![1, 2, 3]);
        s.update_entry(1, "稳定");
        assert_eq!(kept(&s), vec![2, 3]);
        s.pop();
        assert_eq!(kept(&s), vec![2, 3]);
        s.update_entry(4, "安");
        assert!(s.keeps(4));
    }
}
