//! Why a document's container was refused, in the user's language: what the file
//! is and what to do with it.

use super::LangArg;
use crate::plan::ParseError;
use crate::plan::formats::{FormatError, IMPORT_LIMIT_VAR, ReadFileError};
use crate::t;

/// A read or parse error of an import, in the user's language.
pub fn parse_error(e: ParseError, lang: LangArg) -> anyhow::Error {
    let text = match &e {
        ParseError::Format(f) => format_error(f, lang),
        ParseError::Empty => t!(lang, "cli-parse-empty"),
        ParseError::Binary { offset } => t!(lang, "cli-parse-binary", offset = *offset),
        ParseError::NoItems => t!(lang, "cli-parse-no-items"),
        ParseError::NotAPlan { seen, seen_zh } => {
            let seen = match lang {
                LangArg::Zh => seen_zh,
                LangArg::En => seen,
            };
            t!(lang, "cli-parse-not-a-plan", seen = seen.as_str())
        }
    };
    anyhow::anyhow!(text)
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

pub fn format_error(e: &FormatError, lang: LangArg) -> String {
    match e {
        FormatError::OldWord { name } => t!(lang, "cli-format-old-word", name = name.as_str()),
        FormatError::Presentation { name } => {
            t!(lang, "cli-format-presentation", name = name.as_str())
        }
        FormatError::Encrypted { name } => t!(lang, "cli-format-encrypted", name = name.as_str()),
        FormatError::Pdf { name } => t!(lang, "cli-format-pdf", name = name.as_str()),
        FormatError::Rtf { name } => t!(lang, "cli-format-rtf", name = name.as_str()),
        FormatError::UnknownZip { name, found } => t!(
            lang,
            "cli-format-unknown-zip",
            name = name.as_str(),
            found = found.as_str()
        ),
        FormatError::Damaged {
            name,
            container,
            reason,
        } => t!(
            lang,
            "cli-format-damaged",
            name = name.as_str(),
            container = *container,
            reason = damage(reason, lang)
        ),
        FormatError::TooLargeUnpacked { name, limit_mb } => t!(
            lang,
            "cli-format-too-large-unpacked",
            name = name.as_str(),
            limit = *limit_mb
        ),
        FormatError::SheetTooLarge {
            name,
            sheet,
            rows,
            columns,
            corner,
            limit,
        } => t!(
            lang,
            "cli-format-sheet-too-large",
            name = name.as_str(),
            sheet = sheet.to_string(),
            rows = *rows,
            columns = *columns,
            corner = corner.to_string(),
            limit = *limit
        ),
        FormatError::TooManyEntries { name, limit } => t!(
            lang,
            "cli-format-too-many-entries",
            name = name.as_str(),
            limit = *limit
        ),
        FormatError::TooDeep { name, limit } => t!(
            lang,
            "cli-format-too-deep",
            name = name.as_str(),
            limit = *limit
        ),
    }
}

/// Why a container is damaged: the reasons duban gives itself (in the readers'
/// English words) said in the user's language, a library's own words kept as
/// the technical detail they are.
fn damage(reason: &str, lang: LangArg) -> String {
    if reason == "truncated or not a complete zip archive" {
        return t!(lang, "cli-damage-truncated");
    }
    if let Some(part) = reason.strip_suffix(" is not UTF-8 XML") {
        return t!(lang, "cli-damage-not-utf8", part = part);
    }
    if let Some(part) = reason
        .strip_prefix("its main part ")
        .and_then(|r| r.strip_suffix(" is missing"))
    {
        return t!(lang, "cli-damage-missing-part", part = part);
    }
    t!(lang, "cli-damage-detail", detail = reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_container_is_said_in_chinese() {
        let damaged = |reason: &str| FormatError::Damaged {
            name: "计划.docx".into(),
            container: "Word (.docx)",
            reason: reason.into(),
        };
        let zh = format_error(
            &damaged("truncated or not a complete zip archive"),
            LangArg::Zh,
        );
        assert_eq!(
            zh,
            "计划.docx 是已损坏的 Word (.docx) 文件（文件被截断，或不是完整的压缩包）：请打开后重新保存"
        );
        let zh = format_error(
            &damaged("its main part word/document.xml is missing"),
            LangArg::Zh,
        );
        assert!(zh.contains("缺少主体部分 word/document.xml"), "{zh}");
        let zh = format_error(&damaged("unexpected end of file"), LangArg::Zh);
        assert!(zh.contains("技术细节：unexpected end of file"), "{zh}");
        let en = format_error(&damaged("unexpected end of file"), LangArg::En);
        assert!(
            en.contains("unexpected end of file") && !en.contains("技术"),
            "{en}"
        );
    }

    #[test]
    fn parse_refusals_speak_the_interface_language() {
        let zh = |e: ParseError| parse_error(e, LangArg::Zh).to_string();
        let en = |e: ParseError| parse_error(e, LangArg::En).to_string();
        assert_eq!(zh(ParseError::Empty), "文件是空的");
        assert_eq!(en(ParseError::Empty), "the file is empty");
        assert!(zh(ParseError::Binary { offset: 7 }).contains("第7字节"));
        let seen = || ParseError::NotAPlan {
            seen: "3 paragraphs".into(),
            seen_zh: "3段文字".into(),
        };
        assert!(zh(seen()).starts_with("未找到工作事项：文档中有3段文字。duban 能读取"));
        assert!(en(seen()).starts_with("no work item found"));
    }
}
