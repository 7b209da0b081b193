//! The last line of defence for standard output: whatever a command prints, no
//! control, bidi or invisible format character reaches the terminal raw.

use std::io::{self, Write};

/// Passes output on a line at a time, each line through `text::sanitize` (a line's own
/// `\n` or `\r\n` ending is kept, so CSV keeps its record ends). Text that is clean
/// already, the rule, is passed on unchanged.
pub struct SafeOut<W: Write> {
    inner: W,
    pending: Vec<u8>,
    /// Nothing written yet: a byte order mark may start the output (`--bom`).
    at_start: bool,
}

impl<W: Write> SafeOut<W> {
    pub fn new(inner: W) -> Self {
        SafeOut {
            inner,
            pending: Vec::new(),
            at_start: true,
        }
    }

    /// Sanitizes whole lines and passes them on in one write (a buffered caller's
    /// 64 KB of lines is one write call, not one per line).
    fn write_lines(&mut self, bytes: &[u8]) -> io::Result<()> {
        // The rule: valid text with nothing to replace (a CR only before its LF)
        // passes in one piece, after one scan.
        if let Ok(text) = std::str::from_utf8(bytes)
            && !(self.at_start && text.starts_with('\u{feff}'))
            && is_clean(text)
        {
            if !bytes.is_empty() {
                self.at_start = false;
            }
            return self.inner.write_all(bytes);
        }
        let mut clean = Vec::with_capacity(bytes.len());
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            let (body, end): (&[u8], &[u8]) = if let Some(b) = line.strip_suffix(b"\r\n") {
                (b, b"\r\n")
            } else if let Some(b) = line.strip_suffix(b"\n") {
                (b, b"\n")
            } else {
                (line, b"")
            };
            let mut text = String::from_utf8_lossy(body);
            if std::mem::take(&mut self.at_start)
                && let Some(rest) = text.strip_prefix('\u{feff}')
            {
                clean.extend_from_slice("\u{feff}".as_bytes());
                text = rest.to_string().into();
            }
            clean.extend_from_slice(crate::text::sanitize(&text).as_bytes());
            clean.extend_from_slice(end);
        }
        self.inner.write_all(&clean)
    }
}

/// True when `sanitize` would leave each line of `text` as it is: no character it
/// replaces, and a carriage return only as part of a line's CR-LF end.
fn is_clean(text: &str) -> bool {
    let mut rest = text;
    while let Some(at) = crate::text::first_replaced(rest) {
        match rest[at..].strip_prefix("\r\n") {
            Some(after) => rest = after,
            None => return false,
        }
    }
    true
}

impl<W: Write> Write for SafeOut<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match buf.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                // The line begun in an earlier write is finished on its own; the
                // whole lines after it pass without a copy.
                let mut start = 0;
                if !self.pending.is_empty() {
                    let end = buf.iter().position(|&b| b == b'\n').unwrap_or(last);
                    let mut line = std::mem::take(&mut self.pending);
                    line.extend_from_slice(&buf[..=end]);
                    self.write_lines(&line)?;
                    line.clear();
                    self.pending = line;
                    start = end + 1;
                }
                if start <= last {
                    self.write_lines(&buf[start..=last])?;
                }
                self.pending.extend_from_slice(&buf[last + 1..]);
            }
            None => self.pending.extend_from_slice(buf),
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        self.write_lines(&rest)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for SafeOut<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut w = SafeOut::new(&mut out);
            for c in chunks {
                w.write_all(c).unwrap();
            }
            w.flush().unwrap();
        }
        out
    }

    #[test]
    fn clean_output_passes_unchanged_with_its_line_ends() {
        let csv = "number,title\r\n3,基教处\r\n".as_bytes();
        assert_eq!(through(&[csv]), csv);
        assert_eq!(through(&[b"a\nb"]), b"a\nb");
    }

    #[test]
    fn a_byte_order_mark_may_start_the_output_only() {
        let out = through(&["\u{feff}a,b\r\n".as_bytes(), "c\u{feff}\n".as_bytes()]);
        assert_eq!(String::from_utf8(out).unwrap(), "\u{feff}a,b\r\nc\n");
    }

    #[test]
    fn escapes_and_c1_controls_never_pass_even_split_across_writes() {
        let bad = "X\x1b]52;c;SGVsbG8=\x07\x1b[2J\u{9b}1m\u{202e}\n";
        let bytes = bad.as_bytes();
        let out = through(&[&bytes[..3], &bytes[3..14], &bytes[14..]]);
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.contains(['\x1b', '\x07', '\u{9b}', '\u{202e}']),
            "{text:?}"
        );
        assert!(text.starts_with("X^[]52"));
    }
}
