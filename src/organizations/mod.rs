//! Shapes of AWS Organizations (`organizations`, API version 2016-11-28) used by
//! `CreateOrganization`.

/// A validator `$name`: the verdict on the bytes `$b` of `$s` (and the `let`s) from `$fits`, a
/// word at a time; the details of a refusal from `$why`, on the cold path.
macro_rules! validator {
    (
        $(#[$doc:meta])*
        $name:ident($s:ident, $b:ident) $(let $x:ident = $e:expr;)* if $fits:expr; else $why:block
    ) => {
        $(#[$doc])*
        const fn $name($s: &str) -> Result<(), crate::Error> {
            #[cold]
            #[inline(never)]
            const fn explain($s: &str) -> Result<(), crate::Error> $why

            let $b = $s.as_bytes();
            $(let $x = $e;)*
            if $fits {
                return Ok(());
            }
            explain($s)
        }
    };
}

pub(crate) mod arn;
pub mod create_organization;
mod email;
mod feature_set;
mod ids;
mod policy;

pub use arn::{AccountArn, OrganizationArn};
pub use email::Email;
pub use feature_set::FeatureSet;
pub use ids::{AccountId, OrganizationId};
pub use policy::{PolicyType, PolicyTypeStatus};

#[cfg(feature = "alloc")]
pub use crate::service_error::organizations::CreateOrganizationError;
pub use create_organization::*;
