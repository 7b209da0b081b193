//! `duban notice N --output FILE.docx`: the 督办通知单 sent to an item's lead
//! office — the item, where it comes from, what is asked, the deadline, the
//! reply-by date, and an empty reply section for the office to fill in.

use super::bulletin::xml_text;
use super::item_messages as said;
use super::loop_messages as loop_said;
use super::{Cli, UsageError, item_id, open_seeded, plan_id};
use crate::plan::Role;
use crate::store::ItemRecord;
use crate::text::sanitize;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// What the notice says, as label and value rows.
pub struct Notice {
    pub plan_title: String,
    pub number: u32,
    pub rows: Vec<(&'static str, String)>,
    pub date: String,
}

pub fn notice(
    cli: &Cli,
    number: u32,
    output: &Path,
    reply_by: Option<&str>,
    out: &mut impl Write,
) -> Result<()> {
    let lang = super::messages::lang_of(cli);
    if !output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
    {
        return Err(UsageError(said::notice_needs_docx(lang)).into());
    }
    let reply_by = match reply_by {
        Some(d) => Some(crate::plan::deadline::parse_iso(d).map_err(|e| {
            let reason = super::messages::date_error(&e, lang);
            UsageError(loop_said::bad_reply_by(&sanitize(d), &reason, lang))
        })?),
        None => None,
    };
    let store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    let item = store.item(item_id(&store, plan, number)?)?;
    let plan_title = store.plan(Some(plan))?.title;
    let supervisor = store.shown_name(store.actor())?;
    let notice = of_item(
        &item,
        &plan_title,
        reply_by.map(|d| d.to_string()),
        &supervisor,
        &store.today().to_string(),
    );
    super::out_file::write_in(lang, output, &docx(&notice)?)?;
    writeln!(out, "{}", said::notice_written(number, output, lang))?;
    Ok(())
}

/// The notice of `item`: reply by `reply_by`, else by the item's deadline.
pub fn of_item(
    item: &ItemRecord,
    plan_title: &str,
    reply_by: Option<String>,
    supervisor: &str,
    today: &str,
) -> Notice {
    let names = |role: Role| {
        item.offices
            .iter()
            .filter(|o| o.role == role)
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let deadline = match (&item.deadline, &item.due) {
        (Some(text), Some(due)) if text != due => format!("{text}（{due}）"),
        (Some(text), _) => text.clone(),
        (None, Some(due)) => due.clone(),
        (None, None) => String::new(),
    };
    let requirement = item
        .requirement
        .clone()
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| item.target.clone());
    Notice {
        plan_title: plan_title.to_string(),
        number: item.number,
        date: today.to_string(),
        rows: vec![
            ("督办事项", item.title.clone()),
            ("牵头处室", names(Role::Lead)),
            ("配合处室", names(Role::Co)),
            (
                "督办来源",
                item.source
                    .map(|s| s.label_zh().to_string())
                    .unwrap_or_else(|| plan_title.to_string()),
            ),
            ("来源依据", item.source_ref.clone().unwrap_or_default()),
            (
                "督办等级",
                item.level
                    .map(|l| l.label_zh().to_string())
                    .unwrap_or_default(),
            ),
            ("办理要求", requirement),
            ("完成时限", deadline),
            (
                "回复期限",
                reply_by.or_else(|| item.due.clone()).unwrap_or_default(),
            ),
            ("督办人", supervisor.to_string()),
        ],
    }
}

/// The notice as a Word document: heading, the rows as a two-column table, then
/// the reply section with empty cells.
pub fn docx(n: &Notice) -> Result<Vec<u8>> {
    use docx_rs::{
        AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableRow, WidthType,
    };
    let cell = |text: &str, bold: bool| {
        let mut run = Run::new().add_text(xml_text(text)).size(24);
        if bold {
            run = run.bold();
        }
        TableCell::new().add_paragraph(Paragraph::new().add_run(run))
    };
    let row = |label: &str, value: &str| {
        TableRow::new(vec![
            cell(label, true).width(2000, WidthType::Dxa),
            cell(value, false).width(7000, WidthType::Dxa),
        ])
    };
    let rows: Vec<TableRow> = n.rows.iter().map(|(l, v)| row(l, v)).collect();
    // Room to write by hand: a tall empty cell for what was done.
    let tall = TableCell::new()
        .add_paragraph(Paragraph::new())
        .add_paragraph(Paragraph::new())
        .add_paragraph(Paragraph::new())
        .add_paragraph(Paragraph::new())
        .width(7000, WidthType::Dxa);
    let reply = vec![
        TableRow::new(vec![
            cell("办理情况", true).width(2000, WidthType::Dxa),
            tall,
        ]),
        row("承办人", ""),
        row("处室负责人", ""),
        row("回复日期", ""),
    ];
    let heading = |text: &str| Paragraph::new().add_run(Run::new().add_text(text).bold().size(28));
    let doc =
        Docx::new()
            .default_fonts(RunFonts::new().east_asia("宋体").ascii("Times New Roman"))
            .add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(Run::new().add_text("督办通知单").bold().size(44)),
            )
            .add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(
                Run::new().add_text(xml_text(&format!(
                    "{} 第{}项    {}",
                    n.plan_title, n.number, n.date
                ))),
            ))
            .add_table(Table::new(rows).width(9000, WidthType::Dxa))
            .add_paragraph(heading("办理情况回复"))
            .add_paragraph(
                Paragraph::new().add_run(Run::new().add_text("请于回复期限前填写本栏并报督查室。")),
            )
            .add_table(Table::new(reply).width(9000, WidthType::Dxa));
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .context("cannot build the Word document")?;
    Ok(bytes.into_inner())
}
