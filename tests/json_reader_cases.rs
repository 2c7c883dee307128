//! Unit-level cases of the strict JSON reader (`org_shapes::json`): what each visitor method
//! receives, the exact errors, the limits.
#![cfg(all(feature = "serde", feature = "alloc"))]

use core::fmt;
use org_shapes::json::{
    from_slice, from_str, Error, ErrorKind, Found, MAX_DEPTH, MAX_MESSAGE_BYTES,
};
use serde::de::{self, Deserialize, Deserializer, Visitor};

/// Which visitor method a scalar reached, and with what.
#[derive(Debug, PartialEq)]
enum Seen<'de> {
    Unit,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Deserialize<'de> for Seen<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Seen<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a scalar")
            }
            fn visit_unit<E>(self) -> Result<Seen<'de>, E> {
                Ok(Seen::Unit)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Seen<'de>, E> {
                Ok(Seen::Bool(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Seen<'de>, E> {
                Ok(Seen::U64(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Seen<'de>, E> {
                Ok(Seen::I64(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Seen<'de>, E> {
                Ok(Seen::F64(v))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Seen<'de>, E> {
                Ok(Seen::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Seen<'de>, E> {
                Ok(Seen::Owned(v.into()))
            }
            fn visit_string<E>(self, v: String) -> Result<Seen<'de>, E> {
                Ok(Seen::Owned(v))
            }
        }
        d.deserialize_any(V)
    }
}

fn seen(json: &str) -> Seen<'_> {
    from_str(json).unwrap()
}

fn error(json: &str) -> String {
    from_str::<serde::de::IgnoredAny>(json)
        .unwrap_err()
        .to_string()
}

#[test]
fn literals() {
    assert_eq!(seen("null"), Seen::Unit);
    assert_eq!(seen("true"), Seen::Bool(true));
    assert_eq!(seen(" false\n"), Seen::Bool(false));
}

#[test]
fn integers_that_fit_are_integers() {
    assert_eq!(seen("0"), Seen::U64(0));
    assert_eq!(seen("18446744073709551615"), Seen::U64(u64::MAX));
    assert_eq!(seen("-1"), Seen::I64(-1));
    assert_eq!(seen("-9223372036854775808"), Seen::I64(i64::MIN));
}

#[test]
fn other_numbers_are_the_closest_f64_infinite_beyond_range() {
    assert_eq!(
        seen("18446744073709551616"),
        Seen::F64(18446744073709551616.0)
    );
    assert_eq!(
        seen("-9223372036854775809"),
        Seen::F64(-9223372036854775809.0)
    );
    assert_eq!(seen("1.5"), Seen::F64(1.5));
    assert_eq!(seen("-2.5E-3"), Seen::F64(-0.0025));
    assert_eq!(seen("1e+2"), Seen::F64(100.0));
    assert_eq!(seen("1e400"), Seen::F64(f64::INFINITY));
    assert_eq!(seen("-1e400"), Seen::F64(f64::NEG_INFINITY));
    assert_eq!(seen("1e99999999999999999999"), Seen::F64(f64::INFINITY));
    assert_eq!(seen("1e-400"), Seen::F64(0.0));
    assert_eq!(seen("0e99999999999999999999"), Seen::F64(0.0));
    let huge = format!("-{}", "9".repeat(400));
    assert_eq!(seen(&huge), Seen::F64(f64::NEG_INFINITY));
    let Seen::F64(big) = seen(&"7".repeat(300)) else {
        panic!("not a float")
    };
    assert!(big.is_finite() && big > 7e299);
}

#[test]
fn minus_zero_keeps_its_sign_as_a_float() {
    for text in ["-0", "-0.0", "-0e5"] {
        let Seen::F64(v) = seen(text) else {
            panic!("{text} is not a float")
        };
        assert!(v == 0.0 && v.is_sign_negative(), "{text}");
    }
}

#[test]
fn strings_are_borrowed_unless_escaped() {
    assert_eq!(seen(r#""café ☕""#), Seen::Borrowed("café ☕"));
    assert_eq!(seen(r#""""#), Seen::Borrowed(""));
    assert_eq!(
        seen(r#""a\"b\\c\/d\be\ff\ng\rh\ti""#),
        Seen::Owned("a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti".into())
    );
    assert_eq!(
        seen(r#""\u00e9\u2615\uD83D\uDE00\ud83d\ude00x""#),
        Seen::Owned("é☕😀😀x".into())
    );
    assert_eq!(seen(r#""\u0000""#), Seen::Owned("\0".into()));
    assert_eq!(seen("\"\u{7f}\""), Seen::Borrowed("\u{7f}"));
}

#[test]
fn surrogates_must_pair() {
    for (json, column) in [
        (r#""\ud800""#, 2),
        (r#""ab\uDBFFx""#, 4),
        (r#""\udc00\ud800""#, 2),
        (r#""\ud800\u0041""#, 2),
        (r#""\ud800\ud800""#, 2),
        (r#""\ud800\n""#, 2),
    ] {
        assert_eq!(
            error(json),
            format!("line 1, column {column}: lone surrogate \\u escape in a string"),
            "{json}"
        );
    }
    let err = from_str::<String>(r#""\uD800""#).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::LoneSurrogate);
}

#[test]
fn control_chars_must_be_escaped() {
    assert_eq!(
        error("\"a\tb\""),
        "line 1, column 3: unescaped control character in a string"
    );
    assert_eq!(
        from_str::<Vec<String>>("[\"\0\"]").unwrap_err().kind(),
        &ErrorKind::ControlCharInString
    );
}

#[test]
fn positions_count_lines_and_chars_from_one() {
    let err = from_str::<serde_json::Value>("{\n  \"é\": [1,\n    2 x]\n}").unwrap_err();
    assert_eq!((err.line(), err.column()), (3, 7));
    assert_eq!(
        err.kind(),
        &ErrorKind::Syntax {
            expected: "',' or ']'",
            found: Found::Char('x')
        }
    );
    // Chars, not bytes, and a leading byte order mark is not counted.
    assert_eq!(
        error("\u{feff}[\"éé\" 1]"),
        "line 1, column 7: expected ',' or ']' but found '1'"
    );
    assert_eq!(
        error("\r\n\r\n  ?"),
        "line 3, column 3: expected a value but found '?'"
    );
    assert_eq!(
        error(""),
        "line 1, column 1: expected a value but found the end of input"
    );
    assert_eq!(
        error("[1,"),
        "line 1, column 4: expected a value but found the end of input"
    );
}

#[test]
fn invalid_utf8_is_placed_at_its_first_bad_byte() {
    let err = from_slice::<serde_json::Value>(b"[\"a\",\n \"\xff\"]").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8);
    assert_eq!(err.to_string(), "line 2, column 3: invalid UTF-8");
    assert_eq!(from_slice::<Vec<u8>>(b"\xef\xbb\xbf[1]").unwrap(), [1]);
}

#[test]
fn messages_of_visitors_are_kept_cut_and_placed() {
    let err = from_str::<char>(r#"["x", "long"]"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 2: invalid type: an array, expected a character"
    );
    let err = from_str::<(u8, char)>(r#"[7, "long"]"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 11: invalid value: a string, expected a character"
    );

    let long = "é".repeat(1000);
    let err = <Error as de::Error>::custom(&long);
    let ErrorKind::Custom(message) = err.kind() else {
        panic!("not custom")
    };
    assert_eq!(message.len(), MAX_MESSAGE_BYTES + "…".len());
    assert!(message.starts_with("éé") && message.ends_with("é…"));
    assert_eq!((err.line(), err.column()), (0, 0));
    assert_eq!(err.to_string(), *message);
    let short = <Error as de::Error>::custom("short");
    assert_eq!(short.to_string(), "short");
}

#[test]
fn type_errors_name_the_kind_never_the_value() {
    for (json, found) in [
        (r#""hunter2""#, "a string"),
        ("73915286", "a number"),
        ("-73915286", "a number"),
        ("7.3915286", "a number"),
        ("null", "null"),
        ("[7]", "an array"),
        (r#"{"p": 7}"#, "an object"),
    ] {
        let err = from_str::<bool>(json).unwrap_err().to_string();
        assert!(
            err.ends_with(&format!("invalid type: {found}, expected a boolean")),
            "{err}"
        );
        assert!(
            !err.contains("hunter2") && !err.contains("3915286"),
            "{err}"
        );
    }
}

#[test]
fn nesting_is_limited() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(from_str::<serde_json::Value>(&nested(MAX_DEPTH)).is_ok());
    assert!(from_str::<de::IgnoredAny>(&nested(MAX_DEPTH)).is_ok());
    let too_deep = format!("line 1, column {}: nested deeper than 128", MAX_DEPTH + 1);
    assert_eq!(
        from_str::<serde_json::Value>(&nested(MAX_DEPTH + 1))
            .unwrap_err()
            .to_string(),
        too_deep
    );
    assert_eq!(error(&nested(MAX_DEPTH + 1)), too_deep);
    let objects = format!(
        "{}1{}",
        r#"{"a":"#.repeat(MAX_DEPTH + 1),
        "}".repeat(MAX_DEPTH + 1)
    );
    assert_eq!(
        from_str::<serde_json::Value>(&objects).unwrap_err().kind(),
        &ErrorKind::TooDeep
    );
}

#[test]
fn a_visitor_that_stops_early_leaves_the_rest_refused() {
    assert_eq!(
        from_str::<(u8, u8)>("[1, 2, 3]").unwrap_err().to_string(),
        "line 1, column 6: expected ']' but found ','"
    );
}

#[test]
fn skipped_values_are_checked() {
    for (json, message) in [
        (
            r#"{"a": [1, {"b": "\x"}]}"#,
            r#"line 1, column 19: expected an escape (\" \\ \/ \b \f \n \r \t or \uXXXX) but found another char (not shown: strings may be secret)"#,
        ),
        (
            r#"[01]"#,
            "line 1, column 3: expected ',' or ']' but found '1'",
        ),
        (r#"{"a" 1}"#, "line 1, column 6: expected ':' but found '1'"),
        (
            r#"[nul]"#,
            "line 1, column 5: expected 'null' but found ']'",
        ),
    ] {
        assert_eq!(error(json), message, "{json}");
        assert_eq!(
            from_str::<serde_json::Value>(json).unwrap_err().to_string(),
            message,
            "{json}"
        );
    }
}

#[test]
fn a_reader_shows_its_place_not_its_input() {
    let mut de = org_shapes::json::Deserializer::new(r#"["hunter2"]"#);
    let _ = Vec::<de::IgnoredAny>::deserialize(&mut de).unwrap();
    assert_eq!(
        format!("{de:?}"),
        "Deserializer { len: 11, pos: 11, depth: 0 }"
    );
}

#[test]
fn errors_are_small_and_describe_themselves() {
    let err = from_str::<u8>("1 2").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::TrailingCharacters { found: '2' });
    assert!(format!("{err:?}").starts_with("Error { kind: TrailingCharacters"));
    let _: &dyn core::error::Error = &err;
    assert_eq!(vec![err.clone()], [err]);
    assert!(core::mem::size_of::<Error>() <= 64);
}
