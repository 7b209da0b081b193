//! Why a document's container was refused, in the user's language: what the file
//! is and what to do with it.

use super::LangArg;
use super::messages::pick;
use crate::plan::ParseError;
use crate::plan::formats::{FormatError, IMPORT_LIMIT_VAR, ReadFileError};

/// A read or parse error of an import, with format errors in the user's language.
pub fn parse_error(e: ParseError, lang: LangArg) -> anyhow::Error {
    match e {
        ParseError::Format(f) => anyhow::anyhow!(format_error(&f, lang)),
        other => other.into(),
    }
}

pub fn read_error(e: ReadFileError, lang: LangArg) -> anyhow::Error {
    let zh = match &e {
        ReadFileError::Io(_) => return e.into(),
        ReadFileError::TooLarge { limit_mb } => format!(
            "文件超过导入上限 {limit_mb} MB（可用环境变量 {IMPORT_LIMIT_VAR} 调高，单位为 MB）"
        ),
        ReadFileError::BadLimit { value } => {
            format!("{IMPORT_LIMIT_VAR}={value:?} 不是有效的兆字节数（至少为 1）")
        }
    };
    anyhow::anyhow!(pick(lang, zh, e.to_string()))
}

pub fn format_error(e: &FormatError, lang: LangArg) -> String {
    let zh = match e {
        FormatError::OldWord { name } => format!(
            "{name} 是旧版二进制 Word/WPS 文档（.doc/.wps），duban 读取 .docx：请用 Word 或 WPS \
             打开后另存为 .docx，或把正文复制到 .txt 文件"
        ),
        FormatError::Presentation { name } => format!(
            "{name} 是演示文稿（PowerPoint/WPS），duban 读取 .docx、.xlsx、.html 或文本：请把\
             计划正文复制到 .txt 文件"
        ),
        FormatError::Encrypted { name } => {
            format!("{name} 设有密码保护：请另存一份不带密码的副本再导入")
        }
        FormatError::Pdf { name } => format!(
            "{name} 是 PDF，duban 不读取 PDF（扫描版 PDF 更没有文字）：请把正文复制到 .txt \
             文件，或将 PDF 导出为 .docx 后再导入"
        ),
        FormatError::Rtf { name } => format!(
            "{name} 是 RTF 文档，duban 不读取 RTF：请用 Word 或 WPS 打开后另存为 .docx，或把\
             正文复制到 .txt 文件"
        ),
        FormatError::UnknownZip { name, found } => format!(
            "{name} 是压缩包，但不是 Word .docx、Excel .xlsx 或 .ods 文件（{found}）：请用 \
             Word、WPS 或 Excel 打开后另存为 .docx 或 .xlsx"
        ),
        FormatError::Damaged {
            name,
            container,
            reason,
        } => format!("{name} 是已损坏的 {container} 文件（{reason}）：请打开后重新保存"),
        FormatError::TooLargeUnpacked { name, limit_mb } => {
            format!("{name} 解压后将超过 {limit_mb} MB，duban 拒绝读取（文件已损坏或是压缩炸弹）")
        }
        FormatError::TooManyEntries { name, limit } => {
            format!("{name} 含有超过 {limit} 个压缩条目，duban 拒绝读取")
        }
    };
    pick(lang, zh, e.to_string())
}
