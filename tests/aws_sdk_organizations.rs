//! The `aws-sdk-organizations` feature against the real SDK client, with the SDK's own
//! capturing HTTP client and no network: an invalid feature set never reaches the HTTP client,
//! a valid request goes out as this crate's `Serialize` writes it, and responses read by the
//! SDK convert to this crate's response types without losing anything, unknown enum values
//! included.
#![cfg(all(feature = "aws-sdk-organizations", feature = "serde"))]

#[path = "support/sdk_stub.rs"]
mod sdk_stub;

use aws_sdk_organizations as orgs;
use org_shapes::aws_sdk::{Operation, OrgShapesInterceptor};
use org_shapes::organizations::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse, FeatureSet,
    PolicyType,
};
use org_shapes::violation::{Constraint, Rule};
use org_shapes::wire::{Field, MaybeKnown};

/// What moto answers for `{"FeatureSet": "ALL"}`.
const MOTO_ALL: &str = include_str!("data/moto/organizations_create_organization_all.json");
/// What moto answers for `{"FeatureSet": "CONSOLIDATED_BILLING"}`: it lists service control
/// policies, which a consolidated-billing organization cannot have.
const MOTO_CONSOLIDATED_BILLING: &str =
    include_str!("data/moto/organizations_create_organization_consolidated_billing.json");

/// An Organizations client whose HTTP client records the one request it gets and answers
/// `body`.
fn stub_client(body: &'static str) -> (orgs::Client, sdk_stub::Requests) {
    let (http_client, requests) = sdk_stub::capture(body);
    let config = orgs::Config::builder()
        .behavior_version(orgs::config::BehaviorVersion::latest())
        .region(orgs::config::Region::new("us-east-1"))
        .credentials_provider(orgs::config::Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .http_client(http_client)
        // No async sleep is configured (the SDK's `rt-tokio` feature is off, and the tests
        // run without a runtime), so everything that would need one is off.
        .retry_config(orgs::config::retry::RetryConfig::disabled())
        .timeout_config(orgs::config::timeout::TimeoutConfig::disabled())
        .stalled_stream_protection(orgs::config::StalledStreamProtectionConfig::disabled())
        .identity_cache(orgs::config::IdentityCache::no_cache())
        .interceptor(OrgShapesInterceptor::new())
        .build();
    (orgs::Client::from_conf(config), requests)
}

#[test]
fn a_feature_set_outside_the_enum_is_stopped_before_any_request() {
    sdk_stub::block_on(async {
        // moto accepts `BOGUS` and creates the organization; the interceptor does not let it out.
        for bad in ["BOGUS", "all", ""] {
            let (client, requests) = stub_client(MOTO_ALL);
            let err = client
                .create_organization()
                .feature_set(orgs::types::OrganizationFeatureSet::from(bad))
                .send()
                .await
                .expect_err("refused");
            requests.expect_no_request();
            let invalid = sdk_stub::stopped(&err);
            assert_eq!(
                invalid.operation(),
                Operation::OrganizationsCreateOrganization
            );
            assert_eq!(invalid.violations().len(), 1);
            assert_eq!(
                invalid.to_string(),
                format!(
                    "organizations:CreateOrganization: 1 validation error detected: Value '{bad}' \
                     at 'featureSet' failed to satisfy constraint: Member must satisfy enum value \
                     set: [ALL, CONSOLIDATED_BILLING]"
                )
            );
        }
    })
}

#[test]
fn valid_requests_go_out_with_the_body_serialize_writes() {
    sdk_stub::block_on(async {
        for request in [
            CreateOrganizationRequest::new(),
            CreateOrganizationRequest::with_feature_set(FeatureSet::All),
            CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling),
        ] {
            let (client, requests) = stub_client(MOTO_ALL);
            request
                .apply_to(client.create_organization())
                .send()
                .await
                .expect("the call succeeds");
            let (target, body) = sdk_stub::sent(requests);
            assert_eq!(target, "AWSOrganizationsV20161128.CreateOrganization");
            assert_eq!(target, CreateOrganizationRequest::TARGET);
            assert_eq!(body, serde_json::to_value(request).unwrap());
        }
    })
}

#[test]
fn the_sdk_output_converts_to_the_same_response_as_the_body() {
    sdk_stub::block_on(async {
        for body in [MOTO_ALL, MOTO_CONSOLIDATED_BILLING] {
            let (client, _requests) = stub_client(body);
            let output = client.create_organization().send().await.unwrap();
            let from_sdk = CreateOrganizationResponse::from(&output);
            let from_body: CreateOrganizationResponse = serde_json::from_str(body).unwrap();
            assert_eq!(from_sdk, from_body);
            // And back: the SDK output this crate builds is the one the SDK parsed.
            assert_eq!(
                orgs::operation::create_organization::CreateOrganizationOutput::from(&from_sdk)
                    .organization(),
                output.organization()
            );
        }

        // moto's consolidated-billing answer is well formed but lists service control policies.
        let (client, _requests) = stub_client(MOTO_CONSOLIDATED_BILLING);
        let output = client.create_organization().send().await.unwrap();
        let organization = CreateOrganizationResponse::from(&output)
            .validate()
            .expect("every member is valid for its shape");
        assert_eq!(organization.feature_set, FeatureSet::ConsolidatedBilling);
        let inconsistent = organization.check_consistency().unwrap_err();
        assert_eq!(inconsistent.len(), 1, "{inconsistent}");
        assert_eq!(
            inconsistent.as_slice()[0].constraint(),
            &Constraint::Rule(Rule::PolicyTypesContradictFeatureSet)
        );
        assert!(!inconsistent.to_string().contains("master@example.com"));
    })
}

#[test]
fn enum_values_only_the_sdk_knows_are_kept_not_lost() {
    sdk_stub::block_on(async {
        // GUARDDUTY_POLICY is in the SDK's PolicyType and not in the model this crate follows;
        // the response still converts, keeps the text, and validation names the entry.
        let body = r#"{"Organization": {
            "Id": "o-exampleorgid", "FeatureSet": "ALL",
            "Arn": "arn:aws:organizations::111111111111:organization/o-exampleorgid",
            "MasterAccountArn": "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111",
            "MasterAccountId": "111111111111", "MasterAccountEmail": "bill@example.com",
            "AvailablePolicyTypes": [
                {"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"},
                {"Type": "GUARDDUTY_POLICY", "Status": "ENABLED"}
            ]}}"#;
        let (client, _requests) = stub_client(body);
        let output = client.create_organization().send().await.unwrap();
        let sdk_types = output.organization().unwrap().available_policy_types();
        assert_eq!(
            sdk_types[1].r#type(),
            Some(&orgs::types::PolicyType::GuarddutyPolicy)
        );

        let response = CreateOrganizationResponse::from(&output);
        let organization = response.organization.as_ref().unwrap();
        let Field::Present(entries) = &organization.available_policy_types else {
            panic!("the list is present");
        };
        let types: Vec<&MaybeKnown<PolicyType>> = entries
            .iter()
            .map(|e| e.as_ref().unwrap().policy_type.as_ref().unwrap())
            .collect();
        assert_eq!(
            types,
            [
                &MaybeKnown::Known(PolicyType::ServiceControlPolicy),
                &MaybeKnown::Unknown("GUARDDUTY_POLICY".into())
            ]
        );
        let violations = response.validate().unwrap_err();
        assert_eq!(violations.len(), 1, "{violations}");
        assert_eq!(
            violations.as_slice()[0].path().json_pointer().to_string(),
            "/Organization/AvailablePolicyTypes/1/Type"
        );
    })
}

#[test]
fn requests_round_trip_through_the_sdk_input() {
    use orgs::operation::create_organization::builders::CreateOrganizationInputBuilder;

    for request in [
        CreateOrganizationRequest::new(),
        CreateOrganizationRequest::with_feature_set(FeatureSet::All),
        CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling),
    ] {
        let builder = CreateOrganizationInputBuilder::from(&request);
        let sdk = builder.clone().build().unwrap();
        assert_eq!(CreateOrganizationRequest::try_from(&sdk), Ok(request));
        assert_eq!(
            CreateOrganizationInput::from(&builder),
            CreateOrganizationInput::from(request)
        );
        assert_eq!(
            CreateOrganizationInput::from(&sdk),
            CreateOrganizationInput::from(request)
        );
    }
}

#[test]
fn apply_to_replaces_what_the_fluent_builder_held() {
    let (client, _requests) = stub_client("{}");
    let fluent = CreateOrganizationRequest::new().apply_to(
        client
            .create_organization()
            .feature_set(orgs::types::OrganizationFeatureSet::ConsolidatedBilling),
    );
    assert_eq!(fluent.get_feature_set(), &None);
    assert_eq!(
        CreateOrganizationInput::from(fluent.as_input()).validate(),
        Ok(CreateOrganizationRequest::new())
    );
}
