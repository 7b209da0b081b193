//! The search index built off the board's thread: the first `/` opens the prompt at
//! once and starts reading every item's search text on a second connection; what is
//! typed meanwhile is kept and applied when the index is ready.

use super::{App, Modal};
use crate::store::{ItemId, PlanId, SearchSource, StoreError};
use crate::tui::state::search::IndexBuilder;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;

/// An index being built on another thread.
pub(super) struct Indexing {
    plan: PlanId,
    /// Taken when the job is joined.
    job: Option<JoinHandle<Result<IndexBuilder, StoreError>>>,
    /// Set when the board no longer wants this index (another plan, the app gone):
    /// the thread stops folding texts.
    cancel: Arc<AtomicBool>,
    /// Items this board saw change since the job started: the job may have read them
    /// before the change, so they are read again once it is done.
    changed: Vec<ItemId>,
    /// Everything was read again meanwhile: the job's texts may be older than the
    /// board's, so it is built again.
    stale: bool,
}

impl Drop for Indexing {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

impl Indexing {
    fn start(source: SearchSource, plan: PlanId, items: usize) -> std::io::Result<Indexing> {
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        let job = std::thread::Builder::new()
            .name("duban-search-index".into())
            .spawn(move || {
                let mut builder = IndexBuilder::with_capacity(items);
                source.for_each_search_text(plan, |id, text| {
                    if !stop.load(Ordering::Relaxed) {
                        builder.add(id, text);
                    }
                })?;
                Ok(builder)
            })?;
        Ok(Indexing {
            plan,
            job: Some(job),
            cancel,
            changed: Vec::new(),
            stale: false,
        })
    }
}

impl App {
    /// True while the search index is being built: the prompt says so, and what is
    /// typed is applied once it is ready.
    pub fn is_indexing(&self) -> bool {
        self.indexing.is_some()
    }

    /// Starts building the search index unless it is built or being built.
    pub(super) fn start_search_index(&mut self) {
        if !self.search.has_index() && self.indexing.is_none() {
            self.build_search_index_off_thread();
        }
    }

    /// Builds the index again (everything was read again): off the board's thread,
    /// keeping the old one until the new one is ready.
    pub(super) fn rebuild_search_index(&mut self) {
        match &mut self.indexing {
            Some(job) => job.stale = true,
            None => self.build_search_index_off_thread(),
        }
    }

    /// Remembers that `ids` changed while an index is being built.
    pub(super) fn search_texts_changed(&mut self, ids: &[ItemId]) {
        if let Some(job) = &mut self.indexing {
            job.changed.extend_from_slice(ids);
        }
    }

    /// Forgets an index being built (the board switched plans).
    pub(super) fn stop_indexing(&mut self) {
        self.indexing = None;
    }

    fn build_search_index_off_thread(&mut self) {
        let items = self.board.card_count();
        let started = self
            .store
            .search_source()
            .map(|source| Indexing::start(source, self.plan.id, items));
        match started {
            Some(Ok(job)) => self.indexing = Some(job),
            // A private in-memory database (tests), or no thread to be had: here.
            _ => {
                let first = !self.search.has_index();
                if let Err(e) = self.build_search_index() {
                    self.report(e);
                }
                self.search_applied(first);
            }
        }
    }

    /// Takes the index in once its thread is done; true when the board changed.
    /// The event loop calls it often while `is_indexing`.
    pub fn poll_search_index(&mut self) -> bool {
        let finished = |j: &Indexing| j.job.as_ref().is_none_or(JoinHandle::is_finished);
        if !self.indexing.as_ref().is_some_and(finished) {
            return false;
        }
        let Some(mut job) = self.indexing.take() else {
            return false;
        };
        let Some(built) = job.job.take().map(JoinHandle::join) else {
            return false;
        };
        if job.plan != self.plan.id {
            return false;
        }
        if job.stale {
            self.build_search_index_off_thread();
            return true;
        }
        let changed = std::mem::take(&mut job.changed);
        let first = !self.search.has_index();
        match built {
            Ok(Ok(builder)) => {
                self.search.set_index(builder);
                if let Err(e) = self.reindex(changed) {
                    self.report(e);
                }
            }
            Ok(Err(e)) => self.report(e),
            // The thread panicked: build it here instead.
            Err(_) => {
                if let Err(e) = self.build_search_index() {
                    self.report(e);
                }
            }
        }
        self.search_applied(first);
        true
    }

    /// Reads again the texts of the items that changed while the index was built.
    fn reindex(&mut self, mut ids: Vec<ItemId>) -> Result<(), StoreError> {
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            match self.store.search_text(id) {
                Ok(text) => self.search.update_entry(id, &text),
                Err(StoreError::NoSuchItemId(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The query typed meanwhile now filters the board; a search confirmed with
    /// Enter before the first index was ready says, once it is, when it found nothing
    /// (as it does when the index was there at once).
    fn search_applied(&mut self, first: bool) {
        self.refilter();
        if first && !matches!(self.modal, Some(Modal::Search(_))) {
            self.say_when_search_finds_nothing();
        }
    }
}
