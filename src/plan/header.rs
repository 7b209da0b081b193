//! The front matter of a plan document (title, document number, date, issuers,
//! 总体要求) and the numerals headings and dates are written in.

use super::Plan;
use super::parse::UNTITLED;

pub(super) fn read_header(lines: &[(usize, &str)]) -> Plan {
    let mut plan = Plan {
        doc_number: lines.iter().find_map(|(_, l)| doc_number(l)),
        ..Plan::default()
    };
    let date_at = lines.iter().position(|(_, l)| parse_date(l).is_some());
    if let Some(at) = date_at {
        plan.date = parse_date(lines[at].1);
        // The signing bodies stand right above the date, one short line each.
        let mut issuers: Vec<&str> = lines[..at]
            .iter()
            .rev()
            .map(|(_, l)| *l)
            .take_while(|l| is_name_line(l, 30) && doc_number(l).is_none() && !l.contains("通知"))
            .collect();
        issuers.reverse();
        plan.issuers = issuers
            .iter()
            .flat_map(|l| l.split_whitespace())
            .map(str::to_string)
            .collect();
        // The title follows the date, possibly over several lines.
        plan.title = lines[at + 1..]
            .iter()
            .map(|(_, l)| *l)
            .take_while(|l| is_name_line(l, 50) && !l.contains("总体要求"))
            .collect();
    }
    if plan.title.is_empty() {
        plan.title = fallback_title(lines);
    }
    plan.general_requirements = lines
        .iter()
        .find(|(_, l)| l.contains("总体要求"))
        .map(|(_, l)| l.to_string());
    plan
}

/// A short line without sentence punctuation: a name or a title, not prose.
pub(super) fn is_name_line(line: &str, max_chars: usize) -> bool {
    line.chars().count() <= max_chars
        && !line.contains(['。', '，', ',', '：', ':', '；', ';', '！', '？', '、'])
        && parse_date(line).is_none()
}

pub(super) fn fallback_title(lines: &[(usize, &str)]) -> String {
    // The 通知 that issues the plan quotes its title: 关于印发《…》的通知.
    let quoted = lines.iter().find_map(|(_, l)| {
        let l = l.strip_prefix("关于印发")?;
        let start = l.find('《')? + '《'.len_utf8();
        let end = l.rfind('》')?;
        (start < end).then(|| l[start..end].to_string())
    });
    quoted
        .or_else(|| {
            lines
                .iter()
                .find(|(_, l)| l.contains("工作要点") && is_name_line(l, 50))
                .map(|(_, l)| l.to_string())
        })
        .or_else(|| {
            // The last name line that names a year (`某县2024年十件民生实事`),
            // whatever it ends in.
            lines
                .iter()
                .rev()
                .map(|(_, l)| l.trim())
                .find(|l| {
                    is_name_line(l, 60)
                        && has_year(l)
                        && doc_number(l).is_none()
                        && !l.ends_with("文件")
                        && !l.contains("通知")
                        && !l.starts_with(['（', '('])
                })
                .map(str::to_string)
        })
        .unwrap_or_else(|| UNTITLED.to_string())
}

/// `2024年` somewhere in the line.
fn has_year(line: &str) -> bool {
    line.match_indices('年').any(|(k, _)| {
        let digits = line[..k]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        digits == 4
    })
}

/// `湘教发〔2020〕8号` anywhere in the line, brackets normalised to 〔〕 so a
/// re-typed document keeps its identity (`Plan::key`).
pub(super) fn doc_number(line: &str) -> Option<String> {
    line.split_whitespace().find_map(|token| {
        let token = token.strip_suffix('号')?;
        let head = token.trim_end_matches(|c: char| c.is_ascii_digit());
        let serial = &token[head.len()..];
        let head = head.strip_suffix(['〕', ']', '］', '】', ')', '）', '﹞'])?;
        let prefix = head.trim_end_matches(|c: char| c.is_ascii_digit());
        let year = &head[prefix.len()..];
        let prefix = prefix.strip_suffix(['〔', '[', '［', '【', '(', '（', '﹝'])?;
        (!serial.is_empty() && year.len() == 4 && !prefix.is_empty())
            .then(|| format!("{prefix}〔{year}〕{serial}号"))
    })
}

/// A line that is exactly a date, `2020年3月6日` or `二〇二〇年三月六日`, as ISO.
pub(super) fn parse_date(line: &str) -> Option<String> {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let (year, rest) = compact.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let year = year
        .chars()
        .try_fold(0u32, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?))?;
    let (month, day) = (number(month)?, number(day)?);
    let date = jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    Some(date.to_string())
}

/// One digit: ASCII, full-width or Chinese.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '零' | 'Ｏ' => Some(0),
        _ => "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32 + 1),
    }
}

/// A number written in Arabic digits or Chinese numerals up to 九百九十九
/// (十一, 二十三, 一百, 一百零五).
pub(super) fn number(s: &str) -> Option<u32> {
    // 九百九十九 is the longest numeral a heading needs; longer text is not a number.
    if s.is_empty() || s.chars().count() > 9 {
        return None;
    }
    if let Some((hundreds, rest)) = s.split_once('百') {
        let hundreds = if hundreds.is_empty() {
            1
        } else {
            single_digit(hundreds)?
        };
        let rest = rest.strip_prefix('零').unwrap_or(rest);
        let rest = if rest.is_empty() { 0 } else { number(rest)? };
        return Some(hundreds * 100 + rest);
    }
    if let Some((tens, ones)) = s.split_once('十') {
        let tens = if tens.is_empty() {
            1
        } else {
            single_digit(tens)?
        };
        let ones = if ones.is_empty() {
            0
        } else {
            single_digit(ones)?
        };
        return Some(tens * 10 + ones);
    }
    s.chars()
        .try_fold(0u32, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?))
}

pub(super) fn single_digit(s: &str) -> Option<u32> {
    let mut chars = s.chars();
    let d = digit(chars.next()?)?;
    chars.next().is_none().then_some(d)
}
