//! A database written before the supervision loop (schema 4) upgrades in place,
//! keeping its plan, items, notes and history, and takes reports at once.

use duban::plan::Status;
use duban::store::Store;

#[test]
fn a_version_4_database_upgrades_in_place_keeping_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for v in 1..=4 {
            conn.execute_batch(Store::migration_sql(v).unwrap())
                .unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 4;
             INSERT INTO plans (id, key, title, date, created_at, updated_at)
               VALUES (1, 'k', '某厅2020年工作要点', '2020-03-06',
                       '2020-03-06T00:00:00.000Z', '2020-03-06T00:00:00.000Z');
             INSERT INTO offices (id, name) VALUES (1, '基教处'), (2, '办公室');
             INSERT INTO items (id, plan_id, number, title, target, status, position,
               created_at, updated_at, due, lead_office, measures_done, measures_total,
               notes_count)
               VALUES (1, 1, 1, '甲', '目标', 'doing', 1, '2020-03-06T00:00:00.000Z',
                       '2020-03-06T00:00:00.000Z', '2020-12-31', '基教处', 1, 1, 1),
                      (2, 1, 2, '乙', '目标', 'done', 1, '2020-03-06T00:00:00.000Z',
                       '2020-03-06T00:00:00.000Z', '2020-12-31', '办公室', 0, 0, 0);
             INSERT INTO item_offices (item_id, office_id, role, ordinal)
               VALUES (1, 1, 'lead', 1), (2, 2, 'lead', 1);
             INSERT INTO measures (item_id, ordinal, text, done) VALUES (1, 1, '措施。', 1);
             INSERT INTO notes (item_id, author, created_at, text)
               VALUES (1, 'alice', '2020-04-01T00:00:00.000Z', '备注');
             INSERT INTO events (plan_id, item_id, actor, at, kind, before, after)
               VALUES (1, 1, 'alice', '2020-04-01T00:00:00.000Z', 'move', 'todo', 'doing');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path, "alice").unwrap();
    store.set_fixed_now(Some("2020-06-10T09:00:00.000Z"));
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, Store::schema_version());
    let one = store.item(1).unwrap();
    assert_eq!((one.status, one.notes.len()), (Status::Doing, 1));
    assert!(one.measures[0].done);
    let history = store.history(1).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].who(duban::i18n::Lang::Zh), "alice");
    // The new card columns start empty; a done item from before is final.
    let cards = store.cards(1).unwrap();
    assert_eq!(cards.len(), 2);
    let two = cards.iter().find(|c| c.id == 2).unwrap();
    assert_eq!(two.status, Status::Done);
    assert!(!two.supervision.awaiting_confirmation);
    assert!(store.members().unwrap().is_empty());
    // The loop works on the upgraded file.
    store.report(1, "六月进展").unwrap();
    assert!(store.card(1).unwrap().supervision.reported);
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// A database of schema 6 (the supervision loop, before issue 15) upgrades in
/// place: its items stay on the board, and items can be added, corrected and
/// retired at once.
#[test]
fn a_version_6_database_upgrades_in_place_and_takes_hand_made_items() {
    use duban::store::{ItemEdit, ItemFilter, NewItem};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for v in 1..=6 {
            conn.execute_batch(Store::migration_sql(v).unwrap())
                .unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 6;
             INSERT INTO plans (id, key, title, date, created_at, updated_at)
               VALUES (1, 'k', '某厅2020年工作要点', '2020-03-06',
                       '2020-03-06T00:00:00.000Z', '2020-03-06T00:00:00.000Z');
             INSERT INTO offices (id, name) VALUES (1, '基教处'), (2, '办公室');
             INSERT INTO items (id, plan_id, number, title, target, status, position,
               created_at, updated_at, due, lead_office)
               VALUES (1, 1, 1, '甲', '目标', 'doing', 1, '2020-03-06T00:00:00.000Z',
                       '2020-03-06T00:00:00.000Z', '2020-12-31', '基教处');
             INSERT INTO item_offices (item_id, office_id, role, ordinal)
               VALUES (1, 1, 'lead', 1);
             INSERT INTO members (user, office_id, supervisor, added_by, added_at)
               VALUES ('alice', 2, 1, 'alice', '2020-03-06T00:00:00.000Z');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path, "alice").unwrap();
    store.set_fixed_now(Some("2020-06-10T09:00:00.000Z"));
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let cards = store.cards(1).unwrap();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].status, Status::Doing);
    let one = store.item(1).unwrap();
    assert!(!one.retired && !one.by_hand && one.source.is_none());
    let added = store
        .add_item(
            None,
            &NewItem {
                title: "临时交办".into(),
                lead: "基教处".into(),
                ..NewItem::default()
            },
        )
        .unwrap();
    assert_eq!(added.number, 1);
    assert_ne!(added.plan, 1);
    store
        .edit_item(
            1,
            &ItemEdit {
                lead: Some("办公室".into()),
                ..ItemEdit::default()
            },
        )
        .unwrap();
    store.retire_item(1, "并入其他事项").unwrap();
    assert!(store.cards(1).unwrap().is_empty());
    let retired = ItemFilter {
        retired: true,
        ..ItemFilter::default()
    };
    assert_eq!(
        store.items(1, &retired).unwrap()[0].lead_office(),
        Some("办公室")
    );
    // The file opens again as a current one.
    drop(store);
    Store::open(&path, "alice").unwrap();
}
