enum_shape! {
    /// The role of a WorkMail user; `CreateUser` gives only a
    /// [`CreateUserRole`](super::CreateUserRole).
    #[derive(Default)]
    pub enum UserRole {
        /// A regular user with a mailbox, the default.
        #[default]
        User = "USER",
        /// A resource such as a room; not creatable by `CreateUser`.
        Resource = "RESOURCE",
        /// A system user; not creatable by `CreateUser`.
        SystemUser = "SYSTEM_USER",
        /// A user whose mailbox is on a remote system, such as Exchange.
        RemoteUser = "REMOTE_USER",
    }
    model: crate::model::workmail::USER_ROLE,
}

impl UserRole {
    /// Whether `CreateUser` accepts this role (`USER`, `REMOTE_USER`).
    pub const fn allowed_in_create_user(self) -> bool {
        super::CreateUserRole::from_user_role(self).is_some()
    }
}
