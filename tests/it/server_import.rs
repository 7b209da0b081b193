//! `duban import` into a server (issue 18): the rows go many to a statement,
//! as the server's supervisor with every rule on, and land as a file's import
//! lands them: the same items, measures, offices, indicators, persons and the
//! counts the triggers keep, table by table.

use crate::pg::{Cluster, board_url, require_pg, said};
use duban::plan::generate::{GenOptions, document};
use duban::store::server;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::Output;

const NOW: &str = "2026-12-08T03:00:00Z";
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");

/// `duban --db DB --lang en ARGS` at the pinned time.
fn duban(db: &str, config: &Path, args: &[&str]) -> Output {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--db", db, "--lang", "en"])
        .args(args)
        .env("DUBAN_CONFIG_DIR", config)
        .env("DUBAN_NOW", NOW)
        .env_remove("DUBAN_DB")
        .env_remove("DUBAN_LANG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", said(&out));
    out
}

/// What an import writes, table by table, each row as its values' debug text
/// (sorted): offices by name, not id (a server's ids come from sequences that
/// `server init` and conflicts move on), and without who did it (a file's
/// actor is the OS account, a server's the login role).
fn imported_rows(path: &Path) -> BTreeMap<String, Vec<String>> {
    const TABLES: [&str; 13] = [
        "plans",
        "sections",
        "items",
        "measures",
        "item_offices",
        "indicators",
        "item_persons",
        "item_hand_fields",
        "notes",
        "offices",
        "office_aliases",
        "office_counts",
        "column_counts",
    ];
    let conn = rusqlite::Connection::open(path).unwrap();
    let office: HashMap<i64, String> = conn
        .prepare("SELECT id, name FROM offices")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = BTreeMap::new();
    for t in TABLES {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
        let mut all: Vec<String> = stmt
            .query_map([], |r| {
                let mut values = Vec::new();
                for (k, name) in names.iter().enumerate() {
                    let v = r.get_ref(k).unwrap();
                    match (t, name.as_str()) {
                        ("offices", "id") | (_, "author" | "actor") => {}
                        (_, "office_id") => values.push(office[&v.as_i64().unwrap()].clone()),
                        _ => values.push(format!("{v:?}")),
                    }
                }
                Ok(values.join(" | "))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        all.sort();
        out.insert(t.to_string(), all);
    }
    out
}

/// A generated plan of `items` items, written to `path`.
fn generated(path: &Path, items: usize) -> String {
    std::fs::write(path, document(&GenOptions::with_items(items))).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn an_import_into_a_server_writes_the_rows_an_import_into_a_file_writes() {
    require_pg!();
    let cluster = Cluster::start();
    cluster.create_db("duban");
    server::init(&mut cluster.connect("duban"), "alice", "办公室").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let alice = board_url(&cluster, "alice");
    let file = dir.path().join("board.db");
    let file = file.to_str().unwrap();
    // A plan large enough to be read and stored a window at a time (2,000 items
    // and 512 KB): its rows go in many full batches and a part batch per window.
    let large = generated(&dir.path().join("large.txt"), 2_100);
    // A small plan in a second import: a part batch only; then the large plan
    // again, reshaped (its items land in other sections and numbers), which
    // updates items, adds a few and writes each new one at once.
    let reshaped = generated(&dir.path().join("reshaped.txt"), 2_140);
    for db in [alice.as_str(), file] {
        duban(db, &config, &["import", &large]);
        duban(db, &config, &["import", FIXTURE]);
        let out = duban(db, &config, &["import", &reshaped]);
        assert!(said(&out).contains("40 added"), "{}", said(&out));
    }
    let backup = dir.path().join("backup.db");
    duban(&alice, &config, &["backup", backup.to_str().unwrap()]);
    let (on_server, in_file) = (imported_rows(&backup), imported_rows(Path::new(file)));
    for (table, rows) in &in_file {
        let theirs = &on_server[table];
        let first = rows.iter().zip(theirs).find(|(a, b)| a != b);
        assert!(
            rows == theirs,
            "{table}: {} rows in the file, {} on the server; first difference: {first:?}",
            rows.len(),
            theirs.len(),
        );
    }
    assert!(in_file["items"].len() > 2_140, "{}", in_file["items"].len());
    assert!(in_file["item_offices"].len() > in_file["items"].len());
    // Every rule was on: alice is no superuser and RLS was forced throughout.
    let mut client = cluster.connect("duban");
    let row = client
        .query_one(
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = 'alice'",
            &[],
        )
        .unwrap();
    assert!(!row.get::<_, bool>(0));
}
