//! The state of a WorkMail organization, as `DescribeOrganization` and `ListOrganizations`
//! report it in their `State` member.
//!
//! # Wire spelling
//!
//! The model types `State` as a plain string (no enum), so the spelling comes from evidence:
//! the admin guide lists the states capitalized (`Active`, `Creating`, …); the AWS CLI's
//! documented `describe-organization` and `list-organizations` outputs show `"State":
//! "Active"`; the Terraform AWS provider waits on `Requested`, `Creating`, `Active`,
//! `Deleting` and `Deleted`, and quotes the service saying `Organization m-… is not Active,
//! state: Deleted`. No source shows an upper-case form (`ACTIVE`), so none is accepted.
//! `Deleting` and `Deleted` are not in the admin guide's table but are sent by the service,
//! so they are parsed too.

use crate::violation::Excerpt;

/// The state of a WorkMail organization.
///
/// ```
/// use org_shapes::workmail::OrganizationState;
/// let state: OrganizationState = "Creating".parse()?;
/// assert!(state.is_transitional() && !state.can_add_users());
/// assert!(OrganizationState::Active.can_add_users());
/// assert!("ACTIVE".parse::<OrganizationState>().is_err());
/// # Ok::<(), org_shapes::workmail::UnknownOrganizationState>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationState {
    /// Healthy and ready: the only state in which users can be added.
    Active,
    /// Being created.
    Creating,
    /// Creation failed.
    Failed,
    /// Something is wrong with the organization and needs attention.
    Impaired,
    /// Not active.
    Inactive,
    /// The creation request waits in a queue.
    Requested,
    /// Its settings are being checked.
    Validating,
    /// Being deleted (sent by the service, not in the admin guide's table).
    Deleting,
    /// Deleted (sent by the service, not in the admin guide's table).
    Deleted,
}

impl OrganizationState {
    /// The seven states the admin guide documents, in its order: the first seven of
    /// [`Self::ALL`].
    pub const DOCUMENTED: &'static [OrganizationState] = match Self::ALL.split_at_checked(7) {
        Some((documented, _)) => documented,
        None => Self::ALL,
    };

    /// Every state this type knows: the documented ones, then `Deleting` and `Deleted`.
    pub const ALL: &'static [OrganizationState] = &[
        OrganizationState::Active,
        OrganizationState::Creating,
        OrganizationState::Failed,
        OrganizationState::Impaired,
        OrganizationState::Inactive,
        OrganizationState::Requested,
        OrganizationState::Validating,
        OrganizationState::Deleting,
        OrganizationState::Deleted,
    ];

    /// The wire value.
    pub const fn as_str(self) -> &'static str {
        match self {
            OrganizationState::Active => "Active",
            OrganizationState::Creating => "Creating",
            OrganizationState::Failed => "Failed",
            OrganizationState::Impaired => "Impaired",
            OrganizationState::Inactive => "Inactive",
            OrganizationState::Requested => "Requested",
            OrganizationState::Validating => "Validating",
            OrganizationState::Deleting => "Deleting",
            OrganizationState::Deleted => "Deleted",
        }
    }

    /// Parses a wire value, exactly and case-sensitively.
    ///
    /// # Errors
    ///
    /// [`UnknownOrganizationState`] for any other text.
    pub fn parse(s: &str) -> Result<Self, UnknownOrganizationState> {
        Self::ALL
            .iter()
            .copied()
            .find(|state| state.as_str() == s)
            .ok_or_else(|| UnknownOrganizationState(Excerpt::new(s)))
    }

    /// Whether users can be added (`CreateUser` answers `OrganizationStateException` in any
    /// other state).
    pub const fn can_add_users(self) -> bool {
        matches!(self, OrganizationState::Active)
    }

    /// Whether the organization is on its way to another state without anyone acting:
    /// `Requested`, `Creating`, `Validating`, `Deleting`.
    pub const fn is_transitional(self) -> bool {
        matches!(
            self,
            OrganizationState::Requested
                | OrganizationState::Creating
                | OrganizationState::Validating
                | OrganizationState::Deleting
        )
    }

    /// Whether the organization will never be usable again: `Failed` or `Deleted`.
    pub const fn is_terminal(self) -> bool {
        matches!(self, OrganizationState::Failed | OrganizationState::Deleted)
    }
}

/// A `State` value this crate does not know; holds the start of it (at most 64 bytes).
///
/// ```
/// use org_shapes::workmail::OrganizationState;
/// let err = "Hibernating".parse::<OrganizationState>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown WorkMail organization state 'Hibernating'");
/// assert_eq!(err.0.as_str(), "Hibernating");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("unknown WorkMail organization state '{0}'")]
pub struct UnknownOrganizationState(pub Excerpt);

text_impls!(
    OrganizationState,
    UnknownOrganizationState,
    "a WorkMail organization state such as \"Active\""
);
