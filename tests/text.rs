//! Tests of the validators' shared machinery, `src/text.rs`: its building blocks against
//! byte-by-byte versions (the module is compiled into this test for that, with the crate's
//! public `Error`, `ErrorKind` and `Shape` standing in for its `crate::error` imports), and the
//! shapes' verdicts against their regexes through the public API.

extern crate alloc;

use org_shapes::{organizations as o, workmail as w};

/// What `src/text.rs` imports from the crate.
mod error {
    pub use org_shapes::{Error, ErrorKind, Shape};
}

#[allow(dead_code)]
#[path = "../src/text.rs"]
mod text;

use proptest::prelude::*;
use text::*;

/// Every class of the crate's shared machinery, plus one with too many ranges for words.
fn classes() -> [AsciiClass; 10] {
    [
        DIGIT,
        HEX_LOWER,
        HEX,
        ALNUM,
        LOWER_ALNUM,
        SPACE,
        SPACE.with(b"@", "whitespace or '@'"),
        AsciiClass::new(&[(0x21, 0x7e)], &[], "printable"),
        AsciiClass::new(
            &[(b'0', b'9'), (b'a', b'z'), (b'A', b'Z')],
            b":_/+=,@.-",
            "key",
        ),
        AsciiClass::new(&[], b"acegikmoq", "seven ranges and more"),
    ]
}

fn naive(class: &AsciiClass, bytes: &[u8], inside: bool) -> Option<usize> {
    bytes.iter().position(|&b| class.has(b) == inside)
}

/// Bytes that are mostly members of the classes, with some of anything.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        4 => prop::sample::select(b"0123456789abcdefzAFZ-._:/ \t@".to_vec()),
        1 => any::<u8>(),
    ];
    prop::collection::vec(byte, 0..80)
}

#[test]
fn members_are_exactly_the_ranges() {
    let class = AsciiClass::new(&[(b'a', b'c'), (0x7f, 0xff)], b"-\x80", "test");
    for b in 0..=255u8 {
        assert_eq!(
            class.has(b),
            matches!(b, b'a'..=b'c' | b'-' | 0x7f),
            "{b:#x}"
        );
    }
    assert!(class.word_at_a_time);
    assert!(!classes()[9].word_at_a_time);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn word_scans_agree_with_byte_scans(bytes in bytes()) {
        for class in classes() {
            prop_assert_eq!(class.first_outside(&bytes), naive(&class, &bytes, false));
            prop_assert_eq!(class.first_inside(&bytes), naive(&class, &bytes, true));
            // Every suffix and prefix too, so that each split of blocks, words and tails
            // is met.
            for k in 0..bytes.len() {
                prop_assert_eq!(class.first_outside(&bytes[k..]), naive(&class, &bytes[k..], false));
                prop_assert_eq!(class.first_inside(&bytes[..k]), naive(&class, &bytes[..k], true));
            }
        }
    }

    #[test]
    fn short_runs_read_only_their_lanes(bytes in bytes(), n in 0usize..8) {
        if let Some(word) = bytes.first_chunk::<8>() {
            for class in classes().iter().filter(|c| c.word_at_a_time) {
                prop_assert_eq!(class.first_outside_of_first(word, n), naive(class, &word[..n], false));
            }
        }
    }

    #[test]
    fn chars_are_counted_as_std_counts_them(s in any::<String>(), pad in 0usize..20) {
        let s = format!("{}{s}", "x".repeat(pad));
        prop_assert_eq!(count_chars(s.as_bytes()), s.chars().count());
    }

    #[test]
    fn pairs_are_found(bytes in bytes(), byte in prop::sample::select(b"-.a".to_vec())) {
        let naive = bytes.windows(2).any(|w| w == [byte, byte]);
        if bytes.len() >= 8 || bytes.first() != Some(&byte) {
            prop_assert_eq!(has_pair(&bytes, byte), naive, "{:?}", bytes);
        } else {
            prop_assert!(has_pair(&bytes, byte) || !naive);
        }
    }

    #[test]
    fn all_in_agrees_with_first_outside(bytes in bytes()) {
        for class in classes() {
            prop_assert_eq!(class.all_in(&bytes), class.first_outside(&bytes).is_none());
        }
    }

    #[test]
    fn inline_storage_keeps_the_text(s in "[a-z0-9]{0,40}") {
        match Inline::<40>::try_new(&s) {
            Some(inline) => {
                prop_assert_eq!(inline.as_str(), s.as_str());
                prop_assert!(inline == Inline::<40>::try_new(&s).unwrap());
                prop_assert!(inline.buf[s.len()..].iter().all(|&b| b == 0));
            }
            None => prop_assert!(false),
        }
        prop_assert!(Inline::<4>::try_new(&s).is_some() == (s.len() <= 4));
    }

    /// Two independent vectors are hardly ever of one length: `b` is `a` with at most one
    /// byte changed, so that a difference in any word, tail or lane is met.
    #[test]
    fn equal_bytes_are_equal(
        a in bytes(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut b = a.clone();
        if !b.is_empty() {
            b[at.index(a.len())] = byte;
        }
        prop_assert_eq!(bytes_eq(&a, &b), a == b);
        prop_assert!(bytes_eq(&a, &a.to_vec()));
        prop_assert!(!bytes_eq(&a, &b[..b.len().saturating_sub(1)]) || a.is_empty());
    }
}

/// The word-at-a-time verdicts of the fixed-format shapes and the alias accept exactly
/// what the shape's regex and bounds accept: on a valid value of each, and on every change
/// of one byte of it (each ASCII byte, a two-byte char, or none) and every truncation.
/// A refused value takes the step-by-step validator, so the error is unchanged whenever
/// the verdict is right.
#[test]
fn verdicts_agree_with_the_regex() {
    let cases: [(&org_shapes::Shape, &str); 10] = [
        (w::DirectoryId::SHAPE, "d-0123456789"),
        (w::OrganizationId::SHAPE, "m-0123456789abcdef0123456789abcdef"),
        (w::OrgAlias::SHAPE, "a-b1-cd"),
        (w::OrgAlias::SHAPE, "example-corp-international"),
        (o::OrganizationId::SHAPE, "o-a1b2c3d4e5"),
        (o::OrganizationId::SHAPE, "o-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"),
        (o::AccountId::SHAPE, "111122223333"),
        (
            o::OrganizationArn::SHAPE,
            "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
        ),
        (
            o::AccountArn::SHAPE,
            "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
        ),
        (
            o::AccountArn::SHAPE,
            "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6/444455556666",
        ),
    ];
    for (shape, valid) in cases {
        let re = regex::Regex::new(shape.regex.unwrap()).unwrap();
        let oracle = |s: &str| {
            let n = s.chars().count();
            shape.min_len.is_none_or(|m| n >= m)
                && shape.max_len.is_none_or(|m| n <= m)
                && re.is_match(s)
        };
        assert!((shape.validate)(valid).is_ok(), "{valid}");
        let mut subs: Vec<String> = (0u8..128).map(|b| String::from(b as char)).collect();
        subs.push(String::from("é"));
        subs.push(String::new());
        subs.push(String::from("--"));
        for i in 0..=valid.len() {
            let head = &valid[..i];
            assert_eq!((shape.validate)(head).is_ok(), oracle(head), "{head:?}");
            let tail = valid.get(i + 1..).unwrap_or("");
            for sub in &subs {
                let s = format!("{head}{sub}{tail}");
                assert_eq!((shape.validate)(&s).is_ok(), oracle(&s), "{shape} {s:?}");
                let s = format!("{head}{sub}{}", &valid[i..]);
                assert_eq!((shape.validate)(&s).is_ok(), oracle(&s), "{shape} {s:?}");
            }
        }
    }
}
