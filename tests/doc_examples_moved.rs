//! Assertions that stood in the item docs of `src/` and were about more than the item they
//! documented (each type keeps an example of its own).
#![cfg(all(feature = "serde", feature = "alloc"))]

/// From the docs of `ErrorResponse`: a body that is not JSON, and control chars.
#[test]
fn an_error_response_reads_any_body_and_keeps_no_control_char() {
    use org_shapes::service_error::ErrorResponse;

    let response = ErrorResponse::parse(None, b"Bad Gateway\r\n");
    assert_eq!(response.code, "");
    assert_eq!(response.message.as_deref(), Some("Bad Gateway"));
    let response = ErrorResponse::parse(
        Some("Throttling\r\nX-Injected: 1"),
        br#"{"Message": "Rate exceeded.\r\nRetry later.\u0000"}"#,
    );
    assert_eq!(response.code, "Throttling");
    assert_eq!(
        response.message.as_deref(),
        Some("Rate exceeded. Retry later. ")
    );
}

/// From the docs of `InvalidRequest`: a valid name leaves the two other required members.
#[test]
fn a_user_input_with_only_a_name_misses_two_members() {
    use org_shapes::workmail::CreateUserInput;

    let violations = CreateUserInput::default()
        .name("jdoe")
        .validate()
        .unwrap_err();
    assert_eq!(violations.len(), 2);
}

/// From the docs of `OrganizationSetup`: a whole set-up read, written and read back.
#[test]
fn an_organization_setup_from_a_configuration_file() -> Result<(), serde_json::Error> {
    use org_shapes::workmail::{MailDomain, OrganizationSetup, UserDirectory};

    let config = r#"{
        "alias": "acme",
        "mail_domain": {"external": {"domain": "acme.example"}},
        "user_directory": {"existing": "d-0123456789"}
    }"#;
    let setup: OrganizationSetup = serde_json::from_str(config)?;
    assert_eq!(setup.alias, "acme");
    assert!(matches!(setup.mail_domain, MailDomain::External { .. }));
    assert_eq!(
        setup.user_directory,
        UserDirectory::Existing("d-0123456789".parse().unwrap())
    );

    let written = serde_json::to_string(&setup)?;
    assert_eq!(
        written,
        r#"{"alias":"acme","mail_domain":{"external":{"domain":"acme.example"}},"#.to_owned()
            + r#""user_directory":{"existing":"d-0123456789"},"encryption":"workmail_managed_key"}"#
    );
    assert_eq!(serde_json::from_str::<OrganizationSetup>(&written)?, setup);
    Ok(())
}

/// From the docs of `Violations::to_error_response`: its body reads back to the same response.
#[test]
fn an_error_response_for_violations_reads_back() -> Result<(), serde_json::Error> {
    use org_shapes::organizations::CreateOrganizationInput;
    use org_shapes::service_error::{ErrorResponse, CLIENT_ERROR_STATUS};
    use org_shapes::Service;

    let input: CreateOrganizationInput = serde_json::from_str(r#"{"FeatureSet": "all"}"#)?;
    let response = input
        .validate()
        .unwrap_err()
        .to_error_response(Service::Organizations);
    let body = response.to_json();
    assert!(body.starts_with(r#"{"__type":"InvalidInputException","Message":"1 validation error"#));
    let read = ErrorResponse::parse_with_status(
        CLIENT_ERROR_STATUS,
        Some(&response.code),
        body.as_bytes(),
    );
    assert_eq!(read, response);
    Ok(())
}

/// From the docs of `Shape`, `ErrorKind` and `Service`.
#[test]
fn a_shape_validates_and_is_listed() {
    use org_shapes::workmail::OrgAlias;

    assert!(OrgAlias::new("acme-corp").is_ok());
    assert_eq!((OrgAlias::SHAPE.validate)("acme-corp"), Ok(()));
    assert!(org_shapes::SHAPES.contains(&OrgAlias::SHAPE));
    let e = org_shapes::organizations::AccountId::new("1234").unwrap_err();
    assert_eq!(e.shape().service, org_shapes::Service::Organizations);
}

/// From the docs of `FieldValue`: a field of another JSON type is read, not refused.
#[test]
fn a_field_reads_its_json_type() {
    use org_shapes::wire::{Field, JsonKind};

    let flag: Field<bool> = serde_json::from_str("true").unwrap();
    assert_eq!(flag, Field::Present(true));
    let flag: Field<bool> = serde_json::from_str(r#""yes""#).unwrap();
    assert_eq!(
        flag,
        Field::WrongType {
            found: JsonKind::String
        }
    );
}

/// From the docs of `OrganizationSetup`: the encryption choice reaches the request.
#[test]
fn an_organization_setup_with_a_customer_key() -> Result<(), org_shapes::Error> {
    use org_shapes::workmail::{Encryption, OrganizationSetup};

    let mut setup = OrganizationSetup::new("acme".parse()?);
    setup.encryption = Encryption::CustomerManagedKey(
        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".parse()?,
    );
    assert!(setup.to_request().kms_key_arn().is_some());
    Ok(())
}

/// From the docs of `InvalidRequest`.
#[cfg(feature = "aws-sdk-workmail")]
#[test]
fn an_invalid_request_is_found_only_where_it_is() {
    use org_shapes::aws_sdk::{violations_of, InvalidRequest, Operation};
    use org_shapes::workmail::CreateUserInput;

    let violations = CreateUserInput::default().validate().unwrap_err();
    let invalid = InvalidRequest::new(Operation::WorkMailCreateUser, violations);
    assert_eq!(invalid.operation(), Operation::WorkMailCreateUser);
    // As the SDK hands it back, wrapped.
    let err: Box<dyn std::error::Error> = Box::new(invalid.clone());
    assert_eq!(violations_of(&*err), Some(&invalid));
    let other: Box<dyn std::error::Error> = "timed out".into();
    assert_eq!(violations_of(&*other), None);
}
