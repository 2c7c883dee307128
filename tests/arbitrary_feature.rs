//! The `arbitrary` feature: from any bytes, including none, every type yields a value its
//! validator accepts, and consumes a number of bytes inside its `size_hint`.
#![cfg(feature = "arbitrary")]

use std::collections::BTreeSet;
use std::fmt::Display;

use arbitrary::{Arbitrary, Unstructured};
use org_shapes::Error;
use proptest::prelude::*;

trait Shape: for<'a> Arbitrary<'a> + Display {
    fn check(s: &str) -> Result<(), Error>;
    /// The value's text (`to_string` redacts sensitive shapes).
    fn text(&self) -> String;
}

macro_rules! shapes {
    ($([$id:ident, $ty:ty, $($rest:tt)*])*) => {$(
        impl Shape for $ty {
            fn check(s: &str) -> Result<(), Error> {
                <$ty>::validate(s)
            }
            fn text(&self) -> String {
                self.as_str().to_string()
            }
        }
    )*};
}

org_shapes::for_each_shape!(shapes);

/// A small linear congruential generator, so the buffers are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u8 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 56) as u8
    }

    fn buffer(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next()).collect()
    }
}

/// Builds a value from `data`, checks it and the bytes it consumed; returns the value's text
/// and the bytes consumed.
fn build<T: Shape>(data: &[u8]) -> (String, usize) {
    let mut u = Unstructured::new(data);
    let value = match T::arbitrary(&mut u) {
        Ok(v) => v,
        Err(e) => panic!("no value from {} bytes: {e}", data.len()),
    };
    let consumed = data.len() - u.len();
    let text = value.text();
    assert_eq!(T::check(&text), Ok(()), "{text:?}");
    let (lo, hi) = T::size_hint(0);
    let hi = hi.expect("every type gives an upper bound");
    assert!(consumed <= hi, "consumed {consumed} > {hi}");
    if data.len() >= hi {
        // Enough data for every draw: the lower bound holds too.
        assert!(consumed >= lo, "consumed {consumed} < {lo}");
    }
    (text, consumed)
}

/// Fixed buffers (empty, one byte, all zeros, all ones, every byte value), 300 buffers from
/// the LCG of lengths from none to more than the largest size hint, and 2000 short ones, which
/// are enough for the draws of lengths and make every length come up.
fn buffers() -> Vec<Vec<u8>> {
    let mut all = vec![
        vec![],
        vec![0],
        vec![0xff],
        vec![0; 4096],
        vec![0xff; 4096],
        (0..=255).cycle().take(4096).collect(),
    ];
    let mut lcg = Lcg(0x5eed);
    for i in 0..300usize {
        let len = match i % 3 {
            0 => i % 64,
            1 => i * 7 % 600,
            _ => 2100 + i,
        };
        all.push(lcg.buffer(len));
    }
    for i in 0..2000usize {
        all.push(lcg.buffer(1 + i % 4));
    }
    all
}

fn check_buffers<T: Shape>() -> (BTreeSet<usize>, BTreeSet<usize>) {
    let mut lengths = BTreeSet::new();
    let mut consumed = BTreeSet::new();
    for (i, data) in buffers().iter().enumerate() {
        let (text, n) = build::<T>(data);
        lengths.insert(text.chars().count());
        consumed.insert(n);
        if i < 300 {
            // `arbitrary_take_rest` goes through the same construction.
            let value = T::arbitrary_take_rest(Unstructured::new(data)).unwrap();
            assert_eq!(T::check(&value.text()), Ok(()));
        }
    }
    (lengths, consumed)
}

/// The tests of every shape of the registry; the lengths its values must reach are given by
/// the function of [`lengths`] named after the shape's id.
macro_rules! shape_tests {
    ($([$id:ident, $ty:ty, $($rest:tt)*])*) => {$(
        mod $id {
            use super::*;

            #[test]
            fn empty_input_yields_a_valid_value() {
                build::<$ty>(&[]);
            }

            #[test]
            fn fixed_and_lcg_buffers_yield_valid_values_within_the_hint() {
                let (lengths, _) = check_buffers::<$ty>();
                // The random buffers reach both ends of the length range.
                let expected = lengths::$id();
                assert_eq!(lengths.first(), Some(expected.start()), "{lengths:?}");
                assert_eq!(lengths.last(), Some(expected.end()), "{lengths:?}");
            }

            proptest! {
                #![proptest_config(ProptestConfig {
                    cases: 64,
                    failure_persistence: None,
                    ..ProptestConfig::default()
                })]

                #[test]
                fn any_bytes_yield_a_valid_value_within_the_hint(
                    data in proptest::collection::vec(any::<u8>(), 0..2200)
                ) {
                    build::<$ty>(&data);
                }
            }
        }
    )*};
}

org_shapes::for_each_shape!(shape_tests);

/// The shortest and longest values of a shape, one function per shape, named by its id.
macro_rules! lengths {
    ($($id:ident => $min:literal..=$max:literal;)+) => {
        mod lengths {
            $(pub fn $id() -> std::ops::RangeInclusive<usize> {
                $min..=$max
            })+
        }
    };
}

lengths! {
    org_alias => 1..=62;
    directory_id => 12..=12;
    client_token => 1..=128;
    domain_name => 3..=255;
    hosted_zone_id => 1..=32;
    kms_key_arn => 20..=2048;
    workmail_organization_id => 34..=34;
    user_name => 1..=64;
    user_attribute => 0..=256;
    password => 1..=256;
    identity_provider_user_id => 36..=47;
    user_id => 12..=256;
    user_role => 4..=11;
    organizations_organization_id => 12..=34;
    account_id => 12..=12;
    organization_arn => 61..=83;
    account_arn => 69..=91;
    email => 6..=64;
    feature_set => 3..=20;
    policy_type => 9..=32;
    policy_type_status => 7..=15;
}

/// Every shape of the registry, with the facts that pick the subsets below and the checks run
/// on them.
struct Row {
    id: &'static str,
    is_enum: bool,
    /// A value the shape accepts: its first example, or its first enum value.
    valid: &'static str,
    validate: fn(&str) -> Result<(), Error>,
    /// The lengths its values reach, from [`lengths`].
    lengths: std::ops::RangeInclusive<usize>,
    exact: fn(),
    upper_reached: fn(),
    widths: fn(),
}

macro_rules! shape_rows {
    ($([$id:ident, $ty:ty, $kind:ident, $($rest:tt)*])*) => {
        vec![$(Row {
            id: stringify!($id),
            is_enum: <$ty>::SHAPE.enum_values.is_some(),
            valid: shape_rows!(@valid $kind, $ty),
            validate: <$ty>::SHAPE.validate,
            lengths: lengths::$id(),
            exact: exact::<$ty>,
            upper_reached: upper_reached::<$ty>,
            widths: widths::<$ty>,
        }),*]
    };
    (@valid string, $ty:ty) => { <$ty>::EXAMPLES[0] };
    (@valid enum, $ty:ty) => { <$ty>::VALUES[0] };
}

fn rows() -> Vec<Row> {
    org_shapes::for_each_shape!(shape_rows)
}

/// Runs `check` on every row `pick` selects; fails when it selects none, so that no check
/// passes vacuously.
fn run_on(what: &str, pick: impl Fn(&Row) -> bool, check: impl Fn(&Row)) {
    let picked: Vec<Row> = rows().into_iter().filter(|row| pick(row)).collect();
    assert!(!picked.is_empty(), "no shape is {what}");
    for row in &picked {
        check(row);
    }
}

/// Every value of the shape has the same length: an enum (one draw), or a string shape whose
/// values have a single length. The lengths come from [`lengths`], which the values are checked
/// against, not from the model's bounds: `AccountId` has no model minimum, its pattern fixes
/// the length.
fn is_fixed_size(row: &Row) -> bool {
    row.is_enum || row.lengths.start() == row.lengths.end()
}

/// The validator accepts a char of every UTF-8 width, put into (or in place of a char of) its
/// valid value somewhere.
fn takes_every_width(row: &Row) -> bool {
    ['a', 'é', '€', '👍'].iter().all(|&c| {
        let n = row.valid.chars().count();
        (0..=n).any(|i| {
            let chars = || row.valid.chars();
            let inserted: String = chars().take(i).chain([c]).chain(chars().skip(i)).collect();
            let replaced: String = chars()
                .take(i)
                .chain([c])
                .chain(chars().skip(i + 1))
                .collect();
            (row.validate)(&inserted).is_ok() || (i < n && (row.validate)(&replaced).is_ok())
        })
    })
}

fn exact<T: Shape>() {
    let (lo, hi) = T::size_hint(0);
    assert_eq!(Some(lo), hi, "{}", std::any::type_name::<T>());
    for data in buffers().iter().filter(|d| d.len() >= lo) {
        assert_eq!(build::<T>(data).1, lo);
    }
}

fn upper_reached<T: Shape>() {
    let (_, hi) = T::size_hint(0);
    let (_, consumed) = check_buffers::<T>();
    assert_eq!(
        consumed.last().copied(),
        hi,
        "{}",
        std::any::type_name::<T>()
    );
}

fn widths<T: Shape>() {
    let mut seen = BTreeSet::new();
    for data in buffers() {
        let mut u = Unstructured::new(&data);
        let v = T::arbitrary(&mut u).unwrap();
        seen.extend(v.text().chars().map(char::len_utf8));
    }
    assert_eq!(
        seen,
        BTreeSet::from([1, 2, 3, 4]),
        "{}",
        std::any::type_name::<T>()
    );
}

/// Fixed-size shapes consume exactly their hint whenever the input is long enough.
#[test]
fn fixed_size_shapes_consume_exactly_their_hint() {
    run_on("fixed-size", is_fixed_size, |row| (row.exact)());
}

/// The hints are tight: some input consumes exactly the upper bound, and for the free-text
/// shapes, chars of every UTF-8 width come out.
#[test]
fn hints_are_reached_and_wide_classes_are_covered() {
    // Every shape, but for two cases these buffers do not reach the upper bound, so this test
    // cannot show it tight:
    // - the shapes taking chars of every width (derived below): the bound counts every char at
    //   the dearest draw, and no buffer draws a value of the longest length all from the
    //   dearest tier (`UserAttribute`: 785 of 1026 bytes reached);
    // - `UserName`, by hand, as no public fact tells it apart: the bound counts the draws of
    //   the optional `@domain` and also 64 drawn chars, but with the domain there its '@' and
    //   '.' are literals, not drawn (66 of 68 bytes reached).
    // A new shape is checked unless it takes chars of every width.
    run_on(
        "reaching its hint",
        |row| !takes_every_width(row) && row.id != "user_name",
        |row| (row.upper_reached)(),
    );
    run_on("taking every char width", takes_every_width, |row| {
        (row.widths)()
    });
}
