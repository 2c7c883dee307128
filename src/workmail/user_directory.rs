//! Where an organization's users live: the directory choice of `CreateOrganization`.

use crate::violation::Rule;

use super::{DirectoryFacts, DirectoryId, DirectoryKind};

/// The `DirectoryId` and `EnableInteroperability` members of `CreateOrganization` as one
/// choice: interoperability needs an AD Connector, so it is a variant with the directory.
///
/// ```
/// use org_shapes::workmail::{DirectoryFacts, DirectoryKind, UserDirectory};
/// let id = "d-0123456789".parse()?;
/// let connector = DirectoryFacts::new(id, "acme", DirectoryKind::AdConnector);
/// let simple_ad = DirectoryFacts::new(id, "acme", DirectoryKind::SimpleAd);
/// assert_eq!(
///     UserDirectory::existing(&connector, true),
///     Ok(UserDirectory::AdConnectorWithInteroperability(id))
/// );
/// assert!(UserDirectory::existing(&simple_ad, true).is_err());
/// assert_eq!(UserDirectory::existing(&simple_ad, false), Ok(UserDirectory::Existing(id)));
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UserDirectory {
    /// A new WorkMail directory (the default): neither member.
    #[default]
    NewWorkMailDirectory,
    /// An existing directory; `EnableInteroperability` absent (`false` reads as this too).
    Existing(DirectoryId),
    /// An existing AD Connector, `EnableInteroperability` true ([`UserDirectory::existing`]
    /// checks the kind).
    AdConnectorWithInteroperability(DirectoryId),
}

impl UserDirectory {
    /// The choice for the directory of `facts`.
    ///
    /// # Errors
    ///
    /// [`Rule::SharedDirectoryUnsupported`], [`Rule::MultiRegionDirectoryUnsupported`] or
    /// [`Rule::InteroperabilityNeedsAdConnector`], the first broken.
    pub fn existing(facts: &DirectoryFacts<'_>, interoperability: bool) -> Result<Self, Rule> {
        if facts.shared_with_other_accounts {
            return Err(Rule::SharedDirectoryUnsupported);
        }
        if facts.multi_region {
            return Err(Rule::MultiRegionDirectoryUnsupported);
        }
        match (interoperability, facts.kind) {
            (false, _) => Ok(UserDirectory::Existing(facts.id)),
            (true, DirectoryKind::AdConnector) => {
                Ok(UserDirectory::AdConnectorWithInteroperability(facts.id))
            }
            (true, _) => Err(Rule::InteroperabilityNeedsAdConnector),
        }
    }

    /// The `DirectoryId` member.
    pub const fn directory_id(&self) -> Option<DirectoryId> {
        match self {
            UserDirectory::NewWorkMailDirectory => None,
            UserDirectory::Existing(id) | UserDirectory::AdConnectorWithInteroperability(id) => {
                Some(*id)
            }
        }
    }

    /// The `EnableInteroperability` member.
    pub const fn interoperability_enabled(&self) -> bool {
        matches!(self, UserDirectory::AdConnectorWithInteroperability(_))
    }
}

#[cfg(feature = "serde")]
leaf_choice! {
    UserDirectory, "a user directory";
    NewWorkMailDirectory = "new_workmail_directory";
    Existing = "existing",
    AdConnectorWithInteroperability = "ad_connector_with_interoperability"
}
