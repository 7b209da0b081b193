//! Real accounts on a PostgreSQL server (issue 18): with peer authentication over
//! the socket, the OS account is the login role, and the database keeps the rules
//! for a member who opens `psql` as themselves. Runs as root with
//! `DUBAN_SYSTEM_TESTS=1`, like the other system tests.

use crate::pg::{Cluster, require_pg};
use crate::system::{System, require_system};
use duban::store::server;

#[test]
fn a_co_operating_member_cannot_move_forge_or_create_with_psql_and_the_lead_can_move() {
    require_system!();
    require_pg!();
    let mut system = System::default();
    let (lead, co) = ("dubanpglead", "dubanpgco");
    system.user(lead, None);
    system.user(co, None);
    let cluster = Cluster::start_peer();
    cluster.create_db("duban");
    let mut admin = cluster.connect("duban");
    server::init(&mut admin, "dubanpgsup", "supervising").unwrap();
    // Item 1 is led by office A with office B co-operating; lead is in A, co in B.
    admin
        .batch_execute(&format!(
            "SET session_replication_role = replica;
             INSERT INTO duban.plans (id, key, title, created_at, updated_at)
                 VALUES (1, 'p', 'p', 't', 't');
             INSERT INTO duban.items (id, plan_id, number, title, target, position,
                 created_at, updated_at) VALUES (1, 1, 1, 'one', 't', 1, 't', 't');
             INSERT INTO duban.offices (name) VALUES ('A'), ('B');
             INSERT INTO duban.item_offices (item_id, office_id, role, ordinal)
                 SELECT 1, id, CASE name WHEN 'A' THEN 'lead' ELSE 'co' END, id
                 FROM duban.offices WHERE name IN ('A', 'B');
             INSERT INTO duban.members (\"user\", office_id, added_by, added_at)
                 SELECT '{lead}', id, 'x', 't' FROM duban.offices WHERE name = 'A';
             INSERT INTO duban.members (\"user\", office_id, added_by, added_at)
                 SELECT '{co}', id, 'x', 't' FROM duban.offices WHERE name = 'B';
             SET session_replication_role = origin;
             CREATE ROLE {lead} LOGIN IN ROLE duban_member;
             CREATE ROLE {co} LOGIN IN ROLE duban_member;"
        ))
        .unwrap();
    let status = |admin: &mut postgres::Client| -> String {
        admin
            .query_one("SELECT status FROM duban.items WHERE id = 1", &[])
            .unwrap()
            .get(0)
    };
    // The co-operating member reads the plan but cannot move the item.
    let (ok, out) = cluster.psql_as(co, "duban", "SELECT title FROM duban.items");
    assert!(ok && out.contains("one"), "{out}");
    let (ok, out) = cluster.psql_as(co, "duban", "UPDATE duban.items SET status = 'doing'");
    assert!(!ok && out.contains("may not move"), "{out}");
    assert_eq!(status(&mut admin), "todo");
    // Nor write history (a move that never was, under the lead's name or
    // not), nor make a table.
    let (ok, out) = cluster.psql_as(
        co,
        "duban",
        &format!(
            "INSERT INTO duban.events (plan_id, item_id, actor, at, kind, after)
             VALUES (1, 1, '{lead}', 't', 'move', 'doing')"
        ),
    );
    assert!(!ok && out.contains("may not move"), "{out}");
    let events: i64 = admin
        .query_one("SELECT count(*) FROM duban.events", &[])
        .unwrap()
        .get(0);
    assert_eq!(events, 0);
    // Nor ask the server to record for the lead (`--as` is a supervisor's).
    let (ok, out) = cluster.psql_as(co, "duban", &format!("SELECT duban.act_as('{lead}')"));
    assert!(!ok && out.contains("may not act_as"), "{out}");
    // Nor forge the card's bookkeeping: the server keeps it from the old row.
    let (ok, out) = cluster.psql_as(
        co,
        "duban",
        "UPDATE duban.items SET version = 999, notes_count = 50 RETURNING version, notes_count",
    );
    assert!(ok && !out.contains("999") && !out.contains("50"), "{out}");
    let (ok, out) = cluster.psql_as(co, "duban", "CREATE TABLE duban.mine (id int)");
    assert!(!ok && out.contains("permission denied"), "{out}");
    // Nor log in under another role: peer authentication checks the OS account.
    let (ok, out) = cluster.psql_as_role(co, lead, "duban", "SELECT 1");
    assert!(!ok && out.contains("Peer authentication failed"), "{out}");
    // The lead office's member can.
    let (ok, out) = cluster.psql_as(lead, "duban", "UPDATE duban.items SET status = 'doing'");
    assert!(ok, "{out}");
    assert_eq!(status(&mut admin), "doing");
}

#[test]
fn a_member_added_on_the_server_logs_in_with_psql_as_their_own_account() {
    require_system!();
    require_pg!();
    let mut system = System::default();
    let newcomer = "dubanpgnew";
    system.user(newcomer, None);
    let cluster = Cluster::start_peer();
    cluster.create_db("duban");
    // The supervisor here is `postgres` (trusted on the socket); the login role is
    // made by `duban.admit`, as `duban_admit`, not by a superuser's session.
    let mut admin = cluster.connect("duban");
    server::init(&mut admin, "postgres", "supervising").unwrap();
    let (ok, out) = cluster.psql_as(newcomer, "duban", "SELECT 1");
    assert!(!ok && out.contains(newcomer), "no login before: {out}");
    let done = server::admit::add_member(
        &mut admin,
        None,
        &server::admit::Membership {
            user: newcomer,
            office: "supervising",
            supervisor: false,
            name: None,
        },
    )
    .unwrap();
    assert!(done.changed && done.login_made, "{done:?}");
    let (ok, out) = cluster.psql_as(newcomer, "duban", "SELECT count(*) FROM duban.members");
    assert!(ok && out.contains('2'), "{out}");
    // A member, not a supervisor: the function refuses them.
    let (ok, out) = cluster.psql_as(newcomer, "duban", "SELECT duban.admit('someone')");
    assert!(!ok && out.contains("may not members"), "{out}");
}
