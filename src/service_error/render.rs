//! The error response a service would send for a set of violations.

use alloc::string::{String, ToString};

use super::reasons::InvalidInputReason;
use super::ErrorResponse;
use crate::violation::{Constraint, Violation, Violations};
use crate::{ErrorKind, Service};

impl InvalidInputReason {
    /// The reason AWS Organizations gives in an `InvalidInputException` for this violation:
    ///
    /// | violation | reason |
    /// |---|---|
    /// | required member absent | `INPUT_REQUIRED` |
    /// | shorter than the minimum length | `MIN_LENGTH_EXCEEDED` |
    /// | longer than the maximum length, list too long | `MAX_LENGTH_EXCEEDED` |
    /// | pattern not matched | `INVALID_PATTERN` |
    /// | value outside the enum | `INVALID_ENUM` |
    /// | wrong JSON type, rule across members | none |
    ///
    /// No reason fits the last row: the service fails such bodies before validating them, and
    /// rules across members are the crate's own.
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
    /// The error response `service` would send for these violations, for emulators and test
    /// servers:
    ///
    /// - WorkMail: code `InvalidParameterException`, the classic AWS message;
    /// - AWS Organizations: code `InvalidInputException`, the classic AWS message, and the
    ///   `Reason` that [`InvalidInputReason::for_violation`] gives for the first violation
    ///   (none when it gives none).
    ///
    /// The code doubles as the `X-Amzn-Errortype` header value; the status is
    /// [`super::CLIENT_ERROR_STATUS`] (the response's `status`). An empty set still renders
    /// (its message reads `0 validation errors detected: `): send it only for a failed
    /// validation.
    ///
    /// ```
    /// use org_shapes::organizations::CreateOrganizationInput;
    /// use org_shapes::service_error::{ErrorResponse, CLIENT_ERROR_STATUS};
    /// use org_shapes::Service;
    ///
    /// let input: CreateOrganizationInput = serde_json::from_str(r#"{"FeatureSet": "all"}"#)?;
    /// let violations = input.validate().unwrap_err();
    /// let response = violations.to_error_response(Service::Organizations);
    /// assert_eq!(response.code, "InvalidInputException");
    /// assert_eq!(response.reason.as_deref(), Some("INVALID_ENUM"));
    /// assert_eq!(response.status, Some(CLIENT_ERROR_STATUS));
    /// let body = response.to_json();
    /// assert!(body.starts_with(r#"{"__type":"InvalidInputException","Message":"1 validation error"#));
    /// let read = ErrorResponse::parse_with_status(CLIENT_ERROR_STATUS, Some(&response.code), body.as_bytes());
    /// assert_eq!(read, response);
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

    /// The JSON 1.1 body of [`Self::to_error_response`].
    ///
    /// Its size is bounded by the report's limit, not by the request: JSON escaping at most
    /// doubles the message, so the body holds at most twice
    /// [`Violations::MAX_DISPLAY_BYTES_EACH`] bytes per kept violation, plus 256, whatever
    /// the number of violations found. With the default limit
    /// ([`crate::violation::DEFAULT_MAX_VIOLATIONS`], 100), that is under 201 KiB.
    pub fn to_error_body(&self, service: Service) -> String {
        self.to_error_response(service).to_json()
    }
}
