//! What the caller knows about an existing directory, and the rules of `CreateOrganization`
//! and `CreateUser` that depend on it. No I/O: the facts come in as values (typically copied
//! from AWS Directory Service's `DescribeDirectories`).

use crate::members::rule;
use crate::violation::{Constraint, Path, Rule, Shown, Sink, Violation};

use super::DirectoryId;

/// The kind of directory that holds an organization's users.
///
/// AWS Directory Service names its kinds in the `Type` member of `DescribeDirectories`;
/// [`DirectoryKind::from_directory_service_type`] reads those names.
///
/// ```
/// use org_shapes::workmail::DirectoryKind;
/// let kind = DirectoryKind::from_directory_service_type("ADConnector").expect("a known type");
/// assert_eq!(kind, DirectoryKind::AdConnector);
/// assert_eq!(kind.max_user_name_len(), 20);
/// assert!(!kind.uses_workmail_password_policy());
/// assert_eq!(DirectoryKind::from_directory_service_type("Quantum"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DirectoryKind {
    /// The directory WorkMail creates for an organization when no existing one is named.
    WorkMail,
    /// A Simple AD directory (`SimpleAD`).
    SimpleAd,
    /// An AD Connector (`ADConnector`), a proxy to an on-premises Active Directory. The only
    /// kind that allows interoperability with Microsoft Exchange.
    AdConnector,
    /// An AWS Managed Microsoft AD (`MicrosoftAD`, or `SharedMicrosoftAD` in the accounts it
    /// is shared with).
    ManagedMicrosoftAd,
}

impl DirectoryKind {
    /// Reads the `Type` of a Directory Service directory: `SimpleAD`, `ADConnector`,
    /// `MicrosoftAD` or `SharedMicrosoftAD` (exact spelling). `SharedMicrosoftAD` is the view
    /// of a shared managed Microsoft AD from an account it is shared with: it gives
    /// [`DirectoryKind::ManagedMicrosoftAd`], and the facts should then say
    /// `shared_with_other_accounts`.
    pub fn from_directory_service_type(s: &str) -> Option<DirectoryKind> {
        match s {
            "SimpleAD" => Some(DirectoryKind::SimpleAd),
            "ADConnector" => Some(DirectoryKind::AdConnector),
            "MicrosoftAD" | "SharedMicrosoftAD" => Some(DirectoryKind::ManagedMicrosoftAd),
            _ => None,
        }
    }

    /// Whether this is a WorkMail directory, whose user names may have up to 64 chars rather
    /// than 20.
    pub const fn is_workmail_directory(self) -> bool {
        matches!(self, DirectoryKind::WorkMail)
    }

    /// The longest user name `CreateUser` accepts for users of this kind of directory.
    pub const fn max_user_name_len(self) -> usize {
        if self.is_workmail_directory() {
            match super::UserName::MAX_LEN {
                Some(max) => max,
                None => usize::MAX,
            }
        } else {
            super::MAX_LEN_OUTSIDE_WORKMAIL_DIRECTORY
        }
    }

    /// Whether WorkMail's own password policy (the one [`super::Password::check_policy`]
    /// checks) applies to users of this kind: WorkMail and Simple AD directories. The other
    /// kinds apply the policy of the Active Directory behind them.
    pub const fn uses_workmail_password_policy(self) -> bool {
        matches!(self, DirectoryKind::WorkMail | DirectoryKind::SimpleAd)
    }
}

/// Facts about an existing directory that a `CreateOrganization` request names, supplied by
/// the caller.
///
/// ```
/// use org_shapes::workmail::{DirectoryFacts, DirectoryKind, DirectoryId};
/// let id: DirectoryId = "d-0123456789".parse()?;
/// let facts = DirectoryFacts::new(id, "acme", DirectoryKind::AdConnector);
/// assert!(!facts.shared_with_other_accounts && !facts.multi_region);
/// let shared = DirectoryFacts::new(id, "acme", DirectoryKind::ManagedMicrosoftAd)
///     .shared_with_other_accounts(true);
/// assert!(shared.shared_with_other_accounts);
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DirectoryFacts<'a> {
    /// The directory's id.
    pub id: DirectoryId,
    /// The directory's alias as Directory Service reports it. A directory without an alias
    /// reports its id here, which can never equal an organization alias.
    pub alias: &'a str,
    /// Its kind.
    pub kind: DirectoryKind,
    /// Whether it is shared with other AWS accounts (only managed Microsoft AD directories
    /// can be); WorkMail does not support shared directories.
    pub shared_with_other_accounts: bool,
    /// Whether it is replicated to other Regions; WorkMail does not support that either.
    pub multi_region: bool,
}

impl<'a> DirectoryFacts<'a> {
    /// Facts about a directory that is neither shared nor multi-Region.
    pub const fn new(id: DirectoryId, alias: &'a str, kind: DirectoryKind) -> Self {
        DirectoryFacts {
            id,
            alias,
            kind,
            shared_with_other_accounts: false,
            multi_region: false,
        }
    }

    /// The same facts, shared with other accounts or not.
    #[must_use]
    pub const fn shared_with_other_accounts(mut self, shared: bool) -> Self {
        self.shared_with_other_accounts = shared;
        self
    }

    /// The same facts, multi-Region or not.
    #[must_use]
    pub const fn multi_region(mut self, multi_region: bool) -> Self {
        self.multi_region = multi_region;
        self
    }

    /// The rules on the `DirectoryId` member: the request must name this directory (else
    /// [`Rule::DirectoryFactsMismatch`], and no other fact is checked), which must be neither
    /// shared ([`Rule::SharedDirectoryUnsupported`]) nor multi-Region
    /// ([`Rule::MultiRegionDirectoryUnsupported`]). Returns whether the facts describe the
    /// named directory, so that the later members are checked against them.
    pub(crate) fn check_directory_id<S: Sink + ?Sized>(
        &self,
        named: Option<&DirectoryId>,
        path: Path,
        sink: &mut S,
    ) -> bool {
        let Some(named) = named else {
            let null = Violation::new(
                path,
                Constraint::Rule(Rule::DirectoryFactsMismatch),
                Shown::Null,
            );
            sink.report(null);
            return false;
        };
        let shown = named.as_str();
        if *named != self.id {
            sink.report(rule(path, Rule::DirectoryFactsMismatch, shown));
            return false;
        }
        if self.shared_with_other_accounts {
            sink.report(rule(path, Rule::SharedDirectoryUnsupported, shown));
        }
        if self.multi_region {
            sink.report(rule(path, Rule::MultiRegionDirectoryUnsupported, shown));
        }
        true
    }

    /// The rule on `Alias`: it must equal the directory's alias, exactly.
    pub(crate) fn check_alias<S: Sink + ?Sized>(&self, alias: &str, path: Path, sink: &mut S) {
        if alias != self.alias {
            sink.report(rule(path, Rule::AliasMustMatchDirectory, alias));
        }
    }

    /// The rule on `EnableInteroperability` set to true: the directory must be an AD
    /// Connector.
    pub(crate) fn check_interoperability<S: Sink + ?Sized>(&self, path: Path, sink: &mut S) {
        if self.kind != DirectoryKind::AdConnector {
            sink.report(rule(path, Rule::InteroperabilityNeedsAdConnector, "true"));
        }
    }
}
