//! The `responses` target: any text read as each response type, leniently, then validated.

use org_shapes::organizations as o;
use org_shapes::workmail as w;

use crate::json::{last, Json};
use crate::oracle::Oracle;

/// The model oracle of a string shape (the shapes of the responses' ids).
fn shape_oracle(service: &str, shape: &str) -> &'static Oracle {
    use std::collections::BTreeMap;
    use std::sync::OnceLock;
    static ORACLES: OnceLock<BTreeMap<(String, String), Oracle>> = OnceLock::new();
    let all = ORACLES.get_or_init(|| {
        crate::oracle::records(crate::MODEL)
            .into_iter()
            .filter(|(_, rec)| rec.kind == "string")
            .map(|(key, rec)| (key, Oracle::new(&rec)))
            .collect()
    });
    &all[&(service.to_owned(), shape.to_owned())]
}

/// A WorkMail response with one id member: read leniently (a JSON object whose member is a
/// string, `null` or absent), validated exactly when the model's shape accepts the id, and
/// the id written back as a response validates to the same id.
macro_rules! workmail_response {
    ($name:ident, $ty:ty, $member:literal, $shape:literal, $id:ty) => {
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
            if let Some(Json::Object(members)) = doc {
                let expected = match last(members, $member) {
                    Some(Json::String(s)) => {
                        let v = shape_oracle("workmail", $shape).judge(s);
                        v.length_ok && v.rule_ok
                    }
                    None => false,
                    Some(other) => panic!("{what}: read a {other:?} member"),
                };
                assert_eq!(
                    validated.is_ok(),
                    expected,
                    "{what}: {validated:?} for {text:?}"
                );
            }
            if let Err(v) = &validated {
                assert_eq!(v.len(), 1, "{what}: one member, one violation: {v}");
            }
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
    "OrganizationId",
    w::OrganizationId
);
workmail_response!(
    workmail_create_user,
    w::CreateUserResponse,
    "UserId",
    "WorkMailIdentifier",
    w::UserId
);

/// The Organizations response: reading never fails on content of an object; validate and
/// `check_consistency` never panic; the lenient response writes a document that reads back
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
    match response.validate() {
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
