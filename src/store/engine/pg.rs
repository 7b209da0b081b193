//! The server's side of the seam: a `postgres::Client` in a `RefCell`, its
//! statements cached by the store's SQL text, values bound by the type the
//! server asks for and cells read back as rusqlite's `ValueRef`.

use super::{Error, Result, RowIndex, ValueRef, dialect};
use postgres::types::{FromSql as PgFromSql, IsNull, ToSql as PgToSql, Type};
use rusqlite::ToSql as LiteToSql;
use rusqlite::types::ToSqlOutput;
use std::cell::RefCell;
use std::collections::HashMap;

type BoxError = Box<dyn std::error::Error + Sync + Send>;

/// One connection to a server.
pub struct PgConn {
    client: RefCell<postgres::Client>,
    /// Statements by the store's SQL text (before the dialect's rewriting).
    cache: RefCell<HashMap<String, postgres::Statement>>,
}

impl PgConn {
    pub fn new(client: postgres::Client) -> Self {
        PgConn {
            client: RefCell::new(client),
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// The client itself, for what is the server's alone (LISTEN, notifications).
    pub fn client(&self) -> std::cell::RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }

    pub(super) fn prepare_cached(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(st) = self.cache.borrow().get(sql) {
            return Ok(st.clone());
        }
        let st = self.prepare(sql)?;
        self.cache.borrow_mut().insert(sql.to_string(), st.clone());
        Ok(st)
    }

    pub(super) fn prepare(&self, sql: &str) -> Result<postgres::Statement> {
        Ok(self.client.borrow_mut().prepare(&dialect::to_pg(sql))?)
    }

    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    pub(super) fn execute(
        &self,
        st: &postgres::Statement,
        params: &[&dyn LiteToSql],
    ) -> Result<usize> {
        bind(params, |p| {
            Ok(self.client.borrow_mut().execute(st, p)? as usize)
        })
    }

    pub(super) fn query(
        &self,
        st: &postgres::Statement,
        params: &[&dyn LiteToSql],
    ) -> Result<Vec<postgres::Row>> {
        bind(params, |p| Ok(self.client.borrow_mut().query(st, p)?))
    }
}

/// Binds rusqlite values as the server's parameters.
fn bind<R>(
    params: &[&dyn LiteToSql],
    f: impl FnOnce(&[&(dyn PgToSql + Sync)]) -> Result<R>,
) -> Result<R> {
    let outs: Vec<ToSqlOutput<'_>> = params
        .iter()
        .map(|p| LiteToSql::to_sql(*p))
        .collect::<rusqlite::Result<_>>()?;
    let values: Vec<Param<'_>> = outs
        .iter()
        .map(|o| match o {
            ToSqlOutput::Borrowed(v) => Ok(Param(*v)),
            ToSqlOutput::Owned(v) => Ok(Param(ValueRef::from(v))),
            _ => Err(Error::Unsupported("a zero-filled blob")),
        })
        .collect::<Result<_>>()?;
    let refs: Vec<&(dyn PgToSql + Sync)> = values.iter().map(|v| v as _).collect();
    f(&refs)
}

/// A rusqlite value written as the type the server expects there: an integer
/// as bigint, integer, smallint or boolean (0/1), text as text.
#[derive(Debug)]
struct Param<'a>(ValueRef<'a>);

impl PgToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        match self.0 {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(i) => match *ty {
                Type::INT8 => PgToSql::to_sql(&i, ty, out),
                Type::INT4 => PgToSql::to_sql(&i32::try_from(i)?, ty, out),
                Type::INT2 => PgToSql::to_sql(&i16::try_from(i)?, ty, out),
                Type::BOOL => PgToSql::to_sql(&(i != 0), ty, out),
                Type::FLOAT8 => PgToSql::to_sql(&(i as f64), ty, out),
                Type::FLOAT4 => PgToSql::to_sql(&(i as f32), ty, out),
                _ => PgToSql::to_sql(&i.to_string().as_str(), &Type::TEXT, out),
            },
            ValueRef::Real(x) => match *ty {
                Type::FLOAT4 => PgToSql::to_sql(&(x as f32), ty, out),
                Type::FLOAT8 => PgToSql::to_sql(&x, ty, out),
                _ => PgToSql::to_sql(&x.to_string().as_str(), &Type::TEXT, out),
            },
            ValueRef::Text(t) => {
                let t = std::str::from_utf8(t)?;
                match *ty {
                    Type::INT8 => PgToSql::to_sql(&t.parse::<i64>()?, ty, out),
                    _ => PgToSql::to_sql(&t, &Type::TEXT, out),
                }
            }
            ValueRef::Blob(b) => PgToSql::to_sql(&b, ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn to_sql_checked(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        PgToSql::to_sql(self, ty, out)
    }
}

/// One cell of a server's row, as rusqlite would have read it from SQLite.
struct Cell<'a>(ValueRef<'a>);

impl<'a> PgFromSql<'a> for Cell<'a> {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        Ok(Cell(match *ty {
            Type::INT8 => ValueRef::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => ValueRef::Integer(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => ValueRef::Integer(i16::from_sql(ty, raw)?.into()),
            Type::OID => ValueRef::Integer(u32::from_sql(ty, raw)?.into()),
            Type::BOOL => ValueRef::Integer(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => ValueRef::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => ValueRef::Real(f32::from_sql(ty, raw)?.into()),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => ValueRef::Blob(raw),
            // text, varchar, name, char and anything else sent as text
            _ => ValueRef::Text(raw),
        }))
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Self, BoxError> {
        Ok(Cell(ValueRef::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A `numeric` (what `sum` of bigints gives) as an integer when it has no
/// fraction, else as a real.
fn numeric(raw: &[u8]) -> std::result::Result<ValueRef<'static>, BoxError> {
    let word = |k: usize| -> std::result::Result<i16, BoxError> {
        raw.get(2 * k..2 * k + 2)
            .map(|b| i16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "a short numeric".into())
    };
    let (ndigits, weight, sign, dscale) = (word(0)?, word(1)?, word(2)? as u16, word(3)?);
    if sign == 0xC000 {
        return Ok(ValueRef::Null); // NaN
    }
    let mut value = 0f64;
    for k in 0..ndigits.max(0) as usize {
        let d = word(4 + k)? as f64;
        value += d * 10000f64.powi(weight as i32 - k as i32);
    }
    if sign == 0x4000 {
        value = -value;
    }
    if dscale == 0 && value.abs() < 9.0e15 {
        Ok(ValueRef::Integer(value as i64))
    } else {
        Ok(ValueRef::Real(value))
    }
}

/// Column `idx` of a server's row as a `ValueRef`.
pub(super) fn cell<'r, I: RowIndex>(row: &'r postgres::Row, idx: I) -> Result<ValueRef<'r>> {
    Ok(row.try_get::<I, Cell<'r>>(idx)?.0)
}

/// A value that rusqlite's `FromSql` refused, as rusqlite would report it.
pub(super) fn conversion<I: RowIndex>(
    row: &postgres::Row,
    idx: I,
    e: rusqlite::types::FromSqlError,
) -> Error {
    use rusqlite::types::FromSqlError as F;
    let k = row
        .columns()
        .iter()
        .position(|c| idx.to_string() == c.name())
        .or_else(|| idx.to_string().parse().ok())
        .unwrap_or(0);
    Error::Sqlite(match e {
        F::OutOfRange(i) => rusqlite::Error::IntegralValueOutOfRange(k, i),
        F::InvalidType => {
            rusqlite::Error::InvalidColumnType(k, idx.to_string(), rusqlite::types::Type::Null)
        }
        other => rusqlite::Error::FromSqlConversionFailure(
            k,
            rusqlite::types::Type::Null,
            Box::new(other),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeric_reads_as_an_integer_or_a_real() {
        // 12345: ndigits 2, weight 1, sign +, dscale 0, digits 1 2345
        let raw = [0, 2, 0, 1, 0, 0, 0, 0, 0, 1, 0x09, 0x29];
        assert_eq!(numeric(&raw).unwrap(), ValueRef::Integer(12345));
        // -0.5: ndigits 1, weight -1, sign -, dscale 1, digits 5000
        let raw = [0, 1, 0xFF, 0xFF, 0x40, 0, 0, 1, 0x13, 0x88];
        assert_eq!(numeric(&raw).unwrap(), ValueRef::Real(-0.5));
    }
}
