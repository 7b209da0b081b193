//! The board's columns, the selection (by item id) and each column's scroll. Every
//! card's place is kept (a `CardSlot`, 24 bytes); whole cards only for the windows
//! shown, read from the store by the app (`missing`, then `load`).

use crate::plan::Status;
use crate::store::{Card, CardSlot, ItemId};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const COLUMNS: usize = Status::ALL.len();

/// A board of up to this many cards keeps every card read; a larger one keeps the
/// windows around what each column shows, and drops the rest past this many.
pub const KEEP_ALL: usize = 2048;

/// A card's place in its column: by position, then number; the id only breaks ties the
/// store never makes, so that every card has a place of its own to search for.
type Key = (i64, u32, ItemId);

fn key(slot: &CardSlot) -> Key {
    (slot.position, slot.number, slot.id)
}

/// Where the card with `key` is (or would go) in `column`, which is in board order.
fn find(slots: &[CardSlot], column: &[u32], key: Key) -> Result<usize, usize> {
    column.binary_search_by(|&i| self::key(&slots[i as usize]).cmp(&key))
}

/// Where each id's slot is: a plain array over the ids' range when they are dense
/// (SQLite row ids usually are), a hash map when they are spread out.
#[derive(Debug, Clone)]
enum IdIndex {
    Dense { first: ItemId, at: Vec<u32> },
    Map(HashMap<ItemId, u32, BuildIdHasher>),
}

impl Default for IdIndex {
    fn default() -> Self {
        IdIndex::Dense {
            first: 0,
            at: Vec::new(),
        }
    }
}

const NONE: u32 = u32::MAX;

impl IdIndex {
    fn new(slots: &[CardSlot]) -> IdIndex {
        let (Some(min), Some(max)) = (
            slots.iter().map(|s| s.id).min(),
            slots.iter().map(|s| s.id).max(),
        ) else {
            return IdIndex::default();
        };
        let span = max.abs_diff(min);
        let mut index = if span <= 2 * slots.len() as u64 + 1024 {
            IdIndex::Dense {
                first: min,
                at: vec![NONE; span as usize + 1],
            }
        } else {
            IdIndex::Map(HashMap::with_capacity_and_hasher(
                slots.len(),
                BuildIdHasher::default(),
            ))
        };
        for (i, s) in slots.iter().enumerate() {
            index.insert(s.id, i as u32);
        }
        index
    }

    fn get(&self, id: ItemId) -> Option<usize> {
        match self {
            IdIndex::Dense { first, at } => id
                .checked_sub(*first)
                .and_then(|off| usize::try_from(off).ok())
                .and_then(|off| at.get(off))
                .filter(|&&i| i != NONE)
                .map(|&i| i as usize),
            IdIndex::Map(map) => map.get(&id).map(|&i| i as usize),
        }
    }

    fn insert(&mut self, id: ItemId, i: u32) {
        if let IdIndex::Dense { first, at } = self {
            let off = id.checked_sub(*first).and_then(|o| usize::try_from(o).ok());
            match off {
                Some(off) if off < at.len() => return at[off] = i,
                // A new item just past the range (the usual case): grow the array.
                Some(off) if off < 2 * at.len() + 1024 => {
                    at.resize(off + 1, NONE);
                    return at[off] = i;
                }
                _ => {
                    let map = (at.iter().enumerate())
                        .filter(|&(_, &i)| i != NONE)
                        .map(|(off, &i)| (*first + off as ItemId, i))
                        .collect();
                    *self = IdIndex::Map(map);
                }
            }
        }
        if let IdIndex::Map(map) = self {
            map.insert(id, i);
        }
    }
}

/// Cards split into the four status columns after filtering; the selection is an item id.
///
/// Each column is a list of indices into `slots` kept in board order, so one card's
/// update is a binary search and a shift of indices, not a sort of every card.
#[derive(Debug, Clone, Default)]
pub struct BoardState {
    /// Every card's place; after updates no longer in board order (`whole` gives that).
    slots: Vec<CardSlot>,
    by_id: IdIndex,
    /// Indices into `slots` of each whole (unfiltered) column, in board order.
    whole: [Vec<u32>; COLUMNS],
    /// Indices into `slots`, in board order, of the cards the filters keep.
    columns: [Vec<u32>; COLUMNS],
    /// The cards read whole: all of a small board, the windows of a large one.
    loaded: HashMap<ItemId, Card, BuildIdHasher>,
    /// Up to how many cards the board keeps every card read (`KEEP_ALL`).
    keep_all: usize,
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

/// The cards of the board read whole, in board order (column by column), filters
/// aside: every card of a board of up to `KEEP_ALL`.
#[derive(Debug, Clone, Copy)]
pub struct AllCards<'a>(&'a BoardState);

impl<'a> AllCards<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a Card> + 'a {
        let board = self.0;
        (board.whole.iter().flatten())
            .filter_map(|&i| board.loaded.get(&board.slots[i as usize].id))
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
    /// A board of these cards, every one of them read whole.
    pub fn new(cards: Vec<Card>) -> BoardState {
        let mut b = BoardState::empty();
        b.set_cards(cards, |_| true);
        b
    }

    /// A board of these places, no card read yet: `missing` says which to read.
    pub fn from_slots(slots: Vec<CardSlot>) -> BoardState {
        let mut b = BoardState::empty();
        b.set_slots(slots, |_| true);
        b
    }

    fn empty() -> BoardState {
        BoardState {
            rows: 1,
            follow: true,
            keep_all: KEEP_ALL,
            ..BoardState::default()
        }
    }

    /// Sets up to how many cards the board keeps every card read (tests page small boards).
    pub fn set_keep_all(&mut self, n: usize) {
        self.keep_all = n;
    }

    /// A board of only the first cards of each column, whose columns hold `totals`
    /// cards in all: enough to draw the first screen of a large plan before the rest
    /// is read. `set_slots` with every card's place makes it whole.
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

    /// Replaces the cards with these, all read whole, and re-applies `keep`. The
    /// selection stays on the same item, following it to another column when its
    /// status changed.
    pub fn set_cards(&mut self, cards: Vec<Card>, keep: impl Fn(ItemId) -> bool) {
        let slots = cards.iter().map(CardSlot::of).collect();
        self.set_slots(slots, keep);
        self.load(cards);
    }

    /// Replaces every card's place (after a reload) and re-applies `keep`; the cards
    /// read whole are dropped, being possibly out of date. The selection stays on the
    /// same item, following it to another column when its status changed.
    pub fn set_slots(&mut self, slots: Vec<CardSlot>, keep: impl Fn(ItemId) -> bool) {
        // Where each column's selection was, read before the old places go.
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        for col in &mut self.whole {
            col.clear();
        }
        for (i, s) in slots.iter().enumerate() {
            self.whole[s.status.index()].push(i as u32);
        }
        // The store gives board order already; anything else is put in it.
        for col in &mut self.whole {
            if !col.is_sorted_by_key(|&i| key(&slots[i as usize])) {
                col.sort_by_key(|&i| key(&slots[i as usize]));
            }
        }
        self.by_id = IdIndex::new(&slots);
        self.slots = slots;
        self.loaded.clear();
        self.totals = None;
        self.filter(keep);
        self.reselect(focused, old_positions);
    }

    /// Keeps these cards, read whole (what `missing` asked for). Cards the board
    /// does not place are left out.
    pub fn load(&mut self, cards: Vec<Card>) {
        for card in cards {
            if self.by_id.get(card.id).is_some() {
                self.loaded.insert(card.id, card);
            }
        }
    }

    /// The ranges of `col` (start, end) around its scroll whose cards should be whole:
    /// the screen with `pages` screens either side.
    fn window(&self, col: usize, pages: usize) -> (usize, usize) {
        let len = self.columns[col].len();
        let start = self.scroll[col].saturating_sub(pages * self.rows).min(len);
        let end = (self.scroll[col] + (pages + 1) * self.rows).min(len);
        (start, end)
    }

    /// The ids of the cards to read whole before the board is drawn: every card of a
    /// small board; on a large one, each column's window (a screen either side of
    /// what it shows, two when any card of that is missing, so that moving along a
    /// column reads a batch now and then, not a card per key), each column's selection,
    /// and `also` (the open detail's item).
    pub fn missing(&self, also: &[ItemId]) -> Vec<ItemId> {
        let unread = |id: &ItemId| !self.loaded.contains_key(id);
        if self.slots.len() <= self.keep_all {
            return (self.slots.iter().map(|s| s.id)).filter(unread).collect();
        }
        let mut ids = Vec::new();
        for col in 0..COLUMNS {
            let (start, end) = self.window(col, 1);
            let column = &self.columns[col][start..end];
            if column.iter().any(|&i| unread(&self.slots[i as usize].id)) {
                let (start, end) = self.window(col, 2);
                let column = &self.columns[col][start..end];
                ids.extend((column.iter().map(|&i| self.slots[i as usize].id)).filter(unread));
            }
        }
        let extra = self.selected.iter().flatten().chain(also);
        ids.extend(
            extra
                .copied()
                .filter(|id| unread(id) && self.by_id.get(*id).is_some()),
        );
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// On a large board holding more than `KEEP_ALL` whole cards: drops those outside
    /// each column's window, its selection and `also`.
    pub fn evict(&mut self, also: &[ItemId]) {
        if self.slots.len() <= self.keep_all || self.loaded.len() <= self.keep_all {
            return;
        }
        let mut keep: std::collections::HashSet<ItemId, BuildIdHasher> = Default::default();
        for col in 0..COLUMNS {
            let (start, end) = self.window(col, 2);
            keep.extend(
                self.columns[col][start..end]
                    .iter()
                    .map(|&i| self.slots[i as usize].id),
            );
        }
        keep.extend(self.selected.iter().flatten().chain(also));
        self.loaded.retain(|id, _| keep.contains(id));
    }

    /// How many cards are held whole now.
    pub fn loaded_count(&self) -> usize {
        self.loaded.len()
    }

    /// Replaces the given cards (after this board's own writes) without reloading the rest;
    /// `keep` is asked only about them, the other cards keep their place in the filters.
    pub fn update_cards(&mut self, changed: Vec<Card>, keep: impl Fn(ItemId) -> bool) {
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        for card in changed {
            let slot = CardSlot::of(&card);
            let i = match self.by_id.get(card.id) {
                Some(i) => {
                    let old = &self.slots[i];
                    let (col, k) = (old.status.index(), key(old));
                    if let Ok(at) = find(&self.slots, &self.whole[col], k) {
                        self.whole[col].remove(at);
                    }
                    if let Ok(at) = find(&self.slots, &self.columns[col], k) {
                        self.columns[col].remove(at);
                    }
                    self.slots[i] = slot;
                    i
                }
                None => {
                    self.by_id.insert(card.id, self.slots.len() as u32);
                    self.slots.push(slot);
                    self.slots.len() - 1
                }
            };
            let (col, k) = (slot.status.index(), key(&slot));
            let at = find(&self.slots, &self.whole[col], k).unwrap_or_else(|at| at);
            self.whole[col].insert(at, i as u32);
            if keep(card.id) {
                let at = find(&self.slots, &self.columns[col], k).unwrap_or_else(|at| at);
                self.columns[col].insert(at, i as u32);
            }
            self.loaded.insert(card.id, card);
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

    /// `set_slots` for a reload after other users' changes (see `update_cards_from_others`).
    pub fn set_slots_from_others(&mut self, slots: Vec<CardSlot>, keep: impl Fn(ItemId) -> bool) {
        self.follow = false;
        self.set_slots(slots, keep);
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
        let slot = self.slot(id)?;
        let column = &self.whole[slot.status.index()];
        let at = find(&self.slots, column, key(slot)).ok()?;
        let j = if up { at.checked_sub(1)? } else { at + 1 };
        column.get(j).map(|&i| self.slots[i as usize].id)
    }

    /// Re-applies the filters; the selection stays on its item while that item is kept.
    pub fn refilter(&mut self, keep: impl Fn(ItemId) -> bool) {
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        self.filter(keep);
        self.reselect(focused, old_positions);
    }

    /// As `refilter`, for a filter that keeps no card the shown columns lack (a search
    /// query that grew by a key): only the shown cards are looked at, not the plan's.
    pub fn narrow(&mut self, keep: impl Fn(ItemId) -> bool) {
        let old_positions = self.selected_positions();
        let focused = self.selected_id();
        let slots = &self.slots;
        for shown in &mut self.columns {
            shown.retain(|&i| keep(slots[i as usize].id));
        }
        self.reselect(focused, old_positions);
    }

    fn selected_positions(&self) -> [Option<usize>; COLUMNS] {
        std::array::from_fn(|c| self.selected[c].and_then(|id| self.position(c, id)))
    }

    /// Fills the shown columns from the whole ones: one pass, in board order.
    fn filter(&mut self, keep: impl Fn(ItemId) -> bool) {
        let slots = &self.slots;
        for (shown, whole) in self.columns.iter_mut().zip(&self.whole) {
            shown.clear();
            shown.extend(
                whole
                    .iter()
                    .copied()
                    .filter(|&i| keep(slots[i as usize].id)),
            );
        }
    }

    /// After the columns changed: the focus follows the focused item to its new column
    /// while it is shown, and a column whose item left selects the card at the old place.
    fn reselect(&mut self, focused: Option<ItemId>, old_positions: [Option<usize>; COLUMNS]) {
        if self.follow
            && let Some(id) = focused
            && let Some(slot) = self.slot(id)
            && self.position(slot.status.index(), id).is_some()
        {
            self.col = slot.status.index();
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
                self.selected[c] = pick.map(|&i| self.slots[i as usize].id);
                if !self.follow && c == focused_col && focused.is_some() {
                    self.displaced = self.selected[c];
                }
            }
            self.keep_visible(c);
        }
    }

    /// The cards read whole, in board order, whatever the filters show: every card of
    /// a board of up to `KEEP_ALL` (tests and small boards).
    pub fn cards(&self) -> AllCards<'_> {
        AllCards(self)
    }

    /// The item ids of the first `n` cards of each column, filters aside.
    pub fn column_heads(&self, n: usize) -> Vec<ItemId> {
        (self.whole.iter())
            .flat_map(|column| &column[..n.min(column.len())])
            .map(|&i| self.slots[i as usize].id)
            .collect()
    }

    /// How many cards the board holds, filters aside.
    pub fn card_count(&self) -> usize {
        self.slots.len()
    }

    fn slot(&self, id: ItemId) -> Option<&CardSlot> {
        self.by_id.get(id).map(|i| &self.slots[i])
    }

    /// Item `id`'s card, when it is read whole: always for the selections and the
    /// cards on screen (after the app has read what `missing` asks).
    pub fn card(&self, id: ItemId) -> Option<&Card> {
        self.loaded.get(&id)
    }

    /// Item `id`'s number, whether or not its card is read whole.
    pub fn number_of(&self, id: ItemId) -> Option<u32> {
        self.slot(id).map(|s| s.number)
    }

    /// Whether the board holds item `id`, filters aside.
    pub fn holds(&self, id: ItemId) -> bool {
        self.by_id.get(id).is_some()
    }

    /// The id of the item numbered `number` (a pass over the places).
    pub fn id_of_number(&self, number: u32) -> Option<ItemId> {
        self.slots.iter().find(|s| s.number == number).map(|s| s.id)
    }

    /// The card numbered `number`, when it is read whole.
    pub fn card_by_number(&self, number: u32) -> Option<&Card> {
        self.id_of_number(number).and_then(|id| self.card(id))
    }

    /// How many of the board's items (filters aside) `f` keeps.
    pub fn count_where(&self, f: impl Fn(ItemId) -> bool) -> usize {
        self.slots.iter().filter(|s| f(s.id)).count()
    }

    /// The first card the filters show, in board order (column by column).
    pub fn first_shown(&self) -> Option<ItemId> {
        (self.columns.iter())
            .find_map(|c| c.first())
            .map(|&i| self.slots[i as usize].id)
    }

    pub fn column(&self) -> usize {
        self.col
    }

    pub fn column_len(&self, col: usize) -> usize {
        self.columns[col].len()
    }

    /// Where `id` is among the cards shown in `col`, if it is shown there.
    fn position(&self, col: usize, id: ItemId) -> Option<usize> {
        let slot = self.slot(id)?;
        if slot.status.index() != col {
            return None;
        }
        find(&self.slots, &self.columns[col], key(slot)).ok()
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
        let Some(slot) = self.slot(id) else {
            return false;
        };
        let col = slot.status.index();
        if self.position(col, id).is_none() {
            return false;
        }
        self.col = col;
        self.selected[col] = Some(id);
        self.displaced = None;
        self.keep_visible(col);
        true
    }

    /// The cards shown in `col`: from its scroll offset, at most `rows` of them (those
    /// read whole: all of them once the app has read what `missing` asks).
    pub fn visible(&self, col: usize) -> impl Iterator<Item = &Card> {
        let cards = &self.columns[col];
        let start = self.scroll[col].min(cards.len());
        let end = (start + self.rows).min(cards.len());
        (cards[start..end].iter()).filter_map(|&i| self.loaded.get(&self.slots[i as usize].id))
    }

    pub fn scroll(&self, col: usize) -> usize {
        self.scroll[col]
    }

    /// Those of `ids` (ascending) that `keep` keeps, each column in board order: what
    /// a search reads first, so that the cards a column shows at its top are found
    /// first. From every card of the column, filters aside, or (`shown`) from the
    /// first card it shows.
    pub fn in_board_order(
        &self,
        shown: bool,
        ids: &[ItemId],
        keep: impl Fn(ItemId) -> bool,
    ) -> [Vec<ItemId>; COLUMNS] {
        let mut columns: [Vec<ItemId>; COLUMNS] = Default::default();
        if !shown && ids.len().saturating_mul(16) < self.slots.len() {
            // Few: sorted into place rather than looked for among every card.
            let mut placed: Vec<(usize, Key)> = (ids.iter())
                .filter(|&&id| keep(id))
                .filter_map(|&id| self.slot(id))
                .map(|slot| (slot.status.index(), key(slot)))
                .collect();
            placed.sort_unstable();
            for (c, (_, _, id)) in placed {
                columns[c].push(id);
            }
            return columns;
        }
        let wanted: IdSet = ids.iter().copied().collect();
        for (c, column) in columns.iter_mut().enumerate() {
            let from = match shown {
                true => &self.columns[c][self.scroll[c].min(self.columns[c].len())..],
                false => &self.whole[c][..],
            };
            column.extend(
                (from.iter())
                    .map(|&i| self.slots[i as usize].id)
                    .filter(|&id| wanted.contains(id) && keep(id)),
            );
        }
        columns
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
        self.selected[col] = Some(self.slots[self.columns[col][to] as usize].id);
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
mod tests;
