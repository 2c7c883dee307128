//! The errors AWS Organizations documents for `CreateOrganization`, with their reasons.

use alloc::string::String;

pub use super::reasons::{
    AccessDeniedForDependencyReason, ConstraintViolationReason, InvalidInputReason,
};
use super::ErrorResponse;

operation_error! {
    /// An error answer of AWS Organizations `CreateOrganization`.
    ///
    /// Of the documented errors, [`Self::TooManyRequests`] is retryable by its code, and
    /// [`Self::Service`] (a server fault) when read without the status (see the
    /// [retry rules](super#retry-rules)); the others say something that stays true until
    /// someone changes it. Codes outside the documented list land in [`Self::Unknown`].
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
    pub enum CreateOrganizationError in organizations {
        /// The caller lacks an IAM permission the operation needs.
        AccessDenied = "AccessDeniedException",
        /// The account already belongs to an organization.
        AlreadyInOrganization = "AlreadyInOrganizationException",
        /// Another request is changing the same thing; sending again once it is done can
        /// succeed, but botocore and the AWS SDKs do not retry it on their own, and neither
        /// does [`Self::is_retryable`] say so.
        ConcurrentModification = "ConcurrentModificationException",
        /// A limit or precondition of the account stands in the way (a missing payment
        /// method, contact information, a Region without support…). Not retryable: the reason
        /// names what has to change first; daily rate limits among the reasons reset only
        /// after hours.
        ConstraintViolation = "ConstraintViolationException" {
            /// Which limit or precondition, when the service says.
            reason: ConstraintViolationReason
        },
        /// A request value is invalid.
        InvalidInput = "InvalidInputException" {
            /// What kind of value problem, when the service says.
            reason: InvalidInputReason
        },
        /// An internal failure of the service; retrying later can succeed. A server fault in
        /// the model, sent with status 500.
        Service = "ServiceException",
        /// The caller sent too many requests; retry after a pause.
        TooManyRequests = "TooManyRequestsException" {
            /// The `Type` member, when the service sends one.
            error_type: String
        },
        /// The caller lacks a permission on a service the operation depends on (creating the
        /// service-linked role).
        AccessDeniedForDependency = "AccessDeniedForDependencyException" {
            /// Which dependency, when the service says.
            reason: AccessDeniedForDependencyReason
        },
    }
}
