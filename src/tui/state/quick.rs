//! The board's quick filters (`f`, then a letter): overdue, due within a week,
//! blocked, unreported, urged and unanswered, waiting for 销号, by source.
//!
//! A quick filter is taken when it is chosen: the items that match then, plus any
//! that come to match later. An item that stops matching (the card the user just
//! moved out of 受阻, or confirmed) stays until the filter is chosen again, so the
//! cursor never jumps off the card the user acts on.

use crate::plan::Status;
use crate::plan::adhoc::Source;
use crate::plan::deadline::Light;
use crate::store::{Card, CardScope, ItemId, PlanId, Store, StoreError};
use crate::tui::action::Action;
use crate::tui::strings::Lang;
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};

/// How many days ahead "due soon" looks.
pub const DUE_SOON_DAYS: i32 = 7;

/// The last day "due soon" reaches from `today`.
fn due_soon_end(today: Date) -> Date {
    today.saturating_add(jiff::Span::new().days(DUE_SOON_DAYS))
}

/// Which items a quick filter keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickKind {
    Overdue,
    DueSoon,
    Blocked,
    /// No report this period, after the period's due day (the card's 未报).
    Unreported,
    /// An urge waits for its reply.
    Urged,
    /// Done, waiting for a supervisor's 销号.
    Awaiting,
    /// Items from one source (领导批示, 会议议定…).
    Source(Source),
}

impl QuickKind {
    /// The filter a key in the quick-filter menu chooses (sources aside).
    pub fn from_action(a: &Action) -> Option<QuickKind> {
        Some(match a {
            Action::FilterOverdue => QuickKind::Overdue,
            Action::FilterDueSoon => QuickKind::DueSoon,
            Action::FilterBlocked => QuickKind::Blocked,
            Action::FilterUnreported => QuickKind::Unreported,
            Action::FilterUrged => QuickKind::Urged,
            Action::FilterAwaiting => QuickKind::Awaiting,
            _ => return None,
        })
    }

    /// Whether `card` matches, judged against `today`; `source` is the card's
    /// source, when it has one.
    pub fn matches(&self, card: &Card, today: Date, source: Option<Source>) -> bool {
        let open = card.status != Status::Done;
        let due = || card.due.as_deref().and_then(|d| d.parse::<Date>().ok());
        match self {
            QuickKind::Overdue => {
                open && (card.light == Some(Light::Overdue) || due().is_some_and(|d| d < today))
            }
            QuickKind::DueSoon => {
                let end = due_soon_end(today);
                open && due().is_some_and(|d| d >= today && d <= end)
            }
            QuickKind::Blocked => card.status == Status::Blocked,
            QuickKind::Unreported => card.supervision.unreported,
            QuickKind::Urged => card.supervision.urges_open > 0,
            QuickKind::Awaiting => card.supervision.awaiting_confirmation,
            QuickKind::Source(s) => source == Some(*s),
        }
    }

    /// The filter's name in the header: `逾期`, `7天内到期`, `来源: 领导批示`.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            QuickKind::Overdue => lang.msg("desk-overdue"),
            QuickKind::DueSoon => lang.msg("desk-due-soon"),
            QuickKind::Blocked => lang.msg("desk-blocked"),
            QuickKind::Unreported => lang.msg("desk-unreported"),
            QuickKind::Urged => lang.msg("desk-urged"),
            QuickKind::Awaiting => lang.msg("desk-awaiting"),
            QuickKind::Source(s) => {
                crate::t!(lang, "desk-source", source = s.label(lang == Lang::En))
            }
        }
    }
}

/// The quick filter in force: its kind and the items it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickFilter {
    pub kind: QuickKind,
    ids: HashSet<ItemId>,
}

impl QuickFilter {
    /// The filter over `cards` as they are now.
    pub fn new<'a>(
        kind: QuickKind,
        cards: impl Iterator<Item = &'a Card>,
        today: Date,
        sources: &HashMap<ItemId, Source>,
    ) -> QuickFilter {
        let mut f = QuickFilter {
            kind,
            ids: HashSet::new(),
        };
        f.admit(cards, today, sources);
        f
    }

    /// Adds the cards of `cards` that match now; keeps those that matched before.
    pub fn admit<'a>(
        &mut self,
        cards: impl Iterator<Item = &'a Card>,
        today: Date,
        sources: &HashMap<ItemId, Source>,
    ) {
        for c in cards {
            if self.kind.matches(c, today, sources.get(&c.id).copied()) {
                self.ids.insert(c.id);
            }
        }
    }

    /// `admit` over every card of `plan`, read one at a time from `store`.
    pub fn admit_all(
        &mut self,
        store: &Store,
        plan: PlanId,
        sources: &HashMap<ItemId, Source>,
    ) -> Result<(), StoreError> {
        let today = store.today();
        let (from, to) = (today.to_string(), due_soon_end(today).to_string());
        // Read only the cards that can match (the light is judged from the same ISO
        // `due`, so an overdue card is due before today); `matches` has the last word.
        let scope = match &self.kind {
            QuickKind::Overdue => CardScope::OpenDueBefore(&from),
            QuickKind::DueSoon => CardScope::OpenDueWithin(&from, &to),
            QuickKind::Blocked => CardScope::Status(Status::Blocked),
            QuickKind::Unreported => CardScope::Open,
            QuickKind::Urged => CardScope::UrgesOpen,
            QuickKind::Awaiting => CardScope::AwaitingConfirmation,
            QuickKind::Source(s) => CardScope::Source(s.key()),
        };
        store.for_each_card(plan, scope, |c| {
            self.admit(std::iter::once(c), today, sources)
        })
    }

    pub fn keeps(&self, id: ItemId) -> bool {
        self.ids.contains(&id)
    }

    /// How many items it keeps, whatever the other filters.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::CardFlags;

    fn card(id: ItemId, status: Status, due: Option<&str>) -> Card {
        Card {
            id,
            number: id as u32,
            section: None,
            title: format!("事项{id}"),
            status,
            position: id,
            lead_office: None,
            measures_done: 0,
            measures_total: 0,
            notes: 0,
            deadline: None,
            due: due.map(Into::into),
            light: None,
            indicators_total: 0,
            indicators_behind: 0,
            version: 1,
            updated_at: String::new(),
            supervision: CardFlags::default(),
        }
    }

    fn today() -> Date {
        jiff::civil::date(2020, 6, 15)
    }

    #[test]
    fn overdue_and_due_soon_judge_open_items_by_their_date() {
        let late = card(1, Status::Doing, Some("2020-06-14"));
        let done_late = card(2, Status::Done, Some("2020-06-01"));
        let soon = card(3, Status::Todo, Some("2020-06-22"));
        let later = card(4, Status::Todo, Some("2020-06-23"));
        let due_today = card(5, Status::Blocked, Some("2020-06-15"));
        let t = today();
        assert!(QuickKind::Overdue.matches(&late, t, None));
        assert!(!QuickKind::Overdue.matches(&done_late, t, None));
        assert!(!QuickKind::Overdue.matches(&due_today, t, None));
        assert!(QuickKind::DueSoon.matches(&soon, t, None), "7 days ahead");
        assert!(!QuickKind::DueSoon.matches(&later, t, None), "8 days ahead");
        assert!(QuickKind::DueSoon.matches(&due_today, t, None));
        assert!(!QuickKind::DueSoon.matches(&late, t, None));
    }

    #[test]
    fn a_filter_keeps_what_stopped_matching_and_admits_new_matches() {
        let mut a = card(1, Status::Blocked, None);
        let mut b = card(2, Status::Doing, None);
        let none = HashMap::new();
        let mut f = QuickFilter::new(QuickKind::Blocked, [&a, &b].into_iter(), today(), &none);
        assert!(f.keeps(1) && !f.keeps(2));
        a.status = Status::Doing;
        b.status = Status::Blocked;
        f.admit([&a, &b].into_iter(), today(), &none);
        assert!(f.keeps(1), "the card the user moved stays under the cursor");
        assert!(f.keeps(2), "a card that came to match joins");
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn supervision_marks_decide_unreported_urged_and_awaiting() {
        let mut c = card(1, Status::Doing, None);
        assert!(!QuickKind::Unreported.matches(&c, today(), None));
        c.supervision.unreported = true;
        c.supervision.urges_open = 1;
        assert!(QuickKind::Unreported.matches(&c, today(), None));
        assert!(QuickKind::Urged.matches(&c, today(), None));
        assert!(!QuickKind::Awaiting.matches(&c, today(), None));
        c.status = Status::Done;
        c.supervision.awaiting_confirmation = true;
        assert!(QuickKind::Awaiting.matches(&c, today(), None));
        let by = QuickKind::Source(Source::Instruction);
        assert!(by.matches(&c, today(), Some(Source::Instruction)));
        assert!(!by.matches(&c, today(), Some(Source::Letter)));
        assert!(!by.matches(&c, today(), None));
    }
}
