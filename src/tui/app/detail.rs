//! Keys in the detail of one item: moving the focus, ticking, notes, corrections.

use super::{App, Level, Modal};
use crate::tui::action::{Action, Context};
use crate::tui::state::detail::Focus;
use crate::tui::state::editor::{EditTarget, EditorState};
use crate::tui::state::line::LineEditor;
use crate::tui::view;

impl App {
    pub(super) fn on_detail(&mut self, action: Action) {
        let Some(detail) = self.detail.as_mut() else {
            return;
        };
        let (w, h) = view::layout::detail_viewport(self.size.0, self.size.1);
        // The history view has nothing to focus: keys scroll it.
        if detail.is_history_view() && matches!(action, Action::Down | Action::Up) {
            let total = detail.rows(self.lang, &self.tz, w).len();
            detail.scroll_by(if action == Action::Down { 1 } else { -1 }, total, h);
            return;
        }
        match action {
            Action::ToggleHistory => detail.toggle_history(),
            Action::Down => detail.step(1),
            Action::Up => detail.step(-1),
            Action::First => detail.first_entry(),
            Action::Last => detail.step(isize::MAX / 2),
            Action::PageDown | Action::PageUp => {
                let total = detail.rows(self.lang, &self.tz, w).len();
                let page = h.max(1) as isize;
                let delta = if action == Action::PageDown {
                    page
                } else {
                    -page
                };
                detail.scroll_by(delta, total, h);
                return;
            }
            Action::Toggle => {
                if let Some(Focus::Measure(i)) = detail.focus() {
                    let id = detail.id();
                    let done = !detail.record.measures[i].done;
                    match self.store.set_measure_done(id, i as u32 + 1, done) {
                        Ok(()) => self.refresh_items(&[id]),
                        Err(e) => self.report(e),
                    }
                }
            }
            Action::MovePrev => self.move_selected(false),
            Action::MoveNext => self.move_selected(true),
            Action::Copy => self.copy_card(),
            Action::AddNote => {
                let target = EditTarget::NewNote(detail.id());
                self.modal = Some(Modal::Editor(EditorState::new(target, "")));
            }
            Action::ExternalEditor => {
                // On one of the user's own notes: edit it; anywhere else: a new note.
                let item = detail.id();
                let target = match detail.focused_note() {
                    Some(n) if n.author == self.store.actor() => {
                        (EditTarget::EditNote { item, note: n.id }, n.text.clone())
                    }
                    _ => (EditTarget::NewNote(item), String::new()),
                };
                self.external = Some(target.1.clone());
                self.modal = Some(Modal::Editor(EditorState::new(target.0, &target.1)));
            }
            // `e` and `d` act on what is under the cursor: a note as before; `e`
            // corrects a field, a measure or the offices; `d` removes a measure.
            Action::EditNote if detail.focused_note().is_none() => self.edit_field(),
            Action::DeleteNote if matches!(detail.focus(), Some(Focus::Measure(_))) => {
                self.ask_remove_measure()
            }
            Action::EditNote | Action::DeleteNote => {
                let item = detail.id();
                let Some(note) = detail.focused_note() else {
                    return self.say(Level::Warn, self.lang.msg("board-select-note"));
                };
                if note.author != self.store.actor() {
                    return self.say(Level::Warn, self.lang.msg("board-not-your-note"));
                }
                self.modal = Some(if action == Action::EditNote {
                    let target = EditTarget::EditNote {
                        item,
                        note: note.id,
                    };
                    Modal::Editor(EditorState::new(target, &note.text))
                } else {
                    Modal::ConfirmDelete(note.id)
                });
            }
            Action::SetDue => {
                let due = detail.record.due.clone().unwrap_or_default();
                self.modal = Some(Modal::Date {
                    line: LineEditor::prefilled(&due).with_max_chars(16),
                    error: None,
                });
            }
            Action::Report => self.start_report(),
            Action::ConfirmDone => self.confirm_done(),
            Action::Reopen => self.start_reopen(),
            Action::Reply => self.start_reply(),
            Action::Urge => self.start_urge(),
            Action::RecordIndicator => self.start_indicator(),
            Action::AddMeasure => self.start_add_measure(),
            Action::Undo => self.undo(),
            Action::Help => self.open_help(Context::Detail),
            Action::Back => self.detail = None,
            Action::Quit => self.quit = true,
            _ => {}
        }
        self.keep_detail_focus();
    }
}
