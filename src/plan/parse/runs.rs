//! Items run together in one paragraph (`（一）…。（二）…。（三）…`, `1.…；2.…`):
//! split where the numbers run on in order, each piece a paragraph of its own.

use std::borrow::Cow;

use super::item::{Style, item_heading, sub_heading};
use crate::plan::blocks::Block;

/// The blocks with every paragraph of run-together items split into one
/// paragraph per item (same position). Borrowed when nothing was split.
pub(super) fn expand(blocks: &[Block]) -> Cow<'_, [Block]> {
    let split_at = |b: &Block| match b {
        Block::Paragraph { text, .. } => cuts(text),
        Block::Row { .. } => Vec::new(),
    };
    if blocks.iter().all(|b| split_at(b).is_empty()) {
        return Cow::Borrowed(blocks);
    }
    let mut out = Vec::with_capacity(blocks.len() + 8);
    for block in blocks {
        let cuts = split_at(block);
        match block {
            Block::Paragraph { text, heading, at } if !cuts.is_empty() => {
                let mut from = 0;
                for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
                    let piece = text[from..cut].trim();
                    if !piece.is_empty() {
                        out.push(Block::Paragraph {
                            text: piece.to_string(),
                            heading: *heading,
                            at: *at,
                        });
                    }
                    from = cut;
                }
            }
            _ => out.push(block.clone()),
        }
    }
    Cow::Owned(out)
}

/// How an item marker is written, to find the next one in the same style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// `（一）`
    Sub,
    /// `1.` `（1）` `1)`
    Item(Style),
}

/// The marker opening `text` and its number.
fn marker(text: &str) -> Option<(Marker, u32)> {
    if let Some((n, ..)) = sub_heading(text) {
        return Some((Marker::Sub, n));
    }
    match item_heading(text)? {
        Ok((n, style, ..)) => Some((Marker::Item(style), n)),
        Err(_) => None,
    }
}

/// Byte offsets where the next items begin, when the paragraph opens with an
/// item marker and the following numbers (n+1, n+2…) appear in the same style
/// right after a stop (。；) or a closing bracket. None when the same number as
/// the opening one appears inside first (an enumeration of measures that restarts:
/// `1.标题：1.甲；2.乙`).
fn cuts(text: &str) -> Vec<usize> {
    // Most paragraphs hold no second marker: cheap tests first.
    if text.len() < 12 || !text.contains(['。', '；', ';', '）', ')', '〕', '］', '】']) {
        return Vec::new();
    }
    let Some((style, first)) = marker(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut expected = first.saturating_add(1);
    // After a stop an item may begin; after a colon or comma only an
    // enumeration, which tells that the numbers are measures.
    let mut prev_stop = false;
    let mut prev_colon = false;
    for (i, c) in text.char_indices() {
        if i > 0 && (prev_stop || prev_colon) {
            let rest = &text[i..];
            if let Some((s, n)) = marker(rest)
                && s == style
            {
                if n == expected && prev_stop {
                    out.push(i);
                    expected = expected.saturating_add(1);
                } else if n <= first && out.is_empty() {
                    return Vec::new();
                }
            }
        }
        prev_stop = matches!(
            c,
            '。' | '；' | ';' | '）' | ')' | '〕' | '］' | '】' | ' ' | '\u{3000}'
        );
        prev_colon = matches!(c, '：' | ':' | '，' | ',');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut from = 0;
        let mut out = Vec::new();
        for cut in cuts(text).into_iter().chain(std::iter::once(text.len())) {
            out.push(&text[from..cut]);
            from = cut;
        }
        out
    }

    #[test]
    fn sub_headings_run_together_split_in_order() {
        assert_eq!(
            pieces("（一）修路。（责任单位：甲局）（二）架桥。（责任单位：乙局）（三）植树。"),
            [
                "（一）修路。（责任单位：甲局）",
                "（二）架桥。（责任单位：乙局）",
                "（三）植树。"
            ]
        );
    }

    #[test]
    fn numbered_items_after_semicolons_split() {
        assert_eq!(
            pieces("1.清淤（甲站）；2.护坡（乙站）"),
            ["1.清淤（甲站）；", "2.护坡（乙站）"]
        );
    }

    #[test]
    fn an_enumeration_inside_an_item_is_not_split() {
        // Numbers that do not run on from the opening one.
        assert_eq!(pieces("3.加快发展。具体为：1.甲；2.乙。").len(), 1);
        // An enumeration restarting inside the first item.
        assert_eq!(pieces("1.加快发展。具体为：1.甲；2.乙。").len(), 1);
        // Another style.
        assert_eq!(pieces("（一）加快发展。1.甲；2.乙。").len(), 1);
        assert_eq!(pieces("1.加快发展。（1）甲；（2）乙。").len(), 1);
        // Not after a stop: a quantity.
        assert_eq!(pieces("1.新建学校2所，改造3所").len(), 1);
    }
}
