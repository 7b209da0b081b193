//! duban's benchmarks: parse and import, start to first frame, keypress to frame,
//! and bytes written to the terminal, at the seed's size and at 1k, 10k and 100k
//! items; the generated boards get two notes and a move on every tenth item
//! after their import is timed. Run with `cargo bench --bench board` (release build); sizes can be set
//! with DUBAN_BENCH_SIZES=1000,10000. Prints a Markdown table for BENCHMARKS.md.
//! Whole-process figures (peak RSS, idle CPU and bytes) come from
//! `benches/process.sh`.

use duban::plan::generate::{GenOptions, document};
use duban::store::Store;
use duban::tui::action::Action;
use duban::tui::{App, BoardOptions};
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

const SEED: &[u8] = include_bytes!("../seeds/000_1c263084d9f29a16.txt");

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// Times `f` `runs` times and returns the median.
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

/// A writer that counts what the terminal would receive.
#[derive(Default, Clone)]
struct Counter {
    bytes: std::rc::Rc<std::cell::Cell<usize>>,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes.set(self.bytes.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn import_file(db: &Path, bytes: &[u8]) -> Duration {
    let t = Instant::now();
    let parsed = duban::plan::parse_bytes(bytes).expect("parses");
    let mut store = Store::open(db, "bench").expect("opens");
    store.import(&parsed.plan).expect("imports");
    t.elapsed()
}

fn open_app(db: &Path) -> App {
    let mut app = open_head(db);
    app.load_rest();
    app
}

/// The board as `duban` opens it: the head of each column, for the first frame.
fn open_head(db: &Path) -> App {
    let store = Store::open(db, "bench").expect("opens");
    let plan = store.plan(None).expect("a plan").id;
    let mut app = App::new_head(store, plan, &BoardOptions::default()).expect("app");
    app.resize(120, 40);
    app
}

/// Open to first frame (the head of each column), and open to a whole board.
fn start_times(db: &Path, runs: usize) -> (Duration, Duration) {
    let mut first = Vec::with_capacity(runs);
    let mut whole = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let mut app = open_head(db);
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("term");
        draw(&app, &mut term);
        first.push(t.elapsed());
        app.load_rest();
        draw(&app, &mut term);
        whole.push(t.elapsed());
    }
    (median(first), median(whole))
}

fn draw(app: &App, term: &mut Terminal<TestBackend>) {
    term.draw(|f| duban::tui::view::draw(app, f))
        .expect("draws");
}

/// Keypress to frame: the action, then a whole frame, median over `runs`; `undo`
/// (untimed) puts the board back between runs.
fn key_to_frame(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    runs: usize,
    setup: &[Action],
    timed: &[Action],
    undo: &[Action],
) -> Duration {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        for a in setup {
            app.update(a.clone());
        }
        draw(app, term);
        let t = Instant::now();
        for a in timed {
            app.update(a.clone());
        }
        draw(app, term);
        samples.push(t.elapsed());
        for a in undo {
            app.update(a.clone());
        }
    }
    median(samples)
}

/// Bytes a real terminal backend writes for one frame after `action`, at 120x40.
fn bytes_for(app: &mut App, action: Action) -> usize {
    bytes_at(app, action, 120, 40)
}

/// Bytes a real terminal backend writes for one frame after `action` on a `w` x `h`
/// terminal.
fn bytes_at(app: &mut App, action: Action, w: u16, h: u16) -> usize {
    app.resize(w, h);
    let counter = Counter::default();
    let backend = CrosstermBackend::new(counter.clone());
    let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h));
    let mut term =
        Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).expect("term");
    term.draw(|f| duban::tui::view::draw(app, f))
        .expect("draws");
    counter.bytes.set(0);
    app.update(action);
    term.draw(|f| duban::tui::view::draw(app, f))
        .expect("draws");
    let bytes = counter.bytes.get();
    app.resize(120, 40);
    bytes
}

/// Keys on a board already in a database file (DUBAN_BENCH_DB=PATH, e.g. a plan of a
/// million items imported beforehand): the whole board read after the first frame,
/// then key to frame for moving along and across columns, a move with its write
/// (moved back after each run), the office filter and the first `/`. Writes only
/// moves that are moved back.
/// l (next column), L (a move, with its write), the office filter and the first
/// `/` (what search sets up), timed alike on every board.
fn columns_filter_and_search(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    label: &str,
    runs: usize,
    move_runs: usize,
    filter_runs: usize,
) {
    let l = key_to_frame(
        app,
        term,
        runs,
        &[],
        &[Action::ColumnRight],
        &[Action::ColumnLeft],
    );
    println!("| {label} | key l (next column) | {} |", ms(l));
    let big_l = key_to_frame(
        app,
        term,
        move_runs,
        &[],
        &[Action::MoveNext],
        &[Action::MovePrev, Action::ColumnLeft],
    );
    println!(
        "| {label} | key L (move card, with its write) | {} |",
        ms(big_l)
    );
    let office: Vec<Action> = std::iter::once(Action::OfficePicker)
        .chain(
            duban::plan::generate::office_name(0)
                .chars()
                .map(Action::Input),
        )
        .collect();
    let filter = key_to_frame(
        app,
        term,
        filter_runs,
        &office,
        &[Action::Confirm],
        &[Action::ClearOffice],
    );
    println!(
        "| {label} | office filter (Enter in the picker) | {} |",
        ms(filter)
    );
    let first = time(1, || {
        app.update(Action::Search);
        draw(app, term);
    });
    app.update(Action::Back);
    println!("| {label} | first / (search set-up) | {} |", ms(first));
}

fn keys_on(db: &Path) {
    let label = db
        .file_stem()
        .map_or("db".into(), |s| s.to_string_lossy().into_owned());
    println!("| plan | what | median |");
    println!("| --- | --- | --- |");
    let (start, whole) = start_times(db, 3);
    println!(
        "| {label} | open to first frame (in process) | {} |",
        ms(start)
    );
    println!("| {label} | open to whole board read | {} |", ms(whole));
    let mut app = open_app(db);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("term");
    draw(&app, &mut term);
    let runs = 101;
    let j = key_to_frame(&mut app, &mut term, runs, &[], &[Action::Down], &[]);
    println!(
        "| {label} | key j (next card, 101 down the column) | {} |",
        ms(j)
    );
    let k = key_to_frame(&mut app, &mut term, runs, &[], &[Action::Up], &[]);
    println!("| {label} | key k (previous card) | {} |", ms(k));
    let page = key_to_frame(&mut app, &mut term, 31, &[], &[Action::PageDown], &[]);
    println!("| {label} | page down | {} |", ms(page));
    let end = key_to_frame(
        &mut app,
        &mut term,
        5,
        &[],
        &[Action::Last],
        &[Action::First],
    );
    println!("| {label} | G (last card of the column) | {} |", ms(end));
    columns_filter_and_search(&mut app, &mut term, &label, runs, 31, 5);
}

fn main() {
    if let Some(db) = std::env::var_os("DUBAN_BENCH_DB") {
        return keys_on(Path::new(&db));
    }
    // `cargo bench` passes --bench; a filter argument is not used.
    let sizes: Vec<usize> = std::env::var("DUBAN_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let dir = tempfile::tempdir().expect("tempdir");

    println!("| plan | what | median |");
    println!("| --- | --- | --- |");
    let seed_parse = time(50, || {
        duban::plan::parse_bytes(SEED).expect("parses");
    });
    println!("| seed | parse | {} |", ms(seed_parse));
    // Into an open, empty database: the schema exists, as on every import but the first.
    let mut n = 0;
    let seed_import = median(
        (0..20)
            .map(|_| {
                n += 1;
                let path = dir.path().join(format!("empty{n}.db"));
                let mut store = Store::open(&path, "bench").expect("opens");
                let t = Instant::now();
                let parsed = duban::plan::parse_bytes(SEED).expect("parses");
                store.import(&parsed.plan).expect("imports");
                t.elapsed()
            })
            .collect(),
    );
    println!(
        "| seed | parse + import (open database) | {} |",
        ms(seed_import)
    );
    let mut k = 0;
    let seed_file = time(10, || {
        k += 1;
        import_file(&dir.path().join(format!("seed{k}.db")), SEED);
    });
    println!(
        "| seed | create the database file, parse + import | {} |",
        ms(seed_file)
    );
    let seed_db = dir.path().join("seed1.db");
    let (seed_start, _) = start_times(&seed_db, 20);
    println!("| seed | open to first frame | {} |", ms(seed_start));

    for &n in &sizes {
        let label = format!("{}k", n / 1000);
        let doc = document(&GenOptions::with_items(n));
        let bytes = doc.as_bytes();
        let parse = time(if n >= 100_000 { 3 } else { 5 }, || {
            duban::plan::parse_bytes(bytes).expect("parses");
        });
        println!("| {label} | parse | {} |", ms(parse));
        // Into a new file each run; the last one is kept for the board.
        let db = dir.path().join(format!("plan{n}.db"));
        let import = time(if n >= 100_000 { 3 } else { 5 }, || {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
            import_file(&db, bytes);
        });
        println!("| {label} | parse + import (new file) | {} |", ms(import));
        drop(doc);
        // Notes and history on every tenth item (moved to 推进中): what the detail,
        // the search and the start then read is a board in use, not a fresh import.
        let mut store = Store::open(&db, "bench").expect("opens");
        let plan = store.plan(None).expect("a plan").id;
        store
            .add_synthetic_activity(plan, 10)
            .expect("adds activity");
        drop(store);
        let (start, whole) = start_times(&db, 5);
        println!("| {label} | open to first frame | {} |", ms(start));
        println!("| {label} | open to whole board read | {} |", ms(whole));

        let mut app = open_app(&db);
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("term");
        draw(&app, &mut term);
        let runs = 30;
        let j = key_to_frame(
            &mut app,
            &mut term,
            runs,
            &[],
            &[Action::Down],
            &[Action::Up],
        );
        println!("| {label} | key j (next card) | {} |", ms(j));
        columns_filter_and_search(&mut app, &mut term, &label, runs, runs, runs);
        // Then one search character is timed.
        let search = key_to_frame(
            &mut app,
            &mut term,
            runs,
            &[Action::Search],
            &[Action::Input('督')],
            &[Action::Back],
        );
        println!("| {label} | one search character | {} |", ms(search));
        let detail = key_to_frame(
            &mut app,
            &mut term,
            runs,
            &[],
            &[Action::Open],
            &[Action::Back],
        );
        println!("| {label} | Enter (open the detail) | {} |", ms(detail));
        let select_bytes = bytes_for(&mut app, Action::Down);
        println!("| {label} | bytes written, selection move 120x40 | {select_bytes} B |");
        let move_bytes = bytes_for(&mut app, Action::MoveNext);
        app.update(Action::MovePrev);
        println!("| {label} | bytes written, card move 120x40 | {move_bytes} B |");
        // The small terminals: 80x24 (columns side by side) and 60x16 (one column,
        // the others as tabs).
        for (w, h) in [(80, 24), (60, 16)] {
            let select = bytes_at(&mut app, Action::Down, w, h);
            println!("| {label} | bytes written, selection move {w}x{h} | {select} B |");
            let moved = bytes_at(&mut app, Action::MoveNext, w, h);
            app.update(Action::MovePrev);
            println!("| {label} | bytes written, card move {w}x{h} | {moved} B |");
        }
        drop(app);
        supervision(&db, &label);
    }
}

/// The supervision loop (issue 12) with a report on every item: the bulletin,
/// the overview's supervision read, and the first frame again.
fn supervision(db: &Path, label: &str) {
    let mut store = Store::open(db, "bench").expect("opens");
    let plan = store.plan(None).expect("a plan").id;
    let t = Instant::now();
    let n = store
        .add_synthetic_reports(plan, "本月按计划推进，已完成阶段性任务。")
        .expect("reports");
    let setup = t.elapsed();
    println!(
        "| {label} | a report on each of {n} items (one transaction, setup) | {} |",
        ms(setup)
    );
    let bulletin = time(5, || {
        let b = store.bulletin(plan, None).expect("bulletin");
        serde_json::to_vec(&b).expect("json");
    });
    println!(
        "| {label} | bulletin (JSON), a report on every item | {} |",
        ms(bulletin)
    );
    let overview = time(3, || {
        store.supervision_overview(plan).expect("overview");
    });
    println!(
        "| {label} | supervision overview read (reports, weekly series, activity) | {} |",
        ms(overview)
    );
    drop(store);
    let (start, _) = start_times(db, 5);
    println!(
        "| {label} | open to first frame, a report on every item | {} |",
        ms(start)
    );
}
