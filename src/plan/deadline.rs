//! Deadlines: the date an item is due, read from its 完成时限 or its text, and the
//! traffic light that says how it stands against a given day.

use super::{Item, Status};
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

/// Items due within this many days are flagged before they are late.
pub const DUE_SOON_DAYS: i32 = 14;

/// How an item stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    OnTrack,
    DueSoon,
    Overdue,
}

impl Light {
    pub fn key(self) -> &'static str {
        match self {
            Light::OnTrack => "on_track",
            Light::DueSoon => "due_soon",
            Light::Overdue => "overdue",
        }
    }

    /// The light as shown, from the catalog.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        super::fixed_label(
            lang,
            match self {
                Light::OnTrack => "plan-light-on-track",
                Light::DueSoon => "plan-light-due-soon",
                Light::Overdue => "plan-light-overdue",
            },
        )
    }

    pub fn label_zh(self) -> &'static str {
        self.label(crate::i18n::Lang::Zh)
    }

    pub fn label_en(self) -> &'static str {
        self.label(crate::i18n::Lang::En)
    }
}

/// The light for an item due on `due` with `status`, seen on `today`.
/// A done item is never late.
pub fn light(due: Date, status: Status, today: Date) -> Light {
    if status == Status::Done {
        return Light::OnTrack;
    }
    if due < today {
        Light::Overdue
    } else if today
        .checked_add(DUE_SOON_DAYS.days())
        .is_ok_and(|soon| due <= soon)
    {
        Light::DueSoon
    } else {
        Light::OnTrack
    }
}

/// Why a date typed by the user was refused; said by the catalogs
/// (`cli-not-a-date`), [`std::fmt::Display`] in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
    pub reason: DateProblem,
}

/// What is wrong with a typed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not in the form YYYY-MM-DD.
    NotIso,
    NoSuchMonth,
    /// No such day in that month (2020-02-30).
    NoSuchDay,
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::messages::date_error(self, crate::i18n::Lang::En))
    }
}

impl std::error::Error for DateError {}

/// Parses an ISO date (`2020-06-30`); impossible dates such as 2020-02-30 are refused.
pub fn parse_iso(input: &str) -> Result<Date, DateError> {
    let s = input.trim();
    let err = |reason: DateProblem| DateError {
        input: input.to_string(),
        reason,
    };
    let parts: Vec<&str> = s.split('-').collect();
    let well_formed = parts.len() == 3
        && parts[0].len() == 4
        && (1..=2).contains(&parts[1].len())
        && (1..=2).contains(&parts[2].len())
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        return Err(err(DateProblem::NotIso));
    }
    let n = |p: &str| p.parse::<i16>().unwrap_or(0);
    let (y, m, d) = (n(parts[0]), n(parts[1]), n(parts[2]));
    if !(1..=12).contains(&m) {
        return Err(err(DateProblem::NoSuchMonth));
    }
    Date::new(y, m as i8, d as i8).map_err(|_| err(DateProblem::NoSuchDay))
}

/// The plan's year: from its date, else from a year named in its title.
pub fn plan_year(date: Option<&str>, title: &str) -> Option<i16> {
    if let Some(d) = date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok()) {
        return Some(d);
    }
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len()).find_map(|i| year_at(&chars, i).map(|(y, _)| y))
}

/// The date an item is due: what its 完成时限 says ([`due`]), else the earliest
/// deadline phrase in its title, target or measures, else the end of the plan's
/// year.
pub fn resolve(item: &Item, plan_year: i16) -> Date {
    let stated = item
        .deadline
        .as_deref()
        .and_then(|d| due(d, plan_year).date());
    stated
        .or_else(|| {
            std::iter::once(&item.title)
                .chain(std::iter::once(&item.target))
                .chain(&item.measures)
                .filter_map(|t| find(t, plan_year, false))
                .min()
        })
        .unwrap_or_else(|| year_end(plan_year))
}

/// What a deadline as the document writes it says about the due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// A date follows from the words, relative to the plan's year (`6月底前`,
    /// `第三季度`, `全年`).
    On(Date),
    /// Standing or recurring work (`长期坚持`, `持续推进`, `每月`, `按年度`): it is
    /// looked at again at the end of the plan's year.
    Standing(Date),
    /// No date follows from the words (`视情况而定`): the import warns, and the
    /// item is due at the plan's year end unless `duban due` sets it.
    Unknown,
}

impl Due {
    pub fn date(self) -> Option<Date> {
        match self {
            Due::On(d) | Due::Standing(d) => Some(d),
            Due::Unknown => None,
        }
    }
}

/// Words that make a deadline the whole of the plan's year.
const WHOLE_YEAR: &[&str] = &[
    "全年",
    "年内",
    "今年内",
    "本年内",
    "本年度",
    "年度内",
    "全年度",
    "当年",
    "年度",
];

/// Words of standing or recurring work: no one date, looked at each year end.
const STANDING: &[&str] = &[
    "长期坚持",
    "长期",
    "持续推进",
    "持续开展",
    "持续",
    "常态化推进",
    "常态化",
    "长期推进",
    "每月",
    "每季度",
    "每半年",
    "每年",
    "每学期",
    "每周",
    "按月",
    "按季度",
    "按年度",
    "按学期",
    "逐年",
    "定期",
    "适时",
];

/// School-year points (`秋季开学前`): month and day.
const SCHOOL_POINTS: &[(&str, i8, i8)] = &[
    ("秋季开学前", 8, 31),
    ("秋季学期开学前", 8, 31),
    ("春季开学前", 2, 28),
    ("春季学期开学前", 2, 28),
    ("暑期", 8, 31),
    ("暑假", 8, 31),
    ("寒假", 2, 28),
];

/// The due date a deadline as written gives, relative to `plan_year`: a date
/// (`2025年6月底前`, `6月底前`, `年底前`, `第三季度`, `2025年12月`, `12月31日前`,
/// `11月中旬`, `2026年3月前`, `全年`), a standing task (`长期坚持`, `每月`), or
/// nothing. A span (`2024年9月至2025年6月`) is due at its end; several points
/// (`6月底前启动，12月底前完成`) at the first.
pub fn due(text: &str, plan_year: i16) -> Due {
    let text = text
        .trim()
        .trim_end_matches(['。', '；', ';', '，', ','])
        .trim();
    if text.is_empty() {
        return Due::Unknown;
    }
    if let Ok(d) = parse_iso(text) {
        return Due::On(d);
    }
    let span = text.contains(['至', '到', '—', '~', '～', '－']) || text.contains("--");
    let chars: Vec<char> = text.chars().collect();
    let mut dates = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((date, end, _)) = phrase_at(&chars, i, plan_year) {
            dates.push(date);
            i = end.max(i + 1);
        } else if let Some((m, d, end)) = school_point_at(&chars, i) {
            dates.extend(Date::new(plan_year, m, d).ok());
            i = end;
        } else {
            i += 1;
        }
    }
    let picked = if span {
        dates.iter().max()
    } else {
        dates.iter().min()
    };
    if let Some(d) = picked {
        return Due::On(*d);
    }
    let starts = |w: &&str| text.starts_with(*w);
    if WHOLE_YEAR.iter().any(starts) || text.ends_with("年内") {
        return Due::On(year_end(plan_year));
    }
    if STANDING.iter().any(|w| text.contains(*w)) {
        return Due::Standing(year_end(plan_year));
    }
    Due::Unknown
}

fn school_point_at(chars: &[char], i: usize) -> Option<(i8, i8, usize)> {
    SCHOOL_POINTS.iter().find_map(|(w, m, d)| {
        let n = w.chars().count();
        (chars.len() >= i + n && chars[i..i + n].iter().copied().eq(w.chars())).then_some((
            *m,
            *d,
            i + n,
        ))
    })
}

pub fn year_end(year: i16) -> Date {
    Date::new(year, 12, 31).unwrap_or_default()
}

/// The earliest deadline phrase in `text`. A 完成时限 field (`stated`) may be a bare
/// date or period; running text needs a phrase that reads as a deadline (…前, 年底,
/// 6月底, 上半年内), so that dates mentioned in passing are not taken for one.
pub fn find(text: &str, plan_year: i16, stated: bool) -> Option<Date> {
    // Every phrase running text can hold has one of these: most texts have none,
    // and import runs this over every sentence of a plan.
    if !stated && !text.contains(['底', '末', '半', '季', '月']) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    if stated && let Ok(d) = parse_iso(text) {
        return Some(d);
    }
    let mut found: Option<Date> = None;
    let mut i = 0;
    while i < chars.len() {
        if let Some((date, end, self_evident)) = phrase_at(&chars, i, plan_year) {
            let suffix_ok = matches!(chars.get(end), Some('前' | '内'))
                || chars[end..].starts_with(&['完', '成']);
            if stated || self_evident || suffix_ok {
                found = Some(found.map_or(date, |f| f.min(date)));
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// Words a 完成时限 uses to say there is no one date (长期坚持, 持续推进).
const NO_DEADLINE: &[&str] = &[
    "长期坚持",
    "长期",
    "持续推进",
    "持续开展",
    "常态化推进",
    "长期推进",
];

/// A stated deadline (a 完成时限 label, column or clause) as the item keeps it:
/// the document's words, trimmed (`9月底前完成` stays so); `None` when empty or a
/// placeholder (`无`, `—`).
pub fn stated(text: &str) -> Option<String> {
    let text = text
        .trim()
        .trim_matches(|c: char| c.is_whitespace())
        .trim_end_matches(['。', '；', ';']);
    if text.is_empty() || super::offices::is_placeholder(text) {
        return None;
    }
    Some(text.to_string())
}

/// Whether a short text is only a deadline (`6月底前`, `2023年9月30日前`, `年底前`,
/// `全年`, `长期坚持`, `持续推进`), never an office or a measure.
pub fn is_deadline_only(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['。', '；', ';']).trim();
    if text.is_empty() {
        return false;
    }
    if NO_DEADLINE
        .iter()
        .chain(WHOLE_YEAR)
        .chain(STANDING)
        .any(|w| text == *w)
        || NO_DEADLINE.iter().any(|w| text.starts_with(w))
    {
        return true;
    }
    phrase(text).is_some_and(|p| p.chars().count() + 2 >= text.chars().count())
}

/// The first deadline phrase in running text, as written: `6月底前`,
/// `2023年9月30日前`, `年底前`, `上半年完成`. Dates in passing (`2020年3月6日印发`)
/// are not phrases; see [`find`].
pub fn phrase(text: &str) -> Option<String> {
    if !text.contains(['底', '末', '半', '季', '月']) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // A leap year, so that 2月29日 is a date.
        if let Some((_, end, evident)) = phrase_at(&chars, i, 2000) {
            let suffix = usize::from(matches!(chars.get(end), Some('前' | '内')));
            if evident || suffix > 0 || chars[end..].starts_with(&['完', '成']) {
                return Some(chars[i..end + suffix].iter().collect());
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// Digits starting at `i` (not preceded by a digit): their value and the end.
fn number_at(chars: &[char], i: usize, max_len: usize) -> Option<(i32, usize)> {
    if i > 0 && chars[i - 1].is_ascii_digit() {
        return None;
    }
    let end = (i..chars.len())
        .find(|&k| !chars[k].is_ascii_digit())
        .unwrap_or(chars.len());
    if end == i || end - i > max_len {
        return None;
    }
    let n = chars[i..end].iter().collect::<String>().parse().ok()?;
    Some((n, end))
}

/// `2020年` at `i`: the year and the index after 年.
fn year_at(chars: &[char], i: usize) -> Option<(i16, usize)> {
    let (y, end) = number_at(chars, i, 4)?;
    (end - i == 4 && chars.get(end) == Some(&'年')).then_some((y as i16, end + 1))
}

/// A deadline phrase starting at `i`: its date, the index after it, and whether it
/// reads as a deadline on its own (年底, 6月底).
fn phrase_at(chars: &[char], i: usize, plan_year: i16) -> Option<(Date, usize, bool)> {
    let next_year = matches!(chars[i], '明' | '次') && chars.get(i + 1) == Some(&'年');
    let (year, at) = match year_at(chars, i) {
        Some((y, end)) => (y, end),
        None if next_year => (plan_year.saturating_add(1), i + 2),
        None => (plan_year, i),
    };
    let rest = &chars[at..];
    let starts = |s: &str| {
        let n = s.chars().count();
        (rest.len() >= n && rest.iter().zip(s.chars()).all(|(a, b)| *a == b)).then_some(at + n)
    };
    // A period of the year.
    let periods: [(&str, i8, i8, bool); 12] = [
        ("底", 12, 31, true),
        ("末", 12, 31, true),
        ("上半年", 6, 30, false),
        ("下半年", 12, 31, false),
        ("第一季度", 3, 31, false),
        ("第二季度", 6, 30, false),
        ("第三季度", 9, 30, false),
        ("第四季度", 12, 31, false),
        ("一季度", 3, 31, false),
        ("二季度", 6, 30, false),
        ("三季度", 9, 30, false),
        ("四季度", 12, 31, false),
    ];
    let has_year = at != i;
    for (word, m, d, evident) in periods {
        // 底/末 only count right after a year: "2020年底"; "年底" alone is below.
        if (word == "底" || word == "末") && !has_year {
            continue;
        }
        if let Some(end) = starts(word) {
            return Some((Date::new(year, m, d).ok()?, end, evident));
        }
    }
    if !has_year {
        for word in ["年底", "年末"] {
            if let Some(end) = starts(word) {
                // Not the tail of a year with digits (handled above) or of 今年/明年.
                let prev = i.checked_sub(1).map(|k| chars[k]);
                if prev.is_none_or(|c| !c.is_ascii_digit()) {
                    return Some((year_end(year), end, true));
                }
            }
        }
    }
    // A month, a month's end, or a day.
    if let Some((m, end)) = number_at(chars, at, 2)
        && chars.get(end) == Some(&'月')
        && (1..=12).contains(&m)
    {
        let after = end + 1;
        let month = Date::new(year, m as i8, 1).ok()?;
        if matches!(chars.get(after), Some('底' | '末')) {
            return Some((month.last_of_month(), after + 1, true));
        }
        // 上旬, 中旬, 下旬: the tenth, the twentieth, the month's end.
        if chars.get(after + 1) == Some(&'旬') {
            let day = match chars.get(after) {
                Some('上') => Some(10),
                Some('中') => Some(20),
                Some('下') => Some(month.last_of_month().day()),
                _ => None,
            };
            if let Some(day) = day {
                return Some((Date::new(year, m as i8, day).ok()?, after + 2, true));
            }
        }
        if let Some((d, end)) = number_at(chars, after, 2)
            && matches!(chars.get(end), Some('日' | '号'))
        {
            return Some((Date::new(year, m as i8, d as i8).ok()?, end + 1, false));
        }
        return Some((month.last_of_month(), after, false));
    }
    // A bare year: only a stated deadline says "within 2020" this way.
    has_year.then(|| (year_end(year), at, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn phrases_in_running_text() {
        let f = |t| find(t, 2020, false);
        assert_eq!(f("督促各地在2020年底前完成"), Some(date(2020, 12, 31)));
        assert_eq!(f("2020年6月底前出台"), Some(date(2020, 6, 30)));
        assert_eq!(f("于2020年9月30日前报送"), Some(date(2020, 9, 30)));
        assert_eq!(f("上半年内完成评估"), Some(date(2020, 6, 30)));
        assert_eq!(f("第三季度前完成"), Some(date(2020, 9, 30)));
        assert_eq!(f("年底前完成"), Some(date(2020, 12, 31)));
        assert_eq!(f("5月底前，9月30日前"), Some(date(2020, 5, 31)));
    }

    #[test]
    fn dates_in_passing_are_not_deadlines() {
        let f = |t| find(t, 2020, false);
        assert_eq!(f("2020年3月6日印发"), None);
        assert_eq!(f("推动2020年秋季入学的高一学生"), None);
        assert_eq!(f("《加快推进湖南教育现代化实施方案(2019-2022年)》"), None);
        assert_eq!(f("积极探索2020年后教育扶贫工作"), None);
        assert_eq!(f("上半年召开会议"), None);
    }

    #[test]
    fn stated_deadlines_may_be_bare() {
        let f = |t| find(t, 2020, true);
        assert_eq!(f("6月底"), Some(date(2020, 6, 30)));
        assert_eq!(f("2020年"), Some(date(2020, 12, 31)));
        assert_eq!(f("上半年"), Some(date(2020, 6, 30)));
        assert_eq!(f("2021-03-31"), Some(date(2021, 3, 31)));
        assert_eq!(f("长期坚持"), None);
    }

    #[test]
    fn phrases_are_kept_as_written() {
        assert_eq!(phrase("各地6月底前完成摸底").as_deref(), Some("6月底前"));
        assert_eq!(
            phrase("于2023年9月30日前报送").as_deref(),
            Some("2023年9月30日前")
        );
        assert_eq!(phrase("年底前建成").as_deref(), Some("年底前"));
        assert_eq!(phrase("上半年完成评估").as_deref(), Some("上半年"));
        assert_eq!(phrase("2024年底前全覆盖").as_deref(), Some("2024年底前"));
        assert_eq!(phrase("2020年3月6日印发"), None);
        assert_eq!(phrase("上半年召开会议"), None);
        assert_eq!(phrase("加强管理"), None);
    }

    #[test]
    fn stated_deadlines_keep_their_words_or_say_none() {
        assert_eq!(stated(" 2023年6月底前。").as_deref(), Some("2023年6月底前"));
        assert_eq!(stated("全年").as_deref(), Some("全年"));
        assert_eq!(stated("上半年").as_deref(), Some("上半年"));
        // Issue 17: standing work keeps its words too (its due date is the
        // plan's year end, see `due`).
        assert_eq!(stated("长期坚持").as_deref(), Some("长期坚持"));
        assert_eq!(stated("持续推进").as_deref(), Some("持续推进"));
        assert_eq!(stated("9月底前完成").as_deref(), Some("9月底前完成"));
        assert_eq!(stated("无"), None);
        assert_eq!(stated("  "), None);
    }

    #[test]
    fn iso_dates_are_checked() {
        assert_eq!(parse_iso("2020-06-30"), Ok(date(2020, 6, 30)));
        assert_eq!(parse_iso("2020-2-29"), Ok(date(2020, 2, 29)));
        for bad in [
            "2020-02-30",
            "2019-02-29",
            "2020-13-01",
            "2020/06/30",
            "明天",
            "",
        ] {
            let e = parse_iso(bad).unwrap_err();
            assert!(e.to_string().contains(&format!("{bad:?}")), "{e}");
        }
    }

    #[test]
    fn lights_against_a_fixed_day() {
        let today = date(2020, 6, 15);
        let due = |d| light(d, Status::Doing, today);
        assert_eq!(due(date(2020, 12, 31)), Light::OnTrack);
        assert_eq!(due(date(2020, 6, 29)), Light::DueSoon, "14 days ahead");
        assert_eq!(due(date(2020, 6, 30)), Light::OnTrack, "15 days ahead");
        assert_eq!(
            due(date(2020, 6, 15)),
            Light::DueSoon,
            "due today is not late"
        );
        assert_eq!(due(date(2020, 6, 14)), Light::Overdue);
        assert_eq!(
            light(date(2020, 1, 1), Status::Done, today),
            Light::OnTrack,
            "done is never overdue"
        );
    }

    #[test]
    fn plan_year_from_date_or_title() {
        assert_eq!(plan_year(Some("2020-03-06"), ""), Some(2020));
        assert_eq!(plan_year(None, "某厅2021年工作要点"), Some(2021));
        assert_eq!(plan_year(None, "工作要点"), None);
    }
}
