//! Deadlines and indicators: derived from the texts on import, set by hand after.

use super::batch::Batch;
use super::rules::Act;
use super::{IndicatorRecord, ItemId, PlanId, Result, Store, StoreError};
use crate::plan::Item;
use crate::plan::deadline;
use crate::plan::indicators::{self, Direction};
use crate::store::engine::{OptionalExtension, Row, Tx, params};
use std::collections::HashMap;

pub(super) const INDICATOR_COLUMNS: &str =
    "item_id, ordinal, text, target, unit, direction, actual, updated_at";

pub(super) fn indicator_row(
    r: &Row<'_>,
) -> crate::store::engine::Result<(ItemId, IndicatorRecord)> {
    let direction: String = r.get(5)?;
    let direction = Direction::from_key(&direction).unwrap_or(Direction::Exactly);
    let target: f64 = r.get(3)?;
    let actual: Option<f64> = r.get(6)?;
    Ok((
        r.get(0)?,
        IndicatorRecord {
            ordinal: r.get(1)?,
            text: r.get(2)?,
            target,
            unit: r.get(4)?,
            direction,
            actual,
            met: actual.map(|a| direction.met(a, target)),
            updated_at: r.get(7)?,
        },
    ))
}

/// The year deadlines default to: the plan's, else this year.
pub(super) fn plan_year(date: Option<&str>, title: &str) -> i16 {
    deadline::plan_year(date, title).unwrap_or_else(|| jiff::Zoned::now().year())
}

/// Fills `due` (unless set by hand) and the indicators of one item from its texts.
/// Returns whether either changed.
pub(super) fn derive_item(
    tx: &Tx<'_>,
    id: ItemId,
    item: &Item,
    year: i16,
    now: &str,
) -> Result<bool> {
    let due = deadline::resolve(item, year).to_string();
    let moved = tx
        .prepare_cached(
            "UPDATE items SET due = ?2 WHERE id = ?1 AND NOT due_set AND due IS NOT ?2",
        )?
        .execute(params![id, due])?;
    Ok(sync_indicators(tx, id, &item.target, now)? || moved > 0)
}

/// The deadline a new item starts with, as stored.
pub(super) fn initial_due(item: &Item, year: i16) -> String {
    deadline::resolve(item, year).to_string()
}

pub(super) const INSERT_INDICATORS: &str =
    "INSERT OR FAIL INTO indicators (item_id, ordinal, text, target, unit, direction) VALUES";

/// Queues the indicators of a new item, which has none yet.
pub(super) fn insert_indicators(
    rows: &mut Batch<'_, '_, 6>,
    id: ItemId,
    new: Vec<indicators::Indicator>,
) -> crate::store::engine::Result<()> {
    for (k, n) in new.into_iter().enumerate() {
        rows.push([
            id.into(),
            (k as i64 + 1).into(),
            n.text.into(),
            n.target.into(),
            n.unit.into(),
            n.direction.key().into(),
        ])?;
    }
    Ok(())
}

/// Rewrites an item's indicators from its target, carrying recorded values over to
/// the same text, or else to the same place when the text there was edited.
pub(super) fn sync_indicators(tx: &Tx<'_>, id: ItemId, target: &str, now: &str) -> Result<bool> {
    let new = indicators::extract(target);
    let mut st = tx.prepare_cached(&format!(
        "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE item_id = ?1 ORDER BY ordinal"
    ))?;
    let old: Vec<IndicatorRecord> = st
        .query_map([id], indicator_row)?
        .map(|r| r.map(|(_, i)| i))
        .collect::<crate::store::engine::Result<_>>()?;
    let same = old.len() == new.len()
        && old.iter().zip(&new).all(|(o, n)| {
            o.text == n.text
                && o.target == n.target
                && o.unit == n.unit
                && o.direction == n.direction
        });
    if same {
        return Ok(false);
    }
    let carried = |k: usize, text: &str| {
        old.iter()
            .find(|o| o.text == text)
            .or_else(|| old.get(k).filter(|o| !new.iter().any(|n| n.text == o.text)))
            .and_then(|o| o.actual.map(|a| (a, o.updated_at.clone())))
    };
    let values: Vec<_> = new
        .iter()
        .enumerate()
        .map(|(k, n)| carried(k, &n.text))
        .collect();
    tx.prepare_cached("DELETE FROM indicators WHERE item_id = ?1")?
        .execute([id])?;
    let mut st = tx.prepare_cached(
        "INSERT INTO indicators (item_id, ordinal, text, target, unit, direction, actual, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (k, (n, value)) in new.iter().zip(values).enumerate() {
        let (actual, at) = match value {
            Some((a, at)) => (Some(a), at.or_else(|| Some(now.to_string()))),
            None => (None, None),
        };
        st.execute(params![
            id,
            k as i64 + 1,
            n.text,
            n.target,
            n.unit,
            n.direction.key(),
            actual,
            at
        ])?;
    }
    Ok(true)
}

/// Run once when a version-1 database is migrated: deadlines and indicators for
/// every item already there.
pub(super) fn derive_all(tx: &Tx<'_>, now: &str) -> Result<()> {
    let mut st = tx.prepare(
        "SELECT i.id, i.number, i.title, i.target, i.deadline, p.date, p.title
         FROM items i JOIN plans p ON p.id = i.plan_id",
    )?;
    let rows: Vec<(ItemId, Item, i16)> = st
        .query_map([], |r| {
            let date: Option<String> = r.get(5)?;
            let title: String = r.get(6)?;
            Ok((
                r.get(0)?,
                Item {
                    number: r.get(1)?,
                    section: None,
                    title: r.get(2)?,
                    target: r.get(3)?,
                    measures: Vec::new(),
                    offices: Vec::new(),
                    deadline: r.get(4)?,
                    persons: Vec::new(),
                    notes: Vec::new(),
                    line: 0,
                },
                plan_year(date.as_deref(), &title),
            ))
        })?
        .collect::<crate::store::engine::Result<_>>()?;
    let mut measures =
        tx.prepare("SELECT text FROM measures WHERE item_id = ?1 ORDER BY ordinal")?;
    for (id, mut item, year) in rows {
        item.measures = measures
            .query_map([id], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        derive_item(tx, id, &item, year, now)?;
    }
    Ok(())
}

impl Store {
    /// The indicators of one item, in order.
    pub fn indicators(&self, id: ItemId) -> Result<Vec<IndicatorRecord>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE item_id = ?1 ORDER BY ordinal"
        ))?;
        let rows = st.query_map([id], indicator_row)?;
        Ok(rows
            .map(|r| r.map(|(_, i)| i))
            .collect::<crate::store::engine::Result<_>>()?)
    }

    /// Every item's indicators in `plan`, by item.
    pub(super) fn plan_indicators(
        &self,
        plan: PlanId,
    ) -> Result<HashMap<ItemId, Vec<IndicatorRecord>>> {
        let mut st = self.conn.prepare_cached(
            "SELECT x.item_id, x.ordinal, x.text, x.target, x.unit, x.direction, x.actual,
                x.updated_at
             FROM indicators x JOIN items i ON i.id = x.item_id
             WHERE i.plan_id = ?1 ORDER BY x.item_id, x.ordinal",
        )?;
        let mut by_item: HashMap<ItemId, Vec<IndicatorRecord>> = HashMap::new();
        for row in st.query_map([plan], indicator_row)? {
            let (item, indicator) = row?;
            by_item.entry(item).or_default().push(indicator);
        }
        Ok(by_item)
    }

    /// Sets an item's deadline by hand; a re-import will not move it again.
    /// Returns false when it already was that date. The deadline is the
    /// supervisors' to correct (`Act::EditItem`), as in `edit_item`.
    pub fn set_due(&mut self, id: ItemId, due: jiff::civil::Date) -> Result<bool> {
        let due = due.to_string();
        self.write(|w| {
            w.allow(Act::EditItem, id)?;
            let item = w.item(id)?;
            let (before, set): (Option<String>, bool) =
                w.tx.query_row("SELECT due, due_set FROM items WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            if before.as_deref() == Some(due.as_str()) && set {
                return Ok(false);
            }
            w.tx.execute(
                "UPDATE items SET due = ?2, due_set = 1 WHERE id = ?1",
                params![id, due],
            )?;
            w.touch(id)?;
            // Whether the date before was set by hand, so an undo restores that too.
            w.record(
                item.plan,
                id,
                "deadline",
                before.as_deref(),
                Some(&due),
                Some(i64::from(set)),
            )?;
            Ok(true)
        })
    }

    /// Records the current value of an item's `ordinal`-th (1-based) indicator.
    pub fn set_indicator_actual(&mut self, id: ItemId, ordinal: u32, value: f64) -> Result<()> {
        self.write(|w| {
            w.allow(Act::Tick, id)?;
            let item = w.item(id)?;
            let found: Option<(Option<f64>, String, String)> = w
                .tx
                .query_row(
                    "SELECT actual, text, unit FROM indicators WHERE item_id = ?1 AND ordinal = ?2",
                    params![id, ordinal],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let (before, phrase, unit) = match found {
                Some((before, phrase, unit)) => (Some(before), phrase, unit),
                None => (None, String::new(), String::new()),
            };
            let Some(before) = before else {
                let count: u32 = w.tx.query_row(
                    "SELECT count(*) FROM indicators WHERE item_id = ?1",
                    [id],
                    |r| r.get(0),
                )?;
                return Err(StoreError::NoSuchIndicator {
                    number: item.number,
                    ordinal,
                    count,
                });
            };
            if before == Some(value) {
                return Ok(());
            }
            w.touched(w.tx.execute(
                "UPDATE indicators SET actual = ?3, updated_at = ?4 WHERE item_id = ?1 AND ordinal = ?2",
                params![id, ordinal, value, w.now],
            )?)?;
            w.touch(id)?;
            // The history names the indicator and its unit as the plan writes them,
            // `新增学位：12万个`; a unit in Latin letters keeps a space (`12 km`).
            let with_unit = |v: f64| {
                let spaced = unit.starts_with(|c: char| c.is_ascii_alphabetic());
                let gap = if spaced { " " } else { "" };
                format!("{}{gap}{unit}", quantity(v))
            };
            w.record(
                item.plan,
                id,
                "indicator",
                before.map(with_unit).as_deref(),
                Some(&format!(
                    "{}：{}",
                    crate::plan::indicators::name_of(&phrase),
                    with_unit(value)
                )),
                Some(i64::from(ordinal)),
            )
        })
    }
}

/// A recorded value as people write it: `12`, `85.5`.
fn quantity(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        v.to_string()
    }
}
