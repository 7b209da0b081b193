//! `duban migrate --to URL`, `duban backup FILE` from a server, and `duban member
//! add` on a server (issue 18): the commands that work on a server directly
//! through `store::server`, beside the store, until the store itself opens a
//! server.

use super::messages::lang_of;
use super::{Cli, LangArg, UsageError};
use crate::store::server::{self, ServerError, tables::TableCheck};
use crate::t;
use anyhow::{Result, anyhow};
use std::io::Write;
use std::path::Path;

/// The server `--db` / `DUBAN_DB` names, if it names one (`postgresql://` or
/// `postgres://`); a path otherwise.
pub fn server_url(cli: &Cli) -> Option<&str> {
    cli.db
        .as_deref()
        .and_then(|p| p.to_str())
        .filter(|s| server::is_url(s))
}

/// Moves the SQLite board `--db` names into the server at `to`.
pub fn migrate(cli: &Cli, to: &str, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    if server_url(cli).is_some() {
        return Err(UsageError(t!(lang, "server-migrate-from-server")).into());
    }
    let board = super::db_path(cli.db.as_deref())?;
    let shown = crate::text::sanitize(&board.display().to_string()).into_owned();
    if !board.is_file() {
        return Err(UsageError(t!(lang, "server-migrate-no-board", path = shown)).into());
    }
    let mut client = server::connect(to).map_err(|e| said(e, lang))?;
    let report = match server::copy::migrate(&mut client, &board) {
        Err(ServerError::Mismatch(checks)) => {
            show_checks(&checks, lang, out)?;
            return Err(anyhow!(t!(lang, "server-migrate-mismatch")));
        }
        other => other.map_err(|e| said(e, lang))?,
    };
    show_checks(&report.tables, lang, out)?;
    let rows: u64 = report.tables.iter().map(|c| c.server.rows).sum();
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "server-migrate-done",
            path = shown,
            version = report.version,
            tables = report.tables.len(),
            rows = rows
        )
    )?;
    for (user, office) in &report.kept {
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "server-migrate-kept",
                user = user.as_str(),
                office = office.as_str()
            )
        )?;
    }
    if !report.logins.is_empty() {
        let names = report.logins.join(", ");
        writeln!(out, "{}", t!(lang, "server-migrate-logins", names = names))?;
    }
    if !report.no_login.is_empty() {
        let names = report.no_login.join(", ");
        writeln!(
            out,
            "{}",
            t!(lang, "server-migrate-no-login", names = names)
        )?;
    }
    Ok(())
}

/// `duban backup FILE` when `--db` names a server: a new SQLite board file.
pub fn backup(cli: &Cli, url: &str, file: &Path, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let name = crate::text::sanitize(&file.display().to_string()).into_owned();
    let mut client = server::connect(url).map_err(|e| said(e, lang))?;
    let checks = match server::dump::backup(&mut client, file) {
        Err(ServerError::Mismatch(checks)) => {
            show_checks(&checks, lang, out)?;
            return Err(anyhow!(t!(lang, "server-backup-mismatch")));
        }
        Err(ServerError::Io(e)) => {
            return Err(anyhow!(t!(
                lang,
                "server-backup-cannot-write",
                name = name.as_str(),
                error = e.to_string()
            )));
        }
        other => other.map_err(|e| said(e, lang))?,
    };
    show_checks(&checks, lang, out)?;
    let rows: u64 = checks.iter().map(|c| c.server.rows).sum();
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "server-backup-done",
            name = name.as_str(),
            tables = checks.len(),
            rows = rows
        )
    )?;
    Ok(())
}

/// What `duban member add` was asked.
pub struct MemberAdd<'a> {
    pub user: &'a str,
    pub office: &'a str,
    pub supervisor: bool,
    pub name: Option<&'a str>,
}

/// `duban member add USER OFFICE` on the server `--db` names: the membership,
/// and USER's login role in duban's member role.
pub fn member_add(cli: &Cli, url: &str, add: &MemberAdd, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let supervisor = add.supervisor;
    let mut client = server::connect(url).map_err(|e| said(e, lang))?;
    // `--as NAME`: the server records the change for NAME, if the login role
    // supervises (refused in the file board's words otherwise).
    if let Some(claimed) = cli
        .actor
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        && let Err(refused) = server::acting::act_as(&mut client, claimed)
    {
        let (user, e) = *refused;
        return Err(match e {
            crate::store::StoreError::Refused(r) if r.act == crate::store::rules::Act::ActAs => {
                super::supervise::ActAsRefused {
                    user,
                    claimed: claimed.to_string(),
                }
                .into()
            }
            other => other.into(),
        });
    }
    let done = server::admit::add_member(
        &mut client,
        cli.plan,
        &server::admit::Membership {
            user: add.user,
            office: add.office,
            supervisor,
            name: add.name,
        },
    )
    .map_err(|e| said(e, lang))?;
    let (user, office) = (
        crate::text::sanitize(add.user).into_owned(),
        crate::text::sanitize(&done.office).into_owned(),
    );
    let line = if done.changed {
        super::loop_messages::member_added(&user, &office, supervisor, lang)
    } else {
        super::loop_messages::member_already(&user, &office, supervisor, lang)
    };
    writeln!(out, "{line}")?;
    let login = if done.login_made {
        t!(lang, "server-member-login-made", user = user.as_str())
    } else {
        t!(lang, "server-member-login-ready", user = user.as_str())
    };
    writeln!(out, "{login}")?;
    Ok(())
}

/// One line per table: its rows and checksum in the SQLite file and on the server.
fn show_checks(checks: &[TableCheck], lang: LangArg, out: &mut impl Write) -> Result<()> {
    for c in checks {
        let id = if c.agrees() {
            "server-copy-table-same"
        } else {
            "server-copy-table-differs"
        };
        let line = match id {
            "server-copy-table-same" => t!(
                lang,
                "server-copy-table-same",
                table = c.table.as_str(),
                sqlite_rows = c.sqlite.rows,
                sqlite_sum = c.sqlite.hex(),
                server_rows = c.server.rows,
                server_sum = c.server.hex()
            ),
            _ => t!(
                lang,
                "server-copy-table-differs",
                table = c.table.as_str(),
                sqlite_rows = c.sqlite.rows,
                sqlite_sum = c.sqlite.hex(),
                server_rows = c.server.rows,
                server_sum = c.server.hex()
            ),
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A server error in the interface language; a store error (a rule's refusal)
/// stays itself, so it says what the board says and exits 3.
pub fn said(e: ServerError, lang: LangArg) -> anyhow::Error {
    anyhow!(match e {
        ServerError::Store(e) => return e.into(),
        ServerError::Connect { source, .. } => {
            t!(lang, "server-connect-failed", error = source.to_string())
        }
        ServerError::NotEmpty(tables) => t!(
            lang,
            "server-init-not-empty",
            n = tables.len(),
            tables = tables.join(", ")
        ),
        ServerError::OtherDatabase(db) => t!(lang, "server-init-other-database", database = db),
        ServerError::BadRole(name) => t!(lang, "server-bad-role", name = name),
        ServerError::Sql(e) => t!(lang, "server-refused", error = server::said(&e)),
        ServerError::NotInitialised => t!(lang, "server-not-initialised"),
        ServerError::VersionDiffers { server, board } => t!(
            lang,
            "server-version-differs",
            server = server,
            board = board
        ),
        ServerError::HoldsBoard(found) => {
            let tables = found
                .iter()
                .map(|(t, n)| format!("{t} {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            t!(lang, "server-holds-board", tables = tables)
        }
        ServerError::NotAdministrator(role) => {
            t!(lang, "server-not-administrator", role = role)
        }
        ServerError::TablesDiffer(tables) => {
            t!(lang, "server-tables-differ", tables = tables.join(", "))
        }
        ServerError::Unsupported(what) => t!(lang, "server-unsupported", what = what),
        ServerError::CopyFailed(error) => t!(lang, "server-refused", error = error),
        ServerError::BadValue { table, column, row } => t!(
            lang,
            "server-bad-value",
            table = table,
            column = column,
            row = row
        ),
        ServerError::Mismatch(_) => t!(lang, "server-migrate-mismatch"),
        ServerError::Sqlite(e) => return crate::store::StoreError::from(e).into(),
        ServerError::Io(e) => return e.into(),
        ServerError::Tls(e) => t!(lang, "server-tls-failed", file = e.file, reason = e.reason),
    })
}
