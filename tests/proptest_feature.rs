//! The `proptest` feature, and the layouts' agreement with the validators: every value built
//! from a shape's layout passes its validator and round-trips, every invalid form derived from
//! it is refused with the promised error, and the generators reach the whole class and length
//! range of each shape.
#![cfg(feature = "proptest")]

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::str::FromStr;

use org_shapes::strategy::{any_invalid, Fault, ShapeStrategy};
use org_shapes::{workmail as w, Error, ErrorKind};
use proptest::arbitrary::Arbitrary;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestError, TestRunner};

/// What a test needs from a shape type, newtype or enum alike.
trait Shape: ShapeStrategy + Arbitrary + FromStr<Err = Error> + ToString + PartialEq + Debug {
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

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

fn runner() -> TestRunner {
    TestRunner::new(config(48))
}

/// For strategies of valid values: they drop a built value its type refuses (a local reject),
/// so a test would only see accepted ones; with no reject allowed, the first refused one fails.
fn strict_runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        max_local_rejects: 0,
        ..config(cases)
    })
}

/// The error's index, for the kinds that carry one.
fn error_index(kind: ErrorKind) -> Option<usize> {
    match kind {
        ErrorKind::InvalidChar { index, .. } | ErrorKind::Incomplete { index, .. } => Some(index),
        _ => None,
    }
}

fn valid_texts_validate_and_round_trip<T: Shape>() {
    strict_runner(512)
        .run(&T::valid_text(), |s| {
            prop_assert_eq!(T::check(&s), Ok(()), "{:?}", s);
            let value: T = s.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(value.text(), s);
            Ok(())
        })
        .unwrap();
}

fn arbitrary_values_are_valid<T: Shape>() {
    strict_runner(48)
        .run(&any::<T>(), |v| {
            let text = v.text();
            prop_assert_eq!(T::check(&text), Ok(()));
            let parsed = text.parse::<T>().ok();
            prop_assert_eq!(parsed.as_ref(), Some(&v));
            Ok(())
        })
        .unwrap();
}

fn faults_are_refused_as_promised<T: Shape>() {
    assert!(!T::FAULTS.is_empty());
    for fault in Fault::ALL {
        let strategy = T::invalid(*fault);
        assert_eq!(
            strategy.is_some(),
            T::FAULTS.contains(fault),
            "{fault:?}: strategy offered iff listed in FAULTS"
        );
        let Some(strategy) = strategy else { continue };
        TestRunner::new(config(256))
            .run(&strategy, |bad| {
                prop_assert_eq!(bad.fault, *fault);
                let err = match T::check(&bad.text) {
                    Err(e) => e,
                    Ok(()) => return Err(TestCaseError::fail(format!("accepted {:?}", bad.text))),
                };
                prop_assert!(
                    fault.matches(err.kind()),
                    "{:?} of {:?} gave {:?}",
                    fault,
                    bad.text,
                    err.kind()
                );
                prop_assert_eq!(error_index(err.kind()), bad.index, "{:?}", bad.text);
                let parsed = bad.text.parse::<T>();
                prop_assert_eq!(parsed.err(), Some(err));
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{fault:?}: {e}"));
    }
}

fn any_invalid_is_refused<T: Shape>() {
    runner()
        .run(&any_invalid::<T>(), |bad| {
            prop_assert!(T::FAULTS.contains(&bad.fault));
            let kind = T::check(&bad.text)
                .map(|()| None)
                .unwrap_or_else(|e| Some(e.kind()));
            prop_assert!(kind.is_some_and(|k| bad.fault.matches(k)), "{:?}", bad);
            Ok(())
        })
        .unwrap();
}

/// What a sample of valid texts must reach: both length bounds, every char of an ASCII
/// alphabet, and chars of each UTF-8 width when the shape allows them.
struct Reach {
    min: usize,
    max: usize,
    ascii: &'static [&'static str],
    widths: &'static [usize],
    /// The shape's `FAULTS`, written out: the layout analysis derives them, this says what
    /// they must be, so a layout change that adds or loses a way to fail is seen.
    faults: &'static [Fault],
}

const DIGITS: &str = "0123456789";
const HEX_LOWER: &str = "0123456789abcdef";
const HEX: &str = "0123456789abcdefABCDEF";
const LOWER_ALNUM: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
const ALNUM: &str = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PRINTABLE: &str =
    "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

fn reaches<T: Shape>(reach: Reach) {
    let mut runner = TestRunner::deterministic();
    let strategy = T::valid_text();
    let (mut shortest, mut longest) = (usize::MAX, 0);
    let mut chars = BTreeSet::new();
    let mut widths = BTreeSet::new();
    for _ in 0..400 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        let n = s.chars().count();
        shortest = shortest.min(n);
        longest = longest.max(n);
        for c in s.chars() {
            chars.insert(c);
            widths.insert(c.len_utf8());
        }
    }
    assert_eq!(T::FAULTS, reach.faults, "FAULTS");
    assert_eq!((shortest, longest), (reach.min, reach.max), "length range");
    for c in reach.ascii.iter().flat_map(|a| a.chars()) {
        assert!(chars.contains(&c), "{c:?} never generated");
    }
    for width in reach.widths {
        assert!(widths.contains(width), "no char of {width} bytes");
    }
}

/// The tests of every shape of the registry; what its valid texts must reach is the function
/// of [`reach`] named after the shape's id.
macro_rules! shape_tests {
    ($([$id:ident, $ty:ty, $($rest:tt)*])*) => {$(
        mod $id {
            use super::*;

            #[test]
            fn valid_texts_validate_and_round_trip() {
                super::valid_texts_validate_and_round_trip::<$ty>();
            }

            #[test]
            fn arbitrary_values_are_valid() {
                super::arbitrary_values_are_valid::<$ty>();
            }

            #[test]
            fn faults_are_refused_as_promised() {
                super::faults_are_refused_as_promised::<$ty>();
            }

            #[test]
            fn any_invalid_is_refused() {
                super::any_invalid_is_refused::<$ty>();
            }

            #[test]
            fn valid_texts_cover_the_shape() {
                super::reaches::<$ty>(reach::$id());
            }
        }
    )*};
}

org_shapes::for_each_shape!(shape_tests);

/// What the valid texts of a shape must reach, one function per shape, named by its id.
macro_rules! reach {
    ($($id:ident => $reach:expr;)+) => {
        mod reach {
            use super::*;
            $(pub fn $id() -> Reach {
                $reach
            })+
        }
    };
}

const ASCII: &[usize] = &[1];
const ALL_WIDTHS: &[usize] = &[1, 2, 3, 4];

reach! {
    org_alias => Reach { min: 1, max: 62, ascii: &[ALNUM, "-"], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::ForbiddenPrefix, Fault::Incomplete] };
    directory_id => Reach { min: 12, max: 12, ascii: &["d-", HEX_LOWER], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::BadPrefix] };
    client_token => Reach { min: 1, max: 128, ascii: &[PRINTABLE], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar] };
    domain_name => Reach { min: 3, max: 255, ascii: &[ALNUM, ".-"], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar] };
    hosted_zone_id => Reach { min: 1, max: 32, ascii: &["Z09az.-_ "], widths: ALL_WIDTHS, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar] };
    kms_key_arn => Reach { min: 20, max: 2048, ascii: &[ALNUM, ":_/+=,@.-"], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::BadPrefix, Fault::Incomplete, Fault::Overrun] };
    workmail_organization_id => Reach { min: 34, max: 34, ascii: &["m-", HEX_LOWER], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::BadPrefix] };
    user_name => Reach { min: 1, max: 64, ascii: &[ALNUM, "_.-@"], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::Incomplete] };
    user_attribute => Reach { min: 0, max: 256, ascii: &["aZ0 /\\\n"], widths: ALL_WIDTHS, faults: &[Fault::TooLong] };
    password => Reach { min: 1, max: 256, ascii: &[" ~\u{7f}aZ0"], widths: &[1, 2], faults: &[Fault::TooLong, Fault::BadChar, Fault::Incomplete] };
    identity_provider_user_id => Reach { min: 36, max: 47, ascii: &[HEX, "-"], widths: ASCII, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::Incomplete] };
    user_id => Reach { min: 12, max: 256, ascii: &["aZ0 /\\"], widths: ALL_WIDTHS, faults: &[Fault::TooShort, Fault::TooLong] };
    user_role => Reach { min: 4, max: 11, ascii: &["USERMOTY_"], widths: ASCII, faults: &[Fault::NotInEnum] };
    organizations_organization_id => Reach { min: 12, max: 34, ascii: &["o-", LOWER_ALNUM], widths: ASCII, faults: &[Fault::BadChar, Fault::BadPrefix, Fault::Incomplete, Fault::Overrun] };
    account_id => Reach { min: 12, max: 12, ascii: &[DIGITS], widths: ASCII, faults: &[Fault::TooLong, Fault::BadChar, Fault::Incomplete] };
    organization_arn => Reach { min: 61, max: 83, ascii: &[LOWER_ALNUM, ":/-"], widths: ASCII, faults: &[Fault::BadChar, Fault::BadPrefix, Fault::Incomplete, Fault::Overrun] };
    account_arn => Reach { min: 69, max: 91, ascii: &[LOWER_ALNUM, ":/-"], widths: ASCII, faults: &[Fault::BadChar, Fault::BadPrefix, Fault::Incomplete, Fault::Overrun] };
    email => Reach { min: 6, max: 64, ascii: &["aZ0.!?\u{0}\u{1f}"], widths: ALL_WIDTHS, faults: &[Fault::TooShort, Fault::TooLong, Fault::BadChar, Fault::Incomplete] };
    feature_set => Reach { min: 3, max: 20, ascii: &["ACONSLIDTEB_"], widths: ASCII, faults: &[Fault::NotInEnum] };
    policy_type => Reach { min: 9, max: 32, ascii: &["SERVICE_CONTROLPYTAGBKU"], widths: ASCII, faults: &[Fault::NotInEnum] };
    policy_type_status => Reach { min: 7, max: 15, ascii: &["ENABLEDPIGS_"], widths: ASCII, faults: &[Fault::NotInEnum] };
}

/// The invalid strategies reach the whole invalid range too: the too-long strategies include
/// inputs so large that the validator refuses them without counting.
#[test]
fn too_long_includes_uncounted_inputs() {
    let mut runner = TestRunner::deterministic();
    let strategy = w::ClientToken::invalid(Fault::TooLong).unwrap();
    let mut uncounted = false;
    let mut counted = false;
    for _ in 0..200 {
        let bad = strategy.new_tree(&mut runner).unwrap().current();
        match w::ClientToken::validate(&bad.text).unwrap_err().kind() {
            ErrorKind::TooLong { actual: None, .. } => uncounted = true,
            ErrorKind::TooLong {
                actual: Some(129), ..
            } => counted = true,
            _ => {}
        }
    }
    assert!(uncounted && counted);
}

/// Bad chars land at every position of a value, not only at its start.
#[test]
fn bad_chars_land_everywhere() {
    let mut runner = TestRunner::deterministic();
    let strategy = w::DirectoryId::invalid(Fault::BadChar).unwrap();
    let mut seen = BTreeSet::new();
    for _ in 0..400 {
        seen.insert(strategy.new_tree(&mut runner).unwrap().current().index);
    }
    let expected: BTreeSet<_> = (2..12).map(Some).collect();
    assert_eq!(seen, expected);
}

/// The edge of the reserved `d-` prefix comes up among valid aliases: `d` alone, `D-…`, and a
/// `d` followed by a letter or digit then a hyphen.
#[test]
fn alias_edges_come_up() {
    let mut runner = TestRunner::deterministic();
    let strategy = w::OrgAlias::valid_text();
    let samples: Vec<String> = (0..400)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect();
    assert!(samples.iter().any(|s| s == "d"));
    assert!(samples.iter().any(|s| s.starts_with("D-")));
    assert!(samples
        .iter()
        .any(|s| s.starts_with('d') && s.get(2..3) == Some("-")));
}

/// Failing values shrink to short, simple ones: a property that fails on user names longer
/// than 4 chars ends on a name of 5 or 6 chars.
#[test]
fn failures_shrink_to_short_values() {
    let mut runner = TestRunner::new(Config {
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&any::<w::UserName>(), |name| {
        prop_assert!(name.as_str().len() <= 4);
        Ok(())
    });
    match result {
        Err(TestError::Fail(_, name)) => {
            let len = name.as_str().len();
            assert!((5..=6).contains(&len), "shrunk to {name:?}");
        }
        other => panic!("the property must fail: {other:?}"),
    }
}
