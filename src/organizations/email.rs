use crate::text::{check_len, incomplete, invalid_char, AsciiClass, SPACE};
use crate::Error;

const EXPECTED: &str = "a char other than whitespace and '@'";
const SPACE_OR_AT: AsciiClass = SPACE.with(b"@", EXPECTED);
const DOT: AsciiClass = AsciiClass::new(&[], b".", "'.'");
const DOMAIN_EXPECTED: &str = "a domain with a '.' that is neither its first nor its last char";

string_shape! {
    /// An email address as AWS Organizations reports it, such as `admin@example.com`.
    /// Unicode is accepted. Sensitive: never in `Debug` or errors.
    pub struct Email;
    model: crate::model::organizations::EMAIL,
    regex: Some(r"^[^\t\n\x0B\x0C\r @]+@[^\t\n\x0B\x0C\r @]+\.[^\t\n\x0B\x0C\r @]+$"),
    validate: validate,
    examples: ["admin@example.com", "admin@localhost"], // the domain needs a `.`
    storage: text,
    layout: {
        const PART: crate::layout::Part = Run(Class::Except(&SPACE_OR_AT), 1, MANY);
        Layout::new(&[PART, Lit("@"), PART, Lit("."), PART])
    },
}

const fn validate(s: &str) -> Result<(), Error> {
    let shape = Email::SHAPE;
    tri!(check_len(shape, s));
    // Eight bytes at a time: whitespace and '@' are ASCII. The first of them must be an '@'
    // after the local part, and none may follow it.
    let bytes = s.as_bytes();
    let at = match SPACE_OR_AT.first_inside(bytes) {
        Some(i) if i > 0 && matches!(bytes.split_at_checked(i), Some((_, [b'@', ..]))) => i,
        Some(i) => return Err(invalid_char(shape, s, i, EXPECTED)),
        None => return Err(incomplete(shape, s, "'@' and a domain")),
    };
    let after = at.wrapping_add(1);
    let domain = crate::text::bytes_from(s, after);
    if let Some(k) = SPACE_OR_AT.first_inside(domain) {
        return Err(invalid_char(shape, s, after.wrapping_add(k), EXPECTED));
    }
    // A '.' not first nor last.
    match domain {
        [_, inner @ .., _] if DOT.first_inside(inner).is_some() => Ok(()),
        _ => Err(incomplete(shape, s, DOMAIN_EXPECTED)),
    }
}
