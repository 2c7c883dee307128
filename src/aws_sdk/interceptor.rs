//! The interceptor and the error it fails calls with.

use core::fmt;

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef;
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

    /// The name in the API (`CreateUser`).
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
    /// As IAM names the action: `workmail:CreateUser`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.service(), self.name())
    }
}

/// Why [`OrgShapesInterceptor`] stopped a call: the operation and every violation, displayed
/// in the service's words. The SDK wraps it twice; [`violations_of`] finds it.
///
/// ```
/// use org_shapes::aws_sdk::{InvalidRequest, Operation};
/// use org_shapes::workmail::CreateUserInput;
///
/// let violations = CreateUserInput::default().name("j doe").validate().unwrap_err();
/// let invalid = InvalidRequest::new(Operation::WorkMailCreateUser, violations);
/// assert_eq!(invalid.violations().total(), 3); // the name; two required members
/// assert!(invalid
///     .to_string()
///     .starts_with("workmail:CreateUser: 3 validation errors detected: Value null at 'organizationId'"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{operation}: {violations}")]
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

/// The [`InvalidRequest`] in the source chain of `err` ([guide](crate#with-the-aws-sdk-for-rust)).
pub fn violations_of<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a InvalidRequest> {
    core::iter::successors(Some(err), |e| e.source()).find_map(|e| e.downcast_ref())
}

/// An SDK interceptor that validates the input of each [`Operation`] (of the clients the
/// features enable) before it is serialized, by the model and the rules that need no account
/// facts ([guide](crate#with-the-aws-sdk-for-rust)). A refused call fails with
/// `SdkError::ConstructionFailure` holding an [`InvalidRequest`]. Other operations pass.
///
/// ```no_run
/// let config = aws_sdk_workmail::Config::builder()
///     .interceptor(org_shapes::aws_sdk::OrgShapesInterceptor::new())
///     .build();
/// # let _ = config;
/// ```
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct OrgShapesInterceptor;

impl OrgShapesInterceptor {
    /// The interceptor.
    pub const fn new() -> Self {
        OrgShapesInterceptor
    }
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
        let input = context.input();
        #[cfg(feature = "aws-sdk-workmail")]
        super::workmail::check(input)?;
        #[cfg(feature = "aws-sdk-organizations")]
        super::organizations::check(input)?;
        Ok(())
    }
}
