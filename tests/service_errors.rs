//! Error responses of the three operations: every documented form of the code, message and
//! reason, the typed errors and their retry advice, and the error bodies rendered from
//! violations, read back by the crate's own parser.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::organizations::{AccountId, CreateOrganizationError as OrgError, FeatureSet};
use org_shapes::service_error::organizations::{
    AccessDeniedForDependencyReason, ConstraintViolationReason, InvalidInputReason,
};
use org_shapes::service_error::{
    is_retryable_code, sanitize_code, ErrorResponse, CODE_MAX_BYTES, MESSAGE_MAX_BYTES,
};
use org_shapes::violation::{Constraint, Excerpt, Path, Rule, Shown, Violation};
use org_shapes::wire::JsonKind;
use org_shapes::workmail::{
    CreateOrganizationError as WmOrgError, CreateUserError, OrgAlias, Password, UserName,
};
use org_shapes::{Service, Sink, Violations};
use proptest::prelude::*;

fn parse(header: Option<&str>, body: &str) -> ErrorResponse {
    ErrorResponse::parse(header, body.as_bytes())
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
        Some("a\"b\\c\ndé😀")
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
        }
    );
    // No reason at all is fine too; errors without a reason member ignore one.
    assert_eq!(
        OrgError::parse(Some("InvalidInputException"), b"{}"),
        OrgError::InvalidInput {
            reason: None,
            message: None
        }
    );
    let e = OrgError::parse(Some("AccessDeniedException"), br#"{"Reason":"X"}"#);
    assert_eq!(e, OrgError::AccessDenied { message: None });
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
                )
            }
        );
        assert!(!e.is_retryable());
    }
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
            message: None
        }
    );
    assert_eq!(e.code(), "InvalidPasswordException");
}

#[test]
fn variants_are_the_documented_ones() {
    assert_eq!(
        WmOrgError::parse(Some("DirectoryInUseException"), b""),
        WmOrgError::DirectoryInUse { message: None }
    );
    assert_eq!(
        WmOrgError::parse(Some("NameAvailabilityException"), b""),
        WmOrgError::NameAvailability { message: None }
    );
    assert_eq!(
        CreateUserError::parse(Some("OrganizationStateException"), b""),
        CreateUserError::OrganizationState { message: None }
    );
    assert_eq!(
        CreateUserError::parse(Some("DirectoryServiceAuthenticationFailedException"), b""),
        CreateUserError::DirectoryServiceAuthenticationFailed { message: None }
    );
    assert_eq!(
        OrgError::parse(Some("ConcurrentModificationException"), b""),
        OrgError::ConcurrentModification { message: None }
    );
}

#[test]
fn retry_advice_per_code() {
    let retryable: Vec<&str> = OrgError::CODES
        .iter()
        .copied()
        .filter(|c| OrgError::parse(Some(c), b"").is_retryable())
        .collect();
    assert_eq!(
        retryable,
        [
            "ConcurrentModificationException",
            "ServiceException",
            "TooManyRequestsException"
        ]
    );
    assert!(WmOrgError::CODES
        .iter()
        .all(|c| !WmOrgError::parse(Some(c), b"").is_retryable()));
    assert!(CreateUserError::CODES
        .iter()
        .all(|c| !CreateUserError::parse(Some(c), b"").is_retryable()));

    // Undocumented codes: throttling and transient faults are retryable, quotas are not.
    for code in [
        "ThrottlingException",
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
    for code in ["LimitExceededException", "ValidationException", ""] {
        assert!(!is_retryable_code(code));
        assert!(!OrgError::parse(Some(code), b"").is_retryable(), "{code}");
    }
    assert!(!WmOrgError::parse(Some("LimitExceededException"), b"").is_retryable());
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
         Value 'a\\\"b\\\\c\\nd\\u0001é' at 'name' failed to satisfy constraint: Member must \
         satisfy regular expression pattern: [\\\\w\\\\-.]+(@[a-zA-Z0-9.\\\\-]+\\\\.[a-zA-Z0-9-]{2,})?; \
         Value at 'Alais' failed to satisfy constraint: Member must be part of the \
         operation's input\"}"
    );
    // Valid JSON, whose message is exactly the AWS message.
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["Message"], v.to_string());
    // Our own parser reads it back to the same response and error.
    assert_eq!(ErrorResponse::parse(None, body.as_bytes()), response);
    assert_eq!(
        ErrorResponse::parse(Some(&response.code), body.as_bytes()),
        response
    );
    assert_eq!(
        WmOrgError::parse(Some(&response.code), body.as_bytes()),
        WmOrgError::InvalidParameter {
            message: Some(v.to_string())
        }
    );
    assert_eq!(
        CreateUserError::parse(None, body.as_bytes()),
        CreateUserError::InvalidParameter {
            message: Some(v.to_string())
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
        }
    );
    assert_eq!(
        ErrorResponse::parse(None, body.as_bytes()),
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
            ErrorResponse::parse(None, response.to_json().as_bytes()),
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
        let response = ErrorResponse { code, message, reason, error_type };
        let body = response.to_json();
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        prop_assert_eq!(json["__type"].as_str(), Some(response.code.as_str()));
        prop_assert_eq!(json.get("Message").and_then(|m| m.as_str()), response.message.as_deref());
        prop_assert_eq!(ErrorResponse::parse(None, body.as_bytes()), response);
    }
}
