//! Building blocks of the faulty-input generators, and texts outside an enum.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;

/// One of `values`, uniformly, shrinking towards the first; none (no panic) if empty.
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

/// A length in `min..=max`, either end a quarter of the time.
pub(crate) fn len_in(min: usize, max: usize) -> BoxedStrategy<usize> {
    if max <= min {
        return Just(min).boxed();
    }
    prop_oneof![1 => Just(min), 1 => Just(max), 6 => min..=max].boxed()
}

/// Up to `max` chars of any kind, as many as [`len_in`] draws.
pub(crate) fn any_text(max: usize) -> BoxedStrategy<String> {
    len_in(0, max)
        .prop_flat_map(|n| vec(proptest::char::any(), n))
        .prop_map(|cs| cs.into_iter().collect())
        .boxed()
}

/// Texts not among `values` (all `[A-Z0-9_]`, as every enum's): a value lowercased or with
/// another char before or after, a strict prefix (empty too), text with another char in it.
pub(crate) fn not_in_enum(values: &'static [&'static str]) -> BoxedStrategy<String> {
    // A char outside `[A-Z0-9_]`, control chars included.
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
        (any_text(24), any::<Index>(), not_wire()).prop_map(|(s, i, c)| {
            let mut chars: Vec<char> = s.chars().collect();
            let at = i.index(chars.len().saturating_add(1));
            chars.insert(at.min(chars.len()), c);
            chars.into_iter().collect()
        }),
    ]
    .boxed()
}
