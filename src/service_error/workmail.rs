//! The errors Amazon WorkMail documents for `CreateOrganization` and `CreateUser`.
//!
//! Each says something about the request, the account or the directory that stays true until
//! someone changes it, and is not retryable, but for `LimitExceededException`, which botocore
//! and the AWS SDK for Rust retry as throttling. Codes outside the documented list
//! (throttling, internal failures, which every AWS operation can answer) land in `Unknown`.
//! Any error with status 500, 502, 503 or 504 is retryable, when read with the status; see
//! the [retry rules](super#retry-rules).

use alloc::string::String;

use super::ErrorResponse;

/// Declares a WorkMail error enum: one variant per documented code, each with its message.
macro_rules! workmail_error {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $( $(#[$vattr:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vattr])*
                #[doc = ""]
                #[doc = concat!("Code `", $code, "`.")]
                $variant {
                    /// The service's message, if any.
                    message: Option<String>,
                    /// The HTTP status, when the error was read with it.
                    status: Option<u16>,
                },
            )+
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

        impl $name {
            /// The documented codes, in model order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// Reads an error response: the `X-Amzn-Errortype` header value if the caller has
            /// it, and the body. Never fails; see [`ErrorResponse::parse`]. Without the HTTP
            /// status, [`Self::is_retryable`] cannot see a 5xx answer: use
            /// [`Self::parse_with_status`] when you have it.
            pub fn parse(header: Option<&str>, body: &[u8]) -> Self {
                ErrorResponse::parse(header, body).into()
            }

            /// Reads an error response with its HTTP status, which [`Self::is_retryable`]
            /// then follows. Never fails; see [`ErrorResponse::parse_with_status`].
            ///
            /// ```
            #[doc = concat!("use org_shapes::workmail::", stringify!($name), ";")]
            ///
            /// let body = b"<html><body>502 Bad Gateway</body></html>";
            #[doc = concat!("let error = ", stringify!($name), "::parse_with_status(502, None, body);")]
            #[doc = concat!("assert!(matches!(error, ", stringify!($name), "::Unknown { .. }));")]
            /// assert_eq!(error.code(), "");
            /// assert_eq!(error.status(), Some(502));
            /// assert!(error.is_retryable());
            /// // Without the status, the same answer is not retryable.
            #[doc = concat!("assert!(!", stringify!($name), "::parse(None, body).is_retryable());")]
            /// ```
            pub fn parse_with_status(status: u16, header: Option<&str>, body: &[u8]) -> Self {
                ErrorResponse::parse_with_status(status, header, body).into()
            }

            /// The error code, as the service names it (`Unknown` keeps the one it got).
            pub fn code(&self) -> &str {
                match self {
                    $($name::$variant { .. } => $code,)+
                    $name::Unknown { code, .. } => code,
                }
            }

            /// The service's message, if it sent one.
            pub fn message(&self) -> Option<&str> {
                match self {
                    $($name::$variant { message, .. } => message.as_deref(),)+
                    $name::Unknown { message, .. } => message.as_deref(),
                }
            }

            /// The HTTP status, when the error was read with it ([`Self::parse_with_status`]).
            ///
            /// ```
            #[doc = concat!("use org_shapes::workmail::", stringify!($name), ";")]
            ///
            /// let body = br#"{"__type": "InvalidParameterException"}"#;
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse_with_status(400, None, body).status(), Some(400));")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(None, body).status(), None);")]
            /// ```
            pub fn status(&self) -> Option<u16> {
                match self {
                    $($name::$variant { status, .. } => *status,)+
                    $name::Unknown { status, .. } => *status,
                }
            }

            /// Whether to send the same request again, as botocore's standard retry mode
            /// decides: with the status, as [`super::is_retryable_response`] says (any 500,
            /// 502, 503, 504; throttling and transient codes); without it, as
            /// [`super::is_retryable_code`] says. Of the documented errors, only
            /// `LimitExceededException` (an error of `CreateOrganization`) is retryable by its
            /// code.
            ///
            /// ```
            #[doc = concat!("use org_shapes::workmail::", stringify!($name), ";")]
            ///
            #[doc = concat!("let throttled = ", stringify!($name), "::parse_with_status(400, Some(\"ThrottlingException\"), b\"{}\");")]
            /// assert!(throttled.is_retryable());
            #[doc = concat!("let unavailable = ", stringify!($name), "::parse_with_status(503, None, b\"\");")]
            /// assert!(unavailable.is_retryable());
            #[doc = concat!("let invalid = ", stringify!($name), "::parse_with_status(400, Some(\"InvalidParameterException\"), b\"{}\");")]
            /// assert!(!invalid.is_retryable());
            /// ```
            pub fn is_retryable(&self) -> bool {
                super::is_retryable(self.status(), self.code())
            }
        }

        impl From<ErrorResponse> for $name {
            fn from(response: ErrorResponse) -> Self {
                let ErrorResponse { code, message, status, .. } = response;
                match code.as_str() {
                    $($code => $name::$variant { message, status },)+
                    _ => $name::Unknown { code, message, status },
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                super::render::display_error(f, self.code(), self.message())
            }
        }

        impl core::error::Error for $name {}
    };
}

workmail_error! {
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

workmail_error! {
    /// An error answer of WorkMail `CreateUser`.
    ///
    /// ```
    /// use org_shapes::workmail::CreateUserError;
    /// let error = CreateUserError::parse(None, br#"{"__type": "InvalidPasswordException"}"#);
    /// assert_eq!(error, CreateUserError::InvalidPassword { message: None, status: None });
    /// assert!(!error.is_retryable());
    /// ```
    pub enum CreateUserError {
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
