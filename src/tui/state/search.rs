//! The live search: a query and, once built, a prepared index of every item's texts.

use crate::store::ItemId;
use crate::tui::matcher::{MatchKey, PinyinQuery, fold, normalize_query};
use crate::tui::state::board::IdSet;
use std::collections::HashMap;

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
    /// How the last change of the query changed the hits.
    change: HitsChange,
}

/// How the hits changed with the query: what a board must do to its columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HitsChange {
    /// The same items are kept.
    Same,
    /// Only items kept before are kept: the board need only look at what it shows.
    Narrower,
    /// Anything else.
    #[default]
    Other,
}

#[derive(Debug, Clone, Default)]
struct Index {
    ids: Vec<ItemId>,
    keys: Vec<MatchKey>,
    /// For each character, the entries that may contain it.
    postings: Postings,
    /// Entries changed since the postings were built, ascending: their postings may
    /// name characters they no longer have.
    changed: Vec<u32>,
}

/// Which entries have a character in their lowercase text, or (for ASCII) in their
/// initials: a one-character query's answer without reading any text, and for a longer
/// query, the rarest of its characters gives the few entries worth checking.
#[derive(Debug, Clone, Default)]
struct Postings {
    /// A Basic Multilingual Plane character's posting, as 1 + its index in `lists`.
    bmp: Vec<u32>,
    other: HashMap<char, u32>,
    lists: Vec<Posting>,
    /// One past the greatest entry in each posting (0 when empty), kept apart from the
    /// postings so that skipping a character seen before in the same entry, or
    /// appending, touches only this.
    end: Vec<u32>,
    /// How many entries the index is expected to hold: a list longer than a 32nd of
    /// that turns into bits as it is built, so that the lists of common characters
    /// never hold four bytes per entry at once.
    expected: usize,
}

#[derive(Debug, Clone)]
enum Posting {
    /// Ascending entries, for characters in few entries.
    List(Vec<u32>),
    /// One bit per entry, for characters in many (smaller than a list then).
    Bits { words: Vec<u64>, len: usize },
}

impl Posting {
    fn len(&self) -> usize {
        match self {
            Posting::List(l) => l.len(),
            Posting::Bits { len, .. } => *len,
        }
    }

    fn add(&mut self, entry: u32) {
        match self {
            Posting::List(l) => {
                if let Err(at) = l.binary_search(&entry) {
                    l.insert(at, entry);
                }
            }
            Posting::Bits { words, len } => {
                let (w, b) = (entry as usize / 64, 1u64 << (entry % 64));
                if words.len() <= w {
                    words.resize(w + 1, 0);
                }
                *len += usize::from(words[w] & b == 0);
                words[w] |= b;
            }
        }
    }

    /// The entries of `list` as bits, sized for `entries` entries.
    fn bits(list: &[u32], entries: usize) -> Posting {
        let mut bits = Posting::Bits {
            words: vec![0; entries.div_ceil(64)],
            len: 0,
        };
        for &e in list {
            bits.add(e);
        }
        bits
    }

    fn entries(&self) -> Vec<u32> {
        match self {
            Posting::List(l) => l.clone(),
            Posting::Bits { words, len } => {
                let mut out = Vec::with_capacity(*len);
                for (w, &word) in words.iter().enumerate() {
                    let mut bits = word;
                    while bits != 0 {
                        out.push(w as u32 * 64 + bits.trailing_zeros());
                        bits &= bits - 1;
                    }
                }
                out
            }
        }
    }
}

impl Postings {
    fn slot(&self, c: char) -> Option<usize> {
        let i = match u16::try_from(c as u32) {
            Ok(b) => *self.bmp.get(usize::from(b))?,
            Err(_) => *self.other.get(&c)?,
        };
        (i as usize).checked_sub(1)
    }

    fn slot_or_new(&mut self, c: char) -> usize {
        if let Some(i) = self.slot(c) {
            return i;
        }
        self.lists.push(Posting::List(Vec::new()));
        self.end.push(0);
        let i = self.lists.len() as u32;
        match u16::try_from(c as u32) {
            Ok(b) => {
                if self.bmp.is_empty() {
                    self.bmp = vec![0; 1 << 16];
                }
                self.bmp[usize::from(b)] = i;
            }
            Err(_) => {
                self.other.insert(c, i);
            }
        }
        i as usize - 1
    }

    /// Adds `entry` under each character of `key` that a query could look for.
    fn add(&mut self, entry: u32, key: &MatchKey) {
        let initials = key.initials().chars().filter(char::is_ascii);
        for c in key.lower().chars().chain(initials) {
            let i = self.slot_or_new(c);
            let end = self.end[i];
            if end == entry + 1 {
                continue;
            }
            match &mut self.lists[i] {
                // While building, entries come in ascending order.
                Posting::List(l) if end <= entry => l.push(entry),
                p => p.add(entry),
            }
            self.end[i] = end.max(entry + 1);
            if let Posting::List(l) = &self.lists[i]
                && l.len() > self.expected / 32
                && self.expected > 0
            {
                self.lists[i] = Posting::bits(l, self.expected);
            }
        }
    }

    /// Turns the lists of characters found in many entries into bits.
    fn compact(&mut self, entries: usize) {
        for p in &mut self.lists {
            if let Posting::List(l) = p
                && l.len() > entries / 32
            {
                *p = Posting::bits(l, entries);
            } else if let Posting::List(l) = p {
                l.shrink_to_fit();
            }
        }
    }

    fn get(&self, c: char) -> Option<&Posting> {
        self.slot(c).map(|i| &self.lists[i])
    }
}

impl Index {
    /// The entries `q` matches as text or initials, or as full pinyin (`pq`).
    fn search_all(&self, q: &str, pq: &PinyinQuery) -> Vec<u32> {
        let mut entries = self.search(q);
        for initials in pq.initials() {
            entries.extend(
                self.search(initials)
                    .into_iter()
                    .filter(|&e| pq.matches(&self.keys[e as usize])),
            );
        }
        if pq.is_pinyin() {
            entries.sort_unstable();
            entries.dedup();
        }
        entries
    }

    /// The entries `q` matches, checking only those that have its rarest character.
    fn search(&self, q: &str) -> Vec<u32> {
        let rarest = q
            .chars()
            .map(|c| self.postings.get(c))
            .min_by_key(|p| p.map_or(0, Posting::len));
        let Some(Some(posting)) = rarest else {
            return Vec::new();
        };
        let mut entries = posting.entries();
        // A single character is answered by its posting, except for changed entries.
        let exact = q.chars().nth(1).is_none();
        entries.retain(|&e| {
            (exact && self.changed.binary_search(&e).is_err()) || self.keys[e as usize].matches(q)
        });
        entries
    }
}

/// Gathers the search texts one item at a time, each folded into its key as it
/// comes, so that the texts of a large board are never all held at once.
#[derive(Debug, Default)]
pub struct IndexBuilder {
    index: Index,
}

impl IndexBuilder {
    /// A builder for about `items` texts.
    pub fn with_capacity(items: usize) -> IndexBuilder {
        let mut index = Index {
            ids: Vec::with_capacity(items),
            keys: Vec::with_capacity(items),
            ..Index::default()
        };
        index.postings.expected = items;
        IndexBuilder { index }
    }

    pub fn add(&mut self, id: ItemId, text: String) {
        let index = &mut self.index;
        let key = fold(text);
        index.postings.add(index.keys.len() as u32, &key);
        index.ids.push(id);
        index.keys.push(key);
    }
}

impl FromIterator<(ItemId, String)> for IndexBuilder {
    fn from_iter<I: IntoIterator<Item = (ItemId, String)>>(texts: I) -> Self {
        let mut builder = IndexBuilder::default();
        for (id, text) in texts {
            builder.add(id, text);
        }
        builder
    }
}

#[derive(Debug, Clone)]
struct Hits {
    /// The normalized query.
    query: String,
    /// Whether full pinyin was matched too (see `PinyinQuery`): hits without it are
    /// no superset of a pinyin query's.
    pinyin: bool,
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

    /// How the last edit of the query (`push`, `pop`, `set_query`...) changed the hits.
    pub fn change(&self) -> HitsChange {
        self.change
    }

    /// Builds the index from the store's search texts (title, target, measures, notes).
    pub fn set_index(&mut self, builder: IndexBuilder) {
        let mut index = builder.index;
        index.postings.compact(index.keys.len());
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
        let key = &index.keys[entry];
        let entry = entry as u32;
        index.postings.add(entry, key);
        if let Err(at) = index.changed.binary_search(&entry) {
            index.changed.insert(at, entry);
        }
        // Only this entry's answers can have changed, for every query kept.
        for hits in &mut self.narrowing {
            let at = hits.entries.binary_search(&entry);
            let pq = PinyinQuery::new(&hits.query);
            match (at, key.matches(&hits.query) || pq.matches(key)) {
                (Ok(at), false) => {
                    hits.entries.remove(at);
                }
                (Err(at), true) => hits.entries.insert(at, entry),
                _ => {}
            }
        }
        self.rematch();
        self.change = HitsChange::Other;
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

    /// Replaces the query (after an edit anywhere in the search line).
    pub fn set_query(&mut self, query: &str) {
        if self.query != query {
            self.query.clear();
            self.query.extend(query.chars().filter(|c| !c.is_control()));
            self.rematch();
        } else {
            self.change = HitsChange::Same;
        }
    }

    pub fn clear(&mut self) {
        self.query.clear();
        self.narrowing.clear();
        self.hits = None;
        self.change = HitsChange::Other;
    }

    pub fn is_active(&self) -> bool {
        self.hits.is_some()
    }

    /// The query as matched (lowercased, trimmed), for highlighting what matched.
    pub fn normalized(&self) -> String {
        normalize_query(&self.query)
    }

    /// Which line of `id`'s search text (title, target, then measures and notes, one a
    /// line) the query first matches; `None` with no query or no match.
    pub fn matched_line(&self, id: ItemId) -> Option<usize> {
        let q = normalize_query(&self.query);
        let index = self.index.as_ref().filter(|_| !q.is_empty())?;
        let entry = index.ids.iter().position(|&i| i == id)?;
        let pq = PinyinQuery::new(&q);
        index.keys[entry].lower().split('\n').position(|line| {
            let key = MatchKey::initials_only(line);
            key.matches(&q) || pq.matches(&key)
        })
    }

    /// Whether the search keeps `id`: always, when there is no query.
    pub fn keeps(&self, id: ItemId) -> bool {
        self.hits.as_ref().is_none_or(|h| h.contains(id))
    }

    fn rematch(&mut self) {
        let q = normalize_query(&self.query);
        let was_all = self.hits.is_none();
        let Some(index) = self.index.as_ref().filter(|_| !q.is_empty()) else {
            self.narrowing.clear();
            self.hits = None;
            self.change = if was_all {
                HitsChange::Same
            } else {
                HitsChange::Other
            };
            return;
        };
        let depth = self.narrowing.len();
        // A query that contains an earlier one matches only texts the earlier one did;
        // for full pinyin (matched from a syllable's start) only when it begins with it.
        let pq = PinyinQuery::new(&q);
        let ascii = q.is_ascii();
        while self.narrowing.last().is_some_and(|h| {
            let contains = q.starts_with(&h.query) || !ascii && q.contains(&h.query);
            !contains || pq.is_pinyin() && !h.pinyin
        }) {
            self.narrowing.pop();
        }
        let kept_all = self.narrowing.len() == depth;
        self.change = match self.narrowing.last() {
            _ if was_all => HitsChange::Narrower,
            Some(h) if kept_all && h.query == q => HitsChange::Same,
            Some(_) if kept_all => HitsChange::Narrower,
            _ => HitsChange::Other,
        };
        if self.narrowing.last().is_none_or(|h| h.query != q) {
            let entries = match self.narrowing.last() {
                Some(h) => h
                    .entries
                    .iter()
                    .copied()
                    .filter(|&e| {
                        let key = &index.keys[e as usize];
                        key.matches(&q) || pq.matches(key)
                    })
                    .collect(),
                None => index.search_all(&q, &pq),
            };
            self.narrowing.push(Hits {
                query: q,
                pinyin: pq.is_pinyin(),
                entries,
            });
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
        s.set_index(
            vec![(1, "校园安全稳定".into()), (2, "教育督导 评估".into())]
                .into_iter()
                .collect(),
        );
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
        s.set_index(
            vec![
                (1, "校园安全稳定".into()),
                (2, "安全教育".into()),
                (3, "教育督导 评估".into()),
            ]
            .into_iter()
            .collect(),
        );
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
    fn the_change_says_when_a_query_only_narrowed_the_hits() {
        let mut s = index();
        s.push('安');
        assert_eq!(s.change(), HitsChange::Narrower);
        s.push('全');
        assert_eq!(s.change(), HitsChange::Narrower);
        s.set_query("安全");
        assert_eq!(s.change(), HitsChange::Same);
        s.pop();
        assert_eq!(s.change(), HitsChange::Other);
        s.set_query("");
        assert_eq!(s.change(), HitsChange::Other);
        s.set_query("jy");
        assert_eq!(s.change(), HitsChange::Narrower);
        // Full pinyin after initials: not a narrowing of them.
        s.set_query("jiaoyu");
        assert_eq!(kept(&s), vec![2, 3]);
        // No index yet: the hits stay all until it comes.
        let mut none = SearchState::default();
        none.push('安');
        assert_eq!(none.change(), HitsChange::Same);
        assert!(none.keeps(1) && !none.is_active());
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

    #[test]
    fn one_character_queries_follow_updated_texts() {
        let mut s = index();
        s.push('x'); // 校 of item 1, by its initial
        assert_eq!(kept(&s), vec![1]);
        s.clear();
        s.push('校');
        assert_eq!(kept(&s), vec![1]);
        s.update_entry(1, "稳定");
        s.update_entry(2, "学校");
        s.clear();
        s.push('校');
        assert_eq!(kept(&s), vec![2]);
        s.clear();
        s.push('x');
        assert_eq!(kept(&s), vec![2]);
        s.clear();
        s.push('龘');
        assert_eq!(kept(&s), Vec::<ItemId>::new());
        assert!(s.is_active());
        // Earlier entries gain a character a later one has, in any order.
        s.clear();
        s.update_entry(1, "评");
        s.update_entry(2, "评");
        s.push('评');
        assert_eq!(kept(&s), vec![1, 2, 3]);
    }

    #[test]
    fn a_builder_sized_ahead_answers_as_one_that_is_not() {
        // Every third text has 安: past a 32nd of 200 entries its list turns into bits
        // while the index is still being built.
        let texts: Vec<(ItemId, String)> = (1..=200)
            .map(|id| {
                let text = if id % 3 == 0 {
                    "校园安全"
                } else {
                    "教育督导"
                };
                (id, format!("{text}{id}"))
            })
            .collect();
        let mut sized = IndexBuilder::with_capacity(texts.len());
        for (id, text) in texts.clone() {
            sized.add(id, text);
        }
        let mut searches = [SearchState::default(), SearchState::default()];
        searches[0].set_index(sized);
        searches[1].set_index(texts.into_iter().collect());
        for q in ["安", "安全1", "jydd", "督导20", "无"] {
            let kept: Vec<Vec<ItemId>> = searches
                .iter_mut()
                .map(|s| {
                    s.clear();
                    s.push_str(q);
                    (1..=200).filter(|&id| s.keeps(id)).collect()
                })
                .collect();
            assert_eq!(kept[0], kept[1], "{q}");
        }
        searches[0].clear();
        searches[0].push('安');
        assert_eq!((1..=200).filter(|&id| searches[0].keeps(id)).count(), 66);
    }
}
#[cfg(test)]
mod pinyin_tests {
    use super::*;

    #[test]
    fn full_pinyin_typed_letter_by_letter_finds_the_text() {
        let mut s = SearchState::default();
        s.set_index(
            vec![
                (1, "扩大普惠性学前教育\n增加公办幼儿园学位".into()),
                (2, "推进教育现代化".into()),
            ]
            .into_iter()
            .collect(),
        );
        for c in "youeryuan".chars() {
            s.push(c);
        }
        assert!(s.keeps(1) && !s.keeps(2));
        assert_eq!(s.matched_line(1), Some(1));
        s.clear();
        s.set_query("youeryuan");
        assert!(s.keeps(1) && !s.keeps(2));
    }
}
