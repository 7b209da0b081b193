//! Label lines (`责任单位：…`, `牵頭單位：…`, `完成时限：…`) and the fields they open.

/// What a label line (or a table column, or a part of an office clause) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// 目标任务
    Target,
    /// 工作措施: split into sentences.
    Measures,
    /// 责任单位: the first leads, the rest co-operate (all co-operate after a
    /// 牵头单位).
    Offices,
    /// 牵头单位: all lead.
    Lead,
    /// 配合单位: all co-operate.
    Co,
    /// 完成时限
    Deadline,
    /// 牵头负责领导, 分管领导, 责任人: persons, never offices.
    Persons,
    /// A ledger's 办理情况 / 进展情况: how far the item has come, kept as a note.
    Progress,
    /// A ledger's 备注, kept as a note.
    Note,
}

impl Field {
    pub fn is_offices(self) -> bool {
        matches!(self, Field::Offices | Field::Lead | Field::Co)
    }
}

/// Every label name, longest first where one name begins another (牵头责任单位
/// before 牵头单位 would not matter, but 责任单位 must not eat 责任人).
pub const LABELS: &[(&str, Field)] = &[
    ("目标任务", Field::Target),
    ("工作目标", Field::Target),
    ("工作措施", Field::Measures),
    ("主要措施", Field::Measures),
    ("具体措施", Field::Measures),
    ("工作举措", Field::Measures),
    ("推进措施", Field::Measures),
    ("牵头责任单位", Field::Lead),
    ("主要责任单位", Field::Lead),
    ("牵头单位", Field::Lead),
    ("牵头处室", Field::Lead),
    ("牵头科室", Field::Lead),
    ("牵头部门", Field::Lead),
    ("牵头股室", Field::Lead),
    ("主责单位", Field::Lead),
    ("主责处室", Field::Lead),
    ("主责科室", Field::Lead),
    ("责任单位", Field::Offices),
    ("责任处室", Field::Offices),
    ("责任科室", Field::Offices),
    ("责任部门", Field::Offices),
    ("责任主体", Field::Offices),
    ("责任股室", Field::Offices),
    ("承办单位", Field::Offices),
    ("协同责任单位", Field::Co),
    ("协同配合单位", Field::Co),
    ("协同单位", Field::Co),
    ("配合单位", Field::Co),
    ("配合处室", Field::Co),
    ("配合科室", Field::Co),
    ("配合部门", Field::Co),
    ("协办单位", Field::Co),
    ("协办处室", Field::Co),
    ("协办科室", Field::Co),
    ("配合股室", Field::Co),
    ("参与单位", Field::Co),
    ("完成时限", Field::Deadline),
    ("完成时间", Field::Deadline),
    ("时间节点", Field::Deadline),
    ("完成期限", Field::Deadline),
    ("时限要求", Field::Deadline),
    ("截止时间", Field::Deadline),
    ("办结时限", Field::Deadline),
    ("牵头负责领导", Field::Persons),
    // 牵头市领导 / 责任区领导 / 分管县领导: a leader of the government that issues
    // the plan, named for the item.
    ("牵头市领导", Field::Persons),
    ("牵头区领导", Field::Persons),
    ("牵头县领导", Field::Persons),
    ("牵头省领导", Field::Persons),
    ("责任市领导", Field::Persons),
    ("责任区领导", Field::Persons),
    ("责任县领导", Field::Persons),
    ("分管市领导", Field::Persons),
    ("分管区领导", Field::Persons),
    ("分管县领导", Field::Persons),
    ("分管局领导", Field::Persons),
    ("牵头局领导", Field::Persons),
    ("联系领导", Field::Persons),
    ("牵头领导", Field::Persons),
    ("分管领导", Field::Persons),
    ("责任领导", Field::Persons),
    ("分管负责人", Field::Persons),
    ("责任人", Field::Persons),
];

/// `目标任务:…`, `目标任务：…` or `目标任务` alone → (field, label, text after it).
/// Traditional-script labels (`牽頭單位`, `責任單位`) read the same.
pub fn label(line: &str) -> Option<(Field, &'static str, &str)> {
    // `【牵头单位】X`, `[责任单位]：X`: the label in brackets, a colon optional.
    if let Some(inner) = line.strip_prefix(['【', '[', '［']) {
        let close = inner.find(['】', ']', '］'])?;
        let (field, name, rest) = label(&inner[..close])?;
        if !rest.is_empty() {
            return None;
        }
        let after = inner[close..]
            .trim_start_matches(['】', ']', '］'])
            .trim_start()
            .trim_start_matches([':', '：'])
            .trim();
        return Some((field, name, after));
    }
    // Every label starts with one of these (simplified or traditional).
    let first = line.chars().next()?;
    if !"目工主具推牵牽责責协協配参參完时時分承联聯截办辦".contains(first) {
        return None;
    }
    // Simplified script, the usual case, needs no copy of the line's head.
    let traditional = line.chars().take(7).any(|c| simplify(c) != c);
    let head: std::borrow::Cow<'_, str> = if traditional {
        line.chars()
            .take(7)
            .map(simplify)
            .collect::<String>()
            .into()
    } else {
        line.into()
    };
    LABELS.iter().find_map(|&(name, field)| {
        if !head.starts_with(name) {
            return None;
        }
        // The label has as many chars in the line as in its simplified form.
        let skip: usize = line
            .chars()
            .take(name.chars().count())
            .map(char::len_utf8)
            .sum();
        let mut rest = line[skip..].trim_start();
        if rest.is_empty() {
            return Some((field, name, rest));
        }
        // A qualifier in brackets may stand between the label and its colon:
        // 责任单位（部门）：…
        if let Some(inner) = rest.strip_prefix(['（', '('])
            && let Some(close) = inner.find(['）', ')'])
            && close <= 18
        {
            rest = inner[close..].trim_start_matches(['）', ')']).trim_start();
        }
        let text = rest.strip_prefix([':', '：'])?.trim();
        Some((field, name, text))
    })
}

/// Splits a label's text where another label begins on the same line
/// (`牵头单位：甲局  配合单位：乙局`, `责任单位：甲处；完成时限：6月底前`): the
/// label's own text, then each further label with its text.
pub fn split_further(text: &str) -> (&str, Vec<(Field, &'static str, &str)>) {
    let boundaries = || {
        text.char_indices()
            .filter(|(_, c)| c.is_whitespace() || matches!(c, '；' | ';' | '，' | ','))
            .map(|(i, c)| i + c.len_utf8())
    };
    // A label right after the text, with no space or comma between (HTML that
    // separated them with &nbsp; or a full-width space loses them), still starts a
    // new field when its colon follows it at once.
    let glued = || {
        if !text.contains(['：', ':']) {
            return None;
        }
        text.char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .find(|&i| glued_label(&text[i..]))
    };
    let spaced = boundaries().find(|&i| label_with_colon(&text[i..]).is_some());
    let Some(at) = [spaced, glued()].into_iter().flatten().min() else {
        return (text, Vec::new());
    };
    let own = text[..at]
        .trim_end()
        .trim_end_matches(['；', ';', '，', ','])
        .trim_end();
    let (field, name, rest) = label_with_colon(&text[at..]).expect("found above");
    let (rest, mut more) = split_further(rest);
    more.insert(0, (field, name, rest));
    (own, more)
}

/// Whether `text` opens with a label in brackets (`【配合单位】`, `[配合单位]`),
/// which marks itself as a label, colon or not.
fn bracketed(text: &str) -> bool {
    text.starts_with(['【', '[', '［'])
}

/// The text after a label `name` that `text` starts with (in simplified or
/// traditional script: the same number of bytes either way), if that is a
/// character boundary.
fn after_label<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    text.get(name.len()..)
}

/// A label and its colon at the very start of `text`, with nothing between them.
fn glued_label(text: &str) -> bool {
    label(text).is_some_and(|(_, name, _)| {
        bracketed(text) || after_label(text, name).is_some_and(|r| r.starts_with([':', '：']))
    })
}

/// A label followed by its colon (a bare label word inside a text is just a word).
fn label_with_colon(text: &str) -> Option<(Field, &'static str, &str)> {
    let text = text.trim_start();
    label(text).filter(|(_, name, _)| {
        bracketed(text)
            || after_label(text, name)
                .is_some_and(|r| r.trim_start().starts_with([':', '：', '（', '(']))
    })
}

/// The simplified form of the traditional characters labels and column names use.
pub fn simplify(c: char) -> char {
    const PAIRS: &[(char, char)] = &[
        ('責', '责'),
        ('單', '单'),
        ('頭', '头'),
        ('牽', '牵'),
        ('據', '据'),
        ('職', '职'),
        ('處', '处'),
        ('務', '务'),
        ('標', '标'),
        ('時', '时'),
        ('間', '间'),
        ('節', '节'),
        ('點', '点'),
        ('領', '领'),
        ('導', '导'),
        ('協', '协'),
        ('辦', '办'),
        ('負', '负'),
        ('門', '门'),
        ('體', '体'),
        ('舉', '举'),
        ('進', '进'),
        ('參', '参'),
        ('與', '与'),
        ('華', '华'),
        ('號', '号'),
        ('備', '备'),
        ('註', '注'),
        ('細', '细'),
        ('劃', '划'),
        ('開', '开'),
        ('關', '关'),
        ('會', '会'),
        ('員', '员'),
        ('實', '实'),
        ('現', '现'),
        ('際', '际'),
        ('種', '种'),
        ('類', '类'),
        ('稱', '称'),
        ('內', '内'),
        ('容', '容'),
        ('測', '测'),
        ('達', '达'),
        ('範', '范'),
        ('圍', '围'),
        ('長', '长'),
        ('別', '别'),
        ('總', '总'),
        ('門', '门'),
        ('職', '职'),
        ('責', '责'),
        ('協', '协'),
        ('調', '调'),
        ('僅', '仅'),
        ('這', '这'),
        ('個', '个'),
        ('們', '们'),
        ('為', '为'),
        ('從', '从'),
        ('於', '于'),
        ('將', '将'),
        ('計', '计'),
        ('設', '设'),
        ('應', '应'),
    ];
    // Called for every char of office clauses: a binary search, not a scan.
    static SORTED: std::sync::LazyLock<Vec<(char, char)>> = std::sync::LazyLock::new(|| {
        let mut pairs = PAIRS.to_vec();
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    });
    if (c as u32) < 0x4e00 {
        return c;
    }
    SORTED
        .binary_search_by_key(&c, |(t, _)| *t)
        .map_or(c, |k| SORTED[k].1)
}

/// Splits a list of persons (`张三、李四`, `王五副局长`) into names as written.
pub fn split_persons(text: &str) -> Vec<String> {
    text.split(['、', '，', ',', '；', ';', '/', ' ', '\u{3000}'])
        .map(|p| p.trim().trim_end_matches(['。', '等']).trim())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_with_either_colon_or_alone() {
        assert_eq!(
            label("目标任务:甲"),
            Some((Field::Target, "目标任务", "甲"))
        );
        assert_eq!(
            label("工作措施 ：乙。"),
            Some((Field::Measures, "工作措施", "乙。"))
        );
        assert_eq!(label("牵头单位"), Some((Field::Lead, "牵头单位", "")));
        assert_eq!(
            label("完成时限： 6月底 "),
            Some((Field::Deadline, "完成时限", "6月底"))
        );
        assert_eq!(
            label("目标任务是完成"),
            None,
            "prose that starts like a label"
        );
    }

    #[test]
    fn every_listed_label_name_reads() {
        for (line, field) in [
            ("责任单位：甲", Field::Offices),
            ("责任处室：甲", Field::Offices),
            ("责任科室：甲", Field::Offices),
            ("牵头单位：甲", Field::Lead),
            ("配合单位：甲", Field::Co),
            ("协办单位：甲", Field::Co),
            ("牵头责任单位：甲", Field::Lead),
            ("协同责任单位：甲", Field::Co),
            ("主要责任单位：甲", Field::Lead),
            ("协同配合单位：甲", Field::Co),
            ("完成时限：甲", Field::Deadline),
            ("时间节点：甲", Field::Deadline),
            ("截止时间：甲", Field::Deadline),
            ("办结时限：甲", Field::Deadline),
            ("责任股室：甲", Field::Offices),
            ("牵头股室：甲", Field::Lead),
            ("配合股室：甲", Field::Co),
            ("牵头市领导：甲", Field::Persons),
            ("分管局领导：甲", Field::Persons),
            ("牵头负责领导：甲", Field::Persons),
            ("分管领导：甲", Field::Persons),
            ("责任人：甲", Field::Persons),
        ] {
            let (got, _, rest) = label(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((got, rest), (field, "甲"), "{line}");
        }
    }

    #[test]
    fn traditional_script_labels_read_the_same() {
        assert_eq!(
            label("牽頭單位：市教育局"),
            Some((Field::Lead, "牵头单位", "市教育局"))
        );
        assert_eq!(
            label("責任單位:甲、乙"),
            Some((Field::Offices, "责任单位", "甲、乙"))
        );
        assert_eq!(
            label("完成時限：6月底前"),
            Some((Field::Deadline, "完成时限", "6月底前"))
        );
    }

    /// Every traditional character [`simplify`] knows.
    const TRADITIONAL: &str = "責單頭牽據職處務標時間節點領導協辦負門體舉進參與華號備註細劃開關會員實現際種類稱內測達範圍長別總調僅這個們為從於將計設應";

    #[test]
    fn every_traditional_character_is_known() {
        for c in TRADITIONAL.chars() {
            assert_ne!(simplify(c), c, "{c}");
        }
    }

    #[test]
    fn labels_in_square_brackets_need_no_colon() {
        assert_eq!(
            label("【牵头单位】市政务服务中心"),
            Some((Field::Lead, "牵头单位", "市政务服务中心"))
        );
        assert_eq!(
            label("[责任单位]：甲局、乙局"),
            Some((Field::Offices, "责任单位", "甲局、乙局"))
        );
        assert_eq!(
            label("【完成时限】 6 月底前"),
            Some((Field::Deadline, "完成时限", "6 月底前"))
        );
        assert_eq!(
            label("【责任单位：甲局】"),
            None,
            "a clause, not a label line"
        );
        assert_eq!(label("【典型案例】某校"), None);
    }

    #[test]
    fn labels_may_carry_a_bracketed_qualifier() {
        assert_eq!(
            label("责任单位（部门）：甲局"),
            Some((Field::Offices, "责任单位", "甲局"))
        );
        assert_eq!(
            label("完成时限(2023年)：6月底前"),
            Some((Field::Deadline, "完成时限", "6月底前"))
        );
    }

    #[test]
    fn several_labels_on_one_line() {
        assert_eq!(
            split_further("甲局  配合单位：乙局、丙局 完成时限：6月底前"),
            (
                "甲局",
                vec![
                    (Field::Co, "配合单位", "乙局、丙局"),
                    (Field::Deadline, "完成时限", "6月底前")
                ]
            )
        );
        assert_eq!(
            split_further("甲处；责任人：张三"),
            ("甲处", vec![(Field::Persons, "责任人", "张三")])
        );
        assert_eq!(split_further("甲处、乙处"), ("甲处、乙处", vec![]));
        // Labels in brackets mid-line, ASCII or full-width, with or without colon.
        let (own, more) = split_further("县卫健局 [配合单位]县妇联");
        assert_eq!(own, "县卫健局");
        assert_eq!(more.len(), 1);
        assert_eq!(more[0].2, "县妇联");
        let (own, more) = split_further("市教育局[配合单位]：市财政局");
        assert_eq!((own, more[0].2), ("市教育局", "市财政局"));
        let (own, more) = split_further("市教育局【配合单位】：市财政局");
        assert_eq!((own, more[0].2), ("市教育局", "市财政局"));
        assert_eq!(
            split_further("加强 责任单位建设"),
            ("加强 责任单位建设", vec![])
        );
    }

    #[test]
    fn persons_split_on_list_marks() {
        assert_eq!(
            split_persons("张三、李四，王五等"),
            ["张三", "李四", "王五"]
        );
        assert!(split_persons(" 。").is_empty());
    }
}
