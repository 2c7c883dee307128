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
/// Length of a prefixed id.
const FULL_LEN: usize = PREFIX_LEN + UUID_LEN;

/// The two layouts, one byte per char: `x` a lowercase hex digit, `X` a hex digit of either
/// case, `-` itself.
const PREFIXED: &[u8; FULL_LEN] = b"xxxxxxxxxx-XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
const BARE: &[u8; UUID_LEN] = b"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";

/// For the eight bytes of `layout` from `at`: the high bit of each lane that holds `class`.
const fn lanes_of(layout: &[u8], at: usize, class: u8) -> u64 {
    let mut marks = 0u64;
    let mut lane = 0u32;
    let rest = match layout.split_at_checked(at) {
        Some((_, rest)) => rest,
        None => &[],
    };
    let mut rest = rest;
    while let [b, tail @ ..] = rest {
        if lane == 8 {
            break;
        }
        if *b == class {
            marks |= 0x80u64.wrapping_shl(lane.wrapping_mul(8));
        }
        lane = lane.wrapping_add(1);
        rest = tail;
    }
    marks
}

/// The word offsets that cover a layout of `len` bytes (at least 8): every eighth byte, and
/// a last word ending at the end (overlapping the one before it).
const fn word_offsets<const W: usize>(len: usize) -> [usize; W] {
    let mut offsets = [0usize; W];
    let mut i = 0usize;
    let mut slots: &mut [usize] = &mut offsets;
    while let [slot, tail @ ..] = slots {
        *slot = if tail.is_empty() {
            len.saturating_sub(8)
        } else {
            i
        };
        i = i.wrapping_add(8);
        slots = tail;
    }
    offsets
}

/// Per word of a layout: its offset and the lanes that must be `x`, `X` and `-`.
type WordMasks = (usize, u64, u64, u64);

/// The masks of every word of `layout`.
const fn masks<const W: usize>(layout: &[u8]) -> [WordMasks; W] {
    let offsets = word_offsets::<W>(layout.len());
    let mut out = [(0usize, 0u64, 0u64, 0u64); W];
    let mut slots: &mut [WordMasks] = &mut out;
    let mut at: &[usize] = &offsets;
    while let ([slot, tail @ ..], [o, o_tail @ ..]) = (slots, at) {
        *slot = (
            *o,
            lanes_of(layout, *o, b'x'),
            lanes_of(layout, *o, b'X'),
            lanes_of(layout, *o, b'-'),
        );
        slots = tail;
        at = o_tail;
    }
    out
}

const PREFIXED_WORDS: [WordMasks; 6] = masks::<6>(PREFIXED);
const BARE_WORDS: [WordMasks; 5] = masks::<5>(BARE);

/// Whether `bytes` fits the layout of `words` exactly (a length the layout has been checked).
/// Each word is tested whole: lanes of `x` against the lowercase hex class, lanes of `X`
/// against the hex class, lanes of `-` for equality (`w ^ '-'` has a zero lane there, and a
/// lane is zero exactly when adding 0x7F to its low bits leaves its high bit clear).
/// Bytes from 0x80 up are in no class and never `-`, so a fit means ASCII.
#[inline(always)]
const fn fits(bytes: &[u8], words: &[WordMasks]) -> bool {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut bad = 0u64;
    let mut rest = words;
    while let [(at, lower, hex, dash), tail @ ..] = rest {
        let word = match bytes.split_at_checked(*at) {
            Some((_, tail)) => tail.first_chunk::<8>(),
            None => None,
        };
        let w = match word {
            Some(word) => u64::from_le_bytes(*word),
            None => return false,
        };
        let t = w ^ 0x2D2D_2D2D_2D2D_2D2D;
        let not_dash = (t & LOW7).wrapping_add(LOW7) | t;
        bad |= (HEX_LOWER.outside_marks(w) & *lower)
            | (HEX.outside_marks(w) & *hex)
            | (not_dash & *dash);
        rest = tail;
    }
    bad == 0
}

const fn validate(s: &str) -> Result<(), Error> {
    // Fast path for well-formed ids: the whole layout a word at a time. Anything else (and
    // every error) takes the step-by-step path below, which reports where the value fails.
    let bytes = s.as_bytes();
    let fast = match bytes.len() {
        UUID_LEN => fits(bytes, &BARE_WORDS),
        FULL_LEN => fits(bytes, &PREFIXED_WORDS),
        _ => false,
    };
    if fast {
        return Ok(());
    }
    validate_steps(s)
}

/// The validator group by group: the reference for [`fits`], and the path of every error.
const fn validate_steps(s: &str) -> Result<(), Error> {
    let shape = IdentityProviderUserId::SHAPE;
    if let Err(e) = check_len(shape, s) {
        return Err(e);
    }
    let mut at = 0;
    // Only a 47-char value can carry the prefix; any other length must be a bare UUID. Count
    // chars, not bytes: a 47-char value with a multibyte char must still be read as prefixed.
    if count_chars(s.as_bytes()) == FULL_LEN {
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

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;

    /// The word-at-a-time fast path agrees with the step-by-step validator on both layouts
    /// and every one-byte change of them (each ASCII byte and a two-byte char at each place),
    /// and on every truncation.
    #[test]
    fn fast_path_agrees_with_steps() {
        for valid in [
            "1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
            "4A7B8C9D-1E2F-3A4B-5C6D-7E8F9A0B1C2D",
            "abcdef0123-ABCDEF01-abcd-ABCD-0f9A-aBcDeF012345",
        ] {
            assert_eq!(validate(valid), Ok(()));
            for i in 0..valid.len() {
                assert_eq!(validate(&valid[..i]), validate_steps(&valid[..i]));
                let mut subs: std::vec::Vec<String> =
                    (0u8..128).map(|b| String::from(b as char)).collect();
                subs.push(String::from("é"));
                subs.push(String::new());
                for sub in subs {
                    let s = std::format!("{}{}{}", &valid[..i], sub, &valid[i + 1..]);
                    assert_eq!(validate(&s), validate_steps(&s), "{s:?}");
                }
            }
        }
    }
}
