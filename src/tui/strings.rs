//! The board's words chosen by a match: what an action does, what a history event
//! was, what an undo reversed, a form field's name. Each arm names a catalog id.

use super::action::{Action, Context};
use super::state::form::FormField;
use crate::plan::Status;

pub use crate::i18n::Lang;

impl Lang {
    /// A status as the plan names it (the plan's own labels).
    pub fn status(self, s: Status) -> &'static str {
        match self {
            Lang::Zh => s.label_zh(),
            Lang::En => s.label_en(),
        }
    }

    /// A status's heading in the overview table (short enough for a narrow column).
    pub fn status_column(self, s: Status) -> String {
        self.msg(match s {
            Status::Todo => "board-col-todo",
            Status::Doing => "board-col-doing",
            Status::Blocked => "board-col-blocked",
            Status::Done => "board-col-done",
        })
    }

    /// A form field's name.
    pub fn form_field(self, f: FormField) -> String {
        self.msg(match f {
            FormField::Title => "desk-field-title",
            FormField::Lead => "desk-field-lead",
            FormField::Co => "desk-field-co",
            FormField::Due => "desk-field-due",
            FormField::Source => "desk-field-source",
            FormField::Ref => "desk-field-ref",
            FormField::Requirement => "desk-field-requirement",
        })
    }

    /// What an action does, for the help screen and the key-hint bar.
    pub fn action(self, ctx: Context, a: &Action) -> String {
        let id = match a {
            Action::ColumnLeft => "board-action-column-left",
            Action::ColumnRight => "board-action-column-right",
            Action::Down => match ctx {
                Context::Editor => "board-action-down-editor",
                Context::Board => "board-action-down-board",
                _ => "board-action-down-other",
            },
            Action::Up => match ctx {
                Context::Editor => "board-action-up-editor",
                Context::Board => "board-action-up-board",
                _ => "board-action-up-other",
            },
            Action::First => match ctx {
                Context::Board => "board-action-first-board",
                Context::Detail => "board-action-first-detail",
                _ => "board-action-first-other",
            },
            Action::Last => match ctx {
                Context::Board => "board-action-last-board",
                Context::Detail => "board-action-last-detail",
                _ => "board-action-last-other",
            },
            Action::PageUp => "board-action-page-up",
            Action::PageDown => "board-action-page-down",
            Action::MovePrev => "board-action-move-prev",
            Action::MoveNext => "board-action-move-next",
            Action::ReorderUp => "board-action-reorder-up",
            Action::ReorderDown => "board-action-reorder-down",
            Action::Open => "board-action-open",
            Action::ToggleHistory => "board-action-toggle-history",
            Action::ExternalEditor => "board-action-external-editor",
            Action::Copy => "board-action-copy",
            Action::Toggle => "board-action-toggle",
            Action::AddNote => "board-action-add-note",
            Action::EditNote => match ctx {
                Context::Detail => "board-action-edit-note-detail",
                _ => "board-action-edit-note-other",
            },
            Action::DeleteNote => match ctx {
                Context::Detail => "board-action-delete-note-detail",
                _ => "board-action-delete-note-other",
            },
            Action::OfficePicker => "board-action-office-picker",
            Action::ClearOffice => "board-action-clear-office",
            Action::PlanSwitcher => "board-action-plan-switcher",
            Action::ToggleLeadOnly => "board-action-toggle-lead-only",
            Action::Search => "board-action-search",
            Action::Jump => "board-action-jump",
            Action::Undo => "board-action-undo",
            Action::SetDue => "board-action-set-due",
            Action::Overview => "board-action-overview",
            Action::Changes => "board-action-changes",
            Action::SortNext => "board-action-sort-next",
            Action::SortReverse => "board-action-sort-reverse",
            Action::Confirm => match ctx {
                Context::Editor | Context::Date => "board-action-confirm-editor",
                Context::Overview => "board-action-confirm-overview",
                Context::Changes => "board-action-confirm-changes",
                Context::Plans => "board-action-confirm-plans",
                Context::Form => "board-action-confirm-form",
                _ => "board-action-confirm-other",
            },
            Action::Report => "board-action-report",
            Action::ConfirmDone => "board-action-confirm-done",
            Action::Reopen => "board-action-reopen",
            Action::Urged => "board-action-urged",
            Action::Reply => "board-action-reply",
            Action::Urge => "board-action-urge",
            Action::ConfirmQueue => "board-action-confirm-queue",
            Action::QuickFilter => "board-action-quick-filter",
            Action::FilterOverdue => "board-action-filter-overdue",
            Action::FilterDueSoon => "board-action-filter-due-soon",
            Action::FilterBlocked => "board-action-filter-blocked",
            Action::FilterUnreported => "board-action-filter-unreported",
            Action::FilterUrged => "board-action-filter-urged",
            Action::FilterAwaiting => "board-action-filter-awaiting",
            Action::FilterSource => "board-action-filter-source",
            Action::ClearFilter => "board-action-clear-filter",
            Action::RecordIndicator => "board-action-record-indicator",
            Action::AddItem => "board-action-add-item",
            Action::AddMeasure => "board-action-add-measure",
            Action::RetireItem => "board-action-retire-item",
            Action::NextField => "board-action-next-field",
            Action::PrevField => "board-action-prev-field",
            Action::Save => "board-action-save",
            Action::Newline => "board-action-newline",
            Action::DeleteBack => "board-action-delete-back",
            Action::DeleteForward => "board-action-delete-forward",
            Action::CursorLeft => "board-action-cursor-left",
            Action::CursorRight => "board-action-cursor-right",
            Action::LineStart => "board-action-line-start",
            Action::LineEnd => "board-action-line-end",
            Action::ClearLine => "board-action-clear-line",
            Action::DeleteWord => "board-action-delete-word",
            Action::Yes => "board-action-yes",
            Action::No => "board-action-no",
            Action::Help => "board-action-help",
            Action::Back => match ctx {
                Context::Board => "board-action-back-board",
                Context::Quick => "board-action-back-quick",
                Context::Editor
                | Context::Search
                | Context::Jump
                | Context::Picker
                | Context::Plans
                | Context::Form
                | Context::Date => "board-action-back-editor",
                _ => "board-action-back-other",
            },
            Action::Quit => "board-action-quit",
            Action::Input(_) | Action::Paste(_) => "board-action-input",
        };
        self.msg(id)
    }

    /// A history row's kind in words; `None` for kinds this build does not know.
    pub fn event(self, kind: &str, after: Option<&str>) -> Option<String> {
        let id = match (kind, after) {
            ("move", _) => "board-event-move",
            ("measure", Some("done")) => "board-event-tick",
            ("measure", _) => "board-event-untick",
            ("note_add", _) => "board-event-note-add",
            ("note_edit", _) => "board-event-note-edit",
            ("note_delete", _) => "board-event-note-delete",
            ("reorder", Some("up")) => "board-event-reorder-up",
            ("reorder", _) => "board-event-reorder-down",
            ("create", _) => "board-event-create",
            ("update", _) => "board-event-update",
            ("import", _) => "board-event-import",
            ("deadline", _) => "board-event-deadline",
            ("indicator", _) => "board-event-indicator",
            ("undo", _) => "board-event-undo",
            // The supervision loop (issue 12).
            ("report", _) => "board-event-report",
            ("urge", _) => "board-event-urge",
            ("urge_answer", _) => "board-event-urge-answer",
            ("close", _) => "board-event-close",
            ("confirm", _) => "board-event-confirm",
            ("reopen", _) => "board-event-reopen",
            _ => return None,
        };
        Some(self.msg(id))
    }

    /// Why a typed date was refused, in the words the command line uses.
    pub fn date_error(self, e: &crate::plan::deadline::DateError) -> String {
        use crate::plan::deadline::DateProblem;
        let reason = self.msg(match e.reason {
            DateProblem::NoSuchMonth => "board-date-no-month",
            DateProblem::NoSuchDay => "board-date-no-day",
            DateProblem::NotIso => "board-date-not-iso",
        });
        crate::t!(
            self,
            "board-date-refused",
            input = e.input.as_str(),
            reason = reason
        )
    }

    /// The kind of change undo reversed, as a noun for the undo message.
    pub fn change_kind(self, kind: &str) -> String {
        let id = match kind {
            "move" => "board-change-move",
            "reorder" => "board-change-reorder",
            "note_add" => "board-change-note-add",
            "note_edit" => "board-change-note-edit",
            "note_delete" => "board-change-note-delete",
            "measure" => "board-change-measure",
            "deadline" => "board-change-deadline",
            other => return other.to_string(),
        };
        self.msg(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::Keymap;

    #[test]
    fn every_bound_action_has_words_in_both_languages() {
        let km = Keymap::default_map();
        for ctx in Context::ALL {
            for (a, _) in km.bindings(ctx) {
                for lang in [Lang::Zh, Lang::En] {
                    let words = lang.action(ctx, a);
                    assert!(!words.starts_with("board-"), "{ctx:?} {a:?}: {words}");
                }
            }
        }
    }

    #[test]
    fn history_words_come_from_the_catalog_and_unknown_kinds_are_none() {
        assert_eq!(Lang::Zh.event("confirm", None).as_deref(), Some("销号"));
        assert_eq!(Lang::En.event("reopen", None).as_deref(), Some("reopened"));
        assert_eq!(Lang::Zh.event("no_such_kind", None), None);
        assert_eq!(Lang::En.change_kind("something_new"), "something_new");
    }

    #[test]
    fn a_refused_date_says_why_in_either_language() {
        let e = crate::plan::deadline::parse_iso("2020-02-30").unwrap_err();
        assert_eq!(
            Lang::Zh.date_error(&e),
            "“2020-02-30”不是有效日期：该月没有这一天（应写成 YYYY-MM-DD，如：2020-06-30）"
        );
        assert!(
            Lang::En
                .date_error(&e)
                .contains("no such day in that month")
        );
    }
}
