//! Several processes writing on one server (issue 18): a write transaction
//! takes duban's advisory lock right after `BEGIN`, so writers serialise as on
//! a SQLite file (`shared_db.rs` is the same on a file): racing writers lose
//! nothing and interleave nothing, and a writer killed with SIGKILL loses no
//! change it acknowledged.

use crate::pg::{Cluster, board_url as url, require_pg, run_on as duban, said as text};
use duban::store::server;
use postgres::Client;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::Duration;

const ITEMS: usize = 4;

/// A cluster with duban's schema, the supervise fixture imported by the
/// supervisor `alice`, and a superuser client to look at the rows.
fn imported(config: &std::path::Path) -> (Cluster, Client, String) {
    let cluster = Cluster::start();
    cluster.create_db("duban");
    let mut client = cluster.connect("duban");
    server::init(&mut client, "alice", "办公室").unwrap();
    let alice = url(&cluster, "alice");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");
    let out = duban(&alice, config, &["import", fixture]);
    assert!(out.status.success(), "{}", text(&out));
    (cluster, client, alice)
}

/// (id, version, events) per item, by number.
fn versions_and_events(client: &mut Client) -> Vec<(i64, i64, i64)> {
    client
        .query(
            "SELECT i.id, i.version, (SELECT count(*) FROM duban.events e WHERE e.item_id = i.id)
             FROM duban.items i ORDER BY i.number",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect()
}

/// Every item's moves form one chain from "todo" to the status it has.
fn assert_move_chains(client: &mut Client) {
    for row in client
        .query("SELECT id, status FROM duban.items", &[])
        .unwrap()
    {
        let (id, now): (i64, String) = (row.get(0), row.get(1));
        let mut status = "todo".to_string();
        for e in client
            .query(
                "SELECT before, after FROM duban.events WHERE item_id = $1 AND kind = 'move'
                 ORDER BY id",
                &[&id],
            )
            .unwrap()
        {
            let before: Option<String> = e.get(0);
            assert_eq!(
                before.as_deref(),
                Some(status.as_str()),
                "move chain of {id}"
            );
            status = e.get(1);
        }
        assert_eq!(now, status, "item {id}'s status matches its history");
    }
}

#[test]
fn a_write_waits_for_the_write_lock_and_lands_after_it() {
    require_pg!();
    let config = tempfile::tempdir().unwrap();
    let (cluster, mut client, alice) = imported(config.path());
    let mut holder = cluster.connect("duban");
    let mut tx = holder.transaction().unwrap();
    tx.execute(
        "SELECT pg_advisory_xact_lock($1)",
        &[&server::WRITE_LOCK_KEY],
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--db", &alice, "--lang", "en", "note", "1", "waiting"])
        .env("DUBAN_CONFIG_DIR", config.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The writer shows up waiting for the lock (bounded: ~60 s).
    let mut waited = false;
    for _ in 0..600 {
        let n: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                &[],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            waited = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(waited, "the note never waited for the write lock");
    let notes: i64 = client
        .query_one("SELECT count(*) FROM duban.notes", &[])
        .unwrap()
        .get(0);
    assert_eq!(notes, 0, "nothing written while the lock is held");
    tx.commit().unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let notes: i64 = client
        .query_one("SELECT count(*) FROM duban.notes", &[])
        .unwrap()
        .get(0);
    assert_eq!(notes, 1);
}

#[test]
fn racing_writers_on_a_server_lose_and_interleave_nothing() {
    require_pg!();
    let config = tempfile::tempdir().unwrap();
    let (_cluster, mut client, alice) = imported(config.path());
    let before = versions_and_events(&mut client);
    assert_eq!(before.len(), ITEMS);
    let writers = 4;
    let ops = 12;
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let (alice, config) = (alice.clone(), config.path().to_path_buf());
            std::thread::spawn(move || {
                let statuses = ["doing", "blocked", "todo"];
                for k in 0..ops {
                    // Every writer on every item, in a different order.
                    let item = ((w + k) % ITEMS + 1).to_string();
                    let note = format!("w{w}n{k}");
                    let out = duban(&alice, &config, &["note", &item, &note]);
                    assert!(out.status.success(), "note: {}", text(&out));
                    // All writers into one column at each step: each card lands at
                    // its own place at the end.
                    let status = statuses[k % statuses.len()];
                    let out = duban(&alice, &config, &["move", &item, status]);
                    assert!(out.status.success(), "move: {}", text(&out));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    // Every note landed, once.
    let notes: Vec<String> = client
        .query("SELECT text FROM duban.notes ORDER BY text", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut expected: Vec<String> = (0..writers)
        .flat_map(|w| (0..ops).map(move |k| format!("w{w}n{k}")))
        .collect();
    expected.sort();
    assert_eq!(notes, expected);
    // Each write bumped its item's version once and recorded one event.
    let after = versions_and_events(&mut client);
    for ((id, v0, e0), (_, v1, e1)) in before.iter().zip(&after) {
        assert_eq!(v1 - v0, e1 - e0, "item {id}: versions and events add up");
    }
    assert_move_chains(&mut client);
    // A move lands at the end of its column: no two cards share a place.
    let shared: i64 = client
        .query_one(
            "SELECT count(*) FROM (SELECT 1 FROM duban.items WHERE NOT retired
             GROUP BY plan_id, status, position HAVING count(*) > 1) AS s",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(shared, 0, "two cards at one place");
    // The column counts kept by the server agree with the items.
    let off: i64 = client
        .query_one(
            "SELECT count(*) FROM (
                SELECT plan_id, status, count(*) AS n FROM duban.items WHERE NOT retired
                GROUP BY plan_id, status) AS real
             FULL JOIN duban.column_counts c USING (plan_id, status)
             WHERE coalesce(real.n, 0) <> coalesce(c.n, 0)",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(off, 0, "column counts follow the items");
}

#[test]
fn writers_killed_on_a_server_lose_no_acknowledged_change() {
    require_pg!();
    let config = tempfile::tempdir().unwrap();
    let (_cluster, mut client, alice) = imported(config.path());
    let rounds = 6;
    let mut acknowledged: Vec<i64> = Vec::new();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for round in 0..rounds {
        let item = round % ITEMS + 1;
        // Two writers at once; each prints a note id only after its commit.
        let script = format!(
            "u=\"$1\"; w() {{ i=0; while [ $i -lt 200 ]; do \"$0\" --db \"$u\" note {item} \"r{round}w$1n$i\" || exit 1; \"$0\" --db \"$u\" move {item} doing >/dev/null; \"$0\" --db \"$u\" move {item} todo >/dev/null; i=$((i+1)); done; }}; w a & w b & wait"
        );
        let child = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .arg(env!("CARGO_BIN_EXE_duban"))
            .arg(&alice)
            .env("DUBAN_CONFIG_DIR", config.path())
            .env_remove("DUBAN_DB")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let slack = if acknowledged.is_empty() {
            200 * round as u64
        } else {
            0
        };
        acknowledged.extend(crate::common::ids_acknowledged_before_kill(
            child,
            Duration::from_millis(200 + seed % 400 + slack),
        ));
    }
    eprintln!("acknowledged: {}", acknowledged.len());
    assert!(!acknowledged.is_empty(), "the writers got some work done");
    // A killed writer's session ends and frees the lock: a new write goes through.
    let out = duban(&alice, config.path(), &["note", "1", "after"]);
    assert!(out.status.success(), "{}", text(&out));
    let present: std::collections::HashSet<i64> = client
        .query("SELECT id FROM duban.notes", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for id in &acknowledged {
        assert!(present.contains(id), "acknowledged note {id} lost");
    }
    // All-or-nothing: one history row per note.
    let note_events: i64 = client
        .query_one(
            "SELECT count(*) FROM duban.events WHERE kind = 'note_add'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(
        note_events as usize,
        present.len(),
        "one history row per note"
    );
    assert_move_chains(&mut client);
}

/// The order of the cards in item `number`'s column, by number.
fn column_order(client: &mut Client, number: i64) -> Vec<i64> {
    client
        .query(
            "SELECT i.number FROM duban.items i JOIN duban.items me
                 ON me.plan_id = i.plan_id AND me.status = i.status
             WHERE me.number = $1 ORDER BY i.position, i.number",
            &[&number],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn a_lead_office_reorders_its_card_past_another_offices_card_on_a_server() {
    require_pg!();
    let config = tempfile::tempdir().unwrap();
    let (cluster, mut client, alice) = imported(config.path());
    // Item 1: lead 基教处, co-operating 办公室; item 2: lead 教师处.
    for (user, office) in [("ji", "基教处"), ("ban", "办公室")] {
        let out = duban(&alice, config.path(), &["member", "add", user, office]);
        assert!(out.status.success(), "{}", text(&out));
    }
    assert_eq!(column_order(&mut client, 1), [1, 2, 3, 4]);
    let (ji, ban) = (url(&cluster, "ji"), url(&cluster, "ban"));

    // The lead office steps its card past 教师处's: the server lets the swap through.
    // A server made before the reorder gets it from `server init`.
    client
        .batch_execute("DROP FUNCTION duban.reorder(bigint, boolean)")
        .unwrap();
    server::init(&mut client, "alice", "办公室").unwrap();
    let mut store = duban::store::Store::open_server(&ji, false).unwrap();
    let plan = store.plan(None).unwrap().id;
    let one = store.item_id(plan, 1).unwrap();
    assert!(store.reorder(one, false).unwrap());
    assert_eq!(column_order(&mut client, 1), [2, 1, 3, 4]);
    let history = duban(&ji, config.path(), &["history", "1"]);
    assert!(text(&history).contains("ji"), "{}", text(&history));
    // And back up, as an undo does.
    assert!(store.reorder(one, true).unwrap());
    assert_eq!(column_order(&mut client, 1), [1, 2, 3, 4]);
    drop(store);

    // A co-operating office may not: duban refuses (exit status 3 for a refusal)...
    let mut store = duban::store::Store::open_server(&ban, false).unwrap();
    match store.reorder(one, false) {
        Err(duban::store::StoreError::Refused(_)) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    drop(store);
    // ...and so does the server, asked directly.
    let as_role = |user: &str, sql: &str| {
        let mut c = Client::connect(&cluster.url(user, "duban"), postgres::NoTls).unwrap();
        c.batch_execute(sql)
            .map_err(|e| e.as_db_error().map(|d| d.message().to_string()))
    };
    let said = as_role("ban", &format!("SELECT duban.reorder({}, false)", one));
    assert!(format!("{said:?}").contains("may not move"), "{said:?}");
    // The lead may not move the other office's card by itself.
    let said = as_role("ji", "UPDATE duban.items SET position = 0 WHERE number = 2");
    assert!(format!("{said:?}").contains("may not move"), "{said:?}");
    // At the column's top there is no one to swap with.
    let said = as_role(
        "ji",
        "SELECT duban.reorder(id, true) FROM duban.items WHERE number = 1",
    );
    assert!(said.is_ok(), "{said:?}");
    assert_eq!(
        column_order(&mut client, 1),
        [1, 2, 3, 4],
        "nothing moved by the refusals"
    );
}
