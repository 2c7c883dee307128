//! The WorkMail console's set-up choices as types: [`OrganizationSetup`].

use core::fmt;

use crate::text::Inline;

use super::{
    CreateOrganizationRequest, CreateOrganizationRequestBuilder, Domain, DomainName, Domains,
    HostedZoneId, KmsKeyArn, OrgAlias, UserDirectory,
};

/// The mail domain chosen for a new organization.
///
/// ```
/// use org_shapes::workmail::MailDomain;
///
/// let choice = MailDomain::External { domain: "acme.example".parse()? };
/// let element = choice.to_domain().expect("one Domains element");
/// assert_eq!(element.domain_name().as_str(), "acme.example");
/// assert_eq!(MailDomain::FreeTestDomain.to_domain(), None);
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MailDomain {
    /// A domain in a Route 53 hosted zone: WorkMail writes its DNS records.
    ExistingRoute53 {
        /// The domain.
        domain: DomainName,
        /// The hosted zone that serves it (the element's `HostedZoneId`).
        hosted_zone_id: HostedZoneId,
    },
    /// A domain to register in Route 53 (a step of its own); the request carries the name.
    NewRoute53 {
        /// The domain.
        domain: DomainName,
    },
    /// A domain of another DNS provider, where its owner adds the TXT and MX records.
    External {
        /// The domain.
        domain: DomainName,
    },
    /// Only the [`free_test_domain`], which every organization gets: no `Domains` element.
    FreeTestDomain,
}

impl MailDomain {
    /// The `Domains` element the choice gives.
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
///
/// ```
/// use org_shapes::workmail::{Encryption, KmsKeyArn};
///
/// let arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
/// let choice = Encryption::CustomerManagedKey(arn.parse()?);
/// assert_eq!(choice.kms_key_arn().map(KmsKeyArn::as_str), Some(arn));
/// assert_eq!(Encryption::default().kms_key_arn(), None);
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Encryption {
    /// A key WorkMail manages (the default; no `KmsKeyArn`).
    #[default]
    WorkMailManagedKey,
    /// A customer managed AWS KMS key.
    CustomerManagedKey(KmsKeyArn),
}

impl CreateOrganizationRequest {
    /// The encryption choice of `KmsKeyArn`.
    pub fn encryption(&self) -> Encryption {
        let key = self.kms_key_arn.clone();
        key.map_or(Encryption::default(), Encryption::CustomerManagedKey)
    }
}

impl CreateOrganizationRequestBuilder {
    /// Sets the encryption choice (`KmsKeyArn`).
    pub fn encryption(mut self, encryption: Encryption) -> Self {
        self.request.kms_key_arn = encryption.kms_key_arn().cloned();
        self
    }
}

impl Encryption {
    /// The `KmsKeyArn` member.
    pub const fn kms_key_arn(&self) -> Option<&KmsKeyArn> {
        match self {
            Encryption::WorkMailManagedKey => None,
            Encryption::CustomerManagedKey(arn) => Some(arn),
        }
    }
}

/// Every choice of the console's "create organization" page.
///
/// ```
/// use org_shapes::workmail::{MailDomain, OrganizationSetup};
///
/// let mut setup = OrganizationSetup::new("acme".parse()?);
/// setup.mail_domain = MailDomain::External { domain: "acme.example".parse()? };
/// assert_eq!(setup.to_request().domains().len(), 1);
/// # #[cfg(all(feature = "serde", feature = "alloc"))] {
/// let config = r#"{"alias": "acme", "mail_domain": {"external": {"domain": "acme.example"}}}"#;
/// assert_eq!(serde_json::from_str::<OrganizationSetup>(config)?, setup);
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// In a configuration file (`serde`, any self-describing format), as the example: choices
/// externally tagged, names in `snake_case`. Only `alias` is required; unknown and repeated
/// members are refused; errors name the member (an unknown name cut to 64 bytes, escaped).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrganizationSetup {
    /// The alias (with an existing directory, the directory's).
    pub alias: OrgAlias,
    /// The mail domain.
    pub mail_domain: MailDomain,
    /// Where the users live.
    pub user_directory: UserDirectory,
    /// How mailboxes are encrypted.
    pub encryption: Encryption,
}

impl OrganizationSetup {
    /// The defaults for `alias`: free test domain, new WorkMail directory, WorkMail key.
    pub const fn new(alias: OrgAlias) -> Self {
        OrganizationSetup {
            alias,
            mail_domain: MailDomain::FreeTestDomain,
            user_directory: UserDirectory::NewWorkMailDirectory,
            encryption: Encryption::WorkMailManagedKey,
        }
    }

    /// A builder holding the choices, to add more (such as a client token).
    pub fn request_builder(&self) -> CreateOrganizationRequestBuilder {
        // One domain at most: it fits.
        let domains = Domains::try_from_iter(self.mail_domain.to_domain()).unwrap_or_default();
        CreateOrganizationRequest::builder(self.alias)
            .directory(self.user_directory)
            .domains(domains)
            .encryption(self.encryption.clone())
    }

    /// The request of the choices.
    pub fn to_request(&self) -> CreateOrganizationRequest {
        self.request_builder().build()
    }

    /// The [`free_test_domain`].
    pub fn test_domain(&self) -> TestDomain {
        free_test_domain(&self.alias)
    }
}

/// A 62-char alias and `.awsapps.com`.
const TEST_DOMAIN_MAX: usize = 62 + TEST_DOMAIN_SUFFIX.len();
const TEST_DOMAIN_SUFFIX: &str = ".awsapps.com";

/// A [`free_test_domain`], held inline; with `serde`, a string that some alias gives.
///
/// ```
/// use org_shapes::workmail::{free_test_domain, OrganizationSetup};
///
/// let setup = OrganizationSetup::new("Acme".parse()?);
/// assert_eq!(setup.test_domain().as_str(), "acme.awsapps.com");
/// assert_eq!(setup.test_domain(), free_test_domain(&setup.alias));
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TestDomain(Inline<TEST_DOMAIN_MAX>);

impl TestDomain {
    /// The domain as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The domain as a [`DomainName`].
    ///
    /// # Errors
    ///
    /// None in practice (aliases use only letters, digits and `-`).
    #[cfg(feature = "alloc")]
    pub fn to_domain_name(&self) -> Result<DomainName, crate::Error> {
        DomainName::new(self.as_str())
    }
}

text_impls!(@display TestDomain);

impl fmt::Debug for TestDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TestDomain").field(&self.as_str()).finish()
    }
}

/// The test domain WorkMail gives every organization: `alias` in lowercase, then `.awsapps.com`.
pub fn free_test_domain(alias: &OrgAlias) -> TestDomain {
    let alias = alias.as_str();
    let mut buf = [0u8; TEST_DOMAIN_MAX];
    let lower = alias.bytes().map(|b| b.to_ascii_lowercase());
    for (slot, b) in buf.iter_mut().zip(lower.chain(TEST_DOMAIN_SUFFIX.bytes())) {
        *slot = b;
    }
    let len = alias.len().saturating_add(TEST_DOMAIN_SUFFIX.len());
    let text = buf.get(..len).and_then(|b| core::str::from_utf8(b).ok());
    TestDomain(text.and_then(Inline::try_new).unwrap_or(Inline::EMPTY))
}

#[cfg(feature = "serde")]
leaf_choice! {
    #[cfg(feature = "alloc")]
    Encryption, "an encryption";
    WorkMailManagedKey = "workmail_managed_key";
    CustomerManagedKey = "customer_managed_key"
}

#[cfg(feature = "serde")]
mod serde_impls {
    use core::fmt;

    use serde::de::{self, Deserializer};
    use serde::ser::{SerializeStruct, Serializer};
    use serde::{Deserialize, Serialize};

    use super::super::config::variant;
    #[cfg(feature = "alloc")]
    use super::super::config::{once, At, Choice, ChoiceAt, Leaf, Record, RecordAt};
    use super::{free_test_domain, MailDomain, OrganizationSetup, TestDomain};
    use super::{DomainName, HostedZoneId, TEST_DOMAIN_SUFFIX};

    const ALIAS: &str = "alias";
    const MAIL_DOMAIN: &str = "mail_domain";
    const USER_DIRECTORY: &str = "user_directory";
    const ENCRYPTION: &str = "encryption";

    impl Serialize for OrganizationSetup {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut out = s.serialize_struct("OrganizationSetup", 4)?;
            out.serialize_field(ALIAS, &self.alias)?;
            out.serialize_field(MAIL_DOMAIN, &self.mail_domain)?;
            out.serialize_field(USER_DIRECTORY, &self.user_directory)?;
            out.serialize_field(ENCRYPTION, &self.encryption)?;
            out.end()
        }
    }

    #[cfg(feature = "alloc")]
    impl Record for OrganizationSetup {
        const MEMBERS: &'static [&'static str] = &[ALIAS, MAIL_DOMAIN, USER_DIRECTORY, ENCRYPTION];
        const WHAT: &'static str = "an organization set-up (a structure)";
        type Parts = (
            Option<super::OrgAlias>,
            Option<MailDomain>,
            Option<super::UserDirectory>,
            Option<super::Encryption>,
        );
        fn member<'de, A: de::MapAccess<'de>>(
            p: &mut Self::Parts,
            map: &mut A,
            at: At<'_>,
        ) -> Result<(), A::Error> {
            match at.name {
                ALIAS => once(&mut p.0, map, at, Leaf::new(at)),
                MAIL_DOMAIN => once(&mut p.1, map, at, ChoiceAt::new(at)),
                USER_DIRECTORY => once(&mut p.2, map, at, ChoiceAt::new(at)),
                _ => once(&mut p.3, map, at, ChoiceAt::new(at)),
            }
        }
        fn build(p: Self::Parts) -> Result<Self, &'static str> {
            let mut setup = OrganizationSetup::new(p.0.ok_or(ALIAS)?);
            setup.mail_domain = p.1.unwrap_or(setup.mail_domain);
            setup.user_directory = p.2.unwrap_or(setup.user_directory);
            setup.encryption = p.3.unwrap_or(setup.encryption);
            Ok(setup)
        }
    }

    #[cfg(feature = "alloc")]
    impl<'de> Deserialize<'de> for OrganizationSetup {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            de::DeserializeSeed::deserialize(RecordAt::new(At::ROOT), d)
        }
    }

    const EXISTING_ROUTE53: &str = "existing_route53";
    const NEW_ROUTE53: &str = "new_route53";
    const EXTERNAL: &str = "external";
    const FREE_TEST_DOMAIN: &str = "free_test_domain";
    const DOMAIN: &str = "domain";
    const HOSTED_ZONE_ID: &str = "hosted_zone_id";

    struct DomainData<'a>(&'a DomainName, Option<&'a HostedZoneId>);

    impl Serialize for DomainData<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let n = if self.1.is_some() { 2 } else { 1 };
            let mut out = s.serialize_struct("MailDomain", n)?;
            out.serialize_field(DOMAIN, self.0)?;
            if let Some(zone) = self.1 {
                out.serialize_field(HOSTED_ZONE_ID, zone)?;
            }
            out.end()
        }
    }

    impl Serialize for MailDomain {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let (name, data) = match self {
                MailDomain::ExistingRoute53 {
                    domain,
                    hosted_zone_id,
                } => (EXISTING_ROUTE53, DomainData(domain, Some(hosted_zone_id))),
                MailDomain::NewRoute53 { domain } => (NEW_ROUTE53, DomainData(domain, None)),
                MailDomain::External { domain } => (EXTERNAL, DomainData(domain, None)),
                MailDomain::FreeTestDomain => return s.serialize_str(FREE_TEST_DOMAIN),
            };
            variant(s, name, &data)
        }
    }

    /// Mail domain variant `VARIANTS[V]`'s data: `domain`, and `hosted_zone_id` in the first only.
    #[cfg(feature = "alloc")]
    struct DomainRecord<const V: u8>(MailDomain);

    #[cfg(feature = "alloc")]
    impl<const V: u8> Record for DomainRecord<V> {
        const MEMBERS: &'static [&'static str] = if V == 0 {
            &[DOMAIN, HOSTED_ZONE_ID]
        } else {
            &[DOMAIN]
        };
        const WHAT: &'static str = if V == 0 {
            "a structure with `domain` and `hosted_zone_id`"
        } else {
            "a structure with `domain`"
        };
        type Parts = (Option<DomainName>, Option<HostedZoneId>);
        fn member<'de, A: de::MapAccess<'de>>(
            p: &mut Self::Parts,
            map: &mut A,
            at: At<'_>,
        ) -> Result<(), A::Error> {
            match at.name {
                DOMAIN => once(&mut p.0, map, at, Leaf::new(at)),
                _ => once(&mut p.1, map, at, Leaf::new(at)),
            }
        }
        fn build(p: Self::Parts) -> Result<Self, &'static str> {
            let domain = p.0.ok_or(DOMAIN)?;
            Ok(DomainRecord(match (V, p.1) {
                (0, Some(hosted_zone_id)) => MailDomain::ExistingRoute53 {
                    domain,
                    hosted_zone_id,
                },
                (0, None) => return Err(HOSTED_ZONE_ID),
                (1, _) => MailDomain::NewRoute53 { domain },
                _ => MailDomain::External { domain },
            }))
        }
    }

    #[cfg(feature = "alloc")]
    impl Choice for MailDomain {
        const VARIANTS: &'static [&'static str] =
            &[EXISTING_ROUTE53, NEW_ROUTE53, EXTERNAL, FREE_TEST_DOMAIN];
        const WHAT: &'static str = "a mail domain";
        const UNIT: (&'static str, Self) = (FREE_TEST_DOMAIN, MailDomain::FreeTestDomain);
        fn data<'de, A: de::MapAccess<'de>>(map: &mut A, at: At<'_>) -> Result<Self, A::Error> {
            Ok(match at.name {
                EXISTING_ROUTE53 => map.next_value_seed(RecordAt::<DomainRecord<0>>::new(at))?.0,
                NEW_ROUTE53 => map.next_value_seed(RecordAt::<DomainRecord<1>>::new(at))?.0,
                _ => map.next_value_seed(RecordAt::<DomainRecord<2>>::new(at))?.0,
            })
        }
    }

    #[cfg(feature = "alloc")]
    impl<'de> Deserialize<'de> for MailDomain {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            de::DeserializeSeed::deserialize(ChoiceAt::new(At::ROOT), d)
        }
    }

    impl Serialize for TestDomain {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for TestDomain {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> de::Visitor<'de> for V {
                type Value = TestDomain;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a test domain, `<alias>.awsapps.com`")
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<TestDomain, E> {
                    let invalid = |why: &dyn fmt::Display| {
                        E::custom(format_args!("invalid TestDomain: {why}"))
                    };
                    let alias = v
                        .strip_suffix(TEST_DOMAIN_SUFFIX)
                        .ok_or_else(|| invalid(&"expected `<alias>.awsapps.com`"))?;
                    let domain = free_test_domain(&alias.parse().map_err(|e| invalid(&e))?);
                    if domain.as_str() != v {
                        return Err(invalid(&"not in lowercase"));
                    }
                    Ok(domain)
                }
                refuse_kinds!(bool, number, unit, seq, map);
            }
            crate::serde_support::any(d, V, D::deserialize_str)
        }
    }
}
