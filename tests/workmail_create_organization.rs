//! WorkMail `CreateOrganization`: every rule and message pinned, wire round trips, directory
//! facts, set-up choices, organization states and the response.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::violation::{Constraint, Count, Rule};
use org_shapes::wire::JsonKind;
use org_shapes::workmail::{
    free_test_domain, CreateOrganizationInput, CreateOrganizationRequest,
    CreateOrganizationResponse, DirectoryFacts, DirectoryId, DirectoryKind, Domain, Domains,
    Encryption, MailDomain, OrganizationId, OrganizationSetup, OrganizationState, UserDirectory,
    MAX_DOMAINS,
};
use org_shapes::{Context, Validate};
use org_shapes::{ErrorKind, Violation, Violations};

const DIRECTORY: &str = "d-0123456789";
const KEY: &str = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

fn input(json: &str) -> CreateOrganizationInput {
    serde_json::from_str(json).expect("well-formed JSON")
}

fn violations(json: &str) -> Violations {
    input(json).validate().expect_err("the body is invalid")
}

fn pointers(v: &Violations) -> Vec<String> {
    v.iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect()
}

fn classic_paths(v: &Violations) -> Vec<String> {
    v.iter()
        .map(|v| v.path().aws_classic().to_string())
        .collect()
}

fn directory() -> DirectoryId {
    DIRECTORY.parse().unwrap()
}

#[test]
fn five_faults_give_five_violations_in_model_order() {
    let v = violations(
        r#"{"Alais": "acme", "ClientToken": "has space", "Alias": null,
            "Domains": [{"DomainName": "ok.example"}, {"DomainName": "bad_domain"}],
            "DirectoryId": "d-XYZ"}"#,
    );
    assert_eq!(v.len(), 5);
    assert_eq!(
        v.to_string(),
        "5 validation errors detected: \
         Value 'd-XYZ' at 'directoryId' failed to satisfy constraint: \
         Member must have length greater than or equal to 12; \
         Value null at 'alias' failed to satisfy constraint: Member must not be null; \
         Value 'has space' at 'clientToken' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: [\\x21-\\x7e]+; \
         Value 'bad_domain' at 'domains.2.member.domainName' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: [a-zA-Z0-9.-]+; \
         Value at 'Alais' failed to satisfy constraint: Member must be part of the operation's input"
    );
    assert_eq!(
        pointers(&v),
        [
            "/DirectoryId",
            "/Alias",
            "/ClientToken",
            "/Domains/1/DomainName",
            "/Alais"
        ]
    );
    assert_eq!(
        classic_paths(&v),
        [
            "directoryId",
            "alias",
            "clientToken",
            "domains.2.member.domainName",
            "Alais"
        ]
    );
    let constraints: Vec<Constraint> = v.iter().map(|v| *v.constraint()).collect();
    assert!(
        matches!(constraints[0], Constraint::Shape(e) if e.kind() == ErrorKind::TooShort { min: 12, actual: 5 })
    );
    assert_eq!(constraints[1], Constraint::Required);
    assert!(matches!(constraints[2], Constraint::Shape(e) if e.kind().is_pattern()));
    assert!(matches!(constraints[3], Constraint::Shape(e) if e.kind().is_pattern()));
    assert_eq!(constraints[4], Constraint::Rule(Rule::UnknownMember));
}

#[test]
fn the_sink_path_reports_the_same_violations_without_collecting() {
    let body = input(r#"{"Alias": "d-acme", "KmsKeyArn": "arn:aws:kms", "Nope": 1}"#);
    let collected = body.validate().unwrap_err();
    let mut seen = Vec::new();
    let result = body.validate_into(&Context::new(), &mut |v: Violation| seen.push(v));
    assert!(result.is_none());
    assert_eq!(seen.as_slice(), collected.as_slice());
    let mut count = Count::default();
    assert!(body.validate_into(&Context::new(), &mut count).is_none());
    assert_eq!(count.0, 3);

    let good = input(r#"{"Alias": "acme"}"#);
    let mut count = Count::default();
    assert!(good.validate_into(&Context::new(), &mut count).is_some());
    assert_eq!(count.0, 0);
}

#[test]
fn full_body_round_trips() {
    let body = r#"{"DirectoryId":"d-0123456789","Alias":"example-corp","ClientToken":"6f1c8e9a-4b2d-4e5f-9a7b-1c2d3e4f5a6b","Domains":[{"DomainName":"example.com","HostedZoneId":"Z0123456789ABCDEFGHIJ"},{"DomainName":"mail.example.org"}],"KmsKeyArn":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab","EnableInteroperability":true}"#;
    let request: CreateOrganizationRequest = serde_json::from_str(body).unwrap();
    assert_eq!(request.alias().as_str(), "example-corp");
    assert_eq!(
        request.directory(),
        &UserDirectory::AdConnectorWithInteroperability(directory())
    );
    assert_eq!(request.domains().len(), 2);
    assert_eq!(
        request.encryption(),
        Encryption::CustomerManagedKey(KEY.parse().unwrap())
    );
    assert_eq!(serde_json::to_string(&request).unwrap(), body);

    let again: CreateOrganizationRequest =
        serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
    assert_eq!(again, request);

    // Through the unchecked input and back.
    let as_input = CreateOrganizationInput::from(&request);
    assert_eq!(serde_json::to_string(&as_input).unwrap(), body);
    assert_eq!(as_input.validate().unwrap(), request);
}

#[test]
fn builder_writes_only_what_is_present() {
    let minimal = CreateOrganizationRequest::builder("acme".parse().unwrap()).build();
    assert_eq!(
        serde_json::to_string(&minimal).unwrap(),
        r#"{"Alias":"acme"}"#
    );

    let mut domains = Domains::new();
    domains
        .push(Domain::new("acme.example".parse().unwrap()).with_hosted_zone("Z1".parse().unwrap()))
        .unwrap();
    let request = CreateOrganizationRequest::builder("acme".parse().unwrap())
        .directory(UserDirectory::Existing(directory()))
        .client_token("token-1".parse().unwrap())
        .domains(domains)
        .kms_key_arn(KEY.parse().unwrap())
        .build();
    let json = serde_json::to_string(&request).unwrap();
    assert_eq!(
        json,
        format!(
            r#"{{"DirectoryId":"d-0123456789","Alias":"acme","ClientToken":"token-1","Domains":[{{"DomainName":"acme.example","HostedZoneId":"Z1"}}],"KmsKeyArn":"{KEY}"}}"#
        )
    );
    let back: CreateOrganizationRequest = serde_json::from_str(&json).unwrap();
    assert_eq!(back, request);

    let rebuilt = request
        .clone()
        .into_builder()
        .encryption(Encryption::WorkMailManagedKey)
        .build();
    assert_eq!(rebuilt.kms_key_arn(), None);
    assert_eq!(rebuilt.alias(), request.alias());
}

#[test]
fn interoperability_false_is_the_default_and_not_written() {
    let request: CreateOrganizationRequest = serde_json::from_str(
        r#"{"Alias": "acme", "DirectoryId": "d-0123456789", "EnableInteroperability": false}"#,
    )
    .unwrap();
    assert_eq!(request.directory(), &UserDirectory::Existing(directory()));
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"DirectoryId":"d-0123456789","Alias":"acme"}"#
    );
    let no_directory: CreateOrganizationRequest =
        serde_json::from_str(r#"{"Alias": "acme", "EnableInteroperability": false}"#).unwrap();
    assert_eq!(
        no_directory.directory(),
        &UserDirectory::NewWorkMailDirectory
    );
}

#[test]
fn null_means_absent() {
    let request: CreateOrganizationRequest = serde_json::from_str(
        r#"{"Alias": "acme", "DirectoryId": null, "ClientToken": null, "Domains": null,
            "KmsKeyArn": null, "EnableInteroperability": null}"#,
    )
    .unwrap();
    assert_eq!(
        request,
        CreateOrganizationRequest::builder("acme".parse().unwrap()).build()
    );
    let with_null_zone: CreateOrganizationRequest = serde_json::from_str(
        r#"{"Alias": "acme", "Domains": [{"DomainName": "a.example", "HostedZoneId": null}]}"#,
    )
    .unwrap();
    assert_eq!(
        with_null_zone.domains().get(0).unwrap().hosted_zone_id(),
        None
    );
    assert_eq!(
        violations(r#"{"Alias": null}"#).to_string(),
        "1 validation error detected: Value null at 'alias' failed to satisfy constraint: \
         Member must not be null"
    );
}

#[test]
fn unknown_members_are_refused_by_name() {
    let err = serde_json::from_str::<CreateOrganizationRequest>(r#"{"Alais": "acme"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("Alais"), "{err}");
    assert!(
        err.starts_with(
            "2 validation errors detected: \
             Value null at 'alias' failed to satisfy constraint: Member must not be null; \
             Value at 'Alais' failed to satisfy constraint: Member must be part of the operation's input"
        ),
        "{err}"
    );

    // Inside a domain, and with a value that must not be echoed.
    let v = violations(
        r#"{"Alias": "acme", "Domains": [{"DomainName": "a.example", "HostedZone": "secret-zone"}]}"#,
    );
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value at 'domains.1.member.HostedZone' failed to satisfy \
         constraint: Member must be part of the operation's input"
    );
    assert_eq!(pointers(&v), ["/Domains/0/HostedZone"]);
    assert!(!v.to_string().contains("secret-zone"));
    assert!(!format!("{v:?}").contains("secret-zone"));
}

#[test]
fn six_domains_break_the_list_length_and_each_element_is_still_checked() {
    let v = violations(
        r#"{"Alias": "acme", "Domains": [
            {"DomainName": "a.example"}, {"DomainName": "b.example"}, {"DomainName": "c.example"},
            {"DomainName": "d.example"}, {"DomainName": "e.example"}, {"DomainName": "f_example"}]}"#,
    );
    assert_eq!(
        v.to_string(),
        "2 validation errors detected: \
         Value at 'domains' failed to satisfy constraint: Member must have length less than or equal to 5; \
         Value 'f_example' at 'domains.6.member.domainName' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: [a-zA-Z0-9.-]+"
    );
    assert_eq!(
        *v.as_slice()[0].constraint(),
        Constraint::ListTooLong { max: 5, actual: 6 }
    );
    assert_eq!(pointers(&v), ["/Domains", "/Domains/5/DomainName"]);

    let six_valid = violations(
        r#"{"Alias": "acme", "Domains": [{"DomainName": "a.example"}, {"DomainName": "b.example"},
            {"DomainName": "c.example"}, {"DomainName": "d.example"}, {"DomainName": "e.example"},
            {"DomainName": "f.example"}]}"#,
    );
    assert_eq!(six_valid.len(), 1);

    let mut domains = Domains::new();
    for n in ["a", "b", "c", "d", "e"] {
        domains
            .push(Domain::new(format!("{n}.example").parse().unwrap()))
            .unwrap();
    }
    assert_eq!(domains.len(), MAX_DOMAINS);
    let refused = domains
        .push(Domain::new("f.example".parse().unwrap()))
        .unwrap_err();
    assert_eq!(refused.0.domain_name().as_str(), "f.example");
    assert_eq!(
        refused.to_string(),
        "an organization is created with at most 5 domains"
    );
    assert_eq!(
        domains
            .iter()
            .map(|d| d.domain_name().as_str())
            .collect::<Vec<_>>(),
        [
            "a.example",
            "b.example",
            "c.example",
            "d.example",
            "e.example"
        ]
    );
    assert!(Domains::try_from(vec![Domain::new("a.example".parse().unwrap()); 6]).is_err());
    assert_eq!(
        Domains::try_from(vec![Domain::new("a.example".parse().unwrap()); 5])
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn wrong_json_types_are_reported_at_their_member() {
    let v = violations(
        r#"{"DirectoryId": 7, "Alias": ["acme"], "ClientToken": true, "Domains": {"DomainName": "a.example"},
            "KmsKeyArn": {}, "EnableInteroperability": "yes"}"#,
    );
    assert_eq!(
        v.to_string(),
        "6 validation errors detected: \
         Value at 'directoryId' failed to satisfy constraint: Member must be a string; \
         Value at 'alias' failed to satisfy constraint: Member must be a string; \
         Value at 'clientToken' failed to satisfy constraint: Member must be a string; \
         Value at 'domains' failed to satisfy constraint: Member must be a list; \
         Value at 'kmsKeyArn' failed to satisfy constraint: Member must be a string; \
         Value at 'enableInteroperability' failed to satisfy constraint: Member must be a boolean"
    );
    assert_eq!(
        *v.as_slice()[0].constraint(),
        Constraint::WrongType {
            expected: JsonKind::String,
            found: JsonKind::Number
        }
    );
    assert_eq!(
        *v.as_slice()[5].constraint(),
        Constraint::WrongType {
            expected: JsonKind::Bool,
            found: JsonKind::String
        }
    );

    let elements =
        violations(r#"{"Alias": "acme", "Domains": ["a.example", null, {"DomainName": 3}, {}]}"#);
    assert_eq!(
        elements.to_string(),
        "4 validation errors detected: \
         Value at 'domains.1.member' failed to satisfy constraint: Member must be a structure; \
         Value null at 'domains.2.member' failed to satisfy constraint: Member must not be null; \
         Value at 'domains.3.member.domainName' failed to satisfy constraint: Member must be a string; \
         Value null at 'domains.4.member.domainName' failed to satisfy constraint: Member must not be null"
    );
    assert_eq!(
        pointers(&elements),
        [
            "/Domains/0",
            "/Domains/1",
            "/Domains/2/DomainName",
            "/Domains/3/DomainName"
        ]
    );
}

#[test]
fn every_shape_constraint_is_worded_like_aws() {
    let cases = [
        (
            r#"{"Alias": "d-acme"}"#,
            "Value 'd-acme' at 'alias' failed to satisfy constraint: Member must satisfy regular \
             expression pattern: ^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*",
        ),
        (
            r#"{"Alias": ""}"#,
            "Value '' at 'alias' failed to satisfy constraint: Member must have length greater \
             than or equal to 1",
        ),
        (
            r#"{"Alias": "acme", "DirectoryId": "d-012345678A"}"#,
            "Value 'd-012345678A' at 'directoryId' failed to satisfy constraint: Member must \
             satisfy regular expression pattern: ^d-[0-9a-f]{10}$",
        ),
        (
            r#"{"Alias": "acme", "Domains": [{"DomainName": "a.example", "HostedZoneId": "/hostedzone/Z1"}]}"#,
            "Value '/hostedzone/Z1' at 'domains.1.member.hostedZoneId' failed to satisfy \
             constraint: Member must satisfy regular expression pattern: [^/\\\\]*",
        ),
        (
            r#"{"Alias": "acme", "KmsKeyArn": "arn:aws:kms:us-east-1"}"#,
            "Value 'arn:aws:kms:us-east-1' at 'kmsKeyArn' failed to satisfy constraint: Member \
             must satisfy regular expression pattern: \
             arn:aws:kms:[a-z0-9-]*:[a-z0-9-]+:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}",
        ),
    ];
    for (body, item) in cases {
        assert_eq!(
            violations(body).to_string(),
            format!("1 validation error detected: {item}"),
            "{body}"
        );
    }
    let long = "a".repeat(63);
    assert_eq!(
        violations(&format!(r#"{{"Alias": "{long}"}}"#)).to_string(),
        format!(
            "1 validation error detected: Value '{long}' at 'alias' failed to satisfy \
             constraint: Member must have length less than or equal to 62"
        )
    );
}

#[test]
fn interoperability_needs_a_directory() {
    let v = violations(r#"{"Alias": "acme", "EnableInteroperability": true}"#);
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value 'true' at 'enableInteroperability' failed to \
         satisfy constraint: Member must be false unless an AD Connector directory id is given"
    );
    assert_eq!(
        *v.as_slice()[0].constraint(),
        Constraint::Rule(Rule::InteroperabilityNeedsDirectory)
    );
    // An invalid directory id is reported as such, not as a missing directory.
    let v =
        violations(r#"{"Alias": "acme", "DirectoryId": "nope", "EnableInteroperability": true}"#);
    assert_eq!(pointers(&v), ["/DirectoryId"]);
}

#[test]
fn directory_facts_rules_on_the_typed_request() {
    let facts = DirectoryFacts::new(directory(), "acme", DirectoryKind::AdConnector);
    let ok = CreateOrganizationRequest::builder("acme".parse().unwrap())
        .directory(UserDirectory::AdConnectorWithInteroperability(directory()))
        .build();
    assert_eq!(
        ok.validate_with(&Context::new().with_directory(facts)),
        Ok(())
    );

    let simple_ad = DirectoryFacts::new(directory(), "acme-dir", DirectoryKind::SimpleAd)
        .shared_with_other_accounts(true)
        .multi_region(true);
    let v = ok
        .validate_with(&Context::new().with_directory(simple_ad))
        .unwrap_err();
    assert_eq!(
        v.to_string(),
        "4 validation errors detected: \
         Value 'd-0123456789' at 'directoryId' failed to satisfy constraint: Member must not \
         name a managed Microsoft AD shared with other accounts; \
         Value 'd-0123456789' at 'directoryId' failed to satisfy constraint: Member must not \
         name a multi-Region directory; \
         Value 'acme' at 'alias' failed to satisfy constraint: Member must equal the alias of \
         the directory; \
         Value 'true' at 'enableInteroperability' failed to satisfy constraint: Member must be \
         false unless the directory is an AD Connector"
    );
    let rules: Vec<Constraint> = v.iter().map(|v| *v.constraint()).collect();
    assert_eq!(
        rules,
        [
            Constraint::Rule(Rule::SharedDirectoryUnsupported),
            Constraint::Rule(Rule::MultiRegionDirectoryUnsupported),
            Constraint::Rule(Rule::AliasMustMatchDirectory),
            Constraint::Rule(Rule::InteroperabilityNeedsAdConnector),
        ]
    );

    // Facts about another directory: only the mismatch is reported.
    let other: DirectoryId = "d-aaaaaaaaaa".parse().unwrap();
    let v = ok
        .validate_with(&Context::new().with_directory(DirectoryFacts::new(
            other,
            "x",
            DirectoryKind::SimpleAd,
        )))
        .unwrap_err();
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value 'd-0123456789' at 'directoryId' failed to satisfy \
         constraint: Member must name the directory whose facts were supplied"
    );
    // Facts, but the request creates a new WorkMail directory.
    let new_directory = CreateOrganizationRequest::builder("acme".parse().unwrap()).build();
    assert_eq!(
        new_directory
            .validate_with(&Context::new().with_directory(facts))
            .unwrap_err()
            .to_string(),
        "1 validation error detected: Value null at 'directoryId' failed to satisfy \
         constraint: Member must name the directory whose facts were supplied"
    );
    // Without interoperability, any kind will do.
    let plain = CreateOrganizationRequest::builder("acme".parse().unwrap())
        .directory(UserDirectory::Existing(directory()))
        .build();
    let managed = DirectoryFacts::new(directory(), "acme", DirectoryKind::ManagedMicrosoftAd);
    assert_eq!(
        plain.validate_with(&Context::new().with_directory(managed)),
        Ok(())
    );
    // The no-alloc path.
    let mut count = Count::default();
    ok.check_directory(&simple_ad, &mut count);
    assert_eq!(count.0, 4);
}

#[test]
fn directory_facts_join_the_input_checks_in_model_order() {
    let facts = DirectoryFacts::new(directory(), "acme", DirectoryKind::SimpleAd);
    let body = input(
        r#"{"Alias": "other", "ClientToken": " ", "DirectoryId": "d-0123456789",
            "EnableInteroperability": true}"#,
    );
    let v = body
        .validate_with(&Context::new().with_directory(facts))
        .unwrap_err();
    assert_eq!(
        pointers(&v),
        ["/Alias", "/ClientToken", "/EnableInteroperability"]
    );
    assert_eq!(
        v.iter().map(|v| *v.constraint()).collect::<Vec<_>>()[2],
        Constraint::Rule(Rule::InteroperabilityNeedsAdConnector)
    );
    // The same input is fine without facts but for the token.
    assert_eq!(body.validate().unwrap_err().len(), 1);

    let good = input(r#"{"Alias": "acme", "DirectoryId": "d-0123456789"}"#);
    let request = good
        .validate_with(&Context::new().with_directory(facts))
        .unwrap();
    assert_eq!(request.directory(), &UserDirectory::Existing(directory()));
    let mut count = Count::default();
    assert!(good
        .validate_into(
            &Context::new().with_directory(facts.multi_region(true)),
            &mut count
        )
        .is_none());
    assert_eq!(count.0, 1);

    // A directory without an alias reports its id, which no organization alias can equal.
    let unnamed = DirectoryFacts::new(directory(), DIRECTORY, DirectoryKind::SimpleAd);
    assert_eq!(
        good.validate_with(&Context::new().with_directory(unnamed))
            .unwrap_err()
            .as_slice()[0]
            .constraint(),
        &Constraint::Rule(Rule::AliasMustMatchDirectory)
    );
}

#[test]
fn user_directory_from_facts() {
    let id = directory();
    let facts = DirectoryFacts::new(id, "acme", DirectoryKind::ManagedMicrosoftAd);
    assert_eq!(
        UserDirectory::existing(&facts, false),
        Ok(UserDirectory::Existing(id))
    );
    assert_eq!(
        UserDirectory::existing(&facts, true),
        Err(Rule::InteroperabilityNeedsAdConnector)
    );
    assert_eq!(
        UserDirectory::existing(&facts.shared_with_other_accounts(true), false),
        Err(Rule::SharedDirectoryUnsupported)
    );
    assert_eq!(
        UserDirectory::existing(&facts.multi_region(true), false),
        Err(Rule::MultiRegionDirectoryUnsupported)
    );
    assert_eq!(UserDirectory::default().directory_id(), None);
    assert!(UserDirectory::AdConnectorWithInteroperability(id).interoperability_enabled());
    assert!(!UserDirectory::Existing(id).interoperability_enabled());

    for (wire, kind) in [
        ("SimpleAD", Some(DirectoryKind::SimpleAd)),
        ("ADConnector", Some(DirectoryKind::AdConnector)),
        ("MicrosoftAD", Some(DirectoryKind::ManagedMicrosoftAd)),
        ("SharedMicrosoftAD", Some(DirectoryKind::ManagedMicrosoftAd)),
        ("VpcDirectory", None),
        ("simplead", None),
    ] {
        assert_eq!(
            DirectoryKind::from_directory_service_type(wire),
            kind,
            "{wire}"
        );
    }
}

#[test]
fn setup_choices_become_request_bodies() {
    let alias = "acme".parse().unwrap();
    let body = |setup: &OrganizationSetup| serde_json::to_string(&setup.to_request()).unwrap();

    let mut setup = OrganizationSetup::new(alias);
    assert_eq!(body(&setup), r#"{"Alias":"acme"}"#);
    assert_eq!(setup.test_domain().as_str(), "acme.awsapps.com");

    setup.mail_domain = MailDomain::ExistingRoute53 {
        domain: "acme.example".parse().unwrap(),
        hosted_zone_id: "Z0123456789ABCDEFGHIJ".parse().unwrap(),
    };
    assert_eq!(
        body(&setup),
        r#"{"Alias":"acme","Domains":[{"DomainName":"acme.example","HostedZoneId":"Z0123456789ABCDEFGHIJ"}]}"#
    );
    setup.mail_domain = MailDomain::NewRoute53 {
        domain: "acme.example".parse().unwrap(),
    };
    assert_eq!(
        body(&setup),
        r#"{"Alias":"acme","Domains":[{"DomainName":"acme.example"}]}"#
    );
    setup.mail_domain = MailDomain::External {
        domain: "mail.acme.example".parse().unwrap(),
    };
    assert_eq!(
        body(&setup),
        r#"{"Alias":"acme","Domains":[{"DomainName":"mail.acme.example"}]}"#
    );

    setup.mail_domain = MailDomain::FreeTestDomain;
    setup.user_directory = UserDirectory::AdConnectorWithInteroperability(directory());
    setup.encryption = Encryption::CustomerManagedKey(KEY.parse().unwrap());
    assert_eq!(
        body(&setup),
        format!(
            r#"{{"DirectoryId":"d-0123456789","Alias":"acme","KmsKeyArn":"{KEY}","EnableInteroperability":true}}"#
        )
    );
    setup.user_directory = UserDirectory::Existing(directory());
    setup.encryption = Encryption::WorkMailManagedKey;
    assert_eq!(
        body(&setup),
        r#"{"DirectoryId":"d-0123456789","Alias":"acme"}"#
    );

    let with_token = setup
        .request_builder()
        .client_token("t".parse().unwrap())
        .build();
    assert_eq!(with_token.client_token().map(|t| t.as_str()), Some("t"));
    assert_eq!(with_token.directory(), setup.to_request().directory());
}

#[test]
fn free_test_domain_is_the_lowercase_alias_under_awsapps() {
    let longest = "A".repeat(62);
    for (alias, domain) in [
        ("acme", "acme.awsapps.com".to_string()),
        ("Acme-Corp-2", "acme-corp-2.awsapps.com".to_string()),
        ("d", "d.awsapps.com".to_string()),
        (longest.as_str(), format!("{}.awsapps.com", "a".repeat(62))),
    ] {
        let test = free_test_domain(&alias.parse().unwrap());
        assert_eq!(test.as_str(), domain);
        assert_eq!(test.to_string(), domain);
        assert_eq!(test.to_domain_name().unwrap().as_str(), domain);
    }
}

#[test]
fn organization_states_parse_from_their_wire_names() {
    let table = [
        ("Active", OrganizationState::Active, true, false, false),
        ("Creating", OrganizationState::Creating, false, true, false),
        ("Failed", OrganizationState::Failed, false, false, true),
        ("Impaired", OrganizationState::Impaired, false, false, false),
        ("Inactive", OrganizationState::Inactive, false, false, false),
        (
            "Requested",
            OrganizationState::Requested,
            false,
            true,
            false,
        ),
        (
            "Validating",
            OrganizationState::Validating,
            false,
            true,
            false,
        ),
        ("Deleting", OrganizationState::Deleting, false, true, false),
        ("Deleted", OrganizationState::Deleted, false, false, true),
    ];
    for (wire, state, users, transitional, terminal) in table {
        assert_eq!(wire.parse::<OrganizationState>(), Ok(state));
        assert_eq!(state.as_str(), wire);
        assert_eq!(state.can_add_users(), users, "{wire}");
        assert_eq!(state.is_transitional(), transitional, "{wire}");
        assert_eq!(state.is_terminal(), terminal, "{wire}");
        let json = serde_json::to_string(&state).unwrap();
        assert_eq!(json, format!("\"{wire}\""));
        assert_eq!(
            serde_json::from_str::<OrganizationState>(&json).unwrap(),
            state
        );
    }
    assert_eq!(OrganizationState::DOCUMENTED.len(), 7);
    assert_eq!(OrganizationState::ALL.len(), table.len());
    for bad in ["ACTIVE", "active", "", "Active "] {
        let err = bad.parse::<OrganizationState>().unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("unknown WorkMail organization state '{bad}'")
        );
    }
    assert!(serde_json::from_str::<OrganizationState>(r#""ACTIVE""#).is_err());
}

#[test]
fn response_is_read_leniently_and_validated_on_demand() {
    let id = "m-0123456789abcdef0123456789abcdef";
    let response: CreateOrganizationResponse = serde_json::from_str(&format!(
        r#"{{"OrganizationId": "{id}", "SomethingNew": {{"a": [1]}}}}"#
    ))
    .unwrap();
    assert_eq!(
        response.validate().unwrap(),
        id.parse::<OrganizationId>().unwrap()
    );
    assert_eq!(
        serde_json::to_string(&response).unwrap(),
        format!(r#"{{"OrganizationId":"{id}"}}"#)
    );
    assert_eq!(
        CreateOrganizationResponse::new(&id.parse().unwrap()),
        response
    );

    let odd: CreateOrganizationResponse =
        serde_json::from_str(r#"{"OrganizationId": "m-NOT-HEX"}"#).unwrap();
    assert_eq!(odd.organization_id.as_deref(), Some("m-NOT-HEX"));
    assert_eq!(
        odd.validate().unwrap_err().to_string(),
        "1 validation error detected: Value 'm-NOT-HEX' at 'organizationId' failed to satisfy \
         constraint: Member must have length greater than or equal to 34"
    );
    for empty in ["{}", r#"{"OrganizationId": null}"#] {
        let r: CreateOrganizationResponse = serde_json::from_str(empty).unwrap();
        assert_eq!(
            r.validate().unwrap_err().to_string(),
            "1 validation error detected: Value null at 'organizationId' failed to satisfy \
             constraint: Member must not be null"
        );
        assert_eq!(serde_json::to_string(&r).unwrap(), "{}");
    }
    assert!(
        serde_json::from_str::<CreateOrganizationResponse>(r#"{"OrganizationId": 5}"#).is_err()
    );
}
