//! Shapes of [Amazon WorkMail](crate::Service::WorkMail) used by `CreateOrganization` and
//! `CreateUser`.

mod alias;
mod client_token;
#[cfg(feature = "serde")]
#[macro_use]
mod config;
mod create_organization;
mod create_user;
mod directory;
mod directory_facts;
mod domain;
mod domain_list;
mod identity_provider;
mod kms;
mod organization_id;
mod password;
mod role;
mod setup;
mod state;
mod user_attribute;
mod user_directory;
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

#[cfg(feature = "alloc")]
pub use crate::service_error::workmail::{CreateOrganizationError, CreateUserError};
#[cfg(any(feature = "proptest", feature = "arbitrary"))]
pub(crate) use create_organization::{for_each_create_organization_member, for_each_domain_member};
#[cfg(feature = "alloc")]
pub use create_organization::{CreateOrganizationInput, CreateOrganizationResponse, DomainInput};
pub use create_organization::{CreateOrganizationRequest, CreateOrganizationRequestBuilder};
#[cfg(any(feature = "proptest", feature = "arbitrary"))]
pub(crate) use create_user::for_each_create_user_member;
#[cfg(feature = "alloc")]
pub use create_user::{CreateUserInput, CreateUserResponse};
pub use create_user::{
    CreateUserRequest, CreateUserRequestBuilder, CreateUserRole, CreateUserRoleError,
    RoleNotAllowed,
};
pub use directory_facts::{DirectoryFacts, DirectoryKind};
pub use domain_list::{Domain, Domains, TooManyDomains, MAX_DOMAINS};
pub use setup::{free_test_domain, Encryption, MailDomain, OrganizationSetup, TestDomain};
pub use state::{OrganizationState, UnknownOrganizationState};
pub use user_directory::UserDirectory;
