//! Indicators: the quantities a target text commits to (覆盖率达到80%, 新开工39所),
//! each with its value, unit and which way it must be met.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    AtLeast,
    AtMost,
    Exactly,
}

impl Direction {
    pub fn key(self) -> &'static str {
        match self {
            Direction::AtLeast => "at_least",
            Direction::AtMost => "at_most",
            Direction::Exactly => "exactly",
        }
    }

    pub fn from_key(s: &str) -> Option<Direction> {
        [Direction::AtLeast, Direction::AtMost, Direction::Exactly]
            .into_iter()
            .find(|d| d.key() == s)
    }

    /// `>=`, `<=` or `=`, for compact display, the same on the board and the command
    /// line. ASCII: the ≥ and ≤ glyphs are ambiguous-width in terminals.
    pub fn symbol(self) -> &'static str {
        match self {
            Direction::AtLeast => ">=",
            Direction::AtMost => "<=",
            Direction::Exactly => "=",
        }
    }

    /// Whether `actual` meets `target` this way.
    pub fn met(self, actual: f64, target: f64) -> bool {
        match self {
            Direction::AtLeast => actual >= target,
            Direction::AtMost => actual <= target,
            Direction::Exactly => (actual - target).abs() < 1e-9,
        }
    }
}

/// An indicator's value as typed: a number, optionally followed by its unit
/// (`85`, `85%`, `12万个`); `None` when it is not one.
pub fn parse_value(s: &str) -> Option<f64> {
    let digits = s
        .trim()
        .trim_end_matches(|c: char| !c.is_ascii_digit() && c != '.');
    digits.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// The phrase that states it, e.g. 普惠性幼儿园覆盖率达到80%.
    pub text: String,
    pub target: f64,
    /// As written after the number: %, 万个, 所…
    pub unit: String,
    pub direction: Direction,
}

/// Units a committed quantity is counted in, longest first so 万个 wins over 万.
/// A number with no unit (教育信息化2.0, 1+X证书) or a year (2020年) is not a quantity.
const UNITS: &[&str] = &[
    "万人", "万个", "万元", "亿元", "万所", "万名", "%", "％", "个", "所", "人", "元", "项", "家",
    "名", "门", "条", "倍", "万",
];

const AT_LEAST_AFTER: &[&str] = &["以上"];
const AT_MOST_AFTER: &[&str] = &["以内", "以下"];
const AT_LEAST_BEFORE: &[&str] = &[
    "达到",
    "增加",
    "提高到",
    "提高至",
    "不低于",
    "不少于",
    "超过",
    "达",
];
const AT_MOST_BEFORE: &[&str] = &[
    "控制在",
    "降至",
    "降到",
    "不超过",
    "不高于",
    "不多于",
    "低于",
    "减少到",
];
/// Words that open a clause without saying what is measured.
const FILLERS: &[&str] = &["力争", "全省", "全面", "基本", "确保", "消除"];

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '、' | '：' | ':' | '！' | '!' | '？' | '?' | '\n'
    )
}

/// The indicators stated in `target`, in the order written.
pub fn extract(target: &str) -> Vec<Indicator> {
    let mut found = Vec::new();
    for clause in target.split(is_separator) {
        let mut start = 0;
        let mut i = 0;
        // Only a digit can start a quantity. ASCII digits never occur inside a
        // multi-byte character, so byte offsets found this way are char boundaries.
        while let Some(at) = clause.as_bytes()[i..].iter().position(u8::is_ascii_digit) {
            i += at;
            match quantity_at(clause, i) {
                Some(q) => {
                    let direction = q
                        .after
                        .unwrap_or_else(|| direction_before(&clause[start..i]));
                    found.push(Indicator {
                        text: tidy(&clause[start..q.end]),
                        target: q.value,
                        unit: q.unit.to_string(),
                        direction,
                    });
                    start = q.end;
                    i = q.end;
                }
                None => i += 1,
            }
        }
    }
    found
}

struct Quantity {
    value: f64,
    unit: &'static str,
    /// The direction a qualifier after the unit gives (以上, 以内).
    after: Option<Direction>,
    /// Byte offset just past the quantity and its qualifier.
    end: usize,
}

/// The quantity whose number starts at byte `i` of `clause`, an ASCII digit.
fn quantity_at(clause: &str, i: usize) -> Option<Quantity> {
    let bytes = clause.as_bytes();
    // A digit, '.' or '+' before it makes it the tail of a number or a name (1+X).
    if i > 0 && matches!(bytes[i - 1], b'0'..=b'9' | b'.' | b'+') {
        return None;
    }
    let mut end = i;
    while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
        end += 1;
    }
    let value: f64 = clause[i..end].parse().ok()?;
    let unit = UNITS.iter().find(|u| clause[end..].starts_with(*u))?;
    end += unit.len();
    let rest = &clause[end..];
    let qualifier = |words: &[&'static str]| words.iter().find(|w| rest.starts_with(**w)).copied();
    let after = if let Some(w) = qualifier(AT_LEAST_AFTER) {
        end += w.len();
        Some(Direction::AtLeast)
    } else if let Some(w) = qualifier(AT_MOST_AFTER) {
        end += w.len();
        Some(Direction::AtMost)
    } else {
        None
    };
    Some(Quantity {
        value,
        unit,
        after,
        end,
    })
}

/// The direction the words before a number give: the word that ends last wins, and
/// of two that end together the longer, so that 不超过 is not read as 超过.
fn direction_before(prefix: &str) -> Direction {
    let last = |words: &[&str]| {
        words
            .iter()
            .filter_map(|w| prefix.rfind(w).map(|at| (at + w.len(), w.len())))
            .max()
    };
    match (last(AT_LEAST_BEFORE), last(AT_MOST_BEFORE)) {
        (Some(a), Some(b)) if b > a => Direction::AtMost,
        (Some(_), _) => Direction::AtLeast,
        (None, Some(_)) => Direction::AtMost,
        (None, None) => Direction::Exactly,
    }
}

/// Drops brackets, a leading year and filler words, so the text names what is measured.
fn tidy(text: &str) -> String {
    let is_bracket = |c: char| matches!(c, '(' | ')' | '（' | '）' | '“' | '”' | '"');
    let unbracketed: String;
    let mut s = if text.contains(is_bracket) {
        unbracketed = text.chars().filter(|&c| !is_bracket(c)).collect();
        unbracketed.as_str()
    } else {
        text
    };
    loop {
        let before = s.len();
        // `2020年` followed by something: four ASCII digits take four bytes.
        if let Some(rest) = s
            .get(4..)
            .filter(|_| s.as_bytes()[..4].iter().all(u8::is_ascii_digit))
            .and_then(|rest| rest.strip_prefix('年'))
            .filter(|rest| !rest.is_empty())
        {
            s = rest;
        }
        for f in FILLERS {
            if let Some(rest) = s.strip_prefix(f) {
                s = rest;
            }
        }
        if s.len() == before {
            return s.trim().to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(target: &str) -> Vec<(String, f64, String, Direction)> {
        extract(target)
            .into_iter()
            .map(|i| (i.text, i.target, i.unit, i.direction))
            .collect()
    }

    #[test]
    fn quantities_with_units_and_directions() {
        let got =
            summary("提高保教质量，增加公办幼儿园学位25万个，力争全省普惠性幼儿园覆盖率达到80%。");
        assert_eq!(
            got,
            vec![
                (
                    "增加公办幼儿园学位25万个".into(),
                    25.0,
                    "万个".into(),
                    Direction::AtLeast
                ),
                (
                    "普惠性幼儿园覆盖率达到80%".into(),
                    80.0,
                    "%".into(),
                    Direction::AtLeast
                ),
            ]
        );
        let got =
            summary("2020年基本消除义务教育大班额(控制在5%以内),新建成芙蓉学校37所、新开工39所");
        assert_eq!(got[0].0, "义务教育大班额控制在5%以内");
        assert_eq!(got[0].3, Direction::AtMost);
        assert_eq!(
            got[1],
            (
                "新建成芙蓉学校37所".into(),
                37.0,
                "所".into(),
                Direction::Exactly
            )
        );
        assert_eq!(
            got[2],
            ("新开工39所".into(), 39.0, "所".into(), Direction::Exactly)
        );
        let got = summary("大班额比例降至15%以下。残疾儿童少年入学率达到95%以上");
        assert_eq!((got[0].1, got[0].3), (15.0, Direction::AtMost));
        assert_eq!(got[1].0, "残疾儿童少年入学率达到95%以上");
        assert_eq!(got[1].3, Direction::AtLeast);
        assert_eq!(summary("招生规模达1.3万人以上")[0].1, 1.3);
    }

    #[test]
    fn a_negated_word_gives_the_opposite_direction() {
        for (text, direction) in [
            ("生师比不超过18%", Direction::AtMost),
            ("辍学率不高于1%", Direction::AtMost),
            ("培训人数不少于5000人", Direction::AtLeast),
            ("巩固率不低于95%", Direction::AtLeast),
            ("巩固率超过95%", Direction::AtLeast),
            ("比例低于10%", Direction::AtMost),
        ] {
            assert_eq!(summary(text)[0].3, direction, "{text}");
        }
    }

    #[test]
    fn names_and_years_are_not_indicators() {
        for text in [
            "稳步推进1+X证书制度试点",
            "全面推进教育信息化2.0试点省建设",
            "2020年全省教育工作",
            "《实施方案(2019-2022年)》",
            "支持高校申报“111”基地",
            "探索5G、人工智能",
        ] {
            assert!(extract(text).is_empty(), "{text}: {:?}", extract(text));
        }
    }

    #[test]
    fn met_follows_the_direction() {
        assert!(Direction::AtLeast.met(80.0, 80.0));
        assert!(!Direction::AtLeast.met(79.9, 80.0));
        assert!(Direction::AtMost.met(4.0, 5.0));
        assert!(!Direction::AtMost.met(6.0, 5.0));
        assert!(Direction::Exactly.met(37.0, 37.0));
        assert!(!Direction::Exactly.met(36.0, 37.0));
    }
}
