//! `duban backup FILE` from a server: an ordinary duban SQLite file, made by the
//! normal SQLite migrations and filled from one snapshot of the server, that
//! `duban migrate --to` can load again and a board opens.

use super::tables::{self, Table, TableCheck, Tally};
use super::{Result, ServerError, quote_ident};
use postgres::{Client, IsolationLevel};
use std::path::{Path, PathBuf};

/// Writes the server's board to a new SQLite file at `file` (which must not
/// exist): first beside it under a temporary name, renamed into place only
/// when every table's rows and checksum agree with the server's.
pub fn backup(client: &mut Client, file: &Path) -> Result<Vec<TableCheck>> {
    let part = part_path(file);
    let _ = std::fs::remove_file(&part);
    let result = write(client, &part);
    match result {
        Ok(checks) => {
            // Not over a file that appeared meanwhile.
            std::fs::hard_link(&part, file).map_err(ServerError::Io)?;
            let _ = std::fs::remove_file(&part);
            Ok(checks)
        }
        Err(e) => {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(crate::store::with_suffix(&part, suffix));
            }
            Err(e)
        }
    }
}

fn part_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".part-{}", std::process::id()));
    file.with_file_name(name)
}

fn write(client: &mut Client, part: &Path) -> Result<Vec<TableCheck>> {
    // One snapshot of the server for the whole copy; it writes nothing there.
    let mut tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()?;
    let Some(version) = tables::server_version(&mut tx)? else {
        return Err(ServerError::NotInitialised);
    };
    let build = crate::store::Store::schema_version();
    if version != build {
        return Err(ServerError::VersionDiffers {
            server: version,
            board: build,
        });
    }
    let list = tables::server_tables(&mut tx)?;
    // The normal way a board is made: this build's SQLite migrations.
    drop(crate::store::Store::open(part, "duban-backup")?);
    let mut sqlite = rusqlite::Connection::open(part)?;
    let out = sqlite.transaction()?;
    tables::same_tables(&list, &tables::sqlite_columns(&out)?)?;
    let mut checks = Vec::with_capacity(list.len());
    // Tables that the file's triggers keep from the others (the column counts) go
    // last: the rows copied before filled them in, so they are emptied and then
    // take the server's rows, which the tally compares.
    let (kept, plain): (Vec<&Table>, Vec<&Table>) = list
        .iter()
        .partition(|t| tables::KEPT_BY_TRIGGERS.contains(&t.name.as_str()));
    for table in plain.into_iter().chain(kept) {
        if tables::KEPT_BY_TRIGGERS.contains(&table.name.as_str()) {
            out.execute(
                &format!("DELETE FROM main.{}", quote_ident(&table.name)),
                [],
            )?;
        }
        let server = copy_table(&mut tx, &out, table)?;
        let sqlite_tally = tables::sqlite_tally(&out, table)?;
        checks.push(TableCheck {
            table: table.name.clone(),
            sqlite: sqlite_tally,
            server,
        });
    }
    if checks.iter().any(|c| !c.agrees()) {
        return Err(ServerError::Mismatch(checks));
    }
    out.commit()?;
    tx.commit()?;
    // A file on its own: no log beside it.
    sqlite.pragma_update(None, "wal_checkpoint", "TRUNCATE")?;
    drop(sqlite);
    Ok(checks)
}

/// Inserts one table's rows from the server into the file; the server's tally.
fn copy_table(
    tx: &mut postgres::Transaction,
    out: &rusqlite::Connection,
    table: &Table,
) -> Result<Tally> {
    let marks = vec!["?"; table.columns.len()].join(", ");
    let mut insert = out.prepare(&format!(
        "INSERT INTO main.{} ({}) VALUES ({marks})",
        quote_ident(&table.name),
        table.column_list()
    ))?;
    let mut tally = Tally::default();
    tables::each_server_row(tx, table, |row| {
        tally.add(&row);
        insert.execute(rusqlite::params_from_iter(row.iter()))?;
        Ok(())
    })?;
    Ok(tally)
}
