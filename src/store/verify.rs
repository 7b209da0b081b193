//! What duban opens is duban's own: the schema of a file is compared with the one
//! duban's migrations build, so that a trigger, view, table or index someone added
//! by hand (or a table whose SQL was changed through `writable_schema`) is refused
//! before duban runs a statement that would fire it under its user's name.
//!
//! Everyone who shares the file can write to it; what they plant in it must not run
//! on everyone else's writes.

use super::schema;
use rusqlite::Connection;
use rusqlite::config::DbConfig;
use std::collections::BTreeSet;

/// One schema object as `sqlite_master` describes it: type, name, table, SQL with
/// its whitespace runs collapsed.
type Object = (String, String, String, String);

/// Connection settings that keep a hostile file's schema from doing more than
/// describing tables: functions with side effects are not run from schema objects
/// (`trusted_schema`), cells larger than their page are caught when read
/// (`cell_size_check`), and duban's own SQL cannot write the schema (`DEFENSIVE`).
pub(super) fn harden(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.pragma_update(None, "cell_size_check", true)?;
    Ok(())
}

fn collapse(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn objects(conn: &Connection) -> rusqlite::Result<BTreeSet<Object>> {
    let mut st = conn.prepare(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master
         WHERE NOT (type = 'table' AND name LIKE 'sqlite\\_stat%' ESCAPE '\\')",
    )?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            collapse(&r.get::<_, String>(3)?),
        ))
    })?;
    rows.collect()
}

/// The schema of the current version as the migrations build it, written out by
/// `the_stored_schema_is_what_the_migrations_build` (run it with
/// `DUBAN_WRITE_SCHEMA=1` after adding a migration): its first line is the
/// version, then one object a line, its four fields apart by tabs. Reading it
/// instead of building the schema on an in-memory database spares every open a
/// second SQLite database (its page cache, its parser's work; issue 20).
const STORED: &str = include_str!("schema.current");

/// The objects `STORED` lists, when it is the schema of `version`.
fn stored(version: i64) -> Option<BTreeSet<Object>> {
    let mut lines = STORED.lines();
    let at: i64 = lines.next()?.strip_prefix("version ")?.parse().ok()?;
    if at != version {
        return None;
    }
    lines
        .map(|line| {
            let mut f = line.splitn(4, '\t').map(str::to_string);
            Some((f.next()?, f.next()?, f.next()?, f.next()?))
        })
        .collect()
}

/// `objects` as `STORED` keeps them.
#[cfg(test)]
fn written(version: i64, objects: &BTreeSet<Object>) -> String {
    let mut text = format!("version {version}\n");
    for (kind, name, table, sql) in objects {
        text.push_str(&format!("{kind}\t{name}\t{table}\t{sql}\n"));
    }
    text
}

/// The schema duban's migrations build up to `version`, on a private in-memory
/// database.
fn built(version: i64) -> rusqlite::Result<BTreeSet<Object>> {
    let conn = Connection::open_in_memory()?;
    for sql in schema::MIGRATIONS
        .iter()
        .take(usize::try_from(version).unwrap_or(0))
    {
        conn.execute_batch(sql)?;
    }
    objects(&conn)
}

/// The schema duban makes at `version`: the stored one for the current version,
/// else built (an older file being opened for its migration; or, after a merge
/// that added a migration, until `schema.current` is written again).
fn expected(version: i64) -> rusqlite::Result<BTreeSet<Object>> {
    match stored(version) {
        Some(set) => Ok(set),
        None => built(version),
    }
}

/// What in a file's schema duban did not make, for the `Tampered` refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Foreign {
    /// An object duban never makes (`trigger "t" on notes`).
    Added(SchemaObject),
    /// One of duban's objects whose SQL was changed by hand.
    Changed(SchemaObject),
    /// One of duban's objects that is gone.
    Missing(SchemaObject),
    /// The schema version was set back while the store had the file open.
    VersionSetBack { version: i64 },
}

/// An object of a schema: its kind (`table`, `index`, `trigger`, `view`), its
/// name, and the table it belongs to when that is another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaObject {
    pub kind: String,
    pub name: String,
    pub table: Option<String>,
}

/// What in the file's schema duban did not make, at schema `version`; `None`
/// when the schema is duban's.
pub(super) fn foreign_object(conn: &Connection, version: i64) -> rusqlite::Result<Option<Foreign>> {
    if version <= 0 {
        return Ok(None);
    }
    let found = objects(conn)?;
    let want = expected(version)?;
    if found == want {
        return Ok(None);
    }
    let describe = |(kind, name, table, _): &Object| SchemaObject {
        kind: kind.clone(),
        name: name.clone(),
        table: (kind != "table" && name != table).then(|| table.clone()),
    };
    // Something added, or something duban made whose SQL was changed by hand.
    if let Some(extra) = found.difference(&want).next() {
        let changed = want
            .iter()
            .any(|w| w.0 == extra.0 && w.1 == extra.1 && w.3 != extra.3);
        return Ok(Some(if changed {
            Foreign::Changed(describe(extra))
        } else {
            Foreign::Added(describe(extra))
        }));
    }
    Ok(want
        .difference(&found)
        .next()
        .map(|m| Foreign::Missing(describe(m))))
}

/// `PRAGMA quick_check` on files up to this size: it reads every page, about a
/// quarter of a second per 100 MB, which a command may pay and a board's first
/// frame may not.
pub(super) const QUICK_CHECK_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// `Some(what is wrong)` when SQLite's quick check finds the file damaged.
pub(super) fn quick_check(conn: &Connection) -> rusqlite::Result<Option<String>> {
    let mut st = conn.prepare("PRAGMA quick_check(5)")?;
    let lines: Vec<String> = st
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(match lines.as_slice() {
        [ok] if ok == "ok" => None,
        [] => Some("quick_check said nothing".into()),
        _ => Some(lines.join("; ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn migrated(version: i64) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in schema::MIGRATIONS.iter().take(version as usize) {
            conn.execute_batch(sql).unwrap();
        }
        conn
    }

    #[test]
    fn the_stored_schema_is_what_the_migrations_build() {
        let want = written(schema::CURRENT, &built(schema::CURRENT).unwrap());
        if std::env::var_os("DUBAN_WRITE_SCHEMA").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/schema.current");
            std::fs::write(path, &want).unwrap();
            return;
        }
        assert!(
            STORED == want,
            "src/store/schema.current is stale: run this test with DUBAN_WRITE_SCHEMA=1"
        );
        assert_eq!(
            stored(schema::CURRENT),
            Some(built(schema::CURRENT).unwrap())
        );
        assert_eq!(stored(schema::CURRENT - 1), None);
    }

    #[test]
    fn duban_schema_at_every_version_is_its_own() {
        for v in 1..=schema::CURRENT {
            assert_eq!(foreign_object(&migrated(v), v).unwrap(), None, "v{v}");
        }
    }

    fn object(kind: &str, name: &str, table: Option<&str>) -> SchemaObject {
        SchemaObject {
            kind: kind.into(),
            name: name.into(),
            table: table.map(Into::into),
        }
    }

    #[test]
    fn a_planted_trigger_view_or_table_is_named() {
        let conn = migrated(schema::CURRENT);
        conn.execute_batch(
            "CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM notes; END;",
        )
        .unwrap();
        let found = foreign_object(&conn, schema::CURRENT).unwrap().unwrap();
        assert_eq!(
            found,
            Foreign::Added(object("trigger", "evil", Some("notes")))
        );

        let conn = migrated(schema::CURRENT);
        conn.execute_batch("CREATE VIEW v AS SELECT 1").unwrap();
        assert_eq!(
            foreign_object(&conn, schema::CURRENT).unwrap().unwrap(),
            Foreign::Added(object("view", "v", None))
        );

        let conn = migrated(schema::CURRENT);
        conn.execute_batch("DROP INDEX notes_by_item").unwrap();
        assert_eq!(
            foreign_object(&conn, schema::CURRENT).unwrap().unwrap(),
            Foreign::Missing(object("index", "notes_by_item", Some("notes")))
        );
    }

    #[test]
    fn a_table_rewritten_through_writable_schema_is_named() {
        let conn = migrated(schema::CURRENT);
        conn.execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = replace(sql, 'text TEXT NOT NULL', 'text TEXT')
               WHERE name = 'notes';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
        assert_eq!(
            foreign_object(&conn, schema::CURRENT).unwrap().unwrap(),
            Foreign::Changed(object("table", "notes", None))
        );
    }

    #[test]
    fn a_trigger_planted_while_a_store_is_open_never_runs_in_its_writes() {
        use crate::store::{Store, StoreError};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        let mut store = Store::open(&path, "甲").unwrap();
        let plan = store
            .import(&crate::store::test_support::plan())
            .unwrap()
            .plan_id;
        let one = store.item_id(plan, 1).unwrap();
        store.add_note(one, "之前").unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch(
                "CREATE TRIGGER evil AFTER INSERT ON notes
                 BEGIN UPDATE notes SET text = '篡改'; END;",
            )
            .unwrap();
        match store.add_note(one, "之后") {
            Err(e @ StoreError::Tampered { .. }) => {
                let said = e.to_string();
                assert!(said.contains("trigger \"evil\""), "{said}");
                let zh = e.message(crate::i18n::Lang::Zh);
                assert!(zh.contains("触发器“evil”"), "{zh}");
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        let texts: Vec<String> = store
            .item(one)
            .unwrap()
            .notes
            .into_iter()
            .map(|n| n.text)
            .collect();
        assert_eq!(texts, ["之前"]);
    }

    #[test]
    fn a_trigger_planted_with_the_version_set_back_is_refused_too() {
        use crate::store::{Store, StoreError};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        let mut store = Store::open(&path, "甲").unwrap();
        let plan = store
            .import(&crate::store::test_support::plan())
            .unwrap()
            .plan_id;
        let one = store.item_id(plan, 1).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch(
                "PRAGMA user_version = 0;
                 CREATE TRIGGER evil AFTER INSERT ON notes
                 BEGIN UPDATE notes SET text = '篡改'; END;",
            )
            .unwrap();
        match store.add_note(one, "之后") {
            Err(StoreError::Tampered { what, .. }) => {
                assert!(matches!(what, Foreign::VersionSetBack { .. }), "{what:?}");
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(store.item(one).unwrap().notes.is_empty());
    }

    #[test]
    fn statistics_tables_are_not_foreign() {
        let conn = migrated(schema::CURRENT);
        conn.execute_batch("ANALYZE").unwrap();
        assert_eq!(foreign_object(&conn, schema::CURRENT).unwrap(), None);
    }
}
