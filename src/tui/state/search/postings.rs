//! Which entries of the search index hold a character: the postings.

use crate::tui::matcher::MatchKey;
use std::collections::HashMap;

/// Which entries have a character in their lowercase text, or (for ASCII) in their
/// initials: a one-character query's answer without reading any text, and for a longer
/// query, the rarest of its characters gives the few entries worth checking.
#[derive(Debug, Clone, Default)]
pub(super) struct Postings {
    /// A Basic Multilingual Plane character's posting, as 1 + its index in `lists`.
    bmp: Vec<u32>,
    other: HashMap<char, u32>,
    lists: Vec<Posting>,
    /// One past the greatest entry in each posting (0 when empty), kept apart from the
    /// postings so that skipping a character seen before in the same entry, or
    /// appending, touches only this.
    end: Vec<u32>,
    /// How many entries the index is expected to hold: a list longer than a 32nd of
    /// that turns into bits as it is built, so that the lists of common characters
    /// never hold four bytes per entry at once.
    pub(super) expected: usize,
}

#[derive(Debug, Clone)]
pub(super) enum Posting {
    /// Ascending entries, for characters in few entries.
    List(Vec<u32>),
    /// One bit per entry, for characters in many (smaller than a list then).
    Bits { words: Vec<u64>, len: usize },
}

impl Posting {
    pub(super) fn len(&self) -> usize {
        match self {
            Posting::List(l) => l.len(),
            Posting::Bits { len, .. } => *len,
        }
    }

    pub(super) fn add(&mut self, entry: u32) {
        match self {
            Posting::List(l) => {
                if let Err(at) = l.binary_search(&entry) {
                    l.insert(at, entry);
                }
            }
            Posting::Bits { words, len } => {
                let (w, b) = (entry as usize / 64, 1u64 << (entry % 64));
                if words.len() <= w {
                    words.resize(w + 1, 0);
                }
                *len += usize::from(words[w] & b == 0);
                words[w] |= b;
            }
        }
    }

    /// The entries of `list` as bits, sized for `entries` entries.
    pub(super) fn bits(list: &[u32], entries: usize) -> Posting {
        let mut bits = Posting::Bits {
            words: vec![0; entries.div_ceil(64)],
            len: 0,
        };
        for &e in list {
            bits.add(e);
        }
        bits
    }

    pub(super) fn contains(&self, entry: u32) -> bool {
        match self {
            Posting::List(l) => l.binary_search(&entry).is_ok(),
            Posting::Bits { words, .. } => words
                .get(entry as usize / 64)
                .is_some_and(|w| w >> (entry % 64) & 1 == 1),
        }
    }

    pub(super) fn entries(&self) -> Vec<u32> {
        match self {
            Posting::List(l) => l.clone(),
            Posting::Bits { words, len } => {
                let mut out = Vec::with_capacity(*len);
                for (w, &word) in words.iter().enumerate() {
                    let mut bits = word;
                    while bits != 0 {
                        out.push(w as u32 * 64 + bits.trailing_zeros());
                        bits &= bits - 1;
                    }
                }
                out
            }
        }
    }
}

impl Postings {
    pub(super) fn slot(&self, c: char) -> Option<usize> {
        let i = match u16::try_from(c as u32) {
            Ok(b) => *self.bmp.get(usize::from(b))?,
            Err(_) => *self.other.get(&c)?,
        };
        (i as usize).checked_sub(1)
    }

    pub(super) fn slot_or_new(&mut self, c: char) -> usize {
        if let Some(i) = self.slot(c) {
            return i;
        }
        self.lists.push(Posting::List(Vec::new()));
        self.end.push(0);
        let i = self.lists.len() as u32;
        match u16::try_from(c as u32) {
            Ok(b) => {
                if self.bmp.is_empty() {
                    self.bmp = vec![0; 1 << 16];
                }
                self.bmp[usize::from(b)] = i;
            }
            Err(_) => {
                self.other.insert(c, i);
            }
        }
        i as usize - 1
    }

    /// Adds `entry` under each character of `key` that a query could look for.
    pub(super) fn add(&mut self, entry: u32, key: &MatchKey) {
        let initials = key.initials().chars().filter(char::is_ascii);
        for c in key.lower().chars().chain(initials) {
            let i = self.slot_or_new(c);
            let end = self.end[i];
            if end == entry + 1 {
                continue;
            }
            match &mut self.lists[i] {
                // While building, entries come in ascending order.
                Posting::List(l) if end <= entry => l.push(entry),
                p => p.add(entry),
            }
            self.end[i] = end.max(entry + 1);
            if let Posting::List(l) = &self.lists[i]
                && l.len() > self.expected / 32
                && self.expected > 0
            {
                self.lists[i] = Posting::bits(l, self.expected);
            }
        }
    }

    /// Turns the lists of characters found in many entries into bits.
    pub(super) fn compact(&mut self, entries: usize) {
        for p in &mut self.lists {
            if let Posting::List(l) = p
                && l.len() > entries / 32
            {
                *p = Posting::bits(l, entries);
            } else if let Posting::List(l) = p {
                l.shrink_to_fit();
            }
        }
    }

    pub(super) fn get(&self, c: char) -> Option<&Posting> {
        self.slot(c).map(|i| &self.lists[i])
    }

    /// The entries that have every character of `q`, ascending: all the entries a
    /// query can match (as text, or as initials when it is ASCII) are among them.
    pub(super) fn having_all(&self, q: &str) -> Vec<u32> {
        let mut postings = Vec::new();
        for c in q.chars() {
            match self.get(c) {
                Some(p) => postings.push(p),
                None => return Vec::new(),
            }
        }
        postings.sort_by_key(|p| p.len());
        let Some((rarest, others)) = postings.split_first() else {
            return Vec::new();
        };
        let mut entries = rarest.entries();
        entries.retain(|&e| others.iter().all(|p| p.contains(e)));
        entries
    }
}
