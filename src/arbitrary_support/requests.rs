//! `arbitrary::Arbitrary` for whole requests and responses and the other value types of the
//! three operations, built from their members' implementations so that every value is valid:
//! a request from its input's member table ([`Drawn`]).
//!
//! Each choice reads a known number of bytes (one per `Option`, one per variant choice, one
//! per list length), so the size hints are the sums of the members' hints, and a short input
//! still gives a value: every draw then takes its smallest choice.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use arbitrary::size_hint::{and, and_all, or, or_all};
use arbitrary::{Arbitrary, Error, Result, Unstructured};

use super::span_bytes;
use crate::layout::generate::{
    new_organization, other_policy_types, CREATE_USER_ROLES, DIRECTORY_KINDS, SCP_ENABLED,
};
use crate::members::BoundedList;
use crate::organizations::{
    self as orgs, AccountId, Email, FeatureSet, PolicyType, PolicyTypeStatus, ValidOrganization,
    ValidPolicyTypeSummary,
};
use crate::wire::Field;
use crate::workmail::{
    self as wm, CreateUserRole, DirectoryId, DirectoryKind, Domain, DomainName, Domains,
    Encryption, HostedZoneId, KmsKeyArn, MailDomain, OrgAlias, OrganizationSetup,
    OrganizationState, UserDirectory, UserId, MAX_DOMAINS,
};
use crate::{Context, Count, Validate};

type Hint = (usize, Option<usize>);

/// The hint of one `u.choose` among `n` choices.
fn choice(n: usize) -> Hint {
    let bytes = span_bytes(n.saturating_sub(1));
    (bytes, Some(bytes))
}

const NOTHING: Hint = (0, Some(0));

fn hint<'a, T: Arbitrary<'a>>() -> Hint {
    T::size_hint(0)
}

// ------------------------------------------------------------------- inputs

/// An input structure drawn member by member from its member table ([`drawn_input!`]):
/// valid, rules across members included.
trait Drawn: Sized {
    fn draw(u: &mut Unstructured<'_>) -> Result<Self>;
    fn hint() -> Hint;
}

/// A member of type `T` (as `to` stores it): present when `required`, else an `Option`.
fn member<'a, T: Arbitrary<'a>, S>(
    u: &mut Unstructured<'a>,
    required: bool,
    to: impl Fn(T) -> S,
) -> Result<Field<S>> {
    Ok(if required {
        Field::Present(to(T::arbitrary(u)?))
    } else {
        Option::<T>::arbitrary(u)?.map(to).into()
    })
}

fn member_hint<'a, T: Arbitrary<'a>>(required: bool) -> Hint {
    if required {
        hint::<T>()
    } else {
        hint::<Option<T>>()
    }
}

/// A list member of structures `E`, with at most `L::MAX` of them.
fn list<E: Drawn, L: BoundedList>(
    u: &mut Unstructured<'_>,
    required: bool,
) -> Result<Field<Vec<Field<Box<E>>>>> {
    if !required && !bool::arbitrary(u)? {
        return Ok(Field::Absent);
    }
    let n = u.int_in_range(0..=L::MAX)?;
    let elements = (0..n).map(|_| Ok(Field::Present(Box::new(E::draw(u)?))));
    Ok(Field::Present(elements.collect::<Result<_>>()?))
}

/// The hint of a list of up to `max` elements of hint `element`, behind an `Option` unless
/// `required`.
fn list_hint(max: usize, element: Hint, required: bool) -> Hint {
    let n = span_bytes(max);
    let all = (
        n,
        element.1.map(|e| n.saturating_add(e.saturating_mul(max))),
    );
    if required {
        all
    } else {
        and((1, Some(1)), or(NOTHING, all))
    }
}

/// Implements [`Drawn`] for `$input` from its member table: `for_each_…_member!(drawn_input
/// $input;)`. A member is drawn by what checks it; hand-written, keyed by the hook that
/// checks a rule across members, are what a table cannot say: the roles `CreateUser` can
/// give, and interoperability only with a directory.
macro_rules! drawn_input {
    ($input:ty; $(
        [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $req:ident,
         $kind:ident $check:ty $(, $hook_kind:ident $hook:ident $(-> $out:ty)?)?]
    )+) => {
        impl Drawn for $input {
            fn draw(u: &mut Unstructured<'_>) -> Result<Self> {
                let mut input = Self::default();
                $(
                    input.$field = drawn_input!(@draw u, $req, $kind $check, [$($elem)?] [$($hook)?])?;
                )+
                $($( drawn_input!(@rule input, $hook); )?)+
                Ok(input)
            }

            fn hint() -> Hint {
                and_all(&[$( drawn_input!(@hint $req, $kind $check, [$($elem)?] [$($hook)?]) ),+])
            }
        }
    };

    (@draw $u:ident, $req:ident, list $check:ty, [$elem:ty] [$($hook:ident)?]) => {
        list::<$elem, $check>($u, drawn_input!(@required $req))
    };
    (@draw $u:ident, $req:ident, flag $check:ty, [] [$($hook:ident)?]) => {
        member($u, drawn_input!(@required $req), |b: bool| b)
    };
    (@draw $u:ident, $req:ident, $kind:ident $check:ty, [] [role_allowed]) => {
        member($u, drawn_input!(@required $req), |r: CreateUserRole| String::from(r.as_str()))
    };
    (@draw $u:ident, $req:ident, $kind:ident $check:ty, [] [$($hook:ident)?]) => {
        member($u, drawn_input!(@required $req), |v: $check| From::from(v.as_ref()))
    };

    (@hint $req:ident, list $check:ty, [$elem:ty] [$($hook:ident)?]) => {
        list_hint(<$check>::MAX, <$elem>::hint(), drawn_input!(@required $req))
    };
    (@hint $req:ident, $kind:ident $check:ty, [] [role_allowed]) => {
        member_hint::<CreateUserRole>(drawn_input!(@required $req))
    };
    (@hint $req:ident, $kind:ident $check:ty, [] [$($hook:ident)?]) => {
        member_hint::<$check>(drawn_input!(@required $req))
    };

    (@rule $input:ident, interoperability_needs_directory) => {
        if matches!($input.directory_id, Field::Absent) {
            $input.enable_interoperability = Field::Absent;
        }
    };
    (@rule $input:ident, $hook:ident) => {};

    (@required required) => { true };
    (@required optional) => { false };
}

/// The WorkMail tables; the shapes they name resolve here.
mod workmail_tables {
    use super::*;
    use crate::workmail::*;

    crate::workmail::for_each_create_organization_member!(drawn_input CreateOrganizationInput;);
    crate::workmail::for_each_domain_member!(drawn_input DomainInput;);
    crate::workmail::for_each_create_user_member!(drawn_input CreateUserInput;);
}

/// The Organizations table; the shapes it names resolve here.
mod organizations_tables {
    use super::*;
    use crate::organizations::*;

    crate::organizations::for_each_create_organization_member!(
        drawn_input CreateOrganizationInput;
    );
}

/// `Arbitrary` from a draw and its size hint.
macro_rules! arbitrary {
    ($($ty:ty: |$u:ident| $draw:expr, $hint:expr;)+) => {$(
        impl<'a> Arbitrary<'a> for $ty {
            fn arbitrary($u: &mut Unstructured<'a>) -> Result<Self> {
                $draw
            }

            fn size_hint(_depth: usize) -> Hint {
                $hint
            }
        }
    )+};
}

/// A request from its input: valid by construction.
fn request<I: Drawn + Validate>(u: &mut Unstructured<'_>) -> Result<I::Request> {
    I::draw(u)?
        .into_request_into(&Context::new(), &mut Count::default())
        .ok_or(Error::IncorrectFormat)
}

arbitrary! {
    wm::CreateOrganizationRequest: |u| request::<wm::CreateOrganizationInput>(u),
        wm::CreateOrganizationInput::hint();
    wm::CreateUserRequest: |u| request::<wm::CreateUserInput>(u), wm::CreateUserInput::hint();
    orgs::CreateOrganizationRequest: |u| request::<orgs::CreateOrganizationInput>(u),
        orgs::CreateOrganizationInput::hint();
    Domain: |u| {
        let domain = Domain::new(DomainName::arbitrary(u)?);
        Ok(match Option::<HostedZoneId>::arbitrary(u)? {
            Some(zone) => domain.with_hosted_zone(zone),
            None => domain,
        })
    }, and(hint::<DomainName>(), hint::<Option<HostedZoneId>>());
    Domains: |u| {
        let n = u.int_in_range(0..=MAX_DOMAINS)?;
        let domains = (0..n).map(|_| Domain::arbitrary(u)).collect::<Result<Vec<_>>>()?;
        Domains::try_from_iter(domains).map_err(|_| Error::IncorrectFormat)
    }, list_hint(MAX_DOMAINS, hint::<Domain>(), true);
    UserDirectory: |u| Ok(match u.choose_index(3)? {
        0 => UserDirectory::NewWorkMailDirectory,
        1 => UserDirectory::Existing(DirectoryId::arbitrary(u)?),
        _ => UserDirectory::AdConnectorWithInteroperability(DirectoryId::arbitrary(u)?),
    }), and(choice(3), or(NOTHING, hint::<DirectoryId>()));
    Encryption: |u| Ok(Option::<KmsKeyArn>::arbitrary(u)?
        .map_or(Encryption::WorkMailManagedKey, Encryption::CustomerManagedKey)),
        hint::<Option<KmsKeyArn>>();
    MailDomain: |u| Ok(match u.choose_index(4)? {
        0 => MailDomain::ExistingRoute53 {
            domain: DomainName::arbitrary(u)?,
            hosted_zone_id: HostedZoneId::arbitrary(u)?,
        },
        1 => MailDomain::NewRoute53 { domain: DomainName::arbitrary(u)? },
        2 => MailDomain::External { domain: DomainName::arbitrary(u)? },
        _ => MailDomain::FreeTestDomain,
    }), {
        let name = hint::<DomainName>();
        and(choice(4), or_all(&[and(name, hint::<HostedZoneId>()), name, NOTHING]))
    };
    OrganizationSetup: |u| Ok(OrganizationSetup {
        alias: OrgAlias::arbitrary(u)?,
        mail_domain: MailDomain::arbitrary(u)?,
        user_directory: UserDirectory::arbitrary(u)?,
        encryption: Encryption::arbitrary(u)?,
    }), and_all(&[
        hint::<OrgAlias>(),
        hint::<MailDomain>(),
        hint::<UserDirectory>(),
        hint::<Encryption>(),
    ]);
    CreateUserRole: |u| u.choose(&CREATE_USER_ROLES).copied(), choice(CREATE_USER_ROLES.len());
    DirectoryKind: |u| u.choose(&DIRECTORY_KINDS).copied(), choice(DIRECTORY_KINDS.len());
    OrganizationState: |u| u.choose(OrganizationState::ALL).copied(),
        choice(OrganizationState::ALL.len());
    wm::CreateOrganizationResponse: |u| Ok(Self::new(&wm::OrganizationId::arbitrary(u)?)),
        hint::<wm::OrganizationId>();
    wm::CreateUserResponse: |u| Ok(Self::new(&UserId::arbitrary(u)?)), hint::<UserId>();
    ValidPolicyTypeSummary: |u| Ok(ValidPolicyTypeSummary {
        policy_type: PolicyType::arbitrary(u)?,
        status: PolicyTypeStatus::arbitrary(u)?,
    }), and(hint::<PolicyType>(), hint::<PolicyTypeStatus>());
    // A new organization, consistent in every way `check_consistency` checks: the ARNs are
    // built from the drawn ids, and the policy types follow the drawn feature set.
    ValidOrganization: |u| {
        let feature_set = FeatureSet::arbitrary(u)?;
        let id = orgs::OrganizationId::arbitrary(u)?;
        let account = AccountId::arbitrary(u)?;
        let email = Email::arbitrary(u)?;
        let policy_types = policy_types(u, feature_set)?;
        new_organization(feature_set, id, account, email, policy_types)
            .ok_or(Error::IncorrectFormat)
    }, and_all(&[
        hint::<FeatureSet>(),
        hint::<orgs::OrganizationId>(),
        hint::<AccountId>(),
        hint::<Email>(),
        policy_types_hint(),
    ]);
    orgs::Organization: |u| ValidOrganization::arbitrary(u).map(Self::from),
        hint::<ValidOrganization>();
    orgs::PolicyTypeSummary: |u| ValidPolicyTypeSummary::arbitrary(u).map(Self::from),
        hint::<ValidPolicyTypeSummary>();
    orgs::CreateOrganizationResponse: |u| ValidOrganization::arbitrary(u).map(Self::from),
        hint::<ValidOrganization>();
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
    let mut others = other_policy_types();
    let n = u.int_in_range(0..=others.len())?;
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
    let at = u.int_in_range(0..=list.len())?;
    list.insert(at.min(list.len()), SCP_ENABLED);
    Ok(Some(list))
}

fn policy_types_hint() -> Hint {
    let others = PolicyType::ALL.len().saturating_sub(1);
    let (_, status) = hint::<PolicyTypeStatus>();
    // One byte for whether the list is there; when it is, the number of other types, then for
    // each one its pick among those left and its status, then the position of service control
    // policies. The most is read when every type is listed.
    let picks = (1..=others).fold(0usize, |n, left| {
        n.saturating_add(span_bytes(left.saturating_sub(1)))
    });
    let upper = status.map(|s| {
        1usize
            .saturating_add(span_bytes(others))
            .saturating_add(picks)
            .saturating_add(s.saturating_mul(others))
            .saturating_add(span_bytes(others))
    });
    (1, upper)
}
