//! Turns a plan document into a `Plan` (pure: text in, `Result` out).
//!
//! A document is read line by line (blank lines ignored, every line trimmed of
//! ASCII and ideographic spaces). Lines before the first section heading are the
//! header (document number, date, issuers, title, 总体要求); after it come section
//! headings (`一、标题`), item headings (`1.标题`, `1、标题`, `1．标题`) and labelled
//! fields (`目标任务:` …). A line with no label continues the field above it.

use std::borrow::Cow;

use super::header::{digit, is_name_line, number, read_header};
use super::offices::{canonical, is_group, split_offices};
use super::{Item, OfficeRef, Plan, Role, Section};

/// A parsed plan with what was odd about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub plan: Plan,
    pub warnings: Vec<Warning>,
}

/// Something the parser accepted but a reader should know (e.g. an item with no 责任单位).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the file is empty")]
    Empty,
    #[error("not a text file (binary data at byte {offset})")]
    Binary { offset: usize },
    #[error("no work item found (expected lines such as `1.标题` under a section `一、标题`)")]
    NoItems,
    #[error("line {line}: {message}")]
    Structure { line: usize, message: String },
    /// The container (zip, spreadsheet, web page) could not be read or is refused.
    #[error(transparent)]
    Format(#[from] super::formats::FormatError),
}

/// Title given to the closing paragraph (在完成上述工作的同时…), which has none.
pub const CLOSING_TITLE: &str = "常规工作";

/// Fallback title when the document names itself nowhere.
pub const UNTITLED: &str = "未命名计划";

/// How the closing paragraph of a plan opens; it becomes an item of its own.
const CLOSING_OPENERS: &[&str] = &["在完成上述工作的同时", "在完成上述工作"];

/// Decodes a document: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030.
///
/// Refuses empty input, NUL and other control bytes, and bytes that are neither
/// UTF-8 nor GB18030 (decoding never substitutes U+FFFD). UTF-8 input, the usual
/// case, is borrowed rather than copied.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ParseError> {
    if bytes.is_empty() {
        return Err(ParseError::Empty);
    }
    // Notepad's "Unicode" is UTF-16LE with a BOM; its ASCII half would look like NULs.
    for (bom, encoding) in [
        (&[0xFF, 0xFE][..], encoding_rs::UTF_16LE),
        (&[0xFE, 0xFF][..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .ok_or(ParseError::Binary { offset: bom.len() })?;
            if let Some(pos) = text.chars().position(is_binary_char) {
                let offset =
                    bom.len() + text.chars().take(pos).map(char::len_utf16).sum::<usize>() * 2;
                return Err(ParseError::Binary { offset });
            }
            return Ok(text);
        }
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let rest = &bytes[bom..];
    // In UTF-8 and GB18030 alike every byte below 0x20 is the ASCII control it looks like.
    if let Some(pos) = first_binary_byte(rest) {
        return Err(ParseError::Binary { offset: bom + pos });
    }
    // encoding_rs validates UTF-8 with SIMD where the processor has it: several
    // times faster than `std::str::from_utf8` on Chinese text.
    if let Some(text) = encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(rest)
    {
        return Ok(text);
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(rest)
        .filter(|text| !text.contains('\u{fffd}'))
        .ok_or_else(|| ParseError::Binary {
            offset: bom + encoding_rs::Encoding::utf8_valid_up_to(rest),
        })
}

/// Control characters no plan document contains (tab, line ends, form feed and
/// the DOS end-of-file mark are allowed).
fn is_binary_char(c: char) -> bool {
    u8::try_from(c).is_ok_and(is_binary_byte)
}

/// [`is_binary_char`] for one byte of UTF-8 or GB18030, where such controls are
/// single bytes below 0x80.
fn is_binary_byte(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0e..=0x19 | 0x1b..=0x1f | 0x7f)
}

/// The offset of the first control byte. A document is megabytes long and nearly
/// always clean, so blocks are tested whole (without an early exit the compiler can
/// vectorise the test) before one is searched byte by byte.
fn first_binary_byte(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    bytes.chunks(BLOCK).enumerate().find_map(|(k, block)| {
        block
            .iter()
            .fold(false, |found, &b| found | is_binary_byte(b))
            .then(|| block.iter().position(|&b| is_binary_byte(b)))
            .flatten()
            .map(|pos| k * BLOCK + pos)
    })
}

pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ParseError> {
    parse(&decode(bytes)?)
}

/// Reads the structure of a document's blocks (placeholder: the line reader below,
/// over the paragraphs; the structure reader replaces it).
pub fn parse_document(doc: &super::blocks::Document) -> Result<Parsed, ParseError> {
    use super::blocks::Block;
    let mut text = String::new();
    let mut line = 1;
    for block in &doc.blocks {
        let at = block.at();
        while line < at {
            text.push('\n');
            line += 1;
        }
        match block {
            Block::Paragraph { text: t, .. } => text.push_str(t),
            Block::Row { cells, .. } => text.push_str(&cells.join("\t")),
        }
    }
    parse(&text)
}

pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(ParseError::Empty);
    }
    // The header ends at the first section heading; a document without sections
    // starts its body at item 1.
    let body_start = lines
        .iter()
        .position(|(_, l)| section_heading(l).is_some())
        .or_else(|| {
            lines
                .iter()
                .position(|(_, l)| item_heading(l).is_some_and(|(n, _)| n == 1))
        })
        .ok_or(ParseError::NoItems)?;
    let (header, body) = lines.split_at(body_start);
    let mut plan = read_header(header);
    let mut builder = Builder::default();
    for (i, &(line, text)) in body.iter().enumerate() {
        let next = body.get(i + 1).map(|(_, l)| *l);
        builder.line(line, text, next)?;
    }
    builder.finish();
    // The closing paragraph alone is not a plan.
    if builder.last_number == 0 {
        return Err(ParseError::NoItems);
    }
    if builder.sections.is_empty() {
        builder.warn(
            body[0].0,
            "no section headings (一、…); items belong to no section",
        );
    }
    plan.sections = builder.sections;
    plan.items = builder.items;
    Ok(Parsed {
        plan,
        warnings: builder.warnings,
    })
}

// ---------------------------------------------------------------- body lines

/// `一、标题` → (1, "一", "标题").
fn section_heading(line: &str) -> Option<(u32, &str, &str)> {
    let is_numeral = |c: char| "一二三四五六七八九十百零".contains(c);
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

/// `12.标题`, `12、标题`, `12．标题` → (12, "标题"). A digit right after the
/// separator (`1.3万人`) is a decimal number, not a heading.
fn item_heading(line: &str) -> Option<(u32, &str)> {
    let end = line.find(|c: char| !c.is_ascii_digit() && !('０'..='９').contains(&c))?;
    let (digits, rest) = line.split_at(end);
    let title = rest.strip_prefix(['.', '、', '．'])?.trim();
    let first = title.chars().next()?;
    if digit(first).is_some() || first == '%' {
        return None;
    }
    // Real plans number their items in the hundreds at most; a longer run of digits
    // is a quantity in running text, and no number near u32::MAX may become an item.
    let number = number(digits).filter(|n| *n <= MAX_ITEM_NUMBER)?;
    Some((number, title))
}

/// The largest item number a heading may carry.
pub const MAX_ITEM_NUMBER: u32 = 999_999;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Target,
    Measures,
    /// 责任单位: the first leads, the rest co-operate.
    Offices,
    /// 牵头单位: all lead.
    Lead,
    /// 配合单位: all co-operate.
    Co,
    Deadline,
}

const LABELS: &[(&str, Field)] = &[
    ("目标任务", Field::Target),
    ("工作目标", Field::Target),
    ("工作措施", Field::Measures),
    ("主要措施", Field::Measures),
    ("具体措施", Field::Measures),
    ("责任单位", Field::Offices),
    ("责任处室", Field::Offices),
    ("牵头单位", Field::Lead),
    ("牵头处室", Field::Lead),
    ("配合单位", Field::Co),
    ("配合处室", Field::Co),
    ("协办单位", Field::Co),
    ("完成时限", Field::Deadline),
    ("完成时间", Field::Deadline),
];

/// `目标任务:…`, `目标任务：…` or `目标任务` alone → (field, label, text after it).
fn label(line: &str) -> Option<(Field, &'static str, &str)> {
    LABELS.iter().find_map(|&(name, field)| {
        let rest = line.strip_prefix(name)?.trim_start();
        if rest.is_empty() {
            return Some((field, name, rest));
        }
        let text = rest.strip_prefix([':', '：'])?.trim();
        Some((field, name, text))
    })
}

// ---------------------------------------------------------------- builder

/// An item while its fields are being read.
#[derive(Debug, Default)]
struct Draft {
    number: u32,
    section: Option<u32>,
    title: String,
    line: usize,
    closing: bool,
    fields: Vec<(Field, String)>,
}

impl Draft {
    /// The text of `field`, its parts joined (see [`join`]), moved out of the draft.
    fn take(&mut self, field: Field) -> Option<String> {
        let mut parts = self
            .fields
            .iter_mut()
            .filter(|(f, _)| *f == field)
            .map(|(_, text)| std::mem::take(text));
        let first = parts.next()?;
        Some(parts.fold(first, |mut acc, text| {
            join(&mut acc, &text);
            acc
        }))
    }

    fn has(&self, fields: &[Field]) -> bool {
        self.fields
            .iter()
            .any(|(f, text)| fields.contains(f) && !text.is_empty())
    }
}

/// Joins wrapped lines. Chinese needs no space, and a hard wrap may fall inside
/// a number (`10` / `0%`), so nothing is inserted.
fn join(text: &mut String, more: &str) {
    text.push_str(more);
}

#[derive(Default)]
struct Builder {
    sections: Vec<Section>,
    items: Vec<Item>,
    warnings: Vec<Warning>,
    draft: Option<Draft>,
    /// Unlabelled lines after an item's offices: the closing paragraph, or stray text.
    stray: Vec<(usize, String)>,
    closing_done: bool,
    /// The number of the last numbered item (the closing paragraph has none).
    last_number: u32,
}

impl Builder {
    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(Warning {
            line,
            message: message.into(),
        });
    }

    fn line(&mut self, line: usize, text: &str, next: Option<&str>) -> Result<(), ParseError> {
        let err = |message: String| ParseError::Structure { line, message };
        if let Some((number, numeral, title)) = section_heading(text) {
            let expected = self.sections.last().map_or(1, |s| s.number + 1);
            if number == expected {
                self.flush_stray();
                self.close_item();
                self.after_closing(line, "section heading")?;
                self.sections.push(Section {
                    number,
                    numeral: numeral.to_string(),
                    title: title.to_string(),
                });
                return Ok(());
            }
            if is_name_line(title, 40) {
                return Err(err(format!(
                    "section {numeral} where section {expected} was expected"
                )));
            }
        }
        if let Some((number, title)) = item_heading(text) {
            let expected = self.last_number + 1;
            let followed_by_label = next.is_some_and(|n| label(n).is_some());
            if number == expected || (followed_by_label && number > expected) {
                if number != expected {
                    self.warn(line, format!("item {number} follows item {}", expected - 1));
                }
                self.flush_stray();
                self.close_item();
                self.after_closing(line, "item heading")?;
                self.last_number = number;
                self.draft = Some(Draft {
                    number,
                    section: self.sections.last().map(|s| s.number),
                    title: title.to_string(),
                    line,
                    ..Draft::default()
                });
                return Ok(());
            }
            if followed_by_label {
                let what = if number == self.last_number
                    || self.items.iter().any(|i| i.number == number)
                {
                    "duplicate item number"
                } else {
                    "item number goes backwards:"
                };
                return Err(err(format!("{what} {number} (expected {expected})")));
            }
        }
        if let Some((field, name, rest)) = label(text) {
            return self.label(line, field, name, rest);
        }
        self.text(line, text);
        Ok(())
    }

    /// Nothing numbered may follow the closing paragraph.
    fn after_closing(&self, line: usize, what: &str) -> Result<(), ParseError> {
        if self.closing_done {
            return Err(ParseError::Structure {
                line,
                message: format!("{what} after the closing paragraph"),
            });
        }
        Ok(())
    }

    fn label(
        &mut self,
        line: usize,
        field: Field,
        name: &str,
        rest: &str,
    ) -> Result<(), ParseError> {
        let offices = matches!(field, Field::Offices | Field::Lead | Field::Co);
        let after_offices = self
            .draft
            .as_ref()
            .is_some_and(|d| d.has(&[Field::Offices, Field::Lead, Field::Co]));
        let opener = self
            .stray
            .first()
            .is_some_and(|(_, t)| CLOSING_OPENERS.iter().any(|o| t.starts_with(o)));
        if offices && !self.stray.is_empty() && !self.closing_done && (after_offices || opener) {
            self.start_closing();
        }
        self.flush_stray();
        let Some(draft) = self.draft.as_mut() else {
            return Err(ParseError::Structure {
                line,
                message: format!(
                    "{name} outside any item (no item heading such as `1.标题` above it)"
                ),
            });
        };
        if draft.fields.iter().any(|(f, _)| *f == field) {
            let number = draft.number;
            self.warn(
                line,
                format!("item {number}: {name} given twice; texts joined"),
            );
        }
        let draft = self.draft.as_mut().expect("checked above");
        draft.fields.push((field, rest.to_string()));
        Ok(())
    }

    fn text(&mut self, line: usize, text: &str) {
        let closing = CLOSING_OPENERS.iter().any(|o| text.starts_with(o));
        if let Some(draft) = self.draft.as_mut()
            && self.stray.is_empty()
            && !closing
        {
            match draft.fields.last_mut() {
                // A long heading wraps onto the next line.
                None => {
                    join(&mut draft.title, text);
                    return;
                }
                // Prose fields wrap over lines; a list or a date only follows a bare label.
                Some((field, current))
                    if matches!(field, Field::Target | Field::Measures) || current.is_empty() =>
                {
                    join(current, text);
                    return;
                }
                Some(_) => {}
            }
        }
        self.stray.push((line, text.to_string()));
    }

    /// The unlabelled paragraph after the last item becomes an item of its own.
    fn start_closing(&mut self) {
        self.close_item();
        let number = self.last_number + 1;
        let line = self.stray[0].0;
        let paragraph = self
            .stray
            .drain(..)
            .fold(String::new(), |mut acc, (_, text)| {
                join(&mut acc, &text);
                acc
            });
        self.draft = Some(Draft {
            number,
            section: None,
            title: CLOSING_TITLE.to_string(),
            line,
            closing: true,
            fields: vec![(Field::Measures, paragraph)],
        });
        self.closing_done = true;
    }

    /// Unlabelled text that belongs to no field.
    fn flush_stray(&mut self) {
        for (line, text) in std::mem::take(&mut self.stray) {
            // The trailer (`…办公室 2020年3月9日印发`, 抄送) is expected, not news.
            if !(text.ends_with("印发") || text.starts_with("抄送")) {
                self.warn(line, "text outside any field ignored");
            }
        }
    }

    fn finish(&mut self) {
        let closing = self
            .stray
            .first()
            .is_some_and(|(_, t)| CLOSING_OPENERS.iter().any(|o| t.starts_with(o)));
        if closing && !self.closing_done {
            self.start_closing();
        }
        self.flush_stray();
        self.close_item();
    }

    fn close_item(&mut self) {
        let Some(mut draft) = self.draft.take() else {
            return;
        };
        let n = draft.number;
        let line = draft.line;
        if !draft.closing && !draft.has(&[Field::Target]) {
            self.warn(line, format!("item {n} has no 目标任务 (target)"));
        }
        if !draft.has(&[Field::Measures]) {
            self.warn(line, format!("item {n} has no 工作措施 (measures)"));
        }
        if !draft.has(&[Field::Offices, Field::Lead, Field::Co]) {
            self.warn(line, format!("item {n} has no 责任单位 (offices)"));
        }
        let mut named: Vec<(String, Role)> = Vec::new();
        for (field, text) in &draft.fields {
            if !matches!(field, Field::Offices | Field::Lead | Field::Co) {
                continue;
            }
            for (i, name) in split_offices(text).into_iter().enumerate() {
                let role = match field {
                    Field::Offices if i == 0 && !named.iter().any(|(_, r)| *r == Role::Lead) => {
                        Role::Lead
                    }
                    Field::Lead => Role::Lead,
                    _ => Role::Co,
                };
                named.push((canonical(name), role));
            }
        }
        // Leads first, each office once (an alias may repeat a name).
        named.sort_by_key(|(_, role)| *role == Role::Co);
        let mut offices: Vec<OfficeRef> = Vec::new();
        for (name, role) in named {
            if !offices.iter().any(|o| o.name == name) {
                offices.push(OfficeRef {
                    group: is_group(&name),
                    name,
                    role,
                });
            }
        }
        let measures = draft.take(Field::Measures).unwrap_or_default();
        let measures = if draft.closing {
            vec![measures]
        } else {
            split_measures(&measures)
        };
        self.items.push(Item {
            number: n,
            section: draft.section,
            target: draft.take(Field::Target).unwrap_or_default(),
            measures,
            offices,
            deadline: draft.take(Field::Deadline).filter(|d| !d.is_empty()),
            persons: Vec::new(),
            title: draft.title,
            line,
        });
    }
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
    use super::super::header::{doc_number, parse_date};
    use super::*;

    #[test]
    fn hostile_numbers_are_refused_not_overflowed() {
        assert_eq!(number(&"百".repeat(300_000)), None, "no deep recursion");
        assert_eq!(number("九百九十九"), Some(999));
        assert_eq!(parse_date("99999999999年1月1日"), None);
        assert_eq!(parse_date("2020年99999999999月1日"), None);
        let doc = "一、部分\n4294967295.标题\n目标任务:x。\n工作措施:y。\n责任单位:办公室\n";
        assert!(parse(doc).is_err(), "no item can be numbered past the cap");
    }

    #[test]
    fn item_headings_need_a_separator_right_after_the_number() {
        assert_eq!(item_heading("1.进一步健全"), Some((1, "进一步健全")));
        assert_eq!(item_heading("12、 标题"), Some((12, "标题")));
        assert_eq!(item_heading("３．标题"), Some((3, "标题")));
        assert_eq!(item_heading("999999.标题"), Some((999_999, "标题")));
        assert_eq!(
            item_heading("1000000.标题"),
            None,
            "too large to be an item"
        );
        assert_eq!(item_heading("4294967299.标题"), None, "past u32");
        assert_eq!(
            item_heading("1.3万人以上"),
            None,
            "a decimal, not a heading"
        );
        assert_eq!(item_heading("2020年全省"), None);
        assert_eq!(item_heading("5.5%以内"), None);
        assert_eq!(item_heading("7."), None);
    }

    #[test]
    fn section_headings_take_chinese_numerals() {
        assert_eq!(
            section_heading("一、加强党的领导"),
            Some((1, "一", "加强党的领导"))
        );
        assert_eq!(section_heading("十一、其他"), Some((11, "十一", "其他")));
        assert_eq!(section_heading("一百、其他"), Some((100, "一百", "其他")));
        assert_eq!(
            section_heading("一百零五、其他"),
            Some((105, "一百零五", "其他"))
        );
        assert_eq!(
            section_heading("一百一十二、其他"),
            Some((112, "一百一十二", "其他"))
        );
        assert_eq!(
            section_heading("二十三、其他"),
            Some((23, "二十三", "其他"))
        );
        assert_eq!(section_heading("各市州教育局、高校"), None);
        assert_eq!(section_heading("一、"), None);
    }

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
    fn dates_in_arabic_or_chinese_digits() {
        assert_eq!(parse_date("2020年3月6日").as_deref(), Some("2020-03-06"));
        assert_eq!(
            parse_date("二〇二〇年三月十六日").as_deref(),
            Some("2020-03-16")
        );
        assert_eq!(parse_date("2020年2月30日"), None, "no such day");
        assert_eq!(parse_date("湖南省教育厅办公室 2020年3月9日印发"), None);
    }

    #[test]
    fn doc_numbers_get_uniform_brackets() {
        let want = Some("湘教发〔2020〕8号".to_string());
        assert_eq!(doc_number("湘教发〔2020〕8号"), want);
        assert_eq!(doc_number("湘教发[2020]8号"), want);
        assert_eq!(doc_number("湘教发（2020）8号"), want);
        assert_eq!(doc_number("湖南省教育厅文件 湘教发〔2020〕8号"), want);
        assert_eq!(doc_number("〔2020〕8号"), None, "no issuer prefix");
        assert_eq!(doc_number("湘教发〔20〕8号"), None);
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

    #[test]
    fn decode_borrows_utf8_and_converts_the_rest() {
        let text = "一、甲\n1.乙\n";
        assert!(matches!(decode(text.as_bytes()), Ok(Cow::Borrowed(t)) if t == text));
        let with_bom = [b"\xEF\xBB\xBF", text.as_bytes()].concat();
        assert!(matches!(decode(&with_bom), Ok(Cow::Borrowed(t)) if t == text));
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        assert!(matches!(decode(&gb), Ok(Cow::Owned(t)) if t == text));
    }

    #[test]
    fn control_bytes_are_found_in_any_block() {
        let clean = "甲".repeat(100).into_bytes();
        assert!(first_binary_byte(&clean).is_none());
        for at in [0, 1, 62, 63, 64, 65, 127, 128, 299] {
            for bad in [0x00, 0x08, 0x0e, 0x19, 0x1b, 0x1f, 0x7f] {
                let mut bytes = clean.clone();
                bytes[at] = bad;
                assert_eq!(first_binary_byte(&bytes), Some(at), "{bad:#x} at {at}");
                assert_eq!(decode(&bytes), Err(ParseError::Binary { offset: at }));
            }
        }
        for allowed in [b'\t', b'\n', 0x0b, 0x0c, b'\r', 0x1a] {
            let mut bytes = clean.clone();
            bytes[64] = allowed;
            assert_eq!(first_binary_byte(&bytes), None, "{allowed:#x}");
        }
    }

    #[test]
    fn decode_utf16_and_refuse_replacement_characters() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("一、甲".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).unwrap(), "一、甲");
        // GB18030 can encode U+FFFD itself: a sign of an earlier broken conversion.
        let (gb, _, _) = encoding_rs::GB18030.encode("甲\u{fffd}乙");
        assert_eq!(decode(&gb), Err(ParseError::Binary { offset: 0 }));
    }
}
