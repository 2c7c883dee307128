//! WorkMail `CreateUser`.

use crate::members::rule;
use crate::violation::{Path, Rule, Sink};

use super::{
    DirectoryKind, DisplayName, FirstName, IdentityProviderUserId, LastName, OrganizationId,
    Password, PasswordPolicyError, UserName, UserRole,
};

operation_input! {
    mod input;
    each for_each_create_user_member;
    /// A `CreateUser` request as it arrived; [`Self::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::workmail::CreateUserInput;
    ///
    /// let input = CreateUserInput::default()
    ///     .organization_id("m-0123456789abcdef0123456789abcdef")
    ///     .name("jdoe")
    ///     .display_name("Jane Doe")
    ///     .password("Correct-Horse-7");
    /// let request = input.validate().expect("valid");
    /// assert_eq!(request.name().as_str(), "jdoe");
    /// assert_eq!(CreateUserInput::NAME, "Name");
    /// ```
    pub struct CreateUserInput {
        request CreateUserRequest;
    }
    [ORGANIZATION_ID, "OrganizationId", organization_id, text, required, shape OrganizationId]
    [NAME, "Name", name, text, required, shape UserName, then name_for_directory]
    [DISPLAY_NAME, "DisplayName", display_name, secret, required, shape DisplayName]
    [PASSWORD, "Password", password, secret, optional, shape Password, then password_policy]
    [ROLE, "Role", role, text, optional, shape UserRole, then role_allowed -> CreateUserRole]
    [FIRST_NAME, "FirstName", first_name, secret, optional, shape FirstName]
    [LAST_NAME, "LastName", last_name, secret, optional, shape LastName]
    [HIDDEN, "HiddenFromGlobalAddressList", hidden_from_global_address_list, bool, optional,
     flag bool]
    [IDENTITY_PROVIDER_USER_ID, "IdentityProviderUserId", identity_provider_user_id, text,
     optional, shape IdentityProviderUserId]
}

/// The roles `CreateUser` can give; others break [`Rule::RoleNotAllowed`].
///
/// ```
/// use org_shapes::workmail::{CreateUserRole, UserRole};
/// assert_eq!(CreateUserRole::try_from(UserRole::RemoteUser), Ok(CreateUserRole::RemoteUser));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum CreateUserRole {
    /// `USER`, the default.
    #[default]
    User,
    /// `REMOTE_USER`.
    RemoteUser,
}

impl CreateUserRole {
    /// The wire value.
    pub const fn as_str(self) -> &'static str {
        self.user_role().as_str()
    }

    /// As a [`UserRole`].
    pub const fn user_role(self) -> UserRole {
        match self {
            CreateUserRole::User => UserRole::User,
            CreateUserRole::RemoteUser => UserRole::RemoteUser,
        }
    }

    /// The role, if `CreateUser` can give it.
    pub const fn from_user_role(role: UserRole) -> Option<Self> {
        match role {
            UserRole::User => Some(CreateUserRole::User),
            UserRole::RemoteUser => Some(CreateUserRole::RemoteUser),
            _ => None,
        }
    }

    /// Parses a wire value, case-sensitive.
    ///
    /// # Errors
    ///
    /// A [`CreateUserRoleError`].
    pub fn parse(s: &str) -> Result<Self, CreateUserRoleError> {
        Ok(CreateUserRole::try_from(UserRole::parse(s)?)?)
    }
}

impl From<CreateUserRole> for UserRole {
    fn from(role: CreateUserRole) -> UserRole {
        role.user_role()
    }
}

/// A role `CreateUser` cannot give.
///
/// ```
/// use org_shapes::workmail::{CreateUserRole, RoleNotAllowed, UserRole};
/// let refused = CreateUserRole::try_from(UserRole::SystemUser).unwrap_err();
/// assert_eq!(refused, RoleNotAllowed(UserRole::SystemUser));
/// assert_eq!(
///     refused.to_string(),
///     "role SYSTEM_USER exists but cannot be given at creation: CreateUser gives USER or REMOTE_USER"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("role {0} exists but cannot be given at creation: CreateUser gives USER or REMOTE_USER")]
pub struct RoleNotAllowed(pub UserRole);

/// Why a text is no [`CreateUserRole`].
///
/// ```
/// use org_shapes::workmail::CreateUserRole;
/// assert_eq!("REMOTE_USER".parse::<CreateUserRole>(), Ok(CreateUserRole::RemoteUser));
/// assert_eq!(
///     "ADMIN".parse::<CreateUserRole>().unwrap_err().to_string(),
///     "invalid UserRole: not one of USER, RESOURCE, SYSTEM_USER, REMOTE_USER"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CreateUserRoleError {
    /// Not a role of the model.
    #[error(transparent)]
    NotInModel(#[from] crate::Error),
    /// See [`RoleNotAllowed`].
    #[error(transparent)]
    NotAllowed(#[from] RoleNotAllowed),
}

text_impls!(
    CreateUserRole,
    CreateUserRoleError,
    "a CreateUser role, USER or REMOTE_USER"
);

impl TryFrom<UserRole> for CreateUserRole {
    type Error = RoleNotAllowed;
    fn try_from(role: UserRole) -> Result<Self, RoleNotAllowed> {
        CreateUserRole::from_user_role(role).ok_or(RoleNotAllowed(role))
    }
}

/// A `CreateUser` request the model accepts, from [`Self::builder`] or
/// [`CreateUserInput::validate`] (as `Deserialize`). `Serialize` leaves out absent members
/// (an explicit `Role` stays). `Debug` and violations never show `Password` or the names.
///
/// ```
/// use org_shapes::workmail::{CreateUserRequest, PasswordPolicyError};
///
/// let request = CreateUserRequest::builder(
///     "m-0123456789abcdef0123456789abcdef".parse()?,
///     "jdoe".parse()?,
///     "Jane Doe".parse()?,
/// )
/// .password("password".parse()?)
/// .build();
/// // The model accepts the password; the opt-in policy does not.
/// assert_eq!(
///     request.check_password_policy(),
///     Err(PasswordPolicyError::TooFewGroups { groups: 1 })
/// );
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreateUserRequest {
    organization_id: OrganizationId,
    name: UserName,
    display_name: DisplayName,
    password: Option<Password>,
    role: Option<CreateUserRole>,
    first_name: Option<FirstName>,
    last_name: Option<LastName>,
    hidden_from_global_address_list: Option<bool>,
    identity_provider_user_id: Option<IdentityProviderUserId>,
}

/// Builds a [`CreateUserRequest`] from checked values; cannot fail.
///
/// ```
/// use org_shapes::workmail::{CreateUserRequest, CreateUserRole};
///
/// let request = CreateUserRequest::builder(
///     "m-0123456789abcdef0123456789abcdef".parse()?,
///     "jane.doe.of.accounting".parse()?,
///     "Jane Doe".parse()?,
/// )
/// .role(CreateUserRole::RemoteUser)
/// .build();
/// assert_eq!(request.effective_role(), CreateUserRole::RemoteUser);
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct CreateUserRequestBuilder {
    request: CreateUserRequest,
}

impl CreateUserRequest {
    /// Starts with the required members.
    pub const fn builder(
        organization_id: OrganizationId,
        name: UserName,
        display_name: DisplayName,
    ) -> CreateUserRequestBuilder {
        CreateUserRequestBuilder {
            request: CreateUserRequest {
                organization_id,
                name,
                display_name,
                password: None,
                role: None,
                first_name: None,
                last_name: None,
                hidden_from_global_address_list: None,
                identity_provider_user_id: None,
            },
        }
    }

    /// A builder holding this request.
    pub fn into_builder(self) -> CreateUserRequestBuilder {
        CreateUserRequestBuilder { request: self }
    }

    getters! {
        organization_id: ref OrganizationId;
        name: ref UserName;
        display_name: ref DisplayName;
        password: opt Password;
        /// As given; see [`Self::effective_role`].
        role: copy Option<CreateUserRole>;
        first_name: opt FirstName;
        last_name: opt LastName;
        hidden_from_global_address_list: copy Option<bool>;
        identity_provider_user_id: opt IdentityProviderUserId;
    }

    /// `Role`, else `USER`.
    pub fn effective_role(&self) -> CreateUserRole {
        self.role.unwrap_or_default()
    }

    /// Reports [`Rule::UserNameTooLongForDirectory`] for `kind`; no allocation.
    pub fn check_directory<S: Sink + ?Sized>(&self, kind: DirectoryKind, sink: &mut S) {
        check_name_for_directory(&self.name, kind, Path::member(NAME), sink);
    }

    /// The rules of `context` a built request can still break: [`Self::check_directory`]
    /// and the password policy.
    ///
    /// # Errors
    ///
    /// Every rule broken, in model member order.
    #[cfg(feature = "alloc")]
    pub fn validate_with(&self, context: &crate::Context<'_>) -> Result<(), crate::Violations> {
        let mut all = crate::Violations::with_limit(context.max_violations());
        if let Some(kind) = context.directory_kind() {
            self.check_directory(kind, &mut all);
        }
        if let (Some(password), true) = (&self.password, context.password_policy()) {
            report_policy(password, Path::member(PASSWORD), &mut all);
        }
        all.into_result(())
    }

    /// [`Password::check_policy`] on the password, if any.
    ///
    /// # Errors
    ///
    /// The first rule broken.
    pub fn check_password_policy(&self) -> Result<(), PasswordPolicyError> {
        self.password
            .as_ref()
            .map_or(Ok(()), Password::check_policy)
    }
}

fn check_name_for_directory<S: Sink + ?Sized>(
    name: &UserName,
    kind: DirectoryKind,
    path: Path,
    sink: &mut S,
) {
    if name.as_str().len() > kind.max_user_name_len() {
        sink.report(rule(path, Rule::UserNameTooLongForDirectory, name.as_str()));
    }
}

setters! {
    CreateUserRequestBuilder => CreateUserRequest;
    password: some Password;
    role: some CreateUserRole;
    first_name: some FirstName;
    last_name: some LastName;
    hidden_from_global_address_list: some bool;
    identity_provider_user_id: some IdentityProviderUserId;
}

for_each_create_user_member!(typed_request CreateUserRequest, CreateUserInput, input::Valid;);

#[cfg(feature = "alloc")]
use crate::{check::Checked, check::Reported, members::Hook};

/// `Name`'s hook: the context's directory kind limit.
#[cfg(feature = "alloc")]
fn name_for_directory<S: Sink + ?Sized>(
    name: Checked<UserName>,
    Hook(path, context, _, sink): Hook<'_, (), S, impl Fn() -> Path>,
) -> Checked<UserName> {
    if let (Ok(Some(name)), Some(kind)) = (&name, context.directory_kind()) {
        check_name_for_directory(name, kind, path(), sink);
    }
    name
}

/// `Password`'s hook: the opt-in policy.
#[cfg(feature = "alloc")]
#[inline]
fn password_policy<S: Sink + ?Sized>(
    password: Checked<Password>,
    Hook(path, context, _, sink): Hook<'_, (), S, impl Fn() -> Path>,
) -> Checked<Password> {
    if let (Ok(Some(password)), true) = (&password, context.password_policy()) {
        report_policy(password, path(), sink);
    }
    password
}

/// Every policy rule `password` breaks, at `path`.
#[cfg(feature = "alloc")]
fn report_policy<S: Sink + ?Sized>(password: &Password, path: Path, sink: &mut S) {
    use crate::violation::{Constraint, Shown, Violation};
    password.check_policy_each(|broken| {
        sink.report(Violation::new(
            path,
            Constraint::PasswordPolicy(broken),
            Shown::Hidden,
        ));
    });
}

/// `Role`'s hook: [`Rule::RoleNotAllowed`].
#[cfg(feature = "alloc")]
fn role_allowed<S: Sink + ?Sized>(
    role: Checked<UserRole>,
    Hook(path, _, _, sink): Hook<'_, (), S, impl Fn() -> Path>,
) -> Checked<CreateUserRole> {
    match role?.map(CreateUserRole::try_from) {
        None => Ok(None),
        Some(Ok(role)) => Ok(Some(role)),
        Some(Err(refused)) => {
            sink.report(rule(path(), Rule::RoleNotAllowed, refused.0.as_str()));
            Err(Reported)
        }
    }
}

id_response! {
    /// The response of `CreateUser`; [`Self::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::workmail::CreateUserResponse;
    ///
    /// let short = CreateUserResponse { user_id: Some("short".into()) };
    /// assert_eq!(
    ///     short.validate().unwrap_err().to_string(),
    ///     "1 validation error detected: Value 'short' at 'userId' \
    ///      failed to satisfy constraint: Member must have length greater than or equal to 12"
    /// );
    /// ```
    pub struct CreateUserResponse { "UserId" => user_id: super::UserId }
}
