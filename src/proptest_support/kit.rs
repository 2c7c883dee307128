//! Building blocks of the generators of requests and faulty inputs, and of the texts outside
//! an enum (the shapes' own values come from their layouts, in `layouts`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;

/// A strategy for one char.
pub(crate) type Chars = BoxedStrategy<char>;
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

/// `len` chars drawn from `chars`.
pub(crate) fn run(chars: Chars, len: BoxedStrategy<usize>) -> BoxedStrategy<String> {
    len.prop_flat_map(move |n| vec(chars.clone(), n))
        .prop_map(|cs| cs.into_iter().collect())
        .boxed()
}

/// Texts that are not among `values`: a value in lowercase, a value with a char outside
/// `[A-Z0-9_]` before or after it, a strict prefix of a value that is not itself a value
/// (the empty text included), and arbitrary text with a lowercase or non-ASCII char in it.
/// Relies on the wire values being made of `[A-Z0-9_]` only, as every enum of the models is.
pub(crate) fn not_in_enum(values: &'static [&'static str]) -> BoxedStrategy<String> {
    // A char outside `[A-Z0-9_]`: another ASCII char (control chars included) or any other.
    let wire = |c: &char| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_';
    let ascii = choose((0u8..=0x7f).map(char::from).filter(|c| !wire(c)).collect());
    let not_wire = || prop_oneof![ascii.clone(), proptest::char::range('\u{80}', char::MAX)];
    let prefixes: Vec<String> = values
        .iter()
        .flat_map(|v| (0..v.len()).filter_map(move |n| v.get(..n)))
        .filter(|p| !values.contains(p))
        .map(String::from)
        .collect();
    let value = || choose(values.to_vec());
    prop_oneof![
        value().prop_map(str::to_lowercase),
        (value(), not_wire(), any::<bool>()).prop_map(|(v, c, front)| match front {
            true => format!("{c}{v}"),
            false => format!("{v}{c}"),
        }),
        choose(prefixes),
        (run(any_char(), len_in(0, 24)), any::<Index>(), not_wire()).prop_map(|(s, i, c)| {
            let mut chars: Vec<char> = s.chars().collect();
            let at = i.index(chars.len().saturating_add(1));
            chars.insert(at.min(chars.len()), c);
            chars.into_iter().collect()
        }),
    ]
    .boxed()
}
