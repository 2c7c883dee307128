//! The validators' machinery (lengths, ASCII classes, error reports) and the newtypes'
//! storage; slices are walked with patterns and `split_at_checked`, never indexed.

use crate::error::{Error, ErrorKind, Shape};

/// `b` in each byte lane of a `u64`.
const fn splat(b: u8) -> u64 {
    (b as u64).wrapping_mul(0x0101_0101_0101_0101)
}

const LANE_HIGH: u64 = splat(0x80);
const LANE_LOW7: u64 = splat(0x7F);
/// The most ranges of a class checked eight bytes at a time (the crate's have five).
const MAX_RUNS: usize = 6;
const BLOCK: usize = 32;

/// A set of ASCII bytes: a bitmask (bit `b` for byte `b`) and its ranges (`spans`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct AsciiClass {
    mask: u128,
    /// The ranges `lo..=hi` as `(lo, hi - lo)`; unused ones repeat the first.
    spans: [(u8, u8); MAX_RUNS],
    /// Whether the ranges fit in `spans`; if not, bytes are tested one by one.
    pub(crate) word_at_a_time: bool,
    /// How errors describe the class ("a lowercase hex digit").
    pub(crate) expected: &'static str,
}

impl AsciiClass {
    /// Inclusive byte ranges and single bytes.
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

    /// This class and a few more bytes.
    pub(crate) const fn with(&self, singles: &[u8], expected: &'static str) -> Self {
        AsciiClass::from_mask(with_singles(self.mask(), singles), expected)
    }

    pub(crate) const fn mask(&self) -> u128 {
        self.mask
    }

    /// Split into maximal ranges.
    const fn from_mask(mask: u128, expected: &'static str) -> Self {
        // Unused spans repeat the first; an empty class tests bytes one by one.
        let mut spans = [lowest_run(mask); MAX_RUNS];
        let mut free: &mut [(u8, u8)] = &mut spans;
        let mut word_at_a_time = mask != 0;
        let mut rest = mask;
        while rest != 0 {
            match free {
                [span, tail @ ..] => {
                    *span = lowest_run(rest);
                    free = tail;
                }
                [] => {
                    word_at_a_time = false;
                    free = &mut [];
                }
            }
            // Adding the lowest set bit carries through its run, clearing it.
            rest &= rest.wrapping_add(rest & rest.wrapping_neg());
        }
        AsciiClass {
            mask,
            spans,
            word_at_a_time,
            expected,
        }
    }

    #[inline(always)]
    pub(crate) const fn has(&self, b: u8) -> bool {
        b < 128 && (self.mask.wrapping_shr(b as u32) & 1) == 1
    }

    /// Whether `block` holds a byte (not) in the class; no early exit, so it vectorizes.
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

    /// The high bit of each lane of `w` whose byte is (`inside`) or is not in the class. On
    /// the low seven bits, `+ (0x80 - lo)` sets it iff the byte is `>= lo`, `+ (0x7F - hi)` iff
    /// `> hi`; no sum reaches 0x100, so no carry crosses lanes. `word_at_a_time` only.
    #[inline(always)]
    pub(crate) const fn word_marks(&self, w: u64, inside: bool) -> u64 {
        let low7 = w & LANE_LOW7;
        let mut ranges = 0u64;
        let mut spans: &[(u8, u8)] = &self.spans;
        while let [(lo, span), tail @ ..] = spans {
            let above_hi = splat(0x7Fu8.wrapping_sub(lo.wrapping_add(*span)));
            ranges |=
                low7.wrapping_add(splat(0x80u8.wrapping_sub(*lo))) & !low7.wrapping_add(above_hi);
            spans = tail;
        }
        if inside {
            ranges & !w & LANE_HIGH
        } else {
            (!ranges | w) & LANE_HIGH
        }
    }

    /// Offset of the first of the first `n` (< 8) bytes of `word` outside the class.
    #[inline(always)]
    pub(crate) const fn first_outside_of_first(&self, word: &[u8; 8], n: usize) -> Option<usize> {
        let lanes = 1u64.wrapping_shl((n as u32) << 3).wrapping_sub(1);
        match self.word_marks(u64::from_le_bytes(*word), false) & lanes {
            0 => None,
            marks => Some(lane_of(marks)),
        }
    }

    /// Whether every byte is in the class: words ORed without early exit (cheaper than a
    /// branch per word on short layouts), the last partial word read from the end.
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
            marks |= self.word_marks(last_word(bytes), false);
        }
        marks == 0
    }

    #[inline(always)]
    pub(crate) const fn first_outside(&self, bytes: &[u8]) -> Option<usize> {
        self.first_where(bytes, false)
    }

    /// Offset of the first byte in the class (never inside a multibyte char).
    #[inline(always)]
    pub(crate) const fn first_inside(&self, bytes: &[u8]) -> Option<usize> {
        self.first_where(bytes, true)
    }

    /// By blocks, then 16 bytes a round (one vector operation), the last partial word read
    /// again from the end; byte by byte if not `word_at_a_time`.
    #[inline(always)]
    const fn first_where(&self, bytes: &[u8], inside: bool) -> Option<usize> {
        let mut rest = bytes;
        let mut i = 0usize;
        if !self.word_at_a_time {
            while let [b, tail @ ..] = rest {
                if self.has(*b) == inside {
                    return Some(i);
                }
                i = i.wrapping_add(1);
                rest = tail;
            }
            return None;
        }
        while let Some((block, tail)) = rest.split_first_chunk::<BLOCK>() {
            if self.block_has(block, inside) {
                break;
            }
            i = i.wrapping_add(BLOCK);
            rest = tail;
        }
        while let Some((pair, tail)) = rest.split_first_chunk::<16>() {
            let (a, b) = match (pair.first_chunk::<8>(), pair.last_chunk::<8>()) {
                (Some(a), Some(b)) => (u64::from_le_bytes(*a), u64::from_le_bytes(*b)),
                _ => break,
            };
            let marks_a = self.word_marks(a, inside);
            let marks_b = self.word_marks(b, inside);
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
            None => (last_word(bytes), 0),
        };
        match self.word_marks(w, inside) {
            0 => None,
            marks => Some(first.wrapping_add(lane_of(marks))),
        }
    }
}

/// The lowest run of set bits of `mask`, as a span `(lo, hi - lo)`.
const fn lowest_run(mask: u128) -> (u8, u8) {
    let lo = mask.trailing_zeros();
    (
        lo as u8,
        mask.wrapping_shr(lo).trailing_ones().saturating_sub(1) as u8,
    )
}

pub(crate) const fn with_singles(mut mask: u128, singles: &[u8]) -> u128 {
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

/// The last eight bytes as a word; of 1 to 7, the low lanes, the others repeating the first
/// byte (which adds nothing to a class test).
#[inline(always)]
const fn last_word(bytes: &[u8]) -> u64 {
    let first = match (bytes.last_chunk::<8>(), bytes) {
        (Some(last), _) => return u64::from_le_bytes(*last),
        (None, [b, ..]) => *b,
        (None, []) => 0,
    };
    load_padded(bytes) | splat(first).wrapping_shl((bytes.len() as u32).wrapping_mul(8))
}

/// The ASCII classes of the AWS patterns; `\d` is `DIGIT`.
pub(crate) const DIGIT: AsciiClass = AsciiClass::new(&[(b'0', b'9')], &[], "an ASCII digit");
pub(crate) const HEX_LOWER: AsciiClass =
    AsciiClass::new(&[(b'0', b'9'), (b'a', b'f')], &[], "a lowercase hex digit");
pub(crate) const HEX: AsciiClass = HEX_LOWER.with(b"ABCDEF", "a hex digit");
pub(crate) const ALNUM: AsciiClass = LOWER_ALNUM.with(UPPER, "an ASCII letter or digit");
pub(crate) const LOWER_ALNUM: AsciiClass = AsciiClass::new(
    &[(b'0', b'9'), (b'a', b'z')],
    &[],
    "a lowercase ASCII letter or digit",
);
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub(crate) const DOMAIN_CHAR: AsciiClass = ALNUM.with(b".-", "an ASCII letter, digit, '.' or '-'");
/// `\s` of Java and ECMA-262, restricted to ASCII: space and 0x09..=0x0D.
pub(crate) const SPACE: AsciiClass = AsciiClass::new(&[(0x09, 0x0d)], b" ", "whitespace");

/// `s` cut to `max` bytes at a char boundary, and whether it was cut.
pub(crate) fn cut_at_boundary(s: &str, max: usize) -> (&str, bool) {
    let end = (0..=max.min(s.len()))
        .rev()
        .find(|&end| s.is_char_boundary(end));
    (s.get(..end.unwrap_or(0)).unwrap_or_default(), s.len() > max)
}

/// Whether `c` is a control char as [`Excerpt`] lists them.
pub(crate) fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

pub(crate) fn write_escaped(w: &mut dyn core::fmt::Write, s: &str) -> core::fmt::Result {
    let mut plain = 0;
    for (at, c) in s.char_indices().filter(|&(_, c)| is_control(c)) {
        w.write_str(s.get(plain..at).unwrap_or_default())?;
        // As `{:?}` does: `\t`, `\n`, `\r`, `\0`, or `\u{..}`.
        write!(w, "{}", c.escape_debug())?;
        plain = at.saturating_add(c.len_utf8());
    }
    w.write_str(s.get(plain..).unwrap_or_default())
}

/// Number of chars in UTF-8 bytes, counted in blocks that vectorize.
pub(crate) const fn count_chars(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        return bytes.len();
    }
    let mut chars = 0usize;
    let mut rest = bytes;
    while let Some((block, tail)) = rest.split_first_chunk::<BLOCK>() {
        chars = chars.wrapping_add(char_starts(block) as usize);
        rest = tail;
    }
    chars.wrapping_add(char_starts(rest) as usize)
}

/// How many of `bytes` (under 256) start a char; no early exit, so a block vectorizes.
#[inline(always)]
const fn char_starts(bytes: &[u8]) -> u8 {
    let mut n = 0u8;
    let mut rest = bytes;
    while let [b, tail @ ..] = rest {
        n = n.wrapping_add((*b & 0xC0 != 0x80) as u8);
        rest = tail;
    }
    n
}

/// The char starting `bytes` (a `str` suffix at a char boundary), out of line.
#[inline(never)]
const fn char_of(bytes: &[u8]) -> Option<char> {
    let cp = match bytes {
        [b0, ..] if *b0 < 0x80 => *b0 as u32,
        [b0, b1, ..] if *b0 & 0xE0 == 0xC0 => ((*b0 & 0x1F) as u32) << 6 | (*b1 & 0x3F) as u32,
        [b0, b1, b2, ..] if *b0 & 0xF0 == 0xE0 => {
            ((*b0 & 0x0F) as u32) << 12 | ((*b1 & 0x3F) as u32) << 6 | (*b2 & 0x3F) as u32
        }
        [b0, b1, b2, b3, ..] if *b0 & 0xF8 == 0xF0 => {
            ((*b0 & 0x07) as u32) << 18
                | ((*b1 & 0x3F) as u32) << 12
                | ((*b2 & 0x3F) as u32) << 6
                | (*b3 & 0x3F) as u32
        }
        _ => return None,
    };
    char::from_u32(cp)
}

/// Checks the shape's length bounds, counting chars only when bytes cannot decide; over four
/// bytes per allowed char is refused uncounted.
#[inline(always)]
pub(crate) const fn check_len(shape: &'static Shape, s: &str) -> Result<(), Error> {
    let bytes = s.len();
    // 0 and `usize::MAX` where the model sets none.
    let min = match shape.min_len {
        Some(min) => min,
        None => 0,
    };
    let max = match shape.max_len {
        Some(max) => max,
        None => usize::MAX,
    };
    // chars <= bytes and chars >= bytes / 4 (rounded up); chars == bytes for ASCII.
    if bytes <= max && bytes >= min && (bytes.div_ceil(4) >= min || s.is_ascii()) {
        return Ok(());
    }
    check_len_by_chars(shape, s, min, max)
}

/// [`check_len`]'s count of chars, out of line.
#[cold]
#[inline(never)]
const fn check_len_by_chars(
    shape: &'static Shape,
    s: &str,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    // Without a maximum, this saturates: nothing is refused uncounted.
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

/// The error for the char at `at` (incomplete at the end), shown unless sensitive. Inlined,
/// [`chars_before`] not: built from registers, not copied out of a 40-byte result (a stall).
#[inline(always)]
pub(crate) const fn invalid_char(
    shape: &'static Shape,
    s: &str,
    at: usize,
    expected: &'static str,
) -> Error {
    char_error(shape, bytes_from(s, at), chars_before(s, at), expected)
}

/// [`invalid_char`] when the bytes before `at` are ASCII, so `at` is the index. Otherwise the
/// index is wrong, never a panic; the conformance test and fuzz target check every index.
#[inline(always)]
pub(crate) const fn invalid_char_after_ascii(
    shape: &'static Shape,
    s: &str,
    at: usize,
    expected: &'static str,
) -> Error {
    char_error(shape, bytes_from(s, at), at, expected)
}

#[inline(always)]
pub(crate) const fn incomplete(shape: &'static Shape, s: &str, expected: &'static str) -> Error {
    char_error(shape, &[], count_chars(s.as_bytes()), expected)
}

/// The error for char `index`, which starts `tail` (incomplete if empty).
#[inline(always)]
const fn char_error(
    shape: &'static Shape,
    tail: &[u8],
    index: usize,
    expected: &'static str,
) -> Error {
    let kind = match tail {
        [] => ErrorKind::Incomplete { index, expected },
        [b, ..] => ErrorKind::InvalidChar {
            index,
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

/// The char index of byte offset `at`.
#[inline(never)]
const fn chars_before(s: &str, at: usize) -> usize {
    match s.as_bytes().split_at_checked(at) {
        Some((head, _)) => count_chars(head),
        None => count_chars(s.as_bytes()),
    }
}

/// The bytes from `at`; none if `at` is past the end.
#[inline(always)]
pub(crate) const fn bytes_from(s: &str, at: usize) -> &[u8] {
    match s.as_bytes().split_at_checked(at) {
        Some((_, tail)) => tail,
        None => &[],
    }
}

/// Checks that `prefix` starts at `at`, returning the offset after it. Here, in [`expect_run`]
/// and [`expect_end`], the bytes before `at` must be ASCII ([`invalid_char_after_ascii`]).
#[inline(always)]
pub(crate) const fn expect_prefix(
    shape: &'static Shape,
    s: &str,
    at: usize,
    prefix: &'static str,
    expected: &'static str,
) -> Result<usize, Error> {
    if has_at(s.as_bytes(), at, prefix.as_bytes()) {
        return Ok(at.wrapping_add(prefix.len()));
    }
    let bad = at.wrapping_add(mismatch(bytes_from(s, at), prefix.as_bytes()));
    Err(invalid_char_after_ascii(shape, s, bad, expected))
}

/// Offset of the first byte where `have` differs from `want` (or where either ends).
#[cold]
#[inline(never)]
const fn mismatch(mut have: &[u8], mut want: &[u8]) -> usize {
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

/// Checks that `n` bytes of `class` start at `at`; the offset after them.
#[inline(always)]
pub(crate) const fn expect_run(
    shape: &'static Shape,
    s: &str,
    at: usize,
    n: usize,
    class: &AsciiClass,
) -> Result<usize, Error> {
    let rest = bytes_from(s, at);
    let (ended, bad) = match (rest.first_chunk::<8>(), rest.split_at_checked(n)) {
        // A short run: one word's first `n` lanes.
        (Some(word), _) if n < 8 && class.word_at_a_time => {
            (false, class.first_outside_of_first(word, n))
        }
        (_, Some((window, _))) => (false, class.first_outside(window)),
        (_, None) => (true, class.first_outside(rest)),
    };
    let bad = match bad {
        Some(bad) => at.wrapping_add(bad),
        // The value ends inside the run.
        None if ended => s.len(),
        None => return Ok(at.wrapping_add(n)),
    };
    Err(invalid_char_after_ascii(shape, s, bad, class.expected))
}

#[inline(always)]
pub(crate) const fn run_len(s: &str, at: usize, class: &AsciiClass) -> usize {
    run_len_max(s, at, class, usize::MAX)
}

/// [`run_len`] looking at `limit` bytes at most, so that a huge input costs constant time.
#[inline(always)]
pub(crate) const fn run_len_max(s: &str, at: usize, class: &AsciiClass, limit: usize) -> usize {
    let rest = bytes_from(s, at);
    let window = match rest.split_at_checked(limit) {
        Some((head, _)) => head,
        None => rest,
    };
    match class.first_outside(window) {
        Some(n) => n,
        None => window.len(),
    }
}

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

#[inline(always)]
pub(crate) const fn has_at(bytes: &[u8], at: usize, literal: &[u8]) -> bool {
    match bytes.split_at_checked(at) {
        Some((_, rest)) => {
            matches!(rest.split_at_checked(literal.len()), Some((head, _)) if bytes_eq(head, literal))
        }
        None => false,
    }
}

/// Whether ASCII `byte` occurs twice in a row. Words seven bytes apart hold every pair; a
/// short word repeats its first byte, a false "yes" only if it is `byte` (refused anyway).
#[inline(always)]
pub(crate) const fn has_pair(bytes: &[u8], byte: u8) -> bool {
    let mut pairs = 0u64;
    let mut rest = bytes;
    loop {
        let w = match rest.first_chunk::<8>() {
            Some(word) => u64::from_le_bytes(*word),
            None => last_word(bytes),
        };
        // Lanes equal to `byte` are zero in `t`: low seven bits + 0x7F leave the high bit clear.
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

/// Whether every byte of `bytes[from..to]` (false if out of range) is in `class`.
#[inline(always)]
pub(crate) const fn all_in(bytes: &[u8], from: usize, to: usize, class: &AsciiClass) -> bool {
    match bytes.split_at_checked(to) {
        Some((head, _)) => {
            matches!(head.split_at_checked(from), Some((_, window)) if class.all_in(window))
        }
        None => false,
    }
}

/// Inline storage for short ASCII values; bytes past `len` are zero, so derives are by content.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Inline<const N: usize> {
    pub(crate) buf: [u8; N],
    len: u8,
}

impl<const N: usize> Inline<N> {
    pub(crate) const EMPTY: Self = Inline {
        buf: [0; N],
        len: 0,
    };

    /// Copies `s`, `None` if it does not fit. Every copy has a fixed size: one of `N` bytes, or
    /// words, the last one overlapping, so no copy's length is known only at run time.
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
            // Under eight bytes: `rest` is all of them.
            (None, Some((mut out, _))) => {
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

    pub(crate) fn as_str(&self) -> &str {
        let bytes = self.buf.get(..usize::from(self.len)).unwrap_or_default();
        core::str::from_utf8(bytes).unwrap_or_default()
    }
}

/// Storage for longer shapes: a `'static` literal, or (with `alloc`) an owned copy.
#[derive(Clone)]
pub(crate) enum Text {
    Static(&'static str),
    #[cfg(feature = "alloc")]
    Owned(alloc::boxed::Box<str>),
}

impl Text {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Static(s) => s,
            #[cfg(feature = "alloc")]
            Text::Owned(s) => s,
        }
    }
}

/// What an enum's `match` dispatches on: length, first and last eight bytes (zero-padded, last
/// zero, under eight), which decide any value of up to 16 bytes.
#[inline(always)]
pub(crate) const fn enum_key(bytes: &[u8]) -> (usize, u64, u64) {
    let (first, last) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => (u64::from_le_bytes(*first), u64::from_le_bytes(*last)),
        _ => (load_padded(bytes), 0),
    };
    (bytes.len(), first, last)
}

/// Fewer than eight bytes as the low lanes of a word, the others zero.
#[inline(always)]
const fn load_padded(bytes: &[u8]) -> u64 {
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
    }
    w
}

/// Eight bytes at a time.
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
    // A partial last word: the last eight bytes, if there are eight.
    match (a.last_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(p), Some(q)) => u64::from_le_bytes(*p) == u64::from_le_bytes(*q),
        _ => load_padded(x) == load_padded(y),
    }
}

/// How many bytes of an offending value a violation keeps.
pub const EXCERPT_BYTES: usize = 64;

/// The start of an offending value, at most [`EXCERPT_BYTES`] bytes at a char boundary.
///
/// `Display` escapes C0, DEL, C1, U+2028 and U+2029 as `{:?}` does (`\n`, `\u{85}`), and
/// nothing else, so a value cannot break its log line; it ends in `...` if the value was cut.
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
        write!(f, "{:?}{}", self.as_str(), if self.cut { "…" } else { "" })
    }
}

impl core::fmt::Display for Excerpt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write_escaped(f, self.as_str())?;
        f.write_str(if self.cut { "..." } else { "" })
    }
}
