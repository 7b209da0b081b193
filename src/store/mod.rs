//! SQLite and nothing else: opening (pragmas, migrations), reads and writes.
//! Every SQL statement the program runs lives under this module.

mod model;
mod schema;

pub use model::*;

use crate::plan::{Plan, Status};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path}: not a duban database (it has tables duban did not create); it was left untouched"
    )]
    NotDuban { path: PathBuf },
    #[error(
        "{path}: written by a newer duban (schema version {found}, this build knows up to {supported}); it was left untouched — upgrade duban"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path}: cannot open the database: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the database holds no plan yet")]
    NoPlan,
    #[error("no plan with id {0}")]
    NoSuchPlan(PlanId),
    #[error("no item {number} in this plan")]
    NoSuchItem { number: u32 },
    #[error("no item with id {0}")]
    NoSuchItemId(ItemId),
    #[error("no note {0}")]
    NoSuchNote(NoteId),
    #[error("no measure {ordinal} on item {number}")]
    NoSuchMeasure { number: u32, ordinal: u32 },
    #[error("note {id} was written by {author}; only its author may change it")]
    NotYourNote { id: NoteId, author: String },
    #[error("the database is read-only for you")]
    ReadOnly,
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A duban database, opened for one actor.
pub struct Store {
    conn: rusqlite::Connection,
    actor: String,
    read_only: bool,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path, actor: &str) -> Result<Store> {
        todo!()
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory(actor: &str) -> Result<Store> {
        todo!()
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// True when the user may read but not write the database.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The bundled SQLite's version, e.g. "3.54.1".
    pub fn sqlite_version() -> &'static str {
        rusqlite::version()
    }

    /// True when no plan has been imported yet.
    pub fn is_empty(&self) -> Result<bool> {
        todo!()
    }

    /// Imports `plan`, or updates the plan with the same key: texts are refreshed,
    /// statuses, positions, notes, ticks and history are kept.
    pub fn import(&mut self, plan: &Plan) -> Result<ImportReport> {
        todo!()
    }

    pub fn plans(&self) -> Result<Vec<PlanInfo>> {
        todo!()
    }

    /// The plan with `id`, or the most recently imported one.
    pub fn plan(&self, id: Option<PlanId>) -> Result<PlanInfo> {
        todo!()
    }

    pub fn sections(&self, plan: PlanId) -> Result<Vec<SectionInfo>> {
        todo!()
    }

    /// Every card of the plan, ordered by status (board order) then position.
    pub fn cards(&self, plan: PlanId) -> Result<Vec<Card>> {
        todo!()
    }

    /// Whole items, in document order, kept by `filter`.
    pub fn items(&self, plan: PlanId, filter: &ItemFilter) -> Result<Vec<ItemRecord>> {
        todo!()
    }

    pub fn item(&self, id: ItemId) -> Result<ItemRecord> {
        todo!()
    }

    pub fn item_id(&self, plan: PlanId, number: u32) -> Result<ItemId> {
        todo!()
    }

    /// The item numbers of a plan, for error messages.
    pub fn item_numbers(&self, plan: PlanId) -> Result<Vec<u32>> {
        todo!()
    }

    /// The ids of the items `office` (canonical name) leads or, unless `lead_only`,
    /// co-operates on.
    pub fn office_item_ids(
        &self,
        plan: PlanId,
        office: &str,
        lead_only: bool,
    ) -> Result<HashSet<ItemId>> {
        todo!()
    }

    /// For search: each item's title, target, measures and notes as one text.
    pub fn search_texts(&self, plan: PlanId) -> Result<Vec<(ItemId, String)>> {
        todo!()
    }

    /// Moves an item to `status` (to the end of that column). With `expected_version`,
    /// the move is refused as `Stale` if the item changed since that version.
    pub fn move_item(
        &mut self,
        id: ItemId,
        status: Status,
        expected_version: Option<i64>,
    ) -> Result<MoveOutcome> {
        todo!()
    }

    /// Swaps the item with its neighbour above (`up`) or below in its column.
    /// Returns false when it is already at that end.
    pub fn reorder(&mut self, id: ItemId, up: bool) -> Result<bool> {
        todo!()
    }

    pub fn add_note(&mut self, id: ItemId, text: &str) -> Result<NoteId> {
        todo!()
    }

    /// Replaces the text of one of the actor's own notes.
    pub fn edit_note(&mut self, note: NoteId, text: &str) -> Result<()> {
        todo!()
    }

    /// Deletes one of the actor's own notes (its text stays in the history).
    pub fn delete_note(&mut self, note: NoteId) -> Result<()> {
        todo!()
    }

    /// Ticks or unticks the measure at 1-based `ordinal` of item `id`.
    pub fn set_measure_done(&mut self, id: ItemId, ordinal: u32, done: bool) -> Result<()> {
        todo!()
    }

    /// The item's history, oldest first.
    pub fn history(&self, id: ItemId) -> Result<Vec<EventRecord>> {
        todo!()
    }

    /// Every office of the plan with its counts, most items first.
    pub fn offices(&self, plan: PlanId) -> Result<Vec<OfficeStats>> {
        todo!()
    }

    /// The canonical name for `name` (itself or an alias), if the store knows it.
    pub fn resolve_office(&self, name: &str) -> Result<Option<String>> {
        todo!()
    }

    /// Every office name and alias, for suggestions.
    pub fn office_names(&self) -> Result<Vec<String>> {
        todo!()
    }

    /// Changes whenever another connection commits; nearly free to poll.
    pub fn data_version(&self) -> Result<i64> {
        todo!()
    }
}
