//! The store's unit tests on PostgreSQL: one throwaway cluster per test process
//! (started on first use, stopped and removed when the process exits), a template
//! database made once by `server init`, and a fresh database per test copied
//! from it (`CREATE DATABASE .. TEMPLATE`).
//!
//! The tests play several people on one connection (`set_actor`), which a
//! server cannot see: its identity is the login role. So the store is opened as
//! the cluster's superuser with `--admin`, and the server's own triggers are off
//! for the session (`session_replication_role = replica`): what runs is duban's
//! SQL and duban's rules, on PostgreSQL. The server's policies and triggers are
//! tested against real roles by `tests/it/server_rules.rs`.

use super::cluster::{self, Cluster};
use crate::store::Store;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

const TEMPLATE: &str = "duban_template";

/// The store's unit tests run on PostgreSQL instead of SQLite
/// (`DUBAN_TEST_ENGINE=pg cargo test --lib store`).
pub(crate) fn chosen() -> bool {
    std::env::var("DUBAN_TEST_ENGINE").is_ok_and(|v| v == "pg")
}

/// True when PostgreSQL can be used; says why not (once per call) otherwise.
/// Under `DUBAN_SYSTEM_TESTS=1` a missing PostgreSQL fails the test.
pub(crate) fn available() -> bool {
    let found = cluster::available();
    if !found {
        eprintln!("skipped on PostgreSQL: it is not installed (initdb, pg_ctl)");
    }
    found
}

static CLUSTER: OnceLock<Cluster> = OnceLock::new();
static NEXT: AtomicU32 = AtomicU32::new(0);

extern "C" fn stop_cluster() {
    if let Some(c) = CLUSTER.get() {
        c.stop();
    }
}

fn cluster() -> &'static Cluster {
    CLUSTER.get_or_init(|| {
        let c = Cluster::start();
        let mut client = c.connect("postgres");
        client
            .batch_execute(&format!("CREATE DATABASE {TEMPLATE}"))
            .unwrap();
        drop(client);
        let mut client = c.connect(TEMPLATE);
        crate::store::server::init(&mut client, "duban_test", "supervision").unwrap();
        // The unit tests start from an empty board, as a new SQLite file does:
        // without the first supervisor `server init` names. The rules' triggers are
        // off for the tests' sessions (see above); the triggers that keep the column
        // and office counts are data, not rules, and stay on.
        client
            .batch_execute(
                "SET session_replication_role = replica;
                 DELETE FROM duban.members; DELETE FROM duban.offices;
                 ALTER TABLE duban.items ENABLE ALWAYS TRIGGER count_columns;
                 ALTER TABLE duban.items ENABLE ALWAYS TRIGGER count_item_offices;
                 ALTER TABLE duban.items ENABLE ALWAYS TRIGGER count_item_offices_delete;
                 ALTER TABLE duban.item_offices ENABLE ALWAYS TRIGGER count_offices;",
            )
            .unwrap();
        drop(client);
        // SAFETY: registers a plain function for exit; it touches only the static.
        unsafe { libc::atexit(stop_cluster) };
        c
    })
}

/// A store on a fresh database copied from the template, for `actor`.
pub(crate) fn fresh(actor: &str) -> Store {
    let c = cluster();
    let name = format!(
        "t{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    c.connect("postgres")
        .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
        .unwrap();
    let mut store = Store::open_server(&c.url("postgres", &name), true).unwrap();
    store
        .conn
        .execute_batch("SET session_replication_role = replica")
        .unwrap();
    store.set_actor(actor);
    store
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Status;
    use crate::store::StoreError;
    use crate::store::rules::Act;
    use crate::store::server::open::Refusal;

    fn database() -> String {
        let c = cluster();
        let name = format!(
            "o{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        c.connect("postgres")
            .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
            .unwrap();
        name
    }

    /// Every store unit test once more on PostgreSQL: this test binary run again
    /// with `DUBAN_TEST_ENGINE=pg`, filtered to `store::`.
    #[test]
    fn every_store_unit_test_passes_on_postgresql_too() {
        if chosen() || !available() {
            return;
        }
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["store::", "--test-threads", "2"])
            .env("DUBAN_TEST_ENGINE", "pg")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "the store's tests on PostgreSQL:\n{said}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(said.contains(" passed; 0 failed"), "{said}");
    }

    #[test]
    fn a_role_that_bypasses_the_rules_needs_admin_and_the_schema_must_be_this_builds() {
        if !available() {
            return;
        }
        let name = database();
        let url = cluster().url("postgres", &name);
        match Store::open_server(&url, false) {
            Err(StoreError::ServerRefusesOpen {
                why: Refusal::Bypasses { role },
                ..
            }) => assert_eq!(role, "postgres"),
            other => panic!("a superuser without --admin: {:?}", other.err()),
        }
        let store = Store::open_server(&url, true).unwrap();
        assert_eq!(store.actor(), "postgres", "the actor is the login role");
        assert!(store.is_server() && store.path().is_none());
        drop(store);
        let mut c = cluster().connect(&name);
        // Rules older than this build (a server set up before `act_as`).
        c.batch_execute("DROP FUNCTION duban.act_as(text)").unwrap();
        let e = Store::open_server(&url, true).err().unwrap();
        assert!(
            matches!(
                e,
                StoreError::ServerRefusesOpen {
                    why: Refusal::RulesOld,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(e.to_string().contains("server init again"), "{e}");
        c.batch_execute("INSERT INTO duban.schema_version (version) VALUES (999)")
            .unwrap();
        let e = Store::open_server(&url, true).err().unwrap();
        assert!(matches!(
            e,
            StoreError::ServerRefusesOpen {
                why: Refusal::Version { found: 999, .. },
                ..
            }
        ));
        c.batch_execute("DELETE FROM duban.schema_version WHERE version > 10")
            .unwrap();
        let said = Store::open_server(&url, true).err().unwrap().to_string();
        assert!(said.contains("duban server init"), "{said}");
        let e = Store::open_server(&cluster().url("postgres", "postgres"), true)
            .err()
            .unwrap();
        assert!(matches!(
            e,
            StoreError::ServerRefusesOpen {
                why: Refusal::NoSchema,
                ..
            }
        ));
    }

    #[test]
    fn a_store_on_a_server_imports_moves_and_reads_back() {
        if !available() {
            return;
        }
        let mut store = fresh("甲");
        store.set_fixed_now(Some("2020-06-01T09:00:00.000Z"));
        let plan = store
            .import(&crate::store::test_support::plan())
            .unwrap()
            .plan_id;
        let id = store
            .conn
            .query_row(
                "SELECT id FROM items WHERE plan_id = ?1 AND number = 2",
                [plan],
                |r| r.get(0),
            )
            .unwrap();
        store.move_item(id, Status::Doing, None).unwrap();
        let (status, version): (String, i64) = store
            .conn
            .query_row(
                "SELECT status, version FROM items WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((status.as_str(), version), ("doing", 2));
        let kinds: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM events WHERE item_id = ?1 AND kind = 'move'",
                [id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(kinds, 1);
    }

    #[test]
    fn a_write_the_servers_rules_refuse_is_a_refusal() {
        if !available() {
            return;
        }
        let mut store = fresh("甲");
        store.import(&crate::store::test_support::plan()).unwrap();
        // The server's triggers back on: the superuser belongs to no office, so
        // `guard_item` refuses its retiring an item (DB002), in the words duban's
        // own check uses for it.
        store
            .conn
            .execute_batch("SET session_replication_role = origin")
            .unwrap();
        let e = store
            .conn
            .execute("UPDATE items SET retired = TRUE WHERE number = 4", [])
            .unwrap_err();
        let e = StoreError::from(e);
        match &e {
            StoreError::Refused(r) => {
                assert_eq!(
                    (r.act, r.actor.as_str(), r.number),
                    (Act::Retire, "postgres", Some(4))
                )
            }
            other => panic!("expected duban's refusal, got {other:?}"),
        }
    }
}
