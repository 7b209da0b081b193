//! Opening zip containers (.docx, .xlsx, .ods) without trusting them: entry count,
//! encryption, declared sizes and the bytes actually inflated are all bounded.

use std::io::{Cursor, Read};

use super::{Damage, FormatError, MAX_UNZIPPED, MAX_ZIP_ENTRIES};
use crate::plan::blocks::Container;
use zip::ZipArchive;
use zip::result::ZipError;

/// A zip container checked on opening; every part read counts against one budget of
/// [`MAX_UNZIPPED`] bytes, whatever the entries declare.
pub struct SafeZip<'a> {
    name: &'a str,
    container: Container,
    archive: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

impl<'a> SafeZip<'a> {
    /// Opens `bytes` as a zip; refuses a damaged or truncated archive, more than
    /// [`MAX_ZIP_ENTRIES`] entries, an encrypted entry, or declared sizes that add up
    /// past [`MAX_UNZIPPED`].
    pub fn open(
        name: &'a str,
        container: Container,
        bytes: &'a [u8],
    ) -> Result<SafeZip<'a>, FormatError> {
        // Refused before the zip crate reads a central directory of that many entries.
        if declared_entries(bytes).is_some_and(|n| n > MAX_ZIP_ENTRIES as u64) {
            return Err(FormatError::TooManyEntries {
                name: name.to_string(),
                limit: MAX_ZIP_ENTRIES,
            });
        }
        let mut zip = SafeZip {
            name,
            container,
            archive: ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
                ZipError::InvalidArchive(_) | ZipError::Io(_) => FormatError::Damaged {
                    name: name.to_string(),
                    container,
                    reason: Damage::Truncated,
                },
                e => FormatError::Damaged {
                    name: name.to_string(),
                    container,
                    reason: Damage::Detail(e.to_string()),
                },
            })?,
            budget: MAX_UNZIPPED,
        };
        if zip.archive.len() > MAX_ZIP_ENTRIES {
            return Err(FormatError::TooManyEntries {
                name: name.to_string(),
                limit: MAX_ZIP_ENTRIES,
            });
        }
        let mut declared: u64 = 0;
        for i in 0..zip.archive.len() {
            let entry = zip
                .archive
                .by_index_raw(i)
                .map(|entry| (entry.encrypted(), entry.size()))
                .map_err(|e| e.to_string());
            let (encrypted, size) = entry.map_err(|reason| zip.damaged(reason))?;
            if encrypted {
                return Err(FormatError::Encrypted {
                    name: name.to_string(),
                });
            }
            declared = declared.saturating_add(size);
        }
        if declared > MAX_UNZIPPED {
            return Err(zip.too_large());
        }
        Ok(zip)
    }

    /// Damaged, in a library's words.
    pub fn damaged(&self, reason: impl std::fmt::Display) -> FormatError {
        self.damaged_by(Damage::Detail(reason.to_string()))
    }

    pub fn damaged_by(&self, reason: Damage) -> FormatError {
        FormatError::Damaged {
            name: self.name.to_string(),
            container: self.container,
            reason,
        }
    }

    pub fn too_large(&self) -> FormatError {
        FormatError::TooLargeUnpacked {
            name: self.name.to_string(),
            limit_mb: MAX_UNZIPPED / (1024 * 1024),
        }
    }

    /// What is left of the unzipped-size budget: readers that copy text (merged
    /// cells repeated) count the copies against it too.
    pub fn remaining(&self) -> u64 {
        self.budget
    }

    /// The names of the archive's parts.
    pub fn part_names(&self) -> Vec<String> {
        self.archive
            .file_names()
            .filter_map(|n| n.ok().map(|n| n.into_owned()))
            .collect()
    }

    /// The bytes of one part, or `None` if the archive has no such part.
    pub fn bytes(&mut self, part: &str) -> Result<Option<Vec<u8>>, FormatError> {
        let Some(index) = self.archive.index_for_name(part) else {
            return Ok(None);
        };
        let budget = self.budget;
        let result = match self.archive.by_index(index) {
            Err(e) => Err(format!("{part}: {e}")),
            Ok(entry) => {
                let mut buf = Vec::with_capacity(entry.size().min(budget) as usize);
                entry
                    .take(budget + 1)
                    .read_to_end(&mut buf)
                    .map(|_| buf)
                    .map_err(|e| format!("{part}: {e}"))
            }
        };
        let buf = result.map_err(|reason| self.damaged(reason))?;
        if buf.len() as u64 > budget {
            return Err(self.too_large());
        }
        self.budget -= buf.len() as u64;
        Ok(Some(buf))
    }

    /// One part as XML text (UTF-8, a byte-order mark dropped).
    pub fn text(&mut self, part: &str) -> Result<Option<String>, FormatError> {
        let Some(mut bytes) = self.bytes(part)? else {
            return Ok(None);
        };
        if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        String::from_utf8(bytes).map(Some).map_err(|_| {
            self.damaged_by(Damage::NotUtf8 {
                part: part.to_string(),
            })
        })
    }

    /// A part the container cannot do without.
    pub fn required_text(&mut self, part: &str) -> Result<String, FormatError> {
        self.text(part)?.ok_or_else(|| {
            self.damaged_by(Damage::MissingPart {
                part: part.to_string(),
            })
        })
    }

    /// Inflates every entry, counting the bytes, so a reader that unzips by itself
    /// (calamine) is only given an archive known to be whole and within the budget.
    pub fn check_every_entry(&mut self) -> Result<(), FormatError> {
        for i in 0..self.archive.len() {
            let budget = self.budget;
            let counted = match self.archive.by_index(i) {
                Err(e) => Err(e.to_string()),
                Ok(entry) => {
                    let part = entry.name().map(|n| n.into_owned()).unwrap_or_default();
                    std::io::copy(&mut entry.take(budget + 1), &mut std::io::sink())
                        .map_err(|e| format!("{part}: {e}"))
                }
            };
            let n = counted.map_err(|reason| self.damaged(reason))?;
            if n > budget {
                return Err(self.too_large());
            }
            self.budget -= n;
        }
        Ok(())
    }
}

/// The entry count the end-of-central-directory record declares (ZIP64's when the
/// classic field is saturated), if the record can be found.
fn declared_entries(bytes: &[u8]) -> Option<u64> {
    let tail_from = bytes.len().saturating_sub(22 + 65_535);
    let at = tail_from
        + bytes[tail_from..]
            .windows(4)
            .rposition(|w| w == b"PK\x05\x06")?;
    let u16_at = |i: usize| Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?));
    let count = u16_at(at + 10)?;
    if count != 0xFFFF {
        return Some(u64::from(count));
    }
    // ZIP64: a locator just before the record points at the ZIP64 record.
    let locator = at.checked_sub(20)?;
    if bytes.get(locator..locator + 4)? != b"PK\x06\x07" {
        return Some(u64::from(count));
    }
    let record = u64::from_le_bytes(bytes.get(locator + 8..locator + 16)?.try_into().ok()?);
    let record = usize::try_from(record).ok()?;
    if bytes.get(record..record + 4)? != b"PK\x06\x06" {
        return Some(u64::from(count));
    }
    Some(u64::from_le_bytes(
        bytes.get(record + 32..record + 40)?.try_into().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_entry_count_past_the_limit_is_refused_before_reading() {
        // An end-of-central-directory record claiming 60,000 entries.
        let mut eocd = b"PK\x05\x06\0\0\0\0".to_vec();
        eocd.extend_from_slice(&60_000u16.to_le_bytes());
        eocd.extend_from_slice(&60_000u16.to_le_bytes());
        eocd.extend_from_slice(&[0; 10]);
        assert_eq!(declared_entries(&eocd), Some(60_000));
        let e = SafeZip::open("many.docx", Container::Docx, &eocd)
            .err()
            .unwrap();
        assert!(matches!(e, FormatError::TooManyEntries { .. }), "{e:?}");
        assert_eq!(declared_entries(b"no record here"), None);
    }
}
