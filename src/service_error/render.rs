//! The error response a service would send for violations.

use alloc::string::{String, ToString};

use super::reasons::InvalidInputReason;
use super::ErrorResponse;
use crate::violation::{Constraint, Violation, Violations};
use crate::{ErrorKind, Service};

impl InvalidInputReason {
    /// Organizations' `InvalidInputException` reason: `INPUT_REQUIRED`, `MIN_LENGTH_EXCEEDED`,
    /// `MAX_LENGTH_EXCEEDED` (a value or a list), `INVALID_PATTERN` or `INVALID_ENUM`; none for a
    /// wrong JSON type, a rule or the password policy (not model checks).
    pub fn for_violation(violation: &Violation) -> Option<InvalidInputReason> {
        match violation.constraint() {
            Constraint::Required => Some(InvalidInputReason::InputRequired),
            Constraint::Shape(e) => Some(match e.kind() {
                ErrorKind::TooShort { .. } => InvalidInputReason::MinLengthExceeded,
                ErrorKind::TooLong { .. } => InvalidInputReason::MaxLengthExceeded,
                ErrorKind::NotInEnum => InvalidInputReason::InvalidEnum,
                ErrorKind::InvalidChar { .. }
                | ErrorKind::Incomplete { .. }
                | ErrorKind::ForbiddenPrefix { .. } => InvalidInputReason::InvalidPattern,
            }),
            Constraint::ListTooLong { .. } => Some(InvalidInputReason::MaxLengthExceeded),
            Constraint::WrongType { .. } | Constraint::Rule(_) | Constraint::PasswordPolicy(_) => {
                None
            }
        }
    }
}

impl Violations {
    /// The error response `service` would send: WorkMail's `InvalidParameterException`, or
    /// Organizations' `InvalidInputException` with the first violation's [`InvalidInputReason`];
    /// the AWS message, status [`super::CLIENT_ERROR_STATUS`], and the code as `X-Amzn-Errortype`.
    ///
    /// ```
    /// use org_shapes::organizations::CreateOrganizationInput;
    /// use org_shapes::service_error::CLIENT_ERROR_STATUS;
    /// use org_shapes::Service;
    ///
    /// let input: CreateOrganizationInput = serde_json::from_str(r#"{"FeatureSet": "all"}"#)?;
    /// let violations = input.validate().unwrap_err();
    /// let response = violations.to_error_response(Service::Organizations);
    /// assert_eq!(response.code, "InvalidInputException");
    /// assert_eq!(response.reason.as_deref(), Some("INVALID_ENUM"));
    /// assert_eq!(response.status, Some(CLIENT_ERROR_STATUS));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_error_response(&self, service: Service) -> ErrorResponse {
        let (code, reason) = match service {
            Service::WorkMail => ("InvalidParameterException", None),
            Service::Organizations => (
                "InvalidInputException",
                self.iter()
                    .next()
                    .and_then(InvalidInputReason::for_violation),
            ),
        };
        ErrorResponse {
            status: Some(super::CLIENT_ERROR_STATUS),
            code: String::from(code),
            message: Some(self.to_string()),
            reason: reason.map(|r| String::from(r.as_str())),
            error_type: None,
        }
    }

    /// The JSON 1.1 body of [`Self::to_error_response`]: at most 256 bytes plus twice
    /// [`Violations::MAX_DISPLAY_BYTES_EACH`] per kept violation (under 201 KiB by default).
    pub fn to_error_body(&self, service: Service) -> String {
        self.to_error_response(service).to_json()
    }
}
