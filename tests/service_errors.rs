//! Error responses of the three operations: every documented form of the code, message and
//! reason, the typed errors and their retry advice, and the error bodies rendered from
//! violations, read back by the crate's own parser.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::organizations::{AccountId, CreateOrganizationError as OrgError, FeatureSet};
use org_shapes::service_error::organizations::{
    AccessDeniedForDependencyReason, ConstraintViolationReason, InvalidInputReason,
};
use org_shapes::service_error::{
    is_retryable_code, is_retryable_response, sanitize_code, ErrorResponse, CLIENT_ERROR_STATUS,
    CODE_MAX_BYTES, MESSAGE_MAX_BYTES, SERVER_FAULT_CODES, THROTTLING_CODES, TRANSIENT_CODES,
    TRANSIENT_STATUSES,
};
use org_shapes::violation::{Constraint, Excerpt, Path, Rule, Shown, Violation};
use org_shapes::wire::JsonKind;
use org_shapes::workmail::{
    CreateOrganizationError as WmOrgError, CreateUserError, OrgAlias, Password, UserName,
};
use org_shapes::{Service, Sink, Violations};
use proptest::prelude::*;
use regex::Regex;
use std::sync::LazyLock;

fn parse(header: Option<&str>, body: &str) -> ErrorResponse {
    ErrorResponse::parse(header, body.as_bytes())
}

/// The control chars no parsed text keeps, read independently of the crate: Unicode's `Cc`
/// category (C0, DEL, C1) and the line and paragraph separators.
static CONTROL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Cc}\u{2028}\u{2029}]").unwrap());
static CONTROL_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Cc}\u{2028}\u{2029}]+").unwrap());

/// Every char of each class: C0, DEL, C1, U+2028, U+2029.
fn every_control_char() -> Vec<char> {
    let all: Vec<char> = (0u32..0x20)
        .chain([0x7f])
        .chain(0x80..0xa0)
        .chain([0x2028, 0x2029])
        .map(|u| char::from_u32(u).unwrap())
        .collect();
    assert_eq!(all.len(), 32 + 1 + 32 + 2);
    all
}

/// How a message is kept: each run of control chars becomes one space.
fn one_line(text: &str) -> String {
    CONTROL_RUN.replace_all(text, " ").into_owned()
}

/// How a reason or type is kept: without leading whitespace, up to the first control char,
/// without trailing whitespace.
fn first_line(text: &str) -> &str {
    let text = text.trim_start();
    let end = CONTROL.find(text).map_or(text.len(), |m| m.start());
    text[..end].trim_end()
}

// ---------------------------------------------------------------------------------------------
// Where the code comes from, and how it is sanitized

#[test]
fn code_comes_from_the_header_then_code_then_type() {
    let body = r#"{"__type": "FromType", "code": "FromCode"}"#;
    assert_eq!(parse(Some("FromHeader"), body).code, "FromHeader");
    assert_eq!(parse(None, body).code, "FromCode");
    assert_eq!(parse(None, r#"{"__type": "FromType"}"#).code, "FromType");
    // A header or member that sanitizes to nothing does not count.
    assert_eq!(parse(Some(""), body).code, "FromCode");
    assert_eq!(parse(Some("  "), body).code, "FromCode");
    assert_eq!(parse(Some(":http://x/"), body).code, "FromCode");
    assert_eq!(
        parse(None, r#"{"code": "", "__type": "FromType"}"#).code,
        "FromType"
    );
    // Non-string members are not codes.
    assert_eq!(
        parse(None, r#"{"code": 400, "__type": "FromType"}"#).code,
        "FromType"
    );
}

#[test]
fn codes_are_sanitized_in_every_documented_form() {
    let cases = [
        ("NameAvailabilityException", "NameAvailabilityException"),
        (
            "com.amazonaws.workmail#NameAvailabilityException",
            "NameAvailabilityException",
        ),
        (
            "com.amazonaws.workmail#NameAvailabilityException:http://internal.amazon.com/coral/com.amazonaws.workmail/",
            "NameAvailabilityException",
        ),
        (
            "InvalidInputException:http://internal.amazon.com/coral/com.amazonaws.organizations.v20161128/",
            "InvalidInputException",
        ),
        ("aws.protocoltests#FooError:http://a#b", "FooError"),
        // Only what follows the first `#` is kept (the Smithy rule; botocore keeps the last).
        ("a#b#FooError", "b#FooError"),
        ("  FooError \t", "FooError"),
        ("#", ""),
        ("", ""),
    ];
    for (raw, code) in cases {
        assert_eq!(sanitize_code(raw), code, "{raw}");
        assert_eq!(parse(Some(raw), "").code, code, "header {raw}");
        let body = serde_json::json!({ "__type": raw }).to_string();
        assert_eq!(parse(None, &body).code, code, "__type {raw}");
        let body = serde_json::json!({ "code": raw }).to_string();
        assert_eq!(parse(None, &body).code, code, "code {raw}");
    }
}

#[test]
fn huge_codes_are_cut() {
    let long = "X".repeat(10_000);
    assert_eq!(parse(Some(&long), "").code.len(), CODE_MAX_BYTES);
    let body = serde_json::json!({ "__type": format!("ns#{long}") }).to_string();
    // Bodies keep the first 1024 bytes of a raw code, then sanitize and cut.
    assert_eq!(parse(None, &body).code, "X".repeat(CODE_MAX_BYTES));
    let e = WmOrgError::parse(Some(&long), b"");
    assert!(matches!(e, WmOrgError::Unknown { ref code, .. } if code.len() == CODE_MAX_BYTES));
}

/// Found by the `error_parser` fuzz target: a cut inside a run of whitespace left the code
/// ending in it, no longer sanitized.
#[test]
fn a_cut_code_ends_trimmed() {
    let raw = format!("ServiceExcept{}x", "\n".repeat(200));
    assert_eq!(parse(Some(&raw), "").code, "ServiceExcept");
    let body = serde_json::json!({ "code": raw }).to_string();
    assert_eq!(parse(None, &body).code, "ServiceExcept");
}

// ---------------------------------------------------------------------------------------------
// Control chars: whatever the header and body hold, nothing parsed keeps one

#[test]
fn a_header_ends_at_its_first_control_char() {
    let body = r#"{"__type": "FromBody"}"#;
    let cases = [
        // The injection the issue found.
        ("Throttling\r\nX-Injected: 1", "Throttling"),
        ("ThrottlingException\nX-Injected: 1", "ThrottlingException"),
        // A `#` or `:` after the control char does not choose the code.
        ("Throttling\r\nX#Evil", "Throttling"),
        ("ns#Throttling\u{2028}x#Evil:1", "Throttling"),
        ("Throttling \t trailer", "Throttling"),
        // Leading whitespace, line breaks included, goes as before.
        ("\r\n  ThrottlingException", "ThrottlingException"),
        // A control char that is not whitespace, first: nothing is left, the body's code counts.
        ("\u{1}Throttling", "FromBody"),
        ("\u{9b}Throttling", "FromBody"),
        ("\u{7f}", "FromBody"),
        // NEL (U+0085) and the separators are whitespace too: leading, they go.
        ("\u{85}\u{2028}Throttling", "Throttling"),
    ];
    for (header, code) in cases {
        assert_eq!(parse(Some(header), body).code, code, "{header:?}");
    }
    let e = WmOrgError::parse(Some("Throttling\r\nX-Injected: 1"), b"");
    assert_eq!(
        e,
        WmOrgError::Unknown {
            code: "Throttling".into(),
            message: None,
            status: None
        }
    );
    assert_eq!(e.to_string(), "Throttling");
    assert_eq!(sanitize_code("Throttling\r\nX-Injected: 1"), "Throttling");
}

#[test]
fn every_control_char_ends_a_code_reason_and_type() {
    for c in every_control_char() {
        let raw = format!("ns#Throttling{c}X-Injected: 1");
        assert_eq!(sanitize_code(&raw), "Throttling", "{c:?}");
        assert_eq!(parse(Some(&raw), "").code, "Throttling", "header {c:?}");
        for member in ["code", "__type"] {
            let body = serde_json::json!({ member: raw }).to_string();
            assert_eq!(parse(None, &body).code, "Throttling", "{member} {c:?}");
        }
        let body = serde_json::json!({
            "__type": "ConstraintViolationException",
            "Reason": format!("ACCOUNT_NUMBER_LIMIT_EXCEEDED{c}INJECTED"),
        })
        .to_string();
        let e = OrgError::parse(None, body.as_bytes());
        assert_eq!(
            e.reason(),
            Some("ACCOUNT_NUMBER_LIMIT_EXCEEDED"),
            "reason {c:?}"
        );
        let body = serde_json::json!({
            "__type": "TooManyRequestsException",
            "Type": format!("AccountLimit{c}Injected"),
        })
        .to_string();
        assert_eq!(
            parse(None, &body).error_type.as_deref(),
            Some("AccountLimit"),
            "type {c:?}"
        );
    }
}

#[test]
fn every_control_char_in_a_message_becomes_a_space() {
    for c in every_control_char() {
        // In a JSON message, escaped or raw (raw control chars are invalid JSON, read anyway).
        let escaped = serde_json::json!({ "Message": format!("Rate{c}exceeded") }).to_string();
        let raw = format!(r#"{{"Message": "Rate{c}exceeded"}}"#);
        for body in [escaped, raw] {
            let e = CreateUserError::parse(Some("ThrottlingException"), body.as_bytes());
            assert_eq!(e.message(), Some("Rate exceeded"), "{c:?} in {body:?}");
            assert_eq!(e.to_string(), "ThrottlingException: Rate exceeded");
        }
        // In a body that is not JSON: its text becomes the message.
        let body = format!("<html>{c}<body>Bad Gateway</body>{c}</html>{c}");
        assert_eq!(
            parse(None, &body).message.as_deref(),
            Some("<html> <body>Bad Gateway</body> </html>"),
            "{c:?}"
        );
    }
}

#[test]
fn message_control_runs_are_one_space_and_other_chars_stay() {
    let h = Some("InvalidParameterException");
    let cases = [
        (r#""line 1\r\nline 2""#, "line 1 line 2"),
        (
            r#""a\u0000\u0001\u001f\u007f\u0080\u009f\u2028\u2029b""#,
            "a b",
        ),
        (r#""\nleading and trailing\n""#, " leading and trailing "),
        (r#""a \n b""#, "a   b"),
        // What is not a control char stays: no-break space, zero-width space, replacement char.
        (r#""a\u00a0b\u200bc\ufffdé""#, "a\u{a0}b\u{200b}c\u{fffd}é"),
    ];
    for (json, message) in cases {
        let body = format!(r#"{{"Message": {json}}}"#);
        assert_eq!(parse(h, &body).message.as_deref(), Some(message), "{json}");
    }
    // A plain-text body, with CRLF line ends and a trailing newline.
    assert_eq!(
        parse(None, "Service Unavailable\r\n\r\nTry again later.\r\n")
            .message
            .as_deref(),
        Some("Service Unavailable Try again later.")
    );
}

#[test]
fn bounds_hold_with_control_chars() {
    // A message of nothing but line breaks: the first MESSAGE_MAX_BYTES bytes, one space.
    let body = serde_json::json!({ "Message": "\n".repeat(1_000_000) }).to_string();
    assert_eq!(parse(None, &body).message.as_deref(), Some(" ..."));
    // Separators of 3 bytes each, between letters: cut by bytes first, then each one a space.
    let body = serde_json::json!({ "Message": "a\u{2028}".repeat(100_000) }).to_string();
    let message = parse(None, &body).message.unwrap();
    assert_eq!(
        message,
        format!("{}...", "a ".repeat(MESSAGE_MAX_BYTES / 4))
    );
    // A body that is not JSON, with a C1 control every 3 bytes: its first MESSAGE_MAX_BYTES
    // bytes (1365 times `x\u{85}`, then `x`), each control a space.
    let body = "x\u{85}".repeat(100_000);
    let message = parse(None, &body).message.unwrap();
    assert_eq!(message, format!("{}x...", "x ".repeat(1365)));
    // A huge header: the code before the injection, whatever follows.
    let header = format!("Throttling\r\n{}", "X-Injected: 1\r\n".repeat(100_000));
    assert_eq!(parse(Some(&header), "").code, "Throttling");
    let header = format!("{}\r\nX-Injected: 1", "T".repeat(10_000));
    assert_eq!(parse(Some(&header), "").code, "T".repeat(CODE_MAX_BYTES));
}

/// Any char, with control chars, separators and the sanitizer's own delimiters often.
fn hostile_text() -> impl Strategy<Value = String> {
    let special = proptest::sample::select(vec![
        '\r', '\n', '\t', '\0', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{2028}', '\u{2029}',
        '#', ':', ' ', '"', '\\', '\u{a0}',
    ]);
    proptest::collection::vec(
        prop_oneof![2 => any::<char>(), 3 => special, 2 => proptest::char::range('a', 'z')],
        0..48,
    )
    .prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn nothing_parsed_keeps_a_control_char(
        header in proptest::option::of(hostile_text()),
        code in hostile_text(),
        message in hostile_text(),
        reason in hostile_text(),
        error_type in hostile_text(),
        raw in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let json = serde_json::json!({
            "code": code, "Message": message, "Reason": reason, "Type": error_type,
        })
        .to_string();
        for body in [json.as_bytes(), raw.as_slice()] {
            let r = ErrorResponse::parse(header.as_deref(), body);
            for text in [Some(&r.code), r.message.as_ref(), r.reason.as_ref(), r.error_type.as_ref()]
                .into_iter()
                .flatten()
            {
                prop_assert!(!CONTROL.is_match(text), "{:?} from {:?}", text, body);
            }
            prop_assert!(r.code.len() <= CODE_MAX_BYTES);
            prop_assert!(r.message.as_ref().is_none_or(|m| m.len() <= MESSAGE_MAX_BYTES + 3));
            for shown in [
                WmOrgError::parse(header.as_deref(), body).to_string(),
                CreateUserError::parse(header.as_deref(), body).to_string(),
                OrgError::parse(header.as_deref(), body).to_string(),
            ] {
                prop_assert!(!CONTROL.is_match(&shown), "{:?}", shown);
            }
        }
        // The message, exactly: each run of control chars one space.
        let r = ErrorResponse::parse(None, json.as_bytes());
        prop_assert_eq!(r.message, Some(one_line(&message)));
        prop_assert_eq!(r.reason.as_deref(), Some(first_line(&reason)));
    }
}

// ---------------------------------------------------------------------------------------------
// Message, reason, type

#[test]
fn message_comes_from_message_in_either_case() {
    let h = Some("InvalidParameterException");
    assert_eq!(
        parse(h, r#"{"Message": "upper"}"#).message.as_deref(),
        Some("upper")
    );
    assert_eq!(
        parse(h, r#"{"message": "lower"}"#).message.as_deref(),
        Some("lower")
    );
    // Both: the model's member name, `Message`, wins.
    assert_eq!(
        parse(h, r#"{"message": "lower", "Message": "upper"}"#)
            .message
            .as_deref(),
        Some("upper")
    );
    assert_eq!(parse(h, r#"{"Message": null}"#).message, None);
    assert_eq!(parse(h, r#"{"Message": ["x"]}"#).message, None);
    assert_eq!(parse(h, r#"{"MESSAGE": "x"}"#).message, None);
    assert_eq!(parse(h, "{}").message, None);
    assert_eq!(
        parse(h, r#"{"Message": "a\"b\\c\nd\u00e9\ud83d\ude00"}"#)
            .message
            .as_deref(),
        Some("a\"b\\c dé😀")
    );
}

#[test]
fn huge_messages_are_cut_at_a_char_boundary() {
    let exact = "m".repeat(MESSAGE_MAX_BYTES);
    let body = serde_json::json!({ "Message": exact }).to_string();
    assert_eq!(parse(None, &body).message.as_deref(), Some(exact.as_str()));

    let huge = "é".repeat(1_000_000);
    let body = serde_json::json!({ "__type": "ServiceException", "Message": huge }).to_string();
    let e = OrgError::parse(None, body.as_bytes());
    let message = e.message().unwrap();
    assert_eq!(message, format!("{}...", "é".repeat(MESSAGE_MAX_BYTES / 2)));
    assert!(matches!(e, OrgError::Service { .. }));
    assert!(e.to_string().len() < MESSAGE_MAX_BYTES + 64);
}

#[test]
fn reasons_known_and_unknown() {
    let e = OrgError::parse(
        None,
        br#"{"__type":"ConstraintViolationException","Message":"m","Reason":"ACCOUNT_NUMBER_LIMIT_EXCEEDED"}"#,
    );
    assert_eq!(
        e,
        OrgError::ConstraintViolation {
            reason: Some(ConstraintViolationReason::AccountNumberLimitExceeded),
            message: Some("m".into()),
            status: None,
        }
    );
    assert_eq!(e.reason(), Some("ACCOUNT_NUMBER_LIMIT_EXCEEDED"));
    assert_eq!(
        e.to_string(),
        "ConstraintViolationException: m (reason: ACCOUNT_NUMBER_LIMIT_EXCEEDED)"
    );

    // A reason the model does not list survives.
    let e = OrgError::parse(
        Some("ConstraintViolationException"),
        br#"{"Reason":"BRAND_NEW_LIMIT"}"#,
    );
    assert_eq!(
        e,
        OrgError::ConstraintViolation {
            reason: Some(ConstraintViolationReason::Unknown("BRAND_NEW_LIMIT".into())),
            message: None,
            status: None,
        }
    );
    assert_eq!(e.reason(), Some("BRAND_NEW_LIMIT"));

    let e = OrgError::parse(
        Some("InvalidInputException"),
        br#"{"message":"bad","reason":"INVALID_ENUM"}"#,
    );
    assert_eq!(
        e,
        OrgError::InvalidInput {
            reason: Some(InvalidInputReason::InvalidEnum),
            message: Some("bad".into()),
            status: None,
        }
    );
    let e = OrgError::parse(
        Some("AccessDeniedForDependencyException"),
        br#"{"Reason":"ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"}"#,
    );
    assert_eq!(
        e,
        OrgError::AccessDeniedForDependency {
            reason: Some(
                AccessDeniedForDependencyReason::AccessDeniedDuringCreateServiceLinkedRole
            ),
            message: None,
            status: None,
        }
    );
    // No reason at all is fine too; errors without a reason member ignore one.
    assert_eq!(
        OrgError::parse(Some("InvalidInputException"), b"{}"),
        OrgError::InvalidInput {
            reason: None,
            message: None,
            status: None
        }
    );
    let e = OrgError::parse(Some("AccessDeniedException"), br#"{"Reason":"X"}"#);
    assert_eq!(
        e,
        OrgError::AccessDenied {
            message: None,
            status: None
        }
    );
    assert_eq!(e.reason(), None);
}

#[test]
fn too_many_requests_keeps_its_type() {
    let e = OrgError::parse(
        None,
        br#"{"__type":"TooManyRequestsException","Type":"AccountLimit","Message":"slow down"}"#,
    );
    assert_eq!(
        e,
        OrgError::TooManyRequests {
            error_type: Some("AccountLimit".into()),
            message: Some("slow down".into()),
            status: None,
        }
    );
    assert!(e.is_retryable());
}

// ---------------------------------------------------------------------------------------------
// Bodies that are not what they should be

#[test]
fn malformed_or_empty_bodies_still_yield_a_code() {
    let header = Some("ServiceException");
    for body in [
        "",
        "   ",
        "{",
        "{\"Message\": ",
        "{\"Message\": \"unterminated",
        "}{",
        "null",
        "[1, 2]",
        "\"ServiceException\"",
        "<html><body>Service Unavailable</body></html>",
        "{\"a\": [[[[[{\"b\": }",
        "\u{feff}{}",
    ] {
        let e = OrgError::parse(header, body.as_bytes());
        assert!(matches!(e, OrgError::Service { .. }), "{body:?}");
        assert_eq!(e.code(), "ServiceException");
        // Without the header, the documented fallback: Unknown with the empty code.
        let e = OrgError::parse(None, body.as_bytes());
        assert!(
            matches!(e, OrgError::Unknown { ref code, .. } if code.is_empty()),
            "{body:?}"
        );
        assert!(e.to_string().starts_with("error response without a code"));
        assert!(!e.is_retryable());
    }
}

#[test]
fn what_can_be_read_before_a_malformation_is_kept() {
    let r = parse(
        None,
        r#"{"__type": "DirectoryInUseException", "Message": "in use", oops"#,
    );
    assert_eq!(r.code, "DirectoryInUseException");
    assert_eq!(r.message.as_deref(), Some("in use"));
    // A body cut inside the message keeps the part that arrived, marked as cut.
    let r = parse(
        None,
        r#"{"__type": "DirectoryInUseException", "Message": "in u"#,
    );
    assert_eq!(r.message.as_deref(), Some("in u..."));
}

#[test]
fn non_json_bodies_become_the_message() {
    let r = parse(
        Some("ServiceUnavailable"),
        "  <html><body>Service Unavailable</body></html>\n",
    );
    assert_eq!(
        r.message.as_deref(),
        Some("<html><body>Service Unavailable</body></html>")
    );
    let huge = "x".repeat(100_000);
    let r = parse(None, &huge);
    assert_eq!(
        r.message.as_deref(),
        Some(format!("{}...", "x".repeat(MESSAGE_MAX_BYTES)).as_str())
    );
    assert_eq!(parse(None, "").message, None);
}

#[test]
fn invalid_utf8_never_fails() {
    let r = ErrorResponse::parse(
        None,
        b"{\"__type\": \"Bad\xff\xfeCode\", \"Message\": \"\xc3\"}",
    );
    assert_eq!(r.code, "Bad\u{fffd}\u{fffd}Code");
    assert_eq!(r.message.as_deref(), Some("\u{fffd}"));
}

#[test]
fn the_moto_capture_parses() {
    let capture: serde_json::Value = serde_json::from_str(include_str!(
        "data/moto/organizations_error_already_in_organization.json"
    ))
    .unwrap();
    let header = capture["headers"]["X-Amzn-Errortype"].as_str();
    let body = capture["body"].as_str().unwrap().as_bytes();
    for header in [header, None] {
        let e = OrgError::parse(header, body);
        assert_eq!(
            e,
            OrgError::AlreadyInOrganization {
                message: Some(
                    "The provided account is already a member of an organization.".into()
                ),
                status: None
            }
        );
        assert!(!e.is_retryable());
    }
    // With moto's real status.
    let status = u16::try_from(capture["status"].as_u64().unwrap()).unwrap();
    let e = OrgError::parse_with_status(status, header, body);
    assert_eq!(e.status(), Some(400));
    assert!(matches!(e, OrgError::AlreadyInOrganization { .. }));
    assert!(!e.is_retryable());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_parse_and_a_header_always_wins(body in proptest::collection::vec(any::<u8>(), 0..512)) {
        let r = ErrorResponse::parse(Some("TooManyRequestsException"), &body);
        prop_assert_eq!(r.code.as_str(), "TooManyRequestsException");
        prop_assert!(OrgError::parse(None, &body).code().len() <= CODE_MAX_BYTES);
        let _ = WmOrgError::parse(None, &body);
        let _ = CreateUserError::parse(None, &body);
    }

    #[test]
    fn json_looking_bytes_never_panic(body in "[{}\\[\\]\",:\\\\a-z0-9 u]{0,256}") {
        let r = ErrorResponse::parse(None, body.as_bytes());
        prop_assert!(r.code.len() <= CODE_MAX_BYTES);
    }
}

// ---------------------------------------------------------------------------------------------
// The typed errors of each operation

fn model() -> serde_json::Value {
    serde_json::from_str(include_str!("data/model_constraints.json")).unwrap()
}

fn model_errors(service: &str, operation: &str) -> Vec<String> {
    model()["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["service"] == service && o["name"] == operation)
        .unwrap()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn documented_codes_match_the_model() {
    assert_eq!(
        WmOrgError::CODES,
        model_errors("workmail", "CreateOrganization")
    );
    assert_eq!(
        CreateUserError::CODES,
        model_errors("workmail", "CreateUser")
    );
    assert_eq!(
        OrgError::CODES,
        model_errors("organizations", "CreateOrganization")
    );
}

#[test]
fn reason_enums_match_the_model() {
    // Fails when src/service_error/reasons.rs is out of date: run scripts/gen_error_reasons.py.
    let model = model();
    let shape = |name: &str| -> Vec<String> {
        model["shapes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["service"] == "organizations" && s["shape"] == name)
            .unwrap()["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ConstraintViolationReason::VALUES,
        shape(ConstraintViolationReason::MODEL_NAME)
    );
    assert_eq!(
        InvalidInputReason::VALUES,
        shape(InvalidInputReason::MODEL_NAME)
    );
    assert_eq!(
        AccessDeniedForDependencyReason::VALUES,
        shape(AccessDeniedForDependencyReason::MODEL_NAME)
    );
    assert_eq!(ConstraintViolationReason::VALUES.len(), 45);
    assert_eq!(InvalidInputReason::VALUES.len(), 40);
    assert_eq!(AccessDeniedForDependencyReason::VALUES.len(), 1);
    for v in ConstraintViolationReason::VALUES {
        let r = ConstraintViolationReason::parse(v);
        assert!(r.is_known(), "{v}");
        assert_eq!(r.as_str(), *v);
        assert_eq!(r.to_string(), *v);
    }
    for v in InvalidInputReason::VALUES {
        let r: InvalidInputReason = v.parse().unwrap();
        assert!(r.is_known(), "{v}");
        assert_eq!(r.as_str(), *v);
    }
    // Exact and case-sensitive; anything else is kept as it came.
    let r = InvalidInputReason::from("invalid_enum");
    assert_eq!(r, InvalidInputReason::Unknown("invalid_enum".into()));
    assert!(!r.is_known());
    assert_eq!(r.as_str(), "invalid_enum");
}

#[test]
fn every_documented_code_maps_to_its_variant() {
    for code in WmOrgError::CODES {
        let e = WmOrgError::parse(Some(code), br#"{"Message": "m"}"#);
        assert_eq!(e.code(), *code);
        assert_eq!(e.message(), Some("m"));
        assert!(!matches!(e, WmOrgError::Unknown { .. }), "{code}");
        assert_eq!(e.to_string(), format!("{code}: m"));
    }
    for code in CreateUserError::CODES {
        let e = CreateUserError::parse(None, format!(r#"{{"__type": "{code}"}}"#).as_bytes());
        assert_eq!(e.code(), *code);
        assert_eq!(e.message(), None);
        assert!(!matches!(e, CreateUserError::Unknown { .. }), "{code}");
        assert_eq!(e.to_string(), *code);
    }
    for code in OrgError::CODES {
        let e = OrgError::parse(None, format!(r#"{{"code": "ns#{code}:u"}}"#).as_bytes());
        assert_eq!(e.code(), *code);
        assert!(!matches!(e, OrgError::Unknown { .. }), "{code}");
    }
    // The same code under another operation is unknown there.
    let e = WmOrgError::parse(Some("InvalidPasswordException"), b"{}");
    assert_eq!(
        e,
        WmOrgError::Unknown {
            code: "InvalidPasswordException".into(),
            message: None,
            status: None
        }
    );
    assert_eq!(e.code(), "InvalidPasswordException");
}

#[test]
fn variants_are_the_documented_ones() {
    assert_eq!(
        WmOrgError::parse(Some("DirectoryInUseException"), b""),
        WmOrgError::DirectoryInUse {
            message: None,
            status: None
        }
    );
    assert_eq!(
        WmOrgError::parse(Some("NameAvailabilityException"), b""),
        WmOrgError::NameAvailability {
            message: None,
            status: None
        }
    );
    assert_eq!(
        CreateUserError::parse(Some("OrganizationStateException"), b""),
        CreateUserError::OrganizationState {
            message: None,
            status: None
        }
    );
    assert_eq!(
        CreateUserError::parse(Some("DirectoryServiceAuthenticationFailedException"), b""),
        CreateUserError::DirectoryServiceAuthenticationFailed {
            message: None,
            status: None
        }
    );
    assert_eq!(
        OrgError::parse(Some("ConcurrentModificationException"), b""),
        OrgError::ConcurrentModification {
            message: None,
            status: None
        }
    );
}

#[test]
fn retry_advice_per_code_without_the_status() {
    let retryable: Vec<&str> = OrgError::CODES
        .iter()
        .copied()
        .filter(|c| OrgError::parse(Some(c), b"").is_retryable())
        .collect();
    // Throttling by name; ServiceException, a server fault, stands in for its status 500.
    // ConcurrentModificationException is not retried by botocore or the AWS SDKs.
    assert_eq!(retryable, ["ServiceException", "TooManyRequestsException"]);
    let retryable: Vec<&str> = WmOrgError::CODES
        .iter()
        .copied()
        .filter(|c| WmOrgError::parse(Some(c), b"").is_retryable())
        .collect();
    // Throttling by name for botocore and the AWS SDK for Rust, though WorkMail means a quota.
    assert_eq!(retryable, ["LimitExceededException"]);
    assert!(CreateUserError::CODES
        .iter()
        .all(|c| !CreateUserError::parse(Some(c), b"").is_retryable()));

    // Undocumented codes: throttling, transient and server faults are retryable.
    for code in [
        "ThrottlingException",
        "RequestTimeout",
        "InternalFailure",
        "ServiceUnavailable",
    ] {
        assert!(is_retryable_code(code));
        assert!(WmOrgError::parse(Some(code), b"").is_retryable(), "{code}");
        assert!(
            CreateUserError::parse(Some(code), b"").is_retryable(),
            "{code}"
        );
        assert!(OrgError::parse(Some(code), b"").is_retryable(), "{code}");
    }
    for code in [
        "ValidationException",
        "AccessDeniedException",
        "throttling",
        "",
    ] {
        assert!(!is_retryable_code(code));
        assert!(!OrgError::parse(Some(code), b"").is_retryable(), "{code}");
    }
}

/// The lists of REFERENCE section 6 (botocore 1.43 `retries/standard.py`, the AWS SDK for
/// Rust's `THROTTLING_ERRORS`), written out here as the oracle.
#[test]
fn retry_lists_are_botocores() {
    // Recorded from botocore by scripts/botocore_retry_rules.py.
    let botocore: serde_json::Value =
        serde_json::from_str(include_str!("data/botocore_retry.json")).unwrap();
    let list = |key: &str| -> serde_json::Value {
        let list = botocore[key].clone();
        assert!(!list.as_array().unwrap().is_empty(), "{key}");
        list
    };
    assert_eq!(
        serde_json::to_value(TRANSIENT_STATUSES).unwrap(),
        list("transient_statuses")
    );
    assert_eq!(
        serde_json::to_value(TRANSIENT_CODES).unwrap(),
        list("transient_codes")
    );
    assert_eq!(
        serde_json::to_value(THROTTLING_CODES).unwrap(),
        list("throttling_codes")
    );
    // The stand-ins for a 5xx status are neither throttling nor transient codes, and count
    // only without the status.
    for code in SERVER_FAULT_CODES {
        assert!(!THROTTLING_CODES.contains(code) && !TRANSIENT_CODES.contains(code));
        assert!(is_retryable_code(code), "{code}");
        assert!(!is_retryable_response(400, code), "{code}");
        assert!(is_retryable_response(500, code), "{code}");
    }
}

// ---------------------------------------------------------------------------------------------
// Retry advice with the HTTP status, as botocore's standard retry mode decides

const HTML_500: &str = "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n\
                        <body>Internal Server Error</body>\r\n</html>\r\n";

#[test]
fn a_5xx_answer_with_an_html_body_is_retryable_whatever_the_code() {
    for status in [500, 502, 503, 504] {
        let e = CreateUserError::parse_with_status(status, None, HTML_500.as_bytes());
        assert_eq!(
            e,
            CreateUserError::Unknown {
                code: String::new(),
                message: Some(
                    "<html> <head><title>500 Internal Server Error</title></head> \
                     <body>Internal Server Error</body> </html>"
                        .into()
                ),
                status: Some(status),
            }
        );
        assert_eq!(e.status(), Some(status));
        assert!(e.is_retryable(), "{status}");
        let e = WmOrgError::parse_with_status(status, None, HTML_500.as_bytes());
        assert!(e.is_retryable(), "{status}");
        let e = OrgError::parse_with_status(status, None, HTML_500.as_bytes());
        assert!(matches!(e, OrgError::Unknown { ref code, .. } if code.is_empty()));
        assert!(e.is_retryable(), "{status}");
        assert!(
            e.to_string()
                .starts_with("error response without a code: <html> <head>"),
            "{e}"
        );

        // Whatever the code: a documented client error, with a 5xx status, is retried too.
        let e = WmOrgError::parse_with_status(
            status,
            Some("InvalidParameterException"),
            br#"{"message": "m"}"#,
        );
        assert_eq!(
            e,
            WmOrgError::InvalidParameter {
                message: Some("m".into()),
                status: Some(status)
            }
        );
        assert!(e.is_retryable(), "{status}");
        let e = OrgError::parse_with_status(status, Some("AccessDeniedException"), b"{}");
        assert!(e.is_retryable(), "{status}");
        assert!(is_retryable_response(status, ""));
    }
    // Without the status, the same answer cannot be told from a client error: not retryable.
    let e = CreateUserError::parse(None, HTML_500.as_bytes());
    assert_eq!(e.status(), None);
    assert!(!e.is_retryable());
}

#[test]
fn other_statuses_without_a_retryable_code_are_not_retried() {
    // 429 too: only botocore's legacy mode retries it by status.
    for status in [
        200,
        400,
        401,
        403,
        404,
        409,
        413,
        429,
        501,
        505,
        599,
        0,
        u16::MAX,
    ] {
        assert!(!is_retryable_response(status, ""), "{status}");
        let e = CreateUserError::parse_with_status(status, None, HTML_500.as_bytes());
        assert_eq!(e.status(), Some(status));
        assert!(!e.is_retryable(), "{status}");
        assert!(!OrgError::parse_with_status(status, None, b"").is_retryable());
    }
}

#[test]
fn a_400_throttling_or_transient_code_is_retryable() {
    for code in THROTTLING_CODES.iter().chain(TRANSIENT_CODES) {
        let body = serde_json::json!({ "__type": code, "message": "Rate exceeded" }).to_string();
        for status in [400, 429] {
            assert!(is_retryable_response(status, code), "{code}");
            let e = WmOrgError::parse_with_status(status, None, body.as_bytes());
            assert_eq!(e.code(), *code);
            assert!(e.is_retryable(), "{code} {status}");
            let e = CreateUserError::parse_with_status(status, None, body.as_bytes());
            assert!(e.is_retryable(), "{code} {status}");
            let e = OrgError::parse_with_status(status, Some(code), body.as_bytes());
            assert!(e.is_retryable(), "{code} {status}");
        }
    }
    let e = OrgError::parse_with_status(
        400,
        Some("TooManyRequestsException"),
        br#"{"Type": "AccountThrottling", "Message": "Slow down."}"#,
    );
    assert_eq!(
        e,
        OrgError::TooManyRequests {
            error_type: Some("AccountThrottling".into()),
            message: Some("Slow down.".into()),
            status: Some(400),
        }
    );
    assert!(e.is_retryable());
    let e = WmOrgError::parse_with_status(
        400,
        Some("LimitExceededException"),
        br#"{"Message": "The maximum number of organizations has been reached."}"#,
    );
    assert!(matches!(e, WmOrgError::LimitExceeded { .. }));
    assert!(e.is_retryable());
}

#[test]
fn a_400_validation_or_client_error_is_not_retryable() {
    let body = br#"{"__type": "InvalidParameterException", "Message": "Bad alias."}"#;
    let e = WmOrgError::parse_with_status(400, None, body);
    assert_eq!(
        e,
        WmOrgError::InvalidParameter {
            message: Some("Bad alias.".into()),
            status: Some(400)
        }
    );
    assert!(!e.is_retryable());
    assert_eq!(e.to_string(), "InvalidParameterException: Bad alias.");
    for code in CreateUserError::CODES {
        assert!(!CreateUserError::parse_with_status(400, Some(code), b"{}").is_retryable());
    }
    for code in [
        "InvalidInputException",
        "ConstraintViolationException",
        "ConcurrentModificationException",
        "ValidationException",
    ] {
        let e = OrgError::parse_with_status(400, Some(code), b"{}");
        assert!(!e.is_retryable(), "{code}");
    }
    // With the status known, a server-fault code under a 4xx status is not retried either
    // (botocore decides by the status), though it is without the status.
    let e = OrgError::parse_with_status(400, Some("ServiceException"), b"{}");
    assert!(matches!(e, OrgError::Service { .. }));
    assert!(!e.is_retryable());
    assert!(OrgError::parse(Some("ServiceException"), b"{}").is_retryable());
    assert!(OrgError::parse_with_status(500, Some("ServiceException"), b"{}").is_retryable());
}

#[test]
fn parsing_with_the_status_reads_the_same_members() {
    let body = br#"{"__type": "ns#ConstraintViolationException:u", "Message": "No payment.",
                    "Reason": "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED"}"#;
    for header in [None, Some("ConstraintViolationException")] {
        let with = ErrorResponse::parse_with_status(400, header, body);
        assert_eq!(with.status, Some(400));
        assert_eq!(
            ErrorResponse {
                status: None,
                ..with
            },
            ErrorResponse::parse(header, body)
        );
        let e = OrgError::parse_with_status(400, header, body);
        assert_eq!(e.status(), Some(400));
        assert_eq!(e.code(), "ConstraintViolationException");
        assert_eq!(
            e.reason(),
            Some("MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED")
        );
        assert_eq!(
            e.to_string(),
            "ConstraintViolationException: No payment. \
             (reason: MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED)"
        );
        assert_eq!(OrgError::parse(header, body).status(), None);
    }
}

#[test]
fn errors_implement_std_error() {
    fn boxed(e: impl std::error::Error + 'static) -> Box<dyn std::error::Error> {
        Box::new(e)
    }
    assert_eq!(
        boxed(CreateUserError::parse(
            Some("ReservedNameException"),
            br#"{"message": "admin"}"#
        ))
        .to_string(),
        "ReservedNameException: admin"
    );
    assert_eq!(
        boxed(OrgError::parse(Some("Mystery"), b"")).to_string(),
        "Mystery"
    );
}

// ---------------------------------------------------------------------------------------------
// Rendering violations as the error a service would send

fn five_faults() -> Violations {
    let mut all = Violations::new();
    let alias = "acme_corp";
    all.report(Violation::shape(
        Path::member("Alias"),
        OrgAlias::validate(alias).unwrap_err(),
        alias,
    ));
    all.report(Violation::required(Path::member("Name")));
    let password = "x".repeat(300);
    all.report(Violation::shape(
        Path::member("Password"),
        Password::validate(&password).unwrap_err(),
        &password,
    ));
    let name = "a\"b\\c\nd\u{1}é";
    all.report(Violation::shape(
        Path::member("Name"),
        UserName::validate(name).unwrap_err(),
        name,
    ));
    all.report(Violation::unknown_member(Path::ROOT, Excerpt::new("Alais")));
    all
}

#[test]
fn workmail_error_body_is_exact_and_reads_back() {
    let v = five_faults();
    let response = v.to_error_response(Service::WorkMail);
    assert_eq!(response.code, "InvalidParameterException");
    assert_eq!(response.reason, None);
    let body = v.to_error_body(Service::WorkMail);
    assert_eq!(
        body,
        "{\"__type\":\"InvalidParameterException\",\"Message\":\"5 validation errors detected: \
         Value 'acme_corp' at 'alias' failed to satisfy constraint: Member must satisfy regular \
         expression pattern: ^(?!d-)([\\\\da-zA-Z]+)([-][\\\\da-zA-Z]+)*; \
         Value null at 'name' failed to satisfy constraint: Member must not be null; \
         Value at 'password' failed to satisfy constraint: Member must have length less than or \
         equal to 256; \
         Value 'a\\\"b\\\\c\\\\nd\\\\u{1}é' at 'name' failed to satisfy constraint: Member must \
         satisfy regular expression pattern: [\\\\w\\\\-.]+(@[a-zA-Z0-9.\\\\-]+\\\\.[a-zA-Z0-9-]{2,})?; \
         Value at 'Alais' failed to satisfy constraint: Member must be part of the \
         operation's input\"}"
    );
    // Valid JSON, whose message is exactly the AWS message, with the echoed name's control
    // chars escaped: no raw line break or U+0001 reaches the body.
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["Message"], v.to_string());
    assert!(v.to_string().contains(r#"'a"b\c\nd\u{1}é'"#));
    assert!(!v.to_string().contains(|c: char| c.is_control()));
    // Our own parser reads it back, with the status, to the same response and error: the
    // message holds no control char that reading would replace.
    assert_eq!(response.status, Some(CLIENT_ERROR_STATUS));
    let read = response.clone();
    assert_eq!(
        ErrorResponse::parse_with_status(400, None, body.as_bytes()),
        read
    );
    assert_eq!(
        ErrorResponse::parse_with_status(400, Some(&response.code), body.as_bytes()),
        read
    );
    assert_eq!(
        ErrorResponse::parse(None, body.as_bytes()),
        ErrorResponse {
            status: None,
            ..read.clone()
        }
    );
    let e = WmOrgError::parse_with_status(400, Some(&response.code), body.as_bytes());
    assert_eq!(
        e,
        WmOrgError::InvalidParameter {
            message: read.message.clone(),
            status: Some(400)
        }
    );
    assert!(!e.is_retryable());
    assert_eq!(
        CreateUserError::parse(None, body.as_bytes()),
        CreateUserError::InvalidParameter {
            message: read.message.clone(),
            status: None
        }
    );
}

#[test]
fn organizations_error_body_carries_the_reason_of_the_first_violation() {
    let input: org_shapes::organizations::CreateOrganizationInput =
        serde_json::from_str(r#"{"FeatureSet": "all"}"#).unwrap();
    let v = input.validate().unwrap_err();
    let body = v.to_error_body(Service::Organizations);
    assert_eq!(
        body,
        "{\"__type\":\"InvalidInputException\",\"Message\":\"1 validation error detected: Value \
         'all' at 'featureSet' failed to satisfy constraint: Member must satisfy enum value set: \
         [ALL, CONSOLIDATED_BILLING]\",\"Reason\":\"INVALID_ENUM\"}"
    );
    let e = OrgError::parse(Some("InvalidInputException"), body.as_bytes());
    assert_eq!(
        e,
        OrgError::InvalidInput {
            reason: Some(InvalidInputReason::InvalidEnum),
            message: Some(v.to_string()),
            status: None,
        }
    );
    assert_eq!(
        ErrorResponse::parse_with_status(CLIENT_ERROR_STATUS, None, body.as_bytes()),
        v.to_error_response(Service::Organizations)
    );
    let _ = FeatureSet::All;
}

#[test]
fn reason_mapping_covers_every_constraint() {
    let one = |v: Violation| -> Option<String> {
        let mut all = Violations::new();
        all.report(v);
        let response = all.to_error_response(Service::Organizations);
        assert_eq!(response.code, "InvalidInputException");
        // What is rendered reads back.
        assert_eq!(
            ErrorResponse::parse_with_status(400, None, response.to_json().as_bytes()),
            response
        );
        response.reason
    };
    let long = "x".repeat(100);
    let cases: [(Violation, Option<&str>); 9] = [
        (
            Violation::required(Path::member("Name")),
            Some("INPUT_REQUIRED"),
        ),
        (
            Violation::shape(
                Path::member("Name"),
                UserName::validate("").unwrap_err(),
                "",
            ),
            Some("MIN_LENGTH_EXCEEDED"),
        ),
        (
            Violation::shape(
                Path::member("Name"),
                UserName::validate(&long).unwrap_err(),
                &long,
            ),
            Some("MAX_LENGTH_EXCEEDED"),
        ),
        (
            Violation::shape(
                Path::member("MasterAccountId"),
                AccountId::validate("12345678901x").unwrap_err(),
                "12345678901x",
            ),
            Some("INVALID_PATTERN"),
        ),
        (
            Violation::shape(
                Path::member("FeatureSet"),
                FeatureSet::validate("x").unwrap_err(),
                "x",
            ),
            Some("INVALID_ENUM"),
        ),
        (
            Violation::new(
                Path::member("Domains"),
                Constraint::ListTooLong { max: 5, actual: 6 },
                Shown::Hidden,
            ),
            Some("MAX_LENGTH_EXCEEDED"),
        ),
        (
            Violation::wrong_type(
                Path::member("FeatureSet"),
                JsonKind::String,
                JsonKind::Number,
            ),
            None,
        ),
        (
            Violation::unknown_member(Path::ROOT, Excerpt::new("X")),
            None,
        ),
        (
            Violation::new(
                Path::member("EnableInteroperability"),
                Constraint::Rule(Rule::InteroperabilityNeedsDirectory),
                Shown::Excerpt(Excerpt::new("true")),
            ),
            None,
        ),
    ];
    for (v, reason) in cases {
        assert_eq!(one(v).as_deref(), reason, "{v}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn rendered_bodies_are_json_and_read_back(
        code in "[A-Za-z][A-Za-z0-9_.]{0,60}",
        message in proptest::option::of(any::<String>()),
        reason in proptest::option::of("\\PC{0,30}"),
        error_type in proptest::option::of("[ -~]{0,30}"),
    ) {
        let response = ErrorResponse { status: None, code, message, reason, error_type };
        let body = response.to_json();
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        prop_assert_eq!(json["__type"].as_str(), Some(response.code.as_str()));
        prop_assert_eq!(json.get("Message").and_then(|m| m.as_str()), response.message.as_deref());
        // Read back as written, but for control chars and surrounding whitespace.
        let expected = ErrorResponse {
            status: None,
            code: response.code.clone(),
            message: response.message.as_deref().map(one_line),
            reason: response.reason.as_deref().map(|r| first_line(r).to_owned()),
            error_type: response.error_type.as_deref().map(|t| first_line(t).to_owned()),
        };
        prop_assert_eq!(ErrorResponse::parse(None, body.as_bytes()), expected);
    }
}
