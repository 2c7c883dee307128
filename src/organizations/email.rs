//! The management account's email address.

use crate::text::{check_len, incomplete, invalid_char, SPACE};
use crate::Error;

const EXPECTED: &str = "a char other than whitespace and '@'";
const DOMAIN_EXPECTED: &str = "a domain with a '.' that is neither its first nor its last char";

string_shape! {
    /// An email address as AWS Organizations reports it, such as `admin@example.com`.
    ///
    /// 6 to 64 chars: a non-empty local part, one `@`, and a domain with a `.` somewhere other
    /// than at its ends; no whitespace anywhere and no second `@`. Whitespace means the ASCII
    /// whitespace chars (space, tab, line feed, vertical tab, form feed, carriage return);
    /// other chars, Unicode ones included, are accepted as the model's pattern accepts them.
    /// The model marks addresses sensitive, so `Debug` and errors never show them.
    ///
    /// ```
    /// use org_shapes::organizations::Email;
    /// assert!("admin@example.com".parse::<Email>().is_ok());
    /// assert!("admin@localhost".parse::<Email>().is_err());
    /// ```
    pub struct Email;
    shape: shape! {
        service: Organizations,
        model: "Email",
        type_name: "Email",
        min: Some(6),
        max: Some(64),
        pattern: Some(r"[^\s@]+@[^\s@]+\.[^\s@]+"),
        regex: Some(r"^[^\t\n\x0B\x0C\r @]+@[^\t\n\x0B\x0C\r @]+\.[^\t\n\x0B\x0C\r @]+$"),
        sensitive: true,
    },
    validate: validate,
    storage: text,
    debug: redacted,
}

const fn validate(s: &str) -> Result<(), Error> {
    let shape = Email::SHAPE;
    if let Err(e) = check_len(shape, s) {
        return Err(e);
    }
    let mut at_sign = None;
    let mut rest = s.as_bytes();
    let mut i = 0usize;
    while let [b, tail @ ..] = rest {
        if SPACE.has(*b) {
            return Err(invalid_char(shape, s, i, EXPECTED));
        }
        if *b == b'@' {
            if i == 0 || at_sign.is_some() {
                return Err(invalid_char(shape, s, i, EXPECTED));
            }
            at_sign = Some(i);
        }
        i = i.wrapping_add(1);
        rest = tail;
    }
    let domain = match at_sign {
        None => return Err(incomplete(shape, s, "'@' and a domain")),
        Some(at) => match s.as_bytes().split_at_checked(at.wrapping_add(1)) {
            Some((_, domain)) => domain,
            None => &[],
        },
    };
    // A '.' with at least one char on each side: skip the first and last char of the domain.
    let inner = match domain {
        [_, inner @ .., _] => inner,
        _ => &[],
    };
    let mut rest = inner;
    while let [b, tail @ ..] = rest {
        if *b == b'.' {
            return Ok(());
        }
        rest = tail;
    }
    Err(incomplete(shape, s, DOMAIN_EXPECTED))
}
