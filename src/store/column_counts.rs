//! Each column's card count, from the small table the triggers of migration 12 keep
//! (`column_counts`: live items per plan and status). The board's column titles,
//! the plan list's item counts and the first frame of a large board read it: four
//! rows, where counting a million-item column walked ~0.1 s of index per column.

use super::{PlanId, Result, Store};

/// The counts of plan ?1, one row per status that ever held a card.
const COUNTS_SQL: &str = "SELECT status, n FROM column_counts WHERE plan_id = ?1";

impl Store {
    /// How many live cards each column of the plan holds, in board order.
    pub fn card_counts(&self, plan: PlanId) -> Result<[usize; 4]> {
        let mut st = self.conn.prepare_cached(COUNTS_SQL)?;
        let mut counts = [0; 4];
        let mut rows = st.query([plan])?;
        while let Some(r) = rows.next()? {
            let text = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let status = super::read::status_of(text)?;
            let n: i64 = r.get(1)?;
            counts[status.index()] = usize::try_from(n).unwrap_or(0);
        }
        Ok(counts)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::plan::Status;
    use crate::store::test_support::{plan, seeded};
    use crate::store::{ItemId, NewItem};

    /// The counts as COUNT finds them over the items themselves.
    pub(crate) fn counted(store: &Store, plan: PlanId) -> [usize; 4] {
        let mut counts = [0; 4];
        for (n, status) in counts.iter_mut().zip(Status::ALL) {
            let c: i64 = store
                .conn
                .query_row(
                    "SELECT count(*) FROM items WHERE plan_id = ?1 AND retired = 0 AND status = ?2",
                    rusqlite::params![plan, status.key()],
                    |r| r.get(0),
                )
                .unwrap();
            *n = c as usize;
        }
        counts
    }

    /// The kept counts agree with COUNT; returns them.
    fn agree(store: &Store, plan: PlanId) -> [usize; 4] {
        let kept = store.card_counts(plan).unwrap();
        assert_eq!(kept, counted(store, plan), "kept counts against COUNT");
        kept
    }

    fn id(store: &Store, plan: PlanId, number: u32) -> ItemId {
        store.item_id(plan, number).unwrap()
    }

    #[test]
    fn the_counts_follow_imports_moves_retiring_restoring_adding_and_undo() {
        let (mut store, p) = seeded("tester");
        assert_eq!(agree(&store, p), [4, 0, 0, 0]);
        let two = id(&store, p, 2);
        store.move_item(two, Status::Doing, None).unwrap();
        store
            .move_item(id(&store, p, 3), Status::Blocked, None)
            .unwrap();
        assert_eq!(agree(&store, p), [2, 1, 1, 0]);
        // A move within its column changes no count.
        store.move_item(two, Status::Doing, None).unwrap();
        assert_eq!(agree(&store, p), [2, 1, 1, 0]);
        store.retire_item(two, "重复").unwrap();
        assert_eq!(agree(&store, p), [2, 0, 1, 0]);
        // A retired item's moves (by SQL: the store refuses them) leave the counts.
        store
            .conn
            .execute("UPDATE items SET status = 'done' WHERE id = ?1", [two])
            .unwrap();
        assert_eq!(agree(&store, p), [2, 0, 1, 0]);
        store.restore_item(two).unwrap();
        assert_eq!(agree(&store, p), [2, 0, 1, 1]);
        let added = store
            .add_item(
                Some(p),
                &NewItem {
                    title: "新增事项".into(),
                    lead: "基教处".into(),
                    ..NewItem::default()
                },
            )
            .unwrap();
        assert_eq!(agree(&store, p), [3, 0, 1, 1]);
        store.move_item(added.id, Status::Doing, None).unwrap();
        assert_eq!(agree(&store, p), [2, 1, 1, 1]);
        // Undo puts the move back, then the restore.
        store.undo_last(p).unwrap();
        assert_eq!(agree(&store, p), [3, 0, 1, 1]);
        // A re-import of the same document keeps every count.
        store.import(&plan()).unwrap();
        assert_eq!(agree(&store, p), [3, 0, 1, 1]);
        // Items deleted (no command deletes one; a plan's removal would).
        store
            .conn
            .execute("DELETE FROM items WHERE id = ?1", [id(&store, p, 3)])
            .unwrap();
        assert_eq!(agree(&store, p), [3, 0, 0, 1]);
        store
            .conn
            .execute("DELETE FROM items WHERE plan_id = ?1", [p])
            .unwrap();
        assert_eq!(agree(&store, p), [0, 0, 0, 0]);
    }

    #[test]
    fn each_plan_has_its_own_counts_and_a_removed_plan_takes_them_along() {
        let (mut store, p) = seeded("tester");
        let mut other = plan();
        other.title = "测试厅2021年工作要点".into();
        other.items.truncate(2);
        let q = store.import(&other).unwrap().plan_id;
        assert_ne!(p, q);
        store
            .move_item(id(&store, q, 1), Status::Done, None)
            .unwrap();
        assert_eq!(agree(&store, p), [4, 0, 0, 0]);
        assert_eq!(agree(&store, q), [1, 0, 0, 1]);
        let summaries = store.plan_summaries().unwrap();
        assert_eq!(
            summaries.iter().map(|s| s.items).collect::<Vec<_>>(),
            [4, 2]
        );
        if crate::store::test_support::pg::chosen() {
            // The unit tests' server sessions run with the rules' triggers off, and
            // the foreign keys' cascades with them; on a server the counts go with
            // their plan by `column_counts.plan_id`'s ON DELETE CASCADE.
            return;
        }
        store
            .conn
            .execute("DELETE FROM plans WHERE id = ?1", [q])
            .unwrap();
        let left: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM column_counts WHERE plan_id = ?1",
                [q],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
        assert_eq!(agree(&store, p), [4, 0, 0, 0]);
    }

    #[test]
    fn a_file_from_before_the_counts_is_counted_when_it_is_opened() {
        // Migration 12 fills the table from the items already there.
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for v in 1..=11 {
            conn.execute_batch(crate::store::schema::migration(v).unwrap())
                .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO plans (id, key, title, created_at, updated_at) VALUES (1, 'k', 't', '', '');
             INSERT INTO items (plan_id, number, title, target, status, position, created_at, updated_at, retired)
             VALUES (1, 1, 'a', '', 'todo', 1, '', '', 0), (1, 2, 'b', '', 'done', 1, '', '', 0),
                    (1, 3, 'c', '', 'done', 2, '', '', 0), (1, 4, 'd', '', 'doing', 1, '', '', 1);",
        )
        .unwrap();
        conn.execute_batch(crate::store::schema::migration(12).unwrap())
            .unwrap();
        let rows: Vec<(String, i64)> = conn
            .prepare("SELECT status, n FROM column_counts WHERE plan_id = 1 ORDER BY status")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(rows, [("done".to_string(), 2), ("todo".to_string(), 1)]);
    }
}
