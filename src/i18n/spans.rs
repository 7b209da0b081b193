//! Where each message is in a catalog's text. build.rs includes this file to
//! write the index the binary looks messages up in; the catalog tests check the
//! index against it.

use std::collections::HashMap;

/// Where each message is in a catalog's text: from the line `id = ...` to the next
/// entry (message, term or comment); the lines between are the value's
/// continuation.
#[cfg_attr(not(test), allow(dead_code))]
pub fn spans(source: &str) -> HashMap<&str, (usize, usize)> {
    let mut spans = HashMap::new();
    let mut open: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        // Entries start in the first column with a letter (a message), `-` (a
        // term) or `#` (a comment); a select's closing brace may sit there too.
        let starts_entry =
            line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if starts_entry {
            if let Some((id, start)) = open.take() {
                spans.insert(id, (start, at));
            }
            let id = id_of(line);
            let is_message = line.contains('=')
                && id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_message {
                open = Some((id, at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = open {
        spans.insert(id, (start, source.len()));
    }
    spans
}

/// The id an entry's text starts with (`id = value`).
pub fn id_of(entry: &str) -> &str {
    entry.split('=').next().unwrap_or("").trim()
}

/// FNV-1a of a message id: what the index is sorted and searched by.
pub fn id_hash(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
