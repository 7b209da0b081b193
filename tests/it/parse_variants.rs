//! Re-typed and re-encoded copies of the seed parse to the seed's plan; bad input
//! is refused with the right error.

use duban::plan::{ParseError, Plan, Role, parse, parse_bytes};

const SEED: &str = include_str!("../../seeds/000_1c263084d9f29a16.txt");
const LABELS: [&str; 3] = ["目标任务", "工作措施", "责任单位"];

fn seed() -> Plan {
    parse(SEED).unwrap().plan
}

/// The plan without line numbers, for variants that add or split lines.
fn unlined(mut plan: Plan) -> Plan {
    for item in &mut plan.items {
        item.line = 0;
    }
    plan
}

/// Compares plans piece by piece so a failure names the item that differs.
#[track_caller]
fn assert_same(got: Plan, want: Plan) {
    assert_eq!(
        (&got.title, &got.doc_number, &got.date, &got.issuers),
        (&want.title, &want.doc_number, &want.date, &want.issuers)
    );
    assert_eq!(got.general_requirements, want.general_requirements);
    assert_eq!(got.sections, want.sections);
    assert_eq!(got.items.len(), want.items.len());
    for (g, w) in got.items.iter().zip(&want.items) {
        assert_eq!(g, w, "item {}", w.number);
    }
    assert_eq!(got, want);
}

/// Parses a variant, insisting it is accepted without warnings.
fn clean(bytes: &[u8]) -> Plan {
    let parsed = parse_bytes(bytes).unwrap_or_else(|e| panic!("variant refused: {e}"));
    assert_eq!(parsed.warnings, [], "variant parsed with warnings");
    parsed.plan
}

/// Rewrites every line of the seed.
fn map_lines(f: impl Fn(&str) -> String) -> String {
    SEED.lines().map(f).collect::<Vec<_>>().join("\n") + "\n"
}

/// The label a seed line starts with, and the text after `label:`.
fn labelled(line: &str) -> Option<(&'static str, &str)> {
    LABELS
        .iter()
        .find_map(|l| Some((*l, line.strip_prefix(l)?.strip_prefix(':')?)))
}

/// `12.标题` → ("12", "标题").
fn heading(line: &str) -> Option<(&str, &str)> {
    let (n, title) = line.split_once('.')?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some((n, title))
}

/// A slip in the seed's structure (issue 17: once refused) is read with a warning
/// at its line; the items around it are all kept. Returns the parsed plan.
fn expect_warning(text: &str, line: usize, needle: &str) -> Plan {
    let parsed = parse(text).unwrap_or_else(|e| panic!("refused, expected a warning: {e}"));
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.line == line && w.text(false).contains(needle)),
        "no warning at line {line} with {needle:?}: {:?}",
        parsed.warnings
    );
    parsed.plan
}

// ------------------------------------------------------------ accepted variants

#[test]
fn utf8_with_bom() {
    let bytes = [b"\xEF\xBB\xBF", SEED.as_bytes()].concat();
    assert_same(clean(&bytes), seed());
}

#[test]
fn gb18030_and_gbk() {
    let (gb, _, lossy) = encoding_rs::GB18030.encode(SEED);
    assert!(!lossy);
    assert!(std::str::from_utf8(&gb).is_err(), "really not UTF-8");
    assert_same(clean(&gb), seed());
    let (gbk, _, lossy) = encoding_rs::GBK.encode(SEED);
    assert!(!lossy);
    assert_same(clean(&gbk), seed());
}

#[test]
fn windows_fixture_gbk_crlf_fullwidth_colons() {
    // Written by iconv, not by our own encoder: GBK, CRLF, 目标任务：.
    let bytes = include_bytes!("../fixtures/seed_gbk_crlf_fullwidth.txt");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
    assert_same(clean(bytes), seed());
}

#[test]
fn crlf_line_ends() {
    assert_same(clean(SEED.replace('\n', "\r\n").as_bytes()), seed());
}

#[test]
fn fullwidth_colons_after_labels() {
    let text = map_lines(|l| match labelled(l) {
        Some((label, rest)) => format!("{label}：{rest}"),
        None => l.to_string(),
    });
    assert!(text.contains("责任单位：秘书处"));
    assert_same(clean(text.as_bytes()), seed());
}

#[test]
fn item_numbers_with_dunhao_and_fullwidth_point() {
    for sep in ['、', '．'] {
        let text = map_lines(|l| match heading(l) {
            Some((n, title)) => format!("{n}{sep}{title}"),
            None => l.to_string(),
        });
        assert!(text.contains(&format!("27{sep}提升教师队伍整体素质")));
        assert_same(clean(text.as_bytes()), seed());
    }
}

#[test]
fn indented_paragraphs() {
    for indent in ["\u{3000}\u{3000}", "    ", "\t", " \u{3000}"] {
        let text = map_lines(|l| format!("{indent}{l}  "));
        assert_same(clean(text.as_bytes()), seed());
    }
}

#[test]
fn blank_lines_between_paragraphs() {
    let text = SEED.replace('\n', "\n\n");
    let plan = clean(text.as_bytes());
    // Lines still point at the headings in this file.
    assert_eq!(plan.items[0].line, 27);
    assert_eq!(plan.items[33].line, 2 * 153 - 1);
    assert_same(unlined(plan), unlined(seed()));
}

#[test]
fn lead_and_cooperating_labels() {
    let text = map_lines(|l| match l.strip_prefix("责任单位:") {
        Some(list) => match list.split_once('、') {
            Some((lead, co)) => format!("牵头单位:{lead}\n配合单位:{co}"),
            None => format!("牵头单位:{list}"),
        },
        None => l.to_string(),
    });
    assert!(text.contains("牵头单位:基教处\n配合单位:财建处、人事处、教师处"));
    assert_same(unlined(clean(text.as_bytes())), unlined(seed()));
}

/// A 牵头单位 list names its lead first; the others co-operate (leads the list
/// marks itself, `X、Y分别牵头`, all lead).
#[test]
fn several_lead_offices_all_lead() {
    let text = SEED.replace(
        "责任单位:教师处、人事处",
        "牵头单位:教师处、人事处\n配合单位:财建处等",
    );
    let plan = clean(text.as_bytes());
    let offices: Vec<(&str, Role)> = plan.items[27]
        .offices
        .iter()
        .map(|o| (o.name.as_str(), o.role))
        .collect();
    assert_eq!(
        offices,
        [
            ("教师处", Role::Lead),
            ("人事处", Role::Lead),
            ("财建处", Role::Co)
        ]
    );
}

#[test]
fn deadlines_are_kept_as_written() {
    let text = map_lines(|l| {
        if l.starts_with("目标任务:") && !l.contains("督导") {
            format!("{l}\n完成时限： 2020年12月底前 ")
        } else if l.starts_with("目标任务:") {
            format!("{l}\n完成时限:2020年6月")
        } else {
            l.to_string()
        }
    });
    let mut plan = clean(text.as_bytes());
    assert_eq!(plan.items[0].deadline.as_deref(), Some("2020年12月底前"));
    assert_eq!(plan.items[6].deadline.as_deref(), Some("2020年6月"));
    assert_eq!(
        plan.items[33].deadline, None,
        "the closing paragraph has none"
    );
    for item in &mut plan.items {
        item.deadline = None;
    }
    assert_same(unlined(plan), unlined(seed()));
}

#[test]
fn labels_alone_on_their_line() {
    let text = map_lines(|l| match labelled(l) {
        Some((label, rest)) => format!("{label}\n{rest}"),
        None => l.to_string(),
    });
    assert!(text.contains("目标任务\n党对教育工作"));
    assert_same(unlined(clean(text.as_bytes())), unlined(seed()));
}

#[test]
fn prose_wrapped_over_several_lines() {
    // Break every target and measures paragraph after each 30th character.
    let text = map_lines(|l| match labelled(l) {
        Some(("责任单位", _)) | None => l.to_string(),
        Some(_) => {
            let chars: Vec<char> = l.chars().collect();
            chars
                .chunks(30)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("\n")
        }
    });
    assert_same(unlined(clean(text.as_bytes())), unlined(seed()));
}

#[test]
fn everything_at_once() {
    let text = map_lines(|l| {
        let l = match labelled(l) {
            Some((label, rest)) => format!("{label}：{rest}"),
            None => match heading(l) {
                Some((n, title)) => format!("{n}、{title}"),
                None => l.to_string(),
            },
        };
        format!("\u{3000}\u{3000}{l}\r\n")
    })
    .replace("\r\n\n", "\r\n\r\n");
    let (gb, _, _) = encoding_rs::GB18030.encode(&text);
    assert_same(unlined(clean(&gb)), unlined(seed()));
}

#[test]
fn minimal_document_uses_fallbacks() {
    let parsed = parse_bytes(include_bytes!("../fixtures/minimal.txt")).unwrap();
    assert_eq!(parsed.warnings, []);
    let plan = parsed.plan;
    assert_eq!(plan.title, "某某学院2021年工作要点");
    assert_eq!(plan.doc_number, None);
    assert_eq!(plan.date, None);
    assert!(plan.issuers.is_empty());
    assert_eq!(plan.general_requirements, None);
    assert_eq!(plan.sections.len(), 2);
    assert_eq!(plan.items.len(), 3);
    let second = &plan.items[1];
    assert_eq!((second.number, second.section), (2, Some(2)));
    // A closing quote after 。 stays with its sentence; wrapped lines join.
    assert_eq!(
        second.measures,
        [
            "修订教师考核办法，落实“师德第一标准。”",
            "开展1.5万人次培训！",
            "是否到位？",
            "年底前复查"
        ]
    );
    assert_eq!(second.target, "建设一支高素质教师队伍。");
    assert_eq!(second.deadline.as_deref(), Some("2021年9月"));
    assert_eq!(second.offices[0].name, "人事处");
    // As written: only the seed, which writes both forms, reads 考试院 as 教育考试院.
    assert_eq!(second.offices[1].name, "考试院");
    assert_eq!(second.offices[1].role, Role::Co);
}

#[test]
fn untitled_document_gets_a_placeholder() {
    let plan = parse("一、甲\n1.乙\n目标任务:丙。\n工作措施:丁。\n责任单位:戊处\n")
        .unwrap()
        .plan;
    assert_eq!(plan.title, "未命名计划");
    assert_eq!(plan.items[0].measures, ["丁。"]);
}

// ------------------------------------------------------------ refused input

#[test]
fn empty_and_blank_files_are_empty() {
    assert_eq!(parse_bytes(b""), Err(ParseError::Empty));
    assert_eq!(parse_bytes(b"\xEF\xBB\xBF"), Err(ParseError::Empty));
    assert_eq!(
        parse_bytes(" \n\r\n\t\u{3000}\n".as_bytes()),
        Err(ParseError::Empty)
    );
}

#[test]
fn binary_files_are_refused_with_an_offset() {
    let mut bytes = SEED.as_bytes().to_vec();
    bytes.insert(100, 0);
    assert_eq!(parse_bytes(&bytes), Err(ParseError::Binary { offset: 100 }));
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert_eq!(parse_bytes(png), Err(ParseError::Binary { offset: 8 }));
    // Neither UTF-8 nor GB18030: 0xFF starts no sequence in either.
    let mut bytes = "一、计划".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xFF\xFF");
    assert_eq!(parse_bytes(&bytes), Err(ParseError::Binary { offset: 12 }));
}

#[test]
fn documents_without_items_are_refused() {
    assert_eq!(
        parse("这是一段说明文字。\n没有任何工作事项。"),
        Err(ParseError::NoItems)
    );
    let header: String = SEED.lines().take(12).map(|l| format!("{l}\n")).collect();
    assert_eq!(parse(&header), Err(ParseError::NoItems));
    assert_eq!(parse("一、甲\n二、乙\n"), Err(ParseError::NoItems));
    // The closing paragraph alone is not a plan.
    assert_eq!(
        parse("一、甲\n在完成上述工作的同时,做好其他工作。\n责任单位:办公室\n"),
        Err(ParseError::NoItems)
    );
}

#[test]
fn measures_label_before_any_item_is_a_warning() {
    let text = SEED.replacen(
        "一、加强党对教育工作的全面领导\n",
        "一、加强党对教育工作的全面领导\n工作措施:先做一件事。\n",
        1,
    );
    let plan = expect_warning(&text, 14, "工作措施");
    assert_eq!(plan.items.len(), 34, "every item still read");
}

#[test]
fn duplicate_item_number_is_read_and_renumbered_with_a_warning() {
    let text = SEED.replacen("2.深入学习", "1.深入学习", 1);
    let plan = expect_warning(&text, 18, "duplicate item number 1");
    assert_eq!(plan.items.len(), 34);
    assert_eq!(plan.items[1].title, "深入学习贯彻党的十九届四中全会精神");
    let numbers: Vec<u32> = plan.items.iter().map(|i| i.number).collect();
    assert_eq!(numbers, (1..=34).collect::<Vec<u32>>(), "numbered in order");
}

#[test]
fn item_number_going_backwards_is_a_warning() {
    // 3 becomes 5 (a gap, accepted), so the following 4 goes backwards.
    let text = SEED.replacen("3.把党的领导", "5.把党的领导", 1);
    let plan = expect_warning(&text, 26, "backwards");
    assert_eq!(plan.items.len(), 34);
}

#[test]
fn structure_warnings_are_said_in_chinese_too() {
    let zh = |text: &str, line: usize| {
        let parsed = parse(text).unwrap();
        parsed
            .warnings
            .into_iter()
            .find(|w| w.line == line)
            .map(|w| w.text(true))
            .unwrap_or_default()
    };
    let skipped = zh(&SEED.replacen("三、培养", "二、培养", 1), 47);
    assert!(
        skipped.contains("“二、”") && skipped.contains("“三、”"),
        "{skipped}"
    );
    assert_eq!(
        zh(&SEED.replacen("2.深入学习", "1.深入学习", 1), 18),
        "事项编号重复：1（应为2），已作为事项读取"
    );
}

#[test]
fn section_number_going_backwards_is_a_warning() {
    let text = SEED.replacen("三、培养", "二、培养", 1);
    let plan = expect_warning(&text, 47, "section 二");
    assert_eq!(plan.items.len(), 34);
    assert_eq!(
        plan.sections.len(),
        8,
        "the slipped section is still a section"
    );
}

#[test]
fn heading_after_closing_paragraph_is_a_warning() {
    let text = format!("{}\n34.再来一项\n目标任务:无。\n", SEED.trim_end());
    let plan = expect_warning(&text, 156, "closing paragraph");
    assert_eq!(plan.items.len(), 35);
}

// ------------------------------------------------------------ accepted with warnings

#[test]
fn item_without_offices_is_kept_with_a_warning() {
    let text = SEED.replacen("责任单位:秘书处、相关处室", "", 1);
    let parsed = parse(&text).unwrap();
    assert_eq!(parsed.plan.items.len(), 34);
    assert_eq!(parsed.plan.items[0].offices, []);
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, 14);
    assert!(parsed.warnings[0].text(true).contains("没有写明处室"));
}

#[test]
fn gap_in_item_numbers_is_kept_with_a_warning() {
    let text = SEED.replacen("33.推进教育信息化", "35.推进教育信息化", 1);
    let parsed = parse(&text).unwrap();
    let numbers: Vec<u32> = parsed.plan.items.iter().map(|i| i.number).collect();
    assert_eq!(numbers[32..], [35, 36]);
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 149);
}
