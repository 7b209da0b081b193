//! Office names: splitting 责任单位 lists, aliases, groups.

/// (alias, canonical). The canonical names are the short forms the seed uses, so
/// a document that spells an office out in full lands on the same office.
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
    "相关单位",
    "相关部门",
    "各处室",
    "各单位",
];

/// Every alias with the canonical name it stands for, so the store can record them.
pub fn aliases() -> &'static [(&'static str, &'static str)] {
    ALIASES
}

/// The canonical name of an office: trimmed, aliases resolved.
pub fn canonical(name: &str) -> String {
    let name = name.trim();
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, canon)| canon)
        .to_string()
}

/// Whether a name refers to a group of offices (相关处室, …成员处室) rather than one office.
pub fn is_group(name: &str) -> bool {
    let name = name.trim();
    GROUPS.contains(&name) || GROUP_SUFFIXES.iter().any(|s| name.ends_with(s))
}

/// Splits an office list (the text after 责任单位) into trimmed names, in order.
///
/// Separators are 、，,；; and whitespace; a trailing 。 and a trailing 等 are
/// dropped. Names are returned as written: pass them through [`canonical`].
pub fn split_offices(text: &str) -> Vec<&str> {
    let text = text
        .trim()
        .trim_end_matches(['。', '.'])
        .trim_end()
        .trim_end_matches('等');
    text.split(|c: char| matches!(c, '、' | '，' | ',' | '；' | ';') || c.is_whitespace())
        .map(|name| {
            name.trim()
                .trim_end_matches(['。', '.'])
                .trim_end_matches('等')
        })
        .filter(|name| !name.is_empty())
        .collect()
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

    #[test]
    fn canonical_resolves_aliases() {
        assert_eq!(canonical("考试院"), "教育考试院");
        assert_eq!(canonical(" 省教育考试院 "), "教育考试院");
        assert_eq!(canonical("教育考试院"), "教育考试院");
        assert_eq!(canonical("基教处"), "基教处");
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
    fn groups_by_name_and_suffix() {
        assert!(is_group("相关处室"));
        assert!(is_group("厅新冠肺炎防控领导小组成员处室"));
        assert!(is_group("厅扶贫领导小组成员处室"));
        assert!(is_group("省教育工作领导小组成员单位"));
        assert!(!is_group("基教处"));
        assert!(!is_group("教育考试院"));
    }
}
