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
//! | `proptest` | no | `proptest::arbitrary::Arbitrary` for every type, and the `strategy` module: valid and invalid texts per shape; implies `std` |
//! | `arbitrary` | no | `arbitrary::Arbitrary` for every type, for fuzzing harnesses; implies `alloc` |
//! | `aws-sdk-workmail` | no | implies `std`; module `aws_sdk`: conversions to and from `aws-sdk-workmail`, the validating interceptor |
//! | `aws-sdk-organizations` | no | implies `std`; the same for `aws-sdk-organizations` |
//!
//! Without `alloc`, every shape can still be validated from a `&str`, and the short shapes
//! (ids, account id, alias, user name, client token, identity-provider user id, ARNs) are held
//! in inline buffers.
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
#[macro_use]
pub mod wire;
#[cfg(feature = "alloc")]
mod check;
pub mod error;
#[cfg(feature = "regex")]
mod regex_support;
#[cfg(feature = "serde")]
mod serde_support;
mod text;
pub mod violation;

#[cfg(doctest)]
mod compile_fail;

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
#[cfg(feature = "alloc")]
pub use violation::Violations;
pub use violation::{Path, Sink, Violation};

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
