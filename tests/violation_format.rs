//! The classic AWS message format of violations, pinned exactly.
#![cfg(feature = "alloc")]

use org_shapes::violation::{Constraint, Path, Rule, Shown, Violation};
use org_shapes::workmail::{OrgAlias, Password};
use org_shapes::{Sink, Violations};

#[test]
fn paths_render_as_json_pointer_and_aws_classic() {
    let p = Path::member("Domains").index(2).field("DomainName");
    assert_eq!(p.json_pointer().to_string(), "/Domains/2/DomainName");
    assert_eq!(p.aws_classic().to_string(), "domains.3.member.domainName");
    assert_eq!(Path::ROOT.json_pointer().to_string(), "");
}

#[test]
fn message_matches_aws_classic_format() {
    let mut all = Violations::new();
    let bad = "acme_corp";
    all.report(Violation::shape(
        Path::member("Alias"),
        OrgAlias::validate(bad).unwrap_err(),
        bad,
    ));
    assert_eq!(
        all.to_string(),
        "1 validation error detected: Value 'acme_corp' at 'alias' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: ^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*"
    );
    all.report(Violation::required(Path::member("Alias")));
    let secret = "x".repeat(300);
    all.report(Violation::shape(
        Path::member("Password"),
        Password::validate(&secret).unwrap_err(),
        &secret,
    ));
    assert_eq!(
        all.to_string(),
        "3 validation errors detected: Value 'acme_corp' at 'alias' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: ^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*; \
         Value null at 'alias' failed to satisfy constraint: Member must not be null; \
         Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256"
    );
    assert!(!all.to_string().contains("xxx"));
}

#[test]
fn long_values_are_cut() {
    let long = "a".repeat(1000);
    let v = Violation::shape(
        Path::member("Alias"),
        OrgAlias::validate(&long).unwrap_err(),
        &long,
    );
    let text = v.to_string();
    assert!(
        text.starts_with(&format!("Value '{}...' at 'alias'", "a".repeat(64))),
        "{text}"
    );
    assert!(text.len() < 200);
    match v.shown() {
        Shown::Excerpt(e) => assert!(e.is_cut()),
        other => panic!("expected an excerpt, got {other:?}"),
    }
}

#[test]
fn excerpt_cuts_at_a_char_boundary() {
    let long = "é".repeat(100);
    let v = Violation::shape(
        Path::member("Alias"),
        OrgAlias::validate(&long).unwrap_err(),
        &long,
    );
    let Shown::Excerpt(e) = v.shown() else {
        panic!("not an excerpt")
    };
    assert_eq!(e.as_str(), "é".repeat(32));
}

#[test]
fn rules_render_in_the_same_style() {
    let v = Violation::new(
        Path::member("EnableInteroperability"),
        Constraint::Rule(Rule::InteroperabilityNeedsDirectory),
        Shown::Excerpt(org_shapes::violation::Excerpt::new("true")),
    );
    assert_eq!(
        v.to_string(),
        "Value 'true' at 'enableInteroperability' failed to satisfy constraint: \
         Member must be false unless an AD Connector directory id is given"
    );
}

#[test]
fn unknown_members_are_named_verbatim_and_never_show_their_value() {
    use org_shapes::violation::Excerpt;
    let v = Violation::unknown_member(
        Path::member("Domains").index(0),
        Excerpt::new("Hosted/Zone~Id"),
    );
    assert_eq!(
        v.path().json_pointer().to_string(),
        "/Domains/0/Hosted~1Zone~0Id"
    );
    assert_eq!(
        v.to_string(),
        "Value at 'domains.1.member.Hosted/Zone~Id' failed to satisfy constraint: \
         Member must be part of the operation's input"
    );
    let top = Violation::unknown_member(Path::ROOT, Excerpt::new("Alais"));
    assert_eq!(top.path().json_pointer().to_string(), "/Alais");
    assert_eq!(
        top.to_string(),
        "Value at 'Alais' failed to satisfy constraint: Member must be part of the operation's input"
    );
}
