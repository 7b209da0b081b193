//! `duban migrate --to URL`: a SQLite board into a server that `server init`
//! prepared, with nothing lost, in one transaction.
//!
//! # How the copy keeps history as it was
//!
//! The server's triggers stamp every new event, note, report and urge with the
//! session's role, and its policies refuse writes the rules would refuse; a copy
//! of old rows must pass through neither. The copy runs as the administrator
//! (the role that ran `server init`, a member of duban's owner role) and, inside
//! its one transaction, as the owner role: it disables duban's own triggers
//! (`DISABLE TRIGGER USER`: the foreign keys' internal triggers stay on) and
//! lifts the forced row-level security (the owner then reads and writes its
//! tables as owners do), copies, and puts both back before it commits. `ALTER
//! TABLE` takes each table's exclusive lock until the end of the transaction, so
//! no other session ever sees the rules lifted, and a failure rolls everything
//! back, rules included. `session_replication_role` would do the same for
//! triggers but needs a superuser; a SECURITY DEFINER copy function would need
//! the rows to pass through SQL text. Neither is needed.

use super::schema::{MEMBER_ROLE, OWNER_ROLE, SCHEMA};
use super::tables::{self, Table, TableCheck, Tally};
use super::{MIGRATION_LOCK, Result, ServerError, quote_ident};
use postgres::Client;
use std::io::Write;
use std::path::Path;

/// What a migration did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrateReport {
    pub version: i64,
    /// Per table, in the order copied.
    pub tables: Vec<TableCheck>,
    /// Login roles made for the board's members (who had none).
    pub logins: Vec<String>,
    /// Members whose names cannot be login roles; they need one made by hand.
    pub no_login: Vec<String>,
    /// The server's first supervisors (from `server init`) kept because the board
    /// had no supervisor: (user, office).
    pub kept: Vec<(String, String)>,
}

/// Copies the SQLite board at `board` into duban's empty schema on the server.
/// The board is opened (and brought to this build's schema) first, then read in
/// one read transaction; the server is written in one transaction.
pub fn migrate(client: &mut Client, board: &Path) -> Result<MigrateReport> {
    // Opening brings an older board to this build's schema; a newer one, or a
    // file that is not a board, is refused there.
    drop(crate::store::Store::open(board, "duban-migrate")?);
    let mut sqlite = rusqlite::Connection::open_with_flags(
        board,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let read = sqlite.transaction()?;
    let board_version: i64 = read.query_row("PRAGMA user_version", [], |r| r.get(0))?;

    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    let Some(version) = tables::server_version(&mut tx)? else {
        return Err(ServerError::NotInitialised);
    };
    administrator(&mut tx)?;
    if version != board_version {
        return Err(ServerError::VersionDiffers {
            server: version,
            board: board_version,
        });
    }
    let list = tables::server_tables(&mut tx)?;
    tables::same_tables(&list, &tables::sqlite_columns(&read)?)?;
    let first = holds_no_board(&mut tx, &list)?;

    tx.batch_execute(&format!("SET LOCAL ROLE {OWNER_ROLE}"))?;
    rules(&mut tx, &list, false)?;
    tx.batch_execute(&format!(
        "DELETE FROM {s}.members; DELETE FROM {s}.offices;",
        s = SCHEMA
    ))?;
    let mut checks = Vec::with_capacity(list.len());
    for table in &list {
        let sqlite_tally = copy_table(&mut tx, &read, table)?;
        set_sequences(&mut tx, table)?;
        let server = tables::server_tally(&mut tx, table)?;
        checks.push(TableCheck {
            table: table.name.clone(),
            sqlite: sqlite_tally,
            server,
        });
    }
    if checks.iter().any(|c| !c.agrees()) {
        return Err(ServerError::Mismatch(checks));
    }
    let kept = keep_first_supervisors(&mut tx, &first)?;
    rules(&mut tx, &list, true)?;
    tx.batch_execute("RESET ROLE")?;
    let (logins, no_login) = member_logins(&mut tx)?;
    tx.commit()?;
    drop(read);
    Ok(MigrateReport {
        version,
        tables: checks,
        logins,
        no_login,
        kept,
    })
}

/// Refuses a role that is not duban's administrator (not a member of the owner
/// role): it could not lift the rules, and a member must not copy history in.
fn administrator(tx: &mut postgres::Transaction) -> Result<()> {
    let row = tx.query_one(
        "SELECT current_user::text, pg_has_role(current_user, $1, 'MEMBER')",
        &[&OWNER_ROLE],
    )?;
    if row.get(1) {
        Ok(())
    } else {
        Err(ServerError::NotAdministrator(row.get(0)))
    }
}

/// Refuses a server whose tables hold more than `server init` wrote (its first
/// supervisors and their offices), naming the tables and their rows; returns
/// what init wrote: (user, office).
fn holds_no_board(tx: &mut postgres::Transaction, list: &[Table]) -> Result<Vec<(String, String)>> {
    let mut found = Vec::new();
    for t in list {
        let sql = match t.name.as_str() {
            // What init writes: supervisors, and the offices they are in.
            "members" => format!("SELECT count(*) FROM {SCHEMA}.members WHERE NOT supervisor"),
            "offices" => format!(
                "SELECT count(*) FROM {SCHEMA}.offices o WHERE NOT EXISTS
                    (SELECT 1 FROM {SCHEMA}.members m WHERE m.office_id = o.id)"
            ),
            name => format!("SELECT count(*) FROM {SCHEMA}.{}", quote_ident(name)),
        };
        let n: i64 = tx.query_one(&sql, &[])?.get(0);
        if n > 0 {
            found.push((t.name.clone(), n));
        }
    }
    if !found.is_empty() {
        return Err(ServerError::HoldsBoard(found));
    }
    Ok(tx
        .query(
            &format!(
                "SELECT m.\"user\", o.name FROM {SCHEMA}.members m
                 JOIN {SCHEMA}.offices o ON o.id = m.office_id ORDER BY 1, 2"
            ),
            &[],
        )?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect())
}

/// Lifts (`on` false) or puts back duban's triggers and forced row-level
/// security on every table, as the owner role, inside the transaction.
fn rules(tx: &mut postgres::Transaction, list: &[Table], on: bool) -> Result<()> {
    let (trigger, force) = if on {
        ("ENABLE", "FORCE")
    } else {
        ("DISABLE", "NO FORCE")
    };
    let mut sql = String::new();
    for t in list {
        let name = format!("{SCHEMA}.{}", quote_ident(&t.name));
        sql.push_str(&format!(
            "ALTER TABLE {name} {trigger} TRIGGER USER; ALTER TABLE {name} {force} ROW LEVEL SECURITY;\n"
        ));
    }
    tx.batch_execute(&sql)?;
    Ok(())
}

/// COPYs one table from the SQLite file, returning the tally of what was read.
fn copy_table(
    tx: &mut postgres::Transaction,
    read: &rusqlite::Connection,
    table: &Table,
) -> Result<Tally> {
    let mut tally = Tally::default();
    let mut writer = tx.copy_in(&format!(
        "COPY {SCHEMA}.{} ({}) FROM STDIN",
        quote_ident(&table.name),
        table.column_list()
    ))?;
    let mut buf = Vec::with_capacity(1 << 16);
    tables::each_sqlite_row(read, table, |row| {
        tally.add(&row);
        tables::copy_line(&row, &mut buf);
        if buf.len() >= 1 << 16 {
            writer.write_all(&buf).map_err(copy_failed)?;
            buf.clear();
        }
        Ok(())
    })?;
    writer.write_all(&buf).map_err(copy_failed)?;
    writer.finish()?;
    Ok(tally)
}

/// The COPY's own error, which the driver hands back inside an I/O error.
fn copy_failed(e: std::io::Error) -> ServerError {
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<postgres::Error>())
    {
        Some(pg) => ServerError::CopyFailed(super::said(pg)),
        None => ServerError::CopyFailed(e.to_string()),
    }
}

/// Sets each identity column's sequence past the largest copied value.
fn set_sequences(tx: &mut postgres::Transaction, table: &Table) -> Result<()> {
    for c in table.columns.iter().filter(|c| c.identity) {
        let qualified = format!("{SCHEMA}.{}", quote_ident(&table.name));
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence($1, $2), m, true)
                 FROM (SELECT max({col}) AS m FROM {qualified}) s WHERE m IS NOT NULL",
                col = quote_ident(&c.name)
            ),
            &[&qualified, &c.name],
        )?;
    }
    Ok(())
}

/// A board without any supervisor would leave the server with no one who may
/// name one: the supervisors `server init` named are kept then (their office
/// made when the board has no office of that name).
fn keep_first_supervisors(
    tx: &mut postgres::Transaction,
    first: &[(String, String)],
) -> Result<Vec<(String, String)>> {
    let any: bool = tx
        .query_one(
            &format!("SELECT EXISTS (SELECT 1 FROM {SCHEMA}.members WHERE supervisor)"),
            &[],
        )?
        .get(0);
    if any || first.is_empty() {
        return Ok(Vec::new());
    }
    let now = jiff::Timestamp::now().to_string();
    for (user, office) in first {
        tx.execute(
            &format!(
                "INSERT INTO {SCHEMA}.offices (name) VALUES ($1) ON CONFLICT (name) DO NOTHING"
            ),
            &[office],
        )?;
        tx.execute(
            &format!(
                "INSERT INTO {SCHEMA}.members (\"user\", office_id, supervisor, added_by, added_at)
                 SELECT $1, id, true, session_user, $3 FROM {SCHEMA}.offices WHERE name = $2
                 ON CONFLICT (\"user\", office_id) DO UPDATE SET supervisor = true"
            ),
            &[user, office, &now],
        )?;
    }
    Ok(first.to_vec())
}

/// Every member of the board gets a login role in duban's member role (made when
/// missing), so they can open the board on the server; names a role cannot take
/// are returned apart.
fn member_logins(tx: &mut postgres::Transaction) -> Result<(Vec<String>, Vec<String>)> {
    let users: Vec<String> = tx
        .query(
            &format!("SELECT DISTINCT \"user\" FROM {SCHEMA}.members ORDER BY 1"),
            &[],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let (mut made, mut refused) = (Vec::new(), Vec::new());
    for user in users {
        if super::admit::role_name_problem(&user).is_some() {
            refused.push(user);
            continue;
        }
        // As duban.admit: an existing role that cannot log in is a group (its
        // members would all become duban's members), so it is left to the
        // administrator by hand.
        let can_login: Option<bool> = tx
            .query_opt(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = $1",
                &[&user],
            )?
            .map(|r| r.get(0));
        match can_login {
            Some(false) => {
                refused.push(user);
                continue;
            }
            Some(true) => {}
            None => {
                tx.batch_execute(&format!("CREATE ROLE {} LOGIN", quote_ident(&user)))?;
                made.push(user.clone());
            }
        }
        tx.batch_execute(&format!("GRANT {MEMBER_ROLE} TO {}", quote_ident(&user)))?;
    }
    Ok((made, refused))
}
