//! AWS Organizations `CreateOrganization`: request wire format and validation, lenient response
//! parsing, response validation and consistency, against the official examples and moto output.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::organizations::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse, FeatureSet,
    Organization, PolicyType, PolicyTypeStatus, ValidOrganization,
};
use org_shapes::violation::{Constraint, Count, Rule};
use org_shapes::wire::{Field, JsonKind, MaybeKnown};
use org_shapes::Violations;
use org_shapes::{Context, Validate};
use serde_json::{json, Value};

const EXAMPLES: &str = include_str!("data/examples/organizations_create_organization.json");
const MOTO_ALL: &str = include_str!("data/moto/organizations_create_organization_all.json");
const MOTO_DEFAULT: &str = include_str!("data/moto/organizations_create_organization_default.json");
const MOTO_CONSOLIDATED: &str =
    include_str!("data/moto/organizations_create_organization_consolidated_billing.json");
const MOTO_INVALID: &str =
    include_str!("data/moto/organizations_create_organization_invalid_feature_set.json");

fn pointers(v: &Violations) -> Vec<String> {
    v.iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect()
}

fn input(json: &str) -> CreateOrganizationInput {
    serde_json::from_str(json).unwrap()
}

fn response(json: &str) -> CreateOrganizationResponse {
    serde_json::from_str(json).unwrap()
}

/// A consistent organization with all features, as AWS documents it.
fn good_org() -> Value {
    json!({
        "Arn": "arn:aws:organizations::111111111111:organization/o-exampleorgid",
        "AvailablePolicyTypes": [{"Status": "ENABLED", "Type": "SERVICE_CONTROL_POLICY"}],
        "FeatureSet": "ALL",
        "Id": "o-exampleorgid",
        "MasterAccountArn": "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111",
        "MasterAccountEmail": "bill@example.com",
        "MasterAccountId": "111111111111"
    })
}

fn valid(org: Value) -> ValidOrganization {
    response(&json!({ "Organization": org }).to_string())
        .validate()
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Request

#[test]
fn absent_feature_set_means_all_and_stays_absent_on_the_wire() {
    for body in ["{}", r#"{"FeatureSet": null}"#] {
        let request: CreateOrganizationRequest = serde_json::from_str(body).unwrap();
        assert_eq!(request, CreateOrganizationRequest::new());
        assert_eq!(request.feature_set, None);
        assert_eq!(request.effective_feature_set(), FeatureSet::All);
        assert_eq!(serde_json::to_string(&request).unwrap(), "{}");
    }
}

#[test]
fn request_round_trips_exactly() {
    for (body, fs) in [
        (r#"{"FeatureSet":"ALL"}"#, FeatureSet::All),
        (
            r#"{"FeatureSet":"CONSOLIDATED_BILLING"}"#,
            FeatureSet::ConsolidatedBilling,
        ),
    ] {
        let request: CreateOrganizationRequest = serde_json::from_str(body).unwrap();
        assert_eq!(request, CreateOrganizationRequest::with_feature_set(fs));
        assert_eq!(request.effective_feature_set(), fs);
        assert_eq!(serde_json::to_string(&request).unwrap(), body);
        // Through the unchecked input and back.
        let input = CreateOrganizationInput::from(request);
        assert_eq!(serde_json::to_string(&input).unwrap(), body);
        assert_eq!(input.validate(), Ok(request));
    }
    assert_eq!(
        CreateOrganizationRequest::TARGET,
        "AWSOrganizationsV20161128.CreateOrganization"
    );
}

#[test]
fn request_refuses_values_outside_the_enum_with_the_aws_message() {
    for bad in ["all", "", "BOGUS", "ALL ", "Consolidated_Billing"] {
        let body = json!({ "FeatureSet": bad }).to_string();
        let err = serde_json::from_str::<CreateOrganizationRequest>(&body).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "1 validation error detected: Value '{bad}' at 'featureSet' failed to satisfy \
                 constraint: Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
            )
        );
    }
}

#[test]
fn request_refuses_unknown_members_naming_them() {
    let err =
        serde_json::from_str::<CreateOrganizationRequest>(r#"{"Featureset": "ALL"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 validation error detected: Value at 'Featureset' failed to satisfy constraint: \
         Member must be part of the operation's input"
    );
    // The value of an unknown member is never shown (a misspelt member may hold a secret).
    let err =
        serde_json::from_str::<CreateOrganizationRequest>(r#"{"Pasword": "hunter2"}"#).unwrap_err();
    assert!(!err.to_string().contains("hunter2"));
}

#[test]
fn request_refuses_wrong_json_types() {
    for (body, found) in [
        (r#"{"FeatureSet": 1}"#, JsonKind::Number),
        (r#"{"FeatureSet": true}"#, JsonKind::Bool),
        (r#"{"FeatureSet": ["ALL"]}"#, JsonKind::Array),
        (r#"{"FeatureSet": {"ALL": 1}}"#, JsonKind::Object),
    ] {
        let input = input(body);
        assert_eq!(input.feature_set, Field::WrongType { found });
        let v = input.validate().unwrap_err();
        assert_eq!(
            v.to_string(),
            "1 validation error detected: Value at 'featureSet' failed to satisfy constraint: \
             Member must be a string"
        );
        assert_eq!(
            v.as_slice()[0].constraint(),
            &Constraint::WrongType {
                expected: JsonKind::String,
                found
            }
        );
    }
    // A body that is not an object is malformed, not invalid.
    assert!(serde_json::from_str::<CreateOrganizationInput>("[]").is_err());
    assert!(serde_json::from_str::<CreateOrganizationRequest>("\"ALL\"").is_err());
}

#[test]
fn input_reports_every_violation_in_order() {
    let input = input(r#"{"Alais": 1, "FeatureSet": "BOGUS", "Extra": null}"#);
    let v = input.validate().unwrap_err();
    assert_eq!(v.len(), 3);
    assert_eq!(pointers(&v), ["/FeatureSet", "/Alais", "/Extra"]);
    assert_eq!(
        v.to_string(),
        "3 validation errors detected: \
         Value 'BOGUS' at 'featureSet' failed to satisfy constraint: Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]; \
         Value at 'Alais' failed to satisfy constraint: Member must be part of the operation's input; \
         Value at 'Extra' failed to satisfy constraint: Member must be part of the operation's input"
    );

    // The sink-based form sees the same violations, one by one.
    let mut seen = Vec::new();
    assert_eq!(
        input.validate_into(&Context::new(), &mut |v| seen.push(v)),
        None
    );
    assert_eq!(seen.as_slice(), v.as_slice());
    let mut count = Count::default();
    assert_eq!(input.validate_into(&Context::new(), &mut count), None);
    assert_eq!(count, Count(3));

    let mut count = Count::default();
    assert_eq!(
        self::input("{}").validate_into(&Context::new(), &mut count),
        Some(CreateOrganizationRequest::new())
    );
    assert_eq!(count, Count(0));
}

#[test]
fn moto_accepts_feature_sets_the_model_refuses() {
    // Captured: moto 5.2.1 answered 200 to each of these; AWS's model allows only the enum.
    let capture: Value = serde_json::from_str(MOTO_INVALID).unwrap();
    let cases = capture["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    for case in cases {
        let body = case["request"]["body"].as_str().unwrap();
        let sent = case["params"]["FeatureSet"].as_str().unwrap();
        let v = input(body).validate().unwrap_err();
        assert_eq!(
            v.to_string(),
            format!(
                "1 validation error detected: Value '{sent}' at 'featureSet' failed to satisfy \
                 constraint: Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
            )
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Response: the official examples

#[test]
fn official_examples_parse_validate_and_are_consistent() {
    let examples: Value = serde_json::from_str(EXAMPLES).unwrap();
    let examples = examples["examples"].as_array().unwrap();
    assert_eq!(examples.len(), 2);
    let mut feature_sets = Vec::new();
    for example in examples {
        let request: CreateOrganizationRequest =
            serde_json::from_value(example["input"].clone()).unwrap();
        assert_eq!(
            serde_json::to_value(request).unwrap(),
            example["input"],
            "request wire form"
        );
        let out = serde_json::to_string(&example["output"]).unwrap();
        let parsed = response(&out);
        let org = parsed.validate().unwrap();
        assert_eq!(org.id.as_str(), "o-exampleorgid");
        assert_eq!(org.master_account_id.as_str(), "111111111111");
        assert_eq!(org.master_account_email.as_str(), "bill@example.com");
        org.check_consistency().unwrap();
        org.check_against_request(&request).unwrap();
        feature_sets.push(org.feature_set);

        // Back to the wire: the same document.
        let back = serde_json::to_value(CreateOrganizationResponse::from(org.clone())).unwrap();
        assert_eq!(back, example["output"]);
        assert_eq!(serde_json::to_value(&parsed).unwrap(), example["output"]);
    }
    assert_eq!(
        feature_sets,
        [FeatureSet::All, FeatureSet::ConsolidatedBilling]
    );
}

#[test]
fn consolidated_billing_example_has_no_policy_types() {
    let examples: Value = serde_json::from_str(EXAMPLES).unwrap();
    let out = &examples["examples"][1]["output"];
    let org = response(&out.to_string()).validate().unwrap();
    assert_eq!(org.feature_set, FeatureSet::ConsolidatedBilling);
    assert_eq!(org.available_policy_types, Some(vec![]));
}

// ---------------------------------------------------------------------------------------------
// Response: moto, real third-party output

#[test]
fn moto_all_features_is_valid_and_consistent() {
    for body in [MOTO_ALL, MOTO_DEFAULT] {
        let org = response(body).validate().unwrap();
        assert_eq!(org.feature_set, FeatureSet::All);
        assert_eq!(org.id.as_str(), "o-leojei2v72");
        org.check_consistency().unwrap();
        org.check_against_request(&CreateOrganizationRequest::new())
            .unwrap();
    }
}

#[test]
fn moto_consolidated_billing_contradicts_aws_documented_behaviour() {
    // Third-party output that disagrees with AWS: moto 5.2.1 reports SERVICE_CONTROL_POLICY
    // ENABLED for a CONSOLIDATED_BILLING organization, whereas AWS documents (and its official
    // example shows) `AvailablePolicyTypes: []` for that feature set. The response is well
    // formed, so `validate` accepts it; the consistency check must flag it.
    let org = response(MOTO_CONSOLIDATED).validate().unwrap();
    assert_eq!(org.feature_set, FeatureSet::ConsolidatedBilling);
    org.check_against_request(&CreateOrganizationRequest::with_feature_set(
        FeatureSet::ConsolidatedBilling,
    ))
    .unwrap();
    let v = org.check_consistency().unwrap_err();
    assert_eq!(pointers(&v), ["/Organization/AvailablePolicyTypes/0/Type"]);
    assert_eq!(
        v.as_slice()[0].constraint(),
        &Constraint::Rule(Rule::PolicyTypesContradictFeatureSet)
    );
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value 'SERVICE_CONTROL_POLICY' at \
         'organization.availablePolicyTypes.1.member.type' failed to satisfy constraint: \
         Member must agree with the organization's feature set"
    );
}

#[test]
fn moto_echoes_unknown_feature_sets_which_parse_but_do_not_validate() {
    let capture: Value = serde_json::from_str(MOTO_INVALID).unwrap();
    for case in capture["cases"].as_array().unwrap() {
        let body = case["body"].as_str().unwrap();
        let parsed = response(body);
        let Field::Present(org) = &parsed.organization else {
            panic!("no organization in {body}")
        };
        let echoed = serde_json::from_str::<Value>(body).unwrap()["Organization"]["FeatureSet"]
            .as_str()
            .unwrap()
            .to_owned();
        match echoed.as_str() {
            // moto answered `ALL` to `FeatureSet: ""`: well formed, but not what was asked.
            "ALL" => {
                assert_eq!(
                    org.feature_set,
                    Field::Present(MaybeKnown::Known(FeatureSet::All))
                );
                parsed.validate().unwrap().check_consistency().unwrap();
            }
            other => {
                assert_eq!(
                    org.feature_set,
                    Field::Present(MaybeKnown::Unknown(other.to_owned()))
                );
                // The unknown value survives a round trip through the lenient type.
                let again = serde_json::to_value(&parsed).unwrap();
                assert_eq!(again["Organization"]["FeatureSet"], other);
                let v = parsed.validate().unwrap_err();
                assert_eq!(
                    v.to_string(),
                    format!(
                        "1 validation error detected: Value '{other}' at \
                         'organization.featureSet' failed to satisfy constraint: Member must \
                         satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
                    )
                );
                assert_eq!(pointers(&v), ["/Organization/FeatureSet"]);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Response: lenient parsing

#[test]
fn responses_parse_whatever_aws_may_send() {
    let mut org = good_org();
    org["NewMember"] = json!({"nested": [1, 2, {"x": null}]});
    org["AvailablePolicyTypes"] = json!([
        {"Type": "QUANTUM_POLICY", "Status": "ENABLED", "Extra": true},
        {"Type": "TAG_POLICY", "Status": "HALF_ENABLED"},
    ]);
    let body = json!({"Organization": org, "ResponseMetadata": {"RequestId": "x"}}).to_string();
    let parsed = response(&body);
    let Field::Present(o) = &parsed.organization else {
        panic!()
    };
    assert_eq!(o.unknown_members.len(), 1);
    assert_eq!(o.unknown_members[0].as_str(), "NewMember");
    assert_eq!(parsed.unknown_members[0].as_str(), "ResponseMetadata");
    let types = o.available_policy_types.as_ref().unwrap();
    let first = types[0].as_ref().unwrap();
    assert_eq!(
        first.policy_type,
        Field::Present(MaybeKnown::Unknown("QUANTUM_POLICY".into()))
    );
    assert_eq!(
        first.status,
        Field::Present(MaybeKnown::Known(PolicyTypeStatus::Enabled))
    );
    let second = types[1].as_ref().unwrap();
    assert_eq!(
        second.policy_type,
        Field::Present(MaybeKnown::Known(PolicyType::TagPolicy))
    );
    assert_eq!(second.status.as_ref().unwrap().as_str(), "HALF_ENABLED");

    // Unknown members are ignored; unknown enum values are reported by `validate` only.
    let v = parsed.validate().unwrap_err();
    assert_eq!(
        pointers(&v),
        [
            "/Organization/AvailablePolicyTypes/0/Type",
            "/Organization/AvailablePolicyTypes/1/Status"
        ]
    );
    assert_eq!(
        v.as_slice()[1].to_string(),
        "Value 'HALF_ENABLED' at 'organization.availablePolicyTypes.2.member.status' failed to \
         satisfy constraint: Member must satisfy enum value set: [ENABLED, PENDING_ENABLE, \
         PENDING_DISABLE]"
    );
    let policy_types = PolicyType::VALUES.join(", ");
    assert_eq!(
        v.as_slice()[0].to_string(),
        format!(
            "Value 'QUANTUM_POLICY' at 'organization.availablePolicyTypes.1.member.type' failed \
             to satisfy constraint: Member must satisfy enum value set: [{policy_types}]"
        )
    );
}

#[test]
fn constraints_are_not_enforced_while_parsing() {
    let body = json!({"Organization": {
        "Id": "not an id", "Arn": 7, "FeatureSet": null, "MasterAccountArn": "arn:aws:iam::1:root",
        "MasterAccountId": "1234", "MasterAccountEmail": "not-an-email",
        "AvailablePolicyTypes": [null, "SCP", {"Status": "ENABLED"}]
    }})
    .to_string();
    let parsed = response(&body);
    let Field::Present(org) = &parsed.organization else {
        panic!()
    };
    assert_eq!(org.id, Field::Present("not an id".into()));
    assert_eq!(
        org.arn,
        Field::WrongType {
            found: JsonKind::Number
        }
    );
    assert!(org.feature_set.is_absent());

    let v = parsed.validate().unwrap_err();
    assert_eq!(
        pointers(&v),
        [
            "/Organization/Id",
            "/Organization/Arn",
            "/Organization/FeatureSet",
            "/Organization/MasterAccountArn",
            "/Organization/MasterAccountId",
            "/Organization/MasterAccountEmail",
            "/Organization/AvailablePolicyTypes/0",
            "/Organization/AvailablePolicyTypes/1",
            "/Organization/AvailablePolicyTypes/2/Type",
        ]
    );
    assert_eq!(
        v.to_string(),
        "9 validation errors detected: \
         Value 'not an id' at 'organization.id' failed to satisfy constraint: Member must satisfy regular expression pattern: ^o-[a-z0-9]{10,32}$; \
         Value at 'organization.arn' failed to satisfy constraint: Member must be a string; \
         Value null at 'organization.featureSet' failed to satisfy constraint: Member must not be null; \
         Value 'arn:aws:iam::1:root' at 'organization.masterAccountArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws:organizations::\\d{12}:account\\/o-[a-z0-9]{10,32}\\/\\d{12}; \
         Value '1234' at 'organization.masterAccountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\d{12}$; \
         Value at 'organization.masterAccountEmail' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s@]+@[^\\s@]+\\.[^\\s@]+; \
         Value null at 'organization.availablePolicyTypes.1.member' failed to satisfy constraint: Member must not be null; \
         Value at 'organization.availablePolicyTypes.2.member' failed to satisfy constraint: Member must be a structure; \
         Value null at 'organization.availablePolicyTypes.3.member.type' failed to satisfy constraint: Member must not be null"
    );
}

#[test]
fn missing_members_are_reported_except_the_deprecated_list() {
    let v = response(r#"{"Organization": {}}"#).validate().unwrap_err();
    assert_eq!(
        pointers(&v),
        [
            "/Organization/Id",
            "/Organization/Arn",
            "/Organization/FeatureSet",
            "/Organization/MasterAccountArn",
            "/Organization/MasterAccountId",
            "/Organization/MasterAccountEmail",
        ]
    );
    assert!(v
        .iter()
        .all(|v| v.constraint() == &Constraint::Required
            && v.to_string().starts_with("Value null at")));

    let v = response("{}").validate().unwrap_err();
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value null at 'organization' failed to satisfy constraint: \
         Member must not be null"
    );
    let v = response(r#"{"Organization": []}"#).validate().unwrap_err();
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value at 'organization' failed to satisfy constraint: \
         Member must be a structure"
    );

    let mut org = good_org();
    org.as_object_mut().unwrap().remove("AvailablePolicyTypes");
    let org = valid(org);
    assert_eq!(org.available_policy_types, None);
    // Nothing to contradict: the deprecated list is simply not there.
    org.check_consistency().unwrap();
}

#[test]
fn the_management_email_never_shows() {
    let mut org = good_org();
    org["MasterAccountEmail"] = json!("secret person@example");
    let parsed = response(&json!({ "Organization": org }).to_string());
    assert!(!format!("{parsed:?}").contains("secret"));
    let v = parsed.validate().unwrap_err();
    assert!(!v.to_string().contains("secret"));
    assert!(!format!("{v:?}").contains("secret"));

    let ok = valid(good_org());
    assert!(!format!("{ok:?}").contains("bill@"));
}

#[test]
fn sink_form_agrees_with_the_collected_form() {
    let parsed = response(r#"{"Organization": {"Id": "x"}}"#);
    let all = parsed.validate().unwrap_err();
    let mut count = Count::default();
    assert!(parsed.validate_into(&mut count).is_none());
    assert_eq!(count.0, all.len());
    let Field::Present(org) = &parsed.organization else {
        panic!()
    };
    let mut seen = Vec::new();
    assert!(org.validate_into(&mut |v| seen.push(v)).is_none());
    assert_eq!(seen.as_slice(), all.as_slice());
    assert_eq!(org.validate().unwrap_err(), all);
    let _: &Organization = org;
}

// ---------------------------------------------------------------------------------------------
// Response: consistency, every rule

fn consistency(org: Value) -> Violations {
    valid(org).check_consistency().unwrap_err()
}

#[test]
fn arn_must_embed_the_management_account_and_the_id() {
    let mut org = good_org();
    org["Arn"] = json!("arn:aws:organizations::222222222222:organization/o-exampleorgid");
    let v = consistency(org);
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value \
         'arn:aws:organizations::222222222222:organization/o-exampleorgid' at \
         'organization.arn' failed to satisfy constraint: Member must embed the management \
         account id"
    );
    assert_eq!(
        v.as_slice()[0].constraint(),
        &Constraint::Rule(Rule::ArnAccountMismatch)
    );

    let mut org = good_org();
    org["Arn"] = json!("arn:aws:organizations::111111111111:organization/o-otherorgid1");
    let v = consistency(org);
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value \
         'arn:aws:organizations::111111111111:organization/o-otherorgid1' at 'organization.arn' \
         failed to satisfy constraint: Member must embed the organization id"
    );
    assert_eq!(
        v.as_slice()[0].constraint(),
        &Constraint::Rule(Rule::ArnOrganizationMismatch)
    );
}

#[test]
fn master_account_arn_must_name_the_management_account_in_the_organization() {
    for arn in [
        // Another owner.
        "arn:aws:organizations::222222222222:account/o-exampleorgid/111111111111",
        // Another account.
        "arn:aws:organizations::111111111111:account/o-exampleorgid/222222222222",
    ] {
        let mut org = good_org();
        org["MasterAccountArn"] = json!(arn);
        let v = consistency(org);
        // Account ARNs are longer than the 64 bytes a violation keeps of a value.
        let shown = format!("{}...", &arn[..64]);
        assert_eq!(
            v.to_string(),
            format!(
                "1 validation error detected: Value '{shown}' at 'organization.masterAccountArn' \
                 failed to satisfy constraint: Member must embed the management account id"
            )
        );
        assert_eq!(
            v.as_slice()[0].constraint(),
            &Constraint::Rule(Rule::MasterAccountArnMismatch)
        );
    }
    let mut org = good_org();
    let arn = "arn:aws:organizations::111111111111:account/o-otherorgid1/111111111111";
    org["MasterAccountArn"] = json!(arn);
    let v = consistency(org);
    assert_eq!(
        v.to_string(),
        format!(
            "1 validation error detected: Value '{}...' at 'organization.masterAccountArn' \
             failed to satisfy constraint: Member must embed the organization id",
            &arn[..64]
        )
    );
}

#[test]
fn every_disagreement_is_reported_in_model_order() {
    // MasterAccountId and Id disagree with both ARNs, and the policy types with the feature set.
    let mut org = good_org();
    org["Id"] = json!("o-otherorgid1");
    org["MasterAccountId"] = json!("333333333333");
    org["FeatureSet"] = json!("CONSOLIDATED_BILLING");
    org["AvailablePolicyTypes"] = json!([
        {"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"},
        {"Type": "TAG_POLICY", "Status": "PENDING_ENABLE"},
    ]);
    let v = consistency(org);
    assert_eq!(
        v.iter().map(|v| *v.constraint()).collect::<Vec<_>>(),
        [
            Constraint::Rule(Rule::ArnAccountMismatch),
            Constraint::Rule(Rule::ArnOrganizationMismatch),
            Constraint::Rule(Rule::MasterAccountArnMismatch),
            Constraint::Rule(Rule::ArnOrganizationMismatch),
            Constraint::Rule(Rule::PolicyTypesContradictFeatureSet),
            Constraint::Rule(Rule::PolicyTypesContradictFeatureSet),
        ]
    );
    assert_eq!(
        pointers(&v),
        [
            "/Organization/Arn",
            "/Organization/Arn",
            "/Organization/MasterAccountArn",
            "/Organization/MasterAccountArn",
            "/Organization/AvailablePolicyTypes/0/Type",
            "/Organization/AvailablePolicyTypes/1/Type",
        ]
    );
    assert!(v.to_string().starts_with("6 validation errors detected: "));
    let mut count = Count::default();
    let org = {
        let mut o = good_org();
        o["Id"] = json!("o-otherorgid1");
        valid(o)
    };
    assert!(!org.check_consistency_into(&mut count));
    assert_eq!(count, Count(2));
    assert!(valid(good_org()).check_consistency_into(&mut Count::default()));
}

#[test]
fn all_features_needs_service_control_policies_enabled() {
    let cases = [
        (
            json!([]),
            "Value '[]' at 'organization.availablePolicyTypes' failed to satisfy constraint: \
             Member must list SERVICE_CONTROL_POLICY with status ENABLED",
            "/Organization/AvailablePolicyTypes",
        ),
        (
            json!([{"Type": "TAG_POLICY", "Status": "ENABLED"}, {"Type": "BACKUP_POLICY", "Status": "ENABLED"}]),
            "Value '[TAG_POLICY, BACKUP_POLICY]' at 'organization.availablePolicyTypes' failed to \
             satisfy constraint: Member must list SERVICE_CONTROL_POLICY with status ENABLED",
            "/Organization/AvailablePolicyTypes",
        ),
        (
            json!([{"Type": "TAG_POLICY", "Status": "ENABLED"}, {"Type": "SERVICE_CONTROL_POLICY", "Status": "PENDING_ENABLE"}]),
            "Value 'PENDING_ENABLE' at 'organization.availablePolicyTypes.2.member.status' failed \
             to satisfy constraint: Member must list SERVICE_CONTROL_POLICY with status ENABLED",
            "/Organization/AvailablePolicyTypes/1/Status",
        ),
    ];
    for (types, message, pointer) in cases {
        let mut org = good_org();
        org["AvailablePolicyTypes"] = types;
        let v = consistency(org);
        assert_eq!(v.len(), 1);
        assert_eq!(v.as_slice()[0].to_string(), message);
        assert_eq!(pointers(&v), [pointer]);
        assert_eq!(
            v.as_slice()[0].constraint(),
            &Constraint::Rule(Rule::ServiceControlPolicyNotEnabled)
        );
    }
    // Other types beside an enabled SCP are fine.
    let mut org = good_org();
    org["AvailablePolicyTypes"] = json!([
        {"Type": "TAG_POLICY", "Status": "PENDING_DISABLE"},
        {"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"},
    ]);
    valid(org).check_consistency().unwrap();
}

#[test]
fn the_feature_set_must_be_the_one_requested() {
    let org = valid(good_org());
    let v = org
        .check_against_request(&CreateOrganizationRequest::with_feature_set(
            FeatureSet::ConsolidatedBilling,
        ))
        .unwrap_err();
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value 'ALL' at 'organization.featureSet' failed to \
         satisfy constraint: Member must equal the feature set requested"
    );
    org.check_against_request(&CreateOrganizationRequest::with_feature_set(
        FeatureSet::All,
    ))
    .unwrap();
    org.check_against_request(&CreateOrganizationRequest::new())
        .unwrap();
}
