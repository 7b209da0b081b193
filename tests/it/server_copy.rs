//! A SQLite board moved to a server and backed up from it (issue 18): `duban
//! migrate --to URL` copies every table with nothing lost, or refuses and changes
//! nothing; `duban backup FILE` from the server writes a board file with the same
//! rows; `duban member add` on a server lets the member log in.

use crate::common::cli::Env;
use crate::pg::{Cluster, require_pg};
use duban::store::server;
use postgres::Client;
use std::collections::BTreeMap;
use std::path::Path;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");

/// A connection URL over the cluster's socket.
fn url(cluster: &Cluster, user: &str, db: &str) -> String {
    format!(
        "postgresql://{user}@/{db}?host={}&port={}",
        cluster.socket_dir().display(),
        cluster.port
    )
}

/// A cluster with a database `plan` owned by `admin`, a role that may create
/// roles but is no superuser, and duban's schema made by it: 督查 supervises
/// from 办公室.
fn server() -> (Cluster, Client) {
    let cluster = Cluster::start();
    let mut postgres = cluster.connect("postgres");
    postgres
        .batch_execute("CREATE ROLE admin LOGIN CREATEROLE")
        .unwrap();
    postgres
        .batch_execute("CREATE DATABASE plan OWNER admin")
        .unwrap();
    let mut admin = Client::connect(&cluster.url("admin", "plan"), postgres::NoTls).unwrap();
    server::init(&mut admin, "督查", "办公室").unwrap();
    (cluster, admin)
}

/// A board used the way an office uses it: imported, members and a supervisor,
/// moves, notes, ticks, reports, an urge and its reply, a close-out confirmed and
/// one reopened, a cycle, an item added and corrected by hand, one retired, a
/// due date, a standup, an undo; then the tables the command line leaves empty
/// here get a row each, with text COPY must escape and awkward numbers.
fn used_board(env: &Env) {
    let me = duban::identity::os_user();
    let at = "2020-05-01T09:00:00Z";
    env.ok_at(&me, at, &["import", FIXTURE]);
    env.ok_at(&me, at, &["member", "add", &me, "办公室", "--supervisor"]);
    for (user, office, extra) in [
        ("督查", "办公室", Some("--supervisor")),
        ("基教", "基教处", None),
        ("高教", "高教处", None),
    ] {
        let mut args = vec!["member", "add", user, office, "--allow-unknown"];
        args.extend(extra);
        env.ok_at(&me, at, &args);
    }
    env.ok_as(&me, &["member", "rename", "高教", "王高教"]);
    env.ok_as("督查", &["cycle", "set", "monthly", "--due-day", "5"]);
    env.ok_as("高教", &["move", "3", "doing", "--note", "开始\t推进\\"]);
    env.ok_as("基教", &["tick", "3", "1"]);
    env.ok_as("高教", &["report", "3", "进展：\n第二行"]);
    env.ok_as("路人", &["note", "1", "路过"]);
    env.ok_at(
        "督查",
        "2020-06-10T09:00:00Z",
        &["urge", "3", "请说明进展", "--reply-by", "2020-06-15"],
    );
    env.ok_as("高教", &["reply", "3", "已推进"]);
    env.ok_as("高教", &["move", "3", "done", "--note", "办法已出台"]);
    env.ok_as("督查", &["confirm", "3"]);
    env.ok_as("基教", &["move", "1", "done", "--note", "方案已完成"]);
    env.ok_as("基教", &["reopen", "1", "材料不全"]);
    env.ok_as(
        "督查",
        &["add", "新增专项", "--lead", "基教处", "--level", "key"],
    );
    env.ok_as("督查", &["edit", "4", "--title", "完善督查制度（修订）"]);
    env.ok_as("督查", &["due", "2", "2020-11-30"]);
    env.ok_as("督查", &["retire", "2", "并入第4项"]);
    env.ok_as("基教", &["note", "1", "撤回这条"]);
    env.ok_as("基教", &["undo"]);
    env.ok_as("基教", &["standup", "--office", "基教处"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "INSERT INTO presence (session, actor, host, pid, since, last_seen)
             SELECT 's1', '基教', 'host\\one', 42, '2020-06-01T00:00:00Z', '2020-06-01T00:00:01Z'
             WHERE NOT EXISTS (SELECT 1 FROM presence);
         INSERT INTO visits (plan_id, actor, at) SELECT 1, '高教', '2020-06-02T00:00:00Z'
             WHERE NOT EXISTS (SELECT 1 FROM visits);
         INSERT OR IGNORE INTO office_aliases (alias, office_id)
             SELECT '基教', id FROM offices WHERE name = '基教处';
         INSERT INTO item_persons (item_id, ordinal, name)
             SELECT id, 1, '张三' FROM items WHERE number = 4
             AND NOT EXISTS (SELECT 1 FROM item_persons);
         INSERT INTO indicators (item_id, ordinal, text, target, unit, direction, actual, updated_at)
             SELECT id, 1, '覆盖率', 0.1, '%', 'at_least', 1e20, NULL FROM items WHERE number = 4;
         INSERT INTO indicators (item_id, ordinal, text, target, unit, direction, actual, updated_at)
             SELECT id, 2, '人数', -0.0, '人', 'exactly', NULL, '2020-06-03' FROM items WHERE number = 4;",
    )
    .unwrap();
}

/// Every row of every table of a board file, each as its values' debug text, sorted.
fn rows(path: &Path) -> BTreeMap<String, Vec<String>> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = BTreeMap::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut all: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|k| format!("{:?}", r.get_ref(k).unwrap()))
                    .collect::<Vec<_>>()
                    .join(" | "))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        all.sort();
        out.insert(t, all);
    }
    out
}

fn server_counts(client: &mut Client) -> BTreeMap<String, i64> {
    let names: Vec<String> = client
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'duban' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    names
        .into_iter()
        .map(|t| {
            let n: i64 = client
                .query_one(&format!("SELECT count(*) FROM duban.\"{t}\""), &[])
                .unwrap()
                .get(0);
            (t, n)
        })
        .collect()
}

/// duban's rules are in force: every trigger enabled, row-level security forced.
fn rules_in_force(client: &mut Client) {
    let row = client
        .query_one(
            "SELECT bool_and(c.relforcerowsecurity AND c.relrowsecurity),
                    (SELECT count(*) FROM pg_trigger t JOIN pg_class k ON k.oid = t.tgrelid
                     JOIN pg_namespace m ON m.oid = k.relnamespace
                     WHERE m.nspname = 'duban' AND NOT t.tgisinternal AND t.tgenabled <> 'O')
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'duban' AND c.relkind = 'r'",
            &[],
        )
        .unwrap();
    let (forced, disabled): (bool, i64) = (row.get(0), row.get(1));
    assert!(
        forced && disabled == 0,
        "forced {forced}, disabled triggers {disabled}"
    );
}

#[test]
fn a_used_board_moves_to_the_server_and_backs_up_to_the_same_rows() {
    require_pg!();
    let env = Env::new();
    used_board(&env);
    let before = rows(&env.db());
    let empty: Vec<&String> = before
        .iter()
        .filter(|(_, r)| r.is_empty())
        .map(|(t, _)| t)
        .collect();
    assert!(empty.is_empty(), "every table holds a row: {empty:?}");
    let (cluster, mut admin) = server();
    let to = url(&cluster, "admin", "plan");
    let out = env.ok(&["--lang", "en", "migrate", "--to", &to]);
    // A line per table, each the same on both sides.
    for (table, r) in &before {
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("{table}: ")))
            .unwrap_or_else(|| panic!("no line for {table}: {out}"));
        assert!(line.ends_with("; the same"), "{line}");
        assert!(
            line.contains(&format!("SQLite file {} row", r.len())),
            "{line}"
        );
    }
    assert!(out.contains("every count and checksum the same"), "{out}");
    // Members got their login roles; history kept its actors and times.
    assert!(out.contains("login roles made"), "{out}");
    let member: bool = admin
        .query_one("SELECT pg_has_role('高教', 'duban_member', 'MEMBER')", &[])
        .unwrap()
        .get(0);
    assert!(member);
    let actors: Vec<(String, String)> = admin
        .query(
            "SELECT actor, at FROM duban.events WHERE kind = 'confirm' ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(actors.len(), 1, "{actors:?}");
    assert_eq!(actors[0].0, "督查");
    rules_in_force(&mut admin);
    // New ids follow the copied ones.
    let next: i64 = admin
        .query_one(
            "SELECT nextval(pg_get_serial_sequence('duban.events', 'id'))",
            &[],
        )
        .unwrap()
        .get(0);
    let most: i64 = admin
        .query_one("SELECT max(id) FROM duban.events", &[])
        .unwrap()
        .get(0);
    assert_eq!(next, most + 1);

    // Back to an ordinary file: the same rows, table by table, row by row.
    let copy = env.path("copy.db");
    let out = env
        .cmd_db(Some(Path::new(&to)), &["--lang", "en", "backup"])
        .arg(&copy)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("backed up the server's board"), "{said}");
    let after = rows(&copy);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    for (table, r) in &before {
        assert_eq!(&after[table], r, "{table}");
    }
    // The board opens it, and it moves into a fresh server again.
    let list = env
        .cmd_db(Some(&copy), &["list", "--all"])
        .output()
        .unwrap();
    assert!(
        list.status.success(),
        "{}",
        String::from_utf8_lossy(&list.stderr)
    );
    // One cluster holds one board: the first goes before the fresh one.
    drop(admin);
    let mut postgres = cluster.connect("postgres");
    postgres
        .batch_execute("DROP DATABASE plan WITH (FORCE)")
        .unwrap();
    postgres
        .batch_execute("CREATE DATABASE again OWNER admin")
        .unwrap();
    let mut again = Client::connect(&cluster.url("admin", "again"), postgres::NoTls).unwrap();
    server::init(&mut again, "督查", "办公室").unwrap();
    let out = env
        .cmd_db(Some(&copy), &["--lang", "en", "migrate", "--to"])
        .arg(url(&cluster, "admin", "again"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_server_that_holds_a_board_or_another_version_is_refused_unchanged() {
    require_pg!();
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    let (cluster, mut admin) = server();
    let to = url(&cluster, "admin", "plan");
    env.ok(&["migrate", "--to", &to]);
    let counts = server_counts(&mut admin);
    let (code, err) = env.fails(&["--lang", "en", "migrate", "--to", &to]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("already holds a board (rows in "), "{err}");
    assert!(err.contains("plans 1") && err.contains("items 4"), "{err}");
    assert_eq!(server_counts(&mut admin), counts);

    // Not the administrator: a member may not copy history in.
    let (_, err) = env.fails(&[
        "--lang",
        "en",
        "migrate",
        "--to",
        &url(&cluster, "督查", "plan"),
    ]);
    assert!(err.contains("is not duban's administrator"), "{err}");

    // Another version: refused before anything is read. One cluster holds one
    // board, so the first goes before the newer one is made.
    drop(admin);
    let mut postgres = cluster.connect("postgres");
    postgres
        .batch_execute("DROP DATABASE plan WITH (FORCE)")
        .unwrap();
    postgres
        .batch_execute("CREATE DATABASE newer OWNER admin")
        .unwrap();
    let mut newer = Client::connect(&cluster.url("admin", "newer"), postgres::NoTls).unwrap();
    server::init(&mut newer, "督查", "办公室").unwrap();
    cluster
        .connect("newer")
        .batch_execute(
            "ALTER TABLE duban.schema_version NO FORCE ROW LEVEL SECURITY;
             INSERT INTO duban.schema_version (version) VALUES (999)",
        )
        .unwrap();
    let counts = server_counts(&mut newer);
    let (_, err) = env.fails(&[
        "--lang",
        "en",
        "migrate",
        "--to",
        &url(&cluster, "admin", "newer"),
    ]);
    assert!(err.contains("version 999 and the board's"), "{err}");
    assert_eq!(server_counts(&mut newer), counts);
}

#[test]
fn a_failed_copy_leaves_the_server_as_it_was_with_its_rules_on() {
    require_pg!();
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    // A value no board writes, in a late table: the copy fails part way.
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch("UPDATE events SET ref_id = 'x' WHERE id = (SELECT max(id) FROM events)")
        .unwrap();
    let (cluster, mut admin) = server();
    let counts = server_counts(&mut admin);
    let (_, err) = env.fails(&[
        "--lang",
        "en",
        "migrate",
        "--to",
        &url(&cluster, "admin", "plan"),
    ]);
    assert!(
        err.contains("of events in the SQLite file holds a value of the wrong type in ref_id"),
        "{err}"
    );
    assert_eq!(server_counts(&mut admin), counts);
    rules_in_force(&mut admin);
    let first: Vec<(String, bool)> = admin
        .query("SELECT \"user\", supervisor FROM duban.members", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(first, [("督查".to_string(), true)]);
}

#[test]
fn a_board_without_supervisors_keeps_the_servers_first_supervisor() {
    require_pg!();
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    env.ok(&["member", "add", "基教", "基教处", "--allow-unknown"]);
    let (cluster, mut admin) = server();
    let out = env.ok(&[
        "--lang",
        "en",
        "migrate",
        "--to",
        &url(&cluster, "admin", "plan"),
    ]);
    assert!(out.contains("督查 stays a supervisor in 办公室"), "{out}");
    let members: Vec<(String, String, bool)> = admin
        .query(
            "SELECT m.\"user\", o.name, m.supervisor FROM duban.members m
             JOIN duban.offices o ON o.id = m.office_id ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert_eq!(
        members,
        [
            ("基教".to_string(), "基教处".to_string(), false),
            ("督查".to_string(), "办公室".to_string(), true)
        ]
    );
}

/// A board member named like an existing group role (one that cannot log in) is not
/// made a member on the server: granting it would make every member of the group
/// one. It is listed for the administrator instead; a plain member gets a login.
#[test]
fn a_member_named_like_a_group_role_is_left_to_the_administrator() {
    require_pg!();
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    env.ok(&["member", "add", "teachers", "基教处", "--allow-unknown"]);
    env.ok(&["member", "add", "基教", "基教处", "--allow-unknown"]);
    let (cluster, mut admin) = server();
    cluster
        .connect("postgres")
        .batch_execute("CREATE ROLE teachers NOLOGIN")
        .unwrap();
    let out = env.ok(&[
        "--lang",
        "en",
        "migrate",
        "--to",
        &url(&cluster, "admin", "plan"),
    ]);
    assert!(out.contains("make theirs by hand: teachers"), "{out}");
    let mut in_member_role = |role: &str| -> bool {
        admin
            .query_one("SELECT pg_has_role($1, 'duban_member', 'MEMBER')", &[&role])
            .unwrap()
            .get(0)
    };
    assert!(!in_member_role("teachers"));
    assert!(in_member_role("基教"));
}

#[test]
fn member_add_on_a_server_makes_a_login_role_and_refuses_non_supervisors_like_the_board() {
    require_pg!();
    let env = Env::new();
    env.ok(&["import", FIXTURE]);
    let (cluster, mut admin) = server();
    env.ok(&["migrate", "--to", &url(&cluster, "admin", "plan")]);
    // On a server `--as` is the server's to allow: each runs as their own role.
    let as_role = |role: &str, args: &[&str]| {
        let mut all = vec!["--as", role];
        all.extend_from_slice(args);
        env.cmd_db(Some(Path::new(&url(&cluster, role, "plan"))), &all)
            .output()
            .unwrap()
    };
    // The supervisor adds a member: the membership, and a login role in duban_member.
    let out = as_role(
        "督查",
        &["member", "add", "gaojiao", "高教处", "--name", "高老师"],
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("gaojiao"), "{said}");
    let row = admin
        .query_one(
            "SELECT rolcanlogin, pg_has_role('gaojiao', 'duban_member', 'MEMBER'),
                    (SELECT count(*) FROM duban.members WHERE \"user\" = 'gaojiao'),
                    (SELECT name FROM duban.people WHERE \"user\" = 'gaojiao')
             FROM pg_roles WHERE rolname = 'gaojiao'",
            &[],
        )
        .unwrap();
    let (login, member, rows, name): (bool, bool, i64, String) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    assert!(login && member && rows == 1 && name == "高老师");
    // A member who is no supervisor is refused as on the board: exit 3, the same words.
    let out = as_role("gaojiao", &["member", "add", "intruder", "高教处"]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("调整成员仅限督查员（办公室）"), "{err}");
    let made: bool = admin
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'intruder')",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(!made);
    // Nor can they call the function by hand.
    let mut member = Client::connect(&cluster.url("gaojiao", "plan"), postgres::NoTls).unwrap();
    let e = member
        .query_one("SELECT duban.admit('intruder')", &[])
        .unwrap_err();
    let e = e.as_db_error().unwrap();
    assert!(e.message().contains("may not members"), "{e}");
    // Names a login role cannot take are refused.
    let out = as_role("督查", &["member", "add", "pg_monitor", "高教处"]);
    assert!(!out.status.success());
    // The function runs as a role that may create roles, never as a superuser.
    let row = admin
        .query_one(
            "SELECT r.rolname::text, r.rolsuper, r.rolcreaterole, p.prosecdef FROM pg_proc p
             JOIN pg_roles r ON r.oid = p.proowner WHERE p.proname = 'admit'",
            &[],
        )
        .unwrap();
    let (owner, superuser, createrole, definer): (String, bool, bool, bool) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    assert_eq!(owner, "duban_admit");
    assert!(!superuser && createrole && definer);
}
