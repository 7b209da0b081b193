//! A large plain-text plan read and handed on a window at a time, so that an
//! import holds a window of the document, not the whole of it twice (issue 20).
//! The result is the one [`super::parse_document`] gives: whatever it would
//! decide from the whole document must be settled early or left undecided by
//! the document, and what only the end can tell (a number repeated, an office
//! written under two names, sections out of order) is checked as the windows
//! go; when anything is not so, the caller reads the document whole.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;

use super::outline::{Whole, Windowed};
use super::{Kind, Line, Warning, front, runs};
use crate::plan::blocks::Block;
use crate::plan::formats::text_stream::{Unfit, Windows, survey_lines, text_container};
use crate::plan::{Item, Plan, Section, offices};

/// Lines of text read at a time, at least (a window ends before a section heading).
const WINDOW_LINES: usize = 20_000;

/// The document is not to be read a window at a time (or changed while read):
/// read it whole.
#[derive(Debug)]
pub struct ReadWhole;

impl From<Unfit> for ReadWhole {
    fn from(_: Unfit) -> Self {
        ReadWhole
    }
}

impl From<Whole> for ReadWhole {
    fn from(_: Whole) -> Self {
        ReadWhole
    }
}

/// What takes each window's sections and items, in document order.
pub type Take<'t, E> = dyn FnMut(&[Section], &[Item]) -> Result<(), E> + 't;

/// A window's sections and finished items.
type Window = (Vec<Section>, Vec<Item>);

/// A plan being read window by window.
pub struct PlanStream {
    windows: Windows,
    /// Lines of text read at a time, at least.
    window_lines: usize,
    outline: Windowed,
    /// The plan's own fields (title, document number, date, issuers); its
    /// sections and items come through [`PlanStream::feed`].
    pub head: Plan,
    year: i16,
    /// The first window's sections and items, not handed on yet.
    first: Option<Window>,
    /// The item numbers met, a bit each.
    numbers: Vec<u64>,
    /// The office names written.
    written: HashSet<String>,
    undated: Vec<Warning>,
    warnings: Vec<Warning>,
    /// The survey of the file's lines; out while `feed` runs.
    survey: Option<Survey>,
}

impl PlanStream {
    /// Surveys the text file at `path` (named `name` as given) and reads its
    /// first window: the header, and the start of the body.
    pub fn open(name: &str, path: &Path) -> Result<PlanStream, ReadWhole> {
        Self::open_windowed(name, path, WINDOW_LINES)
    }

    /// [`PlanStream::open`] with windows of at least `window_lines` lines.
    pub fn open_windowed(
        name: &str,
        path: &Path,
        window_lines: usize,
    ) -> Result<PlanStream, ReadWhole> {
        text_container(name, path)?;
        // The survey of the lines runs beside the reading (on the other core, while
        // the reader waits for the store): its verdict is needed only before the
        // import is kept, and one against abandons it as soon as it is known.
        let survey = Survey::start(path);
        let mut windows = Windows::open(path)?;
        let blocks = windows.next_window(window_lines)?.ok_or(ReadWhole)?;
        let blocks = runs::expand(&blocks);
        let lines: Vec<Line<'_>> = blocks.iter().map(|b| Line::classify(b, false)).collect();
        // The body starts at the first structure after the title line, before the
        // first item: both in this window, so the whole document would start it here.
        if !lines.iter().any(|l| matches!(l.kind, Kind::Item { .. })) {
            return Err(ReadWhole);
        }
        let Some((start, Some(title_line))) = front::body_start(&lines) else {
            return Err(ReadWhole);
        };
        let header: Vec<(usize, std::borrow::Cow<'_, str>)> = lines[..start]
            .iter()
            .map(|l| (l.at, l.plain_text()))
            .collect();
        let header: Vec<(usize, &str)> = header.iter().map(|(at, t)| (*at, t.as_ref())).collect();
        let head = front::read_header(&header, Some(title_line));
        let body = &lines[start..];
        let mut outline = Windowed::start(body)?;
        outline.window(body)?;
        // Until an item is found the document may yet be refused: the store is
        // not opened for it.
        if !outline.found_items() {
            return Err(ReadWhole);
        }
        let (sections, items) = outline.take();
        let mut stream = PlanStream {
            windows,
            window_lines,
            outline,
            year: super::deadline_year(&head),
            head,
            first: None,
            numbers: Vec::new(),
            written: HashSet::new(),
            undated: Vec::new(),
            warnings: Vec::new(),
            survey: Some(survey),
        };
        stream.check(&items)?;
        stream.first = Some((sections, items));
        Ok(stream)
    }

    /// Hands the plan's sections and items to `take`, a window at a time, in
    /// document order. `Ok(Some(n))` once all are handed on (`n` warnings, see
    /// [`PlanStream::warnings`]); `Ok(None)` when the document must be read
    /// whole after all (what was handed on is to be dropped).
    pub fn feed<E>(&mut self, take: &mut Take<'_, E>) -> Result<Option<usize>, E> {
        if let Some((sections, items)) = self.first.take() {
            take(&sections, &items)?;
        }
        // The next window is read on a thread of its own while `take` stores the
        // one before (one window ahead at most).
        let mut failed = None;
        let mut survey = self.survey.take();
        let whole = std::thread::scope(|scope| {
            let (send, windows) = std::sync::mpsc::sync_channel(1);
            // Stored windows go back to be freed where they were made: a free from
            // another thread waits on that thread's heap lock.
            let (give_back, stored) = std::sync::mpsc::channel::<Window>();
            let this = &mut *self;
            scope.spawn(move || {
                loop {
                    stored.try_iter().for_each(drop);
                    let window = this.next_window();
                    let last = !matches!(window, Ok(Some(_)));
                    // Refused when `take` failed: nothing more is read.
                    if send.send(window).is_err() || last {
                        break;
                    }
                }
            });
            for window in windows {
                match window {
                    Ok(Some((sections, items))) => {
                        if let Err(e) = take(&sections, &items) {
                            failed = Some(e);
                            return false;
                        }
                        let _ = give_back.send((sections, items));
                        if survey.as_mut().and_then(|s| s.fits(false)) == Some(false) {
                            return true;
                        }
                    }
                    Ok(None) => return false,
                    Err(ReadWhole) => return true,
                }
            }
            false
        });
        self.survey = survey;
        if let Some(e) = failed {
            return Err(e);
        }
        if whole || !self.fits() {
            return Ok(None);
        }
        self.outline.finish();
        let (sections, items) = self.outline.take();
        if self.check(&items).is_err() {
            return Ok(None);
        }
        take(&sections, &items)?;
        match self.end() {
            Ok(()) => Ok(Some(self.warnings.len())),
            Err(ReadWhole) => Ok(None),
        }
    }

    /// Whether the survey of the file found it fit to be read a window at a
    /// time (waiting for the survey to end). When not, whatever was read is to
    /// be dropped and the document read whole.
    pub fn fits(&mut self) -> bool {
        self.survey
            .as_mut()
            .is_none_or(|s| s.fits(true) == Some(true))
    }

    /// What reading met, in the order [`super::parse_document`] gives it.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The next window's sections and finished items, `None` at the end of the text.
    fn next_window(&mut self) -> Result<Option<Window>, ReadWhole> {
        let Some(blocks) = self.windows.next_window(self.window_lines)? else {
            return Ok(None);
        };
        self.read(&blocks)?;
        let (sections, items) = self.outline.take();
        self.check(&items)?;
        Ok(Some((sections, items)))
    }

    fn read(&mut self, blocks: &[Block]) -> Result<(), ReadWhole> {
        let blocks = runs::expand(blocks);
        let lines: Vec<Line<'_>> = blocks.iter().map(|b| Line::classify(b, false)).collect();
        Ok(self.outline.window(&lines)?)
    }

    /// Notes what the end must know of `items`: numbers, offices, undated deadlines.
    fn check(&mut self, items: &[Item]) -> Result<(), ReadWhole> {
        for item in items {
            // A number met twice: the whole document is numbered 1..N.
            let (word, bit) = (item.number as usize / 64, item.number % 64);
            if word >= self.numbers.len() {
                self.numbers.resize(word + 1, 0);
            }
            if self.numbers[word] & (1 << bit) != 0 {
                return Err(ReadWhole);
            }
            self.numbers[word] |= 1 << bit;
            for office in &item.offices {
                if !self.written.contains(&office.name) {
                    self.written.insert(office.name.clone());
                }
            }
            self.undated.extend(super::undated(item, self.year));
        }
        Ok(())
    }

    /// The warnings, unless the end of the document changes what was handed on.
    fn end(&mut self) -> Result<(), ReadWhole> {
        // An office written under its alias and its long form: renamed throughout.
        if !offices::alias_renames(|name| self.written.contains(name)).is_empty() {
            return Err(ReadWhole);
        }
        let mut warnings = self.outline.warnings()?;
        warnings.append(&mut self.undated);
        warnings.sort_by_key(|w| w.line);
        self.warnings = warnings;
        Ok(())
    }
}

/// The survey of a file's lines (`text_stream::survey_lines`) on a thread of
/// its own, stopped when no one waits for it any more.
struct Survey {
    stop: Arc<AtomicBool>,
    running: Option<JoinHandle<Result<(), Unfit>>>,
    verdict: Option<bool>,
}

impl Survey {
    fn start(path: &Path) -> Survey {
        let stop = Arc::new(AtomicBool::new(false));
        let (file, flag) = (path.to_path_buf(), Arc::clone(&stop));
        let spawned = std::thread::Builder::new()
            .name("survey".into())
            .spawn(move || survey_lines(&file, &flag));
        match spawned {
            Ok(running) => Survey {
                stop,
                running: Some(running),
                verdict: None,
            },
            // No thread: surveyed here and now.
            Err(_) => Survey {
                verdict: Some(survey_lines(path, &stop).is_ok()),
                stop,
                running: None,
            },
        }
    }

    /// Whether the file fits; `None` while the survey runs, unless `wait`.
    fn fits(&mut self, wait: bool) -> Option<bool> {
        if self.verdict.is_none() {
            let running = self.running.take()?;
            if !wait && !running.is_finished() {
                self.running = Some(running);
                return None;
            }
            self.verdict = Some(matches!(running.join(), Ok(Ok(()))));
        }
        self.verdict
    }
}

impl Drop for Survey {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::generate::{GenOptions, document};

    /// What `doc` gives read a window at a time (windows of 50 lines): its
    /// sections, items and warnings, or `None` when it is to be read whole.
    fn by_windows(doc: &str) -> Option<(Vec<Section>, Vec<Item>, Vec<Warning>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.txt");
        std::fs::write(&path, doc).unwrap();
        let mut stream = PlanStream::open_windowed("plan.txt", &path, 50).ok()?;
        let (mut sections, mut items) = (Vec::new(), Vec::new());
        let mut take = |s: &[Section], i: &[Item]| {
            sections.extend_from_slice(s);
            items.extend_from_slice(i);
            Ok::<(), ()>(())
        };
        stream.feed(&mut take).unwrap()?;
        let mut whole = stream.head.clone();
        whole.sections = sections.clone();
        whole.items = items.clone();
        let parsed = super::super::parse(doc).unwrap();
        assert_eq!(whole, parsed.plan, "the same plan");
        Some((sections, items, stream.warnings().to_vec()))
    }

    fn generated(n: usize) -> String {
        document(&GenOptions::with_items(n))
    }

    #[test]
    fn a_plan_read_by_windows_is_the_plan_read_whole() {
        let doc = generated(400);
        // An item without offices, a deadline without a date, a number too large
        // with its fields, text outside any field, and a closing paragraph.
        let doc = doc
            .replacen("\n责任单位:", "\n", 1)
            .replacen("\n12.", "\n完成时限:视情况而定\n12.", 1)
            .replacen("\n30.", "\n99999999999.过大\n目标任务:无。\n30.", 1)
            .replacen("\n41.", "\n一段不属于任何字段的话。\n41.", 1)
            + "在完成上述工作的同时,做好其他工作。\n";
        let (_, items, warnings) = by_windows(&doc).expect("read by windows");
        let parsed = super::super::parse(&doc).unwrap();
        assert_eq!(items.len(), parsed.plan.items.len());
        assert_eq!(warnings, parsed.warnings);
        assert!(warnings.len() >= 4, "{warnings:?}");
    }

    #[test]
    fn what_the_end_of_a_plan_changes_sends_it_to_be_read_whole() {
        let doc = generated(400);
        let unfit = [
            // A number met twice: every item is numbered 1..N.
            doc.replacen("\n390.", "\n5.", 1),
            // An office under its alias and its long form: renamed throughout.
            doc.replacen("\n责任单位:", "\n责任单位:考试院、", 1)
                + "401.新的一项\n目标任务:有。\n工作措施:有。\n责任单位:教育考试院\n",
            // A table row, a page number, a wrapped text: the text reader reads
            // them from the whole.
            doc.replacen("\n30.", "\n序号\t任务\n30.", 1),
            doc.replacen("\n30.", "\n- 3 -\n30.", 1),
        ];
        for doc in unfit {
            assert!(by_windows(&doc).is_none(), "{}", &doc[..200]);
        }
    }
}
