//! Validated types for the requests and responses of three AWS operations: Amazon WorkMail
//! `CreateOrganization` and `CreateUser`, and AWS Organizations `CreateOrganization`.
//!
//! Each constrained shape of the official AWS models has a newtype here whose constructors
//! check the model's length bounds and pattern, so a value of the type is one AWS accepts for
//! that field. The checks are small hand-written functions over bytes: no regex, no
//! allocation, usable in `const` context.
//!
//! ```
//! use org_shapes::workmail::{DirectoryId, OrgAlias};
//!
//! let alias: OrgAlias = "acme-corp".parse()?;
//! assert_eq!(alias.as_str(), "acme-corp");
//! assert!("d-acme".parse::<OrgAlias>().is_err()); // the `d-` prefix is reserved
//!
//! const DIRECTORY: DirectoryId = org_shapes::literal!(DirectoryId, "d-0123456789");
//! assert_eq!(DIRECTORY.as_str(), "d-0123456789");
//! # Ok::<(), org_shapes::Error>(())
//! ```
//!
//! # Guide
//!
//! Each operation comes as a typed request that is valid by construction, an `…Input` that
//! holds a request as it arrived (checked all at once by `validate()`), a lenient response type
//! checked by its own `validate()`, and the error answers the operation documents.
//!
//! ## Build a request
//!
//! Builders take checked values, so building cannot fail; `Serialize` writes the JSON body of
//! the operation, members in model order, absent members left out.
//!
//! ```
//! # #[cfg(feature = "serde")] fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use org_shapes::literal;
//! use org_shapes::organizations::{self, FeatureSet};
//! use org_shapes::workmail::{
//!     CreateOrganizationRequest, CreateUserRequest, CreateUserRole, DirectoryId, Domain,
//!     Domains, UserDirectory,
//! };
//!
//! let mut domains = Domains::new(); // at most five, by construction
//! domains.push(Domain::new("mail.example.com".parse()?).with_hosted_zone("Z0123456789ABC".parse()?))?;
//! let organization = CreateOrganizationRequest::builder("acme".parse()?)
//!     .directory(UserDirectory::Existing(literal!(DirectoryId, "d-0123456789")))
//!     .domains(domains)
//!     .build();
//! assert_eq!(
//!     serde_json::to_string(&organization)?,
//!     r#"{"DirectoryId":"d-0123456789","Alias":"acme","Domains":[{"DomainName":"mail.example.com","HostedZoneId":"Z0123456789ABC"}]}"#
//! );
//!
//! let user = CreateUserRequest::builder(
//!     "m-0123456789abcdef0123456789abcdef".parse()?,
//!     "jdoe".parse()?,
//!     "Jane Doe".parse()?,
//! )
//! .role(CreateUserRole::RemoteUser)
//! .build();
//! assert_eq!(
//!     serde_json::to_string(&user)?,
//!     r#"{"OrganizationId":"m-0123456789abcdef0123456789abcdef","Name":"jdoe","DisplayName":"Jane Doe","Role":"REMOTE_USER"}"#
//! );
//!
//! let billing = organizations::CreateOrganizationRequest::with_feature_set(FeatureSet::ConsolidatedBilling);
//! assert_eq!(serde_json::to_string(&billing)?, r#"{"FeatureSet":"CONSOLIDATED_BILLING"}"#);
//! # Ok(()) }
//! # #[cfg(not(feature = "serde"))] fn main() {}
//! ```
//!
//! The console's set-up choices (mail domain, directory, encryption) map onto a request with
//! [`workmail::OrganizationSetup`].
//!
//! ## Check a request as it arrived
//!
//! Reading a body into an `…Input` fails only on malformed JSON. Its `validate()` then
//! reports every violation at once, in model member order, members the model does not have
//! last: what AWS would answer, and a JSON pointer for each. Sensitive members (passwords,
//! names) never show their value.
//!
//! ```
//! # #[cfg(feature = "serde")] fn main() -> Result<(), serde_json::Error> {
//! use org_shapes::workmail::CreateUserInput;
//!
//! let body = r#"{
//!     "OrganizationId": "m-0123456789ABCDEF0123456789ABCDEF",
//!     "Name": "jane doe",
//!     "Password": "",
//!     "Role": "SYSTEM_USER",
//!     "HiddenFromGlobalAddressList": "yes",
//!     "Nmae": "jdoe"
//! }"#;
//! let input: CreateUserInput = serde_json::from_str(body)?;
//! let violations = input.validate().unwrap_err();
//!
//! let pointers: Vec<String> =
//!     violations.iter().map(|v| v.path().json_pointer().to_string()).collect();
//! assert_eq!(
//!     pointers,
//!     ["/OrganizationId", "/Name", "/DisplayName", "/Password", "/Role",
//!      "/HiddenFromGlobalAddressList", "/Nmae"]
//! );
//! assert!(violations.to_string().starts_with("7 validation errors detected: Value 'm-0123"));
//! assert_eq!(
//!     violations.as_slice()[2].to_string(),
//!     "Value null at 'displayName' failed to satisfy constraint: Member must not be null"
//! );
//! assert!(violations.as_slice()[3].to_string().starts_with("Value at 'password'"));
//! # Ok(()) }
//! # #[cfg(not(feature = "serde"))] fn main() {}
//! ```
//!
//! For emulators and test servers, [`Violations::to_error_body`] writes the error body the
//! service would send. Rules that need facts the request does not carry are opt-in:
//! `validate_with_directory` (the directory's alias, kind, sharing) and
//! `validate_for_directory` (user-name length outside WorkMail directories).
//!
//! ## Read a response
//!
//! Responses parse whatever AWS may send, as Smithy asks of clients: unknown members are
//! skipped, enum values the crate does not know are kept. `validate()` checks each member
//! against its shape; for Organizations, `check_consistency()` then checks that the members
//! agree with each other.
//!
//! ```
//! # #[cfg(feature = "serde")] fn main() -> Result<(), serde_json::Error> {
//! use org_shapes::organizations::{CreateOrganizationResponse, FeatureSet};
//! use org_shapes::workmail::CreateUserResponse;
//!
//! let user: CreateUserResponse = serde_json::from_str(r#"{"UserId": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"}"#)?;
//! assert_eq!(user.validate().unwrap().as_str(), "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
//!
//! let body = r#"{"Organization": {
//!     "Id": "o-exampleorgid", "FeatureSet": "ALL", "NewMember": true,
//!     "Arn": "arn:aws:organizations::111111111111:organization/o-exampleorgid",
//!     "MasterAccountArn": "arn:aws:organizations::111111111111:account/o-exampleorgid/222222222222",
//!     "MasterAccountId": "111111111111", "MasterAccountEmail": "bill@example.com",
//!     "AvailablePolicyTypes": [{"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"}]}}"#;
//! let response: CreateOrganizationResponse = serde_json::from_str(body)?;
//! let organization = response.validate().unwrap(); // every member fits its shape
//! assert_eq!(organization.feature_set, FeatureSet::All);
//! // ...but the management account's ARN names another account.
//! let problems = organization.check_consistency().unwrap_err();
//! assert_eq!(problems.len(), 1);
//! assert_eq!(
//!     problems.as_slice()[0].path().json_pointer().to_string(),
//!     "/Organization/MasterAccountArn"
//! );
//! # Ok(()) }
//! # #[cfg(not(feature = "serde"))] fn main() {}
//! ```
//!
//! ## Read an error response
//!
//! Error answers are read from the `X-Amzn-Errortype` header (when the caller has it) and the
//! body, without `serde`. Parsing never fails: unknown codes and reasons are kept. Each error
//! says whether sending again can help.
//!
//! ```
//! # #[cfg(feature = "alloc")] {
//! use org_shapes::organizations::CreateOrganizationError;
//! use org_shapes::service_error::organizations::ConstraintViolationReason;
//!
//! let error = CreateOrganizationError::parse(
//!     None,
//!     br#"{"__type": "ConstraintViolationException", "Message": "Add a payment method.",
//!          "Reason": "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED"}"#,
//! );
//! assert!(matches!(
//!     error,
//!     CreateOrganizationError::ConstraintViolation {
//!         reason: Some(ConstraintViolationReason::MasterAccountPaymentInstrumentRequired),
//!         ..
//!     }
//! ));
//! assert_eq!(error.message(), Some("Add a payment method."));
//! assert!(!error.is_retryable());
//!
//! let throttled = CreateOrganizationError::parse(Some("TooManyRequestsException"), b"{}");
//! assert!(throttled.is_retryable());
//! # }
//! ```
//!
//! ## Without an allocator
//!
//! Without the `alloc` feature, every shape still validates from a `&str` (in `const` context
//! too), the short shapes are stored inline and are `Copy`, the typed requests can be built
//! from them and from `literal!` constants, and whole-request checks report to a [`Sink`]: a
//! closure, or [`violation::Count`] when a verdict is all that is needed. The `…Input` types,
//! `Violations` and the service errors need `alloc`.
//!
//! ```
//! use org_shapes::violation::{Constraint, Count, Rule};
//! use org_shapes::workmail::{
//!     CreateOrganizationRequest, DirectoryFacts, DirectoryId, DirectoryKind, OrgAlias,
//!     UserDirectory, UserName,
//! };
//! use org_shapes::{literal, ErrorKind, Violation};
//!
//! const ALIAS_OK: bool = OrgAlias::validate("acme").is_ok(); // checked at compile time
//! assert!(ALIAS_OK);
//! assert!(matches!(
//!     UserName::validate("jane doe").map_err(|e| e.kind()),
//!     Err(ErrorKind::InvalidChar { index: 4, .. })
//! ));
//!
//! const DIRECTORY: DirectoryId = literal!(DirectoryId, "d-0123456789");
//! let alias = OrgAlias::new("acme")?; // inline storage: no allocation, and `Copy`
//! let request = CreateOrganizationRequest::builder(alias)
//!     .directory(UserDirectory::AdConnectorWithInteroperability(DIRECTORY))
//!     .build();
//!
//! // The directory turns out to be a Simple AD: interoperability needs an AD Connector.
//! let facts = DirectoryFacts::new(DIRECTORY, "acme", DirectoryKind::SimpleAd);
//! let mut count = Count::default();
//! request.check_directory(&facts, &mut count);
//! assert_eq!(count.0, 1);
//! request.check_directory(&facts, &mut |v: Violation| {
//!     assert_eq!(*v.constraint(), Constraint::Rule(Rule::InteroperabilityNeedsAdConnector));
//! });
//! # Ok::<(), org_shapes::Error>(())
//! ```
//!
//! # How the patterns are read
//!
//! The AWS models write patterns in the dialect of Java and ECMAScript. This crate reads them
//! as AWS services apply them:
//!
//! - a pattern must match the **whole** value, anchored or not;
//! - `\d` is `[0-9]`, `\w` is `[A-Za-z0-9_]` and `\s` is ASCII whitespace (space, tab, line
//!   feed, vertical tab, form feed, carriage return), never their Unicode extensions;
//! - lengths count chars (Unicode scalar values), not bytes, and are checked before the pattern.
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `std` | yes | implies `alloc`; `std::error::Error` through `core::error::Error` |
//! | `alloc` | via `std` | owned values of the long shapes, `FromStr`, `TryFrom<String>` |
//! | `serde` | yes | `Serialize` as the canonical text, `Deserialize` through validation |
//! | `regex` | no | `Type::regex()`: a compiled regex equivalent to each shape's pattern |
//! | `proptest` | no | `proptest::arbitrary::Arbitrary` for every type, requests and responses included, and the `strategy` module: invalid texts per shape, inputs with known faults; implies `std` |
//! | `arbitrary` | no | `arbitrary::Arbitrary` for every type, for fuzzing harnesses; implies `alloc` |
//! | `aws-sdk-workmail` | no | implies `std`; module `aws_sdk`: conversions to and from `aws-sdk-workmail`, the validating interceptor |
//! | `aws-sdk-organizations` | no | implies `std`; the same for `aws-sdk-organizations` |
//!
//! Without `alloc`, every shape can still be validated from a `&str`, and the short shapes
//! (ids, account id, alias, user name, client token, identity-provider user id, ARNs) are held
//! in inline buffers.
//!
//! ## Serde
//!
//! With `serde` (a default feature), every newtype serializes as its text and deserializes
//! through its validation; typed requests serialize as the operation's JSON body and
//! deserialize through their input's `validate()`, so a body with any violation (an unknown
//! member included) is refused with the complete AWS message. The `…Input` and response types
//! read anything well-formed and write back what they read.
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "alloc"))] fn main() -> Result<(), serde_json::Error> {
//! use org_shapes::workmail::{CreateOrganizationRequest, OrgAlias};
//!
//! let alias: OrgAlias = serde_json::from_str(r#""acme""#)?;
//! assert!(serde_json::from_str::<OrgAlias>(r#""d-acme""#).is_err());
//!
//! let err = serde_json::from_str::<CreateOrganizationRequest>(r#"{"Alias": "acme", "Alais": "x"}"#)
//!     .unwrap_err();
//! assert!(err.to_string().starts_with("1 validation error detected: Value at 'Alais'"));
//! # let _ = alias;
//! # Ok(()) }
//! # #[cfg(not(all(feature = "serde", feature = "alloc")))] fn main() {}
//! ```
//!
//! ## Regular expressions with `regex`
//!
//! `Type::regex()` gives a compiled regex equivalent to the shape's pattern, anchored and with
//! ASCII classes, for forms, schemas and other tools that want one; lengths stay separate
//! (`MIN_LEN`, `MAX_LEN`). The crate's own validators do not use it.
//!
//! ```
//! # #[cfg(feature = "regex")] {
//! use org_shapes::workmail::{DirectoryId, OrgAlias};
//!
//! assert_eq!(DirectoryId::regex().as_str(), "^d-[0-9a-f]{10}$");
//! // The model's look-ahead `(?!d-)`, which the `regex` crate cannot compile, is spelled out.
//! assert!(OrgAlias::regex().is_match("D-acme") && !OrgAlias::regex().is_match("d-acme"));
//! # }
//! ```
//!
//! ## Property tests with `proptest`
//!
//! `any::<T>()` yields values AWS accepts, built from each shape's structure so that they
//! reach its whole length range and char class. The `strategy` module adds, for each shape,
//! texts refused in one chosen way (too long, a bad char at a random position, a bad prefix…),
//! to test error paths:
//!
//! ```
//! # #[cfg(feature = "proptest")]
//! # fn main() {
//! use org_shapes::strategy::{any_invalid, Fault, ShapeStrategy};
//! use org_shapes::workmail::UserName;
//! use proptest::prelude::*;
//!
//! proptest!(|(name in any::<UserName>())| {
//!     prop_assert!((1..=64).contains(&name.as_str().len()));
//! });
//!
//! // Every way a user name can be refused, each with the error it leads to.
//! proptest!(|(bad in any_invalid::<UserName>())| {
//!     let err = UserName::validate(&bad.text).unwrap_err();
//!     prop_assert!(bad.fault.matches(err.kind()));
//! });
//!
//! // Or one way only.
//! let too_long = UserName::invalid_text(Fault::TooLong).unwrap();
//! proptest!(|(text in too_long)| {
//!     prop_assert!(UserName::validate(&text).unwrap_err().kind().is_length());
//! });
//! # }
//! # #[cfg(not(feature = "proptest"))]
//! # fn main() {}
//! ```
//!
//! Whole requests and responses implement `Arbitrary` too, and inputs with a chosen number of
//! known faults test the error paths of code that receives requests: each fault yields
//! exactly one violation, at a known path.
//!
//! ```
//! # #[cfg(feature = "proptest")]
//! # fn main() {
//! use org_shapes::strategy::workmail_create_user_with_faults;
//! use org_shapes::workmail::{CreateUserInput, CreateUserRequest};
//! use proptest::prelude::*;
//!
//! proptest!(|(request in any::<CreateUserRequest>())| {
//!     prop_assert_eq!(CreateUserInput::from(&request).validate(), Ok(request));
//! });
//!
//! proptest!(|(faulty in workmail_create_user_with_faults(1..=5))| {
//!     let violations = faulty.input.validate().unwrap_err();
//!     prop_assert!(faulty.agrees_with(violations.as_slice()));
//! });
//! # }
//! # #[cfg(not(feature = "proptest"))]
//! # fn main() {}
//! ```
//!
//! ## Fuzzing with `arbitrary`
//!
//! Every type implements `arbitrary::Arbitrary`, so a cargo-fuzz target can take validated
//! values as input. Any bytes, even none, give a valid value, and `size_hint` is exact:
//!
//! ```
//! # #[cfg(feature = "arbitrary")]
//! # fn main() -> arbitrary::Result<()> {
//! use arbitrary::{Arbitrary, Unstructured};
//! use org_shapes::workmail::{DirectoryId, OrgAlias};
//!
//! let data = [7u8, 42, 0, 255, 13, 99, 1, 2, 3, 4, 5, 6];
//! let alias = OrgAlias::arbitrary(&mut Unstructured::new(&data))?;
//! assert!(OrgAlias::validate(alias.as_str()).is_ok());
//!
//! let empty = OrgAlias::arbitrary(&mut Unstructured::new(&[]))?;
//! assert!(OrgAlias::validate(empty.as_str()).is_ok());
//!
//! // A directory id reads one byte per hex digit.
//! assert_eq!(DirectoryId::size_hint(0), (10, Some(10)));
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "arbitrary"))]
//! # fn main() {}
//! ```
//!
//! Requests and responses are built from their members the same way, so a harness can take a
//! whole request:
//!
//! ```
//! # #[cfg(feature = "arbitrary")]
//! # fn main() -> arbitrary::Result<()> {
//! use arbitrary::{Arbitrary, Unstructured};
//! use org_shapes::workmail::{CreateOrganizationInput, CreateOrganizationRequest};
//!
//! // In a cargo-fuzz target: `fuzz_target!(|request: CreateOrganizationRequest| { … })`.
//! for data in [&[][..], &[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9][..]] {
//!     let request = CreateOrganizationRequest::arbitrary(&mut Unstructured::new(data))?;
//!     assert_eq!(CreateOrganizationInput::from(&request).validate(), Ok(request));
//! }
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "arbitrary"))]
//! # fn main() {}
//! ```
//!
//! ## The AWS SDK for Rust
//!
//! The features `aws-sdk-workmail` and `aws-sdk-organizations` add the module `aws_sdk`:
//! conversions between this crate's requests and responses and the SDK's, and an interceptor
//! that refuses an invalid input with every violation before the SDK sends anything. Its
//! documentation shows both.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[macro_use]
mod macros;
#[cfg(feature = "serde")]
#[macro_use]
mod serde_support;
#[macro_use]
pub mod wire;
#[cfg(feature = "alloc")]
mod check;
#[macro_use]
mod members;
pub mod error;
#[rustfmt::skip] // @generated by tests/model_facts.rs, byte for byte
mod model;
#[cfg(all(feature = "serde", feature = "alloc"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "serde", feature = "alloc"))))]
pub mod json;
#[cfg(feature = "regex")]
mod regex_support;
mod registry;
mod text;
pub mod validate;
pub mod violation;

#[cfg(doctest)]
mod compile_fail;

/// The code blocks of the README, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[cfg(feature = "alloc")]
pub mod service_error;

pub mod organizations;
pub mod workmail;

#[cfg(feature = "arbitrary")]
mod arbitrary_support;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
#[path = "proptest_support/mod.rs"]
pub mod strategy;

#[cfg(any(feature = "aws-sdk-workmail", feature = "aws-sdk-organizations"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "aws-sdk-workmail", feature = "aws-sdk-organizations")))
)]
pub mod aws_sdk;

pub use error::{Error, ErrorKind, Service, Shape};
pub use registry::SHAPES;
pub use validate::{Context, Validate};
#[cfg(feature = "alloc")]
pub use violation::Violations;
pub use violation::{Count, Path, Sink, Violation};

/// A value checked in `const` context, ready to be taken out with [`Literal::into_inner`].
///
/// It exists so that [`literal!`] can build constants of every shape, including those that
/// own heap memory at run time; use the macro rather than this type.
pub struct Literal<T>(core::mem::ManuallyDrop<T>);

impl<T> Literal<T> {
    pub(crate) const fn new(value: T) -> Self {
        Literal(core::mem::ManuallyDrop::new(value))
    }

    /// The checked value.
    pub const fn into_inner(self) -> T {
        core::mem::ManuallyDrop::into_inner(self.0)
    }
}

/// Builds a value of a shape from a string literal at compile time.
///
/// An invalid literal is a compile error, so the constant needs no check at run time:
///
/// ```
/// use org_shapes::organizations::AccountId;
/// const MANAGEMENT: AccountId = org_shapes::literal!(AccountId, "111111111111");
/// ```
///
/// ```compile_fail
/// use org_shapes::organizations::AccountId;
/// const MANAGEMENT: AccountId = org_shapes::literal!(AccountId, "11111111111x");
/// ```
#[macro_export]
macro_rules! literal {
    ($ty:ty, $s:expr $(,)?) => {{
        const VALUE: $ty = match <$ty>::literal($s) {
            ::core::result::Result::Ok(v) => v.into_inner(),
            ::core::result::Result::Err(_) => {
                ::core::panic!(::core::concat!(
                    "invalid literal for ",
                    ::core::stringify!($ty)
                ))
            }
        };
        VALUE
    }};
}
