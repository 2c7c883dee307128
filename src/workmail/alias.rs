use crate::text::{check_len, has_pair, invalid_char_after_ascii, AsciiClass, ALNUM};
use crate::Error;

const ALNUM_OR_HYPHEN: &str = "an ASCII letter, digit or '-'";

string_shape! {
    /// The alias of a WorkMail organization, such as `acme-corp`; with an existing directory,
    /// that directory's alias.
    pub struct OrgAlias;
    model: crate::model::workmail::ORGANIZATION_NAME,
    regex: Some(r"^(?:d|(?:[0-9a-ce-zA-Z]|d[0-9a-zA-Z])[0-9a-zA-Z]*(?:-[0-9a-zA-Z]+)*)$"),
    validate: validate,
    examples: ["D-acme", "d-acme"], // the lowercase prefix `d-` is reserved
    storage: inline(62),
    layout: Layout::new(&[
        run(&ALNUM, 1, MANY),
        Repeat(&[Lit("-"), run(&ALNUM, 1, MANY)]),
    ])
    .forbidding("d-"),
}

const ALNUM_HYPHEN: AsciiClass = ALNUM.with(b"-", ALNUM_OR_HYPHEN);

validator! {
    validate(s, b)
    let ends = match b {
        [first, .., last] => *first != b'-' && *last != b'-',
        [only] => *only != b'-',
        [] => false,
    };
    if ends
        && !matches!(OrgAlias::MAX_LEN, Some(max) if b.len() > max)
        && !matches!(b, [b'd', b'-', ..])
        && ALNUM_HYPHEN.all_in(b)
        && !has_pair(b, b'-');
    else {
        let shape = OrgAlias::SHAPE;
        tri!(check_len(shape, s));
        if let [b'd', b'-', ..] = s.as_bytes() {
            return Err(Error::new(
                shape,
                crate::ErrorKind::ForbiddenPrefix { prefix: "d-" },
            ));
        }
        // True at the start and after a hyphen: a letter or digit must come.
        let mut after_hyphen = true;
        let mut rest = s.as_bytes();
        while let [b, tail @ ..] = rest {
            if ALNUM.has(*b) {
                after_hyphen = false;
            } else if *b == b'-' && !after_hyphen {
                after_hyphen = true;
            } else {
                break;
            }
            rest = tail;
        }
        // All ASCII before `at`: it is the char index.
        let at = s.len().wrapping_sub(rest.len());
        let expected = if after_hyphen { ALNUM.expected } else { ALNUM_OR_HYPHEN };
        match rest {
            [] if !after_hyphen => Ok(()),
            _ => Err(invalid_char_after_ascii(shape, s, at, expected)),
        }
    }
}
