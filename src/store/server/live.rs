//! A board on a server, live and light (issue 18): it LISTENs on the channel the
//! event trigger notifies (one NOTIFY per transaction that wrote an event), and
//! learns of others' changes from the notifications the connection has received,
//! read from its socket without a query; so an idle board sends nothing.
//!
//! Presence is the server's own list of sessions: a board names its session
//! (`application_name`) and others read `pg_stat_activity` for it, only when a
//! notification says someone came or went (a board joining or leaving sends
//! one, with the payload `presence`) or the data changed; never on a timer.
//!
//! A lost connection (a server restart, a network drop) is seen at the next look
//! at the socket; `reconnect` opens the session again (LISTEN included), and the
//! board catches up from the last event it saw.

use crate::store::presence::Presence;
use crate::store::{Result, Store, StoreError};
use postgres::fallible_iterator::FallibleIterator;
use std::cell::Cell;

/// The channel the event trigger notifies (`policies.rs`, `notify_events`).
pub const CHANNEL: &str = "duban_events";

/// The payload of a notification that says a board came or went.
const PRESENCE: &str = "presence";

/// How long a look at the socket may wait for it.
const SOCKET_LOOK: std::time::Duration = std::time::Duration::from_millis(1);

/// The `application_name` of a board's session: presence reads it.
pub const BOARD_APP: &str = "duban board";

/// What the notifications said since the last look.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Someone wrote (events were recorded).
    pub data: bool,
    /// A board came or went, or the data changed (a writer may be new).
    pub presence: bool,
}

/// What a store on a server keeps of its live link.
#[derive(Debug, Default)]
pub struct Link {
    /// Presence must be read again before it is shown.
    stale: Cell<bool>,
    /// The others as last read.
    others: Vec<Presence>,
}

impl Store {
    /// On a server: what arrived on the socket since the last look, without a
    /// query. An error when the connection is lost (`is_connection_lost`). On a
    /// SQLite file nothing ever arrives.
    pub fn server_changes(&self) -> Result<Changes> {
        let Some(pg) = self.conn.pg() else {
            return Ok(Changes::default());
        };
        let mut client = pg.client();
        let mut changes = Changes::default();
        {
            let mut notes = client.notifications();
            // Not `iter()`: it never lets the client's runtime look at the socket,
            // so what arrived is only seen with the next query. A millisecond's
            // wait does, and reads everything the socket holds.
            let mut it = notes.timeout_iter(SOCKET_LOOK);
            while let Some(n) = it.next().map_err(StoreError::Server)? {
                if n.channel() != CHANNEL {
                    continue;
                }
                if n.payload() != PRESENCE {
                    changes.data = true;
                }
                changes.presence = true;
            }
        }
        if client.is_closed() {
            return Err(StoreError::ServerLost);
        }
        if changes.presence {
            self.presence.server.stale.set(true);
        }
        Ok(changes)
    }

    /// Opens the session on the server again after it was lost: the same URL
    /// and role (a role that bypasses row-level security was let in when the
    /// board opened, so it is let in again), `--as` as before, the board's own
    /// changes (what `u` undoes), and LISTEN.
    pub fn reconnect(&mut self) -> Result<()> {
        if !self.is_server() {
            return Ok(());
        }
        let url = self.path.to_string_lossy().into_owned();
        let mut fresh = Store::open_server(&url, true)?;
        // The board's own changes (what `u` undoes) are the store's, not the
        // session's: they outlive the old connection.
        std::mem::swap(&mut self.conn, &mut fresh.conn);
        // `--as`: the new session asks the server again (the old one's went with it).
        if self.recorded_by.is_some() {
            let actor = self.actor.clone();
            self.act_as_on_server(&actor)?;
        }
        self.server_join()?;
        Ok(())
    }

    /// Names this session as a board's, LISTENs, and tells the other boards it
    /// came (one round trip).
    pub(crate) fn server_join(&mut self) -> Result<String> {
        let Some(pg) = self.conn.pg() else {
            return Err(StoreError::NotOnServer("presence"));
        };
        pg.client().batch_execute(&format!(
            "SET application_name = '{BOARD_APP}'; LISTEN {CHANNEL}; NOTIFY {CHANNEL}, '{PRESENCE}'"
        ))?;
        self.presence.server.stale.set(true);
        Ok(String::from("server"))
    }

    /// Tells the other boards this one goes: the session is no longer a board's
    /// when they read the list.
    pub(crate) fn server_leave(&mut self) -> Result<()> {
        let Some(pg) = self.conn.pg() else {
            return Ok(());
        };
        pg.client().batch_execute(&format!(
            "UNLISTEN *; SET application_name = 'duban'; NOTIFY {CHANNEL}, '{PRESENCE}'"
        ))?;
        Ok(())
    }

    /// The other boards on this database, one per login role: read from the
    /// server's list of sessions when a notification made it stale, else as
    /// last read.
    pub(crate) fn server_others(&mut self) -> Result<Vec<Presence>> {
        if self.presence.server.stale.get() {
            let names: Vec<String> = self
                .conn
                .prepare_cached(
                    "SELECT DISTINCT usename::text FROM pg_stat_activity
                     WHERE datname = current_database() AND application_name = ?1
                       AND pid <> pg_backend_pid() AND usename IS NOT NULL
                     ORDER BY 1",
                )?
                .query_map([BOARD_APP], |r| r.get(0))?
                .collect::<crate::store::engine::Result<_>>()?;
            self.presence.server.others = names
                .into_iter()
                .map(|actor| Presence {
                    actor,
                    host: String::new(),
                    since: String::new(),
                    last_seen: String::new(),
                })
                .collect();
            self.presence.server.stale.set(false);
        }
        Ok(self.presence.server.others.clone())
    }
}

/// The connection's settings from `url`, with duban's where the URL names none:
/// the session is named `duban` (boards rename theirs, see `BOARD_APP`), and
/// over TCP a dead peer is noticed within about half a minute while idle,
/// without a query (keepalive probes), a write to a dead peer gives up after
/// 10 s of unacknowledged data (the board waits that long, not TCP's quarter of
/// an hour), and a connection attempt gives up after 3 s. A URL's own
/// `keepalives_*`, `tcp_user_timeout` or `connect_timeout` wins.
pub fn config(url: &str) -> std::result::Result<postgres::Config, postgres::Error> {
    use std::time::Duration;
    let mut config: postgres::Config = url.parse()?;
    if config.get_application_name().is_none() {
        config.application_name("duban");
    }
    let given = |key: &str| url.contains(key);
    if !given("keepalives_idle") {
        config.keepalives_idle(Duration::from_secs(15));
    }
    if !given("keepalives_interval") {
        config.keepalives_interval(Duration::from_secs(5));
    }
    if !given("keepalives_retries") {
        config.keepalives_retries(3);
    }
    // A board tries again by itself while the server is away: each try must not
    // hold its keys for long.
    if !given("connect_timeout") {
        config.connect_timeout(Duration::from_secs(3));
    }
    if !given("tcp_user_timeout") {
        config.tcp_user_timeout(Duration::from_secs(10));
    }
    Ok(config)
}

impl StoreError {
    /// True when the error is the server's connection lost (a restart, a
    /// network drop): nothing in flight was written by this board's word.
    pub fn is_connection_lost(&self) -> bool {
        match self {
            StoreError::ServerLost => true,
            StoreError::Server(e) => e.is_closed() || is_gone(e),
            _ => false,
        }
    }
}

/// The server said it ends the session (a shutdown, an administrator's command).
fn is_gone(e: &postgres::Error) -> bool {
    matches!(
        e.code().map(|c| c.code()),
        Some("57P01" | "57P02" | "57P03" | "08000" | "08003" | "08006")
    ) || std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>())
}
