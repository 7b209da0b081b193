//! Import of a parsed plan: new plans are inserted, known ones updated in place.

mod feed;
mod rows;

use feed::Run;
pub use feed::{Fed, Feed, Take};
use rows::NewRows;

use super::{HandKept, ImportReport, ItemId, NewEvent, PlanId, Result, Store, record_event};
use crate::plan::adhoc::ItemField;
use crate::plan::{Item, Plan, Role, indicators as indicator_text, offices};
use crate::store::engine::{OptionalExtension, Tx, params};
use rusqlite::types::{ToSqlOutput, Value};
use std::collections::HashMap;

/// Imports of at least this many items write around the write-ahead log when they
/// can (see `Store::enter_bulk`).
const BULK_ITEMS: usize = 2_000;

/// What the store holds of an item's document text, to tell whether it changed.
#[derive(PartialEq)]
struct StoredText {
    section: Option<i64>,
    title: String,
    target: String,
    deadline: Option<String>,
    measures: Vec<String>,
    offices: Vec<(i64, String)>,
    persons: Vec<String>,
}

impl Store {
    /// Imports `plan`, or updates the plan with the same key: texts are refreshed,
    /// statuses, positions, notes, ticks and history are kept.
    pub fn import(&mut self, plan: &Plan) -> Result<ImportReport> {
        self.import_with(plan, ImportOptions::default())
    }

    /// What importing `plan` would do, with nothing written: the report of an
    /// import rolled back (`duban import --dry-run` on an existing database).
    pub fn import_preview(&mut self, plan: &Plan, prefer_document: bool) -> Result<ImportReport> {
        self.import_with(
            plan,
            ImportOptions {
                prefer_document,
                dry: true,
                ..ImportOptions::default()
            },
        )
    }

    /// `import`, taking the document's text even over fields corrected by hand
    /// when `prefer_document` (`duban import --prefer-document`).
    pub fn import_with(&mut self, plan: &Plan, opts: ImportOptions) -> Result<ImportReport> {
        let plan = &*super::clean::plan(plan);
        let bulk = plan.items.len() >= BULK_ITEMS;
        let mut feed = |take: &mut Take<'_>| {
            take(&plan.sections, &plan.items)?;
            Ok(Fed::Done {
                warnings: opts.warnings,
            })
        };
        let report = self.import_fed(plan, bulk, opts, &mut feed)?;
        Ok(report.unwrap_or_default())
    }

    /// Imports a plan fed window by window (see [`Feed`]): `head` gives the plan's
    /// own fields (its sections and items come through `feed`), `large` says the
    /// plan has at least `BULK_ITEMS` items (the feed abandons the import
    /// otherwise). All of it is one transaction: `None` when the feed abandoned it,
    /// rolled back.
    pub fn import_streamed(
        &mut self,
        head: &Plan,
        opts: ImportOptions,
        feed: &mut Feed<'_>,
    ) -> Result<Option<ImportReport>> {
        let head = &*super::clean::plan(head);
        // Each window cleaned as the whole plan is (see `clean::plan`).
        let mut cleaned = |take: &mut Take<'_>| {
            feed(&mut |sections, items| {
                let sections = super::clean::sections(sections);
                let items = super::clean::items(items);
                take(&sections, &items)
            })
        };
        self.import_fed(head, true, opts, &mut cleaned)
    }

    fn import_fed(
        &mut self,
        head: &Plan,
        large: bool,
        opts: ImportOptions,
        feed: &mut Feed<'_>,
    ) -> Result<Option<ImportReport>> {
        // The import writes only rows it has just looked up or created; checking
        // every reference of ~10 rows per item would cost a large plan seconds.
        // (The pragma is a no-op inside a transaction, so it is set around one.)
        if let Some(conn) = self.conn.sqlite() {
            conn.pragma_update(None, "foreign_keys", false)?;
        }
        let bulk = !opts.dry && large && self.enter_bulk();
        self.in_bulk = bulk;
        if bulk {
            // Leaving the log deleted the -wal file: this store did it.
            self.files_changed_by_us();
        }
        // A fed plan said to be large must be (the write around the log is
        // decided before its items are seen).
        let least = if large { BULK_ITEMS } else { 0 };
        let result = self.import_checked(head, bulk, opts, least, feed);
        let left = if bulk { self.leave_bulk() } else { Ok(()) };
        self.in_bulk = false;
        if bulk {
            // Leaving and entering the log made a new -wal file.
            self.files_changed_by_us();
        }
        if let Some(conn) = self.conn.sqlite() {
            conn.pragma_update(None, "foreign_keys", true)?;
        }
        let mut report = result?;
        left?;
        if let Some(report) = report.as_mut() {
            report.direct = bulk;
        }
        Ok(report)
    }

    /// Leaves the write-ahead log for a large import when no one else has the
    /// database open (leaving it needs that, and is refused at once otherwise):
    /// through the log, every page would be written twice, once to the log and
    /// once by the checkpoint. A crash mid-import still rolls back, by the
    /// rollback journal, which for new pages holds next to nothing.
    fn enter_bulk(&mut self) -> bool {
        if self.read_only || self.conn.path().is_none_or(str::is_empty) {
            return false;
        }
        let Some(conn) = self.conn.sqlite_mut() else {
            return false;
        };
        if conn.busy_timeout(std::time::Duration::ZERO).is_err() {
            return false;
        }
        let mode: rusqlite::Result<String> =
            conn.pragma_update_and_check(None, "journal_mode", "delete", |r| r.get(0));
        let restored = self.busy.apply(conn);
        restored.is_ok() && mode.is_ok_and(|m| m.eq_ignore_ascii_case("delete"))
    }

    /// Back to the write-ahead log, waiting for any reader that came meanwhile.
    fn leave_bulk(&mut self) -> Result<()> {
        let Some(conn) = self.conn.sqlite() else {
            return Ok(());
        };
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
        Ok(())
    }

    fn import_checked(
        &mut self,
        plan: &Plan,
        bulk: bool,
        opts: ImportOptions,
        least: usize,
        feed: &mut Feed<'_>,
    ) -> Result<Option<ImportReport>> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        // A re-import can change an item's lead office: under the rules it is the
        // supervisors' (or anyone could make themselves an item's lead). A preview
        // writes nothing, so anyone may look.
        if !opts.dry {
            super::rules::check(&tx, &actor, super::rules::Act::Import, None)?;
        }
        // An index built once, by sorting, costs less than one grown row by row in
        // office order, which lands every link on another page.
        if bulk {
            tx.execute_batch("DROP INDEX item_offices_by_office")?;
        }
        let mut report = ImportReport::default();
        let issuers = serde_json::to_string(&plan.issuers).unwrap_or_else(|_| "[]".into());
        let existing: Option<PlanId> = tx
            .query_row("SELECT id FROM plans WHERE key = ?1", [plan.key()], |r| {
                r.get(0)
            })
            .optional()?;
        let plan_id = match existing {
            Some(id) => {
                tx.execute(
                    "UPDATE plans SET title = ?2, doc_number = ?3, date = ?4, issuers = ?5,
                     general_requirements = ?6, updated_at = ?7 WHERE id = ?1",
                    params![
                        id,
                        plan.title,
                        plan.doc_number,
                        plan.date,
                        issuers,
                        plan.general_requirements,
                        now
                    ],
                )?;
                id
            }
            None => {
                report.new_plan = true;
                tx.query_row(
                    "INSERT INTO plans (key, title, doc_number, date, issuers,
                     general_requirements, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id",
                    params![
                        plan.key(),
                        plan.title,
                        plan.doc_number,
                        plan.date,
                        issuers,
                        plan.general_requirements,
                        now
                    ],
                    |r| r.get(0),
                )?
            }
        };
        report.plan_id = plan_id;
        let next_position: i64 = tx.query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM items WHERE plan_id = ?1 AND status = 'todo'",
            [plan_id],
            |r| r.get(0),
        )?;
        // Deadlines default to the end of the plan's year: read once, for every window.
        let year = super::numbers::plan_year(plan.date.as_deref(), &plan.title);
        let mut office_ids = HashMap::new();
        let mut run = Run {
            tx: &tx,
            plan_id,
            section_ids: HashMap::new(),
            next_position,
            numbers: Vec::new(),
            noted: Vec::new(),
            count: 0,
            report,
        };
        let fed = feed(&mut |sections, items| {
            run.sections(sections)?;
            upsert_offices(&tx, items, &mut office_ids, &mut run.report)?;
            let ctx = ImportCtx {
                tx: &tx,
                plan_id,
                actor: &actor,
                now: &now,
                office_ids: &office_ids,
                year,
                prefer_document: opts.prefer_document,
            };
            run.items(&ctx, items)
        })?;
        let warnings = match fed {
            Fed::Done { warnings } if run.count >= least => warnings,
            // Dropped: rolled back.
            _ => return Ok(None),
        };
        let Run {
            numbers,
            noted,
            mut report,
            ..
        } = run;
        link_aliases(&tx)?;
        tx.execute(
            "UPDATE plans SET import_warnings = ?2 WHERE id = ?1",
            params![plan_id, u32::try_from(warnings).unwrap_or(u32::MAX)],
        )?;
        let ctx = ImportCtx {
            tx: &tx,
            plan_id,
            actor: &actor,
            now: &now,
            office_ids: &office_ids,
            year,
            prefer_document: opts.prefer_document,
        };
        for item in &noted {
            ctx.add_document_notes(item)?;
        }
        if bulk {
            tx.execute_batch(super::schema::ITEM_OFFICES_BY_OFFICE)?;
        }
        let total: u32 = tx.query_row(
            "SELECT count(*) FROM items WHERE plan_id = ?1",
            [plan_id],
            |r| r.get(0),
        )?;
        report.items_kept =
            total - report.items_added - report.items_updated - report.items_unchanged;
        if !report.new_plan {
            let numbers: std::collections::HashSet<u32> = numbers.into_iter().collect();
            let mut st = tx.prepare(
                "SELECT number FROM items WHERE plan_id = ?1 AND NOT retired ORDER BY number",
            )?;
            let stored = st.query_map([plan_id], |r| r.get::<_, u32>(0))?;
            for n in stored {
                let n = n?;
                if !numbers.contains(&n) {
                    report.not_in_document.push(n);
                }
            }
        }
        // Counts, not words: the history says them in the reader's language
        // (older rows hold an English sentence, shown as stored).
        let summary = serde_json::json!({
            "added": report.items_added,
            "updated": report.items_updated,
            "unchanged": report.items_unchanged,
            "kept": report.items_kept,
        })
        .to_string();
        record_event(
            &tx,
            &actor,
            &now,
            &NewEvent {
                plan: plan_id,
                item: None,
                kind: "import",
                before: None,
                after: Some(&summary),
                ref_id: None,
                undoes: None,
            },
        )?;
        if opts.dry {
            // Dropped: rolled back.
            return Ok(Some(report));
        }
        tx.commit()?;
        // A large import leaves a large log; fold it into the database now so the
        // next open does not have to read it (a small one SQLite folds in by itself).
        // Busy readers may defer this: fine.
        if !bulk && report.items_added + report.items_updated > 1000 {
            let _ = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        Ok(Some(report))
    }
}

/// True when a new title shares under a third of its characters with the old one:
/// likely another work item that took over the number, not an edit.
fn unrelated_titles(before: &str, after: &str) -> bool {
    let after: Vec<char> = after.chars().collect();
    if after.is_empty() || before == after.iter().collect::<String>() {
        return false;
    }
    let shared = after.iter().filter(|c| before.contains(**c)).count();
    shared * 3 < after.len()
}

/// Makes sure every office of `items` is in the store, its id in `ids`.
fn upsert_offices(
    tx: &Tx<'_>,
    items: &[Item],
    ids: &mut HashMap<String, i64>,
    report: &mut ImportReport,
) -> Result<()> {
    for office in items.iter().flat_map(|i| &i.offices) {
        if ids.contains_key(&office.name) {
            continue;
        }
        let inserted = tx
            .prepare_cached(
                "INSERT INTO offices (name, is_group) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING",
            )?
            .execute(params![office.name, office.group])?;
        report.offices_added += inserted as u32;
        let id: i64 = tx
            .prepare_cached("SELECT id FROM offices WHERE name = ?1")?
            .query_row([&office.name], |r| r.get(0))?;
        ids.insert(office.name.clone(), id);
    }
    Ok(())
}

/// Makes sure every known alias is in the store, once every office of the plan is.
fn link_aliases(tx: &Tx<'_>) -> Result<()> {
    let mut st = tx.prepare_cached(
        // Not where an office goes by that name itself (a document that wrote
        // only the long form keeps it as its own office).
        "INSERT INTO office_aliases (alias, office_id)
         SELECT ?1, id FROM offices WHERE name = ?2
             AND NOT EXISTS (SELECT 1 FROM offices WHERE name = ?1)
         ON CONFLICT (alias) DO NOTHING",
    )?;
    for (alias, canonical) in offices::aliases() {
        st.execute(params![alias, canonical])?;
    }
    Ok(())
}

/// A value that may be NULL.
fn nullable<'v, T: Into<ToSqlOutput<'v>>>(value: Option<T>) -> ToSqlOutput<'v> {
    value.map_or(ToSqlOutput::Owned(Value::Null), Into::into)
}

/// How an import treats what people changed by hand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Take the document's text even over fields corrected by hand.
    pub prefer_document: bool,
    /// Write nothing: report what the import would do.
    pub dry: bool,
    /// How many warnings reading the document met: kept with the plan (`duban
    /// plans`, the plan switcher), replaced by each re-import.
    pub warnings: usize,
}

struct ImportCtx<'a> {
    tx: &'a Tx<'a>,
    plan_id: PlanId,
    actor: &'a str,
    now: &'a str,
    office_ids: &'a HashMap<String, i64>,
    /// Deadlines default to the end of this year.
    year: i16,
    prefer_document: bool,
}

impl<'a> ImportCtx<'a> {
    fn insert_item(
        &self,
        rows: &mut NewRows<'_, 'a>,
        item: &'a Item,
        section: Option<i64>,
        position: i64,
    ) -> Result<()> {
        let id = rows.take_id()?;
        let indicators = indicator_text::extract(&item.target);
        let lead = item.offices.iter().find(|o| o.role == Role::Lead);
        rows.items.push([
            id.into(),
            self.plan_id.into(),
            nullable(section),
            item.number.into(),
            item.title.as_str().into(),
            item.target.as_str().into(),
            position.into(),
            nullable(item.deadline.as_deref()),
            super::numbers::initial_due(item, self.year).into(),
            self.now.into(),
            self.now.into(),
            nullable(lead.map(|o| o.name.as_str())),
            (item.measures.len() as i64).into(),
            (indicators.len() as i64).into(),
        ])?;
        for (k, text) in item.measures.iter().enumerate() {
            rows.measures
                .push([id.into(), (k as i64 + 1).into(), text.as_str().into()])?;
        }
        for (office_id, role, ordinal) in self.office_links(item) {
            rows.offices
                .push([id.into(), office_id.into(), role.into(), ordinal.into()])?;
        }
        super::numbers::insert_indicators(&mut rows.indicators, id, indicators)?;
        for (k, name) in item.persons.iter().enumerate() {
            rows.persons
                .push([id.into(), (k as i64 + 1).into(), name.as_str().into()])?;
        }
        // No `create` event: the plan's import event tells who created the item and
        // when (see `Store::history`), at a tenth of the rows.
        Ok(())
    }

    /// The item's offices in document order, as (office, role, ordinal). An office
    /// named twice (or under two aliases) is linked once, in its first place:
    /// checked here rather than by ON CONFLICT, which costs SQLite a lookup per row.
    fn office_links(&self, item: &Item) -> Vec<(i64, &'static str, i64)> {
        let mut links: Vec<(i64, &'static str, i64)> = Vec::with_capacity(item.offices.len());
        for (k, office) in item.offices.iter().enumerate() {
            let office_id = self.office_ids[&office.name];
            if links.iter().all(|(linked, _, _)| *linked != office_id) {
                links.push((office_id, office.role.key(), k as i64 + 1));
            }
        }
        links
    }

    /// Links the item's offices in document order, replacing the old links.
    fn relink_offices(&self, id: ItemId, item: &Item) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM item_offices WHERE item_id = ?1")?
            .execute([id])?;
        let mut st = self.tx.prepare_cached(
            "INSERT INTO item_offices (item_id, office_id, role, ordinal) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (office_id, role, ordinal) in self.office_links(item) {
            st.execute(params![id, office_id, role, ordinal])?;
        }
        Ok(())
    }

    fn stored_text(&self, id: ItemId) -> Result<StoredText> {
        let (section, title, target, deadline) = self.tx.query_row(
            "SELECT section_id, title, target, deadline FROM items WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let mut st = self
            .tx
            .prepare_cached("SELECT text FROM measures WHERE item_id = ?1 ORDER BY ordinal")?;
        let measures = st
            .query_map([id], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        let mut st = self.tx.prepare_cached(
            "SELECT office_id, role FROM item_offices WHERE item_id = ?1 ORDER BY ordinal",
        )?;
        let offices = st
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<crate::store::engine::Result<_>>()?;
        let mut st = self
            .tx
            .prepare_cached("SELECT name FROM item_persons WHERE item_id = ?1 ORDER BY ordinal")?;
        let persons = st
            .query_map([id], |r| r.get(0))?
            .collect::<crate::store::engine::Result<_>>()?;
        Ok(StoredText {
            section,
            title,
            target,
            deadline,
            measures,
            offices,
            persons,
        })
    }

    /// Refreshes an item's texts; status, position, notes and ticks stay.
    /// Returns whether anything changed.
    fn update_item(
        &self,
        id: ItemId,
        item: &Item,
        section: Option<i64>,
        kept: &mut Vec<HandKept>,
    ) -> Result<bool> {
        let old = self.stored_text(id)?;
        // Fields people corrected by hand stay as they made them, unless the
        // document is preferred; either way the differences are reported.
        let hand = super::items::hand_fields_in(self.tx, id)?;
        let mut item = std::borrow::Cow::Borrowed(item);
        let mut keep_offices = false;
        if !hand.is_empty() {
            let board = super::items::fields_in(self.tx, id)?;
            for field in hand {
                let document = document_value(&item, field);
                let Some(document) = document.filter(|d| *d != board.value(field)) else {
                    continue;
                };
                kept.push(HandKept {
                    number: item.number,
                    field,
                    document,
                    board: board.value(field),
                });
                if self.prefer_document {
                    self.tx.execute(
                        "DELETE FROM item_hand_fields WHERE item_id = ?1 AND field = ?2",
                        params![id, field.key()],
                    )?;
                    if field == ItemField::Deadline {
                        self.tx
                            .execute("UPDATE items SET due_set = 0 WHERE id = ?1", [id])?;
                    }
                    continue;
                }
                let it = item.to_mut();
                match field {
                    ItemField::Title => it.title = board.title.clone(),
                    ItemField::Target => it.target = board.target.clone(),
                    ItemField::Deadline => it.deadline = old.deadline.clone(),
                    ItemField::Measures => it.measures = board.measures.clone(),
                    ItemField::Lead | ItemField::Co => keep_offices = true,
                    _ => {}
                }
            }
        }
        let item = &*item;
        // Deadline and indicators follow the text, but alone are no change to report.
        // A document without 完成时限 keeps the stored one, and the due date with it.
        let mut effective = item.clone();
        effective.deadline = item.deadline.clone().or(old.deadline.clone());
        let derived = super::numbers::derive_item(self.tx, id, &effective, self.year, self.now)?;
        let new = StoredText {
            section,
            title: item.title.clone(),
            target: item.target.clone(),
            // A document without a deadline leaves one set on the board alone.
            deadline: item.deadline.clone().or(old.deadline.clone()),
            measures: item.measures.clone(),
            // Offices corrected by hand may be ones the document does not name.
            offices: if keep_offices {
                old.offices.clone()
            } else {
                item.offices
                    .iter()
                    .map(|o| (self.office_ids[&o.name], o.role.key().to_string()))
                    .collect()
            },
            persons: item.persons.clone(),
        };
        if old == new {
            if derived {
                self.tx
                    .prepare_cached(super::schema::CARD_COUNTS)?
                    .execute([id])?;
            }
            return Ok(false);
        }
        self.tx.execute(
            "UPDATE items SET section_id = ?2, title = ?3, target = ?4, deadline = ?5,
             version = version + 1, updated_at = ?6 WHERE id = ?1",
            params![id, section, new.title, new.target, new.deadline, self.now],
        )?;
        if old.measures != new.measures {
            replace_measures(self.tx, id, &old.measures, &new.measures)?;
        }
        if old.offices != new.offices {
            self.relink_offices(id, item)?;
        }
        if old.persons != new.persons {
            self.replace_persons(id, &new.persons)?;
        }
        self.tx
            .prepare_cached(super::schema::CARD_COUNTS)?
            .execute([id])?;
        record_event(
            self.tx,
            self.actor,
            self.now,
            &NewEvent {
                plan: self.plan_id,
                item: Some(id),
                kind: "update",
                before: Some(&old.title),
                after: Some(&new.title),
                ref_id: None,
                undoes: None,
            },
        )?;
        Ok(true)
    }

    /// Replaces the item's responsible leaders with the document's.
    /// The notes a ledger writes beside an item (进展情况, 备注), each added once:
    /// a re-import adds only a text the item does not hold yet.
    fn add_document_notes(&self, item: &Item) -> Result<()> {
        let id: ItemId = self
            .tx
            .prepare_cached("SELECT id FROM items WHERE plan_id = ?1 AND number = ?2")?
            .query_row(params![self.plan_id, item.number], |r| r.get(0))?;
        let mut added = false;
        for text in &item.notes {
            let held: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM notes WHERE item_id = ?1 AND text = ?2)",
                params![id, text],
                |r| r.get(0),
            )?;
            if held {
                continue;
            }
            let note = super::write::insert_note(self.tx, id, self.actor, self.now, text)?;
            record_event(
                self.tx,
                self.actor,
                self.now,
                &NewEvent {
                    plan: self.plan_id,
                    item: Some(id),
                    kind: "note_add",
                    before: None,
                    after: Some(text),
                    ref_id: Some(note),
                    undoes: None,
                },
            )?;
            added = true;
        }
        if added {
            self.tx
                .prepare_cached(super::schema::CARD_COUNTS)?
                .execute([id])?;
        }
        Ok(())
    }

    fn replace_persons(&self, id: ItemId, persons: &[String]) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM item_persons WHERE item_id = ?1")?
            .execute([id])?;
        let mut st = self.tx.prepare_cached(
            "INSERT INTO item_persons (item_id, ordinal, name) VALUES (?1, ?2, ?3)",
        )?;
        for (k, name) in persons.iter().enumerate() {
            st.execute(params![id, k as i64 + 1, name])?;
        }
        Ok(())
    }
}

/// Rewrites the measures, carrying each tick over to the same text, or else to
/// the same place when the text there was edited. A re-import and a hand edit of
/// the measures both come here.
pub(super) fn replace_measures(
    tx: &Tx<'_>,
    id: ItemId,
    old: &[String],
    new: &[String],
) -> Result<()> {
    let done: Vec<(String, bool)> = tx
        .prepare_cached("SELECT text, done FROM measures WHERE item_id = ?1 ORDER BY ordinal")?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<crate::store::engine::Result<_>>()?;
    let ticked = |k: usize, text: &String| {
        done.iter().any(|(t, d)| *d && t == text)
            || (!old.contains(text) && done.get(k).is_some_and(|(t, d)| *d && !new.contains(t)))
    };
    let flags: Vec<bool> = new.iter().enumerate().map(|(k, t)| ticked(k, t)).collect();
    tx.execute("DELETE FROM measures WHERE item_id = ?1", [id])?;
    let mut st = tx.prepare_cached(
        "INSERT INTO measures (item_id, ordinal, text, done) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (k, text) in new.iter().enumerate() {
        st.execute(params![id, k as i64 + 1, text, flags[k]])?;
    }
    Ok(())
}

/// What the document says for a field a person may have corrected, as
/// `ItemFields::value` writes it; `None` where the document is silent.
fn document_value(item: &Item, field: ItemField) -> Option<String> {
    let names = |role: Role| {
        item.offices
            .iter()
            .filter(|o| o.role == role)
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
    };
    Some(match field {
        ItemField::Title => item.title.clone(),
        ItemField::Target => item.target.clone(),
        ItemField::Lead => names(Role::Lead).first().copied().unwrap_or("").to_string(),
        ItemField::Co => {
            let mut co = names(Role::Co);
            co.extend(names(Role::Lead).into_iter().skip(1));
            co.join("、")
        }
        ItemField::Deadline => item.deadline.clone()?,
        ItemField::Measures => item.measures.join("\n"),
        _ => return None,
    })
}
