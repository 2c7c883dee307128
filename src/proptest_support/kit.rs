//! Building blocks of the faulty-input generators.

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
