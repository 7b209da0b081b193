//! The catalogs agree with each other and with the code, and keep the house style.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

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
            PatternElement::Placeable { .. } => out.push('\u{1}'),
        }
    }
}

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

#[test]
fn chinese_sentences_use_full_width_punctuation() {
    let mut problems = Vec::new();
    for (id, text) in texts(ZH_FTL) {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let bad = match c {
                ',' | ':' | ';' | '(' | ')' | '!' | '"' => {
                    before.is_some_and(is_cjk) || after.is_some_and(is_cjk)
                }
                // "第3项." and "(见下)?" end Chinese sentences; "3.5" and ".docx" do not.
                '.' | '?' => before.is_some_and(is_han),
                _ => false,
            };
            if bad {
                problems.push(format!("{id}: half-width {c:?} beside Chinese in {text:?}"));
            }
            // No space between Chinese and a number (the style's rule).
            if c == ' '
                && ((before.is_some_and(is_han) && after.is_some_and(|a| a.is_ascii_digit()))
                    || (before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(is_han)))
            {
                problems.push(format!(
                    "{id}: a space between Chinese and a number in {text:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
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
    "board", "desk", "sv", "cli", "help", "export", "store", "plan",
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

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of a Rust file outside comments and `#[cfg(test)]` items,
/// with the code before each (to tell `pick(` calls).
fn literals(src: &str) -> Vec<String> {
    // Unit tests sit at the end of a file, after `#[cfg(test)]`.
    let src = match src.find("#[cfg(test)]") {
        Some(i) => &src[..i],
        None => src,
    };
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            '/' if b.get(i + 1) == Some(&'/') => {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
            }
            '/' if b.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('"', '\'', 'x') or a lifetime ('a).
                if b.get(i + 1) == Some(&'\\') {
                    i += 3;
                    while i < b.len() && b[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if b.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if matches!(b.get(i + 1), Some('"') | Some('#'))
                && !b
                    .get(i.wrapping_sub(1))
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                j += 1;
                let start = j;
                loop {
                    if j >= b.len() {
                        break;
                    }
                    if b[j] == '"' && (1..=hashes).all(|k| b.get(j + k) == Some(&'#')) {
                        break;
                    }
                    j += 1;
                }
                out.push(b[start..j.min(b.len())].iter().collect());
                i = j + 1 + hashes;
            }
            '"' => {
                let mut j = i + 1;
                let mut s = String::new();
                while j < b.len() && b[j] != '"' {
                    if b[j] == '\\' {
                        j += 1;
                    }
                    if let Some(&c) = b.get(j) {
                        s.push(c);
                    }
                    j += 1;
                }
                out.push(s);
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn source_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let rel = p
                .strip_prefix(root)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&p).ok()?;
            Some((rel, text))
        })
        .collect()
}

fn is_test_file(rel: &str) -> bool {
    rel.ends_with("/tests.rs") || rel.contains("/tests/") || rel.ends_with("_tests.rs")
}

fn looks_like_id(s: &str) -> bool {
    SECTIONS.iter().any(|sec| {
        s.strip_prefix(sec)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|rest| {
                !rest.is_empty()
                    && rest
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
    })
}

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
        let code = match text.find("#[cfg(test)]") {
            Some(i) => &text[..i],
            None => &text[..],
        };
        if code.contains("pick(") {
            problems.push(format!("{rel}: pick( (use the catalog)"));
        }
        for lit in literals(&text) {
            if lit.chars().any(is_han) {
                problems.push(format!("{rel}: Chinese literal {lit:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
