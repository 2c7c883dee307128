//! AWS Organizations `CreateOrganization`: the request, the response, and their JSON forms.
//!
//! The request has one optional member, `FeatureSet`: [`CreateOrganizationRequest`] is the
//! checked request, [`CreateOrganizationInput`] (with `alloc`) a body as it arrived.
//!
//! The response is read as the Smithy rules for output ask: whatever AWS sends parses.
//! [`CreateOrganizationResponse`], [`Organization`] and [`PolicyTypeSummary`] hold the members
//! unchecked; their `validate` checks each member against its shape, and
//! [`ValidOrganization::check_consistency`] then compares the members with each other: a
//! response can be well formed and still describe an impossible organization (moto, for one,
//! lists service control policies for consolidated-billing organizations).

use super::FeatureSet;

/// A checked `CreateOrganization` request.
///
/// `feature_set: None` asks for the service default, [`FeatureSet::All`]; it stays absent when
/// serialized (`{}`), so the body says exactly what the caller said.
///
/// ```
/// use org_shapes::organizations::{CreateOrganizationRequest, FeatureSet};
///
/// let request = CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling);
/// assert_eq!(request.effective_feature_set(), FeatureSet::ConsolidatedBilling);
/// assert_eq!(CreateOrganizationRequest::new().effective_feature_set(), FeatureSet::All);
/// # #[cfg(all(feature = "serde", feature = "alloc"))] {
/// assert_eq!(serde_json::to_string(&request).unwrap(), r#"{"FeatureSet":"CONSOLIDATED_BILLING"}"#);
///
/// // Enum values are exact and case-sensitive.
/// let err = serde_json::from_str::<CreateOrganizationRequest>(r#"{"FeatureSet": "all"}"#).unwrap_err();
/// assert!(err.to_string().starts_with("1 validation error detected: Value 'all' at 'featureSet'"));
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CreateOrganizationRequest {
    /// The feature set asked for, if any.
    pub feature_set: Option<FeatureSet>,
}

impl CreateOrganizationRequest {
    /// The `X-Amz-Target` header value of the operation.
    pub const TARGET: &'static str = "AWSOrganizationsV20161128.CreateOrganization";

    /// A request that leaves the feature set to the service (`{}`).
    pub const fn new() -> Self {
        CreateOrganizationRequest { feature_set: None }
    }

    /// A request that names its feature set.
    pub const fn with_feature_set(feature_set: FeatureSet) -> Self {
        CreateOrganizationRequest {
            feature_set: Some(feature_set),
        }
    }

    /// The feature set the new organization will have: the one asked for, else `ALL`.
    pub const fn effective_feature_set(&self) -> FeatureSet {
        match self.feature_set {
            Some(f) => f,
            None => FeatureSet::All,
        }
    }
}

operation_input! {
    mod input;
    names member;
    each for_each_create_organization_member;
    /// A `CreateOrganization` request body as it arrived: the member is kept as text, of
    /// any JSON type, and unknown members are collected. [`Self::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::organizations::{CreateOrganizationInput, FeatureSet};
    ///
    /// let input = CreateOrganizationInput::default().feature_set("CONSOLIDATED_BILLING");
    /// assert_eq!(input.validate().unwrap().feature_set, Some(FeatureSet::ConsolidatedBilling));
    ///
    /// let input = CreateOrganizationInput::default().feature_set("all");
    /// assert_eq!(
    ///     input.validate().unwrap_err().to_string(),
    ///     "1 validation error detected: Value 'all' at 'featureSet' failed to satisfy \
    ///      constraint: Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
    /// );
    /// ```
    pub struct CreateOrganizationInput {
        members CreateOrganizationMembers;
        valid CreateOrganizationValid;
        state ();
        request CreateOrganizationRequest = CreateOrganizationRequest::from_valid;
    }
    /// `FeatureSet`: `ALL` or `CONSOLIDATED_BILLING`; absent means `ALL`.
    [FEATURE_SET, "FeatureSet", feature_set, text, optional, parse FeatureSet]
}

for_each_create_organization_member!(
    typed_request CreateOrganizationRequest, CreateOrganizationInput, input::CreateOrganizationValid;
);

#[cfg(feature = "alloc")]
pub use self::owned::*;

#[cfg(feature = "alloc")]
mod owned {
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::{CreateOrganizationInput, CreateOrganizationRequest};
    use crate::check::Watch;
    use crate::members::rule;
    use crate::members::Response;
    use crate::organizations::{
        AccountArn, AccountId, Email, FeatureSet, OrganizationArn, OrganizationId, PolicyType,
        PolicyTypeStatus,
    };

    use crate::violation::{Path, Rule, Sink, Violations};

    impl From<CreateOrganizationRequest> for CreateOrganizationInput {
        fn from(request: CreateOrganizationRequest) -> Self {
            (&request).into()
        }
    }

    response_structure! {
        /// A `CreateOrganization` response body as it arrived. Parsing never fails on content:
        /// check it with [`Self::validate`].
        ///
        /// ```
        /// # #[cfg(feature = "serde")] {
        /// use org_shapes::organizations::CreateOrganizationResponse;
        ///
        /// // Parsed all the same, refused by `validate` (a whole body: see the crate docs).
        /// let response: CreateOrganizationResponse =
        ///     serde_json::from_str(r#"{"Organization": []}"#).unwrap();
        /// assert_eq!(
        ///     response.validate().unwrap_err().to_string(),
        ///     "1 validation error detected: Value at 'organization' failed to satisfy \
        ///      constraint: Member must be a structure"
        /// );
        /// # }
        /// ```
        pub struct CreateOrganizationResponse;
        /// The checked response.
        pub(crate) struct ValidResponse;
        /// `Organization`: the new organization.
        ["Organization", organization, structure(Organization), required, ValidOrganization]
    }

    response_structure! {
        /// An organization as a response describes it, unchecked: members of the wrong JSON
        /// type are recorded as such, enum values the crate does not know are kept, and
        /// unknown members are collected but never reported (AWS may add members).
        ///
        /// ```
        /// use org_shapes::organizations::{FeatureSet, Organization};
        /// use org_shapes::wire::MaybeKnown;
        ///
        /// let organization = Organization::default()
        ///     .id("o-exampleorgid")
        ///     .arn("arn:aws:organizations::111111111111:organization/o-exampleorgid")
        ///     .feature_set(MaybeKnown::Known(FeatureSet::ConsolidatedBilling))
        ///     .master_account_arn(
        ///         "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111",
        ///     )
        ///     .master_account_id("111111111111")
        ///     .master_account_email("bill@example.com");
        /// let valid = organization.validate().expect("valid");
        /// assert_eq!(valid.master_account_id.as_str(), "111111111111");
        ///
        /// // A feature set the crate does not know is kept as it came, and `validate` reports it.
        /// let newer = organization.feature_set(MaybeKnown::<FeatureSet>::parse("SOME_NEW_SET"));
        /// let violations = newer.validate().unwrap_err();
        /// let pointers: Vec<String> =
        ///     violations.iter().map(|v| v.path().json_pointer().to_string()).collect();
        /// assert_eq!(pointers, ["/Organization/FeatureSet"]);
        /// ```
        pub struct Organization;
        /// A checked organization: every member present and valid for its shape.
        ///
        /// The model makes no member of `Organization` required, but an organization that has just
        /// been created has all of them; [`Organization::validate`] therefore reports a missing one,
        /// except `AvailablePolicyTypes`, which the model deprecates and which stays `None` when
        /// absent. Whether the members agree with each other is a separate question, answered by
        /// [`ValidOrganization::check_consistency`].
        ///
        /// ```
        /// use org_shapes::organizations::{
        ///     FeatureSet, PolicyType, PolicyTypeStatus, ValidOrganization, ValidPolicyTypeSummary,
        /// };
        ///
        /// let organization = ValidOrganization {
        ///     id: "o-exampleorgid".parse()?,
        ///     arn: "arn:aws:organizations::111111111111:organization/o-exampleorgid".parse()?,
        ///     feature_set: FeatureSet::All,
        ///     master_account_arn: "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111"
        ///         .parse()?,
        ///     master_account_id: "111111111111".parse()?,
        ///     master_account_email: "bill@example.com".parse()?,
        ///     available_policy_types: Some(vec![ValidPolicyTypeSummary {
        ///         policy_type: PolicyType::ServiceControlPolicy,
        ///         status: PolicyTypeStatus::Enabled,
        ///     }]),
        /// };
        /// assert!(organization.check_consistency().is_ok());
        ///
        /// // Each member is valid, but both ARNs name another management account.
        /// let other = ValidOrganization { master_account_id: "222222222222".parse()?, ..organization };
        /// let violations = other.check_consistency().unwrap_err();
        /// let pointers: Vec<String> =
        ///     violations.iter().map(|v| v.path().json_pointer().to_string()).collect();
        /// assert_eq!(pointers, ["/Organization/Arn", "/Organization/MasterAccountArn"]);
        /// # Ok::<(), org_shapes::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct ValidOrganization;
        /// `Id`: the organization id (`o-` and 10 to 32 lowercase letters or digits).
        ["Id", id, text, required, OrganizationId]
        /// `Arn`: the organization's ARN, which embeds the management account id and `Id`.
        ["Arn", arn, text, required, OrganizationArn]
        /// `FeatureSet`: `ALL` or `CONSOLIDATED_BILLING`.
        ["FeatureSet", feature_set, known, required, FeatureSet]
        /// `MasterAccountArn`: the management account's ARN.
        ["MasterAccountArn", master_account_arn, text, required, AccountArn]
        /// `MasterAccountId`: the management account's 12-digit id.
        ["MasterAccountId", master_account_id, text, required, AccountId]
        /// `MasterAccountEmail`: the management account's email address. Sensitive: `Debug`
        /// and violations never show it.
        ["MasterAccountEmail", master_account_email, secret, required, Email]
        /// `AvailablePolicyTypes`: the policy types of the root and their status. The model
        /// marks this member deprecated; AWS still fills it at creation. Checked: `None` when
        /// absent.
        ["AvailablePolicyTypes", available_policy_types, list(PolicyTypeSummary), optional,
         Vec<ValidPolicyTypeSummary>]
    }

    response_structure! {
        /// One entry of `AvailablePolicyTypes` as it arrived.
        ///
        /// ```
        /// # #[cfg(feature = "serde")] {
        /// use org_shapes::organizations::{PolicyType, PolicyTypeSummary};
        ///
        /// let body = r#"{"Type": "TAG_POLICY", "Status": "ENABLED"}"#;
        /// let entry: PolicyTypeSummary = serde_json::from_str(body).unwrap();
        /// assert_eq!(entry.policy_type.as_ref().and_then(|t| t.known()), Some(&PolicyType::TagPolicy));
        /// # }
        /// ```
        pub struct PolicyTypeSummary;
        /// A checked entry of `AvailablePolicyTypes`.
        ///
        /// ```
        /// use org_shapes::organizations::{
        ///     PolicyType, PolicyTypeStatus, PolicyTypeSummary, ValidPolicyTypeSummary,
        /// };
        ///
        /// let scp = ValidPolicyTypeSummary {
        ///     policy_type: PolicyType::ServiceControlPolicy,
        ///     status: "ENABLED".parse()?,
        /// };
        /// assert_eq!(scp.status, PolicyTypeStatus::Enabled);
        /// # #[cfg(feature = "serde")]
        /// assert_eq!(
        ///     serde_json::to_string(&PolicyTypeSummary::from(scp)).unwrap(),
        ///     r#"{"Type":"SERVICE_CONTROL_POLICY","Status":"ENABLED"}"#
        /// );
        /// // Only the enums' values fit: a status in other case is refused.
        /// assert!("enabled".parse::<PolicyTypeStatus>().is_err());
        /// # Ok::<(), org_shapes::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct ValidPolicyTypeSummary;
        /// `Type`: the policy type.
        ["Type", policy_type, known, required, PolicyType]
        /// `Status`: whether the type is enabled.
        ["Status", status, known, required, PolicyTypeStatus]
    }

    const ORGANIZATION: Path = Path::member("Organization");

    impl CreateOrganizationResponse {
        /// Checks the response: `Organization` must be present and valid (see
        /// [`Organization::validate`]). Consistency is not checked here.
        ///
        /// # Errors
        ///
        /// Every violation, with paths such as `/Organization/AvailablePolicyTypes/0/Type`.
        pub fn validate(&self) -> Result<ValidOrganization, Violations> {
            Violations::collect(|all| self.validate_into(all))
        }

        /// As [`Self::validate`], handing each violation to `sink`.
        pub fn validate_into<S: Sink + ?Sized>(&self, sink: &mut S) -> Option<ValidOrganization> {
            Some(self.check_at(Path::ROOT, sink)?.organization)
        }
    }

    impl From<ValidOrganization> for CreateOrganizationResponse {
        fn from(organization: ValidOrganization) -> Self {
            ValidResponse { organization }.into()
        }
    }

    impl Organization {
        /// Checks each member against its shape; paths start at `/Organization`, as in a
        /// `CreateOrganization` (or `DescribeOrganization`) response.
        ///
        /// Every member but `AvailablePolicyTypes` must be present; in each policy type entry,
        /// both `Type` and `Status` must be. An enum value the crate does not know is reported
        /// like any value outside the model's enum. Unknown members are not reported.
        ///
        /// # Errors
        ///
        /// Every violation, in model order, then list order.
        pub fn validate(&self) -> Result<ValidOrganization, Violations> {
            Violations::collect(|all| self.validate_into(all))
        }

        /// As [`Self::validate`], handing each violation to `sink`.
        pub fn validate_into<S: Sink + ?Sized>(&self, sink: &mut S) -> Option<ValidOrganization> {
            self.check_at(ORGANIZATION, sink)
        }
    }

    impl ValidOrganization {
        /// Compares the members with each other, as a new organization's must agree:
        ///
        /// - `Arn` must embed `MasterAccountId` ([`Rule::ArnAccountMismatch`]) and `Id`
        ///   ([`Rule::ArnOrganizationMismatch`]);
        /// - `MasterAccountArn` must name `MasterAccountId`, both as the organization's owner
        ///   and as the account ([`Rule::MasterAccountArnMismatch`]), and embed `Id`
        ///   ([`Rule::ArnOrganizationMismatch`]);
        /// - with `CONSOLIDATED_BILLING`, no policy type is available: each listed type is
        ///   reported at its `Type` ([`Rule::PolicyTypesContradictFeatureSet`]);
        /// - with `ALL`, a new organization has service control policies enabled: the list
        ///   must hold `SERVICE_CONTROL_POLICY` with status `ENABLED`
        ///   ([`Rule::ServiceControlPolicyNotEnabled`], at the entry's `Status` when the type
        ///   is listed with another status, else at the list).
        ///
        /// Nothing is checked about policy types when the response leaves the (deprecated)
        /// list out.
        ///
        /// # Errors
        ///
        /// Every disagreement, in model order, then list order.
        pub fn check_consistency(&self) -> Result<(), Violations> {
            let mut all = Violations::new();
            self.check_consistency_into(&mut all);
            all.into_result(())
        }

        /// As [`Self::check_consistency`], handing each violation to `sink`; returns whether
        /// there was none.
        pub fn check_consistency_into<S: Sink + ?Sized>(&self, sink: &mut S) -> bool {
            let mut t = Watch::new(sink);
            let arn_at = ORGANIZATION.field("Arn");
            let arn = self.arn.as_str();
            if self.arn.account_id() != self.master_account_id {
                t.report(rule(arn_at, Rule::ArnAccountMismatch, arn));
            }
            if self.arn.organization_id() != self.id {
                t.report(rule(arn_at, Rule::ArnOrganizationMismatch, arn));
            }
            let master_at = ORGANIZATION.field("MasterAccountArn");
            let master = self.master_account_arn.as_str();
            if self.master_account_arn.management_account_id() != self.master_account_id
                || self.master_account_arn.account_id() != self.master_account_id
            {
                t.report(rule(master_at, Rule::MasterAccountArnMismatch, master));
            }
            if self.master_account_arn.organization_id() != self.id {
                t.report(rule(master_at, Rule::ArnOrganizationMismatch, master));
            }
            if let Some(types) = &self.available_policy_types {
                self.check_policy_types(types, &mut t);
            }
            !t.reported()
        }

        fn check_policy_types<S: Sink + ?Sized>(
            &self,
            types: &[ValidPolicyTypeSummary],
            t: &mut S,
        ) {
            let list_at = ORGANIZATION.field("AvailablePolicyTypes");
            match self.feature_set {
                FeatureSet::ConsolidatedBilling => {
                    for (i, entry) in types.iter().enumerate() {
                        t.report(rule(
                            list_at.index(i).field("Type"),
                            Rule::PolicyTypesContradictFeatureSet,
                            entry.policy_type.as_str(),
                        ));
                    }
                }
                _ => {
                    let scp = types
                        .iter()
                        .enumerate()
                        .find(|(_, e)| e.policy_type == PolicyType::ServiceControlPolicy);
                    match scp {
                        Some((_, e)) if e.status == PolicyTypeStatus::Enabled => {}
                        Some((i, e)) => t.report(rule(
                            list_at.index(i).field("Status"),
                            Rule::ServiceControlPolicyNotEnabled,
                            e.status.as_str(),
                        )),
                        None => t.report(rule(
                            list_at,
                            Rule::ServiceControlPolicyNotEnabled,
                            &list_text(types),
                        )),
                    }
                }
            }
        }

        /// Compares the organization with the request that created it: its feature set must be
        /// the request's effective one (`ALL` when the request named none). Reported at
        /// `/Organization/FeatureSet` as [`Rule::FeatureSetNotAsRequested`].
        ///
        /// # Errors
        ///
        /// The violation, when the feature sets differ.
        pub fn check_against_request(
            &self,
            request: &CreateOrganizationRequest,
        ) -> Result<(), Violations> {
            let mut all = Violations::new();
            if self.feature_set != request.effective_feature_set() {
                all.report(rule(
                    ORGANIZATION.field("FeatureSet"),
                    Rule::FeatureSetNotAsRequested,
                    self.feature_set.as_str(),
                ));
            }
            all.into_result(())
        }
    }

    /// The policy types of a list as `[A, B]`, the way AWS prints a list value.
    fn list_text(types: &[ValidPolicyTypeSummary]) -> String {
        let mut out = String::from("[");
        for (i, t) in types.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(t.policy_type.as_str());
        }
        out.push(']');
        out
    }
}
