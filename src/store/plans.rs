//! The plans of a database as `duban plans` and the board's plan switcher list them.

use super::{PlanId, Result, Store};
use serde::Serialize;

/// One plan with its size and import times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanSummary {
    pub id: PlanId,
    pub title: String,
    pub doc_number: Option<String>,
    pub date: Option<String>,
    /// How many items the plan holds.
    pub items: u32,
    /// When the plan was first imported (RFC 3339, UTC).
    pub created_at: String,
    /// When it was last (re-)imported.
    pub updated_at: String,
    /// How many warnings its last import met (0: read cleanly).
    pub warnings: u32,
}

impl Store {
    /// Every plan, oldest first, with its item count.
    pub fn plan_summaries(&self) -> Result<Vec<PlanSummary>> {
        let mut st = self.conn.prepare(
            "SELECT p.id, p.title, p.doc_number, p.date,
                (SELECT count(*) FROM items i WHERE i.plan_id = p.id AND NOT i.retired),
                p.created_at, p.updated_at, p.import_warnings
             FROM plans p ORDER BY p.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(PlanSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                doc_number: r.get(2)?,
                date: r.get(3)?,
                items: r.get(4)?,
                created_at: r.get(5)?,
                updated_at: r.get(6)?,
                warnings: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::plan::{Item, Plan};

    fn plan(key: &str, items: u32) -> Plan {
        Plan {
            title: format!("{key}工作要点"),
            doc_number: Some(key.to_string()),
            items: (1..=items)
                .map(|n| Item {
                    number: n,
                    section: None,
                    title: format!("事项{n}"),
                    target: String::new(),
                    measures: Vec::new(),
                    offices: Vec::new(),
                    deadline: None,
                    persons: Vec::new(),
                    notes: Vec::new(),
                    line: n as usize,
                })
                .collect(),
            ..Plan::default()
        }
    }

    #[test]
    fn summaries_count_each_plans_items_and_keep_import_times() {
        let mut store = crate::store::test_support::memory("alice");
        store.set_fixed_now(Some("2026-01-01T00:00:00.000Z"));
        store.import(&plan("甲〔2026〕1号", 3)).unwrap();
        store.set_fixed_now(Some("2026-02-01T00:00:00.000Z"));
        store.import(&plan("乙〔2026〕2号", 5)).unwrap();
        store.set_fixed_now(Some("2026-03-01T00:00:00.000Z"));
        store.import(&plan("甲〔2026〕1号", 4)).unwrap();
        let all = store.plan_summaries().unwrap();
        let got: Vec<(&str, u32, &str, &str)> = all
            .iter()
            .map(|p| {
                (
                    p.doc_number.as_deref().unwrap(),
                    p.items,
                    p.created_at.as_str(),
                    p.updated_at.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "甲〔2026〕1号",
                    4,
                    "2026-01-01T00:00:00.000Z",
                    "2026-03-01T00:00:00.000Z"
                ),
                (
                    "乙〔2026〕2号",
                    5,
                    "2026-02-01T00:00:00.000Z",
                    "2026-02-01T00:00:00.000Z"
                ),
            ]
        );
    }
}
