//! A plain-text plan read a window of lines at a time, for an import too large
//! to hold whole: a survey of the file first (what `text::read` decides from the
//! whole text), then its blocks, window by window. Only text that `read` takes
//! line by line qualifies: UTF-8, no table rows, no page furniture, no hard
//! wrap, no spaced digits; any other document is read whole.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use unicode_width::UnicodeWidthStr;

use super::text::{is_page_number, push_paragraph, spaced_places};
use crate::plan::blocks::Block;
use crate::plan::parse::item::section_heading;

/// The lines of a text file as `text::read` sees them: numbered from 1, trimmed,
/// blank ones left out. `None` from [`Lines::next_line`] at the end; an error
/// for a line that is not UTF-8 or holds a control character (such a file is
/// decoded, or refused, whole).
pub struct Lines {
    reader: BufReader<File>,
    line: String,
    number: usize,
}

/// A file that does not qualify (or changed while read): read it whole.
#[derive(Debug)]
pub struct Unfit;

impl From<std::io::Error> for Unfit {
    fn from(_: std::io::Error) -> Self {
        Unfit
    }
}

impl Lines {
    pub fn open(path: &Path) -> Result<Lines, Unfit> {
        Ok(Lines {
            reader: BufReader::with_capacity(1 << 20, File::open(path)?),
            line: String::new(),
            number: 0,
        })
    }

    pub fn next_line(&mut self) -> Result<Option<(usize, &str)>, Unfit> {
        let (start, end) = loop {
            self.line.clear();
            // Not UTF-8: an error (decoded whole, as GB18030 perhaps).
            if self.reader.read_line(&mut self.line)? == 0 {
                return Ok(None);
            }
            self.number += 1;
            let mut line = self.line.as_str();
            if self.number == 1 {
                // `decode` takes a byte order mark off, `read` one more.
                line = line.strip_prefix('\u{feff}').unwrap_or(line);
                line = line.strip_prefix('\u{feff}').unwrap_or(line);
            }
            if crate::plan::parse::first_binary_byte(line.as_bytes()).is_some() {
                return Err(Unfit);
            }
            let line = line.strip_suffix('\n').unwrap_or(line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            let line = line.trim_matches(|c: char| c.is_whitespace() && c != '\t');
            if !line.trim().is_empty() {
                let start = line.as_ptr() as usize - self.line.as_ptr() as usize;
                break (start, start + line.len());
            }
        };
        Ok(Some((self.number, &self.line[start..end])))
    }
}

/// Whether the container of the file at `path` (of `name`) is plain text, from
/// its first 64 KB.
pub fn text_container(name: &str, path: &Path) -> Result<(), Unfit> {
    let mut head = Vec::with_capacity(64 * 1024);
    File::open(path)?.take(64 * 1024).read_to_end(&mut head)?;
    if super::sniff::sniff(name, &head) != super::sniff::Kind::Text
        || super::sniff::skip_bom_and_space(&head).starts_with(b"<")
    {
        return Err(Unfit);
    }
    Ok(())
}

/// Whether no decision of the text reader needs the whole of the text file at
/// `path`: one pass over its lines. `Unfit` also once `stop` is set (no one
/// waits for the answer any more).
pub fn survey_lines(path: &Path, stop: &AtomicBool) -> Result<(), Unfit> {
    let mut lines = Lines::open(path)?;
    let mut widths = Widths::default();
    let mut spaced = 0;
    while let Some((_, line)) = lines.next_line()? {
        if stop.load(Ordering::Relaxed) {
            return Err(Unfit);
        }
        // Rows (and cells quoted over lines), cells closed by a bar, page numbers
        // (and so running headers): the text reader reads them from the whole.
        if line.contains(['\t', '|', '｜']) || is_page_number(line) {
            return Err(Unfit);
        }
        // What could be the header of a table written with spaces.
        if line.contains([' ', '\u{3000}'])
            && !line.contains(['。', '，', '：'])
            && line.len() <= 200
            && line.split_whitespace().nth(2).is_some()
        {
            return Err(Unfit);
        }
        if spaced < 3 {
            spaced += spaced_places(line, 3 - spaced);
        }
        widths.add(line);
    }
    if spaced >= 3 || widths.wrap_width().is_some() {
        return Err(Unfit);
    }
    Ok(())
}

/// The blocks of a surveyed file, a window at a time: each window ends before
/// a section heading (`一、`), where no reader looks back or ahead across.
pub struct Windows {
    lines: Lines,
    /// The section heading that begins the next window.
    pending: Option<(usize, String)>,
    prev_full: bool,
    done: bool,
}

impl Windows {
    pub fn open(path: &Path) -> Result<Windows, Unfit> {
        Ok(Windows {
            lines: Lines::open(path)?,
            pending: None,
            prev_full: false,
            done: false,
        })
    }

    /// The next window of at least `min_lines` lines (unless the text ends), or
    /// `None` at the end.
    pub fn next_window(&mut self, min_lines: usize) -> Result<Option<Vec<Block>>, Unfit> {
        if self.done {
            return Ok(None);
        }
        let mut blocks = Vec::new();
        let mut count = 0;
        if let Some((at, line)) = self.pending.take() {
            push_paragraph(&mut blocks, at, &line, None, &mut self.prev_full);
            count += 1;
        }
        while let Some((at, line)) = self.lines.next_line()? {
            let line = line.trim();
            if count >= min_lines && section_heading(line).is_some() {
                self.pending = Some((at, line.to_string()));
                return Ok(Some(blocks));
            }
            push_paragraph(&mut blocks, at, line, None, &mut self.prev_full);
            count += 1;
        }
        self.done = true;
        Ok((!blocks.is_empty()).then_some(blocks))
    }
}

/// How many lines are of each width, for `text::wrap_width`: exact below 100
/// columns (no wrap width is wider than 90), one count for the wider ones.
#[derive(Debug, Clone)]
pub(crate) struct Widths {
    by_width: [usize; 100],
    wider: usize,
    lines: usize,
    long: usize,
}

impl Default for Widths {
    fn default() -> Self {
        Widths {
            by_width: [0; 100],
            wider: 0,
            lines: 0,
            long: 0,
        }
    }
}

impl Widths {
    pub(super) fn add(&mut self, line: &str) {
        self.lines += 1;
        let w = if line.len() > 300 {
            self.long += 1;
            line.len()
        } else {
            line.width()
        };
        match self.by_width.get_mut(w) {
            Some(n) => *n += 1,
            None => self.wider += 1,
        }
    }

    /// See `text::wrap_width`.
    pub(super) fn wrap_width(&self) -> Option<usize> {
        if self.lines < 8 || self.long * 5 > self.lines {
            return None;
        }
        // The most common width, then the band just below it (punctuation and digits
        // make wrapped lines a little uneven).
        let (mode, _) = (40..=90usize)
            .map(|w| (w, self.by_width[w]))
            .filter(|&(_, n)| n > 0)
            .max_by_key(|&(w, n)| (n, w))?;
        let band: usize = (mode.saturating_sub(6)..=mode + 2)
            .map(|w| self.by_width[w])
            .sum();
        let longer = self.by_width[mode + 9..].iter().sum::<usize>() + self.wider;
        (band * 3 >= self.lines && longer * 5 <= self.lines).then_some(mode)
    }
}
