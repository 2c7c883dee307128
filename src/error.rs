//! The [`Error`] every constructor returns, and the [`Shape`] description of each shape.

use core::fmt;

/// The AWS service a shape belongs to.
///
/// ```
/// use org_shapes::{organizations::AccountId, workmail::OrgAlias, Service};
///
/// assert_eq!(OrgAlias::SHAPE.service, Service::WorkMail);
/// assert_eq!(AccountId::SHAPE.service.to_string(), "organizations");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Service {
    /// Amazon WorkMail (`workmail`, API version 2017-10-01).
    WorkMail,
    /// AWS Organizations (`organizations`, API version 2016-11-28).
    Organizations,
}

impl Service {
    /// The service's identifier in the AWS models.
    pub const fn as_str(self) -> &'static str {
        match self {
            Service::WorkMail => "workmail",
            Service::Organizations => "organizations",
        }
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the AWS model says of one shape, as each type's `SHAPE` ([`crate::SHAPES`] has all).
/// Two are equal when they name the same service, model shape and Rust type.
///
/// ```
/// use org_shapes::{workmail::OrgAlias, Service};
///
/// let shape = OrgAlias::SHAPE;
/// assert_eq!((shape.service, shape.model_name), (Service::WorkMail, "OrganizationName"));
/// assert_eq!((shape.min_len, shape.max_len), (Some(1), Some(62)));
/// assert!(!shape.sensitive);
/// assert!((shape.validate)("d-acme").is_err());
/// ```
#[non_exhaustive]
pub struct Shape {
    /// The service whose model has the shape.
    pub service: Service,
    /// The shape's name in the AWS model.
    pub model_name: &'static str,
    /// The name of the Rust type.
    pub type_name: &'static str,
    /// Minimum length in chars (Unicode scalar values), when the model sets one.
    pub min_len: Option<usize>,
    /// Maximum length in chars, when the model sets one.
    pub max_len: Option<usize>,
    /// The model's pattern, verbatim; it must match the whole value.
    pub pattern: Option<&'static str>,
    /// An equivalent, anchored pattern for the `regex` crate, without the lengths.
    pub regex: Option<&'static str>,
    /// The closed set of wire values, for enum shapes.
    pub enum_values: Option<&'static [&'static str]>,
    /// Whether the shape is sensitive: its values never appear in messages.
    pub sensitive: bool,
    /// The type's `validate`.
    pub validate: fn(&str) -> Result<(), Error>,
}

impl Shape {
    /// Not the validator: function pointers do not compare reliably.
    fn identity(&self) -> (Service, &'static str, &'static str) {
        (self.service, self.model_name, self.type_name)
    }
}

impl PartialEq for Shape {
    fn eq(&self, other: &Self) -> bool {
        self.identity() == other.identity()
    }
}

impl Eq for Shape {}

impl core::hash::Hash for Shape {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.identity().hash(state);
    }
}

impl fmt::Debug for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shape")
            .field("service", &self.service)
            .field("model_name", &self.model_name)
            .field("type_name", &self.type_name)
            .field("min_len", &self.min_len)
            .field("max_len", &self.max_len)
            .field("pattern", &self.pattern)
            .field("regex", &self.regex)
            .field("enum_values", &self.enum_values)
            .field("sensitive", &self.sensitive)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.type_name)
    }
}

/// What was wrong with a refused value.
///
/// ```
/// use org_shapes::{workmail::OrgAlias, ErrorKind};
///
/// let kind = OrgAlias::new("acme_corp").unwrap_err().kind();
/// assert_eq!(
///     kind,
///     ErrorKind::InvalidChar { index: 4, found: Some('_'), expected: "an ASCII letter, digit or '-'" }
/// );
/// assert!(kind.is_pattern() && !kind.is_length());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Fewer chars than the shape's minimum length.
    TooShort {
        /// The minimum length in chars.
        min: usize,
        /// The value's length in chars.
        actual: usize,
    },
    /// More chars than the shape's maximum length.
    TooLong {
        /// The maximum length in chars.
        max: usize,
        /// The value's length in chars; `None` if refused uncounted (over 4 bytes a char).
        actual: Option<usize>,
    },
    /// A char the pattern does not allow at this position.
    InvalidChar {
        /// Index of the char, from 0.
        index: usize,
        /// The offending char; `None` for sensitive shapes.
        found: Option<char>,
        /// What the pattern allows at this position.
        expected: &'static str,
    },
    /// The value ends where the pattern needs more.
    Incomplete {
        /// The value's length in chars.
        index: usize,
        /// What the pattern needs next.
        expected: &'static str,
    },
    /// The value starts with a prefix the pattern excludes.
    ForbiddenPrefix {
        /// The excluded prefix.
        prefix: &'static str,
    },
    /// Not one of the shape's enum values (case-sensitive).
    NotInEnum,
}

impl ErrorKind {
    /// Whether the failed constraint is the length.
    pub const fn is_length(&self) -> bool {
        matches!(self, ErrorKind::TooShort { .. } | ErrorKind::TooLong { .. })
    }

    /// Whether the failed constraint is the shape's pattern.
    pub const fn is_pattern(&self) -> bool {
        matches!(
            self,
            ErrorKind::InvalidChar { .. }
                | ErrorKind::Incomplete { .. }
                | ErrorKind::ForbiddenPrefix { .. }
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ErrorKind::TooShort { min, actual } => {
                write!(f, "length {actual} is below the minimum of {min} chars")
            }
            ErrorKind::TooLong { max, actual } => match actual {
                Some(actual) => write!(f, "length {actual} exceeds the maximum of {max} chars"),
                None => write!(f, "input far exceeds the maximum of {max} chars"),
            },
            ErrorKind::InvalidChar {
                index,
                found,
                expected,
            } => match found {
                Some(c) => write!(f, "char {index} {c:?} is not allowed, expected {expected}"),
                None => write!(f, "char {index} is not allowed, expected {expected}"),
            },
            ErrorKind::Incomplete { index, expected } => {
                write!(f, "value ends after {index} chars, expected {expected}")
            }
            ErrorKind::ForbiddenPrefix { prefix } => {
                write!(f, "value must not start with {prefix:?}")
            }
            ErrorKind::NotInEnum => f.write_str("not one of the allowed values"),
        }
    }
}

/// A value refused by one of the crate's shapes. `Display` is the type's name, then
/// [`Error::explanation`]; neither it nor `Debug` shows the value.
///
/// ```
/// use org_shapes::workmail::OrgAlias;
///
/// let e = OrgAlias::new("d-acme").unwrap_err();
/// assert_eq!(e.to_string(), r#"invalid OrgAlias: value must not start with "d-""#);
/// assert_eq!(
///     format!("{e:?}"),
///     r#"Error { shape: OrgAlias, kind: ForbiddenPrefix { prefix: "d-" } }"#
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid {}: {}", .shape.type_name, self.explanation())]
pub struct Error {
    shape: &'static Shape,
    kind: ErrorKind,
}

impl Error {
    /// An error for `shape`, for code layered on the crate too.
    pub const fn new(shape: &'static Shape, kind: ErrorKind) -> Self {
        Error { shape, kind }
    }

    /// The shape that refused the value.
    pub const fn shape(&self) -> &'static Shape {
        self.shape
    }

    /// Which constraint failed, with its data.
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The constraint in the words AWS uses after `failed to satisfy constraint: `.
    pub const fn aws_constraint(&self) -> AwsConstraint {
        AwsConstraint(*self)
    }

    /// What is wrong in plain words: the kind's `Display`, or the enum's values; for a
    /// sensitive shape, no char of the value.
    pub const fn explanation(&self) -> Explanation {
        Explanation(*self)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("shape", &format_args!("{}", self.shape.type_name))
            .field("kind", &self.kind)
            .finish()
    }
}

/// Displays [`Error::explanation`].
///
/// ```
/// use org_shapes::workmail::UserRole;
///
/// let e = UserRole::parse("ADMIN").unwrap_err();
/// assert_eq!(e.explanation().to_string(), "not one of USER, RESOURCE, SYSTEM_USER, REMOTE_USER");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation(Error);

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.0.kind, self.0.shape.enum_values) {
            (ErrorKind::NotInEnum, Some(values)) => {
                f.write_str("not one of ")?;
                write_joined(f, ", ", values)
            }
            (kind, _) => kind.fmt(f),
        }
    }
}

/// Displays [`Error::aws_constraint`].
///
/// ```
/// use org_shapes::workmail::UserRole;
///
/// let e = UserRole::parse("ADMIN").unwrap_err();
/// assert_eq!(
///     e.aws_constraint().to_string(),
///     "Member must satisfy enum value set: [USER, RESOURCE, SYSTEM_USER, REMOTE_USER]"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwsConstraint(Error);

impl fmt::Display for AwsConstraint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shape = self.0.shape;
        match self.0.kind {
            ErrorKind::TooShort { min, .. } => {
                write!(f, "Member must have length greater than or equal to {min}")
            }
            ErrorKind::TooLong { max, .. } => write!(f, "{MAX_LENGTH} {max}"),
            ErrorKind::NotInEnum => {
                f.write_str("Member must satisfy enum value set: [")?;
                write_joined(f, ", ", shape.enum_values.unwrap_or(&[]))?;
                f.write_str("]")
            }
            ErrorKind::InvalidChar { .. }
            | ErrorKind::Incomplete { .. }
            | ErrorKind::ForbiddenPrefix { .. } => write!(
                f,
                "Member must satisfy regular expression pattern: {}",
                shape.pattern.unwrap_or("")
            ),
        }
    }
}

/// AWS's words for a maximum length, of a value in chars or of a list in elements.
pub(crate) const MAX_LENGTH: &str = "Member must have length less than or equal to";

/// `items` with `sep` between them.
pub(crate) fn write_joined<T: fmt::Display>(
    f: &mut fmt::Formatter<'_>,
    sep: &str,
    items: impl IntoIterator<Item = T>,
) -> fmt::Result {
    for (i, item) in items.into_iter().enumerate() {
        write!(f, "{}{item}", if i > 0 { sep } else { "" })?;
    }
    Ok(())
}

/// A broken rule of the WorkMail and Simple AD password policy; it holds no char of the password.
///
/// ```
/// use org_shapes::workmail::{Password, PasswordPolicyError};
/// let weak: Password = "password".parse()?;
/// assert_eq!(weak.check_policy(), Err(PasswordPolicyError::TooFewGroups { groups: 1 }));
/// assert_eq!(
///     PasswordPolicyError::TooShort { actual: 5 }.to_string(),
///     "the password has 5 chars, the policy needs at least 8"
/// );
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PasswordPolicyError {
    /// Fewer than 8 chars.
    #[error("the password has {actual} chars, the policy needs at least 8")]
    TooShort {
        /// The password's length in chars.
        actual: usize,
    },
    /// 64 chars or more.
    #[error("the password has {actual} chars, the policy needs fewer than 64")]
    TooLong {
        /// The password's length in chars.
        actual: usize,
    },
    /// A char outside Basic Latin and Latin-1 Supplement, or a control char.
    #[error("char {index} is outside Basic Latin and Latin-1 Supplement")]
    OutsideLatin1 {
        /// Index of the char, from 0.
        index: usize,
    },
    /// Chars from fewer than three of the five groups.
    #[error(
        "the password uses {groups} of the 5 char groups (uppercase, lowercase, digits, \
         special chars, Latin-1 letters), the policy needs 3"
    )]
    TooFewGroups {
        /// How many groups the password draws from.
        groups: u8,
    },
}
