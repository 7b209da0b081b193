//! A database given as a symbolic link is judged by its target (issue 16, point
//! 15), and a file replaced under an open store is noticed before the next write
//! (point 19), through a link as directly.

use duban::store::{ItemFilter, Store};
use std::path::Path;

fn notes(store: &Store, number: u32) -> Vec<String> {
    let plan = store.plan(None).unwrap().id;
    let id = store.item_id(plan, number).unwrap();
    store
        .item(id)
        .unwrap()
        .notes
        .into_iter()
        .map(|n| n.text)
        .collect()
}

fn seeded(db: &Path) {
    let mut store = Store::open(db, "setup").unwrap();
    let parsed = duban::plan::parse_bytes(duban::cli::SEED).unwrap();
    store.import(&parsed.plan).unwrap();
}

#[test]
fn a_database_given_as_a_symlink_is_judged_by_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    let mine = dir.path().join("mine");
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::create_dir_all(&mine).unwrap();
    let target = shared.join("duban.db");
    seeded(&target);
    let link = mine.join("duban.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    // A writer through the link keeps its log beside the target.
    let mut writer = Store::open(&link, "alice").unwrap();
    assert!(!writer.is_read_only());
    let plan = writer.plan(None).unwrap().id;
    let three = writer.item_id(plan, 3).unwrap();
    writer.add_note(three, "写在日志里").unwrap();
    assert!(shared.join("duban.db-wal").exists());
    assert!(shared.join("duban.db-shm").exists());
    assert!(
        !mine.join("duban.db-wal").exists(),
        "nothing beside the link"
    );
    assert!(
        !mine.join("duban.db-shm").exists(),
        "nothing beside the link"
    );

    // A reader through the link sees the log the writer keeps beside the target
    // (not the file alone, as it would if it looked for the log beside the link).
    let reader = Store::open_read_only(&link, "bob").unwrap();
    assert_eq!(notes(&reader, 3), ["写在日志里"]);
    assert_eq!(
        reader.items(plan, &ItemFilter::default()).unwrap().len(),
        34
    );
    drop(reader);
    drop(writer);
}

#[test]
fn a_database_replaced_under_an_open_store_is_noticed_before_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("duban.db");
    seeded(&target);
    let other = dir.path().join("other.db");
    seeded(&other);
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    // Two stores open, one through the link.
    let mut direct = Store::open(&target, "alice").unwrap();
    let mut linked = Store::open(&link, "bob").unwrap();
    let plan = direct.plan(None).unwrap().id;
    let three = direct.item_id(plan, 3).unwrap();
    direct.add_note(three, "before").unwrap();
    std::fs::rename(&other, &target).unwrap();
    for store in [&mut direct, &mut linked] {
        let err = store.add_note(three, "into the new file").unwrap_err();
        assert!(err.is_file_change(), "{err}");
        assert!(err.to_string().contains("replaced"), "{err}");
        store.reopen_file().unwrap();
    }
    drop((direct, linked));
    let fresh = Store::open(&target, "carol").unwrap();
    assert!(
        !notes(&fresh, 3).contains(&"into the new file".to_string()),
        "nothing written into the new file"
    );
    assert_eq!(fresh.integrity_check().unwrap(), "ok");
}
