//! Container readers at the size of a real plan: a generated 300-item plan as a
//! .docx of paragraphs, a .docx task table and an .xlsx task table, built in
//! memory, each read with `plan::formats::read` (container to blocks) and
//! `plan::read_document` (blocks to plan). Run with `cargo bench --bench formats`;
//! prints a Markdown table for BENCHMARKS.md. Target (issue 10): ≤ 50 ms each.

use duban::plan::formats;
use duban::plan::generate::{GenOptions, document};
use std::io::{Cursor, Write};
use std::time::{Duration, Instant};

const ITEMS: usize = 300;
const RUNS: usize = 31;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time(mut f: impl FnMut()) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn p(text: &str) -> String {
    format!(
        "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        escape(text)
    )
}

fn docx(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// The generated plan's items as table rows: number, title, measures, offices.
fn rows(text: &str) -> Vec<[String; 4]> {
    let mut rows = Vec::new();
    let mut current: Option<[String; 4]> = None;
    for line in text.lines() {
        if let Some((number, title)) = line.split_once('.')
            && number.chars().all(|c| c.is_ascii_digit())
        {
            rows.extend(current.take());
            current = Some([number.into(), title.into(), String::new(), String::new()]);
        } else if let Some(row) = current.as_mut() {
            if let Some(m) = line.strip_prefix("工作措施:") {
                row[2] = m.into();
            } else if let Some(o) = line.strip_prefix("责任单位:") {
                row[3] = o.into();
            }
        }
    }
    rows.extend(current);
    rows
}

const HEADER: [&str; 4] = ["序号", "重点任务", "工作措施", "责任单位"];

fn docx_table(title: &str, rows: &[[String; 4]]) -> Vec<u8> {
    let tc = |t: &str| format!("<w:tc>{}</w:tc>", p(t));
    let mut body = p(title);
    body.push_str("<w:tbl>");
    body.push_str(&format!(
        "<w:tr>{}</w:tr>",
        HEADER.iter().map(|h| tc(h)).collect::<String>()
    ));
    for row in rows {
        body.push_str(&format!(
            "<w:tr>{}</w:tr>",
            row.iter().map(|c| tc(c)).collect::<String>()
        ));
    }
    body.push_str("</w:tbl>");
    docx(&body)
}

fn xlsx_table(title: &str, rows: &[[String; 4]]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .merge_range(0, 0, 0, 3, title, &rust_xlsxwriter::Format::new())
        .unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32 + 2, c as u16, cell).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

fn main() {
    let text = document(&GenOptions::with_items(ITEMS));
    let paragraphs = docx(&text.lines().map(p).collect::<String>());
    let rows = rows(&text);
    assert_eq!(rows.len(), ITEMS);
    let title = "生成厅2099年工作要点";
    let cases = [
        ("docx, paragraphs", "plan.docx", paragraphs),
        ("docx, task table", "plan.docx", docx_table(title, &rows)),
        ("xlsx, task table", "plan.xlsx", xlsx_table(title, &rows)),
    ];
    println!(
        "| {ITEMS}-item plan as | file size | formats::read (median) | read_document (median) | items |"
    );
    println!("|---|---:|---:|---:|---:|");
    for (what, name, bytes) in &cases {
        let container = time(|| {
            std::hint::black_box(formats::read(name, bytes).expect("reads"));
        });
        let whole = time(|| {
            let _ = std::hint::black_box(duban::plan::read_document(name, bytes));
        });
        let items = match duban::plan::read_document(name, bytes) {
            Ok(parsed) => parsed.plan.items.len().to_string(),
            Err(e) => format!("not parsed: {e}"),
        };
        println!(
            "| {what} | {} KB | {:.2} ms | {:.2} ms | {items} |",
            bytes.len() / 1024,
            container.as_secs_f64() * 1e3,
            whole.as_secs_f64() * 1e3,
        );
    }
}
