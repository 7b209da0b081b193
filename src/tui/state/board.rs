//! The board's columns, the selection (by item id) and each column's scroll.

use crate::plan::Status;
use crate::store::{Card, ItemId};
use std::collections::HashMap;

const COLUMNS: usize = Status::ALL.len();

/// Cards split into the four status columns after filtering; the selection is an item id.
#[derive(Debug, Clone, Default)]
pub struct BoardState {
    cards: Vec<Card>,
    by_id: HashMap<ItemId, usize>,
    /// Indices into `cards`, in board order, of the cards the filters keep.
    columns: [Vec<usize>; COLUMNS],
    /// The focused column.
    col: usize,
    /// Each column's selected item, so coming back to a column finds the same card.
    selected: [Option<ItemId>; COLUMNS],
    /// The first card shown in each column.
    scroll: [usize; COLUMNS],
    /// How many cards fit in a column on screen (at least 1).
    rows: usize,
}

impl BoardState {
    pub fn new(cards: Vec<Card>) -> BoardState {
        let mut b = BoardState {
            rows: 1,
            ..BoardState::default()
        };
        b.set_cards(cards, |_| true);
        b
    }

    /// Replaces the cards (after a reload) and re-applies `keep`. The selection stays on
    /// the same item, following it to another column when its status changed.
    pub fn set_cards(&mut self, cards: Vec<Card>, keep: impl Fn(&Card) -> bool) {
        // Where each column's selection was, read before the old cards go.
        let old_positions = self.selected_positions();
        self.by_id = cards.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        self.cards = cards;
        self.rebuild(keep, old_positions);
    }

    /// Replaces the given cards (after this board's own writes) without reloading the rest.
    pub fn update_cards(&mut self, changed: Vec<Card>, keep: impl Fn(&Card) -> bool) {
        let old_positions = self.selected_positions();
        let mut cards = std::mem::take(&mut self.cards);
        for card in changed {
            match self.by_id.get(&card.id) {
                Some(&i) => cards[i] = card,
                None => cards.push(card),
            }
        }
        // Nearly sorted already: the sort is close to linear.
        cards.sort_by_key(|c| (c.status, c.position, c.number));
        self.by_id = cards.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        self.cards = cards;
        self.rebuild(keep, old_positions);
    }

    /// The card next to `id` in its whole (unfiltered) column: what a reorder swaps with.
    pub fn neighbour(&self, id: ItemId, up: bool) -> Option<ItemId> {
        let &i = self.by_id.get(&id)?;
        let j = if up { i.checked_sub(1)? } else { i + 1 };
        let other = self.cards.get(j)?;
        (other.status == self.cards[i].status).then_some(other.id)
    }

    /// Re-applies the filters; the selection stays on its item while that item is kept.
    pub fn refilter(&mut self, keep: impl Fn(&Card) -> bool) {
        let old_positions = self.selected_positions();
        self.rebuild(keep, old_positions);
    }

    fn selected_positions(&self) -> [Option<usize>; COLUMNS] {
        std::array::from_fn(|c| self.selected[c].and_then(|id| self.position(c, id)))
    }

    fn rebuild(&mut self, keep: impl Fn(&Card) -> bool, old_positions: [Option<usize>; COLUMNS]) {
        let focused = self.selected_id();
        for col in &mut self.columns {
            col.clear();
        }
        for (i, card) in self.cards.iter().enumerate() {
            if keep(card) {
                self.columns[card.status.index()].push(i);
            }
        }
        if let Some(id) = focused
            && let Some(card) = self.card(id)
            && self.columns[card.status.index()]
                .iter()
                .any(|&i| self.cards[i].id == id)
        {
            self.col = card.status.index();
            self.selected[self.col] = Some(id);
        }
        for (c, old) in old_positions.into_iter().enumerate() {
            let still_here = self.selected[c].is_some_and(|id| self.position(c, id).is_some());
            if !still_here {
                // The item left this column: select its neighbour at the old place.
                let at = old.unwrap_or(0);
                let pick = self
                    .column_ids(c)
                    .nth(at)
                    .or_else(|| self.column_ids(c).last());
                self.selected[c] = pick;
            }
            self.keep_visible(c);
        }
    }

    pub fn cards(&self) -> &[Card] {
        &self.cards
    }

    pub fn card(&self, id: ItemId) -> Option<&Card> {
        self.by_id.get(&id).map(|&i| &self.cards[i])
    }

    pub fn card_by_number(&self, number: u32) -> Option<&Card> {
        self.cards.iter().find(|c| c.number == number)
    }

    pub fn column(&self) -> usize {
        self.col
    }

    pub fn column_len(&self, col: usize) -> usize {
        self.columns[col].len()
    }

    fn column_ids(&self, col: usize) -> impl DoubleEndedIterator<Item = ItemId> + '_ {
        self.columns[col].iter().map(|&i| self.cards[i].id)
    }

    fn position(&self, col: usize, id: ItemId) -> Option<usize> {
        self.columns[col]
            .iter()
            .position(|&i| self.cards[i].id == id)
    }

    /// The selected item of the focused column.
    pub fn selected_id(&self) -> Option<ItemId> {
        self.selected[self.col]
    }

    pub fn selected_card(&self) -> Option<&Card> {
        self.selected_id().and_then(|id| self.card(id))
    }

    /// The selected item of column `col`, highlighted even when that column is not focused.
    pub fn selected_in(&self, col: usize) -> Option<ItemId> {
        self.selected[col]
    }

    /// Selects `id` if the filters show it; returns whether they do.
    pub fn select(&mut self, id: ItemId) -> bool {
        let Some(card) = self.card(id) else {
            return false;
        };
        let col = card.status.index();
        if self.position(col, id).is_none() {
            return false;
        }
        self.col = col;
        self.selected[col] = Some(id);
        self.keep_visible(col);
        true
    }

    /// The cards shown in `col`: from its scroll offset, at most `rows` of them.
    pub fn visible(&self, col: usize) -> impl Iterator<Item = &Card> {
        let cards = &self.columns[col];
        let start = self.scroll[col].min(cards.len());
        let end = (start + self.rows).min(cards.len());
        cards[start..end].iter().map(|&i| &self.cards[i])
    }

    pub fn scroll(&self, col: usize) -> usize {
        self.scroll[col]
    }

    /// Tells the board how many cards fit in a column.
    pub fn set_rows(&mut self, rows: usize) {
        self.rows = rows.max(1);
        for c in 0..COLUMNS {
            self.keep_visible(c);
        }
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn column_left(&mut self) {
        self.col = self.col.saturating_sub(1);
    }

    pub fn column_right(&mut self) {
        self.col = (self.col + 1).min(COLUMNS - 1);
    }

    /// Moves the selection by `delta` cards within the focused column, stopping at the ends.
    pub fn step(&mut self, delta: isize) {
        let col = self.col;
        let len = self.columns[col].len();
        if len == 0 {
            return;
        }
        let at = self.selected[col]
            .and_then(|id| self.position(col, id))
            .unwrap_or(0);
        let to = at.saturating_add_signed(delta).min(len - 1);
        self.selected[col] = Some(self.cards[self.columns[col][to]].id);
        self.keep_visible(col);
    }

    pub fn first(&mut self) {
        self.step(isize::MIN / 2);
    }

    pub fn last(&mut self) {
        self.step(isize::MAX / 2);
    }

    pub fn page(&mut self, down: bool) {
        let n = self.rows.max(1) as isize;
        self.step(if down { n } else { -n });
    }

    /// Scrolls `col` so that its selected card is on screen.
    fn keep_visible(&mut self, col: usize) {
        let len = self.columns[col].len();
        let at = self.selected[col]
            .and_then(|id| self.position(col, id))
            .unwrap_or(0);
        let mut top = self.scroll[col];
        if at < top {
            top = at;
        } else if at >= top + self.rows {
            top = at + 1 - self.rows;
        }
        // Never leave blank space below while there are cards above.
        top = top.min(len.saturating_sub(self.rows));
        self.scroll[col] = top;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn card(id: ItemId, status: Status) -> Card {
        Card {
            id,
            number: id as u32,
            section: Some(1),
            title: format!("事项{id}"),
            status,
            position: id,
            lead_office: Some("基教处".into()),
            measures_done: 0,
            measures_total: 3,
            notes: 0,
            deadline: None,
            due: None,
            light: None,
            indicators_total: 0,
            indicators_behind: 0,
            version: 1,
            updated_at: "2026-01-01T00:00:00Z".into(),
        }
    }

    fn board() -> BoardState {
        BoardState::new(vec![
            card(1, Status::Todo),
            card(2, Status::Todo),
            card(3, Status::Todo),
            card(4, Status::Doing),
            card(5, Status::Done),
        ])
    }

    #[test]
    fn starts_on_first_card_of_first_column() {
        let b = board();
        assert_eq!(b.column(), 0);
        assert_eq!(b.selected_id(), Some(1));
        assert_eq!(b.selected_in(1), Some(4));
        assert_eq!(b.selected_in(2), None);
    }

    #[test]
    fn steps_stop_at_the_ends() {
        let mut b = board();
        b.step(1);
        assert_eq!(b.selected_id(), Some(2));
        b.last();
        assert_eq!(b.selected_id(), Some(3));
        b.step(1);
        assert_eq!(b.selected_id(), Some(3));
        b.first();
        assert_eq!(b.selected_id(), Some(1));
        b.step(-1);
        assert_eq!(b.selected_id(), Some(1));
    }

    #[test]
    fn columns_remember_their_selection() {
        let mut b = board();
        b.step(2);
        b.column_right();
        assert_eq!(b.selected_id(), Some(4));
        b.column_left();
        assert_eq!(b.selected_id(), Some(3));
        b.column_left();
        assert_eq!(b.column(), 0);
        for _ in 0..6 {
            b.column_right();
        }
        assert_eq!(b.column(), 3);
    }

    #[test]
    fn selection_follows_a_moved_card() {
        let mut b = board();
        b.step(1); // item 2
        let mut cards = b.cards().to_vec();
        cards[1].status = Status::Blocked;
        b.set_cards(cards, |_| true);
        assert_eq!(b.column(), Status::Blocked.index());
        assert_eq!(b.selected_id(), Some(2));
        // The old column selects the card now at the old place.
        assert_eq!(b.selected_in(0), Some(3));
    }

    #[test]
    fn reload_in_a_new_order_keeps_other_columns_in_place() {
        let mut b = board();
        // Item 1 moves to the end of Done; the store returns cards in board order.
        let mut cards = b.cards().to_vec();
        let mut moved = cards.remove(0);
        moved.status = Status::Done;
        cards.push(moved);
        b.set_cards(cards, |_| true);
        assert_eq!(b.selected_id(), Some(1));
        assert_eq!(b.selected_in(0), Some(2));
        assert_eq!(b.scroll(0), 0);
    }

    #[test]
    fn update_cards_reorders_and_follows() {
        let mut b = board();
        b.set_rows(10);
        b.step(1); // item 2
        let mut two = b.card(2).unwrap().clone();
        two.status = Status::Done;
        two.position = 99;
        b.update_cards(vec![two], |_| true);
        assert_eq!(b.selected_id(), Some(2));
        assert_eq!(b.column(), 3);
        let done: Vec<_> = b.visible(3).map(|c| c.id).collect();
        assert_eq!(done, vec![5, 2]);
        assert_eq!(b.selected_in(0), Some(3));
        assert_eq!(b.neighbour(5, false), Some(2));
        assert_eq!(b.neighbour(5, true), None);
        assert_eq!(b.neighbour(1, false), Some(3));
    }

    #[test]
    fn filter_keeps_selection_by_id() {
        let mut b = board();
        b.step(2); // item 3
        b.refilter(|c| c.id != 1);
        assert_eq!(b.selected_id(), Some(3));
        assert_eq!(b.column_len(0), 2);
        b.refilter(|_| true);
        assert_eq!(b.selected_id(), Some(3));
    }

    #[test]
    fn filter_hiding_the_selection_selects_a_neighbour() {
        let mut b = board();
        b.step(1); // item 2
        b.refilter(|c| c.id != 2);
        assert_eq!(b.selected_id(), Some(3));
        b.refilter(|c| c.status != Status::Todo);
        assert_eq!(b.selected_id(), None);
        assert_eq!(b.visible(0).count(), 0);
    }

    #[test]
    fn scrolls_to_keep_selection_visible() {
        let cards = (1..=20).map(|i| card(i, Status::Todo)).collect();
        let mut b = BoardState::new(cards);
        b.set_rows(5);
        assert_eq!(b.visible(0).count(), 5);
        b.step(7);
        assert_eq!(b.selected_id(), Some(8));
        assert_eq!(b.scroll(0), 3);
        assert!(b.visible(0).any(|c| c.id == 8));
        b.page(true);
        assert_eq!(b.selected_id(), Some(13));
        assert!(b.visible(0).any(|c| c.id == 13));
        b.first();
        assert_eq!(b.scroll(0), 0);
        b.last();
        assert_eq!(b.scroll(0), 15);
        // Growing the window pulls the scroll back so no space is wasted.
        b.set_rows(30);
        assert_eq!(b.scroll(0), 0);
    }

    #[test]
    fn select_refuses_hidden_items() {
        let mut b = board();
        b.refilter(|c| c.id != 4);
        assert!(!b.select(4));
        assert!(b.select(5));
        assert_eq!(b.column(), 3);
        assert!(!b.select(99));
    }
}
