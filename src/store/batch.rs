//! Multi-row INSERTs: rows of one table buffered and written many to a statement.

use crate::store::engine::{Conn, Statement, params_from_iter};
use rusqlite::types::ToSqlOutput;

/// Rows per statement. Past a few dozen the saving per row is gone, and a
/// statement of every size up to this one may be prepared.
const ROWS: usize = 32;

/// Rows of one table with `N` columns, written `ROWS` to a statement. One
/// multi-row INSERT opens its cursors and seeks from the root once, not once per
/// row, and rows that come in key order are then appended on the last page
/// without a search.
///
/// A row pushed may wait here until `flush`, which must come before the table is
/// read or the transaction committed.
pub(super) struct Batch<'c, 'v, const N: usize> {
    conn: &'c Conn,
    /// `INSERT INTO table (columns) VALUES`, without the rows.
    head: &'static str,
    /// The statement for `k` rows is at `k - 1`, prepared when first needed.
    statements: Vec<Option<Statement<'c>>>,
    values: Vec<ToSqlOutput<'v>>,
    /// Rows per statement: `ROWS`, or 1 on a server, whose foreign keys are
    /// checked at once (a measure's item is written before the measure).
    per_statement: usize,
}

impl<'c, 'v, const N: usize> Batch<'c, 'v, N> {
    pub(super) fn new(conn: &'c Conn, head: &'static str) -> Self {
        Batch {
            conn,
            head,
            statements: std::iter::repeat_with(|| None).take(ROWS).collect(),
            values: Vec::with_capacity(N * ROWS),
            per_statement: if conn.is_server() { 1 } else { ROWS },
        }
    }

    pub(super) fn push(&mut self, row: [ToSqlOutput<'v>; N]) -> crate::store::engine::Result<()> {
        self.values.extend(row);
        if self.values.len() == N * self.per_statement {
            self.flush()?;
        }
        Ok(())
    }

    pub(super) fn is_server(&self) -> bool {
        self.conn.is_server()
    }

    /// The one value of a one-row query on this batch's connection.
    pub(super) fn query_one<T: crate::store::engine::FromSql>(
        &self,
        sql: &str,
    ) -> crate::store::engine::Result<T> {
        self.conn.prepare_cached(sql)?.query_row([], |r| r.get(0))
    }

    /// Writes the rows pushed so far.
    pub(super) fn flush(&mut self) -> crate::store::engine::Result<()> {
        let rows = self.values.len() / N;
        if rows == 0 {
            return Ok(());
        }
        let statement = match &mut self.statements[rows - 1] {
            Some(statement) => statement,
            slot @ None => slot.insert(self.conn.prepare(&insert_sql(self.head, N, rows))?),
        };
        statement.execute(params_from_iter(self.values.drain(..)))?;
        Ok(())
    }
}

/// `head (?, ?), (?, ?)` for `rows` rows of `columns` values.
fn insert_sql(head: &str, columns: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; columns].join(", "));
    format!("{head} {}", vec![row; rows].join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_sql_lists_a_placeholder_per_value() {
        assert_eq!(
            insert_sql("INSERT INTO t (a, b) VALUES", 2, 3),
            "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)"
        );
    }

    #[test]
    fn rows_are_written_in_full_statements_and_the_rest_on_flush() {
        let conn = Conn::from(rusqlite::Connection::open_in_memory().unwrap());
        conn.execute_batch("CREATE TABLE t (a INTEGER, b TEXT)")
            .unwrap();
        let count = || -> i64 {
            conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
                .unwrap()
        };
        let texts: Vec<String> = (0..ROWS + 5).map(|k| format!("row {k}")).collect();
        let mut batch = Batch::<2>::new(&conn, "INSERT INTO t (a, b) VALUES");
        for (k, text) in texts.iter().enumerate() {
            batch
                .push([(k as i64).into(), text.as_str().into()])
                .unwrap();
        }
        assert_eq!(count(), ROWS as i64);
        batch.flush().unwrap();
        assert_eq!(count(), ROWS as i64 + 5);
        let last: String = conn
            .query_row("SELECT b FROM t WHERE a = ?1", [ROWS as i64 + 4], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(last, texts[ROWS + 4]);
    }
}
