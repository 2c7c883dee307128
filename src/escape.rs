//! JSON string escapes, for the strict reader and the tolerant error-body scanner.

pub(crate) enum Escape {
    /// The char, and its bytes after the backslash.
    Char(char, usize),
    /// No escape starts with this byte (or none follows).
    Unknown,
    /// The byte at this index is not a hex digit.
    NotHex(usize),
    LoneSurrogate,
}

/// `code`: the bytes after a backslash.
pub(crate) fn escape(code: &[u8]) -> Escape {
    let c = match code.first() {
        Some(b @ (b'"' | b'\\' | b'/')) => char::from(*b),
        Some(b'b') => '\u{8}',
        Some(b'f') => '\u{c}',
        Some(b'n') => '\n',
        Some(b'r') => '\r',
        Some(b't') => '\t',
        Some(b'u') => return unicode_escape(code).unwrap_or_else(|refused| refused),
        _ => return Escape::Unknown,
    };
    Escape::Char(c, 1)
}

/// `uXXXX`, or a surrogate pair `uXXXX\uXXXX`; `Err` for the ones that are not chars.
fn unicode_escape(code: &[u8]) -> Result<Escape, Escape> {
    let unit = hex4(code, 1)?;
    if let Some(c) = char::from_u32(u32::from(unit)) {
        return Ok(Escape::Char(c, 5));
    }
    if (0xD800..0xDC00).contains(&unit) && matches!(code.get(5..7), Some(b"\\u")) {
        if let Some(Ok(c)) = char::decode_utf16([unit, hex4(code, 7)?]).next() {
            return Ok(Escape::Char(c, 11));
        }
    }
    Err(Escape::LoneSurrogate)
}

/// The four hex digits at `from`, or [`Escape::NotHex`] of the first that is not one.
fn hex4(code: &[u8], from: usize) -> Result<u16, Escape> {
    (from..from.saturating_add(4)).try_fold(0u16, |unit, at| {
        let digit = code.get(at).and_then(|b| char::from(*b).to_digit(16));
        Ok(unit.wrapping_shl(4) | digit.ok_or(Escape::NotHex(at))? as u16)
    })
}
