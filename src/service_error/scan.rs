//! A tolerant reader of the few top-level string members of a JSON error body.
//!
//! Error bodies are small objects (`{"__type": "…", "Message": "…"}`), but they come from the
//! network, sometimes cut short or replaced by a proxy's HTML page. This reader never fails
//! and never panics: it walks the body once, left to right, keeps the string values of the
//! members it is asked for, skips every other value (nested ones included, without recursion),
//! and stops at the first byte that makes no sense, keeping what it has read so far. Work is
//! linear in the body's length and memory is bounded by the per-member limits.

use alloc::string::String;
use alloc::vec::Vec;

/// A string value read from the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text {
    /// The decoded value, at most the member's limit in bytes, cut at a char boundary.
    pub(crate) text: String,
    /// Whether the value was longer than the limit (or unterminated).
    pub(crate) cut: bool,
}

/// Keys longer than this are of no interest (all wanted keys are short).
const KEY_LIMIT: usize = 32;

/// Reads `body` and returns whether it holds members (it is blank, or a JSON object possibly
/// cut short or malformed after some point; not some other text) and, for each wanted
/// `(key, limit)`, the last string value found under exactly that key.
pub(crate) fn scan<const N: usize>(
    body: &[u8],
    wanted: [(&str, usize); N],
) -> (bool, [Option<Text>; N]) {
    let mut found: [Option<Text>; N] = core::array::from_fn(|_| None);
    let mut c = Cursor { rest: body };
    c.skip_bom();
    c.skip_ws();
    if !c.eat(b'{') {
        return (c.rest.is_empty(), found);
    }
    loop {
        c.skip_ws();
        if c.peek() != Some(b'"') {
            break; // `}`, the end of the body, or garbage
        }
        let Some(key) = c.string(KEY_LIMIT) else {
            break;
        };
        c.skip_ws();
        if !c.eat(b':') {
            break;
        }
        c.skip_ws();
        let slot = if key.cut {
            None
        } else {
            wanted
                .iter()
                .position(|(name, _)| *name == key.text)
                .and_then(|i| Some((found.get_mut(i)?, wanted.get(i)?.1)))
        };
        match (slot, c.peek()) {
            (Some((slot, limit)), Some(b'"')) => *slot = c.string(limit),
            _ => {
                if c.skip_value().is_none() {
                    break;
                }
            }
        }
        c.skip_ws();
        if !c.eat(b',') {
            break;
        }
    }
    (true, found)
}

/// The unread part of the body.
struct Cursor<'a> {
    rest: &'a [u8],
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    fn bump(&mut self) {
        if let [_, tail @ ..] = self.rest {
            self.rest = tail;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn skip_ws(&mut self) {
        while let [b' ' | b'\t' | b'\n' | b'\r', tail @ ..] = self.rest {
            self.rest = tail;
        }
    }

    fn skip_bom(&mut self) {
        if let [0xEF, 0xBB, 0xBF, tail @ ..] = self.rest {
            self.rest = tail;
        }
    }

    /// Reads the string that starts here (at its opening quote), keeping at most `limit` bytes
    /// of its decoded text. A string the body ends inside is returned as far as it goes, marked
    /// cut. `None` when no string starts here.
    fn string(&mut self, limit: usize) -> Option<Text> {
        if !self.eat(b'"') {
            return None;
        }
        let mut out = Vec::new();
        let mut cut = false;
        loop {
            // The run of plain bytes up to the next quote or backslash.
            let n = self
                .rest
                .iter()
                .position(|b| matches!(b, b'"' | b'\\'))
                .unwrap_or(self.rest.len());
            let (run, tail) = self.rest.split_at_checked(n).unwrap_or((self.rest, &[]));
            push_bytes(&mut out, run, limit, &mut cut);
            self.rest = tail;
            match self.rest {
                [] => {
                    cut = true;
                    break;
                }
                [b'"', tail @ ..] => {
                    self.rest = tail;
                    break;
                }
                [_, tail @ ..] => {
                    self.rest = tail;
                    let c = self.escape();
                    let mut buf = [0u8; 4];
                    push_bytes(
                        &mut out,
                        c.encode_utf8(&mut buf).as_bytes(),
                        limit,
                        &mut cut,
                    );
                }
            }
        }
        Some(Text {
            text: into_text(out, cut),
            cut,
        })
    }

    /// Decodes the escape after a backslash. Unknown escapes stand for the char itself; broken
    /// `\u` escapes and lone surrogates become U+FFFD.
    fn escape(&mut self) -> char {
        let Some(b) = self.peek() else {
            return char::REPLACEMENT_CHARACTER;
        };
        self.bump();
        match b {
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let Some(high) = self.hex4() else {
                    return char::REPLACEMENT_CHARACTER;
                };
                if !(0xD800..0xDC00).contains(&high) {
                    return char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER);
                }
                // A high surrogate: a low one must follow as `\uDC00`..`\uDFFF`.
                if let [b'\\', b'u', tail @ ..] = self.rest {
                    let saved = self.rest;
                    self.rest = tail;
                    match self.hex4() {
                        Some(low) if (0xDC00..0xE000).contains(&low) => {
                            let c = 0x10000u32
                                .wrapping_add((high.wrapping_sub(0xD800)) << 10)
                                .wrapping_add(low.wrapping_sub(0xDC00));
                            return char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
                        }
                        _ => self.rest = saved,
                    }
                }
                char::REPLACEMENT_CHARACTER
            }
            // `"`, `\`, `/` and any other ASCII char stand for themselves.
            other if other.is_ascii() => char::from(other),
            // The first byte of a multi-byte char: its other bytes, now stray, are replaced
            // when the text is decoded.
            _ => char::REPLACEMENT_CHARACTER,
        }
    }

    /// Four hex digits, consumed only when all four are there.
    fn hex4(&mut self) -> Option<u32> {
        let [a, b, c, d, tail @ ..] = self.rest else {
            return None;
        };
        let mut v = 0u32;
        for digit in [a, b, c, d] {
            v = (v << 4) | char::from(*digit).to_digit(16)?;
        }
        self.rest = tail;
        Some(v)
    }

    /// Skips one value of any kind, however nested, without recursion. Tolerant: inside
    /// containers only strings and brackets matter. `None` when the body ends first.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek()? {
                // Decoded and kept nowhere; one the body ends inside leaves nothing to read.
                b'"' => drop(self.string(0)),
                b'{' | b'[' => {
                    self.bump();
                    depth = depth.saturating_add(1);
                    continue;
                }
                b'}' | b']' => {
                    if depth == 0 {
                        return Some(()); // not ours: the caller's container ends
                    }
                    self.bump();
                    depth = depth.saturating_sub(1);
                }
                b',' | b':' => {
                    if depth == 0 {
                        return Some(());
                    }
                    self.bump();
                    continue;
                }
                _ => {
                    // A number or a literal: up to the next delimiter. The current byte is
                    // not one, so at least one byte goes.
                    let n = self
                        .rest
                        .iter()
                        .position(|b| b",:}]{[\" \t\n\r".contains(b))
                        .unwrap_or(self.rest.len());
                    self.rest = self.rest.get(n..).unwrap_or_default();
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

/// Appends what fits of `bytes` under `limit`; marks `cut` when something does not.
fn push_bytes(out: &mut Vec<u8>, bytes: &[u8], limit: usize, cut: &mut bool) {
    let head = bytes
        .get(..limit.saturating_sub(out.len()))
        .unwrap_or(bytes);
    out.extend_from_slice(head);
    *cut |= head.len() < bytes.len();
}

/// The kept bytes as text: a char split by the limit is dropped, invalid UTF-8 becomes U+FFFD.
fn into_text(mut bytes: Vec<u8>, cut: bool) -> String {
    if cut {
        if let Err(e) = core::str::from_utf8(&bytes) {
            if e.error_len().is_none() {
                // Ends inside a char the limit (or the end of the body) split: drop its start.
                bytes.truncate(e.valid_up_to());
            }
        }
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}
