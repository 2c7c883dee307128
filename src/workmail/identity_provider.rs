use crate::text::{
    check_len, count_chars, expect_end, expect_prefix, expect_run, invalid_char_after_ascii,
    lane_of, HEX, HEX_LOWER,
};
use crate::Error;

string_shape! {
    /// A user's IAM Identity Center id, such as
    /// `1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d`; the UUID's hex digits may be of
    /// either case.
    pub struct IdentityProviderUserId;
    model: crate::model::workmail::IDENTITY_PROVIDER_USER_ID,
    regex: Some(r"^(?:[0-9a-f]{10}-)?[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"),
    validate: validate,
    examples: [
        "4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
        "4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d", // the UUID needs its hyphens
    ],
    storage: inline(47),
    // Read as prefixed only at 47 chars, so a cut value reads as a bare UUID.
    layout: Layout::new(&[
        Opt(&[run(&HEX_LOWER, 10, 10), Lit("-")]),
        run(&HEX, 8, 8),
        Lit("-"),
        run(&HEX, 4, 4),
        Lit("-"),
        run(&HEX, 4, 4),
        Lit("-"),
        run(&HEX, 4, 4),
        Lit("-"),
        run(&HEX, 12, 12),
    ])
    .read_by_length(),
}

/// The layouts: `x` a lowercase hex digit, `X` a hex digit of either case.
const PREFIXED: &[u8] = b"xxxxxxxxxx-XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
const BARE: &[u8] = b"XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
const FULL_LEN: usize = PREFIXED.len();
const UUID_LEN: usize = BARE.len();

/// A word's offset and its `x`, `X` and `-` lanes.
type WordMasks = (usize, u64, u64, u64);

/// Per word of `layout` (8 bytes, the last ending at the end, overlapping): its offset and
/// the high bit of each of its lanes that holds `x`, `X`, `-`.
const fn masks<const W: usize>(layout: &[u8]) -> [WordMasks; W] {
    let mut out = [(0usize, 0u64, 0u64, 0u64); W];
    let mut at = 0usize;
    let mut slots: &mut [WordMasks] = &mut out;
    while let [slot, tail @ ..] = slots {
        if tail.is_empty() {
            at = layout.len().saturating_sub(8);
        }
        *slot = (at, 0, 0, 0);
        let mut lanes = match layout.split_at_checked(at) {
            Some((_, lanes)) => lanes,
            None => &[],
        };
        // The high bit of the lane; shifted out (zero) after the eighth.
        let mut bit = 0x80u64;
        while let ([b, rest @ ..], false) = (lanes, bit == 0) {
            match *b {
                b'x' => slot.1 |= bit,
                b'X' => slot.2 |= bit,
                b'-' => slot.3 |= bit,
                _ => {}
            }
            bit = bit.wrapping_shl(8);
            lanes = rest;
        }
        at = at.wrapping_add(8);
        slots = tail;
    }
    out
}

const PREFIXED_WORDS: [WordMasks; 6] = masks::<6>(PREFIXED);
const BARE_WORDS: [WordMasks; 5] = masks::<5>(BARE);

/// The high bit of each lane of `w` that breaks `masks`. `X` lanes are folded to lowercase
/// (bit 0x40 set adds 0x20: `A-F` become `a-f`, and no other byte enters `0-9a-f`), so one
/// lowercase-hex test serves both. A `-` lane is zero in `w ^ '-'`, and a lane is zero exactly
/// when adding 0x7F to its low bits leaves its high bit clear.
#[inline(always)]
const fn misfit_marks(w: u64, masks: &WordMasks) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let (_, lower, hex, dash) = *masks;
    let folded = w | (w & hex.wrapping_shr(1)).wrapping_shr(1);
    let t = w ^ 0x2D2D_2D2D_2D2D_2D2D;
    let not_dash = (t & LOW7).wrapping_add(LOW7) | t;
    (HEX_LOWER.word_marks(folded, false) & (lower | hex)) | (not_dash & dash)
}

/// The word of `bytes` at `masks`' offset, if wholly inside.
#[inline(always)]
const fn word_at(bytes: &[u8], masks: &WordMasks) -> Option<u64> {
    if let Some((_, tail)) = bytes.split_at_checked(masks.0) {
        if let Some(word) = tail.first_chunk::<8>() {
            return Some(u64::from_le_bytes(*word));
        }
    }
    None
}

/// Whether `bytes` (of the layout's length) fits `words`, without early exit; a fit is ASCII.
#[inline(always)]
const fn fits(bytes: &[u8], words: &[WordMasks]) -> bool {
    let mut bad = 0u64;
    let mut rest = words;
    while let [masks, tail @ ..] = rest {
        match word_at(bytes, masks) {
            Some(w) => bad |= misfit_marks(w, masks),
            None => return false,
        }
        rest = tail;
    }
    bad == 0
}

/// `Err(offset)` of the first byte breaking `words`, over the words wholly inside `bytes`
/// (the bytes before it are ASCII). The overlapping last word's earlier lanes have passed, so
/// its first bad lane is the first bad byte.
#[inline(always)]
const fn first_misfit(bytes: &[u8], words: &[WordMasks]) -> Result<(), usize> {
    let mut rest = words;
    while let [masks, tail @ ..] = rest {
        let w = match word_at(bytes, masks) {
            Some(w) => w,
            None => return Ok(()),
        };
        let bad = misfit_marks(w, masks);
        if bad != 0 {
            return Err(masks.0.wrapping_add(lane_of(bad)));
        }
        rest = tail;
    }
    Ok(())
}

/// What `layout` expects at `at`, as [`validate_steps`] says it.
const fn expected_at(layout: &[u8], at: usize) -> &'static str {
    match layout.split_at_checked(at) {
        Some((_, [b'x', ..])) => HEX_LOWER.expected,
        Some((_, [b'X', ..])) => HEX.expected,
        _ => "'-'",
    }
}

validator! {
    /// Well-formed ids are judged on the whole layout a word at a time; a refusal is explained
    /// a word at a time where possible, as [`validate_steps`] does (tests/identity_provider.rs).
    validate(s, bytes) if match bytes.len() {
        UUID_LEN => fits(bytes, &BARE_WORDS),
        FULL_LEN => fits(bytes, &PREFIXED_WORDS),
        _ => false,
    };
    else {
        let bytes = s.as_bytes();
        let (layout, at): (&[u8], usize) = match bytes.len() {
            FULL_LEN => match first_misfit(bytes, &PREFIXED_WORDS) {
                // With a multibyte char the value has fewer than 47 chars: a bare UUID, then.
                Err(at) if bytes.is_ascii() => (PREFIXED, at),
                _ => return validate_steps(s),
            },
            // 1 to 36 chars, within the bounds: a bare UUID.
            8..=UUID_LEN => match first_misfit(bytes, &BARE_WORDS) {
                Err(at) => (BARE, at),
                Ok(()) => return validate_steps(s),
            },
            _ => return validate_steps(s),
        };
        let expected = expected_at(layout, at);
        Err(invalid_char_after_ascii(IdentityProviderUserId::SHAPE, s, at, expected))
    }
}

/// The validator group by group: the reference, and the path for what words cannot judge.
#[inline(never)]
const fn validate_steps(s: &str) -> Result<(), Error> {
    let shape = IdentityProviderUserId::SHAPE;
    tri!(check_len(shape, s));
    let mut at = 0;
    // Only 47 chars (not bytes) carry the prefix.
    if count_chars(s.as_bytes()) == FULL_LEN {
        at = tri!(expect_run(shape, s, at, 10, &HEX_LOWER));
        at = tri!(expect_prefix(shape, s, at, "-", "'-'"));
    }
    let groups = [8usize, 4, 4, 4, 12];
    let mut rest: &[usize] = &groups;
    while let [n, tail @ ..] = rest {
        at = tri!(expect_run(shape, s, at, *n, &HEX));
        if !tail.is_empty() {
            at = tri!(expect_prefix(shape, s, at, "-", "'-'"));
        }
        rest = tail;
    }
    expect_end(shape, s, at)
}
