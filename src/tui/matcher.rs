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
}
