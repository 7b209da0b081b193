//! The board's columns, the selection (by item id) and each column's scroll.

use crate::plan::Status;
use crate::store::{Card, ItemId};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const COLUMNS: usize = Status::ALL.len();

/// A card's place in its column: by position, then number; the id only breaks ties the
/// store never makes, so that every card has a place of its own to search for.
type Key = (i64, u32, ItemId);

fn key(card: &Card) -> Key {
    (card.position, card.number, card.id)
}

/// Where the card with `key` is (or would go) in `column`, which is in board order.
fn find(cards: &[Card], column: &[usize], key: Key) -> Result<usize, usize> {
    column.binary_search_by(|&i| self::key(&cards[i]).cmp(&key))
}

/// Cards split into the four status columns after filtering; the selection is an item id.
///
/// Each column is a list of indices into `cards` kept in board order, so one card's
/// update is a binary search and a shift of indices, not a sort of every card.
#[derive(Debug, Clone, Default)]
pub struct BoardState {
    /// Every card; after updates no longer in board order (`whole` gives that).
    cards: Vec<Card>,
    by_id: HashMap<ItemId, usize, BuildIdHasher>,
    /// Each card's id, by index into `cards`: what the filters ask about, packed so a
    /// pass over 100k cards reads 800 KB, not every card.
    ids: Vec<ItemId>,
    /// Indices into `cards` of each whole (unfiltered) column, in board order.
    whole: [Vec<usize>; COLUMNS],
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
    /// While only the head of each column is loaded (see `BoardState::head`): how many
    /// cards each whole column holds.
    totals: Option<[usize; COLUMNS]>,
    /// The focused selection moved by itself: another user moved the selected card
    /// away and its neighbour took its place. Cleared when the user moves the cursor.
    displaced: Option<ItemId>,
    /// Whether the focus follows a card that changes column (this board's own writes)
    /// or stays in its column (other users' changes).
    follow: bool,
}

/// Every card of the board in board order (column by column), filters aside.
#[derive(Debug, Clone, Copy)]
pub struct AllCards<'a>(&'a BoardState);

impl<'a> AllCards<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a Card> + 'a {
        let board = self.0;
        board.whole.iter().flatten().map(|&i| &board.cards[i])
    }

    pub fn to_vec(self) -> Vec<Card> {
        self.iter().cloned().collect()
    }
}

impl<'a> IntoIterator for AllCards<'a> {
    type Item = &'a Card;
    type IntoIter = Box<dyn Iterator<Item = &'a Card> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

/// Item ids are SQLite row ids, already well spread: hashing them with SipHash only
/// costs time when 100,000 of them are mapped.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_i64(&mut self, n: i64) {
        // Multiplicative (Fibonacci) hashing: the high bits, which hashbrown uses, mix well.
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

pub type BuildIdHasher = BuildHasherDefault<IdHasher>;

/// A set of item ids, asked once per card when a filter is applied: bits over the ids'
/// range (row ids are dense), or a sorted list when they are too spread out for that.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdSet {
    repr: IdSetRepr,
    len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum IdSetRepr {
    Bits { first: ItemId, words: Vec<u64> },
    Sorted(Vec<ItemId>),
}

impl Default for IdSetRepr {
    fn default() -> Self {
        IdSetRepr::Sorted(Vec::new())
    }
}

impl IdSet {
    pub fn contains(&self, id: ItemId) -> bool {
        match &self.repr {
            IdSetRepr::Bits { first, words } => id
                .checked_sub(*first)
                .and_then(|off| usize::try_from(off).ok())
                .and_then(|off| words.get(off / 64).map(|w| w >> (off % 64) & 1 == 1))
                .unwrap_or(false),
            IdSetRepr::Sorted(ids) => ids.binary_search(&id).is_ok(),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl FromIterator<ItemId> for IdSet {
    fn from_iter<I: IntoIterator<Item = ItemId>>(iter: I) -> IdSet {
        let mut ids: Vec<ItemId> = iter.into_iter().collect();
        let (Some(&min), Some(&max)) = (ids.iter().min(), ids.iter().max()) else {
            return IdSet::default();
        };
        let words = max.abs_diff(min) / 64 + 1;
        if words > ids.len() as u64 + 1024 {
            ids.sort_unstable();
            ids.dedup();
            let len = ids.len();
            return IdSet {
                repr: IdSetRepr::Sorted(ids),
                len,
            };
        }
        let mut bits = vec![0u64; words as usize];
        let mut len = 0;
        for id in ids {
            let off = id.abs_diff(min) as usize;
            let (w, b) = (off / 64, 1u64 << (off % 64));
            len += usize::from(bits[w] & b == 0);
            bits[w] |= b;
        }
        IdSet {
            repr: IdSetRepr::Bits {
                first: min,
                words: bits,
            },
            len,
        }
    }
}

impl BoardState {
    pub fn new(cards: Vec<Card>) -> BoardState {
        let mut b = BoardState {
            rows: 1,
            follow: true,
            ..BoardState::default()
        };
        b.set_cards(cards, |_| true);
        b
    }

    /// A board of only the first cards of each column, whose columns hold `totals`
    /// cards in all: enough to draw the first screen of a large plan before the rest
    /// is read. `set_cards` with every card makes it whole.
    pub fn head(cards: Vec<Card>, totals: [usize; COLUMNS]) -> BoardState {
        let mut b = BoardState::new(cards);
        b.totals = Some(totals);
        b
    }

    /// Goes on with only the head of each column, as if it were every card (when
    /// the rest cannot be read).
    pub fn settle_head(&mut self) {
        self.totals = None;
    }

    /// True while only the head of each column is loaded.
    pub fn is_partial(&self) -> bool {
        self.totals.is_some()
    }

    /// How many cards column `col` holds for the filters: what its title counts,
    /// including cards not loaded yet.
    pub fn column_total(&self, col: usize) -> usize {
        match self.totals {
            Some(totals) => totals[col],
            None => self.columns[col].len(),
        }
    }

    /// Replaces the cards (after a reload) and re-applies `keep`. The selection stays on
    /// the same item, following it to another column when its status changed.
    pub fn set_cards(&mut self, cards: Vec<Card>, keep: impl Fn(ItemId) -> bool) {
        // Where each column's selection was, read before the old cards go.
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        let mut by_id = HashMap::with_capacity_and_hasher(cards.len(), BuildIdHasher::default());
        for col in &mut self.whole {
            col.clear();
        }
        for (i, c) in cards.iter().enumerate() {
            by_id.insert(c.id, i);
            self.whole[c.status.index()].push(i);
        }
        // The store gives board order already; anything else is put in it.
        for col in &mut self.whole {
            if !col.is_sorted_by_key(|&i| key(&cards[i])) {
                col.sort_by_key(|&i| key(&cards[i]));
            }
        }
        self.by_id = by_id;
        self.ids = cards.iter().map(|c| c.id).collect();
        self.cards = cards;
        self.totals = None;
        self.filter(keep);
        self.reselect(focused, old_positions);
    }

    /// Replaces the given cards (after this board's own writes) without reloading the rest;
    /// `keep` is asked only about them, the other cards keep their place in the filters.
    pub fn update_cards(&mut self, changed: Vec<Card>, keep: impl Fn(ItemId) -> bool) {
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        for card in changed {
            let i = match self.by_id.get(&card.id) {
                Some(&i) => {
                    let old = &self.cards[i];
                    let (col, k) = (old.status.index(), key(old));
                    if let Ok(at) = find(&self.cards, &self.whole[col], k) {
                        self.whole[col].remove(at);
                    }
                    if let Ok(at) = find(&self.cards, &self.columns[col], k) {
                        self.columns[col].remove(at);
                    }
                    self.cards[i] = card;
                    i
                }
                None => {
                    self.by_id.insert(card.id, self.cards.len());
                    self.ids.push(card.id);
                    self.cards.push(card);
                    self.cards.len() - 1
                }
            };
            let card = &self.cards[i];
            let (col, k) = (card.status.index(), key(card));
            let at = find(&self.cards, &self.whole[col], k).unwrap_or_else(|at| at);
            self.whole[col].insert(at, i);
            if keep(card.id) {
                let at = find(&self.cards, &self.columns[col], k).unwrap_or_else(|at| at);
                self.columns[col].insert(at, i);
            }
        }
        self.reselect(focused, old_positions);
    }

    /// `update_cards` for changes other users made: the focus stays in its column. When
    /// the focused card left it, its neighbour is selected and marked as displaced.
    pub fn update_cards_from_others(&mut self, changed: Vec<Card>, keep: impl Fn(ItemId) -> bool) {
        self.follow = false;
        self.update_cards(changed, keep);
        self.follow = true;
    }

    /// `set_cards` for a reload after other users' changes (see `update_cards_from_others`).
    pub fn set_cards_from_others(&mut self, cards: Vec<Card>, keep: impl Fn(ItemId) -> bool) {
        self.follow = false;
        self.set_cards(cards, keep);
        self.follow = true;
    }

    /// The card selected in place of one another user moved away, until the user
    /// moves the cursor: an action on it would act on a card nobody chose.
    pub fn displaced(&self) -> Option<ItemId> {
        self.displaced.filter(|&id| self.selected_id() == Some(id))
    }

    /// Accepts the displaced selection as chosen (the user has been told).
    pub fn accept_displaced(&mut self) {
        self.displaced = None;
    }

    /// The card next to `id` in its whole (unfiltered) column: what a reorder swaps with.
    pub fn neighbour(&self, id: ItemId, up: bool) -> Option<ItemId> {
        let card = self.card(id)?;
        let column = &self.whole[card.status.index()];
        let at = find(&self.cards, column, key(card)).ok()?;
        let j = if up { at.checked_sub(1)? } else { at + 1 };
        column.get(j).map(|&i| self.cards[i].id)
    }

    /// Re-applies the filters; the selection stays on its item while that item is kept.
    pub fn refilter(&mut self, keep: impl Fn(ItemId) -> bool) {
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        self.filter(keep);
        self.reselect(focused, old_positions);
    }

    fn selected_positions(&self) -> [Option<usize>; COLUMNS] {
        std::array::from_fn(|c| self.selected[c].and_then(|id| self.position(c, id)))
    }

    /// Fills the shown columns from the whole ones: one pass, in board order.
    fn filter(&mut self, keep: impl Fn(ItemId) -> bool) {
        let ids = &self.ids;
        for (shown, whole) in self.columns.iter_mut().zip(&self.whole) {
            shown.clear();
            shown.extend(whole.iter().copied().filter(|&i| keep(ids[i])));
        }
    }

    /// After the columns changed: the focus follows the focused item to its new column
    /// while it is shown, and a column whose item left selects the card at the old place.
    fn reselect(&mut self, focused: Option<ItemId>, old_positions: [Option<usize>; COLUMNS]) {
        if self.follow
            && let Some(id) = focused
            && let Some(card) = self.card(id)
            && self.position(card.status.index(), id).is_some()
        {
            self.col = card.status.index();
            self.selected[self.col] = Some(id);
        }
        let focused_col = self.col;
        for (c, old) in old_positions.into_iter().enumerate() {
            let still_here = self.selected[c].is_some_and(|id| self.position(c, id).is_some());
            if !still_here {
                // The item left this column: select its neighbour at the old place.
                let column = &self.columns[c];
                let at = old.unwrap_or(0);
                let pick = column.get(at).or(column.last());
                self.selected[c] = pick.map(|&i| self.cards[i].id);
                if !self.follow && c == focused_col && focused.is_some() {
                    self.displaced = self.selected[c];
                }
            }
            self.keep_visible(c);
        }
    }

    /// Every card in board order, whatever the filters show.
    pub fn cards(&self) -> AllCards<'_> {
        AllCards(self)
    }

    /// How many cards the board holds, filters aside.
    pub fn card_count(&self) -> usize {
        self.cards.len()
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

    /// Where `id` is among the cards shown in `col`, if it is shown there.
    fn position(&self, col: usize, id: ItemId) -> Option<usize> {
        let card = self.card(id)?;
        if card.status.index() != col {
            return None;
        }
        find(&self.cards, &self.columns[col], key(card)).ok()
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
        self.displaced = None;
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
        self.displaced = None;
        self.col = self.col.saturating_sub(1);
    }

    pub fn column_right(&mut self) {
        self.displaced = None;
        self.col = (self.col + 1).min(COLUMNS - 1);
    }

    /// Focuses column `col` (a click or a tab).
    pub fn focus_column(&mut self, col: usize) {
        self.displaced = None;
        self.col = col.min(COLUMNS - 1);
    }

    /// Moves the selection by `delta` cards within the focused column, stopping at the ends.
    pub fn step(&mut self, delta: isize) {
        self.displaced = None;
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
        // Never leaves blank space below while there are cards above.
        let top = super::scroll_to_show(self.scroll[col], at, self.rows, len);
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
            supervision: Default::default(),
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
        b.refilter(|id| id != 1);
        assert_eq!(b.selected_id(), Some(3));
        assert_eq!(b.column_len(0), 2);
        b.refilter(|_| true);
        assert_eq!(b.selected_id(), Some(3));
    }

    #[test]
    fn filter_hiding_the_selection_selects_a_neighbour() {
        let mut b = board();
        b.step(1); // item 2
        b.refilter(|id| id != 2);
        assert_eq!(b.selected_id(), Some(3));
        b.refilter(|id| id > 3); // items 1 to 3 are to do
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
        b.refilter(|id| id != 4);
        assert!(!b.select(4));
        assert!(b.select(5));
        assert_eq!(b.column(), 3);
        assert!(!b.select(99));
    }

    /// Every shown column, top to bottom, as item ids.
    fn shown(b: &BoardState) -> Vec<Vec<ItemId>> {
        (0..COLUMNS)
            .map(|c| b.columns[c].iter().map(|&i| b.cards[i].id).collect())
            .collect()
    }

    #[test]
    fn updates_one_by_one_match_a_full_reload() {
        let cards: Vec<Card> = (1..=60)
            .map(|i| card(i, Status::ALL[(i % 4) as usize]))
            .collect();
        let keep = |id: ItemId| id % 3 != 0;
        let mut b = BoardState::new(cards);
        b.refilter(keep);
        // A small fixed pseudo-random walk of moves and reorders.
        let mut seed = 7u64;
        for _ in 0..200 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let id = (seed >> 33) as ItemId % 60 + 1;
            let mut c = b.card(id).unwrap().clone();
            c.status = Status::ALL[(seed >> 20) as usize % 4];
            c.position = (seed >> 40) as i64 % 30;
            b.update_cards(vec![c], keep);

            let mut all = b.cards().to_vec();
            all.sort_by_key(|c| (c.status, c.position, c.number));
            let mut fresh = BoardState::new(all.clone());
            fresh.refilter(keep);
            assert_eq!(shown(&b), shown(&fresh));
            assert_eq!(b.cards().to_vec(), all, "cards() is in board order");
            for c in &all {
                assert_eq!(b.neighbour(c.id, true), fresh.neighbour(c.id, true));
                assert_eq!(b.neighbour(c.id, false), fresh.neighbour(c.id, false));
            }
        }
    }

    #[test]
    fn update_cards_adds_a_new_card_in_its_place() {
        let mut b = board();
        let mut six = card(6, Status::Todo);
        six.position = 2;
        six.number = 2;
        b.update_cards(vec![six], |_| true);
        assert_eq!(shown(&b)[0], vec![1, 2, 6, 3]);
        assert_eq!(b.card(6).map(|c| c.id), Some(6));
    }

    #[test]
    fn id_sets_answer_for_dense_and_spread_ids() {
        let dense: IdSet = [5, 7, 7, 130, 64].into_iter().collect();
        assert_eq!(dense.len(), 4);
        for id in [5, 7, 64, 130] {
            assert!(dense.contains(id), "{id}");
        }
        for id in [-1, 0, 4, 6, 63, 65, 129, 131, 1 << 40] {
            assert!(!dense.contains(id), "{id}");
        }
        let spread: IdSet = [1 << 40, 3, -2, 3].into_iter().collect();
        assert_eq!(spread.len(), 3);
        assert!(spread.contains(1 << 40) && spread.contains(3) && spread.contains(-2));
        assert!(!spread.contains(4) && !spread.contains(0));
        let empty: IdSet = std::iter::empty().collect();
        assert!(empty.is_empty() && !empty.contains(0));
    }
}
