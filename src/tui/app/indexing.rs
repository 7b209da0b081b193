//! The search index built off the board's thread: the first `/` opens the prompt at
//! once and starts reading every item's search text on a second connection; what is
//! typed meanwhile is kept and applied when the index is ready. Above a budget the
//! index holds no texts, and each query's candidates are read there again (`Scanning`).

use super::{App, Modal};
use crate::store::{ItemId, PlanId, SearchCancel, SearchSource, Store, StoreError};
use crate::tui::state::search::{HitsChange, IndexBuilder, ScanRequest};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

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
    fn start(
        source: SearchSource,
        plan: PlanId,
        items: usize,
        keep_texts: bool,
    ) -> std::io::Result<Indexing> {
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        let job = std::thread::Builder::new()
            .name("duban-search-index".into())
            .spawn(move || {
                let mut builder = if keep_texts {
                    IndexBuilder::with_capacity(items)
                } else {
                    IndexBuilder::without_texts(items)
                };
                source.read(|store| {
                    store.scan_search_texts(plan, &|_| true, |id, text| {
                        if stop.load(Ordering::Relaxed) {
                            return ControlFlow::Break(());
                        }
                        builder.add(id, text);
                        ControlFlow::Continue(())
                    })
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

    /// Forgets an index being built and texts being read (the board switched plans).
    pub(super) fn stop_indexing(&mut self) {
        self.indexing = None;
        self.scanning = None;
    }

    fn build_search_index_off_thread(&mut self) {
        let items = self.board.card_count();
        let keep_texts = items <= self.search_texts_up_to;
        let started = self
            .store
            .search_source()
            .map(|source| Indexing::start(source, self.plan.id, items, keep_texts));
        match started {
            Some(Ok(job)) => {
                self.indexing = Some(job);
                if !keep_texts {
                    // Until it is built, a query shows the hits among the first
                    // cards of each column, as many as its first page may read.
                    let want = 2 * self.board.rows() + PAGE_MARGIN;
                    let heads = self.board.column_heads(most_one_by_one(items, want));
                    self.search.set_interim(heads);
                    self.sync_scan();
                }
            }
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

    /// Takes the index in once its thread is done, and a scan's hits once they are
    /// read; true when the board changed. The event loop calls it often while
    /// `is_indexing` or `is_scanning`.
    pub fn poll_search_index(&mut self) -> bool {
        let scanned = self.poll_scan();
        let finished = |j: &Indexing| j.job.as_ref().is_none_or(JoinHandle::is_finished);
        if !self.indexing.as_ref().is_some_and(finished) {
            return scanned;
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
        self.sync_scan();
    }

    /// True while the texts a search waits for are being read: the prompt says so.
    pub fn is_scanning(&self) -> bool {
        self.search.pending_scan().is_some()
    }

    /// Starts reading the texts the search waits for, stopping a read no longer
    /// wanted (the query changed meanwhile).
    pub(super) fn sync_scan(&mut self) {
        let wanted = self.search.pending_scan().map(ScanRequest::id);
        if self.scanning.as_ref().map(|s| s.id) == wanted {
            return;
        }
        self.scanning = None;
        let Some(request) = self.search.pending_scan() else {
            return;
        };
        let id = request.id();
        let items = self.board.card_count();
        if !request.is_empty()
            && let Some(source) = self.store.search_source()
        {
            let page = self.first_page(request);
            let started = Scanning::start(source, self.plan.id, items, request.clone(), page);
            if let Ok(job) = started {
                self.scanning = Some(job);
                return;
            }
        }
        // Nothing to read, or no thread to be had: here.
        let found = scan(
            &self.store,
            self.plan.id,
            items,
            request,
            &Page::default(),
            &|_| {},
            &AtomicBool::new(false),
        );
        self.scan_done(id, found);
    }

    /// The candidates of `request` that the board would show, each column in board
    /// order, and how many hits fill a column: read before the others.
    fn first_page(&self, request: &ScanRequest) -> Page {
        let ids: Vec<ItemId> = request.items().collect();
        let f = filters!(self);
        let keep = |id| f.keeps_besides_search(id);
        let want = 2 * self.board.rows() + PAGE_MARGIN;
        // The hits are known: the lines of the cards shown are wanted first.
        let mut columns = self.board.in_board_order(request.lines_only(), &ids, keep);
        for column in &mut columns {
            column.truncate(most_one_by_one(self.board.card_count(), want));
        }
        Page { columns, want }
    }

    /// Takes in a scan's hits once they are read, or the first of them while it
    /// reads on; true when the board changed.
    fn poll_scan(&mut self) -> bool {
        self.sync_scan();
        let finished = |s: &Scanning| s.job.as_ref().is_none_or(JoinHandle::is_finished);
        if !self.scanning.as_ref().is_some_and(finished) {
            return self.poll_partial();
        }
        let Some(mut job) = self.scanning.take() else {
            return false;
        };
        let found = match job.job.take().map(JoinHandle::join) {
            Some(Ok(found)) => found,
            // The thread panicked: read them here instead.
            _ => match self.search.pending_scan() {
                Some(request) => scan(
                    &self.store,
                    self.plan.id,
                    self.board.card_count(),
                    request,
                    &Page::default(),
                    &|_| {},
                    &AtomicBool::new(false),
                ),
                None => return false,
            },
        };
        self.scan_done(job.id, found)
    }

    /// Shows the hits a scan found so far, when it found more since last asked.
    fn poll_partial(&mut self) -> bool {
        let Some(job) = &self.scanning else {
            return false;
        };
        let found = match job.partial.lock() {
            Ok(mut partial) => partial.take(),
            Err(_) => None,
        };
        let Some(found) = found else {
            return false;
        };
        if !self.search.take_partial(job.id, found) {
            return false;
        }
        self.show_hits();
        true
    }

    fn scan_done(&mut self, id: u64, found: Scanned) -> bool {
        let found = match found {
            Ok(found) => found,
            Err(e) => {
                // Said once; the search keeps what it showed.
                self.report(e);
                self.search.abandon_scan(id);
                return true;
            }
        };
        if !self.search.take_scan(id, found) {
            return false;
        }
        // Before the index is built a scan finds the first page only: it cannot say
        // that a query finds nothing.
        let whole = self.search.has_index();
        if self.show_hits() && whole && !matches!(self.modal, Some(Modal::Search(_))) {
            self.say_when_search_finds_nothing();
        }
        true
    }

    /// Filters the board by the search's new hits; false when they did not change.
    fn show_hits(&mut self) -> bool {
        match self.search.change() {
            HitsChange::Same => return false,
            HitsChange::Narrower => {
                let f = filters!(self);
                self.board.narrow(|id| f.keeps(id));
            }
            HitsChange::Other => self.refilter(),
        }
        true
    }
}

/// Each matching candidate's entry and the line it matched on.
type Found = Vec<(u32, u16)>;

/// What a scan found.
type Scanned = Result<Found, StoreError>;

/// A search's candidates being read on another thread: the index holds no texts.
pub(super) struct Scanning {
    /// The `ScanRequest` it answers.
    id: u64,
    job: Option<JoinHandle<Scanned>>,
    /// Set when the query changed: the thread stops reading.
    cancel: Arc<AtomicBool>,
    /// On a server, where the rows come whole: the query is cancelled there too.
    on_server: Option<SearchCancel>,
    /// What the thread found so far, put there as it reads on and taken by the board.
    partial: Arc<Mutex<Option<Found>>>,
}

impl Drop for Scanning {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        if let Some(on_server) = &self.on_server {
            on_server.cancel();
        }
    }
}

impl Scanning {
    fn start(
        source: SearchSource,
        plan: PlanId,
        items: usize,
        request: ScanRequest,
        page: Page,
    ) -> std::io::Result<Scanning> {
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        let partial = Arc::new(Mutex::new(None));
        let sink = Arc::clone(&partial);
        let id = request.id();
        let on_server = source.cancel_handle();
        let handle = on_server.clone();
        let job = std::thread::Builder::new()
            .name("duban-search-scan".into())
            .spawn(move || {
                let tell = |found: &Found| {
                    if let Ok(mut partial) = sink.lock() {
                        *partial = Some(found.clone());
                    }
                };
                source.read_cancellable(handle.as_ref(), |store| {
                    scan(store, plan, items, &request, &page, &tell, &stop)
                })
            })?;
        Ok(Scanning {
            id,
            job: Some(job),
            cancel,
            on_server,
            partial,
        })
    }
}

/// The candidates a board shows first, read before the others.
#[derive(Debug, Default)]
struct Page {
    /// Each column's candidates in board order, from the first card it would show.
    columns: [Vec<ItemId>; 4],
    /// How many hits in a column are enough for a screenful and a page more.
    want: usize,
}

/// Hits read beyond the two screens of a column, for the next page.
const PAGE_MARGIN: usize = 16;

/// While the first page is read, what it found is shown this often.
const PARTIAL_EVERY: Duration = Duration::from_millis(100);

/// Fewer candidates than a plan's items over this are read one by one (three
/// lookups each), more in one pass over the plan that passes the others over.
const ONE_BY_ONE_BELOW: usize = 20;

/// How many of a page's candidates are read one by one at most, in a plan of `items`
/// (past this, one pass over the plan costs less), when `want` hits fill a column.
fn most_one_by_one(items: usize, want: usize) -> usize {
    (items / ONE_BY_ONE_BELOW).max(4 * want)
}

/// Reads the texts of `request`'s candidates among the `items` of `plan` and checks
/// them, until `stop` is set: first those of `page`, one by one, column by column in
/// turns until each has its hits or none left, telling what it found (`tell`) now and
/// then and once they are read; then the others.
fn scan(
    store: &Store,
    plan: PlanId,
    items: usize,
    request: &ScanRequest,
    page: &Page,
    tell: &dyn Fn(&Found),
    stop: &AtomicBool,
) -> Scanned {
    let mut found = Vec::new();
    let mut read = Vec::new();
    let one_by_one = |id: ItemId, found: &mut Vec<(u32, u16)>| match store.search_text(id) {
        Ok(text) => Ok(request
            .check(id, text)
            .inspect(|&f| found.push(f))
            .is_some()),
        Err(StoreError::NoSuchItemId(_)) => Ok(false),
        Err(e) => Err(e),
    };
    let mut at = [0; 4];
    let mut hits = [0; 4];
    let mut told = Instant::now();
    let most = most_one_by_one(items, page.want);
    let mut more = true;
    while more && read.len() < most {
        more = false;
        for (c, column) in page.columns.iter().enumerate() {
            let Some(&id) = column.get(at[c]).filter(|_| hits[c] < page.want) else {
                continue;
            };
            if stop.load(Ordering::Relaxed) {
                return Ok(found);
            }
            at[c] += 1;
            more = true;
            read.push(id);
            hits[c] += usize::from(one_by_one(id, &mut found)?);
        }
        if told.elapsed() >= PARTIAL_EVERY {
            tell(&found);
            told = Instant::now();
        }
    }
    if !read.is_empty() {
        tell(&found);
    }
    if request.page_only() {
        return Ok(found);
    }
    read.sort_unstable();
    let unread = |id: ItemId| request.wants(id) && read.binary_search(&id).is_err();
    let left = request.len().saturating_sub(read.len());
    if left == 0 {
        return Ok(found);
    }
    if left.saturating_mul(ONE_BY_ONE_BELOW) < items {
        for id in request.items().filter(|&id| unread(id)) {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            one_by_one(id, &mut found)?;
        }
    } else {
        store.scan_search_texts(plan, &unread, |id, text| {
            if stop.load(Ordering::Relaxed) {
                return ControlFlow::Break(());
            }
            found.extend(request.check(id, text));
            ControlFlow::Continue(())
        })?;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::generate::{GenOptions, document};
    use crate::tui::state::search::SearchState;
    use std::cell::RefCell;

    /// A store of a generated plan, and a search of it whose index keeps no texts.
    fn plan_and_search(items: usize) -> (Store, PlanId, SearchState) {
        let mut store = Store::open_in_memory("tester").unwrap();
        let plan = crate::plan::parse(&document(&GenOptions::with_items(items)))
            .unwrap()
            .plan;
        store.import(&plan).unwrap();
        let plan = store.plan(None).unwrap().id;
        let mut builder = IndexBuilder::without_texts(items);
        store
            .for_each_search_text(plan, |id, text| builder.add(id, text))
            .unwrap();
        let mut search = SearchState::default();
        search.set_index(builder);
        (store, plan, search)
    }

    #[test]
    fn a_scan_tells_the_first_hits_of_each_column_before_it_reads_the_rest() {
        let (store, plan, mut search) = plan_and_search(400);
        for query in ["安全", "jydd", "第1", "xueqianjiaoyu", "无此事项"] {
            search.set_query(query);
            let request = search.pending_scan().unwrap().clone();
            let ids: Vec<ItemId> = request.items().collect();
            let is_hit = |id: ItemId| request.check(id, store.search_text(id).unwrap());
            let mut every: Vec<(u32, u16)> = ids.iter().filter_map(|&id| is_hit(id)).collect();
            // Two columns, in an order of their own.
            let (a, b) = ids.split_at(ids.len() / 2);
            let page = Page {
                columns: [
                    a.iter().rev().copied().collect(),
                    b.to_vec(),
                    vec![],
                    vec![],
                ],
                want: 5,
            };
            // Told of as the plan's size: 400 reads the rest in one pass, 10,000 one
            // by one, and lets the first page be read however sparse its hits.
            for items in [400, 10_000] {
                let told = RefCell::new(Vec::new());
                let tell = |found: &Found| told.borrow_mut().push(found.clone());
                let stop = AtomicBool::new(false);
                let mut found = scan(&store, plan, items, &request, &page, &tell, &stop).unwrap();
                found.sort_unstable();
                every.sort_unstable();
                assert_eq!(found, every, "{query} {items}");
                if items == 400 {
                    continue;
                }
                // What was told last before the rest was read: the first hits of each
                // column in its order, no more.
                let mut first: Vec<(u32, u16)> = (page.columns.iter())
                    .flat_map(|c| c.iter().filter_map(|&id| is_hit(id)).take(5))
                    .collect();
                let mut told = told.into_inner().pop().unwrap_or_default();
                told.sort_unstable();
                first.sort_unstable();
                assert_eq!(told, first, "{query}");
            }
        }
    }
}
