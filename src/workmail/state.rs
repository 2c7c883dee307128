use crate::violation::Excerpt;

wire_enum! {
    /// The `State` of `DescribeOrganization` and `ListOrganizations`. The model has no enum; the
    /// admin guide, CLI and Terraform spell the states capitalized, never `ACTIVE`.
    ///
    /// ```
    /// use org_shapes::workmail::OrganizationState;
    /// let state: OrganizationState = "Creating".parse()?;
    /// assert!(state.is_transitional() && !state.can_add_users());
    /// assert!(OrganizationState::Active.can_add_users());
    /// assert!("ACTIVE".parse::<OrganizationState>().is_err());
    /// # Ok::<(), org_shapes::workmail::UnknownOrganizationState>(())
    /// ```
    pub enum OrganizationState {
        /// Healthy and ready.
        Active = "Active",
        Creating = "Creating",
        Failed = "Failed",
        /// Something is wrong with the organization and needs attention.
        Impaired = "Impaired",
        Inactive = "Inactive",
        Requested = "Requested",
        Validating = "Validating",
        Deleting = "Deleting",
        Deleted = "Deleted",
    }
}

impl OrganizationState {
    /// The admin guide's states, in its order.
    pub const DOCUMENTED: &'static [OrganizationState] = match Self::ALL.split_at_checked(7) {
        Some((documented, _)) => documented,
        None => Self::ALL,
    };

    /// Parses a wire value, case-sensitive.
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

    /// Whether it moves on by itself: `Requested`, `Creating`, `Validating`, `Deleting`.
    pub const fn is_transitional(self) -> bool {
        matches!(
            self,
            OrganizationState::Requested
                | OrganizationState::Creating
                | OrganizationState::Validating
                | OrganizationState::Deleting
        )
    }

    /// Whether it is never usable again: `Failed` or `Deleted`.
    pub const fn is_terminal(self) -> bool {
        matches!(self, OrganizationState::Failed | OrganizationState::Deleted)
    }
}

/// An unknown `State` (its first 64 bytes at most).
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
