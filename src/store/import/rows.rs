//! The rows of new items, written in batches.

use crate::store::ItemId;
use crate::store::Result;
use crate::store::batch::{Batch, ROWS};
use crate::store::engine::Conn;

/// The rows of new items, each table's written in batches (see `Batch`): the
/// items' rows first, then the rows that refer to them, as a server checks
/// foreign keys row by row.
pub(super) struct NewRows<'c, 'v> {
    pub(super) items: Batch<'c, 'v, 14>,
    pub(super) measures: Batch<'c, 'v, 3>,
    pub(super) offices: Batch<'c, 'v, 4>,
    pub(super) indicators: Batch<'c, 'v, 6>,
    pub(super) persons: Batch<'c, 'v, 3>,
    /// The id of the next new item. Ids are given here, as SQLite would give them
    /// (one past the largest), so that an item's rows can go into the same
    /// batches as the item.
    next_id: ItemId,
    /// On a server: ids taken from the items' sequence and not yet given, the
    /// next one last.
    taken: Vec<ItemId>,
    /// How many new items are still to come, when known (a new plan's window):
    /// a server's ids are then taken that many at a time, up to a batch.
    to_come: usize,
}

impl<'c, 'v> NewRows<'c, 'v> {
    /// `to_come`: how many new items will be inserted, when known; 0 when not.
    pub(super) fn new(conn: &'c Conn, to_come: usize) -> Result<Self> {
        let next_id = conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM items", [], |r| {
            r.get(0)
        })?;
        Ok(NewRows {
            items: Batch::new(
                conn,
                "INSERT OR FAIL INTO items (id, plan_id, section_id, number, title, target, position,
                 deadline, due, created_at, updated_at, lead_office, measures_total,
                 indicators_total) VALUES",
            ),
            measures: Batch::new(conn, "INSERT OR FAIL INTO measures (item_id, ordinal, text) VALUES"),
            offices: Batch::new(
                conn,
                "INSERT OR FAIL INTO item_offices (item_id, office_id, role, ordinal) VALUES",
            ),
            indicators: Batch::new(conn, crate::store::numbers::INSERT_INDICATORS),
            persons: Batch::new(
                conn,
                "INSERT OR FAIL INTO item_persons (item_id, ordinal, name) VALUES",
            ),
            next_id,
            taken: Vec::new(),
            to_come,
        })
    }

    /// The next item's id: counted on from the largest in SQLite; from the
    /// identity's sequence on a server, where other writers take ids too. A
    /// server's are taken as many as are known to come (up to a batch's), in one
    /// round trip, so that a plan imported whole has no holes in its ids.
    pub(super) fn take_id(&mut self) -> Result<ItemId> {
        if !self.items.is_server() {
            let id = self.next_id;
            self.next_id += 1;
            return Ok(id);
        }
        if self.taken.is_empty() {
            let n = self.to_come.clamp(1, ROWS) as i64;
            self.taken = self
                .items
                .query_column(crate::store::server::NEXT_ITEM_IDS, n)?;
            self.taken.reverse();
        }
        self.to_come = self.to_come.saturating_sub(1);
        Ok(self
            .taken
            .pop()
            .expect("the sequence gives an id per row asked"))
    }

    /// An item's rows are queued: full batches are written, items first.
    pub(super) fn item_queued(&mut self) -> Result<()> {
        if self.items.queued() < ROWS {
            return Ok(());
        }
        self.items.write_full()?;
        self.measures.write_full()?;
        self.offices.write_full()?;
        self.indicators.write_full()?;
        self.persons.write_full()?;
        Ok(())
    }

    pub(super) fn flush(&mut self) -> Result<()> {
        self.items.flush()?;
        self.measures.flush()?;
        self.offices.flush()?;
        self.indicators.flush()?;
        self.persons.flush()?;
        Ok(())
    }
}
