//! Synthetic plan documents in the seed's format, of any size: for benchmarks and
//! tests that need a province-wide board rather than the seed's 34 items.

use std::fmt::Write;

/// The shape of a generated plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenOptions {
    pub items: usize,
    /// At most 100, as real plans have.
    pub sections: usize,
    /// Distinct office names to draw from (hundreds on a province-wide board).
    pub offices: usize,
    pub measures_per_item: usize,
}

impl GenOptions {
    /// `items` items over up to 100 sections, 400 offices, six measures each.
    pub fn with_items(items: usize) -> GenOptions {
        GenOptions {
            items,
            sections: items.clamp(1, 100),
            offices: 400,
            measures_per_item: 6,
        }
    }
}

const VERBS: [&str; 12] = [
    "推进", "完善", "加强", "深化", "提升", "健全", "落实", "优化", "扩大", "规范", "统筹", "创新",
];
const NOUNS: [&str; 16] = [
    "基础教育",
    "职业教育",
    "高等教育",
    "教师队伍",
    "学前教育",
    "特殊教育",
    "教育督导",
    "教育信息化",
    "校园安全",
    "民族教育",
    "继续教育",
    "学生资助",
    "体育美育",
    "科研创新",
    "对外开放",
    "依法治教",
];
const TAILS: [&str; 10] = [
    "体制机制",
    "质量提升",
    "保障能力",
    "标准建设",
    "示范工程",
    "长效机制",
    "试点工作",
    "综合改革",
    "条件建设",
    "评价体系",
];
const OFFICE_A: [&str; 20] = [
    "基", "高", "职", "师", "财", "规", "学", "科", "体", "民", "政", "人", "督", "国", "办", "宣",
    "组", "思", "语", "安",
];
const OFFICE_B: [&str; 20] = [
    "教", "成", "建", "划", "生", "技", "卫", "法", "事", "导", "交", "公", "传", "织", "想", "言",
    "全", "研", "资", "信",
];

/// A small deterministic generator: the same options give the same document.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

/// The notes `Store::add_synthetic_activity` writes on items for benchmarks.
pub const ACTIVITY_NOTES: [&str; 2] = [
    "已召开专题推进会，明确责任分工和时间表。",
    "下一步抓好督促落实，按月报送进展。",
];

/// Chinese numerals as section headings write them, 1 to 999: 一, 十一, 一百零五.
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (h, t, o) = (n / 100, n / 10 % 10, n % 10);
    let mut s = String::new();
    if h > 0 {
        s.push_str(DIGITS[h as usize]);
        s.push('百');
        if t == 0 && o > 0 {
            s.push('零');
        }
    }
    if t > 0 {
        if !(t == 1 && h == 0) {
            s.push_str(DIGITS[t as usize]);
        }
        s.push('十');
    }
    if o > 0 || n == 0 {
        s.push_str(DIGITS[o as usize]);
    }
    s
}

/// The name of office `k`: two characters and a suffix, e.g. 基教处.
pub fn office_name(k: usize) -> String {
    let a = OFFICE_A[k % OFFICE_A.len()];
    let b = OFFICE_B[(k / OFFICE_A.len()) % OFFICE_B.len()];
    let suffix = ["处", "室", "中心"][(k / (OFFICE_A.len() * OFFICE_B.len())) % 3];
    format!("{a}{b}{suffix}")
}

/// A plan document in the seed's format.
pub fn document(opts: &GenOptions) -> String {
    let mut rng = Lcg(0x5eed_2020);
    let sections = opts.sections.clamp(1, 100);
    let offices = opts.offices.max(1);
    let mut doc = String::with_capacity(opts.items * 600 + 1024);
    doc.push_str("湘教发〔2099〕1号\n");
    doc.push_str("关于印发《生成厅2099年工作要点》的通知\n各单位:\n现将《生成厅2099年工作要点》印发给你们。\n");
    doc.push_str("生成厅\n2099年1月1日\n生成厅2099年工作要点\n");
    doc.push_str("2099年全省教育工作的总体要求是:做好生成的工作。\n");
    let per_section = opts.items.div_ceil(sections).max(1);
    let mut number = 0;
    for s in 1..=sections {
        if number >= opts.items {
            break;
        }
        let _ = writeln!(
            doc,
            "{}、{}{}",
            chinese_numeral(s as u32),
            VERBS[s % VERBS.len()],
            NOUNS[s % NOUNS.len()]
        );
        for _ in 0..per_section {
            if number >= opts.items {
                break;
            }
            number += 1;
            let verb = VERBS[rng.next() % VERBS.len()];
            let noun = NOUNS[rng.next() % NOUNS.len()];
            let tail = TAILS[rng.next() % TAILS.len()];
            let _ = writeln!(doc, "{number}.{verb}{noun}{tail}第{number}项");
            let _ = writeln!(
                doc,
                "目标任务:{noun}{tail}进一步{verb},覆盖率达到{}%以上。",
                80 + rng.next() % 20
            );
            doc.push_str("工作措施:");
            for m in 1..=opts.measures_per_item {
                let verb = VERBS[rng.next() % VERBS.len()];
                let noun = NOUNS[rng.next() % NOUNS.len()];
                let _ = write!(doc, "{verb}{noun}第{m}项措施,抓好督促落实。");
            }
            doc.push('\n');
            doc.push_str("责任单位:");
            let count = 1 + rng.next() % 4;
            let first = rng.next() % offices;
            for k in 0..count {
                if k > 0 {
                    doc.push('、');
                }
                doc.push_str(&office_name((first + k * 7) % offices));
            }
            doc.push('\n');
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_round_trip_through_the_parser_range() {
        assert_eq!(chinese_numeral(1), "一");
        assert_eq!(chinese_numeral(10), "十");
        assert_eq!(chinese_numeral(11), "十一");
        assert_eq!(chinese_numeral(23), "二十三");
        assert_eq!(chinese_numeral(100), "一百");
        assert_eq!(chinese_numeral(105), "一百零五");
        assert_eq!(chinese_numeral(112), "一百一十二");
    }

    #[test]
    fn generated_documents_parse_to_the_asked_size() {
        let opts = GenOptions::with_items(1000);
        let parsed = crate::plan::parse(&document(&opts)).unwrap();
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        let plan = parsed.plan;
        assert_eq!(plan.items.len(), 1000);
        assert_eq!(plan.sections.len(), 100);
        assert!(plan.items.iter().all(|i| i.measures.len() == 6));
        let offices: std::collections::HashSet<&str> = plan
            .items
            .iter()
            .flat_map(|i| i.offices.iter().map(|o| o.name.as_str()))
            .collect();
        assert!(
            offices.len() > 200,
            "hundreds of offices: {}",
            offices.len()
        );
    }
}
