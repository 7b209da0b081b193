//! The database path on the command line: a new database only in a folder that
//! exists, said on stderr; wrong files refused in the user's words and left
//! byte-identical.

use crate::common;

use common::cli::Env;
use std::path::Path;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_database_in_a_missing_folder_is_refused_naming_it() {
    let env = Env::new();
    let db = env.path("no/such/dir/x.db");
    let out = env.cmd_db(Some(&db), &["list"]).output().unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(&env.path("no/such/dir").display().to_string()),
        "{err}"
    );
    assert!(!env.path("no").exists(), "no folder made");
    // The same through DUBAN_DB.
    let out = env
        .cmd_db(None, &["list"])
        .env("DUBAN_DB", &db)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!env.path("no").exists());
}

#[test]
fn a_new_database_is_announced_with_its_path_once() {
    let env = Env::new();
    let out = env.run(&["plans"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&env.db().display().to_string()), "{err}");
    assert!(err.contains("新建"), "{err}");
    let out = env.run(&["plans"]);
    assert_eq!(stderr(&out), "", "an existing database is not announced");

    let other = Env::new();
    let out = other.run(&["--lang", "en", "list"]);
    assert!(
        stderr(&out).contains("created a new database at"),
        "{}",
        stderr(&out)
    );
}

/// Runs `list` on `db`; it must fail, say `words`, and leave `db` as it was.
fn refused(env: &Env, db: &Path, words: &[&str]) {
    let before = std::fs::read(db).ok();
    let out = env
        .cmd_db(Some(db), &["--lang", "en", "list"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    for w in words {
        assert!(err.contains(w), "{db:?}: expected {w:?} in {err}");
    }
    assert!(!err.contains("did not create"), "{err}");
    assert!(!err.contains("unable to open"), "{err}");
    assert_eq!(std::fs::read(db).ok(), before, "{db:?} byte-identical");
    let wal = format!("{}-wal", db.display());
    assert!(!Path::new(&wal).exists(), "no log made beside {db:?}");
}

#[test]
fn wrong_files_get_the_right_words_and_stay_untouched() {
    let env = Env::new();
    let text = env.path("notes.txt");
    std::fs::write(&text, "这不是数据库\nnot a database either\n").unwrap();
    refused(&env, &text, &["notes.txt", "not an SQLite database"]);

    // Random bytes (a fixed pseudo-random sequence, so the test is repeatable).
    let random = env.path("random.db");
    let mut x: u32 = 2463534242;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    std::fs::write(&random, bytes).unwrap();
    refused(&env, &random, &["random.db", "not an SQLite database"]);

    let folder = env.path("a-folder");
    std::fs::create_dir(&folder).unwrap();
    refused(&env, &folder, &["a-folder", "a directory"]);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let env = Env::new();
    let db = env.path("locked.db");
    // A real duban database, then no one may read it.
    assert!(
        env.cmd_db(Some(&db), &["plans"])
            .output()
            .unwrap()
            .status
            .success()
    );
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o000)).unwrap();
    let before = {
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
        let b = std::fs::read(&db).unwrap();
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o000)).unwrap();
        b
    };
    // The folder (not the file) is readable by all, so the refusal is the file's.
    let dir = db.parent().unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = env.cmd_db(Some(&db), &["--lang", "en", "list"]);
    // root reads any file: run as nobody instead.
    if unsafe { libc::geteuid() } == 0 {
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("locked.db: permission denied"), "{err}");
    assert!(!err.contains("unable to open"), "{err}");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before);
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_dangling_symlink_as_db_is_refused_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("elsewhere.db");
    let link = dir.path().join("duban.db");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_duban"))
        .args(["--lang", "en", "--db"])
        .arg(&link)
        .arg("list")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("symbolic link"), "{err}");
    assert!(!target.exists(), "no database created through the link");
}

/// A pipe planted at the database's name would block the first read forever; it is
/// refused at once, named, and left as it was.
#[cfg(unix)]
#[test]
fn a_pipe_at_the_database_name_is_refused_not_waited_on() {
    let env = Env::new();
    let db = env.path("fifo.db");
    let c = std::ffi::CString::new(db.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let mut child = env
        .cmd_db(Some(&db), &["--lang", "en", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("duban waited on the pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let out = child.wait_with_output().unwrap();
    assert!(!status.success());
    let err = stderr(&out);
    assert!(err.contains("fifo.db: not a regular file"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&db).unwrap().file_type().is_fifo());
}
