//! Plain text: one paragraph per non-blank line.

use crate::plan::blocks::{Block, Container, Document};

/// Splits decoded text into blocks, one per non-blank line, numbered by line.
pub fn read(text: &str) -> Document {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let blocks = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
        .map(|(at, line)| Block::Paragraph {
            text: line.to_string(),
            heading: None,
            at,
        })
        .collect();
    Document {
        container: Container::Text,
        blocks,
    }
}
