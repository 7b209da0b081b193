//! A small plan for the store's unit tests (issue 12's supervision loop).

#[allow(dead_code)]
mod cluster;
pub(crate) mod pg;

use super::{PlanId, Store};
use crate::plan::{Item, OfficeRef, Plan, Role, Section};

fn item(number: u32, title: &str, offices: &[&str]) -> Item {
    Item {
        number,
        section: Some(1),
        title: title.to_string(),
        target: format!("{title}的目标"),
        measures: vec![format!("{title}措施一。"), format!("{title}措施二。")],
        offices: offices
            .iter()
            .enumerate()
            .map(|(k, n)| OfficeRef {
                name: n.to_string(),
                role: if k == 0 { Role::Lead } else { Role::Co },
                group: false,
            })
            .collect(),
        deadline: None,
        persons: Vec::new(),
        notes: Vec::new(),
        line: number as usize,
    }
}

/// Four items: 1 led by 基教处 with 办公室, 2 by 基教处, 3 by 高教处 with 基教处,
/// 4 by 办公室. Imported at 2020-06-01 by `actor`.
pub(crate) fn seeded(actor: &str) -> (Store, PlanId) {
    let mut store = memory(actor);
    store.set_fixed_now(Some("2020-06-01T09:00:00.000Z"));
    let report = store.import(&plan()).unwrap();
    (store, report.plan_id)
}

/// An empty store for `actor`: in memory, or on PostgreSQL when the tests run
/// there (`DUBAN_TEST_ENGINE=pg`, see `pg`).
pub(crate) fn memory(actor: &str) -> Store {
    if pg::chosen() {
        assert!(pg::available(), "DUBAN_TEST_ENGINE=pg needs PostgreSQL");
        return pg::fresh(actor);
    }
    Store::open_in_memory(actor).unwrap()
}

/// The plan `seeded` imports.
pub(crate) fn plan() -> Plan {
    Plan {
        title: "测试厅2020年工作要点".into(),
        doc_number: None,
        date: Some("2020-02-01".into()),
        issuers: vec!["测试厅".into()],
        general_requirements: None,
        sections: vec![Section {
            number: 1,
            numeral: "一".into(),
            title: "第一部分".into(),
        }],
        items: vec![
            item(1, "甲事项", &["基教处", "办公室"]),
            item(2, "乙事项", &["基教处"]),
            item(3, "丙事项", &["高教处", "基教处"]),
            item(4, "丁事项", &["办公室"]),
        ],
    }
}

/// SQLite's plan for `sql`, one step a line (`SCAN u`, `SEARCH i USING ...`): what
/// the tests that pin a query's index read.
pub(crate) fn query_plan(
    store: &Store,
    sql: &str,
    params: impl super::engine::Params,
) -> Vec<String> {
    let mut st = store
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    st.query_map(params, |r| r.get(3))
        .unwrap()
        .collect::<super::engine::Result<_>>()
        .unwrap()
}
