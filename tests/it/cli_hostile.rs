//! A hostile co-worker on the shared file: what they plant in the database or damage
//! in it is refused in plain words, never run, never half-printed, never changed.

use crate::common;

use common::cli::Env;
use rusqlite::Connection;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The file's bytes with its log folded in, so that "left untouched" can be compared.
fn settled(env: &Env) -> Vec<u8> {
    let conn = Connection::open(env.db()).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    std::fs::read(env.db()).unwrap()
}

#[test]
fn a_planted_trigger_is_refused_before_it_can_run() {
    let env = Env::new();
    env.ok(&["note", "3", "first"]);
    Connection::open(env.db())
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER evil AFTER INSERT ON notes
             BEGIN UPDATE notes SET text = 'pwned'; END;",
        )
        .unwrap();
    let before = settled(&env);
    for args in [
        &["note", "3", "second"][..],
        &["list"],
        &["move", "3", "doing"],
    ] {
        let (code, err) = env.fails(&[&["--lang", "en"], args].concat());
        assert_eq!(code, 1, "{args:?}");
        assert!(
            err.contains("schema was changed by another program")
                && err.contains("trigger \"evil\" on notes"),
            "{args:?}: {err}"
        );
    }
    assert!(settled(&env) == before, "the file was changed");
    let texts: Vec<String> = Connection::open(env.db())
        .unwrap()
        .prepare("SELECT text FROM notes")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(texts, ["first"]);
}

#[test]
fn a_view_or_a_table_rewritten_by_hand_is_refused_in_chinese_too() {
    let env = Env::new();
    env.ok(&["list"]);
    Connection::open(env.db())
        .unwrap()
        .execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = replace(sql, 'text TEXT NOT NULL', 'text TEXT')
               WHERE name = 'notes';",
        )
        .unwrap();
    let (_, err) = env.fails(&["--lang", "zh", "show", "3"]);
    assert!(
        err.contains("数据库结构被其他程序改动过") && err.contains("表“notes”被手工改过"),
        "{err}"
    );
}

#[test]
fn random_bytes_mid_file_make_every_command_say_damaged_and_change_nothing() {
    let env = Env::new();
    // Enough notes that the middle of the file is notes, which most commands
    // never read: they used to print all they read and exit 0.
    let long = "进展情况说明。".repeat(200);
    for n in 1..=40 {
        env.ok(&["note", &(n % 30 + 1).to_string(), &long]);
    }
    settled(&env);
    common::damage_middle(&env.db());
    let before = std::fs::read(env.db()).unwrap();
    for args in [
        &["history", "3"][..],
        &["offices"],
        &["standup"],
        &["show", "3"],
        &["list"],
        &["bulletin"],
        &["members"],
        &["note", "3", "one more"],
    ] {
        let out = env.run(&[&["--lang", "en"], args].concat());
        assert!(!out.status.success(), "{args:?} exited 0");
        assert!(out.stdout.is_empty(), "{args:?} printed part of the file");
        let err = stderr(&out);
        assert!(err.contains("the database is damaged"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(
        std::fs::read(env.db()).unwrap() == before,
        "the file was changed"
    );
}

#[test]
fn values_duban_never_writes_are_reported_as_damage_not_as_a_bare_sqlite_error() {
    let env = Env::new();
    env.ok(&["note", "3", "hello"]);
    Connection::open(env.db())
        .unwrap()
        .execute_batch("UPDATE notes SET text = CAST(x'ff41' AS TEXT)")
        .unwrap();
    let (code, err) = env.fails(&["--lang", "en", "show", "3"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("damaged or was changed by another program"),
        "{err}"
    );
    let (_, err) = env.fails(&["--lang", "zh", "show", "3"]);
    assert!(err.contains("数据库已损坏或被其他程序改动过"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_output_file_is_never_written_through_a_planted_link() {
    let env = Env::new();
    env.ok(&["list"]);
    let victim = env.path("victim-bashrc");
    std::fs::write(&victim, "export PATH=/usr/bin\n").unwrap();
    for (args, name) in [
        (
            &["bulletin", "--format", "docx", "--output"][..],
            "通报.docx",
        ),
        (&["bulletin", "--format", "md", "--output"], "通报.md"),
        (&["export", "--format", "xlsx", "--output"], "台账.xlsx"),
    ] {
        let out = env.path(name);
        std::os::unix::fs::symlink(&victim, &out).unwrap();
        let out_s = out.to_str().unwrap();
        let (code, err) = env.fails(&[&["--lang", "en"], args, &[out_s]].concat());
        assert_eq!(code, 1);
        assert!(err.contains("a symbolic link"), "{err}");
        let (_, err) = env.fails(&[&["--lang", "zh"], args, &[out_s]].concat());
        assert!(err.contains("符号链接"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&victim).unwrap(),
            "export PATH=/usr/bin\n",
            "{args:?}"
        );
    }
    // A plain name is written, and written again over itself.
    let out = env.path("ok.docx");
    let out_s = out.to_str().unwrap();
    env.ok(&["bulletin", "--format", "docx", "--output", out_s]);
    env.ok(&["bulletin", "--format", "docx", "--output", out_s]);
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
}

const HOSTILE: &str = "X\x1b]52;c;SGVsbG8=\x07\x1b[2J\u{9b}1m\u{202e}Y";

fn has_raw_controls(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\x00'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}' | '\u{202a}'..='\u{202e}')
    })
}

#[test]
fn supervision_texts_are_stored_clean_whoever_types_them() {
    let env = Env::new();
    env.ok(&["report", "14", HOSTILE]);
    env.ok(&["urge", "14", HOSTILE]);
    env.ok(&["reply", "14", HOSTILE]);
    env.ok(&["move", "14", "done", "--note", HOSTILE]);
    env.ok(&["reopen", "14", HOSTILE]);
    env.ok(&["member", "add", HOSTILE, "基教处", "--allow-unknown"]);
    let conn = Connection::open(env.db()).unwrap();
    let stored: Vec<String> = conn
        .prepare(
            "SELECT text FROM reports UNION ALL SELECT text FROM urges
             UNION ALL SELECT answer FROM urges UNION ALL SELECT statement FROM closeouts
             UNION ALL SELECT user FROM members
             UNION ALL SELECT coalesce(after, '') FROM events",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(stored.iter().any(|s| s.contains("X]52;c;SGVsbG8=[2J1mY")));
    for s in &stored {
        assert!(!has_raw_controls(s), "stored raw: {s:?}");
    }
}

#[test]
fn documents_stay_well_formed_and_inert_whatever_the_file_holds() {
    use std::io::Read;
    let env = Env::new();
    env.ok(&["urge", "14", "placeholder"]);
    env.ok(&["report", "14", "placeholder"]);
    // Written straight into the file, as a co-worker with sqlite3 would.
    let conn = Connection::open(env.db()).unwrap();
    conn.execute("UPDATE urges SET text = ?1", [format!("{HOSTILE}\u{ffff}")])
        .unwrap();
    conn.execute("UPDATE reports SET text = ?1", [HOSTILE])
        .unwrap();
    conn.execute(
        "UPDATE items SET title = '=HYPERLINK(\"http://x\",\"y\")' WHERE number = 14",
        [],
    )
    .unwrap();
    drop(conn);
    let read = |path: &std::path::Path, name: &str| {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let docx = env.path("b.docx");
    env.ok(&[
        "bulletin",
        "--format",
        "docx",
        "--output",
        docx.to_str().unwrap(),
    ]);
    let xml = read(&docx, "word/document.xml");
    assert!(!has_raw_controls(&xml) && !xml.contains('\u{ffff}'));
    assert!(xml.contains("X^[]52;c;SGVsbG8=^G^[[2J"), "shown, not run");
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("ill-formed document.xml: {e}"),
        }
    }
    let xlsx = env.path("l.xlsx");
    env.ok(&[
        "export",
        "--format",
        "xlsx",
        "--output",
        xlsx.to_str().unwrap(),
    ]);
    let strings = read(&xlsx, "xl/sharedStrings.xml");
    assert!(!strings.contains("_x001B_") && !has_raw_controls(&strings));
    assert!(strings.contains("=HYPERLINK"));
    let styles = read(&xlsx, "xl/styles.xml");
    assert!(styles.contains("quotePrefix=\"1\""), "{styles}");
}

#[test]
fn a_lock_held_by_someone_else_is_said_while_waiting_then_refused_as_busy() {
    let env = Env::new();
    env.ok(&["note", "3", "first"]);
    // A co-worker's sqlite3 left in the middle of a write.
    let holder = Connection::open(env.db()).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE notes SET text = text;")
        .unwrap();
    let out = env
        .cmd(&["--lang", "en", "note", "3", "second"])
        .env("DUBAN_BUSY_TIMEOUT_MS", "1500")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "the database is busy (another program holds its write lock); waiting up to 2 s"
        ),
        "{err}"
    );
    assert!(err.contains("nothing was written — try again"), "{err}");
    // Reading goes on meanwhile.
    assert!(env.ok(&["show", "3"]).contains("first"));
    holder.execute_batch("ROLLBACK").unwrap();
    env.ok(&["note", "3", "second"]);
    assert!(env.ok(&["show", "3"]).contains("second"));
}

#[test]
fn a_megabyte_of_text_is_refused_and_endless_input_ends() {
    use std::io::Write;
    use std::process::Stdio;
    let env = Env::new();
    let big = "进".repeat(30_000); // 90,000 bytes
    let (code, err) = env.fails(&["--lang", "en", "note", "3", &big]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the note is too long (at most 65536 bytes)"),
        "{err}"
    );
    let (_, err) = env.fails(&["report", "3", &big]);
    assert!(err.contains("进展报送太长"), "{err}");
    // An input that never ends is read only up to the bound.
    let mut child = env
        .cmd(&["--lang", "en", "note", "3", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let chunk = vec![b'x'; 64 * 1024];
        // Stops when duban closes its end.
        while stdin.write_all(&chunk).is_ok() {}
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("too long"), "{}", stderr(&out));
    assert!(!env.ok(&["show", "3"]).contains("xxxx"));
}

#[test]
fn a_refused_value_is_echoed_without_its_escapes_in_either_language() {
    let env = Env::new();
    for lang in ["zh", "en"] {
        let out = env.run(&["--lang", lang, "move", "3", "x\x1b[2J\u{202e}"]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(!has_raw_controls(&err), "{lang}: {err:?}");
    }
}

#[test]
fn a_database_emptied_by_someone_is_said_to_be_made_anew() {
    let env = Env::new();
    env.ok(&["note", "3", "before"]);
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", env.db().display()));
    }
    std::fs::write(env.db(), b"").unwrap();
    let out = env.run(&["--lang", "en", "list"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("created a new database at"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_damaged_older_database_is_not_migrated() {
    let env = Env::new();
    {
        let conn = Connection::open(env.db()).unwrap();
        conn.execute_batch(duban::store::Store::migration_sql(1).unwrap())
            .unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO plans (id, key, title, date, created_at, updated_at)
               VALUES (1, 'k', '某厅2020年工作要点', '2020-03-06', 't0', 't0');
             INSERT INTO items (id, plan_id, number, title, target, status, position,
               created_at, updated_at)
               VALUES (1, 1, 1, '甲', '目标', 'doing', 1, 't0', 't0');",
        )
        .unwrap();
        let long = "旧备注".repeat(300);
        for _ in 0..200 {
            conn.execute(
                "INSERT INTO notes (item_id, author, created_at, text) VALUES (1, 'a', 't', ?1)",
                [&long],
            )
            .unwrap();
        }
    }
    common::damage_middle(&env.db());
    let before = std::fs::read(env.db()).unwrap();
    let (code, err) = env.fails(&["--lang", "en", "list"]);
    assert_eq!(code, 1);
    assert!(err.contains("the database is damaged"), "{err}");
    assert!(
        std::fs::read(env.db()).unwrap() == before,
        "the file was changed"
    );
}

#[test]
fn markdown_shows_markup_from_the_file_as_text() {
    let env = Env::new();
    env.ok(&["urge", "14", "placeholder"]);
    let conn = Connection::open(env.db()).unwrap();
    let evil = "a | b <img src=x onerror=alert(1)> [x](javascript:alert(1))";
    conn.execute("UPDATE items SET title = ?1 WHERE number = 14", [evil])
        .unwrap();
    conn.execute("UPDATE urges SET text = ?1", [evil]).unwrap();
    drop(conn);
    let escaped = r"a \| b \<img src=x onerror=alert(1)> \[x\](javascript:alert(1))";
    let md = env.ok(&["export", "--format", "md"]);
    assert!(md.contains(&format!("### 14. {escaped}")), "{md}");
    assert!(!md.contains(evil));
    let md = env.ok(&["bulletin", "--format", "md"]);
    assert!(md.contains(escaped), "{md}");
    assert!(!md.contains(evil), "{md}");
    // Text stays as it was.
    let text = env.ok(&["bulletin"]);
    assert!(text.contains(evil), "{text}");
}
