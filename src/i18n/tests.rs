//! The catalogs agree with each other and with the code, and keep the house style.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

mod source;
use source::*;

/// Each message's id and the variables it uses (`$name`).
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("the catalog does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                assert!(
                    m.attributes.is_empty(),
                    "{}: attributes are not used by duban",
                    m.id.name
                );
                let dup = out.insert(m.id.name.to_string(), vars);
                assert!(dup.is_none(), "{} is defined twice", m.id.name);
            }
            Entry::Junk { content } => panic!("junk in the catalog: {content}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// The text of every message (with its variants), for the style scans.
fn texts(source: &str) -> Vec<(String, String)> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(v) = &m.value
        {
            let mut text = String::new();
            pattern_text(v, &mut text);
            out.push((m.id.name.to_string(), text));
        }
    }
    out
}

fn pattern_text(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            // An argument stands for a word: a mark keeps "汉{ $n }(" from
            // hiding the half-width bracket behind it.
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for v in variants {
                    out.push('\u{1}');
                    pattern_text(&v.value, out);
                    out.push('\u{1}');
                }
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } if NUMERIC_ARGS.contains(&id.name) => out.push(NUMBER),
            PatternElement::Placeable { .. } => out.push('\u{1}'),
        }
    }
}

/// Stands for an argument that is a number, a date or a time.
const NUMBER: char = '\u{2}';

/// Arguments that are shown as a number, a date or a time (`第{ $n }项`,
/// `于{ $at }修改`): the style's "no space between Chinese and a number"
/// holds for them as for digits typed into the catalog.
const NUMERIC_ARGS: &[&str] = &[
    "n",
    "no",
    "number",
    "count",
    "total",
    "m",
    "at",
    "date",
    "due",
    "day",
    "days",
    "year",
    "month",
    "week",
    "quarter",
    "since",
    "until",
    "made",
    "today",
    "reply_by",
    "max",
    "min",
    "limit",
    "w",
    "h",
    "min_w",
    "min_h",
    "lo",
    "hi",
    "seconds",
    "owed",
    "overdue",
    "done",
    "kept",
    "added",
    "updated",
    "unchanged",
    "replaced",
    "confirmed",
    "urges",
    "blocked",
    "rows",
    "digits",
    "offset",
    "line",
];

/// Messages that quote what a user types or a document writes, where the half-width
/// form is the point, or lay out a line rather than write a sentence; and why.
const STYLE_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "cli-parse-not-a-plan",
        "quotes the numbering plans write: 1)",
    ),
    (
        "help-usage-options",
        "usage syntax: [选项] is optional, as in every man page",
    ),
    ("help-arg-edit-co", "quotes what to type: \"\""),
    (
        "export-show-urge",
        "a history line: the time, then who, as the columns of `show`",
    ),
];

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // CJK punctuation
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
        | '\u{2018}'..='\u{201D}' // curly quotes belong to Chinese text here
    )
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

#[test]
fn catalogs_parse_and_have_the_same_ids_and_arguments() {
    let zh = messages(ZH_FTL);
    let en = messages(EN_FTL);
    let mut problems = Vec::new();
    for (id, vars) in &zh {
        match en.get(id) {
            None => problems.push(format!("{id}: in zh, missing in en")),
            Some(v) if v != vars => {
                problems.push(format!("{id}: arguments differ: zh {vars:?}, en {v:?}"))
            }
            _ => {}
        }
    }
    for id in en.keys() {
        if !zh.contains_key(id) {
            problems.push(format!("{id}: in en, missing in zh"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The zh catalog keeps the punctuation and spacing of the style header.
///
/// An argument counts as a word: a half-width mark or a space next to it is judged
/// as next to the text it stands for. The rules, each one a finding:
/// - a half-width `, : ; ( ) ! "` with Chinese on either side, looking past one
///   space (`{ $number }: 已添加` is Chinese text with a half-width colon);
/// - `[` or `]` right beside a Han character (`[受阻]`; the style header says
///   which brackets to use instead);
/// - `.` or `?` right after a Han character (ends a Chinese sentence);
/// - 「」 anywhere (the style quotes with “”);
/// - a space between Chinese and a number, whether the number is typed (`第 3 项`) or
///   an argument that is a number, date or time (`于 { $at } 修改`; see
///   [`NUMERIC_ARGS`]), and a space between such an argument and another argument
///   (`措施{ $m } { $before }` reads “措施2 未完成”). A number that follows a
///   command word keeps its spaces (`运行 duban show { $number } 查看`), and so
///   does one after a user name (`{ $by } { $at }`).
#[test]
fn chinese_sentences_use_full_width_punctuation() {
    let mut problems = Vec::new();
    for (id, text) in texts(ZH_FTL) {
        if STYLE_EXCEPTIONS.iter().any(|(x, _)| *x == id) {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        // The neighbour of position i in a direction, looking past one space.
        let near = |i: usize, back: bool| -> Option<char> {
            let step = |k: usize| if back { k.checked_sub(1) } else { Some(k + 1) };
            let c = step(i).and_then(|k| chars.get(k).copied().map(|c| (k, c)))?;
            if c.1 == ' ' {
                step(c.0).and_then(|k| chars.get(k).copied())
            } else {
                Some(c.1)
            }
        };
        let chinese = |c: Option<char>| c.is_some_and(is_cjk);
        let numberish = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == NUMBER);
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                ',' | ':' | ';' | '(' | ')' | '!' | '"' => {
                    chinese(near(i, true)) || chinese(near(i, false))
                }
                // Brackets around Chinese words (`[受阻]`); `[board]` and `["m"]`
                // are what a user types and stay.
                '[' => after.is_some_and(is_han),
                ']' => before.is_some_and(is_han),
                // "第3项." and "(见下)?" end Chinese sentences; "3.5" and ".docx" do not.
                '.' | '?' => before.is_some_and(is_han),
                '「' | '」' => true,
                _ => false,
            };
            if bad {
                problems.push(format!("{id}: {c:?} beside Chinese in {}", shown(&text)));
            }
            if c == ' ' {
                let han = |c: Option<char>| c.is_some_and(is_han);
                let arg = |c: Option<char>| c == Some('\u{1}');
                // "duban show 3 查看": a number after a command word belongs to it.
                let in_command = i >= 3
                    && chars[i - 2] == ' '
                    && (chars[i - 3].is_ascii_alphanumeric() || chars[i - 3] == '-');
                let spaced = (han(before) && numberish(after))
                    || (numberish(before) && han(after) && !in_command)
                    || (before == Some(NUMBER) && arg(after) && !in_command);
                if spaced {
                    problems.push(format!(
                        "{id}: a space between Chinese and a number in {}",
                        shown(&text)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A scanned text with its argument marks made readable.
fn shown(text: &str) -> String {
    text.replace('\u{1}', "{ $arg }")
        .replace(NUMBER, "{ $num }")
}

#[test]
fn english_catalog_has_no_chinese() {
    let bad: Vec<String> = EN_FTL
        .lines()
        .enumerate()
        .filter(|(_, l)| l.chars().any(is_cjk))
        .map(|(n, l)| format!("line {}: {l}", n + 1))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_message_formats_its_arguments_without_isolation_marks() {
    let line = crate::t!(Lang::En, "cli-created-db", path = "/tmp/x.db");
    assert_eq!(line, "created a new database at /tmp/x.db");
    let zh = crate::t!(Lang::Zh, "cli-created-db", path = "/tmp/x.db");
    assert_eq!(zh, "已新建数据库 /tmp/x.db");
}

#[test]
fn a_missing_id_shows_the_id_and_does_not_panic() {
    assert_eq!(
        message(Lang::Zh, "no-such-message", None),
        "no-such-message"
    );
}

// ---- the code and the catalogs ----

/// The sections a message id starts with (see the catalogs' `##` headings).
const SECTIONS: &[&str] = &[
    "board", "desk", "sv", "cli", "help", "export", "store", "plan", "server",
];

/// Files allowed to hold Chinese string literals, and why: what a reader
/// recognises in documents and in typed input is vocabulary, not a message.
const VOCABULARY: &[(&str, &str)] = &[
    ("src/i18n.rs", "language names a user may type (中文)"),
    ("src/i18n/tests.rs", "the catalog tests"),
    (
        "src/plan/parse/decode.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/front.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/item.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/labels.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/mod.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/outline.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/outline/fields.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/runs.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/parse/table.rs",
        "the words a plan document is read by",
    ),
    (
        "src/plan/generate.rs",
        "the synthetic plans benchmarks import",
    ),
    ("src/store/test_support.rs", "test fixtures"),
    (
        "src/plan/words.rs",
        "status, source, level, field and cycle names typed on the command line and in \
         the edit form; the standing plan's stored title and key",
    ),
    (
        "src/plan/deadline.rs",
        "the deadline phrases plans write (年底前, 第三季度, 长期坚持)",
    ),
    (
        "src/plan/indicators.rs",
        "the units and comparison words a target's indicators are read by",
    ),
    (
        "src/plan/header.rs",
        "the words and numerals a plan's header is read by (通知, 总体要求, 〔2020〕)",
    ),
    (
        "src/plan/offices",
        "office names, aliases, group names and role words the office reader knows",
    ),
    (
        "src/plan/formats/html.rs",
        "the words a web page's navigation and footer are recognised by",
    ),
    (
        "src/plan/formats/sheet.rs",
        "the sheet names spreadsheet programs give (工作表1)",
    ),
    (
        "src/plan/formats/text.rs",
        "page markers (第3页) and the words a text file's layout is read by",
    ),
    (
        "src/plan/formats/docx/",
        "Word's numbering markers (甲乙丙, 壹贰叁) and style names (标题 1)",
    ),
    (
        "src/cli/docx_fonts.rs",
        "font names a Word document declares (仿宋_GB2312, 黑体), read by Word and WPS",
    ),
];

#[test]
fn every_id_the_code_names_is_in_the_catalog_and_every_message_is_used() {
    let catalog = messages(ZH_FTL);
    let mut used = BTreeSet::new();
    let mut unknown = Vec::new();
    for (rel, text) in source_files() {
        if rel.starts_with("src/i18n") || is_test_file(&rel) {
            continue;
        }
        for lit in literals(&text) {
            if looks_like_id(&lit) {
                if !catalog.contains_key(&lit) {
                    unknown.push(format!("{rel}: {lit}"));
                }
                used.insert(lit);
            }
        }
    }
    let unused: Vec<&String> = catalog.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        unknown.is_empty(),
        "ids the code names but no catalog has:\n{}",
        unknown.join("\n")
    );
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn sentences_live_only_in_the_catalogs() {
    let mut problems = Vec::new();
    for (rel, text) in source_files() {
        if is_test_file(&rel) || VOCABULARY.iter().any(|(p, _)| rel.starts_with(p)) {
            continue;
        }
        // The old two-language helper, spelt in two pieces so this test is not its hit.
        let old_pair = concat!("pick", "(");
        if without_test_items(&text).contains(old_pair) {
            problems.push(format!("{rel}: {old_pair} (use the catalog)"));
        }
        for lit in literals(&text) {
            if lit.chars().any(is_han) {
                problems.push(format!("{rel}: Chinese literal {lit:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_code_passes_each_message_the_arguments_it_uses() {
    let catalog = messages(ZH_FTL);
    let mut problems = Vec::new();
    let mut seen = 0;
    for (rel, text) in source_files() {
        if rel.starts_with("src/i18n") {
            continue;
        }
        for (id, names) in calls(&text) {
            let Some(vars) = catalog.get(&id) else {
                continue; // the ids test reports it
            };
            seen += 1;
            if &names != vars {
                problems.push(format!(
                    "{rel}: {id} is given {names:?}, the catalog uses {vars:?}"
                ));
            }
        }
    }
    assert!(seen > 100, "the call scanner found only {seen} calls");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// English literals in the board's code that are not shown as sentences, and why.
const TUI_ENGLISH: &[(&str, &str)] = &[
    (
        "the embedded keymap is valid TOML",
        "an expect() on the built-in keymap",
    ),
    ("never empty", "an expect() on the editor's lines"),
    (
        "DUBAN_DEBUG_PANIC: panicking on request",
        "the panic a test asks for",
    ),
    (
        "ended by signal {0}",
        "Interrupted's Display; the exit code says it, nothing prints it",
    ),
    // The reasons plan::deadline::DateError carries, matched to choose a message
    // (review 19 section 1: should become an enum in src/plan).
    ("no such month", "matched, not shown"),
    ("no such day in that month", "matched, not shown"),
];

/// The board speaks through the catalogs: an English phrase (two words or more)
/// in its code is a sentence that escaped them, unless [`TUI_ENGLISH`] says why not.
#[test]
fn the_board_has_no_english_sentences_in_code() {
    let mut problems = Vec::new();
    for (rel, text) in source_files() {
        if !rel.starts_with("src/tui") || is_test_file(&rel) {
            continue;
        }
        for lit in literals(&text) {
            let words = lit
                .split_whitespace()
                .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_alphabetic()))
                .count();
            if words >= 2 && !TUI_ENGLISH.iter().any(|(l, _)| *l == lit) {
                problems.push(format!("{rel}: English literal {lit:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_built_index_finds_every_message_where_it_is() {
    for lang in [Lang::Zh, Lang::En] {
        let catalog = super::catalog(lang);
        let spans = super::spans::spans(lang.source());
        assert_eq!(catalog.index.len(), spans.len(), "{lang:?}");
        for (id, span) in spans {
            assert_eq!(catalog.span(id), Some(span), "{lang:?} {id}");
        }
        assert_eq!(catalog.span("no-such-message"), None);
    }
}

#[test]
fn each_message_parses_alone_as_it_is_loaded() {
    for lang in [Lang::Zh, Lang::En] {
        let source = lang.source();
        let spans = super::spans::spans(source);
        let ids = messages(source);
        assert_eq!(spans.len(), ids.len(), "{lang:?}");
        let parsed = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
        let whole: BTreeMap<&str, _> = parsed
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some((m.id.name, m.value.clone())),
                _ => None,
            })
            .collect();
        for id in ids.keys() {
            let (start, end) = spans[id.as_str()];
            let alone = fluent_syntax::parser::parse(&source[start..end])
                .unwrap_or_else(|(_, e)| panic!("{lang:?} {id}: {e:?}"));
            let found: Vec<_> = alone
                .body
                .iter()
                .filter_map(|e| match e {
                    Entry::Message(m) => Some((m.id.name, m.value.clone())),
                    _ => None,
                })
                .collect();
            // The same message, with the same value, as the whole catalog holds.
            assert_eq!(
                found,
                [(id.as_str(), whole[id.as_str()].clone())],
                "{lang:?}"
            );
        }
    }
}
