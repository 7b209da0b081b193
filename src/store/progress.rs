//! What the overview (`s`) reads for the supervision loop: each office's reports
//! for the period, the plan's progress week by week, and each office's activity
//! in recent weeks. All of it is computed from the rows and the history; nothing
//! is sampled in the background.

use super::{ItemId, PlanId, Result, Store};
use crate::plan::cycle::Period;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One office's progress reports for a period, over the items it leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeReports {
    pub office: String,
    /// Open (not done) items it leads: each owes a report.
    pub due: u32,
    /// Reports made for the period on items it leads.
    pub made: u32,
    /// Open items it leads without a report for the period.
    pub missing: u32,
}

/// The whole supervision picture of the overview, in one read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupervisionOverview {
    /// The current period, `2020-06`.
    pub period: String,
    /// Today is past the period's due day (missing reports are then 未报).
    pub past_due: bool,
    pub reports: Vec<OfficeReports>,
    pub progress: Vec<ProgressPoint>,
    /// Each office's activity in the last eight weeks, oldest week first.
    pub activity: Vec<(String, Vec<u32>)>,
}

/// The plan at the end of one week (for the current week: now).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgressPoint {
    /// The Monday the week starts, ISO date.
    pub week: String,
    pub items: u32,
    pub done: u32,
    pub measures: u32,
    pub ticked: u32,
}

impl ProgressPoint {
    /// Share of items done, 0.0–1.0.
    pub fn share_done(&self) -> f64 {
        share(self.done, self.items)
    }

    /// Share of measures ticked, 0.0–1.0.
    pub fn share_ticked(&self) -> f64 {
        share(self.ticked, self.measures)
    }
}

fn share(n: u32, of: u32) -> f64 {
    if of == 0 {
        0.0
    } else {
        f64::from(n) / f64::from(of)
    }
}

/// A move or tick from the history: item, at, kind, before, after.
type HistoryRow = (ItemId, String, String, Option<String>, Option<String>);

/// The weeks a progress series covers at most (five years).
const MAX_WEEKS: usize = 260;

fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().to_monday_zero_offset());
    day.checked_sub(jiff::Span::new().days(back)).unwrap_or(day)
}

fn add_days(day: Date, n: i64) -> Date {
    day.checked_add(jiff::Span::new().days(n)).unwrap_or(day)
}

/// A date as the stored-time prefix it starts (UTC midnight).
fn stored_start(day: Date) -> String {
    format!("{day}T00:00:00.000Z")
}

impl Store {
    /// The overview's supervision picture for `plan` now.
    pub fn supervision_overview(&self, plan: PlanId) -> Result<SupervisionOverview> {
        let now = self.period_now(plan)?;
        let period = Period::parse(&now.period);
        Ok(SupervisionOverview {
            reports: match period {
                Some(p) => self.office_reports(plan, p)?,
                None => Vec::new(),
            },
            period: now.period,
            past_due: now.past_due,
            progress: self.progress_series(plan)?,
            activity: self.office_activity(plan, 8)?,
        })
    }

    /// Each lead office's reports due, made and missing for `period`, by name.
    pub fn office_reports(&self, plan: PlanId, period: Period) -> Result<Vec<OfficeReports>> {
        // The items reported for the period: one range of `reports_by_period`.
        let reported: std::collections::HashSet<ItemId> = self
            .conn
            .prepare_cached("SELECT item_id FROM reports WHERE period = ?1")?
            .query_map([period.to_string()], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        let mut st = self.conn.prepare_cached(
            "SELECT i.lead_office, i.status = 'done', i.id FROM items i
             WHERE i.plan_id = ?1 AND i.lead_office IS NOT NULL AND NOT i.retired",
        )?;
        let mut by_office: BTreeMap<String, OfficeReports> = BTreeMap::new();
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            let office = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let done: bool = r.get(1)?;
            let reported = reported.contains(&r.get::<_, ItemId>(2)?);
            if !by_office.contains_key(office) {
                by_office.insert(
                    office.to_string(),
                    OfficeReports {
                        office: office.to_string(),
                        due: 0,
                        made: 0,
                        missing: 0,
                    },
                );
            }
            let Some(e) = by_office.get_mut(office) else {
                continue;
            };
            e.due += u32::from(!done);
            e.made += u32::from(reported);
            e.missing += u32::from(!done && !reported);
        }
        Ok(by_office.into_values().collect())
    }

    /// The plan's items done and measures ticked at the end of each week since
    /// its first import (the current week: now), oldest first. Read backwards
    /// from today's state through the history's moves and ticks.
    pub fn progress_series(&self, plan: PlanId) -> Result<Vec<ProgressPoint>> {
        let start: Option<String> = self.conn.query_row(
            "SELECT min(at) FROM events WHERE plan_id = ?1 AND kind = 'import'",
            [plan],
            |r| r.get(0),
        )?;
        let today = self.today();
        let first = start
            .as_deref()
            .and_then(|s| s.get(..10)?.parse::<Date>().ok())
            .unwrap_or(today)
            .min(today);
        let mut weeks = Vec::new();
        let mut w = monday_of(today);
        let first_week = monday_of(first);
        while w >= first_week && weeks.len() < MAX_WEEKS {
            weeks.push(w);
            w = add_days(w, -7);
        }
        // Today's state, per item.
        struct State {
            done: bool,
            ticked: u32,
            measures: u32,
            created: String,
        }
        let mut items: HashMap<ItemId, State> = HashMap::new();
        let mut st = self.conn.prepare_cached(
            "SELECT id, status = 'done', measures_done, measures_total, created_at
             FROM items WHERE plan_id = ?1 AND NOT retired",
        )?;
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            items.insert(
                r.get(0)?,
                State {
                    done: r.get(1)?,
                    ticked: r.get(2)?,
                    measures: r.get(3)?,
                    created: r.get(4)?,
                },
            );
        }
        let (mut n_items, mut done, mut measures, mut ticked) = (0u32, 0u32, 0u32, 0u32);
        for s in items.values() {
            n_items += 1;
            done += u32::from(s.done);
            measures += s.measures;
            ticked += s.ticked;
        }
        let mut by_created: Vec<(String, ItemId)> = items
            .iter()
            .map(|(id, s)| (s.created.clone(), *id))
            .collect();
        by_created.sort();
        let mut st = self.conn.prepare_cached(
            "SELECT item_id, at, kind, before, after FROM events
             WHERE plan_id = ?1 AND item_id IS NOT NULL AND (kind = 'move' OR kind = 'measure')
             ORDER BY at DESC, id DESC",
        )?;
        let events: Vec<HistoryRow> = st
            .query_map([plan], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<crate::store::engine::Result<_>>()?;
        let mut events = events.into_iter().peekable();
        let mut points = Vec::with_capacity(weeks.len());
        for (k, week) in weeks.iter().enumerate() {
            // The current week's point is now; earlier ones end at the next Monday.
            if k > 0 {
                let end = stored_start(add_days(*week, 7));
                while let Some((id, _, kind, before, after)) = events.next_if(|e| e.1 >= end) {
                    let Some(s) = items.get_mut(&id) else {
                        continue;
                    };
                    let counted = s.created < end;
                    if kind == "move" {
                        let was = before.as_deref() == Some("done");
                        if was != s.done {
                            if counted {
                                done = if was {
                                    done + 1
                                } else {
                                    done.saturating_sub(1)
                                };
                            }
                            s.done = was;
                        }
                    } else {
                        let ticked_before = before.as_deref() == Some("done");
                        let ticked_after = after.as_deref() == Some("done");
                        if ticked_before != ticked_after {
                            if ticked_after {
                                s.ticked = s.ticked.saturating_sub(1);
                            } else {
                                s.ticked += 1;
                            }
                            if counted {
                                ticked = if ticked_after {
                                    ticked.saturating_sub(1)
                                } else {
                                    ticked + 1
                                };
                            }
                        }
                    }
                }
                while by_created.last().is_some_and(|(c, _)| *c >= end) {
                    let (_, id) = by_created.pop().unwrap_or_default();
                    if let Some(s) = items.get(&id) {
                        n_items -= 1;
                        done -= u32::from(s.done);
                        measures -= s.measures;
                        ticked = ticked.saturating_sub(s.ticked);
                    }
                }
            }
            points.push(ProgressPoint {
                week: week.to_string(),
                items: n_items,
                done,
                measures,
                ticked,
            });
        }
        points.reverse();
        Ok(points)
    }

    /// Each office's changes per week over the last `weeks` weeks (the current one
    /// last), counting every history event on the items it leads or co-operates on.
    /// Offices with items but no activity have a row of zeros.
    pub fn office_activity(&self, plan: PlanId, weeks: usize) -> Result<Vec<(String, Vec<u32>)>> {
        let weeks = weeks.max(1);
        let this_week = monday_of(self.today());
        let first = add_days(this_week, -7 * (weeks as i64 - 1));
        // The offices of the plan's items, found per office through
        // `item_offices_by_office` rather than by walking every item's offices.
        let mut st = self.conn.prepare_cached(
            "SELECT o.id, o.name FROM offices o WHERE EXISTS (
                 SELECT 1 FROM item_offices io JOIN items i ON i.id = io.item_id
                 WHERE io.office_id = o.id AND i.plan_id = ?1)",
        )?;
        let offices: HashMap<i64, String> = st
            .query_map([plan], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<crate::store::engine::Result<_>>()?;
        let mut by_office: BTreeMap<String, Vec<u32>> = offices
            .values()
            .map(|name| (name.clone(), vec![0; weeks]))
            .collect();
        // Week boundaries as stored times; SQLite counts the events per office and
        // week (bucket k: the number of boundaries at or before the event).
        let starts: Vec<String> = (1..weeks as i64)
            .map(|k| stored_start(add_days(first, 7 * k)))
            .collect();
        let bucket = if starts.is_empty() {
            "0".to_string()
        } else {
            let terms: Vec<String> = (0..starts.len())
                .map(|k| format!("(CASE WHEN e.at >= ?{} THEN 1 ELSE 0 END)", k + 3))
                .collect();
            terms.join(" + ")
        };
        let mut st = self.conn.prepare_cached(&format!(
            // CROSS JOIN keeps the events (one range of `events_by_plan`) outermost;
            // otherwise SQLite may scan that range once per office of every item.
            "SELECT io.office_id, {bucket} AS week, count(*) FROM events e
             CROSS JOIN item_offices io ON io.item_id = e.item_id
             WHERE e.plan_id = ?1 AND e.at >= ?2 AND e.item_id IS NOT NULL
             GROUP BY io.office_id, week"
        ))?;
        let mut params: Vec<Box<dyn crate::store::engine::ToSql>> =
            vec![Box::new(plan), Box::new(stored_start(first))];
        params.extend(
            starts
                .into_iter()
                .map(|s| Box::new(s) as Box<dyn crate::store::engine::ToSql>),
        );
        let mut rows = st.query(crate::store::engine::params_from_iter(params.iter()))?;
        while let Some(r) = rows.next()? {
            let office: i64 = r.get(0)?;
            let k = usize::try_from(r.get::<_, i64>(1)?).unwrap_or(usize::MAX);
            let n: u32 = r.get(2)?;
            if let Some(row) = offices
                .get(&office)
                .and_then(|name| by_office.get_mut(name))
                && let Some(cell) = row.get_mut(k)
            {
                *cell += n;
            }
        }
        Ok(by_office.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Status;
    use crate::store::test_support::seeded;

    #[test]
    fn progress_is_read_back_week_by_week_from_the_history() {
        // Imported Monday 2020-06-01.
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        let two = store.item_id(plan, 2).unwrap();
        store.set_fixed_now(Some("2020-06-03T09:00:00.000Z"));
        store.set_measure_done(one, 1, true).unwrap();
        store.set_fixed_now(Some("2020-06-10T09:00:00.000Z"));
        store.move_item(one, Status::Done, None).unwrap();
        store.set_measure_done(two, 1, true).unwrap();
        store.set_measure_done(two, 2, true).unwrap();
        store.set_fixed_now(Some("2020-06-17T09:00:00.000Z"));
        store.set_measure_done(two, 2, false).unwrap();
        store.move_item(two, Status::Done, None).unwrap();
        store.reopen(one, "再核实").unwrap();
        let series = store.progress_series(plan).unwrap();
        let got: Vec<_> = series
            .iter()
            .map(|p| (p.week.as_str(), p.items, p.done, p.measures, p.ticked))
            .collect();
        assert_eq!(
            got,
            [
                ("2020-06-01", 4, 0, 8, 1),
                ("2020-06-08", 4, 1, 8, 3),
                ("2020-06-15", 4, 1, 8, 2),
            ]
        );
        assert!((series[1].share_done() - 0.25).abs() < 1e-9);
    }

    #[test]
    fn activity_falls_in_the_week_it_happened_boundaries_included() {
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        // Weeks of 2020-06-01, 06-08 and 06-15 (the current one).
        for at in [
            "2020-05-31T23:59:59.999Z", // before the first week: not counted
            "2020-06-02T10:00:00.000Z",
            "2020-06-08T00:00:00.000Z", // the second week's first instant
            "2020-06-14T23:59:59.999Z",
            "2020-06-15T08:00:00.000Z",
        ] {
            store.set_fixed_now(Some(at));
            store.add_note(one, "进展").unwrap();
        }
        store.set_fixed_now(Some("2020-06-17T09:00:00.000Z"));
        let activity = store.office_activity(plan, 3).unwrap();
        let of = |n: &str| activity.iter().find(|(o, _)| o == n).unwrap().1.clone();
        assert_eq!(of("基教处"), [1, 2, 1]);
        // An office with items and no activity has a row of zeros.
        assert_eq!(of("高教处"), [0, 0, 0]);
        assert_eq!(store.office_activity(plan, 1).unwrap()[0].1.len(), 1);
    }

    #[test]
    fn reports_and_activity_per_office() {
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        let three = store.item_id(plan, 3).unwrap();
        store.set_fixed_now(Some("2020-06-10T09:00:00.000Z"));
        store.report(one, "进展").unwrap();
        store.close_item(three, "完成", None).unwrap();
        let p = Period::parse("2020-06").unwrap();
        let reports = store.office_reports(plan, p).unwrap();
        let got: Vec<_> = reports
            .iter()
            .map(|r| (r.office.as_str(), r.due, r.made, r.missing))
            .collect();
        assert_eq!(
            got,
            [
                ("办公室", 1, 0, 1),
                ("基教处", 2, 1, 1),
                ("高教处", 0, 0, 0)
            ]
        );
        let activity = store.office_activity(plan, 8).unwrap();
        let of = |n: &str| activity.iter().find(|(o, _)| o == n).unwrap().1.clone();
        // The week of 2020-06-08 is the last; 基教处 leads 1 (a report) and
        // co-operates on 3 (a move and a close).
        assert_eq!(of("基教处"), [0, 0, 0, 0, 0, 0, 0, 3]);
        assert_eq!(of("高教处"), [0, 0, 0, 0, 0, 0, 0, 2]);
        assert_eq!(of("办公室"), [0, 0, 0, 0, 0, 0, 0, 1]);
        let overview = store.supervision_overview(plan).unwrap();
        assert_eq!(overview.period, "2020-06");
        assert!(!overview.past_due);
    }
}
