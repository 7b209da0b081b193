//! duban on a PostgreSQL server (issue 18, phase 1): `server init` and `server
//! check` on a throwaway cluster, and the rules kept by the database agreeing
//! with duban's own `rules::check`, case by case.

use crate::common::small_plan;
use crate::pg::{Cluster, require_pg};
use duban::i18n::Lang;
use duban::store::rules::Act;
use duban::store::server;
use duban::store::{Store, StoreError};
use postgres::Client;

const SUPERVISOR: &str = "督查员";
const SUPERVISING: &str = "办公室";

/// A cluster with an empty database `duban`, and duban's schema made in it.
fn initialised() -> (Cluster, Client) {
    let cluster = Cluster::start();
    cluster.create_db("duban");
    let mut client = cluster.connect("duban");
    let report = server::init(&mut client, SUPERVISOR, SUPERVISING).unwrap();
    assert_eq!((report.from, report.to), (0, Store::schema_version()));
    (cluster, client)
}

#[test]
fn init_makes_the_schema_roles_and_policies_and_check_reports_them() {
    require_pg!();
    let (cluster, mut client) = initialised();
    let check = server::check(&mut client).unwrap();
    assert_eq!(check.version, Some(Store::schema_version()));
    assert_eq!(check.roles, ["duban_admit", "duban_member", "duban_owner"]);
    assert_eq!(check.members, [SUPERVISOR]);
    assert!(check.unguarded.is_empty(), "{:?}", check.unguarded);
    // The baseline's tables, the version table, migration 12's column counts and
    // migration 13's office counts.
    assert_eq!(check.tables, server::schema::TABLES.len() + 3);
    assert_eq!((check.role.as_str(), check.bypasses), ("postgres", true));
    // The first supervisor is a member of the supervising office.
    let row = client
        .query_one(
            "SELECT o.name, m.supervisor FROM duban.members m
             JOIN duban.offices o ON o.id = m.office_id WHERE m.\"user\" = $1",
            &[&SUPERVISOR],
        )
        .unwrap();
    assert_eq!(row.get::<_, String>(0), SUPERVISING);
    assert!(row.get::<_, bool>(1));
    // A second init changes nothing.
    let again = server::init(&mut client, SUPERVISOR, SUPERVISING).unwrap();
    let v = Store::schema_version();
    assert_eq!((again.from, again.to), (v, v));
    // Connected as a member, check says the role obeys row-level security.
    let mut member = Client::connect(&cluster.url(SUPERVISOR, "duban"), postgres::NoTls).unwrap();
    let check = server::check(&mut member).unwrap();
    assert_eq!(
        (check.role.as_str(), check.bypasses, check.owns),
        (SUPERVISOR, false, false)
    );
}

#[test]
fn init_refuses_a_database_with_other_tables_and_changes_nothing() {
    require_pg!();
    let cluster = Cluster::start();
    cluster.create_db("busy");
    let mut client = cluster.connect("busy");
    client
        .batch_execute(
            "CREATE TABLE payroll (id int); CREATE SCHEMA hr; CREATE TABLE hr.staff (id int)",
        )
        .unwrap();
    match server::init(&mut client, SUPERVISOR, SUPERVISING) {
        Err(server::ServerError::NotEmpty(found)) => {
            assert_eq!(found, ["hr.staff", "public.payroll"])
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let roles: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'duban%' OR rolname = $1",
            &[&SUPERVISOR],
        )
        .unwrap()
        .get(0);
    let schema: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'duban'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!((roles, schema), (0, 0));
}

#[test]
fn init_refuses_a_second_board_in_the_same_cluster_and_changes_nothing() {
    require_pg!();
    let (cluster, _first) = initialised();
    cluster.create_db("second");
    let mut client = cluster.connect("second");
    match server::init(&mut client, "另一位", SUPERVISING) {
        Err(server::ServerError::OtherDatabase(db)) => assert_eq!(db, "duban"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let made: (i64, i64) = {
        let row = client
            .query_one(
                "SELECT (SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'duban%'),
                        (SELECT count(*) FROM pg_roles WHERE rolname = '另一位')",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1))
    };
    assert_eq!(made, (0, 0));
    // The CLI says which database, and exits non-zero.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--lang", "en", "server", "init"])
        .arg(cluster.url("postgres", "second"))
        .args(["--supervisor", "另一位", "--office", SUPERVISING])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(said.contains("the database duban"), "{said}");
    // The first board still opens.
    server::check(&mut cluster.connect("duban")).unwrap();
}

#[test]
fn the_cli_says_what_check_found_and_what_init_refused() {
    require_pg!();
    let (cluster, _client) = initialised();
    let duban = env!("CARGO_BIN_EXE_duban");
    let out = std::process::Command::new(duban)
        .args([
            "--lang",
            "en",
            "server",
            "check",
            &cluster.url("postgres", "duban"),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = format!("schema version: {}", Store::schema_version());
    assert!(stdout.contains(&line), "{stdout}");
    assert!(
        stdout.contains("on and forced on all 24 tables"),
        "{stdout}"
    );
    assert!(
        stdout.contains("connected as postgres, which could bypass"),
        "{stdout}"
    );
    cluster.create_db("busy");
    cluster
        .connect("busy")
        .batch_execute("CREATE TABLE payroll (id int)")
        .unwrap();
    let out = std::process::Command::new(duban)
        .args([
            "--lang",
            "en",
            "server",
            "init",
            &cluster.url("postgres", "busy"),
        ])
        .args(["--supervisor", "boss", "--office", "office"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("already holds a table of its own (public.payroll)")
            && stderr.contains("nothing was changed"),
        "{stderr}"
    );
}

/// The same plan on both engines: `small_plan` (item 1 led by 办公室 with 基教处,
/// 2 by 基教处, 3 by 高教处, 4 by 教育考试院 with 基教处); 督查员 supervises from
/// 办公室, 基教 is in 基教处, 高教 in 高教处, 路人 in no office; item 4 retired.
/// Item ids on the server are their numbers.
struct Both {
    store: Store,
    plan: i64,
    _cluster: Cluster,
    client: Client,
}

const ACTORS: &[&str] = &[SUPERVISOR, "基教", "高教", "路人"];

fn both() -> Both {
    let (cluster, mut client) = initialised();
    let mut store = Store::open_in_memory(SUPERVISOR).unwrap();
    let plan = store.import(&small_plan()).unwrap().plan_id;
    store
        .add_member(plan, SUPERVISOR, SUPERVISING, true)
        .unwrap();
    store.add_member(plan, "基教", "基教处", false).unwrap();
    store.add_member(plan, "高教", "高教处", false).unwrap();
    let four = store.item_id(plan, 4).unwrap();
    store.retire_item(four, "合并").unwrap();
    // The server's copy, written as the superuser with triggers off (a migration).
    let doc = small_plan();
    let mut tx = client.transaction().unwrap();
    tx.batch_execute("SET LOCAL session_replication_role = replica")
        .unwrap();
    tx.execute(
        "INSERT INTO duban.plans (id, key, title, created_at, updated_at)
         VALUES (1, 'p', 'p', 't', 't')",
        &[],
    )
    .unwrap();
    for item in &doc.items {
        let n = i64::from(item.number);
        tx.execute(
            "INSERT INTO duban.items (id, plan_id, number, title, target, position, created_at,
                updated_at, retired) VALUES ($1, 1, $1, $2, 't', $1, 't', 't', $1::bigint = 4)",
            &[&n, &item.title],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO duban.measures (item_id, ordinal, text) VALUES ($1, 1, 'm')",
            &[&n],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO duban.urges (item_id, text, author, at) VALUES ($1, 'u', $2, 't')",
            &[&n, &SUPERVISOR],
        )
        .unwrap();
        for (k, office) in item.offices.iter().enumerate() {
            let role = if k == 0 { "lead" } else { "co" };
            tx.execute(
                "INSERT INTO duban.offices (name) VALUES ($1) ON CONFLICT DO NOTHING",
                &[&office.name],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO duban.item_offices (item_id, office_id, role, ordinal)
                 SELECT $1, id, $2, $3 FROM duban.offices WHERE name = $4",
                &[&n, &role, &(k as i64), &office.name],
            )
            .unwrap();
        }
    }
    for (user, office) in [("基教", "基教处"), ("高教", "高教处")] {
        tx.execute(
            "INSERT INTO duban.members (\"user\", office_id, added_by, added_at)
             SELECT $1, id, 'x', 't' FROM duban.offices WHERE name = $2",
            &[&user, &office],
        )
        .unwrap();
    }
    for user in ACTORS {
        tx.batch_execute(&format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') THEN
                CREATE ROLE {q} LOGIN; END IF; END $$;
             GRANT duban_member TO {q};",
            q = server::quote_ident(user)
        ))
        .unwrap();
    }
    tx.batch_execute("SELECT setval(pg_get_serial_sequence('duban.items', 'id'), 100)")
        .unwrap();
    tx.commit().unwrap();
    Both {
        store,
        plan,
        _cluster: cluster,
        client,
    }
}

/// What the server must be in before `act` on item `n` can be tried (written by
/// the supervisor), and the write itself.
fn server_write(act: Act, n: i64) -> (&'static str, &'static str) {
    const CLOSE: &str = "INSERT INTO closeouts (item_id, statement, closed_by, closed_at,
            needs_confirmation) VALUES ($1, '完成', 'x', 't', true)
         ON CONFLICT (item_id) DO UPDATE SET statement = '完成', reopened_at = NULL;
         UPDATE items SET status = 'done' WHERE id = $1;";
    let _ = n;
    match act {
        Act::Move => ("", "UPDATE items SET status = 'doing' WHERE id = $1"),
        Act::Report => (
            "",
            "INSERT INTO reports (item_id, period, text, author, at)
             VALUES ($1, to_char(current_date, 'YYYY-MM'), '进展', 'x', 't')",
        ),
        Act::Close => ("", CLOSE),
        Act::Reopen => (
            CLOSE,
            "UPDATE closeouts SET reopened_at = 't', reopened_by = 'x', reopen_reason = 'r'
             WHERE item_id = $1; UPDATE items SET status = 'doing' WHERE id = $1",
        ),
        Act::Confirm => (
            CLOSE,
            "UPDATE closeouts SET confirmed_by = 'x', confirmed_at = 't' WHERE item_id = $1",
        ),
        Act::ReopenConfirmed => (
            "INSERT INTO closeouts (item_id, statement, closed_by, closed_at, confirmed_by,
                confirmed_at) VALUES ($1, '完成', 'x', 't', 'x', 't');
             UPDATE items SET status = 'done' WHERE id = $1;",
            "UPDATE closeouts SET reopened_at = 't', reopened_by = 'x', reopen_reason = 'r'
             WHERE item_id = $1; UPDATE items SET status = 'doing' WHERE id = $1",
        ),
        Act::Tick => ("", "UPDATE measures SET done = true WHERE item_id = $1"),
        Act::Note => (
            "",
            "INSERT INTO notes (item_id, author, created_at, text) VALUES ($1, 'x', 't', '备注')",
        ),
        Act::Urge => (
            "",
            "INSERT INTO urges (item_id, text, author, at) VALUES ($1, '请加快', 'x', 't')",
        ),
        Act::Reply => ("", "UPDATE urges SET answer = '已加快' WHERE item_id = $1"),
        Act::EditItem => ("", "UPDATE items SET title = '新标题' WHERE id = $1"),
        Act::EditWork => ("", "UPDATE items SET target = '新目标' WHERE id = $1"),
        Act::Retire => (
            "",
            "UPDATE items SET retired = NOT retired, retired_reason = 'r' WHERE id = $1",
        ),
        Act::AddItem => (
            "",
            "INSERT INTO items (plan_id, number, title, target, position, created_at, updated_at)
             SELECT 1, 100 + $1::bigint, '新事项', 't', 0, 't', 't'",
        ),
        Act::Members => (
            "",
            "INSERT INTO members (\"user\", office_id, added_by, added_at)
             SELECT '新人' || $1::bigint, id, 'x', 't' FROM offices WHERE name = '基教处'",
        ),
        Act::Cycle => (
            "",
            "INSERT INTO cycles (plan_id, kind, due_day, set_by, set_at)
             SELECT 1, 'monthly', 25 + 0 * $1::bigint, 'x', 't'",
        ),
        Act::Import => (
            "",
            "INSERT INTO offices (name) SELECT '新处室' || $1::bigint",
        ),
        Act::ActAs | Act::Restore => unreachable!("not a write on the server"),
    }
}

/// Runs `sql` (statements separated by `;`, `$1` the item id) in `tx`; the
/// number of rows the statements touched, or the server's refusal: its message,
/// and when the server named the rule, a line with duban's sentence for it.
fn run(tx: &mut postgres::Transaction, sql: &str, n: i64) -> Result<u64, String> {
    let mut rows = 0;
    for statement in sql.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let touched = if statement.contains("$1") {
            tx.execute(statement, &[&n])
        } else {
            tx.execute(statement, &[])
        };
        rows += touched.map_err(|e| {
            let message = e
                .as_db_error()
                .map_or(e.to_string(), |d| d.message().into());
            match StoreError::from(e) {
                e @ (StoreError::Refused(_) | StoreError::ItemRetired { .. }) => {
                    format!("{message}\n{}", e.message(Lang::En))
                }
                _ => message,
            }
        })?;
    }
    Ok(rows)
}

/// Whether `actor` may do `act` on item `n` on the server: the write succeeds,
/// touches rows, and passes the checks made at commit. Always rolled back.
fn server_allows(client: &mut Client, actor: &str, act: Act, n: i64) -> Result<(), String> {
    let (prepare, write) = server_write(act, n);
    let mut tx = client.transaction().unwrap();
    // The state the act needs, written as the superuser with triggers off.
    tx.batch_execute("SET LOCAL search_path = duban; SET LOCAL session_replication_role = replica")
        .unwrap();
    run(&mut tx, prepare, n).unwrap_or_else(|e| panic!("preparing {act:?} on {n}: {e}"));
    tx.batch_execute(&format!(
        "SET LOCAL session_replication_role = origin; SET LOCAL SESSION AUTHORIZATION {}",
        server::quote_ident(actor)
    ))
    .unwrap();
    let rows = run(&mut tx, write, n)?;
    if rows == 0 {
        return Err("0 rows".into());
    }
    tx.batch_execute("SET CONSTRAINTS ALL IMMEDIATE")
        .map_err(|e| {
            e.as_db_error()
                .map_or(e.to_string(), |d| d.message().into())
        })?;
    Ok(())
}

#[test]
fn the_server_and_duban_agree_on_every_rule_case() {
    require_pg!();
    let Both {
        mut store,
        plan,
        mut client,
        _cluster: _running,
    } = both();
    let acts = [
        Act::Move,
        Act::Report,
        Act::Close,
        Act::Reopen,
        Act::ReopenConfirmed,
        Act::Tick,
        Act::Note,
        Act::Urge,
        Act::Reply,
        Act::Confirm,
        Act::Members,
        Act::Cycle,
        Act::Import,
        Act::AddItem,
        Act::EditItem,
        Act::EditWork,
        Act::Retire,
    ];
    let mut disagree = Vec::new();
    let mut cases = 0;
    let mut allowed = 0;
    let mut worded = 0;
    for act in acts {
        for n in 1..=4u32 {
            // Item 4 is retired: retiring it again is its restoring, every other
            // act on it meets a retired item.
            for actor in ACTORS {
                store.set_actor(actor);
                let id = store.item_id(plan, n).unwrap();
                // Acts on the plan, not on an item, take no item.
                let plan_wide =
                    matches!(act, Act::Members | Act::Cycle | Act::Import | Act::AddItem);
                let duban = store.check(act, Some(id).filter(|_| !plan_wide));
                let server = server_allows(&mut client, actor, act, i64::from(n));
                cases += 1;
                allowed += usize::from(duban.is_ok());
                if duban.is_ok() != server.is_ok() {
                    disagree.push(format!(
                        "{act:?} on item {n} by {actor}: duban {duban:?}, server {server:?}"
                    ));
                }
                // Where the server names the rule, it is said in duban's words.
                if let (Err(d), Err(s)) = (&duban, &server)
                    && let Some((_, said)) = s.split_once('\n')
                {
                    worded += 1;
                    if said != d.message(Lang::En) {
                        disagree.push(format!(
                            "{act:?} on item {n} by {actor}: duban says {:?}, the server {said:?}",
                            d.message(Lang::En)
                        ));
                    }
                }
            }
        }
    }
    // Both answers occur, so agreement is not both sides refusing everything.
    assert!(
        0 < allowed && allowed < cases,
        "{allowed} of {cases} allowed"
    );
    assert!(worded > 0, "the server named no rule");
    eprintln!("{worded} of {cases} refusals worded by the server");
    assert!(
        disagree.is_empty(),
        "{} of {cases} cases disagree:\n{}",
        disagree.len(),
        disagree.join("\n")
    );
}

#[test]
fn an_item_moves_to_done_only_with_a_statement() {
    require_pg!();
    let Both {
        mut client,
        _cluster: _running,
        ..
    } = both();
    let mut tx = client.transaction().unwrap();
    tx.batch_execute(&format!(
        "SET LOCAL SESSION AUTHORIZATION {}; SET LOCAL search_path = duban;",
        server::quote_ident("基教")
    ))
    .unwrap();
    run(&mut tx, "UPDATE items SET status = 'done' WHERE id = 2", 2).unwrap();
    let e = tx
        .batch_execute("SET CONSTRAINTS ALL IMMEDIATE")
        .unwrap_err();
    assert!(
        e.as_db_error()
            .unwrap()
            .message()
            .contains("without a completion statement"),
        "{e}"
    );
}

#[test]
fn a_done_item_leaves_done_only_by_a_reopen() {
    require_pg!();
    let Both {
        mut client,
        _cluster: _running,
        ..
    } = both();
    let mut tx = client.transaction().unwrap();
    tx.batch_execute(&format!(
        "SET LOCAL SESSION AUTHORIZATION {}; SET LOCAL search_path = duban;",
        server::quote_ident("基教")
    ))
    .unwrap();
    let (_, close) = server_write(Act::Close, 2);
    run(&mut tx, close, 2).unwrap();
    tx.batch_execute("SET CONSTRAINTS ALL IMMEDIATE; SET CONSTRAINTS ALL DEFERRED")
        .unwrap();
    run(
        &mut tx,
        "UPDATE items SET status = 'doing' WHERE id = $1",
        2,
    )
    .unwrap();
    let e = tx
        .batch_execute("SET CONSTRAINTS ALL IMMEDIATE")
        .unwrap_err();
    assert!(
        e.as_db_error()
            .unwrap()
            .message()
            .contains("without being reopened"),
        "{e}"
    );
}

#[test]
fn the_actor_is_the_session_role_and_members_cannot_create_objects() {
    require_pg!();
    let Both {
        mut client,
        _cluster: _running,
        ..
    } = both();
    let mut tx = client.transaction().unwrap();
    tx.batch_execute(&format!(
        "SET LOCAL SESSION AUTHORIZATION {}; SET LOCAL search_path = duban;",
        server::quote_ident("高教")
    ))
    .unwrap();
    let row = tx
        .query_one(
            "INSERT INTO notes (item_id, author, created_at, text)
             VALUES (3, '督查员', 't', '冒名') RETURNING author, id",
            &[],
        )
        .unwrap();
    let (author, note): (String, i64) = (row.get(0), row.get(1));
    assert_eq!(author, "高教");
    // The note's event, beside it (the server takes no event without its change).
    let row = tx
        .query_one(
            "INSERT INTO events (plan_id, item_id, actor, at, kind, ref_id, recorded_by)
             VALUES (1, 3, '督查员', 't', 'note_add', $1, '督查员') RETURNING actor, recorded_by",
            &[&note],
        )
        .unwrap();
    assert_eq!(
        row.get::<_, String>(0),
        "高教",
        "a forged actor is overwritten"
    );
    assert_eq!(row.get::<_, Option<String>>(1), None);
    let e = tx
        .batch_execute("CREATE TABLE duban.mine (id int)")
        .unwrap_err();
    assert!(
        e.as_db_error()
            .unwrap()
            .message()
            .contains("permission denied for schema duban"),
        "{e}"
    );
}

#[test]
fn a_cards_columns_change_only_with_the_write_that_keeps_them() {
    require_pg!();
    let Both {
        mut client,
        _cluster: _running,
        ..
    } = both();
    let mut attempt = |actor: &str, sql: &str| -> Result<u64, String> {
        let mut tx = client.transaction().unwrap();
        tx.batch_execute(&format!(
            "SET LOCAL SESSION AUTHORIZATION {}; SET LOCAL search_path = duban;",
            server::quote_ident(actor)
        ))
        .unwrap();
        run(&mut tx, sql, 3)
    };
    // Someone in no office may add a note, so bump what a note bumps...
    attempt(
        "路人",
        "UPDATE items SET notes_count = notes_count + 1, version = version + 1 WHERE id = $1",
    )
    .unwrap();
    // ...but not mark the item reported, nor hide that it awaits confirmation.
    for sql in [
        "UPDATE items SET report_period = '2020-06' WHERE id = $1",
        "UPDATE items SET awaiting_confirmation = NOT awaiting_confirmation WHERE id = $1",
        "UPDATE items SET measures_done = 9 WHERE id = $1",
        "UPDATE items SET lead_office = '路人处' WHERE id = $1",
    ] {
        let e = attempt("路人", sql).unwrap_err();
        assert!(e.contains("may not"), "{sql}: {e}");
    }
    // The lead office of item 3 may keep its report column, for the current
    // period (a period gone by is no one's to fill in by hand).
    attempt(
        "高教",
        "UPDATE items SET report_period = to_char(current_date, 'YYYY-MM') WHERE id = $1",
    )
    .unwrap();
    let e = attempt(
        "高教",
        "UPDATE items SET report_period = '2020-06' WHERE id = $1",
    )
    .unwrap_err();
    assert!(e.contains("for the current period"), "{e}");
}

#[test]
fn the_column_counts_follow_members_writes_on_the_server() {
    require_pg!();
    let Both {
        mut client,
        _cluster: _running,
        ..
    } = both();
    // `both` wrote its items with the triggers off: count them as migration 12 does.
    client
        .batch_execute(
            "INSERT INTO duban.column_counts (plan_id, status, n)
             SELECT plan_id, status, count(*) FROM duban.items WHERE NOT retired
             GROUP BY plan_id, status",
        )
        .unwrap();
    fn counts(client: &mut Client) -> Vec<(String, i64)> {
        let kept: Vec<(String, i64)> = (client.query(
            "SELECT status, n FROM duban.column_counts WHERE plan_id = 1 AND n > 0
             ORDER BY status",
            &[],
        ))
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
        let counted: Vec<(String, i64)> = (client.query(
            "SELECT status, count(*) FROM duban.items WHERE plan_id = 1 AND NOT retired
             GROUP BY status ORDER BY status",
            &[],
        ))
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
        assert_eq!(kept, counted, "kept counts against COUNT");
        kept
    }
    let mut as_actor = |actor: &str, act: Act, n: i64| {
        let (_, sql) = server_write(act, n);
        let mut tx = client.transaction().unwrap();
        tx.batch_execute(&format!(
            "SET LOCAL SESSION AUTHORIZATION {}; SET LOCAL search_path = duban;",
            server::quote_ident(actor)
        ))
        .unwrap();
        run(&mut tx, sql, n).unwrap();
        tx.commit().unwrap();
    };
    as_actor("基教", Act::Move, 2);
    as_actor(SUPERVISOR, Act::Retire, 1);
    as_actor(SUPERVISOR, Act::Retire, 4);
    as_actor(SUPERVISOR, Act::AddItem, 1);
    let mut want = vec![("doing".to_string(), 1), ("todo".to_string(), 3)];
    assert_eq!(counts(&mut client), want);
    client
        .execute("DELETE FROM duban.items WHERE id = 3", &[])
        .unwrap();
    want[1].1 = 2;
    assert_eq!(counts(&mut client), want);
}
