//! Acting on one card: copying it, reordering it, and saying who changed it first.

use super::{App, Level};

impl App {
    /// Puts the current card on the clipboard as one line:
    /// `#14 扩大普惠性学前教育资源供给 · 基教处 · 推进中 · 期限 2020-12-31`.
    pub(super) fn copy_card(&mut self) {
        let Some(card) = self.current_card() else {
            return;
        };
        let lang = self.lang;
        let mut parts = vec![format!("#{} {}", card.number, card.title)];
        parts.extend(card.lead_office.clone());
        parts.push(self.lang.status(card.status).to_string());
        if let Some(due) = &card.due {
            parts.push(crate::t!(lang, "board-due-word", date = due.as_str()));
        }
        let line = crate::text::sanitize_line(&parts.join(" · ")).into_owned();
        // "Copied" only where the terminal is known to take it; else what to do.
        let said = match self.osc52 {
            crate::tui::clipboard::Osc52::Takes => crate::t!(lang, "board-copied", line = &line),
            crate::tui::clipboard::Osc52::TmuxOff => {
                crate::t!(lang, "board-copy-sent-tmux", line = &line)
            }
            crate::tui::clipboard::Osc52::Unknown => {
                crate::t!(lang, "board-copy-sent", line = &line)
            }
        };
        self.say(Level::Info, said);
        self.clipboard = Some(line);
    }

    /// Reloads and says who changed item `number` since the user last saw it.
    pub(super) fn say_stale(
        &mut self,
        number: u32,
        by: &str,
        at: &str,
        status: crate::plan::Status,
    ) {
        self.reload();
        let n = number.to_string();
        let at = crate::tui::state::detail::short_time(at, &self.tz);
        let text = crate::t!(
            self.lang,
            "board-stale",
            n = &n,
            by = by,
            at = &at,
            status = self.lang.status(status)
        );
        self.say(Level::Warn, text);
    }

    pub(super) fn reorder(&mut self, up: bool) {
        if self.refuse_displaced() {
            return;
        }
        let Some(id) = self.board.selected_id() else {
            return;
        };
        let neighbour = self.board.neighbour(id, up);
        match self.store.reorder(id, up) {
            Ok(true) => match neighbour {
                Some(n) => self.refresh_moved(&[id, n]),
                None => self.reload(),
            },
            Ok(false) => {
                let lang = self.lang;
                let text = if up {
                    lang.msg("board-already-first")
                } else {
                    lang.msg("board-already-last")
                };
                self.say(Level::Info, text);
            }
            Err(e) => self.report(e),
        }
    }
}
