//! The offices overview: one row per office, a sort column and direction, and the
//! selected office (by name).

use crate::plan::Status;
use crate::store::{OfficeOverview, OfficeReports, SupervisionOverview};

/// The columns the overview can be sorted by, in the order the sort key cycles them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    Items,
    Lead,
    Status(Status),
    Measures,
    Overdue,
    Name,
}

impl SortColumn {
    pub const ALL: [SortColumn; 9] = [
        SortColumn::Items,
        SortColumn::Lead,
        SortColumn::Status(Status::Todo),
        SortColumn::Status(Status::Doing),
        SortColumn::Status(Status::Blocked),
        SortColumn::Status(Status::Done),
        SortColumn::Measures,
        SortColumn::Overdue,
        SortColumn::Name,
    ];

    /// Numbers read best largest first, names in their usual order.
    fn descending_by_default(self) -> bool {
        self != SortColumn::Name
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewState {
    offices: Vec<OfficeOverview>,
    /// The supervision picture: reports per office, progress by week, activity.
    pub supervision: Option<SupervisionOverview>,
    /// Indices into `offices` in display order.
    order: Vec<usize>,
    sort: SortColumn,
    descending: bool,
    /// The highlighted office, by name.
    selected: Option<String>,
    window: super::Window,
}

impl OverviewState {
    pub fn new(offices: Vec<OfficeOverview>) -> OverviewState {
        let mut o = OverviewState {
            order: Vec::new(),
            sort: SortColumn::Items,
            descending: true,
            selected: None,
            window: super::Window::default(),
            offices,
            supervision: None,
        };
        o.resort();
        o.selected = o.order.first().map(|&i| o.offices[i].name.clone());
        o
    }

    /// Replaces the rows after a change, keeping sort, selection and scroll.
    pub fn replace(&mut self, offices: Vec<OfficeOverview>) {
        let at = self.selected_index();
        self.offices = offices;
        self.resort();
        if self.selected_index().is_none() {
            let at = at.unwrap_or(0).min(self.order.len().saturating_sub(1));
            self.selected = self.order.get(at).map(|&i| self.offices[i].name.clone());
        }
        self.keep_visible();
    }

    /// The office's reports for the period, if the supervision picture has them.
    pub fn reports_of(&self, office: &str) -> Option<&OfficeReports> {
        let sv = self.supervision.as_ref()?;
        sv.reports.iter().find(|r| r.office == office)
    }

    /// The office's changes per week, oldest first, if read.
    pub fn activity_of(&self, office: &str) -> Option<&[u32]> {
        let sv = self.supervision.as_ref()?;
        sv.activity
            .iter()
            .find(|(name, _)| name == office)
            .map(|(_, weeks)| weeks.as_slice())
    }

    pub fn sort(&self) -> SortColumn {
        self.sort
    }

    pub fn descending(&self) -> bool {
        self.descending
    }

    /// Sorts by the next column, in that column's natural direction.
    pub fn sort_next(&mut self) {
        let at = SortColumn::ALL
            .iter()
            .position(|c| *c == self.sort)
            .unwrap_or(0);
        self.sort = SortColumn::ALL[(at + 1) % SortColumn::ALL.len()];
        self.descending = self.sort.descending_by_default();
        self.resort();
    }

    pub fn reverse(&mut self) {
        self.descending = !self.descending;
        self.resort();
    }

    fn resort(&mut self) {
        let key = |o: &OfficeOverview| -> i64 {
            match self.sort {
                SortColumn::Items => o.items().into(),
                SortColumn::Lead => o.lead.total().into(),
                SortColumn::Status(s) => o.all().get(s).into(),
                // Offices whose items have no measures sort below 0 %.
                SortColumn::Measures => o.measures_done_percent().map_or(-1, i64::from),
                SortColumn::Overdue => o.overdue.into(),
                SortColumn::Name => 0,
            }
        };
        let mut order: Vec<usize> = (0..self.offices.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&self.offices[a], &self.offices[b]);
            let by_key = key(a).cmp(&key(b));
            let by_key = if self.descending {
                by_key.reverse()
            } else {
                by_key
            };
            // Ties, and the name column itself, go by name.
            let by_name = if self.sort == SortColumn::Name && self.descending {
                b.name.cmp(&a.name)
            } else {
                a.name.cmp(&b.name)
            };
            by_key.then(by_name)
        });
        self.order = order;
        self.keep_visible();
    }

    /// The offices in display order.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = &OfficeOverview> {
        self.order.iter().map(|&i| &self.offices[i])
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// How many rows are offices, not groups (各县市区, 相关处室): what the title
    /// counts.
    pub fn office_count(&self) -> usize {
        self.offices.iter().filter(|o| !o.group).count()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn selected_index(&self) -> Option<usize> {
        let name = self.selected.as_deref()?;
        self.order
            .iter()
            .position(|&i| self.offices[i].name == name)
    }

    pub fn selected(&self) -> Option<&str> {
        self.selected_index().and(self.selected.as_deref())
    }

    /// Selects the office called `name`, if listed; returns whether it is.
    pub fn select(&mut self, name: &str) -> bool {
        if !self.offices.iter().any(|o| o.name == name) {
            return false;
        }
        self.selected = Some(name.to_string());
        self.keep_visible();
        true
    }

    pub fn step(&mut self, delta: isize) {
        if self.order.is_empty() {
            return;
        }
        let at = self.selected_index().unwrap_or(0);
        let to = super::stepped(at, delta, self.order.len());
        self.selected = Some(self.offices[self.order[to]].name.clone());
        self.keep_visible();
    }

    pub fn scroll(&self) -> usize {
        self.window.scroll()
    }

    pub fn page_rows(&self) -> usize {
        self.window.rows()
    }

    /// Tells the overview how many office rows fit on screen.
    pub fn set_rows(&mut self, rows: usize) {
        self.window.set_rows(rows);
        self.keep_visible();
    }

    fn keep_visible(&mut self) {
        let at = self.selected_index().unwrap_or(0);
        self.window.show(at, self.order.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StatusCounts;

    fn office(name: &str, lead: u32, todo: u32, done: u32, overdue: u32) -> OfficeOverview {
        OfficeOverview {
            name: name.into(),
            group: false,
            lead: StatusCounts {
                todo: lead,
                ..Default::default()
            },
            co: StatusCounts {
                todo: todo.saturating_sub(lead),
                done,
                ..Default::default()
            },
            measures_done: done,
            measures_total: 10,
            overdue,
            due_soon: 0,
        }
    }

    fn overview() -> OverviewState {
        OverviewState::new(vec![
            office("办公室", 3, 5, 1, 0),
            office("基教处", 1, 2, 5, 2),
            office("职成处", 2, 2, 0, 1),
        ])
    }

    fn names(o: &OverviewState) -> Vec<&str> {
        o.rows().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn starts_by_items_largest_first_on_the_first_row() {
        let o = overview();
        assert_eq!(names(&o), ["基教处", "办公室", "职成处"]);
        assert_eq!(o.selected(), Some("基教处"));
        assert_eq!(o.sort(), SortColumn::Items);
        assert!(o.descending());
    }

    #[test]
    fn sort_cycles_columns_and_reverses() {
        let mut o = overview();
        o.sort_next();
        assert_eq!(o.sort(), SortColumn::Lead);
        assert_eq!(names(&o), ["办公室", "职成处", "基教处"]);
        o.reverse();
        assert_eq!(names(&o), ["基教处", "职成处", "办公室"]);
        // Overdue: 基教处 2, 职成处 1, 办公室 0.
        while o.sort() != SortColumn::Overdue {
            o.sort_next();
        }
        assert!(
            o.descending(),
            "a new column starts in its natural direction"
        );
        assert_eq!(names(&o), ["基教处", "职成处", "办公室"]);
        o.sort_next();
        assert_eq!(o.sort(), SortColumn::Name);
        assert!(!o.descending());
        o.reverse();
        let mut sorted = names(&o);
        sorted.sort();
        sorted.reverse();
        assert_eq!(names(&o), sorted);
        o.sort_next();
        assert_eq!(o.sort(), SortColumn::Items, "the cycle wraps");
    }

    #[test]
    fn selection_stays_on_the_office_across_sorts() {
        let mut o = overview();
        o.step(2);
        assert_eq!(o.selected(), Some("职成处"));
        o.reverse();
        assert_eq!(o.selected(), Some("职成处"));
        assert_eq!(o.selected_index(), Some(0));
        o.step(-5);
        assert_eq!(o.selected(), Some("职成处"));
        o.step(10);
        assert_eq!(o.selected_index(), Some(2));
        assert!(o.select("办公室"));
        assert_eq!(o.selected(), Some("办公室"));
        assert!(!o.select("无此处"));
        assert_eq!(o.selected(), Some("办公室"));
    }

    #[test]
    fn scrolls_to_keep_selection_visible() {
        let offices = (0..20)
            .map(|i| office(&format!("处{i:02}"), 0, i, 0, 0))
            .collect();
        let mut o = OverviewState::new(offices);
        o.set_rows(5);
        o.step(7);
        assert_eq!(o.scroll(), 3);
        o.step(-7);
        assert_eq!(o.scroll(), 0);
        o.step(100);
        assert_eq!(o.scroll(), 15);
        o.set_rows(50);
        assert_eq!(o.scroll(), 0);
    }

    #[test]
    fn replace_keeps_selection_or_its_place() {
        let mut o = overview();
        o.step(1);
        let mut rows: Vec<OfficeOverview> = o.rows().cloned().collect();
        rows.retain(|r| r.name != "办公室");
        o.replace(rows);
        assert_eq!(o.selected_index(), Some(1));
        assert_eq!(o.len(), 2);
    }
}
