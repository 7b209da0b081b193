//! Who acts on a server (issue 18): `--as` is a supervisor's, kept by the server
//! (`duban.act_as`), never a value a member can choose; the card's bookkeeping
//! is the server's; `member remove` takes the login out of duban's member role
//! and `member rename` names the person; and a refusal reads the same on a
//! server as on a file, whether duban's check or the server's rules refuse.

use crate::pg::{Cluster, board_url as url, require_pg, run_on, said as text};
use duban::i18n::Lang;
use duban::store::{Store, StoreError};
use postgres::{Client, NoTls};
use std::process::Output;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");

/// The fixture on a server: alice supervises from 办公室; bob is in 基教处 (lead
/// of item 1, co-operating on 3), carol in 高教处 (lead of 3); dave logs in but
/// belongs to no office.
pub(crate) struct Served {
    pub(crate) cluster: Cluster,
    pub(crate) config: tempfile::TempDir,
}

impl Served {
    pub(crate) fn new() -> Served {
        let cluster = Cluster::start();
        cluster.create_db("duban");
        duban::store::server::init(&mut cluster.connect("duban"), "alice", "办公室").unwrap();
        let served = Served {
            cluster,
            config: tempfile::tempdir().unwrap(),
        };
        served.ok("alice", &["import", FIXTURE]);
        served.ok("alice", &["member", "add", "bob", "基教处"]);
        served.ok("alice", &["member", "add", "carol", "高教处"]);
        served
            .cluster
            .connect("duban")
            .batch_execute("CREATE ROLE dave LOGIN IN ROLE duban_member")
            .unwrap();
        served
    }

    pub(crate) fn run(&self, who: &str, args: &[&str]) -> Output {
        run_on(&url(&self.cluster, who), self.config.path(), args)
    }

    pub(crate) fn ok(&self, who: &str, args: &[&str]) -> String {
        let out = self.run(who, args);
        assert!(out.status.success(), "{who} {args:?}: {}", text(&out));
        text(&out)
    }

    /// A session of `who` as `psql` would open it.
    pub(crate) fn psql(&self, who: &str) -> Client {
        Client::connect(&self.cluster.url(who, "duban"), NoTls).unwrap()
    }
}

/// The same plan and members in a SQLite file, each command run `--as` the
/// member (this test runs as root, who may).
pub(crate) struct OnFile {
    dir: tempfile::TempDir,
}

impl OnFile {
    pub(crate) fn new() -> OnFile {
        let file = OnFile {
            dir: tempfile::tempdir().unwrap(),
        };
        let add = |args: &[&str]| {
            let out = file.run("alice", args);
            assert!(out.status.success(), "{args:?}: {}", text(&out));
        };
        add(&["import", FIXTURE]);
        add(&[
            "member",
            "add",
            "alice",
            "办公室",
            "--supervisor",
            "--allow-unknown",
        ]);
        add(&["member", "add", "bob", "基教处", "--allow-unknown"]);
        add(&["member", "add", "carol", "高教处", "--allow-unknown"]);
        file
    }

    pub(crate) fn run(&self, who: &str, args: &[&str]) -> Output {
        let db = self.dir.path().join("duban.db");
        let mut all = vec!["--as", who];
        all.extend_from_slice(args);
        run_on(db.to_str().unwrap(), self.dir.path(), &all)
    }
}

pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub(crate) fn db_error(e: &postgres::Error) -> (String, String) {
    let db = e.as_db_error().expect("the server's error");
    (db.code().code().to_string(), db.message().to_string())
}

#[test]
fn a_member_cannot_forge_the_actor_by_as_by_the_function_or_by_an_event() {
    require_pg!();
    let served = Served::new();
    // `--as` by a member: refused in the file board's words, exit status 3.
    let out = served.run("bob", &["--as", "alice", "note", "1", "冒名"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        stderr(&out).contains(
            "only root and supervisors may act as someone else (--as alice); you are bob"
        ),
        "{}",
        text(&out)
    );
    let out = served.run("bob", &["--as", "alice", "member", "add", "eve", "基教处"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        stderr(&out).contains("may act as someone else (--as alice); you are bob"),
        "{}",
        text(&out)
    );
    let mut bob = served.psql("bob");
    // Nor by calling the function...
    let e = bob
        .query_one("SELECT duban.act_as('alice')", &[])
        .unwrap_err();
    let (code, message) = db_error(&e);
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not act_as"), "{message}");
    // ...nor by writing the table it keeps (a schema bob cannot even use)...
    let e = bob
        .execute(
            "INSERT INTO duban_acting.sessions (pid, recorded_by, actor)
             VALUES (pg_backend_pid(), 'bob', 'alice')",
            &[],
        )
        .unwrap_err();
    assert!(db_error(&e).1.contains("permission denied"), "{e}");
    // ...nor by holding an advisory lock of its own and writing an event under alice's name.
    // (An event is written only beside the change it records: here bob's note.)
    bob.batch_execute("SELECT pg_advisory_lock(25717, pg_backend_pid())")
        .unwrap();
    let mut tx = bob.transaction().unwrap();
    let row = tx
        .query_one(
            "INSERT INTO duban.notes (item_id, author, created_at, text)
             SELECT id, 'alice', 't', '冒名' FROM duban.items WHERE number = 1
             RETURNING author, id",
            &[],
        )
        .unwrap();
    let (author, note): (String, i64) = (row.get(0), row.get(1));
    assert_eq!(author, "bob");
    let row = tx
        .query_one(
            "INSERT INTO duban.events (plan_id, item_id, actor, at, kind, ref_id, recorded_by)
             SELECT plan_id, id, 'alice', 't', 'note_add', $1, 'alice' FROM duban.items
             WHERE number = 1 RETURNING actor, recorded_by",
            &[&note],
        )
        .unwrap();
    let (actor, by): (String, Option<String>) = (row.get(0), row.get(1));
    assert_eq!((actor.as_str(), by), ("bob", None));
    tx.commit().unwrap();
}

#[test]
fn a_supervisors_as_records_both_names_and_carries_the_named_members_rights() {
    require_pg!();
    let served = Served::new();
    served.ok("alice", &["--as", "bob", "note", "1", "代录的备注"]);
    let history = served.ok("alice", &["history", "1"]);
    assert!(history.contains("bob (recorded by alice)"), "{history}");
    let mut admin = served.cluster.connect("duban");
    let row = admin
        .query_one(
            "SELECT e.actor, e.recorded_by, n.author FROM duban.events e
             JOIN duban.notes n ON n.item_id = e.item_id
             WHERE e.kind = 'note_add' ORDER BY e.id DESC LIMIT 1",
            &[],
        )
        .unwrap();
    let (actor, by, author): (String, Option<String>, String) =
        (row.get(0), row.get(1), row.get(2));
    assert_eq!(
        (actor.as_str(), by.as_deref(), author.as_str()),
        ("bob", Some("alice"), "bob")
    );
    // The next command is alice's own again: the session that acted is gone.
    served.ok("alice", &["note", "1", "本人的备注"]);
    let history = served.ok("alice", &["history", "1"]);
    let last = history
        .lines()
        .rev()
        .find(|l| l.contains("本人的备注"))
        .unwrap();
    assert!(!last.contains("recorded by"), "{history}");
    // Acting for dave carries dave's rights (none), as on a file, in its words.
    let out = served.run("alice", &["--as", "dave", "move", "1", "doing"]);
    let file = OnFile::new().run("dave", &["move", "1", "doing"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert_eq!(stderr(&out), stderr(&file));
    // The server weighs the same rights: acting for carol moves her item, acting
    // for dave does not; without the session's lock the acting is over.
    let mut alice = served.psql("alice");
    let acting: String = alice
        .query_one("SELECT duban.act_as('carol')", &[])
        .unwrap()
        .get(0);
    assert_eq!(acting, "carol");
    alice
        .execute(
            "UPDATE duban.items SET status = 'doing' WHERE number = 3",
            &[],
        )
        .unwrap();
    alice.query_one("SELECT duban.act_as('dave')", &[]).unwrap();
    let e = alice
        .execute(
            "UPDATE duban.items SET status = 'todo' WHERE number = 3",
            &[],
        )
        .unwrap_err();
    assert!(db_error(&e).1.contains("dave may not move"), "{e}");
    alice
        .batch_execute("SELECT pg_advisory_unlock_all()")
        .unwrap();
    let actor: String = alice.query_one("SELECT duban.actor()", &[]).unwrap().get(0);
    assert_eq!(actor, "alice");
    // Ending it by name is anyone's.
    let mut bob = served.psql("bob");
    let actor: String = bob
        .query_one("SELECT duban.act_as(NULL)", &[])
        .unwrap()
        .get(0);
    assert_eq!(actor, "bob");
}

#[test]
fn a_member_cannot_forge_the_cards_version_time_or_note_count() {
    require_pg!();
    let served = Served::new();
    served.ok("bob", &["note", "1", "一条备注"]);
    let mut admin = served.cluster.connect("duban");
    let before = admin
        .query_one(
            "SELECT version, updated_at FROM duban.items WHERE number = 1",
            &[],
        )
        .unwrap();
    let (version, updated): (i64, String) = (before.get(0), before.get(1));
    for who in ["bob", "dave"] {
        let mut member = served.psql(who);
        let row = member
            .query_one(
                "UPDATE duban.items SET version = 999, notes_count = 50,
                    updated_at = '2999-01-01T00:00:00.000Z'
                 WHERE number = 1 RETURNING version, notes_count, updated_at",
                &[],
            )
            .unwrap();
        let (v, notes, at): (i64, i64, String) = (row.get(0), row.get(1), row.get(2));
        assert_eq!(notes, 1, "{who}: the notes are counted");
        assert!(v <= version + 2, "{who}: version {v} after {version}");
        assert!(at.as_str() < "2999" && at >= updated, "{who}: {at}");
        let at: String = member
            .query_one(
                "UPDATE duban.items SET updated_at = '2000-01-01T00:00:00.000Z'
                 WHERE number = 1 RETURNING updated_at",
                &[],
            )
            .unwrap()
            .get(0);
        assert!(at >= updated, "{who}: back to {at}");
    }
    let v: i64 = admin
        .query_one("SELECT version FROM duban.items WHERE number = 1", &[])
        .unwrap()
        .get(0);
    assert_eq!(
        v,
        version + 2,
        "one step per update that asked for a change"
    );
}

#[test]
fn member_remove_takes_the_login_out_and_member_rename_names_the_person() {
    require_pg!();
    let served = Served::new();
    served.ok("alice", &["member", "add", "bob", "高教处"]);
    // Still in one office: the login stays.
    let said = served.ok("alice", &["member", "remove", "bob", "高教处"]);
    assert!(said.contains("bob removed from 高教处"), "{said}");
    assert!(!said.contains("no office"), "{said}");
    served.ok("bob", &["list"]);
    // A member may not dismiss anyone, by command or by function.
    let out = served.run("carol", &["member", "remove", "bob", "基教处"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    let e = served
        .psql("carol")
        .query_one("SELECT duban.dismiss('bob')", &[])
        .unwrap_err();
    assert!(db_error(&e).1.contains("carol may not members"), "{e}");
    // The last office gone, the login leaves duban's member role.
    let said = served.ok("alice", &["member", "remove", "bob", "基教处"]);
    assert!(said.contains("bob belongs to no office now"), "{said}");
    let out = served.run("bob", &["list"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("duban member add bob"),
        "{}",
        text(&out)
    );
    let role = served
        .cluster
        .connect("duban")
        .query_one(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'bob'",
            &[],
        )
        .unwrap()
        .get::<_, bool>(0);
    assert!(role, "the role itself stays");
    // Added again, bob logs in again.
    served.ok("alice", &["member", "add", "bob", "基教处"]);
    served.ok("bob", &["list"]);
    // Rename names the person; the login role keeps its name.
    let said = served.ok("alice", &["member", "rename", "carol", "张三"]);
    assert!(said.contains("carol is shown as 张三"), "{said}");
    let members = served.ok("alice", &["members"]);
    assert!(members.contains("张三"), "{members}");
    served.ok("carol", &["list"]);
    let out = served.run("carol", &["member", "rename", "bob", "李四"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
}

/// Each refusal on the command line: the server board says what the file board
/// says, with the same exit status.
#[test]
fn every_refusal_reads_the_same_on_a_server_as_on_a_file() {
    require_pg!();
    let served = Served::new();
    let file = OnFile::new();
    let cases: &[(&str, &[&str])] = &[
        ("dave", &["move", "1", "doing"]),
        ("bob", &["move", "3", "doing"]),
        ("carol", &["report", "1", "进展"]),
        ("dave", &["tick", "3", "1"]),
        ("bob", &["urge", "1", "请加快"]),
        ("alice", &["reply", "1", "已加快"]),
        ("bob", &["confirm", "1"]),
        ("bob", &["member", "add", "eve", "基教处"]),
        ("bob", &["member", "remove", "carol", "高教处"]),
        ("bob", &["cycle", "set", "monthly"]),
        ("bob", &["retire", "2", "合并"]),
        ("bob", &["add", "新事项", "--lead", "基教处"]),
        ("bob", &["edit", "3", "--title", "新标题"]),
        ("carol", &["edit", "1", "--target", "新目标"]),
    ];
    for (who, args) in cases {
        let on_server = served.run(who, args);
        let on_file = file.run(who, args);
        assert_eq!(
            (on_server.status.code(), stderr(&on_server)),
            (on_file.status.code(), stderr(&on_file)),
            "{who} {args:?}"
        );
        assert_eq!(on_server.status.code(), Some(3), "{who} {args:?}");
    }
}

/// When the server's rules refuse a write duban's own check let through (here:
/// duban told a different actor than the login role), the refusal is said in
/// duban's words for the login role, as the file board says it.
#[test]
fn a_refusal_by_the_servers_rules_reads_as_the_file_boards() {
    require_pg!();
    let served = Served::new();
    let file = OnFile::new();
    let store_of = |who: &str| {
        let mut store = Store::open_server(&url(&served.cluster, who), false).unwrap();
        store.set_actor("alice");
        store
    };
    let item = |store: &Store, n: u32| {
        let plan = store.plans().unwrap()[0].id;
        store.item_id(plan, n).unwrap()
    };
    let refused = |r: Result<(), StoreError>, who: &str, args: &[&str]| {
        let e = r.expect_err(&format!("the server refuses {who} {args:?}"));
        assert!(
            matches!(e, StoreError::Refused(_) | StoreError::ItemRetired { .. }),
            "{who} {args:?}: {e:?}"
        );
        let out = file.run(who, args);
        assert_eq!(out.status.code(), Some(3), "{}", text(&out));
        let said = e.message(Lang::En);
        assert!(stderr(&out).contains(&said), "{said}\n{}", stderr(&out));
    };
    // A trigger refuses (DB002).
    let mut bob = store_of("bob");
    let three = item(&bob, 3);
    let r = bob
        .move_item(three, duban::plan::Status::Doing, None)
        .map(drop);
    refused(r, "bob", &["move", "3", "doing"]);
    // A policy refuses a row (SQLSTATE 42501): named by the act the write asked for.
    let mut carol = store_of("carol");
    let one = item(&carol, 1);
    refused(
        carol.report(one, "进展").map(drop),
        "carol",
        &["report", "1", "进展"],
    );
    let mut dave = store_of("dave");
    let one = item(&dave, 1);
    refused(
        dave.urge(one, "请加快", None).map(drop),
        "dave",
        &["urge", "1", "请加快"],
    );
    refused(
        dave.set_measure_done(one, 1, true),
        "dave",
        &["tick", "1", "1"],
    );
}

#[test]
fn a_member_holding_dubans_write_lock_makes_writers_busy_not_hang() {
    require_pg!();
    let served = Served::new();
    // bob takes the lock every writer takes, in a psql session, and keeps it.
    let mut bob = served.psql("bob");
    bob.batch_execute(&format!(
        "SELECT pg_advisory_lock({})",
        duban::store::server::WRITE_LOCK_KEY
    ))
    .unwrap();
    let started = std::time::Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--db", &url(&served.cluster, "alice"), "--lang", "en"])
        .args(["move", "1", "doing"])
        .env("DUBAN_CONFIG_DIR", served.config.path())
        .env("DUBAN_BUSY_TIMEOUT_MS", "300")
        .env_remove("DUBAN_DB")
        .output()
        .unwrap();
    assert!(!out.status.success(), "{}", text(&out));
    assert!(
        stderr(&out).contains("the database is busy"),
        "{}",
        text(&out)
    );
    // Who holds it, by login role and server process.
    let pid: i32 = bob
        .query_one("SELECT pg_backend_pid()", &[])
        .unwrap()
        .get(0);
    assert!(
        stderr(&out).contains(&format!(
            "bob (server process {pid}) has held duban's write lock"
        )),
        "{}",
        text(&out)
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    // `server check` lists the session.
    let check = served.ok(
        "alice",
        &["server", "check", &url(&served.cluster, "alice")],
    );
    assert!(
        check.contains(&format!(
            "bob (server process {pid}) holds duban's write lock"
        )),
        "{check}"
    );
    // Nothing was written; once bob lets go, the same move goes through.
    assert!(served.ok("alice", &["show", "1"]).contains("To do"));
    bob.batch_execute("SELECT pg_advisory_unlock_all()")
        .unwrap();
    // A lock on the item's row held in an open transaction: named too.
    bob.batch_execute("BEGIN; SELECT id FROM duban.items WHERE number = 1 FOR UPDATE")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--db", &url(&served.cluster, "alice"), "--lang", "en"])
        .args(["move", "1", "doing"])
        .env("DUBAN_CONFIG_DIR", served.config.path())
        .env("DUBAN_BUSY_TIMEOUT_MS", "300")
        .env_remove("DUBAN_DB")
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains(&format!(
            "bob (server process {pid}) has held a lock on items' rows too long"
        )),
        "{}",
        text(&out)
    );
    bob.batch_execute("ROLLBACK").unwrap();
    served.ok("alice", &["move", "1", "doing"]);
    assert!(served.ok("alice", &["show", "1"]).contains("In progress"));
}

#[test]
fn what_a_member_writes_by_hand_is_signed_and_checked_as_dubans_own_writes() {
    require_pg!();
    let served = Served::new();
    served.ok("alice", &["urge", "1", "请加快"]);
    let mut bob = served.psql("bob");
    // bob answers the urge on his item and signs it as alice: the server signs it bob.
    let by: String = bob
        .query_one(
            "UPDATE duban.urges SET answer = '在办', answered_by = 'alice', answered_at = 't'
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 1) RETURNING answered_by",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(by, "bob");
    // bob co-operates on item 3: rewording its measures is its lead's work.
    let e = bob
        .execute(
            "UPDATE duban.measures SET text = '改写'
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 3)",
            &[],
        )
        .unwrap_err();
    assert!(db_error(&e).1.contains("bob may not edit_work"), "{e}");
    // A time that is not one becomes the server's clock.
    let at: String = bob
        .query_one(
            "UPDATE duban.items SET updated_at = '2026-12-31Tjunk' WHERE number = 1
             RETURNING updated_at",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(
        at.len() == 24 && at.ends_with('Z') && !at.contains("junk"),
        "{at}"
    );
    // bob closes item 1; alice supervises, so it waits for her: bob cannot end the
    // wait by hand, nor sign the close-out as someone else.
    served.ok("bob", &["move", "1", "done", "--note", "办结"]);
    let e = bob
        .execute(
            "UPDATE duban.items SET awaiting_confirmation = false WHERE number = 1",
            &[],
        )
        .unwrap_err();
    assert!(db_error(&e).1.contains("bob may not confirm"), "{e}");
    let closed_by: String = bob
        .query_one(
            "UPDATE duban.closeouts SET closed_by = 'carol'
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 1) RETURNING closed_by",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(closed_by, "bob");
    // alice confirms as herself, as ever.
    served.ok("alice", &["confirm", "1"]);
}
