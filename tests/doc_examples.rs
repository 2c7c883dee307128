//! Examples moved out of the item docs of `src/` (each type keeps one example of its own):
//! the set-up choices read from a configuration file, and a few methods.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, DirectoryKind, DomainInput, Encryption,
    MailDomain, TestDomain, UserDirectory,
};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

/// A domain is checked as `DomainName` checks it, and an error names the member.
#[test]
fn mail_domain_from_a_configuration_file() -> Result {
    let choice: MailDomain = serde_json::from_str(
        r#"{"existing_route53": {"domain": "acme.example", "hosted_zone_id": "Z0123456789ABCDEFGHIJ"}}"#,
    )?;
    assert!(matches!(choice, MailDomain::ExistingRoute53 { .. }));

    let error = serde_json::from_str::<MailDomain>(r#"{"external": {}}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "external: missing field `domain` at line 1 column 15"
    );
    Ok(())
}

#[test]
fn encryption_from_a_configuration_file() -> Result {
    let choice: Encryption = serde_json::from_str(r#""workmail_managed_key""#)?;
    assert_eq!(choice, Encryption::WorkMailManagedKey);

    let error = serde_json::from_str::<Encryption>(r#""customer_managed_key""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "variant `customer_managed_key` takes a value, as in {\"customer_managed_key\": …} \
         at line 1 column 22"
    );
    Ok(())
}

/// The id is checked by `DirectoryId`'s own `Deserialize`, and an error names the variant.
#[test]
fn user_directory_from_a_configuration_file() -> Result {
    let choice: UserDirectory = serde_json::from_str(r#"{"existing": "d-0123456789"}"#)?;
    assert_eq!(
        choice.directory_id().map(|id| id.to_string()),
        Some("d-0123456789".into())
    );
    assert_eq!(
        serde_json::to_string(&choice)?,
        r#"{"existing":"d-0123456789"}"#
    );

    let error = serde_json::from_str::<UserDirectory>(r#"{"existing": "d-01234"}"#).unwrap_err();
    assert!(error
        .to_string()
        .starts_with("existing: invalid DirectoryId: "));
    Ok(())
}

/// A string; reading one checks the alias with `OrgAlias`'s own `Deserialize`, and refuses
/// anything no alias gives.
#[test]
fn test_domain_from_a_configuration_file() -> Result {
    let domain: TestDomain = serde_json::from_str(r#""acme.awsapps.com""#)?;
    assert_eq!(serde_json::to_string(&domain)?, r#""acme.awsapps.com""#);

    let error = serde_json::from_str::<TestDomain>(r#""Acme.awsapps.com""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid TestDomain: not in lowercase at line 1 column 18"
    );
    Ok(())
}

#[test]
fn a_request_says_its_encryption() -> Result {
    let request = CreateOrganizationRequest::builder("acme".parse()?).build();
    assert_eq!(request.encryption(), Encryption::WorkMailManagedKey);
    Ok(())
}

#[test]
fn an_input_gains_domains_one_by_one() {
    let input = CreateOrganizationInput::default()
        .alias("acme")
        .with_domain(DomainInput::default().domain_name("mail.acme.example"))
        .with_domain(
            DomainInput::default()
                .domain_name("acme.example")
                .hosted_zone_id("Z0123"),
        );
    let request = input.validate().expect("valid");
    assert_eq!(request.domains().len(), 2);
}

#[test]
fn directory_service_types_are_read_exactly() {
    assert_eq!(
        DirectoryKind::from_directory_service_type("ADConnector"),
        Some(DirectoryKind::AdConnector)
    );
    assert_eq!(
        DirectoryKind::from_directory_service_type("adconnector"),
        None
    );
}

#[test]
fn an_organizations_response_validates() {
    use org_shapes::organizations::CreateOrganizationResponse;

    let body = r#"{"Organization": {
        "Id": "o-exampleorgid",
        "Arn": "arn:aws:organizations::111111111111:organization/o-exampleorgid",
        "FeatureSet": "ALL",
        "MasterAccountArn": "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111",
        "MasterAccountId": "111111111111",
        "MasterAccountEmail": "bill@example.com",
        "AvailablePolicyTypes": [{"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"}]
    }}"#;
    let response: CreateOrganizationResponse = serde_json::from_str(body).unwrap();
    let organization = response.validate().unwrap();
    assert_eq!(organization.id.as_str(), "o-exampleorgid");
}

/// A type the crate does not know is kept as it came; validation reports it.
#[test]
fn a_newer_policy_type_is_kept_then_reported() {
    use org_shapes::organizations::{Organization, PolicyTypeSummary};
    use org_shapes::wire::Field;

    let body = r#"{"Type": "QUANTUM_POLICY", "Status": "ENABLED"}"#;
    let newer: PolicyTypeSummary = serde_json::from_str(body).unwrap();
    assert_eq!(
        newer.policy_type.as_ref().map(|t| t.as_str()),
        Some("QUANTUM_POLICY")
    );
    let organization = Organization::default().available_policy_types(vec![Field::Present(newer)]);
    let violations = organization.validate().unwrap_err();
    assert!(violations.iter().any(
        |v| v.path().json_pointer().to_string() == "/Organization/AvailablePolicyTypes/0/Type"
    ));
}

/// Reading a body checks it: interoperability without a directory is refused.
#[test]
fn reading_a_workmail_organization_body_checks_it() {
    let body = r#"{"Alias": "acme", "EnableInteroperability": true}"#;
    let err = serde_json::from_str::<CreateOrganizationRequest>(body).unwrap_err();
    assert!(err
        .to_string()
        .starts_with("1 validation error detected: Value 'true' at 'enableInteroperability'"));
}

/// Reading a body checks it: a role `CreateUser` cannot give is refused.
#[test]
fn reading_a_user_body_checks_it() {
    use org_shapes::workmail::CreateUserRequest;

    let body = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef",
                   "Name": "jdoe", "DisplayName": "Jane Doe", "Role": "RESOURCE"}"#;
    let err = serde_json::from_str::<CreateUserRequest>(body).unwrap_err();
    assert!(err
        .to_string()
        .starts_with("1 validation error detected: Value 'RESOURCE' at 'role'"));
}
