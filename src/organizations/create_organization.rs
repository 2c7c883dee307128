//! AWS Organizations `CreateOrganization`; responses are read as
//! [the guide](crate#read-a-response) says.

use super::FeatureSet;

/// A checked `CreateOrganization` request; `feature_set: None` asks for [`FeatureSet::All`]
/// and serializes as `{}`.
///
/// ```
/// use org_shapes::organizations::{CreateOrganizationRequest, FeatureSet};
///
/// let request = CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling);
/// assert_eq!(request.effective_feature_set(), FeatureSet::ConsolidatedBilling);
/// assert_eq!(CreateOrganizationRequest::new().effective_feature_set(), FeatureSet::All);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CreateOrganizationRequest {
    /// The feature set asked for, if any.
    pub feature_set: Option<FeatureSet>,
}

impl CreateOrganizationRequest {
    /// The `X-Amz-Target` header value.
    pub const TARGET: &'static str = "AWSOrganizationsV20161128.CreateOrganization";

    /// Leaves the feature set to the service.
    pub const fn new() -> Self {
        CreateOrganizationRequest { feature_set: None }
    }

    /// Names the feature set.
    pub const fn with_feature_set(feature_set: FeatureSet) -> Self {
        CreateOrganizationRequest {
            feature_set: Some(feature_set),
        }
    }

    /// The one asked for, else `ALL`.
    pub const fn effective_feature_set(&self) -> FeatureSet {
        match self.feature_set {
            Some(f) => f,
            None => FeatureSet::All,
        }
    }
}

operation_input! {
    mod input;
    each for_each_create_organization_member;
    /// A `CreateOrganization` request body as it arrived; [`Self::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::organizations::{CreateOrganizationInput, FeatureSet};
    ///
    /// let input = CreateOrganizationInput::default().feature_set("CONSOLIDATED_BILLING");
    /// assert_eq!(input.validate().unwrap().feature_set, Some(FeatureSet::ConsolidatedBilling));
    /// ```
    pub struct CreateOrganizationInput {
        request CreateOrganizationRequest;
    }
    [FEATURE_SET, "FeatureSet", feature_set, text, optional, shape FeatureSet]
}

for_each_create_organization_member!(
    typed_request CreateOrganizationRequest, CreateOrganizationInput, input::Valid;
);

#[cfg(feature = "alloc")]
pub use self::owned::*;

#[cfg(feature = "alloc")]
mod owned {
    use alloc::vec::Vec;

    use crate::check::Watch;
    use crate::members::{rule, Check};
    use crate::organizations::*;
    use crate::validate::Context;
    use crate::violation::{Path, Rule, Sink, Violations};

    impl From<CreateOrganizationRequest> for CreateOrganizationInput {
        fn from(request: CreateOrganizationRequest) -> Self {
            (&request).into()
        }
    }

    response_structure! {
        /// A `CreateOrganization` response as it arrived; [`Self::validate`] checks it.
        ///
        /// ```
        /// # #[cfg(feature = "serde")] {
        /// use org_shapes::organizations::CreateOrganizationResponse;
        ///
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
        pub(crate) struct ValidResponse;
        ["Organization", organization, structure(Organization), required, ValidOrganization]
    }

    response_structure! {
        /// An organization as a response has it, unchecked.
        ///
        /// ```
        /// use org_shapes::organizations::Organization;
        ///
        /// let organization = Organization::default().id("o-exampleorgid").master_account_id("1");
        /// let violations = organization.validate().unwrap_err();
        /// let pointers: Vec<String> =
        ///     violations.iter().map(|v| v.path().json_pointer().to_string()).collect();
        /// let members = ["Arn", "FeatureSet", "MasterAccountArn", "MasterAccountId", "MasterAccountEmail"];
        /// assert_eq!(pointers, members.map(|m| format!("/Organization/{m}")));
        /// ```
        pub struct Organization;
        /// A checked organization: every member required (a new organization has them all,
        /// though the model requires none) but the deprecated `AvailablePolicyTypes`.
        ///
        /// ```
        /// use org_shapes::organizations::{FeatureSet, ValidOrganization};
        ///
        /// let organization = ValidOrganization {
        ///     id: "o-exampleorgid".parse()?,
        ///     arn: "arn:aws:organizations::111111111111:organization/o-exampleorgid".parse()?,
        ///     feature_set: FeatureSet::All,
        ///     master_account_arn: "arn:aws:organizations::111111111111:account/o-exampleorgid/111111111111"
        ///         .parse()?,
        ///     master_account_id: "111111111111".parse()?,
        ///     master_account_email: "bill@example.com".parse()?,
        ///     available_policy_types: None,
        /// };
        /// assert!(organization.check_consistency().is_ok());
        /// # Ok::<(), org_shapes::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct ValidOrganization;
        ["Id", id, text, required, OrganizationId]
        ["Arn", arn, text, required, OrganizationArn]
        ["FeatureSet", feature_set, known, required, FeatureSet]
        ["MasterAccountArn", master_account_arn, text, required, AccountArn]
        ["MasterAccountId", master_account_id, text, required, AccountId]
        ["MasterAccountEmail", master_account_email, secret, required, Email]
        /// Deprecated in the model, still filled at creation.
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
        /// use org_shapes::organizations::{PolicyType, PolicyTypeStatus, ValidPolicyTypeSummary};
        ///
        /// let scp = ValidPolicyTypeSummary {
        ///     policy_type: PolicyType::ServiceControlPolicy,
        ///     status: PolicyTypeStatus::Enabled,
        /// };
        /// assert_eq!(scp.policy_type.as_str(), "SERVICE_CONTROL_POLICY");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct ValidPolicyTypeSummary;
        ["Type", policy_type, known, required, PolicyType]
        ["Status", status, known, required, PolicyTypeStatus]
    }

    const ORGANIZATION: Path = Path::member("Organization");

    impl CreateOrganizationResponse {
        /// Checks the required `Organization` as [`Organization::validate`].
        ///
        /// # Errors
        ///
        /// Every violation.
        pub fn validate(&self) -> Result<ValidOrganization, Violations> {
            Violations::new().collect(|all| self.validate_into(all))
        }

        /// [`Self::validate`] to `sink`.
        pub fn validate_into<S: Sink + ?Sized>(&self, sink: &mut S) -> Option<ValidOrganization> {
            let response = self.check(&Context::new(), || Path::ROOT, sink)?;
            Some(response.organization)
        }
    }

    impl From<ValidOrganization> for CreateOrganizationResponse {
        fn from(organization: ValidOrganization) -> Self {
            ValidResponse { organization }.into()
        }
    }

    impl Organization {
        /// Checks each member against its shape, at `/Organization/…`.
        ///
        /// # Errors
        ///
        /// Every violation, in model order, then list order.
        pub fn validate(&self) -> Result<ValidOrganization, Violations> {
            Violations::new().collect(|all| self.validate_into(all))
        }

        /// [`Self::validate`] to `sink`.
        pub fn validate_into<S: Sink + ?Sized>(&self, sink: &mut S) -> Option<ValidOrganization> {
            self.check(&Context::new(), || ORGANIZATION, sink)
        }
    }

    impl ValidOrganization {
        /// Checks that the members agree: at `Arn`, [`Rule::ArnAccountMismatch`] and
        /// [`Rule::ArnOrganizationMismatch`]; at `MasterAccountArn`,
        /// [`Rule::MasterAccountArnMismatch`] and `ArnOrganizationMismatch`; with
        /// `CONSOLIDATED_BILLING`, [`Rule::PolicyTypesContradictFeatureSet`] at each `Type`; with
        /// `ALL`, [`Rule::ServiceControlPolicyNotEnabled`] at the SCP's `Status`, or at the list
        /// without SCP. An absent list is not checked.
        ///
        /// # Errors
        ///
        /// Every disagreement, in model order, then list order.
        pub fn check_consistency(&self) -> Result<(), Violations> {
            Violations::new().collect(|all| self.check_consistency_into(all).then_some(()))
        }

        /// [`Self::check_consistency`] to `sink`; true when nothing was reported.
        pub fn check_consistency_into<S: Sink + ?Sized>(&self, sink: &mut S) -> bool {
            let mut t = Watch {
                inner: sink,
                reported: false,
            };
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
            let Some(types) = &self.available_policy_types else {
                return !t.reported;
            };
            let list_at = ORGANIZATION.field("AvailablePolicyTypes");
            if self.feature_set == FeatureSet::ConsolidatedBilling {
                for (i, entry) in types.iter().enumerate() {
                    let at = list_at.index(i).field("Type");
                    let contradicts = Rule::PolicyTypesContradictFeatureSet;
                    t.report(rule(at, contradicts, entry.policy_type.as_str()));
                }
                return !t.reported;
            }
            let mut scp = types.iter().enumerate();
            let not_enabled = Rule::ServiceControlPolicyNotEnabled;
            match scp.find(|(_, e)| e.policy_type == PolicyType::ServiceControlPolicy) {
                Some((_, e)) if e.status == PolicyTypeStatus::Enabled => {}
                Some((i, e)) => {
                    let at = list_at.index(i).field("Status");
                    t.report(rule(at, not_enabled, e.status.as_str()));
                }
                None => {
                    // `[A, B]`, as AWS prints a list.
                    let names: Vec<&str> = types.iter().map(|t| t.policy_type.as_str()).collect();
                    let list = alloc::format!("[{}]", names.join(", "));
                    t.report(rule(list_at, not_enabled, &list));
                }
            }
            !t.reported
        }

        /// Checks the feature set against the request's
        /// [effective one](CreateOrganizationRequest::effective_feature_set).
        ///
        /// # Errors
        ///
        /// [`Rule::FeatureSetNotAsRequested`] at `/Organization/FeatureSet`.
        pub fn check_against_request(
            &self,
            request: &CreateOrganizationRequest,
        ) -> Result<(), Violations> {
            let mut all = Violations::new();
            if self.feature_set != request.effective_feature_set() {
                let at = ORGANIZATION.field("FeatureSet");
                let value = self.feature_set.as_str();
                all.report(rule(at, Rule::FeatureSetNotAsRequested, value));
            }
            all.into_result(())
        }
    }
}
