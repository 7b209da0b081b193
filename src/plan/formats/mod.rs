//! Format readers: each container (text, .docx, .xlsx/.xls/.ods, .html) becomes one
//! [`Document`] of blocks; containers duban does not read are refused with advice.

pub mod text;

use super::blocks::Document;
use super::parse::{ParseError, decode};

/// Reads a document's bytes into blocks. `name` is the file name as given (its
/// extension is a hint; the bytes decide).
pub fn read(name: &str, bytes: &[u8]) -> Result<Document, ParseError> {
    let _ = name;
    Ok(text::read(&decode(bytes)?))
}
