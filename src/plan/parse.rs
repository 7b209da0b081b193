//! Turns a plan document into a `Plan` (pure: text in, `Result` out).

use super::Plan;

/// A parsed plan with what was odd about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub plan: Plan,
    pub warnings: Vec<Warning>,
}

/// Something the parser accepted but a reader should know (e.g. an item with no 责任单位).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the file is empty")]
    Empty,
    #[error("not a text file (binary data at byte {offset})")]
    Binary { offset: usize },
    #[error("no work item found (expected lines such as `1.标题` under a section `一、标题`)")]
    NoItems,
    #[error("line {line}: {message}")]
    Structure { line: usize, message: String },
}

/// Decodes a document: UTF-8 with or without BOM, else GB18030.
pub fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    todo!()
}

pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ParseError> {
    parse(&decode(bytes)?)
}

pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    todo!()
}
