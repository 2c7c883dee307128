//! `org_shapes::json`, the crate's own JSON reader, as a service reading request bodies uses it:
//! every well-formed body reads into an `…Input` (huge numbers included, which `serde_json`
//! refuses), valid documents read as `serde_json` reads them, malformed ones are refused with
//! a pinned message, and hostile ones (deep nesting, huge strings and messages) stay bounded.
//!
//! A counting global allocator (per thread, so parallel tests do not disturb each other)
//! checks the allocation promises; it is the only `unsafe` here.
#![cfg(all(feature = "serde", feature = "alloc"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeMap;

use org_shapes::json::{self, ErrorKind, Found, MAX_DEPTH};
use org_shapes::wire::{Field, JsonKind};
use org_shapes::workmail::{CreateOrganizationInput, CreateOrganizationRequest, CreateUserInput};
use proptest::prelude::*;
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;

// ---- huge numbers: the reason the reader exists

/// Numbers the grammar accepts and `f64` cannot hold.
fn huge_numbers() -> Vec<String> {
    vec![
        "1e400".into(),
        "-1e400".into(),
        "1e99999999999999999999".into(),
        "-1.5E+99999".into(),
        "9".repeat(400),
        format!("-{}", "1".repeat(400)),
        format!("{}.5e10", "9".repeat(400)),
    ]
}

#[test]
fn a_huge_number_is_a_wrong_type_of_its_member_not_a_read_failure() {
    for number in huge_numbers() {
        let body = format!(r#"{{"Alias":{number}}}"#);
        let refused = serde_json::from_str::<CreateOrganizationInput>(&body).unwrap_err();
        assert!(
            refused.to_string().starts_with("number out of range"),
            "{refused}"
        );

        let input: CreateOrganizationInput = json::from_str(&body).unwrap();
        assert_eq!(
            input.alias,
            Field::WrongType {
                found: JsonKind::Number
            },
            "{number}"
        );
        let violations = input.validate().unwrap_err();
        assert_eq!(violations.len(), 1);
        assert_eq!(
            violations.as_slice()[0].path().json_pointer().to_string(),
            "/Alias"
        );
    }
}

#[test]
fn huge_numbers_anywhere_in_a_body_are_reported_where_they_are() {
    let body = r#"{"Alias": "acme", "Domains": [1e400, {"DomainName": -1e400}],
                   "EnableInteroperability": 1e99999999999999999999, "Extra": [1e400]}"#;
    let input: CreateOrganizationInput = json::from_str(body).unwrap();
    let pointers: Vec<String> = input
        .validate()
        .unwrap_err()
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    assert_eq!(
        pointers,
        [
            "/Domains/0",
            "/Domains/1/DomainName",
            "/EnableInteroperability",
            "/Extra"
        ]
    );

    let user: CreateUserInput = json::from_str(r#"{"Password": 1e400, "Name": 123}"#).unwrap();
    let wrong = Field::WrongType {
        found: JsonKind::Number,
    };
    assert_eq!(user.name, wrong);
    assert_eq!(user.password.as_ref(), None);
}

#[test]
fn a_typed_request_refuses_a_huge_number_as_a_violation() {
    let err = json::from_str::<CreateOrganizationRequest>(r#"{"Alias": 1e400}"#).unwrap_err();
    let ErrorKind::Custom(message) = err.kind() else {
        panic!("not the validation message: {err}");
    };
    assert!(
        message.starts_with("1 validation error detected: "),
        "{err}"
    );
    assert!(message.contains("'alias'"), "{err}");
    assert_eq!((err.line(), err.column()), (1, 17));
}

// ---- every kind of value, into typed values

#[derive(Debug, PartialEq, Deserialize)]
struct Everything<'a> {
    null: Option<u8>,
    some: Option<u8>,
    yes: bool,
    no: bool,
    count: u32,
    delta: i64,
    ratio: f64,
    #[serde(borrow)]
    plain: Cow<'a, str>,
    #[serde(borrow)]
    escaped: Cow<'a, str>,
    list: Vec<u8>,
    empty_list: Vec<u8>,
    pair: (u8, String),
    nested: Inner,
    empty: BTreeMap<String, u8>,
    by_kind: BTreeMap<Kind, u8>,
    kinds: Vec<Kind>,
    id: Id,
    unit: Unit,
    #[serde(default)]
    missing: Option<String>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Inner {
    value: char,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
enum Kind {
    Unit,
    Other,
    Newtype(u8),
    Tuple(u8, u8),
    Struct { a: u8 },
}

#[derive(Debug, PartialEq, Deserialize)]
struct Id(u16);

#[derive(Debug, PartialEq, Deserialize)]
struct Unit;

#[test]
fn every_kind_of_value_reads_into_typed_values() {
    let body = r#" {
        "null": null, "some": 7, "yes": true, "no": false,
        "count": 4294967295, "delta": -9223372036854775808, "ratio": -1.25e-2,
        "plain": "café", "escaped": "tab\there \u00e9 \ud83d\ude00",
        "list": [1, 2, 3], "empty_list": [ ], "pair": [1, "one"],
        "nested": {"value": "\u0041"}, "empty": {},
        "by_kind": {"Unit": 1, "Other": 2},
        "kinds": ["Unit", {"Unit": null}, {"Newtype": 5}, {"Tuple": [1, 2]}, {"Struct": {"a": 3}}],
        "id": 65535, "unit": null, "ignored": {"deep": [1, "x", {"y": null}]}
    } "#;
    let all: Everything = json::from_str(body).unwrap();
    assert_eq!(
        all,
        Everything {
            null: None,
            some: Some(7),
            yes: true,
            no: false,
            count: u32::MAX,
            delta: i64::MIN,
            ratio: -0.0125,
            plain: "café".into(),
            escaped: "tab\there é 😀".into(),
            list: vec![1, 2, 3],
            empty_list: vec![],
            pair: (1, "one".into()),
            nested: Inner { value: 'A' },
            empty: BTreeMap::new(),
            by_kind: BTreeMap::from([(Kind::Unit, 1), (Kind::Other, 2)]),
            kinds: vec![
                Kind::Unit,
                Kind::Unit,
                Kind::Newtype(5),
                Kind::Tuple(1, 2),
                Kind::Struct { a: 3 }
            ],
            id: Id(65535),
            unit: Unit,
            missing: None,
        }
    );
    assert!(
        matches!(all.plain, Cow::Borrowed(_)),
        "a plain string is borrowed"
    );
    assert!(
        matches!(all.escaped, Cow::Owned(_)),
        "an escaped one is unescaped"
    );
}

#[test]
fn type_errors_are_placed_and_bounded() {
    for (body, message) in [
        ("[300]", "line 1, column 5: invalid value: a number, expected u8"),
        (r#"{"a": 1}"#, "line 1, column 2: invalid type: an object, expected u8"),
        (
            r#"{"Unit": null, "Other": null}"#,
            "line 1, column 14: expected '}' after the variant but found ','",
        ),
        (
            r#"{"Newtype": "x"}"#,
            "line 1, column 16: invalid type: a string, expected u8",
        ),
        (
            r#""Nope""#,
            "line 1, column 7: unknown variant `Nope`, expected one of `Unit`, `Other`, `Newtype`, `Tuple`, `Struct`",
        ),
        ("{}", "line 1, column 2: expected '\"' to start a member name but found '}'"),
        ("7", "line 1, column 2: invalid type: a number, expected enum Kind"),
    ] {
        let err = if body.starts_with('[') {
            json::from_str::<Vec<u8>>(body).map(drop)
        } else if body.starts_with("{\"a\"") {
            json::from_str::<u8>(body).map(drop)
        } else {
            json::from_str::<Kind>(body).map(drop)
        }
        .unwrap_err();
        assert_eq!(err.to_string(), message, "{body}");
    }

    // A password of the wrong kind is never quoted, however a visitor words its refusal.
    let err = json::from_str::<u32>(r#""Qz7#Wk9!Xv""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 13: invalid type: a string, expected u32"
    );
}

// ---- agreement with serde_json on valid documents

#[test]
fn valid_documents_read_as_serde_json_reads_them() {
    let long_string = format!("\"{}\"", "ab\\n".repeat(1000));
    let nested = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let documents: Vec<&str> = vec![
        "null",
        "true",
        "false",
        "0",
        "-0",
        "1",
        "-1",
        "0.0",
        "-0.0",
        "123456789",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999",
        "1.5",
        "-2.25",
        "3.141592653589793",
        "1e10",
        "1E10",
        "1e+10",
        "1e-10",
        "2.5e-3",
        "1.7976931348623157e308",
        "5e-324",
        "1e-400",
        "0e99999999999999999999",
        "-0e-5",
        "0.1",
        "\"\"",
        "\"plain\"",
        "\"café ☕ 😀\"",
        r#""\"\\\/\b\f\n\r\t""#,
        r#""\u0000\u001f\u007f\u00e9\u2615\uFFFF""#,
        r#""\ud83d\ude00 \uD834\uDD1E""#,
        "\"\u{7f}\u{80}\u{ffff}\"",
        &long_string,
        "[]",
        "[ ]",
        "[1,2,3]",
        "[null, true, \"x\", [], {}, [[]], {\"a\": [1, {\"b\": {}}]}]",
        "{}",
        "{ }",
        r#"{"a":1}"#,
        r#"{"a": 1, "b": [true, false], "c": {"d": null}}"#,
        r#"{"dup": 1, "dup": 2}"#,
        r#"{"": "empty name", "\u0041": "escaped name"}"#,
        r#"{"Alias": "acme", "Domains": [{"DomainName": "example.com"}]}"#,
        " \t\r\n [ \t\r\n 1 \t\r\n , \t\r\n 2 \t\r\n ] \t\r\n ",
        "\n\n{\n  \"a\": 1\n}\n",
        &nested,
    ];
    for document in documents {
        let expected: Value = serde_json::from_str(document)
            .unwrap_or_else(|e| panic!("serde_json refuses {document:?}: {e}"));
        let read: Value =
            json::from_str(document).unwrap_or_else(|e| panic!("json refuses {document:?}: {e}"));
        assert_eq!(read, expected, "{document}");
        // The same text too: this tells -0.0 from 0 and a float from an integer.
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            serde_json::to_string(&expected).unwrap(),
            "{document}"
        );
        let from_bytes: Value = json::from_slice(document.as_bytes()).unwrap();
        assert_eq!(from_bytes, expected, "{document}");
    }
}

#[test]
fn floats_are_correctly_rounded_where_serde_json_may_be_one_ulp_off() {
    // serde_json without its `float_roundtrip` feature is not always correctly rounded.
    let text = "100000000000000000000000000000000000000000000000000000000.5";
    assert_eq!(json::from_str::<f64>(text).unwrap(), 1e56);
    assert_eq!(text.parse::<f64>().unwrap(), 1e56);
    assert_eq!(
        serde_json::from_str::<f64>(text).unwrap(),
        9.999999999999999e55
    );
}

/// Any JSON value, as serde_json writes it.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |v| v.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Equal, but that floats may be a few units in the last place apart (serde_json's reading
/// of floats is not always correctly rounded).
fn alike(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() && y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            // serde_json without `float_roundtrip` may miss the nearest double by an ulp or
            // two (this reader rounds correctly); among subnormals an ulp is a large relative
            // error (`1.1936789627299e-310` reads as `1.19367896272988e-310` there).
            let ulps = x.to_bits().abs_diff(y.to_bits());
            x == y || (x.signum() == y.signum() && ulps <= 4)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| alike(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((k, x), (l, y))| k == l && alike(x, y))
        }
        _ => a == b,
    }
}

proptest! {
    #[test]
    fn what_serde_json_writes_reads_back_equal(value in any_value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        // Equal to what was written, to the last bit of every float (serde_json reading its
        // own text back may be one unit in the last place off: 2.6279932788299795e261).
        let read: Value = json::from_str(&text).unwrap();
        prop_assert_eq!(&read, &value);
        prop_assert_eq!(
            serde_json::to_string(&read).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
    }

    /// Documents serde_json wrote, with one char inserted, removed or replaced: accepted
    /// exactly when serde_json accepts them (but for numbers out of its range), and then read
    /// alike.
    #[test]
    fn accepts_what_serde_json_accepts(
        value in any_value(),
        at in any::<prop::sample::Index>(),
        edit in 0..3_u8,
        c in prop::sample::select(&['[', ']', '{', '}', ':', ',', '"', '\\', 'u', '0', '9', '-', '.', 'e', 'n', ' ', '\u{1}'][..]),
    ) {
        let written = serde_json::to_string(&value).unwrap();
        let mut chars: Vec<char> = written.chars().collect();
        let i = at.index(chars.len() + 1);
        match edit {
            0 => chars.insert(i, c),
            1 if i < chars.len() => { chars.remove(i); }
            _ if i < chars.len() => chars[i] = c,
            _ => chars.push(c),
        }
        let text: String = chars.into_iter().collect();
        let theirs = serde_json::from_str::<Value>(&text);
        let ours = json::from_str::<Value>(&text);
        match (&theirs, &ours) {
            (Ok(a), Ok(b)) => prop_assert!(alike(a, b), "{:?}: {} / {}", text, a, b),
            (Err(e), Ok(_)) => prop_assert!(
                e.to_string().starts_with("number out of range"), "{:?}: {}", text, e
            ),
            (Ok(_), Err(e)) => prop_assert!(false, "{:?} refused: {}", text, e),
            (Err(_), Err(_)) => {}
        }
    }
}

// ---- malformed documents

#[test]
fn malformed_documents_are_refused_with_a_pinned_message() {
    let cases: &[(&str, &str)] = &[
        (
            "",
            "line 1, column 1: expected a value but found the end of input",
        ),
        (
            "  \n ",
            "line 2, column 2: expected a value but found the end of input",
        ),
        (
            "nul",
            "line 1, column 4: expected 'null' but found the end of input",
        ),
        ("nulL", "line 1, column 4: expected 'null' but found 'L'"),
        ("True", "line 1, column 1: expected a value but found 'T'"),
        ("tru e", "line 1, column 4: expected 'true' but found ' '"),
        (
            "fals",
            "line 1, column 5: expected 'false' but found the end of input",
        ),
        ("NaN", "line 1, column 1: expected a value but found 'N'"),
        (
            "-Infinity",
            "line 1, column 2: expected a digit but found 'I'",
        ),
        (
            "01",
            "line 1, column 2: expected the end of input after the value but found '1'",
        ),
        (
            "-",
            "line 1, column 2: expected a digit but found the end of input",
        ),
        ("-a", "line 1, column 2: expected a digit but found 'a'"),
        ("+1", "line 1, column 1: expected a value but found '+'"),
        (".5", "line 1, column 1: expected a value but found '.'"),
        (
            "1.",
            "line 1, column 3: expected a digit but found the end of input",
        ),
        ("1.e5", "line 1, column 3: expected a digit but found 'e'"),
        (
            "1e",
            "line 1, column 3: expected a digit but found the end of input",
        ),
        (
            "1e+",
            "line 1, column 4: expected a digit but found the end of input",
        ),
        (
            "0x10",
            "line 1, column 2: expected the end of input after the value but found 'x'",
        ),
        (
            "[",
            "line 1, column 2: expected a value but found the end of input",
        ),
        ("]", "line 1, column 1: expected a value but found ']'"),
        ("[1,]", "line 1, column 4: expected a value but found ']'"),
        ("[,1]", "line 1, column 2: expected a value but found ','"),
        (
            "[1 2]",
            "line 1, column 4: expected ',' or ']' but found '2'",
        ),
        (
            "[1,\n2,\n3",
            "line 3, column 2: expected ',' or ']' but found the end of input",
        ),
        ("[1}", "line 1, column 3: expected ',' or ']' but found '}'"),
        (
            "{",
            "line 1, column 2: expected '\"' to start a member name but found the end of input",
        ),
        (
            "{\"a\":1,}",
            "line 1, column 8: expected '\"' to start a member name but found '}'",
        ),
        (
            "{'a':1}",
            "line 1, column 2: expected '\"' to start a member name but found '\\''",
        ),
        (
            "{a:1}",
            "line 1, column 2: expected '\"' to start a member name but found 'a'",
        ),
        (
            "{1:1}",
            "line 1, column 2: expected '\"' to start a member name but found '1'",
        ),
        ("{\"a\" 1}", "line 1, column 6: expected ':' but found '1'"),
        (
            "{\"a\":}",
            "line 1, column 6: expected a value but found '}'",
        ),
        (
            "{\"a\":1 \"b\":2}",
            "line 1, column 8: expected ',' or '}' but found '\"'",
        ),
        (
            "{\"a\":1]",
            "line 1, column 7: expected ',' or '}' but found ']'",
        ),
        (
            "\"abc",
            "line 1, column 5: expected '\"' to end the string but found the end of input",
        ),
        (
            "\"abc\\",
            "line 1, column 6: expected '\"' to end the string but found the end of input",
        ),
        (
            "\"a\nb\"",
            "line 1, column 3: unescaped control character in a string",
        ),
        (
            "\"\u{1f}\"",
            "line 1, column 2: unescaped control character in a string",
        ),
        (
            "\"\\x\"",
            r#"line 1, column 3: expected an escape (\" \\ \/ \b \f \n \r \t or \uXXXX) but found another char (not shown: strings may be secret)"#,
        ),
        (
            "\"\\U0041\"",
            r#"line 1, column 3: expected an escape (\" \\ \/ \b \f \n \r \t or \uXXXX) but found another char (not shown: strings may be secret)"#,
        ),
        (
            "\"\\u12G4\"",
            "line 1, column 6: expected a hex digit but found another char (not shown: strings may be secret)",
        ),
        (
            "\"\\u12\"",
            "line 1, column 6: expected a hex digit but found another char (not shown: strings may be secret)",
        ),
        (
            "\"\\ud83d\"",
            "line 1, column 2: lone surrogate \\u escape in a string",
        ),
        (
            "\"\\ude00\\ud83d\"",
            "line 1, column 2: lone surrogate \\u escape in a string",
        ),
        (
            "\"x\\ud83d\\u0041\"",
            "line 1, column 3: lone surrogate \\u escape in a string",
        ),
        (
            "[1] x",
            "line 1, column 5: expected the end of input after the value but found 'x'",
        ),
        (
            "{} {}",
            "line 1, column 4: expected the end of input after the value but found '{'",
        ),
        (
            "1\0",
            "line 1, column 2: expected the end of input after the value but found U+0000",
        ),
        (
            "\u{feff}\u{feff}1",
            "line 1, column 1: expected a value but found U+FEFF",
        ),
        (
            "1\u{feff}",
            "line 1, column 2: expected the end of input after the value but found U+FEFF",
        ),
        (
            "\u{a0}1",
            "line 1, column 1: expected a value but found U+00A0",
        ),
        (
            "/* no */ 1",
            "line 1, column 1: expected a value but found '/'",
        ),
        (
            "[\"é\", é]",
            "line 1, column 7: expected a value but found 'é'",
        ),
    ];
    for (document, message) in cases {
        assert!(
            serde_json::from_str::<Value>(document).is_err(),
            "serde_json reads {document:?}"
        );
        let err = json::from_str::<Value>(document).unwrap_err();
        assert_eq!(err.to_string(), *message, "{document:?}");
        // Skipping checks as much as reading.
        let skipped = json::from_str::<IgnoredAny>(document).unwrap_err();
        assert_eq!(skipped, err, "{document:?}");
        // And an `…Input` refuses what is malformed in a member it does not know.
        if document.starts_with(['[', '{', '"', '-', '0', '1', 'n', 't', 'f']) {
            let body = format!("{{\"Unknown\": {document}}}");
            assert!(
                json::from_str::<CreateOrganizationInput>(&body).is_err(),
                "{body}"
            );
        }
    }
}

#[test]
fn a_lone_surrogate_is_named() {
    let err = json::from_str::<CreateUserInput>(r#"{"Password": "ab\ud800cd"}"#).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::LoneSurrogate);
    assert_eq!(
        err.to_string(),
        "line 1, column 17: lone surrogate \\u escape in a string"
    );
    // serde_json says this of it:
    let theirs = serde_json::from_str::<Value>(r#""\ud800""#).unwrap_err();
    assert!(theirs
        .to_string()
        .starts_with("unexpected end of hex escape"));
}

#[test]
fn trailing_characters_are_refused() {
    let err = json::from_str::<CreateOrganizationInput>("{\"Alias\": \"acme\"}\n}").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::TrailingCharacters { found: '}' });
    assert_eq!(
        err.to_string(),
        "line 2, column 1: expected the end of input after the value but found '}'"
    );
    assert!(json::from_str::<CreateOrganizationInput>("{\"Alias\": \"acme\"}\n \t\r\n").is_ok());
}

#[test]
fn one_byte_order_mark_is_skipped() {
    let body = "\u{feff}{\"Alias\": \"acme\"}";
    assert!(serde_json::from_str::<Value>(body).is_err());
    let input: CreateOrganizationInput = json::from_str(body).unwrap();
    assert_eq!(input.alias, Field::Present("acme".into()));
    let input: CreateOrganizationInput = json::from_slice(body.as_bytes()).unwrap();
    assert_eq!(input.alias, Field::Present("acme".into()));
    // Columns on the first line do not count it.
    let err = json::from_str::<Value>("\u{feff}[1 2]").unwrap_err();
    assert_eq!((err.line(), err.column()), (1, 4));
}

#[test]
fn invalid_utf8_is_refused_at_its_first_bad_byte() {
    let err = json::from_slice::<Value>(b"{\"Alias\":\n \"ac\xc3me\"}").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8);
    assert_eq!(err.to_string(), "line 2, column 5: invalid UTF-8");
    let input: CreateOrganizationInput = json::from_slice(b"{\"Alias\": \"\xc3\xa9\"}").unwrap();
    assert_eq!(input.alias, Field::Present("é".into()));
}

// ---- hostile documents

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    let too_deep = format!("line 1, column {}: nested deeper than 128", MAX_DEPTH + 1);
    for open in ["[", "{\"a\":"] {
        let document = open.repeat(100_000);
        let err = json::from_str::<Value>(&document).unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::TooDeep);
        let column = open.len() * MAX_DEPTH + 1;
        assert_eq!(
            err.to_string(),
            format!("line 1, column {column}: nested deeper than 128")
        );
        assert_eq!(json::from_str::<IgnoredAny>(&document).unwrap_err(), err);
    }
    let deep = "[".repeat(100_000);
    assert_eq!(
        json::from_str::<CreateOrganizationInput>(&format!("{{\"Alias\": {deep}"))
            .unwrap_err()
            .kind(),
        &ErrorKind::TooDeep
    );
    assert_eq!(
        json::from_str::<CreateOrganizationInput>(&format!("{{\"Unknown\": {deep}"))
            .unwrap_err()
            .kind(),
        &ErrorKind::TooDeep
    );
    assert_eq!(
        json::from_str::<Value>(&"[".repeat(MAX_DEPTH + 1))
            .unwrap_err()
            .to_string(),
        too_deep
    );
    // The limit itself is allowed, however the value is read.
    let limit = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(json::from_str::<Value>(&limit).is_ok());
    assert!(json::from_str::<IgnoredAny>(&limit).is_ok());
}

struct Counting;

thread_local! {
    // Const-initialized and free of destructors: reading them never allocates.
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

fn note(bytes: usize) {
    if ARMED.try_with(Cell::get).unwrap_or(false) {
        let _ = BYTES.try_with(|c| c.set(c.get() + bytes));
        let _ = CALLS.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator; counting touches only
// thread-local `Cell`s, which do not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations `f` makes on this thread: how many, and how many bytes in all.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, usize, T) {
    BYTES.with(|c| c.set(0));
    CALLS.with(|c| c.set(0));
    ARMED.with(|a| a.set(true));
    let out = f();
    ARMED.with(|a| a.set(false));
    (CALLS.with(Cell::get), BYTES.with(Cell::get), out)
}

/// Counts the members of an object, skipping names and values.
struct IgnoredMap(usize);

impl<'de> Deserialize<'de> for IgnoredMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = IgnoredMap;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IgnoredMap, A::Error> {
                let mut n = 0;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(IgnoredMap(n))
            }
        }
        d.deserialize_map(V)
    }
}

#[test]
fn numbers_and_skipped_values_allocate_nothing() {
    let numbers = format!(
        "[1e400, -0, 18446744073709551616, {}, 2.5e-3]",
        "7".repeat(10_000)
    );
    let skipped = format!(
        r#"{{"a": [{numbers}, "\ud83d\ude00\n\"", {{"b": [null, true, false]}}], "\u0041": "x"}}"#
    );
    for document in [&numbers, &skipped] {
        let (calls, _, read) = allocations(|| json::from_str::<IgnoredAny>(document));
        assert!(read.is_ok());
        assert_eq!(calls, 0, "{document}");
    }
    // Member names skipped by a map of ignored names and values.
    let (calls, _, read) =
        allocations(|| json::from_str::<IgnoredMap>(r#"{"\u0041\n": 1e400, "b": [1]}"#));
    assert_eq!(read.unwrap().0, 2);
    assert_eq!(calls, 0);
    for number in huge_numbers() {
        let (calls, _, read) = allocations(|| json::from_str::<f64>(&number));
        assert!(read.unwrap().is_infinite());
        assert_eq!(calls, 0, "{number}");
    }
}

#[test]
fn an_escaped_string_is_allocated_once_no_larger_than_its_text() {
    let text = "\\u00e9\\n".repeat(100_000); // 800 000 bytes, unescaped 300 000
    let document = format!("\"{text}\"");
    let (calls, bytes, read) = allocations(|| json::from_str::<String>(&document).unwrap());
    assert_eq!(read.len(), 300_000);
    assert_eq!(calls, 1);
    assert!(bytes <= text.len(), "{bytes}");
}

/// Moved from the unit tests of `src/json.rs`: an escaped string is unescaped into one
/// allocation of exactly its escaped size.
#[test]
fn an_unescaped_string_is_sized_once() {
    assert_eq!(
        json::from_str::<String>(r#""\u00e9tude \"x\"""#).unwrap(),
        "étude \"x\""
    );
    let (calls, bytes, read) = allocations(|| json::from_str::<String>(r#""ab\ncd""#).unwrap());
    assert_eq!((read.as_str(), calls, bytes), ("ab\ncd", 1, 6));
}

#[test]
fn an_input_costs_about_what_it_keeps() {
    // An unknown member of 1 MB and a Domains list of 100 000 numbers.
    let body = format!(
        r#"{{"Alias": "acme", "Unknown": "{}", "Domains": [{}1]}}"#,
        "x\\n".repeat(350_000),
        "1e400,".repeat(100_000)
    );
    let (_, bytes, input) =
        allocations(|| json::from_str::<CreateOrganizationInput>(&body).unwrap());
    let domains = input.domains.as_ref().unwrap();
    assert_eq!(domains.len(), 100_001);
    let kept = domains.capacity() * std::mem::size_of::<Field<org_shapes::workmail::DomainInput>>();
    // The list as it grew (doubling: at most twice what is kept, plus what was freed on the
    // way, less than what is kept), the escaped unknown name's value skipped without a copy.
    assert!(
        bytes <= 3 * kept + 1024,
        "{bytes} bytes allocated, {kept} kept"
    );
}

#[test]
fn a_visitor_message_is_kept_bounded() {
    #[derive(Debug)]
    struct Loud;
    impl<'de> Deserialize<'de> for Loud {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let text = <&str>::deserialize(d)?;
            Err(serde::de::Error::custom(format_args!(
                "refused: {}",
                text.repeat(1000)
            )))
        }
    }
    let document = format!("\"{}\"", "é".repeat(10_000));
    let err = json::from_str::<Loud>(&document).unwrap_err();
    let ErrorKind::Custom(message) = err.kind() else {
        panic!("{err}")
    };
    assert!(message.len() <= json::MAX_MESSAGE_BYTES + "…".len());
    assert!(message.starts_with("refused: éé") && message.ends_with('…'));
    assert_eq!((err.line(), err.column()), (1, 10_003));
}

#[test]
fn errors_are_values_to_match_on() {
    let err = json::from_str::<Value>("[1 x]").unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::Syntax {
            expected: "',' or ']'",
            found: Found::Char('x')
        }
    );
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(err.clone());
    assert_eq!(boxed.to_string(), err.to_string());
    assert!(format!("{err:?}").contains("Syntax"));
}

/// Syntax errors inside a string never show a char of it: the string may be a password.
#[test]
fn errors_inside_a_string_show_none_of_its_chars() {
    use org_shapes::workmail::CreateUserInput;
    for (body, message) in [
        (
            r#"{"Password": "Se\cret"}"#,
            r#"line 1, column 18: expected an escape (\" \\ \/ \b \f \n \r \t or \uXXXX) but found another char (not shown: strings may be secret)"#,
        ),
        (
            r#"{"Password": "Se\u12cret"}"#,
            "line 1, column 22: expected a hex digit but found another char (not shown: strings may be secret)",
        ),
        (
            r#"{"Password": "Se\udbffcret"}"#,
            r"line 1, column 17: lone surrogate \u escape in a string",
        ),
        (
            "{\"Password\": \"Se\u{1}cret\"}",
            "line 1, column 17: unescaped control character in a string",
        ),
    ] {
        let err = json::from_str::<CreateUserInput>(body).unwrap_err();
        assert_eq!(err.to_string(), message, "{body}");
        let debug = format!("{err:?}");
        assert!(!debug.contains("cret") && !debug.contains("dbff"), "{debug}");
    }
}

/// A quoted enum variant is handed on borrowed from the document, as other strings are, so a
/// visitor that needs `&'de str` reads it.
#[test]
fn a_quoted_variant_name_is_borrowed_from_the_document() {
    use serde::de::{Deserializer, EnumAccess, VariantAccess, Visitor};
    use std::fmt;

    #[derive(Debug, PartialEq)]
    struct Variant<'a>(&'a str);

    impl<'de> serde::Deserialize<'de> for Variant<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Name;
            impl<'de> Visitor<'de> for Name {
                type Value = Variant<'de>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a variant")
                }
                fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
                    let (name, variant): (&'de str, _) = data.variant()?;
                    variant.unit_variant()?;
                    Ok(Variant(name))
                }
            }
            d.deserialize_enum("Variant", &[], Name)
        }
    }

    let text = r#""ACTIVE""#;
    assert_eq!(
        json::from_str::<Variant<'_>>(text).unwrap(),
        Variant("ACTIVE")
    );
}
