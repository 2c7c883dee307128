//! Examples that stood in the docs of `src/violation.rs` and `src/error.rs` and moved here,
//! with the same assertions, when the docs kept a shorter one.

/// From the docs of `Sink`.
#[test]
fn a_closure_sink_keeps_the_rules_broken() -> Result<(), org_shapes::Error> {
    use org_shapes::violation::{Constraint, Rule};
    use org_shapes::workmail::{
        CreateOrganizationRequest, DirectoryFacts, DirectoryKind, UserDirectory,
    };
    use org_shapes::Violation;

    let directory = "d-0123456789".parse()?;
    let request = CreateOrganizationRequest::builder("acme".parse()?)
        .directory(UserDirectory::Existing(directory))
        .build();
    let mut rules = Vec::new();
    let mut sink = |v: Violation| {
        if let Constraint::Rule(rule) = v.constraint() {
            rules.push(*rule);
        }
    };
    // The directory's facts agree with the request: nothing reported.
    request.check_directory(
        &DirectoryFacts::new(directory, "acme", DirectoryKind::SimpleAd),
        &mut sink,
    );
    // Another alias: refused.
    request.check_directory(
        &DirectoryFacts::new(directory, "other", DirectoryKind::SimpleAd),
        &mut sink,
    );
    assert_eq!(rules, [Rule::AliasMustMatchDirectory]);
    Ok(())
}

/// From the docs of `Count`.
#[test]
fn a_count_sink_counts_the_rules_broken() -> Result<(), org_shapes::Error> {
    use org_shapes::workmail::{
        CreateOrganizationRequest, DirectoryFacts, DirectoryKind, UserDirectory,
    };
    use org_shapes::Count;

    let directory = "d-0123456789".parse()?;
    let request = CreateOrganizationRequest::builder("acme".parse()?)
        .directory(UserDirectory::AdConnectorWithInteroperability(directory))
        .build();

    let mut count = Count::default();
    request.check_directory(
        &DirectoryFacts::new(directory, "acme", DirectoryKind::AdConnector),
        &mut count,
    );
    assert_eq!(count, Count(0));
    // Interoperability with a Simple AD directory, whose alias differs: two rules broken.
    request.check_directory(
        &DirectoryFacts::new(directory, "other", DirectoryKind::SimpleAd),
        &mut count,
    );
    assert_eq!(count, Count(2));
    Ok(())
}

/// From the docs of `Segment`, `JsonPointer` and `AwsPath`.
#[test]
fn paths_keep_four_segments_and_escape_unknown_names() {
    use org_shapes::violation::{Excerpt, Path, Segment};

    let path = Path::member("Domains").index(2).field("DomainName");
    assert_eq!(
        path.segments(),
        [
            Segment::Member("Domains"),
            Segment::Index(2),
            Segment::Member("DomainName")
        ]
    );
    // A member the model lacks keeps its name, with control chars escaped when displayed.
    let unknown = Path::ROOT.unknown(Excerpt::new("Pass\nword"));
    assert_eq!(unknown.json_pointer().to_string(), r"/Pass\nword");
    assert_eq!(unknown.aws_classic().to_string(), r"Pass\nword");
    // Too deep: the fifth segment is dropped.
    assert_eq!(path.index(0).index(1).segments().len(), 4);
    // `~` and `/` in a name the model lacks are escaped as RFC 6901 asks.
    let odd = Path::ROOT.unknown(Excerpt::new("a/b~c"));
    assert_eq!(odd.json_pointer().to_string(), "/a~1b~0c");
    assert_eq!(Path::ROOT.json_pointer().to_string(), "");
}

/// From the docs of `Rule`.
#[cfg(feature = "alloc")]
#[test]
fn interoperability_needs_a_directory() {
    use org_shapes::violation::{Constraint, Rule};
    use org_shapes::workmail::CreateOrganizationInput;

    // Each member is valid, the pair is not.
    let input = CreateOrganizationInput::default()
        .alias("acme")
        .enable_interoperability(true);
    let violations = input.clone().validate().unwrap_err();
    let v = violations.iter().next().unwrap();
    assert_eq!(
        v.constraint(),
        &Constraint::Rule(Rule::InteroperabilityNeedsDirectory)
    );
    assert_eq!(
        v.to_string(),
        "Value 'true' at 'enableInteroperability' failed to satisfy constraint: \
         Member must be false unless an AD Connector directory id is given"
    );
    // With a directory named, the same input passes.
    assert!(input.directory_id("d-0123456789").validate().is_ok());
}

/// From the docs of `Explanation` and `Shown`.
#[test]
fn explanations_and_what_is_shown() {
    use org_shapes::violation::{Constraint, Path, Shown, Violation};
    use org_shapes::workmail::OrgAlias;

    let v = Violation::shape(
        Path::member("Alias"),
        OrgAlias::validate("acme_corp").unwrap_err(),
        "acme_corp",
    );
    assert_eq!(
        v.explanation().to_string(),
        "char 4 '_' is not allowed, expected an ASCII letter, digit or '-'"
    );
    let absent = Violation::required(Path::member("Alias"));
    assert_eq!(
        absent.explanation().to_string(),
        "the member is required but absent (or null)"
    );
    assert_eq!(absent.shown(), &Shown::Null);
    let list = Violation::new(
        Path::member("Domains"),
        Constraint::ListTooLong { max: 5, actual: 7 },
        Shown::Hidden,
    );
    assert_eq!(
        list.explanation().to_string(),
        "5 elements at most, 7 given"
    );

    let alias = Violation::shape(
        Path::member("Alias"),
        OrgAlias::new("acme corp").unwrap_err(),
        "acme corp",
    );
    assert!(matches!(alias.shown(), Shown::Excerpt(e) if e.as_str() == "acme corp"));
}

/// From the docs of `Shown` and `ErrorKind`: sensitive shapes (which need `alloc`).
#[cfg(feature = "alloc")]
#[test]
fn sensitive_values_are_not_shown() {
    use org_shapes::violation::{Path, Shown, Violation};
    use org_shapes::workmail::Password;
    use org_shapes::ErrorKind;

    // A sensitive member's value is never shown.
    let long = "x".repeat(300);
    let password = Violation::shape(
        Path::member("Password"),
        Password::new(&long).unwrap_err(),
        &long,
    );
    assert_eq!(password.shown(), &Shown::Hidden);
    assert_eq!(
        password.to_string(),
        "Value at 'password' failed to satisfy constraint: \
         Member must have length less than or equal to 256"
    );
    // A sensitive shape does not even say which char it refused.
    let kind = Password::new("pass\u{1}word").unwrap_err().kind();
    assert!(matches!(
        kind,
        ErrorKind::InvalidChar {
            index: 4,
            found: None,
            ..
        }
    ));
}

/// From the docs of `Constraint`.
#[test]
fn a_shape_constraint_displays_its_bound() {
    use org_shapes::violation::{Constraint, Path, Violation};
    use org_shapes::workmail::OrgAlias;

    let error = OrgAlias::new(&"a".repeat(63)).unwrap_err();
    let v = Violation::shape(Path::member("Alias"), error, "…");
    assert_eq!(v.constraint(), &Constraint::Shape(error));
    assert_eq!(
        v.constraint().to_string(),
        "Member must have length less than or equal to 62"
    );
    assert_eq!(
        Constraint::ListTooLong { max: 5, actual: 6 }.to_string(),
        "Member must have length less than or equal to 5"
    );
}

/// From the docs of `Explanation` and `AwsConstraint` in `src/error.rs`.
#[test]
fn errors_explain_and_speak_aws() {
    use org_shapes::workmail::{OrgAlias, UserRole};

    assert!(UserRole::parse("USER").is_ok());
    let e = OrgAlias::new("").unwrap_err();
    assert_eq!(
        e.explanation().to_string(),
        "length 0 is below the minimum of 1 chars"
    );
    let e = OrgAlias::new("acme corp").unwrap_err();
    assert_eq!(
        e.explanation().to_string(),
        "char 4 ' ' is not allowed, expected an ASCII letter, digit or '-'"
    );

    assert!(OrgAlias::new("acme").is_ok());
    let e = OrgAlias::new("d-acme").unwrap_err();
    assert_eq!(
        e.aws_constraint().to_string(),
        r"Member must satisfy regular expression pattern: ^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*"
    );
}
