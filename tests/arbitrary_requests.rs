//! The `arbitrary` feature for whole requests and responses: from any bytes, including none,
//! every type yields a value that survives its validator (and with `serde` a trip through
//! JSON), consumes a number of bytes inside its `size_hint`, and the values reach every
//! variant and optional member.
#![cfg(feature = "arbitrary")]

use std::collections::BTreeSet;
use std::fmt::Debug;

use arbitrary::{Arbitrary, Unstructured};
use org_shapes::{organizations as o, workmail as w};
use proptest::prelude::*;

/// What a test needs from a type: a check that its value is valid.
trait Checked: for<'a> Arbitrary<'a> + Debug {
    fn check(&self);
}

fn workmail_organization(r: &w::CreateOrganizationRequest) {
    assert_eq!(
        w::CreateOrganizationInput::from(r).validate().as_ref(),
        Ok(r)
    );
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(r).unwrap();
        let back: w::CreateOrganizationRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, r);
    }
}

fn organization(v: &o::ValidOrganization) {
    assert_eq!(v.check_consistency(), Ok(()), "{v:?}");
    let response = o::CreateOrganizationResponse::from(v.clone());
    assert_eq!(response.validate().as_ref(), Ok(v));
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(&response).unwrap();
        let back: o::CreateOrganizationResponse = serde_json::from_str(&json).unwrap();
        assert_eq!(back.validate().as_ref(), Ok(v));
    }
}

impl Checked for w::CreateOrganizationRequest {
    fn check(&self) {
        workmail_organization(self);
    }
}

impl Checked for w::CreateUserRequest {
    fn check(&self) {
        assert_eq!(w::CreateUserInput::from(self).validate().as_ref(), Ok(self));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(self).unwrap();
            let back: w::CreateUserRequest = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, self);
        }
    }
}

impl Checked for w::Domains {
    fn check(&self) {
        assert!(self.len() <= w::MAX_DOMAINS);
        let alias = "acme".parse().unwrap();
        workmail_organization(
            &w::CreateOrganizationRequest::builder(alias)
                .domains(self.clone())
                .build(),
        );
    }
}

impl Checked for w::OrganizationSetup {
    fn check(&self) {
        workmail_organization(&self.to_request());
    }
}

impl Checked for w::CreateOrganizationResponse {
    fn check(&self) {
        assert!(self.validate().is_ok());
    }
}

impl Checked for w::CreateUserResponse {
    fn check(&self) {
        assert!(self.validate().is_ok());
    }
}

impl Checked for o::CreateOrganizationRequest {
    fn check(&self) {
        assert_eq!(
            o::CreateOrganizationInput::from(*self).validate(),
            Ok(*self)
        );
    }
}

impl Checked for o::ValidOrganization {
    fn check(&self) {
        organization(self);
    }
}

impl Checked for o::CreateOrganizationResponse {
    fn check(&self) {
        organization(&self.validate().unwrap());
    }
}

impl Checked for o::Organization {
    fn check(&self) {
        organization(&self.validate().unwrap());
    }
}

/// Types whose every value is valid by their type alone: only the bytes are checked.
macro_rules! by_type {
    ($($ty:ty),+ $(,)?) => {$(
        impl Checked for $ty {
            fn check(&self) {}
        }
    )+};
}

by_type!(
    w::Domain,
    w::UserDirectory,
    w::Encryption,
    w::MailDomain,
    w::CreateUserRole,
    w::DirectoryKind,
    w::OrganizationState,
    o::ValidPolicyTypeSummary,
    o::PolicyTypeSummary,
);

/// A small linear congruential generator, so the buffers are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn buffer(&mut self, len: usize) -> Vec<u8> {
        (0..len)
            .map(|_| {
                self.0 = self
                    .0
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (self.0 >> 56) as u8
            })
            .collect()
    }
}

/// Builds a value from `data` and checks it and the bytes it consumed.
fn build<T: Checked>(data: &[u8]) -> T {
    let mut u = Unstructured::new(data);
    let value = match T::arbitrary(&mut u) {
        Ok(v) => v,
        Err(e) => panic!("no value from {} bytes: {e}", data.len()),
    };
    let consumed = data.len() - u.len();
    value.check();
    let (lo, hi) = T::size_hint(0);
    let hi = hi.expect("every type gives an upper bound");
    assert!(consumed <= hi, "consumed {consumed} > {hi}");
    if data.len() >= hi {
        assert!(consumed >= lo, "consumed {consumed} < {lo}");
    }
    value
}

/// Fixed buffers (empty, one byte, all zeros, all ones, every byte value) and buffers from the
/// LCG, short and long.
fn buffers() -> Vec<Vec<u8>> {
    let mut all = vec![
        vec![],
        vec![0],
        vec![0xff],
        vec![0; 20_000],
        vec![0xff; 20_000],
        (0..=255).cycle().take(20_000).collect(),
    ];
    let mut lcg = Lcg(0x5eed);
    for i in 0..240usize {
        let len = match i % 3 {
            0 => i % 64,
            1 => i * 37 % 3000,
            _ => 6000 + i * 50,
        };
        all.push(lcg.buffer(len));
    }
    all
}

fn values<T: Checked>() -> Vec<T> {
    buffers().iter().map(|d| build::<T>(d)).collect()
}

macro_rules! request_tests {
    ($($name:ident: $ty:ty;)+) => {$(
        mod $name {
            use super::*;

            #[test]
            fn empty_input_yields_a_valid_value() {
                build::<$ty>(&[]);
            }

            #[test]
            fn fixed_and_lcg_buffers_yield_valid_values_within_the_hint() {
                values::<$ty>();
            }

            proptest! {
                #![proptest_config(ProptestConfig {
                    cases: 32,
                    failure_persistence: None,
                    ..ProptestConfig::default()
                })]

                #[test]
                fn any_bytes_yield_a_valid_value_within_the_hint(
                    data in proptest::collection::vec(any::<u8>(), 0..4000)
                ) {
                    build::<$ty>(&data);
                }
            }
        }
    )+};
}

request_tests! {
    domain: w::Domain;
    domains: w::Domains;
    user_directory: w::UserDirectory;
    encryption: w::Encryption;
    mail_domain: w::MailDomain;
    organization_setup: w::OrganizationSetup;
    workmail_create_organization_request: w::CreateOrganizationRequest;
    create_user_role: w::CreateUserRole;
    create_user_request: w::CreateUserRequest;
    directory_kind: w::DirectoryKind;
    organization_state: w::OrganizationState;
    workmail_create_organization_response: w::CreateOrganizationResponse;
    create_user_response: w::CreateUserResponse;
    organizations_create_organization_request: o::CreateOrganizationRequest;
    valid_policy_type_summary: o::ValidPolicyTypeSummary;
    valid_organization: o::ValidOrganization;
    organization: o::Organization;
    policy_type_summary: o::PolicyTypeSummary;
    organizations_create_organization_response: o::CreateOrganizationResponse;
}

#[test]
fn requests_reach_every_choice() {
    let requests = values::<w::CreateOrganizationRequest>();
    let directories: BTreeSet<String> = requests
        .iter()
        .map(|r| format!("{:?}", r.directory()).chars().take(8).collect())
        .collect();
    assert_eq!(directories.len(), 3, "{directories:?}");
    let counts: BTreeSet<usize> = requests.iter().map(|r| r.domains().len()).collect();
    assert_eq!(counts, (0..=5).collect());
    assert!(requests.iter().any(|r| r.client_token().is_some()));
    assert!(requests.iter().any(|r| r.kms_key_arn().is_some()));

    let users = values::<w::CreateUserRequest>();
    let roles: BTreeSet<Option<w::CreateUserRole>> = users.iter().map(|r| r.role()).collect();
    assert_eq!(roles.len(), 3);
    assert!(users.iter().any(|r| r.password().is_some()));
    assert!(users.iter().any(|r| r.password().is_none()));
    assert!(users
        .iter()
        .any(|r| r.identity_provider_user_id().is_some()));

    let states: BTreeSet<w::OrganizationState> =
        values::<w::OrganizationState>().into_iter().collect();
    assert_eq!(states.len(), w::OrganizationState::ALL.len());
    let kinds: BTreeSet<String> = values::<w::DirectoryKind>()
        .iter()
        .map(|k| format!("{k:?}"))
        .collect();
    assert_eq!(kinds.len(), 4);
}

#[test]
fn organizations_reach_both_feature_sets_and_every_list_form() {
    let mut seen = BTreeSet::new();
    for org in values::<o::ValidOrganization>() {
        let list = match &org.available_policy_types {
            None => "absent",
            Some(t) if t.is_empty() => "empty",
            Some(t) if t.len() == 1 => "one",
            Some(_) => "several",
        };
        seen.insert((org.feature_set, list));
    }
    use o::FeatureSet::{All, ConsolidatedBilling};
    assert_eq!(
        seen,
        BTreeSet::from([
            (All, "absent"),
            (All, "one"),
            (All, "several"),
            (ConsolidatedBilling, "absent"),
            (ConsolidatedBilling, "empty"),
        ])
    );
}

/// Some input consumes exactly the upper bound of the hint: the hints are tight.
#[test]
fn upper_hints_are_reached() {
    fn reached<T: Checked>() {
        let (_, hi) = T::size_hint(0);
        let most = buffers()
            .iter()
            .map(|d| {
                let mut u = Unstructured::new(d);
                T::arbitrary(&mut u).unwrap();
                d.len() - u.len()
            })
            .max();
        assert_eq!(most, hi, "{}", std::any::type_name::<T>());
    }
    reached::<w::UserDirectory>();
    reached::<w::CreateUserRole>();
    reached::<w::OrganizationState>();
    reached::<o::CreateOrganizationRequest>();
    reached::<o::ValidPolicyTypeSummary>();
}

/// A new organization with all features lists service control policies first or later, alone
/// or among others, and the hint's upper bound is reached when every type is listed.
#[test]
fn policy_type_lists_take_every_form() {
    let orgs = values::<o::ValidOrganization>();
    let lists: Vec<&Vec<o::ValidPolicyTypeSummary>> = orgs
        .iter()
        .filter(|o| o.feature_set == o::FeatureSet::All)
        .filter_map(|o| o.available_policy_types.as_ref())
        .collect();
    let scp_at: BTreeSet<usize> = lists
        .iter()
        .map(|l| {
            l.iter()
                .position(|t| t.policy_type == o::PolicyType::ServiceControlPolicy)
                .unwrap()
        })
        .collect();
    assert!(scp_at.len() > 3, "{scp_at:?}");
    let sizes: BTreeSet<usize> = lists.iter().map(|l| l.len()).collect();
    assert!(sizes.contains(&1) && sizes.len() > 5, "{sizes:?}");
    for l in lists {
        let distinct: BTreeSet<&str> = l.iter().map(|t| t.policy_type.as_str()).collect();
        assert_eq!(distinct.len(), l.len());
    }
}
