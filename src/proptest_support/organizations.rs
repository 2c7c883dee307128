//! Generators of the AWS Organizations shapes.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::ops::RangeInclusive;

use proptest::prelude::*;

use super::kit::{
    all_positions, any_char, char_pos, choose, corrupt, in_ranges, len_in, not_in, one_of,
    prefixed, run, run_n, too_long, truncate, DIGITS, LOWER_ALNUM,
};
use super::{located, plain, Fault, Invalid, ShapeStrategy};
use crate::organizations::{AccountArn, AccountId, Email, OrganizationArn, OrganizationId};

// ------------------------------------------------------------- OrganizationId

/// `o-` and a run of `len` lowercase letters and digits.
fn org_id(len: BoxedStrategy<usize>) -> BoxedStrategy<String> {
    prefixed("o-", run(one_of(&[LOWER_ALNUM]), len))
}

fn org_id_valid() -> BoxedStrategy<String> {
    org_id(len_in(10, 32))
}

impl ShapeStrategy for OrganizationId {
    // The model sets no length bounds: short and long ids break the pattern.
    const FAULTS: &'static [Fault] = &[
        Fault::BadPrefix,
        Fault::BadChar,
        Fault::Incomplete,
        Fault::Overrun,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        org_id_valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::BadPrefix => located(
                fault,
                corrupt(org_id_valid(), |_| vec![0, 1], not_in(&["o-"])),
            ),
            Fault::BadChar => located(
                fault,
                corrupt(
                    org_id_valid(),
                    |s| (2..s.len()).collect(),
                    not_in(&[LOWER_ALNUM]),
                ),
            ),
            Fault::Incomplete => plain(fault, truncate(org_id_valid(), |_| 0..12)),
            Fault::Overrun => located(
                fault,
                org_id(len_in(33, 48)).prop_map(|s| (s, Some(34))).boxed(),
            ),
            _ => return None,
        })
    }
}

// ------------------------------------------------------------------ AccountId

fn account_id() -> BoxedStrategy<String> {
    run_n(one_of(&[DIGITS]), 12)
}

impl ShapeStrategy for AccountId {
    // The model sets a maximum of 12 but no minimum: shorter ids break the pattern.
    const FAULTS: &'static [Fault] = &[Fault::TooLong, Fault::BadChar, Fault::Incomplete];

    fn valid_text() -> BoxedStrategy<String> {
        account_id()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::TooLong => plain(fault, run(one_of(&[DIGITS]), too_long(12))),
            Fault::BadChar => located(
                fault,
                corrupt(account_id(), all_positions, not_in(&[DIGITS])),
            ),
            Fault::Incomplete => plain(fault, run(one_of(&[DIGITS]), len_in(0, 11))),
            _ => return None,
        })
    }
}

// --------------------------------------------------- OrganizationArn, AccountArn

// The layout (prefix, where the ids start) is the validator's; the alphabets below are read
// independently of it.
use crate::organizations::arn::{
    ACCOUNT_AT, ORG_IN_ACCOUNT_ARN, ORG_IN_ORG_ARN, PREFIX as ARN_PREFIX,
};
/// Chars of the prefix, which its replacements avoid.
const ARN_PREFIX_CHARS: &[&str] = &["arn:awsogizt"];

fn org_arn(org_len: BoxedStrategy<usize>) -> BoxedStrategy<String> {
    (account_id(), org_id(org_len))
        .prop_map(|(a, o)| format!("{ARN_PREFIX}{a}:organization/{o}"))
        .boxed()
}

fn org_arn_valid() -> BoxedStrategy<String> {
    org_arn(len_in(10, 32))
}

fn account_arn(org_len: BoxedStrategy<usize>) -> BoxedStrategy<String> {
    (account_id(), org_id(org_len), account_id())
        .prop_map(|(m, o, a)| format!("{ARN_PREFIX}{m}:account/{o}/{a}"))
        .boxed()
}

fn account_arn_valid() -> BoxedStrategy<String> {
    account_arn(len_in(10, 32))
}

fn range(r: core::ops::Range<usize>) -> Vec<usize> {
    r.collect()
}

impl ShapeStrategy for OrganizationArn {
    const FAULTS: &'static [Fault] = &[
        Fault::BadPrefix,
        Fault::BadChar,
        Fault::Incomplete,
        Fault::Overrun,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        org_arn_valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::BadPrefix => located(
                fault,
                corrupt(
                    org_arn_valid(),
                    |_| range(0..ACCOUNT_AT),
                    not_in(ARN_PREFIX_CHARS),
                ),
            ),
            Fault::BadChar => located(
                fault,
                prop_oneof![
                    corrupt(
                        org_arn_valid(),
                        |_| range(ACCOUNT_AT..ACCOUNT_AT + 12),
                        not_in(&[DIGITS]),
                    ),
                    corrupt(
                        org_arn_valid(),
                        |_| range(ACCOUNT_AT + 12..ORG_IN_ORG_ARN),
                        not_in(&[":organizt/"]),
                    ),
                    corrupt(
                        org_arn_valid(),
                        |_| range(ORG_IN_ORG_ARN..ORG_IN_ORG_ARN + 2),
                        not_in(&["o-"]),
                    ),
                    corrupt(
                        org_arn_valid(),
                        |s| range(ORG_IN_ORG_ARN + 2..s.len()),
                        not_in(&[LOWER_ALNUM]),
                    ),
                ]
                .boxed(),
            ),
            // Anything shorter than the shortest ARN is a prefix of a valid one.
            Fault::Incomplete => {
                plain(fault, truncate(org_arn_valid(), |_| 0..ORG_IN_ORG_ARN + 12))
            }
            Fault::Overrun => located(
                fault,
                org_arn(len_in(33, 48))
                    .prop_map(|s| (s, Some(ORG_IN_ORG_ARN + 2 + 32)))
                    .boxed(),
            ),
            _ => return None,
        })
    }
}

impl ShapeStrategy for AccountArn {
    const FAULTS: &'static [Fault] = &[
        Fault::BadPrefix,
        Fault::BadChar,
        Fault::Incomplete,
        Fault::Overrun,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        account_arn_valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        // The organization id ends 13 chars before the end: '/' and the account id follow.
        Some(match fault {
            Fault::BadPrefix => located(
                fault,
                corrupt(
                    account_arn_valid(),
                    |_| range(0..ACCOUNT_AT),
                    not_in(ARN_PREFIX_CHARS),
                ),
            ),
            Fault::BadChar => located(
                fault,
                prop_oneof![
                    corrupt(
                        account_arn_valid(),
                        |_| range(ACCOUNT_AT..ACCOUNT_AT + 12),
                        not_in(&[DIGITS]),
                    ),
                    corrupt(
                        account_arn_valid(),
                        |_| range(ACCOUNT_AT + 12..ORG_IN_ACCOUNT_ARN),
                        not_in(&[":acount/"]),
                    ),
                    corrupt(
                        account_arn_valid(),
                        |_| range(ORG_IN_ACCOUNT_ARN..ORG_IN_ACCOUNT_ARN + 2),
                        not_in(&["o-"]),
                    ),
                    // The organization id and the '/' after it: a char that neither extends
                    // the id nor closes it.
                    corrupt(
                        account_arn_valid(),
                        |s| range(ORG_IN_ACCOUNT_ARN + 2..s.len().saturating_sub(12)),
                        not_in(&[LOWER_ALNUM, "/"]),
                    ),
                    corrupt(
                        account_arn_valid(),
                        |s| range(s.len().saturating_sub(12)..s.len()),
                        not_in(&[DIGITS]),
                    ),
                ]
                .boxed(),
            ),
            Fault::Incomplete => plain(fault, truncate(account_arn_valid(), |s| 0..s.len())),
            Fault::Overrun => located(
                fault,
                prop_oneof![
                    account_arn(len_in(33, 48))
                        .prop_map(|s| (s, Some(ORG_IN_ACCOUNT_ARN + 2 + 32))),
                    (account_arn_valid(), run(any_char(), len_in(1, 8))).prop_map(|(s, extra)| {
                        let at = s.len();
                        (format!("{s}{extra}"), Some(at))
                    }),
                ]
                .boxed(),
            ),
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------------- Email

/// Chars allowed anywhere in an address: all but ASCII whitespace and '@'.
const EMAIL_CHARS: &[RangeInclusive<char>] = &[
    '\0'..='\u{8}',
    '\u{e}'..='\u{1f}',
    '!'..='?',
    'A'..=char::MAX,
];
/// The same without '.'.
const EMAIL_CHARS_NO_DOT: &[RangeInclusive<char>] = &[
    '\0'..='\u{8}',
    '\u{e}'..='\u{1f}',
    '!'..='-',
    '/'..='?',
    'A'..=char::MAX,
];
const WHITESPACE: [char; 6] = [' ', '\t', '\n', '\u{b}', '\u{c}', '\r'];

/// An address of exactly `n` chars (6 or more): local part, '@', and a domain with a '.'
/// that has a char on each side. Every part may hold any allowed char, '.' included.
fn email_of_len(n: usize) -> BoxedStrategy<String> {
    let content = n.saturating_sub(2);
    len_in(1, content.saturating_sub(2))
        .prop_flat_map(move |l| {
            (
                Just(l),
                len_in(1, content.saturating_sub(l).saturating_sub(1)),
            )
        })
        .prop_flat_map(move |(l, d)| {
            let tld = content.saturating_sub(l).saturating_sub(d);
            let part = |k| run_n(in_ranges(EMAIL_CHARS), k);
            (part(l), part(d), part(tld))
        })
        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}"))
        .boxed()
}

/// Addresses as they usually look.
fn email_plain() -> BoxedStrategy<String> {
    (
        run(one_of(&[LOWER_ALNUM, "._"]), len_in(1, 20)),
        run(one_of(&[LOWER_ALNUM, "-"]), len_in(1, 20)),
        choose(vec!["com", "org", "net", "io", "example"]),
    )
        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}"))
        .boxed()
}

fn email() -> BoxedStrategy<String> {
    prop_oneof![
        3 => len_in(6, 64).prop_flat_map(email_of_len),
        1 => email_plain(),
    ]
    .boxed()
}

impl ShapeStrategy for Email {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadChar,
        Fault::Incomplete,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        email()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::TooShort => plain(fault, truncate(email(), |_| 0..6)),
            Fault::TooLong => plain(fault, too_long(64).prop_flat_map(email_of_len).boxed()),
            Fault::BadChar => located(
                fault,
                prop_oneof![
                    3 => corrupt(email(), all_positions, choose(WHITESPACE.to_vec())),
                    // A second '@' in the domain, or one before any local part.
                    1 => corrupt(
                        email(),
                        |s| {
                            let n = s.chars().count();
                            range(char_pos(s, '@').saturating_add(1)..n)
                        },
                        Just('@').boxed(),
                    ),
                    1 => corrupt(email(), |_| vec![0], Just('@').boxed()),
                ]
                .boxed(),
            ),
            Fault::Incomplete => plain(
                fault,
                prop_oneof![
                    // No '@' at all.
                    run(in_ranges(EMAIL_CHARS), len_in(6, 64)),
                    // A domain with no '.' between two chars: none, or only at an end.
                    len_in(6, 64)
                        .prop_flat_map(|n| (Just(n), len_in(1, n.saturating_sub(1))))
                        .prop_flat_map(|(n, l)| (
                            run_n(in_ranges(EMAIL_CHARS), l),
                            run_n(
                                in_ranges(EMAIL_CHARS_NO_DOT),
                                n.saturating_sub(l).saturating_sub(1)
                            ),
                            0u8..3,
                        ))
                        .prop_map(|(l, d, dot)| {
                            let last = d.chars().count().saturating_sub(1);
                            let d = match dot {
                                1 if !d.is_empty() => super::kit::replace_char(&d, 0, '.'),
                                2 if !d.is_empty() => super::kit::replace_char(&d, last, '.'),
                                _ => d,
                            };
                            format!("{l}@{d}")
                        }),
                ]
                .boxed(),
            ),
            _ => return None,
        })
    }
}
