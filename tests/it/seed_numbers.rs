//! Indicators and deadlines read from the embedded seed (issue 5).

use duban::plan::deadline::{self, Light};
use duban::plan::indicators::{Direction, extract};
use duban::plan::{Plan, Status, parse};
use jiff::civil::date;

const SEED: &str = include_str!("../../seeds/000_1c263084d9f29a16.txt");

fn seed() -> Plan {
    parse(SEED).expect("the seed parses").plan
}

#[test]
fn seed_indicators_are_exactly_the_stated_quantities() {
    let plan = seed();
    let counts: Vec<(u32, usize)> = plan
        .items
        .iter()
        .map(|i| (i.number, extract(&i.target).len()))
        .filter(|(_, n)| *n > 0)
        .collect();
    assert_eq!(counts, vec![(14, 2), (15, 3), (16, 2), (17, 1)]);
    let total: usize = plan.items.iter().map(|i| extract(&i.target).len()).sum();
    assert_eq!(total, 8, "no other item's target states a quantity");

    let of = |n: u32| {
        extract(&plan.items.iter().find(|i| i.number == n).unwrap().target)
            .into_iter()
            .map(|i| (i.text, i.target, i.unit, i.direction))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        of(14),
        vec![
            (
                "增加公办幼儿园学位25万个".into(),
                25.0,
                "万个".into(),
                Direction::AtLeast
            ),
            (
                "普惠性幼儿园覆盖率达到80%".into(),
                80.0,
                "%".into(),
                Direction::AtLeast
            ),
        ]
    );
    assert_eq!(
        of(15),
        vec![
            (
                "义务教育大班额控制在5%以内".into(),
                5.0,
                "%".into(),
                Direction::AtMost
            ),
            (
                "新建成芙蓉学校37所".into(),
                37.0,
                "所".into(),
                Direction::Exactly
            ),
            ("新开工39所".into(), 39.0, "所".into(), Direction::Exactly),
        ]
    );
    assert_eq!(
        of(16),
        vec![
            (
                "高中阶段毛入学率达到93%".into(),
                93.0,
                "%".into(),
                Direction::AtLeast
            ),
            (
                "大班额比例降至15%以下".into(),
                15.0,
                "%".into(),
                Direction::AtMost
            ),
        ]
    );
    assert_eq!(
        of(17),
        vec![(
            "残疾儿童少年入学率达到95%以上".into(),
            95.0,
            "%".into(),
            Direction::AtLeast
        )]
    );
}

#[test]
fn names_in_seed_targets_are_not_indicators() {
    let plan = seed();
    for n in [19, 33] {
        let item = plan.items.iter().find(|i| i.number == n).unwrap();
        assert!(item.target.contains("1+X") || item.target.contains("2.0"));
        assert!(extract(&item.target).is_empty(), "item {n}");
    }
}

#[test]
fn seed_items_are_due_at_the_end_of_the_plan_year() {
    let plan = seed();
    let year = deadline::plan_year(plan.date.as_deref(), &plan.title).unwrap();
    assert_eq!(year, 2020);
    for item in &plan.items {
        assert_eq!(
            deadline::resolve(item, year),
            date(2020, 12, 31),
            "item {}",
            item.number
        );
    }
    // Item 8 names its own: 督促各地在2020年底前…
    let eight = plan.items.iter().find(|i| i.number == 8).unwrap();
    let mut early = eight.clone();
    assert!(early.measures.iter().any(|m| m.contains("2020年底前")));
    for m in &mut early.measures {
        *m = m.replace("2020年底前", "2020年9月30日前");
    }
    assert_eq!(deadline::resolve(&early, year), date(2020, 9, 30));
    let mut stated = eight.clone();
    stated.deadline = Some("6月底".into());
    assert_eq!(deadline::resolve(&stated, year), date(2020, 6, 30));
}

#[test]
fn lights_of_seed_deadlines_on_fixed_days() {
    let due = date(2020, 12, 31);
    assert_eq!(
        deadline::light(due, Status::Doing, date(2020, 6, 1)),
        Light::OnTrack
    );
    assert_eq!(
        deadline::light(due, Status::Todo, date(2020, 12, 20)),
        Light::DueSoon
    );
    assert_eq!(
        deadline::light(due, Status::Blocked, date(2021, 1, 4)),
        Light::Overdue
    );
    assert_eq!(
        deadline::light(due, Status::Done, date(2021, 1, 4)),
        Light::OnTrack
    );
}
