//! Generators of whole requests and responses, and of the other value types of the three
//! operations: built from their members' generators (a request from its input's member
//! table), so valid by construction, each reaching every variant and every optional member
//! both present and absent.

use alloc::vec::Vec;

use proptest::arbitrary::Arbitrary;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::subsequence;

use super::faulty::Faults;
use super::kit::{choose, len_in};
use crate::layout::generate::{
    new_organization, other_policy_types, CREATE_USER_ROLES, DIRECTORY_KINDS, SCP_ENABLED,
};
use crate::organizations::{
    self as orgs, AccountId, Email, FeatureSet, PolicyType, PolicyTypeStatus, ValidOrganization,
    ValidPolicyTypeSummary,
};
use crate::workmail::{
    self as wm, Domain, DomainName, Domains, Encryption, HostedZoneId, KmsKeyArn, MailDomain,
    OrgAlias, OrganizationSetup, OrganizationState, UserDirectory, UserId, MAX_DOMAINS,
};
use crate::{Context, Count, Validate};

arbitrary_via! {
    Domain => (any::<DomainName>(), option::of(any::<HostedZoneId>())).prop_map(|(name, zone)| {
        let domain = Domain::new(name);
        match zone {
            Some(zone) => domain.with_hosted_zone(zone),
            None => domain,
        }
    });
    // Zero to five domains, both ends coming up in every run.
    Domains => len_in(0, MAX_DOMAINS)
        .prop_flat_map(|n| vec(any::<Domain>(), n))
        .prop_filter_map("more than five domains", |v| Domains::try_from_iter(v).ok());
    UserDirectory => prop_oneof![
        Just(UserDirectory::NewWorkMailDirectory),
        any::<wm::DirectoryId>().prop_map(UserDirectory::Existing),
        any::<wm::DirectoryId>().prop_map(UserDirectory::AdConnectorWithInteroperability),
    ];
    Encryption => option::of(any::<KmsKeyArn>())
        .prop_map(|arn| arn.map_or(Encryption::WorkMailManagedKey, Encryption::CustomerManagedKey));
    MailDomain => prop_oneof![
        (any::<DomainName>(), any::<HostedZoneId>()).prop_map(|(domain, hosted_zone_id)| {
            MailDomain::ExistingRoute53 { domain, hosted_zone_id }
        }),
        any::<DomainName>().prop_map(|domain| MailDomain::NewRoute53 { domain }),
        any::<DomainName>().prop_map(|domain| MailDomain::External { domain }),
        Just(MailDomain::FreeTestDomain),
    ];
    OrganizationSetup => (
        any::<OrgAlias>(),
        any::<MailDomain>(),
        any::<UserDirectory>(),
        any::<Encryption>(),
    )
        .prop_map(|(alias, mail_domain, user_directory, encryption)| OrganizationSetup {
            alias,
            mail_domain,
            user_directory,
            encryption,
        });
    wm::CreateOrganizationRequest => request::<wm::CreateOrganizationInput>();
    wm::CreateUserRole => choose(CREATE_USER_ROLES.to_vec());
    wm::CreateUserRequest => request::<wm::CreateUserInput>();
    wm::DirectoryKind => choose(DIRECTORY_KINDS.to_vec());
    OrganizationState => choose(OrganizationState::ALL.to_vec());
    wm::CreateOrganizationResponse => any::<wm::OrganizationId>()
        .prop_map(|id| wm::CreateOrganizationResponse::new(&id));
    wm::CreateUserResponse => any::<UserId>().prop_map(|id| wm::CreateUserResponse::new(&id));
    orgs::CreateOrganizationRequest => request::<orgs::CreateOrganizationInput>();
    ValidPolicyTypeSummary => (any::<PolicyType>(), any::<PolicyTypeStatus>())
        .prop_map(|(policy_type, status)| ValidPolicyTypeSummary { policy_type, status });
    ValidOrganization => any::<FeatureSet>().prop_flat_map(valid_organization);
    orgs::Organization => any::<ValidOrganization>().prop_map(orgs::Organization::from);
    orgs::PolicyTypeSummary => any::<ValidPolicyTypeSummary>().prop_map(orgs::PolicyTypeSummary::from);
    orgs::CreateOrganizationResponse => any::<ValidOrganization>()
        .prop_map(orgs::CreateOrganizationResponse::from);
}

/// The requests of input `I`: its valid inputs, each member drawn from the generators of its
/// row in the member table ([`Faults::valid`]), less those that break a rule across members
/// (a role `CreateUser` cannot give, interoperability without a directory).
fn request<I: Faults + Validate>() -> impl Strategy<Value = I::Request>
where
    I::Request: core::fmt::Debug,
{
    I::valid().prop_filter_map("a rule across members refused it", |input| {
        input.into_request_into(&Context::new(), &mut Count::default())
    })
}

// -------------------------------------------------------------- Organizations

/// Organizations as `CreateOrganization` describes a new one with `feature_set`, consistent in
/// every way [`ValidOrganization::check_consistency`] checks: both ARNs embed the id and the
/// management account, the account ARN names the management account, and the policy types
/// agree with the feature set.
///
/// With [`FeatureSet::All`] the list of policy types holds `SERVICE_CONTROL_POLICY` as
/// `ENABLED`, at any position, among any other types with any status; with
/// [`FeatureSet::ConsolidatedBilling`] it is empty. Either way it is sometimes left out, as
/// the model deprecates it.
///
/// To answer a given request, ask for the feature set it asks for:
///
/// ```
/// use org_shapes::organizations::{CreateOrganizationRequest, FeatureSet};
/// use org_shapes::strategy::valid_organization;
/// use proptest::prelude::*;
///
/// let request = CreateOrganizationRequest::new(); // `ALL` by default
/// proptest!(|(org in valid_organization(request.effective_feature_set()))| {
///     prop_assert!(org.check_consistency().is_ok());
///     prop_assert!(org.check_against_request(&request).is_ok());
/// });
/// ```
pub fn valid_organization(feature_set: FeatureSet) -> BoxedStrategy<ValidOrganization> {
    let policy_types = policy_types(feature_set);
    let parts = (
        any::<orgs::OrganizationId>(),
        any::<AccountId>(),
        any::<Email>(),
        policy_types,
    );
    parts
        .prop_filter_map(
            "a generated ARN was refused",
            move |(id, account, email, types)| {
                new_organization(feature_set, id, account, email, types)
            },
        )
        .boxed()
}

fn policy_types(feature_set: FeatureSet) -> BoxedStrategy<Option<Vec<ValidPolicyTypeSummary>>> {
    if !feature_set.supports_policies() {
        return option::weighted(0.75, Just(Vec::new())).boxed();
    }
    let others = other_policy_types();
    let n = others.len();
    let listed = (
        subsequence(others, 0..=n),
        vec(any::<PolicyTypeStatus>(), n),
    )
        .prop_map(|(types, statuses)| {
            let mut list: Vec<ValidPolicyTypeSummary> = types
                .into_iter()
                .zip(statuses)
                .map(|(policy_type, status)| ValidPolicyTypeSummary {
                    policy_type,
                    status,
                })
                .collect();
            list.push(SCP_ENABLED);
            list
        })
        .prop_shuffle();
    option::weighted(0.75, listed).boxed()
}
