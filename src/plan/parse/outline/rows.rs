//! Task tables inside the body: header rows, data rows, group rows, merged rows,
//! and tables written one cell per line.

use super::super::table::{self, Columns, RowKind};
use super::{Builder, Draft};
use crate::plan::parse::Kind;
use crate::plan::parse::Line;
use crate::plan::parse::WarningKind;
use crate::plan::parse::labels::Field;

impl Builder {
    pub(super) fn row(&mut self, at: usize, cells: &[String], table: usize) {
        // A table continued after a break (a group line between rows in text, a
        // page break in Word) keeps its header when its rows are as wide.
        if let Some((t, columns)) = self.table.as_mut()
            && *t != table
            && cells.len() + 2 >= columns.kinds.len()
            && cells.len() <= columns.kinds.len() + 2
            && Columns::recognise(cells).is_none()
        {
            *t = table;
        }
        if self.table.as_ref().is_none_or(|(t, _)| *t != table) {
            if let Some(columns) = Columns::recognise(cells) {
                self.flush_stray();
                self.close_item();
                self.table = Some((table, columns));
                self.last_row = None;
                self.tables_read = true;
                self.just_headed = true;
            } else {
                let (columns, missing) = table::header_lacks(cells);
                self.warn(at, WarningKind::TableRowNotRead { columns, missing });
            }
            return;
        };
        if std::mem::take(&mut self.just_headed)
            && let Some((_, columns)) = self.table.as_mut()
            && columns.refine(cells)
        {
            return;
        }
        let Some((_, columns)) = self.table.as_ref() else {
            return;
        };
        let columns = columns.clone();
        let cells = &*table::fit(&columns, cells);
        // Rows that do not fit their header are read as far as they go: said
        // once per table, at the first such row.
        if self.misfit_said != Some(table)
            && let Some((got, header)) = table::misfit(&columns, cells)
        {
            self.misfit_said = Some(table);
            self.warn(at, WarningKind::RowWiderThanHeader { got, header });
        }
        self.table_row(at, &columns, cells);
    }

    pub(super) fn table_row(&mut self, at: usize, columns: &Columns, cells: &[String]) {
        match table::read_row(columns, cells) {
            RowKind::Skip => {}
            RowKind::Group {
                number,
                numeral,
                title,
                sub,
            } => {
                self.close_item();
                if !sub && number != self.last_top + 1 {
                    self.renumber_sections = true;
                }
                self.open_section(number, &numeral, &title, sub);
                self.last_row = None;
            }
            RowKind::Item(row) => {
                let key = (row.number_text.clone(), row.task.clone());
                let same = self.last_row.as_ref().is_some_and(|(n, t)| {
                    if row.number_text.is_empty() {
                        !row.task.is_empty() && *t == row.task
                    } else {
                        *n == row.number_text
                    }
                });
                if same && let Some(draft) = self.draft.as_mut().filter(|d| d.from_table) {
                    // A merged 序号 or task cell spans this row: one item.
                    draft.fields.extend(row.fields);
                    return;
                }
                self.close_item();
                let number = row.number.unwrap_or(self.last_number + 1);
                self.last_number = number;
                self.fresh_scope = false;
                self.found_items = true;
                let task = if row.task.is_empty() {
                    // No task cell: the first measure names the item.
                    row.fields
                        .iter()
                        .find(|(f, _)| *f == Field::Measures)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default()
                } else {
                    row.task.clone()
                };
                self.draft = Some(Draft {
                    number,
                    section: self.current,
                    title: task,
                    title_done: true,
                    heading_only: true,
                    line: at,
                    from_table: true,
                    fields: row.fields,
                    ..Draft::default()
                });
                self.last_row = Some(key);
            }
        }
    }

    /// A table written one cell per line after its header: rows start at each bare
    /// 序号 (or every N lines when there is no 序号 column); a heading line between
    /// rows is a group. Returns the index after the table.
    pub(super) fn cell_lines(
        &mut self,
        columns: &Columns,
        body: &[Line<'_>],
        mut i: usize,
    ) -> usize {
        let width = columns.kinds.len();
        let numbered = columns.kinds.first() == Some(&table::Column::Number);
        let mut cells: Vec<String> = Vec::new();
        let mut row_at = 0;
        let is_number = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
        while i < body.len() {
            let line = &body[i];
            let text = line.plain_text();
            let heading = matches!(line.kind, Kind::Section { .. } | Kind::Sub { .. });
            let starts = if numbered {
                is_number(&text) && cells.len() >= 2
            } else {
                cells.len() == width
            };
            if (heading && (cells.is_empty() || cells.len() >= 2)) || starts {
                self.flush_cells(columns, row_at, &mut cells);
            }
            if heading && cells.is_empty() {
                let mut group = vec![String::new(); width];
                let task = columns
                    .kinds
                    .iter()
                    .position(|k| *k == table::Column::Task)
                    .unwrap_or(0);
                group[task] = text.into_owned();
                self.table_row(line.at, columns, &group);
                i += 1;
                continue;
            }
            if cells.is_empty() {
                row_at = line.at;
            }
            cells.push(text.into_owned());
            i += 1;
        }
        self.flush_cells(columns, row_at, &mut cells);
        i
    }

    pub(super) fn flush_cells(&mut self, columns: &Columns, at: usize, cells: &mut Vec<String>) {
        if cells.is_empty() {
            return;
        }
        cells.resize(columns.kinds.len().max(cells.len()), String::new());
        let row = std::mem::take(cells);
        self.table_row(at, columns, &row);
    }
}
