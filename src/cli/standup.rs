//! `duban standup`, `duban due`, `duban indicator`, and the pinned clock (`DUBAN_NOW`).

use super::{LangArg, UsageError, render};
use crate::plan::Status;
use crate::plan::deadline::{self, Light};
use crate::store::{IndicatorRecord, ItemId, OfficeStandup, PlanId, Standup, Store, StoreError};
use crate::text::sanitize;
use anyhow::Result;
use clap::ValueEnum;
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use std::io::Write;

/// Pins the clock for tests and demos: `DUBAN_NOW=2020-06-15T09:00:00Z` (hidden).
pub const NOW_VAR: &str = "DUBAN_NOW";

const STORED: &str = "%Y-%m-%dT%H:%M:%S%.3fZ";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StandupFormat {
    Text,
    Md,
    Json,
}

/// What `--since` asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    /// A span back from now: `1d`, `8h`, `30m`.
    Ago(SignedDuration),
    /// From the start of that day, local time.
    Day(Date),
    /// From the user's previous stand-up.
    Last,
}

pub fn parse_since(s: &str) -> std::result::Result<Since, String> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("last") {
        return Ok(Since::Last);
    }
    if let Some(unit) = s.chars().last().filter(|c| "dhmw".contains(*c)) {
        let n = &s[..s.len() - 1];
        if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
            let too_long = || {
                crate::t!(
                    super::messages::current(),
                    "export-since-too-far",
                    since = s
                )
            };
            let n: i64 = n.parse().map_err(|_| too_long())?;
            let per = match unit {
                'w' => 7 * 24 * 60,
                'd' => 24 * 60,
                'h' => 60,
                _ => 1,
            };
            // A stand-up looks back days, not millennia: cap at 100 years.
            let minutes = n
                .checked_mul(per)
                .filter(|m| *m <= 100 * 366 * 24 * 60)
                .ok_or_else(too_long)?;
            return Ok(Since::Ago(SignedDuration::from_mins(minutes)));
        }
    }
    deadline::parse_iso(s).map(Since::Day).map_err(|_| {
        crate::t!(
            super::messages::current(),
            "export-since-invalid",
            since = s
        )
    })
}

/// Reads `DUBAN_NOW` into the store's clock; a value that is not a time is ignored
/// with a warning. Changes are recorded at that time, so once anyone belongs to an
/// office only those who may act for others (root, supervisors) may pin it:
/// a member could otherwise file a report for a period long past. Anyone else
/// setting it is refused (`ClockRefused`, exit status 3), nothing done.
pub fn pin_clock(store: &mut Store) -> Result<()> {
    let Ok(value) = std::env::var(NOW_VAR) else {
        return Ok(());
    };
    let user = crate::identity::os_user();
    if !store.may_act_as_other(&user, crate::identity::is_root())? {
        // Refused before anything is read or written: a write at the real time
        // would not be what the user asked for either.
        return Err(ClockRefused(crate::t!(
            super::messages::current(),
            "export-clock-refused",
            var = NOW_VAR,
            user = user
        ))
        .into());
    }
    match parse_instant(&value) {
        Some(t) => store.set_fixed_now(Some(&t.strftime(STORED).to_string())),
        None => say_err!(
            "duban: {}",
            crate::t!(
                super::messages::current(),
                "export-clock-ignored",
                var = NOW_VAR,
                value = format!("{value:?}")
            )
        ),
    }
    Ok(())
}

/// `DUBAN_NOW` set by someone who may not pin the clock (exit status 3).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ClockRefused(pub String);

/// RFC 3339 (`2020-06-15T09:00:00Z`) or a local date-time (`2020-06-15T09:00`).
fn parse_instant(s: &str) -> Option<Timestamp> {
    s.parse::<Timestamp>().ok().or_else(|| {
        s.parse::<jiff::civil::DateTime>()
            .ok()?
            .to_zoned(TimeZone::system())
            .ok()
            .map(|z| z.timestamp())
    })
}

/// The start (local midnight) of the working day before `today`: Monday looks
/// back to Friday.
pub fn last_working_day(today: Date) -> Date {
    let back = match today.weekday() {
        Weekday::Monday => 3,
        Weekday::Sunday => 2,
        _ => 1,
    };
    today
        .checked_sub(jiff::Span::new().days(back))
        .unwrap_or(today)
}

fn day_start(day: Date) -> String {
    day.to_zoned(TimeZone::system())
        .map(|z| z.timestamp())
        .unwrap_or_default()
        .strftime(STORED)
        .to_string()
}

/// The window's start, in the stored format.
fn resolve_since(
    store: &Store,
    plan: PlanId,
    office: Option<&str>,
    since: Option<&Since>,
) -> Result<String> {
    let default = || day_start(last_working_day(store.today()));
    Ok(match since {
        None => default(),
        Some(Since::Day(d)) => day_start(*d),
        Some(Since::Ago(span)) => {
            let now: Timestamp = store.now().parse()?;
            now.checked_sub(*span)?.strftime(STORED).to_string()
        }
        // No stand-up before: fall back to the last working day.
        Some(Since::Last) => store.last_standup(plan, office)?.unwrap_or_else(default),
    })
}

/// A stored time as local `YYYY-MM-DD HH:MM`.
pub fn local_time(at: &str) -> String {
    at.parse::<Timestamp>()
        .map(|t| {
            t.to_zoned(TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| sanitize(at).into_owned())
}

pub fn standup(
    store: &mut Store,
    plan: PlanId,
    office: Option<&str>,
    since: Option<&Since>,
    format: StandupFormat,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    let from = resolve_since(store, plan, office, since)?;
    let report = store.standup(plan, office, &from)?;
    let supervision = store.loop_activity(plan, office, &report.since, &report.until)?;
    match format {
        StandupFormat::Json => render::json(
            out,
            &super::supervise::StandupWithLoop {
                standup: &report,
                supervision: &supervision,
            },
        )?,
        StandupFormat::Text => {
            write_standup(out, &report, lang, false, office.is_some())?;
            super::supervise::write_loop_activity(out, &supervision, lang, false)?;
        }
        StandupFormat::Md => {
            write_standup(out, &report, lang, true, office.is_some())?;
            super::supervise::write_loop_activity(out, &supervision, lang, true)?;
        }
    }
    // Recorded after it is shown, so `--since last` next time starts here.
    if !store.is_read_only() {
        store.record_standup(plan, office)?;
    }
    Ok(())
}

fn write_standup(
    out: &mut impl Write,
    s: &Standup,
    lang: LangArg,
    md: bool,
    asked: bool,
) -> Result<()> {
    let head = crate::t!(
        lang,
        "export-standup-title",
        since = local_time(&s.since),
        until = local_time(&s.until)
    );
    if md {
        writeln!(out, "# {head}")?;
    } else {
        writeln!(out, "{head}")?;
    }
    let bullet = if md { "- " } else { "  " };
    // Every text people wrote, as one paragraph (escaped in Markdown).
    let sanitize = |s: &str| crate::text::in_document(s, md);
    for o in &s.offices {
        writeln!(out)?;
        let name = sanitize(&o.office);
        if md {
            writeln!(out, "## {name}")?;
            writeln!(out)?;
        } else {
            writeln!(out, "== {name} ==")?;
        }
        writeln!(out, "{}", counts_line(o, lang))?;
        // With every office listed, a quiet one is its counts alone.
        if o.is_quiet() && !asked {
            continue;
        }
        let title = |n: u32, title: &str| format!("{n}. {}", sanitize(title));
        let who = |by: &str, at: &str| {
            crate::t!(
                lang,
                "export-standup-who",
                by = sanitize(by),
                at = local_time(at)
            )
        };
        let section = |out: &mut dyn Write, label: String, lines: Vec<String>| -> Result<()> {
            section(out, &label, &lines, bullet, md, lang)
        };
        let status = |s: Status| render::status_label(s, lang);
        section(
            out,
            crate::t!(lang, "export-standup-moved"),
            o.moves
                .iter()
                .map(|m| {
                    crate::t!(
                        lang,
                        "export-standup-move",
                        item = title(m.number, &m.title),
                        from = status(m.from),
                        to = status(m.to),
                        who = who(&m.by, &m.at)
                    )
                })
                .collect(),
        )?;
        section(
            out,
            crate::t!(lang, "export-standup-notes"),
            o.notes
                .iter()
                .map(|n| {
                    crate::t!(
                        lang,
                        "export-standup-note",
                        item = title(n.number, &n.title),
                        who = who(&n.by, &n.at),
                        text = sanitize(&n.text)
                    )
                })
                .collect(),
        )?;
        section(
            out,
            crate::t!(lang, "export-standup-measures"),
            o.measures
                .iter()
                .map(|m| {
                    crate::t!(
                        lang,
                        "export-standup-measure",
                        item = title(m.number, &m.title),
                        mark = if m.done { "x" } else { " " },
                        ordinal = m.ordinal,
                        text = sanitize(&m.text),
                        who = who(&m.by, &m.at)
                    )
                })
                .collect(),
        )?;
        let due_lines = |v: &[crate::store::ItemDue]| {
            v.iter()
                .map(|i| {
                    crate::t!(
                        lang,
                        "export-standup-due-line",
                        item = title(i.number, &i.title),
                        due = sanitize(&i.due),
                        status = status(i.status)
                    )
                })
                .collect::<Vec<_>>()
        };
        section(
            out,
            crate::t!(lang, "export-standup-overdue"),
            due_lines(&o.overdue),
        )?;
        section(
            out,
            crate::t!(lang, "export-standup-due-soon", days = 14),
            due_lines(&o.due_soon),
        )?;
        section(
            out,
            crate::t!(lang, "export-standup-idle", days = 30),
            o.idle
                .iter()
                .map(|i| {
                    crate::t!(
                        lang,
                        "export-standup-idle-line",
                        item = title(i.number, &i.title),
                        status = status(i.status),
                        last = local_time(&i.last_activity)
                    )
                })
                .collect(),
        )?;
    }
    Ok(())
}

/// A labelled list in a stand-up: `**label**` in Markdown, `label:` in text.
pub(super) fn section(
    out: &mut dyn Write,
    label: &str,
    lines: &[String],
    bullet: &str,
    md: bool,
    lang: LangArg,
) -> Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    if md {
        writeln!(out)?;
        writeln!(out, "**{label}**")?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", render::field_head(lang, label))?;
    }
    for l in lines {
        writeln!(out, "{bullet}{l}")?;
    }
    Ok(())
}

fn counts_line(o: &OfficeStandup, lang: LangArg) -> String {
    Status::ALL
        .iter()
        .map(|s| {
            crate::t!(
                lang,
                "export-standup-count",
                status = render::status_label(*s, lang),
                count = o.counts.get(*s)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn light_label(light: Light, lang: LangArg) -> &'static str {
    match lang {
        LangArg::Zh => light.label_zh(),
        LangArg::En => light.label_en(),
    }
}

/// `duban due N DATE`.
pub fn due(
    store: &mut Store,
    id: ItemId,
    number: u32,
    date: &str,
    out: &mut impl Write,
) -> Result<()> {
    let date = deadline::parse_iso(date)
        .map_err(|e| UsageError(super::messages::date_error(&e, super::messages::current())))?;
    let before = store.item(id)?.due;
    store.set_due(id, date)?;
    let line = crate::t!(
        super::messages::current(),
        "cli-due-changed",
        number = number,
        before = before.unwrap_or_else(|| "-".to_string()),
        after = date.to_string()
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// An indicator's value as typed: a number, optionally with its unit (`85%`).
pub fn parse_value(s: &str) -> std::result::Result<f64, String> {
    crate::plan::indicators::parse_value(s).ok_or_else(|| {
        crate::t!(
            super::messages::current(),
            "export-value-not-a-number",
            value = s
        )
    })
}

/// `duban indicator N K VALUE`.
pub fn indicator(
    store: &mut Store,
    id: ItemId,
    number: u32,
    ordinal: u32,
    value: f64,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    match store.set_indicator_actual(id, ordinal, value) {
        Err(StoreError::NoSuchIndicator { count: 0, .. }) => {
            return Err(UsageError(super::messages::no_indicators(number, lang)).into());
        }
        Err(StoreError::NoSuchIndicator { count, .. }) => {
            let text = super::messages::no_indicator(number, ordinal, count, lang);
            return Err(UsageError(text).into());
        }
        r => r?,
    }
    let all = store.indicators(id)?;
    if let Some(i) = all.iter().find(|i| i.ordinal == ordinal) {
        let line = crate::t!(
            lang,
            "cli-indicator-set",
            number = number,
            line = indicator_line(i, lang)
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn number(v: f64) -> String {
    // 25.0 prints as 25; 1.3 stays 1.3.
    format!("{v}")
}

/// `1. 普惠性幼儿园覆盖率达到80%：75% / >= 80% 未达成`.
pub fn indicator_line(i: &IndicatorRecord, lang: LangArg) -> String {
    IndicatorWords::new(lang).line(i)
}

/// The words of an indicator line, looked up once for every line of an export.
pub struct IndicatorWords {
    not_recorded: String,
    met: String,
    not_met: String,
    /// `：` or `: ` between the indicator and its value.
    colon: String,
}

impl IndicatorWords {
    pub fn new(lang: LangArg) -> IndicatorWords {
        IndicatorWords {
            not_recorded: crate::t!(lang, "export-indicator-not-recorded"),
            met: crate::t!(lang, "export-indicator-met"),
            not_met: crate::t!(lang, "export-indicator-not-met"),
            colon: crate::t!(lang, "export-indicator-colon"),
        }
    }

    /// The indicator, its value, its target and whether the target is met.
    pub fn line(&self, i: &IndicatorRecord) -> String {
        let target = format!("{} {}{}", i.direction.symbol(), number(i.target), i.unit);
        let actual = match i.actual {
            Some(a) => format!("{}{}", number(a), i.unit),
            None => self.not_recorded.clone(),
        };
        let met = match i.met {
            Some(true) => format!(" {}", self.met),
            Some(false) => format!(" {}", self.not_met),
            None => String::new(),
        };
        format!(
            "{}. {}{}{actual} / {target}{met}",
            i.ordinal,
            sanitize(&i.text),
            self.colon
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn since_takes_durations_dates_and_last() {
        assert_eq!(
            parse_since("1d"),
            Ok(Since::Ago(SignedDuration::from_hours(24)))
        );
        assert_eq!(
            parse_since("8h"),
            Ok(Since::Ago(SignedDuration::from_hours(8)))
        );
        assert_eq!(
            parse_since("30m"),
            Ok(Since::Ago(SignedDuration::from_mins(30)))
        );
        assert_eq!(parse_since("2020-06-01"), Ok(Since::Day(date(2020, 6, 1))));
        for huge in ["9999999999999999d", "999999999999999999m", "9999999d"] {
            let err = parse_since(huge).unwrap_err();
            assert!(err.contains(huge), "names the input: {err}");
        }
        assert_eq!(parse_since("last"), Ok(Since::Last));
        for bad in ["yesterday", "d", "2020-02-30", "-1d"] {
            assert!(parse_since(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_last_working_day_skips_the_weekend() {
        assert_eq!(
            last_working_day(date(2020, 6, 15)),
            date(2020, 6, 12),
            "Mon -> Fri"
        );
        assert_eq!(
            last_working_day(date(2020, 6, 16)),
            date(2020, 6, 15),
            "Tue -> Mon"
        );
        assert_eq!(
            last_working_day(date(2020, 6, 14)),
            date(2020, 6, 12),
            "Sun -> Fri"
        );
        assert_eq!(
            last_working_day(date(2020, 6, 13)),
            date(2020, 6, 12),
            "Sat -> Fri"
        );
    }

    #[test]
    fn values_may_carry_their_unit() {
        assert_eq!(parse_value("85%"), Ok(85.0));
        assert_eq!(parse_value("1.3万人"), Ok(1.3));
        assert!(parse_value("很多").is_err());
        assert!(parse_value("inf").is_err());
    }
}
