//! What an import is fed, window by window, and what it carries from one
//! window to the next.

use super::{ImportCtx, NewRows, unrelated_titles};
use crate::plan::{Item, Section};
use crate::store::engine::{OptionalExtension, Tx, params};
use crate::store::{ImportReport, ItemId, PlanId, Result};
use std::collections::HashMap;

/// What an import is fed: each call of the function it is given takes the next
/// sections and items of the plan, in document order (a section before its
/// items). The feed says at the end how many warnings reading met, or abandons
/// the import (the document must be read whole after all).
pub type Feed<'f> = dyn FnMut(&mut Take<'_>) -> Result<Fed> + 'f;

/// What takes each window's sections and items (see [`Feed`]).
pub type Take<'t> = dyn FnMut(&[Section], &[Item]) -> Result<()> + 't;

/// How a feed ended.
pub enum Fed {
    Done { warnings: usize },
    Abandoned,
}

/// An import under way: what it carries from one window of items to the next.
pub(super) struct Run<'a> {
    pub(super) tx: &'a Tx<'a>,
    pub(super) plan_id: PlanId,
    pub(super) section_ids: HashMap<u32, i64>,
    pub(super) next_position: i64,
    /// Every item's number, for the items the document no longer has.
    pub(super) numbers: Vec<u32>,
    /// Items with notes of the document's: written once every item is in.
    pub(super) noted: Vec<Item>,
    /// Items fed.
    pub(super) count: usize,
    pub(super) report: ImportReport,
}

impl Run<'_> {
    pub(super) fn sections(&mut self, sections: &[Section]) -> Result<()> {
        for s in sections {
            let id: i64 = self.tx.query_row(
                "INSERT INTO sections (plan_id, number, numeral, title) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (plan_id, number) DO UPDATE SET numeral = excluded.numeral,
                 title = excluded.title RETURNING id",
                params![self.plan_id, s.number, s.numeral, s.title],
                |r| r.get(0),
            )?;
            self.section_ids.insert(s.number, id);
        }
        Ok(())
    }

    pub(super) fn items<'i>(&mut self, ctx: &ImportCtx<'i>, items: &'i [Item]) -> Result<()> {
        let tx = self.tx;
        let report = &mut self.report;
        // A new plan's items are all new: a server takes their ids a batch at a time.
        let to_come = if report.new_plan { items.len() } else { 0 };
        let mut rows = NewRows::new(tx, to_come)?;
        self.count += items.len();
        for item in items {
            if !report.new_plan {
                self.numbers.push(item.number);
            }
            if !item.notes.is_empty() {
                self.noted.push(item.clone());
            }
            let section = item.section.and_then(|n| self.section_ids.get(&n).copied());
            // A new plan has no items to find.
            let found: Option<ItemId> = if report.new_plan {
                None
            } else {
                tx.prepare_cached("SELECT id FROM items WHERE plan_id = ?1 AND number = ?2")?
                    .query_row(params![self.plan_id, item.number], |r| r.get(0))
                    .optional()?
            };
            match found {
                None => {
                    // A new plan's items start in document order.
                    let position = if report.new_plan {
                        i64::from(item.number)
                    } else {
                        self.next_position += 1;
                        self.next_position - 1
                    };
                    ctx.insert_item(&mut rows, item, section, position)?;
                    rows.item_queued()?;
                    report.items_added += 1;
                    // The next lookup must find this item, should the number recur.
                    if !report.new_plan {
                        rows.flush()?;
                    }
                }
                Some(id) => {
                    let before: String = tx
                        .prepare_cached("SELECT title FROM items WHERE id = ?1")?
                        .query_row([id], |r| r.get(0))?;
                    if unrelated_titles(&before, &item.title) {
                        report.retitled.push(crate::store::Retitled {
                            number: item.number,
                            before,
                            after: item.title.clone(),
                        });
                    }
                    if ctx.update_item(id, item, section, &mut report.hand_kept)? {
                        report.items_updated += 1;
                    } else {
                        report.items_unchanged += 1;
                    }
                }
            }
        }
        rows.flush()
    }
}
