//! Issue 5 in the store: deadlines, indicators, stand-ups, the overview, visits,
//! and the migration from schema 1.

use crate::common;

use common::small_plan;
use duban::plan::Plan;
use duban::plan::Status;
use duban::plan::deadline::Light;
use duban::plan::indicators::Direction;
use duban::store::{ItemFilter, Store, StoreError};
use jiff::civil::date;

/// The small plan with numbers in item 1's target and a stated deadline on item 2.
fn doc() -> Plan {
    let mut p = small_plan();
    p.items[0].target = "覆盖率达到80%，新建学校3所，大班额控制在5%以内".into();
    p.items[1].deadline = Some("6月底".into());
    p
}

fn store_at(actor: &str, now: &str) -> (Store, i64) {
    let mut store = Store::open_in_memory(actor).unwrap();
    store.set_fixed_now(Some(now));
    let plan = store.import(&doc()).unwrap().plan_id;
    (store, plan)
}

fn id(store: &Store, plan: i64, number: u32) -> i64 {
    store.item_id(plan, number).unwrap()
}

#[test]
fn import_fills_deadlines_from_the_text_or_the_plan_year() {
    let (store, plan) = store_at("alice", "2021-03-01T12:00:00.000Z");
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    let due: Vec<Option<&str>> = items.iter().map(|i| i.due.as_deref()).collect();
    assert_eq!(
        due,
        [
            Some("2021-12-31"),
            Some("2021-06-30"),
            Some("2021-12-31"),
            Some("2021-12-31")
        ]
    );
    assert_eq!(
        items[1].deadline.as_deref(),
        Some("6月底"),
        "the text is kept"
    );
    assert!(items.iter().all(|i| i.light == Some(Light::OnTrack)));
    let json = serde_json::to_value(&items[1]).unwrap();
    assert_eq!(json["deadline"], "2021-06-30");
    assert_eq!(json["deadline_text"], "6月底");
}

#[test]
fn lights_follow_the_clock_and_done_is_never_late() {
    let (mut store, plan) = store_at("alice", "2021-06-20T12:00:00.000Z");
    let two = id(&store, plan, 2);
    assert_eq!(store.item(two).unwrap().light, Some(Light::DueSoon));
    store.set_fixed_now(Some("2021-07-01T12:00:00.000Z"));
    assert_eq!(store.item(two).unwrap().light, Some(Light::Overdue));
    let card = store
        .cards(plan)
        .unwrap()
        .into_iter()
        .find(|c| c.number == 2)
        .unwrap();
    assert_eq!(
        (card.due.as_deref(), card.light),
        (Some("2021-06-30"), Some(Light::Overdue))
    );
    store.move_item(two, Status::Done, None).unwrap();
    assert_eq!(store.item(two).unwrap().light, Some(Light::OnTrack));
}

#[test]
fn a_deadline_set_by_hand_is_recorded_and_survives_reimport() {
    let (mut store, plan) = store_at("alice", "2021-03-01T12:00:00.000Z");
    let two = id(&store, plan, 2);
    assert!(store.set_due(two, date(2021, 9, 30)).unwrap());
    assert!(
        !store.set_due(two, date(2021, 9, 30)).unwrap(),
        "same date: no change"
    );
    let last = store.history(two).unwrap().pop().unwrap();
    assert_eq!(last.kind, "deadline");
    assert_eq!(last.before.as_deref(), Some("2021-06-30"));
    assert_eq!(last.after.as_deref(), Some("2021-09-30"));

    let mut doc = doc();
    doc.items[1].deadline = Some("5月底".into());
    doc.items[2].deadline = Some("5月底".into());
    store.import(&doc).unwrap();
    assert_eq!(store.item(two).unwrap().due.as_deref(), Some("2021-09-30"));
    let three = id(&store, plan, 3);
    assert_eq!(
        store.item(three).unwrap().due.as_deref(),
        Some("2021-05-31"),
        "an imported deadline follows the document"
    );
}

#[test]
fn indicators_are_imported_recorded_and_kept_on_reimport() {
    let (mut store, plan) = store_at("alice", "2021-03-01T12:00:00.000Z");
    let one = id(&store, plan, 1);
    let ind = store.item(one).unwrap().indicators;
    let got: Vec<(&str, f64, &str, Direction)> = ind
        .iter()
        .map(|i| (i.text.as_str(), i.target, i.unit.as_str(), i.direction))
        .collect();
    assert_eq!(
        got,
        [
            ("覆盖率达到80%", 80.0, "%", Direction::AtLeast),
            ("新建学校3所", 3.0, "所", Direction::Exactly),
            ("大班额控制在5%以内", 5.0, "%", Direction::AtMost),
        ]
    );
    assert!(ind.iter().all(|i| i.actual.is_none() && i.met.is_none()));

    store.set_indicator_actual(one, 1, 75.0).unwrap();
    store.set_indicator_actual(one, 3, 4.5).unwrap();
    let ind = store.item(one).unwrap().indicators;
    assert_eq!((ind[0].actual, ind[0].met), (Some(75.0), Some(false)));
    assert_eq!((ind[2].actual, ind[2].met), (Some(4.5), Some(true)));
    let card = store
        .cards(plan)
        .unwrap()
        .into_iter()
        .find(|c| c.number == 1)
        .unwrap();
    assert_eq!((card.indicators_total, card.indicators_behind), (3, 1));
    let last = store.history(one).unwrap().pop().unwrap();
    assert_eq!(
        (last.kind.as_str(), last.after.as_deref()),
        ("indicator", Some("大班额：4.5%"))
    );

    match store.set_indicator_actual(one, 4, 1.0) {
        Err(StoreError::NoSuchIndicator {
            number: 1,
            ordinal: 4,
            count: 3,
        }) => {}
        other => panic!("expected NoSuchIndicator, got {other:?}"),
    }

    // The document rewords the third and adds one: values stay with their text.
    let mut doc = doc();
    doc.items[0].target = "覆盖率达到80%，新建学校3所，超大班额控制在5%以内，新增学位2万个".into();
    store.import(&doc).unwrap();
    let ind = store.item(one).unwrap().indicators;
    assert_eq!(ind.len(), 4);
    assert_eq!(ind[0].actual, Some(75.0));
    assert_eq!(
        ind[2].actual,
        Some(4.5),
        "carried to the edited text in place"
    );
    assert_eq!(ind[3].actual, None);
}

#[test]
fn standup_reports_two_actors_within_the_window_per_office() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut alice = Store::open(&path, "alice").unwrap();
    alice.set_fixed_now(Some("2021-03-01T01:00:00.000Z"));
    let plan = alice.import(&doc()).unwrap().plan_id;
    let mut bob = Store::open(&path, "bob").unwrap();
    let (one, two, three) = (
        id(&alice, plan, 1),
        id(&alice, plan, 2),
        id(&alice, plan, 3),
    );
    // Before the window.
    alice.move_item(one, Status::Doing, None).unwrap();
    alice.add_note(two, "旧备注").unwrap();
    // Inside it: alice and, on the same store file in reality, bob.
    alice.set_fixed_now(Some("2021-03-02T02:00:00.000Z"));
    alice.move_item(one, Status::Blocked, None).unwrap();
    alice.set_measure_done(two, 2, true).unwrap();
    bob.set_fixed_now(Some("2021-03-02T03:00:00.000Z"));
    bob.add_note(one, "等待财政批复").unwrap();
    bob.move_item(three, Status::Done, None).unwrap();

    alice.set_fixed_now(Some("2021-03-02T09:00:00.000Z"));
    let since = "2021-03-02T00:00:00.000Z";
    let all = alice.standup(plan, None, since).unwrap();
    assert_eq!(all.until, "2021-03-02T09:00:00.000Z");
    let names: Vec<&str> = all.offices.iter().map(|o| o.office.as_str()).collect();
    assert!(!names.contains(&"相关处室"), "groups hold no stand-up");
    assert!(names.contains(&"基教处") && names.contains(&"高教处"));

    let office = |name: &str| {
        alice
            .standup(plan, Some(name), since)
            .unwrap()
            .offices
            .remove(0)
    };
    let office_only = office("办公室");
    let moves: Vec<(u32, Status, Status, &str)> = office_only
        .moves
        .iter()
        .map(|m| (m.number, m.from, m.to, m.by.as_str()))
        .collect();
    assert_eq!(moves, [(1, Status::Doing, Status::Blocked, "alice")]);
    assert_eq!(office_only.moves[0].at, "2021-03-02T02:00:00.000Z");
    let notes: Vec<(&str, &str)> = office_only
        .notes
        .iter()
        .map(|n| (n.by.as_str(), n.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [("bob", "等待财政批复")],
        "the note before the window is left out"
    );
    assert!(office_only.measures.is_empty());
    assert_eq!(office_only.counts.blocked, 1);

    let jijiao = office("基教处");
    assert_eq!(
        jijiao.moves.len(),
        1,
        "item 1 is also 基教处's; item 3 is not"
    );
    assert_eq!(jijiao.measures.len(), 1);
    assert_eq!(
        (
            jijiao.measures[0].number,
            jijiao.measures[0].ordinal,
            jijiao.measures[0].done
        ),
        (2, 2, true)
    );
    assert_eq!(jijiao.measures[0].text, "乙事项措施二。");

    let gaojiao = office("高教处");
    assert_eq!(gaojiao.moves[0].by, "bob");
    assert_eq!(gaojiao.counts.done, 1);

    // A later window sees none of it.
    let later = alice
        .standup(plan, Some("办公室"), "2021-03-02T03:00:00.001Z")
        .unwrap();
    assert!(later.offices[0].moves.is_empty() && later.offices[0].notes.is_empty());
}

#[test]
fn standup_lists_late_due_and_idle_items() {
    let (mut store, plan) = store_at("alice", "2021-01-01T12:00:00.000Z");
    let (one, four) = (id(&store, plan, 1), id(&store, plan, 4));
    store.set_due(one, date(2021, 6, 1)).unwrap();
    store.set_fixed_now(Some("2021-06-20T12:00:00.000Z"));
    store.add_note(four, "有进展").unwrap();
    let s = store
        .standup(plan, Some("基教处"), "2021-06-19T00:00:00.000Z")
        .unwrap();
    let o = &s.offices[0];
    assert_eq!(s.today, "2021-06-20");
    let numbers = |v: &[duban::store::ItemDue]| v.iter().map(|i| i.number).collect::<Vec<_>>();
    assert_eq!(numbers(&o.overdue), [1]);
    assert_eq!(o.overdue[0].due, "2021-06-01");
    assert_eq!(numbers(&o.due_soon), [2], "6月底 is 10 days off");
    let idle: Vec<(u32, &str)> = o
        .idle
        .iter()
        .map(|i| (i.number, i.last_activity.as_str()))
        .collect();
    assert_eq!(
        idle,
        [
            (1, "2021-01-01T12:00:00.000Z"),
            (2, "2021-01-01T12:00:00.000Z")
        ],
        "item 4 had a note today"
    );
    assert_eq!(o.counts.todo, 3);
}

#[test]
fn last_standup_is_per_actor_and_office() {
    let (mut store, plan) = store_at("alice", "2021-03-01T12:00:00.000Z");
    assert_eq!(store.last_standup(plan, Some("基教处")).unwrap(), None);
    store.record_standup(plan, Some("基教处")).unwrap();
    store.set_fixed_now(Some("2021-03-02T12:00:00.000Z"));
    store.record_standup(plan, None).unwrap();
    assert_eq!(
        store.last_standup(plan, Some("基教处")).unwrap().as_deref(),
        Some("2021-03-01T12:00:00.000Z")
    );
    assert_eq!(
        store.last_standup(plan, None).unwrap().as_deref(),
        Some("2021-03-02T12:00:00.000Z")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut alice = Store::open(&path, "alice").unwrap();
    let plan = alice.import(&doc()).unwrap().plan_id;
    alice.record_standup(plan, None).unwrap();
    let bob = Store::open(&path, "bob").unwrap();
    assert_eq!(
        bob.last_standup(plan, None).unwrap(),
        None,
        "alice's is not bob's"
    );
    assert!(alice.last_standup(plan, None).unwrap().is_some());
}

#[test]
fn overview_counts_offices_by_role_measures_and_lateness() {
    let (mut store, plan) = store_at("alice", "2021-03-01T12:00:00.000Z");
    let (one, two) = (id(&store, plan, 1), id(&store, plan, 2));
    store.set_measure_done(two, 1, true).unwrap();
    store.move_item(one, Status::Doing, None).unwrap();
    store.set_due(one, date(2021, 2, 1)).unwrap();
    let rows = store.office_overview(plan, date(2021, 3, 1)).unwrap();
    let jijiao = rows.iter().find(|o| o.name == "基教处").unwrap();
    assert_eq!(rows[0].name, "基教处", "most items first");
    assert_eq!((jijiao.lead.total(), jijiao.co.total()), (1, 2));
    assert_eq!(jijiao.co.doing, 1);
    assert_eq!((jijiao.measures_done, jijiao.measures_total), (1, 9));
    assert_eq!(jijiao.measures_done_percent(), Some(11));
    assert_eq!(jijiao.overdue, 1);
    let office = rows.iter().find(|o| o.name == "办公室").unwrap();
    assert_eq!((office.lead.doing, office.overdue), (1, 1));
    let group = rows.iter().find(|o| o.name == "相关处室").unwrap();
    assert!(group.group);
}

#[test]
fn changed_since_and_visits_mark_what_moved_after_the_last_visit() {
    let (mut store, plan) = store_at("alice", "2021-03-01T12:00:00.000Z");
    assert_eq!(store.last_visit(plan).unwrap(), None);
    store.record_visit(plan).unwrap();
    let visit = store.last_visit(plan).unwrap().unwrap();
    assert_eq!(visit, "2021-03-01T12:00:00.000Z");
    assert!(
        store.changed_since(plan, &visit).unwrap().is_empty(),
        "import was before"
    );
    store.set_fixed_now(Some("2021-03-01T13:00:00.000Z"));
    let three = id(&store, plan, 3);
    store.add_note(three, "新进展").unwrap();
    assert_eq!(
        store
            .changed_since(plan, &visit)
            .unwrap()
            .into_iter()
            .collect::<Vec<_>>(),
        [three]
    );
    store.record_visit(plan).unwrap();
    assert_eq!(
        store.last_visit(plan).unwrap().as_deref(),
        Some("2021-03-01T13:00:00.000Z")
    );
}

#[test]
fn a_version_1_database_migrates_to_the_current_schema_keeping_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(Store::migration_sql(1).unwrap())
            .unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO plans (id, key, title, date, created_at, updated_at)
               VALUES (1, 'k', '某厅2020年工作要点', '2020-03-06', 't0', 't0');
             INSERT INTO items (id, plan_id, number, title, target, status, position, deadline,
               created_at, updated_at)
               VALUES (1, 1, 1, '甲', '入学率达到95%以上', 'doing', 1, NULL, 't0', 't0'),
                      (2, 1, 2, '乙', '无', 'todo', 1, '2020年9月30日前', 't0', 't0');
             INSERT INTO measures (item_id, ordinal, text, done)
               VALUES (1, 1, '在2020年6月底前完成。', 1);
             INSERT INTO notes (item_id, author, created_at, text) VALUES (1, 'alice', 't1', '备注');
             INSERT INTO events (plan_id, item_id, actor, at, kind, before, after)
               VALUES (1, 1, 'alice', 't1', 'move', 'todo', 'doing');",
        )
        .unwrap();
    }
    let store = Store::open(&path, "bob").unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, Store::schema_version());
    // Migration 4 drops the index that `items_cards` makes redundant.
    let indexes: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'items'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(indexes.contains(&"items_cards".to_string()), "{indexes:?}");
    assert!(
        !indexes.contains(&"items_by_column".to_string()),
        "{indexes:?}"
    );
    let one = store.item(1).unwrap();
    // Migration 3 fills the card columns from the rows.
    let card = store
        .cards(1)
        .unwrap()
        .into_iter()
        .find(|c| c.id == 1)
        .unwrap();
    assert_eq!(
        (
            card.measures_done,
            card.measures_total,
            card.notes,
            card.indicators_total
        ),
        (1, 1, 1, 1)
    );
    assert_eq!((one.status, one.notes.len()), (Status::Doing, 1));
    assert!(one.measures[0].done);
    assert_eq!(store.history(1).unwrap().len(), 1);
    assert_eq!(
        one.due.as_deref(),
        Some("2020-06-30"),
        "from a measure's phrase"
    );
    assert_eq!(one.indicators.len(), 1);
    assert_eq!(one.indicators[0].direction, Direction::AtLeast);
    assert_eq!(store.item(2).unwrap().due.as_deref(), Some("2020-09-30"));
}
