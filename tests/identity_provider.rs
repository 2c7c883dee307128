//! `IdentityProviderUserId`'s validator judges whole 8-byte words and explains a refusal a
//! word at a time where it can: its errors must be those of the rule read char by char, on
//! every truncation and one-char change of valid and nearly valid ids.

use org_shapes::workmail::IdentityProviderUserId;
use org_shapes::{Error, ErrorKind};

/// `x` a lowercase hex digit, `X` a hex digit of either case; only 47 chars carry the prefix.
const PREFIXED: &str = "xxxxxxxxxx-XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
const BARE: &str = "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";

/// The rule, char by char.
fn reference(s: &str) -> Result<(), ErrorKind> {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    if n == 0 {
        return Err(ErrorKind::TooShort { min: 1, actual: 0 });
    }
    if n > 47 {
        let actual = Some(n);
        return Err(ErrorKind::TooLong { max: 47, actual });
    }
    let layout = if n == PREFIXED.len() { PREFIXED } else { BARE };
    for (index, want) in layout.chars().enumerate() {
        let (fits, expected): (fn(&char) -> bool, _) = match want {
            'x' => (
                |c| matches!(c, '0'..='9' | 'a'..='f'),
                "a lowercase hex digit",
            ),
            'X' => (char::is_ascii_hexdigit, "a hex digit"),
            _ => (|c| *c == '-', "'-'"),
        };
        match chars.get(index) {
            None => return Err(ErrorKind::Incomplete { index, expected }),
            Some(c) if fits(c) => {}
            Some(&c) => {
                let found = Some(c);
                return Err(ErrorKind::InvalidChar {
                    index,
                    found,
                    expected,
                });
            }
        }
    }
    match chars.get(layout.len()) {
        None => Ok(()),
        Some(&c) => Err(ErrorKind::InvalidChar {
            index: layout.len(),
            found: Some(c),
            expected: "the end of the value",
        }),
    }
}

#[test]
fn word_at_a_time_errors_are_those_of_the_rule_read_char_by_char() {
    let check = |s: &str| {
        let got = IdentityProviderUserId::validate(s).map_err(|e: Error| e.kind());
        assert_eq!(got, reference(s), "{s:?}");
    };
    let mut subs: Vec<String> = (0u8..128).map(|b| String::from(b as char)).collect();
    subs.push(String::from("é"));
    subs.push(String::new());
    for (valid, ok) in [
        ("1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d", true),
        ("4A7B8C9D-1E2F-3A4B-5C6D-7E8F9A0B1C2D", true),
        ("abcdef0123-ABCDEF01-abcd-ABCD-0f9A-aBcDeF012345", true),
        ("4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d", false),
        ("1234567890a4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d", false),
    ] {
        assert_eq!(
            IdentityProviderUserId::validate(valid).is_ok(),
            ok,
            "{valid}"
        );
        check(valid);
        for i in 0..valid.len() {
            check(&valid[..i]);
            for sub in &subs {
                check(&format!("{}{sub}{}", &valid[..i], &valid[i + 1..]));
            }
        }
    }
}
