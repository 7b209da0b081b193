//! Writes: each change is one short `BEGIN IMMEDIATE` transaction that also writes
//! its history row.

use super::rules::{self, Act};
use super::{
    ItemId, MoveOutcome, NewEvent, NoteId, PlanId, Result, Store, StoreError, record_event,
};
use crate::plan::Status;
use crate::store::engine::{OptionalExtension, Row, Tx, params};

/// One past the last position of the column of status `$status` of plan `$plan`
/// (placeholders), retired items included (a restored item keeps its place). One
/// lookup at each end of the places index per value of `retired`: the plain `max`
/// over (plan, status) walked the whole plan (39.5 ms of a move at a million items).
macro_rules! end_of_column {
    ($plan:literal, $status:literal) => {
        concat!(
            "SELECT coalesce(max(p), 0) + 1 FROM (
    SELECT max(position) AS p FROM items WHERE plan_id = ",
            $plan,
            " AND retired = 0 AND status = ",
            $status,
            "
    UNION ALL
    SELECT max(position) FROM items WHERE plan_id = ",
            $plan,
            " AND retired = 1 AND status = ",
            $status,
            ") AS ends"
        )
    };
}

/// The parts of an item a write checks and records.
pub(super) struct ItemState {
    pub plan: PlanId,
    pub number: u32,
    pub status: Status,
    pub position: i64,
    pub version: i64,
}

/// One change in the making: the transaction, who, when, and (for an undo) which
/// event it reverses. Every method writes the change and its history row.
pub(super) struct Writer<'a> {
    pub tx: &'a Tx<'a>,
    pub actor: &'a str,
    pub now: &'a str,
    pub undoes: Option<i64>,
    /// The last act the write asked for (`allow_on`): on a server, a refusal
    /// by a policy is said as that act's rule.
    pub asked: std::cell::Cell<Option<(Act, Option<ItemId>)>>,
    /// The events this change recorded (`Store::write` keeps them as its own).
    pub recorded: std::cell::RefCell<Vec<i64>>,
}

/// An `ItemState` from a row that starts with plan_id, number, status, position
/// and version.
fn item_state(r: &Row<'_>) -> crate::store::engine::Result<ItemState> {
    let status: String = r.get(2)?;
    Ok(ItemState {
        plan: r.get(0)?,
        number: r.get(1)?,
        status: Status::parse(&status).unwrap_or(Status::Todo),
        position: r.get(3)?,
        version: r.get(4)?,
    })
}

impl Writer<'_> {
    /// Refuses the change unless the actor may do `act` on item `id` (see `rules`;
    /// a retired item takes no changes but its restoring).
    pub(super) fn allow(&self, act: Act, id: ItemId) -> Result<()> {
        self.allow_on(act, Some(id))
    }

    /// Refuses the change unless the actor may do `act` (on `item`, or on the
    /// plan), and remembers the act the write asked for.
    pub(super) fn allow_on(&self, act: Act, item: Option<ItemId>) -> Result<()> {
        self.asked.set(Some((act, item)));
        rules::check(self.tx, self.actor, act, item)
    }

    /// On a server, a write of a row the change has read that touched none met a
    /// policy hiding it from this role: a refusal, named in `Store::write`.
    pub(super) fn touched(&self, rows: usize) -> Result<()> {
        if rows == 0 && self.tx.is_server() {
            return Err(StoreError::ServerRefused {
                reason: None,
                by_policy: true,
            });
        }
        Ok(())
    }

    /// `Some(Stale)` when the item changed since `expected` (a version the caller saw).
    pub(super) fn stale(
        &self,
        id: ItemId,
        item: &ItemState,
        expected: Option<i64>,
    ) -> Result<Option<MoveOutcome>> {
        if expected.is_none_or(|e| e == item.version) {
            return Ok(None);
        }
        let (by, at): (String, String) = self
            .tx
            .query_row(
                "SELECT actor, at FROM events WHERE item_id = ?1 ORDER BY id DESC LIMIT 1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .unwrap_or_default();
        Ok(Some(MoveOutcome::Stale {
            by,
            at,
            status: item.status,
        }))
    }

    pub fn item(&self, id: ItemId) -> Result<ItemState> {
        // duban's writers already serialise on the write lock (SQLite's `BEGIN
        // IMMEDIATE`, a server's advisory lock); on a server the row is also
        // locked until commit, against a write from outside duban (`psql`)
        // between this read and the write that follows it.
        const ITEM: &str =
            "SELECT plan_id, number, status, position, version FROM items WHERE id = ?1";
        let sql = if self.tx.is_server() {
            concat!(
                "SELECT plan_id, number, status, position, version FROM items WHERE id = ?1",
                " FOR UPDATE"
            )
        } else {
            ITEM
        };
        self.tx
            .prepare_cached(sql)?
            .query_row([id], item_state)
            .optional()?
            .ok_or(StoreError::NoSuchItemId(id))
    }

    /// The item, locked as `item` locks it, once the actor may do `act` on it
    /// (`allow`): one round trip for both.
    pub fn allowed_item(&self, act: Act, id: ItemId) -> Result<ItemState> {
        const ITEM: &str = concat!(
            "SELECT i.plan_id, i.number, i.status, i.position, i.version, i.retired, ",
            rules::facts_columns!(),
            " FROM items i ",
            rules::facts_joins!(),
            " WHERE i.id = ?1 ORDER BY io.ordinal"
        );
        const LOCKED: &str = concat!(
            "SELECT i.plan_id, i.number, i.status, i.position, i.version, i.retired, ",
            rules::facts_columns!(),
            " FROM items i ",
            rules::facts_joins!(),
            " WHERE i.id = ?1 ORDER BY io.ordinal FOR UPDATE OF i"
        );
        let sql = if self.tx.is_server() { LOCKED } else { ITEM };
        let mut st = self.tx.prepare_cached(sql)?;
        let mut rows = st.query(params![id, self.actor])?;
        let mut facts = rules::Facts::default();
        let mut item = None;
        while let Some(r) = rows.next()? {
            if item.is_none() {
                let state = item_state(&r)?;
                facts.item = Some((state.number, r.get(5)?));
                item = Some(state);
            }
            facts.add_row(&r, 6)?;
        }
        rules::decide(act, self.actor, Some(id), &facts)?;
        item.ok_or(StoreError::NoSuchItemId(id))
    }

    /// Bumps the item's version and stamps it, marking a change others can detect.
    /// Also recomputes what the item's card shows.
    pub(super) fn touch(&self, id: ItemId) -> Result<i64> {
        self.tx
            .prepare_cached(super::schema::CARD_COUNTS)?
            .execute([id])?;
        Ok(self.tx.query_row(
            "UPDATE items SET version = version + 1, updated_at = ?2 WHERE id = ?1
             RETURNING version",
            params![id, self.now],
            |r| r.get(0),
        )?)
    }

    pub(super) fn record(
        &self,
        plan: PlanId,
        item: ItemId,
        kind: &str,
        before: Option<&str>,
        after: Option<&str>,
        ref_id: Option<i64>,
    ) -> Result<()> {
        let event = record_event(
            self.tx,
            self.actor,
            self.now,
            &NewEvent {
                plan,
                item: Some(item),
                kind,
                before,
                after,
                ref_id,
                undoes: self.undoes,
            },
        )?;
        self.recorded.borrow_mut().push(event);
        Ok(())
    }

    /// Moves to the end of the `status` column; returns the new version, or None
    /// when the item already has that status.
    pub fn move_item(&self, id: ItemId, status: Status) -> Result<Option<i64>> {
        self.move_item_to(id, status, None)
    }

    /// Moves to `status`, at `position` in that column (an undo puts a card back
    /// where it was) or at its end. The event keeps the position the card left in
    /// `ref_id`, so an undo can put it back there.
    pub fn move_item_to(
        &self,
        id: ItemId,
        status: Status,
        position: Option<i64>,
    ) -> Result<Option<i64>> {
        let item = self.item(id)?;
        self.move_known(id, &item, status, position)
    }

    /// `move_item_to` for an item this transaction has read (and locked): one
    /// statement moves it, bumps its version and says the new one.
    pub fn move_known(
        &self,
        id: ItemId,
        item: &ItemState,
        status: Status,
        position: Option<i64>,
    ) -> Result<Option<i64>> {
        if item.status == status {
            return Ok(None);
        }
        // Leaving done ends any wait for confirmation (待销号); arriving there (a
        // close-out, or an undo of a reopen) waits for one where there are
        // supervisors. A move changes nothing a card counts (`CARD_COUNTS`).
        const MOVE: &str = concat!(
            "UPDATE items SET status = ?2, position = coalesce(?3, (",
            end_of_column!("?4", "?2"),
            ")), awaiting_confirmation = ?2 = 'done'
                    AND EXISTS (SELECT 1 FROM members WHERE supervisor),
                version = version + 1, updated_at = ?5
             WHERE id = ?1 RETURNING version"
        );
        let version: i64 = self.tx.prepare_cached(MOVE)?.query_row(
            params![id, status.key(), position, item.plan, self.now],
            |r| r.get(0),
        )?;
        self.record(
            item.plan,
            id,
            "move",
            Some(item.status.key()),
            Some(status.key()),
            Some(item.position),
        )?;
        Ok(Some(version))
    }

    /// Bumps the item's version and stamps it, for a change that leaves what its
    /// card counts as it was (`touch` recomputes that too).
    fn bump(&self, id: ItemId) -> Result<i64> {
        Ok(self
            .tx
            .prepare_cached(
                "UPDATE items SET version = version + 1, updated_at = ?2 WHERE id = ?1
             RETURNING version",
            )?
            .query_row(params![id, self.now], |r| r.get(0))?)
    }

    pub fn reorder(&self, id: ItemId, up: bool) -> Result<bool> {
        let item = self.item(id)?;
        self.reorder_known(id, &item, up)
    }

    /// `reorder` for an item this transaction has read (and locked).
    fn reorder_known(&self, id: ItemId, item: &ItemState, up: bool) -> Result<bool> {
        // On a server the swap also moves the neighbour, which the server's
        // guard would count as a move of it: the server's `reorder` swaps, for
        // whoever may move this card (`server::policies::refreshed`).
        let other = if self.tx.is_server() {
            self.tx
                .query_row("SELECT duban.reorder(?1, ?2)", params![id, up], |r| {
                    r.get::<_, Option<ItemId>>(0)
                })?
        } else {
            self.swap(item, id, up)?
        };
        let Some(other) = other else {
            return Ok(false);
        };
        self.bump(id)?;
        let direction = if up { "up" } else { "down" };
        self.record(
            item.plan,
            id,
            "reorder",
            Some(&item.position.to_string()),
            Some(direction),
            Some(other),
        )?;
        Ok(true)
    }

    /// Swaps `id` with its neighbour in its column (up or down): the neighbour,
    /// or `None` at the column's end.
    fn swap(&self, item: &ItemState, id: ItemId, up: bool) -> Result<Option<ItemId>> {
        let sql = if up {
            "SELECT id, position FROM items WHERE plan_id = ?1 AND status = ?2
             AND (position < ?3 OR (position = ?3 AND number < ?4))
             ORDER BY position DESC, number DESC LIMIT 1"
        } else {
            "SELECT id, position FROM items WHERE plan_id = ?1 AND status = ?2
             AND (position > ?3 OR (position = ?3 AND number > ?4))
             ORDER BY position, number LIMIT 1"
        };
        let neighbour: Option<(ItemId, i64)> = self
            .tx
            .query_row(
                sql,
                params![item.plan, item.status.key(), item.position, item.number],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((other, other_position)) = neighbour else {
            return Ok(None);
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
        let mut st = self
            .tx
            .prepare_cached("UPDATE items SET position = ?2 WHERE id = ?1")?;
        st.execute(params![id, mine])?;
        st.execute(params![other, theirs])?;
        Ok(Some(other))
    }

    pub fn add_note(&self, id: ItemId, text: &str) -> Result<NoteId> {
        let text = &*super::clean::text(text);
        let item = self.item(id)?;
        // Anyone may add a note, but not to a retired item (it takes no changes).
        self.allow(Act::Note, id)?;
        let note = insert_note(self.tx, id, self.actor, self.now, text)?;
        self.touch(id)?;
        self.record(item.plan, id, "note_add", None, Some(text), Some(note))?;
        Ok(note)
    }

    /// Loads a note for change, refusing notes of other authors.
    fn own_note(&self, note: NoteId) -> Result<(ItemId, String)> {
        let (item, author, text): (ItemId, String, String) = self
            .tx
            .query_row(
                "SELECT item_id, author, text FROM notes WHERE id = ?1",
                [note],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(StoreError::NoSuchNote(note))?;
        if author != self.actor {
            return Err(StoreError::NotYourNote { id: note, author });
        }
        Ok((item, text))
    }

    pub fn edit_note(&self, note: NoteId, text: &str) -> Result<()> {
        let text = &*super::clean::text(text);
        let (id, before) = self.own_note(note)?;
        let plan = self.item(id)?.plan;
        self.touched(self.tx.execute(
            "UPDATE notes SET text = ?2, edited_at = ?3 WHERE id = ?1",
            params![note, text, self.now],
        )?)?;
        self.touch(id)?;
        self.record(plan, id, "note_edit", Some(&before), Some(text), Some(note))
    }

    pub fn delete_note(&self, note: NoteId) -> Result<()> {
        let (id, before) = self.own_note(note)?;
        let plan = self.item(id)?.plan;
        self.touched(self.tx.execute("DELETE FROM notes WHERE id = ?1", [note])?)?;
        self.touch(id)?;
        self.record(plan, id, "note_delete", Some(&before), None, Some(note))
    }

    /// Puts back a deleted note under its old id, with its "edited" mark when it had
    /// been edited (the history's last edit of it says when).
    pub fn restore_note(&self, id: ItemId, note: NoteId, text: &str) -> Result<()> {
        let text = &*super::clean::text(text);
        let plan = self.item(id)?.plan;
        let edited: Option<String> = self
            .tx
            .query_row(
                "SELECT at FROM events WHERE item_id = ?1 AND kind = 'note_edit' AND ref_id = ?2
                 ORDER BY id DESC LIMIT 1",
                params![id, note],
                |r| r.get(0),
            )
            .optional()?;
        self.tx.execute(
            "INSERT INTO notes (id, item_id, author, created_at, text, edited_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![note, id, self.actor, self.now, text, edited],
        )?;
        self.touch(id)?;
        self.record(plan, id, "note_add", None, Some(text), Some(note))
    }

    pub fn set_measure_done(&self, id: ItemId, ordinal: u32, done: bool) -> Result<()> {
        let item = self.item(id)?;
        let was: bool = self
            .tx
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
        self.touched(self.tx.execute(
            "UPDATE measures SET done = ?3 WHERE item_id = ?1 AND ordinal = ?2",
            params![id, ordinal, done],
        )?)?;
        self.touch(id)?;
        let flag = |d: bool| if d { "done" } else { "open" };
        self.record(
            item.plan,
            id,
            "measure",
            Some(flag(was)),
            Some(flag(done)),
            Some(i64::from(ordinal)),
        )
    }
}

impl Store {
    /// Runs `change` in one write transaction and commits it.
    pub(super) fn write<T>(&mut self, change: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        let writer = Writer {
            tx: &tx,
            actor: &actor,
            now: &now,
            undoes: None,
            asked: Default::default(),
            recorded: Default::default(),
        };
        let value = match change(&writer) {
            Ok(value) => value,
            Err(e) if tx.is_server() => {
                let asked = writer.asked.get();
                drop(tx);
                // A lock on an item's row held past the wait: by whom, if
                // someone still holds one (a member may, from `psql`).
                if let StoreError::Busy(_) = e
                    && let Ok(Some((holder, pid))) = self.conn.row_lock_holder()
                {
                    return Err(StoreError::ServerBusy {
                        holder,
                        pid,
                        rows: true,
                    });
                }
                return Err(self.name_the_rule(super::server::open::row_refused(e), asked));
            }
            Err(e) => return Err(e),
        };
        let recorded = writer.recorded.take();
        tx.commit()?;
        self.own_events.extend(recorded);
        Ok(value)
    }

    /// Moves an item to `status` (to the end of that column). With `expected_version`,
    /// the move is refused as `Stale` if the item changed since that version.
    pub fn move_item(
        &mut self,
        id: ItemId,
        status: Status,
        expected_version: Option<i64>,
    ) -> Result<MoveOutcome> {
        self.write(|w| {
            let item = w.allowed_item(Act::Move, id)?;
            if let Some(stale) = w.stale(id, &item, expected_version)? {
                return Ok(stale);
            }
            // Leaving done is a reopen, with a reason: never a plain move.
            if item.status == Status::Done && status != Status::Done {
                return Err(StoreError::LeavesDone {
                    number: item.number,
                });
            }
            // Once the rules apply, done takes a completion statement: `close_item`.
            if rules::needs_statement(item.status, status) && rules::rules_active(w.tx)? {
                return Err(StoreError::NeedsStatement {
                    number: item.number,
                });
            }
            Ok(match w.move_known(id, &item, status, None)? {
                Some(version) => MoveOutcome::Moved { version },
                None => MoveOutcome::Unchanged,
            })
        })
    }

    /// Swaps the item with its neighbour above (`up`) or below in its column.
    /// Returns false when it is already at that end.
    pub fn reorder(&mut self, id: ItemId, up: bool) -> Result<bool> {
        self.write(|w| {
            let item = w.allowed_item(Act::Move, id)?;
            w.reorder_known(id, &item, up)
        })
    }

    pub fn add_note(&mut self, id: ItemId, text: &str) -> Result<NoteId> {
        super::check_length(super::Written::Note, text)?;
        self.write(|w| w.add_note(id, text))
    }

    /// Activity for benchmarks: every `every`-th item of the plan still in 未启动
    /// gets two notes and a move to 推进中, through the board's own writes, in one
    /// transaction. Returns how many items it touched.
    #[doc(hidden)]
    pub fn add_synthetic_activity(&mut self, plan: PlanId, every: u32) -> Result<usize> {
        let ids: Vec<ItemId> = self
            .conn
            .prepare(
                "SELECT id FROM items WHERE plan_id = ?1 AND status = 'todo' AND number % ?2 = 0
                 ORDER BY number",
            )?
            .query_map(params![plan, every.max(1)], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        self.write(|w| {
            for &id in &ids {
                for note in crate::plan::generate::ACTIVITY_NOTES {
                    w.add_note(id, note)?;
                }
                w.move_item(id, Status::Doing)?;
            }
            Ok(ids.len())
        })
    }

    /// Replaces the text of one of the actor's own notes.
    pub fn edit_note(&mut self, note: NoteId, text: &str) -> Result<()> {
        super::check_length(super::Written::Note, text)?;
        self.write(|w| w.edit_note(note, text))
    }

    /// Deletes one of the actor's own notes (its text stays in the history).
    pub fn delete_note(&mut self, note: NoteId) -> Result<()> {
        self.write(|w| w.delete_note(note))
    }

    /// Ticks or unticks the measure at 1-based `ordinal` of item `id`.
    pub fn set_measure_done(&mut self, id: ItemId, ordinal: u32, done: bool) -> Result<()> {
        self.write(|w| {
            w.allow(Act::Tick, id)?;
            w.set_measure_done(id, ordinal, done)
        })
    }
}

/// Writes a note's row (its event is the caller's: a board's write records it
/// with the undo it belongs to, an import with none).
pub(super) fn insert_note(
    tx: &Tx<'_>,
    item: ItemId,
    author: &str,
    at: &str,
    text: &str,
) -> Result<NoteId> {
    Ok(tx.query_row(
        "INSERT INTO notes (item_id, author, created_at, text) VALUES (?1, ?2, ?3, ?4)
         RETURNING id",
        params![item, author, at, text],
        |r| r.get(0),
    )?)
}

/// `end_of_column!` for plan ?1 and status ?2, as a move's statement reads it.
#[cfg(test)]
const END_OF_COLUMN_SQL: &str = end_of_column!("?1", "?2");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{query_plan, seeded};

    #[test]
    fn the_end_of_a_column_is_found_without_walking_the_plan() {
        let (mut store, plan) = seeded("tester");
        // SQLite's query plan; the rest holds on both engines.
        if !crate::store::test_support::pg::chosen() {
            let steps = query_plan(&store, END_OF_COLUMN_SQL, params![plan, "doing"]);
            let searches: Vec<_> = steps
                .iter()
                .filter(|s| s.contains("SEARCH items"))
                .collect();
            assert_eq!(searches.len(), 2, "{steps:?}");
            assert!(
                (searches.iter()).all(|s| s.contains("(plan_id=? AND retired=? AND status=?)")),
                "{steps:?}"
            );
        }
        // A move lands after every card of the column, the retired ones included.
        let id = |n| store.item_id(plan, n).unwrap();
        let (one, two, three) = (id(1), id(2), id(3));
        store.move_item(one, Status::Doing, None).unwrap();
        store.move_item(two, Status::Doing, None).unwrap();
        store.retire_item(two, "重复").unwrap();
        store.move_item(three, Status::Doing, None).unwrap();
        let position = |id| store.item(id).unwrap().position;
        assert!(position(one) < position(two) && position(two) < position(three));
    }
}
