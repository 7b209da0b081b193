//! Opening the store on a server (issue 18, phase 2): the actor is the login
//! role (`session_user`; `--as` asks the server, see `acting.rs`), a role that
//! could bypass row-level security is refused unless the caller says `--admin`,
//! and the server's schema and rules must be this build's (`duban server init`
//! brings them there). Also the one place a server's refusal becomes duban's.

use super::schema;
use crate::store::engine::{Conn, PgConn};
use crate::store::rules::{self, Act};
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
    /// The schema is at this build's version but its functions are older (a
    /// server set up by an earlier duban: `server init` again replaces them).
    RulesOld,
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
        // `duban.act_as` came with the rules `server init` now makes in place.
        let usable: Option<(bool, bool)> = client
            .query_opt(
                "SELECT has_schema_privilege(current_user, n.oid, 'USAGE'),
                        EXISTS (SELECT 1 FROM pg_proc p
                                WHERE p.pronamespace = n.oid AND p.proname = 'act_as')
                 FROM pg_namespace n WHERE n.nspname = $1",
                &[&schema::SCHEMA],
            )?
            .map(|r| (r.get(0), r.get(1)));
        if usable.is_some_and(|(usage, _)| !usage) {
            return Err(refuse(Refusal::NotMember { role: actor }));
        }
        let rules_old = usable.is_some_and(|(_, acting)| !acting);
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
        if rules_old {
            return Err(refuse(Refusal::RulesOld));
        }
        // The session's own tables are gone with the session, so their commit need
        // not wait for the WAL to reach the disk (5 ms of a board's first frame with
        // fsync on); `SET LOCAL` keeps every later write of the session durable.
        client.batch_execute(&format!(
            "SET search_path = {}, pg_temp;
             SET lock_timeout = '30s';
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
            search_reader: Some(std::sync::Arc::new(super::reader::Reader::new(url))),
        })
    }

    /// True when this store is on a server.
    pub fn is_server(&self) -> bool {
        self.conn.is_server()
    }

    /// On a server whose rules are not this build's (`policies::rules_version`):
    /// the server's version ("" when it has none: rules made before versions).
    /// None on a file, or when they agree. A board and every command say so
    /// and go on: the server still keeps its rules, and duban checks its own
    /// before every write (see `cli::open`).
    pub fn server_rules_differ(&self) -> Result<Option<String>> {
        if !self.is_server() {
            return Ok(None);
        }
        let has: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                            WHERE n.nspname = 'duban' AND p.proname = 'rules_version')",
            [],
            |r| r.get(0),
        )?;
        let found = if has {
            self.conn
                .query_row("SELECT duban.rules_version()", [], |r| r.get(0))?
        } else {
            String::new()
        };
        Ok((found != super::policies::rules_version()).then_some(found))
    }
}

/// On a server, a write whose `UPDATE .. RETURNING` found no row after duban's
/// own check let it through met a row the policies hide from this role: a
/// refusal, like the policies' raised ones (`Store::write` names its rule).
pub(crate) fn row_refused(e: StoreError) -> StoreError {
    match e {
        StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows) => StoreError::ServerRefused {
            reason: None,
            by_policy: true,
        },
        e => e,
    }
}

impl Store {
    /// A write the server refused by a policy (`by_policy`), said as the rule
    /// of the act the write asked for (`asked`, see `Writer::allow_on`): the
    /// server's `duban.refusal` tells who may, as its `refuse` does. Run after the
    /// write's transaction is rolled back; anything else passes unchanged.
    pub(crate) fn name_the_rule(
        &self,
        e: StoreError,
        asked: Option<(Act, Option<crate::store::ItemId>)>,
    ) -> StoreError {
        let (
            StoreError::ServerRefused {
                by_policy: true, ..
            },
            Some((act, item)),
        ) = (&e, asked)
        else {
            return e;
        };
        let said = self.conn.query_row(
            "SELECT duban.refusal(?1, ?2)",
            crate::store::engine::params![act_name(act), item],
            |r| r.get::<_, String>(0),
        );
        match said.ok().as_deref().and_then(rule_refused) {
            Some(refusal) => StoreError::Refused(Box::new(refusal)),
            None => e,
        }
    }
}

/// A server's error as the store's: a refusal by a policy or trigger is a
/// refusal like duban's own check (exit status 3), in duban's own sentence when
/// the server names the rule: DB002 (`duban.refuse`) carries the refusal as
/// JSON in its DETAIL, DB001 (a retired item) the item's number, DB003 (done
/// without a statement, or leaving it without a reopen: checked at commit) the
/// item's number and which. DB005 (an event written without its change) and
/// 42501 (a row the policies refuse) keep the server's words; `Store::write`
/// names the rule of the latter.
pub(crate) fn refusal(e: postgres::Error) -> StoreError {
    let code = e.code().map(|c| c.code().to_string());
    let detail = e.as_db_error().and_then(|d| d.detail()).unwrap_or("");
    match code.as_deref() {
        Some("DB002") => match rule_refused(detail) {
            Some(refusal) => StoreError::Refused(Box::new(refusal)),
            None => StoreError::ServerRefused {
                reason: Some(crate::store::error_message::server_reason(&e)),
                by_policy: false,
            },
        },
        Some("DB001") => match retired_number(detail) {
            Some(number) => StoreError::ItemRetired { number },
            None => StoreError::ServerRefused {
                reason: Some(crate::store::error_message::server_reason(&e)),
                by_policy: false,
            },
        },
        // A lock held past `lock_timeout` (duban's write lock kept by a session
        // that does not let go): busy, nothing written, as on a file.
        Some("55P03") => StoreError::Busy(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            Some(crate::store::error_message::server_reason(&e)),
        )),
        // At commit: done without a statement, or left without a reopen.
        Some("DB003") => match done_rule(detail) {
            Some((number, true)) => StoreError::LeavesDone { number },
            Some((number, false)) => StoreError::NeedsStatement { number },
            None => StoreError::ServerRefused {
                reason: Some(crate::store::error_message::server_reason(&e)),
                by_policy: false,
            },
        },
        Some(code @ ("DB005" | "42501")) => match period_rule(detail) {
            // A report for another period than the server's current one.
            Some((number, period)) if code == "DB005" => {
                StoreError::ReportNotThisPeriod { number, period }
            }
            _ => StoreError::ServerRefused {
                reason: Some(crate::store::error_message::server_reason(&e)),
                by_policy: code == "42501",
            },
        },
        _ => StoreError::Server(e),
    }
}

/// The refusal `duban.refusal(act, item)` wrote (JSON), as duban's own.
pub(crate) fn rule_refused(detail: &str) -> Option<rules::Refusal> {
    #[derive(serde::Deserialize)]
    struct Said {
        act: String,
        actor: String,
        number: Option<u32>,
        lead: Option<String>,
        #[serde(default)]
        co: Vec<String>,
        supervising: Option<String>,
    }
    let said: Said = serde_json::from_str(detail).ok()?;
    Some(rules::Refusal {
        act: act_named(&said.act)?,
        actor: said.actor,
        number: said.number,
        lead: said.lead,
        co: said.co,
        supervising: said.supervising,
    })
}

/// The item's number and whether it left done (`rule` "reopen") rather than
/// arrived there without a statement ("statement"), from `done_has_statement`.
fn done_rule(detail: &str) -> Option<(u32, bool)> {
    let said: serde_json::Value = serde_json::from_str(detail).ok()?;
    let number = u32::try_from(said.get("number")?.as_u64()?).ok()?;
    match said.get("rule")?.as_str()? {
        "reopen" => Some((number, true)),
        "statement" => Some((number, false)),
        _ => None,
    }
}

/// The item's number and the period of a report `check_period` refused.
fn period_rule(detail: &str) -> Option<(Option<u32>, String)> {
    let said: serde_json::Value = serde_json::from_str(detail).ok()?;
    if said.get("rule")?.as_str()? != "period" {
        return None;
    }
    let number = said
        .get("number")
        .and_then(serde_json::Value::as_u64)
        .and_then(|n| u32::try_from(n).ok());
    Some((number, said.get("period")?.as_str()?.to_string()))
}

fn retired_number(detail: &str) -> Option<u32> {
    let said: serde_json::Value = serde_json::from_str(detail).ok()?;
    u32::try_from(said.get("number")?.as_u64()?).ok()
}

/// The act a name of the server's `may` (snake_case `Act`) stands for.
pub fn act_named(name: &str) -> Option<Act> {
    Some(match name {
        "move" => Act::Move,
        "report" => Act::Report,
        "close" => Act::Close,
        "reopen" => Act::Reopen,
        "reopen_confirmed" => Act::ReopenConfirmed,
        "tick" => Act::Tick,
        "note" => Act::Note,
        "urge" => Act::Urge,
        "reply" => Act::Reply,
        "confirm" => Act::Confirm,
        "members" => Act::Members,
        "cycle" => Act::Cycle,
        "act_as" => Act::ActAs,
        "import" => Act::Import,
        "restore" => Act::Restore,
        "add_item" => Act::AddItem,
        "edit_item" => Act::EditItem,
        "edit_work" => Act::EditWork,
        "retire" => Act::Retire,
        _ => return None,
    })
}

/// The server's name of `act` (what `may` and `refuse` take).
pub fn act_name(act: Act) -> &'static str {
    match act {
        Act::Move => "move",
        Act::Report => "report",
        Act::Close => "close",
        Act::Reopen => "reopen",
        Act::ReopenConfirmed => "reopen_confirmed",
        Act::Tick => "tick",
        Act::Note => "note",
        Act::Urge => "urge",
        Act::Reply => "reply",
        Act::Confirm => "confirm",
        Act::Members => "members",
        Act::Cycle => "cycle",
        Act::ActAs => "act_as",
        Act::Import => "import",
        Act::Restore => "restore",
        Act::AddItem => "add_item",
        Act::EditItem => "edit_item",
        Act::EditWork => "edit_work",
        Act::Retire => "retire",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::pg;

    #[test]
    fn every_act_has_a_server_name_that_reads_back() {
        for act in [
            Act::Move,
            Act::Report,
            Act::Close,
            Act::Reopen,
            Act::ReopenConfirmed,
            Act::Tick,
            Act::Note,
            Act::Urge,
            Act::Reply,
            Act::Confirm,
            Act::Members,
            Act::Cycle,
            Act::ActAs,
            Act::Import,
            Act::Restore,
            Act::AddItem,
            Act::EditItem,
            Act::EditWork,
            Act::Retire,
        ] {
            assert_eq!(act_named(act_name(act)), Some(act));
        }
        let said = r#"{"act":"tick","actor":"路人","number":3,"lead":"高教处",
            "co":["基教处"],"supervising":"办公室"}"#;
        let r = rule_refused(said).unwrap();
        assert_eq!((r.act, r.number, r.co.len()), (Act::Tick, Some(3), 1));
        assert_eq!(retired_number(r#"{"number":4}"#), Some(4));
        assert_eq!(
            done_rule(r#"{"number":7,"rule":"statement"}"#),
            Some((7, false))
        );
        assert_eq!(
            done_rule(r#"{"number":7,"rule":"reopen"}"#),
            Some((7, true))
        );
        assert_eq!(done_rule(r#"{"number":7}"#), None);
        assert_eq!(
            period_rule(r#"{"rule":"period","period":"2020-06","number":1}"#),
            Some((Some(1), "2020-06".to_string()))
        );
        assert_eq!(done_rule(r#"{"rule":"period","period":"2020-06"}"#), None);
        assert!(rule_refused("item 3").is_none());
    }

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
