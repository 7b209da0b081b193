//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod cli;
pub mod docs;

use duban::plan::{Item, OfficeRef, Plan, Role, Section};

pub fn office(name: &str, role: Role) -> OfficeRef {
    OfficeRef {
        name: name.to_string(),
        role,
        group: name.ends_with("处室"),
    }
}

pub fn item(number: u32, section: u32, title: &str, offices: &[&str]) -> Item {
    Item {
        number,
        section: Some(section),
        title: title.to_string(),
        target: format!("{title}的目标"),
        measures: vec![
            format!("{title}措施一。"),
            format!("{title}措施二。"),
            format!("{title}措施三。"),
        ],
        offices: offices
            .iter()
            .enumerate()
            .map(|(k, n)| office(n, if k == 0 { Role::Lead } else { Role::Co }))
            .collect(),
        deadline: None,
        persons: Vec::new(),
        notes: Vec::new(),
        line: number as usize * 4,
    }
}

/// A small plan in the seed's shape: two sections, four items.
pub fn small_plan() -> Plan {
    Plan {
        title: "测试厅2021年工作要点".into(),
        doc_number: Some("测教发〔2021〕1号".into()),
        date: Some("2021-02-01".into()),
        issuers: vec!["测试厅".into()],
        general_requirements: Some("总体要求是：做好工作。".into()),
        sections: vec![
            Section {
                number: 1,
                numeral: "一".into(),
                title: "第一部分".into(),
            },
            Section {
                number: 2,
                numeral: "二".into(),
                title: "第二部分".into(),
            },
        ],
        items: vec![
            item(1, 1, "甲事项", &["办公室", "基教处"]),
            item(2, 1, "乙事项", &["基教处"]),
            item(3, 2, "丙事项", &["高教处", "教育考试院", "相关处室"]),
            item(4, 2, "丁事项", &["教育考试院", "基教处"]),
        ],
    }
}

/// Random bytes written over the page in the middle of the database file at `db`
/// (its log folded in first): damage most commands never read.
/// `tests/fixtures/DIR/NAME` read by its container's reader and parsed; panics
/// naming the file when either refuses it.
pub fn parsed_fixture(dir: &str, name: &str) -> duban::plan::Parsed {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = duban::plan::formats::read(name, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    duban::plan::parse_document(&doc).unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn damage_middle(db: &std::path::Path) {
    use std::io::{Seek, SeekFrom, Write};
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    let len = std::fs::metadata(db).unwrap().len();
    let mut f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
    let mut x: u32 = 0x1234_5678;
    let junk: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    f.seek(SeekFrom::Start(len / 2 / 4096 * 4096)).unwrap();
    f.write_all(&junk).unwrap();
}

/// Lets a writer started in its own process group (`process_group(0)`) run for
/// `run`, kills the whole group with SIGKILL in the middle of whatever it does, and
/// returns the ids it printed (one per line) as acknowledged before it died.
#[cfg(unix)]
pub fn ids_acknowledged_before_kill(
    mut child: std::process::Child,
    run: std::time::Duration,
) -> Vec<i64> {
    use std::io::Read;
    std::thread::sleep(run);
    let pgid = child.id() as i32;
    // SAFETY: a signal to the process group the test started.
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
    let _ = child.wait();
    let mut out = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout.read_to_string(&mut out).unwrap();
    }
    out.lines()
        .filter_map(|l| l.trim().parse::<i64>().ok())
        .collect()
}
