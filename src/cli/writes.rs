//! `duban move`, `note` and `tick`: one change each, confirmed on stdout.

use super::messages;
use super::{LangArg, UsageError, render};
use crate::plan::Status;
use crate::store::{ItemId, Store, StoreError};
use crate::t;
use anyhow::{Context, Result};
use std::io::{Read, Write};

/// `duban move N STATUS`: `第3项：未启动 → 推进中`, or says the item is there already.
pub fn move_item(
    store: &mut Store,
    id: ItemId,
    number: u32,
    status: Status,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    let before = store.item(id)?.status;
    let label = render::status_label(status, lang);
    if before == status {
        let line = t!(lang, "cli-move-already", number = number, status = label);
        writeln!(out, "{line}")?;
        return Ok(());
    }
    store.move_item(id, status, None)?;
    let line = t!(
        lang,
        "cli-moved",
        number = number,
        from = render::status_label(before, lang),
        to = label
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// Standard input, read up to just past what the store takes (`duban note 3 - <
/// /dev/zero` must not grow without end); the store refuses what is too long.
pub fn read_bounded(stdin: &mut impl Read) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    stdin
        .take(crate::text::MAX_TEXT_BYTES as u64 + 4)
        .read_to_end(&mut bytes)?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        // Cut mid-character at the bound: too long anyway, and said so by the store.
        Err(e) if e.as_bytes().len() > crate::text::MAX_TEXT_BYTES => {
            Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
        Err(e) => Err(std::io::Error::new(std::io::ErrorKind::InvalidData, e)),
    }
}

/// The note's text: the argument, or standard input when it is `-`.
pub fn note_text(arg: &str, stdin: &mut impl Read, lang: LangArg) -> Result<String> {
    if arg != "-" {
        return Ok(arg.to_string());
    }
    let text = read_bounded(stdin).context(messages::stdin_unreadable(lang))?;
    // The newline an editor or `echo` ends the input with is not part of the note.
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

/// `duban tick N K [--undone]`: `3: 措施 2 未完成 -> 已完成`.
pub fn tick(
    store: &mut Store,
    id: ItemId,
    number: u32,
    measure: u32,
    done: bool,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    let mark = |d: bool| {
        if d {
            t!(lang, "cli-measure-done")
        } else {
            t!(lang, "cli-measure-not-done")
        }
    };
    let item = store.item(id)?;
    let Some(was) = item
        .measures
        .get(measure.saturating_sub(1) as usize)
        .filter(|_| measure > 0)
        .map(|m| m.done)
    else {
        return Err(no_measure(number, measure, item.measures.len(), lang));
    };
    if was == done {
        let line = t!(
            lang,
            "cli-tick-already",
            number = number,
            measure = measure,
            state = mark(done)
        );
        writeln!(out, "{line}")?;
        return Ok(());
    }
    match store.set_measure_done(id, measure, done) {
        Err(StoreError::NoSuchMeasure { .. }) => {
            let count = store.item(id)?.measures.len();
            return Err(no_measure(number, measure, count, lang));
        }
        other => other?,
    }
    let line = t!(
        lang,
        "cli-ticked",
        number = number,
        measure = measure,
        before = mark(was),
        after = mark(done)
    );
    writeln!(out, "{line}")?;
    Ok(())
}

fn no_measure(number: u32, measure: u32, count: usize, lang: LangArg) -> anyhow::Error {
    UsageError(t!(
        lang,
        "cli-no-measure",
        number = number,
        measure = measure,
        count = count
    ))
    .into()
}
