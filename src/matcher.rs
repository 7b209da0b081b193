//! Text matching for the office picker, the search and the command line's `--office`:
//! plain substring, full pinyin, pinyin initials; and where in a text a query matched.

use pinyin::ToPinyin;

/// A text prepared once for repeated matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchKey {
    lower: String,
    /// Full pinyin without tones or spaces, e.g. `jijiaochu`; empty unless asked for.
    full: String,
    /// First letters of each Chinese character; other characters as they are, lowercased.
    initials: String,
}

impl MatchKey {
    /// With full pinyin: for short texts such as office names.
    pub fn with_full(text: &str) -> MatchKey {
        let mut key = MatchKey::initials_only(text);
        let mut full = String::with_capacity(text.len() * 2);
        for (c, py) in text.chars().zip(text.to_pinyin()) {
            match py {
                Some(p) => full.push_str(p.plain()),
                None => full.extend(c.to_lowercase()),
            }
        }
        key.full = full;
        key
    }

    /// Substring and initials only: for long texts, where full pinyin would cost memory.
    pub fn initials_only(text: &str) -> MatchKey {
        let lower = text.to_lowercase();
        let mut initials = String::with_capacity(text.len());
        for (c, py) in text.chars().zip(text.to_pinyin()) {
            match py {
                Some(p) => initials.push_str(p.first_letter()),
                None => initials.extend(c.to_lowercase()),
            }
        }
        MatchKey {
            lower,
            full: String::new(),
            initials,
        }
    }

    /// The text lowercased.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The pinyin initials (other characters as they are, lowercased).
    pub fn initials(&self) -> &str {
        &self.initials
    }

    /// True when `query` (already lowercased, see [`normalize_query`]) is found.
    pub fn matches(&self, query: &str) -> bool {
        if query.is_empty() || self.lower.contains(query) {
            return true;
        }
        query.is_ascii() && (self.initials.contains(query) || self.full.contains(query))
    }
}

/// Lowercased, trimmed, inner spaces removed for pinyin (`ji jiao` finds 基教).
pub fn normalize_query(q: &str) -> String {
    let q = q.trim().to_lowercase();
    if q.is_ascii() {
        q.split_whitespace().collect()
    } else {
        q
    }
}

/// The full pinyin of `text` without tones or spaces (`幼儿园` -> `youeryuan`); other
/// characters lowercased.
pub fn full_pinyin(text: &str) -> String {
    let mut full = String::with_capacity(text.len() * 2);
    for (c, py) in text.chars().zip(text.to_pinyin()) {
        match py {
            Some(p) => full.push_str(p.plain()),
            None => full.extend(c.to_lowercase()),
        }
    }
    full
}

/// Every toneless pinyin syllable (`a`, `ai`, ... `zuo`), from the same tables.
fn syllables() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        ('\u{4e00}'..='\u{9fff}')
            .filter_map(|c| c.to_pinyin().map(|p| p.plain().to_string()))
            // Interjections without a vowel (嗯 n, 呣 m) would split almost anything.
            .filter(|s| s.contains(['a', 'e', 'i', 'o', 'u', 'v']))
            .collect()
    })
}

/// A query prepared for matching long texts by full pinyin (`youeryuan`), which their
/// keys do not hold: the query's possible pinyin initials (`yey`) pick the few texts
/// worth spelling out in full.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PinyinQuery {
    query: String,
    /// The initials of each way the query splits into syllables (the last may be cut
    /// short, as while typing); empty when it is not pinyin of two syllables or more.
    initials: Vec<String>,
}

/// At most this many ways to split a query are tried.
const MAX_SPLITS: usize = 16;

impl PinyinQuery {
    /// `query` already normalized (see [`normalize_query`]).
    pub fn new(query: &str) -> PinyinQuery {
        let mut initials = Vec::new();
        if query.len() >= 3 && query.bytes().all(|b| b.is_ascii_lowercase()) {
            split(query, String::new(), &mut initials);
        }
        // One syllable would make every text with that initial a candidate.
        initials.retain(|i| i.len() >= 2);
        initials.sort();
        initials.dedup();
        PinyinQuery {
            query: query.to_string(),
            initials,
        }
    }

    /// True when the query can be full pinyin worth checking.
    pub fn is_pinyin(&self) -> bool {
        !self.initials.is_empty()
    }

    /// The initials a text must contain to be worth spelling out.
    pub fn initials(&self) -> &[String] {
        &self.initials
    }

    /// True when `key`'s text, in full pinyin, holds the query.
    pub fn matches(&self, key: &MatchKey) -> bool {
        self.is_pinyin()
            && self
                .initials
                .iter()
                .any(|i| key.initials.contains(i.as_str()))
            && full_pinyin(&key.lower).contains(&self.query)
    }
}

/// Collects the initials of each split of `rest` into syllables, the last one possibly
/// a syllable's beginning.
fn split(rest: &str, initials: String, out: &mut Vec<String>) {
    if out.len() >= MAX_SPLITS {
        return;
    }
    if rest.is_empty() {
        out.push(initials);
        return;
    }
    let set = syllables();
    let first = &rest[..1];
    // The end of the query may be a syllable still being typed.
    if rest.len() <= 5 && !set.contains(rest) && set.iter().any(|s| s.starts_with(rest)) {
        out.push(format!("{initials}{first}"));
    }
    for len in (1..=rest.len().min(6)).rev() {
        if set.contains(&rest[..len]) {
            split(&rest[len..], format!("{initials}{first}"), out);
        }
    }
}

/// Where in `text` the query `q` (normalized) matches, as a byte range: the text itself,
/// its pinyin initials, or its full pinyin from a character's start. For highlighting.
pub fn find(text: &str, q: &str) -> Option<std::ops::Range<usize>> {
    if q.is_empty() {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    // Plain text, compared char by char in lowercase so offsets stay the text's own.
    let qc: Vec<char> = q.chars().collect();
    for i in 0..chars.len() {
        let mut j = 0;
        while j < qc.len()
            && i + j < chars.len()
            && chars[i + j].1.to_lowercase().eq(std::iter::once(qc[j]))
        {
            j += 1;
        }
        if j == qc.len() {
            return Some(chars[i].0..end_of(i + j));
        }
    }
    if !q.is_ascii() {
        return None;
    }
    let pys: Vec<String> = text
        .chars()
        .zip(text.to_pinyin())
        .map(|(c, p)| match p {
            Some(p) => p.plain().to_string(),
            None => c.to_lowercase().collect(),
        })
        .collect();
    // Initials: one letter per character.
    let initials: Vec<char> = pys
        .iter()
        .map(|p| p.chars().next().unwrap_or(' '))
        .collect();
    if let Some(i) = initials.windows(qc.len()).position(|w| w == qc.as_slice()) {
        return Some(chars[i].0..end_of(i + qc.len()));
    }
    // Full pinyin from the start of a character, the last one possibly cut short.
    for (i, &(start, _)) in chars.iter().enumerate() {
        let mut spelled = String::new();
        for (j, p) in pys.iter().enumerate().skip(i) {
            spelled.push_str(p);
            if spelled.len() >= q.len() {
                if spelled.starts_with(q) {
                    return Some(start..end_of(j + 1));
                }
                break;
            }
        }
    }
    None
}

/// The one name among `names` that `query` spells in pinyin, as the office picker
/// takes it: its initials or its full pinyin, whole (`jjc`, `jijiaochu` -> 基教处).
/// A part of a name is not enough on a command line, where a typo must not pick an
/// office: `Err` holds the names the query matches in part (or the several it spells).
pub fn pick_one<'a>(names: &'a [String], query: &str) -> Result<&'a str, Vec<&'a str>> {
    let q = normalize_query(query);
    if q.is_empty() {
        return Err(Vec::new());
    }
    let keys: Vec<(&str, MatchKey)> = names
        .iter()
        .map(|n| (n.as_str(), MatchKey::with_full(n)))
        .collect();
    let exact: Vec<&str> = keys
        .iter()
        .filter(|(_, k)| k.initials == q || k.full == q)
        .map(|(n, _)| *n)
        .collect();
    match exact[..] {
        [one] => Ok(one),
        [] => Err(keys
            .iter()
            .filter(|(_, k)| k.matches(&q))
            .map(|(n, _)| *n)
            .collect()),
        _ => Err(exact),
    }
}

/// What `fold` needs to know of a character in U+3000..=U+FFFF (CJK, kana, fullwidth
/// forms): its pinyin initial, or that it has no pinyin and lowercases to itself, or
/// that it needs the slow path. Built once, from the same pinyin tables.
const TABLE_START: u32 = 0x3000;
const NO_PINYIN: u8 = 0;
const SLOW: u8 = 1;

fn initials_table() -> &'static [u8] {
    static TABLE: std::sync::OnceLock<Box<[u8]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (TABLE_START..=0xFFFF)
            .map(|cp| {
                let Some(c) = char::from_u32(cp) else {
                    return SLOW;
                };
                let lowers_to_itself = c.to_lowercase().eq(std::iter::once(c));
                match c.to_pinyin() {
                    _ if !lowers_to_itself => SLOW,
                    Some(p) => match p.first_letter().as_bytes() {
                        &[b] if b.is_ascii_lowercase() => b,
                        _ => SLOW,
                    },
                    None => NO_PINYIN,
                }
            })
            .collect()
    })
}

/// A search text prepared for matching: the same `lower` and `initials` as
/// [`MatchKey::initials_only`], made in one pass with a table for CJK characters, and
/// reusing `text` itself as `lower` when lowercasing would not change it (the usual case
/// for Chinese text). For long texts many times over, such as every item of a plan.
pub fn fold(text: String) -> MatchKey {
    let table = initials_table();
    let mut initials = String::with_capacity(text.len() / 2);
    let mut unchanged = true;
    for c in text.chars() {
        if c.is_ascii() {
            unchanged &= !c.is_ascii_uppercase();
            initials.push(c.to_ascii_lowercase());
            continue;
        }
        let entry = (c as u32)
            .checked_sub(TABLE_START)
            .and_then(|i| table.get(i as usize));
        match entry {
            Some(&NO_PINYIN) => initials.push(c),
            Some(&b) if b != SLOW => initials.push(b as char),
            _ => {
                let mut lower = c.to_lowercase();
                unchanged &= lower.len() == 1 && lower.next() == Some(c);
                match c.to_pinyin() {
                    Some(p) => initials.push_str(p.first_letter()),
                    None => initials.extend(c.to_lowercase()),
                }
            }
        }
    }
    let mut lower = if unchanged { text } else { text.to_lowercase() };
    // Kept for the board's life, 100k of them on a large plan: no spare capacity.
    lower.shrink_to_fit();
    initials.shrink_to_fit();
    MatchKey {
        lower,
        full: String::new(),
        initials,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_matches_by_name_pinyin_and_initials() {
        let k = MatchKey::with_full("基教处");
        for q in [
            "基教",
            "教处",
            "jijiao",
            "jijiaochu",
            "jjc",
            "jj",
            "ji jiao",
        ] {
            assert!(k.matches(&normalize_query(q)), "{q}");
        }
        for q in ["xyz", "职成", "zcc"] {
            assert!(!k.matches(&normalize_query(q)), "{q}");
        }
    }

    #[test]
    fn initials_only_skips_full_pinyin() {
        let k = MatchKey::initials_only("推进教育现代化 ABC");
        assert!(k.matches("tjjy"));
        assert!(k.matches("abc"));
        assert!(k.matches("现代"));
        assert!(!k.matches("tuijin"));
    }

    #[test]
    fn full_pinyin_queries_find_long_texts_through_their_initials() {
        let key = fold("扩大普惠性学前教育资源供给，办好人民满意的幼儿园。".into());
        for q in ["youeryuan", "youery", "xueqianjiaoyu", "puhuixing"] {
            let pq = PinyinQuery::new(q);
            assert!(pq.is_pinyin(), "{q}");
            assert!(pq.matches(&key), "{q}");
        }
        let pq = PinyinQuery::new("youeryuan");
        assert!(pq.initials().contains(&"yey".to_string()));
        assert!(!pq.matches(&fold("推进教育现代化".into())));
        // Not pinyin, or a single syllable: left to the plain and initials matching.
        assert!(!PinyinQuery::new("xyzq").is_pinyin());
        assert!(!PinyinQuery::new("er").is_pinyin());
        assert!(!PinyinQuery::new("幼儿").is_pinyin());
    }

    #[test]
    fn find_names_the_matched_text() {
        let t = "扩大普惠性学前教育资源";
        let at = |q: &str| find(t, q).map(|r| &t[r]);
        assert_eq!(at("学前"), Some("学前"));
        assert_eq!(at("xqjy"), Some("学前教育"));
        assert_eq!(at("puhui"), Some("普惠"));
        assert_eq!(at("puhuix"), Some("普惠性"));
        assert_eq!(at("zzz"), None);
        assert_eq!(find("Plan ABC", "abc"), Some(5..8));
        assert_eq!(find("abc", ""), None);
    }

    #[test]
    fn pick_one_takes_initials_and_full_pinyin_as_the_picker_does() {
        let names: Vec<String> = ["基教处", "职成处", "教师处", "办公室"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(pick_one(&names, "jjc"), Ok("基教处"));
        assert_eq!(pick_one(&names, "jijiaochu"), Ok("基教处"));
        assert_eq!(pick_one(&names, "Ji Jiao Chu"), Ok("基教处"));
        assert_eq!(
            pick_one(&names, "jijiao"),
            Err(vec!["基教处"]),
            "a part is a hint"
        );
        assert_eq!(pick_one(&names, "bgs"), Ok("办公室"));
        assert_eq!(pick_one(&names, "jiao"), Err(vec!["基教处", "教师处"]));
        assert_eq!(pick_one(&names, "xyz"), Err(vec![]));
    }

    #[test]
    fn empty_query_matches_everything() {
        assert!(MatchKey::with_full("办公室").matches(""));
    }

    #[test]
    fn fold_prepares_the_same_key_as_initials_only() {
        for text in [
            "推进教育现代化 ABC",
            "校园安全稳定\n目标任务：覆盖率达到95%以上。",
            "ＡＢＣ全角，标点。、",
            "ΣΑΣ ΟΔΟΣ Straße İstanbul",
            "嗯 呣 〇 㐀 𠀀 😀 ｶﾀｶﾅ かな",
            "",
        ] {
            assert_eq!(
                fold(text.to_string()),
                MatchKey::initials_only(text),
                "{text}"
            );
        }
    }
}
