//! Numbered lines (`一、`, `（一）`, `1.`, `（1）`, `1)`) and the parts of a paragraph
//! item: its title (the first sentence), its measures (the other sentences) and
//! the office clause at its end (`（责任单位：…）`, `【牵头单位：X；配合单位：Y】`).

use super::labels::{Field, label, split_further};
use crate::plan::header::{digit, number};

/// The largest item number a heading may carry: a plan of ten million items is
/// far past any real one, and the numbers still fit the cards and the tables.
pub const MAX_ITEM_NUMBER: u32 = 9_999_999;

/// The digits of `MAX_ITEM_NUMBER`: a longer run of digits is a number too large,
/// said so, rather than text.
const MAX_ITEM_DIGITS: usize = 7;

/// How a document writes its item numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `1.` `1、` `1．`
    Dot,
    /// `（1）` `(1)`
    Paren,
    /// `1)` `1）`
    Half,
}

/// `一、标题` → (1, "一", "标题").
pub fn section_heading(line: &str) -> Option<(u32, &str, &str)> {
    // Most lines are prose: refuse them before searching the whole line for 、.
    if !line.chars().next().is_some_and(is_numeral) {
        return None;
    }
    let (numeral, title) = line.split_once('、')?;
    if numeral.is_empty() || !numeral.chars().all(is_numeral) {
        return None;
    }
    let title = title.trim();
    (!title.is_empty()).then_some((number(numeral)?, numeral, title))
}

fn is_numeral(c: char) -> bool {
    "一二三四五六七八九十百零".contains(c)
}

/// `（一）标题` or `(一)标题` → (1, "一", "标题").
pub fn sub_heading(line: &str) -> Option<(u32, &str, &str)> {
    let rest = line.strip_prefix(['（', '('])?;
    let close = rest.find(['）', ')'])?;
    let numeral = &rest[..close];
    if numeral.is_empty() || !numeral.chars().all(is_numeral) {
        return None;
    }
    let title = rest[close..]
        .trim_start_matches(['）', ')'])
        .trim_start_matches(['、', '.', '．'])
        .trim();
    (!title.is_empty()).then_some((number(numeral)?, numeral, title))
}

/// An item heading: its number, style, the number as written and the title.
pub type Heading<'a> = (u32, Style, &'a str, &'a str);

/// A numbered item line: its number, how it is written, the label as written
/// (`12.`) and the text after it. `Err(digits)` when the number is too large to be
/// an item (a heading the parser refuses rather than reading it as text).
pub fn item_heading(line: &str) -> Option<Result<Heading<'_>, &str>> {
    let first = line.chars().next()?;
    // ⒈ … ⒛: one character for "1." what Chinese input methods and Word's symbol
    // list give.
    if ('⒈'..='⒛').contains(&first) {
        let n = first as u32 - '⒈' as u32 + 1;
        let title = line[first.len_utf8()..].trim();
        return (!title.is_empty()).then_some(Ok((
            n,
            Style::Dot,
            &line[..first.len_utf8()],
            title,
        )));
    }
    let (style, body) = if first == '（' || first == '(' {
        (Style::Paren, &line[first.len_utf8()..])
    } else if is_digit(first) {
        (Style::Dot, line)
    } else {
        return None;
    };
    let end = body.find(|c: char| !is_digit(c))?;
    let (digits, rest) = body.split_at(end);
    if digits.is_empty() {
        return None;
    }
    let (style, after) = match style {
        Style::Paren => (Style::Paren, rest.strip_prefix(['）', ')'])?),
        _ => match rest.strip_prefix(['.', '、', '．']) {
            Some(after) => (Style::Dot, after),
            None => (Style::Half, rest.strip_prefix([')', '）'])?),
        },
    };
    let title = after.trim();
    let first = title.chars().next()?;
    // A digit right after a point (`1.3万人`) is a decimal number; after 、 or a
    // bracket it begins the title (`3、5项民生实事`).
    let point = style == Style::Dot && !rest.starts_with('、');
    if (point && digit(first).is_some_and(|_| !is_numeral(first))) || first == '%' {
        return None;
    }
    let written = &line[..line.len() - after.len()];
    // Real plans number their items in the hundreds at most; no number near
    // u32::MAX may become an item, nor be read as text.
    match number(digits).filter(|n| *n <= MAX_ITEM_NUMBER) {
        Some(n) => Some(Ok((n, style, written, title))),
        None if digits.chars().count() > MAX_ITEM_DIGITS => Some(Err(digits)),
        None => None,
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A paragraph item cut into its parts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paragraph {
    pub title: String,
    /// The sentences after the title.
    pub rest: String,
    /// What the bracketed clause at its end says (labels, `X牵头`, `Y配合`).
    pub clause: Vec<(Field, String)>,
}

/// Cuts a paragraph item: the office clause(s) at its end, then the title up to
/// the first 。 (without it), and the rest.
pub fn paragraph(text: &str) -> Paragraph {
    let mut body = text.trim();
    let mut clause = Vec::new();
    while let Some((before, fields)) = trailing_clause(body) {
        let mut fields = fields;
        fields.append(&mut clause);
        clause = fields;
        body = before;
    }
    let (title, rest) = match body.find('。') {
        Some(k) => (&body[..k], &body[k + '。'.len_utf8()..]),
        None => (body, ""),
    };
    // `推进高标准农田建设：新建…。`: a short title closed by a colon, the sentence
    // after it the first measure.
    let (title, rest) = match title.find(['：', ':']) {
        Some(k) if (4..=40).contains(&title[..k].chars().count()) && k + 3 < title.len() => {
            let colon = title[k..].chars().next().map_or(1, char::len_utf8);
            let first = &body[k + colon..];
            (&title[..k], first)
        }
        _ => (title, rest),
    };
    Paragraph {
        title: title.trim().to_string(),
        rest: rest.trim().to_string(),
        clause,
    }
}

/// The bracketed clause at the end of `text` when it names offices, persons or a
/// deadline: the text before it and what it says. Other brackets (`（2019-2022年）`)
/// stay in the text.
pub fn trailing_clause(text: &str) -> Option<(&str, Vec<(Field, String)>)> {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['。', '；', ';'])
        .trim_end();
    let close = trimmed.chars().last()?;
    let open = match close {
        '）' => '（',
        ')' => '(',
        '】' => '【',
        ']' => '[',
        '］' => '［',
        '〕' => '〔',
        _ => return None,
    };
    // Find the matching opener, allowing brackets inside (各县（市、区）).
    let mut depth = 0usize;
    let mut start = None;
    for (i, c) in trimmed.char_indices().rev() {
        if matches!(c, '）' | ')' | '】' | ']' | '］' | '〕') {
            depth += 1;
        } else if matches!(c, '（' | '(' | '【' | '[' | '［' | '〔') {
            depth -= 1;
            if depth == 0 {
                (c == open || (open == '（' && c == '(') || (open == '(' && c == '（'))
                    .then_some(())?;
                start = Some((i, c.len_utf8()));
                break;
            }
        }
    }
    let (start, open_len) = start?;
    let inner = &trimmed[start + open_len..trimmed.len() - close.len_utf8()];
    let fields = clause_fields(inner);
    (!fields.is_empty()).then(|| (&trimmed[..start], fields))
}

/// What an office clause says: `责任单位：X、Y`, `牵头单位：X；配合单位：Y`,
/// `X牵头，Y配合`, `X、Y牵头，Z按职责分工负责`, `完成时限：6月底前`. Empty when
/// the text is none of these.
pub fn clause_fields(inner: &str) -> Vec<(Field, String)> {
    let mut out: Vec<(Field, String)> = Vec::new();
    for part in inner.split(['；', ';']) {
        // A 完成时限 part keeps its commas (`6月底前启动，12月底前完成`).
        let (part, deadline) = match label(part.trim()) {
            Some((Field::Deadline, ..)) => (part.trim(), None),
            _ => trailing_deadline(part.trim()),
        };
        if part.is_empty() {
            if let Some(d) = deadline {
                out.push((Field::Deadline, d.to_string()));
            }
            continue;
        }
        // A note about the list (`下同`, `不再列出`, `以下各项均需…`) is read
        // with the offices (`下同` carries them forward), never as one.
        if crate::plan::offices::is_note(part) {
            if let Some((_, office)) = out.iter_mut().rev().find(|(f, _)| f.is_offices()) {
                office.push('；');
                office.push_str(part);
            }
            continue;
        }
        let before = out.len();
        // `时间：4月底前` inside a clause is its deadline (a bare 时间 line in a
        // body is not a label).
        if let Some(rest) = ["时间", "时间节点"]
            .iter()
            .find_map(|l| part.strip_prefix(l)?.trim_start().strip_prefix([':', '：']))
        {
            out.push((Field::Deadline, rest.trim().to_string()));
            continue;
        }
        if let Some((field, _, rest)) = label(part) {
            let (own, more) = split_further(rest);
            out.push((field, own.to_string()));
            out.extend(more.into_iter().map(|(f, _, t)| (f, t.to_string())));
        } else if has_role_marker(part) {
            // `X牵头，Y配合`: the office reader gives each its part.
            out.push((Field::Offices, part.to_string()));
        } else if crate::plan::deadline::is_deadline_only(part) {
            out.push((Field::Deadline, part.to_string()));
        } else if is_office_list(part) {
            // `（市发展改革委、市统计局）`: the offices alone, the first leading.
            out.push((Field::Offices, part.to_string()));
        } else {
            // A part the clause does not explain: not an office clause after all.
            return Vec::new();
        }
        // `责任单位：X，年底前`: a deadline after a comma in a label's text.
        let split = out[before..].iter().enumerate().find_map(|(k, (f, t))| {
            let (own, d) = trailing_deadline(t);
            (*f != Field::Deadline)
                .then_some(())
                .and(d.map(|d| (before + k, own.to_string(), d.to_string())))
        });
        if let Some((k, own, d)) = split {
            out[k].1 = own;
            out.push((Field::Deadline, d));
        }
        if let Some(d) = deadline {
            out.push((Field::Deadline, d.to_string()));
        }
    }
    out
}

/// `X，年底前` → (`X`, Some(`年底前`)); a text with no deadline after its last
/// comma is returned whole.
fn trailing_deadline(text: &str) -> (&str, Option<&str>) {
    let text = text.trim();
    let Some(k) = text.rfind(['，', ',']) else {
        return (text, None);
    };
    let sep = text[k..].chars().next().map_or(1, char::len_utf8);
    let tail = text[k + sep..].trim();
    if crate::plan::deadline::is_deadline_only(tail) {
        (text[..k].trim(), Some(tail))
    } else {
        (text, None)
    }
}

/// Whether a bracket's text is nothing but office names (`市发展改革委、市统计局`,
/// `县卫健局、各乡镇人民政府`): each of three to twenty characters, ending like an
/// office, none a note (`含民办`) or a number.
fn is_office_list(text: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "局",
        "委",
        "办",
        "处",
        "科",
        "室",
        "股",
        "院",
        "厅",
        "部",
        "府",
        "中心",
        "单位",
        "部门",
        "街道",
        "乡镇",
        "管委会",
        "工会",
        "团委",
        "妇联",
        "科协",
        "残联",
        "法院",
        "检察院",
        "集团",
        "公司",
        "银行",
        "分局",
        "支队",
        "大队",
        "党委",
        "党组",
    ];
    let names = crate::plan::offices::split_offices(text);
    !names.is_empty()
        && names.iter().all(|n| {
            let len = n.chars().count();
            (3..=20).contains(&len)
                && !n.chars().any(|c| c.is_ascii_digit())
                && !["含", "如", "试", "暂", "包括", "不含", "即", "简称", "下称"]
                    .iter()
                    .any(|w| n.starts_with(w))
                && ENDINGS.iter().any(|e| n.ends_with(e))
        })
}

fn has_role_marker(text: &str) -> bool {
    let marked = |text: &str| {
        ["牵头", "配合", "按职责分工负责", "分工负责", "协助", "会同"]
            .iter()
            .any(|m| text.contains(m))
            || text.ends_with("负责")
    };
    // Traditional script (牽頭, 按職責分工負責) reads the same.
    marked(text)
        || (text.chars().any(|c| super::labels::simplify(c) != c)
            && marked(
                &text
                    .chars()
                    .map(super::labels::simplify)
                    .collect::<String>(),
            ))
}

/// Splits 工作措施 into sentences ending in 。！？; closing quotes and brackets
/// after the stop stay with their sentence, and the last sentence needs no stop.
/// Commas, semicolons and ASCII '.' (1.3万) never split.
pub fn split_measures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |sentence: &str| {
        let sentence = sentence.trim();
        if !sentence.is_empty() {
            out.push(sentence.to_string());
        }
    };
    // Sentences are slices of `text`, not built up char by char.
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !is_stop(c) {
            continue;
        }
        while chars
            .next_if(|&(_, c)| is_stop(c) || is_closer(c))
            .is_some()
        {}
        let end = chars.peek().map_or(text.len(), |&(at, _)| at);
        push(&text[start..end]);
        start = end;
    }
    push(&text[start..]);
    out
}

/// Splits a table cell of measures: at ①②… or at an enumeration `1.` `2.` /
/// `（1）` `（2）` inside it (numbers from 1 in order), else, in a cell with no 。,
/// at its ；, else into sentences. The enumerators are dropped.
pub fn split_cell_measures(text: &str) -> Vec<String> {
    let text = text.trim();
    let clean = |piece: &str| {
        piece
            .trim()
            .trim_end_matches(['；', ';', '，', ','])
            .trim()
            .to_string()
    };
    let keep = |pieces: Vec<String>| -> Vec<String> {
        pieces.into_iter().filter(|p| !p.is_empty()).collect()
    };
    if text.contains(|c: char| ('①'..='⑳').contains(&c)) {
        let mut out = Vec::new();
        let mut current = String::new();
        for c in text.chars() {
            if ('①'..='⑳').contains(&c) {
                out.push(clean(&current));
                current.clear();
            } else {
                current.push(c);
            }
        }
        out.push(clean(&current));
        return keep(out);
    }
    let starts = enumeration_starts(text);
    if starts.len() >= 2 {
        let mut out = vec![clean(&text[..starts[0].0])];
        for (k, &(at, len)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(text.len(), |&(next, _)| next);
            out.push(clean(&text[at + len..end]));
        }
        return keep(out);
    }
    // `A；B。`: a list of measures that ends with one stop.
    let stops_inside = text.trim_end_matches(['。', ' ']).contains('。');
    if !stops_inside && text.contains(['；', ';']) {
        return keep(text.split(['；', ';']).map(clean).collect());
    }
    split_measures(text)
}

/// Splits running text into measures: at its enumeration (①②…, `1.` `2.`,
/// `（1）` `（2）`) when it has one, else into sentences.
pub fn split_text_measures(text: &str) -> Vec<String> {
    let enumerated = text.contains(|c: char| ('①'..='⑳').contains(&c))
        || enumeration_starts(text.trim()).len() >= 2;
    if enumerated {
        split_cell_measures(text)
    } else {
        split_measures(text)
    }
}

/// Where `1.` `2.` … (or `（1）` `（2）` …) begin inside `text`, each at the start or
/// after a stop, a semicolon or a space: (byte offset, length of the marker). Only
/// a run numbered 1, 2, 3… in order counts.
fn enumeration_starts(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut want = 1u32;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let after_break =
            prev.is_none_or(|p| matches!(p, '。' | '；' | ';' | '！' | '？') || p.is_whitespace());
        prev = Some(c);
        if !after_break {
            continue;
        }
        let rest = &text[i..];
        let marker = if let Some(inner) = rest.strip_prefix(['（', '(']) {
            let digits: String = inner.chars().take_while(char::is_ascii_digit).collect();
            let after = &inner[digits.len()..];
            (!digits.is_empty() && after.starts_with(['）', ')'])).then(|| {
                let close = after.chars().next().map_or(1, char::len_utf8);
                (digits, rest.len() - after.len() + close)
            })
        } else {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let after = &rest[digits.len()..];
            let sep = after.chars().next();
            (!digits.is_empty()
                && matches!(sep, Some('.' | '、' | '．'))
                && !after[sep.map_or(0, char::len_utf8)..]
                    .starts_with(|c: char| c.is_ascii_digit()))
            .then(|| (digits.clone(), digits.len() + sep.map_or(0, char::len_utf8)))
        };
        if let Some((digits, len)) = marker
            && digits.parse::<u32>().ok() == Some(want)
        {
            found.push((i, len));
            want += 1;
        }
    }
    found
}

fn is_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '】' | '》' | '〉' | '］' | ']'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(line: &str) -> Option<Heading<'_>> {
        item_heading(line).and_then(Result::ok)
    }

    #[test]
    fn a_cell_of_measures_splits_at_its_enumeration_or_semicolons() {
        assert_eq!(
            split_cell_measures("新建校舍；更新设备"),
            ["新建校舍", "更新设备"]
        );
        assert_eq!(
            split_cell_measures("1.新建校舍；2.更新设备。3.培训教师1.5万人次"),
            ["新建校舍", "更新设备。", "培训教师1.5万人次"]
        );
        assert_eq!(
            split_cell_measures("①新建校舍；②更新设备"),
            ["新建校舍", "更新设备"]
        );
        assert_eq!(
            split_cell_measures("（1）新建校舍；（2）更新设备"),
            ["新建校舍", "更新设备"]
        );
        // A sentence with a semicolon inside stays one where the cell has stops.
        assert_eq!(
            split_cell_measures("新建校舍，更新设备；完善制度。加强培训。"),
            ["新建校舍，更新设备；完善制度。", "加强培训。"]
        );
        // A lone number is no enumeration.
        assert_eq!(split_cell_measures("新建2.5万平方米"), ["新建2.5万平方米"]);
    }

    #[test]
    fn item_headings_need_a_separator_right_after_the_number() {
        assert_eq!(
            ok("1.进一步健全"),
            Some((1, Style::Dot, "1.", "进一步健全"))
        );
        assert_eq!(ok("12、 标题"), Some((12, Style::Dot, "12、", "标题")));
        assert_eq!(ok("３．标题"), Some((3, Style::Dot, "３．", "标题")));
        assert_eq!(ok("⒈标题"), Some((1, Style::Dot, "⒈", "标题")));
        assert_eq!(ok("⒛ 标题"), Some((20, Style::Dot, "⒛", "标题")));
        assert_eq!(ok("⒈"), None);
        assert_eq!(
            ok("9999999.标题"),
            Some((9_999_999, Style::Dot, "9999999.", "标题"))
        );
        assert_eq!(
            ok("1000000.标题"),
            Some((1_000_000, Style::Dot, "1000000.", "标题"))
        );
        assert_eq!(item_heading("10000000.标题"), Some(Err("10000000")));
        assert_eq!(item_heading("4294967296.标题"), Some(Err("4294967296")));
        assert_eq!(ok("1.3万人以上"), None, "a decimal, not a heading");
        assert_eq!(ok("2020年全省"), None);
        assert_eq!(ok("5.5%以内"), None);
        assert_eq!(ok("7."), None);
    }

    #[test]
    fn every_item_numbering_style() {
        assert_eq!(
            ok("（1）加强管理"),
            Some((1, Style::Paren, "（1）", "加强管理"))
        );
        assert_eq!(
            ok("(12)加强管理"),
            Some((12, Style::Paren, "(12)", "加强管理"))
        );
        assert_eq!(ok("3)加强管理"), Some((3, Style::Half, "3)", "加强管理")));
        assert_eq!(ok("3）加强管理"), Some((3, Style::Half, "3）", "加强管理")));
        assert_eq!(ok("1、加强"), Some((1, Style::Dot, "1、", "加强")));
        assert_eq!(ok("3、5项实事"), Some((3, Style::Dot, "3、", "5项实事")));
        assert_eq!(
            ok("（2）3所学校"),
            Some((2, Style::Paren, "（2）", "3所学校"))
        );
        assert_eq!(
            ok("5.一般公共预算收入增长6%左右。"),
            Some((5, Style::Dot, "5.", "一般公共预算收入增长6%左右。")),
            "a title may begin with a Chinese numeral"
        );
        assert_eq!(ok("（一）标题"), None, "a sub-heading, not an item");
    }

    #[test]
    fn section_and_sub_headings_take_chinese_numerals() {
        assert_eq!(
            section_heading("一、加强党的领导"),
            Some((1, "一", "加强党的领导"))
        );
        assert_eq!(section_heading("十一、其他"), Some((11, "十一", "其他")));
        assert_eq!(
            section_heading("一百一十二、其他"),
            Some((112, "一百一十二", "其他"))
        );
        assert_eq!(section_heading("各市州教育局、高校"), None);
        assert_eq!(section_heading("一、"), None);
        assert_eq!(sub_heading("（三）稳住经济"), Some((3, "三", "稳住经济")));
        assert_eq!(sub_heading("(十二)其他"), Some((12, "十二", "其他")));
        assert_eq!(sub_heading("（1）其他"), None);
        assert_eq!(sub_heading("（市、区）"), None);
    }

    #[test]
    fn paragraph_title_is_the_first_sentence() {
        let p = paragraph("加快县域高中发展。实施县中振兴计划，年内新建高中5所。扩大优质资源。");
        assert_eq!(p.title, "加快县域高中发展");
        assert_eq!(p.rest, "实施县中振兴计划，年内新建高中5所。扩大优质资源。");
        assert!(p.clause.is_empty());
        let p = paragraph("一般公共预算收入增长6%左右。");
        assert_eq!(
            (p.title.as_str(), p.rest.as_str()),
            ("一般公共预算收入增长6%左右", "")
        );
    }

    #[test]
    fn office_clauses_in_every_bracket() {
        for text in [
            "甲。乙。（责任单位：基教处、财建处）",
            "甲。乙。(责任单位:基教处、财建处)",
            "甲。乙。【责任单位：基教处、财建处】",
            "甲。乙。[责任单位：基教处、财建处]",
            "甲。乙。（责任科室：基教处、财建处）。",
            "甲。乙。（責任單位：基教处、财建处）",
        ] {
            let p = paragraph(text);
            assert_eq!(p.title, "甲", "{text}");
            assert_eq!(p.rest, "乙。", "{text}");
            assert_eq!(p.clause.len(), 1, "{text}");
            assert_eq!(p.clause[0].1, "基教处、财建处", "{text}");
        }
        let p = paragraph("甲。（牵头单位：X；配合单位：Y、各县（市、区）；完成时限：6月底前）");
        assert_eq!(
            p.clause,
            [
                (Field::Lead, "X".to_string()),
                (Field::Co, "Y、各县（市、区）".to_string()),
                (Field::Deadline, "6月底前".to_string())
            ]
        );
        let p = paragraph("甲。（X、Y牵头，Z及各县市区按职责分工负责）");
        assert_eq!(
            p.clause,
            [(
                Field::Offices,
                "X、Y牵头，Z及各县市区按职责分工负责".to_string()
            )]
        );
    }

    #[test]
    fn a_bracket_of_office_names_alone_is_a_clause() {
        let p = paragraph("开展免费两癌筛查。（县卫健局、县妇联）");
        assert_eq!(p.title, "开展免费两癌筛查");
        assert_eq!(p.clause, [(Field::Offices, "县卫健局、县妇联".to_string())]);
        for note in [
            "扩大学前教育资源（含民办）",
            "建设示范校（园）",
            "推进改革（试行）",
            "落实政策（2024年）",
            "推进县域高中发展（县中）",
        ] {
            assert!(paragraph(note).clause.is_empty(), "{note}");
        }
    }

    #[test]
    fn other_brackets_stay_in_the_text() {
        let p = paragraph("落实《规划（2019-2022年）》");
        assert_eq!(p.title, "落实《规划（2019-2022年）》");
        assert!(p.clause.is_empty());
        // Mixed widths: an ASCII opener with a full-width closer.
        let p = paragraph("甲。乙(责任单位：丙处）");
        assert_eq!(p.clause, [(Field::Offices, "丙处".to_string())]);
        let p = paragraph("建设示范校（园）");
        assert_eq!(p.title, "建设示范校（园）");
    }

    #[test]
    fn measures_split_at_sentence_stops_only() {
        assert_eq!(
            split_measures("甲,乙;丙。要求“丁。”达1.3万人！是否？末句"),
            ["甲,乙;丙。", "要求“丁。”", "达1.3万人！", "是否？", "末句"]
        );
        assert_eq!(split_measures("一句。。 "), ["一句。。"]);
        assert_eq!(
            split_measures(" 甲（乙。）丙！】 丁？]戊"),
            ["甲（乙。）", "丙！】", "丁？]", "戊"]
        );
        assert!(split_measures("  ").is_empty());
    }
}
