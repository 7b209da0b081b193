//! An item while its fields are being read, and how its fields are read back.

use super::join;
use crate::plan::parse::item::trailing_clause;
use crate::plan::parse::labels::Field;

/// An item while its fields are being read.
#[derive(Debug, Default)]
pub(super) struct Draft {
    pub(super) number: u32,
    /// 1-based index into the builder's sections.
    pub(super) section: Option<u32>,
    /// The heading's text (for a paragraph item, the whole paragraph).
    pub(super) title: String,
    /// Unlabelled text after a heading that is complete in itself (a sub-heading
    /// item, or an item in a document of paragraph items).
    pub(super) body: String,
    pub(super) title_done: bool,
    /// The title is a heading of its own (a sub-heading item, a table's task cell).
    pub(super) heading_only: bool,
    pub(super) line: usize,
    pub(super) closing: bool,
    /// Read from a task table row.
    pub(super) from_table: bool,
    pub(super) fields: Vec<(Field, String)>,
    /// The label names read so far (牵头负责领导 and 责任人 are both persons, yet
    /// not the same label given twice).
    pub(super) names: Vec<String>,
}

impl Draft {
    /// The text of `field`, its parts joined, moved out of the draft.
    pub(super) fn take(&mut self, field: Field) -> Option<String> {
        let mut parts = self
            .fields
            .iter_mut()
            .filter(|(f, _)| *f == field)
            .map(|(_, text)| std::mem::take(text));
        let first = parts.next()?;
        Some(parts.fold(first, |mut acc, text| {
            join(&mut acc, &text);
            acc
        }))
    }

    pub(super) fn has(&self, fields: &[Field]) -> bool {
        self.fields
            .iter()
            .any(|(f, text)| fields.contains(f) && !text.is_empty())
    }

    /// The seed's shape: an item with 目标任务 / 工作措施 labels.
    pub(super) fn labelled(&self) -> bool {
        !self.from_table
            && self
                .fields
                .iter()
                .any(|(f, _)| matches!(f, Field::Target | Field::Measures))
    }

    /// A paragraph item that has ended with its office clause takes no more text:
    /// what follows (a closing remark, a signature) is not its body.
    pub(super) fn complete(&self) -> bool {
        if !self.fields.is_empty() || !self.title_done {
            return false;
        }
        let last = if self.body.is_empty() {
            &self.title
        } else {
            &self.body
        };
        trailing_clause(last).is_some()
    }

    /// A table's cells of one column over merged rows: each once, in order.
    pub(super) fn distinct(&mut self, field: Field) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (f, text) in &mut self.fields {
            if *f == field && !out.contains(text) {
                out.push(std::mem::take(text));
            }
        }
        out
    }
}
