//! The errors AWS Organizations documents for `CreateOrganization`, with their reasons.

use alloc::string::String;

pub use super::reasons::{
    AccessDeniedForDependencyReason, ConstraintViolationReason, InvalidInputReason,
};
use super::ErrorResponse;

/// An error answer of AWS Organizations `CreateOrganization`.
///
/// Retrying can help for [`Self::ConcurrentModification`], [`Self::Service`] and
/// [`Self::TooManyRequests`] (after a pause); every other documented error says something that
/// stays true until someone changes it. Codes outside the documented list land in
/// [`Self::Unknown`] and [`super::is_retryable_code`] decides for them.
///
/// ```
/// use org_shapes::organizations::CreateOrganizationError;
/// let error = CreateOrganizationError::parse(
///     Some("AlreadyInOrganizationException"),
///     br#"{"__type": "AlreadyInOrganizationException", "Message": "Already a member."}"#,
/// );
/// assert!(matches!(error, CreateOrganizationError::AlreadyInOrganization { .. }));
/// assert!(!error.is_retryable());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CreateOrganizationError {
    /// The caller lacks an IAM permission the operation needs. Code `AccessDeniedException`.
    AccessDenied {
        /// The service's message, if any.
        message: Option<String>,
    },
    /// The caller lacks a permission on a service the operation depends on (creating the
    /// service-linked role). Code `AccessDeniedForDependencyException`.
    AccessDeniedForDependency {
        /// Which dependency, when the service says.
        reason: Option<AccessDeniedForDependencyReason>,
        /// The service's message, if any.
        message: Option<String>,
    },
    /// The account already belongs to an organization. Code `AlreadyInOrganizationException`.
    AlreadyInOrganization {
        /// The service's message, if any.
        message: Option<String>,
    },
    /// Another request is changing the same thing; retrying later can succeed. Code
    /// `ConcurrentModificationException`.
    ConcurrentModification {
        /// The service's message, if any.
        message: Option<String>,
    },
    /// A limit or precondition of the account stands in the way (a missing payment method,
    /// contact information, a Region without support…). Not retryable: the reason names what
    /// has to change first; daily rate limits among the reasons reset only after hours. Code
    /// `ConstraintViolationException`.
    ConstraintViolation {
        /// Which limit or precondition, when the service says.
        reason: Option<ConstraintViolationReason>,
        /// The service's message, if any.
        message: Option<String>,
    },
    /// A request value is invalid. Code `InvalidInputException`.
    InvalidInput {
        /// What kind of value problem, when the service says.
        reason: Option<InvalidInputReason>,
        /// The service's message, if any.
        message: Option<String>,
    },
    /// An internal failure of the service; retrying later can succeed. Code
    /// `ServiceException` (a server fault in the model).
    Service {
        /// The service's message, if any.
        message: Option<String>,
    },
    /// The caller sent too many requests; retry after a pause. Code
    /// `TooManyRequestsException`.
    TooManyRequests {
        /// The `Type` member, when the service sends one.
        error_type: Option<String>,
        /// The service's message, if any.
        message: Option<String>,
    },
    /// A code the operation does not document (or none at all: `code` is then empty).
    Unknown {
        /// The sanitized code.
        code: String,
        /// The service's message, if any.
        message: Option<String>,
    },
}

impl CreateOrganizationError {
    /// The documented codes, in model order.
    pub const CODES: &'static [&'static str] = &[
        "AccessDeniedException",
        "AlreadyInOrganizationException",
        "ConcurrentModificationException",
        "ConstraintViolationException",
        "InvalidInputException",
        "ServiceException",
        "TooManyRequestsException",
        "AccessDeniedForDependencyException",
    ];

    /// Reads an error response: the `X-Amzn-Errortype` header value if the caller has it, and
    /// the body. Never fails; see [`ErrorResponse::parse`].
    pub fn parse(header: Option<&str>, body: &[u8]) -> Self {
        ErrorResponse::parse(header, body).into()
    }

    /// The error code, as the service names it (`Unknown` keeps the one it got).
    pub fn code(&self) -> &str {
        match self {
            CreateOrganizationError::AccessDenied { .. } => "AccessDeniedException",
            CreateOrganizationError::AccessDeniedForDependency { .. } => {
                "AccessDeniedForDependencyException"
            }
            CreateOrganizationError::AlreadyInOrganization { .. } => {
                "AlreadyInOrganizationException"
            }
            CreateOrganizationError::ConcurrentModification { .. } => {
                "ConcurrentModificationException"
            }
            CreateOrganizationError::ConstraintViolation { .. } => "ConstraintViolationException",
            CreateOrganizationError::InvalidInput { .. } => "InvalidInputException",
            CreateOrganizationError::Service { .. } => "ServiceException",
            CreateOrganizationError::TooManyRequests { .. } => "TooManyRequestsException",
            CreateOrganizationError::Unknown { code, .. } => code,
        }
    }

    /// The service's message, if it sent one.
    pub fn message(&self) -> Option<&str> {
        match self {
            CreateOrganizationError::AccessDenied { message }
            | CreateOrganizationError::AccessDeniedForDependency { message, .. }
            | CreateOrganizationError::AlreadyInOrganization { message }
            | CreateOrganizationError::ConcurrentModification { message }
            | CreateOrganizationError::ConstraintViolation { message, .. }
            | CreateOrganizationError::InvalidInput { message, .. }
            | CreateOrganizationError::Service { message }
            | CreateOrganizationError::TooManyRequests { message, .. }
            | CreateOrganizationError::Unknown { message, .. } => message.as_deref(),
        }
    }

    /// The reason's wire value, for the errors that carry one.
    pub fn reason(&self) -> Option<&str> {
        match self {
            CreateOrganizationError::AccessDeniedForDependency { reason, .. } => {
                reason.as_ref().map(|r| r.as_str())
            }
            CreateOrganizationError::ConstraintViolation { reason, .. } => {
                reason.as_ref().map(|r| r.as_str())
            }
            CreateOrganizationError::InvalidInput { reason, .. } => {
                reason.as_ref().map(|r| r.as_str())
            }
            _ => None,
        }
    }

    /// Whether sending the same request again (after a pause) may succeed: for concurrent
    /// modification, throttling and service faults; for undocumented codes, as
    /// [`super::is_retryable_code`] says.
    pub fn is_retryable(&self) -> bool {
        match self {
            CreateOrganizationError::ConcurrentModification { .. }
            | CreateOrganizationError::Service { .. }
            | CreateOrganizationError::TooManyRequests { .. } => true,
            CreateOrganizationError::Unknown { code, .. } => super::is_retryable_code(code),
            _ => false,
        }
    }
}

impl From<ErrorResponse> for CreateOrganizationError {
    fn from(response: ErrorResponse) -> Self {
        let ErrorResponse {
            code,
            message,
            reason,
            error_type,
        } = response;
        let reason = reason.as_deref();
        match code.as_str() {
            "AccessDeniedException" => CreateOrganizationError::AccessDenied { message },
            "AccessDeniedForDependencyException" => {
                CreateOrganizationError::AccessDeniedForDependency {
                    reason: reason.map(AccessDeniedForDependencyReason::parse),
                    message,
                }
            }
            "AlreadyInOrganizationException" => {
                CreateOrganizationError::AlreadyInOrganization { message }
            }
            "ConcurrentModificationException" => {
                CreateOrganizationError::ConcurrentModification { message }
            }
            "ConstraintViolationException" => CreateOrganizationError::ConstraintViolation {
                reason: reason.map(ConstraintViolationReason::parse),
                message,
            },
            "InvalidInputException" => CreateOrganizationError::InvalidInput {
                reason: reason.map(InvalidInputReason::parse),
                message,
            },
            "ServiceException" => CreateOrganizationError::Service { message },
            "TooManyRequestsException" => CreateOrganizationError::TooManyRequests {
                error_type,
                message,
            },
            _ => CreateOrganizationError::Unknown { code, message },
        }
    }
}

impl core::fmt::Display for CreateOrganizationError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        super::render::display_error(f, self.code(), self.message())?;
        match self.reason() {
            Some(reason) => write!(f, " (reason: {reason})"),
            None => Ok(()),
        }
    }
}

impl core::error::Error for CreateOrganizationError {}
