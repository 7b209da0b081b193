//! `duban export --format xlsx`: the ledger (台账), one row per item, as an
//! Excel workbook.

use super::messages::lang_of;
use super::{Cli, LangArg, UsageError, open_seeded, render};
use crate::plan::Role;
use crate::plan::deadline::Light;
use crate::store::{ItemFilter, Store};
use anyhow::Result;
use rust_xlsxwriter::{Format, FormatAlign, Workbook};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// The ledger's column headers, in order, in `lang`.
pub fn headers(lang: LangArg) -> [String; COLUMNS] {
    [
        crate::t!(lang, "export-ledger-number"),
        crate::t!(lang, "export-ledger-section"),
        crate::t!(lang, "export-ledger-item"),
        crate::t!(lang, "export-ledger-lead"),
        crate::t!(lang, "export-ledger-co"),
        crate::t!(lang, "export-ledger-status"),
        crate::t!(lang, "export-ledger-deadline"),
        crate::t!(lang, "export-ledger-light"),
        crate::t!(lang, "export-ledger-measures"),
        crate::t!(lang, "export-ledger-indicators"),
        crate::t!(lang, "export-ledger-report"),
        crate::t!(lang, "export-ledger-report-at"),
        crate::t!(lang, "export-ledger-urge"),
        crate::t!(lang, "export-ledger-urge-at"),
        crate::t!(lang, "export-ledger-closeout"),
        crate::t!(lang, "export-ledger-note"),
    ]
}

const COLUMNS: usize = 16;

/// Where the deadline is, for its date cell.
const DEADLINE: usize = 6;

/// Excel's most characters (UTF-16 units) in one cell.
const MAX_CELL: usize = 32_767;

/// No column grows wider than this many characters; longer text wraps.
const MAX_WIDTH: usize = 60;

pub fn export_xlsx(cli: &Cli, output: Option<&Path>, out: &mut impl Write) -> Result<()> {
    let Some(output) = output else {
        return Err(UsageError(super::loop_messages::needs_output("xlsx", lang_of(cli))).into());
    };
    let store = open_seeded(cli)?;
    let plan = store
        .plan(cli.plan)
        .map_err(|e| super::plan_error(&store, e))?;
    let lang = lang_of(cli);
    let (bytes, cut) = ledger(&store, plan.id, lang)?;
    for (number, column) in cut {
        say_err!(
            "duban: {}",
            crate::t!(
                lang,
                "export-ledger-cell-cut",
                number = number,
                column = column,
                limit = MAX_CELL
            )
        );
    }
    super::out_file::write_in(lang, output, &bytes)?;
    let name = crate::text::sanitize(&output.display().to_string()).into_owned();
    writeln!(
        out,
        "{}",
        super::loop_messages::written(&name, lang_of(cli))
    )?;
    Ok(())
}

/// The ledger's rows, as text, in item order.
pub fn rows(
    store: &Store,
    plan: crate::store::PlanId,
    lang: LangArg,
) -> Result<Vec<[String; COLUMNS]>> {
    let sections: HashMap<u32, String> = store
        .sections(plan)?
        .into_iter()
        .map(|s| {
            let heading = crate::t!(
                lang,
                "export-ledger-section-heading",
                numeral = s.numeral,
                title = s.title
            );
            (s.number, heading)
        })
        .collect();
    let items = store.items(plan, &ItemFilter::default())?;
    let latest = store.latest_reports(plan)?;
    let mut urges: HashMap<u32, crate::store::UrgeRecord> = HashMap::new();
    for u in store.open_urges(plan)? {
        urges.entry(u.number).or_insert(u);
    }
    let local = super::standup::local_time;
    // Every label a row may hold, looked up once.
    let confirmed = crate::t!(lang, "export-ledger-status-confirmed");
    let awaiting = crate::t!(lang, "export-ledger-status-awaiting");
    let overdue = crate::t!(lang, "export-ledger-light-overdue");
    let due_soon = crate::t!(lang, "export-ledger-light-due-soon");
    let on_track = crate::t!(lang, "export-ledger-light-on-track");
    let done = crate::t!(lang, "export-ledger-light-done");
    let separator = render::list_separator(lang);
    let indicator_separator = crate::t!(lang, "export-ledger-indicator-separator");
    items
        .iter()
        .map(|i| {
            // A done item says whether its close-out waits for 销号 or has it.
            let closeout = match i.status {
                crate::plan::Status::Done => store.closeout(i.id)?,
                _ => None,
            };
            let status = match &closeout {
                Some(c) if c.confirmed_at.is_some() => confirmed.clone(),
                Some(c) if c.needs_confirmation => awaiting.clone(),
                _ => render::status_label(i.status, lang).to_string(),
            };
            let co: Vec<&str> = i
                .offices
                .iter()
                .filter(|o| o.role == Role::Co)
                .map(|o| o.name.as_str())
                .collect();
            let light = match i.light {
                Some(Light::Overdue) => overdue.as_str(),
                Some(Light::DueSoon) => due_soon.as_str(),
                Some(Light::OnTrack) => on_track.as_str(),
                None if i.status == crate::plan::Status::Done => done.as_str(),
                None => "",
            };
            let indicators = i
                .indicators
                .iter()
                .map(|x| match x.actual {
                    Some(a) => crate::t!(
                        lang,
                        "export-ledger-indicator",
                        indicator = x.text.clone(),
                        actual = a.to_string(),
                        target = x.target.to_string(),
                        unit = x.unit.clone()
                    ),
                    None => x.text.clone(),
                })
                .collect::<Vec<_>>()
                .join(&indicator_separator);
            let report = latest.get(&i.id);
            let urge = urges.get(&i.number);
            Ok([
                i.number.to_string(),
                i.section
                    .and_then(|s| sections.get(&s).cloned())
                    .unwrap_or_default(),
                i.title.clone(),
                i.lead_office().unwrap_or("").to_string(),
                co.join(&separator),
                status,
                i.due.clone().unwrap_or_default(),
                light.to_string(),
                format!(
                    "{}/{}",
                    i.measures.iter().filter(|m| m.done).count(),
                    i.measures.len()
                ),
                indicators,
                report.map(|r| r.text.clone()).unwrap_or_default(),
                report.map(|r| local(&r.at)).unwrap_or_default(),
                urge.map(|u| u.text.clone()).unwrap_or_default(),
                urge.map(|u| local(&u.at)).unwrap_or_default(),
                closeout.map(|c| c.statement).unwrap_or_default(),
                i.notes.last().map(|n| n.text.clone()).unwrap_or_default(),
            ])
        })
        .collect()
}

/// A cell cut at Excel's limit: the item's number and the column's header.
pub type CutCell = (String, String);

/// `text` within Excel's limit for a cell: cut, ending with `cut_mark`, when longer.
fn within_cell<'a>(text: &'a str, cut_mark: &str) -> (std::borrow::Cow<'a, str>, bool) {
    if text.encode_utf16().count() <= MAX_CELL {
        return (text.into(), false);
    }
    let room = MAX_CELL - cut_mark.encode_utf16().count();
    let mut used = 0;
    let end = text
        .char_indices()
        .find(|(_, c)| {
            used += c.len_utf16();
            used > room
        })
        .map_or(text.len(), |(at, _)| at);
    (format!("{}{cut_mark}", &text[..end]).into(), true)
}

/// The ledger as .xlsx bytes: a bold frozen header, an autofilter, column widths
/// that fit their (Chinese) text up to `MAX_WIDTH`, deadlines as date cells, set to
/// print on A4 landscape with the header on every page. With it, the cells cut at
/// Excel's limit: (item number, column).
pub fn ledger(
    store: &Store,
    plan: crate::store::PlanId,
    lang: LangArg,
) -> Result<(Vec<u8>, Vec<CutCell>)> {
    let rows = rows(store, plan, lang)?;
    let headers = headers(lang);
    let cut_mark = crate::t!(lang, "export-ledger-cut-mark", limit = MAX_CELL);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(crate::t!(lang, "export-ledger-sheet"))?;
    // A4 (paper size 9), landscape, one page wide, the header row on every page.
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    let date = Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_align(FormatAlign::Top);
    let mut cut = Vec::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(0xD9E1F2)
        .set_align(FormatAlign::Center);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    // Text a spreadsheet would take for a formula once the cell is edited is
    // marked as text (Excel's quote prefix), as typing a leading ' would.
    let quoted = wrap.clone().set_quote_prefix();
    let mut widths: Vec<usize> = headers.iter().map(|h| crate::text::width(h)).collect();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &head)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, text) in row.iter().enumerate() {
            widths[c] = widths[c].max(crate::text::width(text));
            if c == 0
                && let Ok(n) = text.parse::<f64>()
            {
                sheet.write_number(r, 0, n)?;
                continue;
            }
            if c == DEADLINE
                && let Ok(d) = text.parse::<jiff::civil::Date>()
                && let Ok(cell) = rust_xlsxwriter::ExcelDateTime::from_ymd(
                    d.year() as u16,
                    d.month() as u8,
                    d.day() as u8,
                )
            {
                sheet.write_datetime_with_format(r, c as u16, &cell, &date)?;
                continue;
            }
            let text = crate::text::sanitize(text);
            let (text, was_cut) = within_cell(&text, &cut_mark);
            if was_cut {
                cut.push((row[0].clone(), headers[c].clone()));
            }
            let format = if text.starts_with(['=', '+', '-', '@']) {
                &quoted
            } else {
                &wrap
            };
            sheet.write_string_with_format(r, c as u16, text.as_ref(), format)?;
        }
    }
    for (c, w) in widths.iter().enumerate() {
        // Excel's width unit is about one Latin character; a CJK one takes two,
        // which is what display width counts.
        sheet.set_column_width(c as u16, (*w).min(MAX_WIDTH) as f64 + 2.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, COLUMNS as u16 - 1)?;
    Ok((book.save_to_buffer()?, cut))
}
