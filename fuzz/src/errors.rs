//! The `error_parser` target: any header value and body through [`ErrorResponse::parse`] and
//! the three per-operation parsers.
//!
//! "Always yields a code" is read as the parser documents it: the code is the header's, else
//! the body's `code`, else its `__type`, each sanitized, the first that is not empty; only
//! when none of them gives one is it empty (and then the operation parsers say `Unknown`
//! with the empty code). The properties:
//!
//! - nothing panics, and parsing twice gives equal results;
//! - a header that is not empty once sanitized gives exactly that code (cut to
//!   `CODE_MAX_BYTES` at a char boundary, trimmed again), whatever the body;
//! - the code is sanitized, at most `CODE_MAX_BYTES`, and empty only if the header is empty
//!   once sanitized;
//! - no code, message, reason or type, and no `Display` of an operation's error, holds a
//!   control char (C0, DEL, C1, U+2028, U+2029), and a message is at most
//!   `MESSAGE_MAX_BYTES + 3` bytes (`...` marks a cut);
//! - each operation parser reports the same code as `ErrorResponse::parse`, and the same
//!   message;
//! - an error written with `to_json` reads back with the same code (when the code is a fixed
//!   point of sanitizing, as `to_json` asks).

use org_shapes::service_error::{
    organizations as so, sanitize_code, workmail as sw, ErrorResponse, CODE_MAX_BYTES,
    MESSAGE_MAX_BYTES,
};

/// The control chars no parsed text keeps: Unicode's `Cc` (C0, DEL, C1) and the separators.
fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Panics when `text` holds a control char.
fn assert_one_line(what: &str, text: &str) {
    assert!(
        !text.contains(is_control),
        "{what} keeps a control char: {text:?}"
    );
}

/// The first `max` bytes of `s`, cut back to a char boundary.
fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The properties for one header value (if any) and body.
pub fn check(header: Option<&str>, body: &[u8]) {
    let parsed = ErrorResponse::parse(header, body);
    assert_eq!(
        parsed,
        ErrorResponse::parse(header, body),
        "not deterministic"
    );
    let code = parsed.code.as_str();
    assert!(code.len() <= CODE_MAX_BYTES, "code of {} bytes", code.len());
    assert_eq!(code, code.trim(), "code not trimmed: {code:?}");
    assert!(!code.contains(':'), "code not sanitized: {code:?}");
    match header.map(sanitize_code).filter(|h| !h.is_empty()) {
        Some(h) => assert_eq!(
            code,
            cut(h, CODE_MAX_BYTES).trim_end(),
            "header {header:?} ignored"
        ),
        None if code.is_empty() => {}
        None => assert!(!body.is_empty(), "code {code:?} from nowhere"),
    }
    assert_one_line("code", code);
    for (what, text) in [
        ("message", &parsed.message),
        ("reason", &parsed.reason),
        ("type", &parsed.error_type),
    ] {
        assert_one_line(what, text.as_deref().unwrap_or_default());
    }
    let message_len = parsed.message.as_ref().map_or(0, String::len);
    assert!(
        message_len <= MESSAGE_MAX_BYTES + 3,
        "message of {message_len} bytes"
    );

    let a = sw::CreateOrganizationError::parse(header, body);
    let b = sw::CreateUserError::parse(header, body);
    let c = so::CreateOrganizationError::parse(header, body);
    assert_eq!(a, sw::CreateOrganizationError::parse(header, body));
    assert_eq!(b, sw::CreateUserError::parse(header, body));
    assert_eq!(c, so::CreateOrganizationError::parse(header, body));
    for (which, got, message) in [
        ("workmail CreateOrganization", a.code(), a.message()),
        ("workmail CreateUser", b.code(), b.message()),
        ("organizations CreateOrganization", c.code(), c.message()),
    ] {
        assert_eq!(got, code, "{which}: code");
        assert_eq!(message, parsed.message.as_deref(), "{which}: message");
    }
    for shown in [a.to_string(), b.to_string(), c.to_string()] {
        assert_one_line("Display", &shown);
    }
    let _ = (a.is_retryable(), b.is_retryable(), c.is_retryable());
    let _ = c.reason();

    if sanitize_code(code) == code {
        let json = parsed.to_json();
        let again = ErrorResponse::parse(None, json.as_bytes());
        assert_eq!(again.code, parsed.code, "to_json loses the code: {json:?}");
    }
}

/// The target: the first byte (when there is one) is the header's length in bytes, taken
/// modulo the rest's length plus one; 0 means no header. The header is read as UTF-8 with
/// invalid sequences replaced (header values are text), the body is kept as bytes.
pub fn run(data: &[u8]) {
    let Some((&n, rest)) = data.split_first() else {
        check(None, data);
        return;
    };
    let split = usize::from(n) % (rest.len() + 1);
    let (header, body) = rest.split_at(split);
    if split == 0 {
        check(None, body);
    } else {
        check(Some(&String::from_utf8_lossy(header)), body);
    }
}
