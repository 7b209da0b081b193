//! duban on a PostgreSQL server (issue 18). Phase 1: `server init` makes duban's
//! schema, roles and policies; `server check` reports on them. Phase 2: the store
//! runs on the seam below (`store::engine`), and `Store::open_server` (`open.rs`)
//! opens a `postgresql://` URL for the board and the commands. Beside the store,
//! on the `postgres` client directly: `copy` (`duban migrate --to`), `dump`
//! (`duban backup` from a server), `admit` (`duban member add` makes the login
//! role) and `tls` (rustls for remote sites).
//!
//! # Design note: putting the store on one seam (phase 2)
//!
//! The store today is ~30 files of SQL over `rusqlite::Connection` and
//! `Transaction`: `Store { conn, actor, .. }`, writes through `Store::write(|w|
//! ..)` with `w.tx`, reads through `self.conn.prepare_cached(..)`, rows read with
//! `r.get(k)`. Phase 2 keeps that shape and swaps the types underneath:
//!
//! - **The seam**: a `store::engine` module with three small types: `Conn` (an
//!   enum over `rusqlite::Connection` and `postgres::Client`), `Tx<'_>` (begin,
//!   commit, rolled back on drop; `execute`, `query`, `query_row`, `query_opt`)
//!   and `Row` (`get::<T>(k)` over both). Parameters are one small `Value` enum
//!   (i64, f64, bool, text, null) so each statement binds the same way on both.
//!   No trait with a method per query: `store` keeps its methods, written once.
//! - **The dialect** (`store::engine::dialect`): the few places the SQL text
//!   differs, as functions returning text: placeholders (`?1` is rewritten to
//!   `$1` once per statement and cached), `INSERT OR REPLACE` / `INSERT OR
//!   IGNORE` (to `ON CONFLICT .. DO UPDATE / DO NOTHING`: replace the ~10 uses by
//!   an `upsert(table, key, cols)` helper), `last_insert_rowid()` (to `RETURNING
//!   id`; write the SQLite side with `RETURNING` too, SQLite has it since 3.35),
//!   pragmas and `user_version` (to the `schema_version` table), `WITHOUT ROWID`
//!   and covering indexes (SQLite only), `IS ?` / `IS NOT ?` (to `IS [NOT]
//!   DISTINCT FROM`), `"user"` (a keyword in PostgreSQL: quote it on both),
//!   locking (`BEGIN IMMEDIATE` vs `BEGIN` and duban's advisory lock).
//! - **Statements**: `prepare_cached` becomes the seam's own cache keyed by SQL
//!   text (`postgres::Client::prepare` once per text per connection); reads
//!   that stream rows (`stream.rs`) take a closure per row on both engines.
//! - **What stays per engine**: opening (`open.rs` pragmas, `file.rs` and
//!   `busy.rs` file and lock checks), `backup.rs` (SQLite's backup API) and
//!   `verify.rs` (`sqlite_master`) are SQLite's; on a server their places are
//!   taken by `server::check`, `pg_dump` / a copy into a SQLite file, and the
//!   server's own locking. They sit beside the seam, not behind it.
//! - **Types**: the server keeps SQLite's 0/1 columns as `boolean` (so `WHERE
//!   m.supervisor` reads the same on both); the SQL must then compare with
//!   `TRUE`/`FALSE` or a bound bool, never `= 1` (SQLite accepts TRUE/FALSE).
//!   Every integer is `bigint` (bind i64 everywhere; the postgres crate will
//!   not bind an i64 to `integer`). Times stay ISO-8601 text, compared as text.
//! - **Rules**: `rules::check` runs unchanged over the seam before every write;
//!   the server's policies (`policies.rs`) refuse the same writes, and a refused
//!   write that touches 0 rows or raises `DB001`/`DB002`/`DB003` maps to the
//!   same `StoreError::Refused` / `ItemRetired` as the check (`open::refusal`:
//!   DB002 carries the refusal as JSON; a policy's 0 rows or 42501 is named by
//!   the act the write asked for, `Store::name_the_rule`). The actor on a server
//!   comes from `duban.actor()`: the login role (`session_user`), or the name a
//!   supervisor chose with `duban.act_as` (`acting.rs`), never the OS account.
//! - **Card counts**: each card column may change only by whoever may do the
//!   write that keeps it (`guard_item`: a tick's `measures_done` needs the tick
//!   right, a report's `report_period` the report right); `version`,
//!   `updated_at` and `notes_count` change with any write (a note bumps them),
//!   so `guard_item` keeps them from the old row whatever the client sends; the
//!   counts (ticks, indicators, open urges) are counted from their rows and the
//!   report mark names a report there is, and arriving at done sets
//!   `awaiting_confirmation` as duban does (`guards.rs`).
//! - **Reordering**: a move renumbers the positions of its column's other items;
//!   on the server `guard_item` treats a position change as a move of that item,
//!   so phase 2 should renumber only the moved item (gaps in positions) or let a
//!   trigger renumber.

pub mod acting;
pub mod admit;
pub mod copy;
pub mod dump;
pub mod guards;
pub mod history;
pub mod live;
pub mod open;
pub mod policies;
pub mod reader;
pub mod schema;
pub mod tables;
pub mod tls;

/// The key of the advisory lock every write on a server takes.
pub use crate::store::engine::WRITE_LOCK_KEY;

use postgres::{Client, NoTls};

/// What can go wrong talking to a server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// `url` as `shown` gives it: never with its password.
    #[error("cannot connect to {url}: {source}")]
    Connect {
        url: String,
        #[source]
        source: postgres::Error,
    },
    /// The database holds tables that are not duban's.
    #[error("the database already holds other tables: {}", .0.join(", "))]
    NotEmpty(Vec<String>),
    /// duban's roles already serve a duban database elsewhere in the cluster:
    /// roles are the cluster's, so their members would reach this one too.
    #[error("duban's roles already serve the database {0}")]
    OtherDatabase(String),
    /// The role named as first supervisor is not a usable role name.
    #[error("{0:?} is not a role name")]
    BadRole(String),
    #[error("{0}")]
    Sql(#[from] postgres::Error),
    /// duban's schema is not on the server (`server init` first).
    #[error("duban's schema is not on the server")]
    NotInitialised,
    #[error("the server's schema is version {server}, the board's {board}")]
    VersionDiffers { server: i64, board: i64 },
    /// duban's tables on the server already hold a board: (table, rows).
    #[error("the server already holds a board")]
    HoldsBoard(Vec<(String, i64)>),
    /// The connecting role is not duban's administrator.
    #[error("{0} is not duban's administrator")]
    NotAdministrator(String),
    /// The tables (or their columns) of the SQLite file and the server differ.
    #[error("the tables differ: {}", .0.join(", "))]
    TablesDiffer(Vec<String>),
    /// Something in duban's schema on the server that a copy cannot handle.
    #[error("cannot copy {0}")]
    Unsupported(String),
    /// The server refused the rows of a COPY.
    #[error("{0}")]
    CopyFailed(String),
    /// A value in the SQLite file does not fit the server's column.
    #[error("{table}.{column}, row {row}: a value of the wrong type")]
    BadValue {
        table: String,
        column: String,
        row: u64,
    },
    /// After a copy the counts or checksums differ; nothing was kept.
    #[error("the copy does not match")]
    Mismatch(Vec<tables::TableCheck>),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Io(std::io::Error),
    /// The TLS set-up the connection string names cannot be used.
    #[error(transparent)]
    Tls(#[from] tls::TlsError),
}

/// The server's own message, not the driver's "db error: " wrapper.
pub fn said(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    }
}

pub type Result<T> = std::result::Result<T, ServerError>;

/// What `init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitReport {
    /// The version before; 0 when the schema was made now.
    pub from: i64,
    pub to: i64,
}

/// What `check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// None when duban's schema is not there.
    pub version: Option<i64>,
    /// duban's roles that exist, and the login roles that belong to the member role.
    pub roles: Vec<String>,
    pub members: Vec<String>,
    /// Tables whose row-level security is off or not forced.
    pub unguarded: Vec<String>,
    pub tables: usize,
    /// The connecting role, and whether it could bypass row-level security.
    pub role: String,
    pub bypasses: bool,
    /// The connecting role belongs to duban's owner role, so it could lift the
    /// forced row-level security (an administrator's role, not a member's).
    pub owns: bool,
    /// The version of the server's rules (`duban.rules_version()`), None when
    /// they are older than versions; this build's is `policies::rules_version()`.
    pub rules: Option<String>,
    /// Sessions that have held duban's write lock or a lock on items' rows for
    /// `LONG_HOLD_SECONDS` or more.
    pub held: Vec<HeldLock>,
}

/// A session holding a lock writers wait for (`check`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldLock {
    /// The session's login role and server process.
    pub role: String,
    pub pid: i32,
    /// duban's write lock (true), or a lock on rows of items.
    pub write_lock: bool,
    /// For how long at least; None when this role may not see the session's
    /// times (another role's, without pg_read_all_stats).
    pub seconds: Option<i64>,
}

/// From how long a held lock is listed by `check`: a write of duban's holds
/// its locks for milliseconds.
pub const LONG_HOLD_SECONDS: i64 = 3;

/// The sessions holding duban's write lock or locks on rows of items (`FOR
/// UPDATE`, `UPDATE`: the table's RowShare / RowExclusive lock): in a
/// transaction begun `$1` seconds ago or more, or outside any (a lock a session
/// keeps, as `pg_advisory_lock` in `psql` does: duban never does). The seconds
/// are a lower bound: since the transaction began, or the session's last
/// statement ended (NULL where `pg_stat_activity` hides another role's times:
/// such a session is listed whatever its age).
const HELD_LOCKS: &str =
    "SELECT DISTINCT coalesce(a.usename::text, ''), a.pid, l.locktype = 'advisory',
        extract(epoch FROM now() - coalesce(a.xact_start, a.state_change))::bigint
    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.granted AND l.pid <> pg_backend_pid()
      AND ((l.locktype = 'advisory' AND l.objsubid = 1
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND l.classid::text::bigint = 100 AND l.objid::text::bigint = 1969381742)
        OR (l.locktype = 'relation' AND l.relation = 'duban.items'::regclass
            AND l.mode IN ('RowShareLock', 'RowExclusiveLock')))
      AND (a.xact_start IS NULL OR now() - a.xact_start >= make_interval(secs => $1))
    ORDER BY 2, 3 DESC";

/// The version of the rules on the server (`duban.rules_version()`), None when
/// it has none (rules made before versions).
pub(crate) fn rules_found(client: &mut impl postgres::GenericClient) -> Result<Option<String>> {
    let has: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                            WHERE n.nspname = $1 AND p.proname = 'rules_version')",
            &[&schema::SCHEMA],
        )?
        .get(0);
    if !has {
        return Ok(None);
    }
    Ok(Some(
        client
            .query_one("SELECT duban.rules_version()", &[])?
            .get(0),
    ))
}

/// A connection string as it may be shown (errors, the terminal, logs): the
/// password of `user:password@` and of any `password=` pair is replaced by `***`.
pub fn shown(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    if let Some((scheme, after)) = url.split_once("://") {
        out.push_str(scheme);
        out.push_str("://");
        rest = after;
        // The user part ends at the last '@' before the path or the query.
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        if let Some(at) = rest[..end].rfind('@') {
            let user = &rest[..at];
            match user.split_once(':') {
                Some((name, _)) => {
                    out.push_str(name);
                    out.push_str(":***");
                }
                None => out.push_str(user),
            }
            rest = &rest[at..];
        }
    }
    // `password=...` in a query (`&`) or a key=value string (spaces).
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        let secret = (token.get(..9)).is_some_and(|k| k.eq_ignore_ascii_case("password="));
        out.push_str(if secret { "password=***" } else { token });
        token.clear();
    };
    for c in rest.chars() {
        if matches!(c, '&' | ' ' | '?') {
            flush(&mut token, &mut out);
            out.push(c);
        } else {
            token.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

/// True when `db` names a server (`postgresql://...` or `postgres://...`)
/// rather than a SQLite file.
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgresql://") || db.starts_with("postgres://")
}

/// Connects to the server at `url`: over TLS (rustls) when the string asks for
/// it (`sslmode=require` / `verify-ca` / `verify-full`, or `sslrootcert` /
/// `sslcert` / `sslkey`; see `tls.rs`), in the clear otherwise (the local socket).
pub fn connect(url: &str) -> Result<Client> {
    let split = tls::split(url);
    let failed = |source| ServerError::Connect {
        url: shown(url),
        source,
    };
    // The session's settings (application name, keepalives, time-outs): `live`.
    let config = live::config(&split.url).map_err(failed)?;
    let connected = if split.tls {
        config.connect(tls::connector(&split)?)
    } else {
        config.connect(NoTls)
    };
    connected.map_err(failed)
}

/// `?1` item ids from the identity's sequence, in order, for an import that names
/// its ids.
pub(crate) const NEXT_ITEM_IDS: &str = "SELECT nextval(pg_get_serial_sequence('items', 'id'))
     FROM generate_series(1, ?1) ORDER BY 1";

/// A key for the advisory lock migrations take, so two starts cannot migrate twice.
const MIGRATION_LOCK: i64 = 0x6475_6261_6e00_0001;

/// Makes duban's schema, roles and policies in the database at `url`, and names
/// `supervisor` (a login role, made when missing) the first supervisor, in
/// `office`. Runs in one transaction: a refusal or an error changes nothing. A
/// database with duban's schema is brought up to date instead.
pub fn init(client: &mut Client, supervisor: &str, office: &str) -> Result<InitReport> {
    if supervisor.is_empty() || supervisor.contains('\0') {
        return Err(ServerError::BadRole(supervisor.to_string()));
    }
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    let from = version(&mut tx)?.unwrap_or(0);
    if from == 0 {
        let others: Vec<String> = tx
            .query(
                "SELECT n.nspname || '.' || c.relname FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
                   AND n.nspname <> 'information_schema'
                   AND n.nspname !~ '^pg_'
                 ORDER BY 1",
                &[],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        if !others.is_empty() {
            return Err(ServerError::NotEmpty(others));
        }
        // Roles belong to the whole cluster: a member of another database's
        // board would be a member here too. One cluster holds one duban board.
        let elsewhere: Option<String> = tx
            .query_opt(
                "SELECT d.datname FROM pg_shdepend s
                 JOIN pg_roles r ON r.oid = s.refobjid
                 JOIN pg_database d ON d.oid = s.dbid
                 WHERE s.refclassid = 'pg_authid'::regclass
                   AND r.rolname IN ($1, $2)
                   AND d.datname <> current_database()
                 ORDER BY 1 LIMIT 1",
                &[&schema::OWNER_ROLE, &schema::MEMBER_ROLE],
            )?
            .map(|r| r.get(0));
        if let Some(db) = elsewhere {
            return Err(ServerError::OtherDatabase(db));
        }
        for role in [schema::OWNER_ROLE, schema::MEMBER_ROLE] {
            let exists: bool = tx
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
                    &[&role],
                )?
                .get(0);
            if !exists {
                tx.batch_execute(&format!("CREATE ROLE {role} NOLOGIN"))?;
            }
        }
        let superuser: bool = tx
            .query_one(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
                &[],
            )?
            .get(0);
        if !superuser {
            tx.batch_execute(&format!("GRANT {} TO CURRENT_USER", schema::OWNER_ROLE))?;
        }
        tx.batch_execute(&format!(
            "CREATE SCHEMA {s} AUTHORIZATION {o};
             REVOKE ALL ON SCHEMA {s} FROM PUBLIC;
             SET LOCAL ROLE {o};
             SET LOCAL search_path = {s}, pg_temp;
             CREATE TABLE {v} (version bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
             ALTER TABLE {v} ENABLE ROW LEVEL SECURITY;
             ALTER TABLE {v} FORCE ROW LEVEL SECURITY;
             CREATE POLICY read ON {v} FOR SELECT USING (true);
             CREATE POLICY migrate ON {v} FOR INSERT TO {o} WITH CHECK (true);
             GRANT SELECT ON {v} TO {m};",
            s = schema::SCHEMA,
            o = schema::OWNER_ROLE,
            m = schema::MEMBER_ROLE,
            v = schema::VERSION_TABLE,
        ))?;
    }
    // The acting table's schema (`--as`, see `acting.rs`) is made by the
    // administrator, who may create schemas; the rest as the owner role.
    tx.batch_execute(&format!(
        "RESET ROLE; {} SET LOCAL ROLE {}; SET LOCAL search_path = {}, pg_temp;",
        acting::schema_sql(),
        schema::OWNER_ROLE,
        schema::SCHEMA
    ))?;
    let superuser: bool = tx
        .query_one(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
            &[],
        )?
        .get(0);
    let mut to = from;
    for (number, sql) in schema::MIGRATIONS {
        if *number <= from {
            continue;
        }
        tx.batch_execute(sql)?;
        if to == 0 {
            tx.batch_execute(&policies::sql())?;
        }
        tx.execute(
            &format!(
                "INSERT INTO {} (version) VALUES ($1)",
                schema::VERSION_TABLE
            ),
            &[number],
        )?;
        to = *number;
    }
    // What a server made before them lacks: made again each time, in place.
    tx.batch_execute(&policies::refreshed())?;
    tx.batch_execute("RESET ROLE")?;
    admit::install(&mut tx, superuser)?;
    if from == 0 {
        first_supervisor(&mut tx, supervisor, office)?;
    }
    tx.commit()?;
    Ok(InitReport { from, to })
}

/// Quotes an identifier for SQL text.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The login role of the first supervisor (made when missing), in the member
/// role, and their membership of `office`: on a server a plan starts with a
/// supervisor.
fn first_supervisor(tx: &mut postgres::Transaction, user: &str, office: &str) -> Result<()> {
    let exists: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&user],
        )?
        .get(0);
    if !exists {
        tx.batch_execute(&format!("CREATE ROLE {} LOGIN", quote_ident(user)))?;
    }
    tx.batch_execute(&format!(
        "GRANT {} TO {}",
        schema::MEMBER_ROLE,
        quote_ident(user)
    ))?;
    let now = jiff::Timestamp::now().to_string();
    // Row-level security binds the owner too; the set-up lifts it for these two
    // writes only, inside its transaction, so no one else ever sees it lifted.
    tx.batch_execute(&format!(
        "SET LOCAL ROLE {o};
         ALTER TABLE duban.offices NO FORCE ROW LEVEL SECURITY;
         ALTER TABLE duban.members NO FORCE ROW LEVEL SECURITY;",
        o = schema::OWNER_ROLE
    ))?;
    tx.execute(
        "INSERT INTO duban.offices (name) VALUES ($1) ON CONFLICT (name) DO NOTHING",
        &[&office],
    )?;
    tx.execute(
        "INSERT INTO duban.members (\"user\", office_id, supervisor, added_by, added_at)
         SELECT $1, id, true, session_user, $3 FROM duban.offices WHERE name = $2
         ON CONFLICT (\"user\", office_id) DO UPDATE SET supervisor = true",
        &[&user, &office, &now],
    )?;
    tx.batch_execute(
        "ALTER TABLE duban.offices FORCE ROW LEVEL SECURITY;
         ALTER TABLE duban.members FORCE ROW LEVEL SECURITY;
         RESET ROLE;",
    )?;
    Ok(())
}

/// The schema version, or None when duban's schema is not there.
pub(crate) fn version(client: &mut impl postgres::GenericClient) -> Result<Option<i64>> {
    let has: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2)",
            &[&schema::SCHEMA, &schema::VERSION_TABLE],
        )?
        .get(0);
    if !has {
        return Ok(None);
    }
    Ok(client
        .query_one(
            &format!(
                "SELECT max(version) FROM {}.{}",
                schema::SCHEMA,
                schema::VERSION_TABLE
            ),
            &[],
        )?
        .get(0))
}

/// Reports the schema version, the roles, row-level security on every table of
/// duban's schema, and whether the connecting role could bypass it.
pub fn check(client: &mut Client) -> Result<CheckReport> {
    let version = version(client)?;
    let roles = client
        .query(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY ($1) ORDER BY rolname",
            &[&vec![
                schema::ADMIT_ROLE,
                schema::OWNER_ROLE,
                schema::MEMBER_ROLE,
            ]],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let members = client
        .query(
            "SELECT r.rolname FROM pg_auth_members a
             JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles r ON r.oid = a.member
             WHERE g.rolname = $1 AND r.rolcanlogin ORDER BY 1",
            &[&schema::MEMBER_ROLE],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let rows = client.query(
        "SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY 1",
        &[&schema::SCHEMA],
    )?;
    let tables = rows.len();
    let unguarded = rows
        .iter()
        .filter(|r| !r.get::<_, bool>(1))
        .map(|r| r.get(0))
        .collect();
    let me = client.query_one(
        "SELECT current_user::text, rolsuper OR rolbypassrls,
            EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)
                AND pg_has_role(current_user, $1, 'MEMBER')
         FROM pg_roles WHERE rolname = current_user",
        &[&schema::OWNER_ROLE],
    )?;
    let (rules, held) = match version {
        Some(_) => {
            let seconds = LONG_HOLD_SECONDS as f64;
            let held = client
                .query(HELD_LOCKS, &[&seconds])?
                .iter()
                .map(|r| HeldLock {
                    role: r.get(0),
                    pid: r.get(1),
                    write_lock: r.get(2),
                    seconds: r.get(3),
                })
                .collect();
            (rules_found(client)?, held)
        }
        None => (None, Vec::new()),
    };
    Ok(CheckReport {
        version,
        roles,
        members,
        unguarded,
        tables,
        role: me.get(0),
        bypasses: me.get(1),
        owns: me.get(2),
        rules,
        held,
    })
}

#[cfg(test)]
mod shown_tests {
    use super::shown;

    #[test]
    fn a_shown_connection_string_never_carries_its_password() {
        assert_eq!(
            shown("postgresql://zhang:S3cret@db.example/duban?sslmode=require"),
            "postgresql://zhang:***@db.example/duban?sslmode=require"
        );
        assert_eq!(
            shown("postgres://db/duban?user=li&password=S3cret&port=5433"),
            "postgres://db/duban?user=li&password=***&port=5433"
        );
        assert_eq!(
            shown("host=/run/pg dbname=duban PASSWORD=S3cret"),
            "host=/run/pg dbname=duban password=***"
        );
        assert_eq!(
            shown("postgresql:///duban?host=/var/run/postgresql"),
            "postgresql:///duban?host=/var/run/postgresql"
        );
        // An '@' in the path is not a user part; odd text does not panic.
        assert_eq!(shown("postgresql://db/a@b"), "postgresql://db/a@b");
        assert_eq!(shown("密码=x 督办"), "密码=x 督办");
        assert!(!shown("postgresql://u:p%40ss@h/d").contains("p%40ss"));
    }
}
