//! `list` and `export` as JSON and CSV, streamed from the store an item at a time
//! through a buffered writer (a 100k-item export holds one item, and makes one write
//! call per 64 KB), to standard output or to the `--output` file.

use super::render::{self, inert_cell, status_label};
use super::safe_out::SafeOut;
use super::{LangArg, loop_messages};
use crate::plan::Status;
use crate::plan::deadline::Light;
use crate::store::{ItemFilter, ItemRecord, PlanId, PlanInfo, SectionInfo, Store, StoreError};
use crate::text::sanitize;
use anyhow::Result;
use serde::Serialize;
use std::cell::RefCell;
use std::io::{BufWriter, Write};
use std::path::Path;

/// How much output is gathered before a write call.
const BUFFER: usize = 1 << 16;

/// Runs `fill` into the file `output` (replaced only when `fill` succeeds; the run
/// then says the file was written), or into standard output, buffered either way and
/// sanitized line by line as every command's output is.
pub fn to_output(
    out: &mut impl Write,
    output: Option<&Path>,
    lang: LangArg,
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match output {
        Some(path) => {
            super::out_file::write_streamed(lang, path, |w| {
                let mut safe = SafeOut::new(w);
                fill(&mut safe)?;
                safe.flush()?;
                Ok(())
            })?;
            let name = sanitize(&path.display().to_string()).into_owned();
            writeln!(out, "{}", loop_messages::written(&name, lang))?;
            Ok(())
        }
        None => {
            let mut buffered = BufWriter::with_capacity(BUFFER, out);
            fill(&mut buffered)?;
            buffered.flush()?;
            Ok(())
        }
    }
}

/// Which CSV: the one spreadsheet programs open right (a byte order mark, Chinese
/// headers and values, when the interface is Chinese), or the machine form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvForm {
    pub bom: bool,
    pub lang: LangArg,
}

impl CsvForm {
    /// The Chinese interface gets the spreadsheet form unless `--no-bom`; English
    /// gets the machine form, with a byte order mark if `--bom` asks for one.
    pub fn new(lang: LangArg, bom: bool, no_bom: bool) -> CsvForm {
        let machine = lang == LangArg::En || no_bom;
        CsvForm {
            bom: bom || !machine,
            lang: if machine { LangArg::En } else { LangArg::Zh },
        }
    }
}

/// The CSV's column headers in `lang`: the machine form's (English) are stable
/// identifiers; appended columns go at the end, so scripts that count keep working.
fn csv_headers(lang: LangArg) -> [String; 16] {
    [
        crate::t!(lang, "export-csv-number"),
        crate::t!(lang, "export-csv-section"),
        crate::t!(lang, "export-csv-title"),
        crate::t!(lang, "export-csv-status"),
        crate::t!(lang, "export-csv-lead"),
        crate::t!(lang, "export-csv-offices"),
        crate::t!(lang, "export-csv-measures-done"),
        crate::t!(lang, "export-csv-measures-total"),
        crate::t!(lang, "export-csv-deadline"),
        crate::t!(lang, "export-csv-deadline-text"),
        crate::t!(lang, "export-csv-light"),
        crate::t!(lang, "export-csv-indicators"),
        crate::t!(lang, "export-csv-notes"),
        crate::t!(lang, "export-csv-latest-note"),
        crate::t!(lang, "export-csv-target"),
        crate::t!(lang, "export-csv-persons"),
    ]
}

/// The words of a CSV's cells, looked up once for every row: statuses and
/// lights as the spreadsheet user reads them, or as the machine form's keys.
struct CsvWords {
    status: [String; 4],
    on_track: String,
    due_soon: String,
    overdue: String,
    indicators: super::standup::IndicatorWords,
    indicator_separator: String,
}

impl CsvWords {
    fn new(lang: LangArg) -> CsvWords {
        let light = |l: Light| match lang {
            LangArg::Zh => super::standup::light_label(l, lang).to_string(),
            LangArg::En => l.key().to_string(),
        };
        CsvWords {
            status: Status::ALL.map(|s| match lang {
                LangArg::Zh => status_label(s, lang).to_string(),
                LangArg::En => s.key().to_string(),
            }),
            on_track: light(Light::OnTrack),
            due_soon: light(Light::DueSoon),
            overdue: light(Light::Overdue),
            indicators: super::standup::IndicatorWords::new(lang),
            indicator_separator: crate::t!(lang, "export-csv-indicator-separator"),
        }
    }

    fn light(&self, l: Light) -> &str {
        match l {
            Light::OnTrack => &self.on_track,
            Light::DueSoon => &self.due_soon,
            Light::Overdue => &self.overdue,
        }
    }
}

/// The items `filter` keeps as CSV, one record written per item as it is read.
pub fn items_csv(
    out: &mut dyn Write,
    store: &Store,
    plan: PlanId,
    filter: &ItemFilter,
    form: CsvForm,
) -> Result<()> {
    if form.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(csv_headers(form.lang))?;
    let words = CsvWords::new(form.lang);
    store.for_each_item(plan, filter, |i| {
        for cell in csv_row(&i, &words) {
            w.write_field(inert_cell(&cell).as_bytes())?;
        }
        w.write_record(None::<&[u8]>)?;
        anyhow::Ok(())
    })?;
    w.flush()?;
    Ok(())
}

fn csv_row(i: &ItemRecord, words: &CsvWords) -> [String; 16] {
    let offices: Vec<&str> = i.offices.iter().map(|o| o.name.as_str()).collect();
    [
        i.number.to_string(),
        i.section.map(|s| s.to_string()).unwrap_or_default(),
        i.title.clone(),
        words.status[i.status.index()].clone(),
        i.lead_office().unwrap_or_default().to_string(),
        // Offices and persons are joined as the plan documents list them, in
        // both forms: a script splits on 、.
        offices.join("、"),
        i.measures.iter().filter(|m| m.done).count().to_string(),
        i.measures.len().to_string(),
        i.due.clone().unwrap_or_default(),
        i.deadline.clone().unwrap_or_default(),
        i.light
            .map(|l| words.light(l).to_string())
            .unwrap_or_default(),
        i.indicators
            .iter()
            .map(|x| words.indicators.line(x))
            .collect::<Vec<_>>()
            .join(&words.indicator_separator),
        i.notes.len().to_string(),
        i.notes.last().map(|n| n.text.clone()).unwrap_or_default(),
        i.target.clone(),
        i.persons.join("、"),
    ]
    .map(|cell| sanitize(&cell).into_owned())
}

/// The items `filter` keeps as a JSON array, as `render::json` writes a list of them.
pub fn items_json(
    out: &mut dyn Write,
    store: &Store,
    plan: PlanId,
    filter: &ItemFilter,
) -> Result<()> {
    let items = Streamed::new(store, plan, filter);
    let written = render::json(out, &items);
    items.or_store_error(written)
}

/// The JSON shape of `duban export`, with its items streamed.
#[derive(Serialize)]
struct Export<'a> {
    plan: &'a PlanInfo,
    sections: &'a [SectionInfo],
    items: &'a Streamed<'a>,
}

/// The whole plan as JSON: the plan, its sections, then every item.
pub fn export_json(
    out: &mut dyn Write,
    store: &Store,
    plan: &PlanInfo,
    sections: &[SectionInfo],
) -> Result<()> {
    let filter = ItemFilter::default();
    let items = Streamed::new(store, plan.id, &filter);
    let written = render::json(
        out,
        &Export {
            plan,
            sections,
            items: &items,
        },
    );
    items.or_store_error(written)
}

/// A plan's items as a JSON sequence, read from the store while it is written.
struct Streamed<'a> {
    store: &'a Store,
    plan: PlanId,
    filter: &'a ItemFilter,
    /// A store error met on the way, which serde can only carry as text.
    failed: RefCell<Option<StoreError>>,
}

enum Stop<E> {
    Store(StoreError),
    Out(E),
}

impl<E> From<StoreError> for Stop<E> {
    fn from(e: StoreError) -> Self {
        Stop::Store(e)
    }
}

impl<'a> Streamed<'a> {
    fn new(store: &'a Store, plan: PlanId, filter: &'a ItemFilter) -> Self {
        Streamed {
            store,
            plan,
            filter,
            failed: RefCell::new(None),
        }
    }

    /// The store's own error when it is what stopped the writing.
    fn or_store_error(&self, written: Result<()>) -> Result<()> {
        match self.failed.borrow_mut().take() {
            Some(e) => Err(e.into()),
            None => written,
        }
    }
}

impl Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = s.serialize_seq(None)?;
        let walked = self.store.for_each_item(self.plan, self.filter, |item| {
            seq.serialize_element(&item).map_err(Stop::Out)
        });
        match walked {
            Ok(()) => seq.end(),
            Err(Stop::Out(e)) => Err(e),
            Err(Stop::Store(e)) => {
                let text = e.to_string();
                *self.failed.borrow_mut() = Some(e);
                Err(S::Error::custom(text))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed, with notes (one hostile, one a formula), a deadline and an indicator.
    fn seed() -> (Store, PlanInfo) {
        let mut store = Store::open_in_memory("甲").unwrap();
        store.set_fixed_now(Some("2020-06-15T04:00:00.000Z"));
        let parsed = crate::plan::parse_bytes(super::super::SEED).unwrap();
        let plan = store.import(&parsed.plan).unwrap().plan_id;
        let id = |n| store.item_id(plan, n).unwrap();
        let (two, three, fourteen) = (id(2), id(3), id(14));
        store.add_note(two, "=HYPERLINK(\"x\")").unwrap();
        store
            .add_note(three, "a\x1b[2J b\u{202e}c\n第二行")
            .unwrap();
        store.add_note(three, "最新").unwrap();
        store.set_indicator_actual(fourteen, 2, 75.0).unwrap();
        let info = store.plan(None).unwrap();
        (store, info)
    }

    /// `items_csv` as it was before it streamed: the whole result, then the rows.
    fn whole_csv(out: &mut impl Write, items: &[ItemRecord]) {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(csv_headers(LangArg::En)).unwrap();
        let words = CsvWords::new(LangArg::En);
        for i in items {
            let row = csv_row(i, &words);
            w.write_record(row.iter().map(|c| inert_cell(c).into_owned()))
                .unwrap();
        }
        w.flush().unwrap();
    }

    #[derive(Serialize)]
    struct WholeExport<'a> {
        plan: &'a PlanInfo,
        sections: &'a [SectionInfo],
        items: &'a [ItemRecord],
    }

    fn through_stdout_path(fill: impl FnOnce(&mut dyn Write) -> Result<()>) -> Vec<u8> {
        let mut bytes = Vec::new();
        {
            let mut safe = SafeOut::new(&mut bytes);
            to_output(&mut safe, None, LangArg::Zh, fill).unwrap();
        }
        bytes
    }

    #[test]
    fn streamed_exports_are_byte_identical_to_the_whole_result() {
        let (store, plan) = seed();
        let all = ItemFilter::default();
        let items = store.items(plan.id, &all).unwrap();
        let sections = store.sections(plan.id).unwrap();

        let mut expected = Vec::new();
        render::json(&mut expected, &items).unwrap();
        let streamed = through_stdout_path(|w| items_json(w, &store, plan.id, &all));
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(expected).unwrap()
        );

        let mut expected = Vec::new();
        let whole = WholeExport {
            plan: &plan,
            sections: &sections,
            items: &items,
        };
        render::json(&mut expected, &whole).unwrap();
        let streamed = through_stdout_path(|w| export_json(w, &store, &plan, &sections));
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(expected).unwrap()
        );

        let mut expected = Vec::new();
        whole_csv(&mut expected, &items);
        let machine = CsvForm::new(LangArg::Zh, false, true);
        let streamed = through_stdout_path(|w| items_csv(w, &store, plan.id, &all, machine));
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(expected).unwrap()
        );
    }

    #[test]
    fn an_empty_selection_streams_as_an_empty_list() {
        let (store, plan) = seed();
        let none = ItemFilter {
            office: Some("没有这个单位".into()),
            ..ItemFilter::default()
        };
        let streamed = through_stdout_path(|w| items_json(w, &store, plan.id, &none));
        assert_eq!(streamed, b"[]\n");
    }
}
