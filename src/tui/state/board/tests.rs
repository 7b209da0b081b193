//! The board state: places, pages, selection by identity, filters.

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
fn narrowing_a_filter_gives_what_filtering_from_the_whole_gives() {
    let cards: Vec<Card> = (1..=30)
        .map(|i| {
            card(
                i,
                [Status::Todo, Status::Doing, Status::Done][i as usize % 3],
            )
        })
        .collect();
    let keeps: [&dyn Fn(ItemId) -> bool; 4] = [
        &|id| id % 2 == 0,
        &|id| id % 4 == 0,
        &|id| id % 12 == 0,
        &|_| false,
    ];
    let mut narrowed = BoardState::new(cards.clone());
    narrowed.step(3);
    let mut whole = BoardState::new(cards);
    whole.step(3);
    for keep in keeps {
        narrowed.narrow(keep);
        whole.refilter(keep);
        for c in 0..COLUMNS {
            let ids = |b: &BoardState| b.visible(c).map(|card| card.id).collect::<Vec<_>>();
            assert_eq!(narrowed.column_len(c), whole.column_len(c));
            assert_eq!(ids(&narrowed), ids(&whole));
        }
        assert_eq!(narrowed.selected_id(), whole.selected_id());
        assert_eq!(narrowed.column(), whole.column());
    }
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
        .map(|c| {
            b.columns[c]
                .iter()
                .map(|&i| b.slots[i as usize].id)
                .collect()
        })
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

/// A board of `n` cards in the first column that pages past 10 whole cards,
/// with the cards `missing` asks for read, as the app does.
fn paged(n: i64) -> (BoardState, HashMap<ItemId, Card>) {
    let all: HashMap<ItemId, Card> = (1..=n).map(|i| (i, card(i, Status::Todo))).collect();
    let mut slots: Vec<CardSlot> = all.values().map(CardSlot::of).collect();
    slots.sort_by_key(|s| s.id);
    let mut b = BoardState::from_slots(slots);
    b.set_keep_all(10);
    b.set_rows(5);
    fill(&mut b, &all);
    (b, all)
}

fn fill(b: &mut BoardState, all: &HashMap<ItemId, Card>) {
    let missing = b.missing(&[]);
    b.load(missing.iter().map(|id| all[id].clone()).collect());
    b.evict(&[]);
}

#[test]
fn a_large_board_reads_whole_only_the_cards_around_the_screen() {
    let (mut b, all) = paged(1000);
    assert_eq!(b.column_total(0), 1000);
    let shown: Vec<ItemId> = b.visible(0).map(|c| c.id).collect();
    assert_eq!(shown, vec![1, 2, 3, 4, 5]);
    assert!(b.loaded_count() <= 15, "{}", b.loaded_count());
    assert!(b.missing(&[]).is_empty());
    // Paging down the column reads the new screens; the far ones are let go.
    for _ in 0..100 {
        b.page(true);
        fill(&mut b, &all);
        assert_eq!(b.visible(0).count(), 5);
        assert!(b.selected_card().is_some());
        assert!(b.loaded_count() <= 30, "{}", b.loaded_count());
    }
    b.last();
    fill(&mut b, &all);
    let shown: Vec<ItemId> = b.visible(0).map(|c| c.id).collect();
    assert_eq!(shown, vec![996, 997, 998, 999, 1000]);
    assert_eq!(b.selected_card().map(|c| c.id), Some(1000));
    // The open detail's card stays whole wherever the board is.
    b.first();
    let missing = b.missing(&[700]);
    assert!(missing.contains(&700) && missing.contains(&1));
    b.load(missing.iter().map(|id| all[id].clone()).collect());
    b.evict(&[700]);
    assert!(b.card(700).is_some() && b.card(1000).is_none());
    assert_eq!(b.number_of(1000), Some(1000));
    assert_eq!(b.id_of_number(999), Some(999));
}

#[test]
fn a_large_board_keeps_its_selection_by_identity_through_a_reload() {
    let (mut b, all) = paged(500);
    b.step(250);
    fill(&mut b, &all);
    assert_eq!(b.selected_id(), Some(251));
    // A reload with a new card at the top: the cursor stays on item 251.
    let mut slots: Vec<CardSlot> = all.values().map(CardSlot::of).collect();
    let mut new = card(501, Status::Todo);
    new.position = 0;
    slots.push(CardSlot::of(&new));
    b.set_slots(slots, |_| true);
    assert_eq!(b.selected_id(), Some(251));
    assert_eq!(b.column_total(0), 501);
    let mut all = all;
    all.insert(501, new);
    fill(&mut b, &all);
    assert_eq!(b.selected_card().map(|c| c.id), Some(251));
    assert!(b.visible(0).any(|c| c.id == 251));
    // Filters count from every place, whole or not.
    b.refilter(|id| id % 2 == 1);
    assert_eq!(b.column_total(0), 251);
    assert_eq!(b.selected_id(), Some(251));
    assert_eq!(b.count_where(|id| id > 400), 101);
    assert_eq!(b.first_shown(), Some(501), "new item 501 is at the top");
}

#[test]
fn spread_ids_are_found_as_well_as_dense_ones() {
    let mut cards: Vec<Card> = [3, 1 << 40, -7].map(|i| card(i, Status::Doing)).into();
    let mut b = BoardState::new(cards.clone());
    for c in &cards {
        assert_eq!(b.card(c.id), Some(c));
    }
    cards.push(card(1 << 20, Status::Doing));
    let mut dense = BoardState::new(vec![card(1, Status::Todo)]);
    dense.update_cards(
        vec![card(2, Status::Todo), card(1 << 20, Status::Todo)],
        |_| true,
    );
    assert_eq!(dense.number_of(1 << 20), Some(1 << 20));
    assert_eq!(dense.number_of(2), Some(2));
    assert_eq!(dense.number_of(3), None);
    b.update_cards(vec![cards[3].clone()], |_| true);
    assert_eq!(b.column_total(1), 4);
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

#[test]
fn ids_come_in_board_order_whether_few_or_many() {
    // Positions against ids: card k sits at position 1000 - k, so board order is
    // the ids descending; every third card is doing.
    let cards: Vec<Card> = (1..=200)
        .map(|id| {
            let status = if id % 3 == 0 {
                Status::Doing
            } else {
                Status::Todo
            };
            Card {
                position: 1000 - id,
                ..card(id, status)
            }
        })
        .collect();
    let mut b = BoardState::new(cards);
    let few: Vec<ItemId> = vec![3, 5, 6, 7, 150];
    let many: Vec<ItemId> = (1..=200).filter(|id| id % 2 == 1).collect();
    let odd_but_7 = |id: ItemId| id != 7;
    let columns = b.in_board_order(false, &few, odd_but_7);
    assert_eq!(columns[0], vec![5]);
    assert_eq!(columns[1], vec![150, 6, 3]);
    let columns = b.in_board_order(false, &many, odd_but_7);
    let todo: Vec<ItemId> = (1..=200)
        .rev()
        .filter(|id| id % 2 == 1 && id % 3 != 0 && *id != 7)
        .collect();
    assert_eq!(columns[0], todo);
    assert_eq!(columns[1].len(), 33);
    assert!(columns[1].windows(2).all(|w| w[0] > w[1]));
    // From the first card shown, among those shown.
    b.set_rows(5);
    b.refilter(|id| id % 2 == 1);
    b.last();
    let columns = b.in_board_order(true, &many, |_| true);
    assert_eq!(columns[0], vec![13, 11, 7, 5, 1]);
    // The first cards of each column, filters aside.
    assert_eq!(b.column_heads(2), vec![200, 199, 198, 195]);
}
