//! The `Domains` member of `CreateOrganization`.

use core::fmt;

use super::{DomainName, HostedZoneId};

/// The most domains of one `CreateOrganization`.
pub const MAX_DOMAINS: usize = 5;

/// A mail domain, with its Route 53 hosted zone if any.
///
/// ```
/// use org_shapes::workmail::Domain;
/// let external = Domain::new("example.com".parse()?);
/// let in_route53 = Domain::new("example.org".parse()?).with_hosted_zone("Z0123456789ABCDEFGHIJ".parse()?);
/// assert_eq!(external.hosted_zone_id(), None);
/// assert_eq!(in_route53.hosted_zone_id().map(|z| z.as_str()), Some("Z0123456789ABCDEFGHIJ"));
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Domain {
    pub(super) domain_name: DomainName,
    pub(super) hosted_zone_id: Option<HostedZoneId>,
}

impl Domain {
    /// A domain without a hosted zone.
    pub const fn new(domain_name: DomainName) -> Self {
        Domain {
            domain_name,
            hosted_zone_id: None,
        }
    }

    /// With the hosted zone `zone`.
    #[must_use]
    pub fn with_hosted_zone(mut self, zone: HostedZoneId) -> Self {
        self.hosted_zone_id = Some(zone);
        self
    }

    getters! {
        domain_name: ref DomainName;
        hosted_zone_id: opt HostedZoneId;
    }
}

/// A sixth domain for [`Domains`], handed back.
///
/// ```
/// use org_shapes::workmail::{Domain, Domains};
/// let six = ["a.a", "b.b", "c.c", "d.d", "e.e", "f.f"].map(|n| Domain::new(n.parse().unwrap()));
/// let refused = Domains::try_from_iter(six).unwrap_err();
/// assert_eq!(refused.0.domain_name().as_str(), "f.f");
/// assert_eq!(refused.to_string(), "an organization is created with at most 5 domains");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an organization is created with at most {} domains", MAX_DOMAINS)]
pub struct TooManyDomains(pub Domain);

/// The `Domains` member: at most [`MAX_DOMAINS`], in order, inline.
///
/// ```
/// use org_shapes::workmail::{Domain, Domains};
/// let mut domains = Domains::new();
/// domains.push(Domain::new("a.example".parse()?))?;
/// assert_eq!(domains.get(0).map(|d| d.domain_name().as_str()), Some("a.example"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Domains {
    /// Filled from the front.
    slots: [Option<Domain>; MAX_DOMAINS],
}

impl Domains {
    /// An empty list.
    pub const fn new() -> Self {
        Domains {
            slots: [const { None }; MAX_DOMAINS],
        }
    }

    /// The domains of `iter`, in order.
    ///
    /// # Errors
    ///
    /// [`TooManyDomains`] with the sixth domain.
    pub fn try_from_iter(iter: impl IntoIterator<Item = Domain>) -> Result<Self, TooManyDomains> {
        let mut out = Domains::new();
        iter.into_iter().try_for_each(|d| out.push(d))?;
        Ok(out)
    }

    /// Appends `domain`.
    ///
    /// # Errors
    ///
    /// [`TooManyDomains`] when full.
    pub fn push(&mut self, domain: Domain) -> Result<(), TooManyDomains> {
        match self.slots.iter_mut().find(|slot| slot.is_none()) {
            Some(slot) => {
                *slot = Some(domain);
                Ok(())
            }
            None => Err(TooManyDomains(domain)),
        }
    }

    /// How many domains there are.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.slots.iter().all(Option::is_none)
    }

    /// The domain at `index`, from 0.
    pub fn get(&self, index: usize) -> Option<&Domain> {
        self.slots.get(index).and_then(Option::as_ref)
    }

    /// The domains, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Domain> + '_ {
        self.into_iter()
    }
}

impl fmt::Debug for Domains {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Domains {
    type Item = &'a Domain;
    type IntoIter = core::iter::Flatten<core::slice::Iter<'a, Option<Domain>>>;
    fn into_iter(self) -> Self::IntoIter {
        self.slots.iter().flatten()
    }
}

#[cfg(feature = "alloc")]
impl TryFrom<alloc::vec::Vec<Domain>> for Domains {
    type Error = TooManyDomains;
    fn try_from(v: alloc::vec::Vec<Domain>) -> Result<Self, TooManyDomains> {
        Domains::try_from_iter(v)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Domains {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}
