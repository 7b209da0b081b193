//! A large plan in a real terminal (tmux): a board that pages its cards (more than
//! `KEEP_ALL` of them) shows every column's count, goes to the end of a column,
//! moves the card there, and follows a move made by another process.

use crate::tmux;

use duban::plan::Status;
use duban::plan::generate::{GenOptions, document};
use duban::store::Store;
use duban::tui::state::board::KEEP_ALL;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(10);
const ITEMS: usize = 5_000;
// The board must page: more cards than it keeps whole.
const _: () = assert!(ITEMS > 2 * KEEP_ALL);

#[test]
fn a_paged_board_counts_its_columns_and_moves_the_last_card() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("large.db");
    let mut store = Store::open(&db, "tester").unwrap();
    let parsed = duban::plan::parse_bytes(document(&GenOptions::with_items(ITEMS)).as_bytes());
    store.import(&parsed.unwrap().plan).unwrap();
    let plan = store.plan(None).unwrap().id;
    let todo: Vec<_> = (store.cards(plan).unwrap().into_iter())
        .filter(|c| c.status == Status::Todo)
        .collect();
    assert_eq!(todo.len(), ITEMS);
    let (first, last) = (todo[0].clone(), todo[ITEMS - 1].clone());
    drop(store);

    let command = format!(
        "{}; echo \"rc=$?\"",
        duban_command(&db, dir.path(), "tester", "")
    );
    let t = Tmux::start("tmuxlarge", &command, 120, 40, None);
    t.wait_for(&format!("未启动（{ITEMS}）"), WAIT);

    // To the end of the column: the last card is read and shown.
    t.keys(&["G"]);
    let head: String = last.title.chars().take(6).collect();
    t.wait_for(&head, WAIT);
    t.keys(&["L"]);
    t.wait_for(&format!("未启动（{}）", ITEMS - 1), WAIT);
    t.wait_for("推进中（1）", WAIT);

    // Another process moves the first card: the counts follow, the cursor stays
    // on the card this board moved.
    let mut other = Store::open(&db, "other").unwrap();
    other.move_item(first.id, Status::Doing, None).unwrap();
    t.wait_for(&format!("未启动（{}）", ITEMS - 2), WAIT);
    t.wait_for("推进中（2）", WAIT);
    t.keys(&["H"]);
    t.wait_for(&format!("未启动（{}）", ITEMS - 1), WAIT);
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", WAIT);
    assert!(screen.contains("rc=0"), "{screen}");

    let store = Store::open(&db, "checker").unwrap();
    assert_eq!(
        store.item(last.id).unwrap().status,
        Status::Todo,
        "moved back"
    );
    assert_eq!(store.item(first.id).unwrap().status, Status::Doing);
}

/// The counts of each column of the only plan in `db`, by COUNT over the items.
fn counted(db: &std::path::Path) -> [usize; 4] {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut counts = [0; 4];
    for (n, status) in counts.iter_mut().zip(Status::ALL) {
        let c: i64 = conn
            .query_row(
                "SELECT count(*) FROM items WHERE retired = 0 AND status = ?1",
                [status.key()],
                |r| r.get(0),
            )
            .unwrap();
        *n = c as usize;
    }
    counts
}

/// The board's column titles for these counts.
fn titles(counts: [usize; 4]) -> Vec<String> {
    let names = ["未启动", "推进中", "受阻", "已完成"];
    (names.iter().zip(counts))
        .map(|(name, n)| format!("{name}（{n}）"))
        .collect()
}

/// A plan too large to make in a test (a million items: `benches/first_frame.py`'s
/// file), named by `DUBAN_LARGE_DB`: the board shows the counts COUNT finds, moves a
/// card and back, and the counts follow. The file is changed (the card's version).
#[test]
fn a_large_file_shows_the_counts_count_finds_and_moves_a_card() {
    require_tmux!();
    let Some(db) = std::env::var_os("DUBAN_LARGE_DB") else {
        eprintln!("skipped: set DUBAN_LARGE_DB to a database with one large plan");
        return;
    };
    let db = std::path::PathBuf::from(db);
    let dir = tempfile::tempdir().unwrap();
    let before = counted(&db);
    let store = Store::open(&db, "tester").unwrap();
    let plan = store.plan(None).unwrap().id;
    assert_eq!(store.card_counts(plan).unwrap(), before, "kept counts");
    drop(store);
    let wait = Duration::from_secs(120);
    let command = format!(
        "{}; echo \"rc=$?\"",
        duban_command(&db, dir.path(), "tester", "")
    );
    let t = Tmux::start("tmuxhuge", &command, 120, 40, None);
    for title in titles(before) {
        t.wait_for(&title, wait);
    }
    t.keys(&["L"]);
    let mut moved = before;
    moved[0] -= 1;
    moved[1] += 1;
    for title in titles(moved) {
        t.wait_for(&title, wait);
    }
    assert_eq!(counted(&db), moved);
    t.keys(&["H"]);
    for title in titles(before) {
        t.wait_for(&title, wait);
    }
    t.keys(&["q"]);
    let screen = t.wait_for("[exited]", wait);
    assert!(screen.contains("rc=0"), "{screen}");
    assert_eq!(counted(&db), before);
    let store = Store::open(&db, "checker").unwrap();
    assert_eq!(store.card_counts(plan).unwrap(), before, "kept counts");
}

/// The first `/` on a large plan opens the prompt before the search index is built;
/// the query typed at once filters the board when it is, with the counts of a search
/// that had its index from the start.
#[test]
fn a_search_typed_at_once_on_a_large_plan_filters_the_board_when_its_index_is_ready() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("large.db");
    let mut store = Store::open(&db, "tester").unwrap();
    let parsed = duban::plan::parse_bytes(document(&GenOptions::with_items(ITEMS)).as_bytes());
    store.import(&parsed.unwrap().plan).unwrap();
    let plan = store.plan(None).unwrap().id;
    let query = "安全保障";
    let hits = (store.search_texts(plan).unwrap().into_iter())
        .filter(|(_, text)| text.contains(query))
        .count();
    assert!(hits > 0 && hits < ITEMS, "{hits}");
    drop(store);

    // With the texts in the index, and without them (read again for each query).
    for (session, texts) in [
        ("tmuxlargesearch", ""),
        ("tmuxlargescan", "DUBAN_SEARCH_TEXTS=0 "),
    ] {
        let command = format!(
            "{texts}{}; echo \"rc=$?\"",
            duban_command(&db, dir.path(), "tester", "")
        );
        let t = Tmux::start(session, &command, 120, 40, None);
        t.wait_for(&format!("未启动（{ITEMS}）"), WAIT);
        t.keys(&["/"]);
        t.type_text(query);
        t.wait_for(&format!("未启动（{hits}）"), WAIT);
        let screen = t.wait_for(&format!("搜索：{query}"), WAIT);
        assert!(!screen.contains("正在建立索引"), "{screen}");
        assert!(!screen.contains("正在查找"), "{screen}");
        // Enter keeps the filter, Esc lifts it.
        t.keys(&["Enter"]);
        t.keys(&["Escape"]);
        t.wait_for(&format!("未启动（{ITEMS}）"), WAIT);
        t.keys(&["q"]);
        let screen = t.wait_for("[exited]", WAIT);
        assert!(screen.contains("rc=0"), "{session}: {screen}");
    }
}
