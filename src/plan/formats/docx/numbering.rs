//! `word/numbering.xml`: Word's automatic list numbers, rendered as Word shows them.
//!
//! Counters belong to the abstract list, so two `w:num`s that share one continue
//! each other's count unless one restarts it with a `w:startOverride`; a level
//! restarts whenever a higher level advances.

use std::collections::{HashMap, HashSet};

use super::xml::{attr, local, num, on};
use crate::plan::generate::chinese_numeral;
use quick_xml::Reader;
use quick_xml::events::Event;

#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<u32>,
    format: String,
    text: String,
    suffix: String,
    legal: bool,
}

#[derive(Debug, Default)]
struct Num {
    abstract_id: u32,
    start_overrides: HashMap<u8, u32>,
    level_overrides: HashMap<u8, Level>,
}

/// The lists of a document and their running counters.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<u32, HashMap<u8, Level>>,
    nums: HashMap<u32, Num>,
    counters: HashMap<u32, [Option<u32>; 9]>,
    restarted: HashSet<u32>,
}

impl Numbering {
    pub fn parse(xml: &str) -> Result<Numbering, String> {
        let mut reader = Reader::from_str(xml);
        let mut numbering = Numbering::default();
        let mut abstract_id: Option<u32> = None;
        let mut num_id: Option<u32> = None;
        let mut override_level: Option<u8> = None;
        let mut level: Option<(u8, Level)> = None;
        let mut depth = 0usize;
        loop {
            let event = reader.read_event().map_err(|e| e.to_string())?;
            let e = match &event {
                Event::Start(e) => {
                    depth += 1;
                    e
                }
                Event::Empty(e) => e,
                Event::End(end) => {
                    depth = depth.saturating_sub(1);
                    match end.local_name().as_ref() {
                        "abstractNum" => abstract_id = None,
                        "num" => num_id = None,
                        "lvlOverride" => override_level = None,
                        "lvl" => {
                            if let Some((ilvl, lvl)) = level.take() {
                                if let Some(n) = num_id.and_then(|n| numbering.nums.get_mut(&n)) {
                                    n.level_overrides.insert(ilvl, lvl);
                                } else if let Some(a) = abstract_id {
                                    numbering.abstracts.entry(a).or_default().insert(ilvl, lvl);
                                }
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let is_start = matches!(event, Event::Start(_));
            match local(e).as_str() {
                "abstractNum" if is_start => {
                    abstract_id = attr(e, "abstractNumId").and_then(|v| v.parse().ok());
                }
                "num" if is_start => {
                    num_id = attr(e, "numId").and_then(|v| v.parse().ok());
                    if let Some(n) = num_id {
                        numbering.nums.insert(n, Num::default());
                    }
                }
                "abstractNumId" => {
                    if let (Some(n), Some(a)) = (num_id, num(e)) {
                        numbering.nums.entry(n).or_default().abstract_id = a;
                    }
                }
                "lvlOverride" if is_start => {
                    override_level = attr(e, "ilvl").and_then(|v| v.parse().ok());
                }
                "startOverride" => {
                    if let (Some(n), Some(l), Some(v)) = (num_id, override_level, num(e)) {
                        numbering
                            .nums
                            .entry(n)
                            .or_default()
                            .start_overrides
                            .insert(l, v);
                    }
                }
                "lvl" if is_start => {
                    let ilvl = attr(e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    level = Some((ilvl.min(8), Level::default()));
                }
                name => {
                    if let Some((_, lvl)) = level.as_mut() {
                        match name {
                            "start" => lvl.start = num(e),
                            "numFmt" => lvl.format = attr(e, "val").unwrap_or_default(),
                            "lvlText" => lvl.text = attr(e, "val").unwrap_or_default(),
                            "suff" => lvl.suffix = attr(e, "val").unwrap_or_default(),
                            "isLgl" => lvl.legal = on(e),
                            _ => {}
                        }
                    }
                }
            }
        }
        if depth != 0 {
            return Err("the XML ends before its elements are closed".into());
        }
        Ok(numbering)
    }

    fn level<'a>(&'a self, num: &'a Num, ilvl: u8) -> Option<&'a Level> {
        num.level_overrides.get(&ilvl).or_else(|| {
            self.abstracts
                .get(&num.abstract_id)
                .and_then(|a| a.get(&ilvl))
        })
    }

    fn start(&self, num: &Num, ilvl: u8) -> u32 {
        num.start_overrides
            .get(&ilvl)
            .copied()
            .or_else(|| self.level(num, ilvl).and_then(|l| l.start))
            // The format says 0 when absent; nobody writes a list that starts at 0.
            .unwrap_or(1)
    }

    /// Advances list `num_id` at level `ilvl` and returns the number Word shows in
    /// front of the paragraph (`1.`, `（一）`, `第三条 `); `None` for bullets, unknown
    /// lists and `numId` 0 (numbering switched off).
    pub fn next(&mut self, num_id: u32, ilvl: u8) -> Option<String> {
        let ilvl = ilvl.min(8);
        let num = self.nums.get(&num_id)?;
        let level = self.level(num, ilvl)?.clone();
        let starts: Vec<u32> = (0..9).map(|l| self.start(num, l)).collect();
        let formats: Vec<Option<Level>> = (0..9).map(|l| self.level(num, l).cloned()).collect();
        let abstract_id = num.abstract_id;
        let restart_levels: Vec<u8> = num.start_overrides.keys().copied().collect();
        let counters = self.counters.entry(abstract_id).or_insert([None; 9]);
        if self.restarted.insert(num_id) {
            for l in restart_levels {
                counters[usize::from(l.min(8))] = None;
            }
        }
        let i = usize::from(ilvl);
        counters[i] = Some(counters[i].map_or(starts[i], |n| n + 1));
        for c in counters.iter_mut().skip(i + 1) {
            *c = None;
        }
        if level.format == "bullet" {
            return None;
        }
        let counters = *counters;
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%'
                && let Some(d) = chars.peek().and_then(|d| d.to_digit(10))
                && (1..=9).contains(&d)
            {
                chars.next();
                let l = d as usize - 1;
                let value = counters[l].unwrap_or(starts[l]);
                let format = if level.legal {
                    "decimal"
                } else {
                    formats[l].as_ref().map_or("decimal", |f| f.format.as_str())
                };
                out.push_str(&format_number(value, format));
            } else {
                out.push(c);
            }
        }
        if level.suffix == "space" && !out.is_empty() {
            out.push(' ');
        }
        Some(out)
    }
}

/// A counter value in one of Word's number formats.
pub fn format_number(n: u32, format: &str) -> String {
    const STEMS: [&str; 10] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
    const BRANCHES: [&str; 12] = [
        "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥",
    ];
    let nth = |list: &[&str]| {
        list.get((n as usize).wrapping_sub(1))
            .map_or_else(|| n.to_string(), |s| s.to_string())
    };
    let offset = |first: u32, count: u32| {
        (1..=count)
            .contains(&n)
            .then(|| char::from_u32(first + n - 1))
            .flatten()
            .map_or_else(|| n.to_string(), String::from)
    };
    match format {
        "none" => String::new(),
        "decimalZero" if n < 10 => format!("0{n}"),
        "upperLetter" => letters(n).to_uppercase(),
        "lowerLetter" => letters(n),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographLegalTraditional"
            if (1..1000).contains(&n) =>
        {
            chinese_numeral(n)
        }
        "chineseLegalSimplified" if (1..1000).contains(&n) => chinese_numeral(n)
            .chars()
            .map(|c| match c {
                '一' => '壹',
                '二' => '贰',
                '三' => '叁',
                '四' => '肆',
                '五' => '伍',
                '六' => '陆',
                '七' => '柒',
                '八' => '捌',
                '九' => '玖',
                '十' => '拾',
                '百' => '佰',
                other => other,
            })
            .collect(),
        "ideographDigital" | "taiwaneseDigital" => n
            .to_string()
            .chars()
            .map(|d| {
                "〇一二三四五六七八九"
                    .chars()
                    .nth(d as usize - '0' as usize)
                    .unwrap_or(d)
            })
            .collect(),
        "ideographTraditional" => nth(&STEMS),
        "ideographZodiac" => nth(&BRANCHES),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => offset(0x2460, 20),
        "decimalEnclosedParen" => offset(0x2474, 20),
        "decimalEnclosedFullstop" => offset(0x2488, 20),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 - '0' as u32 + 0xFF10).unwrap_or(d))
            .collect(),
        _ => n.to_string(),
    }
}

fn letters(n: u32) -> String {
    // Word repeats the letter: a … z, aa … zz.
    if n == 0 {
        return "0".into();
    }
    let c = char::from(b'a' + ((n - 1) % 26) as u8);
    std::iter::repeat_n(c, (n as usize - 1) / 26 + 1).collect()
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let mut s = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            s.push_str(digits);
            n -= value;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats_as_word_shows_them() {
        assert_eq!(format_number(3, "decimal"), "3");
        assert_eq!(format_number(12, "chineseCounting"), "十二");
        assert_eq!(format_number(3, "chineseCountingThousand"), "三");
        assert_eq!(format_number(2, "ideographTraditional"), "乙");
        assert_eq!(format_number(1, "decimalEnclosedCircle"), "①");
        assert_eq!(format_number(21, "decimalEnclosedCircle"), "21");
        assert_eq!(format_number(28, "upperLetter"), "BB");
        assert_eq!(format_number(14, "lowerRoman"), "xiv");
        assert_eq!(format_number(12, "chineseLegalSimplified"), "拾贰");
        assert_eq!(format_number(105, "ideographDigital"), "一〇五");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(4, "none"), "");
    }

    const LISTS: &str = r#"<w:numbering xmlns:w="x">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="2"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>"#;

    #[test]
    fn counters_advance_restart_and_continue_across_nums() {
        let mut n = Numbering::parse(LISTS).unwrap();
        let mut next = |id, l| n.next(id, l);
        assert_eq!(next(1, 0).as_deref(), Some("一、"));
        assert_eq!(next(1, 1).as_deref(), Some("（一）"));
        assert_eq!(next(1, 2).as_deref(), Some("1."));
        assert_eq!(next(1, 2).as_deref(), Some("2."));
        assert_eq!(next(1, 1).as_deref(), Some("（二）"));
        // A higher level advanced: level 2 starts again.
        assert_eq!(next(1, 2).as_deref(), Some("1."));
        assert_eq!(next(1, 3).as_deref(), Some("1.1"), "isLgl shows decimals");
        assert_eq!(next(1, 0).as_deref(), Some("二、"));
        // Another num over the same abstract list continues it.
        assert_eq!(next(2, 0).as_deref(), Some("三、"));
        assert_eq!(next(2, 2).as_deref(), Some("1."));
        // A start override restarts that level once, at the num's first use.
        assert_eq!(next(3, 2).as_deref(), Some("7."));
        assert_eq!(next(3, 2).as_deref(), Some("8."));
        assert_eq!(next(4, 0).as_deref(), Some("第五条 "));
        assert_eq!(next(4, 0).as_deref(), Some("第六条 "));
        assert_eq!(next(5, 0), None, "bullets are not numbers");
        assert_eq!(next(9, 0), None, "unknown list");
    }
}
