//! What the board's overview and change marks read: offices at a glance, items
//! changed since a moment, and each user's last visit.

use super::{ItemId, PlanId, Result, StatusCounts, Store};
use crate::plan::deadline::Light;
use crate::plan::{Role, Status};
use crate::store::engine::{OptionalExtension, params};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// One office's row in the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeOverview {
    pub name: String,
    pub group: bool,
    /// Items it leads, by status.
    pub lead: StatusCounts,
    /// Items it co-operates on, by status.
    pub co: StatusCounts,
    /// Measures ticked and in all, over every item it leads or co-operates on.
    pub measures_done: u32,
    pub measures_total: u32,
    /// Its items (led or co-operated) past their deadline and not done.
    pub overdue: u32,
    /// Its items due within 14 days and not done.
    pub due_soon: u32,
}

impl OfficeOverview {
    pub fn items(&self) -> u32 {
        self.lead.total() + self.co.total()
    }

    /// Measures done in whole percent; None when its items have no measures.
    pub fn measures_done_percent(&self) -> Option<u32> {
        (self.measures_total > 0).then(|| self.measures_done * 100 / self.measures_total)
    }

    /// Counts by status over led and co-operated items together.
    pub fn all(&self) -> StatusCounts {
        let mut all = self.lead;
        for s in Status::ALL {
            all.add(s, self.co.get(s));
        }
        all
    }
}

impl Store {
    /// Every office of the plan at a glance on `today`, most items first.
    pub fn office_overview(
        &self,
        plan: PlanId,
        today: jiff::civil::Date,
    ) -> Result<Vec<OfficeOverview>> {
        let mut st = self.conn.prepare(
            "SELECT o.name, o.is_group, io.role, i.status, i.due,
                (SELECT count(*) FROM measures m WHERE m.item_id = i.id AND m.done),
                (SELECT count(*) FROM measures m WHERE m.item_id = i.id)
             FROM item_offices io JOIN offices o ON o.id = io.office_id
             JOIN items i ON i.id = io.item_id WHERE i.plan_id = ?1 AND NOT i.retired",
        )?;
        let mut by_name: BTreeMap<String, OfficeOverview> = BTreeMap::new();
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(0)?;
            let role: String = r.get(2)?;
            let status = Status::parse(&r.get::<_, String>(3)?).unwrap_or(Status::Todo);
            let due: Option<String> = r.get(4)?;
            let entry = by_name
                .entry(name.clone())
                .or_insert_with(|| OfficeOverview {
                    name,
                    group: false,
                    lead: StatusCounts::default(),
                    co: StatusCounts::default(),
                    measures_done: 0,
                    measures_total: 0,
                    overdue: 0,
                    due_soon: 0,
                });
            entry.group = r.get(1)?;
            match Role::from_key(&role) {
                Some(Role::Lead) => entry.lead.add(status, 1),
                _ => entry.co.add(status, 1),
            }
            entry.measures_done += r.get::<_, u32>(5)?;
            entry.measures_total += r.get::<_, u32>(6)?;
            match super::read::light_of(due.as_deref(), status, today) {
                Some(Light::Overdue) => entry.overdue += 1,
                Some(Light::DueSoon) => entry.due_soon += 1,
                _ => {}
            }
        }
        let mut offices: Vec<OfficeOverview> = by_name.into_values().collect();
        offices.sort_by(|a, b| {
            (b.items(), b.lead.total())
                .cmp(&(a.items(), a.lead.total()))
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(offices)
    }

    /// The items of `plan` with any change recorded after `at` (RFC 3339), by anyone.
    pub fn changed_since(&self, plan: PlanId, at: &str) -> Result<HashSet<ItemId>> {
        let mut st = self.conn.prepare_cached(
            "SELECT DISTINCT item_id FROM events
             WHERE plan_id = ?1 AND at > ?2 AND item_id IS NOT NULL",
        )?;
        let rows = st.query_map(params![plan, at], |r| r.get(0))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// When this actor last opened the board on `plan` (RFC 3339), if ever.
    pub fn last_visit(&self, plan: PlanId) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT at FROM visits WHERE plan_id = ?1 AND actor = ?2",
                params![plan, self.actor],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records that this actor is on the board of `plan` now.
    pub fn record_visit(&mut self, plan: PlanId) -> Result<()> {
        let now = self.now();
        // A board that put its quick check off (for its first frame) records its
        // visit, as of now, once the check has found the file sound.
        if self.sound_pending.get() {
            self.visit_put_off = Some((plan, now));
            return Ok(());
        }
        self.write_visit(plan, &now)
    }

    pub(super) fn write_visit(&mut self, plan: PlanId, now: &str) -> Result<()> {
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO visits (plan_id, actor, at) VALUES (?1, ?2, ?3)
             ON CONFLICT (plan_id, actor) DO UPDATE SET at = excluded.at",
            params![plan, actor, now],
        )?;
        tx.commit()?;
        Ok(())
    }
}
