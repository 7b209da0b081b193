//! The body read a window at a time (a large import): one builder goes on from
//! window to window, and each window's finished items are taken as it ends.
//! What `build` decides from the whole body must be settled by the first window
//! or left undecided by the document; when it is not, the caller reads the
//! document whole.

use super::super::table;
use super::super::{Kind, Line, Warning, WarningKind};
use super::{Builder, shape};
use crate::plan::{Item, Section};

/// The document cannot be read a window at a time: read it whole.
#[derive(Debug)]
pub(in crate::plan::parse) struct Whole;

/// A builder fed window by window.
pub(in crate::plan::parse) struct Windowed {
    b: Builder,
    /// How many of the builder's sections were taken.
    taken: usize,
    /// The line of the first item, for the warning of a body without sections.
    first_item: Option<usize>,
}

impl Windowed {
    /// A builder whose shape the first window of the body settles: the
    /// document labels its items' parts and the numbering met first carries
    /// offices (so no later line can change either), and there are no
    /// sub-headings, styled headings or tables (checked window by window),
    /// which are all the rest of the shape is about.
    pub(in crate::plan::parse) fn start(first: &[Line<'_>]) -> Result<Windowed, Whole> {
        if !shape::item_style_settled(first) {
            return Err(Whole);
        }
        let b = Builder::new(first);
        if !b.shape.labelled_doc || b.shape.items_below_numbered {
            return Err(Whole);
        }
        Ok(Windowed {
            b,
            taken: 0,
            first_item: None,
        })
    }

    /// Reads one window of the body, as `build` reads it.
    pub(in crate::plan::parse) fn window(&mut self, body: &[Line<'_>]) -> Result<(), Whole> {
        let b = &mut self.b;
        for (i, line) in body.iter().enumerate() {
            match line.kind {
                Kind::Sub { .. } | Kind::Heading { .. } | Kind::Row { .. } => return Err(Whole),
                Kind::Text | Kind::Label { .. } if table::column_run(&body[i..]).is_some() => {
                    return Err(Whole);
                }
                _ => b.line(i, body),
            }
        }
        Ok(())
    }

    pub(in crate::plan::parse) fn found_items(&self) -> bool {
        self.b.found_items
    }

    /// The sections opened and the items finished since the last call, the items'
    /// sections given by number (as `built` gives them).
    pub(in crate::plan::parse) fn take(&mut self) -> (Vec<Section>, Vec<Item>) {
        let sections = self.b.sections[self.taken..].to_vec();
        self.taken = self.b.sections.len();
        let mut items = std::mem::take(&mut self.b.items);
        for item in &mut items {
            self.first_item.get_or_insert(item.line);
            item.section = item
                .section
                .and_then(|k| self.b.sections.get(k as usize - 1))
                .map(|s| s.number);
        }
        (sections, items)
    }

    /// The end of the body: the last item is finished (take it), and the
    /// warnings are those `built` gives, in order, unless the sections need
    /// numbering in document order after all.
    pub(in crate::plan::parse) fn finish(&mut self) {
        self.b.finish();
    }

    pub(in crate::plan::parse) fn warnings(&mut self) -> Result<Vec<Warning>, Whole> {
        if self.b.renumber_sections || !self.b.found_items {
            return Err(Whole);
        }
        let mut warnings = std::mem::take(&mut self.b.warnings);
        if self.b.sections.is_empty()
            && !self.b.tables_read
            && let Some(line) = self.first_item
        {
            warnings.push(Warning::new(line, WarningKind::NoSections));
        }
        warnings.sort_by_key(|w| w.line);
        Ok(warnings)
    }
}
