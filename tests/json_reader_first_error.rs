//! A string's errors are reported in document order: the first wrong byte wins.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::json;

const BAD_ESCAPE: &str = r#"line 1, column 3: expected an escape (\" \\ \/ \b \f \n \r \t or \uXXXX) but found another char (not shown: strings may be secret)"#;

#[test]
fn a_bad_escape_before_a_control_char_or_the_end_is_the_error() {
    for document in ["\"\\x\n\"", "\"\\x", "\"\\xabc"] {
        let err = json::from_str::<String>(document).unwrap_err();
        assert_eq!(err.to_string(), BAD_ESCAPE, "{document:?}");
    }
    let err = json::from_str::<String>("\"a\n\\x\"").unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 3: unescaped control character in a string"
    );
}

#[test]
fn a_backslash_last_leaves_the_string_unterminated() {
    let err = json::from_str::<serde::de::IgnoredAny>("[\"ab\\").unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 6: expected '\"' to end the string but found the end of input"
    );
}
