//! A tolerant one-pass reader of top-level string members of a JSON error body: never fails,
//! skips other values without recursion, stops at the first byte that makes no sense. Linear
//! time; memory bounded by the per-member limits.

use alloc::string::String;
use alloc::vec::Vec;

use crate::escape::{escape, Escape};

pub(crate) struct Text {
    /// The decoded value, cut at a char boundary to the member's limit.
    pub(crate) text: String,
    /// Whether the value was longer than the limit (or unterminated).
    pub(crate) cut: bool,
}

const KEY_LIMIT: usize = 32;

/// Whether `body` is blank or a (maybe broken) JSON object, and for each wanted
/// `(key, limit)` the last string value under that key.
pub(crate) fn scan<const N: usize>(
    body: &[u8],
    wanted: [(&str, usize); N],
) -> (bool, [Option<Text>; N]) {
    let mut found: [Option<Text>; N] = core::array::from_fn(|_| None);
    let mut c = Cursor {
        rest: body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body),
    };
    if c.eat(b'{').is_none() {
        return (c.rest.is_empty(), found);
    }
    // Ends at `}`, the end of the body, or garbage.
    let _ = c.members(&wanted, &mut found);
    (true, found)
}

struct Cursor<'a> {
    rest: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn members<const N: usize>(
        &mut self,
        wanted: &[(&str, usize); N],
        found: &mut [Option<Text>; N],
    ) -> Option<()> {
        loop {
            let key = self.string(KEY_LIMIT)?;
            self.eat(b':')?;
            self.skip_ws();
            let slot = found
                .iter_mut()
                .zip(wanted)
                .find(|(_, (name, _))| !key.cut && *name == key.text);
            match (slot, self.peek()) {
                (Some((slot, &(_, limit))), Some(b'"')) => *slot = self.string(limit),
                _ => self.skip_value()?,
            }
            self.eat(b',')?;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    fn bump(&mut self) {
        self.rest = self.rest.get(1..).unwrap_or_default();
    }

    /// Whitespace, then `b`.
    fn eat(&mut self, b: u8) -> Option<()> {
        self.skip_ws();
        (self.peek() == Some(b)).then(|| self.bump())
    }

    fn skip_ws(&mut self) {
        self.take_until(|b| !b" \t\n\r".contains(b));
    }

    fn take_until(&mut self, stop: impl Fn(&u8) -> bool) -> &'a [u8] {
        let n = self.rest.iter().position(stop).unwrap_or(self.rest.len());
        let (run, tail) = self.rest.split_at_checked(n).unwrap_or((self.rest, &[]));
        self.rest = tail;
        run
    }

    /// The string starting at the next quote, at most `limit` bytes (an unterminated one is cut).
    fn string(&mut self, limit: usize) -> Option<Text> {
        self.eat(b'"')?;
        let mut out = Vec::new();
        let mut cut = false;
        loop {
            let run = self.take_until(|b| matches!(b, b'"' | b'\\'));
            push_bytes(&mut out, run, limit, &mut cut);
            let end = self.peek();
            self.bump();
            if end != Some(b'\\') {
                cut |= end.is_none();
                break;
            }
            let mut buf = [0u8; 4];
            let c = self.escape().encode_utf8(&mut buf);
            push_bytes(&mut out, c.as_bytes(), limit, &mut cut);
        }
        // A split last char dropped, invalid UTF-8 as U+FFFD.
        if let Err(e) = core::str::from_utf8(&out) {
            if cut && e.error_len().is_none() {
                out.truncate(e.valid_up_to());
            }
        }
        let text = String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Some(Text { text, cut })
    }

    /// The char of the escape after this backslash: any other ASCII char stands for itself,
    /// anything broken gives U+FFFD (a `\u` without four hex digits only the `\u`).
    fn escape(&mut self) -> char {
        let replaced = char::REPLACEMENT_CHARACTER;
        let (c, len) = match escape(self.rest) {
            Escape::Char(c, len) => (c, len),
            Escape::Unknown => match self.peek() {
                Some(b) if b.is_ascii() => (char::from(b), 1),
                Some(_) => (replaced, 1), // a multi-byte char's lead; its rest is replaced later
                None => (replaced, 0),
            },
            Escape::NotHex(..5) => (replaced, 1),
            Escape::NotHex(_) | Escape::LoneSurrogate => (replaced, 5),
        };
        self.rest = self.rest.get(len..).unwrap_or_default();
        c
    }

    /// Skips one value, however nested, without recursion; `None` when the body ends first.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek()? {
                // Not ours: the caller's separator, or the end of its container.
                b'}' | b']' | b',' | b':' if depth == 0 => return Some(()),
                b'"' => drop(self.string(0)),
                b'{' | b'[' => {
                    self.bump();
                    depth = depth.saturating_add(1);
                }
                b'}' | b']' => {
                    self.bump();
                    depth = depth.saturating_sub(1);
                }
                b',' | b':' => self.bump(),
                // A number or literal; at least one byte goes.
                _ => drop(self.take_until(|b| b",:}]{[\" \t\n\r".contains(b))),
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

fn push_bytes(out: &mut Vec<u8>, bytes: &[u8], limit: usize, cut: &mut bool) {
    let head = bytes
        .get(..limit.saturating_sub(out.len()))
        .unwrap_or(bytes);
    out.extend_from_slice(head);
    *cut |= head.len() < bytes.len();
}
