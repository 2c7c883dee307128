//! What the caller knows about an existing directory (no I/O), and the rules that use it.

use crate::members::rule;
use crate::violation::{Constraint, Path, Rule, Shown, Sink, Violation};

use super::DirectoryId;

/// The kind of directory that holds an organization's users.
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
    /// The directory WorkMail creates when no existing one is named.
    WorkMail,
    /// A Simple AD directory (`SimpleAD`).
    SimpleAd,
    /// An AD Connector (`ADConnector`): the only kind that allows Exchange interoperability.
    AdConnector,
    /// An AWS Managed Microsoft AD (`MicrosoftAD`, `SharedMicrosoftAD`).
    ManagedMicrosoftAd,
}

impl DirectoryKind {
    /// Reads the `Type` of `DescribeDirectories`, exactly. For `SharedMicrosoftAD` the facts
    /// should say `shared_with_other_accounts`.
    pub fn from_directory_service_type(s: &str) -> Option<DirectoryKind> {
        match s {
            "SimpleAD" => Some(DirectoryKind::SimpleAd),
            "ADConnector" => Some(DirectoryKind::AdConnector),
            "MicrosoftAD" | "SharedMicrosoftAD" => Some(DirectoryKind::ManagedMicrosoftAd),
            _ => None,
        }
    }

    /// Whether this is a WorkMail directory.
    pub const fn is_workmail_directory(self) -> bool {
        matches!(self, DirectoryKind::WorkMail)
    }

    /// The longest user name `CreateUser` accepts here: 64 in WorkMail directories, else 20.
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

    /// Whether [`super::Password::check_policy`] applies (WorkMail and Simple AD); the others
    /// apply their Active Directory's policy.
    pub const fn uses_workmail_password_policy(self) -> bool {
        matches!(self, DirectoryKind::WorkMail | DirectoryKind::SimpleAd)
    }
}

/// Facts about the existing directory a `CreateOrganization` request names.
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
    /// The alias Directory Service reports (the id when it has none, which matches no alias).
    pub alias: &'a str,
    /// Its kind.
    pub kind: DirectoryKind,
    /// Whether it is shared with other accounts.
    pub shared_with_other_accounts: bool,
    /// Whether it is multi-Region.
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

    /// The rules on `DirectoryId`; whether the facts describe the named directory.
    pub(crate) fn check_directory_id<S: Sink + ?Sized>(
        &self,
        named: Option<&DirectoryId>,
        path: Path,
        sink: &mut S,
    ) -> bool {
        let Some(named) = named else {
            let rule = Constraint::Rule(Rule::DirectoryFactsMismatch);
            sink.report(Violation::new(path, rule, Shown::Null));
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

    /// The rule on `Alias`.
    pub(crate) fn check_alias<S: Sink + ?Sized>(&self, alias: &str, path: Path, sink: &mut S) {
        if alias != self.alias {
            sink.report(rule(path, Rule::AliasMustMatchDirectory, alias));
        }
    }

    /// The rule on a true `EnableInteroperability`.
    pub(crate) fn check_interoperability<S: Sink + ?Sized>(&self, path: Path, sink: &mut S) {
        if self.kind != DirectoryKind::AdConnector {
            sink.report(rule(path, Rule::InteroperabilityNeedsAdConnector, "true"));
        }
    }
}
