//! The reporting cycle (报送周期) and its periods: `2020-06`, `2020-W24`, `2020-Q2`.

use crate::i18n::Lang;
use jiff::civil::{Date, Weekday};
use serde::Serialize;
use std::fmt;

/// How often lead offices report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CycleKind {
    Weekly,
    Monthly,
    Quarterly,
}

impl CycleKind {
    pub fn key(self) -> &'static str {
        match self {
            CycleKind::Weekly => "weekly",
            CycleKind::Monthly => "monthly",
            CycleKind::Quarterly => "quarterly",
        }
    }

    /// `weekly`, `每周`, `周`... (see [`words::cycle`](super::words::cycle)).
    pub fn parse(s: &str) -> Option<CycleKind> {
        super::words::cycle(s)
    }

    /// The cycle as shown, from the catalog.
    pub fn label(self, lang: Lang) -> &'static str {
        super::fixed_label(
            lang,
            match self {
                CycleKind::Weekly => "plan-cycle-weekly",
                CycleKind::Monthly => "plan-cycle-monthly",
                CycleKind::Quarterly => "plan-cycle-quarterly",
            },
        )
    }

    pub fn label_zh(self) -> &'static str {
        self.label(Lang::Zh)
    }

    /// The due day a cycle starts with: Friday for weeks, the 25th otherwise.
    pub fn default_due_day(self) -> u8 {
        match self {
            CycleKind::Weekly => 5,
            _ => 25,
        }
    }

    /// The due days this kind accepts: weekdays 1 (Monday)–7, or days 1–31.
    pub fn due_day_range(self) -> std::ops::RangeInclusive<u8> {
        match self {
            CycleKind::Weekly => 1..=7,
            _ => 1..=31,
        }
    }
}

/// A plan's cycle: the kind and the day reports are due by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cycle {
    pub kind: CycleKind,
    /// Weekly: the weekday, 1 = Monday … 7 = Sunday. Monthly: the day of the
    /// month (a short month's last day when it has fewer). Quarterly: the day of
    /// the quarter's last month.
    pub due_day: u8,
}

impl Default for Cycle {
    /// Monthly, reports due by the 25th (每月25日前报送).
    fn default() -> Cycle {
        Cycle {
            kind: CycleKind::Monthly,
            due_day: 25,
        }
    }
}

impl Cycle {
    /// The period `day` falls in.
    pub fn period_of(self, day: Date) -> Period {
        match self.kind {
            CycleKind::Weekly => {
                let w = day.iso_week_date();
                Period::Week {
                    year: w.year(),
                    week: w.week(),
                }
            }
            CycleKind::Monthly => Period::Month {
                year: day.year(),
                month: day.month(),
            },
            CycleKind::Quarterly => Period::Quarter {
                year: day.year(),
                quarter: (day.month() - 1) / 3 + 1,
            },
        }
    }

    /// The last day a report for `period` is on time.
    pub fn due_date(self, period: Period) -> Date {
        match period {
            Period::Week { .. } => {
                let monday = period.start();
                let offset = i64::from(self.due_day.clamp(1, 7)) - 1;
                monday
                    .checked_add(jiff::Span::new().days(offset))
                    .unwrap_or(monday)
            }
            Period::Month { year, month } => day_in_month(year, month, self.due_day),
            Period::Quarter { year, quarter } => day_in_month(year, quarter * 3, self.due_day),
        }
    }

    /// True when `today` is past the due day of its period: open items without a
    /// report for it are then 未报.
    pub fn past_due(self, today: Date) -> bool {
        self.period_past_due(self.period_of(today), today)
    }

    /// True when `period`'s due day is over on `today` (a past period's always is).
    pub fn period_past_due(self, period: Period, today: Date) -> bool {
        today > self.due_date(period)
    }

    /// Parses a period of this cycle's kind, as `Period::parse` does.
    pub fn parse_period(self, s: &str) -> Option<Period> {
        Period::parse(s).filter(|p| p.kind() == self.kind)
    }
}

fn day_in_month(year: i16, month: i8, day: u8) -> Date {
    let first = Date::new(year, month, 1).unwrap_or_default();
    let last = first.days_in_month();
    Date::new(year, month, (day as i8).clamp(1, last)).unwrap_or(first)
}

/// One reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// ISO week.
    Week {
        year: i16,
        week: i8,
    },
    Month {
        year: i16,
        month: i8,
    },
    Quarter {
        year: i16,
        quarter: i8,
    },
}

impl Period {
    pub fn kind(self) -> CycleKind {
        match self {
            Period::Week { .. } => CycleKind::Weekly,
            Period::Month { .. } => CycleKind::Monthly,
            Period::Quarter { .. } => CycleKind::Quarterly,
        }
    }

    /// `2020-06`, `2020-W24` or `2020-Q2`.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let (year, rest) = s.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i16 = year.parse().ok()?;
        let number = |t: &str| -> Option<i8> {
            (!t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let period = if let Some(w) = rest.strip_prefix(['W', 'w']) {
            let week = number(w)?;
            jiff::civil::ISOWeekDate::new(year, week, Weekday::Monday).ok()?;
            Period::Week { year, week }
        } else if let Some(q) = rest.strip_prefix(['Q', 'q']) {
            let quarter = number(q).filter(|q| (1..=4).contains(q))?;
            Period::Quarter { year, quarter }
        } else {
            let month = number(rest).filter(|m| (1..=12).contains(m))?;
            Period::Month { year, month }
        };
        Some(period)
    }

    /// The first day of the period.
    pub fn start(self) -> Date {
        match self {
            Period::Week { year, week } => {
                jiff::civil::ISOWeekDate::new(year, week, Weekday::Monday)
                    .map(|w| w.date())
                    .unwrap_or_default()
            }
            Period::Month { year, month } => Date::new(year, month, 1).unwrap_or_default(),
            Period::Quarter { year, quarter } => {
                Date::new(year, (quarter - 1) * 3 + 1, 1).unwrap_or_default()
            }
        }
    }

    /// The first day after the period.
    pub fn end(self) -> Date {
        self.next().start()
    }

    pub fn next(self) -> Period {
        match self {
            Period::Week { .. } => {
                let after = self
                    .start()
                    .checked_add(jiff::Span::new().days(7))
                    .unwrap_or_default();
                let w = after.iso_week_date();
                Period::Week {
                    year: w.year(),
                    week: w.week(),
                }
            }
            Period::Month { year, month: 12 } => Period::Month {
                year: year + 1,
                month: 1,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month + 1,
            },
            Period::Quarter { year, quarter: 4 } => Period::Quarter {
                year: year + 1,
                quarter: 1,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter + 1,
            },
        }
    }

    pub fn previous(self) -> Period {
        match self {
            Period::Week { .. } => {
                let before = self
                    .start()
                    .checked_sub(jiff::Span::new().days(7))
                    .unwrap_or_default();
                let w = before.iso_week_date();
                Period::Week {
                    year: w.year(),
                    week: w.week(),
                }
            }
            Period::Month { year, month: 1 } => Period::Month {
                year: year - 1,
                month: 12,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month - 1,
            },
            Period::Quarter { year, quarter: 1 } => Period::Quarter {
                year: year - 1,
                quarter: 4,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter - 1,
            },
        }
    }

    /// The period in words: 2020年6月, 2020年第24周, 2020年第二季度.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Period::Week { year, week } => {
                crate::t!(lang, "plan-period-week", year = year, week = week)
            }
            Period::Month { year, month } => {
                crate::t!(lang, "plan-period-month", year = year, month = month)
            }
            Period::Quarter { year, quarter } => crate::t!(
                lang,
                "plan-period-quarter",
                year = year,
                quarter = quarter.clamp(1, 4)
            ),
        }
    }

    /// [`Period::label`] in Chinese.
    pub fn label_zh(self) -> String {
        self.label(Lang::Zh)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn periods_parse_and_print_in_their_stored_form() {
        for text in ["2020-06", "2020-W24", "2020-Q2", "2020-W01", "2020-12"] {
            assert_eq!(Period::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Period::parse("2020-6").unwrap().to_string(), "2020-06");
        for bad in [
            "2020", "2020-13", "2020-Q5", "2021-W53", "20-06", "2020-W", "x-06",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        assert!(Period::parse("2020-W53").is_some(), "2020 has 53 ISO weeks");
    }

    #[test]
    fn monthly_cycle_is_due_on_the_25th_and_clamps_short_months() {
        let c = Cycle::default();
        let p = c.period_of(date(2020, 6, 10));
        assert_eq!(p.to_string(), "2020-06");
        assert_eq!(c.due_date(p), date(2020, 6, 25));
        assert!(!c.past_due(date(2020, 6, 25)));
        assert!(c.past_due(date(2020, 6, 26)));
        let c31 = Cycle {
            kind: CycleKind::Monthly,
            due_day: 31,
        };
        assert_eq!(
            c31.due_date(Period::parse("2020-02").unwrap()),
            date(2020, 2, 29)
        );
    }

    #[test]
    fn weeks_and_quarters_step_across_years() {
        let w = Cycle {
            kind: CycleKind::Weekly,
            due_day: 5,
        };
        let p = w.period_of(date(2020, 6, 10));
        assert_eq!(p.to_string(), "2020-W24");
        assert_eq!(w.due_date(p), date(2020, 6, 12));
        assert_eq!(
            Period::parse("2021-W01").unwrap().previous().to_string(),
            "2020-W53"
        );
        assert_eq!(
            Period::parse("2020-W53").unwrap().next().to_string(),
            "2021-W01"
        );
        let q = Cycle {
            kind: CycleKind::Quarterly,
            due_day: 25,
        };
        let p = q.period_of(date(2020, 5, 1));
        assert_eq!(p.to_string(), "2020-Q2");
        assert_eq!(q.due_date(p), date(2020, 6, 25));
        assert_eq!(p.start(), date(2020, 4, 1));
        assert_eq!(p.end(), date(2020, 7, 1));
        assert_eq!(
            Period::parse("2020-Q1").unwrap().previous().to_string(),
            "2019-Q4"
        );
        assert_eq!(
            Period::parse("2020-01").unwrap().previous().to_string(),
            "2019-12"
        );
        assert_eq!(p.label_zh(), "2020年第二季度");
    }
}

/// How a period's reports stand: missing (未报) only once its due day has passed;
/// before, only the reports made so far. The one rule the board, `duban cycle`,
/// the overview and the bulletin all count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStanding {
    /// Before the due day: `made` of `due` reports made so far, none missing yet.
    SoFar { made: u32, due: u32 },
    /// After it: `missing` of `due` open items have no report (未报).
    Missing { missing: u32, due: u32 },
}

impl ReportStanding {
    /// `due` open items owe a report, `made` were made, `missing` open items have
    /// none; `past_due` says whether the period's due day is over.
    pub fn of(due: u32, made: u32, missing: u32, past_due: bool) -> ReportStanding {
        if past_due {
            ReportStanding::Missing { missing, due }
        } else {
            ReportStanding::SoFar {
                made: made.min(due),
                due,
            }
        }
    }

    /// The reports counted as missing: none before the due day.
    pub fn missing(self) -> u32 {
        match self {
            ReportStanding::Missing { missing, .. } => missing,
            ReportStanding::SoFar { .. } => 0,
        }
    }

    /// `截至目前已报3/5` or `未报2/5`; `reports made so far: 3 of 5` or
    /// `not reported: 2 of 5`.
    pub fn text(self, zh: bool) -> String {
        let lang = if zh { Lang::Zh } else { Lang::En };
        match self {
            ReportStanding::SoFar { made, due } => {
                crate::t!(lang, "plan-standing-so-far", made = made, due = due)
            }
            ReportStanding::Missing { missing, due } => {
                crate::t!(lang, "plan-standing-missing", missing = missing, due = due)
            }
        }
    }
}

#[cfg(test)]
mod standing_tests {
    use super::*;

    #[test]
    fn reports_count_as_missing_only_after_the_due_day() {
        let before = ReportStanding::of(5, 3, 2, false);
        assert_eq!(before.missing(), 0);
        assert_eq!(before.text(true), "截至目前已报3/5");
        assert_eq!(before.text(false), "reports made so far: 3 of 5");
        let after = ReportStanding::of(5, 3, 2, true);
        assert_eq!(after.missing(), 2);
        assert_eq!(after.text(true), "未报2/5");
        let c = Cycle::default();
        assert!(!c.period_past_due(
            c.period_of(jiff::civil::date(2020, 6, 25)),
            jiff::civil::date(2020, 6, 25)
        ));
    }
}
