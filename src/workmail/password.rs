//! The initial password of `CreateUser`.

use crate::text::{check_len, incomplete, invalid_char, AsciiClass};
use crate::Error;

string_shape! {
    /// A user's password.
    ///
    /// At most 256 chars, at least one, each between U+0020 and U+00FF (printable ASCII and
    /// Latin-1). That is all the model asks; the password policy of WorkMail and Simple AD
    /// directories is stricter and is checked by the opt-in [`Password::check_policy`]. The
    /// value never appears in `Debug` or in errors, not even one char of it.
    ///
    /// ```
    /// use org_shapes::workmail::Password;
    /// assert!("Tr0ub4dor&3".parse::<Password>().is_ok());
    /// assert!("tab\there".parse::<Password>().is_err());
    /// ```
    pub struct Password;
    model: crate::model::workmail::PASSWORD,
    type_name: "Password",
    regex: Some(r"^[\x{20}-\x{FF}]+$"),
    validate: validate,
    examples: ["Tr0ub4dor&3", "Tr0ub4dor\t3"], // a tab is below U+0020
    storage: text,
}

impl Password {
    /// At least one char from U+0020 to U+00FF.
    pub(crate) const LAYOUT: crate::layout::Layout = {
        use crate::layout::{Class, Layout, Part::*, MANY};
        Layout::new(&[Run(Class::AsciiThen(&ASCII_FROM_SPACE, '\u{ff}'), 1, MANY)])
    };
}

const EXPECTED: &str = "a char from U+0020 to U+00FF";

/// The one-byte chars a password may hold, U+0020 to U+007F.
const ASCII_FROM_SPACE: AsciiClass = AsciiClass::new(&[(0x20, 0x7F)], &[], EXPECTED);

const fn validate(s: &str) -> Result<(), Error> {
    let shape = Password::SHAPE;
    tri!(check_len(shape, s));
    if s.is_empty() {
        return Err(incomplete(shape, s, EXPECTED));
    }
    // Skip the leading run of ASCII from U+0020 eight bytes at a time; the rest goes char by
    // char. U+0080..U+00FF are the two-byte sequences led by 0xC2 and 0xC3.
    let mut i = match ASCII_FROM_SPACE.first_outside(s.as_bytes()) {
        Some(at) => at,
        None => return Ok(()),
    };
    let mut rest = match s.as_bytes().split_at_checked(i) {
        Some((_, rest)) => rest,
        None => &[],
    };
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
    /// Checks the password policy of WorkMail and Simple AD directories, which the service
    /// enforces beyond the model (a failure comes back as `InvalidPasswordException`): at least
    /// 8 and fewer than 64 chars, only Basic Latin and Latin-1 Supplement, and chars from at
    /// least three of five groups: uppercase ASCII letters, lowercase ASCII letters, digits,
    /// other printable chars (special chars), and Latin-1 letters (U+00C0 to U+00FF except
    /// U+00D7 and U+00F7). Other directory kinds apply their own policy.
    ///
    /// ```
    /// use org_shapes::workmail::Password;
    /// let weak: Password = "password".parse()?;
    /// assert!(weak.check_policy().is_err());
    /// let strong: Password = "Correct-Horse-7".parse()?;
    /// assert!(strong.check_policy().is_ok());
    /// # Ok::<(), org_shapes::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first rule broken, as a [`PasswordPolicyError`]; it never contains the password.
    pub fn check_policy(&self) -> Result<(), PasswordPolicyError> {
        let mut first = None;
        self.check_policy_each(|broken| {
            first.get_or_insert(broken);
        });
        first.map_or(Ok(()), Err)
    }

    /// Checks the same policy as [`Password::check_policy`], handing over **every** rule the
    /// password breaks, in the order length, chars, groups (one `OutsideLatin1`, for the
    /// first such char). Nothing handed over contains the password or any of its chars.
    ///
    /// ```
    /// use org_shapes::workmail::{Password, PasswordPolicyError};
    /// let weak: Password = "pass\u{100}".parse().unwrap_or_else(|_| "pass".parse().unwrap());
    /// let mut broken = Vec::new();
    /// weak.check_policy_each(|e| broken.push(e));
    /// assert_eq!(
    ///     broken,
    ///     [PasswordPolicyError::TooShort { actual: 4 }, PasswordPolicyError::TooFewGroups { groups: 1 }]
    /// );
    /// ```
    pub fn check_policy_each(&self, mut report: impl FnMut(PasswordPolicyError)) {
        let pw = self.as_str();
        let len = pw.chars().count();
        if len < 8 {
            report(PasswordPolicyError::TooShort { actual: len });
        }
        if len >= 64 {
            report(PasswordPolicyError::TooLong { actual: len });
        }
        let (mut upper, mut lower, mut digit, mut special, mut latin) = (0u8, 0u8, 0u8, 0u8, 0u8);
        let mut outside = None;
        for (index, c) in pw.chars().enumerate() {
            match c {
                'A'..='Z' => upper = 1,
                'a'..='z' => lower = 1,
                '0'..='9' => digit = 1,
                '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{BF}' | '\u{D7}' | '\u{F7}' => special = 1,
                '\u{C0}'..='\u{FF}' => latin = 1,
                _ => {
                    outside.get_or_insert(index);
                }
            }
        }
        if let Some(index) = outside {
            report(PasswordPolicyError::OutsideLatin1 { index });
        }
        let groups = upper
            .saturating_add(lower)
            .saturating_add(digit)
            .saturating_add(special)
            .saturating_add(latin);
        if groups < 3 {
            report(PasswordPolicyError::TooFewGroups { groups });
        }
    }
}
