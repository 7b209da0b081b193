//! Bytes to text: the encodings plan documents come in, and refusing binary data.

use std::borrow::Cow;

use super::ParseError;

/// Decodes a document: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030.
///
/// Refuses empty input, NUL and other control bytes, and bytes that are neither
/// UTF-8 nor GB18030 (decoding never substitutes U+FFFD). UTF-8 input, the usual
/// case, is borrowed rather than copied.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ParseError> {
    if bytes.is_empty() {
        return Err(ParseError::Empty);
    }
    // Notepad's "Unicode" is UTF-16LE with a BOM; its ASCII half would look like NULs.
    for (bom, encoding) in [
        (&[0xFF, 0xFE][..], encoding_rs::UTF_16LE),
        (&[0xFE, 0xFF][..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .ok_or(ParseError::Binary { offset: bom.len() })?;
            if let Some(pos) = text.chars().position(is_binary_char) {
                let offset =
                    bom.len() + text.chars().take(pos).map(char::len_utf16).sum::<usize>() * 2;
                return Err(ParseError::Binary { offset });
            }
            return Ok(text);
        }
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let rest = &bytes[bom..];
    // In UTF-8 and GB18030 alike every byte below 0x20 is the ASCII control it looks like.
    if let Some(pos) = first_binary_byte(rest) {
        return Err(ParseError::Binary { offset: bom + pos });
    }
    // encoding_rs validates UTF-8 with SIMD where the processor has it: several
    // times faster than `std::str::from_utf8` on Chinese text.
    if let Some(text) = encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(rest)
    {
        return Ok(text);
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(rest)
        .filter(|text| !text.contains('\u{fffd}'))
        .ok_or_else(|| ParseError::Binary {
            offset: bom + encoding_rs::Encoding::utf8_valid_up_to(rest),
        })
}

/// Control characters no plan document contains (tab, line ends, form feed and
/// the DOS end-of-file mark are allowed).
fn is_binary_char(c: char) -> bool {
    u8::try_from(c).is_ok_and(is_binary_byte)
}

/// [`is_binary_char`] for one byte of UTF-8 or GB18030, where such controls are
/// single bytes below 0x80.
fn is_binary_byte(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0e..=0x19 | 0x1b..=0x1f | 0x7f)
}

/// The offset of the first control byte. A document is megabytes long and nearly
/// always clean, so blocks are tested whole (without an early exit the compiler can
/// vectorise the test) before one is searched byte by byte.
pub(crate) fn first_binary_byte(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    bytes.chunks(BLOCK).enumerate().find_map(|(k, block)| {
        block
            .iter()
            .fold(false, |found, &b| found | is_binary_byte(b))
            .then(|| block.iter().position(|&b| is_binary_byte(b)))
            .flatten()
            .map(|pos| k * BLOCK + pos)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_borrows_utf8_and_converts_the_rest() {
        let text = "一、甲\n1.乙\n";
        assert!(matches!(decode(text.as_bytes()), Ok(Cow::Borrowed(t)) if t == text));
        let with_bom = [b"\xEF\xBB\xBF", text.as_bytes()].concat();
        assert!(matches!(decode(&with_bom), Ok(Cow::Borrowed(t)) if t == text));
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        assert!(matches!(decode(&gb), Ok(Cow::Owned(t)) if t == text));
    }

    #[test]
    fn control_bytes_are_found_in_any_block() {
        let clean = "甲".repeat(100).into_bytes();
        assert!(first_binary_byte(&clean).is_none());
        for at in [0, 1, 62, 63, 64, 65, 127, 128, 299] {
            for bad in [0x00, 0x08, 0x0e, 0x19, 0x1b, 0x1f, 0x7f] {
                let mut bytes = clean.clone();
                bytes[at] = bad;
                assert_eq!(first_binary_byte(&bytes), Some(at), "{bad:#x} at {at}");
                assert_eq!(decode(&bytes), Err(ParseError::Binary { offset: at }));
            }
        }
        for allowed in [b'\t', b'\n', 0x0b, 0x0c, b'\r', 0x1a] {
            let mut bytes = clean.clone();
            bytes[64] = allowed;
            assert_eq!(first_binary_byte(&bytes), None, "{allowed:#x}");
        }
    }

    #[test]
    fn decode_utf16_and_refuse_replacement_characters() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("一、甲".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).unwrap(), "一、甲");
        // GB18030 can encode U+FFFD itself: a sign of an earlier broken conversion.
        let (gb, _, _) = encoding_rs::GB18030.encode("甲\u{fffd}乙");
        assert_eq!(decode(&gb), Err(ParseError::Binary { offset: 0 }));
    }
}
