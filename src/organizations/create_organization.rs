//! AWS Organizations `CreateOrganization`: the request, the response, and their JSON forms.
//!
//! The request has one optional member, `FeatureSet`:
//!
//! - [`CreateOrganizationRequest`] is the checked request. It cannot hold an invalid value; its
//!   `Deserialize` refuses unknown members and values outside the enum, all reported at once.
//! - [`CreateOrganizationInput`] (with `alloc`) is a body as it arrived, nothing checked yet;
//!   [`CreateOrganizationInput::validate`] turns it into the request or reports every violation.
//!
//! The response is read as the Smithy rules for output ask: whatever AWS sends parses.
//!
//! - [`CreateOrganizationResponse`], [`Organization`] and [`PolicyTypeSummary`] hold the members
//!   unchecked; unknown members are ignored and enum values the crate does not know are kept
//!   as [`MaybeKnown::Unknown`](crate::wire::MaybeKnown::Unknown).
//! - [`CreateOrganizationResponse::validate`] / [`Organization::validate`] check every member
//!   against its shape and give a [`ValidOrganization`].
//! - [`ValidOrganization::check_consistency`] then compares the members with each other: the
//!   ids embedded in the ARNs, and the policy types against the feature set. It is a separate
//!   step because a response can be well formed and still describe an impossible organization
//!   (moto, for one, lists service control policies for consolidated-billing organizations).
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "alloc"))] {
//! use org_shapes::organizations::{CreateOrganizationInput, CreateOrganizationRequest, FeatureSet};
//!
//! let request: CreateOrganizationRequest = serde_json::from_str("{}")?;
//! assert_eq!(request.feature_set, None);
//! assert_eq!(request.effective_feature_set(), FeatureSet::All);
//! assert_eq!(serde_json::to_string(&request)?, "{}");
//!
//! let input: CreateOrganizationInput = serde_json::from_str(r#"{"FeatureSet": "all"}"#)?;
//! let violations = input.validate().unwrap_err();
//! assert_eq!(
//!     violations.to_string(),
//!     "1 validation error detected: Value 'all' at 'featureSet' failed to satisfy constraint: \
//!      Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
//! );
//! # }
//! # Ok::<(), serde_json::Error>(())
//! ```

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

#[cfg(feature = "serde")]
impl serde::Serialize for CreateOrganizationRequest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(usize::from(self.feature_set.is_some())))?;
        if let Some(f) = &self.feature_set {
            map.serialize_entry(member::FEATURE_SET, f)?;
        }
        map.end()
    }
}

/// Reads a body through [`CreateOrganizationInput::validate`]: unknown members and values
/// outside the enum are refused, every violation in one error whose text is the classic AWS
/// message; `null` means absent.
#[cfg(all(feature = "serde", feature = "alloc"))]
impl<'de> serde::Deserialize<'de> for CreateOrganizationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        CreateOrganizationInput::read_request(d)
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

#[cfg(feature = "alloc")]
impl CreateOrganizationRequest {
    fn from_valid(v: input::CreateOrganizationValid) -> Self {
        CreateOrganizationRequest {
            feature_set: v.feature_set,
        }
    }
}

#[cfg(feature = "alloc")]
pub use self::owned::*;

#[cfg(feature = "alloc")]
mod owned {
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::{CreateOrganizationInput, CreateOrganizationRequest};
    use crate::check::{self, Watch};
    use crate::organizations::{
        AccountArn, AccountId, Email, FeatureSet, OrganizationArn, OrganizationId, PolicyType,
        PolicyTypeStatus,
    };
    use crate::validate::{Context, Validate};
    use crate::violation::{Constraint, Excerpt, Path, Rule, Shown, Sink, Violation, Violations};
    use crate::wire::{Field, JsonKind, MaybeKnown, Secret};
    use crate::Error;

    impl CreateOrganizationInput {
        /// Checks the body: the feature set against its enum, and no member the model lacks.
        ///
        /// # Errors
        ///
        /// Every violation, in model order, unknown members last (in document order).
        pub fn validate(&self) -> Result<CreateOrganizationRequest, Violations> {
            self.validate_with(&Context::new())
        }

        /// As [`CreateOrganizationInput::validate`]; the request holds no text, so consuming
        /// the input saves nothing, and this is for symmetry with the WorkMail inputs.
        ///
        /// # Errors
        ///
        /// Every violation, as [`CreateOrganizationInput::validate`].
        pub fn into_request(self) -> Result<CreateOrganizationRequest, Violations> {
            self.into_request_with(Context::new())
        }
    }

    impl From<CreateOrganizationRequest> for CreateOrganizationInput {
        fn from(request: CreateOrganizationRequest) -> Self {
            CreateOrganizationInput {
                feature_set: request.feature_set.map(|f| String::from(f.as_str())).into(),
                unknown_members: Vec::new(),
            }
        }
    }

    wire_input! {
        /// A `CreateOrganization` response body as it arrived. Parsing never fails on content:
        /// check it with [`Self::validate`].
        ///
        /// ```
        /// # #[cfg(feature = "serde")] {
        /// use org_shapes::organizations::CreateOrganizationResponse;
        ///
        /// let body = r#"{"Organization": {
        ///     "Id": "o-exampleorgid",
        ///     "Arn": "arn:aws:organizations::111111111111:organization/o-exampleorgid",
        ///     "FeatureSet": "ALL",
        ///     "MasterAccountArn": "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111",
        ///     "MasterAccountId": "111111111111",
        ///     "MasterAccountEmail": "bill@example.com",
        ///     "AvailablePolicyTypes": [{"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"}]
        /// }}"#;
        /// let response: CreateOrganizationResponse = serde_json::from_str(body).unwrap();
        /// let organization = response.validate().unwrap();
        /// assert_eq!(organization.id.as_str(), "o-exampleorgid");
        ///
        /// // Parsed all the same, refused by `validate`.
        /// let response: CreateOrganizationResponse =
        ///     serde_json::from_str(r#"{"Organization": []}"#).unwrap();
        /// assert_eq!(
        ///     response.validate().unwrap_err().to_string(),
        ///     "1 validation error detected: Value at 'organization' failed to satisfy \
        ///      constraint: Member must be a structure"
        /// );
        /// # }
        /// ```
        pub struct CreateOrganizationResponse {
            /// `Organization`: the new organization.
            "Organization" => organization: Organization,
        }
    }

    wire_input! {
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
        pub struct Organization {
            /// `Id`: the organization id (`o-` and 10 to 32 lowercase letters or digits).
            "Id" => id: String,
            /// `Arn`: the organization's ARN, which embeds the management account id and `Id`.
            "Arn" => arn: String,
            /// `FeatureSet`: `ALL` or `CONSOLIDATED_BILLING`.
            "FeatureSet" => feature_set: MaybeKnown<FeatureSet>,
            /// `MasterAccountArn`: the management account's ARN.
            "MasterAccountArn" => master_account_arn: String,
            /// `MasterAccountId`: the management account's 12-digit id.
            "MasterAccountId" => master_account_id: String,
            /// `MasterAccountEmail`: the management account's email address. Sensitive: `Debug`
            /// and violations never show it.
            "MasterAccountEmail" => master_account_email: Secret,
            /// `AvailablePolicyTypes`: the policy types of the root and their status. The
            /// model marks this member deprecated; AWS still fills it at creation.
            "AvailablePolicyTypes" => available_policy_types: Vec<Field<PolicyTypeSummary>>,
        }
    }

    wire_input! {
        /// One entry of `AvailablePolicyTypes` as it arrived.
        ///
        /// ```
        /// # #[cfg(feature = "serde")] {
        /// use org_shapes::organizations::{Organization, PolicyType, PolicyTypeSummary};
        /// use org_shapes::wire::Field;
        ///
        /// let body = r#"{"Type": "TAG_POLICY", "Status": "ENABLED"}"#;
        /// let entry: PolicyTypeSummary = serde_json::from_str(body).unwrap();
        /// assert_eq!(entry.policy_type.as_ref().and_then(|t| t.known()), Some(&PolicyType::TagPolicy));
        ///
        /// // A type the crate does not know is kept as it came; validation reports it.
        /// let body = r#"{"Type": "QUANTUM_POLICY", "Status": "ENABLED"}"#;
        /// let newer: PolicyTypeSummary = serde_json::from_str(body).unwrap();
        /// assert_eq!(newer.policy_type.as_ref().map(|t| t.as_str()), Some("QUANTUM_POLICY"));
        /// let organization = Organization::default().available_policy_types(vec![Field::Present(newer)]);
        /// let violations = organization.validate().unwrap_err();
        /// assert!(violations
        ///     .iter()
        ///     .any(|v| v.path().json_pointer().to_string() == "/Organization/AvailablePolicyTypes/0/Type"));
        /// # }
        /// ```
        pub struct PolicyTypeSummary {
            /// `Type`: the policy type.
            "Type" => policy_type: MaybeKnown<PolicyType>,
            /// `Status`: whether the type is enabled.
            "Status" => status: MaybeKnown<PolicyTypeStatus>,
        }
    }

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
    pub struct ValidOrganization {
        /// The organization id.
        pub id: OrganizationId,
        /// The organization's ARN.
        pub arn: OrganizationArn,
        /// The feature set.
        pub feature_set: FeatureSet,
        /// The management account's ARN.
        pub master_account_arn: AccountArn,
        /// The management account's id.
        pub master_account_id: AccountId,
        /// The management account's email address (sensitive; `Debug` redacts it).
        pub master_account_email: Email,
        /// The policy types of the root, when the response lists them.
        pub available_policy_types: Option<Vec<ValidPolicyTypeSummary>>,
    }

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
    pub struct ValidPolicyTypeSummary {
        /// The policy type.
        pub policy_type: PolicyType,
        /// Its status.
        pub status: PolicyTypeStatus,
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
            match &self.organization {
                Field::Present(org) => org.validate_into(sink),
                Field::Absent => {
                    sink.report(Violation::required(ORGANIZATION));
                    None
                }
                Field::WrongType { found } => {
                    sink.report(Violation::wrong_type(
                        ORGANIZATION,
                        JsonKind::Object,
                        *found,
                    ));
                    None
                }
            }
        }
    }

    impl From<ValidOrganization> for CreateOrganizationResponse {
        fn from(org: ValidOrganization) -> Self {
            CreateOrganizationResponse {
                organization: Field::Present(org.into()),
                unknown_members: Vec::new(),
            }
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
            let mut watch = Watch::new(sink);
            let t = &mut watch;
            let at = ORGANIZATION;
            let id = check::text(self.id.borrowed(), || at.field("Id"), true, t);
            let arn = check::text(self.arn.borrowed(), || at.field("Arn"), true, t);
            let feature_set = check_enum(&self.feature_set, at.field("FeatureSet"), t);
            let master_account_arn = check::text(
                self.master_account_arn.borrowed(),
                || at.field("MasterAccountArn"),
                true,
                t,
            );
            let master_account_id = check::text(
                self.master_account_id.borrowed(),
                || at.field("MasterAccountId"),
                true,
                t,
            );
            let master_account_email = check::text(
                self.master_account_email.borrowed(),
                || at.field("MasterAccountEmail"),
                true,
                t,
            );
            let types_at = at.field("AvailablePolicyTypes");
            let available_policy_types = match &self.available_policy_types {
                Field::Absent => None,
                Field::WrongType { found } => {
                    t.report(Violation::wrong_type(types_at, JsonKind::Array, *found));
                    None
                }
                Field::Present(entries) => Some(
                    entries
                        .iter()
                        .enumerate()
                        .filter_map(|(i, entry)| check_entry(entry, types_at.index(i), t))
                        .collect::<Vec<_>>(),
                ),
            };
            if watch.reported() {
                return None;
            }
            // Required members are `Ok(Some(_))` when nothing was reported.
            Some(ValidOrganization {
                id: id.ok()??,
                arn: arn.ok()??,
                feature_set: feature_set?,
                master_account_arn: master_account_arn.ok()??,
                master_account_id: master_account_id.ok()??,
                master_account_email: master_account_email.ok()??,
                available_policy_types,
            })
        }
    }

    /// Checks one `AvailablePolicyTypes` entry at `at` (`…/AvailablePolicyTypes/i`).
    fn check_entry<S: Sink + ?Sized>(
        entry: &Field<PolicyTypeSummary>,
        at: Path,
        sink: &mut S,
    ) -> Option<ValidPolicyTypeSummary> {
        match entry {
            Field::Absent => {
                sink.report(Violation::required(at));
                None
            }
            Field::WrongType { found } => {
                sink.report(Violation::wrong_type(at, JsonKind::Object, *found));
                None
            }
            Field::Present(summary) => {
                let policy_type = check_enum(&summary.policy_type, at.field("Type"), sink);
                let status = check_enum(&summary.status, at.field("Status"), sink);
                Some(ValidPolicyTypeSummary {
                    policy_type: policy_type?,
                    status: status?,
                })
            }
        }
    }

    impl From<ValidOrganization> for Organization {
        fn from(org: ValidOrganization) -> Self {
            Organization {
                id: Field::Present(org.id.into()),
                arn: Field::Present(org.arn.into()),
                feature_set: Field::Present(MaybeKnown::Known(org.feature_set)),
                master_account_arn: Field::Present(org.master_account_arn.into()),
                master_account_id: Field::Present(org.master_account_id.into()),
                master_account_email: Field::Present(Secret(org.master_account_email.into())),
                available_policy_types: org
                    .available_policy_types
                    .map(|types| {
                        types
                            .into_iter()
                            .map(|t| Field::Present(t.into()))
                            .collect()
                    })
                    .into(),
                unknown_members: Vec::new(),
            }
        }
    }

    impl From<ValidPolicyTypeSummary> for PolicyTypeSummary {
        fn from(summary: ValidPolicyTypeSummary) -> Self {
            PolicyTypeSummary {
                policy_type: Field::Present(MaybeKnown::Known(summary.policy_type)),
                status: Field::Present(MaybeKnown::Known(summary.status)),
                unknown_members: Vec::new(),
            }
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
            let arn = || Shown::Excerpt(Excerpt::new(self.arn.as_str()));
            if self.arn.account_id() != self.master_account_id {
                t.report(rule(arn_at, Rule::ArnAccountMismatch, arn()));
            }
            if self.arn.organization_id() != self.id {
                t.report(rule(arn_at, Rule::ArnOrganizationMismatch, arn()));
            }
            let master_at = ORGANIZATION.field("MasterAccountArn");
            let master = || Shown::Excerpt(Excerpt::new(self.master_account_arn.as_str()));
            if self.master_account_arn.management_account_id() != self.master_account_id
                || self.master_account_arn.account_id() != self.master_account_id
            {
                t.report(rule(master_at, Rule::MasterAccountArnMismatch, master()));
            }
            if self.master_account_arn.organization_id() != self.id {
                t.report(rule(master_at, Rule::ArnOrganizationMismatch, master()));
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
                            Shown::Excerpt(Excerpt::new(entry.policy_type.as_str())),
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
                            Shown::Excerpt(Excerpt::new(e.status.as_str())),
                        )),
                        None => t.report(rule(
                            list_at,
                            Rule::ServiceControlPolicyNotEnabled,
                            Shown::Excerpt(Excerpt::new(&list_text(types))),
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
                    Shown::Excerpt(Excerpt::new(self.feature_set.as_str())),
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

    fn rule(at: Path, rule: Rule, shown: Shown) -> Violation {
        Violation::new(at, Constraint::Rule(rule), shown)
    }

    /// Checks a required enum member of a response: an unknown value is a violation here.
    fn check_enum<T, S>(field: &Field<MaybeKnown<T>>, at: Path, sink: &mut S) -> Option<T>
    where
        T: Copy + core::str::FromStr<Err = Error>,
        S: Sink + ?Sized,
    {
        match field {
            Field::Present(MaybeKnown::Known(v)) => Some(*v),
            // `Unknown` normally holds text outside the enum, but it can be built by hand.
            Field::Present(MaybeKnown::Unknown(text)) => text
                .parse::<T>()
                .map_err(|e| sink.report(Violation::shape(at, e, text)))
                .ok(),
            Field::Absent => {
                sink.report(Violation::required(at));
                None
            }
            Field::WrongType { found } => {
                sink.report(Violation::wrong_type(at, JsonKind::String, *found));
                None
            }
        }
    }
}
