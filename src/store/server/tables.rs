//! What `migrate` and `backup` share: duban's tables as the server's catalog
//! describes them (columns and their types, primary keys, the order foreign keys
//! ask for), one value type over both engines, and a per-table count and checksum
//! that come out the same for the same rows on either side.

use super::schema::{SCHEMA, VERSION_TABLE};
use super::{Result, ServerError};
use postgres::GenericClient;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// A column's type on the server; SQLite keeps the same values in its own types
/// (booleans as 0/1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Bool,
    Real,
    Text,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub kind: Kind,
    /// An identity column (whose sequence must be set past the copied ids).
    pub identity: bool,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub key: Vec<String>,
}

impl Table {
    /// The columns, quoted and joined, for a statement.
    pub fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|c| super::quote_ident(&c.name))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `ORDER BY` the primary key: rows that refer to earlier rows of their own
    /// table (an undo's event) come after them.
    pub fn order_by(&self) -> String {
        if self.key.is_empty() {
            return String::new();
        }
        let key: Vec<String> = self.key.iter().map(|k| super::quote_ident(k)).collect();
        format!(" ORDER BY {}", key.join(", "))
    }

    /// `SELECT` of every column, in key order, from `qualified` (the table's name
    /// as the engine knows it).
    pub fn select(&self, qualified: &str) -> String {
        format!(
            "SELECT {} FROM {qualified}{}",
            self.column_list(),
            self.order_by()
        )
    }
}

/// One value of a row, whichever engine it came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Bool(bool),
    Real(f64),
    Text(String),
}

/// duban's tables on the server, parents before children (by their foreign
/// keys), each with its columns in the server's order.
/// Tables that triggers keep from the other tables' rows, on both engines.
pub const KEPT_BY_TRIGGERS: &[&str] = &["column_counts", "office_counts"];

pub fn server_tables(client: &mut impl GenericClient) -> Result<Vec<Table>> {
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    for row in client.query(
        "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod),
                a.attidentity <> ''
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2
           AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY c.relname, a.attnum",
        &[&SCHEMA, &VERSION_TABLE],
    )? {
        let (table, column, ty): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        let kind = match ty.as_str() {
            "bigint" | "integer" | "smallint" => Kind::Int,
            "boolean" => Kind::Bool,
            "double precision" | "real" => Kind::Real,
            "text" => Kind::Text,
            _ => {
                return Err(ServerError::Unsupported(format!("{table}.{column} ({ty})")));
            }
        };
        tables
            .entry(table.clone())
            .or_insert_with(|| Table {
                name: table,
                columns: Vec::new(),
                key: Vec::new(),
            })
            .columns
            .push(Column {
                name: column,
                kind,
                identity: row.get(3),
            });
    }
    for row in client.query(
        "SELECT c.relname::text, a.attname::text
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
         WHERE n.nspname = $1 AND i.indisprimary
         ORDER BY c.relname, k.ord",
        &[&SCHEMA],
    )? {
        let table: String = row.get(0);
        if let Some(t) = tables.get_mut(&table) {
            t.key.push(row.get(1));
        }
    }
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in client.query(
        "SELECT src.relname::text, dst.relname::text FROM pg_constraint k
         JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace
         WHERE k.contype = 'f' AND n.nspname = $1 AND src.oid <> dst.oid",
        &[&SCHEMA],
    )? {
        parents.entry(row.get(0)).or_default().insert(row.get(1));
    }
    // Parents first; the names' order among equals keeps it the same every run.
    let mut ordered = Vec::new();
    let mut done = BTreeSet::new();
    while done.len() < tables.len() {
        let ready: Vec<String> = tables
            .keys()
            .filter(|t| !done.contains(*t))
            .filter(|t| {
                parents.get(*t).is_none_or(|ps| {
                    ps.iter()
                        .all(|p| done.contains(p) || !tables.contains_key(p))
                })
            })
            .cloned()
            .collect();
        if ready.is_empty() {
            return Err(ServerError::Unsupported(format!(
                "{} (their foreign keys form a cycle)",
                tables.keys().cloned().collect::<Vec<_>>().join(", ")
            )));
        }
        for t in ready {
            done.insert(t.clone());
            ordered.push(tables[&t].clone());
        }
    }
    Ok(ordered)
}

/// The schema version on the server, or None when duban's schema is not there.
pub fn server_version(client: &mut impl GenericClient) -> Result<Option<i64>> {
    super::version(client)
}

/// The columns of each table of a SQLite board.
pub fn sqlite_columns(conn: &rusqlite::Connection) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = BTreeMap::new();
    for t in names {
        let columns = conn
            .prepare("SELECT name FROM pragma_table_info(?1)")?
            .query_map([&t], |r| r.get(0))?
            .collect::<rusqlite::Result<BTreeSet<String>>>()?;
        out.insert(t, columns);
    }
    Ok(out)
}

/// Refuses when the board's tables and columns are not the server's.
pub fn same_tables(server: &[Table], sqlite: &BTreeMap<String, BTreeSet<String>>) -> Result<()> {
    let mut differ = Vec::new();
    for t in server {
        let on_server: BTreeSet<String> = t.columns.iter().map(|c| c.name.clone()).collect();
        match sqlite.get(&t.name) {
            None => differ.push(t.name.clone()),
            Some(c) if *c != on_server => differ.push(t.name.clone()),
            Some(_) => {}
        }
    }
    for t in sqlite.keys() {
        if !server.iter().any(|s| &s.name == t) {
            differ.push(t.clone());
        }
    }
    if differ.is_empty() {
        Ok(())
    } else {
        Err(ServerError::TablesDiffer(differ))
    }
}

/// A value read from SQLite, as the server's column type takes it; None when it
/// does not fit (a text where a number belongs), so nothing is changed silently.
pub fn from_sqlite(v: rusqlite::types::ValueRef<'_>, kind: Kind) -> Option<Value> {
    use rusqlite::types::ValueRef as V;
    Some(match (v, kind) {
        (V::Null, _) => Value::Null,
        (V::Integer(i), Kind::Int) => Value::Int(i),
        (V::Integer(0), Kind::Bool) => Value::Bool(false),
        (V::Integer(1), Kind::Bool) => Value::Bool(true),
        (V::Integer(i), Kind::Real) => Value::Real(i as f64),
        (V::Real(f), Kind::Real) => Value::Real(f),
        (V::Text(t), Kind::Text) => {
            let s = std::str::from_utf8(t).ok()?;
            if s.contains('\0') {
                return None;
            }
            Value::Text(s.to_string())
        }
        _ => return None,
    })
}

/// A value of a server's row, by its column's type.
pub fn from_server(row: &postgres::Row, k: usize, kind: Kind) -> Result<Value> {
    Ok(match kind {
        Kind::Int => row
            .try_get::<_, Option<i64>>(k)?
            .map_or(Value::Null, Value::Int),
        Kind::Bool => row
            .try_get::<_, Option<bool>>(k)?
            .map_or(Value::Null, Value::Bool),
        Kind::Real => row
            .try_get::<_, Option<f64>>(k)?
            .map_or(Value::Null, Value::Real),
        Kind::Text => row
            .try_get::<_, Option<String>>(k)?
            .map_or(Value::Null, Value::Text),
    })
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Bool(b) => ValueRef::Integer(i64::from(*b)),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

/// Appends `row` to `out` as a line of COPY's text format.
pub fn copy_line(row: &[Value], out: &mut Vec<u8>) {
    use std::io::Write;
    for (k, v) in row.iter().enumerate() {
        if k > 0 {
            out.push(b'\t');
        }
        match v {
            Value::Null => out.extend_from_slice(b"\\N"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Bool(b) => out.push(if *b { b't' } else { b'f' }),
            Value::Real(f) if f.is_nan() => out.extend_from_slice(b"NaN"),
            Value::Real(f) if f.is_infinite() => {
                out.extend_from_slice(if *f > 0.0 { b"Infinity" } else { b"-Infinity" })
            }
            // Rust writes the shortest text that reads back as the same double.
            Value::Real(f) => {
                let _ = write!(out, "{f:?}");
            }
            Value::Text(s) => {
                for b in s.bytes() {
                    match b {
                        b'\\' => out.extend_from_slice(b"\\\\"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        b'\t' => out.extend_from_slice(b"\\t"),
                        _ => out.push(b),
                    }
                }
            }
        }
    }
    out.push(b'\n');
}

/// The rows of a table and a checksum of them that does not depend on their
/// order: the sum of each row's SHA-256 (its first 16 bytes), so two engines
/// that sort text differently still agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub rows: u64,
    pub sum: u128,
}

impl Tally {
    pub fn add(&mut self, row: &[Value]) {
        let mut h = Sha256::new();
        for v in row {
            match v {
                Value::Null => h.update([0]),
                Value::Int(i) => {
                    h.update([1]);
                    h.update(i.to_le_bytes());
                }
                Value::Bool(b) => h.update([2, u8::from(*b)]),
                Value::Real(f) => {
                    h.update([3]);
                    h.update(f.to_bits().to_le_bytes());
                }
                Value::Text(s) => {
                    h.update([4]);
                    h.update((s.len() as u64).to_le_bytes());
                    h.update(s.as_bytes());
                }
            }
        }
        let digest = h.finalize();
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        self.rows += 1;
        self.sum = self.sum.wrapping_add(u128::from_le_bytes(first));
    }

    /// The checksum as 16 hexadecimal digits (the sum's upper half).
    pub fn hex(&self) -> String {
        format!("{:016x}", (self.sum >> 64) as u64)
    }
}

/// One table's rows and checksum on both sides, after a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCheck {
    pub table: String,
    pub sqlite: Tally,
    pub server: Tally,
}

impl TableCheck {
    pub fn agrees(&self) -> bool {
        self.sqlite == self.server
    }
}

/// Reads every row of `table` on the server (in the open transaction) into
/// `each`, streaming.
pub fn each_server_row(
    client: &mut impl GenericClient,
    table: &Table,
    mut each: impl FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    use postgres::fallible_iterator::FallibleIterator;
    let sql = table.select(&format!(
        "{}.{}",
        super::quote_ident(SCHEMA),
        super::quote_ident(&table.name)
    ));
    let mut rows = client.query_raw(&sql, std::iter::empty::<i64>())?;
    while let Some(row) = rows.next()? {
        let values = table
            .columns
            .iter()
            .enumerate()
            .map(|(k, c)| from_server(&row, k, c.kind))
            .collect::<Result<Vec<_>>>()?;
        each(values)?;
    }
    Ok(())
}

/// The tally of `table` on the server.
pub fn server_tally(client: &mut impl GenericClient, table: &Table) -> Result<Tally> {
    let mut tally = Tally::default();
    each_server_row(client, table, |row| {
        tally.add(&row);
        Ok(())
    })?;
    Ok(tally)
}

/// Reads every row of `table` in the SQLite file into `each`, as the server's
/// types take them; a value that does not fit is refused with where it is.
pub fn each_sqlite_row(
    conn: &rusqlite::Connection,
    table: &Table,
    mut each: impl FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let sql = table.select(&format!("main.{}", super::quote_ident(&table.name)));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let mut n = 0u64;
    while let Some(row) = rows.next()? {
        n += 1;
        let mut values = Vec::with_capacity(table.columns.len());
        for (k, c) in table.columns.iter().enumerate() {
            let v = row.get_ref(k)?;
            let value = from_sqlite(v, c.kind).ok_or_else(|| ServerError::BadValue {
                table: table.name.clone(),
                column: c.name.clone(),
                row: n,
            })?;
            values.push(value);
        }
        each(values)?;
    }
    Ok(())
}

/// The tally of `table` in the SQLite file.
pub fn sqlite_tally(conn: &rusqlite::Connection, table: &Table) -> Result<Tally> {
    let mut tally = Tally::default();
    each_sqlite_row(conn, table, |row| {
        tally.add(&row);
        Ok(())
    })?;
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_line_escapes_what_copy_reads_specially() {
        let mut out = Vec::new();
        copy_line(
            &[
                Value::Int(-3),
                Value::Null,
                Value::Bool(true),
                Value::Real(0.1),
                Value::Text("a\tb\\c\nd\re".into()),
            ],
            &mut out,
        );
        assert_eq!(out, b"-3\t\\N\tt\t0.1\ta\\tb\\\\c\\nd\\re\n");
    }

    #[test]
    fn the_tally_does_not_depend_on_the_order_of_rows_but_on_every_value() {
        let a = [Value::Int(1), Value::Text("x".into())];
        let b = [Value::Int(2), Value::Null];
        let (mut one, mut two) = (Tally::default(), Tally::default());
        one.add(&a);
        one.add(&b);
        two.add(&b);
        two.add(&a);
        assert_eq!(one, two);
        let mut three = Tally::default();
        three.add(&a);
        three.add(&[Value::Int(2), Value::Text(String::new())]);
        assert_ne!(one, three);
    }

    #[test]
    fn sqlite_values_that_do_not_fit_the_servers_column_are_refused() {
        use rusqlite::types::ValueRef as V;
        assert_eq!(
            from_sqlite(V::Integer(1), Kind::Bool),
            Some(Value::Bool(true))
        );
        assert_eq!(from_sqlite(V::Integer(2), Kind::Bool), None);
        assert_eq!(from_sqlite(V::Text(b"7"), Kind::Int), None);
        assert_eq!(from_sqlite(V::Text(b"\xff"), Kind::Text), None);
        assert_eq!(
            from_sqlite(V::Integer(3), Kind::Real),
            Some(Value::Real(3.0))
        );
    }
}
