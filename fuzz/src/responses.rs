//! The `responses` target: any text read as each response type, leniently, then validated
//! against the per-member oracle of [`crate::requests`] (its
//! [`response_faults`](crate::requests::RequestOracle::response_faults)).

use org_shapes::organizations as o;
use org_shapes::violation::{Count, DEFAULT_MAX_VIOLATIONS};
use org_shapes::workmail as w;
use org_shapes::Violations;

use crate::json::Json;
use crate::requests::oracle;

/// The report of a response's `validate()` is the oracle's: as many violations as faults
/// (`total()`, the `Count` sink of `validate_into`, the number `Display` starts with), the
/// kept ones (at most [`DEFAULT_MAX_VIOLATIONS`]) at the first faults' JSON pointers, in
/// order (model order, then list order, as the crate documents).
/// `validate_into` (its verdict `ok_into`, its `Count`) agrees with `validate` too. Without a
/// JSON object (`doc`), only that agreement is checked.
fn agrees(
    what: &str,
    (service, operation): (&str, &str),
    text: &str,
    doc: Option<&Json>,
    reported: Option<&Violations>,
    ok_into: bool,
    counted: usize,
) {
    assert_eq!(
        ok_into,
        reported.is_none(),
        "{what}: validate_into and validate disagree"
    );
    let Some(doc) = doc else {
        return;
    };
    let faults = oracle()
        .response_faults(service, operation, doc)
        .unwrap_or_else(|| panic!("{what}: read from a non-object {text:?}"));
    let total = reported.map_or(0, Violations::total);
    assert_eq!(
        total,
        faults.len(),
        "{what}: {reported:?} against the oracle's faults {faults:?} for {text:?}"
    );
    assert_eq!(
        counted, total,
        "{what}: the Count sink and validate disagree"
    );
    let Some(v) = reported else {
        return;
    };
    let kept: Vec<String> = v
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    let n = total.min(DEFAULT_MAX_VIOLATIONS);
    assert_eq!(
        kept,
        faults[..n],
        "{what}: kept violations (left) against the oracle's first faults for {text:?}"
    );
    let noun = if total == 1 { "error" } else { "errors" };
    let head = format!("{total} validation {noun} detected: ");
    assert!(
        v.to_string().starts_with(&head),
        "{what}: the message does not start with {head:?}"
    );
}

/// A WorkMail response with one id member: read leniently (a JSON object whose member is a
/// string, `null` or absent), validated as the oracle says (the member required, its shape
/// the model's), the id written back as a response validates to the same id.
macro_rules! workmail_response {
    ($name:ident, $ty:ty, $member:literal, $operation:literal, $id:ty) => {
        fn $name(text: &str, doc: Option<&Json>) {
            let what = stringify!($ty);
            let Ok(response) = serde_json::from_str::<$ty>(text) else {
                // Refused: not an object, or the member is of another type.
                if let Some(Json::Object(members)) = doc {
                    assert!(
                        members.iter().any(
                            |(k, v)| k == $member && !matches!(v, Json::String(_) | Json::Null)
                        ),
                        "{what}: refused {text:?}"
                    );
                }
                return;
            };
            let validated = response.validate();
            let mut counted = Count::default();
            let ok = response.validate_into(&mut counted).is_some();
            let err = validated.as_ref().err();
            agrees(
                what,
                ("workmail", $operation),
                text,
                doc,
                err,
                ok,
                counted.0,
            );
            let written = serde_json::to_string(&response).expect("a response serializes");
            let back: $ty = serde_json::from_str(&written).expect("its own document reads");
            assert_eq!(back, response, "{what}: round trip through {written:?}");
            if let Ok(id) = validated {
                let again: Result<$id, _> = <$ty>::new(&id).validate();
                assert_eq!(again.as_ref(), Ok(&id), "{what}: new(id).validate()");
            }
        }
    };
}

workmail_response!(
    workmail_create_organization,
    w::CreateOrganizationResponse,
    "OrganizationId",
    "CreateOrganization",
    w::OrganizationId
);
workmail_response!(
    workmail_create_user,
    w::CreateUserResponse,
    "UserId",
    "CreateUser",
    w::UserId
);

/// The Organizations response: reading never fails on content of an object; validate reports
/// exactly the oracle's faults (see [`agrees`]); `check_consistency` never panics; the lenient response writes a document that reads back
/// equal; a valid organization converted back to the lenient response validates to itself.
fn organizations_create_organization(text: &str, doc: Option<&Json>) {
    let Ok(response) = serde_json::from_str::<o::CreateOrganizationResponse>(text) else {
        assert!(
            !matches!(doc, Some(Json::Object(_))),
            "organizations response: refused the object {text:?}"
        );
        return;
    };
    let written = serde_json::to_string(&response).expect("a response serializes");
    let back: o::CreateOrganizationResponse =
        serde_json::from_str(&written).expect("its own document reads");
    // Names longer than 64 bytes come back cut and no longer marked cut (see `requests`).
    // (Also where the tree reader refuses what serde_json skips through.)
    if doc.is_none_or(|d| d.has_name_longer_than(64)) {
        let again = serde_json::to_string(&back).expect("a response serializes");
        assert_eq!(again, written, "organizations response: not a fixed point");
    } else {
        assert_eq!(
            back, response,
            "organizations response: round trip via {written:?}"
        );
    }
    let validated = response.validate();
    let mut counted = Count::default();
    let ok = response.validate_into(&mut counted).is_some();
    let err = validated.as_ref().err();
    let operation = ("organizations", "CreateOrganization");
    agrees("organizations", operation, text, doc, err, ok, counted.0);
    match validated {
        Ok(org) => {
            let _ = org.check_consistency();
            let _ = org.check_against_request(&o::CreateOrganizationRequest::new());
            let again = o::CreateOrganizationResponse::from(org.clone()).validate();
            assert_eq!(
                again.as_ref(),
                Ok(&org),
                "organizations: ValidOrganization round trip"
            );
        }
        Err(v) => assert!(!v.is_empty(), "organizations: an error without violations"),
    }
}

/// Runs every response type on `data` (UTF-8, invalid sequences replaced).
pub fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let doc = serde_json::from_str::<Json>(&text).ok();
    workmail_create_organization(&text, doc.as_ref());
    workmail_create_user(&text, doc.as_ref());
    organizations_create_organization(&text, doc.as_ref());
}
