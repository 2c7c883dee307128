//! The `aws-sdk-workmail` feature against the real SDK client, with the SDK's own capturing
//! HTTP client and no network: what the interceptor stops never reaches the HTTP client, what
//! it lets through is byte for byte (as JSON) what this crate's `Serialize` writes, and the
//! conversions lose nothing in either direction.
#![cfg(all(feature = "aws-sdk-workmail", feature = "serde"))]

#[path = "support/sdk_stub.rs"]
mod sdk_stub;

use std::error::Error as _;

use aws_sdk_workmail as wm;
use org_shapes::aws_sdk::{InvalidRequest, Operation, OrgShapesInterceptor};
use org_shapes::violation::{Constraint, Rule};
use org_shapes::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse,
    CreateUserInput, CreateUserRequest, CreateUserResponse, CreateUserRole, Domain, Domains,
    UserDirectory,
};

const ORG: &str = "m-0123456789abcdef0123456789abcdef";
const LONG_PASSWORD_CHAR: &str = "Pw1!";

/// The constraints `invalid` reports, in order.
fn constraints_of(invalid: &InvalidRequest) -> Vec<Constraint> {
    invalid
        .violations()
        .iter()
        .map(|v| *v.constraint())
        .collect()
}

/// A WorkMail client whose HTTP client records the one request it gets and answers `body`.
fn stub_client(body: &'static str) -> (wm::Client, sdk_stub::Requests) {
    let (http_client, requests) = sdk_stub::capture(body);
    let config = wm::Config::builder()
        .behavior_version(wm::config::BehaviorVersion::latest())
        .region(wm::config::Region::new("eu-west-1"))
        .credentials_provider(wm::config::Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .http_client(http_client)
        // No async sleep is configured (the SDK's `rt-tokio` feature is off, and the tests
        // run without a runtime), so everything that would need one is off.
        .retry_config(wm::config::retry::RetryConfig::disabled())
        .timeout_config(wm::config::timeout::TimeoutConfig::disabled())
        .stalled_stream_protection(wm::config::StalledStreamProtectionConfig::disabled())
        .identity_cache(wm::config::IdentityCache::no_cache())
        .interceptor(OrgShapesInterceptor::new())
        .build();
    (wm::Client::from_conf(config), requests)
}

fn full_user() -> CreateUserRequest {
    CreateUserRequest::builder(
        ORG.parse().unwrap(),
        "jane.doe@example.com".parse().unwrap(),
        "Jane Doe".parse().unwrap(),
    )
    .password("Correct-Horse-7".parse().unwrap())
    .role(CreateUserRole::RemoteUser)
    .first_name("Jane".parse().unwrap())
    .last_name("Doe".parse().unwrap())
    .hidden_from_global_address_list(false)
    .identity_provider_user_id("a1b2c3d4-5678-90ab-cdef-0123456789ab".parse().unwrap())
    .build()
}

fn full_organization() -> CreateOrganizationRequest {
    let mut domains = Domains::new();
    domains
        .push(
            Domain::new("example.com".parse().unwrap())
                .with_hosted_zone("Z0123456789ABCDEFGHIJ".parse().unwrap()),
        )
        .unwrap();
    domains
        .push(Domain::new("mail.example.org".parse().unwrap()))
        .unwrap();
    CreateOrganizationRequest::builder("acme-corp".parse().unwrap())
        .directory(UserDirectory::AdConnectorWithInteroperability(
            "d-0123456789".parse().unwrap(),
        ))
        .client_token("token-0001".parse().unwrap())
        .domains(domains)
        .kms_key_arn(
            "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                .parse()
                .unwrap(),
        )
        .build()
}

#[test]
fn invalid_create_user_is_stopped_with_every_violation_and_no_request() {
    sdk_stub::block_on(async {
        let (client, requests) = stub_client(r#"{"UserId":"never-sent"}"#);
        let password = LONG_PASSWORD_CHAR.repeat(65); // 260 chars, over the 256 limit
        let err = client
            .create_user()
            .organization_id("m-0123")
            .name("jane doe")
            .password(&password)
            .role(wm::types::UserRole::SystemUser)
            .send()
            .await
            .expect_err("the interceptor refuses the call");

        // No HTTP request was made at all.
        requests.expect_no_request();

        let invalid = sdk_stub::stopped(&err);
        assert_eq!(invalid.operation(), Operation::WorkMailCreateUser);
        let constraints = constraints_of(invalid);
        assert_eq!(constraints.len(), 5, "{invalid}");
        assert_eq!(constraints[2], Constraint::Required);
        assert_eq!(constraints[4], Constraint::Rule(Rule::RoleNotAllowed));
        assert_eq!(
            invalid.to_string(),
            "workmail:CreateUser: 5 validation errors detected: \
             Value 'm-0123' at 'organizationId' failed to satisfy constraint: \
             Member must have length greater than or equal to 34; \
             Value 'jane doe' at 'name' failed to satisfy constraint: \
             Member must satisfy regular expression pattern: [\\w\\-.]+(@[a-zA-Z0-9.\\-]+\\.[a-zA-Z0-9-]{2,})?; \
             Value null at 'displayName' failed to satisfy constraint: Member must not be null; \
             Value at 'password' failed to satisfy constraint: \
             Member must have length less than or equal to 256; \
             Value 'SYSTEM_USER' at 'role' failed to satisfy constraint: \
             Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be given at creation"
        );

        // The chain is SdkError -> the interceptor's error -> ours, and nothing in it shows the
        // password.
        let interceptor_error = err.source().expect("the interceptor's error");
        assert!(interceptor_error
            .source()
            .is_some_and(|e| e.downcast_ref::<InvalidRequest>().is_some()));
        let everything = format!(
            "{err:?} {} {invalid:?}",
            wm::error::DisplayErrorContext(&err)
        );
        assert!(!everything.contains(LONG_PASSWORD_CHAR), "{everything}");
        assert!(everything.contains("5 validation errors detected"));
    })
}

#[test]
fn every_way_of_sending_goes_through_the_interceptor() {
    sdk_stub::block_on(async {
        // `customize()` and `send_with` build the input differently from `send()`; an empty
        // CreateUser misses its three required members either way.
        let (client, requests) = stub_client("{}");
        let err = client.create_user().customize().send().await.unwrap_err();
        assert_eq!(sdk_stub::stopped(&err).violations().len(), 3);
        requests.expect_no_request();

        let (client, requests) = stub_client("{}");
        let err = wm::operation::create_user::CreateUserInput::builder()
            .organization_id(ORG)
            .send_with(&client)
            .await
            .unwrap_err();
        assert_eq!(sdk_stub::stopped(&err).violations().len(), 2);
        requests.expect_no_request();
    })
}

#[test]
fn valid_create_user_goes_out_with_the_body_serialize_writes() {
    sdk_stub::block_on(async {
        let (client, requests) =
            stub_client(r#"{"UserId":"a1b2c3d4-1111-2222-3333-444455556666"}"#);
        let request = full_user();
        let output = request
            .apply_to(client.create_user())
            .send()
            .await
            .expect("the call succeeds");

        let (target, body) = sdk_stub::sent(requests);
        assert_eq!(target, "WorkMailService.CreateUser");
        assert_eq!(body, serde_json::to_value(&request).unwrap());
        // Every member is there, so the comparison covers each of them.
        assert_eq!(body.as_object().unwrap().len(), 9, "{body}");

        let response = CreateUserResponse::from(&output);
        assert_eq!(
            response.validate().unwrap().as_str(),
            "a1b2c3d4-1111-2222-3333-444455556666"
        );
    })
}

#[test]
fn invalid_create_organization_is_stopped_with_every_violation_and_no_request() {
    sdk_stub::block_on(async {
        let (client, requests) = stub_client(r#"{"OrganizationId":"never-sent"}"#);
        let mut call = client
            .create_organization()
            .alias("d-acme")
            .enable_interoperability(true);
        for name in [
            "a.example",
            "b.example",
            "bad_name.example",
            "c.example",
            "d.example",
            "e.example",
        ] {
            call = call.domains(
                wm::types::Domain::builder()
                    .domain_name(name)
                    .build()
                    .unwrap(),
            );
        }
        let err = call.send().await.unwrap_err();
        requests.expect_no_request();

        let invalid = sdk_stub::stopped(&err);
        assert_eq!(invalid.operation(), Operation::WorkMailCreateOrganization);
        let constraints = constraints_of(invalid);
        assert_eq!(
            constraints[1],
            Constraint::ListTooLong { max: 5, actual: 6 },
            "{invalid}"
        );
        assert_eq!(
            constraints.last(),
            Some(&Constraint::Rule(Rule::InteroperabilityNeedsDirectory))
        );
        let paths: Vec<String> = invalid
            .violations()
            .iter()
            .map(|v| v.path().aws_classic().to_string())
            .collect();
        assert_eq!(
            paths,
            [
                "alias",
                "domains",
                "domains.3.member.domainName",
                "enableInteroperability"
            ]
        );
        assert_eq!(
            invalid.to_string(),
            "workmail:CreateOrganization: 4 validation errors detected: \
             Value 'd-acme' at 'alias' failed to satisfy constraint: \
             Member must satisfy regular expression pattern: ^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*; \
             Value at 'domains' failed to satisfy constraint: \
             Member must have length less than or equal to 5; \
             Value 'bad_name.example' at 'domains.3.member.domainName' failed to satisfy constraint: \
             Member must satisfy regular expression pattern: [a-zA-Z0-9.-]+; \
             Value 'true' at 'enableInteroperability' failed to satisfy constraint: \
             Member must be false unless an AD Connector directory id is given"
        );
    })
}

#[test]
fn valid_create_organization_goes_out_with_the_body_serialize_writes() {
    sdk_stub::block_on(async {
        let (client, requests) =
            stub_client(r#"{"OrganizationId":"m-fedcba9876543210fedcba9876543210"}"#);
        let request = full_organization();
        let output = request
            .apply_to(client.create_organization())
            .send()
            .await
            .unwrap();

        let (target, body) = sdk_stub::sent(requests);
        assert_eq!(target, "WorkMailService.CreateOrganization");
        assert_eq!(body, serde_json::to_value(&request).unwrap());
        assert_eq!(body.as_object().unwrap().len(), 6, "{body}");

        let id = CreateOrganizationResponse::from(&output)
            .validate()
            .unwrap();
        assert_eq!(id.as_str(), "m-fedcba9876543210fedcba9876543210");
    })
}

#[test]
fn other_operations_pass_untouched() {
    sdk_stub::block_on(async {
        // DescribeOrganization is not modelled here: even a malformed id goes out as given.
        let (client, requests) = stub_client("{}");
        client
            .describe_organization()
            .organization_id("not an id")
            .send()
            .await
            .unwrap();
        let (target, body) = sdk_stub::sent(requests);
        assert_eq!(target, "WorkMailService.DescribeOrganization");
        assert_eq!(body, serde_json::json!({"OrganizationId": "not an id"}));
    })
}

#[test]
fn create_user_round_trips_through_the_sdk_input() {
    use wm::operation::create_user::builders::CreateUserInputBuilder;

    for request in [
        full_user(),
        CreateUserRequest::builder(
            ORG.parse().unwrap(),
            "jdoe".parse().unwrap(),
            "J".parse().unwrap(),
        )
        .build(),
    ] {
        let sdk = CreateUserInputBuilder::from(&request).build().unwrap();
        assert_eq!(CreateUserRequest::try_from(&sdk), Ok(request.clone()));
        // The builder and the input read the same.
        let from_builder = CreateUserInput::from(&CreateUserInputBuilder::from(&request));
        assert_eq!(from_builder, CreateUserInput::from(&sdk));
        assert_eq!(from_builder, CreateUserInput::from(&request));
    }
}

#[test]
fn create_organization_round_trips_through_the_sdk_input() {
    use wm::operation::create_organization::builders::CreateOrganizationInputBuilder;

    for request in [
        full_organization(),
        CreateOrganizationRequest::builder("acme".parse().unwrap()).build(),
        CreateOrganizationRequest::builder("acme".parse().unwrap())
            .directory(UserDirectory::Existing("d-0123456789".parse().unwrap()))
            .build(),
    ] {
        let sdk = CreateOrganizationInputBuilder::from(&request)
            .build()
            .unwrap();
        assert_eq!(sdk.domains().len(), request.domains().len());
        assert_eq!(
            CreateOrganizationRequest::try_from(&sdk),
            Ok(request.clone())
        );
        let from_builder =
            CreateOrganizationInput::from(&CreateOrganizationInputBuilder::from(&request));
        assert_eq!(from_builder, CreateOrganizationInput::from(&sdk));
        assert_eq!(from_builder, CreateOrganizationInput::from(&request));
    }
}

#[test]
fn the_fluent_builder_can_be_validated_before_sending() {
    let (client, _requests) = stub_client("{}");
    let request = full_user();
    let fluent = request.apply_to(client.create_user());
    assert_eq!(
        CreateUserInput::from(fluent.as_input()).validate(),
        Ok(request)
    );

    // `apply_to` replaces what the fluent builder held, members the request lacks included.
    let minimal = CreateOrganizationRequest::builder("acme".parse().unwrap()).build();
    let fluent = minimal.apply_to(
        client
            .create_organization()
            .kms_key_arn("left over")
            .enable_interoperability(true),
    );
    assert_eq!(
        CreateOrganizationInput::from(fluent.as_input()).validate(),
        Ok(minimal)
    );
}

#[test]
fn sdk_values_the_crate_refuses_are_kept_as_given() {
    let sdk = wm::operation::create_user::CreateUserInput::builder()
        .organization_id(ORG)
        .name("jdoe")
        .display_name("Jane")
        .role(wm::types::UserRole::from("ADMIN"))
        .hidden_from_global_address_list(true)
        .build()
        .unwrap();
    let ours = CreateUserInput::from(&sdk);
    assert_eq!(ours.role.as_ref().map(String::as_str), Some("ADMIN"));
    let violations = CreateUserRequest::try_from(&sdk).unwrap_err();
    assert_eq!(violations.len(), 1);
    assert_eq!(
        violations.to_string(),
        "1 validation error detected: Value 'ADMIN' at 'role' failed to satisfy constraint: \
         Member must satisfy enum value set: [USER, RESOURCE, SYSTEM_USER, REMOTE_USER]"
    );

    // An empty domain name and an explicit `false` reach validation as given.
    let sdk = wm::operation::create_organization::CreateOrganizationInput::builder()
        .alias("acme")
        .domains(
            wm::types::Domain::builder()
                .domain_name("")
                .build()
                .unwrap(),
        )
        .enable_interoperability(false)
        .build()
        .unwrap();
    let ours = CreateOrganizationInput::from(&sdk);
    assert_eq!(ours.enable_interoperability.as_ref(), Some(&false));
    let empty = wm::operation::create_organization::CreateOrganizationInput::builder()
        .set_domains(Some(Vec::new()))
        .build()
        .unwrap();
    assert_eq!(
        CreateOrganizationInput::from(&empty).domains,
        org_shapes::wire::Field::Present(Vec::new())
    );
    let violations = CreateOrganizationRequest::try_from(&sdk).unwrap_err();
    assert_eq!(violations.len(), 1, "{violations}");
    assert_eq!(
        violations.as_slice()[0].path().aws_classic().to_string(),
        "domains.1.member.domainName"
    );
}

#[test]
fn outputs_convert_both_ways_and_validate() {
    let response = CreateUserResponse {
        user_id: Some(String::new()),
    };
    let sdk = wm::operation::create_user::CreateUserOutput::from(&response);
    assert_eq!(sdk.user_id(), Some(""));
    assert_eq!(CreateUserResponse::from(&sdk), response);
    assert!(CreateUserResponse::from(&sdk).validate().is_err());

    let response = CreateOrganizationResponse {
        organization_id: None,
    };
    let sdk = wm::operation::create_organization::CreateOrganizationOutput::from(&response);
    assert_eq!(CreateOrganizationResponse::from(&sdk), response);
    assert_eq!(
        CreateOrganizationResponse::from(&sdk)
            .validate()
            .unwrap_err()
            .to_string(),
        "1 validation error detected: Value null at 'organizationId' failed to satisfy \
         constraint: Member must not be null"
    );
}

/// The README's example, run: the call names only a user, and with a space: two required
/// members missing and one refused, and nothing is sent.
#[test]
fn the_readme_example_is_stopped_with_three_violations() {
    let (client, requests) = stub_client("{}");
    let err = sdk_stub::block_on(client.create_user().name("j doe").send()).unwrap_err();
    let invalid = sdk_stub::stopped(&err);
    assert_eq!(
        invalid.to_string(),
        "workmail:CreateUser: 3 validation errors detected: \
         Value null at 'organizationId' failed to satisfy constraint: Member must not be null; \
         Value 'j doe' at 'name' failed to satisfy constraint: Member must satisfy regular \
         expression pattern: [\\w\\-.]+(@[a-zA-Z0-9.\\-]+\\.[a-zA-Z0-9-]{2,})?; \
         Value null at 'displayName' failed to satisfy constraint: Member must not be null"
    );
    requests.expect_no_request();
}
