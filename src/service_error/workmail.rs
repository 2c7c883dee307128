//! The errors Amazon WorkMail documents for `CreateOrganization` and `CreateUser`.
//!
//! Each says something that stays true until someone changes it, and is not retryable by its
//! code but for `LimitExceededException` (see the [retry rules](super#retry-rules)). Other
//! codes (throttling, internal failures, which every AWS operation can answer) land in
//! `Unknown`.

use alloc::string::String;

use super::ErrorResponse;

operation_error! {
    /// An error answer of WorkMail `CreateOrganization`.
    ///
    /// ```
    /// use org_shapes::workmail::CreateOrganizationError;
    /// let header = "com.amazonaws.workmail#NameAvailabilityException:http://internal.amazon.com/";
    /// let error = CreateOrganizationError::parse(Some(header), br#"{"message": "Alias taken"}"#);
    /// assert!(matches!(error, CreateOrganizationError::NameAvailability { .. }));
    /// assert_eq!(error.to_string(), "NameAvailabilityException: Alias taken");
    /// ```
    pub enum CreateOrganizationError in workmail {
        /// A request member breaks the service's rules (the validation this crate does
        /// beforehand predicts most of these).
        InvalidParameter = "InvalidParameterException",
        /// The directory already serves another WorkMail organization of the account and
        /// Region; choose another directory.
        DirectoryInUse = "DirectoryInUseException",
        /// The directory cannot be reached: deleted, or in another Region.
        DirectoryUnavailable = "DirectoryUnavailableException",
        /// A resource quota of the account is reached (for instance, the number of
        /// organizations). Retryable: botocore and the AWS SDK for Rust treat a code of this
        /// name as throttling and retry it after a pause. When it stands for a quota rather
        /// than a rate, the retries fail alike until the quota is raised.
        LimitExceeded = "LimitExceededException",
        /// The alias (or another name) is already taken.
        NameAvailability = "NameAvailabilityException",
    }
}

operation_error! {
    /// An error answer of WorkMail `CreateUser`.
    ///
    /// ```
    /// use org_shapes::workmail::CreateUserError;
    /// let error = CreateUserError::parse(None, br#"{"__type": "InvalidPasswordException"}"#);
    /// assert_eq!(error, CreateUserError::InvalidPassword { message: None, status: None });
    /// assert!(!error.is_retryable());
    /// ```
    pub enum CreateUserError in workmail {
        /// WorkMail could not sign in to the directory with the credentials it holds.
        DirectoryServiceAuthenticationFailed = "DirectoryServiceAuthenticationFailedException",
        /// The organization's directory cannot be reached.
        DirectoryUnavailable = "DirectoryUnavailableException",
        /// A request member breaks the service's rules.
        InvalidParameter = "InvalidParameterException",
        /// The password breaks the directory's password policy (see
        /// `workmail::Password`'s policy check, which predicts it).
        InvalidPassword = "InvalidPasswordException",
        /// The user name is already taken.
        NameAvailability = "NameAvailabilityException",
        /// No organization has the id given.
        OrganizationNotFound = "OrganizationNotFoundException",
        /// The organization is not in a state that allows adding users (it must be active).
        /// Not retryable as such: wait until the organization is active, then send again.
        OrganizationState = "OrganizationStateException",
        /// The user name is reserved.
        ReservedName = "ReservedNameException",
        /// The organization or its directory does not support the operation.
        UnsupportedOperation = "UnsupportedOperationException",
    }
}
