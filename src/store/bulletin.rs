//! The bulletin (督办通报) of a period: the plan overall, each office, the lagging
//! items and the urges. Rendering (text, Markdown, JSON, Word) is the CLI's.

use super::{PlanId, Result, Store, UrgeRecord};
use crate::plan::Status;
use crate::plan::cycle::Period;
use crate::plan::deadline::Light;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// The bulletin, in the JSON shape scripts rely on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bulletin {
    pub period: String,
    /// The period's due day is over: reports without which are missing (未报).
    pub past_due: bool,
    pub overall: BulletinOverall,
    pub offices: Vec<BulletinOffice>,
    pub lagging: Vec<LaggingItem>,
    pub urges: Vec<BulletinUrge>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BulletinOverall {
    pub items: u32,
    pub done: u32,
    /// Done and not waiting for confirmation (without supervisors: every done item).
    pub confirmed: u32,
    pub overdue: u32,
    pub blocked: u32,
    /// Done items in percent of all, one decimal.
    pub completion_rate: f64,
    /// Open items without a report for the period, once its due day is over
    /// (before it: 0, see `reports_made` of `reports_due`).
    pub reports_missing: u32,
    /// Open items, each owing a report for the period.
    pub reports_due: u32,
    /// Reports made for the period on open items.
    pub reports_made: u32,
    pub urges_open: u32,
}

/// One lead office's row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BulletinOffice {
    pub office: String,
    pub led: u32,
    pub todo: u32,
    pub doing: u32,
    pub blocked: u32,
    pub done: u32,
    pub confirmed: u32,
    pub overdue: u32,
    /// Open items led without a report, once the period's due day is over.
    pub reports_missing: u32,
    /// Open items led (each owes a report) and the reports made on them.
    pub reports_due: u32,
    pub reports_made: u32,
    pub urges_open: u32,
}

/// An item behind: overdue, blocked, or without a report for two periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LaggingItem {
    pub number: u32,
    pub title: String,
    pub lead: Option<String>,
    /// Why it lags: `overdue`, `blocked`, `no_report` (any of them).
    pub why: Vec<&'static str>,
    pub latest_report: Option<LatestReport>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LatestReport {
    pub period: String,
    pub text: String,
    pub at: String,
}

/// An urge open now or opened in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BulletinUrge {
    pub number: u32,
    pub lead: Option<String>,
    pub text: String,
    pub by: String,
    pub at: String,
    pub reply_by: Option<String>,
    pub answered: bool,
}

impl From<&UrgeRecord> for BulletinUrge {
    fn from(u: &UrgeRecord) -> Self {
        BulletinUrge {
            number: u.number,
            lead: u.lead.clone(),
            text: u.text.clone(),
            by: u.by.clone(),
            at: u.at.clone(),
            reply_by: u.reply_by.clone(),
            answered: u.answered(),
        }
    }
}

impl Store {
    /// The bulletin of `plan` for `period` (default: the current one). Deadlines
    /// are judged on today, or on the period's last day for a past period;
    /// statuses are today's.
    pub fn bulletin(&self, plan: PlanId, period: Option<Period>) -> Result<Bulletin> {
        let today = self.today();
        let period = match period {
            Some(p) => p,
            None => self.cycle(plan)?.period_of(today),
        };
        let last_day = period
            .end()
            .checked_sub(jiff::Span::new().days(1))
            .unwrap_or(today);
        let judged = today.min(last_day);
        let past_due = self.cycle(plan)?.period_past_due(period, today);
        let previous = period.previous();
        let period_start = format!("{}T00:00:00.000Z", period.start());
        let period_end = format!("{}T00:00:00.000Z", period.end());

        let urges = self.plan_urges(plan)?;
        let mut urges_open: HashMap<u32, u32> = HashMap::new();
        for u in urges.iter().filter(|u| !u.answered()) {
            *urges_open.entry(u.number).or_default() += 1;
        }

        // The items reported for the period and the one before: two ranges of
        // `reports_by_period`, not two lookups per item.
        let reported_in = |p: Period| -> Result<HashSet<i64>> {
            let mut st = self
                .conn
                .prepare_cached("SELECT item_id FROM reports WHERE period = ?1")?;
            let ids = st.query_map([p.to_string()], |r| r.get(0))?;
            Ok(ids.collect::<crate::store::engine::Result<_>>()?)
        };
        let reported_now = reported_in(period)?;
        let reported_before = reported_in(previous)?;
        let mut st = self.conn.prepare_cached(
            "SELECT i.id, i.number, i.title, i.lead_office, i.status, i.due,
                i.awaiting_confirmation, i.created_at
             FROM items i WHERE i.plan_id = ?1 AND NOT i.retired ORDER BY i.number",
        )?;
        let mut overall = BulletinOverall::default();
        let mut offices: HashMap<String, BulletinOffice> = HashMap::new();
        let mut lagging = Vec::new();
        // Most items share a handful of deadlines: judge each date once.
        let mut overdue_on: HashMap<String, bool> = HashMap::new();
        // The items the bulletin covers: the urges of retired ones are left out.
        let mut live: HashSet<u32> = HashSet::new();
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let number: u32 = r.get(1)?;
            live.insert(number);
            let status = Status::parse(r.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?)
                .unwrap_or(Status::Todo);
            let done = status == Status::Done;
            let overdue = match r
                .get_ref(5)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?
            {
                Some(due) if !done => match overdue_on.get(due) {
                    Some(o) => *o,
                    None => {
                        let o = super::read::light_of(Some(due), status, judged)
                            == Some(Light::Overdue);
                        overdue_on.insert(due.to_string(), o);
                        o
                    }
                },
                _ => false,
            };
            let awaiting: bool = r.get(6)?;
            let reported = reported_now.contains(&id);
            let confirmed = done && !awaiting;
            let missing = crate::plan::cycle::ReportStanding::of(
                u32::from(!done),
                u32::from(!done && reported),
                u32::from(!done && !reported),
                past_due,
            )
            .missing()
                > 0;
            overall.reports_due += u32::from(!done);
            overall.reports_made += u32::from(!done && reported);
            let open_urges = urges_open.get(&number).copied().unwrap_or(0);
            overall.items += 1;
            overall.done += u32::from(done);
            overall.confirmed += u32::from(confirmed);
            overall.overdue += u32::from(overdue);
            overall.blocked += u32::from(status == Status::Blocked);
            overall.reports_missing += u32::from(missing);
            overall.urges_open += open_urges;
            let lead = r
                .get_ref(3)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?;
            if let Some(name) = lead {
                if !offices.contains_key(name) {
                    offices.insert(
                        name.to_string(),
                        BulletinOffice {
                            office: name.to_string(),
                            ..Default::default()
                        },
                    );
                }
                if let Some(o) = offices.get_mut(name) {
                    o.led += 1;
                    match status {
                        Status::Todo => o.todo += 1,
                        Status::Doing => o.doing += 1,
                        Status::Blocked => o.blocked += 1,
                        Status::Done => o.done += 1,
                    }
                    o.confirmed += u32::from(confirmed);
                    o.overdue += u32::from(overdue);
                    o.reports_missing += u32::from(missing);
                    o.reports_due += u32::from(!done);
                    o.reports_made += u32::from(!done && reported);
                    o.urges_open += open_urges;
                }
            }
            // An item new in this period has had one period to report, not two.
            let no_report = missing
                && !reported_before.contains(&id)
                && r.get_ref(7)?.as_str().map_err(rusqlite::Error::from)? < period_start.as_str();
            let mut why = Vec::new();
            if overdue {
                why.push("overdue");
            }
            if status == Status::Blocked {
                why.push("blocked");
            }
            if no_report {
                why.push("no_report");
            }
            if !why.is_empty() {
                let lead = lead.map(str::to_string);
                lagging.push((id, number, r.get::<_, String>(2)?, lead, why));
            }
        }
        drop(rows);
        if overall.items > 0 {
            overall.completion_rate =
                (f64::from(overall.done) * 1000.0 / f64::from(overall.items)).round() / 10.0;
        }
        let mut latest = self.conn.prepare_cached(
            "SELECT period, text, at FROM reports WHERE item_id = ?1 AND period <= ?2
             ORDER BY period DESC LIMIT 1",
        )?;
        let lagging = lagging
            .into_iter()
            .map(|(id, number, title, lead, why)| {
                let latest_report = crate::store::engine::OptionalExtension::optional(
                    latest.query_row(crate::store::engine::params![id, period.to_string()], |r| {
                        Ok(LatestReport {
                            period: r.get(0)?,
                            text: r.get(1)?,
                            at: r.get(2)?,
                        })
                    }),
                )?;
                Ok(LaggingItem {
                    number,
                    title,
                    lead,
                    why,
                    latest_report,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut offices: Vec<BulletinOffice> = offices.into_values().collect();
        offices.sort_by(|a, b| b.led.cmp(&a.led).then_with(|| a.office.cmp(&b.office)));
        // Who urged, by display name where one was given (issue 15).
        let names = self.display_names()?;
        let urges = urges
            .iter()
            .filter(|u| live.contains(&u.number))
            .filter(|u| !u.answered() || (u.at >= period_start && u.at < period_end))
            .map(|u| {
                let mut b = BulletinUrge::from(u);
                if let Some(name) = names.get(&b.by) {
                    b.by = name.clone();
                }
                b
            })
            .collect();
        Ok(Bulletin {
            period: period.to_string(),
            past_due,
            overall,
            offices,
            lagging,
            urges,
        })
    }
}
