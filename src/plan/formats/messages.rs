//! Why a container was refused, in a language: what the file is and what to do
//! with it. The words are the catalogs' (`cli-format-*`, `cli-zip-*`, `cli-damage-*`).

use super::{Damage, FormatError, ZipContent};
use crate::i18n::Lang;
use crate::plan::blocks::Container;
use crate::t;

/// A container refusal in `lang`.
pub fn format_error(e: &FormatError, lang: Lang) -> String {
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
            found = zip_content(found, lang)
        ),
        FormatError::Damaged {
            name,
            container,
            reason,
        } => t!(
            lang,
            "cli-format-damaged",
            name = name.as_str(),
            container = container_name(*container, lang),
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

/// [`super::ReadFileError`]'s English words: too large (`value` none) or a bad
/// limit `value`.
pub fn read_error_en(limit_mb: u64, value: Option<&String>) -> String {
    let lang = Lang::En;
    match value {
        None => t!(
            lang,
            "cli-read-too-large",
            limit = limit_mb,
            var = super::IMPORT_LIMIT_VAR
        ),
        Some(value) => t!(
            lang,
            "cli-read-bad-limit",
            var = super::IMPORT_LIMIT_VAR,
            value = crate::text::sanitize(value).into_owned()
        ),
    }
}

/// A container's name in `lang`: Word 文档（.docx）, Excel (.xlsx)…
pub fn container_name(container: Container, lang: Lang) -> String {
    match container {
        Container::Text => t!(lang, "cli-container-text"),
        Container::Docx => t!(lang, "cli-container-docx"),
        Container::Xlsx => t!(lang, "cli-container-xlsx"),
        Container::Xls => t!(lang, "cli-container-xls"),
        Container::Ods => t!(lang, "cli-container-ods"),
        Container::Html => t!(lang, "cli-container-html"),
    }
}

fn zip_content(found: &ZipContent, lang: Lang) -> String {
    match found {
        ZipContent::Damaged => t!(lang, "cli-zip-damaged"),
        ZipContent::Empty => t!(lang, "cli-zip-empty"),
        ZipContent::Presentation => t!(lang, "cli-zip-presentation"),
        ZipContent::OpenDocumentText => t!(lang, "cli-zip-odt"),
        ZipContent::MimeType(kind) => t!(
            lang,
            "cli-zip-mime-type",
            kind = crate::text::sanitize(kind).into_owned()
        ),
        ZipContent::Holds(names) => {
            let names: Vec<String> = names
                .iter()
                .map(|n| crate::text::sanitize(n).into_owned())
                .collect();
            t!(
                lang,
                "cli-zip-holds",
                names = names.join(&t!(lang, "cli-list-separator"))
            )
        }
    }
}

/// Why a container is damaged: duban's own findings said in `lang`, a library's
/// words kept as the technical detail they are.
fn damage(reason: &Damage, lang: Lang) -> String {
    match reason {
        Damage::Truncated => t!(lang, "cli-damage-truncated"),
        Damage::NotUtf8 { part } => t!(lang, "cli-damage-not-utf8", part = part.as_str()),
        Damage::MissingPart { part } => {
            t!(lang, "cli-damage-missing-part", part = part.as_str())
        }
        Damage::Detail(detail) => t!(lang, "cli-damage-detail", detail = detail.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn damaged(reason: Damage) -> FormatError {
        FormatError::Damaged {
            name: "计划.docx".into(),
            container: Container::Docx,
            reason,
        }
    }

    #[test]
    fn a_damaged_container_is_said_in_chinese() {
        let zh = format_error(&damaged(Damage::Truncated), Lang::Zh);
        assert_eq!(
            zh,
            "计划.docx 已损坏（文件类型：Word 文档（.docx）；原因：文件被截断，或不是完整的压缩包）：请打开后重新保存"
        );
        let zh = format_error(
            &damaged(Damage::MissingPart {
                part: "word/document.xml".into(),
            }),
            Lang::Zh,
        );
        assert!(zh.contains("缺少主体部分 word/document.xml"), "{zh}");
        let detail = || damaged(Damage::Detail("unexpected end of file".into()));
        let zh = format_error(&detail(), Lang::Zh);
        assert!(zh.contains("读取库报告“unexpected end of file”"), "{zh}");
        let en = detail().to_string();
        assert!(
            en.contains("unexpected end of file") && en.contains("Word (.docx)"),
            "{en}"
        );
    }

    #[test]
    fn what_an_unknown_zip_holds_is_said_in_chinese() {
        let unknown = |found| FormatError::UnknownZip {
            name: "bad.zip".into(),
            found,
        };
        let zh = format_error(&unknown(ZipContent::Damaged), Lang::Zh);
        assert!(!zh.contains("damaged"), "{zh}");
        let zh = format_error(
            &unknown(ZipContent::Holds(vec!["a.txt".into(), "b.txt".into()])),
            Lang::Zh,
        );
        assert!(zh.contains("a.txt、b.txt"), "{zh}");
        let en = unknown(ZipContent::Holds(vec!["a.txt".into(), "b.txt".into()])).to_string();
        assert!(en.contains("it holds a.txt, b.txt"), "{en}");
    }
}
