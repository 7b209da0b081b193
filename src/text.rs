//! Text for a terminal: the one sanitizer for shown text, display-width truncation and wrapping.
//!
//! Widths are display columns over grapheme clusters (unicode-width, unicode-segmentation),
//! the same measure ratatui uses to lay out cells.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The mark shown in place of an invisible but dangerous character.
pub const REPLACEMENT: char = '\u{FFFD}';

/// The longest note, report, urge, reply or statement duban stores, in bytes
/// (about 21,000 Chinese characters): one co-worker's megabytes would otherwise be
/// read, wrapped and drawn by every board that opens the item.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// `s` cut to at most `max` bytes at a character boundary, and whether it was cut.
pub fn clip_bytes(s: &str, max: usize) -> (&str, bool) {
    if s.len() <= max {
        return (s, false);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    (&s[..end], true)
}

/// The ellipsis that ends a cut text.
pub const ELLIPSIS: &str = "…";

/// What `sanitize` does with one char: keep it, or show this instead.
fn replacement(c: char) -> Option<Cow<'static, str>> {
    match c {
        '\n' | '\t' => None,
        // C0 controls in caret notation, so ESC shows as ^[ and cannot start a sequence.
        '\0'..='\x1f' => Some(Cow::Owned(format!("^{}", ((c as u8) + 0x40) as char))),
        '\x7f' => Some(Cow::Borrowed("^?")),
        // C1 controls: a terminal may act on them (CSI is U+009B).
        '\u{80}'..='\u{9f}' => Some(Cow::Borrowed("\u{FFFD}")),
        // Bidi embeddings, overrides, isolates and marks reorder what is shown (Trojan Source).
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}'
        // Line/paragraph separators break lines behind the layout's back.
        | '\u{2028}'
        | '\u{2029}'
        // Interlinear annotations and deprecated format controls hide or reshape text.
        | '\u{fff9}'..='\u{fffb}'
        | '\u{2061}'..='\u{2064}'
        | '\u{206a}'..='\u{206f}' => Some(Cow::Borrowed("\u{FFFD}")),
        // Zero-width space, joiners, word joiner and BOM: terminals disagree on whether
        // they take a cell, so a card or border after them lands a column off. They
        // carry nothing a reader needs on screen: drop them.
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Some(Cow::Borrowed("")),
        _ => None,
    }
}

/// True for a character [`sanitize`] replaces (or drops): what JSON output writes
/// as `\uXXXX` instead, checked without building any text.
#[inline]
pub fn is_replaced(c: char) -> bool {
    let u = c as u32;
    // Printable ASCII and the CJK blocks, the rule, are answered at once.
    match u {
        0x20..=0x7e => false,
        0..=0x1f => c != '\n' && c != '\t',
        0x7f..=0x9f => true,
        0xa0..=0x5ff | 0x3000..=0xfefe => false,
        _ => replacement(c).is_some(),
    }
}

/// Bytes that never begin a character `sanitize` replaces: printable ASCII,
/// newline and tab, UTF-8 continuation bytes, and the lead bytes of U+00C0..U+05FF
/// and U+3000..U+EFFF (the CJK blocks). A run of them holds nothing to replace
/// but what began before it.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b, 0x20..=0x7e | 0x09 | 0x0a | 0x80..=0xbf | 0xc3..=0xd7 | 0xe3..=0xee);
        b += 1;
    }
    t
};

/// The byte offset of the first character of `s` that [`sanitize`] replaces (what
/// JSON output escapes), or `None`. Sixteen bytes at a time are passed when each
/// is [`PLAIN`] (no decoding, no chain from one byte to the next); a block that is
/// not is looked at a character at a time.
pub fn first_replaced(s: &str) -> Option<usize> {
    const BLOCK: usize = 16;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(block) = bytes.get(i..i + BLOCK)
            && block
                .iter()
                .fold(true, |plain, &b| plain & PLAIN[b as usize])
        {
            i += BLOCK;
            continue;
        }
        // The rest of a character begun before this block was passed with it.
        let end = (i + BLOCK).min(bytes.len());
        while i < end && (0x80..0xc0).contains(&bytes[i]) {
            i += 1;
        }
        while i < end {
            let c = s[i..].chars().next()?;
            if is_replaced(c) {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

/// The one sanitizer for shown text: control characters (ESC shows as `^[`), C1 controls,
/// bidi overrides/isolates and other invisible format characters become a visible mark.
/// Newlines and tabs are kept; see [`sanitize_line`] for one-line fields.
/// Borrows when there is nothing to replace.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    let Some(first) = first_replaced(s) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        match replacement(c) {
            Some(r) => out.push_str(&r),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`sanitize`] for a one-line field: newlines, carriage returns and tabs become spaces.
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    let clean = sanitize(s);
    if clean.contains(['\n', '\t']) {
        Cow::Owned(clean.replace(['\n', '\t'], " "))
    } else {
        clean
    }
}

/// True for a character duban never stores: C0 controls but newline and tab, DEL,
/// C1 controls, and the bidi embeddings, overrides, isolates and marks.
pub fn is_unstorable(c: char) -> bool {
    matches!(c,
        '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f' | '\u{80}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Text as duban stores it (notes, names, imported text): control characters and bidi
/// controls are dropped, a CR-LF or a lone CR becomes a newline. Borrows when clean.
pub fn clean_for_store(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c == '\r' || is_unstorable(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if is_unstorable(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`clean_for_store`] for a one-line field (a name): newlines and tabs become spaces.
pub fn clean_line_for_store(s: &str) -> Cow<'_, str> {
    let clean = clean_for_store(s);
    if clean.contains(['\n', '\t']) {
        Cow::Owned(clean.replace(['\n', '\t'], " "))
    } else {
        clean
    }
}

/// True for an invisible format character a name never carries: zero-width space
/// and joiners, word joiner and the invisible operators, BOM, soft hyphen, the
/// Mongolian vowel separator, tag characters, and the other format characters
/// (Unicode category Cf) that show nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}'
        | '\u{890}'..='\u{891}' | '\u{8e2}' | '\u{180e}' | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}'
        | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{110bd}' | '\u{110cd}'
        | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// A name (office, member, title) without its invisible characters ([`is_invisible`]),
/// so `基教\u{200b}处` is `基教处`: every entry point that takes a name calls this,
/// and two names that differ only by such characters are one name. Borrows when clean.
pub fn strip_invisible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_invisible) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !is_invisible(c)).collect())
}

/// Text for a Markdown document: what Markdown reads as a link, an image, HTML, a
/// table cell or code is escaped with a backslash, so a title someone wrote into
/// the file renders as the text it is (`>=` and the like stay as they are).
pub fn md_escape(s: &str) -> Cow<'_, str> {
    const MARKUP: &[char] = &['\\', '`', '[', ']', '<', '|'];
    if !s.contains(MARKUP) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if MARKUP.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// User text (a title, note, report, urge, reply, name) placed in a Markdown or
/// plain-text document: sanitized and flattened into one paragraph (its line
/// breaks become ` / `), so it cannot start a heading, list or table of its own;
/// for Markdown also escaped so that nothing in it is markup: links, images and
/// bare web addresses stay inert text. The one function every document writer
/// (export md, the stand-up, the bulletin) uses.
pub fn in_document(s: &str, md: bool) -> String {
    let clean = sanitize(s);
    let flat = clean
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ");
    if !md {
        return flat;
    }
    let mut out = md_escape(&flat).into_owned();
    // Bare addresses that GitHub-flavoured Markdown would turn into links.
    for (from, to) in [("://", ":\\/\\/"), ("www.", "www\\.")] {
        if out.contains(from) {
            out = out.replace(from, to);
        }
    }
    // A paragraph that would open a block (heading, quote, list, rule) as it stands.
    let opens_block = out.starts_with(['#', '>', '-', '+', '*', '=', '_', '~'])
        || out
            .find(|c: char| !c.is_ascii_digit())
            .is_some_and(|i| i > 0 && out[i..].starts_with(['.', ')']));
    if opens_block {
        out.insert(0, '\\');
    }
    out
}

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cuts `s` to at most `max` columns, ending with `…` when something was cut.
/// Never cuts through a grapheme cluster, so a wide character is dropped whole.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let budget = max - 1; // room for the ellipsis
    let mut used = 0;
    let mut end = 0;
    for (i, g) in s.grapheme_indices(true) {
        let w = width(g);
        if used + w > budget {
            break;
        }
        used += w;
        end = i + g.len();
    }
    let mut out = String::with_capacity(end + ELLIPSIS.len());
    out.push_str(&s[..end]);
    out.push_str(ELLIPSIS);
    Cow::Owned(out)
}

/// The last `max` columns of `s` (whole grapheme clusters): the end of a field
/// too long for its room, where the user types.
pub fn tail(s: &str, max: usize) -> &str {
    let mut used = 0;
    let mut start = s.len();
    for (i, g) in s.grapheme_indices(true).rev() {
        let w = width(g);
        if used + w > max {
            break;
        }
        used += w;
        start = i;
    }
    &s[start..]
}

/// `s` cut to `w` columns and padded with spaces to exactly `w` columns
/// (a wide char that would straddle the edge is replaced by padding).
pub fn fit(s: &str, w: usize) -> String {
    let cut = truncate(s, w);
    let pad = w.saturating_sub(width(&cut));
    let mut out = String::with_capacity(cut.len() + pad);
    out.push_str(&cut);
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// `s` cut to `w` columns and right-aligned in exactly `w` columns.
pub fn fit_right(s: &str, w: usize) -> String {
    let cut = truncate(s, w);
    let pad = w.saturating_sub(width(&cut));
    let mut out = String::with_capacity(cut.len() + pad);
    out.extend(std::iter::repeat_n(' ', pad));
    out.push_str(&cut);
    out
}

/// Wraps `s` to lines of at most `max` columns, breaking at newlines and, within a line,
/// between grapheme clusters (Chinese has no spaces to break at; Latin words are kept
/// whole when they fit on a line). Returns no lines when `max` is 0.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if max == 0 {
        return lines;
    }
    for para in s.split('\n') {
        wrap_paragraph(para, max, &mut lines);
    }
    lines
}

fn wrap_paragraph(para: &str, max: usize, lines: &mut Vec<String>) {
    let mut line = String::new();
    let mut used = 0;
    // Byte offset in `line` just after the last space, and the width up to it.
    let mut last_space: Option<(usize, usize)> = None;
    for g in para.graphemes(true) {
        let w = width(g);
        if used + w > max && !line.is_empty() {
            if g == " " {
                // Break at this space; it does not start the next line.
                lines.push(std::mem::take(&mut line));
                used = 0;
                last_space = None;
                continue;
            }
            match last_space {
                // Carry the unfinished Latin word to the next line.
                Some((at, at_w)) if at < line.len() && is_word(&line[at..]) => {
                    let rest = line.split_off(at);
                    lines.push(line.trim_end().to_string());
                    line = rest;
                    used -= at_w;
                }
                // Kinsoku: a closing mark (，。、）) never starts a line; the character
                // before it goes down with it.
                _ if is_closing(g) && line.chars().nth(1).is_some() => {
                    // Back over closing marks already at the end, and one more.
                    let mut at = prev_boundary(&line, line.len());
                    while at > 0 && is_closing(&line[at..next_boundary(&line, at)]) {
                        at = prev_boundary(&line, at);
                    }
                    let carried = line.split_off(at);
                    let carried_w = width(&carried);
                    if carried_w + w <= max && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line = carried;
                        used = carried_w;
                    } else {
                        line.push_str(&carried);
                        lines.push(std::mem::take(&mut line));
                        used = 0;
                    }
                }
                _ => {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
            }
            last_space = None;
        }
        line.push_str(g);
        used += w;
        if g == " " {
            last_space = Some((line.len(), used));
        }
    }
    lines.push(line);
}

/// `s` on at most `rows` lines of `max` columns, wrapped as `wrap` does (no line
/// starts with closing punctuation); what does not fit is cut with `…` on the last
/// line, which is padded to `max` like `fit`.
pub fn wrap_into(s: &str, max: usize, rows: usize) -> Vec<String> {
    if rows == 0 || max == 0 {
        return Vec::new();
    }
    let flat = s.replace('\n', " ");
    let mut lines = wrap(&flat, max);
    if lines.len() > rows {
        let rest = lines.split_off(rows - 1).concat();
        lines.push(truncate(&rest, max).into_owned());
    }
    if let Some(last) = lines.last_mut() {
        *last = fit(last, max);
    }
    lines
}

/// Punctuation that must not start a line (Chinese line-breaking rules, kinsoku).
pub fn is_closing(g: &str) -> bool {
    matches!(
        g,
        "，" | "。"
            | "、"
            | "）"
            | "；"
            | "："
            | "”"
            | "’"
            | "』"
            | "」"
            | "》"
            | "〉"
            | "】"
            | "〕"
            | "！"
            | "？"
            | "…"
            | ","
            | "."
            | ";"
            | ":"
            | "!"
            | "?"
            | ")"
            | "]"
    )
}

fn is_word(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || c.is_ascii_punctuation())
}

/// The byte offset of the grapheme boundary before `at` (0 at the start).
pub fn prev_boundary(s: &str, at: usize) -> usize {
    s[..at]
        .grapheme_indices(true)
        .next_back()
        .map(|(i, _)| i)
        .unwrap_or(0)
}

/// The byte offset of the grapheme boundary after `at` (`s.len()` at the end).
pub fn next_boundary(s: &str, at: usize) -> usize {
    s[at..]
        .graphemes(true)
        .next()
        .map(|g| at + g.len())
        .unwrap_or(s.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_title_wraps_into_two_rows_and_no_row_starts_with_closing_punctuation() {
        use super::{is_closing, width, wrap_into};
        let rows = wrap_into("推进学前教育，普及普惠发展", 10, 2);
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| width(r) <= 10), "{rows:?}");
        let second = rows[1].trim_end();
        assert!(
            !is_closing(&second[..second.chars().next().unwrap().len_utf8()]),
            "{rows:?}"
        );
        assert!(rows[0].starts_with("推进学前"), "{rows:?}");
        // A comma that would open the second row takes the character before it along.
        let rows = wrap_into("一二三四五，六七", 10, 2);
        assert_eq!(rows[0].trim_end(), "一二三四");
        assert!(rows[1].starts_with("五，"), "{rows:?}");
        // Too long for two rows: the last is cut with an ellipsis.
        let rows = wrap_into("一二三四五六七八九十甲乙丙丁戊己庚辛", 8, 2);
        assert_eq!(rows[0], "一二三四");
        assert!(rows[1].trim_end().ends_with('…'), "{rows:?}");
        // Short enough: one row, padded.
        assert_eq!(wrap_into("短", 4, 2), ["短  "]);
    }

    #[test]
    fn user_text_in_a_document_is_one_inert_paragraph() {
        use super::in_document;
        assert_eq!(in_document("甲\n\n# 乙\n", false), "甲 / # 乙");
        assert_eq!(in_document("# 乙", true), "\\# 乙");
        assert_eq!(in_document("12. 项", true), "\\12. 项");
        assert_eq!(in_document("2020年", true), "2020年");
        assert_eq!(
            in_document("见 [链接](https://x.cn) 和 www.x.cn", true),
            "见 \\[链接\\](https:\\/\\/x.cn) 和 www\\.x.cn"
        );
    }

    use super::*;

    #[test]
    fn first_replaced_finds_what_is_replaced_after_any_prefix() {
        for c in (0..0x3_0000u32)
            .chain(0xE_0000..0xE_0100)
            .filter_map(char::from_u32)
        {
            // JSON escapes both; every character duban does not store is replaced.
            assert!(!is_unstorable(c) || is_replaced(c), "U+{:04X}", c as u32);
            // Within the first block, across a block's end, in the second block.
            for text in [
                format!("a基\né{c}x"),
                format!("ab加强教育{c}xyz"),
                format!("加强教育督导 {c}x"),
            ] {
                let want = text
                    .char_indices()
                    .find(|&(_, c)| is_replaced(c))
                    .map(|(i, _)| i);
                assert_eq!(first_replaced(&text), want, "U+{:04X}", c as u32);
            }
        }
        // Past whole blocks, at every offset within them.
        for c in [
            '\x1b', '\x7f', '\r', '\u{9b}', '\u{202e}', '\u{feff}', '\u{2028}',
        ] {
            for pad in 0..20 {
                let head = format!("{}\n{}", "x".repeat(pad), " ".repeat(pad % 9));
                let text = format!("{head}{c}tail");
                assert_eq!(first_replaced(&text), Some(head.len()), "{pad} {c:?}");
                assert_eq!(first_replaced(&head), None, "{pad}");
            }
        }
        let mixed = "  \"title\": \"基教处，加强管理。~\\t\",\n".repeat(9);
        assert_eq!(first_replaced(&mixed), None);
        assert_eq!(first_replaced(""), None);
        assert_eq!(first_replaced("基教处\r\n"), Some(9));
    }

    #[test]
    fn is_replaced_is_what_sanitize_changes() {
        for c in (0..0x3_0000u32)
            .chain(0xE_0000..0xE_0100)
            .filter_map(char::from_u32)
        {
            let one = c.to_string();
            assert_eq!(is_replaced(c), sanitize(&one) != one, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn strip_invisible_removes_format_characters_and_keeps_the_rest() {
        assert!(matches!(strip_invisible("基教处"), Cow::Borrowed(_)));
        for hidden in [
            "\u{200b}",
            "\u{200c}",
            "\u{200d}",
            "\u{2060}",
            "\u{feff}",
            "\u{ad}",
            "\u{180e}",
            "\u{e0041}",
            "\u{e007f}",
            "\u{202e}",
            "\u{2063}",
            "\u{600}",
        ] {
            assert_eq!(
                strip_invisible(&format!("基{hidden}教处")),
                "基教处",
                "{hidden:?}"
            );
        }
        // Visible marks and spaces are not format characters.
        assert_eq!(strip_invisible("基教处·一 科"), "基教处·一 科");
    }

    #[test]
    fn sanitize_borrows_clean_text() {
        assert!(matches!(sanitize("基教处 plan 1"), Cow::Borrowed(_)));
        assert!(matches!(sanitize("a\nb\tc"), Cow::Borrowed(_)));
    }

    #[test]
    fn sanitize_shows_escape_and_c0_in_caret_notation() {
        assert_eq!(sanitize("a\x1b[31mred"), "a^[[31mred");
        assert_eq!(sanitize("\x07bell\r"), "^Gbell^M");
        assert_eq!(sanitize("\0"), "^@");
        assert_eq!(sanitize("del\x7f"), "del^?");
    }

    #[test]
    fn sanitize_replaces_c1_controls() {
        assert_eq!(sanitize("x\u{9b}31m"), "x\u{FFFD}31m");
        assert_eq!(sanitize("\u{85}"), "\u{FFFD}");
        assert_eq!(sanitize("\u{80}\u{9f}"), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn sanitize_replaces_bidi_controls() {
        for c in [
            '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{061c}',
        ] {
            let s = format!("ab{c}cd");
            assert_eq!(sanitize(&s), "ab\u{FFFD}cd", "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn sanitize_replaces_other_format_chars() {
        assert_eq!(sanitize("x\u{2028}y\u{2061}"), "x\u{FFFD}y\u{FFFD}");
    }

    #[test]
    fn sanitize_drops_zero_width_chars_so_width_matches_the_terminal() {
        let s = "\u{feff}基\u{200b}教\u{200d}处\u{2060}x\u{200c}";
        assert_eq!(sanitize(s), "基教处x");
        assert_eq!(width(&sanitize(s)), 7);
        assert_eq!(sanitize_line("a\u{200d}\nb"), "a b");
        // Every char left has the width it claims, alone or in a run.
        let all: String = (0x2000u32..0x2070).filter_map(char::from_u32).collect();
        let clean = sanitize(&all);
        let sum: usize = clean
            .chars()
            .map(|c| width(c.encode_utf8(&mut [0; 4])))
            .sum();
        assert_eq!(width(&clean), sum);
    }

    #[test]
    fn sanitized_text_has_no_control_left() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let clean = sanitize(&all);
        assert!(
            !clean
                .chars()
                .any(|c| (c.is_control() && c != '\n' && c != '\t') || replacement(c).is_some())
        );
    }

    #[test]
    fn sanitize_line_flattens_newlines_and_tabs() {
        assert_eq!(sanitize_line("a\nb\tc"), "a b c");
        assert_eq!(sanitize_line("a\r\nb"), "a^M b");
        assert!(matches!(sanitize_line("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn stored_text_loses_controls_and_bidi_but_keeps_lines() {
        assert_eq!(
            clean_for_store("X\x1b]52;c;SGVsbG8=\x07\x1b[2J"),
            "X]52;c;SGVsbG8=[2J"
        );
        assert_eq!(clean_for_store("a\u{9b}b\u{85}c\u{9d}d\x7f"), "abcd");
        assert_eq!(
            clean_for_store("abc\u{202e}def\u{2066}\u{200f}\u{61c}"),
            "abcdef"
        );
        assert_eq!(clean_for_store("a\r\nb\rc\td"), "a\nb\nc\td");
        assert!(matches!(
            clean_for_store("基教处\n备注\t1"),
            Cow::Borrowed(_)
        ));
        assert_eq!(clean_line_for_store("ali\x1bce\nbob"), "alice bob");
    }

    #[test]
    fn stored_text_has_no_unstorable_char_left() {
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let clean = clean_for_store(&all);
        assert!(!clean.chars().any(|c| is_unstorable(c) || c == '\r'));
        assert!(clean.contains('基') || clean.contains('\u{2fff}'));
    }

    #[test]
    fn tail_keeps_the_last_columns_in_whole_wide_characters() {
        assert_eq!(tail("abc督办", 4), "督办");
        assert_eq!(tail("abc督办", 5), "c督办");
        assert_eq!(tail("督办", 3), "办");
        assert_eq!(tail("督办", 10), "督办");
        assert_eq!(tail("督办", 0), "");
    }

    #[test]
    fn truncate_counts_columns_not_chars() {
        assert_eq!(truncate("基教处", 6), "基教处");
        assert_eq!(truncate("基教处", 5), "基教…");
        assert_eq!(truncate("基教处", 4), "基…");
        assert_eq!(width(&truncate("基教处", 4)), 3);
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("基", 1), "…");
        assert_eq!(truncate("", 3), "");
    }

    #[test]
    fn truncate_never_splits_a_grapheme() {
        let s = "e\u{301}e\u{301}e\u{301}"; // é as e + combining accent
        assert_eq!(truncate(s, 2), "e\u{301}…");
    }

    #[test]
    fn fit_pads_to_exact_width() {
        assert_eq!(fit("基教", 6), "基教  ");
        assert_eq!(fit("基教处室", 6), "基教… ");
        assert_eq!(width(&fit("基教处室", 6)), 6);
        assert_eq!(fit("ab", 0), "");
        assert_eq!(fit_right("13 项", 7), "  13 项");
        assert_eq!(width(&fit_right("基教处室", 5)), 5);
    }

    #[test]
    fn wrap_by_display_width() {
        assert_eq!(wrap("基教处职成处", 4), vec!["基教", "处职", "成处"]);
        assert_eq!(wrap("基教处", 5), vec!["基教", "处"]);
        assert_eq!(wrap("a\nb", 4), vec!["a", "b"]);
        assert_eq!(wrap("", 4), vec![""]);
        assert!(wrap("abc", 0).is_empty());
    }

    #[test]
    fn wrap_keeps_latin_words_whole() {
        assert_eq!(wrap("hello big world", 9), vec!["hello big", "world"]);
        assert_eq!(wrap("hello world", 8), vec!["hello", "world"]);
    }

    #[test]
    fn wrap_lines_never_exceed_width() {
        let s = "加强党对教育工作的全面领导 and some English words 一、二、三";
        for w in 2..30 {
            for line in wrap(s, w) {
                assert!(width(&line) <= w, "{line:?} at {w}");
            }
        }
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // At 8 columns, 。 would start the second line: 育 goes down with it.
        assert_eq!(wrap("推进教育。发展", 8), vec!["推进教", "育。发展"]);
        let s = "加强党的建设，全面从严治党；落实“两个责任”：压实责任、传导压力。（完）";
        // From three characters a line, where a character and two marks fit.
        for w in 6..30 {
            let lines = wrap(s, w);
            for line in &lines[1..] {
                let first = line.graphemes(true).next().unwrap_or("");
                assert!(!is_closing(first), "{line:?} at {w}: {lines:?}");
            }
            for line in &lines {
                assert!(width(line) <= w, "{line:?} at {w}");
            }
            assert_eq!(lines.concat(), s, "nothing lost at {w}");
        }
    }

    #[test]
    fn boundaries_step_over_whole_graphemes() {
        let s = "a基e\u{301}";
        assert_eq!(next_boundary(s, 0), 1);
        assert_eq!(next_boundary(s, 1), 4);
        assert_eq!(next_boundary(s, 4), s.len());
        assert_eq!(prev_boundary(s, s.len()), 4);
        assert_eq!(prev_boundary(s, 4), 1);
        assert_eq!(prev_boundary(s, 0), 0);
    }
}
