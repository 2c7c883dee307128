//! The choices the WorkMail console offers when creating an organization (mail domain, user
//! directory, encryption), as types, and the request they amount to.
//!
//! | choice | what the request gets |
//! |---|---|
//! | [`MailDomain::ExistingRoute53`] | one `Domains` element with `DomainName` and `HostedZoneId` |
//! | [`MailDomain::NewRoute53`] | one `Domains` element with `DomainName` only |
//! | [`MailDomain::External`] | one `Domains` element with `DomainName` only |
//! | [`MailDomain::FreeTestDomain`] | no `Domains`: WorkMail creates `<alias>.awsapps.com` itself |
//! | [`UserDirectory::NewWorkMailDirectory`] | no `DirectoryId` |
//! | [`UserDirectory::Existing`] | `DirectoryId` |
//! | [`UserDirectory::AdConnectorWithInteroperability`] | `DirectoryId` and `EnableInteroperability: true` |
//! | [`Encryption::WorkMailManagedKey`] | no `KmsKeyArn` |
//! | [`Encryption::CustomerManagedKey`] | `KmsKeyArn` |
//!
//! ```
//! use org_shapes::workmail::{Encryption, MailDomain, OrganizationSetup};
//!
//! let mut setup = OrganizationSetup::new("acme".parse()?);
//! setup.mail_domain = MailDomain::External { domain: "acme.example".parse()? };
//! setup.encryption = Encryption::CustomerManagedKey(
//!     "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".parse()?,
//! );
//! let request = setup.to_request();
//! assert_eq!(request.domains().len(), 1);
//! assert!(request.kms_key_arn().is_some());
//! assert_eq!(setup.test_domain().as_str(), "acme.awsapps.com");
//! # Ok::<(), org_shapes::Error>(())
//! ```

use core::fmt;

use crate::text::Inline;

use super::{
    CreateOrganizationRequest, CreateOrganizationRequestBuilder, Domain, DomainName, Domains,
    HostedZoneId, KmsKeyArn, OrgAlias, UserDirectory,
};

/// The mail domain chosen for a new organization.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MailDomain {
    /// A domain already managed in a Route 53 hosted zone: WorkMail can write its DNS records.
    ExistingRoute53 {
        /// The domain.
        domain: DomainName,
        /// The hosted zone that serves it.
        hosted_zone_id: HostedZoneId,
    },
    /// A domain to register in Route 53 for the organization. Registering it is a Route 53
    /// step of its own; the request carries only the name. Once the hosted zone exists,
    /// [`MailDomain::ExistingRoute53`] lets WorkMail write the DNS records.
    NewRoute53 {
        /// The domain.
        domain: DomainName,
    },
    /// A domain served by another DNS provider; its owner adds the verification (TXT) and
    /// mail (MX) records there.
    External {
        /// The domain.
        domain: DomainName,
    },
    /// Only the free test domain `<alias>.awsapps.com`, which WorkMail creates with the
    /// organization (see [`free_test_domain`]); another domain can be added later.
    FreeTestDomain,
}

impl MailDomain {
    /// The `Domains` element the choice puts in the request; none for the free test domain.
    pub fn to_domain(&self) -> Option<Domain> {
        match self {
            MailDomain::ExistingRoute53 {
                domain,
                hosted_zone_id,
            } => Some(Domain::new(domain.clone()).with_hosted_zone(hosted_zone_id.clone())),
            MailDomain::NewRoute53 { domain } | MailDomain::External { domain } => {
                Some(Domain::new(domain.clone()))
            }
            MailDomain::FreeTestDomain => None,
        }
    }
}

/// How the organization's mailboxes are encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Encryption {
    /// A key WorkMail creates and manages (the default): no `KmsKeyArn` in the request.
    #[default]
    WorkMailManagedKey,
    /// A customer managed AWS KMS key the caller already has.
    CustomerManagedKey(KmsKeyArn),
}

impl Encryption {
    /// The `KmsKeyArn` member the choice gives.
    pub const fn kms_key_arn(&self) -> Option<&KmsKeyArn> {
        match self {
            Encryption::WorkMailManagedKey => None,
            Encryption::CustomerManagedKey(arn) => Some(arn),
        }
    }
}

/// Every choice of the console's "create organization" page. [`OrganizationSetup::new`] starts
/// from the defaults (free test domain, new WorkMail directory, WorkMail-managed key); set the
/// fields to change them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrganizationSetup {
    /// The organization's alias (with an existing directory, the directory's alias).
    pub alias: OrgAlias,
    /// The mail domain.
    pub mail_domain: MailDomain,
    /// Where the users live.
    pub user_directory: UserDirectory,
    /// How mailboxes are encrypted.
    pub encryption: Encryption,
}

impl OrganizationSetup {
    /// The default choices for an organization named `alias`.
    pub const fn new(alias: OrgAlias) -> Self {
        OrganizationSetup {
            alias,
            mail_domain: MailDomain::FreeTestDomain,
            user_directory: UserDirectory::NewWorkMailDirectory,
            encryption: Encryption::WorkMailManagedKey,
        }
    }

    /// A request builder holding the choices, to add what the console fills in by itself
    /// (such as a client token).
    pub fn request_builder(&self) -> CreateOrganizationRequestBuilder {
        let mut domains = Domains::new();
        if let Some(domain) = self.mail_domain.to_domain() {
            // One domain always fits in an empty list.
            let _ = domains.push(domain);
        }
        CreateOrganizationRequest::builder(self.alias)
            .directory(self.user_directory)
            .domains(domains)
            .encryption(self.encryption.clone())
    }

    /// The request the choices amount to (see the module documentation for each choice).
    pub fn to_request(&self) -> CreateOrganizationRequest {
        self.request_builder().build()
    }

    /// The free test domain the organization gets whatever the choices.
    pub fn test_domain(&self) -> TestDomain {
        free_test_domain(&self.alias)
    }
}

/// The longest test domain: a 62-char alias and `.awsapps.com`.
const TEST_DOMAIN_MAX: usize = 62 + TEST_DOMAIN_SUFFIX.len();
const TEST_DOMAIN_SUFFIX: &str = ".awsapps.com";

/// The free test domain of an organization, such as `acme.awsapps.com`, held inline.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TestDomain(Inline<TEST_DOMAIN_MAX>);

impl TestDomain {
    /// The domain as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The domain as a [`DomainName`] (always a valid one: aliases use only letters, digits
    /// and hyphens).
    ///
    /// # Errors
    ///
    /// None in practice; the `Result` is [`DomainName::new`]'s.
    #[cfg(feature = "alloc")]
    pub fn to_domain_name(&self) -> Result<DomainName, crate::Error> {
        DomainName::new(self.as_str())
    }
}

impl fmt::Display for TestDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TestDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TestDomain").field(&self.as_str()).finish()
    }
}

/// The free test domain WorkMail gives the organization `alias`: the alias in lowercase
/// (DNS ignores case, and lowercase is how names are written) followed by `.awsapps.com`.
///
/// ```
/// use org_shapes::workmail::{free_test_domain, OrgAlias};
/// let alias: OrgAlias = "Acme-Corp".parse()?;
/// assert_eq!(free_test_domain(&alias).as_str(), "acme-corp.awsapps.com");
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub fn free_test_domain(alias: &OrgAlias) -> TestDomain {
    let mut buf = [0u8; TEST_DOMAIN_MAX];
    let parts = alias
        .as_str()
        .bytes()
        .map(|b| b.to_ascii_lowercase())
        .chain(TEST_DOMAIN_SUFFIX.bytes());
    let mut len = 0usize;
    for (slot, b) in buf.iter_mut().zip(parts) {
        *slot = b;
        len = len.saturating_add(1);
    }
    let text = buf
        .get(..len)
        .and_then(|bytes| core::str::from_utf8(bytes).ok())
        .and_then(Inline::try_new)
        .unwrap_or(Inline::EMPTY);
    TestDomain(text)
}
