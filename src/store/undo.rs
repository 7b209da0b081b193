//! Undo: the actor's own last change, reversed as a new change that names it.

use super::rules::{self, Act};
use super::write::Writer;
use super::{ItemId, PlanId, Result, Store, StoreError};
use crate::plan::Status;
use crate::store::engine::{OptionalExtension, params};

/// What `undo_last` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoOutcome {
    /// The change of `kind` on item `number` was reversed; `restored` is the value
    /// put back where there is one to name (a move's status key, a deadline's date).
    Undone {
        number: u32,
        kind: String,
        restored: Option<String>,
    },
    /// The actor has no change left to undo.
    Nothing,
    /// Someone else changed the item since (a re-import counts); nothing was written.
    Refused { number: u32, by: String, at: String },
    /// What the change touched is gone (its note was removed, its measure dropped by
    /// a re-import): it is marked as undone so the next undo goes further back.
    Gone { number: u32, kind: String },
}

/// The kinds of change undo knows how to reverse.
const UNDOABLE: &str =
    "('move', 'reorder', 'note_add', 'note_edit', 'note_delete', 'measure', 'deadline')";

/// The kinds of change `undo_last` reverses, for the help screen to name.
pub const UNDOABLE_KINDS: [&str; 7] = [
    "move",
    "reorder",
    "note_add",
    "note_edit",
    "note_delete",
    "measure",
    "deadline",
];

struct Undoable {
    id: i64,
    item: ItemId,
    number: u32,
    kind: String,
    before: Option<String>,
    after: Option<String>,
    ref_id: Option<i64>,
}

impl Store {
    /// Reverses the actor's most recent change in `plan` that is not yet undone,
    /// wherever it was made (`duban undo`), unless another actor has changed that
    /// item since.
    pub fn undo_last(&mut self, plan: PlanId) -> Result<UndoOutcome> {
        self.undo(plan, false)
    }

    /// Reverses the most recent change this store (this process: the board) made
    /// in `plan` that is not yet undone, with the rules of `undo_last`. Changes
    /// the same account made elsewhere (another board, a command) are not its own.
    pub fn undo_own(&mut self, plan: PlanId) -> Result<UndoOutcome> {
        self.undo(plan, true)
    }

    fn undo(&mut self, plan: PlanId, own_only: bool) -> Result<UndoOutcome> {
        let now = self.now();
        let actor = self.actor.clone();
        // This store's own events, as a JSON array of ids (`json_each`).
        let own_events =
            own_only.then(|| serde_json::to_string(&self.own_events).unwrap_or_default());
        let tx = self.write_tx()?;
        let own = if own_only {
            "AND e.id IN (SELECT j.value FROM json_each(?3) j)"
        } else {
            ""
        };
        let mut st = tx.prepare(&format!(
            "SELECT e.id, e.item_id, i.number, e.kind, e.before, e.after, e.ref_id
             FROM events e JOIN items i ON i.id = e.item_id
             WHERE e.plan_id = ?1 AND e.actor = ?2 AND e.kind IN {UNDOABLE}
               AND e.undoes IS NULL {own}
               AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)
             ORDER BY e.id DESC LIMIT 1"
        ))?;
        let undoable = |r: &crate::store::engine::Row<'_>| {
            Ok(Undoable {
                id: r.get(0)?,
                item: r.get(1)?,
                number: r.get(2)?,
                kind: r.get(3)?,
                before: r.get(4)?,
                after: r.get(5)?,
                ref_id: r.get(6)?,
            })
        };
        let last: Option<Undoable> = match &own_events {
            Some(ids) => st.query_row(params![plan, actor, ids], undoable),
            None => st.query_row(params![plan, actor], undoable),
        }
        .optional()?;
        drop(st);
        let Some(last) = last else {
            return Ok(UndoOutcome::Nothing);
        };
        // Leaving 已完成 is a reopen with a reason, an undo included.
        if last.kind == "move" && last.after.as_deref() == Some(Status::Done.key()) {
            return Err(StoreError::LeavesDone {
                number: last.number,
            });
        }
        // An undo is a change like any other: who may not make it now may not undo
        // into it (memberships change; a change made before the rules stays undoable
        // only by those the rules allow).
        let act = match last.kind.as_str() {
            "measure" => Act::Tick,
            "note_add" | "note_edit" | "note_delete" => Act::Note,
            "deadline" => Act::EditItem,
            _ => Act::Move,
        };
        rules::check(&tx, &actor, act, Some(last.item))?;
        // One's own correction of the measures (renumbered) or the deadline (its
        // text) since also stands in the way: the inverse would miss or undo it.
        let other: Option<(String, String)> = tx
            .query_row(
                "SELECT actor, at FROM events WHERE item_id = ?1 AND id > ?2
                   AND (actor <> ?3 OR kind = 'update'
                        OR (kind = 'edit_measures' AND ?4 = 'measure')
                        OR (kind = 'edit_deadline' AND ?4 = 'deadline'))
                 ORDER BY id DESC LIMIT 1",
                params![last.item, last.id, actor, last.kind],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((by, at)) = other {
            return Ok(UndoOutcome::Refused {
                number: last.number,
                by,
                at,
            });
        }
        let w = Writer {
            tx: &tx,
            actor: &actor,
            now: &now,
            undoes: Some(last.id),
            asked: Default::default(),
            recorded: Default::default(),
        };
        let before = last.before.as_deref().unwrap_or_default();
        // In a savepoint: an inverse that fails half-way leaves nothing behind, and
        // a server (which aborts a transaction on an error) can go on after it.
        tx.execute_batch("SAVEPOINT inverse")?;
        let applied = apply_inverse(&w, &last, before);
        if applied.is_err() {
            tx.execute_batch("ROLLBACK TO SAVEPOINT inverse")?;
        }
        tx.execute_batch("RELEASE SAVEPOINT inverse")?;
        let gone = match applied {
            Ok(()) => false,
            Err(StoreError::NoSuchNote(_) | StoreError::NoSuchMeasure { .. }) => true,
            Err(StoreError::Sqlite(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                true
            }
            // The server's integrity constraint violations (SQLSTATE class 23).
            Err(StoreError::Server(e)) if e.code().is_some_and(|c| c.code().starts_with("23")) => {
                true
            }
            Err(e) => return Err(e),
        };
        // An inverse that had nothing left to do still marks the change as undone,
        // so the next undo goes further back instead of stopping here forever.
        let marked: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM events WHERE undoes = ?1)",
            [last.id],
            |r| r.get(0),
        )?;
        if !marked {
            super::record_event(
                &tx,
                &actor,
                &now,
                &super::NewEvent {
                    plan,
                    item: Some(last.item),
                    kind: "undo",
                    before: None,
                    after: Some(&last.kind),
                    ref_id: last.ref_id,
                    undoes: Some(last.id),
                },
            )?;
        }
        tx.commit()?;
        Ok(if gone {
            UndoOutcome::Gone {
                number: last.number,
                kind: last.kind,
            }
        } else {
            let restored = match last.kind.as_str() {
                "move" | "deadline" => last.before.clone(),
                _ => None,
            };
            UndoOutcome::Undone {
                number: last.number,
                kind: last.kind,
                restored,
            }
        })
    }
}

/// Writes the change that reverses `last`.
fn apply_inverse(w: &Writer<'_>, last: &Undoable, before: &str) -> Result<()> {
    match last.kind.as_str() {
        "move" => {
            // Back to the place it left in its column (events before positions were
            // recorded go to the end).
            let status = Status::parse(before).unwrap_or(Status::Todo);
            w.move_item_to(last.item, status, last.ref_id)?;
            if status == Status::Done {
                // An undone reopen: the close-out is in force again, confirmed
                // (销号) if it was.
                w.tx.execute(
                    "UPDATE closeouts SET reopened_by = NULL, reopened_at = NULL,
                        reopen_reason = NULL WHERE item_id = ?1",
                    [last.item],
                )?;
                w.tx.execute(
                    "UPDATE items SET awaiting_confirmation = awaiting_confirmation
                        AND NOT EXISTS (SELECT 1 FROM closeouts c
                            WHERE c.item_id = items.id AND c.confirmed_at IS NOT NULL)
                     WHERE id = ?1",
                    [last.item],
                )?;
            }
        }
        "reorder" => {
            let was_up = last.after.as_deref() == Some("up");
            w.reorder(last.item, !was_up)?;
        }
        "note_add" => {
            if let Some(note) = last.ref_id {
                w.delete_note(note)?;
            }
        }
        "note_edit" => {
            if let Some(note) = last.ref_id {
                w.edit_note(note, before)?;
            }
        }
        "note_delete" => {
            if let Some(note) = last.ref_id {
                w.restore_note(last.item, note, before)?;
            }
        }
        "measure" => {
            if let Some(ordinal) = last.ref_id {
                w.set_measure_done(
                    last.item,
                    u32::try_from(ordinal).unwrap_or(0),
                    before == "done",
                )?;
            }
        }
        "deadline" => {
            let plan = w.item(last.item)?.plan;
            let due = last.before.as_deref();
            let was_set = last.ref_id.unwrap_or(1) != 0;
            w.tx.execute(
                "UPDATE items SET due = ?2, due_set = ?3 WHERE id = ?1",
                params![last.item, due, was_set],
            )?;
            w.touch(last.item)?;
            w.record(
                plan,
                last.item,
                "deadline",
                last.after.as_deref(),
                due,
                Some(1),
            )?;
        }
        _ => {}
    }
    Ok(())
}
