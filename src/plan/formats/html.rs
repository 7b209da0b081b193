//! Saved web pages (placeholder: read as text until the article reader lands).
use crate::plan::blocks::Document;
pub fn read(bytes: &[u8]) -> Document {
    super::text::read(&String::from_utf8_lossy(bytes))
}
