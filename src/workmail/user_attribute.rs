//! Display, first and last names of `CreateUser`.

use crate::text::check_len;
use crate::Error;

string_shape! {
    /// A personal attribute of a user: display name, first name or last name.
    ///
    /// 0 to 256 chars of any kind; the model sets no pattern. The model marks these values
    /// sensitive, so `Debug` and every error leave them out.
    ///
    /// ```
    /// use org_shapes::workmail::UserAttribute;
    /// assert!("Zoë Ångström".parse::<UserAttribute>().is_ok());
    /// assert!("é".repeat(257).parse::<UserAttribute>().is_err());
    /// ```
    pub struct UserAttribute;
    model: crate::model::workmail::USER_ATTRIBUTE,
    type_name: "UserAttribute",
    regex: Some(r"^(?s:.*)$"),
    validate: validate,
    examples: [
        // 256 and 257 chars, one too many
        match core::str::from_utf8(&[b'a'; 256]) { Ok(s) => s, Err(_) => "" },
        match core::str::from_utf8(&[b'a'; 257]) { Ok(s) => s, Err(_) => "" },
    ],
    storage: text,
}

impl UserAttribute {
    /// Any chars.
    pub(crate) const LAYOUT: crate::layout::Layout = {
        use crate::layout::{Layout, Part::*, ANY, MANY};
        Layout::new(&[Run(ANY, 0, MANY)])
    };
}

/// The display name of a user (required by `CreateUser`); any text of up to 256 chars,
/// sensitive.
///
/// ```
/// use org_shapes::workmail::DisplayName;
/// let name: DisplayName = "Jane Doe".parse()?;
/// assert_eq!(name.to_string(), "<redacted>"); // sensitive: shown only through as_str
/// assert_eq!(name.as_str(), "Jane Doe");
/// assert!("x".repeat(257).parse::<DisplayName>().is_err());
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub type DisplayName = UserAttribute;
/// The first name of a user: a [`UserAttribute`], sensitive.
///
/// ```
/// use org_shapes::workmail::FirstName;
/// let first: FirstName = "Zoë".parse()?;
/// assert_eq!(format!("{first:?}"), "UserAttribute(<redacted>)");
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub type FirstName = UserAttribute;
/// The last name of a user: a [`UserAttribute`], sensitive.
///
/// ```
/// use org_shapes::workmail::LastName;
/// let last: LastName = "Ångström".parse()?;
/// assert_eq!(last.as_str(), "Ångström");
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub type LastName = UserAttribute;

// Small enough to inline into the caller (across crates too): the result then stays in
// registers instead of coming back through memory.
#[inline]
const fn validate(s: &str) -> Result<(), Error> {
    check_len(UserAttribute::SHAPE, s)
}
