//! `arbitrary::Arbitrary` for whole requests and responses and the other value types of the
//! three operations, built from their members' implementations so that every value is valid.
//!
//! Each choice reads a known number of bytes (one per `Option`, one per variant choice, one
//! per list length), so the size hints are the sums of the members' hints, and a short input
//! still gives a value: every draw then takes its smallest choice.

use alloc::vec::Vec;

use arbitrary::size_hint::{and, and_all, or, or_all};
use arbitrary::{Arbitrary, Error, Result, Unstructured};

use super::len;
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

type Hint = (usize, Option<usize>);

/// The hint of one `u.choose` among `n` choices.
fn choice(n: usize) -> Hint {
    let bytes = super::span_bytes(n.saturating_sub(1));
    (bytes, Some(bytes))
}

const NOTHING: Hint = (0, Some(0));

fn hint<'a, T: Arbitrary<'a>>() -> Hint {
    T::size_hint(0)
}

// ------------------------------------------------------------------- WorkMail

impl<'a> Arbitrary<'a> for Domain {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let name = DomainName::arbitrary(u)?;
        Ok(match Option::<HostedZoneId>::arbitrary(u)? {
            Some(zone) => Domain::new(name).with_hosted_zone(zone),
            None => Domain::new(name),
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        and(hint::<DomainName>(), hint::<Option<HostedZoneId>>())
    }
}

impl<'a> Arbitrary<'a> for Domains {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let n = len(u, 0, MAX_DOMAINS)?;
        let mut out = Domains::new();
        for _ in 0..n {
            out.push(Domain::arbitrary(u)?)
                .map_err(|_| Error::IncorrectFormat)?;
        }
        Ok(out)
    }

    fn size_hint(_depth: usize) -> Hint {
        let (_, domain) = hint::<Domain>();
        let n = super::span_bytes(MAX_DOMAINS);
        (
            n,
            domain.map(|d| n.saturating_add(d.saturating_mul(MAX_DOMAINS))),
        )
    }
}

impl<'a> Arbitrary<'a> for UserDirectory {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(match u.choose_index(3)? {
            0 => UserDirectory::NewWorkMailDirectory,
            1 => UserDirectory::Existing(DirectoryId::arbitrary(u)?),
            _ => UserDirectory::AdConnectorWithInteroperability(DirectoryId::arbitrary(u)?),
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        and(choice(3), or(NOTHING, hint::<DirectoryId>()))
    }
}

impl<'a> Arbitrary<'a> for Encryption {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(match Option::<KmsKeyArn>::arbitrary(u)? {
            Some(arn) => Encryption::CustomerManagedKey(arn),
            None => Encryption::WorkMailManagedKey,
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        hint::<Option<KmsKeyArn>>()
    }
}

impl<'a> Arbitrary<'a> for MailDomain {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(match u.choose_index(4)? {
            0 => MailDomain::ExistingRoute53 {
                domain: DomainName::arbitrary(u)?,
                hosted_zone_id: HostedZoneId::arbitrary(u)?,
            },
            1 => MailDomain::NewRoute53 {
                domain: DomainName::arbitrary(u)?,
            },
            2 => MailDomain::External {
                domain: DomainName::arbitrary(u)?,
            },
            _ => MailDomain::FreeTestDomain,
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        let name = hint::<DomainName>();
        and(
            choice(4),
            or_all(&[and(name, hint::<HostedZoneId>()), name, NOTHING]),
        )
    }
}

impl<'a> Arbitrary<'a> for OrganizationSetup {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(OrganizationSetup {
            alias: OrgAlias::arbitrary(u)?,
            mail_domain: MailDomain::arbitrary(u)?,
            user_directory: UserDirectory::arbitrary(u)?,
            encryption: Encryption::arbitrary(u)?,
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        and_all(&[
            hint::<OrgAlias>(),
            hint::<MailDomain>(),
            hint::<UserDirectory>(),
            hint::<Encryption>(),
        ])
    }
}

impl<'a> Arbitrary<'a> for CreateOrganizationRequest {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut b = CreateOrganizationRequest::builder(OrgAlias::arbitrary(u)?)
            .directory(UserDirectory::arbitrary(u)?);
        if let Some(token) = Option::<ClientToken>::arbitrary(u)? {
            b = b.client_token(token);
        }
        b = b.domains(Domains::arbitrary(u)?);
        if let Some(arn) = Option::<KmsKeyArn>::arbitrary(u)? {
            b = b.kms_key_arn(arn);
        }
        Ok(b.build())
    }

    fn size_hint(_depth: usize) -> Hint {
        and_all(&[
            hint::<OrgAlias>(),
            hint::<UserDirectory>(),
            hint::<Option<ClientToken>>(),
            hint::<Domains>(),
            hint::<Option<KmsKeyArn>>(),
        ])
    }
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

/// `Arbitrary` as one choice among a fixed list.
macro_rules! chosen {
    ($($ty:ty => $all:expr;)+) => {$(
        impl<'a> Arbitrary<'a> for $ty {
            fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                u.choose(&$all).copied()
            }

            fn size_hint(_depth: usize) -> Hint {
                choice($all.len())
            }
        }
    )+};
}

chosen! {
    CreateUserRole => CREATE_USER_ROLES;
    DirectoryKind => DIRECTORY_KINDS;
    OrganizationState => OrganizationState::ALL;
}

impl<'a> Arbitrary<'a> for CreateUserRequest {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut b = CreateUserRequest::builder(
            wm::OrganizationId::arbitrary(u)?,
            UserName::arbitrary(u)?,
            DisplayName::arbitrary(u)?,
        );
        if let Some(v) = Option::<Password>::arbitrary(u)? {
            b = b.password(v);
        }
        if let Some(v) = Option::<CreateUserRole>::arbitrary(u)? {
            b = b.role(v);
        }
        if let Some(v) = Option::<FirstName>::arbitrary(u)? {
            b = b.first_name(v);
        }
        if let Some(v) = Option::<LastName>::arbitrary(u)? {
            b = b.last_name(v);
        }
        if let Some(v) = Option::<bool>::arbitrary(u)? {
            b = b.hidden_from_global_address_list(v);
        }
        if let Some(v) = Option::<IdentityProviderUserId>::arbitrary(u)? {
            b = b.identity_provider_user_id(v);
        }
        Ok(b.build())
    }

    fn size_hint(_depth: usize) -> Hint {
        and_all(&[
            hint::<wm::OrganizationId>(),
            hint::<UserName>(),
            hint::<DisplayName>(),
            hint::<Option<Password>>(),
            hint::<Option<CreateUserRole>>(),
            hint::<Option<FirstName>>(),
            hint::<Option<LastName>>(),
            hint::<Option<bool>>(),
            hint::<Option<IdentityProviderUserId>>(),
        ])
    }
}

impl<'a> Arbitrary<'a> for wm::CreateOrganizationResponse {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(wm::CreateOrganizationResponse::new(
            &wm::OrganizationId::arbitrary(u)?,
        ))
    }

    fn size_hint(_depth: usize) -> Hint {
        hint::<wm::OrganizationId>()
    }
}

impl<'a> Arbitrary<'a> for wm::CreateUserResponse {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(wm::CreateUserResponse::new(&UserId::arbitrary(u)?))
    }

    fn size_hint(_depth: usize) -> Hint {
        hint::<UserId>()
    }
}

// -------------------------------------------------------------- Organizations

impl<'a> Arbitrary<'a> for orgs::CreateOrganizationRequest {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(orgs::CreateOrganizationRequest {
            feature_set: Option::<FeatureSet>::arbitrary(u)?,
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        hint::<Option<FeatureSet>>()
    }
}

impl<'a> Arbitrary<'a> for ValidPolicyTypeSummary {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(ValidPolicyTypeSummary {
            policy_type: PolicyType::arbitrary(u)?,
            status: PolicyTypeStatus::arbitrary(u)?,
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        and(hint::<PolicyType>(), hint::<PolicyTypeStatus>())
    }
}

/// The policy types of a new organization with `feature_set`, sometimes left out: with `ALL`,
/// `SERVICE_CONTROL_POLICY` enabled at a drawn position among a drawn number of other types,
/// each drawn once with a drawn status; with `CONSOLIDATED_BILLING`, none.
fn policy_types(
    u: &mut Unstructured<'_>,
    feature_set: FeatureSet,
) -> Result<Option<Vec<ValidPolicyTypeSummary>>> {
    if !bool::arbitrary(u)? {
        return Ok(None);
    }
    let mut list = Vec::new();
    if !feature_set.supports_policies() {
        return Ok(Some(list));
    }
    let mut others: Vec<PolicyType> = PolicyType::ALL
        .iter()
        .copied()
        .filter(|t| *t != PolicyType::ServiceControlPolicy)
        .collect();
    let n = len(u, 0, others.len())?;
    for _ in 0..n {
        let i = u.choose_index(others.len())?;
        if i >= others.len() {
            return Err(Error::IncorrectFormat);
        }
        list.push(ValidPolicyTypeSummary {
            policy_type: others.remove(i),
            status: PolicyTypeStatus::arbitrary(u)?,
        });
    }
    let at = len(u, 0, list.len())?;
    list.insert(
        at.min(list.len()),
        ValidPolicyTypeSummary {
            policy_type: PolicyType::ServiceControlPolicy,
            status: PolicyTypeStatus::Enabled,
        },
    );
    Ok(Some(list))
}

fn policy_types_hint() -> Hint {
    let others = PolicyType::ALL.len().saturating_sub(1);
    let (_, status) = hint::<PolicyTypeStatus>();
    // One byte for whether the list is there; when it is, the number of other types, then for
    // each one its pick among those left and its status, then the position of service control
    // policies. The most is read when every type is listed.
    let picks = (1..=others).fold(0usize, |n, left| {
        n.saturating_add(super::span_bytes(left.saturating_sub(1)))
    });
    let upper = status.map(|s| {
        1usize
            .saturating_add(super::span_bytes(others))
            .saturating_add(picks)
            .saturating_add(s.saturating_mul(others))
            .saturating_add(super::span_bytes(others))
    });
    (1, upper)
}

/// A new organization, consistent in every way `check_consistency` checks: the ARNs are built
/// from the drawn ids, and the policy types follow the drawn feature set.
impl<'a> Arbitrary<'a> for ValidOrganization {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let feature_set = FeatureSet::arbitrary(u)?;
        let id = orgs::OrganizationId::arbitrary(u)?;
        let account = AccountId::arbitrary(u)?;
        let email = Email::arbitrary(u)?;
        let available_policy_types = policy_types(u, feature_set)?;
        let arn = alloc::format!("arn:aws:organizations::{account}:organization/{id}");
        let master = alloc::format!("arn:aws:organizations::{account}:account/{id}/{account}");
        Ok(ValidOrganization {
            arn: OrganizationArn::new(&arn).map_err(|_| Error::IncorrectFormat)?,
            master_account_arn: AccountArn::new(&master).map_err(|_| Error::IncorrectFormat)?,
            id,
            feature_set,
            master_account_id: account,
            master_account_email: email,
            available_policy_types,
        })
    }

    fn size_hint(_depth: usize) -> Hint {
        and_all(&[
            hint::<FeatureSet>(),
            hint::<orgs::OrganizationId>(),
            hint::<AccountId>(),
            hint::<Email>(),
            policy_types_hint(),
        ])
    }
}

/// `Arbitrary` through a conversion from a valid value.
macro_rules! converted {
    ($($ty:ty => $from:ty;)+) => {$(
        impl<'a> Arbitrary<'a> for $ty {
            fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                <$from>::arbitrary(u).map(<$ty>::from)
            }

            fn size_hint(_depth: usize) -> Hint {
                hint::<$from>()
            }
        }
    )+};
}

converted! {
    orgs::Organization => ValidOrganization;
    orgs::PolicyTypeSummary => ValidPolicyTypeSummary;
    orgs::CreateOrganizationResponse => ValidOrganization;
}
