//! Examples that stood in the docs of `src/violation.rs` and moved here, with the same
//! assertions, when the docs kept a shorter one: sinks fed by a request's directory check.

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
