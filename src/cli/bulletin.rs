//! `duban bulletin`: the 督办通报 of a period as text, Markdown, JSON or a Word
//! document.

use super::{Cli, LangArg, UsageError, open_seeded, plan_id, render};
use crate::plan::Status;
use crate::plan::cycle::{Period, ReportStanding};
use crate::store::{Bulletin, BulletinOffice, BulletinUrge, LaggingItem};
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
        BulletinFormat::Docx => bytes = docx(&b, &title, &today, lang)?,
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

/// The period in words: `2020年第二季度` / `Q2 2020`.
pub(super) fn period_words(period: Period, lang: LangArg) -> String {
    period.label(lang.into())
}

fn period_label(b: &Bulletin, lang: LangArg) -> String {
    Period::parse(&b.period)
        .map(|p| period_words(p, lang))
        .unwrap_or_else(|| b.period.clone())
}

/// A date as a formal document writes it: `2020年6月15日` / `15 June 2020`; text
/// that is not a date stays as it is.
pub(super) fn formal_date(date: &str, lang: LangArg) -> String {
    match date.parse::<jiff::civil::Date>() {
        Ok(d) => crate::t!(
            lang,
            "export-formal-date",
            year = d.year(),
            month = d.month(),
            day = d.day()
        ),
        Err(_) => date.to_string(),
    }
}

/// The period's reports as the one rule counts them: missing only past the due day.
fn standing(b: &Bulletin) -> ReportStanding {
    let o = &b.overall;
    ReportStanding::of(o.reports_due, o.reports_made, o.reports_missing, b.past_due)
}

/// `截至目前已报3/5` or `未报2/5`.
pub(super) fn standing_words(standing: ReportStanding, lang: LangArg) -> String {
    match standing {
        ReportStanding::SoFar { made, due } => {
            crate::t!(lang, "export-standing-so-far", made = made, due = due)
        }
        ReportStanding::Missing { missing, due } => {
            crate::t!(
                lang,
                "export-standing-missing",
                missing = missing,
                due = due
            )
        }
    }
}

/// The overall paragraph.
fn overall(b: &Bulletin, lang: LangArg) -> String {
    let o = &b.overall;
    crate::t!(
        lang,
        "export-bulletin-overall",
        period = period_label(b, lang),
        items = o.items,
        done = o.done,
        confirmed = o.confirmed,
        rate = format!("{:.1}", o.completion_rate),
        overdue = o.overdue,
        blocked = o.blocked,
        standing = standing_words(standing(b), lang),
        urges = o.urges_open
    )
}

/// The office table's head: its reports column is 未报 past the due day, 已报
/// (made of due) before it, by the one rule of `ReportStanding`.
fn office_head(lang: LangArg, past_due: bool) -> Vec<String> {
    vec![
        crate::t!(lang, "export-bulletin-col-office"),
        crate::t!(lang, "export-bulletin-col-led"),
        render::status_label(Status::Todo, lang).to_string(),
        render::status_label(Status::Doing, lang).to_string(),
        render::status_label(Status::Blocked, lang).to_string(),
        render::status_label(Status::Done, lang).to_string(),
        crate::t!(lang, "export-bulletin-col-confirmed"),
        crate::t!(lang, "export-bulletin-col-overdue"),
        if past_due {
            crate::t!(lang, "export-bulletin-col-missing")
        } else {
            crate::t!(lang, "export-bulletin-col-made")
        },
        crate::t!(lang, "export-bulletin-col-urges"),
    ]
}

fn office_cells(o: &BulletinOffice, past_due: bool) -> [String; 10] {
    let reports =
        match ReportStanding::of(o.reports_due, o.reports_made, o.reports_missing, past_due) {
            ReportStanding::SoFar { made, due } => format!("{made}/{due}"),
            ReportStanding::Missing { missing, .. } => missing.to_string(),
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

/// Why an item lags, in words: `逾期、受阻`.
fn why_words(why: &[&str], lang: LangArg) -> String {
    why.iter()
        .map(|w| match *w {
            "overdue" => crate::t!(lang, "export-bulletin-why-overdue"),
            "blocked" => crate::t!(lang, "export-bulletin-why-blocked"),
            "no_report" => crate::t!(lang, "export-bulletin-why-no-report"),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(&render::list_separator(lang))
}

/// The latest report of a lagging item: `2020-Q2：文字`, or that there is none.
fn latest_report(l: &LaggingItem, lang: LangArg, esc: impl Fn(&str) -> String) -> String {
    match &l.latest_report {
        Some(r) => crate::t!(
            lang,
            "export-bulletin-latest-report",
            period = r.period.to_string(),
            text = esc(&r.text)
        ),
        None => crate::t!(lang, "export-bulletin-no-report"),
    }
}

/// An urge's line: `3. 基础教育处（张三，回复期限2020年6月30日，待回复）：文字`.
fn urge_line(u: &BulletinUrge, lang: LangArg, esc: impl Fn(&str) -> String) -> String {
    let state = if u.answered {
        crate::t!(lang, "export-bulletin-answered")
    } else {
        crate::t!(lang, "export-bulletin-open")
    };
    let (number, lead, by, text) = (
        u.number,
        esc(u.lead.as_deref().unwrap_or("")),
        esc(&u.by),
        esc(&u.text),
    );
    match u.reply_by.as_deref() {
        Some(d) => crate::t!(
            lang,
            "export-bulletin-urge-reply-by",
            number = number,
            lead = lead,
            by = by,
            reply_by = formal_date(d, lang),
            state = state,
            text = text
        ),
        None => crate::t!(
            lang,
            "export-bulletin-urge",
            number = number,
            lead = lead,
            by = by,
            state = state,
            text = text
        ),
    }
}

fn write_text(
    out: &mut impl Write,
    b: &Bulletin,
    title: &str,
    today: &str,
    lang: LangArg,
    md: bool,
) -> Result<()> {
    let h = |level: usize| {
        if md {
            format!("{} ", "#".repeat(level))
        } else {
            String::new()
        }
    };
    // Text from the file, as this document holds it (escaped for Markdown).
    let esc = |s: &str| -> String { crate::text::in_document(s, md) };
    let none = crate::t!(lang, "export-bulletin-none");
    writeln!(out, "{}{}", h(1), crate::t!(lang, "export-bulletin-title"))?;
    writeln!(out)?;
    writeln!(out, "{}", esc(title))?;
    writeln!(
        out,
        "{}",
        crate::t!(
            lang,
            "export-bulletin-period",
            period = b.period.clone(),
            label = period_label(b, lang),
            date = formal_date(today, lang)
        )
    )?;
    writeln!(out)?;
    writeln!(out, "{}", overall(b, lang))?;
    writeln!(out)?;
    let heading = crate::t!(lang, "export-bulletin-offices");
    writeln!(out, "{}{heading}", h(2))?;
    writeln!(out)?;
    let head = office_head(lang, b.past_due);
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
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
    let heading = crate::t!(lang, "export-bulletin-lagging");
    writeln!(out, "{}{heading}", h(2))?;
    writeln!(out)?;
    if b.lagging.is_empty() {
        writeln!(out, "{none}")?;
    }
    let bullet = if md { "- " } else { "  " };
    for l in &b.lagging {
        let line = crate::t!(
            lang,
            "export-bulletin-lagging-line",
            number = l.number,
            title = esc(&l.title),
            lead = esc(l.lead.as_deref().unwrap_or("")),
            why = why_words(&l.why, lang),
            report = latest_report(l, lang, esc)
        );
        writeln!(out, "{bullet}{line}")?;
    }
    writeln!(out)?;
    let heading = crate::t!(lang, "export-bulletin-urges");
    writeln!(out, "{}{heading}", h(2))?;
    writeln!(out)?;
    if b.urges.is_empty() {
        writeln!(out, "{none}")?;
    }
    for u in &b.urges {
        writeln!(out, "{bullet}{}", urge_line(u, lang, esc))?;
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
pub fn docx(b: &Bulletin, title: &str, today: &str, lang: LangArg) -> Result<Vec<u8>> {
    use super::docx_fonts::{BODY, HEADING, LATIN, TITLE};
    use docx_rs::{
        AlignmentType, Docx, Paragraph, Run, RunFonts, Table, TableCell, TableRow, WidthType,
    };
    let fonts = |east_asia: &str| {
        RunFonts::new()
            .east_asia(east_asia)
            .ascii(LATIN)
            .hi_ansi(LATIN)
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
    let mut offices = vec![row(&office_head(lang, b.past_due), true)];
    offices.extend(
        b.offices
            .iter()
            .map(|o| row(&office_cells(o, b.past_due), false)),
    );
    let lagging_head = [
        crate::t!(lang, "export-bulletin-col-number"),
        crate::t!(lang, "export-bulletin-col-item"),
        crate::t!(lang, "export-bulletin-col-lead"),
        crate::t!(lang, "export-bulletin-col-why"),
        crate::t!(lang, "export-bulletin-col-latest"),
    ];
    let mut lagging = vec![row(&lagging_head, true)];
    lagging.extend(b.lagging.iter().map(|l| {
        row(
            &[
                l.number.to_string(),
                l.title.clone(),
                l.lead.clone().unwrap_or_default(),
                why_words(&l.why, lang),
                latest_report(l, lang, str::to_string),
            ],
            false,
        )
    }));
    let heading = |text: String| {
        Paragraph::new().add_run(Run::new().add_text(text).size(32).fonts(fonts(HEADING)))
    };
    let none = crate::t!(lang, "export-bulletin-none");
    let mut doc = Docx::new()
        .default_fonts(fonts(BODY))
        .add_paragraph(
            Paragraph::new().align(AlignmentType::Center).add_run(
                Run::new()
                    .add_text(crate::t!(lang, "export-bulletin-title"))
                    .size(44)
                    .fonts(fonts(TITLE)),
            ),
        )
        .add_paragraph(para(title).align(AlignmentType::Center))
        .add_paragraph(
            para(&crate::t!(
                lang,
                "export-bulletin-period",
                period = b.period.clone(),
                label = period_label(b, lang),
                date = formal_date(today, lang)
            ))
            .align(AlignmentType::Center),
        )
        .add_paragraph(heading(crate::t!(lang, "export-bulletin-doc-overall")))
        .add_paragraph(para(&overall(b, lang)))
        .add_paragraph(heading(crate::t!(lang, "export-bulletin-doc-offices")))
        .add_table(Table::new(offices).width(9000, WidthType::Dxa))
        .add_paragraph(heading(crate::t!(lang, "export-bulletin-doc-lagging")));
    doc = if b.lagging.is_empty() {
        doc.add_paragraph(para(&none))
    } else {
        doc.add_table(Table::new(lagging).width(9000, WidthType::Dxa))
    };
    doc = doc.add_paragraph(heading(crate::t!(lang, "export-bulletin-doc-urges")));
    if b.urges.is_empty() {
        doc = doc.add_paragraph(para(&none));
    }
    for u in &b.urges {
        doc = doc.add_paragraph(para(&urge_line(u, lang, str::to_string)));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .context("cannot build the Word document")?;
    super::docx_fonts::with_font_table(&bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formal_documents_write_dates_in_words() {
        assert_eq!(formal_date("2020-03-31", LangArg::Zh), "2020年3月31日");
        assert_eq!(formal_date("2020-03-31", LangArg::En), "31 March 2020");
        // Text that is not a date (a deadline as written) stays as it is.
        assert_eq!(formal_date("6月底", LangArg::Zh), "6月底");
    }

    #[test]
    fn periods_read_as_words_in_each_language() {
        let q2 = Period::Quarter {
            year: 2020,
            quarter: 2,
        };
        assert_eq!(period_words(q2, LangArg::Zh), "2020年第二季度");
        assert_eq!(period_words(q2, LangArg::En), "Q2 2020");
        let june = Period::Month {
            year: 2020,
            month: 6,
        };
        assert_eq!(period_words(june, LangArg::Zh), "2020年6月");
        assert_eq!(period_words(june, LangArg::En), "June 2020");
        let week = Period::Week {
            year: 2020,
            week: 24,
        };
        assert_eq!(period_words(week, LangArg::Zh), "2020年第24周");
    }

    #[test]
    fn report_standing_counts_without_a_space_in_chinese() {
        let so_far = ReportStanding::of(5, 3, 2, false);
        assert_eq!(standing_words(so_far, LangArg::Zh), "截至目前已报3/5");
        let missing = ReportStanding::of(5, 3, 2, true);
        assert_eq!(standing_words(missing, LangArg::En), "not reported: 2 of 5");
    }
}
