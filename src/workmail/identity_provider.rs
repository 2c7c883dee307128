//! The IAM Identity Center user id of `CreateUser`.

use crate::text::{check_len, count_chars, expect_end, expect_prefix, expect_run, HEX, HEX_LOWER};
use crate::Error;

string_shape! {
    /// The id of the user in IAM Identity Center, such as
    /// `1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d` or a bare UUID.
    ///
    /// A UUID in the 8-4-4-4-12 layout (hex digits of either case), optionally preceded by
    /// ten lowercase hex digits and a hyphen: 36 or 47 chars.
    ///
    /// ```
    /// use org_shapes::workmail::IdentityProviderUserId;
    /// assert!("4A7B8C9D-1E2F-3A4B-5C6D-7E8F9A0B1C2D".parse::<IdentityProviderUserId>().is_ok());
    /// assert!("4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d".parse::<IdentityProviderUserId>().is_err());
    /// ```
    pub struct IdentityProviderUserId;
    shape: shape! {
        service: WorkMail,
        model: "IdentityProviderUserId",
        type_name: "IdentityProviderUserId",
        min: Some(1),
        max: Some(47),
        pattern: Some(r"^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"),
        regex: Some(r"^(?:[0-9a-f]{10}-)?[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"),
        sensitive: false,
    },
    validate: validate,
    storage: inline(47),
    debug: plain,
}

/// Length of the optional prefix, hyphen included.
const PREFIX_LEN: usize = 11;
/// Length of a UUID in text form.
const UUID_LEN: usize = 36;

const fn validate(s: &str) -> Result<(), Error> {
    let shape = IdentityProviderUserId::SHAPE;
    if let Err(e) = check_len(shape, s) {
        return Err(e);
    }
    let mut at = 0;
    // Only a 47-char value can carry the prefix; any other length must be a bare UUID. Count
    // chars, not bytes: a 47-char value with a multibyte char must still be read as prefixed.
    if count_chars(s.as_bytes()) == PREFIX_LEN + UUID_LEN {
        at = match expect_run(shape, s, at, 10, &HEX_LOWER) {
            Ok(at) => at,
            Err(e) => return Err(e),
        };
        at = match expect_prefix(shape, s, at, "-", "'-'") {
            Ok(at) => at,
            Err(e) => return Err(e),
        };
    }
    let groups = [8usize, 4, 4, 4, 12];
    let mut rest: &[usize] = &groups;
    while let [n, tail @ ..] = rest {
        at = match expect_run(shape, s, at, *n, &HEX) {
            Ok(at) => at,
            Err(e) => return Err(e),
        };
        if !tail.is_empty() {
            at = match expect_prefix(shape, s, at, "-", "'-'") {
                Ok(at) => at,
                Err(e) => return Err(e),
            };
        }
        rest = tail;
    }
    expect_end(shape, s, at)
}
