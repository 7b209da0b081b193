//! Reads for a board that pages its cards: every card's place (small), and whole cards
//! only for the ids a board window shows.

use super::read::{CARD_COLUMNS, card_row};
use super::{Card, ItemId, PlanId, Result, Store};
use crate::plan::Status;
use std::fmt::Write as _;

/// Where a card sits on the board, without what it shows: all a board keeps of every
/// card of a large plan (24 bytes, against a few hundred for a whole card).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardSlot {
    pub id: ItemId,
    pub position: i64,
    pub number: u32,
    pub status: Status,
}

impl CardSlot {
    pub fn of(card: &Card) -> CardSlot {
        CardSlot {
            id: card.id,
            position: card.position,
            number: card.number,
            status: card.status,
        }
    }
}

/// Which cards `Store::for_each_card` reads: a condition every card a quick filter
/// keeps meets, so that the filter judges a few cards rather than every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardScope<'a> {
    All,
    /// Not done.
    Open,
    /// Not done, due before this ISO date.
    OpenDueBefore(&'a str),
    /// Not done, due on or between these ISO dates.
    OpenDueWithin(&'a str, &'a str),
    Status(Status),
    UrgesOpen,
    AwaitingConfirmation,
    /// From this source (its stored key).
    Source(&'a str),
}

impl<'a> CardScope<'a> {
    /// The condition on `i` (the items) and its parameters ?2 and ?3.
    fn condition(self) -> (&'static str, [&'a str; 2]) {
        match self {
            CardScope::All => ("?2 = ?3", ["", ""]),
            CardScope::Open => ("i.status <> 'done' AND ?2 = ?3", ["", ""]),
            CardScope::OpenDueBefore(d) => {
                ("i.status <> 'done' AND i.due < ?2 AND ?3 = ''", [d, ""])
            }
            CardScope::OpenDueWithin(a, b) => {
                ("i.status <> 'done' AND i.due >= ?2 AND i.due <= ?3", [a, b])
            }
            CardScope::Status(s) => ("i.status = ?2 AND ?3 = ''", [s.key(), ""]),
            CardScope::UrgesOpen => ("i.urges_open > 0 AND ?2 = ?3", ["", ""]),
            CardScope::AwaitingConfirmation => ("i.awaiting_confirmation AND ?2 = ?3", ["", ""]),
            CardScope::Source(s) => ("i.source = ?2 AND ?3 = ''", [s, ""]),
        }
    }
}

/// The cards whose ids are in the JSON list ?2, of plan ?1. CROSS JOIN keeps the list
/// the outer loop: the planner would otherwise walk every item of the plan and read
/// the list again for each (seconds at a million items).
fn cards_by_id_sql() -> String {
    format!(
        "SELECT {CARD_COLUMNS} FROM json_each(?2) j CROSS JOIN items i ON i.id = j.value
         LEFT JOIN sections s ON s.id = i.section_id
         WHERE i.plan_id = ?1 AND i.retired = 0"
    )
}

/// Every card's place in plan ?1, from the narrow index `items_places`.
const SLOTS_SQL: &str = "SELECT id, number, status, position FROM items
     WHERE plan_id = ?1 AND retired = 0 ORDER BY status, position, number";

/// Cards judged per batch when every card of a plan is streamed.
const STREAM_BATCH: usize = 1024;

impl Store {
    /// Every card's place on the board, in board order (column by column).
    pub fn card_slots(&self, plan: PlanId) -> Result<Vec<CardSlot>> {
        // Read from the covering index alone, in (status, position, number) order;
        // status keys sort alphabetically, so only the columns need putting in order.
        let mut st = self.conn.prepare_cached(SLOTS_SQL)?;
        let mut columns: [Vec<CardSlot>; 4] = Default::default();
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            let text = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
            let status = super::read::status_of(text)?;
            columns[status.index()].push(CardSlot {
                id: r.get(0)?,
                number: r.get(1)?,
                status,
                position: r.get(3)?,
            });
        }
        let mut slots = Vec::with_capacity(columns.iter().map(Vec::len).sum());
        for column in columns {
            slots.extend(column);
        }
        Ok(slots)
    }

    /// The cards of `plan` with the given ids, as `cards` would return them; ids of
    /// other plans, retired or unknown items are left out. In no particular order.
    pub fn cards_by_id(&self, plan: PlanId, ids: &[ItemId]) -> Result<Vec<Card>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut list = String::with_capacity(ids.len() * 8 + 2);
        list.push('[');
        for (k, id) in ids.iter().enumerate() {
            if k > 0 {
                list.push(',');
            }
            let _ = write!(list, "{id}");
        }
        list.push(']');
        let mut st = self.conn.prepare_cached(&cards_by_id_sql())?;
        let mut cards = st
            .query_map(crate::store::engine::params![plan, list], card_row)?
            .collect::<crate::store::engine::Result<Vec<Card>>>()?;
        self.set_lights(&mut cards);
        self.judge_cards(plan, &mut cards)?;
        Ok(cards)
    }

    /// Every card of `plan`, in board-column order, handed to `f` one at a time and
    /// judged for today in batches: what a quick filter asks of every card without
    /// the board holding them.
    pub fn for_each_card(
        &self,
        plan: PlanId,
        scope: CardScope<'_>,
        mut f: impl FnMut(&Card),
    ) -> Result<()> {
        let (condition, [a, b]) = scope.condition();
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM items i LEFT JOIN sections s ON s.id = i.section_id
             WHERE i.plan_id = ?1 AND i.retired = 0 AND {condition}"
        ))?;
        let mut batch = Vec::with_capacity(STREAM_BATCH);
        let mut flush = |batch: &mut Vec<Card>| -> Result<()> {
            self.set_lights(batch);
            self.judge_cards(plan, batch)?;
            batch.iter().for_each(&mut f);
            batch.clear();
            Ok(())
        };
        for card in st.query_map(crate::store::engine::params![plan, a, b], card_row)? {
            batch.push(card?);
            if batch.len() == STREAM_BATCH {
                flush(&mut batch)?;
            }
        }
        flush(&mut batch)
    }

    /// Whether any item of `plan` waits for a supervisor's 销号.
    pub fn any_awaiting_confirmation(&self, plan: PlanId) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM items
             WHERE plan_id = ?1 AND retired = 0 AND awaiting_confirmation)",
            [plan],
            |r| r.get(0),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::query_plan;

    fn seeded() -> (Store, PlanId) {
        let mut store = crate::store::test_support::memory("tester");
        let seed = include_bytes!("../../seeds/000_1c263084d9f29a16.txt");
        store
            .import(&crate::plan::parse_bytes(seed).unwrap().plan)
            .unwrap();
        let plan = store.plan(None).unwrap().id;
        (store, plan)
    }

    #[test]
    fn a_page_of_cards_is_read_by_id_without_walking_the_items() {
        if crate::store::test_support::pg::chosen() {
            return; // SQLite's query plan
        }
        let (store, plan) = seeded();
        let steps = query_plan(
            &store,
            &cards_by_id_sql(),
            crate::store::engine::params![plan, "[1,2]"],
        );
        assert!(steps[0].starts_with("SCAN j"), "the list drives: {steps:?}");
        assert!(
            !steps
                .iter()
                .any(|s| s.starts_with("SCAN i") || s.contains("items_cards")),
            "no walk over the items: {steps:?}"
        );
    }

    #[test]
    fn places_and_column_counts_come_from_the_narrow_index() {
        if crate::store::test_support::pg::chosen() {
            return; // SQLite's query plan
        }
        let (store, plan) = seeded();
        for sql in [
            SLOTS_SQL,
            "SELECT count(*) FROM items WHERE plan_id = ?1 AND retired = 0 AND status = 'todo'",
        ] {
            let steps = query_plan(&store, sql, [plan]);
            assert!(
                steps
                    .iter()
                    .any(|s| s.contains("COVERING INDEX items_places")),
                "{sql}: {steps:?}"
            );
        }
    }

    #[test]
    fn slots_and_pages_agree_with_the_whole_board() {
        let (mut store, plan) = seeded();
        let id = store.item_id(plan, 3).unwrap();
        store.move_item(id, Status::Blocked, None).unwrap();
        store.add_note(id, "批注").unwrap();
        let cards = store.cards(plan).unwrap();
        let slots = store.card_slots(plan).unwrap();
        assert_eq!(slots, cards.iter().map(CardSlot::of).collect::<Vec<_>>());
        let ids: Vec<ItemId> = cards.iter().map(|c| c.id).rev().step_by(3).collect();
        let mut page = store.cards_by_id(plan, &ids).unwrap();
        page.sort_by_key(|c| std::cmp::Reverse(c.id));
        let want: Vec<Card> = cards.iter().rev().step_by(3).cloned().collect();
        let mut want = want;
        want.sort_by_key(|c| std::cmp::Reverse(c.id));
        assert_eq!(page, want);
        assert!(store.cards_by_id(plan, &[-5]).unwrap().is_empty());
        let mut streamed = Vec::new();
        store
            .for_each_card(plan, CardScope::All, |c| streamed.push(c.clone()))
            .unwrap();
        streamed.sort_by_key(|c| (c.status, c.position, c.number));
        assert_eq!(streamed, cards);
        assert!(!store.any_awaiting_confirmation(plan).unwrap());
        let mut blocked = Vec::new();
        let scope = CardScope::Status(Status::Blocked);
        store
            .for_each_card(plan, scope, |c| blocked.push(c.id))
            .unwrap();
        assert_eq!(blocked, vec![id]);
    }
}
