//! Violations of a whole request or response: where, which constraint, and (for members that are
//! not sensitive) a short excerpt of the offending value.
//!
//! A [`Violation`] renders in the words classic AWS services use, one item of their
//! `N validation errors detected: …` message:
//!
//! ```text
//! Value 'acme_corp' at 'alias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*
//! Value null at 'alias' failed to satisfy constraint: Member must not be null
//! Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256
//! ```
//!
//! Validation reports violations to a [`Sink`]: a closure, a counter, or (with `alloc`) a
//! [`Violations`] list whose `Display` is the complete AWS message.

use core::fmt;

use crate::text::Inline;
use crate::Error;

/// One step of a path into a request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A structure member, by its wire name (`Alias`, `Domains`, `DomainName`).
    Member(&'static str),
    /// A list element, by its 0-based position.
    Index(usize),
    /// A member the model does not have, by the name it was given (cut to
    /// [`EXCERPT_BYTES`] bytes). Rendered verbatim in both path forms, since the model says
    /// nothing about how it would be spelled.
    Unknown(Excerpt),
}

/// The deepest path any of the three operations needs (`Organization/AvailablePolicyTypes/0/Type`).
const MAX_DEPTH: usize = 4;

/// Where a violation is: a short sequence of [`Segment`]s, stored inline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Path {
    segments: [Segment; MAX_DEPTH],
    len: u8,
}

impl Path {
    /// The empty path: the whole document.
    pub const ROOT: Path = Path {
        segments: [Segment::Index(0); MAX_DEPTH],
        len: 0,
    };

    /// The path of a top-level member.
    pub const fn member(name: &'static str) -> Path {
        Path::ROOT.then(Segment::Member(name))
    }

    /// This path extended by `segment`. Paths deeper than four segments keep their first four
    /// (no shape of the three operations nests deeper).
    pub const fn then(self, segment: Segment) -> Path {
        let mut out = self;
        let len = self.len as usize;
        if len < MAX_DEPTH {
            if let Some((_, [slot, ..])) = out.segments.split_at_mut_checked(len) {
                *slot = segment;
                out.len = self.len.saturating_add(1);
            }
        }
        out
    }

    /// This path extended by a member name.
    pub const fn field(self, name: &'static str) -> Path {
        self.then(Segment::Member(name))
    }

    /// This path extended by a 0-based list index.
    pub const fn index(self, i: usize) -> Path {
        self.then(Segment::Index(i))
    }

    /// This path extended by a member the model does not have (see [`Segment::Unknown`]).
    pub const fn unknown(self, name: Excerpt) -> Path {
        self.then(Segment::Unknown(name))
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[Segment] {
        self.segments
            .get(..usize::from(self.len))
            .unwrap_or_default()
    }

    /// The path as a JSON pointer (RFC 6901) into the wire document: `/Domains/2/DomainName`.
    pub fn json_pointer(&self) -> JsonPointer<'_> {
        JsonPointer(self)
    }

    /// The path as classic AWS services print it: members in lowerCamel case, list positions
    /// 1-based and followed by `member`: `domains.3.member.domainName`.
    pub fn aws_classic(&self) -> AwsPath<'_> {
        AwsPath(self)
    }
}

/// Displays a [`Path`] as a JSON pointer; see [`Path::json_pointer`].
#[derive(Debug, Clone, Copy)]
pub struct JsonPointer<'a>(&'a Path);

impl fmt::Display for JsonPointer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in self.0.segments() {
            match segment {
                // Member names of the models never contain '~' or '/', but escape anyway.
                Segment::Member(name) => escape_pointer_token(f, name)?,
                Segment::Unknown(name) => escape_pointer_token(f, name.as_str())?,
                Segment::Index(i) => write!(f, "/{i}")?,
            }
        }
        Ok(())
    }
}

/// Writes `/` and `token` with `~` and `/` escaped as RFC 6901 asks.
fn escape_pointer_token(f: &mut fmt::Formatter<'_>, token: &str) -> fmt::Result {
    f.write_str("/")?;
    for c in token.chars() {
        match c {
            '~' => f.write_str("~0")?,
            '/' => f.write_str("~1")?,
            c => fmt::Write::write_char(f, c)?,
        }
    }
    Ok(())
}

/// Displays a [`Path`] the way classic AWS services do; see [`Path::aws_classic`].
#[derive(Debug, Clone, Copy)]
pub struct AwsPath<'a>(&'a Path);

impl fmt::Display for AwsPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, segment) in self.0.segments().iter().enumerate() {
            if n > 0 {
                f.write_str(".")?;
            }
            match segment {
                Segment::Member(name) => {
                    let mut chars = name.chars();
                    if let Some(first) = chars.next() {
                        fmt::Write::write_char(f, first.to_ascii_lowercase())?;
                    }
                    f.write_str(chars.as_str())?;
                }
                Segment::Unknown(name) => f.write_str(name.as_str())?,
                Segment::Index(i) => write!(f, "{}.member", i.saturating_add(1))?,
            }
        }
        Ok(())
    }
}

/// How many bytes of an offending value a violation keeps.
pub const EXCERPT_BYTES: usize = 64;

/// A short copy of an offending value: at most [`EXCERPT_BYTES`] bytes, cut at a char boundary.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Excerpt {
    text: Inline<EXCERPT_BYTES>,
    cut: bool,
}

impl Excerpt {
    /// Copies the start of `value`.
    pub fn new(value: &str) -> Excerpt {
        let (head, cut) = crate::text::cut_at_boundary(value, EXCERPT_BYTES);
        Excerpt {
            text: Inline::try_new(head).unwrap_or(Inline::EMPTY),
            cut,
        }
    }

    /// The kept text.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// Whether the value was longer than what is kept.
    pub fn is_cut(&self) -> bool {
        self.cut
    }
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())?;
        if self.cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        if self.cut {
            f.write_str("...")?;
        }
        Ok(())
    }
}

/// A rule that involves more than one member, or facts the caller supplies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// `EnableInteroperability` is true but no `DirectoryId` is given.
    InteroperabilityNeedsDirectory,
    /// `EnableInteroperability` is true but the directory is not an AD Connector.
    InteroperabilityNeedsAdConnector,
    /// The alias differs from the alias of the directory the request names.
    AliasMustMatchDirectory,
    /// The directory facts supplied describe another directory than the request names.
    DirectoryFactsMismatch,
    /// A managed Microsoft AD shared with several accounts, which WorkMail does not support.
    SharedDirectoryUnsupported,
    /// A multi-Region directory, which WorkMail does not support.
    MultiRegionDirectoryUnsupported,
    /// A role of the model that `CreateUser` cannot give (`SYSTEM_USER`, `RESOURCE`): its own
    /// rule, apart from the enum constraint, which names the model's whole set of roles.
    RoleNotAllowed,
    /// The user name is longer than the directory kind allows (20 outside WorkMail directories).
    UserNameTooLongForDirectory,
    /// The management account in `Arn` differs from `MasterAccountId`.
    ArnAccountMismatch,
    /// The organization id in an ARN differs from `Id`.
    ArnOrganizationMismatch,
    /// The account in `MasterAccountArn` differs from `MasterAccountId`.
    MasterAccountArnMismatch,
    /// The available policy types contradict the feature set.
    PolicyTypesContradictFeatureSet,
    /// An organization with all features does not list service control policies as enabled.
    ServiceControlPolicyNotEnabled,
    /// The response's feature set is not the one the request asked for.
    FeatureSetNotAsRequested,
    /// A member the operation's model does not have.
    UnknownMember,
}

impl Rule {
    /// The rule in the style of an AWS constraint (`Member must …`).
    pub const fn description(self) -> &'static str {
        match self {
            Rule::InteroperabilityNeedsDirectory => {
                "Member must be false unless an AD Connector directory id is given"
            }
            Rule::InteroperabilityNeedsAdConnector => {
                "Member must be false unless the directory is an AD Connector"
            }
            Rule::AliasMustMatchDirectory => "Member must equal the alias of the directory",
            Rule::DirectoryFactsMismatch => {
                "Member must name the directory whose facts were supplied"
            }
            Rule::SharedDirectoryUnsupported => {
                "Member must not name a managed Microsoft AD shared with other accounts"
            }
            Rule::MultiRegionDirectoryUnsupported => {
                "Member must not name a multi-Region directory"
            }
            Rule::RoleNotAllowed => "Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be given at creation",
            Rule::UserNameTooLongForDirectory => "Member must have length less than or equal to 20",
            Rule::ArnAccountMismatch => "Member must embed the management account id",
            Rule::ArnOrganizationMismatch => "Member must embed the organization id",
            Rule::MasterAccountArnMismatch => "Member must embed the management account id",
            Rule::PolicyTypesContradictFeatureSet => {
                "Member must agree with the organization's feature set"
            }
            Rule::ServiceControlPolicyNotEnabled => {
                "Member must list SERVICE_CONTROL_POLICY with status ENABLED"
            }
            Rule::FeatureSetNotAsRequested => "Member must equal the feature set requested",
            Rule::UnknownMember => "Member must be part of the operation's input",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

impl core::error::Error for Rule {}

/// The constraint a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Constraint {
    /// A required member is absent (or `null`).
    Required,
    /// The member's value breaks its shape's length, pattern or enum set.
    Shape(Error),
    /// A list has more elements than the model allows.
    ListTooLong {
        /// The maximum number of elements.
        max: usize,
        /// The number given.
        actual: usize,
    },
    /// A member of another JSON type than the model gives it.
    WrongType {
        /// The type the model expects.
        expected: crate::wire::JsonKind,
        /// The type found.
        found: crate::wire::JsonKind,
    },
    /// A rule across members or against supplied facts.
    Rule(Rule),
    /// A rule of the WorkMail / Simple AD password policy, checked when the validation
    /// context asks for it ([`crate::Context::with_password_policy`]).
    PasswordPolicy(crate::workmail::PasswordPolicyError),
}

impl fmt::Display for Constraint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Constraint::Required => f.write_str("Member must not be null"),
            Constraint::Shape(e) => e.aws_constraint().fmt(f),
            Constraint::ListTooLong { max, .. } => {
                write!(f, "Member must have length less than or equal to {max}")
            }
            Constraint::WrongType { expected, .. } => write!(f, "Member must be {expected}"),
            Constraint::Rule(rule) => rule.fmt(f),
            Constraint::PasswordPolicy(broken) => {
                write!(f, "Member must satisfy the password policy: {broken}")
            }
        }
    }
}

/// What a violation says about the offending value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shown {
    /// The member is absent: AWS prints `Value null`.
    Null,
    /// The member is sensitive: AWS prints `Value at`, with no value.
    Hidden,
    /// The start of the value, printed in quotes.
    Excerpt(Excerpt),
}

/// One broken constraint in a request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Violation {
    path: Path,
    constraint: Constraint,
    shown: Shown,
}

impl Violation {
    /// A violation of `constraint` at `path`; `shown` says what may be printed of the value.
    pub const fn new(path: Path, constraint: Constraint, shown: Shown) -> Violation {
        Violation {
            path,
            constraint,
            shown,
        }
    }

    /// A required member that is absent.
    pub const fn required(path: Path) -> Violation {
        Violation::new(path, Constraint::Required, Shown::Null)
    }

    /// A member value refused by its shape; the value is shown unless the shape is sensitive.
    pub fn shape(path: Path, error: Error, value: &str) -> Violation {
        let shown = if error.shape().sensitive {
            Shown::Hidden
        } else {
            Shown::Excerpt(Excerpt::new(value))
        };
        Violation::new(path, Constraint::Shape(error), shown)
    }

    /// A member of `found` JSON type where the model expects `expected`. The value is not
    /// shown: only its type is known.
    pub const fn wrong_type(
        path: Path,
        expected: crate::wire::JsonKind,
        found: crate::wire::JsonKind,
    ) -> Violation {
        Violation::new(
            path,
            Constraint::WrongType { expected, found },
            Shown::Hidden,
        )
    }

    /// A member named `name` inside the structure at `parent`, which the model does not have.
    /// Its value is never shown: a misspelt `Pasword` may well hold a password.
    pub const fn unknown_member(parent: Path, name: Excerpt) -> Violation {
        Violation::new(
            parent.unknown(name),
            Constraint::Rule(Rule::UnknownMember),
            Shown::Hidden,
        )
    }

    /// Where the violation is.
    pub const fn path(&self) -> &Path {
        &self.path
    }

    /// The constraint broken.
    pub const fn constraint(&self) -> &Constraint {
        &self.constraint
    }

    /// What the violation shows of the value.
    pub const fn shown(&self) -> &Shown {
        &self.shown
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.shown {
            Shown::Null => f.write_str("Value null")?,
            Shown::Hidden => f.write_str("Value")?,
            Shown::Excerpt(e) => write!(f, "Value '{e}'")?,
        }
        write!(
            f,
            " at '{}' failed to satisfy constraint: {}",
            self.path.aws_classic(),
            self.constraint
        )
    }
}

/// Receives violations one by one, in a deterministic order (model member order, then list
/// order). Implemented for closures, for [`Count`], and with `alloc` for [`Violations`].
pub trait Sink {
    /// Takes one violation.
    fn report(&mut self, violation: Violation);
}

impl<F: FnMut(Violation)> Sink for F {
    fn report(&mut self, violation: Violation) {
        self(violation)
    }
}

/// A sink that only counts, for callers without an allocator that need a verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count(pub usize);

impl Sink for Count {
    fn report(&mut self, _violation: Violation) {
        self.0 = self.0.saturating_add(1);
    }
}

/// How many violations a [`Violations`] keeps unless told otherwise
/// ([`Violations::with_limit`]). The rest are counted, not kept.
pub const DEFAULT_MAX_VIOLATIONS: usize = 100;

/// The violations found in one document, in order: the first ones up to a limit
/// ([`DEFAULT_MAX_VIOLATIONS`] unless set with [`Violations::with_limit`]), and the count of
/// all. A hostile body of five million bad list elements costs the limit's worth of memory,
/// not gigabytes.
///
/// `Display` is the classic AWS message, with the true number first and the kept violations
/// after it: `2 validation errors detected: …; …`, ending in `; … and 4999902 more` when some
/// were not kept. Each kept violation displays in a bounded number of bytes (values are cut to
/// [`EXCERPT_BYTES`]), so the whole message, and the error body made of it, is bounded by the
/// limit: at most [`Violations::MAX_DISPLAY_BYTES_EACH`] bytes per kept violation plus 80.
///
/// ```
/// use org_shapes::violation::{Path, Violation, Violations};
/// use org_shapes::Sink;
///
/// let mut all = Violations::with_limit(2);
/// for i in 0..5 {
///     all.report(Violation::required(Path::member("Domains").index(i)));
/// }
/// assert_eq!((all.len(), all.total(), all.omitted()), (2, 5, 3));
/// assert!(all.to_string().starts_with("5 validation errors detected: Value null at 'domains.1.member'"));
/// assert!(all.to_string().ends_with("; … and 3 more"));
/// ```
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violations {
    kept: alloc::vec::Vec<Violation>,
    total: usize,
    limit: usize,
}

#[cfg(feature = "alloc")]
impl Default for Violations {
    fn default() -> Self {
        Violations::new()
    }
}

#[cfg(feature = "alloc")]
impl Violations {
    /// The most bytes one kept violation adds to the `Display` of the list (a 64-byte value
    /// excerpt escaped, a path of four segments, the longest constraint text of the three
    /// operations), separator included.
    pub const MAX_DISPLAY_BYTES_EACH: usize = 1024;

    /// An empty list that keeps up to [`DEFAULT_MAX_VIOLATIONS`].
    pub const fn new() -> Self {
        Violations::with_limit(DEFAULT_MAX_VIOLATIONS)
    }

    /// An empty list that keeps up to `limit` violations and counts the rest. A limit of 0
    /// keeps none: the list then only counts.
    pub const fn with_limit(limit: usize) -> Self {
        Violations {
            kept: alloc::vec::Vec::new(),
            total: 0,
            limit,
        }
    }

    /// How many violations this list keeps at most.
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// The kept violations, in order.
    pub fn as_slice(&self) -> &[Violation] {
        &self.kept
    }

    /// How many violations are kept (what [`Violations::iter`] yields).
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    /// How many violations were reported, kept or not.
    pub const fn total(&self) -> usize {
        self.total
    }

    /// How many violations were reported but not kept.
    pub const fn omitted(&self) -> usize {
        self.total.saturating_sub(self.kept.len())
    }

    /// Whether none was reported.
    pub const fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Iterates over the kept violations in order.
    pub fn iter(&self) -> core::slice::Iter<'_, Violation> {
        self.kept.iter()
    }

    /// `Ok(value)` when no violation was reported, else `Err(self)`.
    ///
    /// # Errors
    ///
    /// `self`, when at least one violation was reported.
    pub fn into_result<T>(self, value: T) -> Result<T, Violations> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// Runs a check that reports into a fresh collection: its value when it gave one and
    /// reported nothing, else every violation.
    pub(crate) fn collect<T>(
        check: impl FnOnce(&mut Violations) -> Option<T>,
    ) -> Result<T, Violations> {
        let mut all = Violations::new();
        match check(&mut all) {
            Some(value) if all.is_empty() => Ok(value),
            _ => Err(all),
        }
    }
}

#[cfg(feature = "alloc")]
impl Sink for Violations {
    fn report(&mut self, violation: Violation) {
        self.total = self.total.saturating_add(1);
        if self.kept.len() < self.limit {
            self.kept.push(violation);
        }
    }
}

#[cfg(feature = "alloc")]
impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = alloc::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.kept.into_iter()
    }
}

#[cfg(feature = "alloc")]
impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = core::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.kept.iter()
    }
}

#[cfg(feature = "alloc")]
impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.total;
        let noun = if n == 1 { "error" } else { "errors" };
        write!(f, "{n} validation {noun} detected: ")?;
        for (i, v) in self.kept.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            v.fmt(f)?;
        }
        match (self.omitted(), self.kept.is_empty()) {
            (0, _) => Ok(()),
            (more, true) => write!(f, "… and {more} more"),
            (more, false) => write!(f, "; … and {more} more"),
        }
    }
}

#[cfg(feature = "alloc")]
impl core::error::Error for Violations {}
