//! duban's schema on a PostgreSQL server against the SQLite board's: the same
//! tables and columns, one migration at a time however many start at once, set
//! up by a role that is not a superuser, and one notification per transaction.

use crate::pg::{Cluster, require_pg};
use duban::store::Store;
use duban::store::server;
use postgres::Client;
use postgres::fallible_iterator::FallibleIterator;
use std::collections::BTreeMap;

/// Table -> its columns, sorted.
type Catalog = BTreeMap<String, Vec<String>>;

fn sqlite_catalog() -> Catalog {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    drop(Store::open(&path, "甲").unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let mut columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            columns.sort();
            (t, columns)
        })
        .collect()
}

fn server_catalog(client: &mut Client) -> Catalog {
    let mut catalog = Catalog::new();
    for row in client
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'duban' AND table_name <> 'schema_version'
             ORDER BY 1, 2",
            &[],
        )
        .unwrap()
    {
        catalog.entry(row.get(0)).or_default().push(row.get(1));
    }
    catalog
}

fn fresh() -> (Cluster, Client) {
    let cluster = Cluster::start();
    cluster.create_db("duban");
    let client = cluster.connect("duban");
    (cluster, client)
}

#[test]
fn the_server_has_the_sqlite_boards_tables_and_columns_at_the_same_version() {
    require_pg!();
    let (_cluster, mut client) = fresh();
    let report = server::init(&mut client, "督查员", "办公室").unwrap();
    let sqlite = sqlite_catalog();
    assert_eq!(server_catalog(&mut client), sqlite);
    // One numbering: the server is at the SQLite schema's version. A new SQLite
    // migration needs its server counterpart under the same number.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    drop(Store::open(&path, "甲").unwrap());
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(report.to, version);
}

#[test]
fn two_inits_at_once_migrate_once() {
    require_pg!();
    let (cluster, _client) = fresh();
    let url = cluster.url("postgres", "duban");
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut client = server::connect(&url).unwrap();
                server::init(&mut client, "督查员", "办公室").unwrap()
            })
        })
        .collect();
    let mut reports: Vec<_> = runs
        .into_iter()
        .map(|t| {
            let r = t.join().unwrap();
            (r.from, r.to)
        })
        .collect();
    reports.sort();
    let v = Store::schema_version();
    assert_eq!(reports, [(0, v), (v, v)]);
    // Each migration recorded once, the last one the build's.
    let row = cluster
        .connect("duban")
        .query_one(
            "SELECT count(*), count(DISTINCT version), max(version) FROM duban.schema_version",
            &[],
        )
        .unwrap();
    let (all, distinct, last): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
    assert_eq!((all, last), (distinct, v));
}

#[test]
fn a_role_that_may_create_roles_and_owns_the_database_sets_it_up() {
    require_pg!();
    let cluster = Cluster::start();
    let mut postgres = cluster.connect("postgres");
    postgres
        .batch_execute("CREATE ROLE admin LOGIN CREATEROLE")
        .unwrap();
    postgres
        .batch_execute("CREATE DATABASE plan OWNER admin")
        .unwrap();
    let mut admin = Client::connect(&cluster.url("admin", "plan"), postgres::NoTls).unwrap();
    let report = server::init(&mut admin, "督查员", "办公室").unwrap();
    assert_eq!((report.from, report.to), (0, Store::schema_version()));
    let check = server::check(&mut admin).unwrap();
    assert!(check.unguarded.is_empty(), "{:?}", check.unguarded);
    assert!(!check.bypasses && check.owns, "{check:?}");
    assert_eq!(check.members, ["督查员"]);
    let forced: bool = admin
        .query_one(
            "SELECT bool_and(relforcerowsecurity) FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'duban' AND c.relkind = 'r'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(forced, "the set-up puts forced row-level security back");
}

#[test]
fn the_event_table_notifies_once_per_transaction() {
    require_pg!();
    let (cluster, mut client) = fresh();
    server::init(&mut client, "督查员", "办公室").unwrap();
    client
        .batch_execute(
            "INSERT INTO duban.plans (id, key, title, created_at, updated_at)
             VALUES (1, 'p', 'p', 't', 't')",
        )
        .unwrap();
    let mut listener = cluster.connect("duban");
    listener.batch_execute("LISTEN duban_events").unwrap();
    let mut member = Client::connect(&cluster.url("督查员", "duban"), postgres::NoTls).unwrap();
    let mut tx = member.transaction().unwrap();
    for _ in 0..3 {
        tx.execute(
            "INSERT INTO duban.events (plan_id, actor, at, kind) VALUES (1, 'x', 't', 'cycle')",
            &[],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    // A round trip after the commit: the notification has been delivered by then.
    listener.batch_execute("SELECT 1").unwrap();
    let got = listener.notifications().iter().count().unwrap();
    assert_eq!(got, 1);
}
