//! Conversions to and from `aws-sdk-workmail`.
//!
//! | from | to | how |
//! |---|---|---|
//! | [`CreateOrganizationRequest`], [`CreateUserRequest`] | SDK input builders | `From` (never fails, loses nothing), or `apply_to` on the fluent builder |
//! | SDK inputs (or their builders) | [`CreateOrganizationInput`], [`CreateUserInput`] | `From`, unchecked, as given |
//! | SDK inputs | [`CreateOrganizationRequest`], [`CreateUserRequest`] | `TryFrom`, with every violation |
//! | SDK outputs | [`CreateOrganizationResponse`], [`CreateUserResponse`] | `From`, lenient; then `validate()` |
//! | those responses | SDK outputs | `From`, for stubs in tests |
//!
//! ```
//! use aws_sdk_workmail::operation::create_user::builders::CreateUserInputBuilder;
//! use org_shapes::workmail::{CreateUserInput, CreateUserRequest};
//!
//! let request = CreateUserRequest::builder(
//!     "m-0123456789abcdef0123456789abcdef".parse()?,
//!     "jdoe".parse()?,
//!     "Jane Doe".parse()?,
//! )
//! .build();
//!
//! let sdk_input = CreateUserInputBuilder::from(&request).build()?;
//! assert_eq!(sdk_input.name(), Some("jdoe"));
//!
//! assert_eq!(CreateUserInput::from(&sdk_input).validate()?, request);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use aws_sdk_workmail::operation::create_organization::builders::{
    CreateOrganizationFluentBuilder, CreateOrganizationInputBuilder,
};
use aws_sdk_workmail::operation::create_organization::{
    CreateOrganizationInput as SdkCreateOrganizationInput,
    CreateOrganizationOutput as SdkCreateOrganizationOutput,
};
use aws_sdk_workmail::operation::create_user::builders::{
    CreateUserFluentBuilder, CreateUserInputBuilder,
};
use aws_sdk_workmail::operation::create_user::{
    CreateUserInput as SdkCreateUserInput, CreateUserOutput as SdkCreateUserOutput,
};
use aws_sdk_workmail::types::{Domain as SdkDomain, UserRole as SdkUserRole};

use crate::wire::Field;
use crate::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse,
    CreateUserInput, CreateUserRequest, CreateUserResponse, DomainInput,
};

fn sdk_domains(request: &CreateOrganizationRequest) -> Option<Vec<SdkDomain>> {
    if request.domains().is_empty() {
        return None;
    }
    Some(
        request
            .domains()
            .iter()
            // `build` refuses only a missing domain name, always set here.
            .filter_map(|d| {
                SdkDomain::builder()
                    .domain_name(d.domain_name().as_str())
                    .set_hosted_zone_id(d.hosted_zone_id().map(|z| z.as_str().into()))
                    .build()
                    .ok()
            })
            .collect(),
    )
}

/// Sets every member of an SDK input or fluent builder from a request;
/// `EnableInteroperability` only when true, as in the request's JSON.
macro_rules! set_create_organization {
    ($builder:expr, $request:expr) => {{
        let request: &CreateOrganizationRequest = $request;
        let directory = request.directory();
        $builder
            .set_directory_id(directory.directory_id().map(|id| id.as_str().into()))
            .alias(request.alias().as_str())
            .set_client_token(request.client_token().map(|t| t.as_str().into()))
            .set_domains(sdk_domains(request))
            .set_kms_key_arn(request.kms_key_arn().map(|k| k.as_str().into()))
            .set_enable_interoperability(directory.interoperability_enabled().then_some(true))
    }};
}

/// As `set_create_organization!`, for `CreateUser`.
macro_rules! set_create_user {
    ($builder:expr, $request:expr) => {{
        let request: &CreateUserRequest = $request;
        let text = |v: Option<&str>| v.map(String::from);
        $builder
            .organization_id(request.organization_id().as_str())
            .name(request.name().as_str())
            .display_name(request.display_name().as_str())
            .set_password(text(request.password().map(|p| p.as_str())))
            .set_role(request.role().map(|r| SdkUserRole::from(r.as_str())))
            .set_first_name(text(request.first_name().map(|v| v.as_str())))
            .set_last_name(text(request.last_name().map(|v| v.as_str())))
            .set_hidden_from_global_address_list(request.hidden_from_global_address_list())
            .set_identity_provider_user_id(text(
                request.identity_provider_user_id().map(|v| v.as_str()),
            ))
    }};
}

impl From<&CreateOrganizationRequest> for CreateOrganizationInputBuilder {
    fn from(request: &CreateOrganizationRequest) -> Self {
        set_create_organization!(SdkCreateOrganizationInput::builder(), request)
    }
}

impl From<&CreateUserRequest> for CreateUserInputBuilder {
    fn from(request: &CreateUserRequest) -> Self {
        set_create_user!(SdkCreateUserInput::builder(), request)
    }
}

impl CreateOrganizationRequest {
    /// Sets every member of `client.create_organization()` from this request.
    ///
    /// ```no_run
    /// use org_shapes::workmail::{CreateOrganizationRequest, CreateUserRequest};
    ///
    /// async fn run(client: aws_sdk_workmail::Client) -> Result<(), Box<dyn std::error::Error>> {
    ///     let request = CreateOrganizationRequest::builder("acme".parse()?).build();
    ///     let output = request.apply_to(client.create_organization()).send().await?;
    ///     let id = output.organization_id().unwrap_or_default().parse()?;
    ///     let user = CreateUserRequest::builder(id, "jdoe".parse()?, "Jane".parse()?).build();
    ///     user.apply_to(client.create_user()).send().await?;
    ///     Ok(())
    /// }
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-workmail")))]
    pub fn apply_to(
        &self,
        fluent: CreateOrganizationFluentBuilder,
    ) -> CreateOrganizationFluentBuilder {
        set_create_organization!(fluent, self)
    }
}

impl CreateUserRequest {
    /// As [`CreateOrganizationRequest::apply_to`], for `client.create_user()`.
    #[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-workmail")))]
    pub fn apply_to(&self, fluent: CreateUserFluentBuilder) -> CreateUserFluentBuilder {
        set_create_user!(fluent, self)
    }
}

fn field<T: for<'a> From<&'a str>>(v: Option<&str>) -> Field<T> {
    v.map(T::from).into()
}

fn domain_input(d: &SdkDomain) -> Field<Box<DomainInput>> {
    Field::Present(Box::new(DomainInput {
        domain_name: Field::Present(d.domain_name().into()),
        hosted_zone_id: field(d.hosted_zone_id()),
        unknown_members: Vec::new(),
    }))
}

impl From<&SdkCreateOrganizationInput> for CreateOrganizationInput {
    /// The SDK input as it would arrive, unchecked (an empty `Domains` list included).
    fn from(input: &SdkCreateOrganizationInput) -> Self {
        CreateOrganizationInput {
            directory_id: field(input.directory_id()),
            alias: field(input.alias()),
            client_token: field(input.client_token()),
            domains: input
                .domains
                .as_ref()
                .map(|list| list.iter().map(domain_input).collect())
                .into(),
            kms_key_arn: field(input.kms_key_arn()),
            enable_interoperability: input.enable_interoperability().into(),
            unknown_members: Vec::new(),
        }
    }
}

impl From<&SdkCreateUserInput> for CreateUserInput {
    /// The SDK input as it would arrive, unchecked; an unknown role is kept as text.
    fn from(input: &SdkCreateUserInput) -> Self {
        CreateUserInput {
            organization_id: field(input.organization_id()),
            name: field(input.name()),
            display_name: field(input.display_name()),
            password: field(input.password()),
            role: field(input.role().map(SdkUserRole::as_str)),
            first_name: field(input.first_name()),
            last_name: field(input.last_name()),
            hidden_from_global_address_list: input.hidden_from_global_address_list().into(),
            identity_provider_user_id: field(input.identity_provider_user_id()),
            unknown_members: Vec::new(),
        }
    }
}

sdk_input_conversions! {
    CreateOrganizationInputBuilder, SdkCreateOrganizationInput
        => CreateOrganizationInput => CreateOrganizationRequest;
    CreateUserInputBuilder, SdkCreateUserInput => CreateUserInput => CreateUserRequest;
}

macro_rules! output_conversions {
    ($($sdk_output:ty => $response:ty { $member:ident, $set:ident },)+) => {$(
        impl From<&$sdk_output> for $response {
            /// The output as received, unchecked.
            fn from(output: &$sdk_output) -> Self {
                Self { $member: output.$member().map(String::from) }
            }
        }

        impl From<&$response> for $sdk_output {
            /// The SDK output, for stubs in tests.
            fn from(response: &$response) -> Self {
                <$sdk_output>::builder().$set(response.$member.clone()).build()
            }
        }
    )+};
}

output_conversions! {
    SdkCreateOrganizationOutput => CreateOrganizationResponse {
        organization_id,
        set_organization_id
    },
    SdkCreateUserOutput => CreateUserResponse { user_id, set_user_id },
}
