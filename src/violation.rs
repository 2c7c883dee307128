//! [`Violation`]s of a whole request or response, in the words of AWS and in plain words
//! ([`Violation::explanation`]), reported to a [`Sink`].

use core::fmt::{self, Write as _};

use crate::{text::count_chars, wire::JsonKind, Error};

/// One step of a [`Path`].
///
/// ```
/// use org_shapes::violation::{Path, Segment};
///
/// let path = Path::member("Domains").index(2);
/// assert_eq!(path.segments(), [Segment::Member("Domains"), Segment::Index(2)]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A structure member, by its wire name.
    Member(&'static str),
    /// A list element, 0-based.
    Index(usize),
    /// A member the model lacks, by the name given, displayed as an [`Excerpt`].
    Unknown(Excerpt),
}

/// As deep as the operations nest (`Organization/AvailablePolicyTypes/0/Type`).
const MAX_DEPTH: usize = 4;

/// Where a violation is: up to 4 [`Segment`]s. Displays honour width, fill, alignment, precision.
///
/// ```
/// use org_shapes::Path;
///
/// let path = Path::member("Domains").index(0);
/// assert_eq!(format!("{path:?}"), r#"Path[Member("Domains"), Index(0)]"#);
/// assert_eq!(format!("[{:<12}]", path.json_pointer()), "[/Domains/0  ]");
/// assert_eq!(format!("[{:>16}]", path.aws_classic()), "[domains.1.member]");
/// assert_eq!(format!("[{:*^14}]", path.json_pointer()), "[**/Domains/0**]");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
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

    /// This path extended by `segment`; a path of four segments is kept unchanged.
    pub const fn then(self, segment: Segment) -> Path {
        let mut out = self;
        if let Some((_, [slot, ..])) = out.segments.split_at_mut_checked(self.len as usize) {
            *slot = segment;
            out.len = self.len.saturating_add(1);
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

    /// This path extended by a [`Segment::Unknown`].
    pub const fn unknown(self, name: Excerpt) -> Path {
        self.then(Segment::Unknown(name))
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[Segment] {
        self.segments
            .get(..usize::from(self.len))
            .unwrap_or_default()
    }

    /// As an RFC 6901 JSON pointer: `/Domains/2/DomainName`.
    pub fn json_pointer(&self) -> JsonPointer<'_> {
        JsonPointer(self)
    }

    /// As classic AWS services print it: `domains.3.member.domainName`.
    pub fn aws_classic(&self) -> AwsPath<'_> {
        AwsPath(self)
    }
}

impl fmt::Debug for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Path")?;
        f.debug_list().entries(self.segments()).finish()
    }
}

/// Displays [`Path::json_pointer`].
///
/// ```
/// let path = org_shapes::Path::member("Domains").index(0).field("DomainName");
/// assert_eq!(path.json_pointer().to_string(), "/Domains/0/DomainName");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct JsonPointer<'a>(&'a Path);

impl fmt::Display for JsonPointer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad(f, |w| {
            self.0
                .segments()
                .iter()
                .try_for_each(|segment| match segment {
                    Segment::Member(name) => escape_pointer_token(w, name),
                    Segment::Unknown(name) => escape_pointer_token(w, name.as_str()),
                    Segment::Index(i) => write!(w, "/{i}"),
                })
        })
    }
}

/// Writes `/` and `token`, escaped as RFC 6901 asks and as an [`Excerpt`] displays.
fn escape_pointer_token(w: &mut dyn fmt::Write, token: &str) -> fmt::Result {
    w.write_str("/")?;
    for (i, part) in token.split('~').enumerate() {
        w.write_str(if i > 0 { "~0" } else { "" })?;
        for (j, piece) in part.split('/').enumerate() {
            w.write_str(if j > 0 { "~1" } else { "" })?;
            crate::text::write_escaped(w, piece)?;
        }
    }
    Ok(())
}

/// Displays [`Path::aws_classic`].
///
/// ```
/// let path = org_shapes::Path::member("Domains").index(0).field("DomainName");
/// assert_eq!(path.aws_classic().to_string(), "domains.1.member.domainName");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct AwsPath<'a>(&'a Path);

impl fmt::Display for AwsPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad(f, |w| {
            for (n, segment) in self.0.segments().iter().enumerate() {
                w.write_str(if n > 0 { "." } else { "" })?;
                match segment {
                    Segment::Member(name) => {
                        let mut chars = name.chars();
                        if let Some(first) = chars.next() {
                            w.write_char(first.to_ascii_lowercase())?;
                        }
                        w.write_str(chars.as_str())?;
                    }
                    Segment::Unknown(name) => crate::text::write_escaped(w, name.as_str())?,
                    Segment::Index(i) => write!(w, "{}.member", i.saturating_add(1))?,
                }
            }
            Ok(())
        })
    }
}

/// `Formatter::pad` without allocating: with a width, `render` runs twice, first to count.
fn pad(
    f: &mut fmt::Formatter<'_>,
    render: impl Fn(&mut dyn fmt::Write) -> fmt::Result,
) -> fmt::Result {
    let most = f.precision().unwrap_or(usize::MAX);
    let mut counted = Cut(None, most);
    if f.width().is_some() {
        render(&mut counted)?;
    }
    let written = most.saturating_sub(counted.1);
    let room = f.width().unwrap_or(0).saturating_sub(written);
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Right) => (room, 0),
        Some(fmt::Alignment::Center) => (room / 2, room.saturating_sub(room / 2)),
        Some(fmt::Alignment::Left) | None => (0, room),
    };
    let fill = |f: &mut fmt::Formatter<'_>, n| (0..n).try_for_each(|_| f.write_char(f.fill()));
    fill(f, before)?;
    render(&mut Cut(Some(&mut *f), most))?;
    fill(f, after)
}

/// Passes on chars (to `.0`, if any) while `.1`, the count of those still allowed, lasts.
struct Cut<'a>(Option<&'a mut dyn fmt::Write>, usize);

impl fmt::Write for Cut<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let head = match s.char_indices().nth(self.1) {
            Some((end, _)) => s.get(..end).unwrap_or_default(),
            None => s,
        };
        self.1 = self.1.saturating_sub(count_chars(head.as_bytes()));
        self.0.as_mut().map_or(Ok(()), |out| out.write_str(head))
    }
}

pub use crate::text::{Excerpt, EXCERPT_BYTES};

macro_rules! rules {
    ($(#[$attr:meta])* pub enum Rule;
     $($rule:ident => $description:literal, $explanation:literal;)+) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
        #[non_exhaustive]
        pub enum Rule {
            $(
                #[doc = concat!("`", $description, "`: ", $explanation, ".")]
                #[error($description)]
                $rule,
            )+
        }

        impl Rule {
            /// The rule as an AWS constraint (`Member must …`).
            pub const fn description(self) -> &'static str {
                match self {
                    $(Rule::$rule => $description,)+
                }
            }

            /// The rule in plain words, with the fix where there is one; never names a value.
            pub const fn explanation(self) -> &'static str {
                match self {
                    $(Rule::$rule => $explanation,)+
                }
            }
        }
    };
}

rules! {
    /// A rule across members, or against facts the caller supplies.
    ///
    /// ```
    /// use org_shapes::violation::Rule;
    ///
    /// assert_eq!(
    ///     Rule::UnknownMember.explanation(),
    ///     "the operation has no member of this name; check its spelling and case"
    /// );
    /// ```
    pub enum Rule;
    InteroperabilityNeedsDirectory =>
        "Member must be false unless an AD Connector directory id is given",
        "interoperability needs an AD Connector directory: give its DirectoryId, \
         or leave EnableInteroperability false";
    InteroperabilityNeedsAdConnector =>
        "Member must be false unless the directory is an AD Connector",
        "interoperability needs an AD Connector directory, and the directory named \
         is of another kind";
    AliasMustMatchDirectory => "Member must equal the alias of the directory",
        "the alias differs from the alias of the directory named by DirectoryId";
    DirectoryFactsMismatch => "Member must name the directory whose facts were supplied",
        "the directory facts supplied describe another directory than the request names";
    SharedDirectoryUnsupported =>
        "Member must not name a managed Microsoft AD shared with other accounts",
        "the directory is a managed Microsoft AD shared with other accounts, \
         which WorkMail does not support";
    MultiRegionDirectoryUnsupported => "Member must not name a multi-Region directory",
        "the directory is replicated to several Regions, which WorkMail does not support";
    RoleNotAllowed =>
        "Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist \
         but cannot be given at creation",
        "the role exists, but CreateUser creates users only with the role USER \
         or REMOTE_USER";
    UserNameTooLongForDirectory => "Member must have length less than or equal to 20",
        "outside a WorkMail directory, a user name has at most 20 chars";
    ArnAccountMismatch => "Member must embed the management account id",
        "the ARN names another management account than MasterAccountId";
    ArnOrganizationMismatch => "Member must embed the organization id",
        "the ARN names another organization than Id";
    MasterAccountArnMismatch => "Member must embed the management account id",
        "MasterAccountArn names another account than MasterAccountId";
    PolicyTypesContradictFeatureSet => "Member must agree with the organization's feature set",
        "an organization with consolidated billing only has no policy types available";
    ServiceControlPolicyNotEnabled =>
        "Member must list SERVICE_CONTROL_POLICY with status ENABLED",
        "an organization with all features has service control policies \
         (SERVICE_CONTROL_POLICY) enabled";
    FeatureSetNotAsRequested => "Member must equal the feature set requested",
        "the feature set differs from the one the request asked for \
         (ALL when it named none)";
    UnknownMember => "Member must be part of the operation's input",
        "the operation has no member of this name; check its spelling and case";
}

/// The constraint a violation breaks, displayed in the words of AWS.
///
/// ```
/// use org_shapes::violation::Constraint;
///
/// assert_eq!(Constraint::Required.to_string(), "Member must not be null");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Constraint {
    /// A required member is absent (or `null`).
    #[error("Member must not be null")]
    Required,
    /// The value breaks its shape's length, pattern or enum set.
    #[error("{}", .0.aws_constraint())]
    Shape(Error),
    /// A list has more elements than the model allows.
    #[error("{} {max}", crate::error::MAX_LENGTH)]
    ListTooLong {
        /// The maximum number of elements.
        max: usize,
        /// The number given.
        actual: usize,
    },
    /// A member of another JSON type than the model gives it.
    #[error("Member must be {expected}")]
    WrongType {
        /// The type the model expects.
        expected: JsonKind,
        /// The type found.
        found: JsonKind,
    },
    /// A broken [`Rule`].
    #[error("{0}")]
    Rule(Rule),
    /// A password policy rule, checked on request ([`crate::Context::with_password_policy`]).
    #[error("Member must satisfy the password policy: {0}")]
    PasswordPolicy(crate::error::PasswordPolicyError),
}

/// What a violation says about the offending value.
///
/// ```
/// use org_shapes::{violation::Shown, Path, Violation};
///
/// let absent = Violation::required(Path::member("Alias"));
/// assert_eq!(absent.shown(), &Shown::Null);
/// assert!(absent.to_string().starts_with("Value null at 'alias'"));
/// ```
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
///
/// `Display` is one item of the AWS message, echoed text escaped as in an [`Excerpt`]; a
/// sensitive value is never shown.
///
/// ```
/// use org_shapes::{workmail::OrgAlias, Path, Violation};
///
/// let bad = "acme\ncorp";
/// let v = Violation::shape(Path::member("Alias"), OrgAlias::validate(bad).unwrap_err(), bad);
/// assert!(v.to_string().starts_with(r"Value 'acme\ncorp' at 'alias' failed to satisfy constraint: "));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Violation {
    path: Path,
    constraint: Constraint,
    shown: Shown,
}

impl Violation {
    /// From its parts.
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

    /// A value refused by its shape, shown unless the shape is sensitive.
    pub fn shape(path: Path, error: Error, value: &str) -> Violation {
        let shown = if error.shape().sensitive {
            Shown::Hidden
        } else {
            Shown::Excerpt(Excerpt::new(value))
        };
        Violation::new(path, Constraint::Shape(error), shown)
    }

    /// A member of JSON type `found` where the model expects `expected`.
    pub const fn wrong_type(path: Path, expected: JsonKind, found: JsonKind) -> Violation {
        Violation::new(
            path,
            Constraint::WrongType { expected, found },
            Shown::Hidden,
        )
    }

    /// A member the model lacks, its value never shown (a misspelt `Pasword` may hold a password).
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

    /// In plain words, naming neither the member nor the value (nor, if sensitive, a char of it).
    pub const fn explanation(&self) -> Explanation<'_> {
        Explanation(&self.constraint)
    }
}

/// Displays [`Violation::explanation`].
///
/// ```
/// use org_shapes::{workmail::OrgAlias, Path, Violation};
///
/// let refused = Violation::shape(Path::member("Alias"), OrgAlias::new("d-acme").unwrap_err(), "d-acme");
/// assert_eq!(refused.explanation().to_string(), r#"value must not start with "d-""#);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Explanation<'a>(&'a Constraint);

impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Constraint::Required => f.write_str("the member is required but absent (or null)"),
            Constraint::Shape(e) => e.explanation().fmt(f),
            Constraint::ListTooLong { max, actual } => {
                let noun = if *max == 1 { "element" } else { "elements" };
                write!(f, "{max} {noun} at most, {actual} given")
            }
            Constraint::WrongType { expected, found } => {
                write!(f, "expected {expected} but found {found}")
            }
            Constraint::Rule(rule) => f.write_str(rule.explanation()),
            Constraint::PasswordPolicy(broken) => {
                write!(
                    f,
                    "the password breaks the WorkMail password policy: {broken}"
                )
            }
        }
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

/// Receives violations in model member order, then list order, without an allocator.
///
/// ```
/// use org_shapes::{Path, Sink, Violation};
///
/// let mut absent = Vec::new();
/// let mut sink = |v: Violation| absent.push(v.path().json_pointer().to_string());
/// sink.report(Violation::required(Path::member("Alias")));
/// assert_eq!(absent, ["/Alias"]);
/// ```
pub trait Sink {
    /// Takes one violation.
    fn report(&mut self, violation: Violation);
}

impl<F: FnMut(Violation)> Sink for F {
    fn report(&mut self, violation: Violation) {
        self(violation)
    }
}

/// A sink that only counts.
///
/// ```
/// use org_shapes::{Count, Path, Sink, Violation};
///
/// let mut count = Count::default();
/// count.report(Violation::required(Path::member("Alias")));
/// assert_eq!(count, Count(1));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count(pub usize);

impl Sink for Count {
    fn report(&mut self, _violation: Violation) {
        self.0 = self.0.saturating_add(1);
    }
}

/// How many violations [`Violations::new`] keeps; the rest are counted.
pub const DEFAULT_MAX_VIOLATIONS: usize = 100;

/// The violations of one document (needs `alloc`): the first up to a
/// [limit](Violations::with_limit), and the count of all, so a hostile body costs bounded memory.
///
/// `Display` is the AWS message, `N validation errors detected: …`, ending in `; … and N more`
/// if some were not kept: [`Violations::MAX_DISPLAY_BYTES_EACH`] per kept one plus 80 at most.
///
/// ```
/// use org_shapes::{Path, Sink, Violation, Violations};
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
    /// The most bytes one violation adds to the `Display`: five echoed texts of
    /// [`EXCERPT_BYTES`], escaped (up to 6×), words and the longest constraint, with room.
    pub const MAX_DISPLAY_BYTES_EACH: usize = 3072;

    /// An empty list that keeps up to [`DEFAULT_MAX_VIOLATIONS`].
    pub const fn new() -> Self {
        Violations::with_limit(DEFAULT_MAX_VIOLATIONS)
    }

    /// An empty list that keeps up to `limit` violations (0: it only counts).
    pub const fn with_limit(limit: usize) -> Self {
        Violations {
            kept: alloc::vec::Vec::new(),
            total: 0,
            limit,
        }
    }

    /// How many it keeps at most.
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// The kept violations, in order.
    pub fn as_slice(&self) -> &[Violation] {
        &self.kept
    }

    /// How many are kept.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    /// How many were reported, kept or not.
    pub const fn total(&self) -> usize {
        self.total
    }

    /// How many were reported but not kept.
    pub const fn omitted(&self) -> usize {
        self.total.saturating_sub(self.kept.len())
    }

    /// Whether none was reported.
    pub const fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The kept violations, in order.
    pub fn iter(&self) -> core::slice::Iter<'_, Violation> {
        self.kept.iter()
    }

    /// `Ok(value)` when no violation was reported.
    ///
    /// # Errors
    ///
    /// `self` otherwise.
    pub fn into_result<T>(self, value: T) -> Result<T, Violations> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// The check's value if it gave one and reported nothing, else its violations.
    #[inline]
    pub(crate) fn collect<T>(
        mut self,
        check: impl FnOnce(&mut Violations) -> Option<T>,
    ) -> Result<T, Violations> {
        match check(&mut self) {
            Some(value) if self.is_empty() => Ok(value),
            _ => Err(self),
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
        crate::error::write_joined(f, "; ", &self.kept)?;
        match (self.omitted(), self.kept.is_empty()) {
            (0, _) => Ok(()),
            (more, true) => write!(f, "… and {more} more"),
            (more, false) => write!(f, "; … and {more} more"),
        }
    }
}

#[cfg(feature = "alloc")]
impl core::error::Error for Violations {}
