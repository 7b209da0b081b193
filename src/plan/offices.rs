//! Office names: splitting 责任单位 lists, aliases, groups. Reading the part each
//! office plays (lead or co-operate) is in `roles.rs`.

mod roles;

pub(crate) use roles::is_placeholder;
pub use roles::{ListKind, is_rule, read_offices};

use super::Role;

/// (alias, canonical). The canonical names are the short forms the seed uses. A
/// document that writes both forms (the seed writes 考试院 and 教育考试院) has them
/// read as one office ([`resolve_aliases`]); a document that writes only the long
/// form keeps it, since another department's 基础教育处 is not the province's 基教处.
/// The store records the aliases of the offices it holds, for the picker.
const ALIASES: &[(&str, &str)] = &[
    // The seed itself writes both 考试院 (item 8) and 教育考试院 (item 29).
    ("考试院", "教育考试院"),
    ("省考试院", "教育考试院"),
    ("省教育考试院", "教育考试院"),
    ("湖南省教育考试院", "教育考试院"),
    ("厅办公室", "办公室"),
    ("厅机关党委", "机关党委"),
    ("纪检监察组", "驻厅纪检监察组"),
    ("督导处", "教育督导处"),
    ("发展规划处", "规划处"),
    ("政策法规处", "政法处"),
    ("基础教育处", "基教处"),
    ("高等教育处", "高教处"),
    ("国际合作与交流处", "国交处"),
    ("教育科学研究院", "教科院"),
    ("省教育科学研究院", "教科院"),
    ("省教科院", "教科院"),
    ("老干部处", "老干处"),
    ("离退休干部处", "老干处"),
];

/// Exact names that stand for several offices rather than one.
const GROUPS: &[&str] = &[
    "相关处室",
    "厅新冠肺炎防控领导小组成员处室",
    "厅扶贫领导小组成员处室",
];

/// Endings that mark a group reference (e.g. 厅扶贫领导小组成员处室, 各处室).
const GROUP_SUFFIXES: &[&str] = &[
    "成员处室",
    "成员单位",
    "相关处室",
    "相关科室",
    "相关单位",
    "相关部门",
    "各处室",
    "各单位",
];

/// Every alias with the canonical name it stands for, so the store can record them.
pub fn aliases() -> &'static [(&'static str, &'static str)] {
    ALIASES
}

/// The canonical name of an office: trimmed, full-width letters and digits made
/// half-width, round brackets made full-width. Aliases are resolved per document,
/// by [`resolve_aliases`].
pub fn canonical(name: &str) -> String {
    let name = name.trim_matches(|c: char| c.is_whitespace());
    normalise_width(name)
}

/// Renames each alias to its canonical name where the document also writes the
/// canonical name itself, so one office is not read as two; an office named twice
/// in one item under its two names is kept once, in its first place.
pub fn resolve_aliases(items: &mut [super::Item]) {
    let written: std::collections::HashSet<&str> = items
        .iter()
        .flat_map(|i| i.offices.iter().map(|o| o.name.as_str()))
        .collect();
    let renames = alias_renames(|name| written.contains(name));
    if renames.is_empty() {
        return;
    }
    for item in items {
        for office in &mut item.offices {
            if let Some((_, canon)) = renames.iter().find(|(a, _)| *a == office.name) {
                office.name = canon.to_string();
            }
        }
        let mut seen = std::collections::HashSet::new();
        item.offices.retain(|o| seen.insert(o.name.clone()));
    }
}

/// The (alias, canonical name) pairs [`resolve_aliases`] renames, given which
/// office names the document writes.
pub fn alias_renames(written: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static str)> {
    ALIASES
        .iter()
        .filter(|(alias, canon)| written(alias) && written(canon))
        .copied()
        .collect()
}

/// Full-width ASCII (Ａ, ０) becomes half-width; ASCII brackets become the full-width
/// ones Chinese names are written with; spaces inside a name are dropped.
fn fullwidth_alnum(c: char) -> Option<char> {
    matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
        .then(|| char::from_u32(c as u32 - 0xfee0))
        .flatten()
}

fn normalise_width(name: &str) -> String {
    let plain =
        |c: char| !c.is_whitespace() && c != '(' && c != ')' && fullwidth_alnum(c).is_none();
    if name.chars().all(plain) {
        return name.to_string();
    }
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            _ => fullwidth_alnum(c).unwrap_or(c),
        })
        .collect()
}

/// Words inside a name that make it several bodies: 省直各有关部门, 区直各部门,
/// 市级各有关单位.
const GROUP_INFIXES: &[&str] = &["各有关", "各相关", "直各", "级各", "有关部门", "有关单位"];

/// Whether a name refers to a group of offices (相关处室, …成员处室) rather than one
/// office: also every name that starts with 各 (各县市区, 各市州, 各街道, 各县（市、区）
/// 人民政府), which stands for every body of a kind, not one department office.
pub fn is_group(name: &str) -> bool {
    let name = name.trim();
    GROUPS.contains(&name)
        || GROUP_SUFFIXES.iter().any(|s| name.ends_with(s))
        || (name.starts_with('各') && name.chars().count() >= 3)
        || ((name.starts_with("其他") || name.starts_with("其它")) && name.chars().count() >= 4)
        || GROUP_INFIXES.iter().any(|s| name.contains(s))
}

/// Splits an office list (the text after 责任单位) into trimmed names, in order.
///
/// Separators are 、，,；;, 及 and whitespace, except inside brackets
/// (`各县（市、区）人民政府` is one name); 和, 与 and 以及 separate too, but only
/// right after the end of an office name (`基础教育科和督导室`), never inside one
/// (`市工业和信息化局`, `市住房和城乡建设局`). A trailing 。 and a trailing 等 are
/// dropped. Names are returned as written: pass them through [`canonical`].
pub fn split_offices(text: &str) -> Vec<&str> {
    let text = text
        .trim()
        .trim_end_matches(['。', '.'])
        .trim_end()
        .trim_end_matches('等');
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        // Inside a conjunction of two characters (以及) already split at.
        if i < start {
            continue;
        }
        match c {
            '（' | '(' | '【' | '[' | '〔' => depth += 1,
            '）' | ')' | '】' | ']' | '〕' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && (is_list_separator(c) || c.is_whitespace()) {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        } else if depth == 0
            && let Some(len) = conjunction_at(text, start, i)
        {
            out.push(&text[start..i]);
            start = i + len;
        }
    }
    out.push(&text[start..]);
    // `X、Y等，各县、市、区政府`: the bodies after 等 are one group, however
    // they are listed.
    if let Some(k) = out
        .iter()
        .position(|p| p.trim_end().ends_with('等') && !p.trim().is_empty())
        .filter(|&k| k + 1 < out.len())
        && out[k + 1].trim_start().starts_with('各')
        && out.len() > k + 2
    {
        let from = out[k + 1].as_ptr() as usize - text.as_ptr() as usize;
        out.truncate(k + 1);
        out.push(&text[from..]);
    }
    out.into_iter()
        .filter(|piece| !is_note(piece))
        .flat_map(split_deng)
        .map(|name| {
            name.trim()
                .trim_end_matches(['。', '.'])
                .trim_end_matches('等')
                .trim()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// What an office list says about itself rather than naming an office: `下同`
/// (the same offices for the items below), `不再列出` / `不再一一列出`,
/// `以下各项均需…`, `各项均…`.
const NOTES: &[&str] = &[
    "下同",
    "不再列出",
    "不再一一列出",
    "不再重复列出",
    "以下各项",
    "以下同",
];

/// Whether a piece of an office list (or of an office clause) is a note about
/// the list, not an office.
pub fn is_note(piece: &str) -> bool {
    let piece = piece.trim().trim_end_matches(['。', '.', '）', ')']);
    NOTES.iter().any(|n| piece.starts_with(n))
        || piece.starts_with("各项均")
        || piece.starts_with("均需")
}

/// Whether an office list ends with `下同`: its offices go on to the items after
/// it that name none.
pub fn carries_forward(text: &str) -> bool {
    split_pieces_raw(text).any(|p| {
        let p = p.trim().trim_end_matches(['。', '.', '）', ')']);
        p == "下同" || p.ends_with("下同") || p == "以下同"
    })
}

fn split_pieces_raw(text: &str) -> impl Iterator<Item = &str> {
    text.split(['、', '，', ',', '；', ';'])
}

/// `市税务局等相关部门` → `市税务局`, `相关部门`: 等 ends the list of named offices
/// and what follows it names the rest as a group.
fn split_deng(name: &str) -> Vec<&str> {
    if let Some(k) = name.rfind('等') {
        let rest = &name[k + '等'.len_utf8()..];
        let group_word = ["部门", "单位", "处室", "科室", "股室"]
            .iter()
            .any(|w| rest.ends_with(w));
        if k > 0 && group_word && rest.chars().count() <= 8 {
            let named = &name[..k];
            return if rest.starts_with(['相', '有', '各']) {
                vec![named, rest]
            } else {
                // 等部门, 等单位: only the named ones.
                vec![named]
            };
        }
    }
    vec![name]
}

/// The length of a conjunction (和, 与, 以及) at byte `i` that separates two
/// offices: the name before it (from `start`) ends like an office, and a name of
/// three or more characters follows (`各县市区党委和政府` is one body).
fn conjunction_at(text: &str, start: usize, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let len = ["以及", "和", "与"]
        .iter()
        .find(|w| rest.starts_with(*w))?
        .len();
    let before = &text[start..i];
    let ends_like_office =
        before.chars().count() >= 2
            && (before.chars().last().is_some_and(|c| {
                "处室局厅委院办部科股所站府组队司校园馆会道镇乡区县市州".contains(c)
            }) || before.ends_with("中心")
                || before.ends_with("单位"));
    let after = rest[len..]
        .chars()
        .take_while(|c| !is_list_separator(*c))
        .count();
    (ends_like_office && after >= 3).then_some(len)
}

fn is_list_separator(c: char) -> bool {
    matches!(c, '、' | '，' | ',' | '；' | ';' | '及')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_drops_trailing_period_and_deng() {
        assert_eq!(
            split_offices("办公室、机关党委、老干处等"),
            ["办公室", "机关党委", "老干处"]
        );
        assert_eq!(
            split_offices("政法处、财建处、教育督导处。"),
            ["政法处", "财建处", "教育督导处"]
        );
        assert_eq!(split_offices("财建处等。"), ["财建处"]);
    }

    #[test]
    fn split_accepts_every_separator_and_trims() {
        assert_eq!(
            split_offices(" 甲处，乙处,丙处；丁处;戊处\u{3000}己处 "),
            ["甲处", "乙处", "丙处", "丁处", "戊处", "己处"]
        );
        assert!(split_offices(" 。").is_empty());
    }

    fn roles(text: &str, kind: ListKind) -> Vec<(String, Role)> {
        read_offices(text, kind)
    }

    fn parts(list: &[(&str, Role)]) -> Vec<(String, Role)> {
        list.iter().map(|(n, r)| (n.to_string(), *r)).collect()
    }

    #[test]
    fn the_first_listed_leads_unless_leads_are_marked() {
        use Role::{Co, Lead};
        assert_eq!(
            roles("甲处、乙处、丙处", ListKind::FirstLeads),
            parts(&[("甲处", Lead), ("乙处", Co), ("丙处", Co)])
        );
        assert_eq!(
            roles("甲局、乙局分别牵头", ListKind::FirstLeads),
            parts(&[("甲局", Lead), ("乙局", Lead)])
        );
        assert_eq!(
            roles("甲局牵头，乙局、丙局配合", ListKind::FirstLeads),
            parts(&[("甲局", Lead), ("乙局", Co), ("丙局", Co)])
        );
        assert_eq!(
            roles(
                "甲局、乙局牵头，丙局及各县市区按职责分工负责",
                ListKind::FirstLeads
            ),
            parts(&[
                ("甲局", Lead),
                ("乙局", Lead),
                ("丙局", Co),
                ("各县市区", Co)
            ])
        );
        assert_eq!(
            roles("甲处、乙处", ListKind::AllLead),
            parts(&[("甲处", Lead), ("乙处", Lead)])
        );
        assert_eq!(
            roles("甲处、乙处", ListKind::AllCo),
            parts(&[("甲处", Co), ("乙处", Co)])
        );
    }

    #[test]
    fn hui_joins_a_lead_with_its_partner() {
        use Role::{Co, Lead};
        assert_eq!(
            roles("市卫生健康委会市爱卫办", ListKind::FirstLeads),
            parts(&[("市卫生健康委", Lead), ("市爱卫办", Co)])
        );
        assert_eq!(
            roles("甲处会同乙处、丙处", ListKind::FirstLeads),
            parts(&[("甲处", Lead), ("乙处", Co), ("丙处", Co)])
        );
        // 委员会, 社会, 总工会 are names, not joints.
        assert_eq!(
            roles(
                "省教育工作委员会、市人力资源社会保障局、市总工会",
                ListKind::FirstLeads
            ),
            parts(&[
                ("省教育工作委员会", Lead),
                ("市人力资源社会保障局", Co),
                ("市总工会", Co)
            ])
        );
    }

    #[test]
    fn rule_sentences_name_no_office() {
        assert!(roles("列第一位的为牵头单位", ListKind::FirstLeads).is_empty());
        assert!(roles("无牵头单位的，责任单位即为牵头单位", ListKind::FirstLeads).is_empty());
        assert_eq!(
            roles("甲局、乙局（列第一位的为牵头单位）", ListKind::FirstLeads),
            parts(&[("甲局", Role::Lead), ("乙局", Role::Co)])
        );
        assert!(is_rule("列第一位的为牵头单位"));
        assert!(!is_rule("市教育局"));
    }

    #[test]
    fn brackets_keep_their_commas_and_deng_is_dropped() {
        assert_eq!(
            split_offices("市教育局、各县（市、区）人民政府等"),
            ["市教育局", "各县（市、区）人民政府"]
        );
        assert_eq!(split_offices("各县市区"), ["各县市区"]);
        assert_eq!(split_offices("甲处及乙处"), ["甲处", "乙处"]);
    }

    #[test]
    fn new_offices_keep_their_names_normalised() {
        assert_eq!(canonical(" 市发展改革委 "), "市发展改革委");
        assert_eq!(canonical("各乡镇(街道)"), "各乡镇（街道）");
        assert_eq!(canonical("５Ｇ办公室"), "5G办公室");
        assert_eq!(canonical("市 教育局"), "市教育局");
    }

    #[test]
    fn aliases_resolve_only_where_the_document_writes_both_names() {
        use crate::plan::{Item, OfficeRef};
        let item = |names: &[&str]| Item {
            offices: names
                .iter()
                .enumerate()
                .map(|(k, n)| OfficeRef {
                    name: n.to_string(),
                    role: if k == 0 { Role::Lead } else { Role::Co },
                    group: false,
                })
                .collect(),
            number: 1,
            section: None,
            title: String::new(),
            target: String::new(),
            measures: Vec::new(),
            deadline: None,
            persons: Vec::new(),
            notes: Vec::new(),
            line: 1,
        };
        let names = |items: &[Item]| -> Vec<Vec<String>> {
            items
                .iter()
                .map(|i| i.offices.iter().map(|o| o.name.clone()).collect())
                .collect()
        };
        // The seed's two spellings of one office are one office.
        let mut both = vec![item(&["考试院", "基教处"]), item(&["教育考试院"])];
        resolve_aliases(&mut both);
        assert_eq!(
            names(&both),
            [vec!["教育考试院", "基教处"], vec!["教育考试院"]]
        );
        // A city bureau's 基础教育处 stays its own.
        let mut city = vec![item(&["基础教育处", "办公室"]), item(&["高等教育处"])];
        resolve_aliases(&mut city);
        assert_eq!(
            names(&city),
            [vec!["基础教育处", "办公室"], vec!["高等教育处"]]
        );
        // Both names in one item: kept once, where it came first.
        let mut twice = vec![item(&["基础教育处", "办公室", "基教处"])];
        resolve_aliases(&mut twice);
        assert_eq!(names(&twice), [vec!["基教处", "办公室"]]);
        assert_eq!(canonical("基础教育处"), "基础教育处");
    }

    #[test]
    fn aliases_point_at_names_that_are_not_aliases() {
        // A chain would make canonical() depend on lookup order.
        for (alias, canon) in aliases() {
            assert_ne!(alias, canon);
            assert!(
                aliases().iter().all(|(a, _)| a != canon),
                "{canon} is an alias"
            );
        }
    }

    #[test]
    fn he_yu_separate_offices_but_not_inside_a_name() {
        assert_eq!(
            split_offices("基础教育科和督导室"),
            ["基础教育科", "督导室"]
        );
        assert_eq!(
            split_offices("市委宣传部与市文明办"),
            ["市委宣传部", "市文明办"]
        );
        assert_eq!(
            split_offices("各街道以及各有关部门"),
            ["各街道", "各有关部门"]
        );
        for one in [
            "市工业和信息化局",
            "市住房和城乡建设局",
            "市人力资源和社会保障局",
            "市文化和旅游局",
            "各县市区党委和政府",
        ] {
            assert_eq!(split_offices(one), [one], "{one}");
        }
    }

    #[test]
    fn fu_ze_inside_a_list_marks_the_lead() {
        use Role::{Co, Lead};
        assert_eq!(
            roles("县卫健局负责，各乡镇人民政府配合", ListKind::FirstLeads),
            parts(&[("县卫健局", Lead), ("各乡镇人民政府", Co)])
        );
        assert_eq!(
            roles(
                "县教育局牵头，县财政局、县自然资源局等按职责分工负责",
                ListKind::FirstLeads
            ),
            parts(&[("县教育局", Lead), ("县财政局", Co), ("县自然资源局", Co)])
        );
    }

    #[test]
    fn notes_in_a_list_are_no_office_and_xia_tong_carries() {
        assert_eq!(split_offices("甲科、乙所，下同"), ["甲科", "乙所"]);
        assert_eq!(split_offices("甲科；以下各项均需乙所落实"), ["甲科"]);
        assert_eq!(split_offices("甲科、乙科，不再列出"), ["甲科", "乙科"]);
        assert!(carries_forward("甲科、乙所，下同"));
        assert!(!carries_forward("甲科、乙所"));
        assert!(
            !is_note("下沙街道办"),
            "a name beginning like a note is a name"
        );
    }

    #[test]
    fn a_group_after_deng_is_one_name() {
        assert_eq!(
            split_offices("甲科、乙科等，各县、市、区政府"),
            ["甲科", "乙科", "各县、市、区政府"]
        );
        assert_eq!(split_offices("甲科、乙科等"), ["甲科", "乙科"]);
        assert!(is_group("各县、市、区政府"));
        assert!(is_group("其他科室"));
    }

    #[test]
    fn hui_inside_a_bracket_is_part_of_the_name() {
        assert_eq!(
            roles(
                "市城投（集团）公司牵头，各县（市、区）政府（管委会）配合",
                ListKind::FirstLeads
            ),
            parts(&[
                ("市城投（集团）公司", Role::Lead),
                ("各县（市、区）政府（管委会）", Role::Co)
            ])
        );
    }

    #[test]
    fn deng_ends_the_named_offices() {
        assert_eq!(
            split_offices("市市场监管局、市税务局等相关部门"),
            ["市市场监管局", "市税务局", "相关部门"]
        );
        assert_eq!(split_offices("市财政局等部门"), ["市财政局"]);
        assert_eq!(split_offices("市财政局等"), ["市财政局"]);
        assert!(is_group("相关部门"));
    }

    #[test]
    fn a_bracketed_part_after_a_name_marks_it() {
        use Role::{Co, Lead};
        assert_eq!(
            roles(
                "市市场监管局、市司法局（牵头）、市生态环境局",
                ListKind::FirstLeads
            ),
            parts(&[
                ("市司法局", Lead),
                ("市市场监管局", Co),
                ("市生态环境局", Co)
            ])
        );
    }

    #[test]
    fn traditional_role_markers_read_the_same() {
        use Role::{Co, Lead};
        assert_eq!(
            roles(
                "甲廳、乙廳牽頭，丙局及各市州按職責分工負責",
                ListKind::FirstLeads
            ),
            parts(&[("甲廳", Lead), ("乙廳", Lead), ("丙局", Co), ("各市州", Co)])
        );
        assert_eq!(
            roles("省司法廳負責", ListKind::FirstLeads),
            parts(&[("省司法廳", Lead)])
        );
    }

    #[test]
    fn every_body_of_a_kind_is_a_group() {
        for group in [
            "各县市区",
            "各市州",
            "各街道",
            "各县（市、区）人民政府",
            "区直各部门",
            "省直各有关部门",
            "市级各有关单位",
        ] {
            assert!(is_group(group), "{group}");
        }
        for office in ["各科", "市教育局", "区发改局", "督导室"] {
            assert!(!is_group(office), "{office}");
        }
    }

    #[test]
    fn groups_by_name_and_suffix() {
        assert!(is_group("相关处室"));
        assert!(is_group("厅新冠肺炎防控领导小组成员处室"));
        assert!(is_group("厅扶贫领导小组成员处室"));
        assert!(is_group("省教育工作领导小组成员单位"));
        assert!(!is_group("基教处"));
        assert!(!is_group("教育考试院"));
    }
}
