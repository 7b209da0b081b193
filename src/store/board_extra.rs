//! Reads the board needs to refresh single cards after its own writes, so a change
//! costs one card's queries rather than reloading every card of a large plan.

use super::read::{CARD_COLUMN_COUNT, CARD_COLUMNS, card_row};
use super::{Card, ItemId, PlanId, Result, Store, StoreError};
use crate::store::engine::OptionalExtension;

impl Store {
    /// One card, as `cards` would return it (a test holds the two to the same rows).
    pub fn card(&self, id: ItemId) -> Result<Card> {
        // Its plan's cycle comes with the card (the columns after `CARD_COLUMNS`'):
        // one round trip, after every write of the board, not three.
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS}, c.kind, c.due_day FROM items i
             LEFT JOIN sections s ON s.id = i.section_id
             LEFT JOIN cycles c ON c.plan_id = i.plan_id WHERE i.id = ?1"
        ))?;
        let (mut card, cycle) = st
            .query_row([id], |r| {
                let n = CARD_COLUMN_COUNT;
                let kind: Option<String> = r.get(n)?;
                let cycle = kind.map(|k| Ok::<_, crate::store::engine::Error>((k, r.get(n + 1)?)));
                Ok((card_row(r)?, cycle.transpose()?))
            })
            .optional()?
            .ok_or(StoreError::NoSuchItemId(id))?;
        card.light = super::read::light_of(card.due.as_deref(), card.status, self.today());
        let now = self.period_in(super::cycle::cycle_from(cycle));
        card.supervision.judge(card.status, &now);
        Ok(card)
    }

    /// The source (督办来源) of every item of `plan` that records one, for the
    /// board's filter by source; items of an imported plan usually have none.
    pub fn item_sources(
        &self,
        plan: PlanId,
    ) -> Result<std::collections::HashMap<ItemId, crate::plan::adhoc::Source>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, source FROM items
             WHERE plan_id = ?1 AND source IS NOT NULL AND NOT retired",
        )?;
        let rows = st.query_map([plan], |r| {
            Ok((r.get::<_, ItemId>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (id, key) = row?;
            if let Some(s) = crate::plan::adhoc::Source::parse(&key) {
                out.insert(id, s);
            }
        }
        Ok(out)
    }
}

/// Beyond this many changes a board reloads everything rather than card by card.
const MAX_CHANGES: usize = 500;

impl Store {
    /// The items of `plan` changed by events after `after` (an id from `last_event_id`),
    /// or `None` when a whole reload is due: an import, a plan-level event, or many changes.
    pub fn items_changed_since(&self, plan: PlanId, after: i64) -> Result<Option<Vec<ItemId>>> {
        let mut st = self.conn.prepare_cached(
            "SELECT item_id, kind FROM events WHERE id > ?1 AND plan_id = ?2 ORDER BY id LIMIT ?3",
        )?;
        let rows = st.query_map(
            crate::store::engine::params![after, plan, MAX_CHANGES as i64 + 1],
            |r| Ok((r.get::<_, Option<ItemId>>(0)?, r.get::<_, String>(1)?)),
        )?;
        let rows: Vec<(Option<ItemId>, String)> =
            rows.collect::<crate::store::engine::Result<_>>()?;
        if rows.len() > MAX_CHANGES {
            return Ok(None);
        }
        let mut ids = Vec::new();
        for (item, kind) in rows {
            match (item, kind.as_str()) {
                // Imports can change offices, sections and add items: reload it all.
                (None, _) | (_, "import" | "create" | "update") => return Ok(None),
                (Some(id), _) => {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        Ok(Some(ids))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Status;

    #[test]
    fn card_and_search_text_match_the_bulk_reads() {
        let mut store = crate::store::test_support::memory("tester");
        let seed = include_bytes!("../../seeds/000_1c263084d9f29a16.txt");
        store
            .import(&crate::plan::parse_bytes(seed).unwrap().plan)
            .unwrap();
        let plan = store.plan(None).unwrap().id;
        let id = store.item_id(plan, 3).unwrap();
        store.add_note(id, "批注").unwrap();
        store.set_measure_done(id, 2, true).unwrap();
        store.move_item(id, Status::Blocked, None).unwrap();
        for card in store.cards(plan).unwrap() {
            assert_eq!(store.card(card.id).unwrap(), card);
        }
        for (id, text) in store.search_texts(plan).unwrap() {
            assert_eq!(store.search_text(id).unwrap(), text);
        }
        assert!(matches!(store.card(-1), Err(StoreError::NoSuchItemId(-1))));
    }

    #[test]
    fn items_changed_since_lists_touched_items_or_asks_for_a_reload() {
        let mut store = crate::store::test_support::memory("tester");
        let seed = include_bytes!("../../seeds/000_1c263084d9f29a16.txt");
        let plan_doc = crate::plan::parse_bytes(seed).unwrap().plan;
        store.import(&plan_doc).unwrap();
        let plan = store.plan(None).unwrap().id;
        let mark = store.last_event_id().unwrap();
        assert_eq!(store.items_changed_since(plan, mark).unwrap(), Some(vec![]));
        let a = store.item_id(plan, 1).unwrap();
        let b = store.item_id(plan, 2).unwrap();
        store.add_note(a, "x").unwrap();
        store.move_item(b, Status::Done, None).unwrap();
        store.set_measure_done(a, 1, true).unwrap();
        assert_eq!(
            store.items_changed_since(plan, mark).unwrap(),
            Some(vec![a, b])
        );
        // Everything since before the import: reload.
        assert_eq!(store.items_changed_since(plan, 0).unwrap(), None);
    }
}
