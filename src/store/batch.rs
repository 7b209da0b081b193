//! Multi-row INSERTs: rows of one table buffered and written many to a statement.

use crate::store::engine::{Conn, Statement, params_from_iter};
use rusqlite::types::ToSqlOutput;

/// Rows per statement. Past a few dozen the saving per row is gone, and a
/// statement of every size up to this one may be prepared.
pub(super) const ROWS: usize = 32;

/// Rows of one table with `N` columns, written `ROWS` to a statement. One
/// multi-row INSERT opens its cursors and seeks from the root once, not once per
/// row, and rows that come in key order are then appended on the last page
/// without a search; on a server it is also one round trip, not one per row.
///
/// A row pushed waits here until `write_full` or `flush`, which must come before
/// the table is read or the transaction committed. A batch writes only when told:
/// a server checks foreign keys at once, so the rows a row refers to (an item, for
/// its measures) must be written first (see `import::rows::NewRows`).
pub(super) struct Batch<'c, 'v, const N: usize> {
    conn: &'c Conn,
    /// `INSERT INTO table (columns) VALUES`, without the rows.
    head: &'static str,
    /// The statement for `k` rows is at `k - 1`, prepared when first needed.
    statements: Vec<Option<Statement<'c>>>,
    values: Vec<ToSqlOutput<'v>>,
}

impl<'c, 'v, const N: usize> Batch<'c, 'v, N> {
    pub(super) fn new(conn: &'c Conn, head: &'static str) -> Self {
        Batch {
            conn,
            head,
            statements: std::iter::repeat_with(|| None).take(ROWS).collect(),
            values: Vec::with_capacity(N * ROWS),
        }
    }

    /// Queues a row; nothing is written (see `write_full`).
    pub(super) fn push(&mut self, row: [ToSqlOutput<'v>; N]) -> crate::store::engine::Result<()> {
        self.values.extend(row);
        Ok(())
    }

    /// Rows queued and not yet written.
    pub(super) fn queued(&self) -> usize {
        self.values.len() / N
    }

    /// Writes the queued rows in full statements of `ROWS`, keeping the rest.
    pub(super) fn write_full(&mut self) -> crate::store::engine::Result<()> {
        while self.values.len() >= N * ROWS {
            self.write(ROWS)?;
        }
        Ok(())
    }

    pub(super) fn is_server(&self) -> bool {
        self.conn.is_server()
    }

    /// The first column of a query's rows on this batch's connection, for one
    /// value bound as `?1`.
    pub(super) fn query_column<T: crate::store::engine::FromSql>(
        &self,
        sql: &str,
        value: i64,
    ) -> crate::store::engine::Result<Vec<T>> {
        self.conn
            .prepare_cached(sql)?
            .query_map([value], |r| r.get(0))?
            .collect()
    }

    /// Writes every row queued.
    pub(super) fn flush(&mut self) -> crate::store::engine::Result<()> {
        self.write_full()?;
        match self.queued() {
            0 => Ok(()),
            rows => self.write(rows),
        }
    }

    /// Writes the first `rows` rows queued (at most `ROWS`) in one statement.
    fn write(&mut self, rows: usize) -> crate::store::engine::Result<()> {
        let statement = match &mut self.statements[rows - 1] {
            Some(statement) => statement,
            slot @ None => slot.insert(self.conn.prepare(&insert_sql(self.head, N, rows))?),
        };
        statement.execute(params_from_iter(self.values.drain(..N * rows)))?;
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
    fn rows_are_written_when_asked_in_full_statements_and_the_rest_on_flush() {
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
        assert_eq!(count(), 0, "nothing is written until asked");
        batch.write_full().unwrap();
        assert_eq!(count(), ROWS as i64);
        assert_eq!(batch.queued(), 5);
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
