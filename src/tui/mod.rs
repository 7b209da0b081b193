//! The terminal board: state, keys, the event loop and the views.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod external;
pub mod keymap;
pub(crate) use crate::matcher;
mod signals;
pub mod state;
pub mod strings;
pub mod theme;
pub mod view;

pub use app::App;
pub use strings::Lang;

use crate::store::{PlanId, Store};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How the board opens.
#[derive(Debug, Clone)]
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
    /// Whether the board takes the mouse (`mouse = false` in config.toml turns it off,
    /// leaving the terminal's own selection and scrolling).
    pub mouse: bool,
    /// Whether the terminal takes OSC 52 (`clipboard::detect`): `y` says "copied"
    /// only when it does.
    pub clipboard: clipboard::Osc52,
    /// Above this many items the search index keeps no texts, only which characters
    /// each item has, and reads a query's candidates again from the database.
    pub search_texts_up_to: usize,
}

/// The search index keeps its items' texts up to this many items: they cost about
/// 730 bytes an item (73 MB at 100k, 780 MB at 1M), so that a board of this size
/// stays under 150 MB with a search; above it the index holds only postings (6 MB at
/// 100k, 30 MB at 1M) and each query reads its candidates again (see BENCHMARKS.md).
pub const SEARCH_TEXTS_UP_TO: usize = 150_000;

impl Default for BoardOptions {
    fn default() -> BoardOptions {
        BoardOptions {
            lang: Lang::default(),
            office: None,
            lead_only: false,
            config_dir: None,
            theme: None,
            config_warning: None,
            mouse: true,
            clipboard: clipboard::Osc52::Unknown,
            search_texts_up_to: SEARCH_TEXTS_UP_TO,
        }
    }
}

/// How often the database is asked whether another connection changed it.
const DATA_POLL: Duration = Duration::from_millis(500);
/// How often the board looks whether the search index is ready, while it is built.
const INDEX_POLL: Duration = Duration::from_millis(10);
/// On a server, how often the board looks at what its socket received (no
/// query: notifications arrive by themselves; see `store::server::live`).
const SERVER_POLL: Duration = Duration::from_millis(50);
/// How often the board looks again at who else is here (reads only: a board holds a
/// presence lock and writes no heartbeat; see `store::presence`).
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
    let signals = signals::Signals::register()?;
    let result = event_loop(&mut app, &signals, opts.mouse);
    drop(signals);
    app.leave_presence();
    result
}

fn event_loop(app: &mut App, signals: &signals::Signals, mouse: bool) -> anyhow::Result<()> {
    let mut term = TerminalGuard::new(mouse)?;
    // crossterm starts listening for SIGWINCH with its first poll: before the size
    // is read, so a resize while the first frame is drawn comes as an event and is
    // not lost (the board would stay "too small" in a window made larger).
    event::poll(Duration::ZERO)?;
    let size = term.terminal.size()?;
    app.resize(size.width, size.height);
    let mut dirty = true;
    let data_poll = if app.is_server() {
        SERVER_POLL
    } else {
        DATA_POLL
    };
    let mut next_poll = Instant::now() + data_poll;
    let mut next_beat = Instant::now() + HEARTBEAT;
    let mut joined = false;
    while !app.should_quit() {
        // SIGTERM, SIGHUP, SIGINT: the guard restores the terminal on the way out.
        if let Some(signal) = signals.terminated() {
            return Err(Interrupted(signal).into());
        }
        if signals.take_suspend() {
            term.suspend()?;
            dirty = true;
        }
        if dirty {
            term.terminal.draw(|f| view::draw(app, f))?;
            dirty = false;
        }
        if !joined {
            // The quick check the first frame did not wait for (`cli::board`): a
            // damaged file ends the board here, before its presence row or a key
            // writes anything into it.
            app.check_sound_if_deferred()?;
            // Drawn again at once: the footer names the others already here.
            app.join_presence();
            joined = true;
            dirty = true;
            continue;
        }
        // The first frame showed the head of each column; the rest is read before
        // the first key is handled, and drawn at once in case another board changed
        // something meanwhile (a frame that did not change writes next to nothing).
        if app.load_rest() {
            dirty = true;
            continue;
        }
        let mut wait = next_poll.saturating_duration_since(Instant::now());
        if app.is_indexing() || app.is_scanning() {
            // The search index is being built on another thread: look for it often.
            wait = wait.min(INDEX_POLL);
        }
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) if signals::is_suspend_key(&key) => {
                    term.suspend()?;
                    dirty = true;
                }
                Event::Key(key) => {
                    #[cfg(debug_assertions)]
                    debug_panic(&key);
                    app.handle_key(&key);
                    if let Some(text) = app.take_clipboard() {
                        use std::io::Write;
                        let mut out = std::io::stdout();
                        let _ = out.write_all(clipboard::osc52(&text).as_bytes());
                        let _ = out.flush();
                    }
                    if let Some(text) = app.take_external_edit() {
                        let edited = term.outside(|| external::edit_text(&text))?;
                        app.external_edit_done(edited);
                    }
                    dirty = true;
                }
                Event::Mouse(ev) => {
                    app.handle_mouse(&ev);
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
        dirty |= app.poll_search_index();
        if Instant::now() >= next_poll {
            dirty |= app.poll_data();
            next_poll = Instant::now() + data_poll;
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
/// a panic hook that restores before the panic message is printed (this adds the
/// mouse and the pasting mode to it); `Drop` covers errors.
struct TerminalGuard {
    terminal: ratatui::DefaultTerminal,
    mouse: bool,
}

impl TerminalGuard {
    fn new(mouse: bool) -> anyhow::Result<TerminalGuard> {
        let terminal = ratatui::try_init().inspect_err(|_| {
            // Raw mode may already be on when the alternate screen failed.
            ratatui::restore();
        })?;
        // ratatui's panic hook knows nothing of the mouse and the pasting mode: turn
        // them off first. The hook is all that runs on a panic in a release build
        // (`panic = "abort"`: no unwinding, no `Drop`).
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if mouse {
                let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
            }
            let _ = crossterm::execute!(std::io::stdout(), DisableBracketedPaste);
            hook(info);
        }));
        let guard = TerminalGuard { terminal, mouse };
        // On failure `guard` drops here and restores.
        guard.modes_on()?;
        Ok(guard)
    }

    /// The modes beyond ratatui's: pasted text arrives whole (so a newline in it does
    /// not save a note early), and the mouse when asked for.
    fn modes_on(&self) -> std::io::Result<()> {
        crossterm::execute!(std::io::stdout(), EnableBracketedPaste)?;
        if self.mouse {
            crossterm::execute!(std::io::stdout(), EnableMouseCapture)?;
        }
        Ok(())
    }

    fn modes_off(&self) {
        if self.mouse {
            let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
        }
        let _ = crossterm::execute!(std::io::stdout(), DisableBracketedPaste);
    }

    /// Runs `f` with the terminal as the shell left it (raw mode off, main screen,
    /// cursor shown, no mouse), for a program such as `$EDITOR`; then takes the
    /// terminal back and redraws everything.
    fn outside<T>(&mut self, f: impl FnOnce() -> T) -> anyhow::Result<T> {
        let _ = self.terminal.show_cursor();
        self.modes_off();
        restore_terminal();
        let value = f();
        crossterm::terminal::enable_raw_mode()?;
        crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
        self.modes_on()?;
        self.terminal.clear()?;
        Ok(value)
    }
}

impl TerminalGuard {
    /// Ctrl-Z: gives the terminal back to the shell, stops the process, and takes
    /// the terminal again when the shell continues it (`fg`), with a full redraw.
    fn suspend(&mut self) -> anyhow::Result<()> {
        // Through the terminal, so it knows to hide the cursor again on the next draw.
        let _ = self.terminal.show_cursor();
        self.modes_off();
        restore_terminal();
        signals::stop_self();
        crossterm::terminal::enable_raw_mode()?;
        crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
        self.modes_on()?;
        // The screen behind is whatever the shell left: draw every cell again.
        self.terminal.clear()?;
        Ok(())
    }
}

/// Leaves raw mode and the alternate screen, shows the cursor, ends bracketed paste.
fn restore_terminal() {
    let _ = crossterm::execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        crossterm::cursor::Show
    );
    ratatui::restore();
}

/// The board ended because of a signal (SIGTERM, SIGHUP, SIGINT), after restoring
/// the terminal; the command exits with 128 + the signal's number, as shells expect.
#[derive(Debug, thiserror::Error)]
#[error("ended by signal {0}")]
pub struct Interrupted(pub i32);

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        // On a panic the hook has restored everything already; leaving the
        // alternate screen a second time would move the cursor back over the panic
        // message.
        if std::thread::panicking() {
            return;
        }
        if self.mouse {
            let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
        }
        restore_terminal();
    }
}
