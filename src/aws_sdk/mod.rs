//! Working with the official AWS SDK for Rust (features `aws-sdk-workmail` and
//! `aws-sdk-organizations`).
//!
//! The SDK checks nothing before it sends a request: a bad alias or a password that is too
//! long costs a round trip and comes back as a `ValidationException` with the first few
//! problems only. This module closes that gap in two ways:
//!
//! - **Conversions** between this crate's types and the SDK's (see the tables in the
//!   `workmail` and `organizations` submodules, one per feature): build a checked request
//!   here and hand it to the SDK; read what an SDK input holds and validate it; read an SDK
//!   output into a response of this crate and validate that.
//! - **[`OrgShapesInterceptor`]**, added to a client's config in one line, validates every
//!   input of the three operations inside the SDK and fails the call with every violation
//!   ([`InvalidRequest`]) before any HTTP request is made.
//!
//! The SDK crates are optional dependencies with their default features off: the client
//! config you already have brings the HTTP client and the async runtime. They need a newer
//! compiler than the rest of this crate (the SDK's own MSRV, 1.94.1 for the versions this
//! release was tested with). The crate documentation shows the interceptor at work:
//! [With the AWS SDK for Rust](crate#with-the-aws-sdk-for-rust).

/// What every operation's SDK input converts alike: its builder, read as the input it builds
/// (building an SDK operation input never fails; were it to, the input would be empty), and
/// the input validated into the checked request.
macro_rules! sdk_input_conversions {
    ($($builder:ty, $sdk_input:ty => $input:ty => $request:ty;)+) => {$(
        impl From<&$builder> for $input {
            /// What the builder holds, unchecked, so that a call can be validated before it is
            /// built or sent (`…Input::from(fluent.as_input())`).
            fn from(builder: &$builder) -> Self {
                builder.clone().build().map(|input| Self::from(&input)).unwrap_or_default()
            }
        }

        impl TryFrom<&$sdk_input> for $request {
            type Error = crate::Violations;

            /// Validates the SDK input, reporting every violation.
            fn try_from(input: &$sdk_input) -> Result<Self, crate::Violations> {
                <$input>::from(input).into_request()
            }
        }
    )+};
}

mod interceptor;
#[cfg(feature = "aws-sdk-organizations")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-organizations")))]
pub mod organizations;
#[cfg(feature = "aws-sdk-workmail")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-workmail")))]
pub mod workmail;

pub use interceptor::{violations_of, InvalidRequest, Operation, OrgShapesInterceptor};
