//! Shapes of Amazon WorkMail (`workmail`, API version 2017-10-01) used by `CreateOrganization`
//! and `CreateUser`.

mod alias;
mod client_token;
mod directory;
mod domain;
mod identity_provider;
mod kms;
mod organization_id;
mod password;
mod role;
mod user_attribute;
mod user_id;
mod user_name;

pub use alias::OrgAlias;
pub use client_token::ClientToken;
pub use directory::DirectoryId;
pub use domain::{DnsLabelError, DomainName, HostedZoneId};
pub use identity_provider::IdentityProviderUserId;
pub use kms::KmsKeyArn;
pub use organization_id::OrganizationId;
pub use password::{Password, PasswordPolicyError};
pub use role::UserRole;
pub use user_attribute::{DisplayName, FirstName, LastName, UserAttribute};
pub use user_id::UserId;
pub use user_name::{UserName, MAX_LEN_OUTSIDE_WORKMAIL_DIRECTORY};
