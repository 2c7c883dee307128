#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
// The guide links to items behind `alloc`; the docs with every feature still deny broken links.
#![cfg_attr(not(feature = "alloc"), allow(rustdoc::broken_intra_doc_links))]
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
#[cfg(feature = "alloc")]
mod escape;
#[macro_use]
mod members;
pub mod error;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub mod json;
mod layout;
mod model;
#[cfg(feature = "regex")]
mod regex_support;
mod registry;
mod text;
pub mod validate;
pub mod violation;

#[cfg(feature = "alloc")]
pub mod service_error;

pub mod organizations;
pub mod workmail;

#[cfg(feature = "arbitrary")]
mod arbitrary_support;
#[cfg(feature = "proptest")]
#[path = "proptest_support/mod.rs"]
pub mod strategy;

#[cfg(any(feature = "aws-sdk-workmail", feature = "aws-sdk-organizations"))]
pub mod aws_sdk;

pub use error::{Error, ErrorKind, Service, Shape};
pub use registry::SHAPES;
pub use validate::{Context, Validate};
#[cfg(feature = "alloc")]
pub use violation::Violations;
pub use violation::{Count, Path, Sink, Violation};

/// A value checked in `const` context, for [`literal!`] (use the macro), which builds
/// constants of every shape, heap-owning ones included.
///
/// ```
/// use org_shapes::organizations::AccountId;
///
/// let checked = AccountId::literal("222222222222")?;
/// assert_eq!(checked.into_inner().as_str(), "222222222222");
/// assert!(AccountId::literal("11111111111x").is_err());
/// # Ok::<(), org_shapes::Error>(())
/// ```
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

/// Builds a value of a shape from a string literal, as in
/// [the quick start](crate#quick-start-check-a-request-body); an invalid one is a compile error:
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
