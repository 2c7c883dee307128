//! The [`Validate`] trait and its [`Context`].

#[cfg(feature = "alloc")]
use crate::violation::Violations;
use crate::violation::{Sink, DEFAULT_MAX_VIOLATIONS};
use crate::workmail::{DirectoryFacts, DirectoryKind};

/// What validation knows beyond the request; `new()` knows nothing and keeps
/// [`DEFAULT_MAX_VIOLATIONS`]. The [crate documentation](crate) says what each `with_…` checks.
///
/// ```
/// use org_shapes::Context;
/// use org_shapes::workmail::DirectoryKind;
///
/// let context = Context::new().with_directory_kind(DirectoryKind::AdConnector).with_max_violations(10);
/// assert_eq!(context.directory_kind(), Some(DirectoryKind::AdConnector));
/// assert_eq!(context.max_violations(), 10);
/// assert!(!context.password_policy());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context<'a> {
    directory: Option<DirectoryFacts<'a>>,
    directory_kind: Option<DirectoryKind>,
    password_policy: bool,
    max_violations: usize,
}

impl Default for Context<'_> {
    fn default() -> Self {
        Context::new()
    }
}

impl<'a> Context<'a> {
    /// A context that knows nothing beyond the request.
    pub const fn new() -> Self {
        Context {
            directory: None,
            directory_kind: None,
            password_policy: false,
            max_violations: DEFAULT_MAX_VIOLATIONS,
        }
    }

    /// The facts of the directory a WorkMail `CreateOrganization` names.
    #[must_use]
    pub const fn with_directory(mut self, facts: DirectoryFacts<'a>) -> Self {
        self.directory = Some(facts);
        self
    }

    /// The kind of the organization's directory, for `CreateUser`.
    #[must_use]
    pub const fn with_directory_kind(mut self, kind: DirectoryKind) -> Self {
        self.directory_kind = Some(kind);
        self
    }

    /// Checks the [password policy](crate::workmail::Password::check_policy) of `CreateUser`.
    #[must_use]
    pub const fn with_password_policy(mut self) -> Self {
        self.password_policy = true;
        self
    }

    /// Keeps at most `limit` violations; see
    /// [`Violations::with_limit`](crate::violation::Violations::with_limit).
    #[must_use]
    pub const fn with_max_violations(mut self, limit: usize) -> Self {
        self.max_violations = limit;
        self
    }

    /// The directory facts, if given.
    pub const fn directory(&self) -> Option<&DirectoryFacts<'a>> {
        self.directory.as_ref()
    }

    /// The directory kind set, or else the facts' kind.
    pub const fn directory_kind(&self) -> Option<DirectoryKind> {
        match (self.directory_kind, &self.directory) {
            (None, Some(facts)) => Some(facts.kind),
            (kind, _) => kind,
        }
    }

    /// Whether the password policy is checked.
    pub const fn password_policy(&self) -> bool {
        self.password_policy
    }

    /// How many violations a report keeps.
    pub const fn max_violations(&self) -> usize {
        self.max_violations
    }
}

/// Validation of an `…Input` into its typed request with a [`Context`] (the inputs'
/// `validate()` and `into_request()` use [`Context::new`]); see
/// [the guide](crate#check-a-request-as-it-arrived).
///
/// ```
/// use org_shapes::workmail::{CreateUserInput, DirectoryKind};
/// use org_shapes::{Context, Count, Validate};
///
/// // A name the model accepts, too long for an AD Connector directory.
/// let input = CreateUserInput::default()
///     .organization_id("m-0123456789abcdef0123456789abcdef")
///     .name("jane.doe.of.accounting")
///     .display_name("Jane");
/// let context = Context::new().with_directory_kind(DirectoryKind::AdConnector);
/// let mut count = Count(0);
/// assert!(input.validate_into(&context, &mut count).is_none());
/// assert_eq!(count.0, 1);
/// ```
pub trait Validate: Sized {
    /// The typed request a valid input becomes.
    type Request;

    /// Reports each violation to `sink` in model member order; the request if none.
    fn validate_into<S: Sink + ?Sized>(
        &self,
        context: &Context<'_>,
        sink: &mut S,
    ) -> Option<Self::Request>;

    /// As [`Validate::validate_into`], moving the input's texts into the request.
    fn into_request_into<S: Sink + ?Sized>(
        self,
        context: &Context<'_>,
        sink: &mut S,
    ) -> Option<Self::Request> {
        self.validate_into(context, sink)
    }

    /// The request, or every violation (up to the context's limit, all counted).
    ///
    /// # Errors
    ///
    /// The report.
    #[cfg(feature = "alloc")]
    fn validate_with(&self, context: &Context<'_>) -> Result<Self::Request, Violations> {
        let report = Violations::with_limit(context.max_violations);
        report.collect(|all| self.validate_into(context, all))
    }

    /// As [`Validate::validate_with`], consuming the input.
    ///
    /// # Errors
    ///
    /// The report.
    #[cfg(feature = "alloc")]
    fn into_request_with(self, context: Context<'_>) -> Result<Self::Request, Violations> {
        let report = Violations::with_limit(context.max_violations);
        report.collect(|all| self.into_request_into(&context, all))
    }
}
