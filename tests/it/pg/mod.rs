//! The throwaway PostgreSQL cluster (the file is shared with the store's unit
//! tests: src/store/test_support/cluster.rs).
#![allow(dead_code)]

#[path = "../../../src/store/test_support/cluster.rs"]
mod cluster;
pub use cluster::*;

/// Ends the test (it passes, saying it skipped) when PostgreSQL is not installed.
macro_rules! require_pg {
    () => {
        if !$crate::pg::available() {
            eprintln!("skipped: PostgreSQL is not installed (initdb, pg_ctl)");
            return;
        }
    };
}
pub(crate) use require_pg;
