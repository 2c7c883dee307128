//! The role of a WorkMail user.

enum_shape! {
    /// The role of a WorkMail user. `CreateUser` without a role creates a [`UserRole::User`].
    ///
    /// ```
    /// use org_shapes::workmail::UserRole;
    /// assert_eq!("REMOTE_USER".parse::<UserRole>()?, UserRole::RemoteUser);
    /// assert!("user".parse::<UserRole>().is_err()); // wire values are case-sensitive
    /// # Ok::<(), org_shapes::Error>(())
    /// ```
    #[derive(Default)]
    pub enum UserRole {
        /// A regular user with a mailbox (`USER`), the default.
        #[default]
        User = "USER",
        /// A resource such as a room or equipment (`RESOURCE`); not creatable by `CreateUser`.
        Resource = "RESOURCE",
        /// A system user (`SYSTEM_USER`); not creatable by `CreateUser`.
        SystemUser = "SYSTEM_USER",
        /// A user whose mailbox lives on a remote system, such as Exchange (`REMOTE_USER`).
        RemoteUser = "REMOTE_USER",
    }
    model: crate::model::workmail::USER_ROLE,
}

impl UserRole {
    /// Whether `CreateUser` accepts this role: `SYSTEM_USER` and `RESOURCE` are created by
    /// other operations.
    pub const fn allowed_in_create_user(self) -> bool {
        matches!(self, UserRole::User | UserRole::RemoteUser)
    }
}
