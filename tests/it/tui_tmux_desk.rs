//! The supervisor's day in a real terminal (tmux), with Chinese typed in: quick
//! filters and the 销号 queue (C asks first), urging with a reply-by date, an
//! indicator's value, a new item through the form, a card retired, a measure
//! corrected and removed.

use crate::tmux;

use duban::plan::Status;
use duban::store::Store;
use std::path::Path;
use std::time::Duration;
use tmux::{Tmux, duban_command, require_tmux};

const WAIT: Duration = Duration::from_secs(5);
const SEED: &[u8] = include_bytes!("../../seeds/000_1c263084d9f29a16.txt");

/// A database where the OS user supervises from 办公室 and `lead` belongs to
/// 基教处; item 22 is blocked, item 20 is done and waits for 销号.
fn setup(db: &Path) -> String {
    let me = duban::identity::os_user();
    let mut store = Store::open(db, "admin").unwrap();
    let parsed = duban::plan::parse_bytes(SEED).unwrap();
    store.import(&parsed.plan).unwrap();
    let plan = store.plan(None).unwrap().id;
    let (i20, i22) = (
        store.item_id(plan, 20).unwrap(),
        store.item_id(plan, 22).unwrap(),
    );
    store.move_item(i22, Status::Blocked, None).unwrap();
    store.move_item(i20, Status::Doing, None).unwrap();
    store.add_member(plan, "lead", "基教处", false).unwrap();
    store.add_member(plan, &me, "办公室", true).unwrap();
    store.set_actor(&me);
    store.close_item(i20, "已完成", None).unwrap();
    me
}

fn open(db: &Path) -> Store {
    Store::open(db, "checker").unwrap()
}

fn id(db: &Path, n: u32) -> i64 {
    let s = open(db);
    let plan = s.plan(None).unwrap().id;
    s.item_id(plan, n).unwrap()
}

fn start(name: &str, w: u16, h: u16) -> (tempfile::TempDir, std::path::PathBuf, Tmux) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("desk.db");
    let me = setup(&db);
    let cmd = duban_command(&db, dir.path(), &me, "");
    let t = Tmux::start(name, &cmd, w, h, None);
    t.wait_for("督查员", WAIT);
    (dir, db, t)
}

#[test]
fn quick_filters_and_the_confirm_queue_that_asks_first() {
    require_tmux!();
    let (_dir, db, t) = start("deskq", 80, 24);
    t.keys(&["f"]);
    let screen = t.wait_for("快速筛选", WAIT);
    assert!(screen.contains("b              受阻"), "{screen}");
    t.keys(&["b"]);
    let screen = t.wait_for("【受阻】", WAIT);
    assert!(screen.contains("未启动（0）"), "{screen}");
    assert!(screen.contains(">22 "), "{screen}");
    // The same letter takes it off, the cursor still on 22.
    t.keys(&["f", "b"]);
    let screen = t.wait_for("已取消快速筛选", WAIT);
    assert!(screen.contains(">22 "), "{screen}");
    // The queue: C asks, n keeps it, C then y confirms.
    t.keys(&["x"]);
    let screen = t.wait_for("【待销号】", WAIT);
    assert!(screen.contains("按 C 销号"), "{screen}");
    assert!(screen.contains(">20 "), "{screen}");
    t.keys(&["C"]);
    t.wait_for("确认第20项", WAIT);
    t.keys(&["n"]);
    t.wait_for("未销号", WAIT);
    assert!(
        open(&db)
            .closeout(id(&db, 20))
            .unwrap()
            .unwrap()
            .confirmed_by
            .is_none()
    );
    t.keys(&["C"]);
    t.wait_for("确认第20项", WAIT);
    t.keys(&["y"]);
    t.wait_for("第20项已销号", WAIT);
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    let c = open(&db).closeout(id(&db, 20)).unwrap().unwrap();
    assert_eq!(c.confirmed_by, Some(duban::identity::os_user()));
}

#[test]
fn urge_in_chinese_with_a_reply_by_date_that_has_not_passed() {
    require_tmux!();
    let (_dir, db, t) = start("desku", 160, 48);
    t.keys(&[":"]);
    t.type_text("14");
    t.keys(&["Enter"]);
    t.wait_for(">14 ", WAIT);
    t.keys(&["!"]);
    t.wait_for("督办第14项", WAIT);
    t.type_text("请于月底前报送整改情况");
    t.keys(&["Enter"]);
    t.wait_for("回复期限", WAIT);
    t.type_text("2020-06-01");
    t.keys(&["Enter"]);
    let screen = t.wait_for("已过，最早填", WAIT);
    assert!(screen.contains("2020-06-01已过"), "{screen}");
    assert!(open(&db).urges(id(&db, 14)).unwrap().is_empty());
    t.keys(&["C-u"]);
    t.type_text("2099-01-31");
    t.keys(&["Enter"]);
    t.wait_for("已督办第14项，2099-01-31前回复", WAIT);
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    let urges = open(&db).urges(id(&db, 14)).unwrap();
    assert_eq!(urges[0].text, "请于月底前报送整改情况");
    assert_eq!(urges[0].reply_by.as_deref(), Some("2099-01-31"));
}

#[test]
fn an_indicator_is_recorded_from_the_detail() {
    require_tmux!();
    let (_dir, db, t) = start("deski", 80, 24);
    t.keys(&[":"]);
    t.type_text("14");
    t.keys(&["Enter"]);
    t.wait_for(">14 ", WAIT);
    t.keys(&["Enter"]);
    t.wait_for("#14 ", WAIT);
    // The last of the record is the offices; the second indicator is above them.
    t.keys(&["G", "k"]);
    t.keys(&["i"]);
    t.wait_for("当前值（%）", WAIT);
    t.type_text("八成");
    t.keys(&["Enter"]);
    t.wait_for("“八成”不是数字", WAIT);
    t.keys(&["C-u"]);
    t.type_text("85%");
    t.keys(&["Enter"]);
    t.wait_for("已填报", WAIT);
    t.wait_for("85% / >= 80%", WAIT);
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    assert_eq!(
        open(&db).indicators(id(&db, 14)).unwrap()[1].actual,
        Some(85.0)
    );
}

#[test]
fn a_new_item_through_the_form_with_pinyin_and_a_deadline_phrase() {
    require_tmux!();
    let (_dir, db, t) = start("deskn", 160, 48);
    t.keys(&["n"]);
    t.wait_for("新增督办事项", WAIT);
    t.type_text("落实省领导关于学前教育的批示");
    t.keys(&["Tab"]);
    // Typing on the office field opens the picker: pinyin initials.
    t.type_text("jjc");
    t.wait_for("选牵头处室", WAIT);
    t.keys(&["Enter"]);
    t.wait_for("牵头处室  基教处", WAIT);
    t.keys(&["Tab", "Tab", "Enter"]);
    t.wait_for("期限（YYYY-MM-DD", WAIT);
    t.type_text("12月底前");
    t.keys(&["Enter"]);
    t.wait_for("12月底前（", WAIT);
    t.keys(&["Tab", "Right"]);
    t.wait_for("领导批示", WAIT);
    t.keys(&["C-s"]);
    let screen = t.wait_for("已新增第1项", WAIT);
    assert!(
        screen.contains("年督办事项"),
        "the standing plan:\n{screen}"
    );
    assert!(
        screen.contains(">1 落实省领导关于学前教育的批示"),
        "{screen}"
    );
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    let store = open(&db);
    let plans = store.plan_summaries().unwrap();
    assert_eq!(plans.len(), 2);
}

#[test]
fn a_card_retired_a_measure_added_and_removed_and_the_title_corrected() {
    require_tmux!();
    let (_dir, db, t) = start("deskd", 80, 24);
    t.keys(&[":"]);
    t.type_text("15");
    t.keys(&["Enter"]);
    t.wait_for(">15 ", WAIT);
    t.keys(&["D"]);
    t.wait_for("撤项的原因", WAIT);
    t.type_text("已并入第14项");
    t.keys(&["Enter"]);
    t.wait_for("撤项第15项", WAIT);
    t.keys(&["y"]);
    let screen = t.wait_for("第15项已撤项", WAIT);
    assert!(!screen.contains(">15 "), "{screen}");
    assert!(open(&db).item(id(&db, 15)).unwrap().retired);

    t.keys(&[":"]);
    t.type_text("14");
    t.keys(&["Enter", "Enter"]);
    t.wait_for("#14 ", WAIT);
    // On the first measure: n adds one after it, d removes it (asked first).
    t.keys(&["n"]);
    t.wait_for("新增措施", WAIT);
    t.type_text("补充一条措施");
    t.keys(&["Enter"]);
    t.wait_for("第14项已修改：工作措施", WAIT);
    t.keys(&["d"]);
    t.wait_for("删除第14项的措施2“补充一条措施”", WAIT);
    t.keys(&["y"]);
    t.wait_for("已删除第14项的措施2", WAIT);
    // e on the title: the prompt starts from it, selected; typing replaces it.
    t.keys(&["g", "k", "k", "k", "e"]);
    t.wait_for("标题：扩大普惠性学前教育资源供给", WAIT);
    t.type_text("扩大普惠性学前教育资源");
    t.keys(&["Enter"]);
    t.wait_for("第14项已修改：标题", WAIT);
    t.keys(&["q"]);
    t.wait_for("[exited]", WAIT);
    let item = open(&db).item(id(&db, 14)).unwrap();
    assert_eq!(item.measures.len(), 9);
    assert_eq!(item.title, "扩大普惠性学前教育资源");
}
