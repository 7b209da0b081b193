//! Which container a document is, by its bytes first and its extension second.

use std::io::Cursor;

/// A container as recognised from a file's first bytes (and, for zips and OLE2
/// compound files, the names of the parts inside).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Text,
    Html,
    Docx,
    Xlsx,
    Ods,
    Xls,
    /// .doc, or a .wps from WPS Office (both OLE2 files with a `WordDocument` stream).
    OldWord,
    /// .ppt/.dps.
    Presentation,
    /// An OOXML file saved with a password (an OLE2 file with `EncryptionInfo`).
    Encrypted,
    Pdf,
    Rtf,
    /// A zip that is none of the above; says what it holds (or why it cannot be opened).
    OtherZip(super::ZipContent),
}

const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Decides a document's container.
pub fn sniff(name: &str, bytes: &[u8]) -> Kind {
    let ext = extension(name);
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip_kind(&ext, bytes);
    }
    if bytes.starts_with(OLE2) {
        return ole2_kind(&ext, bytes);
    }
    // The PDF header may follow a little junk (the format allows 1 KB of it).
    if memmem(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some() {
        return Kind::Pdf;
    }
    let head = skip_bom_and_space(bytes);
    if head.starts_with(b"{\\rtf") {
        return Kind::Rtf;
    }
    if looks_like_html(head) || (matches!(ext.as_str(), "htm" | "html") && head.starts_with(b"<")) {
        return Kind::Html;
    }
    Kind::Text
}

fn extension(name: &str) -> String {
    std::path::Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

use super::ZipContent;

fn zip_kind(ext: &str, bytes: &[u8]) -> Kind {
    let by_extension = || match ext {
        "docx" | "docm" | "dotx" => Some(Kind::Docx),
        "xlsx" | "xlsm" => Some(Kind::Xlsx),
        "ods" => Some(Kind::Ods),
        _ => None,
    };
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // A damaged zip: let the reader its extension names say so in its terms.
        return by_extension().unwrap_or(Kind::OtherZip(ZipContent::Damaged));
    };
    if zip.index_for_name("word/document.xml").is_some() {
        return Kind::Docx;
    }
    if zip.index_for_name("xl/workbook.xml").is_some() {
        return Kind::Xlsx;
    }
    let mut mimetype = String::new();
    if let Ok(entry) = zip.by_name("mimetype") {
        use std::io::Read;
        let _ = entry.take(200).read_to_string(&mut mimetype);
    }
    if mimetype.trim() == "application/vnd.oasis.opendocument.spreadsheet" {
        return Kind::Ods;
    }
    if zip.is_empty() {
        return by_extension().unwrap_or(Kind::OtherZip(ZipContent::Empty));
    }
    let found = if zip.index_for_name("ppt/presentation.xml").is_some() {
        ZipContent::Presentation
    } else if mimetype.starts_with("application/vnd.oasis.opendocument.text") {
        ZipContent::OpenDocumentText
    } else if let Some(kind) = mimetype.strip_prefix("application/") {
        ZipContent::MimeType(kind.trim().to_string())
    } else if let Some(kind) = by_extension() {
        // Named .docx/.xlsx but the main part is missing: the reader says so.
        return kind;
    } else {
        let first: Vec<String> = zip
            .file_names()
            .filter_map(Result::ok)
            .take(3)
            .map(|n| n.into_owned())
            .collect();
        ZipContent::Holds(first)
    };
    Kind::OtherZip(found)
}

fn ole2_kind(ext: &str, bytes: &[u8]) -> Kind {
    let names = ole2_stream_names(bytes).unwrap_or_default();
    let has = |n: &str| names.iter().any(|s| s.eq_ignore_ascii_case(n));
    if has("EncryptionInfo") || has("EncryptedPackage") {
        Kind::Encrypted
    } else if has("Workbook") || has("Book") {
        Kind::Xls
    } else if has("WordDocument") {
        Kind::OldWord
    } else if has("PowerPoint Document") {
        Kind::Presentation
    } else {
        // Unreadable directory: the extension is all there is to go by.
        match ext {
            "xls" | "et" => Kind::Xls,
            "ppt" | "dps" => Kind::Presentation,
            _ => Kind::OldWord,
        }
    }
}

/// The names in an OLE2 compound file's directory, or `None` if it cannot be walked.
pub fn ole2_stream_names(bytes: &[u8]) -> Option<Vec<String>> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    let shift = u16_at(0x1E)?;
    if !(7..=16).contains(&shift) {
        return None;
    }
    let sector = 1usize << shift;
    let offset = |id: u32| (id as usize + 1) * sector;
    // The first 109 FAT sectors are listed in the header; enough for files to 7 MB
    // at 512-byte sectors, and the directory usually comes early anyway.
    let fat_sectors: Vec<u32> = (0..109)
        .filter_map(|k| u32_at(0x4C + 4 * k))
        .filter(|&id| id < 0xFFFF_FFFA)
        .collect();
    let next = |id: u32| -> Option<u32> {
        let per = sector / 4;
        let fat = *fat_sectors.get(id as usize / per)?;
        u32_at(offset(fat) + 4 * (id as usize % per))
    };
    let mut names = Vec::new();
    let mut id = u32_at(0x30)?;
    for _ in 0..10_000 {
        if id >= 0xFFFF_FFFA {
            break;
        }
        let start = offset(id);
        for entry in bytes.get(start..start + sector)?.chunks_exact(128) {
            let len = (u16::from_le_bytes([entry[64], entry[65]]) as usize).min(64);
            let units: Vec<u16> = entry[..len.saturating_sub(2)]
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            if !units.is_empty() {
                names.push(String::from_utf16_lossy(&units));
            }
        }
        id = next(id)?;
    }
    Some(names)
}

pub(super) fn skip_bom_and_space(bytes: &[u8]) -> &[u8] {
    let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    &b[start..]
}

/// A saved web page starts with a doctype, a root or head element, or a comment
/// before one of them.
fn looks_like_html(mut head: &[u8]) -> bool {
    for _ in 0..8 {
        if head.starts_with(b"<!--") {
            let Some(end) = memmem(head, b"-->") else {
                return false;
            };
            head = skip_bom_and_space(&head[end + 3..]);
            continue;
        }
        if head.starts_with(b"<?xml") {
            let Some(end) = memmem(head, b"?>") else {
                return false;
            };
            head = skip_bom_and_space(&head[end + 2..]);
            continue;
        }
        break;
    }
    let prefix: Vec<u8> = head.iter().take(15).map(u8::to_ascii_lowercase).collect();
    ["<!doctype html", "<html", "<head", "<body", "<meta"]
        .iter()
        .any(|tag| {
            prefix.starts_with(tag.as_bytes())
                && prefix
                    .get(tag.len())
                    .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        })
}

fn memmem(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_markup_by_content() {
        assert_eq!(sniff("a.txt", "一、总则\n1.事项".as_bytes()), Kind::Text);
        assert_eq!(
            sniff("a.txt", b"\xEF\xBB\xBF <!DOCTYPE html><html>"),
            Kind::Html
        );
        assert_eq!(
            sniff("page", b"<!-- saved --> \n<HTML lang=zh>"),
            Kind::Html
        );
        assert_eq!(sniff("x.htm", "<div>1.事项</div>".as_bytes()), Kind::Html);
        assert_eq!(sniff("x.txt", b"<div>1.x</div>"), Kind::Text);
        assert_eq!(sniff("x.txt", b"<htmlish"), Kind::Text);
        assert_eq!(sniff("x.docx", b"%PDF-1.7\n..."), Kind::Pdf);
        assert_eq!(sniff("x.doc", b"{\\rtf1\\ansi"), Kind::Rtf);
    }

    #[test]
    fn a_broken_zip_goes_to_the_reader_its_extension_names() {
        assert_eq!(sniff("a.docx", b"PK\x03\x04garbage"), Kind::Docx);
        assert_eq!(sniff("a.xlsx", b"PK\x03\x04garbage"), Kind::Xlsx);
        assert!(matches!(
            sniff("a.wps", b"PK\x03\x04garbage"),
            Kind::OtherZip(_)
        ));
    }
}
