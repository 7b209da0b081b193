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
        other if lang == LangArg::Zh => anyhow::anyhow!(parse_error_zh(&other)),
        other => other.into(),
    }
}

/// How the structure reader understands a plan, in Chinese (see
/// [`crate::plan::parse::UNDERSTOOD`]).
const UNDERSTOOD_ZH: &str = "duban 能读取：一级标题（一、 （一））下的编号事项（1. 1、 （1） 1)），\
     每项带栏目行（目标任务/工作措施/责任单位/牵头单位/完成时限…），或为一段以责任单位括注\
     （（责任单位：…）、（X牵头，Y配合））结尾的文字；或表头写明任务列（重点任务/工作任务/任务）\
     和责任单位列（牵头单位/责任单位/责任处室）的任务表。";

/// A parse refusal in Chinese.
fn parse_error_zh(e: &ParseError) -> String {
    match e {
        ParseError::Empty => "文件是空的".to_string(),
        ParseError::Binary { offset } => {
            format!("不是文本文件（第 {offset} 字节处为二进制数据）")
        }
        ParseError::NoItems => {
            "未找到工作事项（应有一级标题“一、标题”下形如“1.标题”的行）".to_string()
        }
        ParseError::NotAPlan { seen_zh, .. } => {
            format!("未找到工作事项：文档中有 {seen_zh}。{UNDERSTOOD_ZH}")
        }
        ParseError::Format(f) => f.to_string(),
    }
}

pub fn read_error(e: ReadFileError, lang: LangArg) -> anyhow::Error {
    let zh = match &e {
        ReadFileError::Io(_) if lang == LangArg::En => return e.into(),
        ReadFileError::Io(io) => crate::store::io_reason_zh(io),
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
        } => format!(
            "{name} 是已损坏的 {container} 文件（{}）：请打开后重新保存",
            damage_zh(reason)
        ),
        FormatError::TooLargeUnpacked { name, limit_mb } => {
            format!("{name} 解压后将超过 {limit_mb} MB，duban 拒绝读取（文件已损坏或是压缩炸弹）")
        }
        FormatError::SheetTooLarge {
            name,
            sheet,
            rows,
            columns,
            corner,
            limit,
        } => format!(
            "{name}：工作表 {sheet} 跨 {rows} 行 × {columns} 列（到单元格 {corner}），duban 每个工作表最多读取 {limit} 个单元格：请删除远离表格的零散单元格后重新保存"
        ),
        FormatError::TooManyEntries { name, limit } => {
            format!("{name} 含有超过 {limit} 个压缩条目，duban 拒绝读取")
        }
        FormatError::TooDeep { name, limit } => format!(
            "{name} 的网页元素嵌套超过 {limit} 层，正常的文章页面不会如此，duban 拒绝读取（请在浏览器中打开，把文字复制到 .txt 文件后导入）"
        ),
    };
    pick(lang, zh, e.to_string())
}

/// Why a container is damaged, in Chinese: the reasons duban gives itself
/// translated, a library's own words kept as the technical detail they are.
fn damage_zh(reason: &str) -> String {
    if reason == "truncated or not a complete zip archive" {
        return "文件被截断，或不是完整的压缩包".to_string();
    }
    if let Some(part) = reason.strip_suffix(" is not UTF-8 XML") {
        return format!("{part} 不是 UTF-8 编码的 XML");
    }
    if let Some(part) = reason
        .strip_prefix("its main part ")
        .and_then(|r| r.strip_suffix(" is missing"))
    {
        return format!("缺少主体部分 {part}");
    }
    format!("技术细节：{reason}")
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
        assert!(zh(ParseError::Binary { offset: 7 }).contains("第 7 字节"));
        let seen = || ParseError::NotAPlan {
            seen: "3 paragraphs".into(),
            seen_zh: "3 段文字".into(),
        };
        assert!(zh(seen()).starts_with("未找到工作事项：文档中有 3 段文字。duban 能读取"));
        assert!(en(seen()).starts_with("no work item found"));
    }
}
