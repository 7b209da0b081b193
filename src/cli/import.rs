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
    let refused =
        |e| format_messages::parse_error(e, lang).context(messages::not_imported(&name, lang));
    let doc = plan::formats::read(&name, &bytes).map_err(refused)?;
    // The blocks own their text: a large document's bytes are not held through
    // the structure pass as well (a 505 MB plan of a million items).
    drop(bytes);
    let parsed = plan::parse_document(&doc).map_err(refused)?;
    Ok((name, doc.container, parsed))
}

/// `duban import FILE --dry-run`: never creates the database. When one exists, a
/// re-import is previewed in it (and rolled back) to list where the document
/// now differs from corrections made by hand (text format only).
pub(super) fn dry_run(
    cli: &Cli,
    file: &Path,
    format: dry_run::DryRunFormat,
    prefer_document: bool,
    out: &mut impl Write,
) -> Result<()> {
    let lang = lang_of(cli);
    let (name, container, parsed) = read_file(file, lang)?;
    dry_run::print(out, &name, Some(container), &parsed, format, lang)?;
    let exists = super::db_path(cli.db.as_deref())
        .is_ok_and(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.len() > 0));
    if format != dry_run::DryRunFormat::Text || !exists {
        return Ok(());
    }
    // A copy in memory: the file stays byte for byte as it was.
    let path = super::db_path(cli.db.as_deref())?;
    let mut store = crate::store::Store::open_copy(&path, &super::actor(cli.actor.as_deref()))?;
    super::standup::pin_clock(&mut store)?;
    let report = store.import_preview(&parsed.plan, prefer_document)?;
    if !report.new_plan {
        hand_report(out, &report, prefer_document, lang)?;
    }
    Ok(())
}

/// The corrections made by hand a re-import met, and the items the document
/// no longer has.
fn hand_report(
    out: &mut impl Write,
    report: &crate::store::ImportReport,
    prefer_document: bool,
    lang: LangArg,
) -> Result<()> {
    use super::item_messages as said;
    if !report.hand_kept.is_empty() {
        writeln!(out, "{}", said::kept_heading(prefer_document, lang))?;
        for k in &report.hand_kept {
            let line = said::kept_field(
                k.number,
                k.field,
                &k.document,
                &k.board,
                prefer_document,
                lang,
            );
            writeln!(out, "  {}", crate::text::sanitize(&line))?;
        }
    }
    if !report.not_in_document.is_empty() {
        let numbers = super::render::number_ranges(&report.not_in_document, lang);
        writeln!(out, "{}", said::not_in_document(&numbers, lang))?;
    }
    Ok(())
}

pub(super) fn import(
    cli: &Cli,
    file: &Path,
    prefer_document: bool,
    out: &mut impl Write,
) -> Result<()> {
    let lang = lang_of(cli);
    let mut opened = None;
    if streamed(cli, file, prefer_document, &mut opened, out)? {
        return Ok(());
    }
    // Parse before opening the store: a refused document never touches it. (One
    // read by windows and sent back to be read whole opened it: it has items.)
    let (name, container, parsed) = read_file(file, lang)?;
    say_warnings(&name, container, &parsed.warnings, lang);
    let mut store = match opened {
        Some((store, created)) => {
            if let Some(created) = created {
                say_err!("{created}");
            }
            store
        }
        None => open_store(cli)?,
    };
    let opts = crate::store::ImportOptions {
        prefer_document,
        warnings: parsed.warnings.len(),
        ..Default::default()
    };
    let report = store.import_with(&parsed.plan, opts)?;
    said_after(
        out,
        &name,
        &parsed.plan.title,
        &report,
        parsed.warnings.len(),
        prefer_document,
        cli,
    )?;
    Ok(())
}

/// Documents from this size on are read and stored a window at a time when
/// they can be (see `plan::parse::stream`); smaller ones are read whole.
const STREAM_FROM_BYTES: u64 = 512 * 1024;

/// `duban import` of a large plain-text plan, read and stored a window at a
/// time in one transaction. False when the document is to be read whole instead
/// (then nothing was written; a store opened on the way is left in `opened`).
fn streamed(
    cli: &Cli,
    file: &Path,
    prefer_document: bool,
    opened: &mut Option<(crate::store::Store, Option<String>)>,
    out: &mut impl Write,
) -> Result<bool> {
    use crate::store::Fed;
    let lang = lang_of(cli);
    // A file past the limit, or not a file, is refused (or read) as ever.
    let fits = plan::formats::import_limit().is_ok_and(|limit| {
        std::fs::metadata(file)
            .is_ok_and(|m| m.is_file() && m.len() <= limit && m.len() >= STREAM_FROM_BYTES)
    });
    if !fits {
        return Ok(false);
    }
    let name = crate::text::sanitize(&file.display().to_string()).into_owned();
    let Ok(mut stream) = plan::parse::stream::PlanStream::open(&name, file) else {
        return Ok(false);
    };
    let mut created = None;
    let store = super::open_store_noting(cli, super::Check::First, Some(&mut created))?;
    let (store, created) = opened.insert((store, created));
    let opts = crate::store::ImportOptions {
        prefer_document,
        ..Default::default()
    };
    let head = stream.head.clone();
    let result = store.import_streamed(&head, opts, &mut |take| {
        Ok(match stream.feed(take)? {
            Some(warnings) => Fed::Done { warnings },
            None => Fed::Abandoned,
        })
    });
    let report = match result {
        Ok(Some(report)) => report,
        Ok(None) => return Ok(false),
        // A document the survey found unfit is read whole, whatever storing
        // the windows met.
        Err(_) if !stream.fits() => return Ok(false),
        Err(e) => {
            // The warnings come before the failure, as when the document is read
            // whole: the rest of it is read for them, without the store.
            let mut nothing = |_: &[plan::Section], _: &[plan::Item]| Ok::<(), ()>(());
            if stream.feed(&mut nothing) == Ok(Some(stream.warnings().len())) {
                say_warnings(
                    &name,
                    plan::blocks::Container::Text,
                    stream.warnings(),
                    lang,
                );
            }
            // A new database file stays behind (empty of plans): said, as ever.
            if let Some(created) = created.take() {
                say_err!("{created}");
            }
            return Err(e.into());
        }
    };
    let warnings = stream.warnings();
    say_warnings(&name, plan::blocks::Container::Text, warnings, lang);
    if let Some(created) = created.take() {
        say_err!("{created}");
    }
    said_after(
        out,
        &name,
        &head.title,
        &report,
        warnings.len(),
        prefer_document,
        cli,
    )?;
    Ok(true)
}

/// The warnings reading the document met, one line each.
fn say_warnings(
    name: &str,
    container: plan::blocks::Container,
    warnings: &[plan::parse::Warning],
    lang: LangArg,
) {
    for w in warnings {
        say_err!(
            "duban: {}",
            messages::line_warning(
                name,
                container.unit(),
                w.line,
                &crate::text::sanitize(&w.text(lang == LangArg::Zh)),
                lang
            )
        );
    }
}

/// What an import did, after it did it.
fn said_after(
    out: &mut impl Write,
    name: &str,
    title: &str,
    report: &crate::store::ImportReport,
    warnings: usize,
    prefer_document: bool,
    cli: &Cli,
) -> Result<()> {
    let lang = lang_of(cli);
    messages::import_report(out, name, title, report, lang)?;
    hand_report(out, report, prefer_document, lang)?;
    for r in &report.retitled {
        say_err!("duban: {}", messages::retitled(name, r, lang));
    }
    if warnings > 0 {
        say_err!(
            "duban: {}",
            messages::read_with_warnings(name, warnings, lang)
        );
    }
    Ok(())
}
