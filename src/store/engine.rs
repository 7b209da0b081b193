//! The store's one seam over its two engines (issue 18): a SQLite file through
//! rusqlite, or a PostgreSQL server through the synchronous `postgres` client.
//!
//! The API mimics rusqlite's (`prepare_cached`, `query_row`, `query_map`,
//! `execute`, `optional()`, `Row::get`, `params!`) so the store's files read as
//! they did; values go through rusqlite's own `ToSql` / `FromSql` on both engines
//! (a server cell is read as a `ValueRef`, a bound value written by the type the
//! server asks for), so every id type binds and reads the same way on both.
//! What differs in the SQL text is in `dialect`, applied once per statement text.
//! What is SQLite's alone (pragmas, file checks, the backup API) reaches the
//! rusqlite connection through `Conn::sqlite`.

pub(crate) mod dialect;
mod pg;

pub use pg::PgConn;
pub use rusqlite::TransactionBehavior;
pub use rusqlite::params;
pub use rusqlite::types::{FromSql, ToSql, ValueRef};

use std::fmt;

/// An error of either engine. SQLite's error is kept whole (the store reads its
/// busy and corrupt codes), and so is PostgreSQL's (its SQLSTATE).
#[derive(Debug)]
pub enum Error {
    Sqlite(rusqlite::Error),
    Pg(postgres::Error),
    /// `query_row` found no row (both engines).
    NoRows,
    /// A command that has no meaning on this engine (e.g. SQLite's backup API on a
    /// server): `what` names it.
    Unsupported(&'static str),
    /// A server's write lock was held past `lock_timeout` by the session of
    /// login role `holder`, server process `pid` (`pg_locks`).
    WriteLockHeld {
        holder: String,
        pid: i32,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sqlite(e) => e.fmt(f),
            Error::Pg(e) => match e.as_db_error() {
                Some(db) => write!(f, "{} ({})", db.message(), db.code().code()),
                None => e.fmt(f),
            },
            Error::NoRows => rusqlite::Error::QueryReturnedNoRows.fmt(f),
            Error::Unsupported(what) => write!(f, "{what} is not supported on a server"),
            Error::WriteLockHeld { holder, pid } => {
                write!(
                    f,
                    "{holder} (server process {pid}) holds duban's write lock"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Sqlite(e) => Some(e),
            Error::Pg(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            e => Error::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        Error::Pg(e)
    }
}

impl From<rusqlite::types::FromSqlError> for Error {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        Error::Sqlite(e.into())
    }
}

impl Error {
    /// rusqlite's error, when this is SQLite's (or no row, as rusqlite says it).
    pub fn as_sqlite(&self) -> Option<&rusqlite::Error> {
        match self {
            Error::Sqlite(e) => Some(e),
            Error::NoRows => Some(&rusqlite::Error::QueryReturnedNoRows),
            _ => None,
        }
    }

    /// The server's SQLSTATE, when this is the server's error.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            Error::Pg(e) => e.code().map(|c| c.code()),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `optional()` on a `query_row`'s result, as rusqlite's `OptionalExtension`.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The values bound to a statement: `[a, b]` (one type), `params![a, b, ..]`,
/// `[]`, or `params_from_iter(..)`.
pub trait Params {
    fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R;
}

impl Params for &[&dyn ToSql] {
    fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(self)
    }
}

impl Params for [&dyn ToSql; 0] {
    fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

impl Params for () {
    fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

macro_rules! array_params {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                let refs: [&dyn ToSql; $n] = self.each_ref().map(|p| p as &dyn ToSql);
                f(&refs)
            }
        }
        impl<T: ToSql> Params for &[T; $n] {
            fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                let refs: [&dyn ToSql; $n] = self.each_ref().map(|p| p as &dyn ToSql);
                f(&refs)
            }
        }
    )*};
}
array_params!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

/// Binds the values an iterator yields, as rusqlite's `params_from_iter`.
pub struct ParamsFromIter<I>(I);

pub fn params_from_iter<I>(iter: I) -> ParamsFromIter<I>
where
    I: IntoIterator,
    I::Item: ToSql,
{
    ParamsFromIter(iter)
}

impl<I> Params for ParamsFromIter<I>
where
    I: IntoIterator,
    I::Item: ToSql,
{
    fn with_params<R>(self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        let values: Vec<I::Item> = self.0.into_iter().collect();
        let refs: Vec<&dyn ToSql> = values.iter().map(|p| p as &dyn ToSql).collect();
        f(&refs)
    }
}

/// A column by position or by name.
pub trait RowIndex: rusqlite::RowIndex + postgres::row::RowIndex + fmt::Display + Copy {}
impl RowIndex for usize {}
impl RowIndex for &str {}

/// The key of duban's advisory lock on a server: every write transaction takes
/// it (`pg_advisory_xact_lock`, scoped to the database) right after `BEGIN`.
/// The digits spell "duban" in ASCII.
pub const WRITE_LOCK_KEY: i64 = 0x64_75_62_61_6e;

/// A server's write transaction: `BEGIN`, then the write lock (the `SELECT` is
/// written out; `WRITE_LOCK_KEY` is its number).
const WRITE_BEGIN_PG: &str = "BEGIN; SELECT pg_advisory_xact_lock(431466111342)";

/// A connection to either engine. Reads take `&self` on both (the server's
/// client sits in a `RefCell`).
pub enum Conn {
    Sqlite(rusqlite::Connection),
    Pg(Box<PgConn>),
}

impl From<rusqlite::Connection> for Conn {
    fn from(c: rusqlite::Connection) -> Self {
        Conn::Sqlite(c)
    }
}

impl Conn {
    /// The SQLite connection, for what is SQLite's alone; `None` on a server.
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Conn::Sqlite(c) => Some(c),
            Conn::Pg(_) => None,
        }
    }

    pub fn sqlite_mut(&mut self) -> Option<&mut rusqlite::Connection> {
        match self {
            Conn::Sqlite(c) => Some(c),
            Conn::Pg(_) => None,
        }
    }

    pub fn is_server(&self) -> bool {
        matches!(self, Conn::Pg(_))
    }

    /// The server's connection, for what is the server's alone; `None` on SQLite.
    pub fn pg(&self) -> Option<&PgConn> {
        match self {
            Conn::Pg(c) => Some(c),
            Conn::Sqlite(_) => None,
        }
    }

    /// The file's path as SQLite reports it (`Some("")` in memory); `None` on a server.
    pub fn path(&self) -> Option<&str> {
        self.sqlite().and_then(|c| c.path())
    }

    /// A statement from this connection's cache (prepared once per SQL text).
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(match self {
            Conn::Sqlite(c) => Statement::Cached(c.prepare_cached(sql)?),
            Conn::Pg(c) => Statement::Pg(c, c.prepare_cached(sql)?),
        })
    }

    /// A statement prepared now and not cached (SQL built at run time).
    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(match self {
            Conn::Sqlite(c) => Statement::Plain(c.prepare(sql)?),
            Conn::Pg(c) => Statement::Pg(c, c.prepare(sql)?),
        })
    }

    /// Runs one statement (prepared each time on SQLite, as rusqlite does, so
    /// its small statement cache keeps the hot reads; cached on a server).
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        self.prepare_once(sql)?.execute(params)
    }

    fn prepare_once(&self, sql: &str) -> Result<Statement<'_>> {
        match self {
            Conn::Sqlite(_) => self.prepare(sql),
            Conn::Pg(_) => self.prepare_cached(sql),
        }
    }

    pub fn query_row<T, P, F>(&self, sql: &str, params: P, f: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        self.prepare_once(sql)?.query_row(params, f)
    }

    /// Runs statements without parameters, one after the other.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Pg(c) => c.batch(&dialect::to_pg(sql)),
        }
    }

    /// A deferred transaction (SQLite) or a plain one (server).
    #[cfg(test)]
    pub fn transaction(&mut self) -> Result<Tx<'_>> {
        self.transaction_with_behavior(TransactionBehavior::Deferred)
    }

    /// A transaction; `Immediate` (a write) takes the write lock at once. On
    /// SQLite that is the file's; on a server it is duban's one advisory lock
    /// of the database, held until commit or rollback, so writers serialise
    /// there exactly as on SQLite (no lost update, nothing interleaved), and a
    /// writer that dies releases it with its session.
    pub fn transaction_with_behavior(&mut self, b: TransactionBehavior) -> Result<Tx<'_>> {
        let begin = match (&*self, b) {
            (Conn::Pg(_), TransactionBehavior::Deferred) => "BEGIN",
            (Conn::Pg(_), _) => WRITE_BEGIN_PG,
            (_, TransactionBehavior::Immediate) => "BEGIN IMMEDIATE",
            (_, TransactionBehavior::Exclusive) => "BEGIN EXCLUSIVE",
            _ => "BEGIN DEFERRED",
        };
        if let Err(e) = self.execute_batch(begin) {
            // BEGIN may have run before the lock failed (a cancel, a timeout):
            // leave no aborted transaction open on the connection.
            if let Conn::Pg(c) = &*self {
                let _ = c.batch("ROLLBACK");
                // Waited past `lock_timeout`: say who holds the lock, if anyone
                // still does (a member may hold it from `psql`).
                if let Error::Pg(pg) = &e
                    && pg.code().is_some_and(|c| c.code() == "55P03")
                    && let Ok(Some((holder, pid))) = self.write_lock_holder()
                {
                    return Err(Error::WriteLockHeld { holder, pid });
                }
            }
            return Err(e);
        }
        Ok(Tx {
            conn: self,
            done: false,
        })
    }
}

impl Conn {
    /// On a server, the login role and server process of a session holding
    /// duban's write lock in this database (members may read `pg_locks` and
    /// `pg_stat_activity`); `None` when no one holds it, or on SQLite.
    pub fn write_lock_holder(&self) -> Result<Option<(String, i32)>> {
        if !self.is_server() {
            return Ok(None);
        }
        self.query_row(WRITE_LOCK_HOLDER, [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
    }
}

impl Conn {
    /// On a server, the login role and server process of another session in a
    /// transaction that holds locks on rows of items (`FOR UPDATE`, `UPDATE`:
    /// the table's RowShare / RowExclusive lock), as one a write waited for may.
    pub fn row_lock_holder(&self) -> Result<Option<(String, i32)>> {
        if !self.is_server() {
            return Ok(None);
        }
        self.query_row(
            "SELECT coalesce(a.usename::text, ''), l.pid
             FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
               AND l.relation = 'duban.items'::regclass
               AND l.mode IN ('RowShareLock', 'RowExclusiveLock')
             ORDER BY l.pid LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
    }
}

/// Who holds duban's write lock (`WRITE_LOCK_KEY`: a bigint key is split into
/// `classid`, its high half, and `objid`, its low half, with `objsubid` 1).
const WRITE_LOCK_HOLDER: &str = "SELECT coalesce(a.usename::text, ''), l.pid
    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND l.classid::text::bigint = 100 AND l.objid::text::bigint = 1969381742
    ORDER BY l.pid LIMIT 1";

/// A transaction: committed by `commit`, rolled back when dropped otherwise.
/// Reads and writes go through it as through the connection (it derefs to it).
pub struct Tx<'c> {
    conn: &'c mut Conn,
    done: bool,
}

impl std::ops::Deref for Tx<'_> {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        self.conn
    }
}

impl Tx<'_> {
    /// Commits; when the commit fails (SQLite busy, a full disk) the transaction
    /// is rolled back as the guard drops, so the connection is never left inside it.
    pub fn commit(mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        // SQLite keeps a transaction open after a failed COMMIT; a server has ended
        // it already (a ROLLBACK there only warns).
        let open = match &*self.conn {
            Conn::Sqlite(c) => !c.is_autocommit(),
            _ => true,
        };
        if open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// A prepared statement of either engine.
pub enum Statement<'c> {
    Cached(rusqlite::CachedStatement<'c>),
    Plain(rusqlite::Statement<'c>),
    Pg(&'c PgConn, postgres::Statement),
}

impl<'c> Statement<'c> {
    fn lite(&mut self) -> Option<&mut rusqlite::Statement<'c>> {
        match self {
            Statement::Cached(s) => Some(s),
            Statement::Plain(s) => Some(s),
            Statement::Pg(..) => None,
        }
    }

    /// Runs the statement; the number of rows changed.
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        if let Some(s) = self.lite() {
            return params.with_params(|p| Ok(s.execute(p)?));
        }
        let Statement::Pg(c, st) = self else {
            unreachable!()
        };
        params.with_params(|p| c.execute(st, p))
    }

    pub fn query<P: Params>(&mut self, params: P) -> Result<Rows<'_>> {
        match self {
            Statement::Cached(s) => params.with_params(|p| Ok(Rows::Sqlite(s.query(p)?))),
            Statement::Plain(s) => params.with_params(|p| Ok(Rows::Sqlite(s.query(p)?))),
            Statement::Pg(c, st) => params.with_params(|p| {
                Ok(Rows::Pg {
                    rows: c.query(st, p)?,
                    at: 0,
                })
            }),
        }
    }

    pub fn query_row<T, P, F>(&mut self, params: P, f: F) -> Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> Result<T>,
    {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(r) => f(&r),
            None => Err(Error::NoRows),
        }
    }

    pub fn query_map<T, P, F>(&mut self, params: P, f: F) -> Result<MappedRows<'_, F>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        Ok(MappedRows {
            rows: self.query(params)?,
            f,
        })
    }
}

/// The rows of a query: SQLite's stepped one at a time, a server's read whole.
pub enum Rows<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Pg { rows: Vec<postgres::Row>, at: usize },
}

impl Rows<'_> {
    /// The next row, as rusqlite's `Rows::next`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match self {
            Rows::Sqlite(rows) => Ok(rows.next()?.map(Row::Sqlite)),
            Rows::Pg { rows, at } => {
                let row = rows.get(*at);
                *at += 1;
                Ok(row.map(Row::Pg))
            }
        }
    }
}

/// `query_map`'s rows, each mapped by the closure.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    f: F,
}

impl<T, F> Iterator for MappedRows<'_, F>
where
    F: FnMut(&Row<'_>) -> Result<T>,
{
    type Item = Result<T>;
    fn next(&mut self) -> Option<Result<T>> {
        match self.rows.next() {
            Ok(Some(r)) => Some((self.f)(&r)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// One row of a result.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r postgres::Row),
}

impl Row<'_> {
    /// The value of a column, read through rusqlite's `FromSql` on both engines.
    pub fn get<I: RowIndex, T: FromSql>(&self, idx: I) -> Result<T> {
        match self {
            Row::Sqlite(r) => Ok(r.get(idx)?),
            Row::Pg(r) => {
                let cell = pg::cell(r, idx)?;
                T::column_result(cell).map_err(|e| pg::conversion(r, idx, e))
            }
        }
    }

    /// The value of a column without copying it.
    pub fn get_ref<I: RowIndex>(&self, idx: I) -> Result<ValueRef<'_>> {
        match self {
            Row::Sqlite(r) => Ok(r.get_ref(idx)?),
            Row::Pg(r) => pg::cell(r, idx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory() -> Conn {
        Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap())
    }

    #[test]
    fn a_commit_that_fails_leaves_no_transaction_open() {
        let mut c = memory();
        c.execute_batch(
            "PRAGMA foreign_keys = ON;
             CREATE TABLE p (id INTEGER PRIMARY KEY);
             CREATE TABLE k (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED);",
        )
        .unwrap();
        let tx = c
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .unwrap();
        // Checked only at COMMIT, which then fails and (on SQLite) stays open.
        tx.execute("INSERT INTO k VALUES (?1)", [7]).unwrap();
        assert!(tx.commit().is_err());
        assert!(c.sqlite().unwrap().is_autocommit(), "rolled back");
        let n: i64 = c
            .query_row("SELECT count(*) FROM k", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        // The connection takes the next write at once.
        let tx = c
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .unwrap();
        tx.execute("INSERT INTO p VALUES (?1)", [1]).unwrap();
        tx.commit().unwrap();
    }

    #[test]
    fn a_dropped_transaction_is_rolled_back_and_a_committed_one_kept() {
        let mut c = memory();
        c.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
        {
            let tx = c.transaction().unwrap();
            tx.execute("INSERT INTO t VALUES (?1)", [1]).unwrap();
        }
        let tx = c
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .unwrap();
        tx.execute("INSERT INTO t VALUES (?1)", params![2]).unwrap();
        tx.commit().unwrap();
        let xs: Vec<i64> = c
            .prepare_cached("SELECT x FROM t ORDER BY x")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_>>()
            .unwrap();
        assert_eq!(xs, vec![2]);
    }

    #[test]
    fn a_write_on_a_server_takes_the_lock_by_its_key() {
        let lock = format!("pg_advisory_xact_lock({WRITE_LOCK_KEY})");
        assert!(WRITE_BEGIN_PG.starts_with("BEGIN;") && WRITE_BEGIN_PG.contains(&lock));
        let (high, low) = (WRITE_LOCK_KEY >> 32, WRITE_LOCK_KEY & 0xffff_ffff);
        assert!(WRITE_LOCK_HOLDER.contains(&format!("l.classid::text::bigint = {high} ")));
        assert!(WRITE_LOCK_HOLDER.contains(&format!("l.objid::text::bigint = {low}\n")));
    }

    #[test]
    fn no_row_is_none_through_optional_and_params_bind_from_an_iterator() {
        let c = memory();
        let none: Option<i64> = c
            .query_row("SELECT 1 WHERE 0", [], |r| r.get(0))
            .optional()
            .unwrap();
        assert_eq!(none, None);
        let sum: i64 = c
            .query_row("SELECT ?1 + ?2 + ?3", params_from_iter([1i64, 2, 3]), |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(sum, 6);
        let name: String = c
            .query_row("SELECT 'x' AS name", [], |r| r.get("name"))
            .unwrap();
        assert_eq!(name, "x");
    }
}
