//! Rows the store hands out: plain data, serialisable in the shape scripts rely on.

use crate::plan::adhoc::{Level, Source};
use crate::plan::deadline::Light;
use crate::plan::indicators::Direction;
use crate::plan::{Role, Status};
use serde::Serialize;

pub type PlanId = i64;
pub type ItemId = i64;
pub type NoteId = i64;
pub type MeasureId = i64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanInfo {
    pub id: PlanId,
    pub title: String,
    pub doc_number: Option<String>,
    pub date: Option<String>,
    pub issuers: Vec<String>,
    pub general_requirements: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionInfo {
    pub number: u32,
    pub numeral: String,
    pub title: String,
}

/// One card on the board: what the board needs and nothing more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: ItemId,
    pub number: u32,
    pub section: Option<u32>,
    pub title: String,
    pub status: Status,
    pub position: i64,
    pub lead_office: Option<String>,
    pub measures_done: u32,
    pub measures_total: u32,
    pub notes: u32,
    /// 完成时限 as written, when the document gives one.
    pub deadline: Option<String>,
    /// The effective deadline, ISO date.
    pub due: Option<String>,
    /// `due` against the store's today.
    pub light: Option<Light>,
    pub indicators_total: u32,
    /// Indicators whose recorded value does not meet the target yet.
    pub indicators_behind: u32,
    pub version: i64,
    pub updated_at: String,
    /// What the supervision loop marks on the card: 未报, 催, 待销号.
    pub supervision: CardFlags,
}

/// A card's marks from the supervision loop, against the store's today and the
/// plan's current reporting period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFlags {
    /// The latest period its lead office reported for (`2020-06`).
    pub report_period: Option<String>,
    /// Reported for the current period.
    pub reported: bool,
    /// 未报: not done, no report for the current period, and past its due day.
    pub unreported: bool,
    /// Unanswered urges (催).
    pub urges_open: u32,
    /// The earliest reply-by date of those, ISO.
    pub urge_reply_by: Option<String>,
    /// An unanswered urge is past its reply-by date.
    pub urge_overdue: bool,
    /// Done and waiting for a supervisor's confirmation (待销号).
    pub awaiting_confirmation: bool,
}

/// What a card's supervision marks are judged against: the plan's current period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodNow {
    /// The current period, `2020-06`.
    pub period: String,
    /// Today is past the period's due day.
    pub past_due: bool,
    /// ISO date.
    pub today: String,
}

impl CardFlags {
    /// Sets the judged marks (`reported`, `unreported`, `urge_overdue`) from the
    /// stored ones.
    pub fn judge(&mut self, status: Status, now: &PeriodNow) {
        self.reported = self.report_period.as_deref() == Some(now.period.as_str());
        let open_unreported = u32::from(status != Status::Done && !self.reported);
        self.unreported = crate::plan::cycle::ReportStanding::of(
            u32::from(status != Status::Done),
            u32::from(self.reported),
            open_unreported,
            now.past_due,
        )
        .missing()
            > 0;
        self.urge_overdue = self.urges_open > 0
            && self
                .urge_reply_by
                .as_deref()
                .is_some_and(|d| d < now.today.as_str());
        if status != Status::Done {
            self.awaiting_confirmation = false;
        }
    }
}

/// A whole work item with its measures, offices and notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRecord {
    #[serde(skip)]
    pub id: ItemId,
    pub number: u32,
    pub section: Option<u32>,
    pub section_title: Option<String>,
    pub title: String,
    pub target: String,
    pub measures: Vec<MeasureRecord>,
    pub offices: Vec<ItemOffice>,
    /// Responsible leaders the document names (负责领导): persons, not offices.
    pub persons: Vec<String>,
    pub status: Status,
    pub position: i64,
    /// 完成时限 as written; in JSON `deadline_text` (`deadline` is the date).
    #[serde(rename = "deadline_text")]
    pub deadline: Option<String>,
    /// The effective deadline, ISO date; in JSON `deadline`.
    #[serde(rename = "deadline")]
    pub due: Option<String>,
    /// True when someone set `due` by hand (`duban due`); re-imports keep it.
    pub deadline_set: bool,
    /// `due` against the store's today.
    pub light: Option<Light>,
    pub indicators: Vec<IndicatorRecord>,
    pub notes: Vec<NoteRecord>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    /// Where a 督办 item comes from (issue 15); unset for a plan's own items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// 依据: the instruction's number, who gave it, the meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_ref: Option<String>,
    /// 办理要求.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Made by hand (`duban add`), not read from a document.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub by_hand: bool,
    /// Taken off the board (`duban retire`), with the reason; kept, never deleted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired_reason: Option<String>,
}

impl ItemRecord {
    pub fn lead_office(&self) -> Option<&str> {
        self.offices
            .iter()
            .find(|o| o.role == Role::Lead)
            .map(|o| o.name.as_str())
    }
}

/// A quantity the item's target commits to, with the value recorded so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorRecord {
    /// 1-based, in the order the target states them.
    pub ordinal: u32,
    pub text: String,
    pub target: f64,
    pub unit: String,
    pub direction: Direction,
    pub actual: Option<f64>,
    /// Whether `actual` meets `target`; None until a value is recorded.
    pub met: Option<bool>,
    pub updated_at: Option<String>,
}

// Values are parsed finite numbers (never NaN), so equality is total.
impl Eq for IndicatorRecord {}

impl IndicatorRecord {
    /// Recorded and not (yet) met.
    pub fn behind(&self) -> bool {
        self.met == Some(false)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureRecord {
    /// Its place in the item, 1-based (what `set_measure_done` takes).
    #[serde(skip)]
    pub id: MeasureId,
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemOffice {
    pub name: String,
    pub role: Role,
    pub group: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteRecord {
    pub id: NoteId,
    pub author: String,
    /// RFC 3339, UTC.
    pub at: String,
    pub edited_at: Option<String>,
    pub text: String,
}

/// One row of an item's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRecord {
    pub id: i64,
    pub item: Option<u32>,
    pub actor: String,
    /// The OS account that typed the change for `actor` (`--as`), if someone else.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
    pub at: String,
    pub kind: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// For a tick (`measure`): which measure, 1-based. In JSON only when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<u32>,
    /// For a change made by an undo: the id of the event it reverses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undoes: Option<i64>,
    /// The actor's display name (`member add --name`), beside the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl EventRecord {
    /// Who made the change, as the history shows it: `张三（督查员代录）`, by
    /// display name where there is one.
    pub fn who(&self, lang: crate::i18n::Lang) -> String {
        let actor = self.name.as_deref().unwrap_or(&self.actor);
        crate::identity::on_behalf_in(lang, actor, self.recorded_by.as_deref())
    }
}

/// An office with its items counted by status, as lead and as co-operator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeStats {
    pub name: String,
    pub group: bool,
    pub aliases: Vec<String>,
    pub lead: StatusCounts,
    pub co: StatusCounts,
}

impl OfficeStats {
    pub fn items(&self) -> u32 {
        self.lead.total() + self.co.total()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub todo: u32,
    pub doing: u32,
    pub blocked: u32,
    pub done: u32,
}

impl StatusCounts {
    pub fn add(&mut self, status: Status, n: u32) {
        match status {
            Status::Todo => self.todo += n,
            Status::Doing => self.doing += n,
            Status::Blocked => self.blocked += n,
            Status::Done => self.done += n,
        }
    }

    pub fn get(&self, status: Status) -> u32 {
        match status {
            Status::Todo => self.todo,
            Status::Doing => self.doing,
            Status::Blocked => self.blocked,
            Status::Done => self.done,
        }
    }

    pub fn total(&self) -> u32 {
        self.todo + self.doing + self.blocked + self.done
    }
}

/// Which items a listing keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemFilter {
    /// Canonical office name (resolve it first with `Store::resolve_office`).
    pub office: Option<String>,
    /// With `office`: only items that office leads.
    pub lead_only: bool,
    pub status: Option<Status>,
    /// Only the retired items (`list --retired`); otherwise only live ones.
    pub retired: bool,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub plan_id: PlanId,
    pub new_plan: bool,
    pub items_added: u32,
    pub items_updated: u32,
    pub items_unchanged: u32,
    /// Items in the store that the document no longer has; kept, never deleted.
    pub items_kept: u32,
    pub offices_added: u32,
    /// Items whose title the document changed beyond recognition: the number still
    /// carries the old item's status, notes and ticks, which a reader should check.
    pub retitled: Vec<Retitled>,
    /// The import wrote the database file directly rather than through the
    /// write-ahead log: a large import that no one else's connection waited on.
    pub direct: bool,
    /// Fields corrected by hand where the document now says otherwise: kept as
    /// corrected, or (with `prefer_document`) replaced by the document's.
    pub hand_kept: Vec<HandKept>,
    /// Items of the plan (not retired) that the document no longer has: kept.
    pub not_in_document: Vec<u32>,
}

/// A field corrected by hand that a re-import found different in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandKept {
    pub number: u32,
    pub field: crate::plan::adhoc::ItemField,
    /// What the document says.
    pub document: String,
    /// What the board has (the correction).
    pub board: String,
}

/// An item matched by number whose title has little in common with the old one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Retitled {
    pub number: u32,
    pub before: String,
    pub after: String,
}

/// The outcome of a move checked against the version the caller last saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoveOutcome {
    Moved {
        version: i64,
    },
    /// Nothing to do: the item already has that status.
    Unchanged,
    /// Someone changed the item since `expected`; nothing was written.
    Stale {
        by: String,
        at: String,
        status: Status,
    },
}
