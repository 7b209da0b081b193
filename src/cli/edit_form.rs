//! The text form `duban edit N` opens in `$EDITOR`: one `label: value` line per
//! short field, then the target and the measures (one per line) under their
//! headings. Lines starting with `#` are comments. Labels are read in Chinese or
//! English, whatever the language the form was written in.

use super::LangArg;
use crate::plan::adhoc::{ItemField, Level, Source};
use crate::store::{ItemEdit, ItemFields};
use crate::t;

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

/// What a form said that cannot be applied, naming the line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    Twice { line: usize, field: ItemField },
    UnknownHeading { line: usize, name: String },
    NotAField { line: usize, text: String },
    UnknownLabel { line: usize, name: String },
    EmptyTitle { line: usize },
    EmptyLead { line: usize },
    UnknownSource { line: usize, value: String },
    UnknownLevel { line: usize, value: String },
    NoTitle,
}

impl FormError {
    pub fn text(&self, lang: LangArg) -> String {
        let field = |f: &ItemField| label(*f, lang);
        match self {
            FormError::Twice { line, field: f } => {
                t!(lang, "cli-form-twice", line = *line, field = field(f))
            }
            FormError::UnknownHeading { line, name } => t!(
                lang,
                "cli-form-unknown-heading",
                line = *line,
                name = name.as_str()
            ),
            FormError::NotAField { line, text } => t!(
                lang,
                "cli-form-not-a-field",
                line = *line,
                text = text.as_str()
            ),
            FormError::UnknownLabel { line, name } => t!(
                lang,
                "cli-form-unknown-label",
                line = *line,
                name = name.as_str()
            ),
            FormError::EmptyTitle { line } => t!(lang, "cli-form-empty-title", line = *line),
            FormError::EmptyLead { line } => t!(lang, "cli-form-empty-lead", line = *line),
            FormError::UnknownSource { line, value } => t!(
                lang,
                "cli-form-unknown-source",
                line = *line,
                value = value.as_str(),
                choices = source_choices(lang)
            ),
            FormError::UnknownLevel { line, value } => t!(
                lang,
                "cli-form-unknown-level",
                line = *line,
                value = value.as_str(),
                choices = level_choices(lang)
            ),
            FormError::NoTitle => t!(lang, "cli-form-no-title"),
        }
    }
}

fn label(field: ItemField, lang: LangArg) -> &'static str {
    field.label(lang == LangArg::En)
}

/// The sources a form takes, as the form's language names them (either
/// language's words are read back).
fn source_choices(lang: LangArg) -> String {
    let en = lang == LangArg::En;
    let words: Vec<&str> = Source::ALL.iter().map(|s| s.label(en)).collect();
    words.join(&t!(lang, "cli-list-separator"))
}

fn level_choices(lang: LangArg) -> String {
    let en = lang == LangArg::En;
    let words: Vec<&str> = Level::ALL.iter().map(|l| l.label(en)).collect();
    words.join(&t!(lang, "cli-list-separator"))
}

/// `text` as comment lines of the form.
fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
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
    let head = t!(
        lang,
        "cli-form-head",
        number = number,
        plan_title = plan_title
    );
    comment(&mut out, &head);
    comment(&mut out, &t!(lang, "cli-form-co"));
    let sources = source_choices(lang);
    comment(&mut out, &t!(lang, "cli-form-source", choices = sources));
    let levels = level_choices(lang);
    comment(&mut out, &t!(lang, "cli-form-level", choices = levels));
    comment(&mut out, &t!(lang, "cli-form-measures"));
    for field in LINE_FIELDS {
        let value = match field {
            ItemField::Co => fields.co.join(&t!(lang, "cli-list-separator")),
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
        let line = t!(
            lang,
            "cli-form-line",
            label = label(field, lang),
            value = value
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !indicators.is_empty() {
        comment(&mut out, &t!(lang, "cli-form-indicators"));
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

/// True for a line that carries an error of an earlier attempt, in either language.
fn is_error_line(line: &str) -> bool {
    [LangArg::Zh, LangArg::En].into_iter().any(|lang| {
        let head = t!(lang, "cli-form-error", error = "");
        line.strip_prefix("# ")
            .is_some_and(|rest| rest.starts_with(head.trim_end()))
    })
}

/// The form `saved` again with `error` on top, in place of any error it had.
pub fn with_error(saved: &str, error: &str, lang: LangArg) -> String {
    let mut out = String::new();
    for line in error.lines() {
        comment(&mut out, &t!(lang, "cli-form-error", error = line));
    }
    out.push_str("#\n");
    let mut lines = saved.lines().peekable();
    while lines.peek().is_some_and(|l| is_error_line(l)) {
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
            return Err(FormError::Twice {
                line: line_no,
                field,
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
                return Err(FormError::UnknownHeading {
                    line: line_no,
                    name: name.to_string(),
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
            return Err(FormError::NotAField {
                line: line_no,
                text: trimmed.to_string(),
            });
        };
        let Some(field) = field_of(name).filter(|f| LINE_FIELDS.contains(f)) else {
            return Err(FormError::UnknownLabel {
                line: line_no,
                name: name.trim().to_string(),
            });
        };
        once(field, line_no)?;
        let value = value.trim().to_string();
        match field {
            ItemField::Title => {
                if value.is_empty() {
                    return Err(FormError::EmptyTitle { line: line_no });
                }
                edit.title = Some(value);
            }
            ItemField::Lead => {
                if value.is_empty() {
                    return Err(FormError::EmptyLead { line: line_no });
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
                edit.source =
                    Some(
                        Source::parse(&value).ok_or_else(|| FormError::UnknownSource {
                            line: line_no,
                            value: value.clone(),
                        })?,
                    );
            }
            ItemField::Level if value.is_empty() => {}
            ItemField::Level => {
                edit.level = Some(Level::parse(&value).ok_or_else(|| FormError::UnknownLevel {
                    line: line_no,
                    value: value.clone(),
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
        return Err(FormError::NoTitle);
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
        let zh = |e: FormError| e.text(LangArg::Zh);
        let en = |e: FormError| e.text(LangArg::En);
        let bad = form.replace("来源：领导批示", "来源：口头");
        let e = zh(parse(&bad).unwrap_err());
        assert!(e.contains("没有“口头”这种来源"), "{e}");
        let e = zh(parse(&form.replace("标题：落实批示", "标题:")).unwrap_err());
        assert!(e.ends_with("标题不能为空"), "{e}");
        let e = en(parse(&form.replace("标题：", "颜色: 红\n标题:")).unwrap_err());
        assert!(e.contains("unknown label \"颜色\""), "{e}");
        let e = en(parse("# nothing\n").unwrap_err());
        assert!(e.contains("no `title:` line"), "{e}");
    }
}
