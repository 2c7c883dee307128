//! The tolerant reader of error bodies, through `ErrorResponse::parse`: which members it
//! reads, how it decodes them, where it cuts them, and what it keeps of a malformed body.
//! (Moved from the unit tests of `src/service_error/scan.rs`; messages are seen as
//! `ErrorResponse` keeps them, each run of control chars one space and `...` after a cut.)
#![cfg(feature = "alloc")]

use org_shapes::service_error::{ErrorResponse, MESSAGE_MAX_BYTES};

/// The kept `Message` of `body`.
fn message(body: &str) -> Option<String> {
    ErrorResponse::parse(None, body.as_bytes()).message
}

#[test]
fn reads_top_level_strings_only() {
    let body = r#"{"a": {"Message": "inner"}, "b": [1, "x", {"c": null}], "Message": "outer"}"#;
    assert_eq!(message(body).as_deref(), Some("outer"));
    assert_eq!(message(r#"{"Message": 5}"#), None);
    assert_eq!(message(r#"{"Message": null}"#), None);
    // Keys are exact: `Type` is read, `type` is not.
    let r = ErrorResponse::parse(None, br#"{"type": "x"}"#);
    assert_eq!(r.error_type, None);
    assert_eq!(r.message, None);
}

#[test]
fn decodes_escapes() {
    let body = r#"{"Message": "q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00\ud800x"}"#;
    // `\n` and `\t` decode to control chars, which the message keeps as one space each.
    assert_eq!(message(body).as_deref(), Some("q\"b\\s/n t ué😀\u{fffd}x"));
    assert_eq!(
        message(r#"{"Message": "\u12"}"#).as_deref(),
        Some("\u{fffd}12")
    );
}

#[test]
fn cuts_at_the_limit_on_a_char_boundary() {
    // One ASCII byte, then two-byte chars: the limit falls inside a char, which is dropped.
    let body = format!(r#"{{"Message": "a{}"}}"#, "é".repeat(MESSAGE_MAX_BYTES));
    let kept = format!("a{}...", "é".repeat((MESSAGE_MAX_BYTES - 1) / 2));
    assert_eq!(message(&body), Some(kept));
}

#[test]
fn keeps_what_came_before_a_malformation() {
    assert_eq!(message(r#"{"Message": "a", oops"#).as_deref(), Some("a"));
    // A string the body ends inside is kept as far as it goes, marked cut.
    assert_eq!(message(r#"{"Message": "abc"#).as_deref(), Some("abc..."));
    assert_eq!(message(r#"{"x": [1, {"#), None);
    assert_eq!(message(""), None);
    assert_eq!(message(" \n"), None);
    // Not an object: the body itself is the message.
    assert_eq!(message("<html>").as_deref(), Some("<html>"));
    assert_eq!(message("[\"Message\"]").as_deref(), Some("[\"Message\"]"));
}

#[test]
fn deep_nesting_needs_no_stack() {
    let mut body = String::from(r#"{"x": "#);
    body.push_str(&"[".repeat(100_000));
    body.push_str(&"]".repeat(100_000));
    body.push_str(r#", "Message": "ok"}"#);
    assert_eq!(message(&body).as_deref(), Some("ok"));
}

#[test]
fn invalid_utf8_is_replaced() {
    let r = ErrorResponse::parse(None, b"{\"Message\": \"a\xffb\"}");
    assert_eq!(r.message.as_deref(), Some("a\u{fffd}b"));
}
