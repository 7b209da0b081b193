//! What one key costs on the wire at the small sizes: the bytes a real terminal
//! backend writes for the frame after a selection move and after a card move.
//! (BENCHMARKS.md quotes these figures; run with `--nocapture` to see them.)

use crate::tui_support;

use duban::tui::App;
use duban::tui::action::Action;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::Write;
use tui_support::*;

#[derive(Default, Clone)]
struct Counter(std::rc::Rc<std::cell::Cell<usize>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Bytes for the first frame, and for the frame after `action`.
fn bytes_at(app: &mut App, action: Action, w: u16, h: u16) -> (usize, usize) {
    app.resize(w, h);
    let counter = Counter::default();
    let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h));
    let mut term = Terminal::with_options(
        CrosstermBackend::new(counter.clone()),
        ratatui::TerminalOptions { viewport },
    )
    .unwrap();
    term.draw(|f| duban::tui::view::draw(app, f)).unwrap();
    let full = counter.0.replace(0);
    app.update(action);
    term.draw(|f| duban::tui::view::draw(app, f)).unwrap();
    (full, counter.0.get())
}

#[test]
fn a_key_at_small_sizes_redraws_little() {
    for (w, h) in [(120, 40), (80, 24), (60, 16)] {
        let mut app = app();
        let (full, select) = bytes_at(&mut app, Action::Down, w, h);
        let (_, moved) = bytes_at(&mut app, Action::MoveNext, w, h);
        println!("{w}x{h}: whole screen {full} B, selection move {select} B, card move {moved} B");
        // A selection move redraws two cards, not the whole screen.
        assert!(select * 2 < full, "{w}x{h}: {select} B of {full} B");
        assert!(select > 0 && moved > 0);
    }
}
