//! The terminal board: state, keys, the event loop and the views.

pub mod action;
pub mod app;
pub mod keymap;
mod matcher;
pub mod state;
pub mod strings;
pub mod theme;
pub mod view;

pub use app::App;
pub use strings::Lang;

use crate::store::{PlanId, Store};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How the board opens.
#[derive(Debug, Clone, Default)]
pub struct BoardOptions {
    pub lang: Lang,
    /// Canonical office name, already resolved: the board opens filtered to it.
    pub office: Option<String>,
    /// With `office`: only the items it leads.
    pub lead_only: bool,
    /// Where `keymap.toml` is looked for.
    pub config_dir: Option<PathBuf>,
    /// The colours; `None` reads the environment (`NO_COLOR`, `DUBAN_THEME`).
    pub theme: Option<theme::Theme>,
    /// What was wrong with `config.toml`: shown on the footer, as keymap problems are.
    pub config_warning: Option<String>,
}

/// How often the database is asked whether another connection changed it.
const DATA_POLL: Duration = Duration::from_millis(500);
/// How often this board tells others it is still open (well inside `PRESENCE_TTL`).
const HEARTBEAT: Duration = Duration::from_secs(5);

/// Runs the board until the user quits. The terminal is restored on return, on error
/// and on panic.
pub fn run(store: Store, plan: PlanId, opts: BoardOptions) -> anyhow::Result<()> {
    run_with_warning(store, plan, opts, None)
}

/// `run`, with a warning from the caller (say, the database is on NFS) on the footer
/// from the start, where the alternate screen cannot hide it.
pub fn run_with_warning(
    store: Store,
    plan: PlanId,
    opts: BoardOptions,
    warning: Option<String>,
) -> anyhow::Result<()> {
    let mut app = App::new_head(store, plan, &opts)?;
    if let Some(w) = warning {
        app.warn(w);
    }
    app.join_presence();
    let result = event_loop(&mut app);
    app.leave_presence();
    result
}

fn event_loop(app: &mut App) -> anyhow::Result<()> {
    let mut term = TerminalGuard::new()?;
    let size = term.terminal.size()?;
    app.resize(size.width, size.height);
    let mut dirty = true;
    let mut next_poll = Instant::now() + DATA_POLL;
    let mut next_beat = Instant::now() + HEARTBEAT;
    while !app.should_quit() {
        if dirty {
            term.terminal.draw(|f| view::draw(app, f))?;
            dirty = false;
        }
        // The first frame showed the head of each column; the rest is read before
        // the first key is handled, and drawn at once in case another board changed
        // something meanwhile (a frame that did not change writes next to nothing).
        if app.load_rest() {
            dirty = true;
            continue;
        }
        let wait = next_poll.saturating_duration_since(Instant::now());
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) => {
                    #[cfg(debug_assertions)]
                    debug_panic(&key);
                    app.handle_key(&key);
                    dirty = true;
                }
                Event::Paste(text) => {
                    app.handle_paste(&text);
                    dirty = true;
                }
                Event::Resize(w, h) => {
                    app.resize(w, h);
                    dirty = true;
                }
                _ => {}
            }
        }
        if Instant::now() >= next_poll {
            dirty |= app.poll_data();
            next_poll = Instant::now() + DATA_POLL;
        }
        if Instant::now() >= next_beat {
            dirty |= app.heartbeat();
            next_beat = Instant::now() + HEARTBEAT;
        }
    }
    Ok(())
}

/// Lets the real-terminal tests check that a panic restores the terminal: with
/// `DUBAN_DEBUG_PANIC` set, F12 panics. Debug builds only.
#[cfg(debug_assertions)]
fn debug_panic(key: &crossterm::event::KeyEvent) {
    if key.code == crossterm::event::KeyCode::F(12)
        && std::env::var_os("DUBAN_DEBUG_PANIC").is_some()
    {
        panic!("DUBAN_DEBUG_PANIC: panicking on request");
    }
}

/// The one place that sets up and restores the terminal. `ratatui::init` also installs
/// a panic hook that restores before the panic message is printed; `Drop` covers errors
/// and unwinding.
struct TerminalGuard {
    terminal: ratatui::DefaultTerminal,
}

impl TerminalGuard {
    fn new() -> anyhow::Result<TerminalGuard> {
        let terminal = ratatui::try_init().inspect_err(|_| {
            // Raw mode may already be on when the alternate screen failed.
            ratatui::restore();
        })?;
        let guard = TerminalGuard { terminal };
        // Pasted text arrives whole, so a newline in it does not save a note early.
        // On failure `guard` drops here and restores.
        crossterm::execute!(std::io::stdout(), EnableBracketedPaste)?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = crossterm::execute!(std::io::stdout(), DisableBracketedPaste);
        // On a panic the hook has restored already; leaving the alternate screen a
        // second time would move the cursor back over the panic message.
        if !std::thread::panicking() {
            ratatui::restore();
        }
    }
}
