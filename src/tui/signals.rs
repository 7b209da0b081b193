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
    /// Set when the board ended by itself, so the watchdog stands down.
    #[cfg(unix)]
    done: Arc<AtomicBool>,
    #[cfg(unix)]
    handle: signal_hook::iterator::Handle,
}

/// How long the event loop has to notice a terminating signal before the watchdog
/// ends the process itself (the loop looks at least every half second).
#[cfg(unix)]
const GRACE: std::time::Duration = std::time::Duration::from_millis(1500);

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
        let done = Arc::new(AtomicBool::new(false));
        let mut watch = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
        let handle = watch.handle();
        {
            let done = Arc::clone(&done);
            // After a hang-up the terminal reads end-of-file forever and crossterm's
            // read loop never returns to the event loop: if the board has not ended
            // within the grace time, exit from here.
            std::thread::spawn(move || {
                if let Some(sig) = watch.forever().next() {
                    std::thread::sleep(GRACE);
                    // Nothing is written: the terminal is gone, and the command holds
                    // the stdout lock.
                    if !done.load(Ordering::SeqCst) {
                        std::process::exit(128 + sig);
                    }
                }
            });
        }
        {
            let done = Arc::clone(&done);
            // A terminal that went away without a SIGHUP reaching the board (it is
            // not the session leader) reads end-of-file forever: end the board too.
            std::thread::spawn(move || {
                while !done.load(Ordering::SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(500));
                    if terminal_hung_up() && !done.load(Ordering::SeqCst) {
                        std::process::exit(128 + SIGHUP);
                    }
                }
            });
        }
        Ok(Signals {
            terminate,
            suspend,
            ids,
            done,
            handle,
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
        self.done.store(true, Ordering::SeqCst);
        self.handle.close();
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

/// True when standard input's terminal has hung up (its other end is gone).
#[cfg(unix)]
fn terminal_hung_up() -> bool {
    let mut fd = libc::pollfd {
        fd: 0,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, no timeout.
    let n = unsafe { libc::poll(&mut fd, 1, 0) };
    n > 0 && fd.revents & (libc::POLLHUP | libc::POLLNVAL) != 0
}
