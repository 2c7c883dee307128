//! The errors AWS Organizations documents for `CreateOrganization`, with their reasons.

pub use super::reasons::*;

operation_error! {
    /// An error answer of AWS Organizations `CreateOrganization`. [`Self::TooManyRequests`] is
    /// [retryable](super#retry-rules), and [`Self::Service`] without a status.
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
    pub enum CreateOrganizationError {
        /// The caller lacks an IAM permission the operation needs.
        AccessDenied = "AccessDeniedException",
        /// The account already belongs to an organization.
        AlreadyInOrganization = "AlreadyInOrganizationException",
        /// Another request is changing the same thing; not retried, though it can succeed later.
        ConcurrentModification = "ConcurrentModificationException",
        /// A limit or precondition of the account stands in the way; the reason names it.
        ConstraintViolation = "ConstraintViolationException" { reason: ConstraintViolationReason },
        /// A request value is invalid; the reason names the kind of problem.
        InvalidInput = "InvalidInputException" { reason: InvalidInputReason },
        /// An internal failure (status 500).
        Service = "ServiceException",
        /// The caller sent too many requests; retry after a pause.
        TooManyRequests = "TooManyRequestsException" { error_type: alloc::string::String },
        /// The caller lacks a permission to create the service-linked role (the reason says so).
        AccessDeniedForDependency = "AccessDeniedForDependencyException"
            { reason: AccessDeniedForDependencyReason },
    }
}
