//! Broken escapes in an error body: the tolerant reader never fails on them, it replaces what
//! it cannot decode with U+FFFD and reads on. (The strict reader refuses the same escapes with
//! a message: tests/json_reader.rs.)
#![cfg(feature = "alloc")]

use org_shapes::service_error::ErrorResponse;

#[test]
fn a_broken_escape_becomes_a_replacement_char_and_reading_goes_on() {
    for (escaped, kept) in [
        // A high surrogate followed by no low one: it is replaced, what follows is read.
        (r"\ud800\u0041", "\u{fffd}A"),
        (r"\ud800\ud800\udc00", "\u{fffd}\u{10000}"),
        // A low surrogate alone.
        (r"\udc00x", "\u{fffd}x"),
        // Fewer than four hex digits: only the `\u` is replaced, the rest is text.
        (r"\u00e", "\u{fffd}00e"),
        (r"\ud800\u00G1", "\u{fffd}\u{fffd}00G1"),
        (r"\ud83d\ude0", "\u{fffd}\u{fffd}de0"),
        // Escapes JSON lacks: an ASCII char stands for itself, another char is replaced.
        (r"\x\q", "xq"),
        ("\\é", "\u{fffd}\u{fffd}"),
    ] {
        let body = format!(r#"{{"Message": "{escaped}"}}"#);
        let response = ErrorResponse::parse(None, body.as_bytes());
        assert_eq!(response.message.as_deref(), Some(kept), "{escaped}");
    }
    // A body that ends after a backslash: what came before is kept, marked as cut.
    let response = ErrorResponse::parse(None, b"{\"Message\": \"ab\\");
    assert_eq!(response.message.as_deref(), Some("ab\u{fffd}..."));
}
