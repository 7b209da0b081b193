//! `duban bulletin`: the 督办通报 of a period as text, Markdown, JSON or a Word
//! document.

use super::{Cli, LangArg, UsageError, open_seeded, plan_id, render};
use crate::plan::cycle::Period;
use crate::store::{Bulletin, BulletinOffice};
use crate::text::sanitize;
use anyhow::{Context, Result};
use clap::ValueEnum;
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BulletinFormat {
    Text,
    Md,
    Json,
    /// A Word document (.docx); needs --output
    Docx,
}

pub fn bulletin(
    cli: &Cli,
    period: Option<&str>,
    format: BulletinFormat,
    output: Option<&Path>,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    if format == BulletinFormat::Docx && output.is_none() {
        return Err(UsageError(super::loop_messages::needs_output("docx", lang)).into());
    }
    let store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    let period = match period {
        Some(text) => {
            let cycle = store.cycle(plan)?;
            Some(Period::parse(text).ok_or_else(|| {
                UsageError(super::loop_messages::bad_period(
                    &sanitize(text),
                    &cycle.period_of(store.today()).to_string(),
                    lang,
                ))
            })?)
        }
        None => None,
    };
    let b = store.bulletin(plan, period)?;
    let title = store.plan(Some(plan))?.title;
    let today = store.today().to_string();
    let mut bytes = Vec::new();
    match format {
        BulletinFormat::Json => render::json(&mut bytes, &b)?,
        BulletinFormat::Text => write_text(&mut bytes, &b, &title, &today, lang, false)?,
        BulletinFormat::Md => write_text(&mut bytes, &b, &title, &today, lang, true)?,
        BulletinFormat::Docx => bytes = docx(&b, &title, &today)?,
    }
    match output {
        Some(path) => {
            super::out_file::write_in(lang, path, &bytes)?;
            let name = sanitize(&path.display().to_string()).into_owned();
            writeln!(out, "{}", super::loop_messages::written(&name, lang))?;
        }
        None => out.write_all(&bytes)?,
    }
    Ok(())
}

fn period_label(b: &Bulletin) -> String {
    Period::parse(&b.period)
        .map(Period::label_zh)
        .unwrap_or_else(|| b.period.clone())
}

/// The overall paragraph, in Chinese as the bulletin is read.
fn overall_zh(b: &Bulletin) -> String {
    let o = &b.overall;
    format!(
        "截至{}，共有工作事项{}项，已完成{}项（已销号{}项），完成率{:.1}%；逾期{}项，受阻{}项；本期进展报送{}项，督办待回复{}项。",
        period_label(b),
        o.items,
        o.done,
        o.confirmed,
        o.completion_rate,
        o.overdue,
        o.blocked,
        standing(b).text(true),
        o.urges_open
    )
}

/// The period's reports as the one rule counts them: missing only past the due day.
fn standing(b: &Bulletin) -> crate::plan::cycle::ReportStanding {
    let o = &b.overall;
    crate::plan::cycle::ReportStanding::of(
        o.reports_due,
        o.reports_made,
        o.reports_missing,
        b.past_due,
    )
}

fn overall_en(b: &Bulletin) -> String {
    let o = &b.overall;
    format!(
        "Period {}: {} items, {} done ({} confirmed), {:.1}% complete; {} overdue, {} blocked; \
         {} this period, {} urges open.",
        b.period,
        o.items,
        o.done,
        o.confirmed,
        o.completion_rate,
        o.overdue,
        o.blocked,
        standing(b).text(false),
        o.urges_open
    )
}

const OFFICE_HEAD_ZH: [&str; 10] = [
    "牵头处室",
    "牵头",
    "未启动",
    "推进中",
    "受阻",
    "已完成",
    "已销号",
    "逾期",
    "未报",
    "待回复",
];
const OFFICE_HEAD_EN: [&str; 10] = [
    "Office",
    "Led",
    "Todo",
    "Doing",
    "Blocked",
    "Done",
    "Confirmed",
    "Overdue",
    "Missing",
    "Urges",
];

/// The office table's head: its reports column is 未报 past the due day, 已报
/// (made of due) before it, by the one rule of `ReportStanding`.
fn office_head(zh: bool, past_due: bool) -> [&'static str; 10] {
    let mut head = if zh { OFFICE_HEAD_ZH } else { OFFICE_HEAD_EN };
    if !past_due {
        head[8] = if zh { "已报" } else { "Made" };
    }
    head
}

fn office_cells(o: &BulletinOffice, past_due: bool) -> [String; 10] {
    let reports = match crate::plan::cycle::ReportStanding::of(
        o.reports_due,
        o.reports_made,
        o.reports_missing,
        past_due,
    ) {
        crate::plan::cycle::ReportStanding::SoFar { made, due } => format!("{made}/{due}"),
        crate::plan::cycle::ReportStanding::Missing { missing, .. } => missing.to_string(),
    };
    [
        o.office.clone(),
        o.led.to_string(),
        o.todo.to_string(),
        o.doing.to_string(),
        o.blocked.to_string(),
        o.done.to_string(),
        o.confirmed.to_string(),
        o.overdue.to_string(),
        reports,
        o.urges_open.to_string(),
    ]
}

fn why_zh(why: &[&str]) -> String {
    why.iter()
        .map(|w| match *w {
            "overdue" => "逾期",
            "blocked" => "受阻",
            "no_report" => "连续两期未报",
            other => other,
        })
        .collect::<Vec<_>>()
        .join("、")
}

fn write_text(
    out: &mut impl Write,
    b: &Bulletin,
    title: &str,
    today: &str,
    lang: LangArg,
    md: bool,
) -> Result<()> {
    let zh = lang == LangArg::Zh;
    let t = |a: &'static str, e: &'static str| if zh { a } else { e };
    let h = |level: usize| {
        if md {
            format!("{} ", "#".repeat(level))
        } else {
            String::new()
        }
    };
    // Text from the file, as this document holds it (escaped for Markdown).
    let esc = |s: &str| -> String { crate::text::in_document(s, md) };
    writeln!(out, "{}{}", h(1), t("督办通报", "Supervision bulletin"))?;
    writeln!(out)?;
    writeln!(out, "{}", esc(title))?;
    if zh {
        writeln!(
            out,
            "周期：{}（{}）  日期：{today}",
            b.period,
            period_label(b)
        )?;
    } else {
        writeln!(out, "Period: {}  Date: {today}", b.period)?;
    }
    // Chinese punctuation in Chinese, ASCII in English.
    let (open, sep, close, colon, comma) = if zh {
        ("（", "；", "）", "：", "，")
    } else {
        (" (", "; ", ")", ": ", ", ")
    };
    writeln!(out)?;
    writeln!(out, "{}", if zh { overall_zh(b) } else { overall_en(b) })?;
    writeln!(out)?;
    writeln!(out, "{}{}", h(2), t("各处室情况", "Offices"))?;
    writeln!(out)?;
    let head = office_head(zh, b.past_due);
    let rows: Vec<Vec<String>> = b
        .offices
        .iter()
        .map(|o| {
            office_cells(o, b.past_due)
                .iter()
                .map(|c| sanitize(c).into_owned())
                .collect()
        })
        .collect();
    table(out, &head, &rows, md)?;
    writeln!(out)?;
    writeln!(out, "{}{}", h(2), t("滞后事项", "Lagging items"))?;
    writeln!(out)?;
    if b.lagging.is_empty() {
        writeln!(out, "{}", t("无。", "None."))?;
    }
    // "(lead; why), latest report: …": English needs a separator after the
    // parenthesis, Chinese reads on after （…）.
    let after = if zh { "" } else { ", " };
    for l in &b.lagging {
        let why = if zh { why_zh(&l.why) } else { l.why.join(", ") };
        let report = match &l.latest_report {
            Some(r) => format!("{} {}", r.period, esc(&r.text)),
            None => t("无报送", "no report").to_string(),
        };
        writeln!(
            out,
            "{}{}. {}{open}{}{sep}{}{close}{after}{}{colon}{report}",
            if md { "- " } else { "  " },
            l.number,
            esc(&l.title),
            esc(l.lead.as_deref().unwrap_or("")),
            why,
            t("最近报送", "latest report"),
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}{}", h(2), t("督办事项", "Urges"))?;
    writeln!(out)?;
    if b.urges.is_empty() {
        writeln!(out, "{}", t("无。", "None."))?;
    }
    for u in &b.urges {
        let state = if u.answered {
            t("已回复", "answered")
        } else {
            t("待回复", "open")
        };
        let by = u
            .reply_by
            .as_deref()
            .map(|d| format!("{comma}{} {d}", t("回复期限", "reply by")))
            .unwrap_or_default();
        writeln!(
            out,
            "{}{}. {}{open}{}{by}{comma}{state}{close}{colon}{}",
            if md { "- " } else { "  " },
            u.number,
            esc(u.lead.as_deref().unwrap_or("")),
            esc(&u.by),
            esc(&u.text)
        )?;
    }
    Ok(())
}

fn table(out: &mut impl Write, head: &[&str], rows: &[Vec<String>], md: bool) -> Result<()> {
    if md {
        writeln!(out, "| {} |", head.join(" | "))?;
        writeln!(out, "|{}", "---|".repeat(head.len()))?;
        for r in rows {
            let cells: Vec<_> = r.iter().map(|c| crate::text::md_escape(c)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
        return Ok(());
    }
    let mut widths: Vec<usize> = head.iter().map(|h| crate::text::width(h)).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(crate::text::width(c));
        }
    }
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - crate::text::width(c))))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(head.to_vec()))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

/// Text as a Word document may hold it: sanitized (a control character would
/// make the XML ill-formed, and Word then refuses the whole document), without
/// the two noncharacters XML forbids.
pub(super) fn xml_text(text: &str) -> String {
    sanitize(text)
        .chars()
        .filter(|c| !matches!(c, '\u{fffe}' | '\u{ffff}'))
        .collect()
}

/// The bulletin as a Word document: title, period and date, the overall
/// paragraph, the office table and the lagging items as Word tables.
pub fn docx(b: &Bulletin, title: &str, today: &str) -> Result<Vec<u8>> {
    use super::docx_fonts::{BODY, HEADING, TITLE};
    use docx_rs::{
        AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableRow, WidthType,
    };
    let fonts = |east_asia: &str| {
        RunFonts::new()
            .east_asia(east_asia)
            .ascii("Times New Roman")
            .hi_ansi("Times New Roman")
    };
    let para = |text: &str| Paragraph::new().add_run(Run::new().add_text(xml_text(text)));
    let cell = |text: &str, bold: bool| {
        let mut run = Run::new().add_text(xml_text(text)).size(21);
        if bold {
            run = run.bold();
        }
        TableCell::new().add_paragraph(Paragraph::new().add_run(run))
    };
    let row =
        |cells: &[String], bold: bool| TableRow::new(cells.iter().map(|c| cell(c, bold)).collect());
    let head_row = |head: &[&str]| {
        row(
            &head.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            true,
        )
    };
    let mut offices = vec![head_row(&office_head(true, b.past_due))];
    offices.extend(
        b.offices
            .iter()
            .map(|o| row(&office_cells(o, b.past_due), false)),
    );
    let mut lagging = vec![head_row(&["序号", "事项", "牵头处室", "原因", "最近报送"])];
    lagging.extend(b.lagging.iter().map(|l| {
        row(
            &[
                l.number.to_string(),
                l.title.clone(),
                l.lead.clone().unwrap_or_default(),
                why_zh(&l.why),
                l.latest_report
                    .as_ref()
                    .map(|r| format!("{}：{}", r.period, r.text))
                    .unwrap_or_else(|| "无报送".into()),
            ],
            false,
        )
    }));
    let heading = |text: &str| {
        Paragraph::new().add_run(Run::new().add_text(text).size(32).fonts(fonts(HEADING)))
    };
    let mut doc = Docx::new()
        .default_fonts(fonts(BODY))
        .add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text("督办通报").size(44).fonts(fonts(TITLE))),
        )
        .add_paragraph(para(title).align(AlignmentType::Center))
        .add_paragraph(
            para(&format!(
                "周期：{}（{}）    日期：{today}",
                b.period,
                period_label(b)
            ))
            .align(AlignmentType::Center),
        )
        .add_paragraph(heading("一、总体情况"))
        .add_paragraph(para(&overall_zh(b)))
        .add_paragraph(heading("二、各处室情况"))
        .add_table(Table::new(offices).width(9000, WidthType::Dxa))
        .add_paragraph(heading("三、滞后事项"));
    doc = if b.lagging.is_empty() {
        doc.add_paragraph(para("无。"))
    } else {
        doc.add_table(Table::new(lagging).width(9000, WidthType::Dxa))
    };
    doc = doc.add_paragraph(heading("四、督办事项"));
    if b.urges.is_empty() {
        doc = doc.add_paragraph(para("无。"));
    }
    for u in &b.urges {
        let state = if u.answered { "已回复" } else { "待回复" };
        doc = doc.add_paragraph(para(&format!(
            "{}. {}（{}，{state}）：{}",
            u.number,
            u.lead.as_deref().unwrap_or(""),
            u.by,
            u.text
        )));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .context("cannot build the Word document")?;
    super::docx_fonts::with_font_table(&bytes.into_inner())
}
