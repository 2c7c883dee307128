//! Shapes of [AWS Organizations](crate::Service::Organizations) used by `CreateOrganization`.

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
