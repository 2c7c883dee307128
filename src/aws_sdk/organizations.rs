//! Conversions to and from `aws-sdk-organizations` ([guide](crate#with-the-aws-sdk-for-rust)).

use aws_sdk_organizations::operation::create_organization::{self as operation, builders};
use aws_sdk_organizations::types as sdk;

use crate::organizations::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse, Organization,
    PolicyTypeSummary,
};
use crate::wire::Field;

sdk_operations! {
    feature "aws-sdk-organizations";
    /// Sets every member of the fluent builder ([guide](crate#with-the-aws-sdk-for-rust)).
    OrganizationsCreateOrganization: CreateOrganizationRequest, CreateOrganizationInput,
        operation::CreateOrganizationInput, builders::CreateOrganizationInputBuilder,
        builders::CreateOrganizationFluentBuilder {
        feature_set / set_feature_set: text(sdk::OrganizationFeatureSet);
    }
}

sdk_structures! {
    operation::CreateOrganizationOutput => CreateOrganizationResponse {
        organization / set_organization: structure;
    }
    sdk::Organization => Organization {
        id / set_id: value;
        arn / set_arn: value;
        feature_set / set_feature_set: known(sdk::OrganizationFeatureSet);
        master_account_arn / set_master_account_arn: value;
        master_account_id / set_master_account_id: value;
        master_account_email / set_master_account_email: secret;
        available_policy_types / set_available_policy_types: list;
    }
    sdk::PolicyTypeSummary => PolicyTypeSummary {
        policy_type = r#type / set_type: known(sdk::PolicyType);
        status / set_status: known(sdk::PolicyTypeStatus);
    }
}
