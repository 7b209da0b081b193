//! Progress reports (进展报送): one per item and period, by its lead office.

use super::rules::Act;
use super::write::Writer;
use super::{ItemId, Result, Store, StoreError};
use crate::store::engine::params;
use serde::Serialize;

/// One period's report on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportRecord {
    /// `2020-06`, `2020-W24` or `2020-Q2`.
    pub period: String,
    pub text: String,
    pub author: String,
    /// RFC 3339, UTC.
    pub at: String,
}

/// What `Store::report` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOutcome {
    pub period: String,
    /// An earlier report for the period was replaced (it stays in the history).
    pub replaced: bool,
    /// Open urges the report answered.
    pub answered_urges: u32,
}

/// Keeps an item's urge columns (what its card shows) right.
pub(super) const URGE_COUNTS: &str = "
UPDATE items SET
    urges_open = (SELECT count(*) FROM urges u WHERE u.item_id = items.id AND u.answered_at IS NULL),
    urge_reply_by = (SELECT min(u.reply_by) FROM urges u
                     WHERE u.item_id = items.id AND u.answered_at IS NULL)
WHERE id = ?1";

impl Writer<'_> {
    /// Records the report on item `id` for the period of today (see `Store::report`).
    pub(super) fn report(&self, id: ItemId, text: &str) -> Result<ReportOutcome> {
        let w = self;
        w.allow_on(Act::Report, Some(id))?;
        let item = w.item(id)?;
        let today = super::civil_today(w.now);
        let period = super::cycle::cycle_of(w.tx, item.plan)?
            .period_of(today)
            .to_string();
        let before: Option<String> = crate::store::engine::OptionalExtension::optional(
            w.tx.prepare_cached("SELECT text FROM reports WHERE item_id = ?1 AND period = ?2")?
                .query_row(params![id, period], |r| r.get(0)),
        )?;
        let report: i64 =
            w.tx.prepare_cached(
                "INSERT INTO reports (item_id, period, text, author, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (item_id, period) DO UPDATE SET text = excluded.text,
                    author = excluded.author, at = excluded.at
                 RETURNING id",
            )?
            .query_row(params![id, period, text, w.actor, w.now], |r| r.get(0))?;
        // A report changes no count on the card: its mark and version, in one update
        // (the covering card index is rewritten once, not three times).
        w.tx.prepare_cached(
            "UPDATE items SET report_period = ?2, version = version + 1, updated_at = ?3
             WHERE id = ?1",
        )?
        .execute(params![id, period, w.now])?;
        w.record(
            item.plan,
            id,
            "report",
            before.as_deref(),
            Some(text),
            Some(report),
        )?;
        let answered_urges = w.answer_urges(id, item.plan, text, "report")?;
        Ok(ReportOutcome {
            period,
            replaced: before.is_some(),
            answered_urges,
        })
    }

    /// Answers every open urge on item `id` with `text`; returns how many.
    pub(super) fn answer_urges(&self, id: ItemId, plan: i64, text: &str, via: &str) -> Result<u32> {
        let open: Vec<i64> = self
            .tx
            .prepare_cached(
                "SELECT id FROM urges WHERE item_id = ?1 AND answered_at IS NULL ORDER BY id",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        if open.is_empty() {
            return Ok(0);
        }
        for &urge in &open {
            let rows = self
                .tx
                .prepare_cached(
                    "UPDATE urges SET answer = ?2, answered_by = ?3, answered_at = ?4 WHERE id = ?1",
                )?
                .execute(params![urge, text, self.actor, self.now])?;
            self.touched(rows)?;
            self.record(plan, id, "urge_answer", Some(via), Some(text), Some(urge))?;
        }
        self.tx.prepare_cached(URGE_COUNTS)?.execute([id])?;
        Ok(open.len() as u32)
    }
}

impl Store {
    /// Records the lead office's report on item `id` for the current period; a
    /// second one in the same period replaces the first. A report answers the
    /// item's open urges.
    pub fn report(&mut self, id: ItemId, text: &str) -> Result<ReportOutcome> {
        let text = &*super::clean::text(text);
        if text.trim().is_empty() {
            return Err(StoreError::Empty(super::Written::Report));
        }
        super::check_length(super::Written::Report, text)?;
        self.write(|w| w.report(id, text))
    }

    /// Benchmarks: a report on every item of `plan`, in one transaction, through
    /// the same write as `report`. Returns how many.
    #[doc(hidden)]
    pub fn add_synthetic_reports(&mut self, plan: super::PlanId, text: &str) -> Result<usize> {
        let ids: Vec<ItemId> = self
            .conn
            .prepare("SELECT id FROM items WHERE plan_id = ?1 ORDER BY number")?
            .query_map([plan], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        self.write(|w| {
            for &id in &ids {
                w.report(id, text)?;
            }
            Ok(ids.len())
        })
    }

    /// The item's reports, newest period first.
    pub fn reports(&self, id: ItemId) -> Result<Vec<ReportRecord>> {
        let mut st = self.conn.prepare_cached(
            "SELECT period, text, author, at FROM reports WHERE item_id = ?1
             ORDER BY at DESC, id DESC",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(ReportRecord {
                period: r.get(0)?,
                text: r.get(1)?,
                author: r.get(2)?,
                at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// The item's latest report, if any.
    pub fn latest_report(&self, id: ItemId) -> Result<Option<ReportRecord>> {
        Ok(self.reports(id)?.into_iter().next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::seeded;

    #[test]
    fn a_second_report_replaces_the_first_which_stays_in_history() {
        let (mut store, plan) = seeded("甲");
        let id = store.item_id(plan, 1).unwrap();
        store.set_fixed_now(Some("2020-06-10T09:00:00.000Z"));
        let first = store.report(id, "完成调研").unwrap();
        assert_eq!(first.period, "2020-06");
        assert!(!first.replaced);
        let second = store.report(id, "完成调研并起草方案").unwrap();
        assert!(second.replaced);
        store.set_fixed_now(Some("2020-07-02T09:00:00.000Z"));
        store.report(id, "方案已印发").unwrap();
        let periods: Vec<_> = store
            .reports(id)
            .unwrap()
            .into_iter()
            .map(|r| (r.period, r.text))
            .collect();
        assert_eq!(
            periods,
            [
                ("2020-07".to_string(), "方案已印发".to_string()),
                ("2020-06".to_string(), "完成调研并起草方案".to_string())
            ]
        );
        let history = store.history(id).unwrap();
        let replaced = history
            .iter()
            .find(|e| e.kind == "report" && e.before.is_some());
        assert_eq!(replaced.unwrap().before.as_deref(), Some("完成调研"));
        assert!(matches!(store.report(id, "  "), Err(StoreError::Empty(_))));
    }
}

/// A report made in a window, for the stand-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportMade {
    pub number: u32,
    pub title: String,
    pub lead: Option<String>,
    pub period: String,
    pub text: String,
    pub by: String,
    pub at: String,
}

/// The supervision loop's part of a stand-up: reports made, urges opened and
/// urges answered in the window.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LoopActivity {
    pub reports: Vec<ReportMade>,
    pub urges_opened: Vec<super::UrgeRecord>,
    pub urges_answered: Vec<super::UrgeRecord>,
}

impl Store {
    /// Reports made and urges opened or answered with `since <= at <= until`
    /// (RFC 3339), on items `office` leads (every item without one).
    pub fn loop_activity(
        &self,
        plan: super::PlanId,
        office: Option<&str>,
        since: &str,
        until: &str,
    ) -> Result<LoopActivity> {
        let keep = |lead: &Option<String>| office.is_none() || lead.as_deref() == office;
        let mut st = self.conn.prepare_cached(
            "SELECT i.number, i.title, i.lead_office, r.period, r.text, r.author, r.at
             FROM reports r JOIN items i ON i.id = r.item_id
             WHERE i.plan_id = ?1 AND r.at >= ?2 AND r.at <= ?3 ORDER BY r.at, i.number",
        )?;
        let reports = st
            .query_map(params![plan, since, until], |r| {
                Ok(ReportMade {
                    number: r.get(0)?,
                    title: r.get(1)?,
                    lead: r.get(2)?,
                    period: r.get(3)?,
                    text: r.get(4)?,
                    by: r.get(5)?,
                    at: r.get(6)?,
                })
            })?
            .filter(|r| r.as_ref().map_or(true, |r| keep(&r.lead)))
            .collect::<crate::store::engine::Result<_>>()?;
        let urges = self.plan_urges(plan)?;
        let within = |t: &str| t >= since && t <= until;
        Ok(LoopActivity {
            reports,
            urges_opened: urges
                .iter()
                .filter(|u| keep(&u.lead) && within(&u.at))
                .cloned()
                .collect(),
            urges_answered: urges
                .iter()
                .filter(|u| keep(&u.lead) && u.answered_at.as_deref().is_some_and(within))
                .cloned()
                .collect(),
        })
    }
}

impl Store {
    /// Each item's latest report in `plan`, for the ledger.
    pub fn latest_reports(
        &self,
        plan: super::PlanId,
    ) -> Result<std::collections::HashMap<ItemId, ReportRecord>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.item_id, r.period, r.text, r.author, r.at FROM reports r
             JOIN items i ON i.id = r.item_id WHERE i.plan_id = ?1 ORDER BY r.at, r.id",
        )?;
        let mut latest = std::collections::HashMap::new();
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            latest.insert(
                r.get(0)?,
                ReportRecord {
                    period: r.get(1)?,
                    text: r.get(2)?,
                    author: r.get(3)?,
                    at: r.get(4)?,
                },
            );
        }
        Ok(latest)
    }
}
