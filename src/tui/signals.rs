//! Signals while the board owns the terminal: SIGTERM, SIGHUP (a dropped SSH
//! session) and SIGINT end the board through the normal restore; SIGTSTP and
//! Ctrl-Z suspend it. The handlers only set flags the event loop reads.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
#[cfg(unix)]
use signal_hook::SigId;
#[cfg(unix)]
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The flags, registered for as long as this lives.
pub struct Signals {
    /// The number of the terminating signal that arrived, or 0.
    terminate: Arc<AtomicUsize>,
    suspend: Arc<AtomicBool>,
    #[cfg(unix)]
    ids: Vec<SigId>,
}

impl Signals {
    #[cfg(not(unix))]
    pub fn register() -> std::io::Result<Signals> {
        Ok(Signals {
            terminate: Arc::new(AtomicUsize::new(0)),
            suspend: Arc::new(AtomicBool::new(false)),
        })
    }

    #[cfg(unix)]
    pub fn register() -> std::io::Result<Signals> {
        let terminate = Arc::new(AtomicUsize::new(0));
        let suspend = Arc::new(AtomicBool::new(false));
        let mut ids = Vec::new();
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            ids.push(signal_hook::flag::register_usize(
                sig,
                Arc::clone(&terminate),
                sig as usize,
            )?);
        }
        ids.push(signal_hook::flag::register(SIGTSTP, Arc::clone(&suspend))?);
        Ok(Signals {
            terminate,
            suspend,
            ids,
        })
    }

    /// The terminating signal that arrived, if one did.
    pub fn terminated(&self) -> Option<i32> {
        match self.terminate.load(Ordering::SeqCst) {
            0 => None,
            n => Some(n as i32),
        }
    }

    /// True once for each SIGTSTP that arrived (`kill -TSTP`).
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }
}

#[cfg(unix)]
impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Ctrl-Z: in raw mode the terminal sends it as a key, not as SIGTSTP.
pub fn is_suspend_key(key: &KeyEvent) -> bool {
    cfg!(unix) && key.code == KeyCode::Char('z') && key.modifiers.contains(KeyModifiers::CONTROL)
}

/// Stops the process as SIGTSTP's default action would; returns when continued.
pub fn stop_self() {
    #[cfg(unix)]
    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
}
