//! `duban plans`: every plan of the database with its size and import times.

use super::LangArg;
use super::render::{json, table};
use super::standup::local_time;
use crate::store::PlanSummary;
use crate::t;
use crate::text::sanitize_line;
use anyhow::Result;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlansFormat {
    Table,
    Json,
}

pub fn plans(
    out: &mut impl Write,
    plans: &[PlanSummary],
    format: PlansFormat,
    lang: LangArg,
) -> Result<()> {
    match format {
        PlansFormat::Json => json(out, &plans),
        PlansFormat::Table => plans_table(out, plans, lang),
    }
}

/// Columns aligned by display width; the title, the longest, comes last.
fn plans_table(out: &mut impl Write, plans: &[PlanSummary], lang: LangArg) -> Result<()> {
    let header = [
        t!(lang, "cli-plans-id"),
        t!(lang, "cli-plans-doc-number"),
        t!(lang, "cli-plans-date"),
        t!(lang, "cli-plans-items"),
        t!(lang, "cli-plans-warnings"),
        t!(lang, "cli-plans-imported"),
        t!(lang, "cli-plans-updated"),
        t!(lang, "cli-plans-title"),
    ];
    let header = header.each_ref().map(String::as_str);
    let rows: Vec<Vec<String>> = plans
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                sanitize_line(p.doc_number.as_deref().unwrap_or("-")).into_owned(),
                sanitize_line(p.date.as_deref().unwrap_or("-")).into_owned(),
                p.items.to_string(),
                p.warnings.to_string(),
                local_time(&p.created_at),
                local_time(&p.updated_at),
                sanitize_line(&p.title).into_owned(),
            ]
        })
        .collect();
    table(out, &header, &rows)
}
