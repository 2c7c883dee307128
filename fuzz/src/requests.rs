//! The `requests` target: JSON bodies of the three operations' requests, read as their
//! `…Input`s and validated, against an oracle that walks the model's structures.
//!
//! The oracle ([`RequestOracle`]) knows nothing of the crate's checks. It reads the members,
//! lists and string shapes from `tests/data/model_constraints.json`, judges each string with
//! the verbatim-pattern [`Oracle`], and adds the two cross-member rules REFERENCE.md states:
//! `EnableInteroperability: true` needs a `DirectoryId` (WorkMail `CreateOrganization`) and
//! `Role` may be neither `SYSTEM_USER` nor `RESOURCE` (WorkMail `CreateUser`). It reports one
//! fault per member, as JSON pointers:
//!
//! - a required member absent or `null` (list elements are required);
//! - a value of the wrong JSON type;
//! - a string outside its shape (length in chars, whole-match pattern, or enum);
//! - a list longer than its maximum (the elements are judged as well);
//! - each member the model does not have (every occurrence, duplicates included);
//! - a broken cross-member rule.
//!
//! A member given twice counts once, with its last value (serde overwrites).
//!
//! The same walk reads response bodies for the `responses` target
//! ([`RequestOracle::response_faults`]), with the crate's documented reading of responses:
//! members required by the docs rather than by the model, unknown members never faults.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use arbitrary::{Arbitrary, Unstructured};
use org_shapes::organizations as o;
use org_shapes::violation::Count;
use org_shapes::workmail as w;
use org_shapes::{Validate, Violations};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

use crate::json::{last, Json};
use crate::oracle::{records, Oracle};

/// What the oracle reads of the model: records of every shape, and their member lists.
pub struct RequestOracle {
    model: Value,
    strings: BTreeMap<(String, String), Oracle>,
}

/// The oracle, built once.
pub fn oracle() -> &'static RequestOracle {
    static ORACLE: OnceLock<RequestOracle> = OnceLock::new();
    ORACLE.get_or_init(|| {
        let model: Value = serde_json::from_str(crate::MODEL).expect("model JSON");
        let strings = records(crate::MODEL)
            .into_iter()
            .filter(|(_, rec)| rec.kind == "string" && rec.in_request_or_response())
            .map(|(key, rec)| (key, Oracle::new(&rec)))
            .collect();
        RequestOracle { model, strings }
    })
}

/// Appends a member name to a JSON pointer, escaped as RFC 6901 asks, its control chars as the
/// crate displays them (as Rust's `{:?}` does: `\n`, `\u{1}`).
fn child(at: &str, token: &str) -> String {
    let mut out = format!("{at}/");
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                out.extend(c.escape_unicode())
            }
            c => out.push(c),
        }
    }
    out
}

impl RequestOracle {
    fn raw(&self, service: &str, shape: &str) -> &Value {
        self.model["shapes"]
            .as_array()
            .expect("shapes")
            .iter()
            .find(|s| s["service"] == service && s["shape"] == shape)
            .unwrap_or_else(|| panic!("no model shape {service}.{shape}"))
    }

    /// The input and output shapes of operation `name` of `service`.
    fn operation(&self, service: &str, name: &str) -> (&str, &str) {
        let op = self.model["operations"]
            .as_array()
            .expect("operations")
            .iter()
            .find(|op| op["service"] == service && op["name"] == name)
            .unwrap_or_else(|| panic!("no operation {service}.{name}"));
        (
            op["input"].as_str().expect("input"),
            op["output"].as_str().expect("output"),
        )
    }

    /// The faults of the request body `doc` of `service.operation`, as JSON pointers; `None`
    /// when the body is not an object (no input can be read from it).
    pub fn request_faults(
        &self,
        service: &str,
        operation: &str,
        doc: &Json,
    ) -> Option<Vec<String>> {
        let Json::Object(members) = doc else {
            return None;
        };
        let mut out = Vec::new();
        let (shape, _) = self.operation(service, operation);
        self.walk(Reading::Request, service, shape, doc, "", &mut out);
        // The cross-member rules of REFERENCE.md.
        match (service, operation) {
            ("workmail", "CreateOrganization")
                if last(members, "EnableInteroperability") == Some(&Json::Bool(true))
                    && last(members, "DirectoryId").is_none() =>
            {
                out.push("/EnableInteroperability".to_owned());
            }
            ("workmail", "CreateUser") => {
                if let Some(Json::String(role)) = last(members, "Role") {
                    if role == "SYSTEM_USER" || role == "RESOURCE" {
                        out.push("/Role".to_owned());
                    }
                }
            }
            _ => {}
        }
        Some(out)
    }

    /// The faults the response body `doc` of `service.operation` has for its `validate()`,
    /// as JSON pointers in model order, then list order (the order the crate documents);
    /// `None` when the body is not an object.
    ///
    /// A response is read the way the crate's docs say its `validate()` reads it, not the
    /// way the model marks members: the model makes no response member required, but the
    /// crate needs every member of a response structure to build its checked value, except
    /// those in [`RESPONSE_OPTIONAL`]; members the model does not have are never faults
    /// (AWS may add members). Everything else is the model's: member names and shapes,
    /// wrong JSON types, strings and enum values judged by the verbatim-pattern oracle,
    /// list elements (a `null` element is a fault).
    pub fn response_faults(
        &self,
        service: &str,
        operation: &str,
        doc: &Json,
    ) -> Option<Vec<String>> {
        if !matches!(doc, Json::Object(_)) {
            return None;
        }
        let mut out = Vec::new();
        let (_, shape) = self.operation(service, operation);
        self.walk(Reading::Response, service, shape, doc, "", &mut out);
        Some(out)
    }

    /// The faults of `value`, read as model shape `shape`, at pointer `at`.
    fn walk(
        &self,
        reading: Reading,
        service: &str,
        shape: &str,
        value: &Json,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let raw = self.raw(service, shape);
        match (raw["type"].as_str().expect("type"), value) {
            ("structure", Json::Object(members)) => {
                let model_members = raw["members"].as_array().expect("members");
                for m in model_members {
                    let name = m["name"].as_str().expect("name");
                    let path = child(at, name);
                    let required = match reading {
                        Reading::Request => m["required"] == true,
                        Reading::Response => !RESPONSE_OPTIONAL.contains(&(service, shape, name)),
                    };
                    match last(members, name) {
                        None if required => out.push(path),
                        None => {}
                        Some(v) => {
                            let member = m["shape"].as_str().expect("shape");
                            self.walk(reading, service, member, v, &path, out)
                        }
                    }
                }
                if reading == Reading::Response {
                    return;
                }
                for (name, _) in members {
                    if !model_members.iter().any(|m| m["name"] == name.as_str()) {
                        // The crate keeps 64 bytes of an unknown name (`EXCERPT_BYTES`).
                        out.push(child(at, cut(name, 64)));
                    }
                }
            }
            ("list", Json::Array(items)) => {
                if raw["max"]
                    .as_u64()
                    .is_some_and(|max| items.len() as u64 > max)
                {
                    out.push(at.to_owned());
                }
                let member = raw["member"].as_str().expect("list member");
                for (i, item) in items.iter().enumerate() {
                    let path = format!("{at}/{i}");
                    match item {
                        Json::Null => out.push(path),
                        v => self.walk(reading, service, member, v, &path, out),
                    }
                }
            }
            ("string", Json::String(s)) => {
                let oracle = &self.strings[&(service.to_owned(), shape.to_owned())];
                let verdict = oracle.judge(s);
                if !(verdict.length_ok && verdict.rule_ok) {
                    out.push(at.to_owned());
                }
            }
            ("boolean", Json::Bool(_)) => {}
            ("structure" | "list" | "string" | "boolean", _) => out.push(at.to_owned()),
            (kind, _) => panic!("{service}.{shape}: the oracle has no rule for {kind}"),
        }
    }
}

/// How a document is read: as a request (the model's `required`, unknown members are faults)
/// or as a response (see [`RequestOracle::response_faults`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Request,
    Response,
}

/// The members of response structures that a response's `validate()` lets be absent, as
/// (service, structure, member); every other member of a response structure is required.
/// From the crate's docs of `Organization::validate` ("Every member but
/// `AvailablePolicyTypes` must be present", the member the model deprecates); the WorkMail
/// responses' single id members and `PolicyTypeSummary`'s `Type` and `Status` are required.
pub const RESPONSE_OPTIONAL: &[(&str, &str, &str)] =
    &[("organizations", "Organization", "AvailablePolicyTypes")];

/// What the properties need of an operation's input and request types.
pub trait Operation {
    const SERVICE: &'static str;
    const NAME: &'static str;
    type Input: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug;
    type Request: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug + for<'a> Arbitrary<'a>;
    fn validate(input: &Self::Input) -> Result<Self::Request, Violations>;
    fn count(input: &Self::Input) -> (usize, bool);
    fn to_input(request: &Self::Request) -> Self::Input;
}

pub struct WorkMailCreateOrganization;
pub struct WorkMailCreateUser;
pub struct OrganizationsCreateOrganization;

/// The three impls differ only in their names and types.
macro_rules! operation {
    ($op:ident, $service:literal, $name:literal, $input:ty, $request:ty, |$r:ident| $to_input:expr) => {
        impl Operation for $op {
            const SERVICE: &'static str = $service;
            const NAME: &'static str = $name;
            type Input = $input;
            type Request = $request;
            fn validate(input: &Self::Input) -> Result<Self::Request, Violations> {
                input.validate()
            }
            fn count(input: &Self::Input) -> (usize, bool) {
                let mut n = Count::default();
                let ok = input
                    .validate_into(&org_shapes::Context::new(), &mut n)
                    .is_some();
                (n.0, ok)
            }
            fn to_input($r: &Self::Request) -> Self::Input {
                $to_input
            }
        }
    };
}

operation!(
    WorkMailCreateOrganization,
    "workmail",
    "CreateOrganization",
    w::CreateOrganizationInput,
    w::CreateOrganizationRequest,
    |request| request.into()
);
operation!(
    WorkMailCreateUser,
    "workmail",
    "CreateUser",
    w::CreateUserInput,
    w::CreateUserRequest,
    |request| request.into()
);
operation!(
    OrganizationsCreateOrganization,
    "organizations",
    "CreateOrganization",
    o::CreateOrganizationInput,
    o::CreateOrganizationRequest,
    |request| (*request).into()
);

/// The properties of one body `text` read as operation `Op`:
///
/// - reading the input never panics; it fails only where the body is not a JSON object
///   (or is JSON the oracle's reader refuses too);
/// - the violations reported are exactly the oracle's faults (same JSON pointers, as a
///   multiset), and the `Count` sink and `validate_into` agree with `validate`;
/// - the typed request's `Deserialize` agrees with the input's `validate`;
/// - the input serializes to a document that reads back as an equal input;
/// - a valid request passes [`valid_request`].
pub fn check_text<Op: Operation>(text: &str) {
    let op = format!("{}.{}", Op::SERVICE, Op::NAME);
    let input = serde_json::from_str::<Op::Input>(text);
    let doc = serde_json::from_str::<Json>(text);
    let typed = serde_json::from_str::<Op::Request>(text);
    let input = match (input, &doc) {
        (Ok(input), _) => input,
        (Err(_), Ok(doc)) => {
            assert!(
                !matches!(doc, Json::Object(_)),
                "{op}: an object the input cannot read: {text:?}"
            );
            assert!(typed.is_err(), "{op}: request read from a non-object");
            return;
        }
        (Err(_), Err(_)) => {
            assert!(typed.is_err(), "{op}: request read from malformed JSON");
            return;
        }
    };
    let verdict = Op::validate(&input);
    let (count, ok) = Op::count(&input);
    let reported: Vec<String> = match &verdict {
        Ok(_) => Vec::new(),
        Err(v) => v
            .iter()
            .map(|v| v.path().json_pointer().to_string())
            .collect(),
    };
    assert_eq!(count, reported.len(), "{op}: Count and validate disagree");
    assert_eq!(
        ok,
        verdict.is_ok(),
        "{op}: validate_into and validate disagree"
    );
    if let Ok(doc) = &doc {
        // A body the oracle's stricter reader refuses (a number out of f64 range in an
        // ignored member) is judged by the other properties only.
        let mut faults = oracle()
            .request_faults(Op::SERVICE, Op::NAME, doc)
            .unwrap_or_else(|| panic!("{op}: input read from a non-object {text:?}"));
        let mut ours = reported;
        faults.sort();
        ours.sort();
        assert_eq!(
            ours, faults,
            "{op}: violations (left) against the oracle's faults for {text:?}"
        );
    }
    match (&verdict, &typed) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{op}: Deserialize and validate give other requests"),
        (Err(_), Err(_)) => {}
        _ => panic!("{op}: Deserialize {typed:?} but validate {verdict:?}"),
    }
    let written = serde_json::to_string(&input).expect("an input serializes");
    let back: Op::Input = serde_json::from_str(&written)
        .unwrap_or_else(|e| panic!("{op}: the input's document {written:?} does not read: {e}"));
    // A member name longer than 64 bytes is kept cut, and written cut: it reads back as the
    // cut name, no longer marked cut (documented); the document is then a fixed point.
    // (The tree reader refuses a few bodies serde_json skips through, such as a number out
    // of range in an unknown member: those get the weaker check too.)
    if doc.as_ref().map_or(true, |d| d.has_name_longer_than(64)) {
        let again = serde_json::to_string(&back).expect("an input serializes");
        assert_eq!(
            again, written,
            "{op}: the written document is not a fixed point"
        );
    } else {
        assert_eq!(back, input, "{op}: input round trip through {written:?}");
    }
    if let Ok(request) = verdict {
        valid_request::<Op>(&request);
    }
}

/// The first `max` bytes of `s`, cut back to a char boundary.
fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A valid request: it serializes to a body that reads back (as the request, and as an input
/// with no fault, by the crate and by the oracle) to the same request, and its `Input` form
/// validates back to it.
pub fn valid_request<Op: Operation>(request: &Op::Request) {
    let op = format!("{}.{}", Op::SERVICE, Op::NAME);
    let body = serde_json::to_string(request).expect("a request serializes");
    let back: Op::Request = serde_json::from_str(&body)
        .unwrap_or_else(|e| panic!("{op}: its own body {body:?} is refused: {e}"));
    assert_eq!(&back, request, "{op}: round trip through {body:?}");
    let input: Op::Input = serde_json::from_str(&body).expect("the body reads as an input");
    assert_eq!(
        Op::validate(&input).as_ref(),
        Ok(request),
        "{op}: input of {body:?}"
    );
    assert_eq!(
        Op::validate(&Op::to_input(request)).as_ref(),
        Ok(request),
        "{op}: From<&Request> for Input"
    );
    let doc: Json = serde_json::from_str(&body).expect("the body is JSON");
    let faults = oracle().request_faults(Op::SERVICE, Op::NAME, &doc);
    assert_eq!(
        faults,
        Some(Vec::new()),
        "{op}: the oracle refuses {body:?}"
    );
}

/// The target: the first byte picks the path. Even: the rest is a body (UTF-8, invalid
/// sequences replaced) read as each operation's input. Odd: the rest drives `arbitrary` to
/// build a valid request of each operation, checked by [`valid_request`].
pub fn run(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    if selector % 2 == 0 {
        let text = String::from_utf8_lossy(rest);
        check_text::<WorkMailCreateOrganization>(&text);
        check_text::<WorkMailCreateUser>(&text);
        check_text::<OrganizationsCreateOrganization>(&text);
    } else {
        let mut u = Unstructured::new(rest);
        if let Ok(r) = <WorkMailCreateOrganization as Operation>::Request::arbitrary(&mut u) {
            valid_request::<WorkMailCreateOrganization>(&r);
        }
        if let Ok(r) = <WorkMailCreateUser as Operation>::Request::arbitrary(&mut u) {
            valid_request::<WorkMailCreateUser>(&r);
        }
        if let Ok(r) = <OrganizationsCreateOrganization as Operation>::Request::arbitrary(&mut u) {
            valid_request::<OrganizationsCreateOrganization>(&r);
        }
    }
}
