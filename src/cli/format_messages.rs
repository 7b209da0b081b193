//! Why a document's container was refused, in the user's language: what the file
//! is and what to do with it.

use super::LangArg;
use crate::plan::ParseError;
use crate::plan::formats::{IMPORT_LIMIT_VAR, ReadFileError};
use crate::t;

/// A read or parse error of an import, in the user's language.
pub fn parse_error(e: ParseError, lang: LangArg) -> anyhow::Error {
    anyhow::anyhow!(crate::plan::messages::parse_error(&e, lang.into()))
}

pub fn read_error(e: ReadFileError, lang: LangArg) -> anyhow::Error {
    let text = match &e {
        ReadFileError::Io(_) if lang == LangArg::En => return e.into(),
        ReadFileError::Io(io) => crate::store::io_reason_zh(io),
        ReadFileError::TooLarge { limit_mb } => t!(
            lang,
            "cli-read-too-large",
            limit = *limit_mb,
            var = IMPORT_LIMIT_VAR
        ),
        ReadFileError::BadLimit { value } => t!(
            lang,
            "cli-read-bad-limit",
            var = IMPORT_LIMIT_VAR,
            value = crate::text::sanitize(value).into_owned()
        ),
    };
    anyhow::anyhow!(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_refusals_speak_the_interface_language() {
        let zh = |e: ParseError| parse_error(e, LangArg::Zh).to_string();
        let en = |e: ParseError| parse_error(e, LangArg::En).to_string();
        assert_eq!(zh(ParseError::Empty), "文件是空的");
        assert_eq!(en(ParseError::Empty), "the file is empty");
        assert!(zh(ParseError::Binary { offset: 7 }).contains("第7字节"));
        let seen = || ParseError::NotAPlan {
            seen: crate::plan::Seen {
                paragraphs: 3,
                ..Default::default()
            },
        };
        assert!(zh(seen()).starts_with("未找到工作事项：文档中有3段文字；没有编号事项"));
        assert!(en(seen()).starts_with("no item found"));
    }
}
