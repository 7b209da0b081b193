//! The rows of new items, written in batches.

use crate::store::ItemId;
use crate::store::Result;
use crate::store::batch::Batch;
use crate::store::engine::Conn;

/// The rows of new items, each table's written in batches (see `Batch`).
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
}

impl<'c, 'v> NewRows<'c, 'v> {
    pub(super) fn new(conn: &'c Conn) -> Result<Self> {
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
        })
    }

    /// The next item's id: counted on from the largest in SQLite; from the
    /// identity's sequence on a server, where other writers take ids too.
    pub(super) fn take_id(&mut self) -> Result<ItemId> {
        if self.items.is_server() {
            return Ok(self.items.query_one(crate::store::server::NEXT_ITEM_ID)?);
        }
        let id = self.next_id;
        self.next_id += 1;
        Ok(id)
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
