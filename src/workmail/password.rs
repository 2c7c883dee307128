use crate::text::{check_len, incomplete, invalid_char, AsciiClass};
use crate::Error;

string_shape! {
    /// A user's password; the directory policy is the opt-in [`Self::check_policy`]. Sensitive:
    /// not one char of it reaches `Debug` or errors.
    pub struct Password;
    model: crate::model::workmail::PASSWORD,
    regex: Some(r"^[\x{20}-\x{FF}]+$"),
    validate: validate,
    examples: ["Tr0ub4dor&3", "Tr0ub4dor\t3"], // a tab is below U+0020
    storage: text,
    layout: Layout::new(&[Run(Class::AsciiThen(&ASCII_FROM_SPACE, '\u{ff}'), 1, MANY)]),
}

const EXPECTED: &str = "a char from U+0020 to U+00FF";

const ASCII_FROM_SPACE: AsciiClass = AsciiClass::new(&[(0x20, 0x7F)], &[], EXPECTED);

const fn validate(s: &str) -> Result<(), Error> {
    let shape = Password::SHAPE;
    tri!(check_len(shape, s));
    if s.is_empty() {
        return Err(incomplete(shape, s, EXPECTED));
    }
    // ASCII eight bytes at a time, then char by char: U+0080..U+00FF are led by 0xC2, 0xC3.
    let mut i = match ASCII_FROM_SPACE.first_outside(s.as_bytes()) {
        Some(at) => at,
        None => return Ok(()),
    };
    let mut rest = crate::text::bytes_from(s, i);
    while let [b, tail @ ..] = rest {
        match *b {
            0x20..=0x7F => {
                rest = tail;
                i = i.wrapping_add(1);
            }
            0xC2 | 0xC3 => match tail {
                [_, after @ ..] => {
                    rest = after;
                    i = i.wrapping_add(2);
                }
                [] => return Err(invalid_char(shape, s, i, EXPECTED)),
            },
            _ => return Err(invalid_char(shape, s, i, EXPECTED)),
        }
    }
    Ok(())
}

pub use crate::error::PasswordPolicyError;

impl Password {
    /// Checks the policy WorkMail and Simple AD directories enforce (else
    /// `InvalidPasswordException`), as [`PasswordPolicyError`] lists it. The five groups:
    /// uppercase ASCII, lowercase ASCII, digits, other printable chars, Latin-1 letters (U+00C0
    /// to U+00FF but U+00D7, U+00F7).
    ///
    /// ```
    /// use org_shapes::workmail::{Password, PasswordPolicyError};
    /// assert!("Correct-Horse-7".parse::<Password>()?.check_policy().is_ok());
    /// let weak: Password = "pass".parse()?;
    /// assert_eq!(weak.check_policy(), Err(PasswordPolicyError::TooShort { actual: 4 }));
    /// let mut broken = Vec::new();
    /// weak.check_policy_each(|e| broken.push(e));
    /// assert_eq!(
    ///     broken,
    ///     [PasswordPolicyError::TooShort { actual: 4 }, PasswordPolicyError::TooFewGroups { groups: 1 }]
    /// );
    /// # Ok::<(), org_shapes::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first rule broken.
    pub fn check_policy(&self) -> Result<(), PasswordPolicyError> {
        let mut first = None;
        self.check_policy_each(|broken| {
            first.get_or_insert(broken);
        });
        first.map_or(Ok(()), Err)
    }

    /// [`Self::check_policy`], handing over **every** rule broken: length, chars (the first
    /// outside Latin-1), groups.
    pub fn check_policy_each(&self, mut report: impl FnMut(PasswordPolicyError)) {
        let pw = self.as_str();
        let len = pw.chars().count();
        if len < 8 {
            report(PasswordPolicyError::TooShort { actual: len });
        }
        if len >= 64 {
            report(PasswordPolicyError::TooLong { actual: len });
        }
        // One bit per group: uppercase, lowercase, digits, special chars, Latin-1 letters.
        let mut seen = 0u8;
        let mut outside = None;
        for (index, c) in pw.chars().enumerate() {
            seen |= match c {
                'A'..='Z' => 1,
                'a'..='z' => 2,
                '0'..='9' => 4,
                '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{BF}' | '\u{D7}' | '\u{F7}' => 8,
                '\u{C0}'..='\u{FF}' => 16,
                _ => {
                    outside.get_or_insert(index);
                    0
                }
            };
        }
        if let Some(index) = outside {
            report(PasswordPolicyError::OutsideLatin1 { index });
        }
        let groups = seen.count_ones() as u8;
        if groups < 3 {
            report(PasswordPolicyError::TooFewGroups { groups });
        }
    }
}
