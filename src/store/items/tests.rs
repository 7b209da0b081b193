use super::*;
use crate::plan::Status;
use crate::store::ItemFilter;
use crate::store::test_support::seeded;

fn new_item(title: &str, lead: &str) -> NewItem {
    NewItem {
        title: title.into(),
        lead: lead.into(),
        ..NewItem::default()
    }
}

fn kinds(store: &Store, id: ItemId) -> Vec<String> {
    store
        .history(id)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

#[test]
fn an_ad_hoc_item_goes_into_the_standing_plan_of_the_year_made_on_first_use() {
    let (mut store, plan) = seeded("督查员");
    assert_eq!(store.standing_plan(2020).unwrap(), None);
    let new = NewItem {
        title: "落实省领导关于校园安全的批示".into(),
        lead: "基教处".into(),
        co: vec!["高教处".into(), "基教处".into()],
        due: Some("2020-07-15".into()),
        source: Some(Source::Instruction),
        source_ref: Some("省领导批示第12号".into()),
        requirement: Some("7月15日前报送办理情况".into()),
        level: Some(Level::Urgent),
        ..NewItem::default()
    };
    let added = store.add_item(None, &new).unwrap();
    assert_ne!(added.plan, plan);
    assert_eq!(added.number, 1);
    assert_eq!(store.standing_plan(2020).unwrap(), Some(added.plan));
    let second = store
        .add_item(None, &new_item("会议议定的第二件事", "高教处"))
        .unwrap();
    assert_eq!((second.plan, second.number), (added.plan, 2));
    let summaries = store.plan_summaries().unwrap();
    let standing = summaries.iter().find(|p| p.id == added.plan).unwrap();
    assert_eq!(
        (standing.title.as_str(), standing.items),
        ("2020年督办事项", 2)
    );

    let item = store.item(store.item_id(added.plan, 1).unwrap()).unwrap();
    assert_eq!(item.lead_office(), Some("基教处"));
    let co: Vec<_> = item
        .offices
        .iter()
        .skip(1)
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(co, ["高教处"], "the lead is not also a co-operator");
    assert_eq!(item.due.as_deref(), Some("2020-07-15"));
    assert_eq!(item.source, Some(Source::Instruction));
    assert_eq!(item.source_ref.as_deref(), Some("省领导批示第12号"));
    assert_eq!(item.level, Some(Level::Urgent));
    assert!(item.by_hand);
    assert_eq!(kinds(&store, added.id), ["create"]);
    let cards = store.cards(added.plan).unwrap();
    assert_eq!(cards[0].lead_office.as_deref(), Some("基教处"));
}

#[test]
fn an_item_added_to_an_imported_plan_continues_its_numbers() {
    let (mut store, plan) = seeded("督查员");
    let added = store
        .add_item(Some(plan), &new_item("补充事项", "办公室"))
        .unwrap();
    assert_eq!((added.plan, added.number), (plan, 5));
    assert!(matches!(
        store.add_item(Some(999), &new_item("x", "办公室")),
        Err(StoreError::NoSuchPlan(999))
    ));
}

#[test]
fn bad_new_items_are_refused_and_nothing_is_written() {
    let (mut store, plan) = seeded("督查员");
    let before = store.plan_summaries().unwrap();
    let refused = |store: &mut Store, new: NewItem| store.add_item(None, &new).unwrap_err();
    assert!(matches!(
        refused(&mut store, new_item("  ", "基教处")),
        StoreError::Empty(crate::store::Written::Title)
    ));
    assert!(matches!(
        refused(&mut store, new_item("事项", "不存在处")),
        StoreError::NoSuchOffice(ref n) if n == "不存在处"
    ));
    let mut bad_co = new_item("事项", "基教处");
    bad_co.co = vec!["无此处".into()];
    assert!(matches!(
        refused(&mut store, bad_co),
        StoreError::NoSuchOffice(_)
    ));
    for due in ["2020-02-30", "明天", "2020-05-31"] {
        let mut new = new_item("事项", "基教处");
        new.due = Some(due.into());
        let e = refused(&mut store, new);
        assert!(matches!(e, StoreError::BadDue(_)), "{due}: {e}");
    }
    assert_eq!(store.plan_summaries().unwrap(), before);
    assert_eq!(store.standing_plan(2020).unwrap(), None);
    let _ = plan;
}

#[test]
fn an_edit_writes_one_event_per_changed_field_and_marks_document_fields() {
    let (mut store, plan) = seeded("督查员");
    let id = store.item_id(plan, 1).unwrap();
    store.set_measure_done(id, 2, true).unwrap();
    let edit = ItemEdit {
        title: Some("甲事项（修订）".into()),
        lead: Some("办公室".into()),
        due: Some("2020-09-30".into()),
        level: Some(Level::Key),
        // Same text: no change.
        target: Some("甲事项的目标".into()),
        measures: Some(vec!["甲事项措施二。".into(), "新增措施。".into()]),
        ..ItemEdit::default()
    };
    let changes = store.edit_item(id, &edit).unwrap();
    let fields: Vec<_> = changes.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            ItemField::Title,
            ItemField::Lead,
            ItemField::Co,
            ItemField::Deadline,
            ItemField::Level,
            ItemField::Measures
        ]
    );
    assert_eq!(changes[1].before, "基教处");
    assert_eq!(changes[1].after, "办公室");
    assert_eq!(
        (changes[2].before.as_str(), changes[2].after.as_str()),
        ("办公室", "")
    );
    let item = store.item(store.item_id(plan, 1).unwrap()).unwrap();
    assert_eq!(item.title, "甲事项（修订）");
    assert_eq!(item.lead_office(), Some("办公室"));
    assert_eq!(item.offices.len(), 1);
    assert_eq!(item.due.as_deref(), Some("2020-09-30"));
    assert!(item.deadline_set);
    // The tick moved with its measure.
    let ticks: Vec<_> = item
        .measures
        .iter()
        .map(|m| (m.text.as_str(), m.done))
        .collect();
    assert_eq!(ticks, [("甲事项措施二。", true), ("新增措施。", false)]);
    let history = kinds(&store, id);
    assert_eq!(
        &history[history.len() - 6..],
        [
            "edit_title",
            "edit_lead",
            "edit_co",
            "edit_deadline",
            "edit_level",
            "edit_measures"
        ]
    );
    assert_eq!(
        store.hand_fields(id).unwrap(),
        [
            ItemField::Title,
            ItemField::Lead,
            ItemField::Co,
            ItemField::Deadline,
            ItemField::Measures
        ]
    );
    assert!(
        store.edit_item(id, &edit).unwrap().is_empty(),
        "a second time changes nothing"
    );
}

#[test]
fn a_refused_edit_writes_nothing() {
    let (mut store, plan) = seeded("督查员");
    let id = store.item_id(plan, 1).unwrap();
    let before = store.item(store.item_id(plan, 1).unwrap()).unwrap();
    let bad = [
        ItemEdit {
            title: Some("新标题".into()),
            lead: Some("无此处".into()),
            ..ItemEdit::default()
        },
        ItemEdit {
            title: Some(" ".into()),
            ..ItemEdit::default()
        },
        ItemEdit {
            title: Some("新标题".into()),
            due: Some("2020-13-01".into()),
            ..ItemEdit::default()
        },
        ItemEdit {
            due: Some("2020-05-01".into()),
            ..ItemEdit::default()
        },
    ];
    for edit in bad {
        assert!(store.edit_item(id, &edit).is_err(), "{edit:?}");
    }
    assert_eq!(store.item(store.item_id(plan, 1).unwrap()).unwrap(), before);
    assert!(store.hand_fields(id).unwrap().is_empty());
}

#[test]
fn leads_edit_target_and_measures_of_their_items_supervisors_everything() {
    let (mut store, plan) = seeded("督查员");
    store.add_member(plan, "督查员", "办公室", true).unwrap();
    store.add_member(plan, "基教", "基教处", false).unwrap();
    let one = store.item_id(plan, 1).unwrap();
    let three = store.item_id(plan, 3).unwrap();
    store.set_actor("基教");
    let work = ItemEdit {
        target: Some("新目标".into()),
        measures: Some(vec!["措施甲".into()]),
        ..ItemEdit::default()
    };
    assert_eq!(store.edit_item(one, &work).unwrap().len(), 2);
    let title = ItemEdit {
        title: Some("改名".into()),
        ..ItemEdit::default()
    };
    let refused = |r: Result<Vec<FieldChange>>| match r {
        Err(StoreError::Refused(r)) => *r,
        other => panic!("expected a refusal, got {other:?}"),
    };
    let r = refused(store.edit_item(one, &title));
    assert_eq!(r.act, Act::EditItem);
    assert_eq!(
        r.message_zh(),
        "第1项的修改仅限督查员（办公室）；基教不在其列"
    );
    // Not the lead of item 3 (only a co-operator).
    let r = refused(store.edit_item(three, &work));
    assert_eq!(r.act, Act::EditWork);
    assert!(matches!(
        store.add_item(None, &new_item("自己加的", "基教处")),
        Err(StoreError::Refused(_))
    ));
    assert!(matches!(
        store.retire_item(one, "重复"),
        Err(StoreError::Refused(_))
    ));
    store.set_actor("督查员");
    store.edit_item(three, &title).unwrap();
    store
        .add_item(None, &new_item("督查员加的", "基教处"))
        .unwrap();
}

#[test]
fn retired_items_leave_the_board_and_lists_and_come_back_on_restore() {
    let (mut store, plan) = seeded("督查员");
    let id = store.item_id(plan, 2).unwrap();
    store.move_item(id, Status::Doing, None).unwrap();
    assert!(store.retire_item(id, "与第1项合并").unwrap());
    assert!(!store.retire_item(id, "again").unwrap());
    assert!(matches!(
        store.retire_item(id, " "),
        Err(StoreError::Empty(_))
    ));
    let numbers = |store: &Store, retired| -> Vec<u32> {
        let filter = ItemFilter {
            retired,
            ..ItemFilter::default()
        };
        store
            .items(plan, &filter)
            .unwrap()
            .iter()
            .map(|i| i.number)
            .collect()
    };
    assert_eq!(numbers(&store, false), [1, 3, 4]);
    assert_eq!(numbers(&store, true), [2]);
    assert!(store.cards(plan).unwrap().iter().all(|c| c.id != id));
    assert_eq!(store.card_counts(plan).unwrap(), [3, 0, 0, 0]);
    assert_eq!(store.plan_summaries().unwrap()[0].items, 3);
    let offices = store.offices(plan).unwrap();
    let jj = offices.iter().find(|o| o.name == "基教处").unwrap();
    assert_eq!(jj.lead.total(), 1, "the retired item is not counted");
    let item = store.item(store.item_id(plan, 2).unwrap()).unwrap();
    assert!(item.retired);
    assert_eq!(item.retired_reason.as_deref(), Some("与第1项合并"));
    assert!(matches!(
        store.move_item(id, Status::Blocked, None),
        Err(StoreError::ItemRetired { number: 2 })
    ));
    let title = ItemEdit {
        title: Some("改名".into()),
        ..ItemEdit::default()
    };
    assert!(matches!(
        store.edit_item(id, &title),
        Err(StoreError::ItemRetired { number: 2 })
    ));
    assert!(store.restore_item(id).unwrap());
    assert!(!store.restore_item(id).unwrap());
    assert_eq!(numbers(&store, false), [1, 2, 3, 4]);
    let card = store
        .cards(plan)
        .unwrap()
        .into_iter()
        .find(|c| c.id == id)
        .unwrap();
    assert_eq!(card.status, Status::Doing, "restored where it was");
    let history = kinds(&store, id);
    assert_eq!(&history[history.len() - 2..], ["retire", "restore"]);
}

#[test]
fn a_reimport_keeps_hand_corrections_reports_them_and_yields_to_prefer_document() {
    use crate::store::{HandKept, ImportOptions};
    let (mut store, plan) = seeded("督查员");
    let one = store.item_id(plan, 1).unwrap();
    let edit = ItemEdit {
        title: Some("甲事项（看板上改的）".into()),
        lead: Some("高教处".into()),
        ..ItemEdit::default()
    };
    store.edit_item(one, &edit).unwrap();
    let mut doc = crate::store::test_support::plan();
    doc.items[0].title = "甲事项（文件新写的）".into();
    doc.items[1].target = "乙事项的新目标".into();
    doc.items.pop();
    let report = store.import(&doc).unwrap();
    assert_eq!(
        report.hand_kept,
        [
            HandKept {
                number: 1,
                field: ItemField::Title,
                document: "甲事项（文件新写的）".into(),
                board: "甲事项（看板上改的）".into(),
            },
            HandKept {
                number: 1,
                field: ItemField::Lead,
                document: "基教处".into(),
                board: "高教处".into(),
            },
        ]
    );
    assert_eq!(report.not_in_document, [4]);
    let item = |store: &Store, n| store.item(store.item_id(plan, n).unwrap()).unwrap();
    assert_eq!(item(&store, 1).title, "甲事项（看板上改的）");
    assert_eq!(item(&store, 1).lead_office(), Some("高教处"));
    assert_eq!(
        item(&store, 2).target,
        "乙事项的新目标",
        "fields not corrected follow the document"
    );
    assert_eq!(
        item(&store, 4).title,
        "丁事项",
        "an item the document dropped is kept"
    );

    // A preview writes nothing.
    let preview = store.import_preview(&doc, true).unwrap();
    assert_eq!(preview.hand_kept.len(), 2);
    assert_eq!(item(&store, 1).title, "甲事项（看板上改的）");

    let report = store
        .import_with(
            &doc,
            ImportOptions {
                prefer_document: true,
                ..ImportOptions::default()
            },
        )
        .unwrap();
    assert_eq!(report.hand_kept.len(), 2);
    assert_eq!(item(&store, 1).title, "甲事项（文件新写的）");
    assert_eq!(item(&store, 1).lead_office(), Some("基教处"));
    assert!(store.hand_fields(one).unwrap().is_empty());
    assert!(store.import(&doc).unwrap().hand_kept.is_empty());
}

#[test]
fn a_hand_made_item_is_not_overwritten_by_a_document_item_of_its_number() {
    let (mut store, plan) = seeded("督查员");
    let added = store
        .add_item(Some(plan), &new_item("手工加的第5项", "办公室"))
        .unwrap();
    let mut doc = crate::store::test_support::plan();
    let mut fifth = doc.items[0].clone();
    fifth.number = 5;
    fifth.title = "文件里的第5项".into();
    doc.items.push(fifth);
    let report = store.import(&doc).unwrap();
    assert!(
        report
            .hand_kept
            .iter()
            .any(|k| k.number == 5 && k.field == ItemField::Title)
    );
    assert_eq!(store.item(added.id).unwrap().title, "手工加的第5项");
}
