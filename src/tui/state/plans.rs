//! The plan switcher: the database's plans with their item counts, one highlighted.

use crate::store::{PlanId, PlanSummary};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSwitcher {
    plans: Vec<PlanSummary>,
    /// The plan the board shows now.
    current: PlanId,
    /// The highlighted plan, by id.
    selected: PlanId,
}

impl PlanSwitcher {
    /// The switcher over `plans`, starting on the board's plan.
    pub fn new(plans: Vec<PlanSummary>, current: PlanId) -> PlanSwitcher {
        PlanSwitcher {
            plans,
            current,
            selected: current,
        }
    }

    pub fn plans(&self) -> &[PlanSummary] {
        &self.plans
    }

    pub fn current(&self) -> PlanId {
        self.current
    }

    /// The position of the highlighted plan; the first when the board's plan is gone.
    pub fn selected_index(&self) -> Option<usize> {
        if self.plans.is_empty() {
            return None;
        }
        Some(
            self.plans
                .iter()
                .position(|p| p.id == self.selected)
                .unwrap_or(0),
        )
    }

    pub fn selected(&self) -> Option<&PlanSummary> {
        self.selected_index().map(|i| &self.plans[i])
    }

    pub fn step(&mut self, delta: isize) {
        let Some(at) = self.selected_index() else {
            return;
        };
        let to = at.saturating_add_signed(delta).min(self.plans.len() - 1);
        self.selected = self.plans[to].id;
    }

    pub fn first(&mut self) {
        self.step(isize::MIN / 2);
    }

    pub fn last(&mut self) {
        self.step(isize::MAX / 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: PlanId, items: u32) -> PlanSummary {
        PlanSummary {
            id,
            title: format!("计划{id}"),
            doc_number: None,
            date: None,
            items,
            created_at: String::new(),
            updated_at: String::new(),
            warnings: 0,
        }
    }

    #[test]
    fn starts_on_the_current_plan_and_steps_within_the_list() {
        let mut s = PlanSwitcher::new(vec![summary(1, 34), summary(2, 3), summary(5, 7)], 2);
        assert_eq!(s.selected().map(|p| p.id), Some(2));
        s.step(1);
        assert_eq!(s.selected().map(|p| p.id), Some(5));
        s.step(1);
        assert_eq!(s.selected().map(|p| p.id), Some(5), "stops at the end");
        s.first();
        assert_eq!(s.selected().map(|p| p.id), Some(1));
        s.step(-1);
        assert_eq!(s.selected().map(|p| p.id), Some(1), "stops at the start");
        s.last();
        assert_eq!(s.selected_index(), Some(2));
        assert_eq!(s.current(), 2);
    }

    #[test]
    fn an_empty_list_selects_nothing() {
        let mut s = PlanSwitcher::new(Vec::new(), 1);
        s.step(1);
        assert_eq!(s.selected(), None);
    }
}
