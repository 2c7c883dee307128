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
//! release was tested with).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use aws_sdk_workmail as workmail;
//! use org_shapes::aws_sdk::{violations_of, Operation, OrgShapesInterceptor};
//! # use aws_smithy_http_client::test_util::capture_request;
//! # let (http_client, requests) = capture_request(None);
//!
//! let config = workmail::Config::builder()
//! #   .behavior_version(workmail::config::BehaviorVersion::latest())
//! #   .region(workmail::config::Region::new("us-east-1"))
//! #   .credentials_provider(workmail::config::Credentials::new("AKID", "secret", None, None, "example"))
//! #   .http_client(http_client)
//! #   .retry_config(workmail::config::retry::RetryConfig::disabled())
//! #   .timeout_config(workmail::config::timeout::TimeoutConfig::disabled())
//! #   .stalled_stream_protection(workmail::config::StalledStreamProtectionConfig::disabled())
//! #   .identity_cache(workmail::config::IdentityCache::no_cache())
//!     // ... region, credentials, HTTP client as usual, then:
//!     .interceptor(OrgShapesInterceptor::new())
//!     .build();
//! let client = workmail::Client::from_conf(config);
//!
//! let err = client
//!     .create_user()
//!     .organization_id("m-0123456789abcdef0123456789abcdef")
//!     .name("j doe") // a space is not allowed in a user name
//!     .send()
//!     .await
//!     .expect_err("refused before sending");
//!
//! let invalid = violations_of(&err).expect("stopped by the interceptor");
//! assert_eq!(invalid.operation(), Operation::WorkMailCreateUser);
//! assert_eq!(invalid.violations().len(), 2); // the name, and the missing display name
//! # requests.expect_no_request();
//! # }
//! ```

mod interceptor;
#[cfg(feature = "aws-sdk-organizations")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-organizations")))]
pub mod organizations;
#[cfg(feature = "aws-sdk-workmail")]
#[cfg_attr(docsrs, doc(cfg(feature = "aws-sdk-workmail")))]
pub mod workmail;

pub use interceptor::{violations_of, InvalidRequest, Operation, OrgShapesInterceptor};
