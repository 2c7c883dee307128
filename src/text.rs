//! Shared machinery of the validators: length in chars, ASCII classes, UTF-8 decoding for error
//! reports, and the two kinds of storage behind the newtypes.
//!
//! Everything here is `const fn` over bytes and never indexes a slice directly: slices are
//! walked with patterns and `split_at_checked`, so no input can make a validator panic.

use crate::error::{Error, ErrorKind, Shape};

/// Eight copies of the byte `b`, one in each byte lane of a `u64`.
const fn splat(b: u8) -> u64 {
    (b as u64).wrapping_mul(0x0101_0101_0101_0101)
}

/// The high bit of every byte lane.
const LANE_HIGH: u64 = splat(0x80);
/// The low seven bits of every byte lane.
const LANE_LOW7: u64 = splat(0x7F);
/// How many disjoint ranges of bytes a class may have and still be checked eight bytes at a
/// time; every class of the crate has at most five.
const MAX_RUNS: usize = 6;
/// Bytes per block of [`AsciiClass::block_has`].
const BLOCK: usize = 32;

/// A set of ASCII bytes; bytes from 0x80 up are never members.
///
/// Besides a bitmask for single bytes, a class keeps its members as at most [`MAX_RUNS`]
/// ranges in a form that tests eight bytes at once (see [`AsciiClass::word_marks`]), so that
/// long runs cost a few operations per eight bytes instead of a few per byte.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AsciiClass {
    /// Members 0..=63, one bit each.
    low: u64,
    /// Members 64..=127, one bit each.
    high: u64,
    /// For each range `lo..=hi` of members: `splat(0x80 - lo)` and `splat(0x7F - hi)`. Unused
    /// entries are `(0, 0)`, which matches no byte.
    runs: [(u64, u64); MAX_RUNS],
    /// The same ranges as `(lo, hi - lo)`, for tests one byte at a time that the compiler
    /// turns into vector code; unused entries repeat a used one.
    spans: [(u8, u8); MAX_RUNS],
    /// Whether all the ranges fit in `runs`; if not, only the byte-by-byte path is used.
    pub(crate) word_at_a_time: bool,
    /// How error messages describe the class ("a lowercase hex digit").
    pub(crate) expected: &'static str,
}

impl AsciiClass {
    /// Builds a class from inclusive byte ranges and an extra list of single bytes.
    pub(crate) const fn new(ranges: &[(u8, u8)], singles: &[u8], expected: &'static str) -> Self {
        let mut mask = 0u128;
        let mut rest = ranges;
        while let [(lo, hi), tail @ ..] = rest {
            let mut b = *lo;
            while b <= *hi && b < 128 {
                mask |= 1u128 << b;
                b = b.saturating_add(1);
            }
            rest = tail;
        }
        AsciiClass::from_mask(with_singles(mask, singles), expected)
    }

    /// This class and a few more bytes, described as `expected`.
    pub(crate) const fn with(&self, singles: &[u8], expected: &'static str) -> Self {
        let mask = (self.high as u128) << 64 | self.low as u128;
        AsciiClass::from_mask(with_singles(mask, singles), expected)
    }

    /// Builds a class from its membership bitmask (bit `b` for byte `b`).
    const fn from_mask(mask: u128, expected: &'static str) -> Self {
        // The maximal ranges of the mask, whatever ranges and singles it was given as.
        let mut runs = [(0u64, 0u64); MAX_RUNS];
        let mut spans = [(0x80u8, 0u8); MAX_RUNS];
        let mut slots: &mut [(u64, u64)] = &mut runs;
        let mut span_slots: &mut [(u8, u8)] = &mut spans;
        let mut word_at_a_time = true;
        let mut b = 0u8;
        while b < 128 {
            if (mask >> b) & 1 == 0 {
                b = b.saturating_add(1);
                continue;
            }
            let lo = b;
            while b < 128 && (mask >> b) & 1 == 1 {
                b = b.saturating_add(1);
            }
            let hi = b.saturating_sub(1);
            match (slots, span_slots) {
                ([slot, tail @ ..], [span, span_tail @ ..]) => {
                    *slot = (
                        splat(0x80u8.saturating_sub(lo)),
                        splat(0x7Fu8.saturating_sub(hi)),
                    );
                    *span = (lo, hi.saturating_sub(lo));
                    slots = tail;
                    span_slots = span_tail;
                }
                (rest_slots, rest_spans) => {
                    word_at_a_time = false;
                    slots = rest_slots;
                    span_slots = rest_spans;
                }
            }
        }
        // Unused spans repeat the first one, so that they change nothing; a class without
        // members (which the crate does not have) keeps the byte-by-byte path.
        let first_span = match spans {
            [first, ..] => first,
        };
        if first_span.0 >= 0x80 {
            word_at_a_time = false;
        }
        let mut fill: &mut [(u8, u8)] = &mut spans;
        while let [span, tail @ ..] = fill {
            if span.0 >= 0x80 {
                *span = first_span;
            }
            fill = tail;
        }
        AsciiClass {
            low: mask as u64,
            high: (mask >> 64) as u64,
            runs,
            spans,
            word_at_a_time,
            expected,
        }
    }

    /// Whether `b` belongs to the class.
    #[inline(always)]
    pub(crate) const fn has(&self, b: u8) -> bool {
        let bits = if b < 64 { self.low } else { self.high };
        b < 128 && (bits.wrapping_shr(b as u32) & 1) == 1
    }

    /// Whether a block of `bytes` holds a byte that is (`inside`) or is not in the class.
    /// Written one byte at a time without early exit, so that the compiler makes vector code
    /// of it: on long runs this beats eight bytes at a time.
    #[inline(always)]
    const fn block_has(&self, block: &[u8; BLOCK], inside: bool) -> bool {
        let mut found = 0u8;
        let mut rest: &[u8] = block;
        while let [b, tail @ ..] = rest {
            let mut member = false;
            let mut spans: &[(u8, u8)] = &self.spans;
            while let [(lo, span), spans_tail @ ..] = spans {
                member |= b.wrapping_sub(*lo) <= *span;
                spans = spans_tail;
            }
            found |= (member == inside) as u8;
            rest = tail;
        }
        found != 0
    }

    /// The high bit of each byte lane of `w` whose byte is (`inside`) or is not in the class.
    ///
    /// On bytes below 0x80 (the others are never members), adding `0x80 - lo` sets a lane's
    /// high bit exactly when the byte is at least `lo`, and adding `0x7F - hi` exactly when it
    /// is above `hi`; neither sum reaches 0x100, so no carry crosses into the next lane.
    #[inline(always)]
    const fn word_marks(&self, w: u64, inside: bool) -> u64 {
        let low7 = w & LANE_LOW7;
        let mut ranges = 0u64;
        let mut runs: &[(u64, u64)] = &self.runs;
        while let [(at_least_lo, above_hi), tail @ ..] = runs {
            ranges |= low7.wrapping_add(*at_least_lo) & !low7.wrapping_add(*above_hi);
            runs = tail;
        }
        if inside {
            ranges & !w & LANE_HIGH
        } else {
            (!ranges | w) & LANE_HIGH
        }
    }

    /// The high bit of each byte lane of `w` whose byte is not in the class (for layouts
    /// checked a word at a time; the class must have `word_at_a_time`).
    #[inline(always)]
    pub(crate) const fn outside_marks(&self, w: u64) -> u64 {
        self.word_marks(w, false)
    }

    /// Offset of the first of the `n` (less than 8) first bytes of `word` outside the class.
    #[inline(always)]
    pub(crate) const fn first_outside_of_first(&self, word: &[u8; 8], n: usize) -> Option<usize> {
        let lanes = 1u64
            .wrapping_shl((n as u32).wrapping_mul(8))
            .wrapping_sub(1);
        let marks = self.word_marks(u64::from_le_bytes(*word), false) & lanes;
        if marks == 0 {
            None
        } else {
            Some(lane_of(marks))
        }
    }

    /// Whether every byte of `bytes` is in the class: words ORed together without early
    /// exit, the last partial word read again from the end (or assembled when `bytes` is
    /// shorter than a word). For the verdicts of short fixed layouts, where a branch per word
    /// costs more than reading a word too many.
    #[inline(always)]
    pub(crate) const fn all_in(&self, bytes: &[u8]) -> bool {
        if !self.word_at_a_time {
            return self.first_outside(bytes).is_none();
        }
        let mut marks = 0u64;
        let mut rest = bytes;
        while let Some((word, tail)) = rest.split_first_chunk::<8>() {
            marks |= self.word_marks(u64::from_le_bytes(*word), false);
            rest = tail;
        }
        if !rest.is_empty() {
            let w = match bytes.last_chunk::<8>() {
                Some(last) => u64::from_le_bytes(*last),
                None => load_short(bytes),
            };
            marks |= self.word_marks(w, false);
        }
        marks == 0
    }

    /// Byte offset of the first byte of `bytes` outside the class, if any.
    #[inline(always)]
    pub(crate) const fn first_outside(&self, bytes: &[u8]) -> Option<usize> {
        self.first_where(bytes, false)
    }

    /// Byte offset of the first byte of `bytes` in the class, if any (never a byte of a
    /// multibyte char, since those are all 0x80 or above).
    #[inline(always)]
    pub(crate) const fn first_inside(&self, bytes: &[u8]) -> Option<usize> {
        self.first_where(bytes, true)
    }

    /// Byte offset of the first byte of `bytes` that is (`inside`) or is not in the class.
    #[inline(always)]
    const fn first_where(&self, bytes: &[u8], inside: bool) -> Option<usize> {
        if self.word_at_a_time {
            return self.first_where_by_words(bytes, inside);
        }
        let mut rest = bytes;
        let mut i = 0usize;
        while let [b, tail @ ..] = rest {
            if self.has(*b) == inside {
                return Some(i);
            }
            i = i.wrapping_add(1);
            rest = tail;
        }
        None
    }

    /// [`Self::first_where`] eight bytes at a time (sixteen per round, which the compiler
    /// can run as one vector operation). The last partial word is read again from the end of
    /// `bytes` (overlapping bytes already looked at), or assembled when `bytes` is shorter
    /// than a word.
    #[inline(always)]
    const fn first_where_by_words(&self, bytes: &[u8], inside: bool) -> Option<usize> {
        let mut rest = bytes;
        let mut i = 0usize;
        // Long inputs: skip whole blocks that have no match, then find the byte by words.
        while let Some((block, tail)) = rest.split_first_chunk::<BLOCK>() {
            if self.block_has(block, inside) {
                break;
            }
            i = i.wrapping_add(BLOCK);
            rest = tail;
        }
        while let Some((pair, tail)) = rest.split_first_chunk::<16>() {
            let (a, b) = match pair.split_first_chunk::<8>() {
                Some((a, b)) => (*a, b),
                None => break,
            };
            let b = match b.first_chunk::<8>() {
                Some(b) => *b,
                None => break,
            };
            let marks_a = self.word_marks(u64::from_le_bytes(a), inside);
            let marks_b = self.word_marks(u64::from_le_bytes(b), inside);
            if marks_a | marks_b != 0 {
                let (marks, skip) = if marks_a != 0 {
                    (marks_a, 0usize)
                } else {
                    (marks_b, 8usize)
                };
                return Some(i.wrapping_add(skip).wrapping_add(lane_of(marks)));
            }
            i = i.wrapping_add(16);
            rest = tail;
        }
        if let Some((word, tail)) = rest.split_first_chunk::<8>() {
            let marks = self.word_marks(u64::from_le_bytes(*word), inside);
            if marks != 0 {
                return Some(i.wrapping_add(lane_of(marks)));
            }
            rest = tail;
        }
        if rest.is_empty() {
            return None;
        }
        // `rest` holds 1 to 7 bytes.
        let (w, first) = match bytes.last_chunk::<8>() {
            Some(last) => (u64::from_le_bytes(*last), bytes.len().wrapping_sub(8)),
            None => (load_short(bytes), 0),
        };
        let marks = self.word_marks(w, inside);
        if marks == 0 {
            return None;
        }
        Some(first.wrapping_add(lane_of(marks)))
    }
}

/// `mask` with the bits of the ASCII bytes of `singles` set.
const fn with_singles(mut mask: u128, singles: &[u8]) -> u128 {
    let mut rest = singles;
    while let [b, tail @ ..] = rest {
        if *b < 128 {
            mask |= 1u128 << *b;
        }
        rest = tail;
    }
    mask
}

/// Index of the lowest byte lane whose high bit is set in `marks` (which is not zero).
#[inline(always)]
pub(crate) const fn lane_of(marks: u64) -> usize {
    marks.trailing_zeros().wrapping_shr(3) as usize
}

/// The bytes of a slice of 1 to 7 bytes as the low lanes of a word; the missing lanes repeat
/// the first byte, so that they add nothing to a class test that the first byte does not.
#[inline(always)]
const fn load_short(bytes: &[u8]) -> u64 {
    let first = match bytes {
        [b, ..] => *b,
        [] => 0,
    };
    let (w, filled) = load_padded(bytes);
    // `filled` is 8 to 56 here: the lanes from `filled` up take the first byte.
    let used = u64::MAX.wrapping_shr(64u32.wrapping_sub(filled));
    w | (splat(first) & !used)
}

/// ASCII digits `0-9` (what `\d` means in the AWS patterns).
pub(crate) const DIGIT: AsciiClass = AsciiClass::new(&[(b'0', b'9')], &[], "an ASCII digit");
/// Lowercase hex digits `0-9a-f`.
pub(crate) const HEX_LOWER: AsciiClass =
    AsciiClass::new(&[(b'0', b'9'), (b'a', b'f')], &[], "a lowercase hex digit");
/// Hex digits of either case.
pub(crate) const HEX: AsciiClass = AsciiClass::new(
    &[(b'0', b'9'), (b'a', b'f'), (b'A', b'F')],
    &[],
    "a hex digit",
);
/// ASCII letters and digits (`[\da-zA-Z]`).
pub(crate) const ALNUM: AsciiClass = AsciiClass::new(
    &[(b'0', b'9'), (b'a', b'z'), (b'A', b'Z')],
    &[],
    "an ASCII letter or digit",
);
/// Lowercase ASCII letters and digits (`[a-z0-9]`).
pub(crate) const LOWER_ALNUM: AsciiClass = AsciiClass::new(
    &[(b'0', b'9'), (b'a', b'z')],
    &[],
    "a lowercase ASCII letter or digit",
);
/// ASCII letters, digits, `.` and `-`: the chars of a domain name.
pub(crate) const DOMAIN_CHAR: AsciiClass = ALNUM.with(b".-", "an ASCII letter, digit, '.' or '-'");
/// Whitespace as `\s` is read here: the six ASCII whitespace chars of Java and ECMA-262
/// restricted to ASCII (space, tab, line feed, vertical tab, form feed, carriage return).
pub(crate) const SPACE: AsciiClass = AsciiClass::new(&[(0x09, 0x0d)], b" ", "whitespace");

/// `s` cut to at most `max` bytes at a char boundary, and whether anything was cut.
pub(crate) fn cut_at_boundary(s: &str, max: usize) -> (&str, bool) {
    if s.len() <= max {
        return (s, false);
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end = end.saturating_sub(1);
    }
    (s.get(..end).unwrap_or_default(), true)
}

/// Whether `c` is a control char that can break a log line, forge another entry or hide text
/// (the list is in [`Excerpt`]'s docs). Parsed service errors drop them; echoed values display
/// them escaped ([`write_escaped`]).
pub(crate) fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Writes `s` with each control char ([`is_control`]) escaped as [`Excerpt`] displays it.
pub(crate) fn write_escaped(w: &mut dyn core::fmt::Write, s: &str) -> core::fmt::Result {
    let mut rest = s;
    while let Some((plain, from)) = rest
        .find(is_control)
        .and_then(|at| rest.split_at_checked(at))
    {
        w.write_str(plain)?;
        let mut chars = from.chars();
        if let Some(c) = chars.next() {
            match c {
                '\t' => w.write_str("\\t")?,
                '\n' => w.write_str("\\n")?,
                '\r' => w.write_str("\\r")?,
                '\0' => w.write_str("\\0")?,
                c => write!(w, "{}", c.escape_unicode())?,
            }
        }
        rest = chars.as_str();
    }
    w.write_str(rest)
}

/// Whether `b` is the first byte of a UTF-8 sequence (not a continuation byte).
#[inline(always)]
const fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Number of chars in a UTF-8 byte string: its bytes that are not continuation bytes
/// (`0b10xx_xxxx`), counted 32 at a time in blocks without early exit, which the compiler
/// turns into vector code.
pub(crate) const fn count_chars(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        return bytes.len();
    }
    let mut chars = 0usize;
    let mut rest = bytes;
    while let Some((block, tail)) = rest.split_first_chunk::<BLOCK>() {
        let mut n = 0u8;
        let mut lanes: &[u8] = block;
        while let [b, lanes_tail @ ..] = lanes {
            n = n.wrapping_add(starts_char(*b) as u8);
            lanes = lanes_tail;
        }
        chars = chars.wrapping_add(n as usize);
        rest = tail;
    }
    while let [b, tail @ ..] = rest {
        chars = chars.wrapping_add(starts_char(*b) as usize);
        rest = tail;
    }
    chars
}

/// Decodes the char at the start of `bytes` (a suffix of a `str` at a char boundary) and its
/// width in bytes.
#[inline(always)]
pub(crate) const fn decode(bytes: &[u8]) -> Option<(char, usize)> {
    let (cp, width) = match bytes {
        [b0, ..] if *b0 < 0x80 => (*b0 as u32, 1),
        [b0, b1, ..] if *b0 & 0xE0 == 0xC0 => (((*b0 & 0x1F) as u32) << 6 | (*b1 & 0x3F) as u32, 2),
        [b0, b1, b2, ..] if *b0 & 0xF0 == 0xE0 => (
            ((*b0 & 0x0F) as u32) << 12 | ((*b1 & 0x3F) as u32) << 6 | (*b2 & 0x3F) as u32,
            3,
        ),
        [b0, b1, b2, b3, ..] if *b0 & 0xF8 == 0xF0 => (
            ((*b0 & 0x07) as u32) << 18
                | ((*b1 & 0x3F) as u32) << 12
                | ((*b2 & 0x3F) as u32) << 6
                | (*b3 & 0x3F) as u32,
            4,
        ),
        _ => return None,
    };
    match char::from_u32(cp) {
        Some(c) => Some((c, width)),
        None => None,
    }
}

/// Checks the shape's length bounds, counting chars only when bytes alone cannot decide.
///
/// An input of more than four bytes per allowed char is refused without reading it, so a
/// megabyte costs as little as a short value.
#[inline(always)]
pub(crate) const fn check_len(shape: &'static Shape, s: &str) -> Result<(), Error> {
    let bytes = s.len();
    let (min, max) = bounds(shape);
    // chars <= bytes and chars >= bytes / 4 (rounded up); chars == bytes for ASCII.
    if bytes <= max && bytes >= min && (bytes.div_ceil(4) >= min || s.is_ascii()) {
        return Ok(());
    }
    check_len_by_chars(shape, s)
}

/// The shape's length bounds in chars, 0 and `usize::MAX` where the model sets none.
#[inline(always)]
const fn bounds(shape: &'static Shape) -> (usize, usize) {
    let min = match shape.min_len {
        Some(min) => min,
        None => 0,
    };
    let max = match shape.max_len {
        Some(max) => max,
        None => usize::MAX,
    };
    (min, max)
}

/// [`check_len`] when the bytes alone cannot decide: counts the chars, out of line so that
/// values the bytes decide carry none of this code.
#[cold]
#[inline(never)]
const fn check_len_by_chars(shape: &'static Shape, s: &str) -> Result<(), Error> {
    let (min, max) = bounds(shape);
    // Without a maximum, `max * 4` saturates and no input is refused uncounted.
    if s.len() > max.saturating_mul(4) {
        return Err(Error::new(shape, ErrorKind::TooLong { max, actual: None }));
    }
    let chars = count_chars(s.as_bytes());
    if chars < min {
        return Err(Error::new(
            shape,
            ErrorKind::TooShort { min, actual: chars },
        ));
    }
    if chars > max {
        return Err(Error::new(
            shape,
            ErrorKind::TooLong {
                max,
                actual: Some(chars),
            },
        ));
    }
    Ok(())
}

/// The error for a char at byte offset `at` of `s` that the pattern does not allow there.
/// Reports the char index and, unless the shape is sensitive, the char itself; an offset at
/// the end makes it an [`incomplete`] error.
///
/// Always inlined, with the counting and decoding out of line ([`char_at`]): the error is then
/// assembled from registers right where the validator returns it, rather than copied out of
/// another call's 40-byte result (a copy that costs a store-forwarding stall).
#[inline(always)]
pub(crate) const fn invalid_char(
    shape: &'static Shape,
    s: &str,
    at: usize,
    expected: &'static str,
) -> Error {
    let (index, found) = char_at(s, at, !shape.sensitive);
    let kind = if at >= s.len() {
        ErrorKind::Incomplete { index, expected }
    } else {
        ErrorKind::InvalidChar {
            index,
            found,
            expected,
        }
    };
    Error::new(shape, kind)
}

/// [`invalid_char`] for a value whose bytes before `at` are known to be ASCII (a layout or a
/// class has matched them), so that the char index is `at` itself and nothing is counted.
///
/// A caller that broke that rule would report a wrong index, never panic; the conformance
/// test and the `shapes` fuzz target check every reported index and char against the value.
#[inline(always)]
pub(crate) const fn invalid_char_after_ascii(
    shape: &'static Shape,
    s: &str,
    at: usize,
    expected: &'static str,
) -> Error {
    let tail = match s.as_bytes().split_at_checked(at) {
        Some((_, tail)) => tail,
        None => &[] as &[u8],
    };
    let kind = match tail {
        [] => ErrorKind::Incomplete {
            index: at,
            expected,
        },
        [b, ..] => ErrorKind::InvalidChar {
            index: at,
            found: if shape.sensitive {
                None
            } else if *b < 0x80 {
                Some(*b as char)
            } else {
                char_of(tail)
            },
            expected,
        },
    };
    Error::new(shape, kind)
}

/// The char at the start of `bytes` (a suffix of a `str` at a char boundary), out of line.
#[inline(never)]
const fn char_of(bytes: &[u8]) -> Option<char> {
    match decode(bytes) {
        Some((c, _)) => Some(c),
        None => None,
    }
}

/// The char index of byte offset `at` of `s` (its length in chars if `at` is past the end),
/// and the char there when `show` is set.
#[inline(never)]
const fn char_at(s: &str, at: usize, show: bool) -> (usize, Option<char>) {
    let (head, tail) = match s.as_bytes().split_at_checked(at) {
        Some(parts) => parts,
        None => (s.as_bytes(), &[] as &[u8]),
    };
    let found = if show { char_of(tail) } else { None };
    (count_chars(head), found)
}

/// The error for a value that ends where the pattern needs `expected`.
#[inline(always)]
pub(crate) const fn incomplete(shape: &'static Shape, s: &str, expected: &'static str) -> Error {
    Error::new(
        shape,
        ErrorKind::Incomplete {
            index: count_chars(s.as_bytes()),
            expected,
        },
    )
}

/// Checks that `bytes[at..]` starts with `prefix`; returns the offset after it.
///
/// Like [`expect_run`] and [`expect_end`], for layouts read from the start: the bytes before
/// `at` must be ASCII (matched by earlier prefixes and runs), so that a byte offset is a char
/// index and an error needs no counting.
#[inline(always)]
pub(crate) const fn expect_prefix(
    shape: &'static Shape,
    s: &str,
    at: usize,
    prefix: &'static str,
    expected: &'static str,
) -> Result<usize, Error> {
    let rest = match s.as_bytes().split_at_checked(at) {
        Some((_, rest)) => rest,
        None => &[],
    };
    if let Some((head, _)) = rest.split_at_checked(prefix.len()) {
        if bytes_eq(head, prefix.as_bytes()) {
            return Ok(at.wrapping_add(prefix.len()));
        }
    }
    Err(invalid_char_after_ascii(
        shape,
        s,
        at.wrapping_add(mismatch(rest, prefix.as_bytes())),
        expected,
    ))
}

/// Offset of the first byte where `have` differs from `want`, or the length of `have` when it
/// ends first (an offset at the end of the value makes [`invalid_char`] report it incomplete).
#[cold]
#[inline(never)]
const fn mismatch(have: &[u8], want: &[u8]) -> usize {
    let mut have = have;
    let mut want = want;
    let mut i = 0usize;
    while let ([h, have_tail @ ..], [w, want_tail @ ..]) = (have, want) {
        if *h != *w {
            return i;
        }
        have = have_tail;
        want = want_tail;
        i = i.wrapping_add(1);
    }
    i
}

/// Checks that `n` bytes of `class` start at `at` (ASCII only, so bytes are chars); returns the
/// offset after them. The bytes before `at` must be ASCII, as for [`expect_prefix`].
#[inline(always)]
pub(crate) const fn expect_run(
    shape: &'static Shape,
    s: &str,
    at: usize,
    n: usize,
    class: &AsciiClass,
) -> Result<usize, Error> {
    let rest = match s.as_bytes().split_at_checked(at) {
        Some((_, rest)) => rest,
        None => &[],
    };
    // A short run inside a longer value: one word, looking at its first `n` lanes.
    if n < 8 && class.word_at_a_time {
        if let Some(word) = rest.first_chunk::<8>() {
            return match class.first_outside_of_first(word, n) {
                Some(bad) => Err(invalid_char_after_ascii(
                    shape,
                    s,
                    at.wrapping_add(bad),
                    class.expected,
                )),
                None => Ok(at.wrapping_add(n)),
            };
        }
    }
    let window = match rest.split_at_checked(n) {
        Some((window, _)) => window,
        None => rest,
    };
    match class.first_outside(window) {
        Some(bad) => Err(invalid_char_after_ascii(
            shape,
            s,
            at.wrapping_add(bad),
            class.expected,
        )),
        // The value ends inside the run, all of it ASCII.
        None if window.len() < n => {
            Err(invalid_char_after_ascii(shape, s, s.len(), class.expected))
        }
        None => Ok(at.wrapping_add(n)),
    }
}

/// Length of the longest run of `class` bytes starting at `at`.
#[inline(always)]
pub(crate) const fn run_len(s: &str, at: usize, class: &AsciiClass) -> usize {
    run_len_max(s, at, class, usize::MAX)
}

/// Length of the run of `class` bytes starting at `at`, looking at no more than `limit` bytes
/// (so that an unbounded shape still refuses a huge input in constant time).
#[inline(always)]
pub(crate) const fn run_len_max(s: &str, at: usize, class: &AsciiClass, limit: usize) -> usize {
    let rest = match s.as_bytes().split_at_checked(at) {
        Some((_, rest)) => rest,
        None => &[],
    };
    let window = match rest.split_at_checked(limit) {
        Some((head, _)) => head,
        None => rest,
    };
    match class.first_outside(window) {
        Some(n) => n,
        None => window.len(),
    }
}

/// Requires the value to end at byte offset `at`; the bytes before `at` must be ASCII, as for
/// [`expect_prefix`].
#[inline(always)]
pub(crate) const fn expect_end(shape: &'static Shape, s: &str, at: usize) -> Result<(), Error> {
    if at >= s.len() {
        Ok(())
    } else {
        Err(invalid_char_after_ascii(
            shape,
            s,
            at,
            "the end of the value",
        ))
    }
}

/// Whether `bytes[at..]` starts with `literal` (a verdict: no error details).
#[inline(always)]
pub(crate) const fn has_at(bytes: &[u8], at: usize, literal: &[u8]) -> bool {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => match rest.split_at_checked(literal.len()) {
            Some((head, _)) => bytes_eq(head, literal),
            None => false,
        },
        None => false,
    }
}

/// Whether `byte` (ASCII) occurs twice in a row in `bytes` (a verdict: no position). Reads
/// words seven bytes apart, so that every pair of neighbours lies inside one word; a word
/// shorter than eight bytes repeats its first byte, which can only make a false "yes" when
/// that byte is `byte` (the verdicts that use this refuse such a value anyway).
#[inline(always)]
pub(crate) const fn has_pair(bytes: &[u8], byte: u8) -> bool {
    let mut pairs = 0u64;
    let mut rest = bytes;
    loop {
        let w = match rest.first_chunk::<8>() {
            Some(word) => u64::from_le_bytes(*word),
            None => match bytes.last_chunk::<8>() {
                Some(last) => u64::from_le_bytes(*last),
                None => load_short(bytes),
            },
        };
        // Lanes equal to `byte`: zero lanes of `t`, whose low seven bits plus 0x7F leave the
        // high bit clear.
        let t = w ^ splat(byte);
        let equal = !((t & LANE_LOW7).wrapping_add(LANE_LOW7) | t) & LANE_HIGH;
        pairs |= equal & equal.wrapping_shr(8);
        match rest.split_at_checked(7) {
            Some((_, tail)) if tail.len() >= 2 => rest = tail,
            _ => break,
        }
    }
    pairs != 0
}

/// Whether every byte of `bytes[from..to]` is in `class` (a verdict: no error details);
/// false when the range is not inside `bytes`.
#[inline(always)]
pub(crate) const fn all_in(bytes: &[u8], from: usize, to: usize, class: &AsciiClass) -> bool {
    match bytes.split_at_checked(to) {
        Some((head, _)) => match head.split_at_checked(from) {
            Some((_, window)) => class.all_in(window),
            None => false,
        },
        None => false,
    }
}

/// Inline storage for shapes whose values are short ASCII: a fixed buffer and a length.
/// Bytes past the length are always zero, so derived equality and hashing are by content.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Inline<const N: usize> {
    pub(crate) buf: [u8; N],
    len: u8,
}

impl<const N: usize> Inline<N> {
    /// Holds the empty string.
    pub(crate) const EMPTY: Self = Inline {
        buf: [0; N],
        len: 0,
    };

    /// Copies `s` into the buffer; `None` if it does not fit (validators make that impossible).
    ///
    /// Copies are fixed-size: a value that fills the buffer (every fixed-format shape) is one
    /// `N`-byte copy with nothing zeroed; a shorter one is copied eight bytes at a time, its
    /// last partial word as the eight bytes that end the value (overlapping bytes already
    /// copied), so that no copy has a length known only at run time.
    #[inline(always)]
    pub(crate) const fn try_new(s: &str) -> Option<Self> {
        let bytes = s.as_bytes();
        let len = bytes.len();
        if len > u8::MAX as usize {
            return None;
        }
        if let Some(all) = bytes.first_chunk::<N>() {
            if len == N {
                return Some(Inline {
                    buf: *all,
                    len: len as u8,
                });
            }
            return None;
        }
        let mut buf = [0u8; N];
        let mut rest = bytes;
        let mut out: &mut [u8] = &mut buf;
        while let Some((src, src_tail)) = rest.split_first_chunk::<8>() {
            match out.split_first_chunk_mut::<8>() {
                Some((dst, dst_tail)) => {
                    *dst = *src;
                    out = dst_tail;
                }
                None => return None,
            }
            rest = src_tail;
        }
        match (bytes.last_chunk::<8>(), buf.split_at_mut_checked(len)) {
            (Some(last), Some((head, _))) => {
                if let Some(dst) = head.last_chunk_mut::<8>() {
                    *dst = *last;
                }
            }
            // Shorter than a word: byte by byte.
            (None, Some((head, _))) => {
                let mut out: &mut [u8] = head;
                let mut rest = bytes;
                while let ([b, src_tail @ ..], [d, dst_tail @ ..]) = (rest, out) {
                    *d = *b;
                    rest = src_tail;
                    out = dst_tail;
                }
            }
            (_, None) => return None,
        }
        Some(Inline {
            buf,
            len: len as u8,
        })
    }

    /// The stored text.
    pub(crate) fn as_str(&self) -> &str {
        match self.buf.get(..usize::from(self.len)) {
            Some(bytes) => core::str::from_utf8(bytes).unwrap_or_default(),
            None => "",
        }
    }
}

/// Storage for longer shapes: a `'static` literal, or an owned copy when `alloc` is on.
#[derive(Clone)]
pub(crate) enum Text {
    Static(&'static str),
    #[cfg(feature = "alloc")]
    Owned(alloc::boxed::Box<str>),
}

impl Text {
    /// Stores a copy of `s`.
    #[cfg(feature = "alloc")]
    pub(crate) fn copy_of(s: &str) -> Self {
        Text::Owned(s.into())
    }

    /// Stores `s` as it is.
    #[cfg(feature = "alloc")]
    #[inline]
    pub(crate) fn from_boxed(s: alloc::boxed::Box<str>) -> Self {
        Text::Owned(s)
    }

    /// Stores `s` without copying.
    #[cfg(feature = "alloc")]
    pub(crate) fn from_string(s: alloc::string::String) -> Self {
        Text::Owned(s.into_boxed_str())
    }

    /// The stored text.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Static(s) => s,
            #[cfg(feature = "alloc")]
            Text::Owned(s) => s,
        }
    }
}

/// What an enum's `match` dispatches on: the length, the first eight bytes and the last eight
/// (a value of up to 16 bytes whole, so that its key alone decides), as integers that a
/// `match` turns into a jump on the length and a compare or two. A value shorter than eight
/// bytes is zero-padded and has zero for its last word.
#[inline(always)]
pub(crate) const fn enum_key(bytes: &[u8]) -> (usize, u64, u64) {
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => (
            bytes.len(),
            u64::from_le_bytes(*first),
            u64::from_le_bytes(*last),
        ),
        _ => (bytes.len(), load_padded(bytes).0, 0),
    }
}

/// The bytes of a slice of fewer than eight bytes as the low lanes of a word, the others zero,
/// and how many of its bits they fill.
#[inline(always)]
const fn load_padded(bytes: &[u8]) -> (u64, u32) {
    let mut w = 0u64;
    let mut filled = 0u32;
    let mut rest = bytes;
    if let Some((four, tail)) = rest.split_first_chunk::<4>() {
        w = u32::from_le_bytes(*four) as u64;
        filled = 32;
        rest = tail;
    }
    if let Some((two, tail)) = rest.split_first_chunk::<2>() {
        w |= (u16::from_le_bytes(*two) as u64).wrapping_shl(filled);
        filled = filled.wrapping_add(16);
        rest = tail;
    }
    if let [b, ..] = rest {
        w |= (*b as u64).wrapping_shl(filled);
        filled = filled.wrapping_add(8);
    }
    (w, filled)
}

/// Byte-wise equality usable in `const` context, eight bytes at a time.
#[inline(always)]
pub(crate) const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut x = a;
    let mut y = b;
    while let (Some((p, x_tail)), Some((q, y_tail))) =
        (x.split_first_chunk::<8>(), y.split_first_chunk::<8>())
    {
        if u64::from_le_bytes(*p) != u64::from_le_bytes(*q) {
            return false;
        }
        x = x_tail;
        y = y_tail;
    }
    if x.is_empty() {
        return true;
    }
    // A partial last word: compare the last eight bytes whole (overlapping bytes already
    // compared) when there are that many.
    if let (Some(p), Some(q)) = (a.last_chunk::<8>(), b.last_chunk::<8>()) {
        return u64::from_le_bytes(*p) == u64::from_le_bytes(*q);
    }
    while let ([p, x_tail @ ..], [q, y_tail @ ..]) = (x, y) {
        if *p != *q {
            return false;
        }
        x = x_tail;
        y = y_tail;
    }
    true
}

/// How many bytes of an offending value a violation keeps.
pub const EXCERPT_BYTES: usize = 64;

/// A short copy of an offending value: at most [`EXCERPT_BYTES`] bytes, cut at a char boundary.
///
/// `Display` writes the kept text with its control chars escaped, followed by `...` when the
/// value was cut. The control chars are the C0 controls, DEL, the C1 controls and the line and
/// paragraph separators U+2028 and U+2029; each is written as Rust's `{:?}` writes it: `\t`,
/// `\n`, `\r`, `\0`, else `\u{…}` in lowercase hex (`\u{1}`, `\u{85}`, `\u{2028}`). Nothing
/// else is escaped, backslashes included: the text stays what AWS would echo for every value
/// without control chars, and a value with them cannot break the log line it lands in.
/// [`Excerpt::as_str`] gives the kept text unescaped.
///
/// ```
/// use org_shapes::violation::Excerpt;
///
/// assert_eq!(Excerpt::new("acme\ncorp\u{1}").to_string(), r"acme\ncorp\u{1}");
/// assert_eq!(Excerpt::new(&"a".repeat(70)).to_string(), format!("{}...", "a".repeat(64)));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Excerpt {
    text: Inline<EXCERPT_BYTES>,
    cut: bool,
}

impl Excerpt {
    /// Copies the start of `value`.
    pub fn new(value: &str) -> Excerpt {
        let (head, cut) = cut_at_boundary(value, EXCERPT_BYTES);
        Excerpt {
            text: Inline::try_new(head).unwrap_or(Inline::EMPTY),
            cut,
        }
    }

    /// The kept text.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// Whether the value was longer than what is kept.
    pub fn is_cut(&self) -> bool {
        self.cut
    }
}

impl core::fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:?}", self.as_str())?;
        if self.cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

impl core::fmt::Display for Excerpt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write_escaped(f, self.as_str())?;
        if self.cut {
            f.write_str("...")?;
        }
        Ok(())
    }
}
