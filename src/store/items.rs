//! Items made, corrected, retired and restored by hand (issue 15), and the
//! standing plan of the year that ad-hoc items go into. The command line and the
//! board both write through these.

use super::rules::{self, Act};
use super::write::Writer;
use super::{ItemId, PlanId, Result, Store, StoreError};
use crate::plan::adhoc::{self, DueError, ItemField, Level, Source};
use crate::store::engine::{OptionalExtension, Tx, params};

/// An item to make by hand. Offices are names as the user typed them (canonical
/// names or known aliases); an unknown one is refused as `NoSuchOffice`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewItem {
    pub title: String,
    /// 目标任务 (may be empty).
    pub target: String,
    pub lead: String,
    pub co: Vec<String>,
    /// An ISO date (`2026-06-30`) or a deadline phrase (`6月底前`); see
    /// `adhoc::read_due`. Without one, the deadline is read from the texts, else
    /// the end of the plan's year, as for a plan's items.
    pub due: Option<String>,
    pub source: Option<Source>,
    /// The instruction's number, who gave it, the meeting (依据).
    pub source_ref: Option<String>,
    /// 办理要求.
    pub requirement: Option<String>,
    pub level: Option<Level>,
    pub measures: Vec<String>,
}

/// The item `add_item` made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemAdded {
    pub id: ItemId,
    pub plan: PlanId,
    /// Its number within the plan: one past the plan's largest.
    pub number: u32,
}

/// The fields to change in an item; `None` leaves a field as it is. An empty
/// `source_ref` or `requirement` clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemEdit {
    pub title: Option<String>,
    pub target: Option<String>,
    pub lead: Option<String>,
    pub co: Option<Vec<String>>,
    /// As `NewItem::due`.
    pub due: Option<String>,
    pub source: Option<Source>,
    pub source_ref: Option<String>,
    pub requirement: Option<String>,
    pub level: Option<Level>,
    pub measures: Option<Vec<String>>,
}

/// One field an edit changed, as its history event records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: ItemField,
    pub before: String,
    pub after: String,
}

/// An item's fields as an edit compares them, each as text: offices by name
/// (co-operating ones joined by `、`), measures one per line, source and level by
/// key (empty when unset).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemFields {
    pub title: String,
    pub target: String,
    pub lead: String,
    pub co: Vec<String>,
    /// The deadline as written, else the effective date.
    pub deadline: String,
    pub source: Option<Source>,
    pub source_ref: String,
    pub requirement: String,
    pub level: Option<Level>,
    pub measures: Vec<String>,
}

impl ItemFields {
    /// The field's value as the history records it.
    pub fn value(&self, field: ItemField) -> String {
        match field {
            ItemField::Title => self.title.clone(),
            ItemField::Target => self.target.clone(),
            ItemField::Lead => self.lead.clone(),
            ItemField::Co => self.co.join("、"),
            ItemField::Deadline => self.deadline.clone(),
            ItemField::Source => self.source.map(|s| s.key().to_string()).unwrap_or_default(),
            ItemField::Ref => self.source_ref.clone(),
            ItemField::Requirement => self.requirement.clone(),
            ItemField::Level => self.level.map(|l| l.key().to_string()).unwrap_or_default(),
            ItemField::Measures => self.measures.join("\n"),
        }
    }
}

impl StoreError {
    fn from_due(e: DueError) -> StoreError {
        StoreError::BadDue(e)
    }
}

impl Store {
    /// The standing plan of `year` (`2026年督办事项`), if it was made.
    pub fn standing_plan(&self, year: i16) -> Result<Option<PlanId>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM plans WHERE key = ?1",
                [adhoc::standing_plan_key(year)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Makes an item by hand, in `plan` or (with `None`) in the standing plan of
    /// the store's year, which is made on first use. Refused, with nothing
    /// written, for an empty title, an unknown office, a deadline that is not one
    /// or is before today, or an actor who may not (`Act::AddItem`).
    pub fn add_item(&mut self, plan: Option<PlanId>, new: &NewItem) -> Result<ItemAdded> {
        for text in [&new.title, &new.target, &new.lead] {
            super::check_length(super::Written::Item, text)?;
        }
        let title = super::clean::line(&new.title).trim().to_string();
        if title.is_empty() {
            return Err(StoreError::Empty(super::Written::Title));
        }
        let today = self.today();
        self.write(|w| {
            w.allow_on(Act::AddItem, None)?;
            let plan = match plan {
                Some(id) => {
                    let found: Option<PlanId> =
                        w.tx.query_row("SELECT id FROM plans WHERE id = ?1", [id], |r| r.get(0))
                            .optional()?;
                    found.ok_or(StoreError::NoSuchPlan(id))?
                }
                None => standing_plan_in(w, today.year())?,
            };
            let year = plan_year_in(w.tx, plan)?;
            let lead = office_in(w.tx, &new.lead)?;
            let co = co_offices_in(w.tx, &new.co, &lead)?;
            let target = super::clean::text(&new.target).trim().to_string();
            let measures = clean_lines(&new.measures);
            let (deadline, due, due_set) = match &new.due {
                Some(text) => {
                    let (text, date) =
                        adhoc::read_due(text, year, today).map_err(StoreError::from_due)?;
                    (Some(text), date.to_string(), true)
                }
                None => {
                    let item = crate::plan::Item {
                        number: 0,
                        section: None,
                        title: title.clone(),
                        target: target.clone(),
                        measures: measures.clone(),
                        offices: Vec::new(),
                        deadline: None,
                        persons: Vec::new(),
                        notes: Vec::new(),
                        line: 0,
                    };
                    (None, super::numbers::initial_due(&item, year), false)
                }
            };
            let number: u32 = w.tx.query_row(
                "SELECT coalesce(max(number), 0) + 1 FROM items WHERE plan_id = ?1",
                [plan],
                |r| r.get(0),
            )?;
            let position: i64 = w.tx.query_row(
                "SELECT coalesce(max(position), 0) + 1 FROM items
                 WHERE plan_id = ?1 AND status = 'todo'",
                [plan],
                |r| r.get(0),
            )?;
            let id: ItemId = w.tx.query_row(
                "INSERT INTO items (plan_id, number, title, target, position, deadline, due,
                    due_set, created_at, updated_at, source, source_ref, requirement, level,
                    by_hand)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, TRUE)
                 RETURNING id",
                params![
                    plan,
                    number,
                    title,
                    target,
                    position,
                    deadline,
                    due,
                    due_set,
                    w.now,
                    new.source.map(Source::key),
                    non_empty(new.source_ref.as_deref()),
                    non_empty(new.requirement.as_deref()),
                    new.level.map(Level::key),
                ],
                |r| r.get(0),
            )?;
            link_offices(w.tx, id, &lead, &co)?;
            write_measures(w.tx, id, &measures)?;
            // Made by hand: a document that later names the same number does not
            // overwrite it (a re-import reports the difference).
            let mut st = w
                .tx
                .prepare_cached("INSERT INTO item_hand_fields (item_id, field) VALUES (?1, ?2)")?;
            for field in ItemField::ALL.into_iter().filter(|f| f.from_document()) {
                st.execute(params![id, field.key()])?;
            }
            super::numbers::sync_indicators(w.tx, id, &target, w.now)?;
            w.tx.prepare_cached(super::schema::CARD_COUNTS)?
                .execute([id])?;
            w.record(plan, id, "create", None, Some(&title), None)?;
            Ok(ItemAdded { id, plan, number })
        })
    }

    /// The item's editable fields as they stand.
    pub fn item_fields(&self, id: ItemId) -> Result<ItemFields> {
        fields_in(&self.conn, id)
    }

    /// Applies `edit` to item `id` in one transaction: the rules first
    /// (`rules::edit_act` of the fields that change), then every check (empty
    /// title, unknown office, bad deadline), then one `edit_<field>` history event
    /// per field changed, old -> new. Document fields changed are marked so that
    /// a re-import keeps them. Returns the changes (none when nothing differs).
    pub fn edit_item(&mut self, id: ItemId, edit: &ItemEdit) -> Result<Vec<FieldChange>> {
        for text in [
            &edit.title,
            &edit.target,
            &edit.requirement,
            &edit.source_ref,
        ]
        .into_iter()
        .flatten()
        {
            super::check_length(super::Written::Item, text)?;
        }
        self.write(|w| edit_in(w, id, edit))
    }

    /// Takes an item off the board and out of the lists, with the reason
    /// (merged, cancelled, a duplicate). Nothing is deleted. Returns false when it
    /// was retired already.
    pub fn retire_item(&mut self, id: ItemId, reason: &str) -> Result<bool> {
        super::check_length(super::Written::Reason, reason)?;
        let reason = super::clean::text(reason).trim().to_string();
        if reason.is_empty() {
            return Err(StoreError::Empty(super::Written::Reason));
        }
        self.write(|w| {
            w.allow(Act::Retire, id)?;
            let item = w.item(id)?;
            let retired: bool =
                w.tx.query_row("SELECT retired FROM items WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            if retired {
                return Ok(false);
            }
            // Stamped first: on a server a retired item takes no change at all
            // (`guard_item`), its own stamp included.
            w.touch(id)?;
            w.tx.execute(
                "UPDATE items SET retired = 1, retired_reason = ?2 WHERE id = ?1",
                params![id, reason],
            )?;
            w.record(item.plan, id, "retire", None, Some(&reason), None)?;
            Ok(true)
        })
    }

    /// Puts a retired item back where it was. Returns false when it was not retired.
    pub fn restore_item(&mut self, id: ItemId) -> Result<bool> {
        self.write(|w| {
            w.allow(Act::Retire, id)?;
            let item = w.item(id)?;
            let reason: Option<Option<String>> =
                w.tx.query_row(
                    "SELECT retired_reason FROM items WHERE id = ?1 AND retired",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(reason) = reason else {
                return Ok(false);
            };
            w.tx.execute(
                "UPDATE items SET retired = 0, retired_reason = NULL WHERE id = ?1",
                [id],
            )?;
            w.touch(id)?;
            w.record(item.plan, id, "restore", reason.as_deref(), None, None)?;
            Ok(true)
        })
    }

    /// The fields of item `id` changed by hand, which a re-import keeps.
    pub fn hand_fields(&self, id: ItemId) -> Result<Vec<ItemField>> {
        hand_fields_in(&self.conn, id)
    }
}

fn edit_in(w: &Writer<'_>, id: ItemId, edit: &ItemEdit) -> Result<Vec<FieldChange>> {
    let item = w.item(id)?;
    let old = fields_in(w.tx, id)?;
    let mut new = old.clone();
    if let Some(t) = &edit.title {
        new.title = super::clean::line(t).trim().to_string();
    }
    if let Some(t) = &edit.target {
        new.target = super::clean::text(t).trim().to_string();
    }
    if let Some(t) = &edit.lead {
        new.lead = t.trim().to_string();
    }
    if let Some(co) = &edit.co {
        new.co = co.iter().map(|c| c.trim().to_string()).collect();
    }
    if let Some(t) = &edit.due {
        new.deadline = t.trim().to_string();
    }
    if let Some(s) = edit.source {
        new.source = Some(s);
    }
    if let Some(t) = &edit.source_ref {
        new.source_ref = super::clean::line(t).trim().to_string();
    }
    if let Some(t) = &edit.requirement {
        new.requirement = super::clean::text(t).trim().to_string();
    }
    if let Some(l) = edit.level {
        new.level = Some(l);
    }
    if let Some(m) = &edit.measures {
        new.measures = clean_lines(m);
    }
    // Offices are compared by canonical name: an alias typed is no change.
    if new.lead != old.lead {
        new.lead = office_in(w.tx, &new.lead)?;
    }
    if new.co != old.co || new.lead != old.lead {
        // The lead is never also a co-operator (an office moved to the lead leaves
        // the co-operators).
        new.co = co_offices_in(w.tx, &new.co, &new.lead)?;
    }
    let changed: Vec<ItemField> = ItemField::ALL
        .into_iter()
        .filter(|f| old.value(*f) != new.value(*f))
        .collect();
    if changed.is_empty() {
        return Ok(Vec::new());
    }
    w.allow(rules::edit_act(changed.iter().copied()), id)?;
    if new.title.is_empty() {
        return Err(StoreError::Empty(super::Written::Title));
    }
    let mut due = None;
    if changed.contains(&ItemField::Deadline) {
        let made: String =
            w.tx.query_row("SELECT created_at FROM items WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        let year = plan_year_in(w.tx, item.plan)?;
        let (text, date) = adhoc::read_due(&new.deadline, year, super::civil_today(&made))
            .map_err(StoreError::from_due)?;
        new.deadline = text;
        due = Some(date.to_string());
    }
    let mut changes = Vec::new();
    for field in changed {
        let (before, after) = (old.value(field), new.value(field));
        let update = |column: &str, value: Option<&str>| -> Result<()> {
            w.tx.execute(
                &format!("UPDATE items SET {column} = ?2 WHERE id = ?1"),
                params![id, value],
            )?;
            Ok(())
        };
        match field {
            ItemField::Title => update("title", Some(&new.title))?,
            ItemField::Target => {
                update("target", Some(&new.target))?;
                super::numbers::sync_indicators(w.tx, id, &new.target, w.now)?;
            }
            ItemField::Lead | ItemField::Co => {
                w.tx.execute("DELETE FROM item_offices WHERE item_id = ?1", [id])?;
                link_offices(w.tx, id, &new.lead, &new.co)?;
            }
            ItemField::Deadline => {
                w.tx.execute(
                    "UPDATE items SET deadline = ?2, due = ?3, due_set = 1 WHERE id = ?1",
                    params![id, new.deadline, due],
                )?;
            }
            ItemField::Source => update("source", new.source.map(Source::key))?,
            ItemField::Ref => update("source_ref", non_empty(Some(&new.source_ref)))?,
            ItemField::Requirement => update("requirement", non_empty(Some(&new.requirement)))?,
            ItemField::Level => update("level", new.level.map(Level::key))?,
            ItemField::Measures => {
                super::import::replace_measures(w.tx, id, &old.measures, &new.measures)?
            }
        }
        if field.from_document() {
            w.tx.execute(
                "INSERT OR IGNORE INTO item_hand_fields (item_id, field) VALUES (?1, ?2)",
                params![id, field.key()],
            )?;
        }
        changes.push(FieldChange {
            field,
            before,
            after,
        });
    }
    w.touch(id)?;
    // The history after the item's own change: a server accepts an event only
    // beside the write it records (`server::history`).
    for c in &changes {
        w.record(
            item.plan,
            id,
            c.field.event_kind(),
            Some(&c.before),
            Some(&c.after),
            None,
        )?;
    }
    Ok(changes)
}

/// The standing plan of `year`, made now when there is none.
fn standing_plan_in(w: &Writer<'_>, year: i16) -> Result<PlanId> {
    let key = adhoc::standing_plan_key(year);
    if let Some(id) =
        w.tx.query_row("SELECT id FROM plans WHERE key = ?1", [&key], |r| r.get(0))
            .optional()?
    {
        return Ok(id);
    }
    Ok(w.tx.query_row(
        "INSERT INTO plans (key, title, date, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4) RETURNING id",
        params![
            key,
            adhoc::standing_plan_title(year),
            format!("{year:04}-01-01"),
            w.now
        ],
        |r| r.get(0),
    )?)
}

fn plan_year_in(conn: &crate::store::engine::Conn, plan: PlanId) -> Result<i16> {
    let (date, title): (Option<String>, String) =
        conn.query_row("SELECT date, title FROM plans WHERE id = ?1", [plan], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    Ok(super::numbers::plan_year(date.as_deref(), &title))
}

/// The canonical name of an office typed by name or alias.
fn office_in(conn: &crate::store::engine::Conn, name: &str) -> Result<String> {
    super::read::office_name_in(conn, name)?
        .ok_or_else(|| StoreError::NoSuchOffice(name.trim().to_string()))
}

/// Co-operating offices by canonical name, each once, without the lead.
fn co_offices_in(
    conn: &crate::store::engine::Conn,
    names: &[String],
    lead: &str,
) -> Result<Vec<String>> {
    let mut co: Vec<String> = Vec::new();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        let office = office_in(conn, name)?;
        if office != lead && !co.contains(&office) {
            co.push(office);
        }
    }
    Ok(co)
}

fn link_offices(tx: &Tx<'_>, id: ItemId, lead: &str, co: &[String]) -> Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO item_offices (item_id, office_id, role, ordinal)
         SELECT ?1, id, ?3, ?4 FROM offices WHERE name = ?2",
    )?;
    st.execute(params![id, lead, "lead", 1])?;
    for (k, name) in co.iter().enumerate() {
        st.execute(params![id, name, "co", k as i64 + 2])?;
    }
    Ok(())
}

fn write_measures(tx: &Tx<'_>, id: ItemId, measures: &[String]) -> Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO measures (item_id, ordinal, text, done) VALUES (?1, ?2, ?3, FALSE)",
    )?;
    for (k, text) in measures.iter().enumerate() {
        st.execute(params![id, k as i64 + 1, text])?;
    }
    Ok(())
}

pub(super) fn fields_in(conn: &crate::store::engine::Conn, id: ItemId) -> Result<ItemFields> {
    let row = conn
        .query_row(
            "SELECT title, target, coalesce(deadline, due, ''), source, coalesce(source_ref, ''),
                coalesce(requirement, ''), level
             FROM items WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            },
        )
        .optional()?
        .ok_or(StoreError::NoSuchItemId(id))?;
    let (title, target, deadline, source, source_ref, requirement, level) = row;
    let mut lead = String::new();
    let mut co = Vec::new();
    let mut st = conn.prepare_cached(
        "SELECT o.name, io.role FROM item_offices io JOIN offices o ON o.id = io.office_id
         WHERE io.item_id = ?1 ORDER BY io.ordinal",
    )?;
    let rows = st.query_map([id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (name, role) = row?;
        if role == "lead" && lead.is_empty() {
            lead = name;
        } else {
            co.push(name);
        }
    }
    let measures = conn
        .prepare_cached("SELECT text FROM measures WHERE item_id = ?1 ORDER BY ordinal")?
        .query_map([id], |r| r.get(0))?
        .collect::<crate::store::engine::Result<_>>()?;
    Ok(ItemFields {
        title,
        target,
        lead,
        co,
        deadline,
        source: source.as_deref().and_then(Source::parse),
        source_ref,
        requirement,
        level: level.as_deref().and_then(Level::parse),
        measures,
    })
}

pub(super) fn hand_fields_in(
    conn: &crate::store::engine::Conn,
    id: ItemId,
) -> Result<Vec<ItemField>> {
    let keys: Vec<String> = conn
        .prepare_cached("SELECT field FROM item_hand_fields WHERE item_id = ?1")?
        .query_map([id], |r| r.get(0))?
        .collect::<crate::store::engine::Result<_>>()?;
    let mut fields: Vec<ItemField> = keys.iter().filter_map(|k| ItemField::from_key(k)).collect();
    fields.sort();
    Ok(fields)
}

fn clean_lines(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| super::clean::line(l).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn non_empty(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests;
