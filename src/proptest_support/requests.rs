//! Generators of whole requests and responses, and of the other value types of the three
//! operations: each built from the generators of its members, so that it is valid by
//! construction, and each reaching every variant and every optional member both present and
//! absent.

use alloc::format;
use alloc::vec::Vec;

use proptest::arbitrary::Arbitrary;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::subsequence;

use super::kit::{choose, len_in};
use crate::organizations::{
    self as orgs, AccountArn, AccountId, Email, FeatureSet, OrganizationArn, PolicyType,
    PolicyTypeStatus, ValidOrganization, ValidPolicyTypeSummary,
};
use crate::workmail::{
    self as wm, ClientToken, CreateOrganizationRequest, CreateUserRequest, CreateUserRole,
    DirectoryId, DirectoryKind, DisplayName, Domain, DomainName, Domains, Encryption, FirstName,
    HostedZoneId, IdentityProviderUserId, KmsKeyArn, LastName, MailDomain, OrgAlias,
    OrganizationSetup, OrganizationState, Password, UserDirectory, UserId, UserName, MAX_DOMAINS,
};

/// `Arbitrary` through a strategy function.
macro_rules! arbitrary_via {
    ($($ty:ty => $strategy:expr;)+) => {$(
        #[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
        impl Arbitrary for $ty {
            type Parameters = ();
            type Strategy = BoxedStrategy<Self>;

            fn arbitrary_with((): ()) -> Self::Strategy {
                $strategy
            }
        }
    )+};
}

arbitrary_via! {
    Domain => domain();
    Domains => domains();
    UserDirectory => user_directory();
    Encryption => option::of(any::<KmsKeyArn>())
        .prop_map(|arn| arn.map_or(Encryption::WorkMailManagedKey, Encryption::CustomerManagedKey))
        .boxed();
    MailDomain => mail_domain();
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
        })
        .boxed();
    CreateOrganizationRequest => workmail_create_organization();
    CreateUserRole => choose(CREATE_USER_ROLES.to_vec());
    CreateUserRequest => workmail_create_user();
    DirectoryKind => choose(DIRECTORY_KINDS.to_vec());
    OrganizationState => choose(OrganizationState::ALL.to_vec());
    wm::CreateOrganizationResponse => any::<wm::OrganizationId>()
        .prop_map(|id| wm::CreateOrganizationResponse::new(&id))
        .boxed();
    wm::CreateUserResponse => any::<UserId>()
        .prop_map(|id| wm::CreateUserResponse::new(&id))
        .boxed();
    orgs::CreateOrganizationRequest => option::of(any::<FeatureSet>())
        .prop_map(|feature_set| orgs::CreateOrganizationRequest { feature_set })
        .boxed();
    ValidPolicyTypeSummary => (any::<PolicyType>(), any::<PolicyTypeStatus>())
        .prop_map(|(policy_type, status)| ValidPolicyTypeSummary { policy_type, status })
        .boxed();
    ValidOrganization => any::<FeatureSet>().prop_flat_map(valid_organization).boxed();
    orgs::Organization => any::<ValidOrganization>().prop_map(orgs::Organization::from).boxed();
    orgs::PolicyTypeSummary => any::<ValidPolicyTypeSummary>()
        .prop_map(orgs::PolicyTypeSummary::from)
        .boxed();
    orgs::CreateOrganizationResponse => any::<ValidOrganization>()
        .prop_map(orgs::CreateOrganizationResponse::from)
        .boxed();
}

const CREATE_USER_ROLES: [CreateUserRole; 2] = [CreateUserRole::User, CreateUserRole::RemoteUser];

const DIRECTORY_KINDS: [DirectoryKind; 4] = [
    DirectoryKind::WorkMail,
    DirectoryKind::SimpleAd,
    DirectoryKind::AdConnector,
    DirectoryKind::ManagedMicrosoftAd,
];

/// Fails to compile when `DirectoryKind` gains a variant that [`DIRECTORY_KINDS`] lacks.
const fn _every_directory_kind_listed(kind: DirectoryKind) {
    match kind {
        DirectoryKind::WorkMail
        | DirectoryKind::SimpleAd
        | DirectoryKind::AdConnector
        | DirectoryKind::ManagedMicrosoftAd => {}
    }
}

// ------------------------------------------------------------------- WorkMail

fn domain() -> BoxedStrategy<Domain> {
    (any::<DomainName>(), option::of(any::<HostedZoneId>()))
        .prop_map(|(name, zone)| match zone {
            Some(zone) => Domain::new(name).with_hosted_zone(zone),
            None => Domain::new(name),
        })
        .boxed()
}

/// Zero to five domains, both ends coming up in every run.
fn domains() -> BoxedStrategy<Domains> {
    len_in(0, MAX_DOMAINS)
        .prop_flat_map(|n| vec(domain(), n))
        .prop_filter_map("more than five domains", |v| Domains::try_from_iter(v).ok())
        .boxed()
}

fn user_directory() -> BoxedStrategy<UserDirectory> {
    prop_oneof![
        Just(UserDirectory::NewWorkMailDirectory),
        any::<DirectoryId>().prop_map(UserDirectory::Existing),
        any::<DirectoryId>().prop_map(UserDirectory::AdConnectorWithInteroperability),
    ]
    .boxed()
}

fn mail_domain() -> BoxedStrategy<MailDomain> {
    prop_oneof![
        (any::<DomainName>(), any::<HostedZoneId>()).prop_map(|(domain, hosted_zone_id)| {
            MailDomain::ExistingRoute53 {
                domain,
                hosted_zone_id,
            }
        }),
        any::<DomainName>().prop_map(|domain| MailDomain::NewRoute53 { domain }),
        any::<DomainName>().prop_map(|domain| MailDomain::External { domain }),
        Just(MailDomain::FreeTestDomain),
    ]
    .boxed()
}

fn workmail_create_organization() -> BoxedStrategy<CreateOrganizationRequest> {
    (
        any::<OrgAlias>(),
        any::<UserDirectory>(),
        option::of(any::<ClientToken>()),
        any::<Domains>(),
        option::of(any::<KmsKeyArn>()),
    )
        .prop_map(|(alias, directory, token, domains, kms_key_arn)| {
            let mut builder = CreateOrganizationRequest::builder(alias)
                .directory(directory)
                .domains(domains);
            if let Some(token) = token {
                builder = builder.client_token(token);
            }
            if let Some(arn) = kms_key_arn {
                builder = builder.kms_key_arn(arn);
            }
            builder.build()
        })
        .boxed()
}

fn workmail_create_user() -> BoxedStrategy<CreateUserRequest> {
    let required = (
        any::<wm::OrganizationId>(),
        any::<UserName>(),
        any::<DisplayName>(),
    );
    let optional = (
        option::of(any::<Password>()),
        option::of(any::<CreateUserRole>()),
        option::of(any::<FirstName>()),
        option::of(any::<LastName>()),
        option::of(any::<bool>()),
        option::of(any::<IdentityProviderUserId>()),
    );
    (required, optional)
        .prop_map(|((org, name, display), optional)| {
            let (password, role, first, last, hidden, idp) = optional;
            let mut b = CreateUserRequest::builder(org, name, display);
            if let Some(v) = password {
                b = b.password(v);
            }
            if let Some(v) = role {
                b = b.role(v);
            }
            if let Some(v) = first {
                b = b.first_name(v);
            }
            if let Some(v) = last {
                b = b.last_name(v);
            }
            if let Some(v) = hidden {
                b = b.hidden_from_global_address_list(v);
            }
            if let Some(v) = idp {
                b = b.identity_provider_user_id(v);
            }
            b.build()
        })
        .boxed()
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
    (
        any::<orgs::OrganizationId>(),
        any::<AccountId>(),
        any::<Email>(),
        policy_types(feature_set),
    )
        .prop_filter_map(
            "a generated ARN was refused",
            move |(id, account, email, available_policy_types)| {
                let arn = format!("arn:aws:organizations::{account}:organization/{id}");
                let master = format!("arn:aws:organizations::{account}:account/{id}/{account}");
                Some(ValidOrganization {
                    arn: OrganizationArn::new(&arn).ok()?,
                    master_account_arn: AccountArn::new(&master).ok()?,
                    id,
                    feature_set,
                    master_account_id: account,
                    master_account_email: email,
                    available_policy_types,
                })
            },
        )
        .boxed()
}

fn policy_types(feature_set: FeatureSet) -> BoxedStrategy<Option<Vec<ValidPolicyTypeSummary>>> {
    if !feature_set.supports_policies() {
        return option::weighted(0.75, Just(Vec::new())).boxed();
    }
    let others: Vec<PolicyType> = PolicyType::ALL
        .iter()
        .copied()
        .filter(|t| *t != PolicyType::ServiceControlPolicy)
        .collect();
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
            list.push(ValidPolicyTypeSummary {
                policy_type: PolicyType::ServiceControlPolicy,
                status: PolicyTypeStatus::Enabled,
            });
            list
        })
        .prop_shuffle();
    option::weighted(0.75, listed).boxed()
}
