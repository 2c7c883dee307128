//! Building blocks of the generators: alphabets spelled from the model patterns, lengths biased
//! towards the bounds, runs of chars, and the two corruptions (one char replaced, a tail cut)
//! that turn a valid value into an invalid one in a known way.
//!
//! The alphabets are written out here from the patterns rather than taken from the validators'
//! classes, so that the tests, which check generated values against the validators, compare
//! two independent readings of each pattern.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::{Range, RangeInclusive};

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;

pub(crate) const DIGITS: &str = "0123456789";
pub(crate) const HEX_LOWER: &str = "0123456789abcdef";
pub(crate) const HEX: &str = "0123456789abcdefABCDEF";
pub(crate) const LOWER_ALNUM: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
pub(crate) const ALNUM: &str = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// A strategy for one char.
pub(crate) type Chars = BoxedStrategy<char>;
/// A strategy for an invalid text and, when the validator names a position, its char index.
pub(crate) type Located = BoxedStrategy<(String, Option<usize>)>;

/// One element of `values`, uniformly; shrinks towards the first. An empty list yields
/// nothing (every case is rejected) rather than panicking.
pub(crate) fn choose<T: Clone + core::fmt::Debug + 'static>(values: Vec<T>) -> BoxedStrategy<T> {
    any::<Index>()
        .prop_filter_map("nothing to choose from", move |i| {
            if values.is_empty() {
                None
            } else {
                values.get(i.index(values.len())).cloned()
            }
        })
        .boxed()
}

/// A char of the union of the ASCII alphabets `parts`.
pub(crate) fn one_of(parts: &[&str]) -> Chars {
    choose(parts.iter().flat_map(|p| p.chars()).collect())
}

/// An ASCII char outside the union of `parts`, control chars included.
pub(crate) fn ascii_not_in(parts: &'static [&'static str]) -> Chars {
    choose(
        (0u8..=0x7f)
            .map(char::from)
            .filter(|c| !parts.iter().any(|p| p.contains(*c)))
            .collect(),
    )
}

/// A char outside the union of the ASCII alphabets `parts`: another ASCII char or any
/// non-ASCII one (Latin-1, other scripts, astral planes).
pub(crate) fn not_in(parts: &'static [&'static str]) -> Chars {
    prop_oneof![
        ascii_not_in(parts),
        proptest::char::range('\u{80}', char::MAX),
    ]
    .boxed()
}

/// A char of the given ranges, with proptest's bias towards awkward chars that fall inside.
pub(crate) fn in_ranges(ranges: &'static [RangeInclusive<char>]) -> Chars {
    proptest::char::ranges(Cow::Borrowed(ranges)).boxed()
}

/// Any char at all, astral planes included.
pub(crate) fn any_char() -> Chars {
    proptest::char::any().boxed()
}

/// A length in `min..=max` that is `min` or `max` a quarter of the time, so that both bounds
/// come up in every run.
pub(crate) fn len_in(min: usize, max: usize) -> BoxedStrategy<usize> {
    if max <= min {
        return Just(min).boxed();
    }
    prop_oneof![1 => Just(min), 1 => Just(max), 6 => min..=max].boxed()
}

/// A length above `max`: just above it mostly, and sometimes more than four bytes per allowed
/// char, which the validators refuse without counting.
pub(crate) fn too_long(max: usize) -> BoxedStrategy<usize> {
    let lo = max.saturating_add(1);
    prop_oneof![
        6 => len_in(lo, max.saturating_add(16)),
        1 => Just(max.saturating_mul(4).saturating_add(1)),
    ]
    .boxed()
}

/// `len` chars drawn from `chars`.
pub(crate) fn run(chars: Chars, len: BoxedStrategy<usize>) -> BoxedStrategy<String> {
    len.prop_flat_map(move |n| vec(chars.clone(), n))
        .prop_map(|cs| cs.into_iter().collect())
        .boxed()
}

/// Exactly `n` chars drawn from `chars`.
pub(crate) fn run_n(chars: Chars, n: usize) -> BoxedStrategy<String> {
    run(chars, Just(n).boxed())
}

/// `value` with `prefix` in front.
pub(crate) fn prefixed(
    prefix: &'static str,
    value: BoxedStrategy<String>,
) -> BoxedStrategy<String> {
    value
        .prop_map(move |v| {
            let mut s = String::from(prefix);
            s.push_str(&v);
            s
        })
        .boxed()
}

/// `s` with the char at index `at` replaced by `c`.
pub(crate) fn replace_char(s: &str, at: usize, c: char) -> String {
    s.chars()
        .enumerate()
        .map(|(i, x)| if i == at { c } else { x })
        .collect()
}

/// Char index of the first `c` in `s`, or its length.
pub(crate) fn char_pos(s: &str, c: char) -> usize {
    s.chars()
        .position(|x| x == c)
        .unwrap_or_else(|| s.chars().count())
}

/// Every char index of `s`.
pub(crate) fn all_positions(s: &str) -> Vec<usize> {
    (0..s.chars().count()).collect()
}

/// A value from `value` with the char at one of `positions(value)` replaced by a char from
/// `bad`; the index replaced comes along. Each caller picks `bad` so that the validator stops
/// exactly there.
pub(crate) fn corrupt(
    value: BoxedStrategy<String>,
    positions: impl Fn(&str) -> Vec<usize> + 'static,
    bad: Chars,
) -> Located {
    (value, any::<Index>(), bad)
        .prop_map(move |(v, i, c)| {
            let candidates = positions(&v);
            let at = if candidates.is_empty() {
                None
            } else {
                candidates.get(i.index(candidates.len())).copied()
            };
            match at {
                Some(at) => (replace_char(&v, at, c), Some(at)),
                // No position to corrupt: the value stays valid and the tests say so.
                None => (v, None),
            }
        })
        .boxed()
}

/// The first `n` chars of a value from `value`, `n` drawn from `keep(value)`.
pub(crate) fn truncate(
    value: BoxedStrategy<String>,
    keep: impl Fn(&str) -> Range<usize> + 'static,
) -> BoxedStrategy<String> {
    (value, any::<Index>())
        .prop_map(move |(v, i)| {
            let r = keep(&v);
            let span = r.end.saturating_sub(r.start);
            let n = if span == 0 {
                r.start
            } else {
                r.start.saturating_add(i.index(span))
            };
            v.chars().take(n).collect()
        })
        .boxed()
}

/// Texts that are not among `values`: a value in lowercase, a value with a char outside
/// `[A-Z0-9_]` before or after it, a strict prefix of a value that is not itself a value
/// (the empty text included), and arbitrary text with a lowercase or non-ASCII char in it.
/// Relies on the wire values being made of `[A-Z0-9_]` only, as every enum of the models is.
pub(crate) fn not_in_enum(values: &'static [&'static str]) -> BoxedStrategy<String> {
    const WIRE: &[&str] = &["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"];
    let prefixes: Vec<String> = values
        .iter()
        .flat_map(|v| (0..v.len()).filter_map(move |n| v.get(..n)))
        .filter(|p| !values.contains(p))
        .map(String::from)
        .collect();
    let value = || choose(values.to_vec());
    prop_oneof![
        value().prop_map(str::to_lowercase),
        (value(), not_in(WIRE), any::<bool>()).prop_map(|(v, c, front)| {
            let mut s = String::new();
            if front {
                s.push(c);
                s.push_str(v);
            } else {
                s.push_str(v);
                s.push(c);
            }
            s
        }),
        choose(prefixes),
        (run(any_char(), len_in(0, 24)), any::<Index>(), not_in(WIRE)).prop_map(|(s, i, c)| {
            let mut chars: Vec<char> = s.chars().collect();
            let at = i.index(chars.len().saturating_add(1));
            chars.insert(at.min(chars.len()), c);
            chars.into_iter().collect()
        }),
    ]
    .boxed()
}
