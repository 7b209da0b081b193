//! Key handling inside the pop-ups: help, office picker, search and jump lines,
//! note editor, delete confirmation.

use super::{App, Level, Modal};
use crate::tui::action::Action;
use crate::tui::state::detail::DetailState;
use crate::tui::state::editor::EditTarget;
use crate::tui::view;

impl App {
    pub(super) fn on_help(&mut self, action: Action) {
        let Some(Modal::Help { ctx, scroll }) = &mut self.modal else {
            return;
        };
        let total = self.keymap.bindings(*ctx).count();
        let page = view::layout::help_rows(self.size.1);
        let max = total.saturating_sub(page);
        match action {
            Action::Down => *scroll = (*scroll + 1).min(max),
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll = (*scroll + page).min(max),
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            Action::Back | Action::Quit | Action::Help => self.modal = None,
            _ => {}
        }
    }

    pub(super) fn on_picker(&mut self, action: Action) {
        let Some(Modal::Picker(picker)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Input(c) => picker.push(c),
            Action::Paste(s) => picker.push_str(&s),
            Action::DeleteBack => picker.pop(),
            Action::Down => picker.step(1),
            Action::Up => picker.step(-1),
            Action::PageDown => picker.step(10),
            Action::PageUp => picker.step(-10),
            Action::ToggleLeadOnly => picker.lead_only = !picker.lead_only,
            Action::Confirm => {
                if let Some(name) = picker.selected().map(str::to_string) {
                    let lead_only = picker.lead_only;
                    self.modal = None;
                    self.apply_office(name, lead_only);
                }
            }
            Action::Back => self.modal = None,
            _ => {}
        }
    }

    pub(super) fn on_search(&mut self, action: Action) {
        match action {
            Action::Input(c) => self.search.push(c),
            Action::Paste(s) => self.search.push_str(&s),
            Action::DeleteBack => self.search.pop(),
            Action::Confirm => {
                self.modal = None;
                return;
            }
            Action::Back => {
                self.search.clear();
                self.modal = None;
            }
            _ => return,
        }
        self.refilter();
    }

    pub(super) fn on_jump(&mut self, action: Action) {
        let Some(Modal::Jump(digits)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Input(c) if c.is_ascii_digit() && digits.len() < 9 => digits.push(c),
            Action::Paste(s) => digits.extend(s.chars().filter(char::is_ascii_digit).take(9)),
            Action::DeleteBack => {
                digits.pop();
            }
            Action::Confirm => {
                let number = digits.parse::<u32>().ok();
                self.modal = None;
                if let Some(n) = number {
                    self.jump_to(n);
                }
            }
            Action::Back => self.modal = None,
            _ => {}
        }
    }

    pub(super) fn on_editor(&mut self, action: Action) {
        let Some(Modal::Editor(editor)) = &mut self.modal else {
            return;
        };
        match action {
            Action::Input(c) => editor.insert_char(c),
            Action::Paste(s) => editor.insert_str(&s),
            Action::Newline => editor.insert_char('\n'),
            Action::DeleteBack => editor.delete_back(),
            Action::DeleteForward => editor.delete_forward(),
            Action::CursorLeft => editor.left(),
            Action::CursorRight => editor.right(),
            Action::Up => editor.vertical(false),
            Action::Down => editor.vertical(true),
            Action::LineStart => editor.line_start(),
            Action::LineEnd => editor.line_end(),
            Action::Confirm => {
                let text = editor.text().trim().to_string();
                let target = editor.target;
                if text.is_empty() {
                    self.modal = None;
                    if matches!(target, EditTarget::Close { .. }) {
                        self.say(Level::Info, self.lang.sv().close_cancelled.into());
                    }
                    return;
                }
                let (item, saved) = match target {
                    EditTarget::NewNote(item) => {
                        (item, self.store.add_note(item, &text).map(|_| ()))
                    }
                    EditTarget::EditNote { item, note } => {
                        (item, self.store.edit_note(note, &text))
                    }
                    EditTarget::Report(item) => return self.save_report(item, &text),
                    EditTarget::Close { item, version } => {
                        return self.save_close(item, version, &text);
                    }
                    EditTarget::Reopen(item) => return self.save_reopen(item, &text),
                };
                match saved {
                    Ok(()) => {
                        self.modal = None;
                        self.refresh_items(&[item]);
                        self.say(Level::Info, self.lang.strings().note_saved.into());
                    }
                    // The editor stays open so nothing typed is lost.
                    Err(e) => self.report(e),
                }
            }
            Action::Back => {
                // Esc on a completion statement cancels the move to done.
                if matches!(editor.target, EditTarget::Close { .. }) {
                    self.say(Level::Info, self.lang.sv().close_cancelled.into());
                }
                self.modal = None;
            }
            _ => {}
        }
    }

    pub(super) fn on_confirm(&mut self, action: Action) {
        let Some(Modal::ConfirmDelete(note)) = self.modal else {
            return;
        };
        match action {
            Action::Yes => {
                self.modal = None;
                match self.store.delete_note(note) {
                    Ok(()) => {
                        match self.detail.as_ref().map(DetailState::id) {
                            Some(item) => self.refresh_items(&[item]),
                            None => self.reload(),
                        }
                        self.say(Level::Info, self.lang.strings().note_deleted.into());
                    }
                    Err(e) => self.report(e),
                }
            }
            Action::No => self.modal = None,
            _ => {}
        }
    }
}
