//! Key handling inside the pop-ups: help, office picker, search and jump lines,
//! note editor, delete confirmation.

use super::{App, Level, Modal};
use crate::tui::action::{Action, Context};
use crate::tui::state::detail::DetailState;
use crate::tui::state::editor::EditTarget;
use crate::tui::state::line::LineEditor;
use crate::tui::state::picker::PickerState;
use crate::tui::state::search::HitsChange;
use crate::tui::view;

impl App {
    pub(super) fn on_help(&mut self, action: Action) {
        let Some(Modal::Help { ctx, .. }) = &self.modal else {
            return;
        };
        let total = view::popups::help_rows(self, *ctx).len();
        let Some(Modal::Help { scroll, .. }) = &mut self.modal else {
            return;
        };
        let page = view::layout::help_rows(self.size.1);
        let max = total.saturating_sub(page);
        match action {
            Action::Down => *scroll = (*scroll + 1).min(max),
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll = (*scroll + page).min(max),
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            Action::First => *scroll = 0,
            Action::Last => *scroll = max,
            Action::Back | Action::Quit | Action::Help => self.modal = None,
            _ => {}
        }
    }

    pub(super) fn on_picker(&mut self, action: Action) {
        if let Some(Modal::FormPicker { .. }) = &self.modal {
            return self.on_form_picker(action);
        }
        let Some(Modal::Picker(picker)) = &mut self.modal else {
            return;
        };
        if picker.edit(|line| edit_line(line, &action)) || step_picker(picker, &action) {
            return;
        }
        match action {
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
        let Some(Modal::Search(line)) = &mut self.modal else {
            return;
        };
        if edit_line(line, &action) {
            self.search.set_query(line.text());
            // Typing on at the end of the query looks only at the cards it showed;
            // while the index is built, nothing changes until it is ready.
            match self.search.change() {
                HitsChange::Same => {}
                HitsChange::Narrower => {
                    let f = filters!(self);
                    self.board.narrow(|id| f.keeps(id));
                }
                HitsChange::Other => self.refilter(),
            }
            // Without the texts in the index, the candidates are read off the thread.
            self.sync_scan();
            return;
        }
        match action {
            Action::Confirm => {
                self.modal = None;
                self.store.keep_search_session(false);
                return self.say_when_search_finds_nothing();
            }
            Action::Back => {
                self.search.clear();
                self.modal = None;
            }
            _ => return,
        }
        self.store.keep_search_session(false);
        self.refilter();
    }

    /// An empty board after a search says why: nothing matched, or what matched
    /// lies outside the office filter (and how to lift it).
    pub(super) fn say_when_search_finds_nothing(&mut self) {
        let shown: usize = (0..4).map(|c| self.board.column_len(c)).sum();
        if !self.search.is_active() || shown > 0 {
            return;
        }
        let lang = self.lang;
        let elsewhere = self.board.count_where(|id| self.search.keeps(id));
        let text = match &self.office {
            Some(office) if elsewhere > 0 => {
                let key = self
                    .keymap
                    .first_key(Context::Board, &Action::ClearOffice)
                    .map(|k| k.to_string())
                    .unwrap_or_default();
                crate::t!(
                    lang,
                    "board-search-outside-office",
                    office = &office.name,
                    n = elsewhere,
                    key = &key
                )
            }
            _ => crate::t!(lang, "board-search-none", query = self.search.query()),
        };
        self.say(Level::Info, text);
    }

    pub(super) fn on_jump(&mut self, action: Action) {
        let Some(Modal::Jump(digits)) = &mut self.modal else {
            return;
        };
        // Only digits go in.
        let action = match action {
            Action::Input(c) if !c.is_ascii_digit() => return,
            Action::Paste(s) => Action::Paste(s.chars().filter(char::is_ascii_digit).collect()),
            other => other,
        };
        if edit_line(digits, &action) {
            return;
        }
        match action {
            Action::Confirm => {
                let number = digits.text().parse::<u32>().ok();
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
            Action::ExternalEditor => self.external = Some(editor.text().to_string()),
            Action::Confirm => {
                let text = editor.text().trim().to_string();
                let target = editor.target;
                if text.is_empty() {
                    self.modal = None;
                    if matches!(target, EditTarget::Close { .. }) {
                        self.say(Level::Info, self.lang.msg("sv-close-cancelled"));
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
                    EditTarget::Reply(item) => return self.save_reply(item, &text),
                    EditTarget::Urge(item) => return self.ask_reply_by(item, &text),
                    EditTarget::Target(_)
                    | EditTarget::Measure { .. }
                    | EditTarget::NewMeasure { .. }
                    | EditTarget::Retire(_) => return self.save_correction(target, &text),
                };
                match saved {
                    Ok(()) => {
                        self.modal = None;
                        self.refresh_items(&[item]);
                        self.say(Level::Info, self.lang.msg("board-note-saved"));
                    }
                    // The editor stays open so nothing typed is lost.
                    Err(e) => self.report(e),
                }
            }
            // Typed text is not thrown away without asking; Esc on an empty
            // completion statement cancels the move to done.
            Action::Back if matches!(editor.target, EditTarget::Close { .. }) => {
                self.say(Level::Info, self.lang.msg("sv-close-cancelled"));
                self.modal = None;
            }
            Action::Back if editor.text().trim().is_empty() => self.modal = None,
            Action::Back => self.modal = Some(Modal::ConfirmDiscard(editor.clone())),
            _ => {}
        }
    }

    pub(super) fn on_confirm(&mut self, action: Action) {
        if let Some(Modal::Ask(ask)) = &self.modal {
            return self.on_ask(action, ask.clone());
        }
        if let Some(Modal::ConfirmDiscardForm(_)) = &self.modal {
            return self.on_discard_form(action);
        }
        if let Some(Modal::ConfirmDiscard(editor)) = &self.modal {
            match action {
                Action::Yes => self.modal = None,
                Action::No => self.modal = Some(Modal::Editor(editor.clone())),
                _ => {}
            }
            return;
        }
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
                        self.say(Level::Info, self.lang.msg("board-note-deleted"));
                    }
                    Err(e) => self.report(e),
                }
            }
            Action::No => self.modal = None,
            _ => {}
        }
    }
}

/// Moves the office picker's selection for a movement key; false when `action` is not one.
pub(super) fn step_picker(picker: &mut PickerState, action: &Action) -> bool {
    match action {
        Action::Down => picker.step(1),
        Action::Up => picker.step(-1),
        Action::PageDown => picker.step(10),
        Action::PageUp => picker.step(-10),
        _ => return false,
    }
    true
}

/// Applies a one-line field's editing action to `line`; false when `action` is not one.
pub(super) fn edit_line(line: &mut LineEditor, action: &Action) -> bool {
    match action {
        Action::Input(c) => line.insert(*c),
        Action::Paste(s) => line.insert_str(&crate::text::sanitize_line(s)),
        Action::DeleteBack => line.delete_back(),
        Action::DeleteForward => line.delete_forward(),
        Action::CursorLeft => line.left(),
        Action::CursorRight => line.right(),
        Action::LineStart => line.home(),
        Action::LineEnd => line.end(),
        Action::ClearLine => line.clear_to_start(),
        Action::DeleteWord => line.delete_word(),
        _ => return false,
    }
    true
}
