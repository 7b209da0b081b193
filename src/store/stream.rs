//! Whole items one at a time, for exports of any size: the items and each kind of
//! detail are read in item order by their own scan and merged as they go, so no
//! result is held whole (a 100k-item export keeps one item in memory, not all).

use super::numbers::{INDICATOR_COLUMNS, indicator_row};
use super::read::{ITEM_COLUMNS, item_row, light_of, role_of};
use super::{
    IndicatorRecord, ItemFilter, ItemId, ItemOffice, ItemRecord, MeasureRecord, NoteRecord, PlanId,
    Store, StoreError,
};
use crate::store::engine::{Row, Rows, params};

/// One detail scan: rows of (item id, record) in item order, read one ahead.
struct Scan<'s, T> {
    rows: Rows<'s>,
    next: Option<(ItemId, T)>,
    map: fn(&Row<'_>) -> crate::store::engine::Result<(ItemId, T)>,
}

impl<'s, T> Scan<'s, T> {
    fn new(
        rows: Rows<'s>,
        map: fn(&Row<'_>) -> crate::store::engine::Result<(ItemId, T)>,
    ) -> crate::store::engine::Result<Self> {
        let mut scan = Scan {
            rows,
            next: None,
            map,
        };
        scan.advance()?;
        Ok(scan)
    }

    fn advance(&mut self) -> crate::store::engine::Result<()> {
        self.next = match self.rows.next()? {
            Some(r) => Some((self.map)(&r)?),
            None => None,
        };
        Ok(())
    }

    /// The records of item `id`, which is the next item in order.
    fn take(&mut self, id: ItemId) -> crate::store::engine::Result<Vec<T>> {
        let mut found = Vec::new();
        while self.next.as_ref().is_some_and(|(i, _)| *i == id) {
            if let Some((_, t)) = self.next.take() {
                found.push(t);
            }
            self.advance()?;
        }
        Ok(found)
    }
}

fn measure(r: &Row<'_>) -> crate::store::engine::Result<(ItemId, MeasureRecord)> {
    Ok((
        r.get(0)?,
        MeasureRecord {
            id: r.get(1)?,
            text: r.get(2)?,
            done: r.get(3)?,
        },
    ))
}

fn office(r: &Row<'_>) -> crate::store::engine::Result<(ItemId, ItemOffice)> {
    Ok((
        r.get(0)?,
        ItemOffice {
            name: r.get(1)?,
            role: role_of(&r.get::<_, String>(2)?)?,
            group: r.get(3)?,
        },
    ))
}

fn person(r: &Row<'_>) -> crate::store::engine::Result<(ItemId, String)> {
    Ok((r.get(0)?, r.get(1)?))
}

fn note(r: &Row<'_>) -> crate::store::engine::Result<(ItemId, NoteRecord)> {
    Ok((
        r.get(0)?,
        NoteRecord {
            id: r.get(1)?,
            author: r.get(2)?,
            at: r.get(3)?,
            edited_at: r.get(4)?,
            text: r.get(5)?,
        },
    ))
}

impl Store {
    /// Hands each item `filter` keeps, whole and in document order, to `f`: the same
    /// items `items` returns, never more than one held at a time. `f` may stop the
    /// walk with its own error (a closed pipe, say).
    pub fn for_each_item<E: From<StoreError>>(
        &self,
        plan: PlanId,
        filter: &ItemFilter,
        mut f: impl FnMut(ItemRecord) -> Result<(), E>,
    ) -> Result<(), E> {
        let keep = match &filter.office {
            Some(office) => Some(self.office_item_ids(office, filter.lead_only)?),
            None => None,
        };
        let today = self.today();
        let prepare = |sql: &str| self.conn.prepare(sql).map_err(StoreError::from);
        let mut items = prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM items i LEFT JOIN sections s ON s.id = i.section_id
             WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number"
        ))?;
        let mut measures = prepare(
            "SELECT m.item_id, m.ordinal, m.text, m.done FROM measures m
             JOIN items i ON i.id = m.item_id
             WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number, m.ordinal",
        )?;
        let mut offices = prepare(
            "SELECT io.item_id, o.name, io.role, o.is_group FROM item_offices io
             JOIN offices o ON o.id = io.office_id JOIN items i ON i.id = io.item_id
             WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number, io.ordinal",
        )?;
        let mut persons = prepare(
            "SELECT p.item_id, p.name FROM item_persons p JOIN items i ON i.id = p.item_id
             WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number, p.ordinal",
        )?;
        let mut notes = prepare(
            "SELECT n.item_id, n.id, n.author, n.created_at, n.edited_at, n.text FROM notes n
             JOIN items i ON i.id = n.item_id WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number, n.id",
        )?;
        let columns = INDICATOR_COLUMNS
            .split(", ")
            .map(|c| format!("x.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut indicators = prepare(&format!(
            "SELECT {columns} FROM indicators x JOIN items i ON i.id = x.item_id
             WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number, x.ordinal"
        ))?;
        let sql = |e: crate::store::engine::Error| E::from(StoreError::from(e));
        let mut measures = Scan::new(
            measures.query(params![plan, filter.retired]).map_err(sql)?,
            measure,
        )
        .map_err(sql)?;
        let mut offices = Scan::new(
            offices.query(params![plan, filter.retired]).map_err(sql)?,
            office,
        )
        .map_err(sql)?;
        let mut persons = Scan::new(
            persons.query(params![plan, filter.retired]).map_err(sql)?,
            person,
        )
        .map_err(sql)?;
        let mut notes = Scan::new(
            notes.query(params![plan, filter.retired]).map_err(sql)?,
            note,
        )
        .map_err(sql)?;
        let mut indicators: Scan<'_, IndicatorRecord> = Scan::new(
            indicators
                .query(params![plan, filter.retired])
                .map_err(sql)?,
            indicator_row,
        )
        .map_err(sql)?;
        let mut rows = items.query(params![plan, filter.retired]).map_err(sql)?;
        while let Some(r) = rows.next().map_err(sql)? {
            let mut item = item_row(&r).map_err(sql)?;
            // Every scan moves past the item's rows, kept or not.
            item.measures = measures.take(item.id).map_err(sql)?;
            item.offices = offices.take(item.id).map_err(sql)?;
            item.persons = persons.take(item.id).map_err(sql)?;
            item.notes = notes.take(item.id).map_err(sql)?;
            item.indicators = indicators.take(item.id).map_err(sql)?;
            if filter.status.is_some_and(|s| s != item.status)
                || keep.as_ref().is_some_and(|k| !k.contains(&item.id))
            {
                continue;
            }
            item.light = light_of(item.due.as_deref(), item.status, today);
            f(item)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::plan::Status;
    use crate::store::ItemFilter;
    use crate::store::test_support::seeded;

    #[test]
    fn streamed_items_are_the_items_listed() {
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        store.add_note(one, "第一条").unwrap();
        store.add_note(one, "第二条").unwrap();
        let filters = [
            ItemFilter::default(),
            ItemFilter {
                status: Some(Status::Todo),
                ..ItemFilter::default()
            },
        ];
        for filter in filters {
            let mut streamed = Vec::new();
            store
                .for_each_item(plan, &filter, |i| {
                    streamed.push(i);
                    Ok::<_, crate::store::StoreError>(())
                })
                .unwrap();
            assert_eq!(streamed, store.items(plan, &filter).unwrap());
        }
    }
}
