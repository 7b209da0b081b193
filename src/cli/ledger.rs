//! `duban export --format xlsx`: the ledger (台账), one row per item, as an
//! Excel workbook.

use super::messages::lang_of;
use super::{Cli, UsageError, open_seeded, render};
use crate::plan::Role;
use crate::plan::deadline::Light;
use crate::store::{ItemFilter, Store};
use anyhow::Result;
use rust_xlsxwriter::{Format, FormatAlign, Workbook};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// The ledger's columns, in order.
pub const HEADERS: [&str; COLUMNS] = [
    "序号",
    "所属部分",
    "工作事项",
    "牵头处室",
    "配合处室",
    "状态",
    "完成时限",
    "时限状态",
    "措施完成",
    "指标",
    "最近报送",
    "报送时间",
    "督办",
    "督办时间",
    "办结说明",
    "最新批注",
];

const COLUMNS: usize = 16;

/// Where the deadline is, for its date cell.
const DEADLINE: usize = 6;

/// Excel's most characters (UTF-16 units) in one cell.
const MAX_CELL: usize = 32_767;

/// What ends a cell cut at Excel's limit.
const CUT_MARK: &str = "……（超出 Excel 单元格 32767 字上限，以下从略）";

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
    let (bytes, cut) = ledger(&store, plan.id)?;
    let lang = lang_of(cli);
    for (number, column) in cut {
        say_err!(
            "duban: {}{}",
            super::messages::warning_prefix(lang),
            super::messages::pick(
                lang,
                format!("第{number}项的“{column}”超过 Excel 单元格 32767 字的上限，已截断并注明"),
                format!(
                    "item {number}: its {column} is longer than Excel's 32,767 characters a cell; cut, with a mark saying so"
                ),
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
pub fn rows(store: &Store, plan: crate::store::PlanId) -> Result<Vec<[String; COLUMNS]>> {
    let sections: HashMap<u32, String> = store
        .sections(plan)?
        .into_iter()
        .map(|s| (s.number, format!("{}、{}", s.numeral, s.title)))
        .collect();
    let items = store.items(plan, &ItemFilter::default())?;
    let latest = store.latest_reports(plan)?;
    let mut urges: HashMap<u32, crate::store::UrgeRecord> = HashMap::new();
    for u in store.open_urges(plan)? {
        urges.entry(u.number).or_insert(u);
    }
    let local = super::standup::local_time;
    items
        .iter()
        .map(|i| {
            // A done item says whether its close-out waits for 销号 or has it.
            let closeout = match i.status {
                crate::plan::Status::Done => store.closeout(i.id)?,
                _ => None,
            };
            let status = match &closeout {
                Some(c) if c.confirmed_at.is_some() => "已完成（已销号）".to_string(),
                Some(c) if c.needs_confirmation => "已完成（待销号）".to_string(),
                _ => render::status_label(i.status, super::LangArg::Zh).to_string(),
            };
            let co: Vec<&str> = i
                .offices
                .iter()
                .filter(|o| o.role == Role::Co)
                .map(|o| o.name.as_str())
                .collect();
            let light = match i.light {
                Some(Light::Overdue) => "逾期",
                Some(Light::DueSoon) => "临期",
                Some(Light::OnTrack) => "正常",
                None if i.status == crate::plan::Status::Done => "已完成",
                None => "",
            };
            let indicators = i
                .indicators
                .iter()
                .map(|x| match x.actual {
                    Some(a) => format!("{}：{a}/{}{}", x.text, x.target, x.unit),
                    None => x.text.clone(),
                })
                .collect::<Vec<_>>()
                .join("；");
            let report = latest.get(&i.id);
            let urge = urges.get(&i.number);
            Ok([
                i.number.to_string(),
                i.section
                    .and_then(|s| sections.get(&s).cloned())
                    .unwrap_or_default(),
                i.title.clone(),
                i.lead_office().unwrap_or("").to_string(),
                co.join("、"),
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

/// A cell cut at Excel's limit: the item's number and the column.
pub type CutCell = (String, &'static str);

/// `text` within Excel's limit for a cell: cut, with a mark, when longer.
fn within_cell(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    if text.encode_utf16().count() <= MAX_CELL {
        return (text.into(), false);
    }
    let room = MAX_CELL - CUT_MARK.encode_utf16().count();
    let mut used = 0;
    let end = text
        .char_indices()
        .find(|(_, c)| {
            used += c.len_utf16();
            used > room
        })
        .map_or(text.len(), |(at, _)| at);
    (format!("{}{CUT_MARK}", &text[..end]).into(), true)
}

/// The ledger as .xlsx bytes: a bold frozen header, an autofilter, column widths
/// that fit their (Chinese) text up to `MAX_WIDTH`, deadlines as date cells, set to
/// print on A4 landscape with the header on every page. With it, the cells cut at
/// Excel's limit: (item number, column).
pub fn ledger(store: &Store, plan: crate::store::PlanId) -> Result<(Vec<u8>, Vec<CutCell>)> {
    let rows = rows(store, plan)?;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("台账")?;
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
    let mut widths: Vec<usize> = HEADERS.iter().map(|h| crate::text::width(h)).collect();
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &head)?;
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
            let (text, was_cut) = within_cell(&text);
            if was_cut {
                cut.push((row[0].clone(), HEADERS[c]));
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
    sheet.autofilter(0, 0, rows.len() as u32, HEADERS.len() as u16 - 1)?;
    Ok((book.save_to_buffer()?, cut))
}
