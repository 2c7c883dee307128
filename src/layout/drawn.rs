//! Every type [`Drawn`] from choices, valid by construction: a `Tape` for `proptest`, `Bytes`
//! for `arbitrary`. Shapes come from their layouts, inputs from member tables.

use alloc::boxed::Box;
use alloc::vec::Vec;

#[cfg(feature = "arbitrary")]
use crate::arbitrary_support::{choice, list_hint, optional, policy_types_hint, Hint};
#[cfg(feature = "arbitrary")]
use arbitrary::size_hint::{and, and_all, or, or_all};

use super::generate::{build, length_range, Draw};
use crate::members::BoundedList;
use crate::organizations as orgs;
use crate::wire::Field;
use crate::workmail as wm;
use crate::{Context, Count, Validate};

/// Enabled in a new organization with all features.
pub(crate) const SCP_ENABLED: orgs::ValidPolicyTypeSummary = orgs::ValidPolicyTypeSummary {
    policy_type: orgs::PolicyType::ServiceControlPolicy,
    status: orgs::PolicyTypeStatus::Enabled,
};

pub(crate) fn other_policy_types() -> Vec<orgs::PolicyType> {
    let all = orgs::PolicyType::ALL.iter().copied();
    all.filter(|t| *t != SCP_ENABLED.policy_type).collect()
}

/// A value drawn from choices, valid by construction; `None` is a generator bug.
pub(crate) trait Drawn: Sized {
    fn draw(d: &mut impl Draw) -> Option<Self>;

    /// Least and most bytes [`Drawn::draw`] reads from `arbitrary`'s input.
    #[cfg(feature = "arbitrary")]
    fn hint() -> Hint;
}

/// `Drawn` from `$draw` and `$hint`, and through it `Arbitrary` for both features: tapes with
/// room for `$chars` chars (if not given, `VALUE_CHARS`: the longest value).
macro_rules! drawn {
    (@chars) => { crate::strategy::VALUE_CHARS };
    (@chars $chars:expr) => { $chars };
    ($($ty:ty $([$chars:expr])?: |$d:ident| $draw:expr, $hint:expr;)+) => {$(
        impl Drawn for $ty {
            fn draw($d: &mut impl Draw) -> Option<Self> {
                $draw
            }

            #[cfg(feature = "arbitrary")]
            fn hint() -> Hint {
                $hint
            }
        }

        #[cfg(feature = "proptest")]
        impl proptest::arbitrary::Arbitrary for $ty {
            type Parameters = ();
            type Strategy = proptest::strategy::BoxedStrategy<Self>;

            fn arbitrary_with((): ()) -> Self::Strategy {
                let why = "a generator produced an invalid value";
                crate::strategy::from_tapes(drawn!(@chars $($chars)?), why, |d| Self::draw(d))
            }
        }

        #[cfg(feature = "arbitrary")]
        impl<'a> arbitrary::Arbitrary<'a> for $ty {
            fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
                // Valid by construction; a generator bug is an error, not a panic.
                let d = &mut crate::arbitrary_support::Bytes(u);
                Self::draw(d).ok_or(arbitrary::Error::IncorrectFormat)
            }

            fn size_hint(_depth: usize) -> Hint {
                <Self as Drawn>::hint()
            }
        }
    )+};
}

pub(crate) fn one_of<T: Copy>(d: &mut impl Draw, values: &[T]) -> Option<T> {
    values.get(d.pick(values.len())).copied()
}

/// `value`, or (if not `required`, choice 0) none, as an `Option` or a [`Field`].
fn maybe<D: Draw, T, F: From<Option<T>>>(
    d: &mut D,
    required: bool,
    value: impl FnOnce(&mut D) -> Option<T>,
) -> Option<F> {
    let value = (required || d.pick(2) == 1).then(|| value(d));
    value.map_or(Some(None), |v| v.map(Some)).map(F::from)
}

/// Up to `max` values.
fn list<D: Draw, T>(
    d: &mut D,
    max: usize,
    mut value: impl FnMut(&mut D) -> Option<T>,
) -> Option<Vec<T>> {
    (0..d.pick(max.saturating_add(1)))
        .map(|_| value(d))
        .collect()
}

/// `Drawn` and `Arbitrary` for every shape: strings from their layouts, enums (and
/// `OrganizationState`, not a shape) as one of their values.
macro_rules! drawn_shapes {
    ($([$id:ident, $ty:ty, $kind:ident, $($rest:tt)*])*) => {$( drawn_shapes!(@ $kind, $ty); )*};
    (@ string, $ty:ty) => {
        drawn! {
            $ty [length_range(<$ty>::SHAPE, &<$ty>::LAYOUT).1]: |d| {
                let (lo, hi) = length_range(<$ty>::SHAPE, &<$ty>::LAYOUT);
                <$ty>::new(&build(&<$ty>::LAYOUT, lo, hi, d).text()).ok()
            }, crate::arbitrary_support::shape_hint(<$ty>::SHAPE, &<$ty>::LAYOUT);
        }
    };
    (@ enum, $ty:ty) => {
        drawn! { $ty [0]: |d| one_of(d, <$ty>::ALL), choice(<$ty>::ALL.len()); }
    };
}

crate::for_each_shape!(drawn_shapes);
drawn_shapes!(@ enum, wm::OrganizationState);

/// The roles `CreateUser` can give (`allowed`), or those it cannot.
pub(crate) fn user_roles(allowed: bool) -> Vec<wm::UserRole> {
    let all = wm::UserRole::ALL.iter().copied();
    all.filter(|role| wm::CreateUserRole::try_from(*role).is_ok() == allowed)
        .collect()
}

/// Every `DirectoryKind`: the match fails to compile when the enum gains a variant not listed.
const DIRECTORY_KINDS: [wm::DirectoryKind; 4] = {
    use wm::DirectoryKind::{AdConnector, ManagedMicrosoftAd, SimpleAd, WorkMail};
    let _ = |kind| match kind {
        WorkMail | SimpleAd | AdConnector | ManagedMicrosoftAd => {}
    };
    [WorkMail, SimpleAd, AdConnector, ManagedMicrosoftAd]
};

drawn! {
    wm::CreateUserRole [0]: |d| wm::CreateUserRole::try_from(one_of(d, &user_roles(true))?).ok(),
        choice(user_roles(true).len());
    wm::DirectoryKind [0]: |d| one_of(d, &DIRECTORY_KINDS), choice(DIRECTORY_KINDS.len());
}

/// [`Drawn`] from a member table, each member by what checks it or, if its hook gives one, the
/// hook's output (`CreateUser`'s roles); by hook, interoperability only with a directory.
macro_rules! drawn_input {
    ($input:ty; $(
        [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $req:ident,
         $kind:ident $check:ty $(, $hook_kind:ident $hook:ident $(-> $out:ty)?)?]
    )+) => {
        impl Drawn for $input {
            fn draw(d: &mut impl Draw) -> Option<Self> {
                let mut input = Self::default();
                $(
                    input.$field = maybe(
                        d,
                        operation_input!(@required $req),
                        drawn_input!(@draw $kind $check, [$($elem)?] [$($($out,)?)? $check]),
                    )?;
                )+
                $($( drawn_input!(@rule input, $hook); )?)+
                Some(input)
            }

            #[cfg(feature = "arbitrary")]
            fn hint() -> Hint {
                and_all(&[$(optional(
                    operation_input!(@required $req),
                    drawn_input!(@hint $kind $check, [$($elem)?] [$($($out,)?)? $check]),
                )),+])
            }
        }
    };

    (@draw list $check:ty, [$elem:ty] [$_check:ty]) => {
        |d| list(d, <$check>::MAX, |d| <$elem>::draw(d).map(|e| Field::Present(Box::new(e))))
    };
    (@draw flag $check:ty, [] [$_check:ty]) => { |d| Some(d.pick(2) == 1) };
    (@draw $kind:ident $check:ty, [] [$drawn:ty $(, $_check:ty)?]) => {
        |d| <$drawn>::draw(d).map(|v| From::from(<$check>::from(v).as_ref()))
    };

    (@hint list $check:ty, [$elem:ty] [$_check:ty]) => { list_hint(<$check>::MAX, <$elem>::hint()) };
    (@hint flag $check:ty, [] [$_check:ty]) => { choice(2) };
    (@hint $kind:ident $check:ty, [] [$drawn:ty $(, $_check:ty)?]) => { <$drawn>::hint() };

    (@rule $input:ident, interoperability_needs_directory) => {
        if matches!($input.directory_id, Field::Absent) {
            $input.enable_interoperability = Field::Absent;
        }
    };
    (@rule $input:ident, $hook:ident) => {};
}

/// Hands every input's member table to `callback!`, where the shapes it names resolve: in a
/// module per service, each table by its `for_each_…_member!`.
macro_rules! every_input_table {
    ($callback:ident) => {
        crate::layout::drawn::every_input_table! { @ $callback
            workmail: for_each_create_organization_member CreateOrganizationInput,
                for_each_domain_member DomainInput, for_each_create_user_member CreateUserInput;
            organizations: for_each_create_organization_member CreateOrganizationInput;
        }
    };
    (@ $callback:ident $($service:ident: $($each:ident $input:ident),+;)+) => {$(
        mod $service {
            use super::*;
            use crate::$service::*;

            $( crate::$service::$each!($callback $input;); )+
        }
    )+};
}
pub(crate) use every_input_table;

every_input_table!(drawn_input);

fn request<I: Drawn + Validate>(d: &mut impl Draw) -> Option<I::Request> {
    I::draw(d)?.into_request_into(&Context::new(), &mut Count::default())
}

/// A new organization with `feature_set` that passes `check_consistency`.
pub(crate) fn organization(
    d: &mut impl Draw,
    feature_set: orgs::FeatureSet,
) -> Option<orgs::ValidOrganization> {
    let (id, account, email) = (Drawn::draw(d)?, Drawn::draw(d)?, Drawn::draw(d)?);
    let available_policy_types = policy_types(d, feature_set)?;
    let arn = alloc::format!("arn:aws:organizations::{account}:organization/{id}");
    let master = alloc::format!("arn:aws:organizations::{account}:account/{id}/{account}");
    Some(orgs::ValidOrganization {
        arn: orgs::OrganizationArn::new(&arn).ok()?,
        master_account_arn: orgs::AccountArn::new(&master).ok()?,
        id,
        feature_set,
        master_account_id: account,
        master_account_email: email,
        available_policy_types,
    })
}

/// Sometimes left out: with `ALL`, [`SCP_ENABLED`] among other types, each once; else none.
fn policy_types(
    d: &mut impl Draw,
    feature_set: orgs::FeatureSet,
) -> Option<Option<Vec<orgs::ValidPolicyTypeSummary>>> {
    maybe(d, false, |d| {
        if !feature_set.supports_policies() {
            return Some(Vec::new());
        }
        let mut others = other_policy_types();
        let mut types = list(d, others.len(), |d| {
            let i = d.pick(others.len());
            let policy_type = (i < others.len()).then(|| others.remove(i))?;
            let status = Drawn::draw(d)?;
            Some(orgs::ValidPolicyTypeSummary {
                policy_type,
                status,
            })
        })?;
        let at = d.pick(types.len().saturating_add(1));
        types.insert(at.min(types.len()), SCP_ENABLED);
        Some(types)
    })
}

drawn! {
    wm::CreateOrganizationRequest: |d| request::<wm::CreateOrganizationInput>(d),
        wm::CreateOrganizationInput::hint();
    wm::CreateUserRequest: |d| request::<wm::CreateUserInput>(d), wm::CreateUserInput::hint();
    orgs::CreateOrganizationRequest: |d| request::<orgs::CreateOrganizationInput>(d),
        orgs::CreateOrganizationInput::hint();
    wm::Domain: |d| {
        let domain = wm::Domain::new(Drawn::draw(d)?);
        let zone: Option<_> = maybe(d, false, Drawn::draw)?;
        Some(zone.into_iter().fold(domain, wm::Domain::with_hosted_zone))
    }, and(wm::DomainName::hint(), optional(false, wm::HostedZoneId::hint()));
    wm::Domains: |d| wm::Domains::try_from_iter(list(d, wm::MAX_DOMAINS, Drawn::draw)?).ok(),
        list_hint(wm::MAX_DOMAINS, wm::Domain::hint());
    wm::UserDirectory: |d| Some(match d.pick(3) {
        0 => wm::UserDirectory::NewWorkMailDirectory,
        1 => wm::UserDirectory::Existing(Drawn::draw(d)?),
        _ => wm::UserDirectory::AdConnectorWithInteroperability(Drawn::draw(d)?),
    }), and(choice(3), or((0, Some(0)), wm::DirectoryId::hint()));
    wm::Encryption: |d| {
        let key: Option<_> = maybe(d, false, Drawn::draw)?;
        Some(key.map_or(wm::Encryption::WorkMailManagedKey, wm::Encryption::CustomerManagedKey))
    }, optional(false, wm::KmsKeyArn::hint());
    wm::MailDomain: |d| Some(match d.pick(4) {
        0 => wm::MailDomain::ExistingRoute53 {
            domain: Drawn::draw(d)?,
            hosted_zone_id: Drawn::draw(d)?,
        },
        1 => wm::MailDomain::NewRoute53 { domain: Drawn::draw(d)? },
        2 => wm::MailDomain::External { domain: Drawn::draw(d)? },
        _ => wm::MailDomain::FreeTestDomain,
    }), {
        let name = wm::DomainName::hint();
        and(choice(4), or_all(&[and(name, wm::HostedZoneId::hint()), name, (0, Some(0))]))
    };
    wm::OrganizationSetup: |d| Some(wm::OrganizationSetup {
        alias: Drawn::draw(d)?,
        mail_domain: Drawn::draw(d)?,
        user_directory: Drawn::draw(d)?,
        encryption: Drawn::draw(d)?,
    }), and_all(&[
        wm::OrgAlias::hint(),
        wm::MailDomain::hint(),
        wm::UserDirectory::hint(),
        wm::Encryption::hint(),
    ]);
    wm::CreateOrganizationResponse: |d| Some(Self::new(&Drawn::draw(d)?)),
        wm::OrganizationId::hint();
    wm::CreateUserResponse: |d| Some(Self::new(&Drawn::draw(d)?)), wm::UserId::hint();
    orgs::ValidPolicyTypeSummary: |d| {
        let (policy_type, status) = (Drawn::draw(d)?, Drawn::draw(d)?);
        Some(orgs::ValidPolicyTypeSummary { policy_type, status })
    }, and(orgs::PolicyType::hint(), orgs::PolicyTypeStatus::hint());
    orgs::ValidOrganization: |d| {
        let feature_set = Drawn::draw(d)?;
        organization(d, feature_set)
    }, and_all(&[
        orgs::FeatureSet::hint(),
        orgs::OrganizationId::hint(),
        orgs::AccountId::hint(),
        orgs::Email::hint(),
        policy_types_hint(),
    ]);
    orgs::Organization: |d| orgs::ValidOrganization::draw(d).map(Self::from),
        orgs::ValidOrganization::hint();
    orgs::PolicyTypeSummary: |d| orgs::ValidPolicyTypeSummary::draw(d).map(Self::from),
        orgs::ValidPolicyTypeSummary::hint();
    orgs::CreateOrganizationResponse: |d| orgs::ValidOrganization::draw(d).map(Self::from),
        orgs::ValidOrganization::hint();
}
