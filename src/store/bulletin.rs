//! The bulletin (督办通报) of a period: the plan overall, each office, the lagging
//! items and the urges. Rendering (text, Markdown, JSON, Word) is the CLI's.

use super::{PlanId, Result, Store, UrgeRecord};
use crate::plan::Status;
use crate::plan::cycle::Period;
use crate::plan::deadline::Light;
use serde::Serialize;
use std::collections::HashMap;

/// The bulletin, in the JSON shape scripts rely on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bulletin {
    pub period: String,
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
    /// Open items without a report for the period.
    pub reports_missing: u32,
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
    pub reports_missing: u32,
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
        let previous = period.previous();
        let period_start = format!("{}T00:00:00.000Z", period.start());
        let period_end = format!("{}T00:00:00.000Z", period.end());

        let urges = self.plan_urges(plan)?;
        let mut urges_open: HashMap<u32, u32> = HashMap::new();
        for u in urges.iter().filter(|u| !u.answered()) {
            *urges_open.entry(u.number).or_default() += 1;
        }

        let mut st = self.conn.prepare_cached(
            "SELECT i.id, i.number, i.title, i.lead_office, i.status, i.due,
                i.awaiting_confirmation, i.created_at,
                EXISTS (SELECT 1 FROM reports r WHERE r.item_id = i.id AND r.period = ?2),
                EXISTS (SELECT 1 FROM reports r WHERE r.item_id = i.id AND r.period = ?3)
             FROM items i WHERE i.plan_id = ?1 ORDER BY i.number",
        )?;
        let mut overall = BulletinOverall::default();
        let mut offices: HashMap<String, BulletinOffice> = HashMap::new();
        let mut lagging = Vec::new();
        let mut rows = st.query(rusqlite::params![
            plan,
            period.to_string(),
            previous.to_string()
        ])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let number: u32 = r.get(1)?;
            let lead: Option<String> = r.get(3)?;
            let status = Status::parse(r.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?)
                .unwrap_or(Status::Todo);
            let due: Option<String> = r.get(5)?;
            let awaiting: bool = r.get(6)?;
            let created: String = r.get(7)?;
            let reported: bool = r.get(8)?;
            let reported_before: bool = r.get(9)?;
            let overdue =
                super::read::light_of(due.as_deref(), status, judged) == Some(Light::Overdue);
            let done = status == Status::Done;
            let confirmed = done && !awaiting;
            let missing = !done && !reported;
            let open_urges = urges_open.get(&number).copied().unwrap_or(0);
            overall.items += 1;
            overall.done += u32::from(done);
            overall.confirmed += u32::from(confirmed);
            overall.overdue += u32::from(overdue);
            overall.blocked += u32::from(status == Status::Blocked);
            overall.reports_missing += u32::from(missing);
            overall.urges_open += open_urges;
            if let Some(name) = &lead {
                let o = offices
                    .entry(name.clone())
                    .or_insert_with(|| BulletinOffice {
                        office: name.clone(),
                        ..Default::default()
                    });
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
                o.urges_open += open_urges;
            }
            // An item new in this period has had one period to report, not two.
            let no_report = missing && !reported_before && created < period_start;
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
                let latest_report = rusqlite::OptionalExtension::optional(latest.query_row(
                    rusqlite::params![id, period.to_string()],
                    |r| {
                        Ok(LatestReport {
                            period: r.get(0)?,
                            text: r.get(1)?,
                            at: r.get(2)?,
                        })
                    },
                ))?;
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
        let urges = urges
            .iter()
            .filter(|u| !u.answered() || (u.at >= period_start && u.at < period_end))
            .map(BulletinUrge::from)
            .collect();
        Ok(Bulletin {
            period: period.to_string(),
            overall,
            offices,
            lagging,
            urges,
        })
    }
}
