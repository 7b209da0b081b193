//! Urges (督办 / 催办): a supervisor asks an item's lead office to act and reply.

use super::reports::URGE_COUNTS;
use super::rules::Act;
use super::{ItemId, PlanId, Result, Store, StoreError};
use crate::store::engine::{Row, params};
use serde::Serialize;

/// An urge with its answer, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UrgeRecord {
    #[serde(skip)]
    pub id: i64,
    pub number: u32,
    pub title: String,
    pub lead: Option<String>,
    pub text: String,
    pub by: String,
    /// RFC 3339, UTC.
    pub at: String,
    /// ISO date.
    pub reply_by: Option<String>,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
    pub answered_at: Option<String>,
    /// Past its reply-by date and unanswered (against the store's today).
    pub overdue: bool,
}

impl UrgeRecord {
    pub fn answered(&self) -> bool {
        self.answered_at.is_some()
    }
}

const URGE_COLUMNS: &str = "u.id, i.number, i.title, i.lead_office, u.text, u.author, u.at,
    u.reply_by, u.answer, u.answered_by, u.answered_at";

/// CROSS JOIN keeps urges as the outer loop: with few urges (or none) the planner
/// would otherwise walk every item of the plan and probe `urges` for each, which at
/// 100k items cost every write on the board ~4 ms (the board reads the open urges
/// after each write, for its banner).
fn urges_sql(filter: &str) -> String {
    format!(
        "SELECT {URGE_COLUMNS} FROM urges u CROSS JOIN items i ON i.id = u.item_id
         WHERE {filter} ORDER BY i.number, u.id"
    )
}

fn urge_row(r: &Row<'_>, today: &str) -> crate::store::engine::Result<UrgeRecord> {
    let reply_by: Option<String> = r.get(7)?;
    let answered_at: Option<String> = r.get(10)?;
    Ok(UrgeRecord {
        id: r.get(0)?,
        number: r.get(1)?,
        title: r.get(2)?,
        lead: r.get(3)?,
        text: r.get(4)?,
        by: r.get(5)?,
        at: r.get(6)?,
        overdue: answered_at.is_none() && reply_by.as_deref().is_some_and(|d| d < today),
        reply_by,
        answer: r.get(8)?,
        answered_by: r.get(9)?,
        answered_at,
    })
}

impl Store {
    /// Opens an urge on item `id` (supervisors), to be answered by `reply_by`.
    pub fn urge(
        &mut self,
        id: ItemId,
        text: &str,
        reply_by: Option<jiff::civil::Date>,
    ) -> Result<i64> {
        let text = &*super::clean::text(text);
        if text.trim().is_empty() {
            return Err(StoreError::Empty(super::Written::Urge));
        }
        super::check_length(super::Written::Urge, text)?;
        let today = self.today();
        if let Some(d) = reply_by.filter(|d| *d < today) {
            return Err(StoreError::ReplyByPast {
                date: d.to_string(),
                earliest: today.to_string(),
            });
        }
        let reply_by = reply_by.map(|d| d.to_string());
        self.write(|w| {
            w.allow_on(Act::Urge, Some(id))?;
            let item = w.item(id)?;
            let confirmed: bool = w.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM closeouts WHERE item_id = ?1
                    AND confirmed_at IS NOT NULL AND reopened_at IS NULL)",
                [id],
                |r| r.get(0),
            )?;
            if confirmed && item.status == crate::plan::Status::Done {
                return Err(StoreError::UrgeOnConfirmed {
                    number: item.number,
                });
            }
            let urge: i64 = w.tx.query_row(
                "INSERT INTO urges (item_id, text, author, at, reply_by) VALUES (?1, ?2, ?3, ?4, ?5)
                 RETURNING id",
                params![id, text, w.actor, w.now, reply_by],
                |r| r.get(0),
            )?;
            w.tx.prepare_cached(URGE_COUNTS)?.execute([id])?;
            w.record(
                item.plan,
                id,
                "urge",
                reply_by.as_deref(),
                Some(text),
                Some(urge),
            )?;
            w.touch(id)?;
            Ok(urge)
        })
    }

    /// Answers the open urges on item `id` (lead office); returns how many.
    pub fn reply(&mut self, id: ItemId, text: &str) -> Result<u32> {
        let text = &*super::clean::text(text);
        if text.trim().is_empty() {
            return Err(StoreError::Empty(super::Written::Reply));
        }
        super::check_length(super::Written::Reply, text)?;
        self.write(|w| {
            w.allow_on(Act::Reply, Some(id))?;
            let item = w.item(id)?;
            let n = w.answer_urges(id, item.plan, text, "reply")?;
            if n == 0 {
                return Err(StoreError::NoOpenUrge {
                    number: item.number,
                });
            }
            w.touch(id)?;
            Ok(n)
        })
    }

    /// The urges on item `id`, oldest first.
    pub fn urges(&self, id: ItemId) -> Result<Vec<UrgeRecord>> {
        self.urges_where("u.item_id = ?1", id)
    }

    /// The unanswered urges of `plan`, by item, but those on retired items (off
    /// the board, and no one may answer them until the item is restored).
    pub fn open_urges(&self, plan: PlanId) -> Result<Vec<UrgeRecord>> {
        self.urges_where(
            "i.plan_id = ?1 AND u.answered_at IS NULL AND NOT i.retired",
            plan,
        )
    }

    /// Every urge of `plan`, by item.
    pub fn plan_urges(&self, plan: PlanId) -> Result<Vec<UrgeRecord>> {
        self.urges_where("i.plan_id = ?1", plan)
    }

    /// The unanswered urges on items led by an office the actor belongs to: what
    /// the board's banner ("2 项督办待回复") counts and leads to.
    pub fn my_open_urges(&self, plan: PlanId) -> Result<Vec<UrgeRecord>> {
        let mine = self.offices_of(&self.actor)?;
        if mine.is_empty() {
            return Ok(Vec::new());
        }
        let mut urges = self.open_urges(plan)?;
        urges.retain(|u| u.lead.as_ref().is_some_and(|l| mine.contains(l)));
        Ok(urges)
    }

    fn urges_where(&self, filter: &str, key: i64) -> Result<Vec<UrgeRecord>> {
        let today = self.today().to_string();
        let mut st = self.conn.prepare_cached(&urges_sql(filter))?;
        let rows = st.query_map([key], |r| urge_row(r, &today))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{query_plan, seeded};

    #[test]
    fn open_urges_are_read_without_walking_the_items() {
        if crate::store::test_support::pg::chosen() {
            return; // SQLite's own: its query plan, strftime, the presence side file
        }
        let (store, plan) = seeded("督查员");
        let sql = urges_sql("i.plan_id = ?1 AND u.answered_at IS NULL");
        let steps = query_plan(&store, &sql, [plan]);
        assert!(
            steps.iter().any(|s| s.starts_with("SCAN u")),
            "urges drive the join: {steps:?}"
        );
        assert!(
            !steps.iter().any(|s| s.starts_with("SCAN i")),
            "no walk over the items: {steps:?}"
        );
    }

    #[test]
    fn urges_are_answered_by_a_reply_or_a_later_report_and_go_overdue() {
        let (mut store, plan) = seeded("督查员");
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        store.add_member(plan, "基教", "基教处", false).unwrap();
        let one = store.item_id(plan, 1).unwrap();
        let two = store.item_id(plan, 2).unwrap();
        let by = jiff::civil::date(2020, 6, 5);
        store.urge(one, "请加快进度", Some(by)).unwrap();
        store.urge(two, "请报送进展", None).unwrap();
        assert_eq!(store.card(one).unwrap().supervision.urges_open, 1);
        store.set_fixed_now(Some("2020-06-08T09:00:00.000Z"));
        let open = store.open_urges(plan).unwrap();
        assert_eq!(open.len(), 2);
        assert!(open[0].overdue && !open[1].overdue);
        assert!(store.card(one).unwrap().supervision.urge_overdue);
        // Only the lead office replies.
        assert!(matches!(
            store.reply(one, "已推进"),
            Err(StoreError::Refused(_))
        ));
        store.set_actor("基教");
        assert_eq!(store.my_open_urges(plan).unwrap().len(), 2);
        assert_eq!(store.reply(one, "已推进").unwrap(), 1);
        assert_eq!(store.report(two, "本月进展").unwrap().answered_urges, 1);
        assert!(store.open_urges(plan).unwrap().is_empty());
        assert!(matches!(
            store.reply(one, "再次"),
            Err(StoreError::NoOpenUrge { number: 1 })
        ));
        let urges = store.urges(one).unwrap();
        assert_eq!(urges[0].answer.as_deref(), Some("已推进"));
        assert_eq!(urges[0].answered_by.as_deref(), Some("基教"));
        assert!(!urges[0].overdue);
        let card = store.card(one).unwrap();
        assert_eq!(
            (card.supervision.urges_open, card.supervision.urge_overdue),
            (0, false)
        );
        let kinds: Vec<_> = store
            .history(one)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert!(kinds.contains(&"urge".to_string()) && kinds.contains(&"urge_answer".to_string()));
    }
}
