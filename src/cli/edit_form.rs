//! The text form `duban edit N` opens in `$EDITOR`: one `label: value` line per
//! short field, then the target and the measures (one per line) under their
//! headings. Lines starting with `#` are comments. Labels are read in Chinese or
//! English, whatever the language the form was written in.

use super::LangArg;
use crate::plan::adhoc::{ItemField, Level, Source};
use crate::store::{ItemEdit, ItemFields};

/// The fields written as `label: value` lines, in form order.
const LINE_FIELDS: [ItemField; 8] = [
    ItemField::Title,
    ItemField::Lead,
    ItemField::Co,
    ItemField::Deadline,
    ItemField::Source,
    ItemField::Ref,
    ItemField::Level,
    ItemField::Requirement,
];

/// The fields written as a heading with lines under it.
const BLOCK_FIELDS: [ItemField; 2] = [ItemField::Target, ItemField::Measures];

/// What a form said that cannot be applied, naming the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub zh: String,
    pub en: String,
}

impl FormError {
    pub fn text(&self, lang: LangArg) -> &str {
        match lang {
            LangArg::Zh => &self.zh,
            LangArg::En => &self.en,
        }
    }
}

fn label(field: ItemField, lang: LangArg) -> &'static str {
    field.label(lang == LangArg::En)
}

/// The form for an item, with `error` (a message of the last attempt) at the top.
pub fn render(
    fields: &ItemFields,
    indicators: &[String],
    number: u32,
    plan_title: &str,
    lang: LangArg,
    error: Option<&str>,
) -> String {
    let en = lang == LangArg::En;
    let mut out = String::new();
    if en {
        out.push_str(&format!(
            "# Item {number} of {plan_title}. Change what you need, save and quit.\n\
             # Lines starting with # are ignored. Saving it unchanged changes nothing.\n\
             # co-operating offices: separated by 、 or commas. deadline: 2026-06-30 or 6月底前.\n\
             # source: {}\n# level: {}\n\
             # measures: one per line.\n",
            Source::choices(),
            Level::choices()
        ));
    } else {
        out.push_str(&format!(
            "# {plan_title} 第{number}项。改好后保存退出；以 # 开头的行不会读入，原样保存则不做任何修改。\n\
             # 配合处室用“、”或逗号分隔；完成时限写 2026-06-30 或 6月底前。\n\
             # 来源可选：{}\n# 督办等级可选：{}\n\
             # 工作措施每行一条。\n",
            Source::choices(),
            Level::choices()
        ));
    }
    for field in LINE_FIELDS {
        let value = match field {
            ItemField::Co => fields.co.join("、"),
            ItemField::Source => fields
                .source
                .map(|s| s.label(en).to_string())
                .unwrap_or_default(),
            ItemField::Level => fields
                .level
                .map(|l| l.label(en).to_string())
                .unwrap_or_default(),
            other => fields.value(other),
        };
        // A value is one line in the form; line breaks inside become spaces.
        let value = value.replace(['\n', '\r'], " ");
        out.push_str(&format!("{}: {value}\n", label(field, lang)));
    }
    if !indicators.is_empty() {
        out.push_str(if en {
            "# indicators, read from the target (record values with duban indicator N K VALUE):\n"
        } else {
            "# 指标（从目标任务读出；记录数值用 duban indicator 编号 序号 数值）：\n"
        });
        for line in indicators {
            out.push_str(&format!("#   {}\n", line.replace('\n', " ")));
        }
    }
    for field in BLOCK_FIELDS {
        out.push_str(&format!("\n[{}]\n", label(field, lang)));
        let value = fields.value(field);
        if !value.is_empty() {
            out.push_str(&value);
            out.push('\n');
        }
    }
    match error {
        Some(error) => with_error(&out, error, lang),
        None => out,
    }
}

const ERROR_ZH: &str = "# 错误：";
const ERROR_EN: &str = "# ERROR: ";

/// The form `saved` again with `error` on top, in place of any error it had.
pub fn with_error(saved: &str, error: &str, lang: LangArg) -> String {
    let head = if lang == LangArg::En {
        ERROR_EN
    } else {
        ERROR_ZH
    };
    let mut out = String::new();
    for line in error.lines() {
        out.push_str(head);
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("#\n");
    let mut lines = saved.lines().peekable();
    while lines
        .peek()
        .is_some_and(|l| l.starts_with(ERROR_ZH) || l.starts_with(ERROR_EN))
    {
        lines.next();
    }
    if lines.peek() == Some(&"#") {
        lines.next();
    }
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The field a label names, in either language (`标题`, `title`, `[工作措施]`).
fn field_of(label: &str) -> Option<ItemField> {
    let label = label.trim();
    ItemField::ALL
        .into_iter()
        .find(|f| label == f.label_zh() || label.eq_ignore_ascii_case(f.label_en()))
}

/// Reads a saved form into the edit it asks for: every field it holds, as
/// typed (offices as names, to be resolved; the store drops what is unchanged).
pub fn parse(text: &str) -> Result<ItemEdit, FormError> {
    let mut edit = ItemEdit::default();
    let mut block: Option<(ItemField, Vec<String>)> = None;
    let mut blocks: Vec<(ItemField, Vec<String>)> = Vec::new();
    let mut seen: Vec<ItemField> = Vec::new();
    let mut once = |field: ItemField, line_no: usize| -> Result<(), FormError> {
        if seen.contains(&field) {
            return Err(FormError {
                zh: format!("第{line_no}行：“{}”写了两次", field.label_zh()),
                en: format!("line {line_no}: {} is given twice", field.label_en()),
            });
        }
        seen.push(field);
        Ok(())
    };
    for (k, raw) in text.lines().enumerate() {
        let line_no = k + 1;
        let line = raw.trim_end();
        if line.trim_start().starts_with('#') {
            continue;
        }
        let trimmed = line.trim();
        if let Some(name) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            let Some(field) = field_of(name).filter(|f| BLOCK_FIELDS.contains(f)) else {
                return Err(FormError {
                    zh: format!("第{line_no}行：不认识的栏目“[{name}]”"),
                    en: format!("line {line_no}: unknown heading [{name}]"),
                });
            };
            once(field, line_no)?;
            blocks.extend(block.take());
            block = Some((field, Vec::new()));
            continue;
        }
        if let Some((_, lines)) = &mut block {
            lines.push(trimmed.to_string());
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        let Some((name, value)) = trimmed.split_once([':', '：']) else {
            return Err(FormError {
                zh: format!("第{line_no}行：应为“栏目: 内容”：{trimmed}"),
                en: format!("line {line_no}: expected `label: value`: {trimmed}"),
            });
        };
        let Some(field) = field_of(name).filter(|f| LINE_FIELDS.contains(f)) else {
            return Err(FormError {
                zh: format!("第{line_no}行：不认识的栏目“{}”", name.trim()),
                en: format!("line {line_no}: unknown label {:?}", name.trim()),
            });
        };
        once(field, line_no)?;
        let value = value.trim().to_string();
        match field {
            ItemField::Title => {
                if value.is_empty() {
                    return Err(FormError {
                        zh: format!("第{line_no}行：标题不能为空"),
                        en: format!("line {line_no}: the title cannot be empty"),
                    });
                }
                edit.title = Some(value);
            }
            ItemField::Lead => {
                if value.is_empty() {
                    return Err(FormError {
                        zh: format!("第{line_no}行：牵头处室不能为空"),
                        en: format!("line {line_no}: the lead office cannot be empty"),
                    });
                }
                edit.lead = Some(value);
            }
            ItemField::Co => {
                edit.co = Some(
                    value
                        .split(['、', ',', '，', ';', '；'])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                );
            }
            // An emptied deadline leaves the deadline as it was (there is no
            // item without one).
            ItemField::Deadline => edit.due = Some(value).filter(|v| !v.is_empty()),
            ItemField::Source if value.is_empty() => {}
            ItemField::Source => {
                edit.source = Some(Source::parse(&value).ok_or_else(|| FormError {
                    zh: format!(
                        "第{line_no}行：没有“{value}”这种来源；可选：{}",
                        Source::choices()
                    ),
                    en: format!(
                        "line {line_no}: unknown source {value:?}; choose one of {}",
                        Source::choices()
                    ),
                })?);
            }
            ItemField::Level if value.is_empty() => {}
            ItemField::Level => {
                edit.level = Some(Level::parse(&value).ok_or_else(|| FormError {
                    zh: format!(
                        "第{line_no}行：没有“{value}”这个督办等级；可选：{}",
                        Level::choices()
                    ),
                    en: format!(
                        "line {line_no}: unknown level {value:?}; choose one of {}",
                        Level::choices()
                    ),
                })?);
            }
            ItemField::Ref => edit.source_ref = Some(value),
            ItemField::Requirement => edit.requirement = Some(value),
            ItemField::Target | ItemField::Measures => unreachable!("block fields"),
        }
    }
    blocks.extend(block.take());
    for (field, lines) in blocks {
        let lines: Vec<String> = lines.into_iter().filter(|l| !l.is_empty()).collect();
        match field {
            ItemField::Target => edit.target = Some(lines.join("\n")),
            _ => edit.measures = Some(lines),
        }
    }
    if edit.title.is_none() {
        return Err(FormError {
            zh: "表单里没有“标题:”一行".into(),
            en: "the form has no `title:` line".into(),
        });
    }
    Ok(edit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> ItemFields {
        ItemFields {
            title: "落实批示".into(),
            target: "年底前完成".into(),
            lead: "基教处".into(),
            co: vec!["高教处".into(), "办公室".into()],
            deadline: "2026-06-30".into(),
            source: Some(Source::Instruction),
            source_ref: "第12号".into(),
            requirement: String::new(),
            level: None,
            measures: vec!["措施一".into(), "措施二".into()],
        }
    }

    #[test]
    fn a_rendered_form_reads_back_as_the_same_fields_in_either_language() {
        for lang in [LangArg::Zh, LangArg::En] {
            let form = render(
                &fields(),
                &["1. 覆盖率 ≥ 95%".into()],
                5,
                "2026年督办事项",
                lang,
                Some("旧的错误"),
            );
            let again = with_error(&form, "新的错误", lang);
            assert!(
                !again.contains("旧的错误") && again.contains("新的错误"),
                "{again}"
            );
            assert_eq!(again.lines().count(), form.lines().count());
            let edit = parse(&form).unwrap();
            assert_eq!(edit.title.as_deref(), Some("落实批示"));
            assert_eq!(
                edit.co.as_deref(),
                Some(&["高教处".to_string(), "办公室".to_string()][..])
            );
            assert_eq!(edit.source, Some(Source::Instruction));
            assert_eq!(edit.level, None);
            assert_eq!(edit.target.as_deref(), Some("年底前完成"));
            assert_eq!(edit.measures.unwrap(), ["措施一", "措施二"]);
        }
    }

    #[test]
    fn malformed_forms_name_the_line() {
        let form = render(&fields(), &[], 5, "计划", LangArg::Zh, None);
        let bad = form.replace("来源: 领导批示", "来源: 口头");
        let e = parse(&bad).unwrap_err();
        assert!(e.zh.contains("没有“口头”这种来源"), "{}", e.zh);
        let e = parse(&form.replace("标题: 落实批示", "标题:")).unwrap_err();
        assert!(e.zh.ends_with("标题不能为空"), "{}", e.zh);
        let e = parse(&form.replace("标题:", "颜色: 红\n标题:")).unwrap_err();
        assert!(e.en.contains("unknown label \"颜色\""), "{}", e.en);
        let e = parse("# nothing\n").unwrap_err();
        assert!(e.en.contains("no `title:` line"));
    }
}
