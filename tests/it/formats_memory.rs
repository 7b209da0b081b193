//! Hostile containers stay bounded (issue 16, point 9): generated here, imported by
//! the real binary in a child process under an address-space limit, with its peak
//! memory measured from outside.

use crate::common::cli::Env;
use crate::common::docs::{docx, tbl, tc, zip_of};
use std::process::Command;
use std::time::{Duration, Instant};

/// The address space the child may use (`ulimit -v`, KB) and the peak resident
/// memory an import may reach (KB).
const ADDRESS_SPACE_KB: u64 = 2 * 1024 * 1024;
const PEAK_KB: u64 = 512 * 1024;

struct Run {
    ok: bool,
    stderr: String,
    peak_kb: u64,
    took: Duration,
}

/// `duban import FILE` under `ulimit -v`, through /usr/bin/time for its peak RSS.
fn import_limited(env: &Env, file: &std::path::Path) -> Run {
    let duban = env.cmd(&["import", file.to_str().unwrap()]);
    let mut cmd = Command::new("/usr/bin/time");
    cmd.args(["-f", "peak-kb=%M", "sh", "-c"])
        .arg(format!("ulimit -v {ADDRESS_SPACE_KB}; exec \"$0\" \"$@\""))
        .arg(duban.get_program())
        .args(duban.get_args());
    for (k, v) in duban.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let start = Instant::now();
    let out = cmd.output().unwrap();
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let peak_kb = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak-kb="))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak from /usr/bin/time: {stderr}"));
    Run {
        ok: out.status.success(),
        stderr,
        peak_kb,
        took,
    }
}

/// A minimal .xlsx of one sheet whose `<worksheet>` content is `sheet`.
fn xlsx(sheet: &str) -> Vec<u8> {
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let book_rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
    );
    zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", book_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

fn inline(cell: &str, text: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

fn assert_refused_bounded(env: &Env, name: &str, bytes: &[u8], says: &str) -> Run {
    let file = env.path(name);
    std::fs::write(&file, bytes).unwrap();
    let run = import_limited(env, &file);
    eprintln!("{name}: refused, peak {} KB in {:?}", run.peak_kb, run.took);
    assert!(!run.ok, "{name} refused: {}", run.stderr);
    assert!(run.stderr.contains(says), "{name}: {}", run.stderr);
    assert!(
        run.peak_kb < PEAK_KB,
        "{name}: peak {} KB over {PEAK_KB} KB",
        run.peak_kb
    );
    run
}

#[test]
fn hostile_containers_are_refused_within_bounded_memory() {
    let env = Env::new();

    // One distant cell: a 2 KB file that would ask for a grid of 327 million cells.
    let distant = xlsx(&format!(
        r#"<sheetData><row r="1">{}</row><row r="20000"><c r="XFD20000"><v>1</v></c></row></sheetData>"#,
        inline("A1", "某厅工作要点")
    ));
    assert!(distant.len() < 2048, "{} bytes", distant.len());
    let run = assert_refused_bounded(&env, "distant.xlsx", &distant, "XFD20000");
    assert!(run.stderr.contains("20000行×16384列"), "{}", run.stderr);
    assert!(
        run.took < Duration::from_secs(1),
        "refused in {:?}",
        run.took
    );
    // The same said by a declared dimension alone.
    let declared = xlsx(&format!(
        r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1">{}</row></sheetData>"#,
        inline("A1", "标题")
    ));
    assert_refused_bounded(&env, "declared.xlsx", &declared, "XFD1048576");

    // A merged region repeating a long text over a grid within the cell limit.
    let long = "长".repeat(20_000);
    let merged = xlsx(&format!(
        r#"<sheetData><row r="1">{}</row><row r="90000"><c r="T90000"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:T90000"/></mergeCells>"#,
        inline("A1", &long)
    ));
    assert_refused_bounded(&env, "merged.xlsx", &merged, "解压后将超过");

    // A .docx table whose vertically merged, 64-column-wide cell continues for
    // thousands of rows: each row would copy its text 64 times.
    let first = tc(
        r#"<w:vMerge w:val="restart"/><w:gridSpan w:val="64"/>"#,
        &"督".repeat(20_000),
    );
    let cont = r#"<w:tc><w:tcPr><w:vMerge/><w:gridSpan w:val="64"/></w:tcPr><w:p/></w:tc>"#;
    let mut rows = vec![first];
    rows.extend(std::iter::repeat_n(cont.to_string(), 40_000));
    let body = tbl(&rows);
    let bomb = docx(&body, None, None);
    assert!(bomb.len() < 1024 * 1024, "{} bytes", bomb.len());
    assert_refused_bounded(&env, "merged.docx", &bomb, "解压后将超过");
}
