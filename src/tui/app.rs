//! The board's state and `update(Action)`: the only place where keys turn into store writes.

use super::action::{Action, Context};
use super::keymap::{Key, Keymap};
use super::state::board::{BoardState, IdSet};
use super::state::changes::{ChangesState, Since};
use super::state::detail::DetailState;
use super::state::editor::{EditTarget, EditorState};
use super::state::form::ItemForm;
use super::state::line::LineEditor;
use super::state::overview::OverviewState;
use super::state::picker::PickerState;
use super::state::plans::PlanSwitcher;
use super::state::prompt::{Ask, Prompt};
use super::state::quick::QuickFilter;
use super::state::search::SearchState;
use super::state::supervision::{ItemSupervision, SupervisionState};
use super::strings::Lang;
use super::theme::Theme;
use super::{BoardOptions, view};
use crate::store::{Card, ItemId, MoveOutcome, NoteId, PlanId, PlanInfo, Store, StoreError};
use crossterm::event::KeyEvent;
use live::Live;

/// Every filter in force, borrowed field by field so the board can be changed
/// while they are asked.
macro_rules! filters {
    ($app:expr) => {
        $crate::tui::app::Filters {
            office: &$app.office,
            quick: &$app.quick,
            search: &$app.search,
            sv: &$app.sv,
        }
    };
}

/// Cards per column that `App::new_head` reads: more than any terminal shows.
const HEAD_CARDS: usize = 100;

mod cards;
mod desk;
mod detail;
mod indexing;
mod items;
mod live;
mod modals;
mod mouse;
mod notice;
mod plans;
mod screens;
mod server_link;
mod supervise;
mod writes;

/// A pop-up that has the keyboard over the board or the detail.
#[derive(Debug, Clone)]
pub enum Modal {
    Help {
        ctx: Context,
        scroll: usize,
    },
    Picker(PickerState),
    Search(LineEditor),
    Jump(LineEditor),
    Editor(EditorState),
    ConfirmDelete(NoteId),
    /// Esc in a note editor with text in it: the editor, kept until the user says.
    ConfirmDiscard(EditorState),
    /// The deadline prompt of the open detail: what has been typed, and why the last
    /// entry was refused.
    Date {
        line: LineEditor,
        error: Option<String>,
    },
    /// The plan switcher.
    Plans(PlanSwitcher),
    /// The quick-filter menu after `f`.
    Quick,
    /// A yes/no question before a write.
    Ask(Ask),
    /// A one-line prompt other than the deadline's (reply-by date, indicator value).
    Prompt(Prompt),
    /// The item form (a new item, or an item's offices).
    Form(ItemForm),
    /// The office picker over the form: for its lead office, or a co-operating one.
    FormPicker {
        form: ItemForm,
        picker: PickerState,
        lead: bool,
    },
    /// The date prompt over the form.
    FormDate {
        form: ItemForm,
        line: LineEditor,
        error: Option<String>,
    },
    /// Esc in a form with something in it: the form, kept until the user says.
    ConfirmDiscardForm(ItemForm),
}

/// A screen in place of the board (the detail has its own field).
#[derive(Debug, Clone)]
pub enum Screen {
    Overview(OverviewState),
    Changes(ChangesState),
}

/// The office filter in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeFilter {
    pub name: String,
    pub lead_only: bool,
    ids: IdSet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warn,
    Error,
}

/// A one-line message on the footer, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub level: Level,
    pub text: String,
}

/// Everything the board shows; views read it, `update` changes it.
pub struct App {
    store: Store,
    plan: PlanInfo,
    lang: Lang,
    theme: Theme,
    keymap: Keymap,
    board: BoardState,
    detail: Option<DetailState>,
    screen: Option<Screen>,
    modal: Option<Modal>,
    office: Option<OfficeFilter>,
    /// The office filter the urged-only list (`!`) set aside, put back on leaving it.
    office_before_urged: Option<OfficeFilter>,
    /// The quick filter in force (`f`, then a letter).
    quick: Option<QuickFilter>,
    search: SearchState,
    /// The search index being built on another thread, if it is.
    indexing: Option<indexing::Indexing>,
    /// The texts a search waits for being read on another thread, if they are.
    scanning: Option<indexing::Scanning>,
    /// Above this many items the search index keeps no texts (`BoardOptions`).
    search_texts_up_to: usize,
    /// Who the user is, their offices, and the urges waiting on them.
    sv: SupervisionState,
    message: Option<Message>,
    since: Since,
    live: Live,
    size: (u16, u16),
    tz: jiff::tz::TimeZone,
    quit: bool,
    /// True while changes other users made are being read in (see `poll_data`).
    others_changing: bool,
    /// Text waiting to go to the terminal's clipboard (the event loop sends it).
    clipboard: Option<String>,
    /// Whether the terminal takes the clipboard escape (what `y` may claim).
    osc52: crate::tui::clipboard::Osc52,
    /// The note editor's text waiting to be edited in `$EDITOR` (the event loop runs it).
    external: Option<String>,
    /// The last left click on a card, for telling a double click.
    last_click: Option<(ItemId, std::time::Instant)>,
}

impl App {
    pub fn new(store: Store, plan: PlanId, opts: &BoardOptions) -> Result<App, StoreError> {
        Self::open(store, plan, opts, |store, plan| {
            Ok(BoardState::from_slots(store.card_slots(plan)?))
        })
    }

    /// An app whose board holds only the first cards of each column, enough for the
    /// first screen: a board of 100k items shows in a few milliseconds instead of the
    /// ~100 ms it takes to read every card. `load_rest` must run before any input is
    /// handled. A board opened on an office's items is read whole at once.
    pub fn new_head(store: Store, plan: PlanId, opts: &BoardOptions) -> Result<App, StoreError> {
        // A member of exactly one office opens on that office's items: read whole.
        let home = opts.office.is_none()
            && store.offices_of(store.actor())?.len() == 1
            && !store.is_supervisor()?;
        if opts.office.is_some() || home {
            return Self::new(store, plan, opts);
        }
        Self::open(store, plan, opts, |store, plan| {
            Ok(BoardState::head(
                store.cards_head(plan, HEAD_CARDS)?,
                store.card_counts(plan)?,
            ))
        })
    }

    /// Reads the rest of a board opened by `new_head`; returns whether there was any.
    /// Only the cards: the rest of what the board shows was read whole at the start.
    pub fn load_rest(&mut self) -> bool {
        if !self.board.is_partial() {
            return false;
        }
        match self.store.card_slots(self.plan.id) {
            Ok(slots) => {
                let f = filters!(self);
                self.board.set_slots(slots, |id| f.keeps(id));
                self.fill_window();
            }
            // The board goes on with the head it has, and the footer says why; the
            // next change to the database reads it all again.
            Err(e) => {
                self.board.settle_head();
                self.report_read(e);
            }
        }
        true
    }

    fn open(
        mut store: Store,
        plan: PlanId,
        opts: &BoardOptions,
        board: impl FnOnce(&Store, PlanId) -> Result<BoardState, StoreError>,
    ) -> Result<App, StoreError> {
        let (keymap, warnings) = Keymap::load_in(opts.config_dir.as_deref(), opts.lang);
        let plan = store.plan(Some(plan))?;
        let board = board(&store, plan.id)?;
        // Best effort: the board opens even if the visit cannot be read or recorded.
        let since = writes::start_visit(&mut store, plan.id).unwrap_or_default();
        let live = Live {
            // A server says what changed by notifications (`server_link`), not a counter.
            data_version: if store.is_server() {
                0
            } else {
                store.data_version()?
            },
            last_event: store.last_event_id()?,
            session: None,
            others: Vec::new(),
            down: None,
        };
        let mut app = App {
            store,
            plan,
            lang: opts.lang,
            theme: opts.theme.unwrap_or_else(Theme::from_env),
            keymap,
            board,
            detail: None,
            screen: None,
            modal: None,
            office: None,
            office_before_urged: None,
            quick: None,
            search: SearchState::default(),
            indexing: None,
            scanning: None,
            search_texts_up_to: opts.search_texts_up_to,
            sv: SupervisionState::default(),
            message: None,
            since,
            live,
            size: (80, 24),
            tz: jiff::tz::TimeZone::system(),
            quit: false,
            others_changing: false,
            clipboard: None,
            osc52: opts.clipboard,
            external: None,
            last_click: None,
        };
        let lang = app.lang;
        let warnings: Vec<String> = (opts.config_warning.iter())
            .map(|w| crate::t!(lang, "board-config-warning", warning = w))
            .chain(
                warnings
                    .iter()
                    .map(|w| crate::t!(lang, "board-keymap-warning", warning = w)),
            )
            .collect();
        if let Some(w) = warnings.first() {
            let more = if warnings.len() > 1 {
                format!(" (+{})", warnings.len() - 1)
            } else {
                String::new()
            };
            app.message = Some(Message {
                level: Level::Warn,
                text: format!("{w}{more}"),
            });
        }
        app.open_supervision(opts);
        app.fill_window();
        Ok(app)
    }

    // --- read access for the views and tests ---

    pub fn store(&self) -> &Store {
        &self.store
    }
    pub fn plan(&self) -> &PlanInfo {
        &self.plan
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn theme(&self) -> &Theme {
        &self.theme
    }
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }
    pub fn board(&self) -> &BoardState {
        &self.board
    }
    pub fn detail(&self) -> Option<&DetailState> {
        self.detail.as_ref()
    }
    /// The overview or the changes list, when one is open (and no detail is).
    pub fn screen(&self) -> Option<&Screen> {
        self.screen.as_ref()
    }
    /// The user's previous visit and what changed since.
    pub fn since(&self) -> &Since {
        &self.since
    }
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }
    pub fn office(&self) -> Option<&OfficeFilter> {
        self.office.as_ref()
    }
    /// The quick filter in force.
    pub fn quick(&self) -> Option<&QuickFilter> {
        self.quick.as_ref()
    }
    pub fn search(&self) -> &SearchState {
        &self.search
    }
    /// Who the user is, their offices, and the urges waiting on them.
    pub fn supervision(&self) -> &SupervisionState {
        &self.sv
    }
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }
    pub fn should_quit(&self) -> bool {
        self.quit
    }
    /// The note text a key asked to edit in `$EDITOR`, for the event loop (once).
    pub fn take_external_edit(&mut self) -> Option<String> {
        self.external.take()
    }

    /// What came back from `$EDITOR`: the note editor takes the saved text.
    pub fn external_edit_done(&mut self, result: std::io::Result<super::external::Edited>) {
        use super::external::Edited;
        let lang = self.lang;
        match result {
            Ok(Edited::Saved(text)) => {
                if let Some(Modal::Editor(editor)) = &mut self.modal {
                    *editor = EditorState::new(editor.target, &text);
                }
                self.say(Level::Info, lang.msg("board-external-back"));
            }
            Ok(Edited::Failed(why)) => self.say(
                Level::Warn,
                crate::t!(lang, "board-external-failed", why = &why),
            ),
            Err(e) => self.say(
                Level::Error,
                crate::t!(lang, "board-external-failed", why = e.to_string()),
            ),
        }
    }

    /// Text a key asked to copy, for the event loop to send to the terminal (once).
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// Fixes the theme, so snapshots do not depend on the environment.
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
    }
    /// The zone times are shown in (the system's unless set).
    pub fn time_zone(&self) -> &jiff::tz::TimeZone {
        &self.tz
    }
    pub fn set_time_zone(&mut self, tz: jiff::tz::TimeZone) {
        self.tz = tz;
    }

    /// Which bindings apply now.
    pub fn context(&self) -> Context {
        match &self.modal {
            Some(Modal::Help { .. }) => Context::Help,
            Some(Modal::Picker(_)) => Context::Picker,
            Some(Modal::Search(_)) => Context::Search,
            Some(Modal::Jump(_)) => Context::Jump,
            Some(Modal::Editor(_)) => Context::Editor,
            Some(
                Modal::ConfirmDelete(_)
                | Modal::ConfirmDiscard(_)
                | Modal::Ask(_)
                | Modal::ConfirmDiscardForm(_),
            ) => Context::Confirm,
            Some(Modal::Date { .. } | Modal::Prompt(_) | Modal::FormDate { .. }) => Context::Date,
            Some(Modal::Form(_)) => Context::Form,
            Some(Modal::FormPicker { .. }) => Context::Picker,
            Some(Modal::Quick) => Context::Quick,
            Some(Modal::Plans(_)) => Context::Plans,
            None if self.detail.is_some() => Context::Detail,
            None => match &self.screen {
                Some(Screen::Overview(_)) => Context::Overview,
                Some(Screen::Changes(_)) => Context::Changes,
                None => Context::Board,
            },
        }
    }

    // --- input ---

    pub fn handle_key(&mut self, ev: &KeyEvent) {
        // Ctrl-C quits from every view, as `q` does on the board.
        if ev.code == crossterm::event::KeyCode::Char('c')
            && ev
                .modifiers
                .contains(crossterm::event::KeyModifiers::CONTROL)
        {
            self.quit = true;
            return;
        }
        // Under "too small" the board's quit key quits from any view; nothing else acts.
        let ctx = if self.too_small() {
            Context::Board
        } else {
            self.context()
        };
        if let Some(action) = Key::from_event(ev).and_then(|k| self.keymap.action(ctx, k)) {
            self.update(action);
        }
    }

    pub fn handle_paste(&mut self, text: &str) {
        if self.context().takes_text() {
            self.update(Action::Paste(text.to_string()));
        }
    }

    /// Remembers the terminal size, which decides how many cards fit and the detail scroll.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.board.set_rows(view::layout::card_rows(width, height));
        self.size_screen();
        self.keep_detail_focus();
        self.fill_window();
    }

    /// True when the terminal is too small to draw the board: the screen says so and
    /// only quit is taken, since the user cannot see what a key would act on.
    pub fn too_small(&self) -> bool {
        view::layout::too_small(self.size.0, self.size.1)
    }

    pub fn update(&mut self, action: Action) {
        self.dispatch(action);
        self.fill_window();
    }

    fn dispatch(&mut self, action: Action) {
        if self.too_small() {
            self.quit |= action == Action::Quit;
            return;
        }
        self.message = None;
        if action.writes() && self.store.is_read_only() {
            // Answer at once rather than let the user type a note that cannot be saved.
            return self.say(Level::Warn, self.lang.msg("board-read-only-refused"));
        }
        match self.context() {
            Context::Board => self.on_board(action),
            Context::Detail => self.on_detail(action),
            Context::Help => self.on_help(action),
            Context::Picker => self.on_picker(action),
            Context::Search => self.on_search(action),
            Context::Jump => self.on_jump(action),
            Context::Editor => self.on_editor(action),
            Context::Confirm => self.on_confirm(action),
            Context::Overview => self.on_overview(action),
            Context::Changes => self.on_changes(action),
            Context::Date => self.on_date(action),
            Context::Plans => self.on_plans(action),
            Context::Quick => self.on_quick(action),
            Context::Form => self.on_form(action),
        }
    }

    fn on_board(&mut self, action: Action) {
        // A key that acts on a card, on a column without one: say why nothing happens.
        let on_a_card = matches!(
            action,
            Action::MovePrev
                | Action::MoveNext
                | Action::ReorderUp
                | Action::ReorderDown
                | Action::Open
                | Action::Copy
                | Action::AddNote
                | Action::Report
                | Action::ConfirmDone
                | Action::Reopen
                | Action::Reply
                | Action::Urge
                | Action::RetireItem
        );
        if on_a_card && self.board.selected_id().is_none() {
            let lang = self.lang;
            let status = self
                .lang
                .status(crate::plan::Status::ALL[self.board.column()]);
            return self.say(
                Level::Info,
                crate::t!(lang, "board-empty-column", column = status),
            );
        }
        match action {
            Action::ColumnLeft => self.board.column_left(),
            Action::ColumnRight => self.board.column_right(),
            Action::Down => self.board.step(1),
            Action::Up => self.board.step(-1),
            Action::First => self.board.first(),
            Action::Last => self.board.last(),
            Action::PageDown => self.board.page(true),
            Action::PageUp => self.board.page(false),
            Action::MovePrev => self.move_selected(false),
            Action::MoveNext => self.move_selected(true),
            Action::ReorderUp => self.reorder(true),
            Action::ReorderDown => self.reorder(false),
            Action::Open => {
                if let Some(id) = self.board.selected_id() {
                    self.open_detail(id);
                }
            }
            Action::Copy => self.copy_card(),
            Action::AddNote => {
                if let Some(id) = self.board.selected_id() {
                    self.modal = Some(Modal::Editor(EditorState::new(EditTarget::NewNote(id), "")));
                }
            }
            Action::OfficePicker => match self.store.offices(self.plan.id) {
                Ok(offices) => {
                    let (current, lead_only) = self
                        .office
                        .as_ref()
                        .map_or((None, false), |o| (Some(o.name.as_str()), o.lead_only));
                    self.modal = Some(Modal::Picker(PickerState::new(
                        &offices, current, lead_only,
                    )));
                }
                Err(e) => self.report(e),
            },
            Action::ClearOffice => {
                self.office = None;
                self.refilter();
            }
            Action::PlanSwitcher => self.open_plan_switcher(),
            Action::Search => {
                // The prompt opens at once; what is typed before the index is ready
                // is applied when it is (`poll_search_index`). On a server, the
                // queries typed read on one session, kept while the prompt is open.
                self.store.keep_search_session(true);
                self.start_search_index();
                self.modal = Some(Modal::Search(LineEditor::prefilled(self.search.query())));
            }
            Action::Jump => {
                self.modal = Some(Modal::Jump(LineEditor::new().with_max_chars(9)));
            }
            Action::Undo => self.undo(),
            Action::Overview => self.open_overview(),
            Action::Changes => self.open_changes(),
            Action::Report => self.start_report(),
            Action::ConfirmDone => self.confirm_done(),
            Action::Reopen => self.start_reopen(),
            Action::Urged => self.toggle_urged(),
            Action::Reply => self.start_reply(),
            Action::Urge => self.start_urge(),
            Action::ConfirmQueue => self.toggle_confirm_queue(),
            Action::QuickFilter => self.modal = Some(Modal::Quick),
            Action::AddItem => self.start_add_item(),
            Action::RetireItem => self.start_retire(),
            Action::Help => self.open_help(Context::Board),
            Action::Back if self.search.is_active() => {
                self.search.clear();
                self.refilter();
            }
            Action::Back if self.sv.urged_only() => {
                self.sv.clear_urged_only();
                self.restore_office_after_urged();
                self.refilter();
            }
            Action::Back if self.quick.is_some() => self.clear_quick(),
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    // --- operations ---

    /// The card the user is acting on: the open detail's, else the board's selection.
    fn current_card(&self) -> Option<&Card> {
        match &self.detail {
            Some(d) => self.board.card(d.id()),
            None => self.board.selected_card(),
        }
    }

    /// True (and says so) when the board's selection is a card the user did not
    /// choose: another user moved the chosen one away. The next key acts on it.
    fn refuse_displaced(&mut self) -> bool {
        if self.detail.is_some() {
            return false;
        }
        let Some(card) = self.board.displaced().and_then(|id| self.board.card(id)) else {
            return false;
        };
        let n = card.number.to_string();
        self.board.accept_displaced();
        let text = crate::t!(self.lang, "board-selection-displaced", n = &n);
        self.say(Level::Warn, text);
        true
    }

    fn move_selected(&mut self, forward: bool) {
        if self.refuse_displaced() {
            return;
        }
        let Some(card) = self.current_card() else {
            return;
        };
        let target = if forward {
            card.status.next()
        } else {
            card.status.prev()
        };
        let Some(target) = target else {
            return;
        };
        let (id, number, version) = (card.id, card.number, card.version);
        if crate::store::rules::needs_statement(card.status, target) && self.sv.rules_active {
            return self.start_close(id, version);
        }
        match self.store.move_item(id, target, Some(version)) {
            Ok(MoveOutcome::Moved { .. }) => {
                self.refresh_moved(&[id]);
                self.board.select(id);
                let lang = self.lang;
                self.say(
                    Level::Info,
                    crate::t!(lang, "board-moved", status = self.lang.status(target)),
                );
            }
            Ok(MoveOutcome::Unchanged) => self.reload(),
            Ok(MoveOutcome::Stale { by, at, status }) => self.say_stale(number, &by, &at, status),
            // Memberships appeared since the board last looked: ask for the statement.
            Err(StoreError::NeedsStatement { .. }) => {
                self.sv.rules_active = true;
                self.start_close(id, version);
            }
            Err(e) => self.report(e),
        }
    }

    fn open_detail(&mut self, id: ItemId) {
        match self.load_detail(id) {
            Ok(d) => {
                self.detail = Some(d);
                self.keep_detail_focus();
            }
            Err(e) => self.report(e),
        }
    }

    fn load_detail(&self, id: ItemId) -> Result<DetailState, StoreError> {
        let history = self
            .store
            .history_recent(id, crate::tui::state::detail::HISTORY_SHOWN)?;
        let mut d = DetailState::new(self.store.item(id)?, history);
        d.sv = ItemSupervision::load(&self.store, id)?;
        Ok(d)
    }

    fn open_help(&mut self, ctx: Context) {
        self.modal = Some(Modal::Help { ctx, scroll: 0 });
    }

    fn apply_office(&mut self, name: String, lead_only: bool) {
        match self.store.office_item_ids(&name, lead_only) {
            Ok(ids) => {
                self.office = Some(OfficeFilter {
                    name,
                    lead_only,
                    ids: ids.into_iter().collect(),
                });
                self.refilter();
            }
            Err(e) => self.report(e),
        }
    }

    fn jump_to(&mut self, number: u32) {
        let Some(id) = self.board.id_of_number(number) else {
            let text = crate::t!(self.lang, "board-no-item", n = number);
            return self.say(Level::Warn, text);
        };
        if !self.board.select(id) {
            // Hidden by a filter: show everything rather than refuse.
            self.office = None;
            self.office_before_urged = None;
            self.quick = None;
            self.search.clear();
            self.sv.clear_urged_only();
            self.refilter();
            self.board.select(id);
            self.say(Level::Info, self.lang.msg("board-filters-cleared"));
        }
    }

    fn refilter(&mut self) {
        let f = filters!(self);
        self.board.refilter(|id| f.keeps(id));
    }

    fn keep_detail_focus(&mut self) {
        let (w, h) = view::layout::detail_viewport(self.size.0, self.size.1);
        if let Some(d) = &mut self.detail {
            d.keep_focus_visible(self.lang, &self.tz, w, h);
        }
    }

    fn say(&mut self, level: Level, text: String) {
        self.message = Some(Message { level, text });
    }

    /// A read that failed: as `report`, except that a lost connection is said as
    /// lost (nothing was being sent).
    fn report_read(&mut self, e: StoreError) {
        if e.is_connection_lost() {
            return self.lost_connection();
        }
        self.report(e);
    }

    fn report(&mut self, e: StoreError) {
        if e.is_file_change() {
            return self.file_changed(&e);
        }
        if e.is_connection_lost() {
            // Said as not sent, and never tried again behind the user's back.
            self.lost_connection();
            return self.say(Level::Error, self.lang.msg("board-server-not-sent"));
        }
        let lang = self.lang;
        let text = match &e {
            StoreError::ReadOnly => lang.msg("board-read-only"),
            StoreError::Busy(_) => lang.msg("board-busy"),
            // On a server, who holds the lock: a member can hold it from `psql`.
            StoreError::ServerBusy { .. } => e.message(lang),
            StoreError::NotYourNote { .. } => lang.msg("board-not-your-note"),
            // The rules' refusal says who may, in the board's language.
            StoreError::Refused(r) => r.message(lang),
            StoreError::NeedsStatement { .. } => self.lang.msg("sv-needs-statement"),
            StoreError::NotAwaitingConfirmation { .. } => self.lang.msg("sv-not-awaiting"),
            other => crate::t!(lang, "board-error", error = other.message(lang)),
        };
        self.say(Level::Error, text);
    }
}

/// The filters in force, borrowed apart from the board they filter.
struct Filters<'a> {
    office: &'a Option<OfficeFilter>,
    quick: &'a Option<QuickFilter>,
    search: &'a SearchState,
    sv: &'a SupervisionState,
}

impl Filters<'_> {
    fn keeps(&self, id: ItemId) -> bool {
        self.search.keeps(id) && self.keeps_besides_search(id)
    }

    /// What the other filters keep: the cards a search's hits may be shown among.
    fn keeps_besides_search(&self, id: ItemId) -> bool {
        self.office.as_ref().is_none_or(|o| o.ids.contains(id))
            && self.quick.as_ref().is_none_or(|q| q.keeps(id))
            && self.sv.keeps(id)
    }
}
