//! The store on in-memory and on-disk SQLite: import, re-import, writes with
//! history, version checks on open.

use crate::common;

use common::small_plan;
use duban::plan::Status;
use duban::store::{ItemFilter, MoveOutcome, Store, StoreError};
use std::path::Path;

fn seeded(actor: &str) -> (Store, i64) {
    let mut store = Store::open_in_memory(actor).unwrap();
    let report = store.import(&small_plan()).unwrap();
    (store, report.plan_id)
}

fn id(store: &Store, plan: i64, number: u32) -> i64 {
    store.item_id(plan, number).unwrap()
}

#[test]
fn import_creates_plan_items_measures_offices() {
    let (store, plan) = seeded("alice");
    let info = store.plan(None).unwrap();
    assert_eq!(info.id, plan);
    assert_eq!(info.doc_number.as_deref(), Some("测教发〔2021〕1号"));
    assert_eq!(store.sections(plan).unwrap().len(), 2);
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items[2].title, "丙事项");
    assert_eq!(items[2].section_title.as_deref(), Some("第二部分"));
    assert_eq!(items[2].measures.len(), 3);
    assert_eq!(items[2].lead_office(), Some("高教处"));
    assert!(items[2].offices[2].group, "相关处室 is a group");
    assert!(items.iter().all(|i| i.status == Status::Todo));
}

#[test]
fn cards_are_in_board_order_with_counts() {
    let (mut store, plan) = seeded("alice");
    store
        .move_item(id(&store, plan, 3), Status::Doing, None)
        .unwrap();
    store.add_note(id(&store, plan, 1), "第一条").unwrap();
    store
        .set_measure_done(id(&store, plan, 1), 2, true)
        .unwrap();
    let cards = store.cards(plan).unwrap();
    let order: Vec<(u32, Status)> = cards.iter().map(|c| (c.number, c.status)).collect();
    assert_eq!(
        order,
        vec![
            (1, Status::Todo),
            (2, Status::Todo),
            (4, Status::Todo),
            (3, Status::Doing)
        ]
    );
    assert_eq!(cards[0].notes, 1);
    assert_eq!((cards[0].measures_done, cards[0].measures_total), (1, 3));
    assert_eq!(cards[0].lead_office.as_deref(), Some("办公室"));
}

#[test]
fn reimport_keeps_status_positions_notes_ticks_and_history() {
    let (mut store, plan) = seeded("alice");
    let one = id(&store, plan, 1);
    store.move_item(one, Status::Blocked, None).unwrap();
    store.add_note(one, "等待财政").unwrap();
    store.set_measure_done(one, 1, true).unwrap();
    let history_before = store.history(one).unwrap().len();

    let mut doc = small_plan();
    doc.items[0].title = "甲事项（修订）".into();
    doc.items[0].measures[1] = "改写的措施二。".into();
    let report = store.import(&doc).unwrap();
    assert!(!report.new_plan);
    assert_eq!(report.plan_id, plan);
    assert_eq!(
        (
            report.items_added,
            report.items_updated,
            report.items_unchanged
        ),
        (0, 1, 3)
    );

    assert_eq!(store.plans().unwrap().len(), 1, "no second plan");
    let item = store.item(one).unwrap();
    assert_eq!(item.title, "甲事项（修订）");
    assert_eq!(item.status, Status::Blocked);
    assert_eq!(item.notes.len(), 1);
    assert!(item.measures[0].done, "tick kept on unchanged text");
    assert_eq!(item.measures[1].text, "改写的措施二。");
    assert_eq!(store.items(plan, &ItemFilter::default()).unwrap().len(), 4);
    let history = store.history(one).unwrap();
    assert_eq!(history.len(), history_before + 1);
    assert_eq!(history.last().unwrap().kind, "update");
}

#[test]
fn reimport_of_the_same_document_changes_nothing() {
    let (mut store, plan) = seeded("alice");
    let before = store.items(plan, &ItemFilter::default()).unwrap();
    let report = store.import(&small_plan()).unwrap();
    assert_eq!((report.items_added, report.items_updated), (0, 0));
    assert_eq!(report.items_unchanged, 4);
    assert_eq!(store.items(plan, &ItemFilter::default()).unwrap(), before);
}

#[test]
fn reimport_carries_a_tick_to_an_edited_measure_in_place() {
    let (mut store, plan) = seeded("alice");
    let two = id(&store, plan, 2);
    store.set_measure_done(two, 3, true).unwrap();
    let mut doc = small_plan();
    doc.items[1].measures[2] = "乙事项措施三（改）。".into();
    doc.items[1].measures.push("新增措施。".into());
    store.import(&doc).unwrap();
    let item = store.item(two).unwrap();
    let done: Vec<bool> = item.measures.iter().map(|m| m.done).collect();
    assert_eq!(done, vec![false, false, true, false]);
}

#[test]
fn a_second_plan_lives_beside_the_first() {
    let (mut store, first) = seeded("alice");
    let mut next = small_plan();
    next.doc_number = Some("测教发〔2022〕1号".into());
    next.title = "测试厅2022年工作要点".into();
    let report = store.import(&next).unwrap();
    assert!(report.new_plan);
    assert_ne!(report.plan_id, first);
    assert_eq!(store.plans().unwrap().len(), 2);
    assert_eq!(store.plan(None).unwrap().id, report.plan_id, "newest first");
    assert_eq!(store.cards(first).unwrap().len(), 4);
}

#[test]
fn reimport_adds_new_items_with_their_rows_after_the_todo_column() {
    let (mut store, plan) = seeded("alice");
    // Another plan's items come between, so the new items' ids are not the plan's next.
    let mut other = small_plan();
    other.doc_number = Some("测教发〔2022〕1号".into());
    store.import(&other).unwrap();

    let mut doc = small_plan();
    doc.items
        .push(common::item(5, 2, "戊事项", &["高教处", "基教处"]));
    doc.items.push(common::item(6, 2, "己事项", &["相关处室"]));
    doc.items[5].target = "覆盖率达到80%".into();
    let report = store.import(&doc).unwrap();
    assert_eq!((report.items_added, report.items_unchanged), (2, 4));

    let five = store.item(id(&store, plan, 5)).unwrap();
    let measures: Vec<&str> = five.measures.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        measures,
        ["戊事项措施一。", "戊事项措施二。", "戊事项措施三。"]
    );
    assert_eq!(five.lead_office(), Some("高教处"));
    assert_eq!(five.offices.len(), 2);
    assert_eq!(five.status, Status::Todo);
    let six = store.item(id(&store, plan, 6)).unwrap();
    assert_eq!(six.indicators.len(), 1);
    assert_eq!(six.indicators[0].target, 80.0);
    let positions: Vec<i64> = [1, 2, 3, 4, 5, 6]
        .map(|n| store.item(id(&store, plan, n)).unwrap().position)
        .to_vec();
    assert_eq!(positions, [1, 2, 3, 4, 5, 6]);
    assert_cards_match_items(&store, plan);
}

#[test]
fn office_filter_matches_lead_and_co_through_aliases() {
    let (store, plan) = seeded("alice");
    assert_eq!(
        store.resolve_office("考试院").unwrap().as_deref(),
        Some("教育考试院")
    );
    assert_eq!(store.resolve_office("不存在").unwrap(), None);
    let numbers = |lead_only| {
        let filter = ItemFilter {
            office: Some("基教处".into()),
            lead_only,
            status: None,
            ..ItemFilter::default()
        };
        store
            .items(plan, &filter)
            .unwrap()
            .iter()
            .map(|i| i.number)
            .collect::<Vec<_>>()
    };
    assert_eq!(numbers(false), vec![1, 2, 4]);
    assert_eq!(numbers(true), vec![2]);
}

#[test]
fn offices_count_by_role_and_status() {
    let (mut store, plan) = seeded("alice");
    store
        .move_item(id(&store, plan, 2), Status::Done, None)
        .unwrap();
    let offices = store.offices(plan).unwrap();
    let jj = offices.iter().find(|o| o.name == "基教处").unwrap();
    assert_eq!(offices[0].name, "基教处", "most items first");
    assert_eq!(jj.lead.total(), 1);
    assert_eq!(jj.lead.done, 1);
    assert_eq!(jj.co.total(), 2);
    let exam = offices.iter().find(|o| o.name == "教育考试院").unwrap();
    assert!(exam.aliases.contains(&"考试院".to_string()), "{exam:?}");
}

#[test]
fn move_appends_to_the_target_column_and_records_history() {
    let (mut store, plan) = seeded("alice");
    let (one, two) = (id(&store, plan, 1), id(&store, plan, 2));
    store.move_item(two, Status::Doing, None).unwrap();
    store.move_item(one, Status::Doing, None).unwrap();
    let doing: Vec<u32> = store
        .cards(plan)
        .unwrap()
        .iter()
        .filter(|c| c.status == Status::Doing)
        .map(|c| c.number)
        .collect();
    assert_eq!(doing, vec![2, 1]);
    let h = store.history(one).unwrap();
    let last = h.last().unwrap();
    assert_eq!(
        (
            last.kind.as_str(),
            last.actor.as_str(),
            last.before.as_deref(),
            last.after.as_deref()
        ),
        ("move", "alice", Some("todo"), Some("doing"))
    );
    assert_eq!(
        store.move_item(one, Status::Doing, None).unwrap(),
        MoveOutcome::Unchanged
    );
}

#[test]
fn stale_move_is_refused_and_names_the_other_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut alice = Store::open(&db, "alice").unwrap();
    let plan = alice.import(&small_plan()).unwrap().plan_id;
    let mut bob = Store::open(&db, "bob").unwrap();
    let one = alice.item_id(plan, 1).unwrap();
    let seen_by_bob = bob.item(one).unwrap().version;
    alice.set_fixed_now(Some("2020-05-01T08:00:00.000Z"));
    alice.move_item(one, Status::Blocked, None).unwrap();
    match bob.move_item(one, Status::Done, Some(seen_by_bob)).unwrap() {
        MoveOutcome::Stale { by, at, status } => {
            assert_eq!(by, "alice");
            assert_eq!(at, "2020-05-01T08:00:00.000Z");
            assert_eq!(status, Status::Blocked);
        }
        other => panic!("expected Stale, got {other:?}"),
    }
    assert_eq!(
        bob.item(one).unwrap().status,
        Status::Blocked,
        "not applied"
    );
    let fresh = bob.item(one).unwrap().version;
    assert!(matches!(
        bob.move_item(one, Status::Done, Some(fresh)).unwrap(),
        MoveOutcome::Moved { .. }
    ));
    assert_eq!(alice.item(one).unwrap().status, Status::Done);
}

#[test]
fn reorder_swaps_with_the_neighbour_and_stops_at_the_ends() {
    let (mut store, plan) = seeded("alice");
    let column = |store: &Store| -> Vec<u32> {
        store
            .cards(plan)
            .unwrap()
            .iter()
            .filter(|c| c.status == Status::Todo)
            .map(|c| c.number)
            .collect()
    };
    let three = id(&store, plan, 3);
    assert!(store.reorder(three, true).unwrap());
    assert_eq!(column(&store), vec![1, 3, 2, 4]);
    assert!(store.reorder(three, true).unwrap());
    assert!(!store.reorder(three, true).unwrap(), "already first");
    assert_eq!(column(&store), vec![3, 1, 2, 4]);
    assert!(store.reorder(three, false).unwrap());
    assert_eq!(column(&store), vec![1, 3, 2, 4]);
}

#[test]
fn notes_can_be_changed_only_by_their_author_and_deletion_keeps_the_text() {
    let (mut store, plan) = seeded("alice");
    let one = id(&store, plan, 1);
    let note = store.add_note(one, "初稿\n第二行").unwrap();
    store.edit_note(note, "定稿").unwrap();
    assert_eq!(store.item(one).unwrap().notes[0].text, "定稿");
    assert!(store.item(one).unwrap().notes[0].edited_at.is_some());

    // Another actor on the same data file.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let mut a = Store::open(&db, "alice").unwrap();
    let plan = a.import(&small_plan()).unwrap().plan_id;
    let item = a.item_id(plan, 1).unwrap();
    let note = a.add_note(item, "alice 的备注").unwrap();
    let mut b = Store::open(&db, "bob").unwrap();
    assert!(matches!(
        b.edit_note(note, "改掉"),
        Err(StoreError::NotYourNote { .. })
    ));
    assert!(matches!(
        b.delete_note(note),
        Err(StoreError::NotYourNote { .. })
    ));
    a.delete_note(note).unwrap();
    assert!(a.item(item).unwrap().notes.is_empty());
    let last = a.history(item).unwrap().pop().unwrap();
    assert_eq!(last.kind, "note_delete");
    assert_eq!(last.before.as_deref(), Some("alice 的备注"));
}

#[test]
fn measure_ticks_are_recorded_and_unknown_measures_refused() {
    let (mut store, plan) = seeded("alice");
    let one = id(&store, plan, 1);
    store.set_measure_done(one, 2, true).unwrap();
    store.set_measure_done(one, 2, true).unwrap(); // no-op, no second event
    let ticks = store
        .history(one)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == "measure")
        .count();
    assert_eq!(ticks, 1);
    assert!(matches!(
        store.set_measure_done(one, 9, true),
        Err(StoreError::NoSuchMeasure {
            number: 1,
            ordinal: 9
        })
    ));
}

#[test]
fn every_change_writes_one_history_row() {
    let (mut store, plan) = seeded("alice");
    let one = id(&store, plan, 1);
    let count = |s: &Store| s.history(one).unwrap().len();
    let start = count(&store);
    assert_eq!(start, 1, "created on import");
    store.move_item(one, Status::Doing, None).unwrap();
    store.add_note(one, "n").unwrap();
    store.set_measure_done(one, 1, true).unwrap();
    store.reorder(one, false).unwrap_or(false);
    assert!(count(&store) >= start + 3);
    let kinds: Vec<String> = store
        .history(one)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(&kinds[..4], &["create", "move", "note_add", "measure"]);
}

fn file_bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn a_database_from_a_newer_duban_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    {
        let mut s = Store::open(&db, "alice").unwrap();
        s.import(&small_plan()).unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = file_bytes(&db);
    match Store::open(&db, "alice") {
        Err(StoreError::TooNew { found: 99, .. }) => {}
        Err(e) => panic!("expected TooNew, got {e}"),
        Ok(_) => panic!("expected TooNew, got a store"),
    }
    assert_eq!(file_bytes(&db), before, "byte-identical");
}

#[test]
fn a_file_that_is_not_a_duban_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "这不是数据库\n".repeat(100)).unwrap();
    let before = file_bytes(&text);
    assert!(matches!(
        Store::open(&text, "alice"),
        Err(StoreError::NotSqlite { .. })
    ));
    assert_eq!(file_bytes(&text), before);

    let negative = dir.path().join("negative.db");
    {
        let conn = rusqlite::Connection::open(&negative).unwrap();
        conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = -5;")
            .unwrap();
    }
    let before = file_bytes(&negative);
    assert!(matches!(
        Store::open(&negative, "alice"),
        Err(StoreError::NotDuban { .. })
    ));
    assert_eq!(file_bytes(&negative), before, "not switched to WAL");

    let other = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let before = file_bytes(&other);
    assert!(matches!(
        Store::open(&other, "alice"),
        Err(StoreError::NotDuban { .. })
    ));
    assert_eq!(file_bytes(&other), before);
}

#[test]
fn on_disk_store_survives_reopen_and_other_connections_see_commits() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut a = Store::open(&db, "alice").unwrap();
    let plan = a.import(&small_plan()).unwrap().plan_id;
    let b = Store::open(&db, "bob").unwrap();
    let seen = b.data_version().unwrap();
    let one = a.item_id(plan, 1).unwrap();
    a.move_item(one, Status::Done, None).unwrap();
    assert_ne!(
        b.data_version().unwrap(),
        seen,
        "bob notices alice's commit"
    );
    assert_eq!(b.item(one).unwrap().status, Status::Done);
    drop((a, b));
    let c = Store::open(&db, "carol").unwrap();
    assert_eq!(c.item(one).unwrap().status, Status::Done);
    assert_eq!(c.integrity_check().unwrap(), "ok");
}

#[test]
fn bundled_sqlite_is_recent_enough() {
    let v: Vec<u32> = Store::sqlite_version()
        .split('.')
        .map(|p| p.parse().unwrap())
        .collect();
    assert!(
        (v[0], v[1], v[2]) >= (3, 51, 3),
        "SQLite {:?} is older than 3.51.3",
        v
    );
}

#[test]
fn undo_reverses_own_changes_newest_first_as_new_history() {
    let (mut store, plan) = seeded("alice");
    let one = id(&store, plan, 1);
    store.move_item(one, Status::Doing, None).unwrap();
    store.set_measure_done(one, 2, true).unwrap();
    store.add_note(one, "临时").unwrap();
    let events = store.history(one).unwrap().len();

    use duban::store::UndoOutcome;
    let undone = |o: UndoOutcome| match o {
        UndoOutcome::Undone { kind, number, .. } => (number, kind),
        other => panic!("expected Undone, got {other:?}"),
    };
    assert_eq!(
        undone(store.undo_last(plan).unwrap()),
        (1, "note_add".into())
    );
    assert!(store.item(one).unwrap().notes.is_empty());
    assert_eq!(
        undone(store.undo_last(plan).unwrap()),
        (1, "measure".into())
    );
    assert!(!store.item(one).unwrap().measures[1].done);
    assert_eq!(undone(store.undo_last(plan).unwrap()), (1, "move".into()));
    assert_eq!(store.item(one).unwrap().status, Status::Todo);
    assert_eq!(store.undo_last(plan).unwrap(), UndoOutcome::Nothing);

    let history = store.history(one).unwrap();
    assert_eq!(history.len(), events + 3, "undo adds history, removes none");
    assert_eq!(history.last().unwrap().kind, "move");
    assert_eq!(history.last().unwrap().after.as_deref(), Some("todo"));
}

#[test]
fn undo_restores_an_edited_or_deleted_note_and_a_reorder() {
    let (mut store, plan) = seeded("alice");
    let one = id(&store, plan, 1);
    let note = store.add_note(one, "原文").unwrap();
    store.edit_note(note, "改后").unwrap();
    store.undo_last(plan).unwrap();
    assert_eq!(store.item(one).unwrap().notes[0].text, "原文");
    store.delete_note(note).unwrap();
    store.undo_last(plan).unwrap();
    let notes = store.item(one).unwrap().notes;
    assert_eq!((notes[0].id, notes[0].text.as_str()), (note, "原文"));
    // It had been edited, and says so again once restored.
    assert!(notes[0].edited_at.is_some());

    store.reorder(one, false).unwrap();
    assert_eq!(store.cards(plan).unwrap()[0].number, 2);
    store.undo_last(plan).unwrap();
    assert_eq!(store.cards(plan).unwrap()[0].number, 1);
}

#[test]
fn undo_is_refused_when_someone_else_changed_the_item_since() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut alice = Store::open(&db, "alice").unwrap();
    let plan = alice.import(&small_plan()).unwrap().plan_id;
    let mut bob = Store::open(&db, "bob").unwrap();
    let one = alice.item_id(plan, 1).unwrap();
    alice.move_item(one, Status::Doing, None).unwrap();
    bob.set_fixed_now(Some("2020-06-01T09:30:00.000Z"));
    bob.add_note(one, "bob 来过").unwrap();
    match alice.undo_last(plan).unwrap() {
        duban::store::UndoOutcome::Refused { number, by, at } => {
            assert_eq!((number, by.as_str()), (1, "bob"));
            assert_eq!(at, "2020-06-01T09:30:00.000Z");
        }
        other => panic!("expected Refused, got {other:?}"),
    }
    assert_eq!(
        alice.item(one).unwrap().status,
        Status::Doing,
        "nothing undone"
    );
    // Bob's own undo is his to make.
    assert!(matches!(
        bob.undo_last(plan).unwrap(),
        duban::store::UndoOutcome::Undone { .. }
    ));
}

#[test]
fn presence_shows_other_live_boards_and_forgets_dead_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut alice = Store::open(&db, "alice").unwrap();
    let mut bob = Store::open(&db, "bob").unwrap();
    let a = alice.join_presence().unwrap();
    let b = bob.join_presence().unwrap();
    let names = |s: &mut Store, me: &str| -> Vec<String> {
        s.others_present(me)
            .unwrap()
            .into_iter()
            .map(|p| p.actor)
            .collect()
    };
    assert_eq!(names(&mut alice, &a), vec!["bob"]);
    assert_eq!(names(&mut bob, &b), vec!["alice"]);
    // Bob's board ends without a word (its lock goes with it): alice no longer sees it,
    // however recent its row.
    drop(bob);
    assert!(names(&mut alice, &a).is_empty());
    // The next board to open clears the dead row and takes the free slot.
    let mut carol = Store::open(&db, "carol").unwrap();
    let c = carol.join_presence().unwrap();
    assert_eq!(names(&mut carol, &c), vec!["alice"]);
    let rows: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM presence", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 2, "bob's row was cleared");
    alice.leave_presence(&a).unwrap();
    assert!(names(&mut carol, &c).is_empty());
}

#[test]
fn presence_side_file_is_created_with_the_database_mode() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut store = Store::open(&db, "alice").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o660)).unwrap();
    store.join_presence().unwrap();
    let side = dir.path().join("board.db-presence");
    assert_eq!(std::fs::metadata(&side).unwrap().mode() & 0o777, 0o660);
    assert_eq!(
        std::fs::metadata(&side).unwrap().len(),
        0,
        "nothing is written to it"
    );
}

#[test]
fn a_board_with_a_presence_lock_writes_no_heartbeat() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut alice = Store::open(&db, "alice").unwrap();
    let bob = Store::open(&db, "bob").unwrap();
    let a = alice.join_presence().unwrap();
    let seen = bob.data_version().unwrap();
    for _ in 0..3 {
        alice.heartbeat(&a).unwrap();
    }
    assert_eq!(bob.data_version().unwrap(), seen, "a heartbeat committed");
}

#[test]
fn presence_heartbeats_do_not_move_the_change_marker() {
    let (mut store, plan) = seeded("alice");
    let marker = store.last_event_id().unwrap();
    let s = store.join_presence().unwrap();
    store.heartbeat(&s).unwrap();
    assert_eq!(store.last_event_id().unwrap(), marker);
    store
        .move_item(id(&store, plan, 1), Status::Done, None)
        .unwrap();
    assert!(store.last_event_id().unwrap() > marker);
}

/// The card columns kept on each item agree with the rows they summarise.
fn assert_cards_match_items(store: &Store, plan: i64) {
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    let cards = store.cards(plan).unwrap();
    assert_eq!(cards.len(), items.len());
    for item in &items {
        let card = cards.iter().find(|c| c.id == item.id).unwrap();
        let done = item.measures.iter().filter(|m| m.done).count() as u32;
        assert_eq!(
            (
                card.measures_done,
                card.measures_total,
                card.notes,
                card.lead_office.as_deref(),
                card.status,
                card.title.as_str()
            ),
            (
                done,
                item.measures.len() as u32,
                item.notes.len() as u32,
                item.lead_office(),
                item.status,
                item.title.as_str()
            ),
            "item {}",
            item.number
        );
    }
}

#[test]
fn card_columns_follow_every_kind_of_write() {
    let (mut store, plan) = seeded("alice");
    assert_cards_match_items(&store, plan);
    let (one, two) = (id(&store, plan, 1), id(&store, plan, 2));
    store.set_measure_done(one, 1, true).unwrap();
    store.set_measure_done(one, 3, true).unwrap();
    let note = store.add_note(one, "甲").unwrap();
    store.add_note(two, "乙").unwrap();
    store.edit_note(note, "甲改").unwrap();
    store.move_item(two, Status::Blocked, None).unwrap();
    assert_cards_match_items(&store, plan);
    store.delete_note(note).unwrap();
    store.undo_last(plan).unwrap(); // the note comes back
    store.undo_last(plan).unwrap(); // …and the move is undone
    assert_cards_match_items(&store, plan);
    // A re-import that rewrites measures and swaps the lead office.
    let mut doc = small_plan();
    doc.items[0].measures.truncate(2);
    doc.items[0].offices.reverse();
    doc.items[0].offices[0].role = duban::plan::Role::Lead;
    doc.items[0].offices[1].role = duban::plan::Role::Co;
    store.import(&doc).unwrap();
    assert_cards_match_items(&store, plan);
    assert_eq!(
        store.cards(plan).unwrap()[0].lead_office.as_deref(),
        Some("基教处")
    );
}

#[test]
fn a_deleted_notes_id_is_never_reused_so_undo_can_restore_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("board.db");
    let mut alice = Store::open(&db, "alice").unwrap();
    let plan = alice.import(&small_plan()).unwrap().plan_id;
    let mut bob = Store::open(&db, "bob").unwrap();
    let one = alice.item_id(plan, 1).unwrap();
    let two = alice.item_id(plan, 2).unwrap();
    let note = alice.add_note(one, "alice 的").unwrap();
    alice.delete_note(note).unwrap();
    let bobs = bob.add_note(two, "bob 的").unwrap();
    assert_ne!(bobs, note, "ids are not reused");
    assert!(matches!(
        alice.undo_last(plan).unwrap(),
        duban::store::UndoOutcome::Undone { .. }
    ));
    assert_eq!(alice.item(one).unwrap().notes[0].id, note);
}

#[test]
fn undo_is_refused_after_a_reimport_changed_the_item() {
    let (mut store, plan) = seeded("carol");
    let one = id(&store, plan, 1);
    store.set_measure_done(one, 3, true).unwrap();
    let mut doc = small_plan();
    doc.items[0].measures.truncate(2);
    store.import(&doc).unwrap();
    assert!(matches!(
        store.undo_last(plan).unwrap(),
        duban::store::UndoOutcome::Refused { number: 1, .. }
    ));
}

#[test]
fn a_reimport_without_a_deadline_keeps_the_stored_one_and_its_due_date() {
    let mut doc = small_plan();
    doc.items[0].deadline = Some("2021年6月底前".into());
    let mut store = Store::open_in_memory("alice").unwrap();
    let plan = store.import(&doc).unwrap().plan_id;
    let one = store.item_id(plan, 1).unwrap();
    assert_eq!(store.item(one).unwrap().due.as_deref(), Some("2021-06-30"));
    doc.items[0].deadline = None;
    store.import(&doc).unwrap();
    let item = store.item(one).unwrap();
    assert_eq!(item.deadline.as_deref(), Some("2021年6月底前"));
    assert_eq!(
        item.due.as_deref(),
        Some("2021-06-30"),
        "due follows the kept text"
    );
}

#[test]
fn a_reimport_that_gives_a_number_to_another_item_is_reported() {
    let (mut store, _) = seeded("alice");
    let mut doc = small_plan();
    doc.items[1].title = "完全不同的新工作".into();
    doc.items[0].title = "甲事项（修订版）".into();
    let report = store.import(&doc).unwrap();
    let numbers: Vec<u32> = report.retitled.iter().map(|r| r.number).collect();
    assert_eq!(numbers, vec![2], "an edit is not reported, a new item is");
    assert_eq!(report.retitled[0].before, "乙事项");
}

#[test]
fn history_starts_with_the_creation_under_the_title_the_item_had_then() {
    let (mut store, plan) = seeded("alice");
    let two = id(&store, plan, 2);
    let mut doc = small_plan();
    doc.items[1].title = "完全不同的新工作".into();
    store.set_fixed_now(Some("2030-01-01T00:00:00.000Z"));
    store.import(&doc).unwrap();
    let history = store.history(two).unwrap();
    let kinds: Vec<&str> = history.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["create", "update"]);
    assert_eq!(history[0].actor, "alice");
    assert_eq!(
        history[0].after.as_deref(),
        Some("乙事项"),
        "the title at creation"
    );
    assert_ne!(history[0].at, history[1].at);
    assert_eq!(history[1].after.as_deref(), Some("完全不同的新工作"));
}

/// A plan of `n` items from the generator, parsed.
fn generated(n: usize) -> duban::plan::Plan {
    let doc = duban::plan::generate::document(&duban::plan::generate::GenOptions::with_items(n));
    duban::plan::parse(&doc).unwrap().plan
}

fn journal_mode(db: &Path) -> String {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_large_import_alone_writes_directly_and_leaves_the_log_mode_on() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.db");
    let plan = generated(2_500);
    let mut store = Store::open(&db, "alice").unwrap();
    let report = store.import(&plan).unwrap();
    assert!(report.direct, "no one else had the database open");
    assert_eq!(report.items_added, 2_500);
    assert!(!dir.path().join("big.db-journal").exists());
    assert_eq!(journal_mode(&db), "wal");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    // The office index the import rebuilt serves the office filter.
    let office = duban::plan::generate::office_name(3);
    let filter = ItemFilter {
        office: Some(office.clone()),
        ..ItemFilter::default()
    };
    let found = store.items(report.plan_id, &filter).unwrap();
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|i| i.offices.iter().any(|o| o.name == office))
    );
    // A second board, and a second writer, work on it as before.
    let mut other = Store::open(&db, "bob").unwrap();
    let one = other.item_id(report.plan_id, 1).unwrap();
    other.move_item(one, Status::Doing, None).unwrap();
    assert_eq!(store.item(one).unwrap().status, Status::Doing);
}

#[test]
fn a_large_import_beside_an_open_board_goes_through_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    let mut board = Store::open(&db, "alice").unwrap();
    board.import(&small_plan()).unwrap();
    let seen = board.data_version().unwrap();
    let mut importer = Store::open(&db, "bob").unwrap();
    let started = std::time::Instant::now();
    let report = importer.import(&generated(2_500)).unwrap();
    assert!(!report.direct, "the open board keeps the log");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "no wait for the board to close"
    );
    assert_ne!(board.data_version().unwrap(), seen);
    assert_eq!(board.plans().unwrap().len(), 2);
    assert_eq!(journal_mode(&db), "wal");
    assert_eq!(board.integrity_check().unwrap(), "ok");
}

#[test]
fn search_texts_give_each_item_its_own_lines_in_order() {
    let (mut store, plan) = seeded("alice");
    let (one, three) = (id(&store, plan, 1), id(&store, plan, 3));
    store.add_note(three, "第一条批注").unwrap();
    store.add_note(three, "第二条批注").unwrap();
    store.add_note(one, "甲的批注").unwrap();
    let texts = store.search_texts(plan).unwrap();
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    assert_eq!(texts.len(), items.len());
    for ((id, text), item) in texts.iter().zip(&items) {
        assert_eq!(*id, item.id, "in item order");
        let mut lines = vec![item.title.clone(), item.target.clone()];
        lines.extend(item.measures.iter().map(|m| m.text.clone()));
        lines.extend(item.notes.iter().map(|n| n.text.clone()));
        assert_eq!(*text, lines.join("\n"), "item {}", item.number);
        assert_eq!(store.search_text(item.id).unwrap(), *text);
    }
    assert!(texts[2].1.ends_with("第一条批注\n第二条批注"));
}

#[test]
fn synthetic_activity_leaves_what_the_boards_writes_leave() {
    let (mut store, plan) = seeded("bench");
    assert_eq!(store.add_synthetic_activity(plan, 2).unwrap(), 2);
    for number in [2, 4] {
        let item = id(&store, plan, number);
        let record = store.item(item).unwrap();
        assert_eq!((record.status, record.notes.len()), (Status::Doing, 2));
        let kinds: Vec<String> = store
            .history(item)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, ["create", "note_add", "note_add", "move"]);
    }
    assert_eq!(
        store.item(id(&store, plan, 3)).unwrap().status,
        Status::Todo
    );
    assert_cards_match_items(&store, plan);
}

#[test]
fn imported_text_is_stored_without_controls() {
    let mut store = Store::open_in_memory("tester").unwrap();
    let mut parsed =
        duban::plan::parse_bytes(include_bytes!("../../seeds/000_1c263084d9f29a16.txt"))
            .unwrap()
            .plan;
    parsed.items[0].title.push_str("\x1b[2J\u{202e}");
    parsed.items[0].measures[0].push_str("\u{9b}31m");
    store.import(&parsed).unwrap();
    let plan = store.plan(None).unwrap().id;
    let item = store
        .item(store.item_id(plan, parsed.items[0].number).unwrap())
        .unwrap();
    assert!(
        !item.title.contains(['\x1b', '\u{202e}']),
        "{:?}",
        item.title
    );
    assert!(item.title.ends_with("[2J"));
    assert!(!item.measures[0].text.contains('\u{9b}'));
}

#[test]
fn wrong_files_are_refused_by_kind_before_sqlite_sees_them() {
    let dir = tempfile::tempdir().unwrap();
    let random = dir.path().join("random.db");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&random, &bytes).unwrap();
    assert!(matches!(
        Store::open(&random, "alice"),
        Err(StoreError::NotSqlite { .. })
    ));
    assert_eq!(file_bytes(&random), bytes);
    assert!(matches!(
        Store::open(dir.path(), "alice"),
        Err(StoreError::IsDirectory { .. })
    ));
    let missing = dir.path().join("no-such-folder").join("x.db");
    assert!(matches!(
        Store::open(&missing, "alice"),
        Err(StoreError::NoFolder { .. })
    ));
    assert!(!dir.path().join("no-such-folder").exists());
    // An empty file is a new database, as SQLite treats it.
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    assert!(Store::open(&empty, "alice").is_ok());
}
