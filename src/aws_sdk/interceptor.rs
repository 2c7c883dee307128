//! The interceptor that validates inputs inside the SDK, and the error it fails calls with.

use core::fmt;

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef;
use aws_smithy_runtime_api::client::interceptors::context::Input;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_types::config_bag::ConfigBag;

use crate::{Service, Violations};

/// One of the operations this crate models.
///
/// ```
/// use org_shapes::aws_sdk::Operation;
/// use org_shapes::Service;
///
/// assert_eq!(Operation::WorkMailCreateUser.to_string(), "workmail:CreateUser");
/// assert_eq!(Operation::OrganizationsCreateOrganization.service(), Service::Organizations);
/// assert_eq!(Operation::WorkMailCreateOrganization.name(), "CreateOrganization");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// Amazon WorkMail `CreateOrganization`.
    WorkMailCreateOrganization,
    /// Amazon WorkMail `CreateUser`.
    WorkMailCreateUser,
    /// AWS Organizations `CreateOrganization`.
    OrganizationsCreateOrganization,
}

impl Operation {
    /// The service the operation belongs to.
    pub const fn service(self) -> Service {
        match self {
            Operation::WorkMailCreateOrganization | Operation::WorkMailCreateUser => {
                Service::WorkMail
            }
            Operation::OrganizationsCreateOrganization => Service::Organizations,
        }
    }

    /// The operation's name in the API (`CreateUser`).
    pub const fn name(self) -> &'static str {
        match self {
            Operation::WorkMailCreateOrganization | Operation::OrganizationsCreateOrganization => {
                "CreateOrganization"
            }
            Operation::WorkMailCreateUser => "CreateUser",
        }
    }
}

impl fmt::Display for Operation {
    /// The operation as IAM names its action: `workmail:CreateUser`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.service(), self.name())
    }
}

/// Why [`OrgShapesInterceptor`] stopped a call: the operation and every violation of its
/// input, in model member order.
///
/// `Display` reads `workmail:CreateUser: 2 validation errors detected: Value … at 'name' …;
/// …`, in the words the service itself would use, and never shows a sensitive value. The SDK
/// wraps this error twice (`SdkError::ConstructionFailure`, then the interceptor's error);
/// [`violations_of`] finds it again.
///
/// Built here by hand, from the violations the interceptor would find (no SDK call needed):
///
/// ```
/// use org_shapes::aws_sdk::{InvalidRequest, Operation};
/// use org_shapes::workmail::CreateUserInput;
///
/// let good = CreateUserInput::default()
///     .organization_id("m-0123456789abcdef0123456789abcdef")
///     .name("jdoe")
///     .display_name("Jane Doe");
/// assert!(good.validate().is_ok());
///
/// let violations = CreateUserInput::default().name("j doe").validate().unwrap_err();
/// let invalid = InvalidRequest::new(Operation::WorkMailCreateUser, violations);
/// assert_eq!(invalid.operation(), Operation::WorkMailCreateUser);
/// assert_eq!(invalid.violations().total(), 3); // the name; two required members
/// assert!(invalid
///     .to_string()
///     .starts_with("workmail:CreateUser: 3 validation errors detected: Value null at 'organizationId'"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRequest {
    operation: Operation,
    violations: Violations,
}

impl InvalidRequest {
    /// The error for `violations` of an `operation` input.
    pub fn new(operation: Operation, violations: Violations) -> Self {
        InvalidRequest {
            operation,
            violations,
        }
    }

    /// The operation whose input was refused.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// Every violation, in model member order.
    pub fn violations(&self) -> &Violations {
        &self.violations
    }

    /// The violations, taken out.
    pub fn into_violations(self) -> Violations {
        self.violations
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.operation, self.violations)
    }
}

impl std::error::Error for InvalidRequest {}

/// The [`InvalidRequest`] somewhere in the chain of `err` and its sources, if any: what a call
/// stopped by [`OrgShapesInterceptor`] failed with.
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
/// # let config = config.to_builder().interceptor(org_shapes::aws_sdk::OrgShapesInterceptor::new()).build();
/// async fn run(client: aws_sdk_workmail::Client) -> Result<(), Box<dyn std::error::Error>> {
///     // No organization id, no display name: the interceptor stops the call.
///     match client.create_user().name("jdoe").send().await {
///         Ok(output) => println!("created {:?}", output.user_id()),
///         Err(err) => match org_shapes::aws_sdk::violations_of(&err) {
///             Some(invalid) => {
///                 eprintln!("not sent: {invalid}");
///                 assert_eq!(invalid.violations().len(), 2);
///             }
///             None => return Err(err.into()),
///         },
///     }
///     Ok(())
/// }
/// # tokio::runtime::Builder::new_current_thread().build()?.block_on(run(wm::Client::from_conf(config)))?;
/// # requests.expect_no_request();
/// # Ok(()) }
/// ```
pub fn violations_of<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a InvalidRequest> {
    let mut current = Some(err);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<InvalidRequest>() {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// An SDK interceptor that validates the input of every call to WorkMail `CreateOrganization`
/// and `CreateUser` (feature `aws-sdk-workmail`) and Organizations `CreateOrganization`
/// (feature `aws-sdk-organizations`) before anything is serialized or sent, and fails the
/// call with an [`InvalidRequest`] listing every violation. Inputs of other operations pass
/// untouched.
///
/// It checks the model's constraints and the rules across members that need no facts from
/// the account (for instance interoperability without a directory, or a role `CreateUser`
/// cannot give). Adding it is one line in the client's config:
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
/// // `config` as usual, for instance from `aws_config::load_from_env()`:
/// let config = config
///     .to_builder()
///     .interceptor(org_shapes::aws_sdk::OrgShapesInterceptor::new())
///     .build();
/// let client = aws_sdk_workmail::Client::from_conf(config);
/// # let call = client.create_user().organization_id("m-0").name("jdoe").display_name("J").send();
/// # let err = tokio::runtime::Builder::new_current_thread().build()?.block_on(call).unwrap_err();
/// # assert!(org_shapes::aws_sdk::violations_of(&err).is_some());
/// # requests.expect_no_request();
/// # Ok(()) }
/// ```
///
/// A refused call fails with `SdkError::ConstructionFailure`; no HTTP request is made.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct OrgShapesInterceptor;

impl OrgShapesInterceptor {
    /// The interceptor.
    pub const fn new() -> Self {
        OrgShapesInterceptor
    }

    /// Validates `input` if it is the input of an operation this crate models: `None` for
    /// other inputs, else the verdict.
    fn check(input: &Input) -> Option<Result<(), InvalidRequest>> {
        #[cfg(feature = "aws-sdk-workmail")]
        {
            use aws_sdk_workmail::operation::create_organization::CreateOrganizationInput;
            use aws_sdk_workmail::operation::create_user::CreateUserInput;
            if let Some(i) = input.downcast_ref::<CreateUserInput>() {
                let ours = crate::workmail::CreateUserInput::from(i);
                return Some(verdict(Operation::WorkMailCreateUser, ours.into_request()));
            }
            if let Some(i) = input.downcast_ref::<CreateOrganizationInput>() {
                let ours = crate::workmail::CreateOrganizationInput::from(i);
                return Some(verdict(
                    Operation::WorkMailCreateOrganization,
                    ours.into_request(),
                ));
            }
        }
        #[cfg(feature = "aws-sdk-organizations")]
        {
            use aws_sdk_organizations::operation::create_organization::CreateOrganizationInput;
            if let Some(i) = input.downcast_ref::<CreateOrganizationInput>() {
                let ours = crate::organizations::CreateOrganizationInput::from(i);
                return Some(verdict(
                    Operation::OrganizationsCreateOrganization,
                    ours.validate(),
                ));
            }
        }
        None
    }
}

fn verdict<T>(operation: Operation, result: Result<T, Violations>) -> Result<(), InvalidRequest> {
    result
        .map(|_| ())
        .map_err(|violations| InvalidRequest::new(operation, violations))
}

impl Intercept for OrgShapesInterceptor {
    fn name(&self) -> &'static str {
        "OrgShapesInterceptor"
    }

    fn read_before_execution(
        &self,
        context: &BeforeSerializationInterceptorContextRef<'_>,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        match Self::check(context.input()) {
            Some(Err(invalid)) => Err(invalid.into()),
            _ => Ok(()),
        }
    }
}
