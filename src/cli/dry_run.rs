//! `duban import FILE --dry-run`: how a document was read, written nowhere.

use super::LangArg;
use super::render::{json, table};
use crate::plan::blocks::Container;
use crate::plan::{Item, Parsed, Role};
use crate::t;
use crate::text::{sanitize_line, truncate};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// Display columns a cell of the items table keeps; the rest becomes `…`.
const TITLE_COLUMNS: usize = 30;
const OFFICES_COLUMNS: usize = 24;
const SHORT_COLUMNS: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DryRunFormat {
    Text,
    Json,
}

/// What was read, for `--format json`: the plan as parsed and the warnings.
#[derive(Serialize)]
struct DryRun<'a> {
    file: &'a str,
    container: Option<String>,
    /// The plan as parsed, each item with its `due` date added (what an import
    /// would set: from its deadline as written, relative to the plan's year).
    plan: serde_json::Value,
    warnings: Vec<WarningOut>,
}

/// The plan as JSON, each item with the due date an import would give it.
fn plan_with_due(plan: &crate::plan::Plan) -> Result<serde_json::Value> {
    use crate::plan::deadline;
    let year = deadline::plan_year(plan.date.as_deref(), &plan.title)
        .unwrap_or_else(|| jiff::Zoned::now().year());
    let mut v = serde_json::to_value(plan)?;
    if let Some(items) = v.get_mut("items").and_then(|i| i.as_array_mut()) {
        for (json, item) in items.iter_mut().zip(&plan.items) {
            if let Some(obj) = json.as_object_mut() {
                obj.insert(
                    "due".into(),
                    deadline::resolve(item, year).to_string().into(),
                );
            }
        }
    }
    Ok(v)
}

#[derive(Serialize)]
struct WarningOut {
    /// Position in the document, counted in `unit`s.
    at: usize,
    unit: &'static str,
    /// In English, as before.
    message: String,
    /// The same in Chinese, the default interface language.
    message_zh: String,
}

/// Prints how `parsed` (read from `name`, in `container`) came out.
pub fn print(
    out: &mut impl Write,
    name: &str,
    container: Option<Container>,
    parsed: &Parsed,
    format: DryRunFormat,
    lang: LangArg,
) -> Result<()> {
    let unit = container.map_or("line", Container::unit);
    match format {
        DryRunFormat::Json => json(
            out,
            &DryRun {
                file: name,
                // The JSON names the container in English, as a stable label.
                container: container.map(|c| container_name(c, LangArg::En)),
                plan: plan_with_due(&parsed.plan)?,
                warnings: parsed
                    .warnings
                    .iter()
                    .map(|w| WarningOut {
                        at: w.line,
                        unit,
                        message: w.text(false),
                        message_zh: w.text(true),
                    })
                    .collect(),
            },
        ),
        DryRunFormat::Text => text(out, name, container, parsed, lang),
    }
}

fn text(
    out: &mut impl Write,
    name: &str,
    container: Option<Container>,
    parsed: &Parsed,
    lang: LangArg,
) -> Result<()> {
    let plan = &parsed.plan;
    let none = || t!(lang, "cli-dry-run-none");
    let field = |s: Option<&str>| s.map_or_else(none, one_line);
    writeln!(
        out,
        "{}",
        t!(lang, "cli-dry-run-head", name = one_line(name))
    )?;
    let format = container.map_or_else(none, |c| container_name(c, lang));
    writeln!(out, "{}", t!(lang, "cli-dry-run-format", format = format))?;
    let title = one_line(&plan.title);
    writeln!(out, "{}", t!(lang, "cli-dry-run-title", title = title))?;
    let doc = field(plan.doc_number.as_deref());
    writeln!(out, "{}", t!(lang, "cli-dry-run-doc-number", doc = doc))?;
    let date = field(plan.date.as_deref());
    writeln!(out, "{}", t!(lang, "cli-dry-run-date", date = date))?;
    writeln!(out)?;
    let n = plan.sections.len();
    writeln!(out, "{}", t!(lang, "cli-dry-run-sections", n = n))?;
    for s in &plan.sections {
        writeln!(
            out,
            "  {}. {}、{}",
            s.number,
            one_line(&s.numeral),
            one_line(&s.title)
        )?;
    }
    writeln!(out)?;
    let n = plan.items.len();
    writeln!(out, "{}", t!(lang, "cli-dry-run-items", n = n))?;
    let header = [
        t!(lang, "cli-dry-run-col-number"),
        t!(lang, "cli-dry-run-col-section"),
        t!(lang, "cli-dry-run-col-title"),
        t!(lang, "cli-dry-run-col-lead"),
        t!(lang, "cli-dry-run-col-co"),
        t!(lang, "cli-dry-run-col-measures"),
        t!(lang, "cli-dry-run-col-due"),
        t!(lang, "cli-dry-run-col-persons"),
    ];
    let rows: Vec<Vec<String>> = plan.items.iter().map(item_row).collect();
    table(out, &header.each_ref().map(String::as_str), &rows)?;
    writeln!(out)?;
    let n = parsed.warnings.len();
    writeln!(out, "{}", t!(lang, "cli-dry-run-warnings", n = n))?;
    let unit = container.map_or("line", Container::unit);
    for w in &parsed.warnings {
        let line = t!(
            lang,
            "cli-dry-run-warning",
            at = w.line,
            unit = unit,
            message = one_line(&w.text(lang == LangArg::Zh))
        );
        writeln!(out, "  {line}")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", t!(lang, "cli-dry-run-done"))?;
    Ok(())
}

/// One row of the items table, each cell on one line and cut to its width.
fn item_row(item: &Item) -> Vec<String> {
    let offices = |role: Role| {
        item.offices
            .iter()
            .filter(|o| o.role == role)
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let cell = |s: &str, w: usize| truncate(&sanitize_line(s), w).into_owned();
    vec![
        item.number.to_string(),
        item.section.map_or_else(|| "-".into(), |n| n.to_string()),
        cell(&item.title, TITLE_COLUMNS),
        cell(&offices(Role::Lead), OFFICES_COLUMNS),
        cell(&offices(Role::Co), OFFICES_COLUMNS),
        item.measures.len().to_string(),
        cell(item.deadline.as_deref().unwrap_or(""), SHORT_COLUMNS),
        cell(&item.persons.join("、"), SHORT_COLUMNS),
    ]
}

fn one_line(s: &str) -> String {
    sanitize_line(s).into_owned()
}

/// The container's name in the interface language.
fn container_name(c: Container, lang: LangArg) -> String {
    crate::plan::formats::container_name(c, lang.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{OfficeRef, Plan, Section, Warning};
    use crate::text::width;

    fn office(name: &str, role: Role) -> OfficeRef {
        OfficeRef {
            name: name.into(),
            role,
            group: false,
        }
    }

    fn parsed() -> Parsed {
        let item = |number: u32, title: &str, offices: Vec<OfficeRef>, persons: &[&str]| Item {
            number,
            section: Some(1),
            title: title.into(),
            target: String::new(),
            measures: vec!["措施一。".into(), "措施二。".into()],
            offices,
            deadline: Some("6月底前".into()),
            persons: persons.iter().map(|p| p.to_string()).collect(),
            notes: Vec::new(),
            line: number as usize,
        };
        Parsed {
            plan: Plan {
                title: "某局2024年工作要点".into(),
                doc_number: Some("某发〔2024〕3号".into()),
                sections: vec![Section {
                    number: 1,
                    numeral: "一".into(),
                    title: "重点任务".into(),
                }],
                items: vec![
                    item(
                        3,
                        "推进县域高中发展",
                        vec![
                            office("基教处", Role::Lead),
                            office("财建处", Role::Lead),
                            office("规划处", Role::Co),
                        ],
                        &["张三", "李四"],
                    ),
                    item(
                        68,
                        "一个非常非常长的标题一直写下去直到超过表格给标题留下的宽度为止",
                        vec![office("办公室", Role::Lead)],
                        &[],
                    ),
                ],
                ..Plan::default()
            },
            warnings: vec![Warning::new(
                12,
                crate::plan::WarningKind::NoMeasures { number: 68 },
            )],
        }
    }

    fn printed(lang: LangArg) -> String {
        let mut out = Vec::new();
        print(
            &mut out,
            "plan.docx",
            Some(Container::Docx),
            &parsed(),
            DryRunFormat::Text,
            lang,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_items_table_shows_leads_co_offices_persons_and_deadlines() {
        let out = printed(LangArg::Zh);
        assert!(out.contains("格式：Word 文档（.docx）"), "{out}");
        assert!(out.contains("文号：某发〔2024〕3号"), "{out}");
        assert!(out.contains("日期：（无）"), "{out}");
        let header = out.lines().find(|l| l.starts_with("编号")).unwrap();
        let row = out.lines().find(|l| l.starts_with("3 ")).unwrap();
        let at = |line: &str, cell: &str| width(&line[..line.find(cell).unwrap()]);
        assert_eq!(at(row, "基教处、财建处"), at(header, "牵头处室"), "\n{out}");
        assert_eq!(at(row, "规划处"), at(header, "配合处室"), "\n{out}");
        assert_eq!(at(row, "6月底前"), at(header, "期限"), "\n{out}");
        assert_eq!(at(row, "张三、李四"), at(header, "负责领导"), "\n{out}");
        // Warnings speak the interface language.
        assert!(out.contains("第12段：第68项没有工作措施"), "{out}");
    }

    #[test]
    fn a_long_title_is_cut_to_its_column() {
        let out = printed(LangArg::En);
        let row = out.lines().find(|l| l.starts_with("68 ")).unwrap();
        let title = row
            .split("  ")
            .map(str::trim)
            .find(|c| c.starts_with("一个"))
            .unwrap();
        assert!(title.ends_with('…'), "{row}");
        assert!(width(title) <= TITLE_COLUMNS, "{row}");
        assert!(out.contains("block 12: item 68"), "{out}");
        assert!(out.contains("Format: Word (.docx)"), "{out}");
    }

    #[test]
    fn json_carries_the_whole_plan_and_positioned_warnings() {
        let mut out = Vec::new();
        print(
            &mut out,
            "plan.docx",
            Some(Container::Docx),
            &parsed(),
            DryRunFormat::Json,
            LangArg::Zh,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["container"], "Word (.docx)");
        assert_eq!(v["plan"]["items"][0]["persons"][1], "李四");
        assert_eq!(v["plan"]["items"][1]["number"], 68);
        assert_eq!(v["warnings"][0]["at"], 12);
        assert_eq!(v["warnings"][0]["unit"], "block");
        assert_eq!(v["warnings"][0]["message"], "item 68 has no measures");
        assert_eq!(v["warnings"][0]["message_zh"], "第68项没有工作措施");
    }
}
