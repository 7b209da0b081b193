//! The mouse: a click selects a card or focuses a column, a double click opens the
//! card, the wheel scrolls whatever has the keyboard.

use super::App;
use crate::tui::action::{Action, Context};
use crate::tui::view;
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};
use std::time::{Duration, Instant};

/// Two clicks on the same card within this make a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// What is under the pointer on the board.
enum Hit {
    Column(usize),
    Card(usize, crate::store::ItemId),
}

impl App {
    pub fn handle_mouse(&mut self, ev: &MouseEvent) {
        self.on_mouse(ev);
        self.fill_window();
    }

    fn on_mouse(&mut self, ev: &MouseEvent) {
        if self.too_small() {
            return;
        }
        let at = Position::new(ev.column, ev.row);
        match ev.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let down = ev.kind == MouseEventKind::ScrollDown;
                let ctx = self.context();
                if ctx == Context::Board
                    && let Some(Hit::Column(col) | Hit::Card(col, _)) = self.hit(at)
                    && col != self.board.column()
                {
                    self.board.focus_column(col);
                }
                // The wheel scrolls lists and views; in text fields it does nothing.
                if matches!(
                    ctx,
                    Context::Board
                        | Context::Detail
                        | Context::Help
                        | Context::Picker
                        | Context::Overview
                        | Context::Changes
                ) {
                    self.update(if down { Action::Down } else { Action::Up });
                }
            }
            MouseEventKind::Down(MouseButton::Left) if self.context() == Context::Board => {
                self.message = None;
                match self.hit(at) {
                    Some(Hit::Column(col)) => {
                        self.board.focus_column(col);
                        self.last_click = None;
                    }
                    Some(Hit::Card(_, id)) => {
                        self.board.select(id);
                        let now = Instant::now();
                        let double = self
                            .last_click
                            .is_some_and(|(last, t)| last == id && now - t <= DOUBLE_CLICK);
                        if double {
                            self.last_click = None;
                            self.update(Action::Open);
                        } else {
                            self.last_click = Some((id, now));
                        }
                    }
                    None => {}
                }
            }
            _ => {}
        }
    }

    /// The column or card at `at`, by the same geometry the board is drawn with.
    fn hit(&self, at: Position) -> Option<Hit> {
        let (w, h) = self.size;
        let [_, body, _] = view::layout::split(Rect::new(0, 0, w, h));
        let geometry = view::board::board_layout(self, body);
        for (col, tab) in geometry.tabs.iter().enumerate() {
            if tab.is_some_and(|t| t.contains(at)) {
                return Some(Hit::Column(col));
            }
        }
        let card_h = view::layout::card_height(w, h);
        let lines = view::layout::card_lines(w);
        for (col, area) in geometry.columns.iter().enumerate() {
            let Some(area) = area.filter(|a| a.contains(at)) else {
                continue;
            };
            let inner = Rect::new(
                area.x + 1,
                area.y + 1,
                area.width.saturating_sub(2),
                area.height.saturating_sub(2),
            );
            if inner.contains(at) {
                let row = at.y - inner.y;
                if row % card_h < lines
                    && (row / card_h) * card_h + lines <= inner.height
                    && let Some(card) = self.board.visible(col).nth((row / card_h) as usize)
                {
                    return Some(Hit::Card(col, card.id));
                }
            }
            return Some(Hit::Column(col));
        }
        None
    }
}
