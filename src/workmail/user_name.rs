use crate::text::{check_len, invalid_char_after_ascii, run_len, AsciiClass, ALNUM, DOMAIN_CHAR};
use crate::Error;

const LOCAL_CHAR: AsciiClass = ALNUM.with(b"_.-", "an ASCII letter, digit, '_', '.' or '-'");
const LOCAL_OR_AT: &str = "an ASCII letter, digit, '_', '.', '-' or '@'";
const BEFORE_DOT: &str = "a domain label before its last '.'";
const LABEL: AsciiClass = ALNUM.with(b"-", "an ASCII letter, digit or '-'");
const TLD: &str = "a '.' and a last label of at least 2 ASCII letters, digits or '-'";

string_shape! {
    /// The name of a WorkMail user, such as `jdoe` or `jdoe@example.com`; see also
    /// [`Self::check_for_directory`].
    pub struct UserName;
    model: crate::model::workmail::USER_NAME,
    regex: Some(r"^[A-Za-z0-9_.-]+(?:@[a-zA-Z0-9.-]+\.[a-zA-Z0-9-]{2,})?$"),
    validate: validate,
    examples: ["a@b.co", "a@b.c"], // the last label needs two chars
    storage: inline(64),
    // The domain starts with a letter, digit or hyphen: the validator reads a cut value whose
    // domain starts with `.` as wrong at that `.`, not as incomplete.
    layout: Layout::new(&[
        run(&LOCAL_CHAR, 1, MANY),
        Opt(&[
            Lit("@"),
            run(&LABEL, 1, 1),
            run(&DOMAIN_CHAR, 0, MANY),
            Lit("."),
            run(&LABEL, 2, MANY),
        ]),
    ]),
}

/// The longest user name outside a WorkMail directory (AD Connector, Simple AD, managed
/// Microsoft AD).
pub const MAX_LEN_OUTSIDE_WORKMAIL_DIRECTORY: usize = 20;

impl UserName {
    /// Checks [`MAX_LEN_OUTSIDE_WORKMAIL_DIRECTORY`] unless `workmail_directory`.
    ///
    /// ```
    /// use org_shapes::workmail::UserName;
    /// let name: UserName = "a.very.long.user.name".parse()?;
    /// assert!(name.check_for_directory(true).is_ok());
    /// assert!(name.check_for_directory(false).is_err());
    /// # Ok::<(), org_shapes::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::ErrorKind::TooLong`].
    pub fn check_for_directory(&self, workmail_directory: bool) -> Result<(), Error> {
        let len = self.as_str().len();
        if !workmail_directory && len > MAX_LEN_OUTSIDE_WORKMAIL_DIRECTORY {
            return Err(Error::new(
                Self::SHAPE,
                crate::ErrorKind::TooLong {
                    max: MAX_LEN_OUTSIDE_WORKMAIL_DIRECTORY,
                    actual: Some(len),
                },
            ));
        }
        Ok(())
    }
}

/// Every error follows ASCII only: its byte offset is its char index.
const fn validate(s: &str) -> Result<(), Error> {
    let shape = UserName::SHAPE;
    tri!(check_len(shape, s));
    let len = s.len();
    let local = run_len(s, 0, &LOCAL_CHAR);
    let start = local.wrapping_add(1);
    let (bad, expected) = match s.as_bytes().split_at_checked(local) {
        _ if local == 0 => (0, LOCAL_CHAR.expected),
        Some((_, [])) => return Ok(()),
        Some((_, [b'@', domain @ ..])) => match run_len(s, start, &DOMAIN_CHAR) {
            n if n < domain.len() => (start.wrapping_add(n), DOMAIN_CHAR.expected),
            _ => match last_dot(domain) {
                Some(0) => (start, BEFORE_DOT),
                Some(k) if domain.len().wrapping_sub(k) >= 3 => return Ok(()),
                _ => (len, TLD),
            },
        },
        _ => (local, LOCAL_OR_AT),
    };
    Err(invalid_char_after_ascii(shape, s, bad, expected))
}

/// The offset of the last '.' of `domain`, searched from the end (the last label is short).
const fn last_dot(domain: &[u8]) -> Option<usize> {
    let mut rest = domain;
    while let [head @ .., b] = rest {
        if *b == b'.' {
            return Some(head.len());
        }
        rest = head;
    }
    None
}
