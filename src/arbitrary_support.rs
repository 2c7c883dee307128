//! `arbitrary::Arbitrary` for every newtype and enum (feature `arbitrary`), for fuzzing
//! harnesses that need values AWS would accept.
//!
//! Each value is built from the shape's structure: lengths first, drawn with
//! `Unstructured::int_in_range`, then one char per position drawn from the class allowed
//! there. The bytes each draw takes are known, so `size_hint` gives the exact range a value
//! consumes when the input is long enough; a short input ends the draws early (every draw then
//! yields its smallest choice), so even an empty input gives a valid value.
//!
//! Requests, responses and the other value types of the operations are built from these, in
//! `requests`.

use alloc::string::String;

use arbitrary::{Arbitrary, Error, Result, Unstructured};

mod requests;

use crate::organizations::{
    AccountArn, AccountId, Email, FeatureSet, OrganizationArn, OrganizationId as OrgsId,
    PolicyType, PolicyTypeStatus,
};
use crate::workmail::{
    ClientToken, DirectoryId, DomainName, HostedZoneId, IdentityProviderUserId, KmsKeyArn,
    OrgAlias, OrganizationId as WorkMailOrgId, Password, UserAttribute, UserId, UserName, UserRole,
};

/// A set of chars as tiers of inclusive ranges: one draw picks a tier, a second picks a char
/// in it. Tiers keep narrow parts of a wide class (ASCII among all of Unicode) likely.
type Class = &'static [&'static [(char, char)]];

const DIGIT: Class = &[&[('0', '9')]];
const HEX_LOWER: Class = &[&[('a', 'f'), ('0', '9')]];
const HEX: Class = &[&[('a', 'f'), ('A', 'F'), ('0', '9')]];
const LOWER_ALNUM: Class = &[&[('a', 'z'), ('0', '9')]];
const ALNUM: Class = &[&[('a', 'z'), ('A', 'Z'), ('0', '9')]];
const ALNUM_HYPHEN: Class = &[&[('a', 'z'), ('A', 'Z'), ('0', '9'), ('-', '-')]];
/// `[A-Za-z0-9.-]`.
const ALNUM_DOT_HYPHEN: Class = &[&[('a', 'z'), ('A', 'Z'), ('0', '9'), ('-', '.')]];
/// `[A-Za-z0-9_.-]`.
const USER_LOCAL: Class = &[&[('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_'), ('-', '.')]];
/// `[\x21-\x7e]`.
const PRINTABLE: Class = &[&[
    ('a', 'z'),
    ('A', 'Z'),
    ('0', '9'),
    ('!', '/'),
    (':', '@'),
    ('[', '`'),
    ('{', '~'),
]];
/// `[a-z0-9-]`.
const KMS_PART: Class = &[&[('a', 'z'), ('0', '9'), ('-', '-')]];
/// `[A-Za-z0-9:_/+=,@.-]`.
const KMS_KEY_REST: Class = &[&[
    ('a', 'z'),
    ('A', 'Z'),
    ('0', '9'),
    (',', '/'),
    (':', ':'),
    ('=', '='),
    ('@', '@'),
    ('_', '_'),
    ('+', '+'),
]];
/// U+0020 to U+00FF.
const LATIN1: Class = &[&[
    ('a', 'z'),
    ('A', 'Z'),
    ('0', '9'),
    (' ', '/'),
    (':', '@'),
    ('[', '`'),
    ('{', '\u{ff}'),
]];

/// Chars of 2, 3 and 4 bytes in UTF-8: the tiers after ASCII in the wide classes.
const TWO_BYTES: &[(char, char)] = &[('\u{80}', '\u{7ff}')];
const THREE_BYTES: &[(char, char)] = &[('\u{800}', '\u{d7ff}'), ('\u{e000}', '\u{ffff}')];
const FOUR_BYTES: &[(char, char)] = &[('\u{10000}', char::MAX)];

/// Any char.
const ANY: Class = &[
    &[
        ('a', 'z'),
        ('A', 'Z'),
        ('0', '9'),
        ('\0', '/'),
        (':', '@'),
        ('[', '`'),
        ('{', '\u{7f}'),
    ],
    TWO_BYTES,
    THREE_BYTES,
    FOUR_BYTES,
];
/// Any char but `/` and `\`.
const NOT_SLASH: Class = &[
    &[
        ('a', 'z'),
        ('A', 'Z'),
        ('0', '9'),
        ('\0', '.'),
        (':', '@'),
        ('[', '['),
        (']', '`'),
        ('{', '\u{7f}'),
    ],
    TWO_BYTES,
    THREE_BYTES,
    FOUR_BYTES,
];
/// Any char but ASCII whitespace and `@`.
const EMAIL: Class = &[
    &[
        ('a', 'z'),
        ('A', 'Z'),
        ('0', '9'),
        ('\0', '\u{8}'),
        ('\u{e}', '\u{1f}'),
        ('!', '/'),
        (':', '?'),
        ('[', '`'),
        ('{', '\u{7f}'),
    ],
    TWO_BYTES,
    THREE_BYTES,
    FOUR_BYTES,
];

/// Bytes `Unstructured::int_in_range` reads for a range whose ends are `span` apart.
fn span_bytes(span: usize) -> usize {
    let mut bytes = 0usize;
    let mut rest = span;
    while rest > 0 {
        rest = rest.checked_shr(8).unwrap_or(0);
        bytes = bytes.saturating_add(1);
    }
    bytes
}

/// Number of chars in a tier.
fn tier_size(tier: &[(char, char)]) -> u32 {
    tier.iter().fold(0u32, |n, (lo, hi)| {
        n.saturating_add(
            u32::from(*hi)
                .saturating_sub(u32::from(*lo))
                .saturating_add(1),
        )
    })
}

/// Least and most bytes one draw from `class` reads.
fn char_bytes(class: Class) -> (usize, usize) {
    let tier = span_bytes(class.len().saturating_sub(1));
    let (lo, hi) = class.iter().fold((usize::MAX, 0), |(lo, hi), t| {
        let b = span_bytes(usize::try_from(tier_size(t).saturating_sub(1)).unwrap_or(usize::MAX));
        (lo.min(b), hi.max(b))
    });
    (tier.saturating_add(lo), tier.saturating_add(hi))
}

/// Draws one char of `class`.
fn pick(u: &mut Unstructured<'_>, class: Class) -> Result<char> {
    let tier = *u.choose(class)?;
    let size = tier_size(tier);
    let mut i = u.int_in_range(0..=size.checked_sub(1).ok_or(Error::EmptyChoose)?)?;
    for (lo, hi) in tier {
        let n = u32::from(*hi)
            .saturating_sub(u32::from(*lo))
            .saturating_add(1);
        if i < n {
            return char::from_u32(u32::from(*lo).saturating_add(i)).ok_or(Error::IncorrectFormat);
        }
        i = i.saturating_sub(n);
    }
    Err(Error::IncorrectFormat)
}

/// Draws a length in `min..=max`.
fn len(u: &mut Unstructured<'_>, min: usize, max: usize) -> Result<usize> {
    if max < min {
        return Err(Error::IncorrectFormat);
    }
    u.int_in_range(min..=max)
}

/// Appends `n` chars of `class`.
fn push_run(u: &mut Unstructured<'_>, out: &mut String, class: Class, n: usize) -> Result<()> {
    for _ in 0..n {
        out.push(pick(u, class)?);
    }
    Ok(())
}

/// Size hint of a length drawn in `min..=max` followed by that many chars of `class`.
fn run_hint(min: usize, max: usize, class: Class) -> (usize, Option<usize>) {
    let (c_lo, c_hi) = char_bytes(class);
    let l = span_bytes(max.saturating_sub(min));
    (
        l.saturating_add(min.saturating_mul(c_lo)),
        Some(l.saturating_add(max.saturating_mul(c_hi))),
    )
}

/// Size hint of exactly `n` chars of `class`.
fn fixed_hint(n: usize, class: Class) -> (usize, Option<usize>) {
    let (lo, hi) = char_bytes(class);
    (n.saturating_mul(lo), Some(n.saturating_mul(hi)))
}

fn both(a: (usize, Option<usize>), b: (usize, Option<usize>)) -> (usize, Option<usize>) {
    arbitrary::size_hint::and(a, b)
}

/// Validates a text built to fit the shape; a refusal would be a bug here, reported as an
/// `arbitrary` error rather than a panic.
fn finish<T>(s: String, new: fn(String) -> core::result::Result<T, crate::Error>) -> Result<T> {
    new(s).map_err(|_| Error::IncorrectFormat)
}

// ------------------------------------------------------------------- WorkMail

impl<'a> Arbitrary<'a> for OrgAlias {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let n = len(u, 1, 62)?;
        let mut s = String::with_capacity(n);
        let mut prev = None;
        for i in 0..n {
            // A hyphen may come inside, never twice in a row, never as the `-` of `d-`.
            let hyphen_ok = i > 0
                && i < n.saturating_sub(1)
                && prev != Some('-')
                && !(i == 1 && prev == Some('d'));
            let c = pick(u, if hyphen_ok { ALNUM_HYPHEN } else { ALNUM })?;
            s.push(c);
            prev = Some(c);
        }
        finish(s, |s| OrgAlias::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        run_hint(1, 62, ALNUM_HYPHEN)
    }
}

/// `prefix` and `n` lowercase hex digits.
fn hex_id(u: &mut Unstructured<'_>, prefix: &str, n: usize) -> Result<String> {
    let mut s = String::with_capacity(prefix.len().saturating_add(n));
    s.push_str(prefix);
    push_run(u, &mut s, HEX_LOWER, n)?;
    Ok(s)
}

impl<'a> Arbitrary<'a> for DirectoryId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        finish(hex_id(u, "d-", 10)?, |s| DirectoryId::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        fixed_hint(10, HEX_LOWER)
    }
}

impl<'a> Arbitrary<'a> for WorkMailOrgId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        finish(hex_id(u, "m-", 32)?, |s| WorkMailOrgId::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        fixed_hint(32, HEX_LOWER)
    }
}

/// A length in `min..=max` and that many chars of `class`.
fn class_run(u: &mut Unstructured<'_>, min: usize, max: usize, class: Class) -> Result<String> {
    let n = len(u, min, max)?;
    let mut s = String::with_capacity(n);
    push_run(u, &mut s, class, n)?;
    Ok(s)
}

/// `Arbitrary` for shapes whose value is one class of chars between two lengths.
macro_rules! class_runs {
    ($($ty:ty => ($min:expr, $max:expr, $class:expr);)+) => {$(
        impl<'a> Arbitrary<'a> for $ty {
            fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                finish(class_run(u, $min, $max, $class)?, <$ty>::try_from)
            }

            fn size_hint(_depth: usize) -> (usize, Option<usize>) {
                run_hint($min, $max, $class)
            }
        }
    )+};
}

class_runs! {
    DomainName => (3, 255, ALNUM_DOT_HYPHEN);
    HostedZoneId => (1, 32, NOT_SLASH);
    UserAttribute => (0, 256, ANY);
    Password => (1, 256, LATIN1);
    UserId => (12, 256, ANY);
}

impl<'a> Arbitrary<'a> for ClientToken {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        finish(class_run(u, 1, 128, PRINTABLE)?, |s| ClientToken::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        run_hint(1, 128, PRINTABLE)
    }
}

/// The three parts of a KMS key ARN hold 6 to 2034 chars together, the resource at most 1024.
const KMS_CONTENT_MAX: usize = 2034;

impl<'a> Arbitrary<'a> for KmsKeyArn {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let key = len(u, 1, 1024)?;
        let account = len(u, 1, KMS_CONTENT_MAX.saturating_sub(key))?;
        let used = key.saturating_add(account);
        let region = len(
            u,
            6usize.saturating_sub(used),
            KMS_CONTENT_MAX.saturating_sub(used),
        )?;
        let mut s = String::with_capacity(used.saturating_add(region).saturating_add(14));
        s.push_str("arn:aws:kms:");
        push_run(u, &mut s, KMS_PART, region)?;
        s.push(':');
        push_run(u, &mut s, KMS_PART, account)?;
        s.push(':');
        s.push(pick(u, ALNUM)?);
        push_run(u, &mut s, KMS_KEY_REST, key.saturating_sub(1))?;
        finish(s, KmsKeyArn::try_from)
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        // Resource and account lengths take 2 bytes each; the region's range narrows with
        // them and takes 0 to 2. Every char takes one byte, 6 to 2034 of them.
        (2 + 2 + 6, Some(2 + 2 + 2 + KMS_CONTENT_MAX))
    }
}

impl<'a> Arbitrary<'a> for UserName {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::with_capacity(64);
        if bool::arbitrary(u)? {
            // local '@' domain '.' label: local + domain + label <= 62, label >= 2.
            let local = len(u, 1, 59)?;
            let domain = len(u, 1, 60usize.saturating_sub(local))?;
            let label = len(u, 2, 62usize.saturating_sub(local).saturating_sub(domain))?;
            push_run(u, &mut s, USER_LOCAL, local)?;
            s.push('@');
            push_run(u, &mut s, ALNUM_DOT_HYPHEN, domain)?;
            s.push('.');
            push_run(u, &mut s, ALNUM_HYPHEN, label)?;
        } else {
            let local = len(u, 1, 64)?;
            push_run(u, &mut s, USER_LOCAL, local)?;
        }
        finish(s, |s| UserName::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        // One byte for the choice; without a domain one for the length and 1 to 64 chars;
        // with one, up to three lengths and 4 to 62 chars. Each char takes one byte.
        (1 + 1 + 1, Some(1 + 3 + 62))
    }
}

impl<'a> Arbitrary<'a> for IdentityProviderUserId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::with_capacity(47);
        if bool::arbitrary(u)? {
            push_run(u, &mut s, HEX_LOWER, 10)?;
            s.push('-');
        }
        for (i, n) in [8usize, 4, 4, 4, 12].into_iter().enumerate() {
            if i > 0 {
                s.push('-');
            }
            push_run(u, &mut s, HEX, n)?;
        }
        finish(s, |s| IdentityProviderUserId::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (1 + 32, Some(1 + 10 + 32))
    }
}

// -------------------------------------------------------------- Organizations

/// `o-` and 10 to 32 lowercase letters or digits, appended to `s`.
fn push_org_id(u: &mut Unstructured<'_>, s: &mut String) -> Result<()> {
    s.push_str("o-");
    let n = len(u, 10, 32)?;
    push_run(u, s, LOWER_ALNUM, n)
}

fn org_id_hint() -> (usize, Option<usize>) {
    run_hint(10, 32, LOWER_ALNUM)
}

impl<'a> Arbitrary<'a> for OrgsId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::with_capacity(34);
        push_org_id(u, &mut s)?;
        finish(s, |s| OrgsId::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        org_id_hint()
    }
}

impl<'a> Arbitrary<'a> for AccountId {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::with_capacity(12);
        push_run(u, &mut s, DIGIT, 12)?;
        finish(s, |s| AccountId::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        fixed_hint(12, DIGIT)
    }
}

impl<'a> Arbitrary<'a> for OrganizationArn {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::with_capacity(83);
        s.push_str("arn:aws:organizations::");
        push_run(u, &mut s, DIGIT, 12)?;
        s.push_str(":organization/");
        push_org_id(u, &mut s)?;
        finish(s, |s| OrganizationArn::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        both(fixed_hint(12, DIGIT), org_id_hint())
    }
}

impl<'a> Arbitrary<'a> for AccountArn {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::with_capacity(91);
        s.push_str("arn:aws:organizations::");
        push_run(u, &mut s, DIGIT, 12)?;
        s.push_str(":account/");
        push_org_id(u, &mut s)?;
        s.push('/');
        push_run(u, &mut s, DIGIT, 12)?;
        finish(s, |s| AccountArn::new(&s))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        both(fixed_hint(24, DIGIT), org_id_hint())
    }
}

impl<'a> Arbitrary<'a> for Email {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        // local '@' domain '.' label, each part non-empty, 4 to 62 chars in the three parts.
        let local = len(u, 1, 60)?;
        let domain = len(u, 1, 61usize.saturating_sub(local))?;
        let used = local.saturating_add(domain);
        let label = len(
            u,
            4usize.saturating_sub(used).max(1),
            62usize.saturating_sub(used),
        )?;
        let mut s = String::with_capacity(64);
        push_run(u, &mut s, EMAIL, local)?;
        s.push('@');
        push_run(u, &mut s, EMAIL, domain)?;
        s.push('.');
        push_run(u, &mut s, EMAIL, label)?;
        finish(s, Email::try_from)
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        // The first length takes one byte, the other two at most one each.
        let (lo, hi) = char_bytes(EMAIL);
        (
            1usize.saturating_add(lo.saturating_mul(4)),
            Some(3usize.saturating_add(hi.saturating_mul(62))),
        )
    }
}

// ---------------------------------------------------------------------- Enums

macro_rules! enums {
    ($($ty:ty),+ $(,)?) => {$(
        impl<'a> Arbitrary<'a> for $ty {
            fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                u.choose(<$ty>::ALL).copied()
            }

            fn size_hint(_depth: usize) -> (usize, Option<usize>) {
                let n = span_bytes(<$ty>::ALL.len().saturating_sub(1));
                (n, Some(n))
            }
        }
    )+};
}

enums!(UserRole, FeatureSet, PolicyType, PolicyTypeStatus);
