//! What a key asks the board to do, independent of which key it was.

use serde::Deserialize;

/// Every action a key can be bound to. The declaration order is the order of the help screen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    ColumnLeft,
    ColumnRight,
    Down,
    Up,
    First,
    Last,
    PageUp,
    PageDown,
    MovePrev,
    MoveNext,
    ReorderUp,
    ReorderDown,
    Open,
    Toggle,
    AddNote,
    EditNote,
    DeleteNote,
    OfficePicker,
    ClearOffice,
    ToggleLeadOnly,
    Search,
    Jump,
    Confirm,
    Newline,
    DeleteBack,
    DeleteForward,
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
    Yes,
    No,
    Help,
    Back,
    Quit,
    /// A typed character in a text field; never bound in a keymap file.
    #[serde(skip)]
    Input(char),
    /// Pasted text in a text field.
    #[serde(skip)]
    Paste(String),
}

/// Which part of the board has the keyboard; each has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    Board,
    Detail,
    Help,
    Picker,
    Search,
    Jump,
    Editor,
    Confirm,
}

impl Context {
    pub const ALL: [Context; 8] = [
        Context::Board,
        Context::Detail,
        Context::Help,
        Context::Picker,
        Context::Search,
        Context::Jump,
        Context::Editor,
        Context::Confirm,
    ];

    /// Text fields: an unbound printable key types itself.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Picker | Context::Search | Context::Jump | Context::Editor
        )
    }

    pub fn key(self) -> &'static str {
        match self {
            Context::Board => "board",
            Context::Detail => "detail",
            Context::Help => "help",
            Context::Picker => "picker",
            Context::Search => "search",
            Context::Jump => "jump",
            Context::Editor => "editor",
            Context::Confirm => "confirm",
        }
    }

    pub fn from_key(s: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.key() == s)
    }
}
