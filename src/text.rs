//! Shared machinery of the validators: length in chars, ASCII classes, UTF-8 decoding for error
//! reports, and the two kinds of storage behind the newtypes.
//!
//! Everything here is `const fn` over bytes and never indexes a slice directly: slices are
//! walked with patterns and `split_at_checked`, so no input can make a validator panic.

use crate::error::{Error, ErrorKind, Shape};

/// A set of ASCII bytes as a 128-bit mask; bytes from 0x80 up are never members.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AsciiClass {
    mask: u128,
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
                if b == u8::MAX {
                    break;
                }
            }
            rest = tail;
        }
        let mut rest = singles;
        while let [b, tail @ ..] = rest {
            if *b < 128 {
                mask |= 1u128 << *b;
            }
            rest = tail;
        }
        AsciiClass { mask, expected }
    }

    /// Whether `b` belongs to the class.
    #[inline(always)]
    pub(crate) const fn has(&self, b: u8) -> bool {
        match self.mask.checked_shr(b as u32) {
            Some(bits) => bits & 1 == 1,
            None => false,
        }
    }

    /// Byte offset of the first byte of `bytes` outside the class, if any.
    #[inline(always)]
    pub(crate) const fn first_outside(&self, bytes: &[u8]) -> Option<usize> {
        let mut rest = bytes;
        let mut i = 0usize;
        while let [b, tail @ ..] = rest {
            if !self.has(*b) {
                return Some(i);
            }
            i = i.wrapping_add(1);
            rest = tail;
        }
        None
    }
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
/// Whitespace as `\s` is read here: the six ASCII whitespace chars of Java and ECMA-262
/// restricted to ASCII (space, tab, line feed, vertical tab, form feed, carriage return).
pub(crate) const SPACE: AsciiClass = AsciiClass::new(&[(0x09, 0x0d)], b" ", "whitespace");

/// Whether `b` is the first byte of a UTF-8 sequence (not a continuation byte).
#[inline(always)]
const fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Number of chars in a UTF-8 byte string.
pub(crate) const fn count_chars(bytes: &[u8]) -> usize {
    let mut n = 0usize;
    let mut rest = bytes;
    while let [b, tail @ ..] = rest {
        if starts_char(*b) {
            n = n.wrapping_add(1);
        }
        rest = tail;
    }
    n
}

/// Decodes the char at the start of `bytes` (a suffix of a `str` at a char boundary) and its
/// width in bytes.
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
    if let Some(max) = shape.max_len {
        if bytes > max.saturating_mul(4) {
            return Err(Error::new(shape, ErrorKind::TooLong { max, actual: None }));
        }
    }
    let min = match shape.min_len {
        Some(min) => min,
        None => 0,
    };
    let max = match shape.max_len {
        Some(max) => max,
        None => usize::MAX,
    };
    // chars <= bytes and chars >= bytes / 4 (rounded up).
    if bytes <= max && bytes.div_ceil(4) >= min {
        return Ok(());
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
/// Reports the char index and, unless the shape is sensitive, the char itself.
pub(crate) const fn invalid_char(
    shape: &'static Shape,
    s: &str,
    at: usize,
    expected: &'static str,
) -> Error {
    let (head, tail) = match s.as_bytes().split_at_checked(at) {
        Some(parts) => parts,
        None => (s.as_bytes(), &[] as &[u8]),
    };
    if tail.is_empty() {
        return incomplete(shape, s, expected);
    }
    let found = if shape.sensitive {
        None
    } else {
        match decode(tail) {
            Some((c, _)) => Some(c),
            None => None,
        }
    };
    Error::new(
        shape,
        ErrorKind::InvalidChar {
            index: count_chars(head),
            found,
            expected,
        },
    )
}

/// The error for a value that ends where the pattern needs `expected`.
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
    let mut want = prefix.as_bytes();
    let mut have = rest;
    let mut i = at;
    while let [w, want_tail @ ..] = want {
        match have {
            [h, have_tail @ ..] => {
                if *h != *w {
                    return Err(invalid_char(shape, s, i, expected));
                }
                have = have_tail;
            }
            [] => return Err(incomplete(shape, s, expected)),
        }
        want = want_tail;
        i = i.wrapping_add(1);
    }
    Ok(i)
}

/// Checks that `n` bytes of `class` start at `at` (ASCII only, so bytes are chars); returns the
/// offset after them.
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
    let mut have = rest;
    let mut i = 0usize;
    while i < n {
        match have {
            [h, tail @ ..] => {
                if !class.has(*h) {
                    return Err(invalid_char(shape, s, at.wrapping_add(i), class.expected));
                }
                have = tail;
            }
            [] => return Err(incomplete(shape, s, class.expected)),
        }
        i = i.wrapping_add(1);
    }
    Ok(at.wrapping_add(n))
}

/// Length of the longest run of `class` bytes starting at `at`.
pub(crate) const fn run_len(s: &str, at: usize, class: &AsciiClass) -> usize {
    let rest = match s.as_bytes().split_at_checked(at) {
        Some((_, rest)) => rest,
        None => &[],
    };
    match class.first_outside(rest) {
        Some(n) => n,
        None => rest.len(),
    }
}

/// Requires the value to end at byte offset `at`.
pub(crate) const fn expect_end(shape: &'static Shape, s: &str, at: usize) -> Result<(), Error> {
    if at >= s.len() {
        Ok(())
    } else {
        Err(invalid_char(shape, s, at, "the end of the value"))
    }
}

/// Inline storage for shapes whose values are short ASCII: a fixed buffer and a length.
/// Bytes past the length are always zero, so derived equality and hashing are by content.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Inline<const N: usize> {
    buf: [u8; N],
    len: u8,
}

impl<const N: usize> Inline<N> {
    /// Holds the empty string.
    pub(crate) const EMPTY: Self = Inline {
        buf: [0; N],
        len: 0,
    };

    /// Copies `s` into the buffer; `None` if it does not fit (validators make that impossible).
    pub(crate) const fn try_new(s: &str) -> Option<Self> {
        let bytes = s.as_bytes();
        if bytes.len() > u8::MAX as usize {
            return None;
        }
        let mut buf = [0u8; N];
        match buf.split_at_mut_checked(bytes.len()) {
            Some((head, _)) => head.copy_from_slice(bytes),
            None => return None,
        }
        Some(Inline {
            buf,
            len: bytes.len() as u8,
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

/// Byte-wise equality usable in `const` context.
pub(crate) const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut x = a;
    let mut y = b;
    while let ([p, x_tail @ ..], [q, y_tail @ ..]) = (x, y) {
        if *p != *q {
            return false;
        }
        x = x_tail;
        y = y_tail;
    }
    true
}

/// Length of the run of `class` bytes starting at `at`, looking at no more than `limit` bytes
/// (so that an unbounded shape still refuses a huge input in constant time).
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
