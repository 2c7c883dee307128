//! The errors AWS Organizations documents for `CreateOrganization`, with their reasons.

use alloc::string::String;

pub use super::reasons::{
    AccessDeniedForDependencyReason, ConstraintViolationReason, InvalidInputReason,
};
use super::ErrorResponse;

/// An error answer of AWS Organizations `CreateOrganization`.
///
/// [`Self::is_retryable`] follows botocore's standard retry mode (see the
/// [retry rules](super#retry-rules)): [`Self::TooManyRequests`] is throttling; any error with
/// status 500, 502, 503 or 504 is retryable when read with the status; [`Self::Service`], a
/// server fault sent with status 500, stands in for that status when read without it. Every
/// other documented error says something that stays true until someone changes it, or, for
/// [`Self::ConcurrentModification`], until another request is done. Codes outside the
/// documented list land in [`Self::Unknown`].
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
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// The caller lacks a permission on a service the operation depends on (creating the
    /// service-linked role). Code `AccessDeniedForDependencyException`.
    AccessDeniedForDependency {
        /// Which dependency, when the service says.
        reason: Option<AccessDeniedForDependencyReason>,
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// The account already belongs to an organization. Code `AlreadyInOrganizationException`.
    AlreadyInOrganization {
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// Another request is changing the same thing; sending again once it is done can succeed,
    /// but botocore and the AWS SDKs do not retry it on their own, and neither does
    /// [`Self::is_retryable`] say so. Code `ConcurrentModificationException`.
    ConcurrentModification {
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
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
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// A request value is invalid. Code `InvalidInputException`.
    InvalidInput {
        /// What kind of value problem, when the service says.
        reason: Option<InvalidInputReason>,
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// An internal failure of the service; retrying later can succeed. Code
    /// `ServiceException` (a server fault in the model, sent with status 500).
    Service {
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// The caller sent too many requests; retry after a pause. Code
    /// `TooManyRequestsException`.
    TooManyRequests {
        /// The `Type` member, when the service sends one.
        error_type: Option<String>,
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
    },
    /// A code the operation does not document (or none at all: `code` is then empty).
    Unknown {
        /// The sanitized code.
        code: String,
        /// The service's message, if any.
        message: Option<String>,
        /// The HTTP status, when the error was read with it.
        status: Option<u16>,
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
    /// the body. Never fails; see [`ErrorResponse::parse`]. Without the HTTP status,
    /// [`Self::is_retryable`] cannot see a 5xx answer: use [`Self::parse_with_status`] when
    /// you have it.
    pub fn parse(header: Option<&str>, body: &[u8]) -> Self {
        ErrorResponse::parse(header, body).into()
    }

    /// Reads an error response with its HTTP status, which [`Self::is_retryable`] then
    /// follows. Never fails; see [`ErrorResponse::parse_with_status`].
    ///
    /// ```
    /// use org_shapes::organizations::CreateOrganizationError;
    ///
    /// let body = b"<html><body>503 Service Unavailable</body></html>";
    /// let error = CreateOrganizationError::parse_with_status(503, None, body);
    /// assert!(matches!(error, CreateOrganizationError::Unknown { .. }));
    /// assert_eq!(error.status(), Some(503));
    /// assert!(error.is_retryable());
    ///
    /// let body = br#"{"__type": "ConcurrentModificationException", "Message": "Try later."}"#;
    /// let error = CreateOrganizationError::parse_with_status(400, None, body);
    /// assert!(!error.is_retryable());
    /// ```
    pub fn parse_with_status(status: u16, header: Option<&str>, body: &[u8]) -> Self {
        ErrorResponse::parse_with_status(status, header, body).into()
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
            CreateOrganizationError::AccessDenied { message, .. }
            | CreateOrganizationError::AccessDeniedForDependency { message, .. }
            | CreateOrganizationError::AlreadyInOrganization { message, .. }
            | CreateOrganizationError::ConcurrentModification { message, .. }
            | CreateOrganizationError::ConstraintViolation { message, .. }
            | CreateOrganizationError::InvalidInput { message, .. }
            | CreateOrganizationError::Service { message, .. }
            | CreateOrganizationError::TooManyRequests { message, .. }
            | CreateOrganizationError::Unknown { message, .. } => message.as_deref(),
        }
    }

    /// The HTTP status, when the error was read with it ([`Self::parse_with_status`]).
    ///
    /// ```
    /// use org_shapes::organizations::CreateOrganizationError;
    ///
    /// let body = br#"{"__type": "AccessDeniedException"}"#;
    /// assert_eq!(CreateOrganizationError::parse_with_status(400, None, body).status(), Some(400));
    /// assert_eq!(CreateOrganizationError::parse(None, body).status(), None);
    /// ```
    pub fn status(&self) -> Option<u16> {
        match self {
            CreateOrganizationError::AccessDenied { status, .. }
            | CreateOrganizationError::AccessDeniedForDependency { status, .. }
            | CreateOrganizationError::AlreadyInOrganization { status, .. }
            | CreateOrganizationError::ConcurrentModification { status, .. }
            | CreateOrganizationError::ConstraintViolation { status, .. }
            | CreateOrganizationError::InvalidInput { status, .. }
            | CreateOrganizationError::Service { status, .. }
            | CreateOrganizationError::TooManyRequests { status, .. }
            | CreateOrganizationError::Unknown { status, .. } => *status,
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

    /// Whether to send the same request again (after a pause), as botocore's standard retry
    /// mode decides: with the status, as [`super::is_retryable_response`] says (any 500,
    /// 502, 503, 504; throttling and transient codes); without it, as
    /// [`super::is_retryable_code`] says. Of the documented errors, `TooManyRequestsException`
    /// is retryable by its code, and `ServiceException` too when the status is unknown.
    ///
    /// ```
    /// use org_shapes::organizations::CreateOrganizationError;
    ///
    /// let throttled = CreateOrganizationError::parse(Some("TooManyRequestsException"), b"{}");
    /// assert!(throttled.is_retryable());
    /// let fault = CreateOrganizationError::parse_with_status(500, Some("ServiceException"), b"{}");
    /// assert!(fault.is_retryable());
    /// let busy = CreateOrganizationError::parse_with_status(400, Some("ConcurrentModificationException"), b"{}");
    /// assert!(!busy.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        super::is_retryable(self.status(), self.code())
    }
}

impl From<ErrorResponse> for CreateOrganizationError {
    fn from(response: ErrorResponse) -> Self {
        let ErrorResponse {
            status,
            code,
            message,
            reason,
            error_type,
        } = response;
        let reason = reason.as_deref();
        match code.as_str() {
            "AccessDeniedException" => CreateOrganizationError::AccessDenied { message, status },
            "AccessDeniedForDependencyException" => {
                CreateOrganizationError::AccessDeniedForDependency {
                    reason: reason.map(AccessDeniedForDependencyReason::parse),
                    message,
                    status,
                }
            }
            "AlreadyInOrganizationException" => {
                CreateOrganizationError::AlreadyInOrganization { message, status }
            }
            "ConcurrentModificationException" => {
                CreateOrganizationError::ConcurrentModification { message, status }
            }
            "ConstraintViolationException" => CreateOrganizationError::ConstraintViolation {
                reason: reason.map(ConstraintViolationReason::parse),
                message,
                status,
            },
            "InvalidInputException" => CreateOrganizationError::InvalidInput {
                reason: reason.map(InvalidInputReason::parse),
                message,
                status,
            },
            "ServiceException" => CreateOrganizationError::Service { message, status },
            "TooManyRequestsException" => CreateOrganizationError::TooManyRequests {
                error_type,
                message,
                status,
            },
            _ => CreateOrganizationError::Unknown {
                code,
                message,
                status,
            },
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
