//! Opening the store on a server (issue 18, phase 2): the actor is the login
//! role (`session_user`), a role that could bypass row-level security is
//! refused unless the caller says `--admin`, and the server's schema must be at
//! this build's version (`duban server init` brings it there).

use super::schema;
use crate::store::engine::{Conn, PgConn};
use crate::store::{Result, Store, StoreError, busy, presence};
use std::path::PathBuf;

/// What `Store::open_server` found wrong before it opened.
#[derive(Debug)]
pub enum Refusal {
    /// The database has no duban schema.
    NoSchema,
    /// The schema is at `found`; this build reads `supported`.
    Version { found: i64, supported: i64 },
    /// The role is a superuser or has BYPASSRLS.
    Bypasses { role: String },
    /// The role may not use duban's schema: it is not a member of duban's user role.
    NotMember { role: String },
}

impl Store {
    /// Opens duban's schema on the server at `url` for its login role. `admin`
    /// lets a role that bypasses row-level security in (the rules are then kept
    /// by duban alone).
    pub fn open_server(url: &str, admin: bool) -> Result<Store> {
        let mut client = super::connect(url).map_err(|e| StoreError::ServerConnect {
            url: super::shown(url),
            reason: match e {
                super::ServerError::Connect { source, .. } => {
                    crate::store::error_message::server_reason(&source)
                }
                other => other.to_string(),
            },
        })?;
        let refuse = |why| StoreError::ServerRefusesOpen {
            url: super::shown(url),
            why,
        };
        let me = client.query_one(
            "SELECT session_user::text, r.rolsuper OR r.rolbypassrls
             FROM pg_roles r WHERE r.rolname = current_user",
            &[],
        )?;
        let (actor, bypasses): (String, bool) = (me.get(0), me.get(1));
        if bypasses && !admin {
            return Err(refuse(Refusal::Bypasses { role: actor }));
        }
        // A login role that is not in duban's member role cannot even read the plan:
        // say so by name rather than with the server's "permission denied".
        let usable: Option<bool> = client
            .query_opt(
                "SELECT has_schema_privilege(current_user, n.oid, 'USAGE')
                 FROM pg_namespace n WHERE n.nspname = $1",
                &[&schema::SCHEMA],
            )?
            .map(|r| r.get(0));
        if usable == Some(false) {
            return Err(refuse(Refusal::NotMember { role: actor }));
        }
        let found = super::version(&mut client)
            .map_err(|e| match e {
                super::ServerError::Sql(e) => StoreError::from(e),
                other => StoreError::ServerConnect {
                    url: super::shown(url),
                    reason: other.to_string(),
                },
            })?
            .ok_or_else(|| refuse(Refusal::NoSchema))?;
        let supported = crate::store::schema::CURRENT;
        if found != supported {
            return Err(refuse(Refusal::Version { found, supported }));
        }
        // The session's own tables are gone with the session, so their commit need
        // not wait for the WAL to reach the disk (5 ms of a board's first frame with
        // fsync on); `SET LOCAL` keeps every later write of the session durable.
        client.batch_execute(&format!(
            "SET search_path = {}, pg_temp;
             BEGIN;
             SET LOCAL synchronous_commit = off;
             CREATE TEMP TABLE IF NOT EXISTS duban_session (recorded_by text);
             DELETE FROM pg_temp.duban_session;
             INSERT INTO pg_temp.duban_session VALUES (NULL);
             COMMIT;",
            schema::SCHEMA
        ))?;
        Ok(Store {
            conn: Conn::Pg(Box::new(PgConn::new(client))),
            path: PathBuf::from(url),
            actor,
            recorded_by: None,
            read_only: false,
            fixed_now: None,
            presence: presence::Own::default(),
            opened: std::cell::Cell::new(None),
            immutable: false,
            in_bulk: false,
            busy: busy::BusyWait {
                timeout: crate::store::BUSY_TIMEOUT,
                notice: None,
            },
            schema_cookie: std::cell::Cell::new(-1),
            log_gone: false,
            sound_pending: std::cell::Cell::new(false),
            visit_put_off: None,
            own_events: Vec::new(),
        })
    }

    /// True when this store is on a server.
    pub fn is_server(&self) -> bool {
        self.conn.is_server()
    }
}

/// On a server, a write whose `UPDATE .. RETURNING` found no row after duban's
/// own check let it through met a row the policies hide from this role: a
/// refusal, like the policies' raised ones.
pub(crate) fn row_refused(e: StoreError) -> StoreError {
    match e {
        StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows) => {
            StoreError::ServerRefused { reason: None }
        }
        e => e,
    }
}

/// A server's error as the store's: a refusal by a policy or trigger (DB001 a
/// retired item, DB002 not allowed, DB003 done without a statement, 42501 a row
/// the policies refuse) is a refusal like duban's own check (exit status 3).
pub(crate) fn refusal(e: postgres::Error) -> StoreError {
    let code = e.code().map(|c| c.code().to_string());
    match code.as_deref() {
        Some("DB001" | "DB002" | "DB003" | "42501") => StoreError::ServerRefused {
            reason: Some(crate::store::error_message::server_reason(&e)),
        },
        _ => StoreError::Server(e),
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::pg;

    /// The session's own tables are made without waiting for a WAL flush, and
    /// that stays inside their transaction: the session's writes wait for it.
    #[test]
    fn the_session_tables_are_there_and_later_commits_stay_synchronous() {
        if !pg::available() {
            return;
        }
        let store = pg::fresh("alice");
        let setting: String = store
            .conn
            .query_row("SHOW synchronous_commit", [], |r| r.get(0))
            .unwrap();
        assert_eq!(setting, "on");
        let rows: i64 = store
            .conn
            .query_row("SELECT count(*) FROM pg_temp.duban_session", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(rows, 1);
    }
}
