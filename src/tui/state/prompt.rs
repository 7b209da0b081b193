//! One-line prompts beyond the deadline's, and the yes/no questions asked before
//! a write that is not lightly taken back.

use crate::store::ItemId;
use crate::tui::state::line::LineEditor;

/// What a one-line prompt is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// The reply-by date of an urge whose text was written in the editor.
    ReplyBy { item: ItemId, text: String },
    /// The item's title, corrected.
    Title { item: ItemId },
    /// The value of an item's `ordinal`-th indicator (1-based).
    Indicator {
        item: ItemId,
        ordinal: u32,
        text: String,
        unit: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub line: LineEditor,
    /// Why the last entry was refused; the prompt stays open with it.
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(kind: PromptKind, line: LineEditor) -> Prompt {
        Prompt {
            kind,
            line,
            error: None,
        }
    }
}

/// A question the user answers with y or n before the write happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// Confirm a done item's close-out (销号).
    Confirm { item: ItemId },
    /// Remove the item's `ordinal`-th measure (1-based).
    RemoveMeasure { item: ItemId, ordinal: u32 },
    /// Take the item off the board for `reason`.
    Retire { item: ItemId, reason: String },
}
