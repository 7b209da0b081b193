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
    /// Copy the card as one line of text to the terminal's clipboard.
    Copy,
    Toggle,
    /// In the detail: the history alone, or the record again.
    ToggleHistory,
    AddNote,
    EditNote,
    /// Edit the note in `$VISUAL`/`$EDITOR`.
    ExternalEditor,
    DeleteNote,
    OfficePicker,
    ClearOffice,
    /// The plan switcher: a picker of the database's plans.
    PlanSwitcher,
    ToggleLeadOnly,
    Search,
    Jump,
    Undo,
    SetDue,
    Overview,
    Changes,
    SortNext,
    SortReverse,
    /// Write the item's progress report for the current period (进展报送).
    Report,
    /// Confirm a done item's close-out (销号; supervisors).
    ConfirmDone,
    /// Move a done item back to 推进中 with a reason (重新打开).
    Reopen,
    /// Show only the items whose urges wait on the user's offices, or all again.
    Urged,
    /// Answer the item's open urges (回复督办; its lead office).
    Reply,
    /// Urge the item's lead office (督办; supervisors): text, then reply-by date.
    Urge,
    /// The queue of done items waiting for 销号 (supervisors), or all again.
    ConfirmQueue,
    /// Open the quick-filter menu (`f`, then a letter).
    QuickFilter,
    FilterOverdue,
    FilterDueSoon,
    FilterBlocked,
    FilterUnreported,
    FilterUrged,
    FilterAwaiting,
    /// By source: each press takes the next source the board's items have.
    FilterSource,
    /// Take the quick filter off.
    ClearFilter,
    /// Record the value of the indicator under the cursor.
    RecordIndicator,
    /// A new item, through a form (supervisors).
    AddItem,
    /// A new measure after the one under the cursor.
    AddMeasure,
    /// Take the item off the board, with a reason (supervisors; asked first).
    RetireItem,
    /// In a form: the next field, the previous one, save the whole form.
    NextField,
    PrevField,
    Save,
    Confirm,
    Newline,
    DeleteBack,
    DeleteForward,
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
    /// Ctrl-U in a one-line field: delete to the start.
    ClearLine,
    /// Ctrl-W in a one-line field: delete the word before the cursor.
    DeleteWord,
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

impl Action {
    /// Actions that write to the database; a read-only board answers them with a message.
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Action::MovePrev
                | Action::MoveNext
                | Action::ReorderUp
                | Action::ReorderDown
                | Action::Toggle
                | Action::AddNote
                | Action::EditNote
                | Action::DeleteNote
                | Action::Undo
                | Action::SetDue
                | Action::Report
                | Action::ConfirmDone
                | Action::Reopen
                | Action::Reply
                | Action::Urge
                | Action::RecordIndicator
                | Action::AddItem
                | Action::AddMeasure
                | Action::RetireItem
        )
    }
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
    Overview,
    Changes,
    Date,
    /// The plan switcher.
    Plans,
    /// The quick-filter menu after `f`.
    Quick,
    /// A form with several fields (a new item).
    Form,
}

impl Context {
    pub const ALL: [Context; 14] = [
        Context::Board,
        Context::Detail,
        Context::Help,
        Context::Picker,
        Context::Search,
        Context::Jump,
        Context::Editor,
        Context::Confirm,
        Context::Overview,
        Context::Changes,
        Context::Date,
        Context::Plans,
        Context::Quick,
        Context::Form,
    ];

    /// Text fields: an unbound printable key types itself.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Picker
                | Context::Search
                | Context::Jump
                | Context::Editor
                | Context::Date
                | Context::Form
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
            Context::Overview => "overview",
            Context::Changes => "changes",
            Context::Date => "date",
            Context::Plans => "plans",
            Context::Quick => "quick",
            Context::Form => "form",
        }
    }

    pub fn from_key(s: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.key() == s)
    }
}
