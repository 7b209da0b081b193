//! The supervision loop on the board in a real terminal (tmux): a move to done asks
//! for the completion statement (Esc cancels it), and a member of a lead office
//! with unanswered urges sees the banner that leads to them.

use crate::tmux;

use duban::plan::Status;
use duban::store::Store;
use std::path::Path;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(5);
const SEED: &[u8] = include_bytes!("../../seeds/000_1c263084d9f29a16.txt");

/// A board database where the OS user (so `--as` needs no permission) belongs to
/// 基教处 and `du` supervises from 办公室. Returns item 14's id (led by 基教处).
fn setup(db: &Path) -> (String, i64) {
    let me = duban::identity::os_user();
    let mut store = Store::open(db, "admin").unwrap();
    let parsed = duban::plan::parse_bytes(SEED).unwrap();
    store.import(&parsed.plan).unwrap();
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, &me, "基教处", false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    let id = store.item_id(plan, 14).unwrap();
    assert_eq!(
        store.item(id).unwrap().lead_office(),
        Some("基教处"),
        "the seed's item 14 is led by 基教处"
    );
    (me, id)
}

fn open(db: &Path) -> Store {
    Store::open(db, "checker").unwrap()
}

#[test]
fn done_needs_a_statement_and_esc_cancels() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("loop.db");
    let (me, id) = setup(&db);
    let cmd = duban_command(&db, dir.path(), &me, "");
    let t = Tmux::start("svdone", &cmd, 80, 24, None);
    // The board opens on the user's office, and says who they are.
    let screen = t.wait_for("【处室：基教处】", WAIT);
    assert!(screen.contains("基教处"), "{screen}");
    t.keys(&[":"]);
    t.type_text("14");
    t.keys(&["Enter"]);
    t.wait_for(">14 ", WAIT);
    // To 推进中, to 受阻, then done asks for the statement.
    t.keys(&["L"]);
    t.wait_for("推进中（1）", WAIT);
    t.keys(&["L"]);
    t.wait_for("受阻（1）", WAIT);
    t.keys(&["L"]);
    t.wait_for("办结说明", WAIT);
    t.type_text("已完成");
    t.keys(&["Escape"]);
    let screen = t.wait_for("已取消办结", WAIT);
    assert!(screen.contains("受阻（1）"), "{screen}");
    assert_eq!(open(&db).item(id).unwrap().status, Status::Blocked);

    t.keys(&["L"]);
    t.wait_for("办结说明", WAIT);
    t.type_text("已印发方案，完成验收");
    t.keys(&["Enter"]);
    let screen = t.wait_for("待督查员销号", WAIT);
    assert!(screen.contains("待销号"), "the card's mark:\n{screen}");
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);

    let store = open(&db);
    assert_eq!(store.item(id).unwrap().status, Status::Done);
    let c = store.closeout(id).unwrap().unwrap();
    assert_eq!(c.statement, "已印发方案，完成验收");
    assert!(c.needs_confirmation && c.confirmed_by.is_none());
}

#[test]
fn the_banner_leads_to_the_urges() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("loop.db");
    let (me, id) = setup(&db);
    {
        let mut store = Store::open(&db, "du").unwrap();
        let plan = store.plan(None).unwrap().id;
        store.urge(id, "请报送本月进展", None).unwrap();
        let other = store.item_id(plan, 15).unwrap();
        store.urge(other, "请说明滞后原因", None).unwrap();
    }
    let cmd = duban_command(&db, dir.path(), &me, "");
    let t = Tmux::start("svbanner", &cmd, 80, 24, None);
    let screen = t.wait_for("2项督办待回复", WAIT);
    assert!(screen.contains("按 w 查看"), "{screen}");
    t.keys(&["w"]);
    let screen = t.wait_for("【督办待回复】", WAIT);
    assert!(
        screen.contains("未启动（2）"),
        "only the urged items:\n{screen}"
    );
    assert!(screen.contains(">14 "), "the first selected:\n{screen}");
    assert!(screen.contains("催"), "{screen}");
    // Answer with a report: the banner counts one fewer.
    t.keys(&["r"]);
    t.wait_for("进展报送", WAIT);
    t.type_text("已完成摸底");
    t.keys(&["Enter"]);
    let screen = t.wait_for("1项督办待回复", WAIT);
    assert!(screen.contains("回复了1项督办"), "{screen}");
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    assert!(open(&db).urges(id).unwrap()[0].answered());
}

#[test]
fn a_lead_office_member_replies_from_the_detail() {
    require_tmux!();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("loop.db");
    let (me, id) = setup(&db);
    {
        let mut store = Store::open(&db, "du").unwrap();
        store.urge(id, "请说明学前教育进度", None).unwrap();
    }
    let cmd = duban_command(&db, dir.path(), &me, "");
    let t = Tmux::start("svreply", &cmd, 80, 24, None);
    t.wait_for("1项督办待回复", WAIT);
    t.keys(&["w"]);
    t.wait_for("【督办待回复】", WAIT);
    let screen = t.wait_for(">14 ", WAIT);
    assert!(
        screen.contains("A 回复督办"),
        "the footer offers it:\n{screen}"
    );
    t.keys(&["Enter"]);
    let screen = t.wait_for("#14 ", WAIT);
    assert!(
        screen.contains("A 回复督办"),
        "the detail offers it:\n{screen}"
    );
    assert!(
        screen.contains("督办待回复：请说明学前教育进度"),
        "what is asked shows at the top:\n{screen}"
    );
    t.keys(&["A"]);
    t.wait_for("回复督办“请说明学前教育进度”", WAIT);
    t.type_text("本周完成摸底");
    t.keys(&["Enter"]);
    let screen = t.wait_for("已回复1项督办", WAIT);
    assert!(
        !screen.contains("项督办待回复"),
        "the banner went:\n{screen}"
    );
    assert!(screen.contains("#14 "), "back in the detail:\n{screen}");
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    let urges = open(&db).urges(id).unwrap();
    assert_eq!(urges[0].answer.as_deref(), Some("本周完成摸底"));
    assert_eq!(urges[0].answered_by.as_deref(), Some(me.as_str()));
}
