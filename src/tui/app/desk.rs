//! The supervisor's day on the board: quick filters, urging an item, the queue of
//! items waiting for 销号 (confirmed only after a yes), and recording indicators.

use super::{App, Level, Modal};
use crate::plan::adhoc::Source;
use crate::plan::deadline;
use crate::store::rules::Act;
use crate::store::{ItemId, PlanId, Store};
use crate::tui::action::{Action, Context};
use crate::tui::state::detail::Focus;
use crate::tui::state::editor::{EditTarget, EditorState};
use crate::tui::state::line::LineEditor;
use crate::tui::state::prompt::{Ask, Prompt, PromptKind};
use crate::tui::state::quick::{QuickFilter, QuickKind};
use std::collections::HashMap;

/// The sources of the plan's items, when `kind` filters by source (else none:
/// the other filters need no read).
pub(super) fn sources_for(
    store: &Store,
    plan: PlanId,
    kind: &QuickKind,
) -> HashMap<ItemId, Source> {
    match kind {
        // A source that cannot be read matches nothing; the filter says so.
        QuickKind::Source(_) => store.item_sources(plan).unwrap_or_default(),
        _ => HashMap::new(),
    }
}

/// The quick filter `kind` over every card of `plan` as they are now, read one at
/// a time from the store (a large board does not hold them).
pub(super) fn quick_filter(
    store: &Store,
    plan: PlanId,
    kind: QuickKind,
) -> Result<QuickFilter, crate::store::StoreError> {
    let sources = sources_for(store, plan, &kind);
    let mut filter = QuickFilter::new(kind, std::iter::empty(), store.today(), &sources);
    filter.admit_all(store, plan, &sources)?;
    Ok(filter)
}

impl App {
    /// The key bound to `action` on the board, for messages that name it.
    pub(super) fn board_key(&self, action: &Action) -> String {
        self.keymap
            .first_key(Context::Board, action)
            .map(|k| k.to_string())
            .unwrap_or_default()
    }

    // --- quick filters ---

    pub(super) fn on_quick(&mut self, action: Action) {
        match action {
            Action::Back => self.modal = None,
            Action::ClearFilter => {
                self.modal = None;
                self.clear_quick();
            }
            Action::FilterSource => {
                self.modal = None;
                self.next_source_filter();
            }
            other => {
                let Some(kind) = QuickKind::from_action(&other) else {
                    return;
                };
                self.modal = None;
                // The letter of the filter in force takes it off.
                if self.quick.as_ref().is_some_and(|q| q.kind == kind) {
                    self.clear_quick();
                } else {
                    self.apply_quick(kind);
                }
            }
        }
    }

    /// Shows only the items `kind` keeps now. The selection stays on its item
    /// when that item is kept; otherwise the first kept card is selected.
    /// Returns how many items it keeps (0: nothing changed).
    pub(super) fn apply_quick(&mut self, kind: QuickKind) -> usize {
        let filter = match quick_filter(&self.store, self.plan.id, kind) {
            Ok(filter) => filter,
            Err(e) => {
                self.report(e);
                return 0;
            }
        };
        let lang = self.lang;
        let label = filter.kind.label(self.lang);
        if filter.is_empty() {
            self.say(
                Level::Info,
                crate::t!(lang, "desk-quick-none", filter = &label),
            );
            return 0;
        }
        let all = filter.len();
        let before = self.quick.replace(filter);
        self.refilter();
        let n: usize = (0..4).map(|c| self.board.column_len(c)).sum();
        if n == 0 {
            // All it keeps lies outside the office filter: say so, change nothing.
            self.quick = before;
            self.refilter();
            let office = self.office.as_ref().map_or("", |o| o.name.as_str());
            let key = self.board_key(&Action::ClearOffice);
            let text = crate::t!(
                lang,
                "desk-quick-outside",
                filter = &label,
                n = all,
                office = office,
                key = &key
            );
            self.say(Level::Info, text);
            return 0;
        }
        if self.board.selected_id().is_none_or(|id| !self.shown(id)) {
            self.select_first_shown();
        }
        let text = crate::t!(lang, "desk-quick-applied", filter = &label, n = n);
        self.say(Level::Info, text);
        n
    }

    pub(super) fn clear_quick(&mut self) {
        if self.quick.take().is_some() {
            self.refilter();
            self.say(Level::Info, self.lang.msg("desk-quick-cleared"));
        }
    }

    /// Whether every filter in force shows item `id`.
    fn shown(&self, id: ItemId) -> bool {
        filters!(self).keeps(id)
    }

    /// Selects the first card the filters show, in board order (column by column).
    fn select_first_shown(&mut self) {
        if let Some(id) = self.board.first_shown() {
            self.board.select(id);
        }
    }

    /// By source: the next source (in name order) after the one in force.
    fn next_source_filter(&mut self) {
        let all = match self.store.item_sources(self.plan.id) {
            Ok(all) => all,
            Err(e) => return self.report(e),
        };
        // In the order of `Source::ALL`, those the board's items have.
        let sources: Vec<Source> = (Source::ALL.into_iter())
            .filter(|s| all.values().any(|x| x == s))
            .collect();
        if sources.is_empty() {
            return self.say(Level::Info, self.lang.msg("desk-no-sources"));
        }
        let at = match self.quick.as_ref().map(|q| &q.kind) {
            Some(QuickKind::Source(s)) => sources.iter().position(|x| x == s).map(|i| i + 1),
            _ => None,
        };
        match at {
            // After the last source: the filter comes off.
            Some(i) if i >= sources.len() => self.clear_quick(),
            at => {
                self.apply_quick(QuickKind::Source(sources[at.unwrap_or(0)]));
            }
        }
    }

    // --- the 销号 queue ---

    /// Shows only the items waiting for 销号 (or everything again), the first selected.
    pub(super) fn toggle_confirm_queue(&mut self) {
        if self
            .quick
            .as_ref()
            .is_some_and(|q| q.kind == QuickKind::Awaiting)
        {
            return self.clear_quick();
        }
        // Within the office filter, like every quick filter.
        let n = self.apply_quick(QuickKind::Awaiting);
        if n == 0 {
            // None anywhere says so; none within the office filter was said.
            if !(self.store.any_awaiting_confirmation(self.plan.id)).unwrap_or(true) {
                self.say(Level::Info, self.lang.msg("desk-queue-empty"));
            }
            return;
        }
        if !self
            .board
            .selected_card()
            .is_some_and(|c| c.supervision.awaiting_confirmation)
        {
            self.select_first_shown();
        }
        let key = self.board_key(&Action::ConfirmDone);
        let text = crate::t!(self.lang, "desk-queue-opened", n = n, key = &key);
        self.say(Level::Info, text);
    }

    /// Asks before confirming the current item's close-out (销号; supervisors).
    pub(super) fn confirm_done(&mut self) {
        let Some(card) = self.current_card() else {
            return;
        };
        let id = card.id;
        if !card.supervision.awaiting_confirmation {
            // As the store would refuse it, before any question.
            return self.say(Level::Error, self.lang.msg("sv-not-awaiting"));
        }
        if let Err(e) = self.store.check(Act::Confirm, Some(id)) {
            return self.report(e);
        }
        self.modal = Some(Modal::Ask(Ask::Confirm { item: id }));
    }

    /// The question a yes/no pop-up asks.
    pub fn ask_text(&self, ask: &Ask) -> String {
        let lang = self.lang;
        let (number, title) = match ask {
            Ask::Confirm { item } | Ask::RemoveMeasure { item, .. } | Ask::Retire { item, .. } => {
                self.board
                    .card(*item)
                    .map_or((String::new(), String::new()), |c| {
                        let t = crate::text::truncate(&c.title, 24).into_owned();
                        (c.number.to_string(), t)
                    })
            }
        };
        match ask {
            Ask::Confirm { .. } => crate::t!(lang, "desk-ask-confirm", n = &number, title = &title),
            other => super::items::ask_text(self, other, &number, &title),
        }
    }

    /// y or n to the question asked.
    pub(super) fn on_ask(&mut self, action: Action, ask: Ask) {
        match action {
            Action::Yes => {
                self.modal = None;
                match ask {
                    Ask::Confirm { item } => self.save_confirm(item),
                    other => self.answer_yes(other),
                }
            }
            Action::No => {
                self.modal = None;
                let lang = self.lang;
                match ask {
                    Ask::Confirm { .. } => {
                        self.say(Level::Info, lang.msg("desk-confirm-cancelled"))
                    }
                    Ask::Retire { .. } => self.say(Level::Info, lang.msg("desk-retire-cancelled")),
                    Ask::RemoveMeasure { .. } => {}
                }
            }
            _ => {}
        }
    }

    fn save_confirm(&mut self, id: ItemId) {
        let number = self.board.card(id).map_or(0, |c| c.number).to_string();
        match self.store.confirm(id) {
            Ok(()) => {
                self.refresh_items(&[id]);
                self.say(
                    Level::Info,
                    crate::t!(self.lang, "sv-confirmed", n = &number),
                );
            }
            Err(e) => self.report(e),
        }
    }

    // --- urging ---

    /// Opens the editor for an urge on the current item (supervisors), unless the
    /// rules refuse it; the reply-by date is asked next.
    pub(super) fn start_urge(&mut self) {
        let Some(id) = self.current_card().map(|c| c.id) else {
            return;
        };
        if let Err(e) = self.store.check(Act::Urge, Some(id)) {
            return self.report(e);
        }
        self.modal = Some(Modal::Editor(EditorState::new(EditTarget::Urge(id), "")));
    }

    /// The urge's text is written: ask for its reply-by date.
    pub(super) fn ask_reply_by(&mut self, item: ItemId, text: &str) {
        let kind = PromptKind::ReplyBy {
            item,
            text: text.to_string(),
        };
        let line = LineEditor::new().with_max_chars(16);
        self.modal = Some(Modal::Prompt(Prompt::new(kind, line)));
    }

    pub(super) fn on_prompt(&mut self, action: Action) {
        let Some(Modal::Prompt(p)) = &mut self.modal else {
            return;
        };
        if super::modals::edit_line(&mut p.line, &action) {
            p.error = None;
            return;
        }
        match action {
            Action::Confirm => {
                let typed = p.line.text().trim().to_string();
                match p.kind.clone() {
                    PromptKind::ReplyBy { item, text } => self.save_urge(item, &text, &typed),
                    PromptKind::Indicator { item, ordinal, .. } => {
                        self.save_indicator(item, ordinal, &typed)
                    }
                    PromptKind::Title { item } => self.save_title(item, &typed),
                }
            }
            Action::Back => match p.kind.clone() {
                // Back to the urge's text, so nothing typed is lost.
                PromptKind::ReplyBy { item, text } => {
                    self.modal = Some(Modal::Editor(EditorState::new(
                        EditTarget::Urge(item),
                        &text,
                    )))
                }
                PromptKind::Indicator { .. } | PromptKind::Title { .. } => self.modal = None,
            },
            _ => {}
        }
    }

    /// Refuses a reply-by date that is not one or has passed (saying the earliest
    /// date it may be); empty means none.
    fn save_urge(&mut self, item: ItemId, text: &str, typed: &str) {
        let today = self.store.today();
        let date = if typed.is_empty() {
            None
        } else {
            match deadline::parse_iso(typed) {
                Ok(d) if d < today => {
                    let d = crate::t!(
                        self.lang,
                        "desk-reply-by-past",
                        date = d.to_string(),
                        today = today.to_string()
                    );
                    return self.prompt_error(d);
                }
                Ok(d) => Some(d),
                Err(e) => return self.prompt_error(self.lang.date_error(&e)),
            }
        };
        let number = self.board.card(item).map_or(0, |c| c.number);
        match self.store.urge(item, text, date) {
            Ok(_) => {
                self.modal = None;
                self.refresh_items(&[item]);
                let lang = self.lang;
                let text = match date {
                    Some(x) => {
                        crate::t!(lang, "desk-urged-done-by", n = number, date = x.to_string())
                    }
                    None => crate::t!(lang, "desk-urged-done", n = number),
                };
                self.say(Level::Info, text);
            }
            // The prompt stays open with the store's reason.
            Err(e) => {
                self.report(e);
                if let Some(m) = self.message.take() {
                    self.prompt_error(m.text);
                }
            }
        }
    }

    fn prompt_error(&mut self, why: String) {
        if let Some(Modal::Prompt(p)) = &mut self.modal {
            p.error = Some(why);
        }
    }

    // --- indicators ---

    /// Asks for the value of the indicator under the cursor (or the item's only one).
    pub(super) fn start_indicator(&mut self) {
        let Some(d) = &self.detail else {
            return;
        };
        let all = &d.record.indicators;
        let at = match (d.focus(), all.len()) {
            (_, 0) => return self.say(Level::Info, self.lang.msg("desk-no-indicators")),
            (Some(Focus::Indicator(i)), _) => i,
            (_, 1) => 0,
            _ => return self.say(Level::Info, self.lang.msg("desk-select-indicator")),
        };
        let x = &all[at];
        let id = d.id();
        if let Err(e) = self.store.check(Act::Tick, Some(id)) {
            return self.report(e);
        }
        let kind = PromptKind::Indicator {
            item: id,
            ordinal: x.ordinal,
            text: x.text.clone(),
            unit: x.unit.clone(),
        };
        let line = match x.actual {
            Some(v) => LineEditor::prefilled(&v.to_string()),
            None => LineEditor::new(),
        }
        .with_max_chars(24);
        self.modal = Some(Modal::Prompt(Prompt::new(kind, line)));
    }

    fn save_indicator(&mut self, item: ItemId, ordinal: u32, typed: &str) {
        let Some(value) = crate::plan::indicators::parse_value(typed) else {
            let why = crate::t!(self.lang, "desk-not-a-number", input = typed);
            return self.prompt_error(why);
        };
        match self.store.set_indicator_actual(item, ordinal, value) {
            Ok(()) => {
                self.modal = None;
                self.refresh_items(&[item]);
                let text = (self.store.indicators(item).ok())
                    .and_then(|all| all.into_iter().find(|x| x.ordinal == ordinal))
                    .map(|x| (x.text, x.unit))
                    .unwrap_or_default();
                let value = format!("{value}{}", text.1);
                let msg = crate::t!(
                    self.lang,
                    "desk-value-recorded",
                    text = &text.0,
                    value = &value
                );
                self.say(Level::Info, msg);
            }
            Err(e) => {
                self.report(e);
                if let Some(m) = self.message.take() {
                    self.prompt_error(m.text);
                }
            }
        }
    }
}
