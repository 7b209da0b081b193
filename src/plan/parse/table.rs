//! Task tables: a header row whose columns are recognised by name (序号, 重点任务,
//! 细化分工, 牵头单位, 配合单位, 完成时限, 分管领导, 备注…), then one row per item;
//! a row that only names a group (一、经济发展) is a section.

use super::item::{section_heading, sub_heading};
use super::labels::{Field, simplify};
use super::{Kind, Line};
use crate::plan::header::number;

/// What a column of a task table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 序号
    Number,
    /// 重点任务: the item's title (its first sentence) and more measures.
    Task,
    Target,
    Measures,
    /// 责任单位: the first leads, unless the table has a 牵头单位 column.
    Offices,
    Lead,
    Co,
    Deadline,
    Persons,
    /// 办理情况 / 进展情况: a 督办 ledger's progress so far.
    Progress,
    Note,
    Other,
}

/// Column names, longest first so that 协同责任单位 is not read as 责任单位.
const NAMES: &[(&str, Column)] = &[
    ("重点工作任务", Column::Task),
    ("协同配合单位", Column::Co),
    ("协同责任单位", Column::Co),
    ("牵头责任单位", Column::Lead),
    ("主要责任单位", Column::Lead),
    ("牵头负责领导", Column::Persons),
    ("牵头市领导", Column::Persons),
    ("牵头区领导", Column::Persons),
    ("牵头县领导", Column::Persons),
    ("牵头省领导", Column::Persons),
    ("责任市领导", Column::Persons),
    ("责任区领导", Column::Persons),
    ("责任县领导", Column::Persons),
    ("分管市领导", Column::Persons),
    ("分管区领导", Column::Persons),
    ("分管县领导", Column::Persons),
    ("分管局领导", Column::Persons),
    ("牵头局领导", Column::Persons),
    ("工作任务", Column::Task),
    ("重点任务", Column::Task),
    ("重点工作", Column::Task),
    ("主要任务", Column::Task),
    ("任务名称", Column::Task),
    ("任务内容", Column::Task),
    ("工作内容", Column::Task),
    ("目标任务", Column::Task),
    ("任务事项", Column::Task),
    ("工作事项", Column::Task),
    ("督办事项", Column::Task),
    ("事项名称", Column::Task),
    ("项目名称", Column::Task),
    ("重点项目", Column::Task),
    ("实事项目", Column::Task),
    ("具体内容", Column::Task),
    ("主要举措", Column::Measures),
    ("具体举措", Column::Measures),
    ("落实措施", Column::Measures),
    ("主责部门", Column::Lead),
    ("截止时间", Column::Deadline),
    ("办结时限", Column::Deadline),
    ("完成节点", Column::Deadline),
    ("时限", Column::Deadline),
    ("工作目标", Column::Target),
    ("具体目标", Column::Target),
    ("目标要求", Column::Target),
    ("年度目标", Column::Target),
    ("主要目标", Column::Target),
    ("预期目标", Column::Target),
    ("主办单位", Column::Lead),
    ("牵头处", Column::Lead),
    ("责任处", Column::Offices),
    ("配合处", Column::Co),
    ("细化分工", Column::Measures),
    ("工作措施", Column::Measures),
    ("具体措施", Column::Measures),
    ("主要措施", Column::Measures),
    ("工作举措", Column::Measures),
    ("推进措施", Column::Measures),
    ("牵头单位", Column::Lead),
    ("牵头处室", Column::Lead),
    ("牵头科室", Column::Lead),
    ("牵头部门", Column::Lead),
    ("牵头股室", Column::Lead),
    ("主责单位", Column::Lead),
    ("主责处室", Column::Lead),
    ("主责科室", Column::Lead),
    ("责任单位", Column::Offices),
    ("责任处室", Column::Offices),
    ("责任科室", Column::Offices),
    ("责任部门", Column::Offices),
    ("责任主体", Column::Offices),
    ("责任股室", Column::Offices),
    ("承办单位", Column::Offices),
    ("配合单位", Column::Co),
    ("协同单位", Column::Co),
    ("协办单位", Column::Co),
    ("配合处室", Column::Co),
    ("配合科室", Column::Co),
    ("配合部门", Column::Co),
    ("参与单位", Column::Co),
    ("配合股室", Column::Co),
    ("协办处室", Column::Co),
    ("协办科室", Column::Co),
    ("完成时限", Column::Deadline),
    ("时间节点", Column::Deadline),
    ("完成时间", Column::Deadline),
    ("完成期限", Column::Deadline),
    ("时限要求", Column::Deadline),
    ("进度安排", Column::Deadline),
    ("分管领导", Column::Persons),
    ("责任领导", Column::Persons),
    ("牵头领导", Column::Persons),
    ("责任人", Column::Persons),
    ("联系领导", Column::Persons),
    ("序号", Column::Number),
    ("编号", Column::Number),
    ("任务", Column::Task),
    ("办理时限", Column::Deadline),
    ("办理情况", Column::Progress),
    ("进展情况", Column::Progress),
    ("推进情况", Column::Progress),
    ("落实情况", Column::Progress),
    ("完成情况", Column::Progress),
    ("工作进展", Column::Progress),
    ("备注", Column::Note),
];

/// A header cell made comparable: no spaces, simplified script, no bracketed note
/// (`完成时限（2023年）`), no colon.
fn normalise(cell: &str) -> String {
    let mut s: String = cell
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(simplify)
        .collect();
    if let Some(k) = s.find(['（', '(']) {
        s.truncate(k);
    }
    s.trim_end_matches([':', '：']).to_string()
}

/// The column a header cell names: exactly, else by a name it contains.
fn column(cell: &str, exact: bool) -> Option<Column> {
    let s = normalise(cell);
    if s.is_empty() {
        return None;
    }
    if let Some((_, c)) = NAMES.iter().find(|(n, _)| *n == s) {
        return Some(*c);
    }
    if exact || s.chars().count() > 10 {
        return None;
    }
    NAMES
        .iter()
        .filter(|(n, _)| n.chars().count() >= 4)
        .find(|(n, _)| s.contains(n))
        .map(|(_, c)| *c)
}

/// A table's recognised header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub kinds: Vec<Column>,
    /// How many cells the header row writes, up to its last non-empty one (a
    /// trailing empty column does not count).
    pub width: usize,
    /// Empty header cells before its last one: what a merged header cell leaves
    /// when a table is copied as text.
    pub gaps: Vec<usize>,
}

impl Columns {
    /// Reads a header row: it must name a task column and an office column.
    pub fn recognise(cells: &[String]) -> Option<Columns> {
        Columns::from_names(cells.iter().map(String::as_str), false)
    }

    fn from_names<'a>(cells: impl Iterator<Item = &'a str>, exact: bool) -> Option<Columns> {
        let mut width = 0;
        let mut empty = Vec::new();
        let mut kinds: Vec<Column> = cells
            .enumerate()
            .map(|(k, c)| {
                if c.trim().is_empty() {
                    empty.push(k);
                } else {
                    width = k + 1;
                }
                column(c, exact).unwrap_or(Column::Other)
            })
            .collect();
        let gaps: Vec<usize> = empty.into_iter().filter(|&k| k < width).collect();
        // The first task column is the title; a second one (目标任务 beside 重点任务)
        // holds the target or more measures.
        let mut task_seen = false;
        for (k, kind) in kinds.iter_mut().enumerate() {
            if *kind == Column::Task {
                if task_seen {
                    *kind = Column::Measures;
                }
                task_seen = true;
            }
            let _ = k;
        }
        let offices = kinds
            .iter()
            .any(|k| matches!(k, Column::Offices | Column::Lead | Column::Co));
        (task_seen && offices).then_some(Columns { kinds, width, gaps })
    }

    /// Reads a second header row under a merged office column (责任单位 over 牵头 |
    /// 配合): returns whether `cells` was one, and gives those columns their part.
    pub fn refine(&mut self, cells: &[String]) -> bool {
        let sub = |cell: &str| match normalise(cell).as_str() {
            "牵头" | "牵头单位" | "牵头部门" | "牵头处室" | "主责" | "主责单位" => {
                Some(Column::Lead)
            }
            "配合" | "配合单位" | "配合部门" | "配合处室" | "协同" | "协同单位" | "参与"
            | "参与单位" | "协办" | "协办单位" => Some(Column::Co),
            _ => None,
        };
        let changes: Vec<(usize, Column)> = self
            .kinds
            .iter()
            .zip(cells)
            .enumerate()
            .filter(|(_, (k, _))| matches!(k, Column::Offices | Column::Lead | Column::Co))
            .filter_map(|(i, (_, c))| Some((i, sub(c)?)))
            .collect();
        // A data row has an item number; a header row has none.
        let numbered = self
            .kinds
            .iter()
            .zip(cells)
            .any(|(k, c)| *k == Column::Number && c.chars().any(|c| c.is_ascii_digit()));
        if changes.is_empty() || numbered {
            return false;
        }
        for (i, kind) in changes {
            self.kinds[i] = kind;
        }
        true
    }

    fn has(&self, kind: Column) -> bool {
        self.kinds.contains(&kind)
    }
}

/// A data row as its header reads it: a row one cell short for each gap a merged
/// header cell left (`序号|任务|牵头单位||完成时限` over `1|甲|乙局|6月底前`)
/// gets empty cells there, so its cells stand under their columns.
pub fn fit<'c>(columns: &Columns, cells: &'c [String]) -> std::borrow::Cow<'c, [String]> {
    let filled = cells
        .iter()
        .rposition(|c| !is_blank(c))
        .map_or(0, |k| k + 1);
    if columns.gaps.is_empty() || filled + columns.gaps.len() != columns.width {
        return std::borrow::Cow::Borrowed(cells);
    }
    let mut out: Vec<String> = cells[..filled].to_vec();
    for &gap in &columns.gaps {
        out.insert(gap.min(out.len()), String::new());
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a data row overruns its header: `Some((cells, header))` when it has
/// filled cells past the header's last column (they are left out). A row
/// shorter than its header is usual (a spreadsheet leaves trailing empty cells
/// out) and reads as empty cells.
pub fn misfit(columns: &Columns, cells: &[String]) -> Option<(usize, usize)> {
    let filled = cells
        .iter()
        .rposition(|c| !is_blank(c))
        .map_or(0, |k| k + 1);
    (filled > columns.width).then_some((filled, columns.width))
}

/// A header written one cell per line in text: three or more lines in a row that
/// are each exactly a column name. Returns the columns and how many lines they use.
pub(super) fn column_run(lines: &[Line<'_>]) -> Option<(Columns, usize)> {
    // Column names are short; most lines are prose and are refused by length.
    let is_name = |l: &Line<'_>| {
        matches!(l.kind, Kind::Text | Kind::Label { .. })
            && l.text.len() <= 30
            && column(l.text, true).is_some()
    };
    let n = lines.iter().take_while(|l| is_name(l)).count();
    if n < 3 {
        return None;
    }
    let columns = Columns::from_names(lines[..n].iter().map(|l| l.text), true)?;
    Some((columns, n))
}

/// A table row read against its header.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowRead {
    /// The 序号 as written, when the table has that column and the row fills it.
    pub number_text: String,
    pub number: Option<u32>,
    /// The task cell: the item's title and, after its first sentence, measures.
    pub task: String,
    pub fields: Vec<(Field, String)>,
}

/// An empty cell, or one holding only a placeholder (—, /, 无).
fn is_blank(cell: &str) -> bool {
    cell.trim().is_empty() || crate::plan::offices::is_placeholder(cell)
}

/// What a row of a task table is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKind {
    /// A group header (一、经济发展, or 一 | 经济发展 with nothing else): a section.
    Group {
        number: u32,
        numeral: String,
        title: String,
        sub: bool,
    },
    Item(RowRead),
    /// Nothing to read (an empty row, a repeated header).
    Skip,
}

/// Reads one data row.
pub fn read_row(columns: &Columns, cells: &[String]) -> RowKind {
    let cell = |kind: Column| -> Vec<&str> {
        columns
            .kinds
            .iter()
            .zip(cells)
            .filter(|(k, c)| **k == kind && !is_blank(c))
            .map(|(_, c)| c.trim())
            .collect()
    };
    let number_text = cell(Column::Number).first().copied().unwrap_or("");
    let task = cell(Column::Task).join("");
    // A repeated header row (a table continued over pages).
    if Columns::recognise(cells).is_some() {
        return RowKind::Skip;
    }
    let office_cells = [Column::Offices, Column::Lead, Column::Co]
        .iter()
        .any(|k| !cell(*k).is_empty());
    let filled: Vec<&str> = cells
        .iter()
        .filter(|c| !is_blank(c))
        .map(|c| c.trim())
        .collect();
    if !office_cells && let Some(group) = group(number_text, &task, &filled) {
        return group;
    }
    if task.is_empty() && cell(Column::Measures).is_empty() {
        return RowKind::Skip;
    }
    let digits: String = number_text
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .collect();
    let mut fields = Vec::new();
    for (kind, field) in [
        (Column::Target, Field::Target),
        (Column::Measures, Field::Measures),
        (Column::Lead, Field::Lead),
        (Column::Offices, Field::Offices),
        (Column::Co, Field::Co),
        (Column::Deadline, Field::Deadline),
        (Column::Persons, Field::Persons),
        (Column::Progress, Field::Progress),
        (Column::Note, Field::Note),
    ] {
        for text in cell(kind) {
            // 责任单位 beside a 牵头单位 column names the co-operating units.
            let field = if field == Field::Offices && columns.has(Column::Lead) {
                Field::Co
            } else {
                field
            };
            fields.push((field, text.to_string()));
        }
    }
    RowKind::Item(RowRead {
        number_text: number_text.to_string(),
        number: (!digits.is_empty()).then(|| number(&digits)).flatten(),
        task,
        fields,
    })
}

/// A row that names a group: `一、经济发展` alone, or `一` and `经济发展`.
fn group(number_text: &str, task: &str, filled: &[&str]) -> Option<RowKind> {
    let heading = |text: &str| -> Option<RowKind> {
        if let Some((number, numeral, title)) = section_heading(text) {
            return Some(RowKind::Group {
                number,
                numeral: numeral.to_string(),
                title: title.to_string(),
                sub: false,
            });
        }
        let (number, numeral, title) = sub_heading(text)?;
        Some(RowKind::Group {
            number,
            numeral: numeral.to_string(),
            title: title.to_string(),
            sub: true,
        })
    };
    if filled.len() == 1 {
        return heading(filled[0]);
    }
    // `一` / `一、` (a section), or `（一）` (a sub-section), in the 序号 column.
    let written = number_text.trim_end_matches(['、', '.', '．']);
    let bracketed = written
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']));
    let numeral = bracketed.unwrap_or(written);
    if !numeral.is_empty()
        && numeral
            .chars()
            .all(|c| "一二三四五六七八九十百零".contains(c))
        && !task.is_empty()
    {
        return Some(RowKind::Group {
            number: number(numeral)?,
            numeral: numeral.to_string(),
            title: task.to_string(),
            sub: bracketed.is_some(),
        });
    }
    heading(task).filter(|_| filled.len() <= 2)
}

/// The names of a task table's office columns, for the warnings.
pub const OFFICE_COLUMN_NAMES: &str = "牵头单位/责任单位/责任处室";
/// The names of a task table's task column, for the warnings.
pub const TASK_COLUMN_NAMES: &str = "重点任务/工作任务/任务";

/// A first row that is not a header: its cells joined by ` / `, and what it lacks.
pub fn header_lacks(cells: &[String]) -> (String, super::warning::Missing) {
    use super::warning::Missing;
    let (names, has_task, has_office) = header_parts(cells);
    let missing = match (has_task, has_office) {
        (true, false) => Missing::Office,
        (false, true) => Missing::Task,
        (false, false) => Missing::Both,
        (true, true) => Missing::Nothing,
    };
    (names.join(" / "), missing)
}

/// A header row's names and whether it has a task and an office column.
fn header_parts(cells: &[String]) -> (Vec<&str>, bool, bool) {
    let names: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let kinds: Vec<Column> = names
        .iter()
        .map(|c| column(c, false).unwrap_or(Column::Other))
        .collect();
    let has = |k: &[Column]| kinds.iter().any(|c| k.contains(c));
    let task = has(&[Column::Task]);
    let office = has(&[Column::Offices, Column::Lead, Column::Co]);
    (names, task, office)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(s: &str) -> Vec<String> {
        s.split('|').map(|c| c.trim().to_string()).collect()
    }

    #[test]
    fn header_columns_by_name() {
        let c = Columns::recognise(&cells(
            "序号|重点任务|细化分工|牵头单位|配合单位|完成时限|分管领导|备注",
        ))
        .unwrap();
        assert_eq!(
            c.kinds,
            [
                Column::Number,
                Column::Task,
                Column::Measures,
                Column::Lead,
                Column::Co,
                Column::Deadline,
                Column::Persons,
                Column::Note
            ]
        );
        let c = Columns::recognise(&cells("序 号|工作任务|责任单位|时间节点|责任人")).unwrap();
        assert_eq!(
            c.kinds,
            [
                Column::Number,
                Column::Task,
                Column::Offices,
                Column::Deadline,
                Column::Persons
            ]
        );
        let c = Columns::recognise(&cells(
            "任务|目标任务|具体措施|主要责任单位|协同单位|完成时限（2023年）",
        ))
        .unwrap();
        assert_eq!(
            c.kinds,
            [
                Column::Task,
                Column::Measures,
                Column::Measures,
                Column::Lead,
                Column::Co,
                Column::Deadline
            ]
        );
        for name in ["重点工作", "目标任务", "任务事项", "督办事项"] {
            assert!(Columns::recognise(&cells(&format!("{name}|责任处室"))).is_some());
        }
        assert!(Columns::recognise(&cells("协同配合单位|重点任务")).is_some());
        assert!(Columns::recognise(&cells("牽頭單位|重點任務")).is_some());
        assert!(Columns::recognise(&cells("牽頭單位|工作任務")).is_some());
    }

    #[test]
    fn more_column_names_departments_use() {
        let c = Columns::recognise(&cells("序号|督办事项|主要举措|主责部门|办结时限")).unwrap();
        assert_eq!(
            c.kinds,
            [
                Column::Number,
                Column::Task,
                Column::Measures,
                Column::Lead,
                Column::Deadline
            ]
        );
        let c = Columns::recognise(&cells("项目名称|责任单位|时限")).unwrap();
        assert_eq!(c.kinds, [Column::Task, Column::Offices, Column::Deadline]);
    }

    #[test]
    fn a_second_header_row_splits_a_merged_office_column() {
        let mut c = Columns::recognise(&cells("序号|重点任务|责任单位|责任单位|完成时限")).unwrap();
        assert!(c.refine(&cells("序号|重点任务|牵头|配合|完成时限")));
        assert_eq!(
            c.kinds,
            [
                Column::Number,
                Column::Task,
                Column::Lead,
                Column::Co,
                Column::Deadline
            ]
        );
        assert!(
            !c.refine(&cells("1|甲|牵头|配合|6月")),
            "a numbered row is data"
        );
    }

    #[test]
    fn rows_short_by_a_merged_header_gap_fit_and_overruns_are_found() {
        let columns = Columns::recognise(&cells("序号|重点任务|牵头单位||完成时限|")).unwrap();
        assert_eq!((columns.width, columns.gaps.clone()), (5, vec![3]));
        let row = cells("1|甲|乙科|6月底前");
        assert_eq!(&*fit(&columns, &row), cells("1|甲|乙科||6月底前"));
        let full = cells("1|甲|乙科|丙科|6月底前");
        assert_eq!(&*fit(&columns, &full), full, "a full row stays");
        assert_eq!(misfit(&columns, &full), None);
        assert_eq!(
            misfit(&columns, &cells("1|甲|乙科||6月底前|多余")),
            Some((6, 5))
        );
        assert_eq!(
            misfit(&columns, &cells("1|甲")),
            None,
            "short rows are usual"
        );
    }

    #[test]
    fn headers_need_a_task_and_an_office_column() {
        assert_eq!(Columns::recognise(&cells("序号|任务|备注")), None);
        assert_eq!(
            header_lacks(&cells("序号|任务|备注")),
            (
                "序号 / 任务 / 备注".to_string(),
                super::super::warning::Missing::Office
            )
        );
        assert_eq!(Columns::recognise(&cells("姓名|电话")), None);
    }

    #[test]
    fn rows_become_items_or_groups() {
        let c = Columns::recognise(&cells("序号|重点任务|牵头单位|责任单位|完成时限")).unwrap();
        assert_eq!(
            read_row(&c, &cells("一、经济发展||||")),
            RowKind::Group {
                number: 1,
                numeral: "一".into(),
                title: "经济发展".into(),
                sub: false
            }
        );
        assert_eq!(
            read_row(&c, &cells("二|社会事业|||")),
            RowKind::Group {
                number: 2,
                numeral: "二".into(),
                title: "社会事业".into(),
                sub: false
            }
        );
        let RowKind::Item(row) = read_row(
            &c,
            &cells("68|稳就业。新增就业1万人。|市人社局|市财政局|年底前"),
        ) else {
            panic!("an item");
        };
        assert_eq!(row.number, Some(68));
        assert_eq!(row.task, "稳就业。新增就业1万人。");
        assert_eq!(
            row.fields,
            [
                (Field::Lead, "市人社局".to_string()),
                (Field::Co, "市财政局".to_string()),
                (Field::Deadline, "年底前".to_string())
            ]
        );
        assert_eq!(read_row(&c, &cells("||||")), RowKind::Skip);
        assert_eq!(
            read_row(&c, &cells("（二）|教师队伍|||")),
            RowKind::Group {
                number: 2,
                numeral: "二".into(),
                title: "教师队伍".into(),
                sub: true
            }
        );
    }
}
