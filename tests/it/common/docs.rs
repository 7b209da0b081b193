//! Documents built in the tests themselves: .docx zips from XML written here, and
//! small damaged containers.

use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip of the given (path, content) entries, deflated.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(entries, zip::CompressionMethod::Deflated)
}

pub fn zip_with(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(method);
    for (path, content) in entries {
        zip.start_file(*path, options).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A .docx whose body is `body` (the XML inside `<w:body>`), with optional
/// styles.xml and numbering.xml contents (inside their root elements).
pub fn docx(body: &str, styles: Option<&str>, numbering: Option<&str>) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let styles = styles.map(|s| format!(r#"<w:styles xmlns:w="{W}">{s}</w:styles>"#));
    let numbering = numbering.map(|n| format!(r#"<w:numbering xmlns:w="{W}">{n}</w:numbering>"#));
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ];
    if let Some(s) = &styles {
        entries.push(("word/styles.xml", s.as_bytes()));
    }
    if let Some(n) = &numbering {
        entries.push(("word/numbering.xml", n.as_bytes()));
    }
    zip_of(&entries)
}

/// One paragraph with one run of text.
pub fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A paragraph numbered by list `num_id` at level `ilvl`.
pub fn np(num_id: u32, ilvl: u8, text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num_id}\"/></w:numPr></w:pPr>\
         <w:r><w:t>{text}</w:t></w:r></w:p>"
    )
}

/// A table cell: `props` inside `w:tcPr`, paragraphs separated by `|`.
pub fn tc(props: &str, text: &str) -> String {
    let paras: String = text.split('|').map(p).collect();
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{paras}</w:tc>")
}

pub fn tbl(rows: &[String]) -> String {
    let rows: String = rows.iter().map(|r| format!("<w:tr>{r}</w:tr>")).collect();
    format!("<w:tbl>{rows}</w:tbl>")
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"#;

/// Marks every entry of a zip as encrypted (general-purpose flag bit 0) in its local
/// and central headers, as a password-protected zip has it.
pub fn mark_encrypted(mut zip: Vec<u8>) -> Vec<u8> {
    for i in 0..zip.len().saturating_sub(10) {
        if zip[i..].starts_with(b"PK\x03\x04") {
            zip[i + 6] |= 1;
        } else if zip[i..].starts_with(b"PK\x01\x02") {
            zip[i + 8] |= 1;
        }
    }
    zip
}

/// A minimal OLE2 compound file (512-byte sectors) whose directory holds `streams`
/// (names only, no data): enough for a reader that looks at what a file contains.
pub fn ole2(streams: &[&str]) -> Vec<u8> {
    let mut file = vec![0u8; 512 * 3];
    file[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    file[0x18..0x1A].copy_from_slice(&0x003Eu16.to_le_bytes());
    file[0x1A..0x1C].copy_from_slice(&3u16.to_le_bytes());
    file[0x1C..0x1E].copy_from_slice(&0xFFFEu16.to_le_bytes());
    file[0x1E..0x20].copy_from_slice(&9u16.to_le_bytes());
    file[0x20..0x22].copy_from_slice(&6u16.to_le_bytes());
    file[0x2C..0x30].copy_from_slice(&1u32.to_le_bytes()); // one FAT sector
    file[0x30..0x34].copy_from_slice(&1u32.to_le_bytes()); // directory at sector 1
    file[0x3C..0x40].copy_from_slice(&0xFFFF_FFFEu32.to_le_bytes());
    file[0x44..0x48].copy_from_slice(&0xFFFF_FFFEu32.to_le_bytes());
    for k in 0..109 {
        let at = 0x4C + 4 * k;
        let id: u32 = if k == 0 { 0 } else { 0xFFFF_FFFF };
        file[at..at + 4].copy_from_slice(&id.to_le_bytes());
    }
    // FAT (sector 0 at offset 512): sector 0 is FAT, sector 1 ends the directory chain.
    let fat = 512;
    file[fat..fat + 4].copy_from_slice(&0xFFFF_FFFDu32.to_le_bytes());
    file[fat + 4..fat + 8].copy_from_slice(&0xFFFF_FFFEu32.to_le_bytes());
    for k in 2..128 {
        file[fat + 4 * k..fat + 4 * k + 4].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
    }
    let dir = 1024;
    let names: Vec<&str> = std::iter::once("Root Entry")
        .chain(streams.iter().copied())
        .take(4)
        .collect();
    for (k, name) in names.iter().enumerate() {
        let at = dir + 128 * k;
        let units: Vec<u16> = name.encode_utf16().collect();
        for (j, u) in units.iter().enumerate() {
            file[at + 2 * j..at + 2 * j + 2].copy_from_slice(&u.to_le_bytes());
        }
        let len = (units.len() as u16 + 1) * 2;
        file[at + 64..at + 66].copy_from_slice(&len.to_le_bytes());
        file[at + 66] = if k == 0 { 5 } else { 2 };
    }
    file
}

/// A raw deflate stream of `n` zero bytes in fixed-Huffman matches (258 bytes per
/// 13 bits): a zip bomb's payload, built in milliseconds rather than compressed.
pub fn deflated_zeros(n: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        bit: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, len: u32) {
            for k in 0..len {
                if self.bit.is_multiple_of(8) {
                    self.out.push(0);
                }
                let b = (value >> k) & 1;
                *self.out.last_mut().unwrap() |= (b as u8) << (self.bit % 8);
                self.bit += 1;
            }
        }
        /// Huffman codes go most significant bit first.
        fn code(&mut self, code: u32, len: u32) {
            for k in (0..len).rev() {
                self.put((code >> k) & 1, 1);
            }
        }
    }
    let mut bits = Bits {
        out: Vec::new(),
        bit: 0,
    };
    bits.put(1, 1); // final block
    bits.put(1, 2); // fixed Huffman
    let mut left = n;
    if left > 0 {
        bits.code(0x30, 8); // literal 0
        left -= 1;
    }
    while left >= 258 {
        bits.code(0b1100_0101, 8); // length 258
        bits.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        bits.code(0x30, 8);
    }
    bits.code(0, 7); // end of block
    bits.out
}

/// A zip of one deflated entry whose headers declare `declared` uncompressed bytes
/// (and a made-up checksum): what a zip bomb looks like.
pub fn zip_raw(name: &str, deflated: &[u8], declared: u32) -> Vec<u8> {
    let mut z = Vec::new();
    let n = name.len() as u16;
    let size = deflated.len() as u32;
    let common = |z: &mut Vec<u8>| {
        z.extend_from_slice(&8u16.to_le_bytes()); // deflate
        z.extend_from_slice(&0u16.to_le_bytes()); // time
        z.extend_from_slice(&0x21u16.to_le_bytes()); // date
        z.extend_from_slice(&0x1234_5678u32.to_le_bytes()); // crc
        z.extend_from_slice(&size.to_le_bytes());
        z.extend_from_slice(&declared.to_le_bytes());
        z.extend_from_slice(&n.to_le_bytes());
        z.extend_from_slice(&0u16.to_le_bytes()); // extra
    };
    z.extend_from_slice(b"PK\x03\x04");
    z.extend_from_slice(&20u16.to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    common(&mut z);
    z.extend_from_slice(name.as_bytes());
    z.extend_from_slice(deflated);
    let cd = z.len() as u32;
    z.extend_from_slice(b"PK\x01\x02");
    z.extend_from_slice(&20u16.to_le_bytes());
    z.extend_from_slice(&20u16.to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    common(&mut z);
    z.extend_from_slice(&[0; 10]); // comment length, disk, attributes
    z.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    z.extend_from_slice(name.as_bytes());
    let cd_size = z.len() as u32 - cd;
    z.extend_from_slice(b"PK\x05\x06");
    z.extend_from_slice(&[0; 4]);
    z.extend_from_slice(&1u16.to_le_bytes());
    z.extend_from_slice(&1u16.to_le_bytes());
    z.extend_from_slice(&cd_size.to_le_bytes());
    z.extend_from_slice(&cd.to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    z
}
