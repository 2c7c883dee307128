//! The errors Amazon WorkMail documents for `CreateOrganization` and `CreateUser`.

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
    pub enum CreateOrganizationError {
        /// A request member breaks the service's rules (validation predicts most).
        InvalidParameter = "InvalidParameterException",
        /// The directory already serves another WorkMail organization.
        DirectoryInUse = "DirectoryInUseException",
        /// The directory cannot be reached: deleted, or in another Region.
        DirectoryUnavailable = "DirectoryUnavailableException",
        /// An account quota is reached: retryable as throttling (botocore's), in vain until raised.
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
    pub enum CreateUserError {
        /// WorkMail could not sign in to the directory.
        DirectoryServiceAuthenticationFailed = "DirectoryServiceAuthenticationFailedException",
        /// The organization's directory cannot be reached.
        DirectoryUnavailable = "DirectoryUnavailableException",
        /// A request member breaks the service's rules.
        InvalidParameter = "InvalidParameterException",
        /// The password breaks the directory's policy ([`Password::check_policy`](crate::workmail::Password::check_policy)).
        InvalidPassword = "InvalidPasswordException",
        /// The user name is already taken.
        NameAvailability = "NameAvailabilityException",
        /// No organization has the id given.
        OrganizationNotFound = "OrganizationNotFoundException",
        /// The organization is not active yet; send again once it is.
        OrganizationState = "OrganizationStateException",
        /// The user name is reserved.
        ReservedName = "ReservedNameException",
        /// The organization or its directory does not support the operation.
        UnsupportedOperation = "UnsupportedOperationException",
    }
}
