//! Format readers: each container (text, .docx, .xlsx/.xls/.ods, .html) becomes one
//! [`Document`] of blocks; containers duban does not read are refused with advice.
//!
//! The bytes decide the container ([`sniff`]); the file name's extension only breaks
//! ties (markup in a `.html` file, an unknown zip).

mod depth;
pub mod docx;
mod extent;
pub mod html;
mod messages;

pub use messages::{container_name, format_error};
mod ods_merges;
pub mod sheet;
pub mod sniff;
pub mod text;
pub mod text_stream;
mod zipsafe;

use std::io::Read;
use std::path::Path;

use super::blocks::{Container, Document};
use super::parse::{ParseError, decode};
use sniff::Kind;

/// The default most bytes `duban import` reads from one file.
pub const DEFAULT_IMPORT_LIMIT_MB: u64 = 64;

/// The variable that overrides [`DEFAULT_IMPORT_LIMIT_MB`] (whole megabytes).
pub const IMPORT_LIMIT_VAR: &str = "DUBAN_MAX_IMPORT_MB";

/// Most bytes a zip container (.docx/.xlsx/.ods) may inflate to, all parts together.
pub const MAX_UNZIPPED: u64 = 100 * 1024 * 1024;

/// Most cells a sheet may span (the rows × columns from its first cell to its last,
/// or of the area its dimension declares): the sheet reader builds that grid whole.
pub const MAX_SHEET_CELLS: u64 = 2_000_000;

/// Most entries a zip container may hold.
pub const MAX_ZIP_ENTRIES: usize = 10_000;

/// Why a document's container was not read. Every message names the file and, where
/// the user can do something, says what; the words are in the catalogs
/// (`cli-format-*`), [`std::fmt::Display`] gives the English ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    OldWord {
        name: String,
    },
    Presentation {
        name: String,
    },
    Encrypted {
        name: String,
    },
    Pdf {
        name: String,
    },
    Rtf {
        name: String,
    },
    UnknownZip {
        name: String,
        found: ZipContent,
    },
    Damaged {
        name: String,
        container: Container,
        reason: Damage,
    },
    TooLargeUnpacked {
        name: String,
        limit_mb: u64,
    },
    TooManyEntries {
        name: String,
        limit: usize,
    },
    TooDeep {
        name: String,
        limit: usize,
    },
    SheetTooLarge {
        name: String,
        sheet: String,
        rows: u64,
        columns: u64,
        corner: String,
        limit: u64,
    },
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&messages::format_error(self, crate::i18n::Lang::En))
    }
}

impl std::error::Error for FormatError {}

/// What a zip archive that is no known document holds, for the refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipContent {
    /// The archive cannot be opened at all.
    Damaged,
    Empty,
    Presentation,
    OpenDocumentText,
    /// Its declared `mimetype` (after `application/`).
    MimeType(String),
    /// Its first few entry names.
    Holds(Vec<String>),
}

/// Why a container is damaged: duban's own findings, or a library's words kept as
/// the technical detail they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// Truncated, or not a complete zip archive.
    Truncated,
    /// A part is not UTF-8 XML.
    NotUtf8 { part: String },
    /// The container's main part is missing.
    MissingPart { part: String },
    /// A library's own words.
    Detail(String),
}

/// Why a file could not be read into memory for import; said by the catalogs
/// (`cli-read-*`), [`std::fmt::Display`] in English.
#[derive(Debug, thiserror::Error)]
pub enum ReadFileError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{}", messages::read_error_en(*limit_mb, None))]
    TooLarge { limit_mb: u64 },
    #[error("{}", messages::read_error_en(0, Some(value)))]
    BadLimit { value: String },
}

/// The import limit in bytes: [`IMPORT_LIMIT_VAR`] if set, else the default.
pub fn import_limit() -> Result<u64, ReadFileError> {
    match std::env::var(IMPORT_LIMIT_VAR) {
        Err(_) => Ok(DEFAULT_IMPORT_LIMIT_MB * 1024 * 1024),
        Ok(value) => value
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|&mb| mb >= 1)
            .and_then(|mb| mb.checked_mul(1024 * 1024))
            .ok_or(ReadFileError::BadLimit { value }),
    }
}

/// Reads at most `limit` bytes of `path`; a longer file (or an endless one such as
/// `/dev/zero`) is refused after reading `limit + 1` bytes at most.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFileError> {
    let too_large = || ReadFileError::TooLarge {
        limit_mb: limit.div_ceil(1024 * 1024),
    };
    let file = std::fs::File::open(path)?;
    // A regular file says its size: refuse it before reading a byte.
    let known = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    if known.is_some_and(|len| len > limit) {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(known.unwrap_or(0).min(limit) as usize + 1);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads a document's bytes into blocks. `name` is the file name as given (its
/// extension is a hint; the bytes decide).
pub fn read(name: &str, bytes: &[u8]) -> Result<Document, ParseError> {
    let refuse = |e: fn(String) -> FormatError| Err(ParseError::Format(e(name.to_string())));
    match sniff::sniff(name, bytes) {
        Kind::Docx => Ok(docx::read(name, bytes)?),
        Kind::Xlsx => Ok(sheet::read_xlsx(name, bytes)?),
        Kind::Ods => Ok(sheet::read_ods(name, bytes)?),
        Kind::Xls => Ok(sheet::read_xls(name, bytes)?),
        Kind::Html => {
            if depth::nesting(bytes, depth::MAX_NESTING) > depth::MAX_NESTING {
                return Err(ParseError::Format(FormatError::TooDeep {
                    name: name.to_string(),
                    limit: depth::MAX_NESTING,
                }));
            }
            Ok(html::read(bytes))
        }
        Kind::OldWord => refuse(|name| FormatError::OldWord { name }),
        Kind::Presentation => refuse(|name| FormatError::Presentation { name }),
        Kind::Encrypted => refuse(|name| FormatError::Encrypted { name }),
        Kind::Pdf => refuse(|name| FormatError::Pdf { name }),
        Kind::Rtf => refuse(|name| FormatError::Rtf { name }),
        Kind::OtherZip(found) => Err(FormatError::UnknownZip {
            name: name.to_string(),
            found,
        }
        .into()),
        Kind::Text => Ok(text::read(&decode(bytes)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_file_refuses_past_the_limit_and_reads_up_to_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.txt");
        std::fs::write(&path, vec![b'a'; 100]).unwrap();
        assert_eq!(read_file(&path, 100).unwrap().len(), 100);
        assert!(matches!(
            read_file(&path, 99),
            Err(ReadFileError::TooLarge { limit_mb: 1 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn read_file_stops_on_an_endless_file() {
        let err = read_file(Path::new("/dev/zero"), 4096).unwrap_err();
        assert!(matches!(err, ReadFileError::TooLarge { .. }), "{err}");
    }
}
