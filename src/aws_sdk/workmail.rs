//! Conversions between this crate's WorkMail types and those of `aws-sdk-workmail`.
//!
//! | from | to | how |
//! |---|---|---|
//! | [`CreateOrganizationRequest`] | SDK `CreateOrganizationInputBuilder` | `From`, or [`CreateOrganizationRequest::apply_to`] on the client's fluent builder |
//! | [`CreateUserRequest`] | SDK `CreateUserInputBuilder` | `From`, or [`CreateUserRequest::apply_to`] |
//! | SDK `CreateOrganizationInput` (or its builder) | [`CreateOrganizationInput`] | `From`, unchecked; then `validate()` |
//! | SDK `CreateUserInput` (or its builder) | [`CreateUserInput`] | `From`, unchecked; then `validate()` |
//! | SDK `CreateOrganizationInput` | [`CreateOrganizationRequest`] | `TryFrom`, with every violation |
//! | SDK `CreateUserInput` | [`CreateUserRequest`] | `TryFrom`, with every violation |
//! | SDK outputs | [`CreateOrganizationResponse`], [`CreateUserResponse`] | `From`, lenient; then `validate()` |
//! | [`CreateOrganizationResponse`], [`CreateUserResponse`] | SDK outputs | `From`, for stubs in tests |
//!
//! Going from a request of this crate to the SDK never fails and loses nothing: every member
//! of the request has a setter of the same name in the SDK. Going the other way keeps every
//! member as it was given, so that validation sees exactly what the SDK would send.
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
//! // And back, through the same validation as a body that arrived on the wire.
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

use crate::wire::{Field, Secret};
use crate::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateOrganizationResponse,
    CreateUserInput, CreateUserRequest, CreateUserResponse, DomainInput,
};
use crate::Violations;

// ---------------------------------------------------------------------------------------------
// CreateOrganization
// ---------------------------------------------------------------------------------------------

/// The request's domains as SDK values, in order.
fn sdk_domains(request: &CreateOrganizationRequest) -> Option<Vec<SdkDomain>> {
    if request.domains().is_empty() {
        return None;
    }
    Some(
        request
            .domains()
            .iter()
            // `build` refuses only a missing domain name, which is always set here, so no
            // domain is ever left out.
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

impl From<&CreateOrganizationRequest> for CreateOrganizationInputBuilder {
    /// An SDK input builder with every member of the request set; `EnableInteroperability`
    /// is set only when it is true, as in the request's JSON form.
    fn from(request: &CreateOrganizationRequest) -> Self {
        let directory = request.directory();
        SdkCreateOrganizationInput::builder()
            .set_directory_id(directory.directory_id().map(|id| id.as_str().into()))
            .alias(request.alias().as_str())
            .set_client_token(request.client_token().map(|t| t.as_str().into()))
            .set_domains(sdk_domains(request))
            .set_kms_key_arn(request.kms_key_arn().map(|k| k.as_str().into()))
            .set_enable_interoperability(directory.interoperability_enabled().then_some(true))
    }
}

impl CreateOrganizationRequest {
    /// Sets every member of the SDK's fluent builder (`client.create_organization()`) from
    /// this request, replacing whatever it held, so the call sends this request:
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use aws_sdk_workmail as wm;
    /// # let response = http::Response::builder()
    /// #     .status(200)
    /// #     .header("content-type", "application/x-amz-json-1.1")
    /// #     .body(aws_smithy_types::body::SdkBody::from(r#"{"OrganizationId":"m-0123456789abcdef0123456789abcdef"}"#))?;
    /// # // The SDK's capturing HTTP client: records the request, answers `response`, no network.
    /// # let (http_client, requests) =
    /// #     aws_smithy_http_client::test_util::capture_request(Some(response));
    /// # let config = wm::Config::builder()
    /// #     .behavior_version(wm::config::BehaviorVersion::latest())
    /// #     .region(wm::config::Region::new("eu-west-1"))
    /// #     .credentials_provider(wm::config::Credentials::new("AKID", "secret", None, None, "doc"))
    /// #     .http_client(http_client)
    /// #     .retry_config(wm::config::retry::RetryConfig::disabled())
    /// #     .timeout_config(wm::config::timeout::TimeoutConfig::disabled())
    /// #     .stalled_stream_protection(wm::config::StalledStreamProtectionConfig::disabled())
    /// #     .identity_cache(wm::config::IdentityCache::no_cache())
    /// #     .build();
    /// use org_shapes::workmail::CreateOrganizationRequest;
    ///
    /// async fn run(client: aws_sdk_workmail::Client) -> Result<(), Box<dyn std::error::Error>> {
    ///     let request = CreateOrganizationRequest::builder("acme".parse()?).build();
    ///     let output = request.apply_to(client.create_organization()).send().await?;
    ///     assert!(output.organization_id().is_some());
    ///     Ok(())
    /// }
    /// # tokio::runtime::Builder::new_current_thread().build()?.block_on(run(wm::Client::from_conf(config)))?;
    /// # let sent = requests.expect_request();
    /// # let body: serde_json::Value = serde_json::from_slice(sent.body().bytes().unwrap_or_default())?;
    /// # assert_eq!(body["Alias"], "acme"); // and a `ClientToken` the SDK generated
    /// # Ok(()) }
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-workmail")))]
    pub fn apply_to(
        &self,
        fluent: CreateOrganizationFluentBuilder,
    ) -> CreateOrganizationFluentBuilder {
        let directory = self.directory();
        fluent
            .set_directory_id(directory.directory_id().map(|id| id.as_str().into()))
            .alias(self.alias().as_str())
            .set_client_token(self.client_token().map(|t| t.as_str().into()))
            .set_domains(sdk_domains(self))
            .set_kms_key_arn(self.kms_key_arn().map(|k| k.as_str().into()))
            .set_enable_interoperability(directory.interoperability_enabled().then_some(true))
    }
}

fn text(v: Option<&str>) -> Field<String> {
    v.map(String::from).into()
}

fn domain_input(d: &SdkDomain) -> Field<Box<DomainInput>> {
    Field::Present(Box::new(DomainInput {
        domain_name: Field::Present(d.domain_name().into()),
        hosted_zone_id: text(d.hosted_zone_id()),
        unknown_members: Vec::new(),
    }))
}

impl From<&SdkCreateOrganizationInput> for CreateOrganizationInput {
    /// The SDK input as it would arrive, unchecked: each member the SDK would send is present
    /// with its value, an empty `Domains` list included.
    fn from(input: &SdkCreateOrganizationInput) -> Self {
        CreateOrganizationInput {
            directory_id: text(input.directory_id()),
            alias: text(input.alias()),
            client_token: text(input.client_token()),
            domains: input
                .domains
                .as_ref()
                .map(|list| list.iter().map(domain_input).collect())
                .into(),
            kms_key_arn: text(input.kms_key_arn()),
            enable_interoperability: input.enable_interoperability().into(),
            unknown_members: Vec::new(),
        }
    }
}

impl From<&CreateOrganizationInputBuilder> for CreateOrganizationInput {
    /// What the builder holds, unchecked, so a call can be validated before it is built or
    /// sent (`CreateOrganizationInput::from(fluent.as_input())`).
    fn from(b: &CreateOrganizationInputBuilder) -> Self {
        CreateOrganizationInput {
            directory_id: b.get_directory_id().clone().into(),
            alias: b.get_alias().clone().into(),
            client_token: b.get_client_token().clone().into(),
            domains: b
                .get_domains()
                .as_ref()
                .map(|list| list.iter().map(domain_input).collect())
                .into(),
            kms_key_arn: b.get_kms_key_arn().clone().into(),
            enable_interoperability: (*b.get_enable_interoperability()).into(),
            unknown_members: Vec::new(),
        }
    }
}

impl TryFrom<&SdkCreateOrganizationInput> for CreateOrganizationRequest {
    type Error = Violations;

    /// Validates the SDK input; see [`CreateOrganizationInput::validate`].
    fn try_from(input: &SdkCreateOrganizationInput) -> Result<Self, Violations> {
        CreateOrganizationInput::from(input).into_request()
    }
}

impl From<&SdkCreateOrganizationOutput> for CreateOrganizationResponse {
    /// The output as received, unchecked; [`CreateOrganizationResponse::validate`] checks it.
    fn from(output: &SdkCreateOrganizationOutput) -> Self {
        CreateOrganizationResponse {
            organization_id: output.organization_id().map(String::from),
        }
    }
}

impl From<&CreateOrganizationResponse> for SdkCreateOrganizationOutput {
    /// The SDK output with the same members, for stubbing the SDK in tests.
    fn from(response: &CreateOrganizationResponse) -> Self {
        SdkCreateOrganizationOutput::builder()
            .set_organization_id(response.organization_id.clone())
            .build()
    }
}

// ---------------------------------------------------------------------------------------------
// CreateUser
// ---------------------------------------------------------------------------------------------

fn sdk_role(request: &CreateUserRequest) -> Option<SdkUserRole> {
    request.role().map(|r| SdkUserRole::from(r.as_str()))
}

impl From<&CreateUserRequest> for CreateUserInputBuilder {
    /// An SDK input builder with every member of the request set.
    fn from(request: &CreateUserRequest) -> Self {
        SdkCreateUserInput::builder()
            .organization_id(request.organization_id().as_str())
            .name(request.name().as_str())
            .display_name(request.display_name().as_str())
            .set_password(request.password().map(|p| p.as_str().into()))
            .set_role(sdk_role(request))
            .set_first_name(request.first_name().map(|v| v.as_str().into()))
            .set_last_name(request.last_name().map(|v| v.as_str().into()))
            .set_hidden_from_global_address_list(request.hidden_from_global_address_list())
            .set_identity_provider_user_id(
                request
                    .identity_provider_user_id()
                    .map(|v| v.as_str().into()),
            )
    }
}

impl CreateUserRequest {
    /// Sets every member of the SDK's fluent builder (`client.create_user()`) from this
    /// request, replacing whatever it held, so the call sends this request:
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use aws_sdk_workmail as wm;
    /// # let response = http::Response::builder()
    /// #     .status(200)
    /// #     .header("content-type", "application/x-amz-json-1.1")
    /// #     .body(aws_smithy_types::body::SdkBody::from(r#"{"UserId":"S-1-1-11-1111111111-2222222222-3333333333-3333"}"#))?;
    /// # // The SDK's capturing HTTP client: records the request, answers `response`, no network.
    /// # let (http_client, requests) =
    /// #     aws_smithy_http_client::test_util::capture_request(Some(response));
    /// # let config = wm::Config::builder()
    /// #     .behavior_version(wm::config::BehaviorVersion::latest())
    /// #     .region(wm::config::Region::new("eu-west-1"))
    /// #     .credentials_provider(wm::config::Credentials::new("AKID", "secret", None, None, "doc"))
    /// #     .http_client(http_client)
    /// #     .retry_config(wm::config::retry::RetryConfig::disabled())
    /// #     .timeout_config(wm::config::timeout::TimeoutConfig::disabled())
    /// #     .stalled_stream_protection(wm::config::StalledStreamProtectionConfig::disabled())
    /// #     .identity_cache(wm::config::IdentityCache::no_cache())
    /// #     .build();
    /// use org_shapes::workmail::CreateUserRequest;
    ///
    /// async fn run(client: aws_sdk_workmail::Client) -> Result<(), Box<dyn std::error::Error>> {
    ///     let request = CreateUserRequest::builder(
    ///         "m-0123456789abcdef0123456789abcdef".parse()?,
    ///         "jdoe".parse()?,
    ///         "Jane Doe".parse()?,
    ///     )
    ///     .build();
    ///     let output = request.apply_to(client.create_user()).send().await?;
    ///     assert!(output.user_id().is_some());
    ///     Ok(())
    /// }
    /// # tokio::runtime::Builder::new_current_thread().build()?.block_on(run(wm::Client::from_conf(config)))?;
    /// # let sent = requests.expect_request();
    /// # let body: serde_json::Value = serde_json::from_slice(sent.body().bytes().unwrap_or_default())?;
    /// # assert_eq!(body["Name"], "jdoe");
    /// # Ok(()) }
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-workmail")))]
    pub fn apply_to(&self, fluent: CreateUserFluentBuilder) -> CreateUserFluentBuilder {
        fluent
            .organization_id(self.organization_id().as_str())
            .name(self.name().as_str())
            .display_name(self.display_name().as_str())
            .set_password(self.password().map(|p| p.as_str().into()))
            .set_role(sdk_role(self))
            .set_first_name(self.first_name().map(|v| v.as_str().into()))
            .set_last_name(self.last_name().map(|v| v.as_str().into()))
            .set_hidden_from_global_address_list(self.hidden_from_global_address_list())
            .set_identity_provider_user_id(
                self.identity_provider_user_id().map(|v| v.as_str().into()),
            )
    }
}

fn secret(v: Option<&str>) -> Field<Secret> {
    v.map(Secret::from).into()
}

impl From<&SdkCreateUserInput> for CreateUserInput {
    /// The SDK input as it would arrive, unchecked. A role the SDK does not know is kept as
    /// its text, so validation reports it against the enum.
    fn from(input: &SdkCreateUserInput) -> Self {
        CreateUserInput {
            organization_id: text(input.organization_id()),
            name: text(input.name()),
            display_name: secret(input.display_name()),
            password: secret(input.password()),
            role: text(input.role().map(SdkUserRole::as_str)),
            first_name: secret(input.first_name()),
            last_name: secret(input.last_name()),
            hidden_from_global_address_list: input.hidden_from_global_address_list().into(),
            identity_provider_user_id: text(input.identity_provider_user_id()),
            unknown_members: Vec::new(),
        }
    }
}

impl From<&CreateUserInputBuilder> for CreateUserInput {
    /// What the builder holds, unchecked (`CreateUserInput::from(fluent.as_input())`).
    fn from(b: &CreateUserInputBuilder) -> Self {
        CreateUserInput {
            organization_id: b.get_organization_id().clone().into(),
            name: b.get_name().clone().into(),
            display_name: secret(b.get_display_name().as_deref()),
            password: secret(b.get_password().as_deref()),
            role: text(b.get_role().as_ref().map(SdkUserRole::as_str)),
            first_name: secret(b.get_first_name().as_deref()),
            last_name: secret(b.get_last_name().as_deref()),
            hidden_from_global_address_list: (*b.get_hidden_from_global_address_list()).into(),
            identity_provider_user_id: b.get_identity_provider_user_id().clone().into(),
            unknown_members: Vec::new(),
        }
    }
}

impl TryFrom<&SdkCreateUserInput> for CreateUserRequest {
    type Error = Violations;

    /// Validates the SDK input; see [`CreateUserInput::validate`].
    fn try_from(input: &SdkCreateUserInput) -> Result<Self, Violations> {
        CreateUserInput::from(input).into_request()
    }
}

impl From<&SdkCreateUserOutput> for CreateUserResponse {
    /// The output as received, unchecked; [`CreateUserResponse::validate`] checks it.
    fn from(output: &SdkCreateUserOutput) -> Self {
        CreateUserResponse {
            user_id: output.user_id().map(String::from),
        }
    }
}

impl From<&CreateUserResponse> for SdkCreateUserOutput {
    /// The SDK output with the same members, for stubbing the SDK in tests.
    fn from(response: &CreateUserResponse) -> Self {
        SdkCreateUserOutput::builder()
            .set_user_id(response.user_id.clone())
            .build()
    }
}
