//! Examples that stood in the docs of `src/json.rs` and moved here, with the same
//! assertions, when the docs kept a shorter one.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::json::{self, ErrorKind, Found};

/// From the docs of `ErrorKind`.
#[test]
fn a_missing_comma_is_a_syntax_error() {
    let err = json::from_str::<serde_json::Value>("[1 2]").unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::Syntax {
            expected: "',' or ']'",
            found: Found::Char('2')
        }
    );
}
