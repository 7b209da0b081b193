//! Items made and corrected by hand on the command line (issue 15): `add`,
//! `edit` (in `$EDITOR` or by options), `retire`, `restore-item`, `list --retired`.

use super::edit_form;
use super::item_messages as said;
use super::messages::{current, lang_of, store_text};
use super::{Cli, LangArg, UsageError, item_id, open_seeded, plan_id, resolve_office};
use crate::plan::adhoc::{Level, Source};
use crate::store::{FieldChange, ItemEdit, ItemRecord, NewItem, Store, StoreError};
use crate::text::sanitize;
use anyhow::Result;
use std::io::Write;

/// What `duban add` was given.
pub struct AddArgs<'a> {
    pub title: &'a str,
    pub lead: &'a str,
    pub co: &'a [String],
    pub due: Option<&'a str>,
    pub source: Option<Source>,
    pub source_ref: Option<&'a str>,
    pub requirement: Option<&'a str>,
    pub level: Option<Level>,
}

/// A store error the user's input caused, as a usage error (exit 2); the rest
/// as they are (a refusal exits 3).
fn input_error(e: StoreError) -> anyhow::Error {
    match e {
        StoreError::BadDue(_)
        | StoreError::Empty(_)
        | StoreError::NoSuchOffice(_)
        | StoreError::NoSuchPlan(_)
        | StoreError::TooLong { .. } => UsageError(store_text(&e, current())).into(),
        e => e.into(),
    }
}

fn resolve_all(store: &Store, names: &[String]) -> Result<Vec<String>> {
    names
        .iter()
        .filter(|n| !n.trim().is_empty())
        .map(|n| item_office(store, n))
        .collect()
}

/// An office named for an item, as `resolve_office` finds it; an unknown one is
/// refused saying where offices come from, since an item cannot bring a new one.
fn item_office(store: &Store, name: &str) -> Result<String> {
    resolve_office(store, name).map_err(|e| match e.downcast::<UsageError>() {
        Ok(UsageError(refused)) => {
            UsageError(said::offices_come_from_plans(&refused, current())).into()
        }
        Err(e) => e,
    })
}

pub fn add(cli: &Cli, args: &AddArgs<'_>, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    if args.title.trim().is_empty() {
        return Err(UsageError(said::empty_title(lang)).into());
    }
    let mut store = open_seeded(cli)?;
    let plan = match cli.plan {
        Some(_) => Some(plan_id(&store, cli.plan)?),
        None => None,
    };
    let new = NewItem {
        title: args.title.to_string(),
        target: String::new(),
        lead: item_office(&store, args.lead)?,
        co: resolve_all(&store, args.co)?,
        due: args.due.map(str::to_string),
        source: args.source,
        source_ref: args.source_ref.map(str::to_string),
        requirement: args.requirement.map(str::to_string),
        level: args.level,
        measures: Vec::new(),
    };
    let added = store.add_item(plan, &new).map_err(input_error)?;
    let title = store.plan(Some(added.plan))?.title;
    writeln!(
        out,
        "{}",
        said::added(added.number, &sanitize(&title), added.plan, lang)
    )?;
    Ok(())
}

/// What `duban edit N --title/--lead/--co/--due/--target` was given.
pub struct EditArgs<'a> {
    pub title: Option<&'a str>,
    pub lead: Option<&'a str>,
    pub co: Option<&'a [String]>,
    pub due: Option<&'a str>,
    pub target: Option<&'a str>,
}

impl EditArgs<'_> {
    fn any(&self) -> bool {
        self.title.is_some()
            || self.lead.is_some()
            || self.co.is_some()
            || self.due.is_some()
            || self.target.is_some()
    }
}

pub fn edit(cli: &Cli, number: u32, args: &EditArgs<'_>, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let mut store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    let id = item_id(&store, plan, number)?;
    if !args.any() {
        return edit_in_editor(&mut store, plan, id, number, lang, out);
    }
    if args.title.is_some_and(|t| t.trim().is_empty()) {
        return Err(UsageError(said::empty_title(lang)).into());
    }
    let edit = ItemEdit {
        title: args.title.map(str::to_string),
        lead: args.lead.map(|l| item_office(&store, l)).transpose()?,
        co: args.co.map(|co| resolve_all(&store, co)).transpose()?,
        due: args.due.map(str::to_string),
        target: args.target.map(str::to_string),
        ..ItemEdit::default()
    };
    let changes = store.edit_item(id, &edit).map_err(input_error)?;
    print_changes(number, &changes, lang, out)
}

fn print_changes(
    number: u32,
    changes: &[FieldChange],
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    if changes.is_empty() {
        writeln!(out, "{}", said::unchanged(number, lang))?;
    }
    for c in changes {
        let line = said::changed(number, c.field, &c.before, &c.after, lang);
        writeln!(out, "{}", sanitize(&line))?;
    }
    Ok(())
}

/// The `$EDITOR` round: the form, the editor, the form read back and applied in
/// one write; a form that cannot be applied comes back with the error on top.
/// An editor that fails, or a form saved unchanged, changes nothing.
fn edit_in_editor(
    store: &mut Store,
    plan: i64,
    id: crate::store::ItemId,
    number: u32,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    use crate::tui::external::{Edited, edit_text};
    // Refused before the editor opens: who may not even edit the target.
    store.check(crate::store::rules::Act::EditWork, Some(id))?;
    let plan_title = store.plan(Some(plan))?.title;
    let fields = store.item_fields(id)?;
    let indicators: Vec<String> = store
        .indicators(id)?
        .iter()
        .map(|i| super::standup::indicator_line(i, lang))
        .collect();
    let mut form = edit_form::render(
        &fields,
        &indicators,
        number,
        &sanitize(&plan_title),
        lang,
        None,
    );
    loop {
        let saved = match edit_text(&form)? {
            Edited::Failed(why) => {
                writeln!(out, "{}", said::editor_failed(number, &why, lang))?;
                return Ok(());
            }
            Edited::Saved(text) => text,
        };
        if saved.trim_end() == form.trim_end() {
            writeln!(out, "{}", said::unchanged(number, lang))?;
            return Ok(());
        }
        let error = match apply_form(store, id, &saved, lang) {
            Ok(changes) => return print_changes(number, &changes, lang, out),
            Err(FormOutcome::Again(error)) => error,
            Err(FormOutcome::Fail(e)) => return Err(e),
        };
        form = edit_form::with_error(&saved, &error, lang);
    }
}

enum FormOutcome {
    /// Show the form again with this error.
    Again(String),
    /// Stop: a refusal, or the database failing.
    Fail(anyhow::Error),
}

fn apply_form(
    store: &mut Store,
    id: crate::store::ItemId,
    saved: &str,
    lang: LangArg,
) -> std::result::Result<Vec<FieldChange>, FormOutcome> {
    let mut edit = edit_form::parse(saved).map_err(|e| FormOutcome::Again(e.text(lang)))?;
    let again = |e: anyhow::Error| FormOutcome::Again(e.to_string());
    // The form shows the requirement on one line and the target without blank
    // lines: read back as shown, they are no change (a lead office's measures
    // edit stays its own, and line breaks are kept).
    let now = store
        .item_fields(id)
        .map_err(|e| FormOutcome::Fail(e.into()))?;
    if edit.requirement.as_deref() == Some(now.requirement.replace(['\n', '\r'], " ").trim()) {
        edit.requirement = None;
    }
    let shown_target: Vec<&str> = now
        .target
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if edit.target.as_deref() == Some(shown_target.join("\n").as_str()) {
        edit.target = None;
    }
    if let Some(lead) = &edit.lead {
        edit.lead = Some(item_office(store, lead).map_err(again)?);
    }
    if let Some(co) = &edit.co {
        edit.co = Some(resolve_all(store, co).map_err(again)?);
    }
    store.edit_item(id, &edit).map_err(|e| match e {
        StoreError::BadDue(_)
        | StoreError::Empty(_)
        | StoreError::NoSuchOffice(_)
        | StoreError::TooLong { .. } => FormOutcome::Again(store_text(&e, lang)),
        e => FormOutcome::Fail(e.into()),
    })
}

pub fn retire(cli: &Cli, number: u32, reason: &str, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let mut store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    let id = item_id(&store, plan, number)?;
    let line = if store.retire_item(id, reason).map_err(input_error)? {
        said::retired(number, reason.trim(), lang)
    } else {
        said::already_retired(number, lang)
    };
    writeln!(out, "{}", sanitize(&line))?;
    Ok(())
}

pub fn restore(cli: &Cli, number: u32, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let mut store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    let id = item_id(&store, plan, number)?;
    let line = if store.restore_item(id)? {
        said::restored(number, lang)
    } else {
        said::not_retired(number, lang)
    };
    writeln!(out, "{line}")?;
    Ok(())
}

/// `list --retired` as a table: number, title, reason.
pub fn retired_table(out: &mut impl Write, items: &[ItemRecord], lang: LangArg) -> Result<()> {
    if items.is_empty() {
        writeln!(out, "{}", said::no_retired(lang))?;
    }
    for i in items {
        writeln!(
            out,
            "{}\t{}\t{}",
            i.number,
            sanitize(&i.title),
            sanitize(i.retired_reason.as_deref().unwrap_or(""))
        )?;
    }
    Ok(())
}

/// The office `list` and `standup` show when none is named: a member of exactly
/// one office (not a supervisor) sees that office's items, as on the board;
/// `--all` shows every office.
pub fn home_office(store: &Store, all: bool) -> Result<Option<String>> {
    if all || store.is_supervisor()? {
        return Ok(None);
    }
    let mine = store.offices_of(store.actor())?;
    Ok(match <[String; 1]>::try_from(mine) {
        Ok([office]) => Some(office),
        Err(_) => None,
    })
}
