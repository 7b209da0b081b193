//! A member with `psql` on the shared server (issue 18): the history takes no
//! event but beside the change it records, a close-out's wait for a
//! supervisor ends only by a supervisor, a rule checked at commit is said in
//! duban's words, and a server whose rules are another duban's says so.

use crate::pg::{board_url as url, require_pg, said as text};
use crate::server_identity::{OnFile, Served, db_error, stderr};
use duban::i18n::Lang;
use duban::store::{Store, StoreError};
use postgres::Client;

/// `sql` as `who` in its own transaction: the server's SQLSTATE and message
/// when it refuses.
fn refused(client: &mut Client, sql: &str) -> (String, String) {
    let e = client
        .batch_execute(sql)
        .expect_err(&format!("the server takes {sql}"));
    // A refusal inside BEGIN .. COMMIT leaves the transaction to end.
    let _ = client.batch_execute("ROLLBACK");
    db_error(&e)
}

#[test]
fn a_member_cannot_write_history_but_beside_the_change_it_records() {
    require_pg!();
    let served = Served::new();
    served.ok("alice", &["note", "1", "督查员的备注"]);
    let mut bob = served.psql("bob");
    let event = |item: u32, kind: &str, after: &str| {
        format!(
            "INSERT INTO duban.events (plan_id, item_id, actor, at, kind, after)
             SELECT plan_id, id, 'bob', 't', '{kind}', '{after}' FROM duban.items
             WHERE number = {item}"
        )
    };
    // bob co-operates on item 3: a move of it is not his to record.
    let (code, message) = refused(&mut bob, &event(3, "move", "done"));
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not move"), "{message}");
    // bob leads item 1, but no move, close-out, report or confirmation of it
    // happened: none is recorded.
    for (kind, after) in [
        ("move", "done"),
        ("close", "已办结"),
        ("report", "进展"),
        ("reopen", "原因"),
        ("measure", "done"),
        ("note_add", "备注"),
        ("indicator", "12"),
        ("no_such_kind", ""),
    ] {
        let (code, message) = refused(&mut bob, &event(1, kind, after));
        assert_eq!(code, "DB005", "{kind}: {message}");
        assert!(
            message.contains(&format!(
                "an event ({kind}) is written only with the change it records"
            )),
            "{message}"
        );
    }
    // Nor by a change that changes nothing, nor one that is not the move it says.
    let (code, message) = refused(
        &mut bob,
        &format!(
            "BEGIN; UPDATE duban.items SET position = position WHERE number = 1; {}; COMMIT",
            event(1, "move", "done")
        ),
    );
    assert_eq!(code, "DB005", "{message}");
    // Confirming is the supervisors'; so are the plan's events.
    let (code, message) = refused(&mut bob, &event(1, "confirm", ""));
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not confirm"), "{message}");
    for kind in ["member_add", "import", "cycle"] {
        let (code, message) = refused(
            &mut bob,
            &format!(
                "INSERT INTO duban.events (plan_id, actor, at, kind)
                 SELECT id, 'bob', 't', '{kind}' FROM duban.plans"
            ),
        );
        assert_eq!(code, "DB002", "{kind}: {message}");
    }
    // alice's note cannot be marked undone by bob, nor bob's by an undo of his
    // that never was.
    let (code, message) = refused(
        &mut bob,
        "INSERT INTO duban.events (plan_id, item_id, actor, at, kind, undoes)
         SELECT plan_id, item_id, 'bob', 't', 'undo', id FROM duban.events
         WHERE kind = 'note_add' ORDER BY id DESC LIMIT 1",
    );
    assert_eq!(code, "DB005", "{message}");
    // The history says only what happened.
    let history = served.ok("alice", &["history", "1"]);
    assert!(!history.contains("bob"), "{history}");
    // Beside his own move, bob's event is taken (and signed by the server).
    let mut tx = bob.transaction().unwrap();
    tx.batch_execute(&format!(
        "UPDATE duban.items SET status = 'doing' WHERE number = 1; {}",
        event(1, "move", "doing")
    ))
    .unwrap();
    tx.commit().unwrap();
    let history = served.ok("alice", &["history", "1"]);
    assert!(history.contains("bob"), "{history}");
    // A report is for the current period: not one gone by, by hand...
    let (code, message) = refused(
        &mut bob,
        "INSERT INTO duban.reports (item_id, period, text, author, at)
         SELECT id, '2020-06', '补报', 'bob', 't' FROM duban.items WHERE number = 1",
    );
    assert_eq!(code, "DB005", "{message}");
    assert!(message.contains("not 2020-06"), "{message}");
    let (code, _) = refused(
        &mut bob,
        "UPDATE duban.items SET report_period = '2020-06' WHERE number = 1",
    );
    assert_eq!(code, "DB005");
    // ...nor a report's event saying other than the report...
    let mut tx = bob.transaction().unwrap();
    let e = tx
        .batch_execute(
            "INSERT INTO duban.reports (item_id, period, text, author, at)
             SELECT id, to_char(current_date, 'YYYY-MM'), '进展', 'bob', 't'
             FROM duban.items WHERE number = 1;
             INSERT INTO duban.events (plan_id, item_id, actor, at, kind, after, ref_id)
             SELECT i.plan_id, i.id, 'bob', 't', 'report', '全部完成', r.id
             FROM duban.items i JOIN duban.reports r ON r.item_id = i.id WHERE i.number = 1",
        )
        .unwrap_err();
    assert_eq!(db_error(&e).0, "DB005", "{e}");
    drop(tx);
    // ...and when is the server's to say: a report dated back becomes today's,
    // and so does its event.
    let period: String = bob
        .query_one("SELECT to_char(current_date, 'YYYY-MM')", &[])
        .unwrap()
        .get(0);
    let mut tx = bob.transaction().unwrap();
    let report_at: String = tx
        .query_one(
            "INSERT INTO duban.reports (item_id, period, text, author, at)
             SELECT id, $1, '按时报送', 'bob', '2020-06-01T09:00:00.000Z'
             FROM duban.items WHERE number = 1 RETURNING at",
            &[&period],
        )
        .unwrap()
        .get(0);
    let event_at: String = tx
        .query_one(
            "INSERT INTO duban.events (plan_id, item_id, actor, at, kind, after, ref_id)
             SELECT i.plan_id, i.id, 'bob', '2020-06-01T09:00:00.000Z', 'report', r.text, r.id
             FROM duban.items i JOIN duban.reports r ON r.item_id = i.id
             WHERE i.number = 1 RETURNING at",
            &[],
        )
        .unwrap()
        .get(0);
    tx.commit().unwrap();
    for at in [report_at, event_at] {
        assert!(at.len() == 24 && at.as_str() > "2020-06-02", "{at}");
    }
    // An urge answered stays answered as it was.
    served.ok("alice", &["urge", "1", "请加快"]);
    served.ok("bob", &["reply", "1", "已加快"]);
    let (code, message) = refused(
        &mut bob,
        "UPDATE duban.urges SET answer = '早已办完'
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
    );
    assert_eq!(code, "DB002", "{message}");
}

/// Every kind of write duban makes, by a supervisor and by a lead, passes the
/// server's guard on the history (and the others): none is refused, each
/// leaves its event.
#[test]
fn every_write_of_dubans_records_its_event_on_the_server() {
    require_pg!();
    let served = Served::new();
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/supervise.txt"
    ))
    .unwrap();
    let changed = dir.path().join("plan.txt");
    std::fs::write(&changed, fixture.replace("加强师资培训", "加强教师培训")).unwrap();
    served.ok("alice", &["import", changed.to_str().unwrap()]);
    served.ok("alice", &["member", "add", "erin", "高教处"]);
    served.ok("alice", &["member", "rename", "erin", "二号"]);
    served.ok("alice", &["member", "remove", "erin", "高教处"]);
    served.ok("alice", &["cycle", "set", "monthly"]);
    served.ok("alice", &["add", "新事项", "--lead", "基教处"]);
    served.ok(
        "alice",
        &["edit", "2", "--title", "新标题", "--lead", "高教处"],
    );
    served.ok(
        "alice",
        &["edit", "3", "--co", "办公室", "--due", "2027-11-30"],
    );
    served.ok("bob", &["edit", "1", "--target", "新目标"]);
    served.ok("alice", &["due", "4", "2027-10-01"]);
    served.ok("bob", &["move", "1", "doing"]);
    served.ok("alice", &["move", "2", "doing"]);
    served.ok("bob", &["tick", "1", "1"]);
    served.ok("bob", &["report", "1", "进展"]);
    served.ok("alice", &["urge", "1", "请加快"]);
    served.ok("bob", &["reply", "1", "已加快"]);
    served.ok("alice", &["urge", "1", "再请加快"]);
    // Through the store: what only the board does (notes changed, reorder).
    let mut store = Store::open_server(&url(&served.cluster, "bob"), false).unwrap();
    let plan = store.plans().unwrap()[0].id;
    let one = store.item_id(plan, 1).unwrap();
    let note = store.add_note(one, "一条备注").unwrap();
    store.edit_note(note, "改过的备注").unwrap();
    let gone = store.add_note(one, "要删的备注").unwrap();
    store.delete_note(gone).unwrap();
    assert!(store.reorder(one, false).unwrap());
    // bob's undos: the reorder, the deleted note, the edit of the other.
    for _ in 0..3 {
        let undone = store.undo_last(plan).unwrap();
        assert!(
            matches!(undone, duban::store::UndoOutcome::Undone { .. }),
            "{undone:?}"
        );
    }
    drop(store);
    served.ok("bob", &["move", "1", "done", "--note", "已办结"]);
    served.ok("alice", &["confirm", "1"]);
    served.ok("alice", &["reopen", "1", "需补材料"]);
    served.ok("bob", &["move", "1", "done", "--note", "材料已补"]);
    served.ok("bob", &["reopen", "1", "再补"]);
    served.ok("bob", &["undo"]);
    served.ok("alice", &["retire", "4", "合并"]);
    served.ok("alice", &["restore-item", "4"]);
    // An undo with nothing left to reverse (the note deleted by hand) is
    // marked undone all the same.
    served.ok("bob", &["note", "1", "将被删的备注"]);
    served
        .psql("bob")
        .batch_execute("DELETE FROM duban.notes WHERE text = '将被删的备注'")
        .unwrap();
    served.ok("bob", &["undo"]);
    let kinds: Vec<String> = served
        .cluster
        .connect("duban")
        .query("SELECT DISTINCT kind FROM duban.events ORDER BY 1", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    for kind in [
        "close",
        "confirm",
        "create",
        "cycle",
        "deadline",
        "edit_co",
        "edit_deadline",
        "edit_lead",
        "edit_target",
        "edit_title",
        "import",
        "measure",
        "member_add",
        "member_remove",
        "member_rename",
        "move",
        "note_add",
        "note_delete",
        "note_edit",
        "reopen",
        "reorder",
        "report",
        "restore",
        "retire",
        "undo",
        "update",
        "urge",
        "urge_answer",
    ] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn only_a_supervisor_ends_a_close_outs_wait_for_confirmation() {
    require_pg!();
    let served = Served::new();
    served.ok("bob", &["move", "1", "done", "--note", "已办结"]);
    let mut bob = served.psql("bob");
    let (code, message) = refused(
        &mut bob,
        "UPDATE duban.closeouts SET needs_confirmation = false
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
    );
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not confirm"), "{message}");
    // Nor by closing anew without the wait, where there are supervisors.
    let (code, message) = refused(
        &mut bob,
        "INSERT INTO duban.closeouts (item_id, statement, closed_by, closed_at,
            needs_confirmation)
         SELECT id, '完成', 'bob', 't', false FROM duban.items WHERE number = 1
         ON CONFLICT (item_id) DO UPDATE SET needs_confirmation = false",
    );
    assert_eq!(code, "DB002", "{message}");
    // Nor rewrite the statement it waits with.
    let (code, message) = refused(
        &mut bob,
        "UPDATE duban.closeouts SET statement = '改过的说明'
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
    );
    assert_eq!(code, "DB002", "{message}");
    // Nor by deleting the close-out: the row is not bob's to delete.
    let deleted = bob
        .execute(
            "DELETE FROM duban.closeouts
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
            &[],
        )
        .unwrap();
    assert_eq!(deleted, 0);
    assert!(served.ok("alice", &["show", "1"]).contains("已办结"));
    // The loop itself goes on: confirmed by alice, reopened, closed again by bob.
    served.ok("alice", &["confirm", "1"]);
    served.ok("alice", &["reopen", "1", "需补材料"]);
    served.ok("bob", &["move", "1", "done", "--note", "材料已补"]);
    served.ok("alice", &["confirm", "1"]);
}

#[test]
fn a_rule_checked_at_commit_is_said_in_dubans_words_with_exit_status_3() {
    require_pg!();
    let served = Served::new();
    let file = OnFile::new();
    // bob closes and reopens his item, blanks the statement by hand, and undoes
    // the reopen: the item would be done without a statement.
    served.ok("bob", &["move", "1", "done", "--note", "已办结"]);
    served.ok("bob", &["reopen", "1", "再补"]);
    let mut bob = served.psql("bob");
    bob.batch_execute(
        "UPDATE duban.closeouts SET statement = ''
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
    )
    .unwrap();
    let out = served.run("bob", &["undo"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    let said = StoreError::NeedsStatement { number: 1 }.message(Lang::En);
    assert!(stderr(&out).contains(&said), "{}", text(&out));
    assert!(!stderr(&out).contains("DB003"), "{}", text(&out));
    // Leaving done by hand, without a reopen: the file board's own words.
    let mut alice = served.psql("alice");
    alice
        .batch_execute(
            "UPDATE duban.closeouts SET statement = '已办结'
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
        )
        .unwrap();
    served.ok("bob", &["undo"]);
    let e = bob
        .batch_execute("UPDATE duban.items SET status = 'doing' WHERE number = 1")
        .unwrap_err();
    let e = StoreError::from(e);
    assert!(matches!(e, StoreError::LeavesDone { number: 1 }), "{e:?}");
    let on_file = file.run("bob", &["move", "1", "done", "--note", "已办结"]);
    assert!(on_file.status.success(), "{}", text(&on_file));
    let on_file = file.run("bob", &["move", "1", "doing"]);
    assert_eq!(on_file.status.code(), Some(3), "{}", text(&on_file));
    assert!(
        stderr(&on_file).contains(&e.message(Lang::En)),
        "{}",
        text(&on_file)
    );
}

#[test]
fn a_server_with_another_dubans_rules_is_said_by_boards_and_check() {
    require_pg!();
    let served = Served::new();
    let check_url = url(&served.cluster, "alice");
    let check = served.ok("alice", &["server", "check", &check_url]);
    assert!(check.contains("rules: this duban's (version "), "{check}");
    let out = served.run("alice", &["list"]);
    assert!(
        !stderr(&out).contains("another duban version"),
        "{}",
        text(&out)
    );
    // The server as an older duban left it.
    served
        .cluster
        .connect("duban")
        .batch_execute(
            "CREATE OR REPLACE FUNCTION duban.rules_version() RETURNS text
             LANGUAGE sql IMMUTABLE AS $$ SELECT 'older'::text $$",
        )
        .unwrap();
    // A command says so and goes on; a write goes on too.
    let out = served.run("alice", &["move", "2", "doing"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        stderr(&out).contains("are from another duban version than this one")
            && stderr(&out).contains("duban server init postgresql://"),
        "{}",
        text(&out)
    );
    let out = served.run("alice", &["server", "check", &check_url]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("rules: from another duban version (the server's older"),
        "{}",
        text(&out)
    );
    // `server init` again makes them this duban's.
    duban::store::server::init(&mut served.cluster.connect("duban"), "alice", "办公室").unwrap();
    let out = served.run("alice", &["list"]);
    assert!(
        !stderr(&out).contains("another duban version"),
        "{}",
        text(&out)
    );
    served.ok("alice", &["server", "check", &check_url]);
}

/// duban takes a close-out as confirmed (销号) by its `confirmed_at`: a lead
/// writing the time alone, on a close-out of theirs or a new one, forges no
/// confirmation.
#[test]
fn a_lead_cannot_confirm_by_writing_the_confirmations_time() {
    require_pg!();
    let served = Served::new();
    let mut bob = served.psql("bob");
    let (code, message) = refused(
        &mut bob,
        "INSERT INTO duban.closeouts (item_id, statement, closed_by, closed_at,
            needs_confirmation, confirmed_at)
         SELECT id, '已办结', 'bob', 't', true, '2026-12-08T03:00:00.000Z'
         FROM duban.items WHERE number = 1",
    );
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not confirm"), "{message}");
    served.ok("bob", &["move", "1", "done", "--note", "已办结"]);
    let (code, message) = refused(
        &mut bob,
        "UPDATE duban.closeouts SET confirmed_at = '2026-12-08T03:00:00.000Z'
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
    );
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not confirm"), "{message}");
    // Still awaiting: alice confirms it, and the time is hers.
    served.ok("alice", &["confirm", "1"]);
    let (by, at): (Option<String>, Option<String>) = bob
        .query_one(
            "SELECT confirmed_by, confirmed_at FROM duban.closeouts
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)",
            &[],
        )
        .map(|r| (r.get(0), r.get(1)))
        .unwrap();
    assert_eq!(by.as_deref(), Some("alice"));
    assert!(
        at.as_deref()
            .is_some_and(|at| at != "2026-12-08T03:00:00.000Z"),
        "{at:?}"
    );
}

/// A supervisor's reopen of a confirmed close-out stands: the lead cannot put
/// it back in force (and the item back to done) by hand; the supervisor's own
/// undo still does.
#[test]
fn a_lead_cannot_undo_a_supervisors_reopen_of_a_confirmed_close_out() {
    require_pg!();
    let served = Served::new();
    served.ok("bob", &["move", "1", "done", "--note", "已办结"]);
    served.ok("alice", &["confirm", "1"]);
    served.ok("alice", &["reopen", "1", "需补材料"]);
    let mut bob = served.psql("bob");
    for first_the_item in [false, true] {
        let closeout = "UPDATE duban.closeouts SET reopened_at = NULL, reopened_by = NULL,
                reopen_reason = NULL
             WHERE item_id = (SELECT id FROM duban.items WHERE number = 1)";
        let item = "UPDATE duban.items SET status = 'done' WHERE number = 1";
        let (a, b) = if first_the_item {
            (item, closeout)
        } else {
            (closeout, item)
        };
        let (code, message) = refused(&mut bob, &format!("BEGIN; {a}; {b}; COMMIT"));
        assert_eq!(code, "DB002", "{message}");
        assert!(
            message.contains("bob may not reopen_confirmed"),
            "{message}"
        );
    }
    assert!(served.ok("alice", &["show", "1"]).contains("需补材料"));
    // alice's undo of her reopen: confirmed again, as it was.
    served.ok("alice", &["undo"]);
    let row = bob
        .query_one(
            "SELECT i.status, c.confirmed_by, c.reopened_at IS NULL, i.awaiting_confirmation
             FROM duban.items i JOIN duban.closeouts c ON c.item_id = i.id
             WHERE i.number = 1",
            &[],
        )
        .unwrap();
    let (status, by, in_force, awaiting): (String, Option<String>, bool, bool) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    assert_eq!(
        (status.as_str(), by.as_deref(), in_force, awaiting),
        ("done", Some("alice"), true, false)
    );
}

/// A supervisor's report or close answers the item's open urges on a server as
/// on a file (the urges are not only the lead's to answer).
#[test]
fn a_supervisors_report_or_close_answers_open_urges_as_on_a_file() {
    require_pg!();
    let served = Served::new();
    let file = OnFile::new();
    for args in [
        &["urge", "1", "请加快"][..],
        &["report", "1", "督查员代报"],
        &["urge", "1", "再请加快"],
        &["move", "1", "done", "--note", "督查员办结"],
        &["urge", "1", "待销号时催办"],
        &["confirm", "1"],
    ] {
        let on_file = file.run("alice", args);
        assert!(on_file.status.success(), "{args:?}: {}", text(&on_file));
        served.ok("alice", args);
    }
    let answers: Vec<(String, String)> = served
        .psql("bob")
        .query(
            "SELECT answer, answered_by FROM duban.urges ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        answers,
        [
            ("督查员代报".to_string(), "alice".to_string()),
            ("督查员办结".to_string(), "alice".to_string()),
            ("督查员办结".to_string(), "alice".to_string())
        ]
    );
}

/// A close made by hand waits for the supervisors' confirming like duban's
/// own: the item awaits confirmation whatever the lead writes, in whichever
/// order the close-out and the item are written.
#[test]
fn a_close_by_hand_still_awaits_the_supervisors_confirmation() {
    require_pg!();
    let served = Served::new();
    let mut bob = served.psql("bob");
    let awaiting = |bob: &mut Client| -> (String, bool) {
        let row = bob
            .query_one(
                "SELECT status, awaiting_confirmation FROM duban.items WHERE number = 1",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1))
    };
    bob.batch_execute(
        "BEGIN;
         INSERT INTO duban.closeouts (item_id, statement, closed_by, closed_at, needs_confirmation)
         SELECT id, '已办结', 'x', 't', true FROM duban.items WHERE number = 1;
         UPDATE duban.items SET status = 'done', awaiting_confirmation = false WHERE number = 1;
         COMMIT",
    )
    .unwrap();
    assert_eq!(awaiting(&mut bob), ("done".to_string(), true));
    served.ok("alice", &["confirm", "1"]);
    served.ok("alice", &["reopen", "1", "需补材料"]);
    // The item first (its close-out still confirmed, reopened), then the
    // close-out closed anew: the wait is not skipped.
    let (code, message) = refused(
        &mut bob,
        "BEGIN;
         UPDATE duban.items SET status = 'done' WHERE number = 1;
         UPDATE duban.closeouts SET reopened_at = NULL, reopened_by = NULL, reopen_reason = NULL,
            confirmed_by = NULL, confirmed_at = NULL, statement = '材料已补'
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1);
         COMMIT",
    );
    assert_eq!(code, "DB002", "{message}");
    assert!(message.contains("bob may not confirm"), "{message}");
    assert_eq!(awaiting(&mut bob), ("doing".to_string(), false));
    // The other order is a close anew, awaiting.
    bob.batch_execute(
        "BEGIN;
         UPDATE duban.closeouts SET reopened_at = NULL, reopened_by = NULL, reopen_reason = NULL,
            confirmed_by = NULL, confirmed_at = NULL, statement = '材料已补'
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1);
         UPDATE duban.items SET status = 'done', awaiting_confirmation = false WHERE number = 1;
         COMMIT",
    )
    .unwrap();
    assert_eq!(awaiting(&mut bob), ("done".to_string(), true));
    served.ok("alice", &["confirm", "1"]);
}

/// What a card shows (ticks, the period's report, open urges) is counted from
/// the rows behind it: a lead writing the card's columns by hand shows no tick,
/// report or answer that is not there.
#[test]
fn a_lead_cannot_forge_what_the_card_counts() {
    require_pg!();
    let served = Served::new();
    served.ok("alice", &["urge", "1", "请加快"]);
    let mut bob = served.psql("bob");
    let card = |bob: &mut Client| -> (Option<String>, i64, Option<String>, i64, i64) {
        let r = bob
            .query_one(
                "SELECT report_period, urges_open, urge_reply_by, measures_done, measures_total
                 FROM duban.items WHERE number = 1",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))
    };
    let before = card(&mut bob);
    assert_eq!((before.0.as_deref(), before.1, before.3), (None, 1, 0));
    assert!(before.4 > 0, "{before:?}");
    bob.batch_execute(
        "UPDATE duban.items SET report_period = to_char(current_date, 'YYYY-MM'),
            urges_open = 0, urge_reply_by = NULL, measures_done = measures_total,
            measures_total = 0
         WHERE number = 1",
    )
    .unwrap();
    assert_eq!(card(&mut bob), before);
    // duban's own writes keep them, as before.
    served.ok("bob", &["tick", "1", "1"]);
    served.ok("bob", &["report", "1", "进展"]);
    let after = card(&mut bob);
    assert!(after.0.is_some(), "{after:?}");
    assert_eq!((after.1, after.3, after.4), (0, 1, before.4));
    let show = served.ok("alice", &["show", "1"]);
    assert!(show.contains("进展"), "{show}");
}

/// When a member reopened a close-out or edited a note is the server's to
/// say, as for the other times: a time dated back becomes the server's.
#[test]
fn a_member_cannot_date_back_a_reopen_or_a_notes_edit() {
    require_pg!();
    let served = Served::new();
    served.ok("bob", &["move", "1", "done", "--note", "已办结"]);
    served.ok("bob", &["note", "1", "备注"]);
    let mut bob = served.psql("bob");
    bob.batch_execute(
        "BEGIN;
         UPDATE duban.closeouts SET reopened_at = '2020-01-01T00:00:00.000Z', reopened_by = 'x',
            reopen_reason = '再补'
         WHERE item_id = (SELECT id FROM duban.items WHERE number = 1);
         UPDATE duban.items SET status = 'doing' WHERE number = 1;
         UPDATE duban.notes SET text = '改过', edited_at = '2019-01-01T00:00:00.000Z';
         COMMIT",
    )
    .unwrap();
    let row = bob
        .query_one(
            "SELECT c.reopened_at, c.reopened_by, n.edited_at
             FROM duban.closeouts c, duban.notes n",
            &[],
        )
        .unwrap();
    let (reopened_at, by, edited_at): (String, String, String) =
        (row.get(0), row.get(1), row.get(2));
    assert_eq!(by, "bob");
    for at in [reopened_at, edited_at] {
        assert!(at.len() == 24 && at.as_str() > "2020-06-02", "{at}");
    }
}

/// A report this computer's date puts in another period than the server's is
/// refused in duban's words (exit status 3), not the server's.
#[test]
fn a_report_for_another_period_than_the_servers_is_said_in_dubans_words() {
    require_pg!();
    let served = Served::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .env("DUBAN_NOW", "2020-06-15T12:00:00Z")
        .env("DUBAN_CONFIG_DIR", served.config.path())
        .args(["--db", &url(&served.cluster, "bob"), "--lang", "en"])
        .args(["report", "1", "钉住的时钟"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    let said = StoreError::ReportNotThisPeriod {
        number: Some(1),
        period: "2020-06".to_string(),
    }
    .message(Lang::En);
    assert!(stderr(&out).contains(&said), "{}", text(&out));
    assert!(!stderr(&out).contains("DB005"), "{}", text(&out));
}
