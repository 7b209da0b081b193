//! A search without the texts: the candidates of one query, checked against their
//! texts read again from the database, off the board's thread.

use crate::store::ItemId;
use crate::tui::matcher::{MatchKey, PinyinQuery, fold};
use std::sync::Arc;

/// The items a query may match, to be read and checked (`check`); made by
/// `SearchState` when its index holds no texts, answered through `take_scan`.
#[derive(Debug, Clone)]
pub struct ScanRequest {
    id: u64,
    query: String,
    pq: PinyinQuery,
    /// (item, entry in the index), by item; shared with the thread that reads them.
    candidates: Arc<Vec<(ItemId, u32)>>,
    /// The hits are known (one character's posting): only the lines are wanted.
    lines_only: bool,
    /// Only the candidates the board shows first are to be read: the index is
    /// being built, and its own scan will read the rest.
    pub(super) page_only: bool,
}

impl ScanRequest {
    pub(super) fn new(
        id: u64,
        query: String,
        pq: PinyinQuery,
        mut candidates: Vec<(ItemId, u32)>,
        lines_only: bool,
    ) -> ScanRequest {
        candidates.sort_unstable();
        ScanRequest {
            id,
            query,
            pq,
            candidates: Arc::new(candidates),
            lines_only,
            page_only: false,
        }
    }

    /// Which scan this is: `take_scan` drops the answers to scans no longer wanted.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// How many items are to be read.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// The items to be read, ascending.
    pub fn items(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.candidates.iter().map(|&(id, _)| id)
    }

    /// Whether `id` is to be read.
    pub fn wants(&self, id: ItemId) -> bool {
        self.entry(id).is_some()
    }

    /// The entry of `id` and the line the query matched on when `text`, the item's
    /// search text, matches it (as text, initials or full pinyin); `None` otherwise.
    pub fn check(&self, id: ItemId, text: String) -> Option<(u32, u16)> {
        let entry = self.entry(id)?;
        let key = fold(text);
        if !key.matches(&self.query) && !self.pq.matches(&key) {
            return None;
        }
        Some((entry, line_of(&key, &self.query, &self.pq).unwrap_or(0)))
    }

    fn entry(&self, id: ItemId) -> Option<u32> {
        let at = self
            .candidates
            .binary_search_by_key(&id, |&(i, _)| i)
            .ok()?;
        Some(self.candidates[at].1)
    }

    pub(super) fn is_for(&self, query: &str, lines_only: bool) -> bool {
        self.query == query && self.lines_only == lines_only
    }

    pub(super) fn query(&self) -> &str {
        &self.query
    }

    pub(super) fn pinyin(&self) -> &PinyinQuery {
        &self.pq
    }

    /// Whether only the candidates a board shows first are to be read.
    pub fn page_only(&self) -> bool {
        self.page_only
    }

    /// Whether the hits are known and only the lines they matched on are wanted.
    pub fn lines_only(&self) -> bool {
        self.lines_only
    }
}

/// Which line of a search text (title, target, measures, notes) `q` first matches.
pub(super) fn line_of(key: &MatchKey, q: &str, pq: &PinyinQuery) -> Option<u16> {
    let line = key.lower().split('\n').position(|line| {
        let key = MatchKey::initials_only(line);
        key.matches(q) || pq.matches(&key)
    })?;
    Some(u16::try_from(line).unwrap_or(u16::MAX))
}

#[cfg(test)]
mod tests {
    use super::super::{IndexBuilder, SearchState};
    use crate::store::ItemId;
    use std::collections::HashMap;

    fn texts() -> Vec<(ItemId, String)> {
        let mut texts: Vec<(ItemId, String)> = vec![
            (1, "校园安全稳定\n目标：平安校园创建率100%".into()),
            (2, "安全教育\n覆盖率达到95%以上".into()),
            (3, "教育督导 评估\n完成2020年督导评估".into()),
            (4, "扩大普惠性学前教育\n增加公办幼儿园学位".into()),
            (5, "推进教育现代化\n编制2035规划".into()),
            (6, "School Safety ABC\n安全保障体系".into()),
        ];
        // Enough entries that common characters' postings turn into bits.
        texts.extend((7..=300).map(|id| {
            let text = match id % 4 {
                0 => format!("校园安全{id}\n第{id}项"),
                1 => format!("教育督导{id}\n督导评估"),
                2 => format!("学前教育{id}\n幼儿园"),
                _ => format!("职业教育\n措施{id}：产教融合"),
            };
            (id, text)
        }));
        texts
    }

    /// A search with the texts, and one without them whose scans are answered from
    /// `texts` at once, as the board's thread would.
    fn both() -> (SearchState, SearchState) {
        let mut with = SearchState::default();
        with.set_index(texts().into_iter().collect());
        let mut without = SearchState::default();
        let mut builder = IndexBuilder::without_texts(0);
        for (id, text) in texts() {
            builder.add(id, text);
        }
        without.set_index(builder);
        (with, without)
    }

    fn answer(s: &mut SearchState, texts: &HashMap<ItemId, String>) {
        while let Some(request) = s.pending_scan() {
            let found = request
                .items()
                .filter_map(|id| request.check(id, texts.get(&id)?.clone()))
                .collect();
            let id = request.id();
            assert!(s.take_scan(id, found));
        }
    }

    fn kept(s: &SearchState) -> Vec<ItemId> {
        (1..=301).filter(|&id| s.keeps(id)).collect()
    }

    /// The line each kept item matched on (the board labels only the cards it shows).
    fn lines(s: &SearchState) -> Vec<Option<usize>> {
        kept(s).into_iter().map(|id| s.matched_line(id)).collect()
    }

    /// What a scan finds, as the board's thread would: the first half of it told
    /// while it reads on (`take_partial`), then the whole.
    fn answer_in_parts(s: &mut SearchState, texts: &HashMap<ItemId, String>) {
        while let Some(request) = s.pending_scan() {
            let found: Vec<(u32, u16)> = request
                .items()
                .filter_map(|id| request.check(id, texts.get(&id)?.clone()))
                .collect();
            let id = request.id();
            let first = found[..found.len() / 2].to_vec();
            assert!(s.take_partial(id, first));
            assert!(s.pending_scan().is_some_and(|p| p.id() == id));
            assert!(s.take_scan(id, found));
        }
    }

    /// Only the first half of what the scan finds, the scan left to read on.
    fn answer_partly(s: &mut SearchState, texts: &HashMap<ItemId, String>) {
        if let Some(request) = s.pending_scan() {
            let found: Vec<(u32, u16)> = request
                .items()
                .filter_map(|id| request.check(id, texts.get(&id)?.clone()))
                .collect();
            let id = request.id();
            assert!(s.take_partial(id, found[..found.len() / 2].to_vec()));
        }
    }

    #[test]
    fn without_the_texts_a_search_keeps_what_it_keeps_with_them() {
        same_as_with_texts(answer);
    }

    #[test]
    fn hits_told_in_parts_end_as_the_whole_answer() {
        same_as_with_texts(answer_in_parts);
    }

    #[test]
    fn keys_typed_while_a_scan_reads_on_find_what_they_find_with_the_texts() {
        let texts: HashMap<ItemId, String> = texts().into_iter().collect();
        let (mut with, mut without) = both();
        for q in [
            "安全保障",
            "校园安全1",
            "jydd",
            "xueqianjiaoyu",
            "教育督导2",
        ] {
            let mut typed = String::new();
            for c in q.chars() {
                typed.push(c);
                with.set_query(&typed);
                without.set_query(&typed);
                answer_partly(&mut without, &texts);
                // What is shown meanwhile are hits, and no more than the whole has.
                if without.pending_scan().is_some() {
                    let all = kept(&with);
                    assert!(kept(&without).iter().all(|id| all.contains(id)), "{typed}");
                }
            }
            answer(&mut without, &texts);
            assert_eq!(kept(&without), kept(&with), "{q}");
            assert_eq!(lines(&without), lines(&with), "{q}");
            // Deleting back goes to answers known, or asks again.
            while !typed.is_empty() {
                typed.pop();
                with.set_query(&typed);
                without.set_query(&typed);
                answer_in_parts(&mut without, &texts);
                assert_eq!(kept(&without), kept(&with), "{typed} (deleting)");
                assert_eq!(lines(&without), lines(&with), "{typed} (deleting)");
            }
        }
    }

    fn same_as_with_texts(answer: fn(&mut SearchState, &HashMap<ItemId, String>)) {
        let mut texts: HashMap<ItemId, String> = texts().into_iter().collect();
        let (mut with, mut without) = both();
        let queries = [
            "安",
            "安全",
            "安全保障",
            "校园安全1",
            "jy",
            "jydd",
            "xqjy",
            "youeryuan",
            "xueqianjiaoyu",
            "2020",
            "100%",
            "95",
            "abc",
            "school",
            "无此事项",
            "zzz",
            "龘",
            "x",
        ];
        for q in queries {
            // Typed key by key, then deleted key by key, then set at once.
            let mut typed = String::new();
            for c in q.chars() {
                typed.push(c);
                with.set_query(&typed);
                without.set_query(&typed);
                answer(&mut without, &texts);
                assert_eq!(kept(&without), kept(&with), "{typed}");
                assert_eq!(lines(&without), lines(&with), "{typed}");
            }
            while !typed.is_empty() {
                typed.pop();
                with.set_query(&typed);
                without.set_query(&typed);
                answer(&mut without, &texts);
                assert_eq!(kept(&without), kept(&with), "{typed} (deleting)");
                assert_eq!(lines(&without), lines(&with), "{typed} (deleting)");
            }
            with.clear();
            without.clear();
            with.set_query(q);
            without.set_query(q);
            answer(&mut without, &texts);
            assert_eq!(kept(&without), kept(&with), "{q} at once");
            assert!(without.is_active());
        }
        // A note added, and a new item, while a query waits for its texts.
        with.set_query("独角兽");
        without.set_query("独角兽");
        assert!(without.pending_scan().is_some());
        for (id, text) in [(3, "教育督导 评估\n独角兽"), (301, "独角兽\n新事项")] {
            texts.insert(id, text.into());
            with.update_entry(id, text);
            without.update_entry(id, text);
        }
        answer(&mut without, &texts);
        assert_eq!(kept(&without), vec![3, 301]);
        assert_eq!(kept(&without), kept(&with));
        assert_eq!(lines(&without), lines(&with));
        // And one that no longer matches a query shown.
        with.set_query("独");
        without.set_query("独");
        answer(&mut without, &texts);
        with.update_entry(301, "新事项");
        without.update_entry(301, "新事项");
        answer(&mut without, &texts);
        assert_eq!(kept(&without), vec![3]);
        assert_eq!(lines(&without), lines(&with));
    }

    #[test]
    fn while_the_index_is_built_a_query_shows_the_hits_of_the_first_page() {
        let by_id: HashMap<ItemId, String> = texts().into_iter().collect();
        let (mut with, _) = both();
        let mut s = SearchState::default();
        s.set_interim((1..=300).rev().collect());
        assert!(!s.has_index());
        for q in ["安", "安全", "jydd"] {
            with.set_query(q);
            s.set_query(q);
            let request = s.pending_scan().unwrap();
            // Every item is a candidate, and only the first page is read.
            assert!(request.page_only() && !request.lines_only());
            assert_eq!(request.len(), 300);
            let found: Vec<(u32, u16)> = request
                .items()
                .filter_map(|id| request.check(id, by_id.get(&id)?.clone()))
                .take(3)
                .collect();
            let id = request.id();
            assert!(s.take_scan(id, found));
            assert!(s.pending_scan().is_none() && s.is_active());
            let all = kept(&with);
            assert_eq!(kept(&s).len(), 3, "{q}");
            assert!(kept(&s).iter().all(|id| all.contains(id)), "{q}");
        }
        // The index built: the whole answer, read again from it.
        let mut builder = IndexBuilder::without_texts(0);
        for (id, text) in texts() {
            builder.add(id, text);
        }
        s.set_index(builder);
        assert!(s.has_index());
        let request = s.pending_scan().unwrap();
        assert!(!request.page_only() && request.len() < 300);
        answer(&mut s, &by_id);
        assert_eq!(kept(&s), kept(&with));
        assert_eq!(lines(&s), lines(&with));
        // A stand-in comes only before an index.
        s.set_interim(vec![1]);
        assert!(s.has_index());
        assert_eq!(kept(&s), kept(&with));
    }

    #[test]
    fn an_answer_to_a_query_no_longer_asked_is_dropped() {
        let (_, mut s) = both();
        s.set_query("安全");
        let old = s.pending_scan().unwrap().id();
        s.set_query("教育");
        assert!(!s.take_scan(old, Vec::new()));
        assert!(s.pending_scan().is_some());
        // Until its texts come, the board keeps what it showed (all, here).
        assert!(!s.is_active());
        assert!(s.keeps(1) && s.keeps(2));
        // One character needs no texts to know its hits, only for their lines.
        s.set_query("督");
        assert_eq!(kept(&s).len(), 74);
        assert!(s.pending_scan().is_some());
        assert_eq!(s.matched_line(3), None);
    }
}
