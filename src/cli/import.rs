//! `duban import FILE [--dry-run]`: read a document (bounded), show or store it.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::{Cli, LangArg, dry_run, format_messages, lang_of, messages, open_store};
use crate::plan;

/// Reads the document at `file`: its name as shown, its container, and what came out.
fn read_file(
    file: &Path,
    lang: LangArg,
) -> Result<(String, plan::blocks::Container, plan::Parsed)> {
    let name = crate::text::sanitize(&file.display().to_string()).into_owned();
    let bytes = plan::formats::import_limit()
        .and_then(|limit| plan::formats::read_file(file, limit))
        .map_err(|e| format_messages::read_error(e, lang))
        .with_context(|| messages::cannot_read(&name, lang))?;
    let (container, parsed) = plan::read_document_in(&name, &bytes)
        .map_err(|e| format_messages::parse_error(e, lang))
        .with_context(|| messages::not_imported(&name, lang))?;
    Ok((name, container, parsed))
}

/// `duban import FILE --dry-run`: never opens (or creates) the database.
pub(super) fn dry_run(
    file: &Path,
    format: dry_run::DryRunFormat,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    let (name, container, parsed) = read_file(file, lang)?;
    dry_run::print(out, &name, Some(container), &parsed, format, lang)
}

pub(super) fn import(cli: &Cli, file: &Path, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    // Parse before opening the store: a refused document never touches it.
    let (name, _, parsed) = read_file(file, lang)?;
    for w in &parsed.warnings {
        say_err!(
            "duban: {}",
            messages::line_warning(
                &name,
                w.line,
                &crate::text::sanitize(w.text(lang == LangArg::Zh)),
                lang
            )
        );
    }
    let mut store = open_store(cli)?;
    let report = store.import(&parsed.plan)?;
    messages::import_report(out, &name, &parsed.plan.title, &report, lang)?;
    for r in &report.retitled {
        say_err!("duban: {}", messages::retitled(&name, r, lang));
    }
    if !parsed.warnings.is_empty() {
        let n = parsed.warnings.len();
        say_err!("duban: {}", messages::read_with_warnings(&name, n, lang));
    }
    Ok(())
}
