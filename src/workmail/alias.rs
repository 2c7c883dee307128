//! The organization alias (`OrganizationName` in the model).

use crate::text::{check_len, incomplete, invalid_char, AsciiClass, ALNUM};
use crate::Error;

const ALNUM_OR_HYPHEN: AsciiClass = ALNUM.with(b"-", "an ASCII letter, digit or '-'");
const HYPHEN: AsciiClass = AsciiClass::new(&[], b"-", "'-'");

string_shape! {
    /// The alias of a WorkMail organization, such as `acme-corp`.
    ///
    /// 1 to 62 chars: groups of ASCII letters and digits joined by single hyphens, with no
    /// hyphen at either end. The lowercase prefix `d-` is reserved (it marks directory ids), so
    /// `d-acme` is refused while `D-acme` and `d` are accepted. When the organization uses an
    /// existing directory, the alias must also be that directory's alias.
    ///
    /// ```
    /// use org_shapes::workmail::OrgAlias;
    /// assert!("acme-corp".parse::<OrgAlias>().is_ok());
    /// assert!("acme--corp".parse::<OrgAlias>().is_err());
    /// ```
    pub struct OrgAlias;
    shape: shape! {
        service: WorkMail,
        model: "OrganizationName",
        type_name: "OrgAlias",
        min: Some(1),
        max: Some(62),
        pattern: Some(r"^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*"),
        regex: Some(r"^(?:d|(?:[0-9a-ce-zA-Z]|d[0-9a-zA-Z])[0-9a-zA-Z]*(?:-[0-9a-zA-Z]+)*)$"),
        sensitive: false,
    },
    validate: validate,
    storage: inline(62),
    debug: plain,
}

const fn validate(s: &str) -> Result<(), Error> {
    let shape = OrgAlias::SHAPE;
    if let Err(e) = check_len(shape, s) {
        return Err(e);
    }
    if let [b'd', b'-', ..] = s.as_bytes() {
        return Err(Error::new(
            shape,
            crate::ErrorKind::ForbiddenPrefix { prefix: "d-" },
        ));
    }
    // Letters, digits and hyphens, found eight bytes at a time; then the hyphens, which are
    // few, one by one: none first, none right after another, none last.
    let bytes = s.as_bytes();
    let bad = ALNUM_OR_HYPHEN.first_outside(bytes);
    let checked = match bad {
        Some(at) => match bytes.split_at_checked(at) {
            Some((head, _)) => head,
            None => bytes,
        },
        None => bytes,
    };
    let mut last_hyphen: Option<usize> = None;
    let mut from = 0usize;
    loop {
        let rest = match checked.split_at_checked(from) {
            Some((_, rest)) => rest,
            None => &[],
        };
        let Some(k) = HYPHEN.first_inside(rest) else {
            break;
        };
        let i = from.wrapping_add(k);
        let follows_hyphen = match last_hyphen {
            Some(h) => h.wrapping_add(1) == i,
            None => false,
        };
        if i == 0 || follows_hyphen {
            return Err(invalid_char(shape, s, i, ALNUM.expected));
        }
        last_hyphen = Some(i);
        from = i.wrapping_add(1);
    }
    if let Some(at) = bad {
        let expected = if after_hyphen(at, last_hyphen) {
            ALNUM.expected
        } else {
            ALNUM_OR_HYPHEN.expected
        };
        return Err(invalid_char(shape, s, at, expected));
    }
    if after_hyphen(bytes.len(), last_hyphen) {
        return Err(incomplete(shape, s, ALNUM.expected));
    }
    Ok(())
}

/// Whether position `at` comes where a letter or digit is required: at the start or right
/// after the last hyphen.
const fn after_hyphen(at: usize, last_hyphen: Option<usize>) -> bool {
    at == 0
        || match last_hyphen {
            Some(h) => h.wrapping_add(1) == at,
            None => false,
        }
}
