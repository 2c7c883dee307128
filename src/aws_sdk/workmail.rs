//! Conversions to and from `aws-sdk-workmail` ([guide](crate#with-the-aws-sdk-for-rust)).

use alloc::boxed::Box;

use aws_sdk_workmail::operation::{create_organization as org, create_user as user};
use aws_sdk_workmail::types::{Domain as SdkDomain, UserRole as SdkUserRole};

use crate::wire::Field;
use crate::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse,
    CreateUserInput, CreateUserRequest, CreateUserResponse, DomainInput,
};

sdk_operations! {
    feature "aws-sdk-workmail";
    /// Sets every member of the fluent builder ([guide](crate#with-the-aws-sdk-for-rust)).
    WorkMailCreateOrganization: CreateOrganizationRequest, CreateOrganizationInput,
        org::CreateOrganizationInput, org::builders::CreateOrganizationInputBuilder,
        org::builders::CreateOrganizationFluentBuilder {
        directory_id / set_directory_id: value;
        alias / set_alias: value;
        client_token / set_client_token: value;
        domains / set_domains: domains;
        kms_key_arn / set_kms_key_arn: value;
        enable_interoperability / set_enable_interoperability: value;
    }

    /// As [`CreateOrganizationRequest::apply_to`], for `client.create_user()`.
    WorkMailCreateUser: CreateUserRequest, CreateUserInput, user::CreateUserInput,
        user::builders::CreateUserInputBuilder, user::builders::CreateUserFluentBuilder {
        organization_id / set_organization_id: value;
        name / set_name: value;
        display_name / set_display_name: secret;
        password / set_password: secret;
        role / set_role: text(SdkUserRole);
        first_name / set_first_name: secret;
        last_name / set_last_name: secret;
        hidden_from_global_address_list / set_hidden_from_global_address_list: value;
        identity_provider_user_id / set_identity_provider_user_id: value;
    }
}

fn domain_input(d: &SdkDomain) -> Box<DomainInput> {
    Box::new(DomainInput {
        domain_name: Field::Present(d.domain_name.clone()),
        hosted_zone_id: d.hosted_zone_id.clone().into(),
        ..Default::default()
    })
}

/// `build` refuses only a missing domain name, which a request always has.
fn sdk_domain(d: &Field<Box<DomainInput>>) -> Option<SdkDomain> {
    let d = d.as_ref()?;
    let builder = SdkDomain::builder().set_domain_name(d.domain_name.as_ref().cloned());
    builder
        .set_hosted_zone_id(d.hosted_zone_id.as_ref().cloned())
        .build()
        .ok()
}

sdk_structures! {
    org::CreateOrganizationOutput => CreateOrganizationResponse {
        organization_id / set_organization_id: value;
    }
    user::CreateUserOutput => CreateUserResponse { user_id / set_user_id: value; }
}
