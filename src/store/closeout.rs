//! Close-out (办结销号): done with a completion statement, confirmed by a
//! supervisor where the plan has supervisors, or reopened with a reason.

use super::rules::{self, Act};
use super::{ItemId, MoveOutcome, Result, Store, StoreError};
use crate::plan::Status;
use crate::store::engine::{OptionalExtension, params};
use serde::Serialize;

/// An item's latest close-out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CloseoutRecord {
    /// The completion statement (办结说明).
    pub statement: String,
    pub closed_by: String,
    pub closed_at: String,
    /// Closed while the plan had supervisors: waits for 销号.
    pub needs_confirmation: bool,
    pub confirmed_by: Option<String>,
    pub confirmed_at: Option<String>,
    /// Set once the item was reopened after this close-out: it is then a record of
    /// what happened, no longer a close-out in force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reopened: Option<Reopening>,
}

/// Who reopened a closed item, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reopening {
    pub by: String,
    pub at: String,
    pub reason: String,
}

impl CloseoutRecord {
    /// The close-out is in force: not reopened since.
    pub fn in_force(&self) -> bool {
        self.reopened.is_none()
    }

    /// Confirmed (销号) and still in force.
    pub fn confirmed(&self) -> bool {
        self.in_force() && self.confirmed_at.is_some()
    }
}

impl Store {
    /// Moves item `id` to done with its completion statement. Where the plan has
    /// supervisors the item then waits for confirmation (待销号). With
    /// `expected_version`, refused as `Stale` if the item changed since.
    pub fn close_item(
        &mut self,
        id: ItemId,
        statement: &str,
        expected_version: Option<i64>,
    ) -> Result<MoveOutcome> {
        let statement = &*super::clean::text(statement);
        super::check_length(super::Written::Statement, statement)?;
        self.write(|w| {
            w.allow_on(Act::Close, Some(id))?;
            let item = w.item(id)?;
            if statement.trim().is_empty() {
                return Err(StoreError::NeedsStatement {
                    number: item.number,
                });
            }
            if let Some(stale) = w.stale(id, &item, expected_version)? {
                return Ok(stale);
            }
            if item.status == Status::Done {
                return Ok(MoveOutcome::Unchanged);
            }
            let supervised = rules::supervising_office(w.tx)?.is_some();
            w.tx.execute(
                "INSERT INTO closeouts (item_id, statement, closed_by, closed_at,
                    needs_confirmation) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (item_id) DO UPDATE SET statement = excluded.statement,
                    closed_by = excluded.closed_by, closed_at = excluded.closed_at,
                    needs_confirmation = excluded.needs_confirmation,
                    confirmed_by = NULL, confirmed_at = NULL, reopened_by = NULL,
                    reopened_at = NULL, reopen_reason = NULL",
                params![id, statement, w.actor, w.now, supervised],
            )?;
            w.move_item(id, Status::Done)?;
            w.tx.execute(
                "UPDATE items SET awaiting_confirmation = ?2 WHERE id = ?1",
                params![id, supervised],
            )?;
            w.record(item.plan, id, "close", None, Some(statement), None)?;
            // Urges end with their item: the close-out statement answers them.
            w.answer_urges(id, item.plan, statement, "close")?;
            let version = w.touch(id)?;
            Ok(MoveOutcome::Moved { version })
        })
    }

    /// Confirms the close-out of item `id` (销号; supervisors).
    pub fn confirm(&mut self, id: ItemId) -> Result<()> {
        self.write(|w| {
            w.allow_on(Act::Confirm, Some(id))?;
            let item = w.item(id)?;
            let awaiting: bool = w.tx.query_row(
                "SELECT awaiting_confirmation FROM items WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if !awaiting || item.status != Status::Done {
                return Err(StoreError::NotAwaitingConfirmation {
                    number: item.number,
                });
            }
            w.touched(w.tx.execute(
                "UPDATE closeouts SET confirmed_by = ?2, confirmed_at = ?3 WHERE item_id = ?1",
                params![id, w.actor, w.now],
            )?)?;
            w.tx.execute(
                "UPDATE items SET awaiting_confirmation = 0 WHERE id = ?1",
                [id],
            )?;
            w.record(item.plan, id, "confirm", None, None, None)?;
            // No urge outlives 销号: one opened while the item waited is answered by
            // the close-out it confirms.
            let statement: String = w.tx.query_row(
                "SELECT statement FROM closeouts WHERE item_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            w.answer_urges(id, item.plan, &statement, "close")?;
            w.touch(id)?;
            Ok(())
        })
    }

    /// Moves done item `id` back to 推进中 with `reason` (supervisors or its lead office).
    pub fn reopen(&mut self, id: ItemId, reason: &str) -> Result<()> {
        let reason = &*super::clean::text(reason);
        if reason.trim().is_empty() {
            return Err(StoreError::Empty(super::Written::Reason));
        }
        super::check_length(super::Written::Reason, reason)?;
        self.write(|w| {
            w.allow_on(Act::Reopen, Some(id))?;
            let item = w.item(id)?;
            if item.status != Status::Done {
                return Err(StoreError::NotDone {
                    number: item.number,
                });
            }
            // A confirmed close-out (销号) is the supervisors' word: only they undo it.
            let confirmed: bool = w.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM closeouts WHERE item_id = ?1
                    AND confirmed_at IS NOT NULL AND reopened_at IS NULL)",
                [id],
                |r| r.get(0),
            )?;
            if confirmed {
                w.allow_on(Act::ReopenConfirmed, Some(id))?;
            }
            w.move_item(id, Status::Doing)?;
            w.tx.execute(
                "UPDATE closeouts SET reopened_by = ?2, reopened_at = ?3, reopen_reason = ?4
                 WHERE item_id = ?1",
                params![id, w.actor, w.now, reason],
            )?;
            w.record(item.plan, id, "reopen", None, Some(reason), None)?;
            Ok(())
        })
    }

    /// The item's latest close-out, if it was ever closed with a statement (also
    /// when it was reopened since: see `CloseoutRecord::in_force`).
    pub fn closeout(&self, id: ItemId) -> Result<Option<CloseoutRecord>> {
        Ok(self
            .conn
            .query_row(
                "SELECT statement, closed_by, closed_at, needs_confirmation, confirmed_by,
                    confirmed_at, reopened_by, reopened_at, reopen_reason
                 FROM closeouts WHERE item_id = ?1",
                [id],
                |r| {
                    let reopened = match (r.get(6)?, r.get(7)?) {
                        (Some(by), Some(at)) => Some(Reopening {
                            by,
                            at,
                            reason: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                        }),
                        _ => None,
                    };
                    Ok(CloseoutRecord {
                        statement: r.get(0)?,
                        closed_by: r.get(1)?,
                        closed_at: r.get(2)?,
                        needs_confirmation: r.get(3)?,
                        confirmed_by: r.get(4)?,
                        confirmed_at: r.get(5)?,
                        reopened,
                    })
                },
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::seeded;

    #[test]
    fn without_supervisors_done_with_a_statement_is_final() {
        let (mut store, plan) = seeded("甲");
        let id = store.item_id(plan, 2).unwrap();
        assert!(matches!(
            store.close_item(id, " ", None),
            Err(StoreError::NeedsStatement { number: 2 })
        ));
        assert!(matches!(
            store.close_item(id, "已全部完成", None).unwrap(),
            MoveOutcome::Moved { .. }
        ));
        let card = store.card(id).unwrap();
        assert_eq!(card.status, Status::Done);
        assert!(!card.supervision.awaiting_confirmation);
        assert_eq!(store.closeout(id).unwrap().unwrap().statement, "已全部完成");
    }

    #[test]
    fn with_supervisors_done_waits_for_confirmation_or_is_reopened() {
        let (mut store, plan) = seeded("督查员");
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        store.add_member(plan, "基教", "基教处", false).unwrap();
        let id = store.item_id(plan, 2).unwrap();
        store.set_actor("基教");
        // A plain move to done is refused once the rules apply: it needs a statement.
        assert!(matches!(
            store.move_item(id, Status::Done, None),
            Err(StoreError::NeedsStatement { number: 2 })
        ));
        store.close_item(id, "已全部完成", None).unwrap();
        assert!(store.card(id).unwrap().supervision.awaiting_confirmation);
        assert!(matches!(store.confirm(id), Err(StoreError::Refused(_))));
        store.reopen(id, "材料不全").unwrap();
        let card = store.card(id).unwrap();
        assert_eq!(card.status, Status::Doing);
        assert!(!card.supervision.awaiting_confirmation);
        store.close_item(id, "补齐材料", None).unwrap();
        store.set_actor("督查员");
        store.confirm(id).unwrap();
        assert!(!store.card(id).unwrap().supervision.awaiting_confirmation);
        assert_eq!(
            store.closeout(id).unwrap().unwrap().confirmed_by.as_deref(),
            Some("督查员")
        );
        assert!(matches!(
            store.confirm(id),
            Err(StoreError::NotAwaitingConfirmation { number: 2 })
        ));
        // Undoing a reopen puts the close-out back in force, confirmed (销号) as it was.
        store.set_actor("基教");
        let one = store.item_id(plan, 1).unwrap();
        store.close_item(one, "完成", None).unwrap();
        store.set_actor("督查员");
        store.confirm(one).unwrap();
        store.reopen(one, "再核实").unwrap();
        assert!(matches!(
            store.undo_last(plan).unwrap(),
            crate::store::UndoOutcome::Undone { number: 1, .. }
        ));
        let card = store.card(one).unwrap();
        assert_eq!(card.status, Status::Done);
        assert!(!card.supervision.awaiting_confirmation);
        assert!(store.closeout(one).unwrap().unwrap().confirmed());
        let kinds: Vec<_> = store
            .history(id)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        for k in ["close", "reopen", "confirm"] {
            assert!(kinds.iter().any(|x| x == k), "{k} in {kinds:?}");
        }
    }
}
