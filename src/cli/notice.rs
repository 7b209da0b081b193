//! `duban notice N --output FILE.docx`: the 督办通知单 sent to an item's lead
//! office — the item, where it comes from, what is asked, the deadline, the
//! reply-by date, and an empty reply section for the office to fill in.

use super::bulletin::formal_date;
use super::bulletin::xml_text;
use super::item_messages as said;
use super::loop_messages as loop_said;
use super::{Cli, LangArg, UsageError, item_id, open_seeded, plan_id, render};
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
    pub rows: Vec<(String, String)>,
    pub date: String,
    /// The language of its labels and sentences.
    pub lang: LangArg,
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
        lang,
    );
    super::out_file::write_in(lang, output, &docx(&notice)?)?;
    writeln!(out, "{}", said::notice_written(number, output, lang))?;
    Ok(())
}

/// The notice of `item`: reply by `reply_by`, else by the item's deadline. Dates
/// are written as a formal document writes them (`2020年6月30日`).
pub fn of_item(
    item: &ItemRecord,
    plan_title: &str,
    reply_by: Option<String>,
    supervisor: &str,
    today: &str,
    lang: LangArg,
) -> Notice {
    let names = |role: Role| {
        item.offices
            .iter()
            .filter(|o| o.role == role)
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
            .join(&render::list_separator(lang))
    };
    let date = |d: &str| formal_date(d, lang);
    let deadline = match (&item.deadline, &item.due) {
        (Some(text), Some(due)) if text != due => crate::t!(
            lang,
            "export-notice-deadline-as-written",
            text = text.clone(),
            date = date(due)
        ),
        (Some(text), _) => date(text),
        (None, Some(due)) => date(due),
        (None, None) => String::new(),
    };
    let requirement = item
        .requirement
        .clone()
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| item.target.clone());
    let en = lang == LangArg::En;
    let reply_by = reply_by.or_else(|| item.due.clone()).unwrap_or_default();
    Notice {
        plan_title: plan_title.to_string(),
        number: item.number,
        date: date(today),
        lang,
        rows: vec![
            (crate::t!(lang, "export-notice-item"), item.title.clone()),
            (crate::t!(lang, "export-notice-lead"), names(Role::Lead)),
            (crate::t!(lang, "export-notice-co"), names(Role::Co)),
            (
                crate::t!(lang, "export-notice-source"),
                item.source
                    .map(|s| s.label(en).to_string())
                    .unwrap_or_else(|| plan_title.to_string()),
            ),
            (
                crate::t!(lang, "export-notice-reference"),
                item.source_ref.clone().unwrap_or_default(),
            ),
            (
                crate::t!(lang, "export-notice-level"),
                item.level
                    .map(|l| l.label(en).to_string())
                    .unwrap_or_default(),
            ),
            (crate::t!(lang, "export-notice-requirement"), requirement),
            (crate::t!(lang, "export-notice-deadline"), deadline),
            (crate::t!(lang, "export-notice-reply-by"), date(&reply_by)),
            (
                crate::t!(lang, "export-notice-supervisor"),
                supervisor.to_string(),
            ),
        ],
    }
}

/// The notice as a Word document: heading, the rows as a two-column table, then
/// the reply section with empty cells.
pub fn docx(n: &Notice) -> Result<Vec<u8>> {
    use super::docx_fonts::{LATIN, PLAIN};
    use docx_rs::{
        AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableRow, WidthType,
    };
    let lang = n.lang;
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
            cell(&crate::t!(lang, "export-notice-done"), true).width(2000, WidthType::Dxa),
            tall,
        ]),
        row(&crate::t!(lang, "export-notice-handler"), ""),
        row(&crate::t!(lang, "export-notice-head"), ""),
        row(&crate::t!(lang, "export-notice-reply-date"), ""),
    ];
    let heading =
        |text: String| Paragraph::new().add_run(Run::new().add_text(text).bold().size(28));
    let subtitle = crate::t!(
        lang,
        "export-notice-subtitle",
        plan = n.plan_title.clone(),
        number = n.number,
        date = n.date.clone()
    );
    let doc = Docx::new()
        .default_fonts(RunFonts::new().east_asia(PLAIN).ascii(LATIN))
        .add_paragraph(
            Paragraph::new().align(AlignmentType::Center).add_run(
                Run::new()
                    .add_text(crate::t!(lang, "export-notice-title"))
                    .bold()
                    .size(44),
            ),
        )
        .add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(xml_text(&subtitle))),
        )
        .add_table(Table::new(rows).width(9000, WidthType::Dxa))
        .add_paragraph(heading(crate::t!(lang, "export-notice-reply-heading")))
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(crate::t!(lang, "export-notice-reply-ask"))),
        )
        .add_table(Table::new(reply).width(9000, WidthType::Dxa));
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .context("cannot build the Word document")?;
    Ok(bytes.into_inner())
}
