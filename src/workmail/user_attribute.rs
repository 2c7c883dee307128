string_shape! {
    /// A user's display, first or last name. Sensitive: never in `Debug` or errors.
    ///
    /// ```
    /// use org_shapes::workmail::UserAttribute;
    /// assert!("Zoë Ångström".parse::<UserAttribute>().is_ok());
    /// assert!("é".repeat(257).parse::<UserAttribute>().is_err());
    /// ```
    pub struct UserAttribute;
    model: crate::model::workmail::USER_ATTRIBUTE,
    regex: Some(r"^(?s:.*)$"),
    validate: validate = (any),
    examples: [
        match core::str::from_utf8(&[b'a'; 256]) { Ok(s) => s, Err(_) => "" },
        match core::str::from_utf8(&[b'a'; 257]) { Ok(s) => s, Err(_) => "" },
    ],
    storage: text,
    layout: Layout::new(&[Run(ANY, 0, MANY)]),
}

/// The display name of a user (required by `CreateUser`).
///
/// ```
/// use org_shapes::workmail::DisplayName;
/// let name: DisplayName = "Jane Doe".parse()?;
/// assert_eq!(name.to_string(), "<redacted>");
/// assert_eq!(name.as_str(), "Jane Doe");
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub type DisplayName = UserAttribute;
/// The first name of a user.
///
/// ```
/// use org_shapes::workmail::FirstName;
/// let first: FirstName = "Zoë".parse()?;
/// assert_eq!(format!("{first:?}"), "UserAttribute(<redacted>)");
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub type FirstName = UserAttribute;
/// The last name of a user.
///
/// ```
/// use org_shapes::workmail::LastName;
/// let last: LastName = "Ångström".parse()?;
/// assert_eq!(last.as_str(), "Ångström");
/// # Ok::<(), org_shapes::Error>(())
/// ```
pub type LastName = UserAttribute;
