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

#[test]
fn echoed_control_chars_are_escaped_as_rust_debug_writes_them() {
    use org_shapes::violation::Excerpt;
    let bad = "a\nb\u{1}c\u{7f}\u{85}\u{2028}\u{2029}\t\r\0\\n";
    let v = Violation::shape(
        Path::member("Alias"),
        OrgAlias::validate(bad).unwrap_err(),
        bad,
    );
    assert_eq!(
        v.to_string(),
        concat!(
            r"Value 'a\nb\u{1}c\u{7f}\u{85}\u{2028}\u{2029}\t\r\0\n' at 'alias' ",
            r"failed to satisfy constraint: Member must satisfy regular expression pattern: ",
            r"^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*"
        )
    );
    // The excerpt keeps the value as it was; only its display escapes.
    let Shown::Excerpt(e) = v.shown() else {
        panic!("not an excerpt")
    };
    assert_eq!(e.as_str(), bad);

    let unknown = Violation::unknown_member(Path::ROOT, Excerpt::new("Al\nias/\u{1b}[31m"));
    assert_eq!(
        unknown.path().json_pointer().to_string(),
        r"/Al\nias~1\u{1b}[31m"
    );
    assert_eq!(
        unknown.path().aws_classic().to_string(),
        r"Al\nias/\u{1b}[31m"
    );
    assert_eq!(
        unknown.to_string(),
        r"Value at 'Al\nias/\u{1b}[31m' failed to satisfy constraint: Member must be part of the operation's input"
    );
    for text in [v.to_string(), unknown.to_string()] {
        assert!(!text.contains(|c: char| c.is_control() || c == '\u{2028}' || c == '\u{2029}'));
    }
}

#[test]
fn escaping_keeps_each_violation_under_the_display_bound() {
    use org_shapes::violation::Excerpt;
    use org_shapes::{Error, ErrorKind};
    // The worst case: every echoed text 64 bytes of the control char with the longest escape
    // per byte (U+001F, `\u{1f}`), a path of four unknown members, the longest constraints.
    let worst = "\u{1f}".repeat(100);
    let name = Excerpt::new(&worst);
    let path = Path::ROOT
        .unknown(name)
        .unknown(name)
        .unknown(name)
        .unknown(name);
    let shown = Shown::Excerpt(Excerpt::new(&worst));
    let mut constraints = vec![
        Constraint::Required,
        Constraint::ListTooLong {
            max: usize::MAX,
            actual: usize::MAX,
        },
        Constraint::Rule(Rule::InteroperabilityNeedsDirectory),
        Constraint::Rule(Rule::SharedDirectoryUnsupported),
    ];
    for shape in org_shapes::SHAPES {
        for kind in [
            ErrorKind::InvalidChar {
                index: usize::MAX,
                found: None,
                expected: "",
            },
            ErrorKind::NotInEnum,
            ErrorKind::TooLong {
                max: usize::MAX,
                actual: None,
            },
        ] {
            constraints.push(Constraint::Shape(Error::new(shape, kind)));
        }
    }
    let mut all = Violations::new();
    let mut longest = 0;
    for constraint in constraints {
        let v = Violation::new(path, constraint, shown);
        longest = longest.max(v.to_string().len());
        all.report(v);
    }
    // Each escaped text alone is six times its 64 bytes.
    assert!(longest > 5 * 6 * 64, "{longest}");
    assert!(
        longest + "; ".len() <= Violations::MAX_DISPLAY_BYTES_EACH,
        "{longest} bytes"
    );
    assert!(all.to_string().len() <= all.len() * Violations::MAX_DISPLAY_BYTES_EACH + 80);
}

#[test]
fn every_violation_explains_itself_in_plain_words() {
    use org_shapes::wire::JsonKind;
    use org_shapes::workmail::UserRole;
    let alias = "acme corp";
    let cases = [
        (
            Violation::required(Path::member("Alias")),
            "the member is required but absent (or null)",
        ),
        (
            Violation::wrong_type(Path::member("Alias"), JsonKind::String, JsonKind::Number),
            "expected a string but found a number",
        ),
        (
            Violation::new(
                Path::member("Domains"),
                Constraint::ListTooLong { max: 5, actual: 7 },
                Shown::Hidden,
            ),
            "5 elements at most, 7 given",
        ),
        (
            Violation::new(
                Path::member("Domains"),
                Constraint::ListTooLong { max: 1, actual: 2 },
                Shown::Hidden,
            ),
            "1 element at most, 2 given",
        ),
        (
            Violation::shape(
                Path::member("Alias"),
                OrgAlias::validate(alias).unwrap_err(),
                alias,
            ),
            "char 4 ' ' is not allowed, expected an ASCII letter, digit or '-'",
        ),
        (
            Violation::shape(
                Path::member("Alias"),
                OrgAlias::validate("d-x").unwrap_err(),
                "d-x",
            ),
            r#"value must not start with "d-""#,
        ),
        (
            Violation::shape(
                Path::member("Alias"),
                OrgAlias::validate("").unwrap_err(),
                "",
            ),
            "length 0 is below the minimum of 1 chars",
        ),
        (
            Violation::shape(
                Path::member("Role"),
                UserRole::validate("ADMIN").unwrap_err(),
                "ADMIN",
            ),
            "not one of USER, RESOURCE, SYSTEM_USER, REMOTE_USER",
        ),
        (
            Violation::shape(
                Path::member("Password"),
                Password::validate("secret\u{1}").unwrap_err(),
                "secret\u{1}",
            ),
            // The index, never the char: a password's chars are not shown.
            "char 6 is not allowed, expected a char from U+0020 to U+00FF",
        ),
    ];
    for (v, explanation) in cases {
        assert_eq!(v.explanation().to_string(), explanation, "{v}");
    }
}

#[test]
fn every_rule_explains_itself_in_plain_words() {
    let rules = [
        (
            Rule::InteroperabilityNeedsDirectory,
            "interoperability needs an AD Connector directory: give its DirectoryId, or leave \
             EnableInteroperability false",
        ),
        (
            Rule::InteroperabilityNeedsAdConnector,
            "interoperability needs an AD Connector directory, and the directory named is of \
             another kind",
        ),
        (
            Rule::AliasMustMatchDirectory,
            "the alias differs from the alias of the directory named by DirectoryId",
        ),
        (
            Rule::DirectoryFactsMismatch,
            "the directory facts supplied describe another directory than the request names",
        ),
        (
            Rule::SharedDirectoryUnsupported,
            "the directory is a managed Microsoft AD shared with other accounts, which WorkMail \
             does not support",
        ),
        (
            Rule::MultiRegionDirectoryUnsupported,
            "the directory is replicated to several Regions, which WorkMail does not support",
        ),
        (
            Rule::RoleNotAllowed,
            "the role exists, but CreateUser creates users only with the role USER or REMOTE_USER",
        ),
        (
            Rule::UserNameTooLongForDirectory,
            "outside a WorkMail directory, a user name has at most 20 chars",
        ),
        (
            Rule::ArnAccountMismatch,
            "the ARN names another management account than MasterAccountId",
        ),
        (
            Rule::ArnOrganizationMismatch,
            "the ARN names another organization than Id",
        ),
        (
            Rule::MasterAccountArnMismatch,
            "MasterAccountArn names another account than MasterAccountId",
        ),
        (
            Rule::PolicyTypesContradictFeatureSet,
            "an organization with consolidated billing only has no policy types available",
        ),
        (
            Rule::ServiceControlPolicyNotEnabled,
            "an organization with all features has service control policies \
             (SERVICE_CONTROL_POLICY) enabled",
        ),
        (
            Rule::FeatureSetNotAsRequested,
            "the feature set differs from the one the request asked for (ALL when it named none)",
        ),
        (
            Rule::UnknownMember,
            "the operation has no member of this name; check its spelling and case",
        ),
    ];
    for (rule, explanation) in rules {
        assert_eq!(rule.explanation(), explanation);
        let v = Violation::new(Path::member("X"), Constraint::Rule(rule), Shown::Hidden);
        assert_eq!(v.explanation().to_string(), explanation);
    }
}

#[test]
fn errors_explain_themselves_without_the_shape_name() {
    let e = OrgAlias::new("acme_corp").unwrap_err();
    assert_eq!(
        e.explanation().to_string(),
        "char 4 '_' is not allowed, expected an ASCII letter, digit or '-'"
    );
    assert_eq!(
        e.to_string(),
        format!("invalid OrgAlias: {}", e.explanation())
    );
    let e = OrgAlias::new("acme\ncorp").unwrap_err();
    assert_eq!(
        e.to_string(),
        r"invalid OrgAlias: char 4 '\n' is not allowed, expected an ASCII letter, digit or '-'"
    );
}
