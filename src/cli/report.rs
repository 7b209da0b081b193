//! `duban export --format md`: the plan as a report for a meeting.

use super::LangArg;
use super::render::{offices_line, persons_line, progress, status_label};
use super::standup::{indicator_line, light_label, local_time};
use crate::plan::Status;
use crate::plan::deadline::Light;
use crate::store::{ItemRecord, PlanInfo, SectionInfo};
use crate::t;
/// Text from the file as this Markdown report holds it: one escaped paragraph.
fn sanitize(s: &str) -> String {
    crate::text::in_document(s, true)
}
use anyhow::Result;
use std::io::Write;

/// How many of an item's newest notes the report shows.
const NOTES_SHOWN: usize = 2;

pub fn export_md(
    out: &mut impl Write,
    plan: &PlanInfo,
    sections: &[SectionInfo],
    items: &[ItemRecord],
    lang: LangArg,
) -> Result<()> {
    writeln!(out, "# {}", sanitize(&plan.title))?;
    writeln!(out)?;
    if let Some(doc) = &plan.doc_number {
        writeln!(out, "{}", sanitize(doc))?;
    }
    if let Some(date) = &plan.date {
        writeln!(out, "{}", sanitize(date))?;
    }
    summary(out, items, lang)?;
    let mut heads: Vec<(Option<u32>, String)> = sections
        .iter()
        .map(|s| (Some(s.number), format!("{}、{}", s.numeral, s.title)))
        .collect();
    heads.push((None, t!(lang, "cli-md-other")));
    for (number, head) in heads {
        let in_section: Vec<&ItemRecord> = items.iter().filter(|i| i.section == number).collect();
        if in_section.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "## {}", sanitize(&head))?;
        for i in in_section {
            writeln!(out)?;
            writeln!(out, "### {}. {}", i.number, sanitize(&i.title))?;
            writeln!(out)?;
            let field =
                |label: String, value: &str| t!(lang, "cli-md-field", label = label, value = value);
            let status = status_label(i.status, lang);
            writeln!(out, "- {}", field(t!(lang, "cli-md-status"), status))?;
            let lead = i.lead_office().map(sanitize).unwrap_or_default();
            writeln!(out, "- {}", field(t!(lang, "cli-md-lead"), &lead))?;
            let offices = sanitize(&offices_line(i, lang));
            writeln!(out, "- {}", field(t!(lang, "cli-md-offices"), &offices))?;
            if !i.persons.is_empty() {
                let persons = sanitize(&persons_line(i));
                writeln!(out, "- {}", field(t!(lang, "cli-md-persons"), &persons))?;
            }
            let progress = progress(i);
            writeln!(out, "- {}", field(t!(lang, "cli-md-progress"), &progress))?;
            if let Some(due) = &i.due {
                let light = i.light.map(|l| light_label(l, lang)).unwrap_or_default();
                let due = format!("{} {light}", sanitize(due));
                writeln!(
                    out,
                    "- {}",
                    field(t!(lang, "cli-md-deadline"), due.trim_end())
                )?;
            }
            if !i.indicators.is_empty() {
                writeln!(
                    out,
                    "- {}",
                    field(t!(lang, "cli-md-indicators"), "").trim_end()
                )?;
                for x in &i.indicators {
                    writeln!(out, "  - {}", sanitize(&indicator_line(x, lang)))?;
                }
            }
            let skip = i.notes.len().saturating_sub(NOTES_SHOWN);
            if i.notes.len() > skip {
                writeln!(out, "- {}", field(t!(lang, "cli-md-notes"), "").trim_end())?;
                for n in i.notes.iter().skip(skip).rev() {
                    let note = t!(
                        lang,
                        "cli-md-note",
                        text = sanitize(&n.text).replace('\n', " "),
                        author = sanitize(&n.author),
                        at = local_time(&n.at)
                    );
                    writeln!(out, "  - {note}")?;
                }
            }
        }
    }
    Ok(())
}

/// The counts by status and the late items, as a table under the title.
fn summary(out: &mut impl Write, items: &[ItemRecord], lang: LangArg) -> Result<()> {
    writeln!(out)?;
    let labels: Vec<&str> = Status::ALL.iter().map(|s| status_label(*s, lang)).collect();
    let late = |l: Light| items.iter().filter(|i| i.light == Some(l)).count();
    writeln!(
        out,
        "| {} | {} | {} | {} |",
        labels.join(" | "),
        t!(lang, "cli-md-total"),
        light_label(Light::Overdue, lang),
        light_label(Light::DueSoon, lang)
    )?;
    writeln!(out, "|{}", "---|".repeat(labels.len() + 3))?;
    let counts: Vec<String> = Status::ALL
        .iter()
        .map(|s| items.iter().filter(|i| i.status == *s).count().to_string())
        .collect();
    writeln!(
        out,
        "| {} | {} | {} | {} |",
        counts.join(" | "),
        items.len(),
        late(Light::Overdue),
        late(Light::DueSoon)
    )?;
    Ok(())
}
