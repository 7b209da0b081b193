//! The reporting cycle of a plan, and the period "now" falls in.

use super::rules::Act;
use super::{NewEvent, PlanId, Result, Store, record_event};
use crate::plan::cycle::{Cycle, CycleKind, Period};
use crate::store::engine::{Conn, OptionalExtension, params};

/// The cycle of `plan`: the one set, else monthly, due by the 25th.
pub(super) fn cycle_of(conn: &Conn, plan: PlanId) -> Result<Cycle> {
    let row: Option<(String, u8)> = conn
        .prepare_cached("SELECT kind, due_day FROM cycles WHERE plan_id = ?1")?
        .query_row([plan], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(cycle_from(row))
}

/// The cycle a `cycles` row (kind, due day) sets, or the default without one.
pub(super) fn cycle_from(row: Option<(String, u8)>) -> Cycle {
    row.and_then(|(kind, due_day)| {
        CycleKind::parse(&kind).map(|kind| Cycle {
            kind,
            due_day: due_day.clamp(*kind.due_day_range().start(), *kind.due_day_range().end()),
        })
    })
    .unwrap_or_default()
}

impl Store {
    /// The reporting cycle of `plan`.
    pub fn cycle(&self, plan: PlanId) -> Result<Cycle> {
        cycle_of(&self.conn, plan)
    }

    /// The cycle and the period today falls in.
    pub fn current_period(&self, plan: PlanId) -> Result<(Cycle, Period)> {
        let cycle = self.cycle(plan)?;
        Ok((cycle, cycle.period_of(self.today())))
    }

    /// Sets the reporting cycle of `plan` (supervisors, once there are any).
    pub fn set_cycle(&mut self, plan: PlanId, cycle: Cycle) -> Result<()> {
        self.write(|w| {
            w.allow_on(Act::Cycle, None)?;
            let before = cycle_of(w.tx, plan)?;
            w.tx.execute(
                "INSERT INTO cycles (plan_id, kind, due_day, set_by, set_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (plan_id) DO UPDATE SET kind = excluded.kind,
                    due_day = excluded.due_day, set_by = excluded.set_by, set_at = excluded.set_at",
                params![plan, cycle.kind.key(), cycle.due_day, w.actor, w.now],
            )?;
            let text = |c: Cycle| format!("{} {}", c.kind.key(), c.due_day);
            record_event(
                w.tx,
                w.actor,
                w.now,
                &NewEvent {
                    plan,
                    item: None,
                    kind: "cycle",
                    before: Some(&text(before)),
                    after: Some(&text(cycle)),
                    ref_id: None,
                    undoes: None,
                },
            )
            .map(drop)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::seeded;

    #[test]
    fn cycle_defaults_to_monthly_25_and_can_be_set() {
        let (mut store, plan) = seeded("甲");
        assert_eq!(store.cycle(plan).unwrap(), Cycle::default());
        let (_, period) = store.current_period(plan).unwrap();
        assert_eq!(period.to_string(), "2020-06");
        let weekly = Cycle {
            kind: CycleKind::Weekly,
            due_day: 3,
        };
        store.set_cycle(plan, weekly).unwrap();
        assert_eq!(store.cycle(plan).unwrap(), weekly);
        assert_eq!(
            store.current_period(plan).unwrap().1.to_string(),
            "2020-W23"
        );
    }
}
