//! Who may do what, once memberships exist: the one place the supervision rules
//! are decided, for the command line and the board alike. Every write of the
//! store asks here inside its own transaction; the board may ask first
//! (`Store::check`) to explain a refusal before opening an editor.
//!
//! With no memberships at all, everyone may do everything, as before issue 12.

use super::{ItemId, Result, Store, StoreError};
use crate::plan::Status;
use crate::plan::adhoc::ItemField;
use crate::store::engine::{Conn, OptionalExtension, Row, params};

/// Something a user asks to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Act {
    /// Move or reorder an item.
    Move,
    /// Write the item's progress report.
    Report,
    /// Close the item (move it to done with a completion statement).
    Close,
    /// Move a done item back to 推进中 with a reason.
    Reopen,
    /// Reopen an item whose close-out was confirmed (销号).
    ReopenConfirmed,
    /// Tick a measure or record an indicator's value.
    Tick,
    /// Add a note.
    Note,
    /// Open an urge on the item.
    Urge,
    /// Answer an urge.
    Reply,
    /// Confirm a close-out (销号).
    Confirm,
    /// Add or remove memberships.
    Members,
    /// Change the reporting cycle.
    Cycle,
    /// Record changes under another name (`--as`).
    ActAs,
    /// Import a plan, or re-import one (which may change items' offices).
    Import,
    /// Replace the whole database with a backup copy.
    Restore,
    /// Make an item by hand (`duban add`).
    AddItem,
    /// Correct an item's title, offices, deadline, source, reference,
    /// requirement or level.
    EditItem,
    /// Correct an item's target or measures (its lead office's own work).
    EditWork,
    /// Retire an item, or restore a retired one.
    Retire,
}

impl Act {
    /// Who may do it once memberships exist.
    pub fn who_may(self) -> WhoMay {
        match self {
            Act::Move | Act::Report | Act::Close => WhoMay::LeadOrSupervisors,
            Act::Reopen => WhoMay::LeadOrSupervisors,
            Act::Tick => WhoMay::LeadCoOrSupervisors,
            Act::Note => WhoMay::Anyone,
            Act::Urge | Act::Confirm | Act::ReopenConfirmed => WhoMay::Supervisors,
            Act::Reply => WhoMay::Lead,
            Act::Members | Act::Cycle | Act::ActAs | Act::Import | Act::Restore => {
                WhoMay::SupervisorsOnceThere
            }
            Act::AddItem | Act::EditItem | Act::Retire => WhoMay::SupervisorsOnceThere,
            Act::EditWork => WhoMay::LeadOrSupervisors,
        }
    }
}

/// The people an act belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhoMay {
    Anyone,
    /// Members of the item's lead office, and supervisors.
    LeadOrSupervisors,
    /// Members of the item's lead or co-operating offices, and supervisors.
    LeadCoOrSupervisors,
    /// Members of the item's lead office.
    Lead,
    Supervisors,
    /// Anyone while no supervisor exists (so a department can start), then supervisors.
    SupervisorsOnceThere,
}

/// A refused act, with what a message needs to say who may do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub act: Act,
    pub actor: String,
    /// The item's number, for acts on an item.
    pub number: Option<u32>,
    /// The item's lead office.
    pub lead: Option<String>,
    /// The item's co-operating offices (for acts co-operators may do).
    pub co: Vec<String>,
    /// The supervising office, when there are supervisors.
    pub supervising: Option<String>,
}

/// True when moving from `from` to `to` needs a completion statement (办结说明):
/// every move into 已完成. The board asks for it in the editor, then calls
/// `Store::close_item`.
pub fn needs_statement(from: Status, to: Status) -> bool {
    to == Status::Done && from != Status::Done
}

/// What changing `fields` of an item asks for: a lead office may correct the
/// target and measures of its own items (`EditWork`); any other field is the
/// supervisors' (`EditItem`).
pub fn edit_act(fields: impl IntoIterator<Item = ItemField>) -> Act {
    if fields.into_iter().all(ItemField::lead_may_edit) {
        Act::EditWork
    } else {
        Act::EditItem
    }
}

/// True when anyone belongs to any office: the rules apply.
pub(super) fn rules_active(conn: &Conn) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM members)")?
        .query_row([], |r| r.get(0))?)
}

/// The supervising office, when there are supervisors.
pub(super) fn supervising_office(conn: &Conn) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT o.name FROM members m JOIN offices o ON o.id = m.office_id
             WHERE m.supervisor ORDER BY m.added_at, m.user LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()?)
}

pub(super) fn is_supervisor(conn: &Conn, user: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM members WHERE user = ?1 AND supervisor)")?
        .query_row([user], |r| r.get(0))?)
}

/// What the rules decide on, read in one query (`facts`): the item's number and
/// whether it is retired (`None` when there is no such item, or none was asked
/// about), whether the rules apply, the supervising office, whether the actor is
/// a supervisor, and the item's offices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Facts {
    pub item: Option<(u32, bool)>,
    pub active: bool,
    pub supervising: Option<String>,
    pub supervisor: bool,
    pub offices: Vec<ItemOffice>,
}

/// One office of the item, and whether the actor belongs to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ItemOffice {
    pub name: String,
    pub role: String,
    pub mine: bool,
}

/// The columns of `Facts` after an item's own, for item `i` (left-joined to its
/// offices `io` and their names `o`) and actor ?2: one row per office of the
/// item, in order (one row with no office when it has none). Uncorrelated
/// subqueries, so both engines read each once per statement.
macro_rules! facts_columns {
    () => {
        "EXISTS (SELECT 1 FROM members),
         (SELECT so.name FROM members sm JOIN offices so ON so.id = sm.office_id
          WHERE sm.supervisor ORDER BY sm.added_at, sm.user LIMIT 1),
         EXISTS (SELECT 1 FROM members WHERE user = ?2 AND supervisor),
         o.name, io.role,
         EXISTS (SELECT 1 FROM members m WHERE m.office_id = io.office_id AND m.user = ?2)"
    };
}
pub(super) use facts_columns;

/// The joins from item `i` to its offices, for `facts_columns`.
macro_rules! facts_joins {
    () => {
        "LEFT JOIN item_offices io ON io.item_id = i.id LEFT JOIN offices o ON o.id = io.office_id"
    };
}
pub(super) use facts_joins;

/// The facts for item ?1 (NULL: no item) and actor ?2, in one round trip.
const FACTS_SQL: &str = concat!(
    "SELECT i.number, i.retired, ",
    facts_columns!(),
    " FROM (SELECT 1) AS one LEFT JOIN items i ON i.id = ?1 ",
    facts_joins!(),
    " ORDER BY io.ordinal"
);

impl Facts {
    /// Adds one row of `facts_columns`, read from column `at` on.
    pub(super) fn add_row(&mut self, r: &Row<'_>, at: usize) -> crate::store::engine::Result<()> {
        self.active = r.get(at)?;
        self.supervising = r.get(at + 1)?;
        self.supervisor = r.get(at + 2)?;
        if let Some(name) = r.get::<_, Option<String>>(at + 3)? {
            self.offices.push(ItemOffice {
                name,
                role: r.get(at + 4)?,
                mine: r.get(at + 5)?,
            });
        }
        Ok(())
    }
}

/// Reads what the rules decide on (`decide`) for `actor` and `item`.
pub(super) fn facts(conn: &Conn, actor: &str, item: Option<ItemId>) -> Result<Facts> {
    let mut st = conn.prepare_cached(FACTS_SQL)?;
    let mut rows = st.query(params![item, actor])?;
    let mut facts = Facts::default();
    while let Some(r) = rows.next()? {
        if let Some(number) = r.get::<_, Option<u32>>(0)? {
            facts.item = Some((number, r.get(1)?));
        }
        facts.add_row(&r, 2)?;
    }
    Ok(facts)
}

/// Decides whether `actor` may do `act` (on `item`), reading through `conn`
/// (a write's transaction, or the store's connection).
pub(super) fn check(conn: &Conn, actor: &str, act: Act, item: Option<ItemId>) -> Result<()> {
    decide(act, actor, item, &facts(conn, actor, item)?)
}

/// Whether `actor` may do `act` on item `item` (or on none), from the `facts`.
pub(super) fn decide(act: Act, actor: &str, item: Option<ItemId>, facts: &Facts) -> Result<()> {
    // A retired item takes no changes but its restoring (issue 15), whatever the
    // write: urges, replies, reports, close-outs and undos ask here too.
    if act != Act::Retire
        && let Some((number, true)) = facts.item
    {
        return Err(StoreError::ItemRetired { number });
    }
    if act.who_may() == WhoMay::Anyone || !facts.active {
        return Ok(());
    }
    let number = match (item, facts.item) {
        (Some(id), None) => return Err(StoreError::NoSuchItemId(id)),
        (_, found) => found.map(|(number, _)| number),
    };
    let offices = &facts.offices;
    let supervisor = facts.supervisor;
    let in_role = |role: &str| offices.iter().any(|o| o.role == role && o.mine);
    let allowed = match act.who_may() {
        WhoMay::Anyone => true,
        WhoMay::LeadOrSupervisors => supervisor || in_role("lead"),
        WhoMay::LeadCoOrSupervisors => supervisor || in_role("lead") || in_role("co"),
        WhoMay::Lead => in_role("lead"),
        WhoMay::Supervisors => supervisor,
        WhoMay::SupervisorsOnceThere => facts.supervising.is_none() || supervisor,
    };
    if allowed {
        return Ok(());
    }
    let name_of = |role: &str| {
        offices
            .iter()
            .filter(|o| o.role == role)
            .map(|o| o.name.clone())
            .collect::<Vec<_>>()
    };
    Err(StoreError::Refused(Box::new(Refusal {
        act,
        actor: actor.to_string(),
        number,
        lead: name_of("lead").into_iter().next(),
        co: if act.who_may() == WhoMay::LeadCoOrSupervisors {
            name_of("co")
        } else {
            Vec::new()
        },
        supervising: facts.supervising.clone(),
    })))
}

impl Store {
    /// Asks whether the store's actor may do `act` (on `item`): `Ok(())`, or
    /// `Err(StoreError::Refused)` with who may. Writes ask the same themselves.
    pub fn check(&self, act: Act, item: Option<ItemId>) -> Result<()> {
        check(&self.conn, &self.actor, act, item)
    }

    /// Whether `user` may record changes under another name: root always; others
    /// only while no one belongs to any office (the rules do not apply yet), or
    /// when they are a supervisor. Once memberships exist, a name taken with
    /// `--as` would carry that member's rights.
    pub fn may_act_as_other(&self, user: &str, root: bool) -> Result<bool> {
        Ok(root || !rules_active(&self.conn)? || is_supervisor(&self.conn, user)?)
    }

    /// True when the plan has supervisors: done items then wait for 销号.
    pub fn has_supervisors(&self) -> Result<bool> {
        Ok(supervising_office(&self.conn)?.is_some())
    }

    /// True when anyone belongs to an office: the rules apply.
    pub fn rules_active(&self) -> Result<bool> {
        rules_active(&self.conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::seeded;

    /// 督查员 supervises from 办公室; 基教 is in 基教处, 高教 in 高教处. Item 1 is
    /// led by 基教处 with 办公室; item 3 by 高教处 with 基教处.
    fn supervised() -> (Store, i64) {
        let (mut store, plan) = seeded("督查员");
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        store.add_member(plan, "基教", "基教处", false).unwrap();
        store.add_member(plan, "高教", "高教处", false).unwrap();
        (store, plan)
    }

    fn refused(r: Result<impl std::fmt::Debug>) -> Refusal {
        match r {
            Err(StoreError::Refused(refusal)) => *refusal,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn target_and_measures_are_the_leads_work_every_other_field_the_supervisors() {
        assert_eq!(edit_act([ItemField::Target]), Act::EditWork);
        assert_eq!(
            edit_act([ItemField::Measures, ItemField::Target]),
            Act::EditWork
        );
        assert_eq!(
            edit_act([ItemField::Target, ItemField::Lead]),
            Act::EditItem
        );
        assert_eq!(edit_act([ItemField::Level]), Act::EditItem);
        assert_eq!(Act::EditWork.who_may(), WhoMay::LeadOrSupervisors);
        for act in [Act::AddItem, Act::EditItem, Act::Retire] {
            assert_eq!(act.who_may(), WhoMay::SupervisorsOnceThere);
        }
    }

    #[test]
    fn with_no_memberships_everyone_may_do_everything() {
        let (mut store, plan) = seeded("路人");
        let id = store.item_id(plan, 1).unwrap();
        for act in [
            Act::Move,
            Act::Report,
            Act::Urge,
            Act::Confirm,
            Act::Members,
        ] {
            store.check(act, Some(id)).unwrap();
        }
        store.move_item(id, Status::Doing, None).unwrap();
        store.report(id, "进展").unwrap();
        store.urge(id, "请加快", None).unwrap();
        // Without rules a plain move to done stays final, as before issue 12.
        store.move_item(id, Status::Done, None).unwrap();
        assert!(!store.card(id).unwrap().supervision.awaiting_confirmation);
    }

    #[test]
    fn lead_co_operators_supervisors_and_others_each_get_their_share() {
        let (mut store, plan) = supervised();
        let one = store.item_id(plan, 1).unwrap();
        let three = store.item_id(plan, 3).unwrap();
        // The lead office moves, reports, ticks.
        store.set_actor("基教");
        store.move_item(one, Status::Doing, None).unwrap();
        store.report(one, "进展").unwrap();
        store.set_measure_done(one, 1, true).unwrap();
        // A co-operating office ticks and adds notes, but does not move or report.
        store.set_measure_done(three, 1, true).unwrap();
        store.add_note(three, "配合意见").unwrap();
        let r = refused(store.move_item(three, Status::Doing, None));
        assert_eq!(r.act, Act::Move);
        assert_eq!(r.lead.as_deref(), Some("高教处"));
        assert_eq!(
            r.to_string(),
            "only members of the lead office (高教处) and supervisors may move item 3; \
             基教 is not one of them"
        );
        assert_eq!(
            r.message_zh(),
            "第3项的移动仅限牵头处室（高教处）成员和督查员；基教不在其列"
        );
        refused(store.report(three, "越权"));
        refused(store.reorder(three, true));
        refused(store.set_due(three, jiff::civil::date(2020, 9, 1)));
        refused(store.urge(one, "自己催自己", None));
        // Someone in no office: notes only.
        store.set_actor("路人");
        store.add_note(one, "路过").unwrap();
        let r = refused(store.set_measure_done(one, 2, true));
        assert_eq!(r.co, ["办公室"]);
        assert!(
            r.to_string().contains("the co-operating offices (办公室)"),
            "{r}"
        );
        refused(store.add_member(plan, "路人", "基教处", false));
        refused(store.set_cycle(plan, crate::plan::cycle::Cycle::default()));
        // Supervisors may move, report and urge anything.
        store.set_actor("督查员");
        store.move_item(three, Status::Blocked, None).unwrap();
        store.report(three, "督查员代报").unwrap();
        store.urge(three, "请加快", None).unwrap();
        // Only the lead office replies.
        refused(store.reply(three, "督查员不能回复"));
        store.set_actor("高教");
        store.reply(three, "已加快").unwrap();
    }

    #[test]
    fn a_reimport_that_would_hand_an_item_to_another_office_belongs_to_supervisors() {
        let (mut store, plan) = supervised();
        let three = store.item_id(plan, 3).unwrap();
        // 基教 co-operates on item 3 and would make 基教处 its lead.
        let mut doc = crate::store::test_support::plan();
        doc.items[2].offices.reverse();
        doc.items[2].offices[0].role = crate::plan::Role::Lead;
        doc.items[2].offices[1].role = crate::plan::Role::Co;
        store.set_actor("基教");
        let r = refused(store.import(&doc));
        assert_eq!(r.act, Act::Import);
        assert_eq!(r.supervising.as_deref(), Some("办公室"));
        assert_eq!(
            store.card(three).unwrap().lead_office.as_deref(),
            Some("高教处")
        );
        store.set_actor("督查员");
        store.import(&doc).unwrap();
        assert_eq!(
            store.card(three).unwrap().lead_office.as_deref(),
            Some("基教处")
        );
    }

    #[test]
    fn a_restore_belongs_to_supervisors_and_is_refused_before_any_file_is_read() {
        let (mut store, _) = supervised();
        store.set_actor("高教");
        let nowhere = std::path::Path::new("/nonexistent/copy.db");
        let r = refused(store.restore_from(nowhere, nowhere));
        assert_eq!(r.act, Act::Restore);
    }

    #[test]
    fn undo_obeys_the_rules_in_force_now() {
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        // Before anyone belongs anywhere, 甲 moves and ticks item 1 (led by 基教处).
        store.move_item(one, Status::Doing, None).unwrap();
        store.set_measure_done(one, 1, true).unwrap();
        store.add_note(one, "甲的备注").unwrap();
        store.set_actor("督查员");
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        store.add_member(plan, "基教", "基教处", false).unwrap();
        // Undoing their own note is still theirs; the tick and the move are not.
        store.set_actor("甲");
        assert!(matches!(
            store.undo_last(plan).unwrap(),
            crate::store::UndoOutcome::Undone { .. }
        ));
        let r = refused(store.undo_last(plan));
        assert_eq!(r.act, Act::Tick);
        let card = store.card(one).unwrap();
        assert_eq!((card.status, card.measures_done), (Status::Doing, 1));
    }

    #[test]
    fn acting_as_someone_else_belongs_to_root_and_supervisors_once_anyone_is_a_member() {
        let (mut store, plan) = seeded("甲");
        assert!(store.may_act_as_other("甲", false).unwrap());
        // Memberships without a supervisor yet: a member's name would carry its rights.
        store.add_member(plan, "基教", "基教处", false).unwrap();
        assert!(!store.may_act_as_other("甲", false).unwrap());
        assert!(store.may_act_as_other("甲", true).unwrap());
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        assert!(!store.may_act_as_other("甲", false).unwrap());
        assert!(store.may_act_as_other("甲", true).unwrap());
        assert!(store.may_act_as_other("督查员", false).unwrap());
    }

    #[test]
    fn the_history_records_who_typed_a_change_for_someone_else() {
        let (mut store, plan) = supervised();
        let one = store.item_id(plan, 1).unwrap();
        store.set_actor("张三");
        store.set_recorded_by(Some("督查员")).unwrap();
        store.add_note(one, "代录的备注").unwrap();
        store.set_recorded_by(Some("张三")).unwrap();
        store.add_note(one, "本人的备注").unwrap();
        let history = store.history(one).unwrap();
        let who: Vec<_> = history
            .iter()
            .rev()
            .take(2)
            .map(|e| e.who(crate::i18n::Lang::Zh))
            .collect();
        assert_eq!(who, ["张三", "张三（督查员代录）"]);
    }

    #[test]
    fn unreported_shows_after_the_due_day_on_open_items_only() {
        let (mut store, plan) = seeded("甲");
        let one = store.item_id(plan, 1).unwrap();
        let two = store.item_id(plan, 2).unwrap();
        let four = store.item_id(plan, 4).unwrap();
        store.close_item(four, "完成", None).unwrap();
        store.set_fixed_now(Some("2020-06-25T09:00:00.000Z"));
        assert!(
            !store.card(one).unwrap().supervision.unreported,
            "on the due day"
        );
        store.report(two, "按时报送").unwrap();
        store.set_fixed_now(Some("2020-06-26T09:00:00.000Z"));
        let cards = store.cards(plan).unwrap();
        let flags = |id| &cards.iter().find(|c| c.id == id).unwrap().supervision;
        assert!(flags(one).unreported, "past the due day without a report");
        assert!(!flags(two).unreported && flags(two).reported);
        assert!(!flags(four).unreported, "done items need no report");
        // The board's head read judges the same.
        let head = store.cards_head(plan, 10).unwrap();
        assert_eq!(head, cards);
    }

    #[test]
    fn supervision_writes_mark_their_items_changed_for_other_boards() {
        let (mut store, plan) = supervised();
        let one = store.item_id(plan, 1).unwrap();
        let two = store.item_id(plan, 2).unwrap();
        let mark = store.last_event_id().unwrap();
        store.urge(one, "请加快", None).unwrap();
        store.set_actor("基教");
        store.report(one, "进展").unwrap();
        store.close_item(two, "完成", None).unwrap();
        assert_eq!(
            store.items_changed_since(plan, mark).unwrap(),
            Some(vec![one, two])
        );
    }
}
