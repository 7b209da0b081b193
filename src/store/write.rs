//! Writes: each change is one short `BEGIN IMMEDIATE` transaction that also writes
//! its history row.

use super::{
    ItemId, MoveOutcome, NewEvent, NoteId, PlanId, Result, Store, StoreError, record_event,
};
use crate::plan::Status;
use rusqlite::{OptionalExtension, Transaction, params};

/// The parts of an item a write checks and records.
struct ItemState {
    plan: PlanId,
    number: u32,
    status: Status,
    position: i64,
    version: i64,
}

fn item_state(tx: &Transaction<'_>, id: ItemId) -> Result<ItemState> {
    tx.query_row(
        "SELECT plan_id, number, status, position, version FROM items WHERE id = ?1",
        [id],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        },
    )
    .optional()?
    .map(|(plan, number, status, position, version)| ItemState {
        plan,
        number,
        status: Status::parse(&status).unwrap_or(Status::Todo),
        position,
        version,
    })
    .ok_or(StoreError::NoSuchItemId(id))
}

/// Bumps the item's version and stamps it, marking a change others can detect.
fn touch(tx: &Transaction<'_>, id: ItemId, now: &str) -> Result<i64> {
    Ok(tx.query_row(
        "UPDATE items SET version = version + 1, updated_at = ?2 WHERE id = ?1 RETURNING version",
        params![id, now],
        |r| r.get(0),
    )?)
}

/// Loads a note for change, refusing notes of other authors.
fn own_note(tx: &Transaction<'_>, actor: &str, note: NoteId) -> Result<(ItemId, String)> {
    let (item, author, text): (ItemId, String, String) = tx
        .query_row(
            "SELECT item_id, author, text FROM notes WHERE id = ?1",
            [note],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .ok_or(StoreError::NoSuchNote(note))?;
    if author != actor {
        return Err(StoreError::NotYourNote { id: note, author });
    }
    Ok((item, text))
}

impl Store {
    /// Moves an item to `status` (to the end of that column). With `expected_version`,
    /// the move is refused as `Stale` if the item changed since that version.
    pub fn move_item(
        &mut self,
        id: ItemId,
        status: Status,
        expected_version: Option<i64>,
    ) -> Result<MoveOutcome> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let item = item_state(&tx, id)?;
        if let Some(expected) = expected_version
            && expected != item.version
        {
            let (by, at): (String, String) = tx
                .query_row(
                    "SELECT actor, at FROM events WHERE item_id = ?1 ORDER BY id DESC LIMIT 1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .unwrap_or_default();
            return Ok(MoveOutcome::Stale {
                by,
                at,
                status: item.status,
            });
        }
        if item.status == status {
            return Ok(MoveOutcome::Unchanged);
        }
        let position: i64 = tx.query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM items WHERE plan_id = ?1 AND status = ?2",
            params![item.plan, status.key()],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE items SET status = ?2, position = ?3 WHERE id = ?1",
            params![id, status.key(), position],
        )?;
        let version = touch(&tx, id, &now)?;
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan: item.plan,
                item: Some(id),
                kind: "move",
                before: Some(item.status.key()),
                after: Some(status.key()),
            },
        )?;
        tx.commit()?;
        Ok(MoveOutcome::Moved { version })
    }

    /// Swaps the item with its neighbour above (`up`) or below in its column.
    /// Returns false when it is already at that end.
    pub fn reorder(&mut self, id: ItemId, up: bool) -> Result<bool> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let item = item_state(&tx, id)?;
        let sql = if up {
            "SELECT id, position FROM items WHERE plan_id = ?1 AND status = ?2
             AND (position < ?3 OR (position = ?3 AND number < ?4))
             ORDER BY position DESC, number DESC LIMIT 1"
        } else {
            "SELECT id, position FROM items WHERE plan_id = ?1 AND status = ?2
             AND (position > ?3 OR (position = ?3 AND number > ?4))
             ORDER BY position, number LIMIT 1"
        };
        let neighbour: Option<(ItemId, i64)> = tx
            .query_row(
                sql,
                params![item.plan, item.status.key(), item.position, item.number],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((other, other_position)) = neighbour else {
            return Ok(false);
        };
        // Equal positions cannot be swapped into an order; step past the neighbour.
        let (mine, theirs) = if other_position == item.position {
            if up {
                (other_position, other_position + 1)
            } else {
                (other_position + 1, other_position)
            }
        } else {
            (other_position, item.position)
        };
        tx.execute(
            "UPDATE items SET position = ?2 WHERE id = ?1",
            params![id, mine],
        )?;
        tx.execute(
            "UPDATE items SET position = ?2 WHERE id = ?1",
            params![other, theirs],
        )?;
        touch(&tx, id, &now)?;
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan: item.plan,
                item: Some(id),
                kind: "reorder",
                before: Some(&item.position.to_string()),
                after: Some(&mine.to_string()),
            },
        )?;
        tx.commit()?;
        Ok(true)
    }

    pub fn add_note(&mut self, id: ItemId, text: &str) -> Result<NoteId> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let item = item_state(&tx, id)?;
        let note: NoteId = tx.query_row(
            "INSERT INTO notes (item_id, author, created_at, text) VALUES (?1, ?2, ?3, ?4)
             RETURNING id",
            params![id, actor, now, text],
            |r| r.get(0),
        )?;
        touch(&tx, id, &now)?;
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan: item.plan,
                item: Some(id),
                kind: "note_add",
                before: None,
                after: Some(text),
            },
        )?;
        tx.commit()?;
        Ok(note)
    }

    /// Replaces the text of one of the actor's own notes.
    pub fn edit_note(&mut self, note: NoteId, text: &str) -> Result<()> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let (item, before) = own_note(&tx, &actor, note)?;
        let plan = item_state(&tx, item)?.plan;
        tx.execute(
            "UPDATE notes SET text = ?2, edited_at = ?3 WHERE id = ?1",
            params![note, text, now],
        )?;
        touch(&tx, item, &now)?;
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan,
                item: Some(item),
                kind: "note_edit",
                before: Some(&before),
                after: Some(text),
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes one of the actor's own notes (its text stays in the history).
    pub fn delete_note(&mut self, note: NoteId) -> Result<()> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let (item, before) = own_note(&tx, &actor, note)?;
        let plan = item_state(&tx, item)?.plan;
        tx.execute("DELETE FROM notes WHERE id = ?1", [note])?;
        touch(&tx, item, &now)?;
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan,
                item: Some(item),
                kind: "note_delete",
                before: Some(&before),
                after: None,
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Ticks or unticks the measure at 1-based `ordinal` of item `id`.
    pub fn set_measure_done(&mut self, id: ItemId, ordinal: u32, done: bool) -> Result<()> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let item = item_state(&tx, id)?;
        let was: bool = tx
            .query_row(
                "SELECT done FROM measures WHERE item_id = ?1 AND ordinal = ?2",
                params![id, ordinal],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchMeasure {
                number: item.number,
                ordinal,
            })?;
        if was == done {
            return Ok(());
        }
        tx.execute(
            "UPDATE measures SET done = ?3 WHERE item_id = ?1 AND ordinal = ?2",
            params![id, ordinal, done],
        )?;
        touch(&tx, id, &now)?;
        let flag = |d: bool| format!("{ordinal}:{}", if d { "done" } else { "open" });
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan: item.plan,
                item: Some(id),
                kind: "measure",
                before: Some(&flag(was)),
                after: Some(&flag(done)),
            },
        )?;
        tx.commit()?;
        Ok(())
    }
}
