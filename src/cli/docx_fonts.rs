//! The fonts of a generated Word document as offices set such documents: a
//! 小标宋-style title, 黑体 headings, 仿宋 body, each declared in the font table with
//! a fallback (`w:altName`) and the GB2312 character set, so Word and WPS pick a
//! near font where the named one is not installed. (docx-rs writes a fixed font
//! table; this rewrites that one part of the finished package.)

use anyhow::{Context, Result};
use std::io::{Cursor, Read, Write};

/// The title's font: 方正小标宋简体, else 华文中宋.
pub const TITLE: &str = "方正小标宋简体";
/// Headings: 黑体.
pub const HEADING: &str = "黑体";
/// The body: 仿宋_GB2312, else 仿宋.
pub const BODY: &str = "仿宋_GB2312";
/// A notice's text: 宋体, as a form is set.
pub const PLAIN: &str = "宋体";
/// Latin letters and digits in every document.
pub const LATIN: &str = "Times New Roman";

/// (font, fallback, family) as the font table declares them.
const FONTS: [(&str, &str, &str); 4] = [
    (TITLE, "华文中宋", "roman"),
    (HEADING, "SimHei", "modern"),
    (BODY, "仿宋", "modern"),
    ("仿宋", "FangSong", "modern"),
];

fn font_table() -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    );
    for (name, alt, family) in FONTS {
        xml.push_str(&format!(
            r#"<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="fixed"/></w:font>"#
        ));
    }
    xml.push_str(
        r#"<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"#,
    );
    xml
}

/// The package `docx` with its font table declaring the fonts above.
pub fn with_font_table(docx: &[u8]) -> Result<Vec<u8>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).context("the built document")?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for k in 0..zip.len() {
        let mut entry = zip.by_index(k)?;
        let name = entry.name()?.into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes)?;
        if name == "word/fontTable.xml" {
            bytes = font_table().into_bytes();
        }
        out.start_file(name, options)?;
        out.write_all(&bytes)?;
    }
    Ok(out.finish()?.into_inner())
}
