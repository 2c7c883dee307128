//! Conversions to and from `aws-sdk-organizations`.
//!
//! | from | to | how |
//! |---|---|---|
//! | [`CreateOrganizationRequest`] | SDK input builder | `From`, or [`CreateOrganizationRequest::apply_to`] |
//! | SDK input (or its builder) | [`CreateOrganizationInput`] | `From`, unchecked |
//! | SDK input | [`CreateOrganizationRequest`] | `TryFrom`, with every violation |
//! | SDK output, `Organization` | [`CreateOrganizationResponse`], [`Organization`] | `From`, lenient; then `validate()` and `check_consistency()` |
//! | [`CreateOrganizationResponse`] | SDK output | `From`, for stubs in tests |
//!
//! Enum values travel as text: one only one side knows is kept (in responses as
//! [`crate::wire::MaybeKnown::Unknown`]) and reported by validation.
//!
//! ```
//! use aws_sdk_organizations::operation::create_organization::builders::CreateOrganizationInputBuilder;
//! use org_shapes::organizations::{CreateOrganizationRequest, FeatureSet};
//!
//! let request = CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling);
//! let sdk_input = CreateOrganizationInputBuilder::from(&request).build()?;
//! assert_eq!(sdk_input.feature_set().map(|f| f.as_str()), Some("CONSOLIDATED_BILLING"));
//! assert_eq!(CreateOrganizationRequest::try_from(&sdk_input)?, request);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use alloc::string::String;
use alloc::vec::Vec;

use aws_sdk_organizations::operation::create_organization::builders::{
    CreateOrganizationFluentBuilder, CreateOrganizationInputBuilder,
};
use aws_sdk_organizations::operation::create_organization::{
    CreateOrganizationInput as SdkCreateOrganizationInput,
    CreateOrganizationOutput as SdkCreateOrganizationOutput,
};
use aws_sdk_organizations::types::{
    Organization as SdkOrganization, OrganizationFeatureSet as SdkFeatureSet,
    PolicyType as SdkPolicyType, PolicyTypeStatus as SdkPolicyTypeStatus,
    PolicyTypeSummary as SdkPolicyTypeSummary,
};

use crate::organizations::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse, Organization,
    PolicyTypeSummary,
};
use crate::wire::{Field, MaybeKnown, Secret};

fn sdk_feature_set(request: &CreateOrganizationRequest) -> Option<SdkFeatureSet> {
    request.feature_set.map(|f| SdkFeatureSet::from(f.as_str()))
}

impl From<&CreateOrganizationRequest> for CreateOrganizationInputBuilder {
    /// An SDK input builder with the request's feature set, if any.
    fn from(request: &CreateOrganizationRequest) -> Self {
        SdkCreateOrganizationInput::builder().set_feature_set(sdk_feature_set(request))
    }
}

impl CreateOrganizationRequest {
    /// Sets `client.create_organization()` from this request.
    ///
    /// ```no_run
    /// use org_shapes::organizations::{CreateOrganizationRequest, FeatureSet};
    ///
    /// async fn run(client: aws_sdk_organizations::Client) -> Result<(), Box<dyn std::error::Error>> {
    ///     let request = CreateOrganizationRequest::with_feature_set(FeatureSet::All);
    ///     let output = request.apply_to(client.create_organization()).send().await?;
    ///     println!("{:?}", output.organization());
    ///     Ok(())
    /// }
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-organizations")))]
    pub fn apply_to(
        &self,
        fluent: CreateOrganizationFluentBuilder,
    ) -> CreateOrganizationFluentBuilder {
        fluent.set_feature_set(sdk_feature_set(self))
    }
}

impl From<&SdkCreateOrganizationInput> for CreateOrganizationInput {
    /// The SDK input as it would arrive, unchecked; an unknown feature set kept as text.
    fn from(input: &SdkCreateOrganizationInput) -> Self {
        CreateOrganizationInput {
            feature_set: text(input.feature_set().map(SdkFeatureSet::as_str)),
            unknown_members: Vec::new(),
        }
    }
}

sdk_input_conversions! {
    CreateOrganizationInputBuilder, SdkCreateOrganizationInput
        => CreateOrganizationInput => CreateOrganizationRequest;
}

fn text(v: Option<&str>) -> Field<String> {
    v.map(String::from).into()
}

fn maybe_known<T: core::str::FromStr>(v: Option<&str>) -> Field<MaybeKnown<T>> {
    v.map(MaybeKnown::parse).into()
}

impl From<&SdkPolicyTypeSummary> for PolicyTypeSummary {
    /// The entry as received; unknown values kept as text.
    fn from(s: &SdkPolicyTypeSummary) -> Self {
        PolicyTypeSummary {
            policy_type: maybe_known(s.r#type().map(SdkPolicyType::as_str)),
            status: maybe_known(s.status().map(SdkPolicyTypeStatus::as_str)),
            unknown_members: Vec::new(),
        }
    }
}

impl From<&SdkOrganization> for Organization {
    /// The organization as received, unchecked (absent and empty lists kept apart).
    fn from(o: &SdkOrganization) -> Self {
        Organization {
            id: text(o.id()),
            arn: text(o.arn()),
            feature_set: maybe_known(o.feature_set().map(SdkFeatureSet::as_str)),
            master_account_arn: text(o.master_account_arn()),
            master_account_id: text(o.master_account_id()),
            master_account_email: o.master_account_email().map(Secret::from).into(),
            available_policy_types: o
                .available_policy_types
                .as_ref()
                .map(|list| {
                    list.iter()
                        .map(|s| Field::Present(PolicyTypeSummary::from(s)))
                        .collect()
                })
                .into(),
            unknown_members: Vec::new(),
        }
    }
}

impl From<&SdkCreateOrganizationOutput> for CreateOrganizationResponse {
    /// The output as received, unchecked.
    fn from(output: &SdkCreateOrganizationOutput) -> Self {
        CreateOrganizationResponse {
            organization: output.organization().map(Organization::from).into(),
            unknown_members: Vec::new(),
        }
    }
}

fn sdk_policy_type_summary(s: &PolicyTypeSummary) -> SdkPolicyTypeSummary {
    SdkPolicyTypeSummary::builder()
        .set_type(
            s.policy_type
                .as_ref()
                .map(|t| SdkPolicyType::from(t.as_str())),
        )
        .set_status(
            s.status
                .as_ref()
                .map(|t| SdkPolicyTypeStatus::from(t.as_str())),
        )
        .build()
}

fn sdk_organization(o: &Organization) -> SdkOrganization {
    let owned = |f: &Field<String>| f.as_ref().cloned();
    SdkOrganization::builder()
        .set_id(owned(&o.id))
        .set_arn(owned(&o.arn))
        .set_feature_set(
            o.feature_set
                .as_ref()
                .map(|f| SdkFeatureSet::from(f.as_str())),
        )
        .set_master_account_arn(owned(&o.master_account_arn))
        .set_master_account_id(owned(&o.master_account_id))
        .set_master_account_email(o.master_account_email.as_ref().map(|e| e.0.clone()))
        .set_available_policy_types(o.available_policy_types.as_ref().map(|list| {
            list.iter()
                .filter_map(Field::as_ref)
                .map(sdk_policy_type_summary)
                .collect()
        }))
        .build()
}

impl From<&CreateOrganizationResponse> for SdkCreateOrganizationOutput {
    /// The SDK output, for stubs in tests; members of the wrong JSON type are left out.
    fn from(response: &CreateOrganizationResponse) -> Self {
        SdkCreateOrganizationOutput::builder()
            .set_organization(response.organization.as_ref().map(sdk_organization))
            .build()
    }
}
