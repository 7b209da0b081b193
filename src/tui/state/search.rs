//! The live search: a query and, once built, a prepared index of every item's texts
//! (or, above a budget, of which characters each item has: see `scan`).

use crate::store::ItemId;
use crate::tui::matcher::{MatchKey, PinyinQuery, fold, normalize_query};
use crate::tui::state::board::IdSet;
use std::collections::HashMap;

mod postings;
mod scan;
use postings::{Posting, Postings};
pub use scan::ScanRequest;
use scan::line_of;

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
    /// Without the texts: the candidates of the current query, to be checked against
    /// texts read from the database (by the board, off its thread).
    pending: Option<ScanRequest>,
    /// Counts the scans asked for, so that a late answer to an older one is dropped.
    scans: u64,
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
    /// Every entry's key; empty when the texts are not kept (`changed_keys`).
    keys: Vec<MatchKey>,
    /// Without the texts (a plan above the budget): the keys of the entries changed
    /// since the build, the only texts held; a query's candidates are read again.
    changed_keys: Option<HashMap<u32, MatchKey>>,
    /// For each character, the entries that may contain it.
    postings: Postings,
    /// Entries changed since the postings were built, ascending: their postings may
    /// name characters they no longer have.
    changed: Vec<u32>,
    /// Stands in while the index is built (`SearchState::set_interim`): no postings,
    /// every entry a candidate, and a scan reads only the board's first page.
    interim: bool,
}

impl Index {
    /// Without the texts: the entries a one-character query matches.
    fn one_character(&self, q: &str) -> Vec<u32> {
        let Some(posting) = q.chars().next().and_then(|c| self.postings.get(c)) else {
            return Vec::new();
        };
        let mut entries = posting.entries();
        if let Some(changed) = &self.changed_keys {
            entries.retain(|e| changed.get(e).is_none_or(|key| key.matches(q)));
        }
        entries
    }

    /// Without the texts: the entries `q` may match, ascending, to be checked.
    fn candidates(&self, q: &str, pq: &PinyinQuery) -> Vec<u32> {
        if self.interim {
            return (0..self.ids.len() as u32).collect();
        }
        let mut entries = self.postings.having_all(q);
        for initials in pq.initials() {
            entries.extend(self.postings.having_all(initials));
        }
        if pq.is_pinyin() {
            entries.sort_unstable();
            entries.dedup();
        }
        entries
    }

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

    /// A builder for about `items` texts that keeps only their postings: its
    /// searches check their candidates against texts read again (`ScanRequest`).
    pub fn without_texts(items: usize) -> IndexBuilder {
        let mut index = Index {
            ids: Vec::with_capacity(items),
            changed_keys: Some(HashMap::new()),
            ..Index::default()
        };
        index.postings.expected = items;
        IndexBuilder { index }
    }

    pub fn add(&mut self, id: ItemId, text: String) {
        let index = &mut self.index;
        let key = fold(text);
        index.postings.add(index.ids.len() as u32, &key);
        index.ids.push(id);
        if index.changed_keys.is_none() {
            index.keys.push(key);
        }
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
    /// Indices into the index, ascending.
    entries: Vec<u32>,
    /// Without the texts: the line each hit matched on when it is not the first
    /// (see `matched_line`); `None` until the texts were read.
    lines: Option<HashMap<ItemId, u16>>,
    /// Without the texts: only the hits a scan found so far (the board's first cards,
    /// see `take_partial`), shown while it reads on; never narrowed from.
    partial: bool,
    /// `lines` holds only those of the hits read so far (the cards shown first).
    lines_partial: bool,
}

impl SearchState {
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Whether the index is built (one standing in for it while it is built aside).
    pub fn has_index(&self) -> bool {
        self.index.as_ref().is_some_and(|i| !i.interim)
    }

    /// While the index of a plan above the texts budget is built, the items `ids`
    /// (the first cards of each column) stand in for it: a query's scan reads them
    /// in board order until each column has its first page (see
    /// `ScanRequest::page_only`), and the board shows those hits, partial, until the
    /// index is there; nothing when an index is there.
    pub fn set_interim(&mut self, mut ids: Vec<ItemId>) {
        if self.index.is_some() {
            return;
        }
        // Ascending, so that a scan's candidates come sorted.
        ids.sort_unstable();
        self.index = Some(Index {
            ids,
            changed_keys: Some(HashMap::new()),
            interim: true,
            ..Index::default()
        });
        self.narrowing.clear();
        self.pending = None;
        self.rematch();
    }

    /// How the last edit of the query (`push`, `pop`, `set_query`...) changed the hits.
    pub fn change(&self) -> HitsChange {
        self.change
    }

    /// Builds the index from the store's search texts (title, target, measures, notes).
    pub fn set_index(&mut self, builder: IndexBuilder) {
        let mut index = builder.index;
        index.postings.compact(index.ids.len());
        self.index = Some(index);
        self.narrowing.clear();
        self.pending = None;
        self.rematch();
    }

    /// Replaces one item's text in the index (after a note was added, say).
    pub fn update_entry(&mut self, id: ItemId, text: &str) {
        let Some(index) = &mut self.index else {
            return;
        };
        let key = fold(text.to_string());
        let entry = index.ids.iter().position(|&i| i == id).unwrap_or_else(|| {
            index.ids.push(id);
            index.ids.len() - 1
        });
        let key = match &mut index.changed_keys {
            Some(changed) => &*changed.entry(entry as u32).insert_entry(key).into_mut(),
            None if entry < index.keys.len() => {
                index.keys[entry] = key;
                &index.keys[entry]
            }
            None => {
                index.keys.push(key);
                &index.keys[entry]
            }
        };
        let entry = entry as u32;
        index.postings.add(entry, key);
        if let Err(at) = index.changed.binary_search(&entry) {
            index.changed.insert(at, entry);
        }
        // Only this entry's answers can have changed, for every query kept.
        for hits in &mut self.narrowing {
            let at = hits.entries.binary_search(&entry);
            let pq = PinyinQuery::new(&hits.query);
            let matched = key.matches(&hits.query) || pq.matches(key);
            match (at, matched) {
                (Ok(at), false) => {
                    hits.entries.remove(at);
                }
                (Err(at), true) => hits.entries.insert(at, entry),
                _ => {}
            }
            if let Some(lines) = &mut hits.lines {
                match line_of(key, &hits.query, &pq) {
                    Some(line) if matched && line > 0 => lines.insert(id, line),
                    _ => lines.remove(&id),
                };
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
        self.pending = None;
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
        if index.changed_keys.is_some() {
            // Without the texts: what the scan of this query found.
            let hits = self.narrowing.last().filter(|h| h.query == q)?;
            let line = hits.lines.as_ref()?.get(&id).copied().unwrap_or(0);
            return self.keeps(id).then_some(usize::from(line));
        }
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
            self.pending = None;
            self.hits = None;
            self.change = if was_all {
                HitsChange::Same
            } else {
                HitsChange::Other
            };
            return;
        };
        let depth = self.narrowing.len();
        // A query that contains an earlier one matches only texts the earlier one did,
        // except by full pinyin: `xue` is read as one syllable (too common to spell
        // texts out for) or as xu-e, so 学前 is not among its hits, yet `xueq` (xue-q)
        // finds it. A pinyin query is checked afresh.
        let pq = PinyinQuery::new(&q);
        let ascii = q.is_ascii();
        while self.narrowing.last().is_some_and(|h| {
            let contains = q.starts_with(&h.query) || !ascii && q.contains(&h.query);
            h.query != q && (!contains || pq.is_pinyin() || h.partial)
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
        if index.changed_keys.is_some() {
            return self.rematch_without_texts(q, pq);
        }
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
                entries,
                lines: None,
                partial: false,
                lines_partial: false,
            });
        }
        self.show_last();
    }

    /// `rematch` without the texts: a query answered by what is known (an earlier
    /// query's hits, or one character's posting) is shown at once; any other waits
    /// for its candidates' texts to be read (`pending_scan`, `take_scan`), the hits
    /// left as they were until then.
    fn rematch_without_texts(&mut self, q: String, pq: PinyinQuery) {
        let Some(index) = &self.index else {
            return;
        };
        if let Some(h) = self.narrowing.last().filter(|h| h.query == q) {
            if h.partial {
                // Its scan reads on.
                return self.show_last();
            }
            // Known; its lines are read when a scan of a longer query was cut short.
            match h.lines {
                Some(_) if !h.lines_partial => self.pending = None,
                _ => self.ask(q, pq, h.entries.clone(), true),
            }
            return self.show_last();
        }
        if q.chars().nth(1).is_none() && !index.interim {
            // One character: its posting is the answer; the lines are read after.
            let entries = index.one_character(&q);
            self.narrowing.push(Hits {
                query: q.clone(),
                entries: entries.clone(),
                lines: None,
                partial: false,
                lines_partial: false,
            });
            self.ask(q, pq, entries, true);
            return self.show_last();
        }
        // Those with each of its characters, among the hits of the query it grew from.
        let mut candidates = index.candidates(&q, &pq);
        if let Some(h) = self.narrowing.last() {
            candidates.retain(|e| h.entries.binary_search(e).is_ok());
        }
        self.ask(q, pq, candidates, false);
        self.change = HitsChange::Same;
    }

    /// Asks for `entries`' texts to be checked against `query`, unless that is asked.
    fn ask(&mut self, query: String, pq: PinyinQuery, entries: Vec<u32>, lines_only: bool) {
        if self
            .pending
            .as_ref()
            .is_some_and(|p| p.is_for(&query, lines_only))
        {
            return;
        }
        let Some(index) = &self.index else {
            return;
        };
        self.scans += 1;
        let candidates = entries
            .into_iter()
            .map(|e| (index.ids[e as usize], e))
            .collect();
        let mut request = ScanRequest::new(self.scans, query, pq, candidates, lines_only);
        request.page_only = index.interim;
        self.pending = Some(request);
    }

    /// The texts the current query waits for, when the index holds none.
    pub fn pending_scan(&self) -> Option<&ScanRequest> {
        self.pending.as_ref()
    }

    /// Gives up the scan `id` (its texts could not be read): the hits stay as shown.
    pub fn abandon_scan(&mut self, id: u64) {
        if self.pending.as_ref().is_some_and(|p| p.id() == id) {
            self.pending = None;
        }
    }

    /// Takes in what the scan `id` found (entries and the line each matched on, as
    /// `ScanRequest::check` gives them); false when that scan is no longer wanted.
    pub fn take_scan(&mut self, id: u64, found: Vec<(u32, u16)>) -> bool {
        self.take_found(id, found, false)
    }

    /// Takes in what the scan `id` found so far, while it reads on: the first hits in
    /// board order, which the board shows (or, for a query whose hits are known, the
    /// lines of those shown); false when that scan is no longer wanted.
    pub fn take_partial(&mut self, id: u64, found: Vec<(u32, u16)>) -> bool {
        self.take_found(id, found, true)
    }

    fn take_found(&mut self, id: u64, found: Vec<(u32, u16)>, partial: bool) -> bool {
        if self.pending.as_ref().is_none_or(|p| p.id() != id) {
            return false;
        }
        let (Some(p), Some(index)) = (self.pending.as_ref(), &self.index) else {
            return false;
        };
        let Some(changed) = &index.changed_keys else {
            return false;
        };
        let mut entries = Vec::with_capacity(found.len());
        let mut lines = HashMap::new();
        let mut hit = |e: u32, line: u16| {
            entries.push(e);
            if line > 0 {
                lines.insert(index.ids[e as usize], line);
            }
        };
        // What changed since the build is decided by its key: the scan may have read
        // it before the change.
        for (e, line) in found {
            if !changed.contains_key(&e) {
                hit(e, line);
            }
        }
        for (&e, key) in changed {
            if key.matches(p.query()) || p.pinyin().matches(key) {
                hit(e, line_of(key, p.query(), p.pinyin()).unwrap_or(0));
            }
        }
        entries.sort_unstable();
        entries.dedup();
        let lines_only = p.lines_only();
        let query = p.query().to_string();
        if !partial {
            self.pending = None;
        }
        // What a scan of the stand-in index found is its first page only.
        let partial = partial || index.interim;
        if lines_only {
            if let Some(h) = self.narrowing.last_mut().filter(|h| h.query == query) {
                // Lines found so far are kept until the rest come.
                match (&mut h.lines, partial) {
                    (Some(known), true) => known.extend(lines),
                    (known, _) => *known = Some(lines),
                }
                h.lines_partial = partial;
            }
            self.change = HitsChange::Same;
            return true;
        }
        if self.narrowing.last().is_some_and(|h| h.partial) {
            self.narrowing.pop();
        }
        let narrower = self
            .hits
            .as_ref()
            .is_none_or(|old| entries.iter().all(|&e| old.contains(index.ids[e as usize])));
        self.narrowing.push(Hits {
            query,
            entries,
            lines: Some(lines),
            partial,
            lines_partial: false,
        });
        self.show_last();
        self.change = if narrower {
            HitsChange::Narrower
        } else {
            HitsChange::Other
        };
        true
    }

    /// The hits of the last query of `narrowing` are the ones kept.
    fn show_last(&mut self) {
        let Some(index) = &self.index else {
            return;
        };
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
    fn full_pinyin_typed_key_by_key_finds_what_it_finds_typed_at_once() {
        let mut s = SearchState::default();
        s.set_index(vec![(1, "学前教育".into())].into_iter().collect());
        for c in "xueq".chars() {
            s.push(c);
        }
        assert!(s.keeps(1), "xueq typed key by key");
        s.set_query("xueq");
        assert!(s.keeps(1), "xueq at once");
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
