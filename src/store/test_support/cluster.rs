//! A throwaway PostgreSQL cluster for tests, shared by the store's unit tests
//! (`store::test_support::pg`) and the integration tests (`tests/it/pg`, which
//! includes this file): `initdb` in a temporary folder (trust
//! for the local socket, no TCP), the unix socket in that folder on a free port,
//! `pg_ctl start`. Dropping the `Cluster` (also while a failed test unwinds) stops
//! the server and removes the folder. As root, the server runs as the `postgres`
//! account, since initdb refuses root.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Where PostgreSQL's programs are: `pg_config --bindir`, else the newest
/// /usr/lib/postgresql/N/bin, else the PATH.
pub fn bindir() -> Option<PathBuf> {
    let has_initdb = |d: &Path| d.join("initdb").is_file() && d.join("pg_ctl").is_file();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let d = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if has_initdb(&d) {
            return Some(d);
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            Some((v, e.path().join("bin")))
        })
        .filter(|(_, d)| has_initdb(d))
        .collect();
    versions.sort();
    if let Some((_, d)) = versions.pop() {
        return Some(d);
    }
    std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).find(|d| has_initdb(d)))
}

/// True when a cluster can be started; tests print why they skip otherwise. Under
/// `DUBAN_SYSTEM_TESTS=1` (as `.ci/run` sets it) a missing PostgreSQL fails them.
pub fn available() -> bool {
    let found = bindir().is_some();
    assert!(
        found || std::env::var_os("DUBAN_SYSTEM_TESTS").is_none_or(|v| v != "1"),
        "PostgreSQL is required when DUBAN_SYSTEM_TESTS=1 (apt-get install postgresql)"
    );
    found
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
}

impl Cluster {
    /// Starts a fresh cluster; panics (failing the test) when it cannot.
    pub fn start() -> Cluster {
        Cluster::start_with(None)
    }

    /// A cluster where the `postgres` role logs in without a password and every
    /// other role only as the OS account of the same name (peer authentication),
    /// with a socket folder every account can reach.
    pub fn start_peer() -> Cluster {
        Cluster::start_with(Some("local all postgres trust\nlocal all all peer\n"))
    }

    fn start_with(hba: Option<&str>) -> Cluster {
        let bin = bindir().expect("PostgreSQL's bin folder");
        let dir = tempfile::Builder::new()
            .prefix("duban-pg")
            .tempdir()
            .unwrap();
        if is_root() {
            let ok = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(dir.path())
                .status()
                .unwrap()
                .success();
            assert!(ok, "chown the cluster's folder to postgres");
        }
        // Reachable by every account (for peer login); the data folder inside
        // stays private (initdb makes it 0700).
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let port = free_port();
        let cluster = Cluster { dir, bin, port };
        let data = cluster.data();
        let out = cluster.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        assert!(out.status.success(), "initdb: {}", show(&out));
        if let Some(hba) = hba {
            let file = cluster.dir.path().join("data").join("pg_hba.conf");
            std::fs::write(&file, hba).unwrap();
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        let opts = format!(
            "-k {} -p {} -c listen_addresses='' -c fsync=off",
            cluster.dir.path().display(),
            port
        );
        let log = cluster.dir.path().join("log").display().to_string();
        let out = cluster.run(
            "pg_ctl",
            &["start", "-w", "-D", &data, "-l", &log, "-o", &opts],
        );
        if !out.status.success() {
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            panic!("pg_ctl start: {}\n{log}", show(&out));
        }
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// Runs one of PostgreSQL's programs, as `postgres` when we are root.
    fn run(&self, program: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(program);
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap()
    }

    /// The folder holding the socket.
    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    /// A connection URL for `user` on `db`, over the socket.
    pub fn url(&self, user: &str, db: &str) -> String {
        format!(
            "host={} port={} user={} dbname={}",
            self.dir.path().display(),
            self.port,
            user,
            db
        )
    }

    /// Runs `psql` as the OS account `user` over the socket, with `sql` on `db`;
    /// its output (stdout and stderr) and whether it succeeded.
    pub fn psql_as(&self, user: &str, db: &str, sql: &str) -> (bool, String) {
        self.psql_as_role(user, user, db, sql)
    }

    /// `psql_as` asking to log in as `role`.
    pub fn psql_as_role(&self, user: &str, role: &str, db: &str, sql: &str) -> (bool, String) {
        let psql = self.bin.join("psql");
        let out = Command::new("su")
            .args(["-s", "/bin/sh", user, "-c"])
            .arg(format!(
                "'{}' -X -q -v ON_ERROR_STOP=1 -h '{}' -p {} -U {} -d {} -c \"$0\"",
                psql.display(),
                self.dir.path().display(),
                self.port,
                role,
                db
            ))
            .arg(sql)
            .current_dir("/")
            .output()
            .unwrap();
        (out.status.success(), show(&out))
    }

    /// A superuser connection to `db`.
    pub fn connect(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(&self.url("postgres", db), postgres::NoTls)
            .unwrap_or_else(|e| panic!("connect to {db}: {e}"))
    }

    /// Makes a new empty database named `name`.
    pub fn create_db(&self, name: &str) {
        self.connect("postgres")
            .batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .unwrap();
    }
}

impl Cluster {
    /// Stops the server now (a cluster kept in a static is never dropped) and
    /// removes its folder.
    pub fn stop(&self) {
        let data = self.data();
        let _ = self.run("pg_ctl", &["stop", "-m", "immediate", "-w", "-D", &data]);
        let _ = std::fs::remove_dir_all(self.dir.path());
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self.run("pg_ctl", &["stop", "-m", "immediate", "-w", "-D", &data]);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(54329)
}

fn show(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
