//! A second reader of the search texts: a board builds its search index on a thread
//! of its own, reading through a connection of its own, while it goes on answering
//! keys on the first. With a database server this is a second client session; with
//! a file, a read-only connection to the same file (through its log, so it sees every
//! committed write, in one read transaction).

use super::{ItemId, PlanId, Result, Store};
use std::path::PathBuf;

/// Where another thread can read this store's search texts again.
#[derive(Debug, Clone)]
pub struct SearchSource {
    from: Origin,
    actor: String,
}

#[derive(Debug, Clone)]
enum Origin {
    File(PathBuf),
    /// A server's connection string: a second session as the same login role.
    Server(String),
}

/// The page cache of the second reader: it reads each page once, in order, so a
/// small cache costs it nothing and keeps the board's memory down.
const READER_CACHE_KIB: i64 = 2_000;

impl Store {
    /// A source for reading the search texts off this thread; `None` for a private
    /// in-memory database, which no other connection can see.
    pub fn search_source(&self) -> Option<SearchSource> {
        let from = if self.is_server() {
            Origin::Server(self.path.to_string_lossy().into_owned())
        } else {
            Origin::File(self.path()?.to_path_buf())
        };
        Some(SearchSource {
            from,
            actor: self.actor.clone(),
        })
    }
}

impl SearchSource {
    /// Hands each item's search text of `plan` to `f`, as
    /// [`Store::for_each_search_text`] does, read on a new read-only connection in one
    /// read transaction: the texts of one moment, whatever is written meanwhile.
    pub fn for_each_search_text(&self, plan: PlanId, f: impl FnMut(ItemId, String)) -> Result<()> {
        self.read(|store| store.for_each_search_text(plan, f))
    }

    /// Runs `read` on a new read-only connection, in one read transaction.
    pub fn read<T>(&self, read: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let store = match &self.from {
            Origin::File(path) => {
                let store = Store::open_read_only(path, &self.actor)?;
                if let Some(conn) = store.conn.sqlite() {
                    conn.pragma_update(None, "cache_size", -READER_CACHE_KIB)?;
                }
                store.conn.execute_batch("BEGIN")?;
                store
            }
            // The role already passed the board's own opening (`--admin` included).
            Origin::Server(url) => {
                let store = Store::open_server(url, true)?;
                store
                    .conn
                    .execute_batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
                store
            }
        };
        let read = read(&store);
        // A read transaction: nothing to keep or undo.
        let _ = store.conn.execute_batch("COMMIT");
        read
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_reader_sees_what_the_store_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.db");
        let mut store = Store::open(&path, "tester").unwrap();
        let plan = store
            .import(&crate::store::test_support::plan())
            .unwrap()
            .plan_id;
        let source = store.search_source().unwrap();
        let mut read = Vec::new();
        source
            .for_each_search_text(plan, |id, text| read.push((id, text)))
            .unwrap();
        assert_eq!(read, store.search_texts(plan).unwrap());
        assert!(!read.is_empty());
    }

    #[test]
    fn an_in_memory_store_has_no_second_reader() {
        let store = Store::open_in_memory("tester").unwrap();
        assert!(store.search_source().is_none());
    }
}
