//! The typed WorkMail requests and their contextual checks need no allocator: built from
//! `'static` values, checked into a counting sink or a closure. Runs under every feature set,
//! `--no-default-features` included.

use org_shapes::literal;
use org_shapes::violation::{Constraint, Count, Rule};
use org_shapes::workmail::{
    free_test_domain, CreateOrganizationRequest, CreateUserRequest, CreateUserRole, DirectoryFacts,
    DirectoryId, DirectoryKind, Domain, DomainName, Domains, OrgAlias, OrganizationId,
    OrganizationSetup, OrganizationState, Password, UserAttribute, UserDirectory, UserName,
};
use org_shapes::Violation;

const ALIAS: OrgAlias = literal!(OrgAlias, "acme");
const DIRECTORY: DirectoryId = literal!(DirectoryId, "d-0123456789");

#[test]
fn organization_request_and_facts_without_alloc() {
    let mut domains = Domains::new();
    for name in [
        "a.example",
        "b.example",
        "c.example",
        "d.example",
        "e.example",
    ] {
        let name = DomainName::from_static(name).unwrap();
        assert!(domains.push(Domain::new(name)).is_ok());
    }
    let sixth = Domain::new(literal!(DomainName, "f.example"));
    assert!(domains.push(sixth).is_err());

    let request = CreateOrganizationRequest::builder(ALIAS)
        .directory(UserDirectory::AdConnectorWithInteroperability(DIRECTORY))
        .domains(domains)
        .build();
    assert_eq!(request.domains().len(), 5);

    let connector = DirectoryFacts::new(DIRECTORY, "acme", DirectoryKind::AdConnector);
    let mut count = Count::default();
    request.check_directory(&connector, &mut count);
    assert_eq!(count.0, 0);

    let mut rules = [None; 4];
    let mut n = 0;
    let simple_ad =
        DirectoryFacts::new(DIRECTORY, "other", DirectoryKind::SimpleAd).multi_region(true);
    request.check_directory(&simple_ad, &mut |v: Violation| {
        if let (Some(slot), Constraint::Rule(rule)) = (rules.get_mut(n), v.constraint()) {
            *slot = Some(*rule);
        }
        n += 1;
    });
    assert_eq!(
        rules,
        [
            Some(Rule::MultiRegionDirectoryUnsupported),
            Some(Rule::AliasMustMatchDirectory),
            Some(Rule::InteroperabilityNeedsAdConnector),
            None
        ]
    );

    assert_eq!(
        UserDirectory::existing(&simple_ad, false),
        Err(Rule::MultiRegionDirectoryUnsupported)
    );
    assert_eq!(free_test_domain(&ALIAS).as_str(), "acme.awsapps.com");
    assert_eq!(
        OrganizationSetup::new(ALIAS).to_request().domains().len(),
        0
    );
    assert!(OrganizationState::parse("Active").is_ok_and(|s| s.can_add_users()));
}

#[test]
fn user_request_without_alloc() {
    let request = CreateUserRequest::builder(
        literal!(OrganizationId, "m-0123456789abcdef0123456789abcdef"),
        literal!(UserName, "a.rather.long.user.name"),
        literal!(UserAttribute, "Jane Doe"),
    )
    .password(literal!(Password, "password"))
    .role(CreateUserRole::RemoteUser)
    .build();
    let mut count = Count::default();
    request.check_directory(DirectoryKind::WorkMail, &mut count);
    assert_eq!(count.0, 0);
    request.check_directory(DirectoryKind::SimpleAd, &mut count);
    assert_eq!(count.0, 1);
    assert!(request.check_password_policy().is_err());
}
