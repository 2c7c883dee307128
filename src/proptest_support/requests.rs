//! `Arbitrary` for whole requests and responses and the other value types of the three
//! operations: each drawn by [`Drawn`](crate::layout::generate::Drawn) (a request from its input's member table), so valid by
//! construction, each reaching every variant and every optional member both present and
//! absent.

use proptest::arbitrary::Arbitrary;
use proptest::prelude::*;

use super::layouts::{drawn, tapes, Tape};
use crate::layout::generate::organization;
use crate::organizations::{self as orgs, FeatureSet, ValidOrganization};
use crate::workmail as wm;

/// Tapes for the value types: room for the longest (a `CreateOrganization` request with five
/// domains and a KMS key ARN of 2048 chars).
const CHARS: usize = 4096;

arbitrary_via! {
    wm::Domain => drawn(CHARS);
    wm::Domains => drawn(CHARS);
    wm::UserDirectory => drawn(CHARS);
    wm::Encryption => drawn(CHARS);
    wm::MailDomain => drawn(CHARS);
    wm::OrganizationSetup => drawn(CHARS);
    wm::CreateOrganizationRequest => drawn(CHARS);
    wm::CreateUserRole => drawn(CHARS);
    wm::CreateUserRequest => drawn(CHARS);
    wm::DirectoryKind => drawn(CHARS);
    wm::OrganizationState => drawn(CHARS);
    wm::CreateOrganizationResponse => drawn(CHARS);
    wm::CreateUserResponse => drawn(CHARS);
    orgs::CreateOrganizationRequest => drawn(CHARS);
    orgs::ValidPolicyTypeSummary => drawn(CHARS);
    ValidOrganization => drawn(CHARS);
    orgs::Organization => drawn(CHARS);
    orgs::PolicyTypeSummary => drawn(CHARS);
    orgs::CreateOrganizationResponse => drawn(CHARS);
}

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
    tapes(CHARS)
        .prop_filter_map("a generated ARN was refused", move |tape| {
            organization(&mut Tape::new(&tape), feature_set)
        })
        .boxed()
}
