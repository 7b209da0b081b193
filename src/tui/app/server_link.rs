//! A board on a server: others' changes arrive as notifications (no polling; see
//! `store::server::live`), and a lost connection is said in the footer, tried
//! again with a growing pause, and caught up from the last event seen once back.

use super::{App, Level};
use std::time::{Duration, Instant};

/// The first pause before trying to reconnect, and the longest.
const FIRST_TRY: Duration = Duration::from_millis(500);
const LONGEST_PAUSE: Duration = Duration::from_secs(15);

/// The connection is lost: when to try again, and the pause after that.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Down {
    next_try: Instant,
    pause: Duration,
}

impl Down {
    fn new() -> Down {
        Down {
            next_try: Instant::now() + FIRST_TRY,
            pause: FIRST_TRY,
        }
    }
}

impl App {
    /// What the socket brought since the last look (no query when nothing came);
    /// while the connection is lost, one try to reconnect when its pause is over.
    /// True when anything shown changed.
    pub(super) fn poll_server(&mut self) -> bool {
        if let Some(down) = self.live.down {
            if Instant::now() < down.next_try {
                return false;
            }
            return self.try_reconnect(down);
        }
        match self.store.server_changes() {
            Ok(c) => {
                let mut changed = false;
                if c.data {
                    changed |= self.catch_up();
                }
                if c.presence {
                    changed |= self.refresh_presence();
                }
                changed
            }
            Err(e) if e.is_connection_lost() => {
                self.lost_connection();
                true
            }
            Err(_) => false,
        }
    }

    /// True when the board is on a server.
    pub fn is_server(&self) -> bool {
        self.store.is_server()
    }

    /// True while the board's connection to the server is lost.
    pub fn server_down(&self) -> bool {
        self.live.down.is_some()
    }

    /// Marks the connection lost and says so (once).
    pub(super) fn lost_connection(&mut self) {
        if self.live.down.is_none() {
            self.live.down = Some(Down::new());
            self.say(Level::Warn, self.lang.msg("board-server-lost"));
        }
    }

    fn try_reconnect(&mut self, down: Down) -> bool {
        match self.store.reconnect() {
            Ok(()) => {
                self.live.down = None;
                // Events written while the board was away: read from the last one seen.
                self.catch_up();
                self.refresh_presence();
                self.say(Level::Info, self.lang.msg("board-server-back"));
                true
            }
            Err(_) => {
                let pause = (down.pause * 2).min(LONGEST_PAUSE);
                self.live.down = Some(Down {
                    next_try: Instant::now() + pause,
                    pause,
                });
                false
            }
        }
    }
}
