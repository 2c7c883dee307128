//! Examples moved out of the item docs of `src/` (each type keeps one example of its own):
//! the set-up choices read from a configuration file, a few methods, and the assertions of
//! the types' examples that are about more than the type itself.
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
    assert_eq!(
        error.to_string(),
        "existing: invalid DirectoryId: length 7 is below the minimum of 12 chars \
         at line 1 column 22"
    );
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
    assert_eq!(
        err.to_string(),
        "1 validation error detected: Value 'true' at 'enableInteroperability' failed to satisfy constraint: \
         Member must be false unless an AD Connector directory id is given"
    );
}

/// Reading a body checks it: a role `CreateUser` cannot give is refused.
#[test]
fn reading_a_user_body_checks_it() {
    use org_shapes::workmail::CreateUserRequest;

    let body = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef",
                   "Name": "jdoe", "DisplayName": "Jane Doe", "Role": "RESOURCE"}"#;
    let err = serde_json::from_str::<CreateUserRequest>(body).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 validation error detected: Value 'RESOURCE' at 'role' failed to satisfy constraint: \
         Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be \
         given at creation"
    );
}

/// Enum values are exact and case-sensitive; an absent feature set stays absent.
#[test]
fn an_organizations_request_reads_and_writes_its_feature_set() {
    use org_shapes::organizations::{self, FeatureSet};

    let request =
        organizations::CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"FeatureSet":"CONSOLIDATED_BILLING"}"#
    );
    let err = serde_json::from_str::<organizations::CreateOrganizationRequest>(
        r#"{"FeatureSet": "all"}"#,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 validation error detected: Value 'all' at 'featureSet' failed to satisfy constraint: \
         Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
    );
}

fn organization() -> org_shapes::organizations::Organization {
    org_shapes::organizations::Organization::default()
        .id("o-exampleorgid")
        .arn("arn:aws:organizations::111111111111:organization/o-exampleorgid")
        .feature_set(org_shapes::wire::MaybeKnown::Known(
            org_shapes::organizations::FeatureSet::All,
        ))
        .master_account_arn(
            "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111",
        )
        .master_account_id("111111111111")
        .master_account_email("bill@example.com")
}

#[test]
fn a_consolidated_billing_organization_validates() {
    use org_shapes::organizations::FeatureSet;
    use org_shapes::wire::MaybeKnown;

    let organization =
        organization().feature_set(MaybeKnown::Known(FeatureSet::ConsolidatedBilling));
    let valid = organization.validate().expect("valid");
    assert_eq!(valid.master_account_id.as_str(), "111111111111");
}

/// A feature set the crate does not know is kept as it came, and `validate` reports it.
#[test]
fn a_newer_feature_set_is_kept_then_reported() {
    use org_shapes::organizations::FeatureSet;
    use org_shapes::wire::MaybeKnown;

    let newer = organization().feature_set(MaybeKnown::<FeatureSet>::parse("SOME_NEW_SET"));
    let violations = newer.validate().unwrap_err();
    let pointers: Vec<String> = violations
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    assert_eq!(pointers, ["/Organization/FeatureSet"]);
}

/// Each member is valid, but both ARNs name another management account.
#[test]
fn inconsistent_arns_are_reported_at_each_arn() -> Result {
    use org_shapes::organizations::ValidOrganization;

    let organization = organization().validate()?;
    let other = ValidOrganization {
        master_account_id: "222222222222".parse()?,
        ..organization
    };
    let violations = other.check_consistency().unwrap_err();
    let pointers: Vec<String> = violations
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    assert_eq!(
        pointers,
        ["/Organization/Arn", "/Organization/MasterAccountArn"]
    );
    Ok(())
}

/// Only the enums' values fit: a status in other case is refused.
#[test]
fn a_policy_type_summary_writes_its_wire_values() -> Result {
    use org_shapes::organizations::{
        PolicyType, PolicyTypeStatus, PolicyTypeSummary, ValidPolicyTypeSummary,
    };

    let scp = ValidPolicyTypeSummary {
        policy_type: PolicyType::ServiceControlPolicy,
        status: PolicyTypeStatus::Enabled,
    };
    assert_eq!(
        serde_json::to_string(&PolicyTypeSummary::from(scp))?,
        r#"{"Type":"SERVICE_CONTROL_POLICY","Status":"ENABLED"}"#
    );
    assert!("enabled".parse::<PolicyTypeStatus>().is_err());
    Ok(())
}

/// The name is too long for an AD Connector directory (20 chars at most there).
#[test]
fn a_user_name_is_checked_for_the_directory_kind() -> Result {
    use org_shapes::workmail::CreateUserRequest;
    use org_shapes::Count;

    let request = CreateUserRequest::builder(
        "m-0123456789abcdef0123456789abcdef".parse()?,
        "jane.doe.of.accounting".parse()?,
        "Jane Doe".parse()?,
    )
    .build();
    let mut count = Count::default();
    request.check_directory(DirectoryKind::WorkMail, &mut count);
    assert_eq!(count, Count(0));
    request.check_directory(DirectoryKind::AdConnector, &mut count);
    assert_eq!(count, Count(1));
    Ok(())
}

/// Unknown members of a response are skipped.
#[test]
fn workmail_responses_skip_unknown_members() -> Result {
    use org_shapes::workmail::{CreateOrganizationResponse, CreateUserResponse};

    let body = r#"{"UserId": "S-1-1-11-1111111111-2222222222-3333333333-3333", "Extra": 1}"#;
    let response: CreateUserResponse = serde_json::from_str(body)?;
    assert!(response.validate().is_ok());

    let body = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Extra": 1}"#;
    let response: CreateOrganizationResponse = serde_json::from_str(body)?;
    assert_eq!(
        response.validate().unwrap().as_str(),
        "m-0123456789abcdef0123456789abcdef"
    );
    Ok(())
}

/// Every problem at once: a bad alias, a domain without a name, a member the model lacks.
#[test]
fn an_organization_body_reports_every_problem() -> Result {
    let body = r#"{"Alias": "d-acme", "Domains": [{}], "Colour": "red"}"#;
    let input: CreateOrganizationInput = serde_json::from_str(body)?;
    let violations = input.validate().unwrap_err();
    let pointers: Vec<String> = violations
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    assert_eq!(pointers, ["/Alias", "/Domains/0/DomainName", "/Colour"]);
    Ok(())
}

/// `DomainName` is required in each element.
#[test]
fn a_domain_needs_its_name() {
    let nameless = CreateOrganizationInput::default()
        .alias("acme")
        .with_domain(DomainInput::default().hosted_zone_id("Z0123"));
    assert_eq!(
        nameless.validate().unwrap_err().to_string(),
        "1 validation error detected: Value null at 'domains.1.member.domainName' \
         failed to satisfy constraint: Member must not be null"
    );
}

/// An enum value is exact and case-sensitive; the message names the model's set.
#[test]
fn an_organizations_input_refuses_a_feature_set_in_other_case() {
    let input = org_shapes::organizations::CreateOrganizationInput::default().feature_set("all");
    assert_eq!(
        input.validate().unwrap_err().to_string(),
        "1 validation error detected: Value 'all' at 'featureSet' failed to satisfy \
         constraint: Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
    );
}

/// Every violation is counted: the name, and the two required members left out.
#[test]
fn a_user_input_reports_every_member() {
    let bad = org_shapes::workmail::CreateUserInput::default().name("jane doe");
    assert_eq!(bad.validate().unwrap_err().total(), 3);
}

/// A value the model refuses cannot make a choice.
#[test]
fn refused_values_make_no_choice() {
    use org_shapes::workmail::{DomainName, KmsKeyArn};

    assert!("acme .example".parse::<DomainName>().is_err());
    assert!("arn:aws:s3:::bucket".parse::<KmsKeyArn>().is_err());
}

/// A value the model refuses is named by its place.
#[test]
fn a_setup_names_a_refused_value_by_its_place() {
    use org_shapes::workmail::OrganizationSetup;

    let error = serde_json::from_str::<OrganizationSetup>(
        r#"{"alias": "acme", "mail_domain": {"external": {"domain": "acme example"}}}"#,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "mail_domain.external.domain: invalid DomainName: char 4 ' ' is not allowed, \
         expected an ASCII letter, digit, '.' or '-' at line 1 column 71"
    );
}

#[test]
fn the_free_test_domain_is_the_alias_in_lowercase() -> Result {
    use org_shapes::workmail::{free_test_domain, OrgAlias};

    let alias: OrgAlias = "Acme-Corp".parse()?;
    assert_eq!(free_test_domain(&alias).as_str(), "acme-corp.awsapps.com");
    Ok(())
}

/// Another JSON type than a string is refused, and the error names only the type.
#[test]
fn a_secret_is_read_from_a_string_only() {
    use org_shapes::wire::Secret;

    let err = serde_json::from_str::<Secret>("12345678").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: a number, expected a string at line 1 column 8"
    );
}

/// Validation names the type it expected and the type it found, never the value; a member
/// of the wrong type is recorded rather than refused.
#[test]
fn a_member_of_the_wrong_json_type_is_recorded() {
    use org_shapes::wire::{Field, JsonKind};

    let input: CreateOrganizationInput =
        serde_json::from_str(r#"{"Alias": 42, "Domains": null}"#).unwrap();
    assert_eq!(
        input.alias,
        Field::WrongType {
            found: JsonKind::Number
        }
    );
    assert!(input.domains.is_absent());
    assert_eq!(
        input.validate().unwrap_err().to_string(),
        "1 validation error detected: Value at 'alias' failed to satisfy constraint: Member must be a string"
    );
}
