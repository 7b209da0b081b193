//! Responsible leaders (persons) on items: stored by import, replaced by re-import,
//! read back with the item; and the schema migration that added them.

use crate::common;

use common::small_plan;
use duban::plan::Status;
use duban::store::{ItemFilter, Store};

#[test]
fn import_stores_persons_in_document_order() {
    let mut store = Store::open_in_memory("alice").unwrap();
    let mut doc = small_plan();
    doc.items[0].persons = vec!["张三".into(), "李四".into()];
    let plan = store.import(&doc).unwrap().plan_id;
    let items = store.items(plan, &ItemFilter::default()).unwrap();
    assert_eq!(items[0].persons, ["张三", "李四"]);
    assert!(items[1].persons.is_empty());
    let one = store.item(store.item_id(plan, 1).unwrap()).unwrap();
    assert_eq!(one.persons, ["张三", "李四"]);
    // Persons are not offices.
    assert!(one.offices.iter().all(|o| o.name != "张三"));
}

#[test]
fn reimport_replaces_persons_and_keeps_status() {
    let mut store = Store::open_in_memory("alice").unwrap();
    let mut doc = small_plan();
    doc.items[0].persons = vec!["张三".into()];
    let plan = store.import(&doc).unwrap().plan_id;
    let one = store.item_id(plan, 1).unwrap();
    store.move_item(one, Status::Doing, None).unwrap();

    doc.items[0].persons = vec!["王五".into()];
    doc.items[1].persons = vec!["赵六".into()];
    let report = store.import(&doc).unwrap();
    assert_eq!((report.items_updated, report.items_unchanged), (2, 2));
    let item = store.item(one).unwrap();
    assert_eq!(item.persons, ["王五"]);
    assert_eq!(item.status, Status::Doing);
    let two = store.item(store.item_id(plan, 2).unwrap()).unwrap();
    assert_eq!(two.persons, ["赵六"]);

    doc.items[0].persons.clear();
    store.import(&doc).unwrap();
    assert!(store.item(one).unwrap().persons.is_empty());
    let again = store.import(&doc).unwrap();
    assert_eq!(again.items_updated, 0, "same persons: no change");
}

#[test]
fn a_database_before_persons_upgrades_in_place_keeping_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    // The schema just before `item_persons`.
    let before = (1..)
        .take_while(|v| Store::migration_sql(*v).is_some())
        .find(|v| {
            Store::migration_sql(*v)
                .unwrap()
                .contains("CREATE TABLE item_persons")
        })
        .expect("a migration creates item_persons")
        - 1;
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for v in 1..=before {
            conn.execute_batch(Store::migration_sql(v).unwrap())
                .unwrap();
        }
        conn.execute_batch(&format!(
            "PRAGMA user_version = {before};
             INSERT INTO plans (id, key, title, date, created_at, updated_at)
               VALUES (1, '测教发〔2021〕1号', '测试厅2021年工作要点', '2021-02-01', 't0', 't0');
             INSERT INTO items (id, plan_id, number, title, target, status, position,
               created_at, updated_at, measures_total)
               VALUES (1, 1, 1, '甲事项', '目标', 'blocked', 1, 't0', 't0', 1);
             INSERT INTO measures (item_id, ordinal, text, done) VALUES (1, 1, '措施。', 1);
             INSERT INTO notes (item_id, author, created_at, text) VALUES (1, 'alice', 't1', '备注');"
        ))
        .unwrap();
    }
    let mut store = Store::open(&path, "bob").unwrap();
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, Store::schema_version());
    let one = store.item(1).unwrap();
    assert_eq!(one.status, Status::Blocked);
    assert_eq!(one.notes.len(), 1);
    assert!(one.measures[0].done);
    assert!(one.persons.is_empty());

    // The upgraded database takes persons on re-import.
    let mut doc = small_plan();
    doc.items.truncate(1);
    doc.items[0].persons = vec!["张三".into()];
    store.import(&doc).unwrap();
    let one = store.item(1).unwrap();
    assert_eq!(one.persons, ["张三"]);
    assert_eq!(one.status, Status::Blocked);
}
