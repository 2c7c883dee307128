//! With the `regex` feature, every shape's compiled regex (plus its length bounds) must agree
//! with its hand-written validator on a large set of generated strings.
#![cfg(feature = "regex")]

use org_shapes::Shape;
use proptest::prelude::*;

type Check = fn(&str) -> bool;
type Compiled = fn() -> &'static regex::Regex;

/// Every shape of the registry, with its validator and its compiled regex.
fn shapes() -> Vec<(&'static Shape, Check, Compiled)> {
    macro_rules! shapes {
        ($([$id:ident, $t:ty, $($rest:tt)*])*) => {
            vec![$(
                (
                    <$t>::SHAPE,
                    (|v: &str| <$t>::validate(v).is_ok()) as Check,
                    <$t>::regex as Compiled,
                ),
            )*]
        };
    }
    org_shapes::for_each_shape!(shapes)
}

fn regex_accepts(shape: &Shape, re: &regex::Regex, v: &str) -> bool {
    let n = v.chars().count();
    shape.min_len.is_none_or(|m| n >= m) && shape.max_len.is_none_or(|m| n <= m) && re.is_match(v)
}

/// Strings that stay close to the shapes' alphabets, so that many are valid.
fn near_valid() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "b",
        "f",
        "z",
        "A",
        "F",
        "Z",
        "0",
        "9",
        "1",
        "-",
        ".",
        "_",
        "@",
        ":",
        "/",
        "\\",
        " ",
        "\n",
        "\t",
        "é",
        "٣",
        "１",
        "\u{7f}",
        "\u{ff}",
        "\u{100}",
        "d-",
        "m-",
        "o-",
        "arn:aws:kms:",
        "arn:aws:organizations::",
        ":organization/",
        ":account/",
        "111122223333",
        "0123456789",
        "0123456789abcdef",
        "us-east-1:",
        "key/",
        "example.com",
        "USER",
        "ALL",
        "ENABLED",
        "4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn validators_agree_with_regexes(v in near_valid()) {
        for (shape, check, re) in shapes() {
            prop_assert_eq!(check(&v), regex_accepts(shape, re(), &v), "{} on {:?}", shape.type_name, v);
        }
    }

    #[test]
    fn validators_agree_with_regexes_on_any_text(v in any::<String>()) {
        for (shape, check, re) in shapes() {
            prop_assert_eq!(check(&v), regex_accepts(shape, re(), &v), "{} on {:?}", shape.type_name, v);
        }
    }
}
