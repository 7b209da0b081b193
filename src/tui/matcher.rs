//! Text matching for the picker and the search: plain substring, full pinyin, pinyin initials.

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
