//! The office picker: offices with their counts, narrowed as the user types.

use crate::store::OfficeStats;
use crate::tui::matcher::{MatchKey, normalize_query};
use crate::tui::state::line::LineEditor;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerEntry {
    pub name: String,
    pub items: u32,
    pub lead: u32,
    key: MatchKey,
    /// Other names of the office (基础教育处 for 基教处), each with its key.
    aliases: Vec<(String, MatchKey)>,
}

impl PickerEntry {
    /// The alias `query` (normalized) found this office by, when its name alone does
    /// not match: shown beside the name, so the alias is not taken for another office.
    pub fn matched_alias(&self, query: &str) -> Option<&str> {
        if self.key.matches(query) {
            return None;
        }
        self.aliases
            .iter()
            .find(|(_, k)| k.matches(query))
            .map(|(a, _)| a.as_str())
    }

    fn matches(&self, query: &str) -> bool {
        self.key.matches(query) || self.aliases.iter().any(|(_, k)| k.matches(query))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerState {
    entries: Vec<PickerEntry>,
    line: LineEditor,
    /// Indices into `entries` that match the query.
    matches: Vec<usize>,
    /// The highlighted office, by name.
    selected: Option<String>,
    /// The office the user last put the highlight on (or the one in force): the
    /// highlight goes back to it whenever it matches again.
    chosen: Option<String>,
    pub lead_only: bool,
}

impl PickerState {
    pub fn new(offices: &[OfficeStats], current: Option<&str>, lead_only: bool) -> PickerState {
        // Groups (各县市区, 相关处室) are not offices one can pick.
        let entries = offices
            .iter()
            .filter(|o| !o.group)
            .map(|o| PickerEntry {
                name: o.name.clone(),
                items: o.items(),
                lead: o.lead.total(),
                key: MatchKey::with_full(&o.name),
                // Aliases match too (e.g. a short name people type).
                aliases: o
                    .aliases
                    .iter()
                    .map(|a| (a.clone(), MatchKey::with_full(a)))
                    .collect(),
            })
            .collect();
        let mut p = PickerState {
            entries,
            line: LineEditor::new(),
            matches: Vec::new(),
            selected: current.map(str::to_string),
            chosen: current.map(str::to_string),
            lead_only,
        };
        p.narrow();
        p
    }

    pub fn query(&self) -> &str {
        self.line.text()
    }

    /// The query as matched (see `normalize_query`).
    pub fn normalized_query(&self) -> String {
        normalize_query(self.line.text())
    }

    /// The query field, for the view's cursor.
    pub fn line(&self) -> &LineEditor {
        &self.line
    }

    /// Edits the query with `f` and narrows the list when it changed; returns what
    /// `f` returned (whether the action was an edit).
    pub fn edit(&mut self, f: impl FnOnce(&mut LineEditor) -> bool) -> bool {
        let before = self.line.text().to_string();
        let edited = f(&mut self.line);
        if self.line.text() != before {
            self.narrow();
        }
        edited
    }

    pub fn push(&mut self, c: char) {
        self.edit(|l| {
            l.insert(c);
            true
        });
    }

    pub fn push_str(&mut self, s: &str) {
        self.edit(|l| {
            l.insert_str(s);
            true
        });
    }

    pub fn pop(&mut self) {
        self.edit(|l| {
            l.delete_back();
            true
        });
    }

    fn narrow(&mut self) {
        let q = normalize_query(self.line.text());
        self.matches = (0..self.entries.len())
            .filter(|&i| self.entries[i].matches(&q))
            .collect();
        // By identity: the chosen office when it matches, else the one highlighted.
        let shown = |name: &str| self.matches.iter().any(|&i| self.entries[i].name == name);
        if let Some(chosen) = self.chosen.as_deref().filter(|c| shown(c)) {
            self.selected = Some(chosen.to_string());
        }
        if self.selected_index().is_none() {
            self.selected = self.matches.first().map(|&i| self.entries[i].name.clone());
        }
    }

    /// The offices that match, in order.
    pub fn matches(&self) -> impl ExactSizeIterator<Item = &PickerEntry> {
        self.matches.iter().map(|&i| &self.entries[i])
    }

    /// The position of the highlighted office among the matches.
    pub fn selected_index(&self) -> Option<usize> {
        let name = self.selected.as_deref()?;
        self.matches
            .iter()
            .position(|&i| self.entries[i].name == name)
    }

    pub fn selected(&self) -> Option<&str> {
        self.selected_index().and(self.selected.as_deref())
    }

    pub fn step(&mut self, delta: isize) {
        if self.matches.is_empty() {
            return;
        }
        let at = self.selected_index().unwrap_or(0);
        let to = at.saturating_add_signed(delta).min(self.matches.len() - 1);
        self.selected = Some(self.entries[self.matches[to]].name.clone());
        self.chosen = self.selected.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StatusCounts;

    fn office(name: &str, lead: u32, co: u32) -> OfficeStats {
        OfficeStats {
            name: name.into(),
            group: false,
            aliases: vec![],
            lead: StatusCounts {
                todo: lead,
                ..Default::default()
            },
            co: StatusCounts {
                doing: co,
                ..Default::default()
            },
        }
    }

    fn picker() -> PickerState {
        PickerState::new(
            &[
                office("办公室", 3, 4),
                office("基教处", 5, 6),
                office("职成处", 2, 1),
                office("教育督导处", 1, 0),
            ],
            None,
            false,
        )
    }

    #[test]
    fn groups_are_not_in_the_list_of_offices() {
        let mut group = office("相关处室", 2, 2);
        group.group = true;
        let p = PickerState::new(&[office("办公室", 3, 4), group], None, false);
        let names: Vec<&str> = p.matches().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["办公室"]);
    }

    #[test]
    fn lists_every_office_with_counts() {
        let p = picker();
        assert_eq!(p.matches().len(), 4);
        let first = p.matches().next().unwrap();
        assert_eq!(
            (first.name.as_str(), first.items, first.lead),
            ("办公室", 7, 3)
        );
        assert_eq!(p.selected(), Some("办公室"));
    }

    #[test]
    fn narrows_by_initials_pinyin_and_name() {
        let mut p = picker();
        p.push_str("jjc");
        let names: Vec<_> = p.matches().map(|e| e.name.as_str()).collect();
        assert_eq!(names, vec!["基教处"]);
        assert_eq!(p.selected(), Some("基教处"));
        p.pop();
        p.pop();
        p.pop();
        p.push_str("jiao");
        let names: Vec<_> = p.matches().map(|e| e.name.as_str()).collect();
        assert_eq!(names, vec!["基教处", "教育督导处"]);
        let mut p = picker();
        p.push('处');
        assert_eq!(p.matches().len(), 3);
    }

    #[test]
    fn selection_is_kept_by_name_while_narrowing() {
        let mut p = picker();
        p.step(2);
        assert_eq!(p.selected(), Some("职成处"));
        p.push('处');
        assert_eq!(p.selected(), Some("职成处"));
        p.push('x');
        assert_eq!(p.selected(), None);
        p.step(1);
        assert_eq!(p.selected(), None);
    }

    #[test]
    fn the_chosen_office_comes_back_when_the_list_widens_again() {
        let mut p = picker();
        p.step(1);
        assert_eq!(p.selected(), Some("基教处"));
        // Narrowed past it, the highlight goes to what is left ...
        p.push_str("zc");
        assert_eq!(p.selected(), Some("职成处"));
        // ... and back on it when it shows again, not on the first row.
        p.pop();
        p.pop();
        assert_eq!(p.selected(), Some("基教处"));
        p.push('处');
        assert_eq!(p.selected(), Some("基教处"));
    }

    #[test]
    fn an_alias_shows_with_its_office_not_as_another() {
        let mut jj = office("基教处", 5, 6);
        jj.aliases = vec!["基础教育处".into()];
        let mut p = PickerState::new(&[office("办公室", 1, 0), jj], None, false);
        p.push_str("基础");
        let found: Vec<_> = p.matches().collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "基教处");
        assert_eq!(
            found[0].matched_alias(&p.normalized_query()),
            Some("基础教育处")
        );
        p.pop();
        p.pop();
        p.push_str("jjc");
        let found: Vec<_> = p.matches().collect();
        assert_eq!(found[0].matched_alias(&p.normalized_query()), None);
        p.pop();
        p.pop();
        p.pop();
        p.push_str("jcjy");
        assert_eq!(
            p.selected(),
            Some("基教处"),
            "found by the alias's initials"
        );
    }

    #[test]
    fn starts_on_the_current_filter() {
        let p = PickerState::new(
            &[office("办公室", 1, 0), office("基教处", 1, 0)],
            Some("基教处"),
            true,
        );
        assert_eq!(p.selected(), Some("基教处"));
        assert!(p.lead_only);
    }
}
