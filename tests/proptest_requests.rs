//! The `proptest` feature for whole requests and responses: generated values are valid (they
//! survive the trip through their input's `validate()`, and with `serde` through JSON), reach
//! every variant and optional member, and the faulty inputs lead to exactly the violations
//! they announce.
#![cfg(feature = "proptest")]

use std::collections::BTreeSet;

use org_shapes::strategy::{
    organizations_create_organization_with_faults, valid_organization,
    workmail_create_organization_with_faults, workmail_create_user_with_faults, FaultyInput,
    InputFault,
};
use org_shapes::violation::{Count, Segment};
use org_shapes::wire::JsonKind;
use org_shapes::{organizations as o, workmail as w};
use org_shapes::{Context, Validate};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// `n` values of `strategy`, the same on every run.
fn sample<S: Strategy>(strategy: S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}

/// Through JSON: the body reads back as the same input, and as the same request.
#[cfg(feature = "serde")]
fn json_round_trip<R, I>(request: &R) -> Result<(), TestCaseError>
where
    R: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    I: serde::de::DeserializeOwned,
{
    let json = serde_json::to_string(request).unwrap();
    let _: I = serde_json::from_str(&json).unwrap();
    let back: R = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, request, "{}", json);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn workmail_create_organization_requests_are_valid(request in any::<w::CreateOrganizationRequest>()) {
        prop_assert_eq!(w::CreateOrganizationInput::from(&request).validate(), Ok(request.clone()));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&request).unwrap();
            let input: w::CreateOrganizationInput = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(input.validate(), Ok(request.clone()));
            json_round_trip::<_, w::CreateOrganizationInput>(&request)?;
        }
    }

    #[test]
    fn workmail_create_user_requests_are_valid(request in any::<w::CreateUserRequest>()) {
        prop_assert_eq!(w::CreateUserInput::from(&request).validate(), Ok(request.clone()));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&request).unwrap();
            let input: w::CreateUserInput = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(input.validate(), Ok(request.clone()));
            json_round_trip::<_, w::CreateUserInput>(&request)?;
        }
    }

    #[test]
    fn organizations_create_organization_requests_are_valid(request in any::<o::CreateOrganizationRequest>()) {
        prop_assert_eq!(o::CreateOrganizationInput::from(request).validate(), Ok(request));
        #[cfg(feature = "serde")]
        json_round_trip::<_, o::CreateOrganizationInput>(&request)?;
    }

    #[test]
    fn setups_give_valid_requests(setup in any::<w::OrganizationSetup>()) {
        let request = setup.to_request();
        prop_assert_eq!(w::CreateOrganizationInput::from(&request).validate(), Ok(request.clone()));
        prop_assert_eq!(request.domains().len(), usize::from(setup.mail_domain != w::MailDomain::FreeTestDomain));
        prop_assert_eq!(request.encryption(), setup.encryption);
    }

    #[test]
    fn organizations_are_valid_and_consistent(org in any::<o::ValidOrganization>()) {
        prop_assert_eq!(org.check_consistency(), Ok(()));
        let response = o::CreateOrganizationResponse::from(org.clone());
        prop_assert_eq!(response.validate(), Ok(org.clone()));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&response).unwrap();
            let back: o::CreateOrganizationResponse = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back.validate(), Ok(org));
        }
    }

    #[test]
    fn arbitrary_responses_are_valid(
        org in any::<o::CreateOrganizationResponse>(),
        wm_org in any::<w::CreateOrganizationResponse>(),
        user in any::<w::CreateUserResponse>(),
    ) {
        let valid = org.validate().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(valid.check_consistency(), Ok(()));
        prop_assert!(wm_org.validate().is_ok());
        prop_assert!(user.validate().is_ok());
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&wm_org).unwrap();
            prop_assert_eq!(serde_json::from_str::<w::CreateOrganizationResponse>(&json).unwrap(), wm_org);
            let json = serde_json::to_string(&user).unwrap();
            prop_assert_eq!(serde_json::from_str::<w::CreateUserResponse>(&json).unwrap(), user);
        }
    }

    #[test]
    fn states_and_roles_read_back(state in any::<w::OrganizationState>(), role in any::<w::CreateUserRole>()) {
        prop_assert_eq!(state.as_str().parse::<w::OrganizationState>(), Ok(state));
        prop_assert_eq!(w::CreateUserRole::try_from(role.user_role()), Ok(role));
    }
}

/// `valid_organization` answers a request: same feature set, and policy types that follow it.
mod paired {
    use super::*;

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn organizations_answer_their_request(
            (request, org) in any::<o::CreateOrganizationRequest>().prop_flat_map(|r| {
                (Just(r), valid_organization(r.effective_feature_set()))
            })
        ) {
            prop_assert_eq!(org.check_against_request(&request), Ok(()));
            prop_assert_eq!(org.check_consistency(), Ok(()));
            if let Some(types) = &org.available_policy_types {
                let scp_enabled = types.iter().any(|t| {
                    t.policy_type == o::PolicyType::ServiceControlPolicy
                        && t.status == o::PolicyTypeStatus::Enabled
                });
                prop_assert_eq!(scp_enabled, org.feature_set == o::FeatureSet::All);
                prop_assert_eq!(types.is_empty(), org.feature_set == o::FeatureSet::ConsolidatedBilling);
                let distinct: BTreeSet<&str> = types.iter().map(|t| t.policy_type.as_str()).collect();
                prop_assert_eq!(distinct.len(), types.len());
            }
        }
    }
}

// ------------------------------------------------------------------- coverage

#[test]
fn workmail_create_organization_requests_cover_every_choice() {
    let requests = sample(any::<w::CreateOrganizationRequest>(), 300);
    let directories: BTreeSet<u8> = requests
        .iter()
        .map(|r| match r.directory() {
            w::UserDirectory::NewWorkMailDirectory => 0,
            w::UserDirectory::Existing(_) => 1,
            w::UserDirectory::AdConnectorWithInteroperability(_) => 2,
        })
        .collect();
    assert_eq!(directories, BTreeSet::from([0, 1, 2]));
    let counts: BTreeSet<usize> = requests.iter().map(|r| r.domains().len()).collect();
    assert_eq!(counts, (0..=5).collect());
    assert!(requests.iter().any(|r| r.client_token().is_some()));
    assert!(requests.iter().any(|r| r.client_token().is_none()));
    assert!(requests.iter().any(|r| r.kms_key_arn().is_some()));
    assert!(requests.iter().any(|r| r.kms_key_arn().is_none()));
    let zones: BTreeSet<bool> = requests
        .iter()
        .flat_map(|r| r.domains().iter().map(|d| d.hosted_zone_id().is_some()))
        .collect();
    assert_eq!(zones, BTreeSet::from([false, true]));
}

#[test]
fn workmail_create_user_requests_cover_every_member() {
    let requests = sample(any::<w::CreateUserRequest>(), 300);
    let roles: BTreeSet<Option<w::CreateUserRole>> = requests.iter().map(|r| r.role()).collect();
    assert_eq!(
        roles,
        BTreeSet::from([
            None,
            Some(w::CreateUserRole::User),
            Some(w::CreateUserRole::RemoteUser)
        ])
    );
    let hidden: BTreeSet<Option<bool>> = requests
        .iter()
        .map(|r| r.hidden_from_global_address_list())
        .collect();
    assert_eq!(hidden, BTreeSet::from([None, Some(false), Some(true)]));
    type Probe = fn(&w::CreateUserRequest) -> bool;
    let optional: [(&str, Probe); 5] = [
        ("Password", |r| r.password().is_some()),
        ("FirstName", |r| r.first_name().is_some()),
        ("LastName", |r| r.last_name().is_some()),
        ("IdentityProviderUserId", |r| {
            r.identity_provider_user_id().is_some()
        }),
        ("long Name", |r| r.name().as_str().chars().count() > 20),
    ];
    for (member, present) in optional {
        assert!(requests.iter().any(present), "{member} never present");
        assert!(!requests.iter().all(present), "{member} always present");
    }
}

#[test]
fn value_types_cover_every_variant() {
    let kinds: BTreeSet<String> = sample(any::<w::DirectoryKind>(), 100)
        .iter()
        .map(|k| format!("{k:?}"))
        .collect();
    assert_eq!(kinds.len(), 4);
    let states: BTreeSet<w::OrganizationState> = sample(any::<w::OrganizationState>(), 200)
        .into_iter()
        .collect();
    assert_eq!(states.len(), w::OrganizationState::ALL.len());
    let domains: BTreeSet<u8> = sample(any::<w::MailDomain>(), 100)
        .iter()
        .map(|d| match d {
            w::MailDomain::ExistingRoute53 { .. } => 0,
            w::MailDomain::NewRoute53 { .. } => 1,
            w::MailDomain::External { .. } => 2,
            w::MailDomain::FreeTestDomain => 3,
        })
        .collect();
    assert_eq!(domains.len(), 4);
    let encryptions: BTreeSet<bool> = sample(any::<w::Encryption>(), 50)
        .iter()
        .map(|e| e.kms_key_arn().is_some())
        .collect();
    assert_eq!(encryptions.len(), 2);
    let requests: BTreeSet<Option<o::FeatureSet>> =
        sample(any::<o::CreateOrganizationRequest>(), 50)
            .iter()
            .map(|r| r.feature_set)
            .collect();
    assert_eq!(requests.len(), 3);
}

#[test]
fn organizations_cover_both_feature_sets_and_policy_lists() {
    let orgs = sample(any::<o::ValidOrganization>(), 300);
    let mut seen = BTreeSet::new();
    for org in &orgs {
        let list = match &org.available_policy_types {
            None => "absent",
            Some(t) if t.is_empty() => "empty",
            Some(t) if t.len() == 1 => "one",
            Some(_) => "several",
        };
        seen.insert((org.feature_set, list));
    }
    use o::FeatureSet::{All, ConsolidatedBilling};
    for expected in [
        (All, "absent"),
        (All, "one"),
        (All, "several"),
        (ConsolidatedBilling, "absent"),
        (ConsolidatedBilling, "empty"),
    ] {
        assert!(seen.contains(&expected), "{expected:?} never generated");
    }
    // Service control policies are not always listed first, and other types take every status.
    assert!(orgs
        .iter()
        .filter_map(|o| o.available_policy_types.as_ref())
        .any(|t| {
            t.first().map(|e| e.policy_type) != Some(o::PolicyType::ServiceControlPolicy)
        }));
    let statuses: BTreeSet<&str> = orgs
        .iter()
        .filter_map(|o| o.available_policy_types.as_ref())
        .flatten()
        .map(|t| t.status.as_str())
        .collect();
    assert_eq!(statuses.len(), 3);
}

// ------------------------------------------------------------- faulty inputs

/// A label for each kind of fault and where it is, for the coverage checks.
fn label(faulty_path: &org_shapes::Path, fault: &InputFault) -> String {
    let at: Vec<String> = faulty_path
        .segments()
        .iter()
        .map(|s| match s {
            Segment::Member(m) => (*m).to_string(),
            Segment::Index(_) => "#".to_string(),
            Segment::Unknown(_) => "?".to_string(),
        })
        .collect();
    let what = match fault {
        InputFault::Missing => "missing",
        InputFault::WrongType { .. } => "type",
        InputFault::Shape { .. } => "shape",
        InputFault::TooManyElements { .. } => "too many",
        InputFault::UnknownMember => "unknown",
        InputFault::Rule(_) => "rule",
        _ => "other",
    };
    format!("{} {what}", at.join("/"))
}

fn labels<I>(all: &[FaultyInput<I>]) -> BTreeSet<String> {
    all.iter()
        .flat_map(|f| f.faults.iter().map(|i| label(&i.path, &i.fault)))
        .collect()
}

fn assert_covers(seen: &BTreeSet<String>, expected: &[&str]) {
    for label in expected {
        assert!(
            seen.contains(*label),
            "never injected: {label}\nseen: {seen:?}"
        );
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn workmail_create_organization_faults_are_reported_one_for_one(
        faulty in workmail_create_organization_with_faults(0..=10)
    ) {
        match faulty.input.validate() {
            Ok(_) => prop_assert!(faulty.faults.is_empty()),
            Err(v) => prop_assert!(faulty.agrees_with(v.as_slice()), "{:?}\n{}", faulty.faults, v),
        }
        // Consuming the input moves its texts instead of copying them; the verdict is the same.
        match (faulty.input.validate(), faulty.input.clone().into_request()) {
            (Ok(borrowed), Ok(owned)) => prop_assert_eq!(borrowed, owned),
            (Err(borrowed), Err(owned)) => prop_assert_eq!(borrowed.as_slice(), owned.as_slice()),
            (borrowed, owned) => prop_assert!(false, "validate: {:?}\ninto_request: {:?}", borrowed, owned),
        }
        let mut count = Count::default();
        faulty.input.validate_into(&Context::new(), &mut count);
        prop_assert_eq!(count.0, faulty.faults.len());
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&faulty.input).unwrap();
            let back: w::CreateOrganizationInput = serde_json::from_str(&json).unwrap();
            // Deserializing the typed request reads a borrowing view of the same body: same
            // request, or the same violations in its error.
            match (serde_json::from_str::<w::CreateOrganizationRequest>(&json), faulty.input.validate()) {
                (Ok(read), Ok(validated)) => prop_assert_eq!(read, validated),
                (Err(e), Err(v)) => prop_assert!(e.to_string().starts_with(&v.to_string()), "{e}\n{v}"),
                (read, validated) => prop_assert!(false, "from_str: {:?}\nvalidate: {:?}", read, validated),
            }
            prop_assert_eq!(&back, &faulty.input, "{}", json);
        }
    }

    #[test]
    fn workmail_create_user_faults_are_reported_one_for_one(
        faulty in workmail_create_user_with_faults(0..=12)
    ) {
        match faulty.input.validate() {
            Ok(_) => prop_assert!(faulty.faults.is_empty()),
            Err(v) => prop_assert!(faulty.agrees_with(v.as_slice()), "{:?}\n{}", faulty.faults, v),
        }
        // Consuming the input moves its texts instead of copying them; the verdict is the same.
        match (faulty.input.validate(), faulty.input.clone().into_request()) {
            (Ok(borrowed), Ok(owned)) => prop_assert_eq!(borrowed, owned),
            (Err(borrowed), Err(owned)) => prop_assert_eq!(borrowed.as_slice(), owned.as_slice()),
            (borrowed, owned) => prop_assert!(false, "validate: {:?}\ninto_request: {:?}", borrowed, owned),
        }
        let mut count = Count::default();
        faulty.input.validate_into(&Context::new(), &mut count);
        prop_assert_eq!(count.0, faulty.faults.len());
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&faulty.input).unwrap();
            let back: w::CreateUserInput = serde_json::from_str(&json).unwrap();
            // Deserializing the typed request reads a borrowing view of the same body: same
            // request, or the same violations in its error.
            match (serde_json::from_str::<w::CreateUserRequest>(&json), faulty.input.validate()) {
                (Ok(read), Ok(validated)) => prop_assert_eq!(read, validated),
                (Err(e), Err(v)) => prop_assert!(e.to_string().starts_with(&v.to_string()), "{e}\n{v}"),
                (read, validated) => prop_assert!(false, "from_str: {:?}\nvalidate: {:?}", read, validated),
            }
            prop_assert_eq!(&back, &faulty.input);
        }
    }

    #[test]
    fn organizations_create_organization_faults_are_reported_one_for_one(
        faulty in organizations_create_organization_with_faults(0..=4)
    ) {
        match faulty.input.validate() {
            Ok(_) => prop_assert!(faulty.faults.is_empty()),
            Err(v) => prop_assert!(faulty.agrees_with(v.as_slice()), "{:?}\n{}", faulty.faults, v),
        }
        let mut count = Count::default();
        faulty.input.validate_into(&Context::new(), &mut count);
        prop_assert_eq!(count.0, faulty.faults.len());
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&faulty.input).unwrap();
            let back: o::CreateOrganizationInput = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &faulty.input);
            // The typed request reads the same body to the same verdict.
            match (serde_json::from_str::<o::CreateOrganizationRequest>(&json), faulty.input.validate()) {
                (Ok(read), Ok(validated)) => prop_assert_eq!(read, validated),
                (Err(e), Err(v)) => prop_assert!(e.to_string().starts_with(&v.to_string()), "{e}\n{v}"),
                (read, validated) => prop_assert!(false, "from_str: {:?}\nvalidate: {:?}", read, validated),
            }
        }
    }
}

#[test]
fn the_fault_count_is_the_one_asked_for() {
    for n in [0, 1, 5, 13] {
        for f in sample(workmail_create_organization_with_faults(n), 20) {
            assert_eq!(f.faults.len(), n);
        }
        for f in sample(workmail_create_user_with_faults(n), 20) {
            assert_eq!(f.faults.len(), n);
        }
        for f in sample(organizations_create_organization_with_faults(n), 20) {
            assert_eq!(f.faults.len(), n);
        }
    }
}

#[test]
fn every_kind_of_fault_is_injected() {
    let seen = labels(&sample(
        workmail_create_organization_with_faults(1..=6),
        400,
    ));
    assert_covers(
        &seen,
        &[
            "DirectoryId type",
            "DirectoryId shape",
            "Alias missing",
            "Alias type",
            "Alias shape",
            "ClientToken type",
            "ClientToken shape",
            "Domains type",
            "Domains too many",
            "Domains/# missing",
            "Domains/# type",
            "Domains/#/? unknown",
            "Domains/#/DomainName missing",
            "Domains/#/DomainName type",
            "Domains/#/DomainName shape",
            "Domains/#/HostedZoneId type",
            "Domains/#/HostedZoneId shape",
            "KmsKeyArn type",
            "KmsKeyArn shape",
            "EnableInteroperability type",
            "EnableInteroperability rule",
            "? unknown",
        ],
    );

    let seen = labels(&sample(workmail_create_user_with_faults(1..=6), 300));
    let mut expected = vec!["? unknown", "HiddenFromGlobalAddressList type", "Role rule"];
    for member in [
        "OrganizationId",
        "Name",
        "DisplayName",
        "Password",
        "Role",
        "FirstName",
        "LastName",
        "IdentityProviderUserId",
    ] {
        expected.push(Box::leak(format!("{member} type").into_boxed_str()));
        expected.push(Box::leak(format!("{member} shape").into_boxed_str()));
    }
    expected.extend([
        "OrganizationId missing",
        "Name missing",
        "DisplayName missing",
    ]);
    assert_covers(&seen, &expected);

    let seen = labels(&sample(
        organizations_create_organization_with_faults(1..=3),
        100,
    ));
    assert_covers(&seen, &["FeatureSet type", "FeatureSet shape", "? unknown"]);
}

/// Wrong types come in every JSON type but the expected one (and `null`, which is absence).
#[test]
fn wrong_types_take_every_other_json_type() {
    let mut found = BTreeSet::new();
    for f in sample(workmail_create_organization_with_faults(3), 300) {
        for i in f.faults {
            if let InputFault::WrongType { expected, found: k } = i.fault {
                assert_ne!(expected, k);
                found.insert(format!("{expected:?}<-{k:?}"));
            }
        }
    }
    for (expected, others) in [
        (JsonKind::String, ["Bool", "Number", "Array", "Object"]),
        (JsonKind::Array, ["Bool", "Number", "String", "Object"]),
        (JsonKind::Object, ["Bool", "Number", "String", "Array"]),
        (JsonKind::Bool, ["Number", "String", "Array", "Object"]),
    ] {
        for other in others {
            let label = format!("{expected:?}<-{other}");
            assert!(found.contains(&label), "{label} never injected");
        }
    }
}

/// Misspelt member names are unknown members, never the members themselves.
#[test]
fn unknown_members_look_like_members_but_are_not() {
    let mut misspelt = 0;
    for f in sample(workmail_create_user_with_faults(4), 200) {
        for name in &f.input.unknown_members {
            assert!(!w::CreateUserInput::MEMBERS.contains(&name.as_str()));
            if w::CreateUserInput::MEMBERS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(name.as_str()))
            {
                misspelt += 1;
            }
        }
    }
    assert!(misspelt > 0, "no member name in the wrong case");
}
