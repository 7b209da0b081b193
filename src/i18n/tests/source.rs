//! Reading duban's own Rust source for the catalog tests: the files, a small lexer
//! (comments, char and string literals), string literals outside test items, and
//! the `t!` / `msg` calls with the argument names they pass.

use super::*;

pub(super) fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
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

/// What the small Rust lexer below finds: a comment, a char literal, or a string
/// literal (raw or not), with the chars its content spans.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Lexeme {
    Comment,
    Char,
    Str { raw: bool },
}

/// The comments and literals of Rust source (as chars), in order, each with the
/// range of its content: the whole comment, the inside of a literal.
pub(super) fn lexemes(b: &[char]) -> Vec<(Lexeme, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            '/' if b.get(i + 1) == Some(&'/') => {
                let s = i;
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
                out.push((Lexeme::Comment, s..i));
            }
            '/' if b.get(i + 1) == Some(&'*') => {
                let s = i;
                i += 2;
                while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
                out.push((Lexeme::Comment, s..i.min(b.len())));
            }
            '\'' => {
                // A char literal ('"', '\'', 'x') or a lifetime ('a).
                let s = i;
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
                    continue;
                }
                out.push((Lexeme::Char, s + 1..(i - 1).min(b.len())));
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
                let s = j + 1;
                j += 1;
                while j < b.len()
                    && !(b[j] == '"' && (1..=hashes).all(|k| b.get(j + k) == Some(&'#')))
                {
                    j += 1;
                }
                out.push((Lexeme::Str { raw: true }, s..j.min(b.len())));
                i = j + 1 + hashes;
            }
            '"' => {
                let s = i + 1;
                let mut j = i + 1;
                while j < b.len() && b[j] != '"' {
                    if b[j] == '\\' {
                        j += 1;
                    }
                    j += 1;
                }
                out.push((Lexeme::Str { raw: false }, s..j.min(b.len())));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The source with comments, string and char literals blanked out (same length in
/// chars, newlines kept), so braces and attributes can be matched in code only.
pub(super) fn masked(src: &str) -> Vec<char> {
    let b: Vec<char> = src.chars().collect();
    let mut m = b.clone();
    for (_, range) in lexemes(&b) {
        for c in &mut m[range] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    }
    m
}

/// The source without the items `#[cfg(test)]` marks: the attribute and the one
/// item after it (a `mod tests { ... }` block, a `use ...;`, a `fn` with its
/// body). Code after that item is kept: an attribute on a `use` near the top of
/// a file must not hide the file.
pub(super) fn without_test_items(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let m = masked(src);
    let attr: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut keep = vec![true; b.len()];
    let mut i = 0;
    while i + attr.len() <= m.len() {
        if m[i..i + attr.len()] != attr[..] {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + attr.len();
        let mut depth = 0usize;
        let mut opened = false;
        while j < m.len() {
            match m[j] {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    if opened && depth == 0 {
                        j += 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    j += 1;
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        for k in keep.iter_mut().take(j.min(b.len())).skip(start) {
            *k = false;
        }
        i = j;
    }
    b.iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(*c))
        .collect()
}

/// The string literals of a Rust file outside comments and `#[cfg(test)]` items
/// (an escape is read as the character after its backslash).
pub(super) fn literals(src: &str) -> Vec<String> {
    let b: Vec<char> = without_test_items(src).chars().collect();
    lexemes(&b)
        .into_iter()
        .filter_map(|(kind, range)| match kind {
            Lexeme::Str { raw: true } => Some(b[range].iter().collect()),
            Lexeme::Str { raw: false } => {
                let mut s = String::new();
                let mut chars = b[range].iter();
                while let Some(&c) = chars.next() {
                    let c = if c == '\\' {
                        chars.next().copied()
                    } else {
                        Some(c)
                    };
                    s.extend(c);
                }
                Some(s)
            }
            _ => None,
        })
        .collect()
}

pub(super) fn source_files() -> Vec<(String, String)> {
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

pub(super) fn is_test_file(rel: &str) -> bool {
    rel.ends_with("/tests.rs") || rel.contains("/tests/") || rel.ends_with("_tests.rs")
}

pub(super) fn looks_like_id(s: &str) -> bool {
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

/// The `t!(lang, "id", name = value, ...)` calls of a file: each id with the argument
/// names the code passes (`lang.msg("id")` passes none).
pub(super) fn calls(src: &str) -> Vec<(String, BTreeSet<String>)> {
    let b: Vec<char> = src.chars().collect();
    let m = masked(src);
    let text = |from: usize, to: usize| -> String { b[from..to].iter().collect() };
    let mut out = Vec::new();
    for (i, _) in m.iter().enumerate() {
        let opener = if m[i..].starts_with(&['t', '!', '(']) {
            3
        } else if m[i..].starts_with(&['.', 'm', 's', 'g', '(']) {
            5
        } else {
            continue;
        };
        if opener == 3 && i > 0 && (m[i - 1].is_alphanumeric() || m[i - 1] == '_') {
            continue;
        }
        // The top-level commas up to the closing parenthesis.
        let start = i + opener;
        let mut depth = 0usize;
        let mut parts = Vec::new();
        let mut from = start;
        let mut j = start;
        while j < m.len() {
            match m[j] {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(text(from, j));
                    from = j + 1;
                }
                _ => {}
            }
            j += 1;
        }
        parts.push(text(from, j.min(b.len())));
        let parts: Vec<String> = parts
            .into_iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        let id_at = if opener == 3 { 1 } else { 0 };
        let Some(id) = parts
            .get(id_at)
            .and_then(|p| p.strip_prefix('"'))
            .and_then(|p| p.strip_suffix('"'))
        else {
            continue;
        };
        if !looks_like_id(id) {
            continue;
        }
        let names = parts
            .iter()
            .skip(id_at + 1)
            .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_string()))
            .collect();
        out.push((id.to_string(), names));
    }
    out
}

#[test]
fn a_test_item_hides_only_itself() {
    let src = "#[cfg(test)]\nuse crate::text;\nfn real() { \"看板\" }\n\
               #[cfg(test)]\nmod tests { fn t() { let _ = \"}{\"; } }\nfn after() { \"x\" }\n";
    assert_eq!(literals(src), vec!["看板".to_string(), "x".to_string()]);
}

#[test]
fn the_call_scanner_reads_names_and_ids() {
    let src =
        r#"let a = t!(lang, "board-x", n = v.len(), at = f(a, b)); let b = lang.msg("board-y");"#;
    let got = calls(src);
    assert_eq!(got[0].0, "board-x");
    assert_eq!(
        got[0].1,
        ["at", "n"]
            .iter()
            .map(|s| s.to_string())
            .collect::<BTreeSet<_>>()
    );
    assert_eq!(got[1], ("board-y".to_string(), BTreeSet::new()));
}
