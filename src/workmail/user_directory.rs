//! Where an organization's users live: the directory choice of `CreateOrganization`.

use crate::violation::Rule;

use super::{DirectoryFacts, DirectoryId, DirectoryKind};

/// The user directory of a new organization: the `DirectoryId` and `EnableInteroperability`
/// members of `CreateOrganization`, as one choice.
///
/// Interoperability with Microsoft Exchange exists only on an AD Connector, so it is not a
/// flag that could be set alone: it is its own variant, which carries the directory. Each
/// variant is one form on the wire, so a request survives a round trip through JSON.
///
/// | choice | `DirectoryId` | `EnableInteroperability` | in a configuration file |
/// |---|---|---|---|
/// | [`UserDirectory::NewWorkMailDirectory`] (the default) | absent | absent | `"new_workmail_directory"` |
/// | [`UserDirectory::Existing`] | `id` | absent (`false` reads as this variant too) | `{"existing": "d-…"}` |
/// | [`UserDirectory::AdConnectorWithInteroperability`] | `id` | `true` | `{"ad_connector_with_interoperability": "d-…"}` |
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
///
/// In a configuration file (feature `serde`; the form is described on
/// [`OrganizationSetup`](super::OrganizationSetup)), the id is checked by [`DirectoryId`]'s
/// own `Deserialize`, and an error names the variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UserDirectory {
    /// WorkMail creates a new WorkMail directory for the organization (the default).
    #[default]
    NewWorkMailDirectory,
    /// An existing Directory Service directory (Simple AD, AD Connector, managed Microsoft
    /// AD), without interoperability.
    Existing(DirectoryId),
    /// An existing AD Connector directory, with interoperability between WorkMail and the
    /// Microsoft Exchange behind it. Choosing this variant asserts that the directory is an
    /// AD Connector; [`UserDirectory::existing`] checks it against the directory's facts, and
    /// so does `check_directory` on the request.
    AdConnectorWithInteroperability(DirectoryId),
}

impl UserDirectory {
    /// The choice for an existing directory described by `facts`, with or without
    /// interoperability.
    ///
    /// # Errors
    ///
    /// The first rule the directory breaks: [`Rule::SharedDirectoryUnsupported`],
    /// [`Rule::MultiRegionDirectoryUnsupported`], or, when `interoperability` is asked for a
    /// directory other than an AD Connector, [`Rule::InteroperabilityNeedsAdConnector`].
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

    /// The `DirectoryId` member: the existing directory, if any.
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
    UserDirectory, "a user directory (a variant name, or a structure of one variant)";
    NewWorkMailDirectory = "new_workmail_directory";
    Existing = "existing",
    AdConnectorWithInteroperability = "ad_connector_with_interoperability"
}
