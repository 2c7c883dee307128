//! The AWS SDK for Rust (features `aws-sdk-workmail`, `aws-sdk-organizations`, default
//! features off; see [the guide](crate#with-the-aws-sdk-for-rust) and [MSRV](crate#msrv)):
//! conversions to and from the SDK's types (tables in the submodules), and
//! [`OrgShapesInterceptor`], which fails a call with every violation before it is sent.

/// SDK builder → `…Input` (empty if the build failed, which it never does) and SDK input →
/// checked request.
macro_rules! sdk_input_conversions {
    ($($builder:ty, $sdk_input:ty => $input:ty => $request:ty;)+) => {$(
        impl From<&$builder> for $input {
            /// What the builder holds, unchecked (`…Input::from(fluent.as_input())`).
            fn from(builder: &$builder) -> Self {
                builder.clone().build().map(|input| Self::from(&input)).unwrap_or_default()
            }
        }

        impl TryFrom<&$sdk_input> for $request {
            type Error = crate::Violations;

            /// Validates the SDK input, with every violation.
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
