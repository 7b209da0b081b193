//! The embedded seed document must come through exactly (issue 2, section 1).

use duban::plan::parse::CLOSING_TITLE;
use duban::plan::{Item, OfficeRef, Plan, Role, parse, parse_bytes};
use std::collections::BTreeSet;

const SEED: &str = include_str!("../../seeds/000_1c263084d9f29a16.txt");

fn seed() -> Plan {
    let parsed = parse(SEED).expect("the seed parses");
    assert_eq!(parsed.warnings, [], "the seed parses without warnings");
    parsed.plan
}

fn item(plan: &Plan, number: u32) -> &Item {
    plan.items.iter().find(|i| i.number == number).unwrap()
}

fn offices(item: &Item) -> Vec<(&str, Role)> {
    item.offices
        .iter()
        .map(|o| (o.name.as_str(), o.role))
        .collect()
}

#[test]
fn seed_metadata() {
    let plan = seed();
    assert_eq!(
        plan.title,
        "湖南省教育厅 中共湖南省委教育工委2020年工作要点"
    );
    assert_eq!(plan.doc_number.as_deref(), Some("湘教发〔2020〕8号"));
    // The signing date, not the 印发 date of the trailer.
    assert_eq!(plan.date.as_deref(), Some("2020-03-06"));
    assert_eq!(plan.issuers, ["湖南省教育厅", "中共湖南省委教育工作委员会"]);
    let general = plan.general_requirements.as_deref().unwrap();
    assert!(general.starts_with("2020年全省教育工作的总体要求是:坚持以习近平"));
    assert!(general.ends_with("打赢脱贫攻坚战做出积极贡献。"));
    assert_eq!(general, SEED.lines().nth(11).unwrap());
    assert_eq!(plan.key(), "湘教发〔2020〕8号");
}

#[test]
fn seed_has_eight_numbered_sections() {
    let plan = seed();
    let sections: Vec<(u32, &str)> = plan
        .sections
        .iter()
        .map(|s| (s.number, s.numeral.as_str()))
        .collect();
    assert_eq!(
        sections,
        [
            (1, "一"),
            (2, "二"),
            (3, "三"),
            (4, "四"),
            (5, "五"),
            (6, "六"),
            (7, "七"),
            (8, "八")
        ]
    );
    assert_eq!(plan.sections[0].title, "加强党对教育工作的全面领导");
    assert_eq!(plan.sections[7].title, "推进教育体制机制改革创新");
}

#[test]
fn seed_has_34_items_in_order_with_their_sections() {
    let plan = seed();
    let numbers: Vec<u32> = plan.items.iter().map(|i| i.number).collect();
    assert_eq!(numbers, (1..=34).collect::<Vec<_>>());
    let section_of = |n| item(&plan, n).section;
    assert_eq!(section_of(1), Some(1));
    assert_eq!(section_of(4), Some(1));
    assert_eq!(section_of(5), Some(2));
    assert_eq!(section_of(11), Some(3));
    assert_eq!(section_of(25), Some(6));
    assert_eq!(section_of(33), Some(8));
    assert_eq!(section_of(34), None);
    // Lines are 1-based lines of the headings in the file.
    assert_eq!(item(&plan, 1).line, 14);
    assert_eq!(item(&plan, 33).line, 149);
    assert_eq!(item(&plan, 34).line, 153);
    assert!(plan.items.iter().all(|i| i.deadline.is_none()));
}

#[test]
fn seed_item_texts() {
    let plan = seed();
    let first = item(&plan, 1);
    assert_eq!(first.title, "进一步健全党对教育工作全面领导的体制机制");
    assert_eq!(
        first.target,
        "党对教育工作全面领导的体制机制进一步健全,作用进一步发挥。"
    );
    // A semicolon does not end a measure.
    assert_eq!(
        first.measures[0],
        "精心筹备省委教育工作领导小组会议,研究审议教育工作议题;协调落实领导小组组长有关专题调研活动,调度和推动有关教育工作。"
    );
    assert_eq!(
        first.measures[2],
        "深化督查督办,确保省委省政府教育决策部署落实落地。"
    );
    assert_eq!(
        first.offices,
        [
            OfficeRef {
                name: "秘书处".into(),
                role: Role::Lead,
                group: false
            },
            OfficeRef {
                name: "相关处室".into(),
                role: Role::Co,
                group: true
            },
        ]
    );

    let eight = item(&plan, 8);
    assert_eq!(eight.title, "确保学校安全稳定");
    assert_eq!(eight.measures.len(), 6);
    assert_eq!(
        offices(eight),
        [
            ("维稳办", Role::Lead),
            ("科技处", Role::Co),
            ("基教处", Role::Co),
            ("学生处", Role::Co),
            ("高教处", Role::Co),
            ("职成处", Role::Co),
            ("教育考试院", Role::Co),
        ]
    );

    let last = item(&plan, 33);
    assert_eq!(last.title, "推进教育信息化2.0试点省建设");
    assert_eq!(
        last.target,
        "全面推进教育信息化2.0试点省建设,发展更加公平更有质量的教育。"
    );
    assert_eq!(
        last.measures.last().unwrap(),
        "实施“未来教育体”教育创新试点行动,提升“互联网+教育”治理能力,探索5G、人工智能、区块链等技术与教育教学融合应用。"
    );
    assert_eq!(
        offices(last),
        [
            ("规划处", Role::Lead),
            ("基教处", Role::Co),
            ("教师处", Role::Co)
        ]
    );
}

#[test]
fn decimal_numbers_do_not_end_a_measure() {
    let plan = seed();
    let measures = &item(&plan, 27).measures;
    assert_eq!(measures.len(), 9);
    assert_eq!(
        measures[2],
        "计划2020年公费定向师范生招生规模达1.3万人以上,继续做好“特岗计划”、“三区”支教和“银龄讲学计划”的实施工作,完善教师培养补充机制。"
    );
    assert_eq!(measures[6], "推进教师信息能力提升工程2.0计划。");
}

#[test]
fn measure_counts() {
    let plan = seed();
    let per_item: Vec<usize> = plan.items.iter().map(|i| i.measures.len()).collect();
    assert_eq!(
        per_item,
        [
            3, 3, 7, 11, 4, 6, 7, 6, 5, 10, 5, 11, 5, 9, 4, 5, 4, 7, 10, 7, 8, 2, 5, 10, 7, 5, 9,
            8, 2, 4, 5, 6, 4, 1
        ]
    );
    // Items 1–33 have 204 sentences ending in 。 (the 205 counts the closing
    // paragraph too, or splits item 1's `;`, which the rules forbid).
    assert_eq!(per_item[..33].iter().sum::<usize>(), 204);
    assert_eq!(per_item.iter().sum::<usize>(), 205);
    for item in &plan.items[..33] {
        for m in &item.measures {
            assert!(m.ends_with('。'), "item {}: {m}", item.number);
            assert_eq!(m.matches('。').count(), 1, "item {}: {m}", item.number);
        }
    }
}

#[test]
fn closing_paragraph_is_item_34() {
    let plan = seed();
    let closing = item(&plan, 34);
    assert_eq!(closing.title, CLOSING_TITLE);
    assert_eq!(closing.title, "常规工作");
    assert_eq!(closing.section, None);
    assert_eq!(closing.target, "");
    assert_eq!(closing.measures, [SEED.lines().nth(152).unwrap()]);
    assert!(closing.measures[0].starts_with("在完成上述工作的同时"));
    // `办公室、机关党委、老干处等`: the trailing 等 is dropped.
    assert_eq!(
        offices(closing),
        [
            ("办公室", Role::Lead),
            ("机关党委", Role::Co),
            ("老干处", Role::Co)
        ]
    );
}

#[test]
fn office_lists_lose_trailing_period_and_deng() {
    let plan = seed();
    let names = |n| {
        item(&plan, n)
            .offices
            .iter()
            .map(|o| o.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(30), ["政法处", "财建处", "教育督导处"]);
    assert_eq!(names(4).last().unwrap(), "财建处");
}

#[test]
fn seed_yields_31_distinct_offices() {
    let plan = seed();
    let all: BTreeSet<&str> = plan
        .items
        .iter()
        .flat_map(|i| i.offices.iter().map(|o| o.name.as_str()))
        .collect();
    assert_eq!(all.len(), 31);
    assert!(all.contains("教育考试院"));
    assert!(!all.contains("考试院"), "the alias is resolved");
    let groups: BTreeSet<&str> = plan
        .items
        .iter()
        .flat_map(|i| {
            i.offices
                .iter()
                .filter(|o| o.group)
                .map(|o| o.name.as_str())
        })
        .collect();
    assert_eq!(
        groups,
        BTreeSet::from([
            "相关处室",
            "厅新冠肺炎防控领导小组成员处室",
            "厅扶贫领导小组成员处室"
        ])
    );
}

#[test]
fn jijiaochu_is_on_13_items_and_leads_5() {
    let plan = seed();
    let on: Vec<u32> = plan
        .items
        .iter()
        .filter(|i| i.offices.iter().any(|o| o.name == "基教处"))
        .map(|i| i.number)
        .collect();
    assert_eq!(on, [3, 8, 9, 10, 14, 15, 16, 17, 18, 27, 29, 32, 33]);
    let leads: Vec<u32> = plan
        .items
        .iter()
        .filter(|i| {
            i.offices
                .first()
                .is_some_and(|o| o.name == "基教处" && o.role == Role::Lead)
        })
        .map(|i| i.number)
        .collect();
    assert_eq!(leads, [14, 15, 16, 17, 18]);
}

#[test]
fn exam_authority_is_one_office_on_items_8_and_29() {
    let plan = seed();
    let on: Vec<u32> = plan
        .items
        .iter()
        .filter(|i| i.offices.iter().any(|o| o.name == "教育考试院"))
        .map(|i| i.number)
        .collect();
    assert_eq!(on, [8, 29]);
}

#[test]
fn every_item_has_exactly_one_lead_listed_first() {
    let plan = seed();
    for item in &plan.items {
        let roles: Vec<Role> = item.offices.iter().map(|o| o.role).collect();
        assert_eq!(roles[0], Role::Lead, "item {}", item.number);
        assert!(
            roles[1..].iter().all(|r| *r == Role::Co),
            "item {}",
            item.number
        );
    }
}

#[test]
fn bytes_and_text_entry_points_agree() {
    let from_bytes = parse_bytes(SEED.as_bytes()).unwrap();
    assert_eq!(from_bytes.plan, seed());
}
