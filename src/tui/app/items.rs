//! Adding, correcting and retiring items from the board (supervisors; a lead
//! office's members for the target and measures of their own items). Every flow
//! asks the rules first, so a refusal comes before anything is typed.

use super::{App, Level, Modal};
use crate::plan::adhoc;
use crate::store::rules::Act;
use crate::store::{ItemEdit, ItemId, OfficeStats, StoreError};
use crate::tui::action::Action;
use crate::tui::state::detail::Focus;
use crate::tui::state::editor::{EditTarget, EditorState};
use crate::tui::state::form::{FormField, FormMode, ItemForm};
use crate::tui::state::line::LineEditor;
use crate::tui::state::picker::PickerState;
use crate::tui::state::prompt::{Ask, Prompt, PromptKind};
use crate::tui::strings::Lang;

/// The question asked before removing a measure or retiring an item.
pub(super) fn ask_text(app: &App, ask: &Ask, number: &str, title: &str) -> String {
    let lang = app.lang;
    match ask {
        Ask::RemoveMeasure { item, ordinal } => {
            let text = app
                .detail
                .as_ref()
                .filter(|d| d.id() == *item)
                .and_then(|d| d.record.measures.get(*ordinal as usize - 1))
                .map(|m| crate::text::truncate(&m.text, 20).into_owned())
                .unwrap_or_default();
            crate::t!(
                lang,
                "desk-ask-remove-measure",
                n = number,
                m = ordinal,
                text = &text
            )
        }
        Ask::Retire { reason, .. } => {
            let reason = crate::text::truncate(reason, 30).into_owned();
            crate::t!(
                lang,
                "desk-ask-retire",
                n = number,
                title = title,
                reason = &reason
            )
        }
        Ask::Confirm { .. } => String::new(),
    }
}

impl App {
    /// The store's refusal or error in the board's words, without showing it.
    fn error_text(&mut self, e: StoreError) -> String {
        self.report(e);
        self.message.take().map(|m| m.text).unwrap_or_default()
    }

    // --- a new item ---

    /// Opens the new-item form, unless the rules refuse adding items.
    pub(super) fn start_add_item(&mut self) {
        if let Err(e) = self.store.check(Act::AddItem, None) {
            return self.report(e);
        }
        self.modal = Some(Modal::Form(ItemForm::new_item()));
    }

    pub(super) fn on_form(&mut self, action: Action) {
        let Some(Modal::Form(form)) = &mut self.modal else {
            return;
        };
        if let Some(line) = form.line_mut()
            && super::modals::edit_line(line, &action)
        {
            form.error = None;
            return;
        }
        let field = form.field();
        match action {
            Action::NextField => form.step(true),
            Action::PrevField => form.step(false),
            Action::Save => self.save_form(),
            Action::Confirm => match field {
                FormField::Lead | FormField::Co => self.open_form_picker(None),
                FormField::Due => {
                    let typed = form.due.as_ref().map_or("", |(t, _)| t.as_str());
                    let line = LineEditor::prefilled(typed).with_max_chars(24);
                    let form = form.clone();
                    self.modal = Some(Modal::FormDate {
                        form,
                        line,
                        error: None,
                    });
                }
                FormField::Source => form.cycle_source(true),
                _ if form.is_last() => self.save_form(),
                _ => form.step(true),
            },
            Action::CursorRight if field == FormField::Source => form.cycle_source(true),
            Action::CursorLeft if field == FormField::Source => form.cycle_source(false),
            Action::DeleteBack | Action::DeleteForward | Action::ClearLine => form.clear_field(),
            // Typing on an office field opens the picker with what is typed (pinyin).
            Action::Input(c) if matches!(field, FormField::Lead | FormField::Co) => {
                self.open_form_picker(Some(c))
            }
            // Typing on the deadline opens its prompt with what is typed.
            Action::Input(c) if field == FormField::Due => {
                let mut line = LineEditor::new().with_max_chars(24);
                line.insert(c);
                let form = form.clone();
                self.modal = Some(Modal::FormDate {
                    form,
                    line,
                    error: None,
                });
            }
            Action::Back if form.is_blank() => self.modal = None,
            Action::Back => self.modal = Some(Modal::ConfirmDiscardForm(form.clone())),
            _ => {}
        }
    }

    /// The offices the picker offers: the plan's, or every plan's when the board's
    /// plan has none yet (a standing plan's first item).
    fn picker_offices(&self) -> Result<Vec<OfficeStats>, StoreError> {
        let mine = self.store.offices(self.plan.id)?;
        if !mine.is_empty() {
            return Ok(mine);
        }
        let mut all: Vec<OfficeStats> = Vec::new();
        for p in self.store.plan_summaries()? {
            for o in self.store.offices(p.id)? {
                if !all.iter().any(|x| x.name == o.name) {
                    all.push(o);
                }
            }
        }
        Ok(all)
    }

    fn open_form_picker(&mut self, typed: Option<char>) {
        let Some(Modal::Form(form)) = self.modal.take() else {
            return;
        };
        let lead = form.field() == FormField::Lead;
        match self.picker_offices() {
            Ok(offices) => {
                let current = if lead { form.lead.as_deref() } else { None };
                let mut picker = PickerState::new(&offices, current, false);
                if let Some(c) = typed {
                    picker.edit(|line| super::modals::edit_line(line, &Action::Input(c)));
                }
                self.modal = Some(Modal::FormPicker { form, picker, lead });
            }
            Err(e) => {
                self.modal = Some(Modal::Form(form));
                self.report(e);
            }
        }
    }

    /// Keys in the picker opened from the form: Enter puts the office in the form.
    pub(super) fn on_form_picker(&mut self, action: Action) {
        let Some(Modal::FormPicker { form, picker, lead }) = &mut self.modal else {
            return;
        };
        if picker.edit(|line| super::modals::edit_line(line, &action))
            || super::modals::step_picker(picker, &action)
        {
            return;
        }
        match action {
            Action::Confirm => {
                let Some(name) = picker.selected().map(str::to_string) else {
                    return;
                };
                let mut form = form.clone();
                if *lead {
                    form.set_lead(&name);
                } else {
                    form.toggle_co(&name);
                }
                form.error = None;
                self.modal = Some(Modal::Form(form));
            }
            Action::Back => self.modal = Some(Modal::Form(form.clone())),
            _ => {}
        }
    }

    /// Keys in the date prompt opened from the form: a date, or a phrase such as
    /// 6月底前, read against the year of the plan the item goes into.
    pub(super) fn on_form_date(&mut self, action: Action) {
        let today = self.store.today();
        let lang = self.lang;
        let Some(Modal::FormDate { form, line, error }) = &mut self.modal else {
            return;
        };
        if super::modals::edit_line(line, &action) {
            *error = None;
            return;
        }
        match action {
            Action::Confirm => {
                let typed = line.text().trim().to_string();
                let mut form = form.clone();
                if typed.is_empty() {
                    form.due = None;
                } else {
                    match adhoc::read_due(&typed, today.year(), today) {
                        Ok((_, date)) => form.due = Some((typed, date.to_string())),
                        Err(e) => {
                            *error = Some(due_error(lang, &e));
                            return;
                        }
                    }
                }
                self.modal = Some(Modal::Form(form));
            }
            Action::Back => self.modal = Some(Modal::Form(form.clone())),
            _ => {}
        }
    }

    /// Saves the form: the new item (the board then shows it, in the standing plan
    /// of the year when that is where it went), or the item's offices.
    fn save_form(&mut self) {
        let Some(Modal::Form(form)) = &self.modal else {
            return;
        };
        let form = form.clone();
        if form.lead.is_none() {
            let why = self.lang.msg("desk-needs-lead");
            return self.form_error(why);
        }
        match form.mode {
            FormMode::New => match self.store.add_item(None, &form.to_new_item()) {
                Ok(added) => {
                    self.modal = None;
                    if added.plan != self.plan.id {
                        if let Err(e) = self.switch_plan(added.plan) {
                            return self.report(e);
                        }
                    } else {
                        self.reload();
                    }
                    self.board.select(added.id);
                    let plan = self.plan.title.clone();
                    let title = crate::text::truncate(form.title.text().trim(), 40).into_owned();
                    let text = crate::t!(
                        self.lang,
                        "desk-item-added",
                        n = added.number,
                        title = &title,
                        plan = &plan
                    );
                    self.say(Level::Info, text);
                }
                Err(e) => {
                    let why = self.error_text(e);
                    self.form_error(why);
                }
            },
            FormMode::Offices(item) => {
                if self.save_edit(item, &form.to_offices_edit()) {
                    self.modal = None;
                } else if let Some(m) = self.message.take() {
                    self.form_error(m.text);
                }
            }
        }
    }

    fn form_error(&mut self, why: String) {
        if let Some(Modal::Form(form)) = &mut self.modal {
            form.error = Some(why);
        }
    }

    /// A yes to throwing the form away; a no takes the user back to it.
    pub(super) fn on_discard_form(&mut self, action: Action) {
        let Some(Modal::ConfirmDiscardForm(form)) = &self.modal else {
            return;
        };
        match action {
            Action::Yes => self.modal = None,
            Action::No => self.modal = Some(Modal::Form(form.clone())),
            _ => {}
        }
    }

    // --- corrections in the detail ---

    /// `e` on what is under the cursor: the title (a prompt), the target or a
    /// measure (the editor), the offices (the form), the deadline (its prompt), an
    /// indicator (its value). The rules are asked first.
    pub(super) fn edit_field(&mut self) {
        let Some(d) = &self.detail else {
            return;
        };
        let (item, focus) = (d.id(), d.focus());
        let act = match focus {
            Some(Focus::Target | Focus::Measure(_)) => Act::EditWork,
            Some(Focus::Title | Focus::Offices) => Act::EditItem,
            Some(Focus::Deadline) => return self.update_detail(Action::SetDue),
            Some(Focus::Indicator(_)) => return self.start_indicator(),
            Some(Focus::Note(_)) | None => return,
        };
        if let Err(e) = self.store.check(act, Some(item)) {
            return self.report(e);
        }
        let r = &d.record;
        self.modal = Some(match focus {
            Some(Focus::Title) => {
                let line = LineEditor::prefilled(&r.title).with_max_chars(200);
                Modal::Prompt(Prompt::new(PromptKind::Title { item }, line))
            }
            Some(Focus::Target) => {
                Modal::Editor(EditorState::new(EditTarget::Target(item), &r.target))
            }
            Some(Focus::Measure(index)) => {
                let text = r.measures.get(index).map_or("", |m| m.text.as_str());
                Modal::Editor(EditorState::new(EditTarget::Measure { item, index }, text))
            }
            _ => {
                let lead = r.lead_office().map(str::to_string);
                let co = (r.offices.iter())
                    .filter(|o| o.role == crate::plan::Role::Co)
                    .map(|o| o.name.clone())
                    .collect();
                Modal::Form(ItemForm::offices(item, lead, co))
            }
        });
    }

    /// Runs a detail key as if pressed there (the deadline prompt from `e`).
    fn update_detail(&mut self, action: Action) {
        if self.detail.is_some() {
            self.on_detail(action);
        }
    }

    /// `n` in the detail: a new measure after the one under the cursor.
    pub(super) fn start_add_measure(&mut self) {
        let Some(d) = &self.detail else {
            return;
        };
        let item = d.id();
        let after = match d.focus() {
            Some(Focus::Measure(i)) => Some(i),
            _ => None,
        };
        if let Err(e) = self.store.check(Act::EditWork, Some(item)) {
            return self.report(e);
        }
        let target = EditTarget::NewMeasure { item, after };
        self.modal = Some(Modal::Editor(EditorState::new(target, "")));
    }

    /// `d` on a measure: asks before removing it, unless the rules refuse.
    pub(super) fn ask_remove_measure(&mut self) {
        let Some(d) = &self.detail else {
            return;
        };
        let Some(Focus::Measure(i)) = d.focus() else {
            return;
        };
        let item = d.id();
        if let Err(e) = self.store.check(Act::EditWork, Some(item)) {
            return self.report(e);
        }
        let ordinal = i as u32 + 1;
        self.modal = Some(Modal::Ask(Ask::RemoveMeasure { item, ordinal }));
    }

    /// Saves what the editor holds for a correction; false when refused (the
    /// editor then stays open, with the reason on the footer).
    pub(super) fn save_correction(&mut self, target: EditTarget, text: &str) {
        let item = target.item();
        let measures = || -> Vec<String> {
            (self.detail.as_ref())
                .map(|d| d.record.measures.iter().map(|m| m.text.clone()).collect())
                .unwrap_or_default()
        };
        let (edit, focus) = match target {
            EditTarget::Target(_) => (
                ItemEdit {
                    target: Some(text.to_string()),
                    ..ItemEdit::default()
                },
                None,
            ),
            EditTarget::Measure { index, .. } => {
                let mut all = measures();
                if let Some(m) = all.get_mut(index) {
                    *m = text.to_string();
                }
                (
                    ItemEdit {
                        measures: Some(all),
                        ..ItemEdit::default()
                    },
                    None,
                )
            }
            EditTarget::NewMeasure { after, .. } => {
                let mut all = measures();
                let at = after.map_or(all.len(), |i| (i + 1).min(all.len()));
                all.insert(at, text.to_string());
                (
                    ItemEdit {
                        measures: Some(all),
                        ..ItemEdit::default()
                    },
                    Some(Focus::Measure(at)),
                )
            }
            EditTarget::Retire(_) => {
                let reason = text.to_string();
                self.modal = Some(Modal::Ask(Ask::Retire { item, reason }));
                return;
            }
            _ => return,
        };
        if self.save_edit(item, &edit) {
            self.modal = None;
            if let (Some(f), Some(d)) = (focus, self.detail.as_mut()) {
                d.focus_on(f);
                self.keep_detail_focus();
            }
        }
    }

    /// Applies `edit` to `item` and says what changed; false when refused (said).
    pub(super) fn save_edit(&mut self, item: ItemId, edit: &ItemEdit) -> bool {
        let number = self.board.card(item).map_or(0, |c| c.number).to_string();
        match self.store.edit_item(item, edit) {
            Ok(changes) if changes.is_empty() => {
                self.say(Level::Info, self.lang.msg("desk-item-unchanged"));
                true
            }
            Ok(changes) => {
                self.refresh_items(&[item]);
                let en = self.lang == Lang::En;
                let fields: Vec<&str> = changes.iter().map(|c| c.field.label(en)).collect();
                let sep = self.lang.msg("board-list-separator");
                let text = crate::t!(
                    self.lang,
                    "desk-item-edited",
                    n = &number,
                    fields = fields.join(&sep)
                );
                self.say(Level::Info, text);
                true
            }
            Err(e) => {
                self.report(e);
                false
            }
        }
    }

    // --- retiring ---

    /// `D` on a card: asks for the reason (then asks to confirm), unless the rules
    /// refuse it.
    pub(super) fn start_retire(&mut self) {
        if self.refuse_displaced() {
            return;
        }
        let Some(item) = self.current_card().map(|c| c.id) else {
            return;
        };
        if let Err(e) = self.store.check(Act::Retire, Some(item)) {
            return self.report(e);
        }
        self.modal = Some(Modal::Editor(EditorState::new(
            EditTarget::Retire(item),
            "",
        )));
    }

    /// A yes to a question other than 销号's.
    pub(super) fn answer_yes(&mut self, ask: Ask) {
        let lang = self.lang;
        match ask {
            Ask::RemoveMeasure { item, ordinal } => {
                let number = self.board.card(item).map_or(0, |c| c.number).to_string();
                let Some(detail) = &self.detail else {
                    return;
                };
                let mut all: Vec<String> = (detail.record.measures.iter())
                    .map(|m| m.text.clone())
                    .collect();
                if (ordinal as usize) > all.len() || ordinal == 0 {
                    return;
                }
                all.remove(ordinal as usize - 1);
                let edit = ItemEdit {
                    measures: Some(all),
                    ..ItemEdit::default()
                };
                if self.save_edit(item, &edit) {
                    let m = ordinal.to_string();
                    self.say(
                        Level::Info,
                        crate::t!(lang, "desk-measure-removed", n = &number, m = &m),
                    );
                }
            }
            Ask::Retire { item, reason } => {
                let number = self.board.card(item).map_or(0, |c| c.number).to_string();
                match self.store.retire_item(item, &reason) {
                    Ok(_) => {
                        self.detail = None;
                        self.reload();
                        self.say(Level::Info, crate::t!(lang, "desk-retired", n = &number));
                    }
                    Err(e) => self.report(e),
                }
            }
            Ask::Confirm { .. } => {}
        }
    }

    /// The title typed in the prompt: saved, or the prompt stays with the reason.
    pub(super) fn save_title(&mut self, item: ItemId, typed: &str) {
        let edit = ItemEdit {
            title: Some(typed.to_string()),
            ..ItemEdit::default()
        };
        if self.save_edit(item, &edit) {
            self.modal = None;
        } else if let Some(m) = self.message.take()
            && let Some(Modal::Prompt(p)) = &mut self.modal
        {
            p.error = Some(m.text);
        }
    }
}

/// Why a typed deadline was refused, in the interface language.
fn due_error(lang: Lang, e: &adhoc::DueError) -> String {
    let err = StoreError::BadDue(e.clone());
    match err.message_zh().filter(|_| lang == Lang::Zh) {
        Some(zh) => zh,
        None => err.to_string(),
    }
}
