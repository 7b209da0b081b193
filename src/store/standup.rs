//! Stand-ups: per office, what moved since a moment, what is late, what lies idle;
//! and the record of each user's stand-ups, for `--since last`.

use super::{ItemId, PlanId, Result, StatusCounts, Store};
use crate::plan::Status;
use crate::plan::deadline::Light;
use crate::store::engine::{OptionalExtension, params};
use serde::Serialize;
use std::collections::HashMap;

/// An item with no recorded activity for this many days is idle.
pub const IDLE_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standup {
    /// The window, RFC 3339: changes with `since <= at <= until` are reported.
    pub since: String,
    pub until: String,
    /// The day deadlines are judged against, ISO date.
    pub today: String,
    pub offices: Vec<OfficeStandup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeStandup {
    pub office: String,
    pub moves: Vec<StandupMove>,
    pub notes: Vec<NoteAdded>,
    pub measures: Vec<MeasureTick>,
    pub overdue: Vec<ItemDue>,
    pub due_soon: Vec<ItemDue>,
    pub idle: Vec<IdleItem>,
    /// The office's items (led or co-operated) by status.
    pub counts: StatusCounts,
}

impl OfficeStandup {
    /// True when nothing happened in the window and nothing needs attention.
    pub fn is_quiet(&self) -> bool {
        self.moves.is_empty()
            && self.notes.is_empty()
            && self.measures.is_empty()
            && self.overdue.is_empty()
            && self.due_soon.is_empty()
            && self.idle.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StandupMove {
    pub number: u32,
    pub title: String,
    pub from: Status,
    pub to: Status,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteAdded {
    pub number: u32,
    pub title: String,
    pub by: String,
    pub at: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureTick {
    pub number: u32,
    pub title: String,
    /// 1-based.
    pub ordinal: u32,
    pub text: String,
    /// Ticked (true) or unticked.
    pub done: bool,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemDue {
    pub number: u32,
    pub title: String,
    pub status: Status,
    pub due: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdleItem {
    pub number: u32,
    pub title: String,
    pub status: Status,
    /// The last change anyone made to it, or when it was imported.
    pub last_activity: String,
}

struct ItemRow {
    number: u32,
    title: String,
    status: Status,
    due: Option<String>,
    last_activity: String,
}

/// A change in the window, before it is sorted to its offices.
enum Activity {
    Move(StandupMove),
    Note(NoteAdded),
    Measure(MeasureTick),
}

impl Store {
    /// The stand-up of `plan` for `office` (canonical name), or for every office
    /// that is not a group, since `since` (RFC 3339) until now.
    pub fn standup(&self, plan: PlanId, office: Option<&str>, since: &str) -> Result<Standup> {
        let until = self.now();
        let today = self.today();
        let idle_cutoff = shift(&until, -IDLE_DAYS * 24);
        let items = self.standup_items(plan)?;
        let activity = self.activity(plan, since, &until, &items)?;
        let offices: Vec<String> = match office {
            Some(name) => vec![name.to_string()],
            None => self
                .offices(plan)?
                .into_iter()
                .filter(|o| !o.group)
                .map(|o| o.name)
                .collect(),
        };
        let mut report = Vec::new();
        for name in offices {
            let ids = self.office_item_ids(&name, false)?;
            let mut mine: Vec<(&ItemId, &ItemRow)> =
                items.iter().filter(|(id, _)| ids.contains(id)).collect();
            mine.sort_by_key(|(_, i)| i.number);
            let mut o = OfficeStandup {
                office: name,
                moves: Vec::new(),
                notes: Vec::new(),
                measures: Vec::new(),
                overdue: Vec::new(),
                due_soon: Vec::new(),
                idle: Vec::new(),
                counts: StatusCounts::default(),
            };
            for (id, a) in &activity {
                if !ids.contains(id) {
                    continue;
                }
                match a {
                    Activity::Move(m) => o.moves.push(m.clone()),
                    Activity::Note(n) => o.notes.push(n.clone()),
                    Activity::Measure(m) => o.measures.push(m.clone()),
                }
            }
            for (_, i) in mine {
                o.counts.add(i.status, 1);
                let due = || ItemDue {
                    number: i.number,
                    title: i.title.clone(),
                    status: i.status,
                    due: i.due.clone().unwrap_or_default(),
                };
                match super::read::light_of(i.due.as_deref(), i.status, today) {
                    Some(Light::Overdue) => o.overdue.push(due()),
                    Some(Light::DueSoon) => o.due_soon.push(due()),
                    _ => {}
                }
                if i.status != Status::Done && i.last_activity < idle_cutoff {
                    o.idle.push(IdleItem {
                        number: i.number,
                        title: i.title.clone(),
                        status: i.status,
                        last_activity: i.last_activity.clone(),
                    });
                }
            }
            report.push(o);
        }
        Ok(Standup {
            since: since.to_string(),
            until,
            today: today.to_string(),
            offices: report,
        })
    }

    fn standup_items(&self, plan: PlanId) -> Result<HashMap<ItemId, ItemRow>> {
        // Imports (create, update) are not someone working on the item.
        let mut st = self.conn.prepare(
            "SELECT i.id, i.number, i.title, i.status, i.due,
                coalesce((SELECT max(e.at) FROM events e WHERE e.item_id = i.id
                          AND e.kind NOT IN ('create', 'update')), i.created_at)
             FROM items i WHERE i.plan_id = ?1 AND NOT i.retired",
        )?;
        let rows = st.query_map([plan], |r| {
            Ok((
                r.get(0)?,
                ItemRow {
                    number: r.get(1)?,
                    title: r.get(2)?,
                    status: Status::parse(&r.get::<_, String>(3)?).unwrap_or(Status::Todo),
                    due: r.get(4)?,
                    last_activity: r.get(5)?,
                },
            ))
        })?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// Moves, notes added and measure ticks in the window, oldest first.
    fn activity(
        &self,
        plan: PlanId,
        since: &str,
        until: &str,
        items: &HashMap<ItemId, ItemRow>,
    ) -> Result<Vec<(ItemId, Activity)>> {
        let mut st = self.conn.prepare(
            "SELECT e.item_id, e.kind, e.actor, e.at, e.before, e.after, e.ref_id,
                (SELECT m.text FROM measures m WHERE m.item_id = e.item_id AND m.ordinal = e.ref_id)
             FROM events e
             WHERE e.plan_id = ?1 AND e.at >= ?2 AND e.at <= ?3 AND e.item_id IS NOT NULL
               AND e.kind IN ('move', 'note_add', 'measure')
             ORDER BY e.at, e.id",
        )?;
        let mut rows = st.query(params![plan, since, until])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: ItemId = r.get(0)?;
            let Some(item) = items.get(&id) else { continue };
            let kind: String = r.get(1)?;
            let by: String = r.get(2)?;
            let at: String = r.get(3)?;
            let before: Option<String> = r.get(4)?;
            let after: Option<String> = r.get(5)?;
            let status =
                |s: &Option<String>| s.as_deref().and_then(Status::parse).unwrap_or(Status::Todo);
            let (number, title) = (item.number, item.title.clone());
            let a = match kind.as_str() {
                "move" => Activity::Move(StandupMove {
                    number,
                    title,
                    from: status(&before),
                    to: status(&after),
                    by,
                    at,
                }),
                "note_add" => Activity::Note(NoteAdded {
                    number,
                    title,
                    by,
                    at,
                    text: after.unwrap_or_default(),
                }),
                _ => Activity::Measure(MeasureTick {
                    number,
                    title,
                    ordinal: r.get::<_, Option<u32>>(6)?.unwrap_or(0),
                    text: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                    done: after.as_deref() == Some("done"),
                    by,
                    at,
                }),
            };
            out.push((id, a));
        }
        Ok(out)
    }

    /// When this actor last ran a stand-up of `plan` for `office` (None: all
    /// offices), if ever.
    pub fn last_standup(&self, plan: PlanId, office: Option<&str>) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT at FROM standups WHERE plan_id = ?1 AND actor = ?2 AND office IS ?3
                 ORDER BY id DESC LIMIT 1",
                params![plan, self.actor, office],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records that this actor ran a stand-up now.
    pub fn record_standup(&mut self, plan: PlanId, office: Option<&str>) -> Result<()> {
        let now = self.now();
        let actor = self.actor.clone();
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO standups (plan_id, actor, office, at) VALUES (?1, ?2, ?3, ?4)",
            params![plan, actor, office, now],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// `at` (RFC 3339) moved by `hours`, in the stored format.
pub(super) fn shift(at: &str, hours: i64) -> String {
    let t: jiff::Timestamp = at.parse().unwrap_or_else(|_| jiff::Timestamp::now());
    t.checked_add(jiff::SignedDuration::from_hours(hours))
        .unwrap_or(t)
        .strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}
