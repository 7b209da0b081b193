//! The commands on a PostgreSQL server (issue 18, phase 2): `--db` takes a
//! `postgresql://` URL; the actor is the login role; a role that bypasses
//! row-level security needs `--admin`; duban's refusals exit 3 there too.

use crate::pg::{Cluster, board_url as url, require_pg, run_on as duban, said as text};
use duban::store::server;

#[test]
fn commands_run_on_a_url_as_the_login_role_and_refuse_as_on_a_file() {
    require_pg!();
    let cluster = Cluster::start();
    cluster.create_db("duban");
    server::init(&mut cluster.connect("duban"), "alice", "supervising").unwrap();
    cluster
        .connect("duban")
        .batch_execute("CREATE ROLE bob LOGIN; GRANT duban_member TO bob")
        .unwrap();
    let config = tempfile::tempdir().unwrap();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/supervise.txt");
    let (alice, bob) = (url(&cluster, "alice"), url(&cluster, "bob"));

    let out = duban(&alice, config.path(), &["import", fixture]);
    assert!(out.status.success(), "{}", text(&out));
    let out = duban(&alice, config.path(), &["move", "2", "doing"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = duban(&alice, config.path(), &["list"]);
    let listed = text(&out);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("2 ") && l.contains("In progress")),
        "{listed}"
    );
    let out = duban(&alice, config.path(), &["history", "2"]);
    assert!(
        text(&out).contains("alice  moved To do -> In progress"),
        "the actor is the login role: {}",
        text(&out)
    );

    // bob belongs to no office: duban's own check refuses, exit status 3.
    let out = duban(&bob, config.path(), &["move", "3", "doing"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("bob is not one of them"),
        "{}",
        text(&out)
    );

    // The cluster's superuser bypasses row-level security: refused without --admin.
    let admin = url(&cluster, "postgres");
    let out = duban(&admin, config.path(), &["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("--admin"), "{}", text(&out));
    let out = duban(&admin, config.path(), &["--admin", "list"]);
    assert!(out.status.success(), "{}", text(&out));

    // A login role that is not one of duban's members is told who can let it in.
    cluster
        .connect("duban")
        .batch_execute("CREATE ROLE eve LOGIN")
        .unwrap();
    let out = duban(&url(&cluster, "eve"), config.path(), &["list"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("duban member add eve"),
        "{}",
        text(&out)
    );
    assert!(!text(&out).contains("permission denied"), "{}", text(&out));

    // A backup from a server is an ordinary board file (server_copy checks its rows).
    let backup = config.path().join("copy.db");
    let out = duban(&alice, config.path(), &["backup", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(backup.is_file());
    // What is SQLite's alone says so, naming the command, and changes nothing.
    let out = duban(
        &alice,
        config.path(),
        &["restore", backup.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("restore"), "{}", text(&out));
    assert!(text(&out).contains("SQLite file only"), "{}", text(&out));
}

/// A server that cannot be reached is named in the error, without the password the
/// connection string carries (it would land in the scrollback and in logs).
#[test]
fn a_connection_error_names_the_server_but_not_its_password() {
    let config = tempfile::tempdir().unwrap();
    for db in [
        "postgresql://zhang:S3cretPw@127.0.0.1:1/duban?connect_timeout=2",
        "postgresql://127.0.0.1:1/duban?user=zhang&password=S3cretPw&connect_timeout=2",
    ] {
        let out = duban(db, config.path(), &["list"]);
        assert!(!out.status.success());
        let said = text(&out);
        assert!(said.contains("127.0.0.1:1/duban"), "{said}");
        assert!(!said.contains("S3cretPw"), "{said}");
    }
}
