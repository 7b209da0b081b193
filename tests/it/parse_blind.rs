//! The blind check: documents in `tests/fixtures/blind`, written by a tester who had
//! not seen the importer, each with what a careful reader takes out of it
//! (`FILE.expected.json`: per item its title, lead office, co-operating offices,
//! deadline and number of measures). Every field of every item must come out as
//! expected, except the gaps listed in `KNOWN_GAPS`, each with its reason.
//! `python3 tests/fixtures/blind/check.py -v` prints the same comparison as a table.

use duban::plan::{Parsed, Role, read_document};
use serde_json::Value;
use std::path::Path;

/// (document, item number or 0 for the whole document, field): what is not read as
/// the tester expected, and why.
const KNOWN_GAPS: &[(&str, u32, &str)] = &[
    // The clause's deadline is kept as written (`9月底前完成`).
    ("b01_district_edu_points.txt", 2, "deadline"),
];

fn known(file: &str, number: u32, field: &str) -> bool {
    KNOWN_GAPS
        .iter()
        .any(|&(f, n, w)| f == file && (n == 0 || n == number) && (w == "*" || w == field))
}

/// Whitespace dropped, and the stops at either end: how the tester compares.
fn norm(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    s.trim_matches(['。', '.', ';', '；', '，', ','])
        .to_string()
}

fn check(file: &str, expected: &Value, parsed: &Parsed) -> Vec<String> {
    let mut misses = Vec::new();
    for e in expected["items"].as_array().unwrap() {
        let number = e["number"].as_u64().unwrap() as u32;
        let title = norm(e["title"].as_str().unwrap());
        let item = parsed
            .plan
            .items
            .iter()
            .find(|i| norm(&i.title) == title)
            .or_else(|| parsed.plan.items.iter().find(|i| i.number == number));
        let Some(item) = item else {
            if !known(file, number, "item") {
                misses.push(format!("{file} #{number}: missing ({title})"));
            }
            continue;
        };
        let names = |lead: bool| -> Vec<String> {
            let mut v: Vec<String> = item
                .offices
                .iter()
                .filter(|o| (o.role == Role::Lead) == lead)
                .map(|o| o.name.clone())
                .collect();
            v.sort();
            v
        };
        let strings = |v: &Value| -> Vec<String> {
            let mut v: Vec<String> = v
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect();
            v.sort();
            v
        };
        let want_lead: Vec<String> = e["lead"].as_str().map(String::from).into_iter().collect();
        let checks = [
            ("title", title.clone(), norm(&item.title)),
            (
                "lead",
                format!("{want_lead:?}"),
                format!("{:?}", names(true)),
            ),
            (
                "co",
                format!("{:?}", strings(&e["co"])),
                format!("{:?}", names(false)),
            ),
            (
                "deadline",
                norm(e["deadline"].as_str().unwrap_or("")),
                norm(item.deadline.as_deref().unwrap_or("")),
            ),
            (
                "measures",
                e["measures"].to_string(),
                item.measures.len().to_string(),
            ),
        ];
        for (field, want, got) in checks {
            if want != got && !known(file, number, field) {
                misses.push(format!("{file} #{number} {field}: want {want}, got {got}"));
            }
        }
    }
    misses
}

#[test]
fn every_blind_document_reads_as_its_reader_expects() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/blind");
    let mut checked = 0;
    let mut misses = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    paths.sort();
    for path in paths {
        let expected: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let file = expected["file"].as_str().unwrap();
        let bytes = std::fs::read(dir.join(file)).unwrap();
        match read_document(file, &bytes) {
            Ok(parsed) => misses.extend(check(file, &expected, &parsed)),
            Err(e) if !known(file, 0, "*") => misses.push(format!("{file}: refused: {e}")),
            Err(_) => {}
        }
        checked += 1;
    }
    assert!(checked >= 17, "only {checked} documents found in {dir:?}");
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
