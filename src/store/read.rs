//! Reads: plans, cards, items, offices, history.

use super::{
    Card, EventRecord, ItemFilter, ItemId, ItemOffice, ItemRecord, MeasureRecord, NoteRecord,
    PlanId, PlanInfo, Result, SectionInfo, Store, StoreError,
};
use crate::plan::adhoc::{Level, Source};
use crate::plan::deadline::{self, Light};
use crate::plan::{Role, Status};
use crate::store::engine::{OptionalExtension, Row, params};
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

pub(super) fn status_of(text: &str) -> crate::store::engine::Result<Status> {
    Status::parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown status {text:?}").into(),
        )
        .into()
    })
}

pub(super) fn role_of(text: &str) -> crate::store::engine::Result<Role> {
    Role::from_key(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown role {text:?}").into(),
        )
        .into()
    })
}

/// The light for an item with a stored `due` date.
pub(super) fn light_of(
    due: Option<&str>,
    status: Status,
    today: jiff::civil::Date,
) -> Option<Light> {
    let due: jiff::civil::Date = due?.parse().ok()?;
    Some(deadline::light(due, status, today))
}

fn plan_row(r: &Row<'_>) -> crate::store::engine::Result<PlanInfo> {
    let issuers: String = r.get(4)?;
    Ok(PlanInfo {
        id: r.get(0)?,
        title: r.get(1)?,
        doc_number: r.get(2)?,
        date: r.get(3)?,
        issuers: serde_json::from_str(&issuers).unwrap_or_default(),
        general_requirements: r.get(5)?,
    })
}

/// What a card shows: the item's own columns, kept up to date by every write.
pub(super) const CARD_COLUMNS: &str = "i.id, i.number, s.number, i.title, i.status, i.position,
    i.lead_office, i.measures_done, i.measures_total, i.notes_count, i.deadline, i.version,
    i.updated_at, i.due, i.indicators_total, i.indicators_behind, i.report_period, i.urges_open,
    i.urge_reply_by, i.awaiting_confirmation";

/// How many columns `CARD_COLUMNS` names.
pub(super) const CARD_COLUMN_COUNT: usize = 20;

/// A card from a row of `CARD_COLUMNS`; its light is set by the caller, who knows today.
pub(super) fn card_row(r: &Row<'_>) -> crate::store::engine::Result<Card> {
    Ok(Card {
        id: r.get(0)?,
        number: r.get(1)?,
        section: r.get(2)?,
        title: r.get(3)?,
        // Borrowed, not copied: this runs once per card of a board of 100k.
        status: status_of(r.get_ref(4)?.as_str()?)?,
        position: r.get(5)?,
        lead_office: r.get(6)?,
        measures_done: r.get(7)?,
        measures_total: r.get(8)?,
        notes: r.get(9)?,
        deadline: r.get(10)?,
        version: r.get(11)?,
        updated_at: r.get(12)?,
        due: r.get(13)?,
        light: None,
        indicators_total: r.get(14)?,
        indicators_behind: r.get(15)?,
        supervision: super::CardFlags {
            report_period: r.get(16)?,
            urges_open: r.get(17)?,
            urge_reply_by: r.get(18)?,
            awaiting_confirmation: r.get(19)?,
            ..Default::default()
        },
    })
}

const PLAN_COLUMNS: &str = "id, title, doc_number, date, issuers, general_requirements";

pub(super) const ITEM_COLUMNS: &str =
    "i.id, i.number, s.number, s.title, i.title, i.target, i.status,
    i.position, i.deadline, i.version, i.created_at, i.updated_at, i.due, i.due_set, i.source,
    i.source_ref, i.requirement, i.level, i.by_hand, i.retired, i.retired_reason";

pub(super) fn item_row(r: &Row<'_>) -> crate::store::engine::Result<ItemRecord> {
    Ok(ItemRecord {
        id: r.get(0)?,
        number: r.get(1)?,
        section: r.get(2)?,
        section_title: r.get(3)?,
        title: r.get(4)?,
        target: r.get(5)?,
        status: status_of(&r.get::<_, String>(6)?)?,
        position: r.get(7)?,
        deadline: r.get(8)?,
        version: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        due: r.get(12)?,
        deadline_set: r.get(13)?,
        source: r
            .get::<_, Option<String>>(14)?
            .as_deref()
            .and_then(Source::parse),
        source_ref: r.get(15)?,
        requirement: r.get(16)?,
        level: r
            .get::<_, Option<String>>(17)?
            .as_deref()
            .and_then(Level::parse),
        by_hand: r.get(18)?,
        retired: r.get(19)?,
        retired_reason: r.get(20)?,
        light: None,
        indicators: Vec::new(),
        measures: Vec::new(),
        offices: Vec::new(),
        persons: Vec::new(),
        notes: Vec::new(),
    })
}

impl Store {
    /// True when no plan has been imported yet.
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM plans", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    pub fn plans(&self) -> Result<Vec<PlanInfo>> {
        let mut st = self
            .conn
            .prepare(&format!("SELECT {PLAN_COLUMNS} FROM plans ORDER BY id"))?;
        let rows = st.query_map([], plan_row)?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// The plan with `id`, or the most recently imported one (a standing plan of
    /// ad-hoc items only when there is no other).
    pub fn plan(&self, id: Option<PlanId>) -> Result<PlanInfo> {
        let found = match id {
            Some(id) => self
                .conn
                .query_row(
                    &format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = ?1"),
                    [id],
                    plan_row,
                )
                .optional()?,
            None => self
                .conn
                .query_row(
                    // The newest imported plan: a standing plan of ad-hoc items
                    // (issue 15) is opened by its id, not by default.
                    &format!(
                        "SELECT {PLAN_COLUMNS} FROM plans
                         ORDER BY key LIKE 'duban:%', id DESC LIMIT 1"
                    ),
                    [],
                    plan_row,
                )
                .optional()?,
        };
        found.ok_or(match id {
            Some(id) => StoreError::NoSuchPlan(id),
            None => StoreError::NoPlan,
        })
    }

    pub fn sections(&self, plan: PlanId) -> Result<Vec<SectionInfo>> {
        let mut st = self.conn.prepare(
            "SELECT number, numeral, title FROM sections WHERE plan_id = ?1 ORDER BY number",
        )?;
        let rows = st.query_map([plan], |r| {
            Ok(SectionInfo {
                number: r.get(0)?,
                numeral: r.get(1)?,
                title: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// Every card of the plan, ordered by status (board order) then position.
    pub fn cards(&self, plan: PlanId) -> Result<Vec<Card>> {
        // The covering index hands the rows over in (status, position, number) order;
        // status keys sort alphabetically, so only the columns need putting in board
        // order, one move per card rather than a sort of 100k cards.
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM items i LEFT JOIN sections s ON s.id = i.section_id
             WHERE i.plan_id = ?1 AND i.retired = 0 ORDER BY i.status, i.position, i.number"
        ))?;
        let mut columns: [Vec<Card>; 4] = Default::default();
        for card in st.query_map([plan], card_row)? {
            let card = card?;
            columns[card.status.index()].push(card);
        }
        let mut cards = Vec::with_capacity(columns.iter().map(Vec::len).sum());
        for column in columns {
            cards.extend(column);
        }
        self.set_lights(&mut cards);
        self.judge_cards(plan, &mut cards)?;
        Ok(cards)
    }

    /// The first `per_column` cards of each column, in board order: what a board's
    /// first screen shows, read from the head of the covering index.
    pub fn cards_head(&self, plan: PlanId, per_column: usize) -> Result<Vec<Card>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM items i LEFT JOIN sections s ON s.id = i.section_id
             WHERE i.plan_id = ?1 AND i.retired = 0 AND i.status = ?2
             ORDER BY i.position, i.number LIMIT ?3"
        ))?;
        let limit = i64::try_from(per_column).unwrap_or(i64::MAX);
        let mut cards = Vec::new();
        for status in Status::ALL {
            for card in st.query_map(params![plan, status.key(), limit], card_row)? {
                cards.push(card?);
            }
        }
        self.set_lights(&mut cards);
        self.judge_cards(plan, &mut cards)?;
        Ok(cards)
    }

    /// The plan's current reporting period, which cards' marks are judged against.
    pub fn period_now(&self, plan: PlanId) -> Result<super::PeriodNow> {
        Ok(self.period_in(super::cycle::cycle_of(&self.conn, plan)?))
    }

    /// The period of `cycle` today falls in.
    pub(super) fn period_in(&self, cycle: crate::plan::cycle::Cycle) -> super::PeriodNow {
        let today = self.today();
        super::PeriodNow {
            period: cycle.period_of(today).to_string(),
            past_due: cycle.past_due(today),
            today: today.to_string(),
        }
    }

    /// Sets each card's supervision marks (未报, overdue urges) for today.
    pub(super) fn judge_cards(&self, plan: PlanId, cards: &mut [Card]) -> Result<()> {
        let now = self.period_now(plan)?;
        for c in cards {
            c.supervision.judge(c.status, &now);
        }
        Ok(())
    }

    /// Sets each card's traffic light from its due date and today.
    pub(super) fn set_lights(&self, cards: &mut [Card]) {
        let today = self.today();
        // Most items share a handful of deadlines: parse each date once.
        let mut dues: HashMap<String, Option<jiff::civil::Date>> = HashMap::new();
        for c in cards {
            let due = match c.due.as_deref() {
                Some(text) => match dues.get(text) {
                    Some(date) => *date,
                    None => {
                        let date = text.parse().ok();
                        dues.insert(text.to_string(), date);
                        date
                    }
                },
                None => None,
            };
            c.light = due.map(|d| deadline::light(d, c.status, today));
        }
    }

    /// Whole items, in document order, kept by `filter`.
    pub fn items(&self, plan: PlanId, filter: &ItemFilter) -> Result<Vec<ItemRecord>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM items i LEFT JOIN sections s ON s.id = i.section_id
             WHERE i.plan_id = ?1 AND i.retired = ?2 ORDER BY i.number"
        ))?;
        let mut items: Vec<ItemRecord> = st
            .query_map(params![plan, filter.retired], item_row)?
            .collect::<crate::store::engine::Result<_>>()?;
        if let Some(status) = filter.status {
            items.retain(|i| i.status == status);
        }
        if let Some(office) = &filter.office {
            let keep = self.office_item_ids(office, filter.lead_only)?;
            items.retain(|i| keep.contains(&i.id));
        }
        self.fill_details("i.plan_id = ?1", plan, &mut items)?;
        let mut indicators = self.plan_indicators(plan)?;
        let today = self.today();
        for i in &mut items {
            i.indicators = indicators.remove(&i.id).unwrap_or_default();
            i.light = light_of(i.due.as_deref(), i.status, today);
        }
        Ok(items)
    }

    /// Loads measures, offices, persons and notes for `items`, which are the items `filter`
    /// (`i.plan_id = ?1` or `i.id = ?1`) keeps: one query each, in item order.
    fn fill_details(&self, filter: &str, key: i64, items: &mut [ItemRecord]) -> Result<()> {
        let index: HashMap<ItemId, usize> =
            items.iter().enumerate().map(|(k, i)| (i.id, k)).collect();
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT m.item_id, m.ordinal, m.text, m.done FROM measures m JOIN items i ON i.id = m.item_id
             WHERE {filter} ORDER BY i.number, m.ordinal",
        ))?;
        let mut rows = st.query([key])?;
        while let Some(r) = rows.next()? {
            if let Some(&k) = index.get(&r.get::<_, ItemId>(0)?) {
                items[k].measures.push(MeasureRecord {
                    id: r.get(1)?,
                    text: r.get(2)?,
                    done: r.get(3)?,
                });
            }
        }
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT io.item_id, o.name, io.role, o.is_group FROM item_offices io
             JOIN offices o ON o.id = io.office_id JOIN items i ON i.id = io.item_id
             WHERE {filter} ORDER BY i.number, io.ordinal",
        ))?;
        let mut rows = st.query([key])?;
        while let Some(r) = rows.next()? {
            if let Some(&k) = index.get(&r.get::<_, ItemId>(0)?) {
                items[k].offices.push(ItemOffice {
                    name: r.get(1)?,
                    role: role_of(&r.get::<_, String>(2)?)?,
                    group: r.get(3)?,
                });
            }
        }
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT p.item_id, p.name FROM item_persons p JOIN items i ON i.id = p.item_id
             WHERE {filter} ORDER BY i.number, p.ordinal",
        ))?;
        let mut rows = st.query([key])?;
        while let Some(r) = rows.next()? {
            if let Some(&k) = index.get(&r.get::<_, ItemId>(0)?) {
                items[k].persons.push(r.get(1)?);
            }
        }
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT n.item_id, n.id, n.author, n.created_at, n.edited_at, n.text FROM notes n
             JOIN items i ON i.id = n.item_id WHERE {filter} ORDER BY i.number, n.id",
        ))?;
        let mut rows = st.query([key])?;
        while let Some(r) = rows.next()? {
            if let Some(&k) = index.get(&r.get::<_, ItemId>(0)?) {
                items[k].notes.push(NoteRecord {
                    id: r.get(1)?,
                    author: r.get(2)?,
                    at: r.get(3)?,
                    edited_at: r.get(4)?,
                    text: r.get(5)?,
                });
            }
        }
        Ok(())
    }

    pub fn item(&self, id: ItemId) -> Result<ItemRecord> {
        let mut item = self
            .conn
            .query_row(
                &format!(
                    "SELECT {ITEM_COLUMNS} FROM items i LEFT JOIN sections s ON s.id = i.section_id
                     WHERE i.id = ?1"
                ),
                [id],
                item_row,
            )
            .optional()?
            .ok_or(StoreError::NoSuchItemId(id))?;
        self.fill_details("i.id = ?1", id, std::slice::from_mut(&mut item))?;
        item.indicators = self.indicators(id)?;
        item.light = light_of(item.due.as_deref(), item.status, self.today());
        Ok(item)
    }

    pub fn item_id(&self, plan: PlanId, number: u32) -> Result<ItemId> {
        self.conn
            .query_row(
                "SELECT id FROM items WHERE plan_id = ?1 AND number = ?2",
                params![plan, number],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchItem { number })
    }

    /// The item numbers of a plan, for error messages.
    pub fn item_numbers(&self, plan: PlanId) -> Result<Vec<u32>> {
        let mut st = self
            .conn
            .prepare("SELECT number FROM items WHERE plan_id = ?1 ORDER BY number")?;
        let rows = st.query_map([plan], |r| r.get(0))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// The ids of the items `office` (canonical name) leads or, unless `lead_only`,
    /// co-operates on, in every plan: each caller keeps its own plan's items, so
    /// the items are not joined and the office index answers alone (a lookup of
    /// each item for its plan took 18–38 ms for 612 items on a server at 100k,
    /// against 0.2 ms without).
    pub fn office_item_ids(&self, office: &str, lead_only: bool) -> Result<HashSet<ItemId>> {
        let mut st = self.conn.prepare_cached(
            "SELECT io.item_id FROM item_offices io JOIN offices o ON o.id = io.office_id
             WHERE o.name = ?1 AND (?2 = 0 OR io.role = 'lead')",
        )?;
        let rows = st.query_map(params![office, lead_only], |r| r.get(0))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// For search: each item's title, target, measures and notes as one text.
    pub fn search_texts(&self, plan: PlanId) -> Result<Vec<(ItemId, String)>> {
        let mut texts = Vec::new();
        self.each_search_text("i.plan_id = ?1", plan, &|_| true, |id, text| {
            texts.push((id, text));
            ControlFlow::Continue(())
        })?;
        Ok(texts)
    }

    /// Hands each item's search text, as `search_texts` gives it, to `f` in turn:
    /// building an index from a board of 100k items never holds all their texts.
    pub fn for_each_search_text(
        &self,
        plan: PlanId,
        mut f: impl FnMut(ItemId, String),
    ) -> Result<()> {
        self.each_search_text("i.plan_id = ?1", plan, &|_| true, |id, text| {
            f(id, text);
            ControlFlow::Continue(())
        })
    }

    /// Hands the search texts of the items of `plan` that `wanted` keeps to `f`, in
    /// item order, until `f` breaks: the others are passed over without being put
    /// together, so a search that checks a few items of a large plan reads it once.
    pub fn scan_search_texts(
        &self,
        plan: PlanId,
        wanted: &dyn Fn(ItemId) -> bool,
        f: impl FnMut(ItemId, String) -> ControlFlow<()>,
    ) -> Result<()> {
        self.each_search_text("i.plan_id = ?1", plan, wanted, f)
    }

    /// One item's search text, as `search_texts` gives it.
    pub fn search_text(&self, id: ItemId) -> Result<String> {
        let mut found = None;
        self.each_search_text("i.id = ?1", id, &|_| true, |_, text| {
            found = Some(text);
            ControlFlow::Continue(())
        })?;
        found.ok_or(StoreError::NoSuchItemId(id))
    }

    /// Title, target, measures (in order) and notes (oldest first), one per line, of
    /// the items `filter` keeps: three scans in item order (which needs no sorting),
    /// merged as they go, not a subquery per item.
    fn each_search_text(
        &self,
        filter: &str,
        key: i64,
        wanted: &dyn Fn(ItemId) -> bool,
        mut f: impl FnMut(ItemId, String) -> ControlFlow<()>,
    ) -> Result<()> {
        let mut items = self.conn.prepare_cached(&format!(
            "SELECT i.id, i.title, i.target FROM items i WHERE {filter} ORDER BY i.number"
        ))?;
        let mut measures = self.conn.prepare_cached(&format!(
            "SELECT m.item_id, m.text FROM measures m JOIN items i ON i.id = m.item_id
             WHERE {filter} ORDER BY i.number, m.ordinal"
        ))?;
        let mut notes = self.conn.prepare_cached(&format!(
            "SELECT n.item_id, n.text FROM notes n JOIN items i ON i.id = n.item_id
             WHERE {filter} ORDER BY i.number, n.id"
        ))?;
        let mut lines = [
            TextLines::new(measures.query([key])?)?,
            TextLines::new(notes.query([key])?)?,
        ];
        let mut rows = items.query([key])?;
        while let Some(r) = rows.next()? {
            let id: ItemId = r.get(0)?;
            if !wanted(id) {
                for l in &mut lines {
                    l.skip(id)?;
                }
                continue;
            }
            let title = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let target = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
            let mut text = String::with_capacity(title.len() + target.len() + 256);
            text.push_str(title);
            text.push('\n');
            text.push_str(target);
            for l in &mut lines {
                l.append_to(id, &mut text)?;
            }
            if f(id, text).is_break() {
                break;
            }
        }
        Ok(())
    }

    /// The item's history, oldest first.
    pub fn history(&self, id: ItemId) -> Result<Vec<EventRecord>> {
        self.history_limited(id, None)
    }

    /// The item's newest `limit` changes, oldest first: what a board reads, so that
    /// a million rows written into the file do not stall it (`history` has all).
    pub fn history_recent(&self, id: ItemId, limit: usize) -> Result<Vec<EventRecord>> {
        self.history_limited(id, Some(limit))
    }

    fn history_limited(&self, id: ItemId, limit: Option<usize>) -> Result<Vec<EventRecord>> {
        let record = |r: &crate::store::engine::Row<'_>| {
            Ok(EventRecord {
                id: r.get(0)?,
                item: r.get(1)?,
                actor: r.get(2)?,
                at: r.get(3)?,
                kind: r.get(4)?,
                before: r.get(5)?,
                after: r.get(6)?,
                measure: r.get(7)?,
                recorded_by: r.get(8)?,
                undoes: r.get(9)?,
                name: None,
            })
        };
        // Imports write no event per item they create (databases before schema 4
        // have one): the creation is the import event of the item's plan at the
        // item's creation time, under the title the item had then, which the first
        // update by a later import remembers as its `before`.
        let created: Option<EventRecord> = self
            .conn
            .prepare_cached(
                "SELECT imp.id, i.number, imp.actor, i.created_at,
                    'create', NULL, coalesce((SELECT u.before FROM events u
                        WHERE u.item_id = i.id AND u.kind = 'update' ORDER BY u.id LIMIT 1),
                        i.title), NULL, imp.recorded_by, NULL
                 FROM items i JOIN events imp ON imp.plan_id = i.plan_id
                    AND imp.kind = 'import' AND imp.at = i.created_at
                 WHERE i.id = ?1 AND NOT EXISTS
                    (SELECT 1 FROM events c WHERE c.item_id = i.id AND c.kind = 'create')
                 ORDER BY imp.id LIMIT 1",
            )?
            .query_row([id], record)
            .optional()?;
        let mut st = self.conn.prepare_cached(
            "SELECT * FROM (SELECT e.id, i.number, e.actor, e.at, e.kind, e.before, e.after,
                CASE WHEN e.kind = 'measure' THEN e.ref_id END, e.recorded_by, e.undoes
             FROM events e LEFT JOIN items i ON i.id = e.item_id
             WHERE e.item_id = ?1 ORDER BY e.id DESC LIMIT ?2) AS recent ORDER BY id",
        )?;
        // LIMIT -1 is no limit.
        let cap = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        let events: Vec<EventRecord> = st
            .query_map(params![id, cap], record)?
            .collect::<crate::store::engine::Result<_>>()?;
        // The creation heads the history only when nothing was cut.
        let whole = limit.is_none_or(|l| events.len() < l);
        let names = self.display_names()?;
        Ok(created
            .filter(|_| whole)
            .into_iter()
            .chain(events)
            .map(|mut e| {
                e.name = names.get(&e.actor).cloned();
                e
            })
            .collect())
    }

    /// The canonical name for `name` (itself or an alias), if the store knows it.
    pub fn resolve_office(&self, name: &str) -> Result<Option<String>> {
        let name = &*crate::text::strip_invisible(name.trim());
        office_name_in(&self.conn, name)
    }

    /// Every office name and alias, for suggestions.
    pub fn office_names(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare(
            "SELECT name FROM offices UNION SELECT alias FROM office_aliases ORDER BY 1",
        )?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }
}

/// One of the scans `each_search_text` merges: rows of (item id, text) in item
/// order, read one ahead.
struct TextLines<'s> {
    rows: crate::store::engine::Rows<'s>,
    /// The item of the row read ahead, `None` at the end.
    next: Option<ItemId>,
    /// Its text, in a buffer reused from row to row.
    line: String,
}

impl<'s> TextLines<'s> {
    fn new(rows: crate::store::engine::Rows<'s>) -> Result<Self> {
        let mut lines = TextLines {
            rows,
            next: None,
            line: String::new(),
        };
        lines.advance()?;
        Ok(lines)
    }

    fn advance(&mut self) -> Result<()> {
        self.next = None;
        if let Some(r) = self.rows.next()? {
            self.line.clear();
            self.line
                .push_str(r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?);
            self.next = Some(r.get(0)?);
        }
        Ok(())
    }

    /// Passes over the texts of item `id`.
    fn skip(&mut self, id: ItemId) -> Result<()> {
        while self.next == Some(id) {
            self.advance()?;
        }
        Ok(())
    }

    /// Appends the texts of item `id`, each on a line of its own.
    fn append_to(&mut self, id: ItemId, text: &mut String) -> Result<()> {
        while self.next == Some(id) {
            text.push('\n');
            text.push_str(&self.line);
            self.advance()?;
        }
        Ok(())
    }
}

/// The canonical name of the office called `name` (itself or an alias), read
/// through `conn` (the store's connection or a write's transaction).
pub(super) fn office_name_in(
    conn: &crate::store::engine::Conn,
    name: &str,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM offices WHERE name = ?1
             UNION ALL
             SELECT o.name FROM office_aliases a JOIN offices o ON o.id = a.office_id
             WHERE a.alias = ?1 LIMIT 1",
            [name.trim()],
            |r| r.get(0),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::seeded;

    #[test]
    fn a_board_reads_only_the_newest_changes_of_a_flooded_history() {
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        for k in 0..30 {
            store.add_note(one, &format!("第{k}条")).unwrap();
        }
        let all = store.history(one).unwrap();
        assert_eq!(all.len(), 31, "the creation and 30 notes");
        assert_eq!(all[0].kind, "create");
        let recent = store.history_recent(one, 10).unwrap();
        assert_eq!(recent.len(), 10);
        assert_eq!(recent, all[21..], "the newest ten, oldest first");
        assert_eq!(store.history_recent(one, 100).unwrap(), all);
    }
}
