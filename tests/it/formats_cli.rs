//! `duban import` of every container: bounded reads, documents in .docx/.xlsx/.html
//! imported end to end, and refused containers leaving the database byte-identical.

use crate::common;

use common::cli::Env;
use common::docs::{docx, mark_encrypted, np, ole2, p, zip_of, zip_with};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn summary(items: &Value) -> Vec<(u64, String, Vec<String>)> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["number"].as_u64().unwrap(),
                i["title"].as_str().unwrap().to_string(),
                i["offices"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| {
                        format!(
                            "{}:{}",
                            o["name"].as_str().unwrap(),
                            o["role"].as_str().unwrap()
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}

fn expected_small_plan() -> Vec<(u64, String, Vec<String>)> {
    vec![
        (1, "加强党的领导".into(), vec!["党委办公室:lead".into()]),
        (
            2,
            "建设教师队伍".into(),
            vec!["人事处:lead".into(), "教务处:co".into()],
        ),
        (3, "推进人事改革".into(), vec!["人事处:lead".into()]),
    ]
}

/// An item's title, target, measure and offices.
type Fields = (&'static str, &'static str, &'static str, &'static str);

/// The lines of a small plan in the seed's labelled shape, without numbers.
const SECTIONS: [(&str, [Fields; 2]); 2] = [
    (
        "党的建设",
        [
            (
                "加强党的领导",
                "党的领导全面加强。",
                "召开会议。",
                "党委办公室",
            ),
            ("", "", "", ""),
        ],
    ),
    (
        "队伍建设",
        [
            (
                "建设教师队伍",
                "队伍素质提高。",
                "修订考核办法。",
                "人事处、教务处",
            ),
            ("推进人事改革", "改革见效。", "出台方案。", "人事处"),
        ],
    ),
];

#[test]
fn a_docx_with_word_numbering_imports_its_items() {
    // Sections and items numbered by Word, not in the text.
    let numbering = r#"
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
        <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>
        <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#;
    let mut body = p("某某学院2031年工作要点");
    for (section, items) in SECTIONS {
        body.push_str(&np(1, 0, section));
        for (title, target, measure, offices) in items.iter().filter(|i| !i.0.is_empty()) {
            body.push_str(&np(2, 0, title));
            body.push_str(&p(&format!("目标任务：{target}")));
            body.push_str(&p(&format!("工作措施：{measure}")));
            body.push_str(&p(&format!("责任单位：{offices}")));
        }
    }
    let env = Env::new();
    let file = env.path("要点.docx");
    std::fs::write(&file, docx(&body, None, Some(numbering))).unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    let export = env.json(&["export"]);
    assert_eq!(export["plan"]["title"], "某某学院2031年工作要点");
    assert_eq!(summary(&export["items"]), expected_small_plan());
    assert_eq!(export["sections"][1]["title"], "队伍建设");
}

#[test]
fn an_xlsx_of_one_line_per_row_imports_its_items() {
    let mut lines = vec!["某某学院2031年工作要点".to_string()];
    let mut number = 0;
    for (s, (section, items)) in SECTIONS.iter().enumerate() {
        lines.push(format!("{}、{section}", ["一", "二"][s]));
        for (title, target, measure, offices) in items.iter().filter(|i| !i.0.is_empty()) {
            number += 1;
            lines.push(format!("{number}.{title}"));
            lines.push(format!("目标任务：{target}"));
            lines.push(format!("工作措施：{measure}"));
            lines.push(format!("责任单位：{offices}"));
        }
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in lines.iter().enumerate() {
        // A blank row between the title and the plan is skipped.
        let row = if r == 0 { 0 } else { r as u32 + 1 };
        sheet.write_string(row, 0, line).unwrap();
    }
    let env = Env::new();
    let file = env.path("要点.xlsx");
    std::fs::write(&file, book.save_to_buffer().unwrap()).unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    let export = env.json(&["export"]);
    assert_eq!(summary(&export["items"]), expected_small_plan());
}

#[test]
fn a_saved_web_page_imports_its_article_only() {
    let mut article = String::new();
    let mut number = 0;
    for (s, (section, items)) in SECTIONS.iter().enumerate() {
        article.push_str(&format!("<p>{}、{section}</p>", ["一", "二"][s]));
        for (title, target, measure, offices) in items.iter().filter(|i| !i.0.is_empty()) {
            number += 1;
            // Gov sites put one item in one <p> broken by <br>.
            article.push_str(&format!(
                "<p>{number}.{title}<br>目标任务：{target}<br>\n工作措施：{measure}<br/>责任单位：{offices}</p>"
            ));
        }
    }
    let page = format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>要点</title></head><body>
        <div class="nav"><a>首页</a><a>1.机构概况</a><a>2.政务公开</a></div>
        <div class="content"><h1>某某学院2031年工作要点</h1>
        <div id="zoom">{article}</div></div>
        <div class="footer"><p>3.联系我们</p><p>版权所有</p></div></body></html>"#
    );
    let env = Env::new();
    let file = env.path("要点.html");
    std::fs::write(&file, page).unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    let export = env.json(&["export"]);
    assert_eq!(export["plan"]["title"], "某某学院2031年工作要点");
    assert_eq!(summary(&export["items"]), expected_small_plan());
}

/// A file, its bytes, the words its refusal says in English and in Chinese (the
/// default).
type Refusal = (
    &'static str,
    Vec<u8>,
    &'static [&'static str],
    &'static [&'static str],
);

fn db_files(db: &Path) -> Vec<Option<Vec<u8>>> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| std::fs::read(format!("{}{suffix}", db.display())).ok())
        .collect()
}

#[test]
fn refused_containers_say_what_to_do_and_write_nothing() {
    let env = Env::new();
    env.ok(&["move", "2", "blocked"]);
    let before = db_files(&env.db());
    let docx_bytes = docx(&p("一、总则"), None, None);
    let cases: Vec<Refusal> = vec![
        (
            "old.doc",
            ole2(&["WordDocument", "1Table"]),
            &["old binary Word/WPS document", "save as .docx", ".txt"],
            &["旧版二进制 Word/WPS", "另存为 .docx"],
        ),
        (
            "old.wps",
            ole2(&["WordDocument"]),
            &["old binary Word/WPS document", "save as .docx"],
            &["旧版二进制"],
        ),
        (
            "locked.docx",
            ole2(&["EncryptionInfo", "EncryptedPackage"]),
            &["password-protected", "without the password"],
            &["密码保护", "不带密码"],
        ),
        (
            "locked2.docx",
            mark_encrypted(zip_with(
                &[("word/document.xml", b"<w:document/>".as_slice())],
                zip::CompressionMethod::Stored,
            )),
            &["password-protected"],
            &["密码保护"],
        ),
        (
            "plan.pdf",
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".to_vec(),
            &["PDF", "copy the text", ".docx"],
            &["PDF", "复制到 .txt"],
        ),
        (
            "scan.pdf",
            b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Subtype /Image /Filter /DCTDecode >>\nstream\n\xff\xd8\xff\xe0\0\0"
                .to_vec(),
            &["PDF", "scanned", ".docx"],
            &["扫描版"],
        ),
        (
            "plan.rtf",
            b"{\\rtf1\\ansi plan}".to_vec(),
            &["RTF", "save as .docx"],
            &["RTF", "另存为 .docx"],
        ),
        (
            "truncated.docx",
            docx_bytes[..docx_bytes.len() - 40].to_vec(),
            &["damaged", "truncated"],
            &["已损坏"],
        ),
        (
            "wrongxml.docx",
            zip_of(&[("word/document.xml", b"<w:document><w:body><w:p>".as_slice())]),
            &["damaged", "word/document.xml"],
            &["已损坏", "word/document.xml"],
        ),
        (
            "slides.wps",
            zip_of(&[("ppt/presentation.xml", b"<p/>".as_slice())]),
            &["not a Word .docx", "presentation"],
            &["不是 Word .docx"],
        ),
        (
            // Nested 100,000 deep, which kept the HTML parser busy for minutes.
            "deep.html",
            format!(
                "<html><body>{}一、总则\n1. 事项。（责任单位：办公室）{}</body></html>",
                "<div>".repeat(100_000),
                "</div>".repeat(100_000)
            )
            .into_bytes(),
            &["more than 512 deep", ".txt"],
            &["嵌套超过512层", ".txt"],
        ),
    ];
    for (name, bytes, en, zh) in cases {
        let file = env.path(name);
        std::fs::write(&file, &bytes).unwrap();
        let path = file.to_str().unwrap();
        for (args, words) in [
            (vec!["--lang", "en", "import", path], en),
            (vec!["import", path], zh),
        ] {
            let (_, err) = env.fails(&args);
            assert!(err.contains(name), "names {name}: {err}");
            assert!(!err.contains("binary data"), "{name}: {err}");
            for word in words {
                assert!(err.contains(word), "{name} should say {word:?}: {err}");
            }
        }
    }
    assert_eq!(
        db_files(&env.db()),
        before,
        "the database is byte-identical"
    );
    assert_eq!(
        env.json(&["show", "2", "--format", "json"])["status"],
        "blocked"
    );
}

#[cfg(unix)]
#[test]
fn importing_an_endless_file_is_refused_at_the_limit() {
    let env = Env::new();
    let (_, err) = env.fails(&["--lang", "en", "import", "/dev/zero"]);
    assert!(err.contains("/dev/zero"), "{err}");
    assert!(err.contains("import limit of 64 MB"), "{err}");
    assert!(err.contains("DUBAN_MAX_IMPORT_MB"), "{err}");
    let (_, err) = env.fails(&["import", "/dev/zero"]);
    assert!(
        err.contains("/dev/zero") && err.contains("导入上限（64 MB）"),
        "{err}"
    );
    assert!(!env.db().exists(), "nothing written");
}

fn import_with_limit(env: &Env, limit: &str, file: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_duban"))
        .arg("--db")
        .arg(env.db())
        .args(["import", file.to_str().unwrap()])
        .env("USER", "tester")
        .env("DUBAN_CONFIG_DIR", env.path(""))
        .env("DUBAN_MAX_IMPORT_MB", limit)
        .env_remove("DUBAN_DB")
        .env_remove("DUBAN_LANG")
        .output()
        .unwrap()
}

#[test]
fn the_import_limit_is_set_through_the_environment() {
    let env = Env::new();
    let file = env.path("big.txt");
    let mut text = std::fs::read_to_string("tests/fixtures/minimal.txt").unwrap();
    text.push_str(&"\n".repeat(2 * 1024 * 1024));
    std::fs::write(&file, text).unwrap();
    let out = import_with_limit(&env, "1", &file);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("big.txt") && err.contains("1 MB"), "{err}");
    assert!(!env.db().exists());
    let out = import_with_limit(&env, "nonsense", &file);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DUBAN_MAX_IMPORT_MB"));
    let out = import_with_limit(&env, "3", &file);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
