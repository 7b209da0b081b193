//! Helpers for the board's tests: a seeded in-memory store and a headless app.
#![allow(dead_code)]

use duban::plan::Status;
use duban::store::{Card, ItemId, Store};
use duban::tui::action::Action;
use duban::tui::theme::Theme;
use duban::tui::{App, BoardOptions};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub const SEED: &[u8] = include_bytes!("../../../seeds/000_1c263084d9f29a16.txt");
pub const NOW: &str = "2020-06-15T04:00:00.000Z";

pub fn seeded_store(actor: &str) -> Store {
    let mut store = Store::open_in_memory(actor).unwrap();
    seed(&mut store);
    store
}

pub fn seed(store: &mut Store) {
    store.set_fixed_now(Some(NOW));
    let parsed = duban::plan::parse_bytes(SEED).unwrap();
    store.import(&parsed.plan).unwrap();
}

/// An app on `store` with everything that could vary between machines pinned.
pub fn app_on(store: Store, opts: BoardOptions) -> App {
    let plan = store.plan(None).unwrap().id;
    let mut app = App::new(store, plan, &opts).unwrap();
    app.set_theme(Theme::mono());
    app.set_time_zone(jiff::tz::TimeZone::UTC);
    app.resize(80, 24);
    app
}

pub fn app() -> App {
    app_on(seeded_store("tester"), BoardOptions::default())
}

pub fn press(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.update(a);
    }
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

pub fn render(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.resize(w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| duban::tui::view::draw(app, f)).unwrap();
    term
}

/// The screen as text, one line per row.
pub fn screen(term: &Terminal<TestBackend>) -> String {
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

pub fn selected(app: &App) -> Option<&Card> {
    app.board().selected_card()
}

pub fn card_by_number(app: &App, n: u32) -> Card {
    app.board().card_by_number(n).unwrap().clone()
}

pub fn stored_status(app: &App, id: ItemId) -> Status {
    app.store().item(id).unwrap().status
}
