//! Shapes of AWS Organizations (`organizations`, API version 2016-11-28) used by
//! `CreateOrganization`.

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
#[cfg(any(feature = "proptest", feature = "arbitrary"))]
pub(crate) use create_organization::for_each_create_organization_member;
pub use create_organization::CreateOrganizationRequest;
#[cfg(feature = "alloc")]
pub use create_organization::{
    CreateOrganizationInput, CreateOrganizationResponse, Organization, PolicyTypeSummary,
    ValidOrganization, ValidPolicyTypeSummary,
};
