//! Hostile input: bodies built to cost memory, time or output, and values planted to leak.
//!
//! Memory is measured with a counting global allocator (the peak of live bytes during a call);
//! the measuring tests take a lock so that the other tests of this file do not add to it.
#![cfg(all(feature = "std", feature = "serde"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use org_shapes::organizations::{self, CreateOrganizationResponse, Email};
use org_shapes::violation::{Violations, DEFAULT_MAX_VIOLATIONS};
use org_shapes::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateUserInput, CreateUserRequest,
    CreateUserResponse, Password, UserAttribute,
};
use org_shapes::{Context, Service, Validate};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(live, Ordering::SeqCst);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let live = LIVE.fetch_add(grow, Ordering::SeqCst) + grow;
                PEAK.fetch_max(live, Ordering::SeqCst);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Serializes the tests that measure memory.
static MEASURING: Mutex<()> = Mutex::new(());

/// Runs `f` and returns its value with the most bytes it had live at once beyond what was live
/// before it started.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let out = f();
    (out, PEAK.load(Ordering::SeqCst).saturating_sub(before))
}

/// `{"Alias":"acme","Domains":[1,1,…]}` with `n` elements.
fn bad_domains(n: usize) -> String {
    let mut body = String::with_capacity(30 + 2 * n);
    body.push_str(r#"{"Alias":"acme","Domains":["#);
    for i in 0..n {
        if i > 0 {
            body.push(',');
        }
        body.push('1');
    }
    body.push_str("]}");
    body
}

/// The most bytes the `Display` of a report may take: a bound set by the limit alone.
fn display_bound(kept: usize) -> usize {
    kept * Violations::MAX_DISPLAY_BYTES_EACH + 80
}

#[test]
fn a_ten_megabyte_list_of_bad_domains_costs_the_limit_not_the_body() {
    let _lock = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    let body = bad_domains(5_000_000);
    assert!(body.len() > 10_000_000);

    // Reading: no more than serde_json's own tree of the same body.
    let (value, as_value) = peak_of(|| serde_json::from_str::<serde_json::Value>(&body).unwrap());
    drop(value);
    let (input, read) = peak_of(|| serde_json::from_str::<CreateOrganizationInput>(&body).unwrap());
    assert!(
        read <= as_value,
        "reading took {read} bytes, serde_json::Value {as_value}"
    );

    // Validating: memory bounded by the report limit, whatever the body's size.
    let (errors, validating) = peak_of(|| input.validate().unwrap_err());
    assert!(
        validating < 256 * 1024,
        "validating took {validating} bytes"
    );
    assert_eq!(errors.total(), 5_000_001); // the list's length, then each element's type
    assert_eq!(errors.len(), DEFAULT_MAX_VIOLATIONS);
    assert_eq!(errors.omitted(), 5_000_001 - DEFAULT_MAX_VIOLATIONS);

    // Rendering: bounded by the limit.
    let (message, rendering) = peak_of(|| errors.to_string());
    assert!(message.starts_with(
        "5000001 validation errors detected: Value at 'domains' failed to satisfy constraint: \
         Member must have length less than or equal to 5; Value at 'domains.1.member' failed to \
         satisfy constraint: Member must be a structure; "
    ));
    assert!(
        message.ends_with("; … and 4999901 more"),
        "{}",
        &message[message.len() - 80..]
    );
    assert!(
        message.len() <= display_bound(errors.len()),
        "{}",
        message.len()
    );
    assert!(rendering < 4 * display_bound(errors.len()));
    for service in [Service::WorkMail, Service::Organizations] {
        let body = errors.to_error_body(service);
        assert!(
            body.len() <= 2 * display_bound(errors.len()) + 256,
            "{}",
            body.len()
        );
        let parsed: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(parsed["Message"]
            .as_str()
            .unwrap()
            .starts_with("5000001 validation errors"));
    }
    drop(input);

    // The typed request refuses the same body with the same bounded message.
    let (refused, typed) =
        peak_of(|| serde_json::from_str::<CreateOrganizationRequest>(&body).unwrap_err());
    assert!(typed <= as_value, "the typed request took {typed} bytes");
    assert!(refused.to_string().len() <= display_bound(DEFAULT_MAX_VIOLATIONS) + 64);
}

#[test]
fn a_flood_of_unknown_members_is_counted_not_kept() {
    let mut body = String::from(r#"{"OrganizationId":"m-0123456789abcdef0123456789abcdef""#);
    for i in 0..200_000 {
        body.push_str(&format!(r#","x{i}":"{i}""#));
    }
    body.push('}');
    let input: CreateUserInput = serde_json::from_str(&body).unwrap();
    let errors = input.validate().unwrap_err();
    // Name and DisplayName are missing, then every unknown member.
    assert_eq!(errors.total(), 200_002);
    assert_eq!(errors.len(), DEFAULT_MAX_VIOLATIONS);
    assert!(errors.to_string().len() <= display_bound(errors.len()));
}

#[test]
fn the_limit_is_the_callers_to_set() {
    let input: CreateOrganizationInput = serde_json::from_str(&bad_domains(50)).unwrap();
    for limit in [0, 1, 3, 51, 1000] {
        let context = Context::new().with_max_violations(limit);
        let all = input.validate_with(&context).unwrap_err();
        assert_eq!(all.total(), 51);
        assert_eq!(all.len(), limit.min(51));
        assert_eq!(all.iter().count(), all.len());
        let text = all.to_string();
        assert!(
            text.starts_with("51 validation errors detected: "),
            "{text}"
        );
        if limit < 51 {
            assert!(
                text.ends_with(&format!(" and {} more", 51 - limit)),
                "{text}"
            );
        } else {
            assert!(!text.contains("more"), "{text}");
        }
    }
}

/// What is planted in sensitive members: digits, so that it can be sent as a number too.
const MARKER: &str = "73915286";

/// Every JSON kind carrying the marker where it can.
fn hostile_values() -> Vec<String> {
    vec![
        format!(r#""{MARKER}""#),
        format!(r#""{MARKER}\n""#),
        format!(r#""{}""#, MARKER.repeat(40)),
        MARKER.to_string(),
        format!("-{MARKER}"),
        format!("{MARKER}.5"),
        format!("{MARKER}e2"),
        "true".to_string(),
        "null".to_string(),
        format!(r#"["{MARKER}", {MARKER}]"#),
        format!(r#"{{"{MARKER}": "{MARKER}"}}"#),
    ]
}

/// Fails when `text` holds the marker or a part of it, showing where (the texts checked here
/// may be megabytes long: a failure shows 64 bytes of them, not all).
fn assert_silent(what: &str, text: &str) {
    for needle in [MARKER, "9152"] {
        if let Some(at) = text.find(needle) {
            let from = (0..=at.saturating_sub(20))
                .rev()
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(0);
            panic!(
                "{what} leaks {needle:?} at byte {at} of {}: …{}",
                text.len(),
                org_shapes::violation::Excerpt::new(&text[from..])
            );
        }
    }
}

#[test]
fn serde_errors_of_sensitive_shapes_quote_nothing() {
    fn check<T: serde::de::DeserializeOwned>(type_name: &str) {
        for json in hostile_values() {
            if let Err(e) = serde_json::from_str::<T>(&json) {
                assert_silent(&format!("{type_name} from {json}"), &e.to_string());
                assert_silent(type_name, &format!("{e:?}"));
            }
        }
    }
    check::<Password>("Password");
    check::<UserAttribute>("UserAttribute");
    check::<Email>("Email");
    check::<Option<Password>>("Option<Password>");
}

#[test]
fn serde_errors_name_the_kinds_and_nothing_else() {
    assert_eq!(
        serde_json::from_str::<Password>(MARKER)
            .unwrap_err()
            .to_string(),
        "invalid type: a number, expected a string valid as Password at line 1 column 8"
    );
    assert_eq!(
        serde_json::from_str::<Email>("[1]")
            .unwrap_err()
            .to_string(),
        "invalid type: a list, expected a string valid as Email at line 1 column 1"
    );
    let long = format!(r#""{}""#, MARKER.repeat(1_000_000));
    fn refuse<T: serde::de::DeserializeOwned>(json: &str) -> String {
        match serde_json::from_str::<T>(json) {
            Ok(_) => panic!("accepted"),
            Err(e) => e.to_string(),
        }
    }
    for (what, text) in [
        ("CreateUserInput", refuse::<CreateUserInput>(&long)),
        ("CreateUserRequest", refuse::<CreateUserRequest>(&long)),
        ("CreateUserResponse", refuse::<CreateUserResponse>(&long)),
        (
            "CreateOrganizationInput",
            refuse::<CreateOrganizationInput>(&long),
        ),
        (
            "CreateOrganizationRequest",
            refuse::<CreateOrganizationRequest>(&long),
        ),
        (
            "organizations::CreateOrganizationInput",
            refuse::<organizations::CreateOrganizationInput>(&long),
        ),
        (
            "organizations::CreateOrganizationRequest",
            refuse::<organizations::CreateOrganizationRequest>(&long),
        ),
        (
            "CreateOrganizationResponse",
            refuse::<CreateOrganizationResponse>(&long),
        ),
    ] {
        assert_silent(what, &text);
        let shown = org_shapes::violation::Excerpt::new(&text);
        assert!(
            text.starts_with("invalid type: a string, expected a"),
            "{what}: {shown}"
        );
        assert!(text.len() < 160, "{what}: {} bytes: {shown}", text.len());
    }
    assert_eq!(
        refuse::<CreateUserInput>(MARKER),
        "invalid type: a number, expected a CreateUserInput structure at line 1 column 8"
    );
    assert_eq!(
        refuse::<CreateUserResponse>(r#"{"UserId": 73915286}"#),
        "invalid type: a number, expected a string at line 1 column 20"
    );
}

/// A CreateUser body with the marker in every sensitive member, valid or not, and in the value
/// of a misspelt member.
fn planted_user(password: &str, name: &str) -> String {
    format!(
        r#"{{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Name": "jdoe",
            "DisplayName": "{name}", "Password": "{password}", "FirstName": "{name}",
            "LastName": {MARKER}, "Pasword": "{MARKER}"}}"#
    )
}

fn renderings(errors: &Violations) -> Vec<(String, String)> {
    let mut all = vec![
        ("Display".to_string(), errors.to_string()),
        ("Debug".to_string(), format!("{errors:?}")),
        ("pretty Debug".to_string(), format!("{errors:#?}")),
        (
            "WorkMail body".to_string(),
            errors.to_error_body(Service::WorkMail),
        ),
        (
            "Organizations body".to_string(),
            errors.to_error_body(Service::Organizations),
        ),
    ];
    for v in errors {
        all.push(("violation".to_string(), v.to_string()));
        all.push(("violation Debug".to_string(), format!("{v:#?}")));
        all.push(("pointer".to_string(), v.path().json_pointer().to_string()));
        all.push(("AWS path".to_string(), v.path().aws_classic().to_string()));
        all.push(("constraint".to_string(), v.constraint().to_string()));
    }
    all
}

#[test]
fn a_planted_secret_shows_in_no_rendering() {
    for (password, name) in [
        (format!("{MARKER}\\n"), MARKER.to_string()),
        (MARKER.repeat(40), MARKER.repeat(40)),
        (MARKER.to_string(), format!("{MARKER}\\u0000")),
    ] {
        let body = planted_user(&password, &name);
        let input: CreateUserInput = serde_json::from_str(&body).unwrap();
        assert_silent("the input's Debug", &format!("{input:?}{input:#?}"));
        let errors = input.validate().unwrap_err();
        assert!(errors.total() >= 2);
        for (what, text) in renderings(&errors) {
            assert_silent(&what, &text);
        }
        let refused = serde_json::from_str::<CreateUserRequest>(&body).unwrap_err();
        assert_silent("the typed request's serde error", &refused.to_string());
    }

    // A valid request with the marker in every sensitive member.
    let body = format!(
        r#"{{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Name": "jdoe",
            "DisplayName": "{MARKER}", "Password": "x{MARKER}", "FirstName": "{MARKER}",
            "LastName": "{MARKER}"}}"#
    );
    let request: CreateUserRequest = serde_json::from_str(&body).unwrap();
    assert_silent("the request's Debug", &format!("{request:?}{request:#?}"));
    let password = request.password().unwrap();
    assert_silent(
        "a password's Display",
        &format!("{password} {password:>20}"),
    );
    assert_silent("a name's Display", &format!("{}", request.display_name()));
    assert_eq!(password.as_str(), format!("x{MARKER}"));

    // Organizations: the management account's email, in a response.
    let response = format!(
        r#"{{"Organization": {{"Id": "o-exampleorgid", "MasterAccountEmail": "{MARKER} @x"}}}}"#
    );
    let response: CreateOrganizationResponse = serde_json::from_str(&response).unwrap();
    assert_silent("the response's Debug", &format!("{response:?}"));
    let mut errors = Violations::new();
    assert!(response.validate_into(&mut errors).is_none());
    let pointers: Vec<String> = errors
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    assert_eq!(
        pointers,
        [
            "/Organization/Arn",
            "/Organization/FeatureSet",
            "/Organization/MasterAccountArn",
            "/Organization/MasterAccountId",
            "/Organization/MasterAccountEmail",
        ]
    );
    for (what, text) in renderings(&errors) {
        assert_silent(&what, &text);
    }
}

#[test]
fn every_shape_names_the_kinds_it_got_and_expected() {
    macro_rules! check_all {
        ($([$id:ident, $t:ty, $kind:ident, $storage:ident, $sensitive:literal])*) => {$(
            for (json, found) in [
                ("73915286", "a number"),
                ("-7391.5286e2", "a number"),
                ("true", "a boolean"),
                ("null", "null"),
                (r#"["73915286"]"#, "a list"),
                (r#"{"73915286": 1}"#, "a structure"),
            ] {
                let e = serde_json::from_str::<$t>(json).unwrap_err().to_string();
                let name = <$t>::SHAPE.type_name;
                let expected = format!("invalid type: {found}, expected a string valid as {name}");
                assert!(e.starts_with(&expected), "{name} from {json}: {e}");
                assert_silent(name, &e);
            }
        )*};
    }
    org_shapes::for_each_shape!(check_all);

    // The texts of an input as they arrived, sensitive or not.
    for json in hostile_values() {
        if let Err(e) = serde_json::from_str::<org_shapes::wire::Secret>(&json) {
            assert_silent("Secret", &e.to_string());
        }
    }
}
