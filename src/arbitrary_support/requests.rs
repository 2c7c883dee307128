//! `arbitrary::Arbitrary` for whole requests and responses and the other value types of the
//! three operations, each drawn by [`Drawn`] from the fuzzer's bytes, so valid by
//! construction.
//!
//! Each choice reads a known number of bytes (one per optional member, one per variant
//! choice, one per list length), so the size hints are the sums of the members' hints, and a
//! short input still gives a value: every draw then takes its smallest choice.

use arbitrary::size_hint::{and, and_all, or, or_all};

use crate::layout::generate::{
    choice, hint, list_hint, other_policy_types, Drawn, InputHint, CREATE_USER_ROLES,
    DIRECTORY_KINDS,
};
use crate::organizations::{self as orgs, FeatureSet, PolicyTypeStatus, ValidOrganization};
use crate::workmail::{self as wm, DirectoryId, DomainName, HostedZoneId, KmsKeyArn, MAX_DOMAINS};

arbitrary! {
    wm::CreateOrganizationRequest => wm::CreateOrganizationInput::hint();
    wm::CreateUserRequest => wm::CreateUserInput::hint();
    orgs::CreateOrganizationRequest => orgs::CreateOrganizationInput::hint();
    wm::Domain => and(hint::<DomainName>(), hint::<Option<HostedZoneId>>());
    wm::Domains => list_hint(MAX_DOMAINS, hint::<wm::Domain>(), true);
    wm::UserDirectory => and(choice(3), or((0, Some(0)), hint::<DirectoryId>()));
    wm::Encryption => hint::<Option<KmsKeyArn>>();
    wm::MailDomain => {
        let name = hint::<DomainName>();
        and(choice(4), or_all(&[and(name, hint::<HostedZoneId>()), name, (0, Some(0))]))
    };
    wm::OrganizationSetup => and_all(&[
        hint::<wm::OrgAlias>(),
        hint::<wm::MailDomain>(),
        hint::<wm::UserDirectory>(),
        hint::<wm::Encryption>(),
    ]);
    wm::CreateUserRole => choice(CREATE_USER_ROLES.len());
    wm::DirectoryKind => choice(DIRECTORY_KINDS.len());
    wm::OrganizationState => choice(wm::OrganizationState::ALL.len());
    wm::CreateOrganizationResponse => hint::<wm::OrganizationId>();
    wm::CreateUserResponse => hint::<wm::UserId>();
    orgs::ValidPolicyTypeSummary => and(hint::<orgs::PolicyType>(), hint::<PolicyTypeStatus>());
    ValidOrganization => and_all(&[
        hint::<FeatureSet>(),
        hint::<orgs::OrganizationId>(),
        hint::<orgs::AccountId>(),
        hint::<orgs::Email>(),
        policy_types_hint(),
    ]);
    orgs::Organization => hint::<ValidOrganization>();
    orgs::PolicyTypeSummary => hint::<orgs::ValidPolicyTypeSummary>();
    orgs::CreateOrganizationResponse => hint::<ValidOrganization>();
}

/// The hint of a new organization's policy types (see `generate::policy_types`): one byte for
/// whether the list is there; when it is, the number of other types, then for each one its
/// pick among those left and its status, then the position of service control policies. The
/// most is read when every type is listed.
fn policy_types_hint() -> (usize, Option<usize>) {
    let others = other_policy_types().len();
    let (_, status) = hint::<PolicyTypeStatus>();
    let picks = (1..=others).fold(0usize, |n, left| n.saturating_add(choice(left).0));
    let upper = status.map(|s| {
        1usize
            .saturating_add(choice(others.saturating_add(1)).0)
            .saturating_add(picks)
            .saturating_add(s.saturating_mul(others))
            .saturating_add(choice(others.saturating_add(1)).0)
    });
    (1, upper)
}
