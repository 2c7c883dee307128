//! Generators of the WorkMail shapes.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::ops::{Range, RangeInclusive};

use proptest::prelude::*;

use super::kit::{
    all_positions, any_char, char_pos, choose, corrupt, in_ranges, len_in, not_in, one_of,
    prefixed, run, run_n, too_long, truncate, Located, ALNUM, DIGITS, HEX, HEX_LOWER, LOWER_ALNUM,
};
use super::{located, plain, Fault, Invalid, ShapeStrategy};
use crate::workmail::{
    ClientToken, DirectoryId, DomainName, HostedZoneId, IdentityProviderUserId, KmsKeyArn,
    OrgAlias, OrganizationId, Password, UserAttribute, UserId, UserName,
};

/// Shapes whose value is a run of one class of chars between two lengths.
struct ClassRun {
    chars: fn() -> BoxedStrategy<char>,
    /// Chars that are refused anywhere in the value.
    bad: fn() -> BoxedStrategy<char>,
    min: usize,
    max: usize,
}

impl ClassRun {
    fn valid(&self) -> BoxedStrategy<String> {
        run((self.chars)(), len_in(self.min, self.max))
    }

    fn too_short(&self) -> BoxedStrategy<String> {
        run((self.chars)(), len_in(0, self.min.saturating_sub(1)))
    }

    fn too_long(&self) -> BoxedStrategy<String> {
        run((self.chars)(), too_long(self.max))
    }

    fn bad_char(&self) -> Located {
        corrupt(self.valid(), all_positions, (self.bad)())
    }
}

// ---------------------------------------------------------------- OrgAlias

/// An alias-shaped text of exactly `n` chars: letters and digits with single hyphens inside,
/// never `d-` at the start. Hyphens are drawn per position and kept where the pattern allows
/// one, so every arrangement of groups can come up. The first char is often `d` or `D`, so
/// that the edge of the reserved prefix (`d`, `d1-x`, `D-x`) comes up in every run.
fn alias_of_len(n: usize) -> BoxedStrategy<String> {
    let first = prop_oneof![4 => one_of(&[ALNUM]), 1 => Just('d'), 1 => Just('D')];
    (
        first,
        proptest::collection::vec(one_of(&[ALNUM]), n.saturating_sub(1)),
        proptest::collection::vec(proptest::bool::weighted(0.2), n),
    )
        .prop_map(move |(first, rest, hyphens)| {
            let chars = core::iter::once(first)
                .chain(rest)
                .take(n)
                .collect::<Vec<char>>();
            let last = chars.len().saturating_sub(1);
            let mut out = String::with_capacity(chars.len());
            let mut prev: Option<char> = None;
            for (i, (c, hyphen)) in chars.into_iter().zip(hyphens).enumerate() {
                let allowed =
                    i > 0 && i < last && prev != Some('-') && !(i == 1 && prev == Some('d'));
                let c = if hyphen && allowed { '-' } else { c };
                out.push(c);
                prev = Some(c);
            }
            out
        })
        .boxed()
}

fn alias() -> BoxedStrategy<String> {
    len_in(1, 62).prop_flat_map(alias_of_len).boxed()
}

impl ShapeStrategy for OrgAlias {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadChar,
        Fault::ForbiddenPrefix,
        Fault::Incomplete,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        alias()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::TooShort => plain(fault, Just(String::new()).boxed()),
            Fault::TooLong => plain(fault, too_long(62).prop_flat_map(alias_of_len).boxed()),
            Fault::BadChar => {
                // Two hyphens in a row; the first group has 2 chars or more so that it cannot
                // be the reserved `d`.
                let doubled = len_in(2, 59)
                    .prop_flat_map(|k| {
                        (
                            alias_of_len(k),
                            len_in(1, 60usize.saturating_sub(k)).prop_flat_map(alias_of_len),
                        )
                    })
                    .prop_map(|(a, b)| {
                        let at = a.len().saturating_add(1);
                        (format!("{a}--{b}"), Some(at))
                    })
                    .boxed();
                located(
                    fault,
                    prop_oneof![
                        4 => corrupt(alias(), all_positions, not_in(&[ALNUM, "-"])),
                        1 => corrupt(alias(), |_| vec![0], Just('-').boxed()),
                        1 => doubled,
                    ]
                    .boxed(),
                )
            }
            Fault::ForbiddenPrefix => plain(
                fault,
                prefixed("d-", len_in(0, 60).prop_flat_map(alias_of_len).boxed()),
            ),
            Fault::Incomplete => {
                let not_d: Vec<char> = ALNUM.chars().filter(|c| *c != 'd').collect();
                plain(
                    fault,
                    prop_oneof![
                        len_in(2, 61).prop_flat_map(alias_of_len),
                        choose(not_d).prop_map(String::from),
                    ]
                    .prop_map(|a| format!("{a}-"))
                    .boxed(),
                )
            }
            _ => return None,
        })
    }
}

// ------------------------------------------- DirectoryId, workmail::OrganizationId

/// Ids made of a two-char prefix and a fixed number of lowercase hex digits.
struct HexId {
    prefix: &'static str,
    /// The prefix again, as the alphabet its replacement chars must avoid.
    prefix_chars: &'static [&'static str],
    digits: usize,
}

impl HexId {
    fn valid(&self) -> BoxedStrategy<String> {
        prefixed(self.prefix, run_n(one_of(&[HEX_LOWER]), self.digits))
    }

    fn invalid(&self, fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        let len = self.prefix.len().saturating_add(self.digits);
        let prefix_len = self.prefix.len();
        Some(match fault {
            Fault::TooShort => plain(fault, truncate(self.valid(), move |_| 0..len)),
            Fault::TooLong => plain(
                fault,
                prefixed(
                    self.prefix,
                    too_long(len)
                        .prop_flat_map(move |n| {
                            run_n(one_of(&[HEX_LOWER]), n.saturating_sub(prefix_len))
                        })
                        .boxed(),
                ),
            ),
            Fault::BadPrefix => located(
                fault,
                corrupt(self.valid(), |_| vec![0, 1], not_in(self.prefix_chars)),
            ),
            Fault::BadChar => located(
                fault,
                corrupt(
                    self.valid(),
                    |s| (2..s.chars().count()).collect(),
                    not_in(&[HEX_LOWER]),
                ),
            ),
            _ => return None,
        })
    }
}

const DIRECTORY: HexId = HexId {
    prefix: "d-",
    prefix_chars: &["d-"],
    digits: 10,
};
const WORKMAIL_ORG: HexId = HexId {
    prefix: "m-",
    prefix_chars: &["m-"],
    digits: 32,
};

impl ShapeStrategy for DirectoryId {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadPrefix,
        Fault::BadChar,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        DIRECTORY.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        DIRECTORY.invalid(fault)
    }
}

impl ShapeStrategy for OrganizationId {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadPrefix,
        Fault::BadChar,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        WORKMAIL_ORG.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        WORKMAIL_ORG.invalid(fault)
    }
}

// ------------------------------- ClientToken, DomainName, HostedZoneId, and the free text

const PRINTABLE: &[RangeInclusive<char>] = &['!'..='~'];
const NOT_PRINTABLE: &[RangeInclusive<char>] = &['\0'..=' ', '\u{7f}'..=char::MAX];
const NOT_SLASH: &[RangeInclusive<char>] = &['\0'..='.', '0'..='[', ']'..=char::MAX];
const LATIN1: &[RangeInclusive<char>] = &[' '..='\u{ff}'];
const NOT_LATIN1: &[RangeInclusive<char>] = &['\0'..='\u{1f}', '\u{100}'..=char::MAX];

const CLIENT_TOKEN: ClassRun = ClassRun {
    chars: || in_ranges(PRINTABLE),
    bad: || in_ranges(NOT_PRINTABLE),
    min: 1,
    max: 128,
};
const DOMAIN: ClassRun = ClassRun {
    chars: || one_of(&[ALNUM, ".-"]),
    bad: || not_in(&[ALNUM, ".-"]),
    min: 3,
    max: 255,
};
const HOSTED_ZONE: ClassRun = ClassRun {
    chars: || in_ranges(NOT_SLASH),
    bad: || choose(vec!['/', '\\']),
    min: 1,
    max: 32,
};
const USER_ATTRIBUTE: ClassRun = ClassRun {
    chars: any_char,
    bad: any_char,
    min: 0,
    max: 256,
};
const PASSWORD: ClassRun = ClassRun {
    chars: || in_ranges(LATIN1),
    bad: || in_ranges(NOT_LATIN1),
    min: 1,
    max: 256,
};
const USER_ID: ClassRun = ClassRun {
    chars: any_char,
    bad: any_char,
    min: 12,
    max: 256,
};

/// The three faults of a run with a minimum length.
fn class_run_invalid(shape: &ClassRun, fault: Fault) -> Option<BoxedStrategy<Invalid>> {
    Some(match fault {
        Fault::TooShort => plain(fault, shape.too_short()),
        Fault::TooLong => plain(fault, shape.too_long()),
        Fault::BadChar => located(fault, shape.bad_char()),
        _ => return None,
    })
}

impl ShapeStrategy for ClientToken {
    const FAULTS: &'static [Fault] = &[Fault::TooShort, Fault::TooLong, Fault::BadChar];

    fn valid_text() -> BoxedStrategy<String> {
        CLIENT_TOKEN.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        class_run_invalid(&CLIENT_TOKEN, fault)
    }
}

impl ShapeStrategy for DomainName {
    const FAULTS: &'static [Fault] = &[Fault::TooShort, Fault::TooLong, Fault::BadChar];

    fn valid_text() -> BoxedStrategy<String> {
        DOMAIN.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        class_run_invalid(&DOMAIN, fault)
    }
}

impl ShapeStrategy for HostedZoneId {
    const FAULTS: &'static [Fault] = &[Fault::TooShort, Fault::TooLong, Fault::BadChar];

    fn valid_text() -> BoxedStrategy<String> {
        HOSTED_ZONE.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        class_run_invalid(&HOSTED_ZONE, fault)
    }
}

impl ShapeStrategy for UserAttribute {
    const FAULTS: &'static [Fault] = &[Fault::TooLong];

    fn valid_text() -> BoxedStrategy<String> {
        USER_ATTRIBUTE.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        match fault {
            Fault::TooLong => Some(plain(fault, USER_ATTRIBUTE.too_long())),
            _ => None,
        }
    }
}

impl ShapeStrategy for UserId {
    const FAULTS: &'static [Fault] = &[Fault::TooShort, Fault::TooLong];

    fn valid_text() -> BoxedStrategy<String> {
        USER_ID.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        match fault {
            Fault::TooShort | Fault::TooLong => class_run_invalid(&USER_ID, fault),
            _ => None,
        }
    }
}

impl ShapeStrategy for Password {
    // The model sets no minimum length: the empty password breaks the pattern, not a bound.
    const FAULTS: &'static [Fault] = &[Fault::TooLong, Fault::BadChar, Fault::Incomplete];

    fn valid_text() -> BoxedStrategy<String> {
        PASSWORD.valid()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        match fault {
            Fault::Incomplete => Some(plain(fault, Just(String::new()).boxed())),
            Fault::TooLong | Fault::BadChar => class_run_invalid(&PASSWORD, fault),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------- KmsKeyArn

const KMS_PREFIX: &str = "arn:aws:kms:";
const KMS_PART: &[&str] = &[LOWER_ALNUM, "-"];
const KEY_REST: &[&str] = &[ALNUM, ":_/+=,@.-"];

/// Region, account and resource of a KMS key ARN holding `content` chars together (the ARN
/// is 14 chars longer), with a resource length in `resource` and a region of at least
/// `min_region` chars; each part stays in its class.
fn kms_parts(
    content: BoxedStrategy<usize>,
    resource: (usize, usize),
    min_region: usize,
) -> BoxedStrategy<(String, String, String)> {
    content
        .prop_flat_map(move |t| {
            let k_max = resource
                .1
                .min(t.saturating_sub(min_region.saturating_add(1)));
            (Just(t), len_in(resource.0, k_max))
        })
        .prop_flat_map(move |(t, k)| {
            let a_max = t.saturating_sub(k).saturating_sub(min_region);
            (Just(t), Just(k), len_in(1, a_max))
        })
        .prop_flat_map(|(t, k, a)| {
            let r = t.saturating_sub(k).saturating_sub(a);
            (
                run_n(one_of(KMS_PART), r),
                run_n(one_of(KMS_PART), a),
                one_of(&[ALNUM]),
                run_n(one_of(KEY_REST), k.saturating_sub(1)),
            )
        })
        .prop_map(|(region, account, first, rest)| {
            let mut resource = String::with_capacity(rest.len().saturating_add(1));
            resource.push(first);
            resource.push_str(&rest);
            (region, account, resource)
        })
        .boxed()
}

fn kms_arn(parts: BoxedStrategy<(String, String, String)>) -> BoxedStrategy<String> {
    parts
        .prop_map(|(r, a, k)| format!("{KMS_PREFIX}{r}:{a}:{k}"))
        .boxed()
}

/// ARNs as they look in practice: a region name, a 12-digit account, a key id or an alias.
fn kms_realistic() -> BoxedStrategy<String> {
    let region = (
        choose(vec!["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]),
        choose(vec![
            "east",
            "west",
            "north",
            "south",
            "central",
            "northeast",
            "southeast",
        ]),
        1u8..=3,
    )
        .prop_map(|(a, b, n)| format!("{a}-{b}-{n}"));
    let key = prop_oneof![
        uuid(one_of(&[HEX_LOWER])).prop_map(|u| format!("key/{u}")),
        run(one_of(&[ALNUM, "/_-"]), len_in(1, 250)).prop_map(|a| format!("alias/{a}")),
    ];
    (region, run_n(one_of(&[DIGITS]), 12), key)
        .prop_map(|(r, a, k)| format!("{KMS_PREFIX}{r}:{a}:{k}"))
        .boxed()
}

fn kms_valid(min_region: usize) -> BoxedStrategy<String> {
    prop_oneof![
        1 => kms_realistic(),
        3 => kms_arn(kms_parts(len_in(6, 2034), (1, 1024), min_region)),
    ]
    .boxed()
}

/// Char indices of the parts of a KMS key ARN.
struct KmsSpans {
    region: Range<usize>,
    account: Range<usize>,
    resource: Range<usize>,
}

/// Where the parts of a valid KMS key ARN are (ASCII, so bytes and chars agree).
fn kms_spans(s: &str) -> KmsSpans {
    let start = KMS_PREFIX.len();
    let tail = s.get(start..).unwrap_or_default();
    let colon1 = start.saturating_add(tail.find(':').unwrap_or(0));
    let tail = s.get(colon1.saturating_add(1)..).unwrap_or_default();
    let colon2 = colon1
        .saturating_add(1)
        .saturating_add(tail.find(':').unwrap_or(0));
    KmsSpans {
        region: start..colon1,
        account: colon1.saturating_add(1)..colon2,
        resource: colon2.saturating_add(1)..s.len(),
    }
}

impl ShapeStrategy for KmsKeyArn {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadPrefix,
        Fault::BadChar,
        Fault::Incomplete,
        Fault::Overrun,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        kms_valid(0)
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::TooShort => plain(fault, truncate(kms_valid(0), |_| 0..20)),
            Fault::TooLong => plain(
                fault,
                kms_arn(kms_parts(
                    too_long(2048).prop_map(|n| n.saturating_sub(14)).boxed(),
                    (1, 1024),
                    0,
                )),
            ),
            Fault::BadPrefix => located(
                fault,
                corrupt(kms_valid(0), |_| (0..12).collect(), not_in(&["arn:awskm"])),
            ),
            Fault::BadChar => located(
                fault,
                prop_oneof![
                    corrupt(
                        kms_valid(1),
                        |s| kms_spans(s).region.collect(),
                        not_in(&[LOWER_ALNUM, "-:"]),
                    ),
                    corrupt(
                        kms_valid(0),
                        |s| kms_spans(s).account.collect(),
                        not_in(&[LOWER_ALNUM, "-:"]),
                    ),
                    // The first char of the resource is narrower than the rest.
                    corrupt(
                        kms_valid(0),
                        |s| vec![kms_spans(s).resource.start],
                        one_of(&[":_/+=,@.-"]),
                    ),
                    corrupt(
                        kms_valid(0),
                        |s| kms_spans(s).resource.collect(),
                        not_in(KEY_REST),
                    ),
                ]
                .boxed(),
            ),
            Fault::Incomplete => plain(fault, kms_incomplete()),
            Fault::Overrun => located(
                fault,
                kms_parts(len_in(1026, 2034), (1025, 2033), 0)
                    .prop_map(|(r, a, k)| {
                        let at = KMS_PREFIX
                            .len()
                            .saturating_add(r.len())
                            .saturating_add(a.len())
                            .saturating_add(2 + 1024);
                        (format!("{KMS_PREFIX}{r}:{a}:{k}"), Some(at))
                    })
                    .boxed(),
            ),
            _ => return None,
        })
    }
}

/// KMS ARNs of 20 chars or more that stop before the resource: in the region, in the account,
/// or right after a colon.
fn kms_incomplete() -> BoxedStrategy<String> {
    let part = || one_of(KMS_PART);
    prop_oneof![
        // `arn:aws:kms:REGION`
        run(part(), len_in(8, 64)).prop_map(|r| format!("{KMS_PREFIX}{r}")),
        // `arn:aws:kms:REGION:ACCOUNT`, the account possibly empty
        len_in(0, 32)
            .prop_flat_map(move |r| (
                run_n(part(), r),
                run(part(), len_in(7usize.saturating_sub(r), 32))
            ))
            .prop_map(|(r, a)| format!("{KMS_PREFIX}{r}:{a}")),
        // `arn:aws:kms:REGION:ACCOUNT:`
        len_in(0, 32)
            .prop_flat_map(move |r| (
                run_n(part(), r),
                run(part(), len_in(6usize.saturating_sub(r).max(1), 32))
            ))
            .prop_map(|(r, a)| format!("{KMS_PREFIX}{r}:{a}:")),
    ]
    .boxed()
}

// ---------------------------------------------------------------- UserName

const LOCAL: &[&str] = &[ALNUM, "_.-"];
const NAME_DOMAIN: &[&str] = &[ALNUM, ".-"];
const TLD: &[&str] = &[ALNUM, "-"];

/// A user name of exactly `n` chars with a domain (`n` at least 6).
fn user_name_with_domain(n: usize) -> BoxedStrategy<String> {
    // local (l) + '@' + domain (d) + '.' + last label (at least 2): l + d <= n - 4.
    len_in(1, n.saturating_sub(5))
        .prop_flat_map(move |l| (Just(l), len_in(1, n.saturating_sub(l).saturating_sub(4))))
        .prop_flat_map(move |(l, d)| {
            let t = n.saturating_sub(l).saturating_sub(d).saturating_sub(2);
            (
                run_n(one_of(LOCAL), l),
                run_n(one_of(NAME_DOMAIN), d),
                run_n(one_of(TLD), t),
            )
        })
        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}"))
        .boxed()
}

/// A user name of exactly `n` chars, with or without a domain.
fn user_name_of_len(n: usize) -> BoxedStrategy<String> {
    if n < 6 {
        return run_n(one_of(LOCAL), n);
    }
    prop_oneof![run_n(one_of(LOCAL), n), user_name_with_domain(n)].boxed()
}

fn user_name() -> BoxedStrategy<String> {
    len_in(1, 64).prop_flat_map(user_name_of_len).boxed()
}

impl ShapeStrategy for UserName {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadChar,
        Fault::Incomplete,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        user_name()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        Some(match fault {
            Fault::TooShort => plain(fault, Just(String::new()).boxed()),
            Fault::TooLong => plain(fault, too_long(64).prop_flat_map(user_name_of_len).boxed()),
            Fault::BadChar => located(
                fault,
                prop_oneof![
                    corrupt(
                        user_name(),
                        |s| (0..char_pos(s, '@')).collect(),
                        not_in(&[ALNUM, "_.-@"]),
                    ),
                    corrupt(
                        len_in(6, 64).prop_flat_map(user_name_with_domain).boxed(),
                        |s| (char_pos(s, '@').saturating_add(1)..s.len()).collect(),
                        not_in(NAME_DOMAIN),
                    ),
                ]
                .boxed(),
            ),
            Fault::Incomplete => plain(
                fault,
                prop_oneof![
                    // No dot after the '@' (the domain may be empty).
                    len_in(1, 63)
                        .prop_flat_map(|l| (
                            run_n(one_of(LOCAL), l),
                            run(one_of(TLD), len_in(0, 63usize.saturating_sub(l)))
                        ))
                        .prop_map(|(l, d)| format!("{l}@{d}")),
                    // A last label of fewer than 2 chars.
                    len_in(1, 60)
                        .prop_flat_map(|l| (
                            run_n(one_of(LOCAL), l),
                            run(one_of(NAME_DOMAIN), len_in(1, 61usize.saturating_sub(l))),
                            run(one_of(TLD), len_in(0, 1))
                        ))
                        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}")),
                ]
                .boxed(),
            ),
            _ => return None,
        })
    }
}

// ------------------------------------------------------- IdentityProviderUserId

/// A UUID in the 8-4-4-4-12 layout with digits from `hex`.
fn uuid(hex: BoxedStrategy<char>) -> BoxedStrategy<String> {
    (
        run_n(hex.clone(), 8),
        run_n(hex.clone(), 4),
        run_n(hex.clone(), 4),
        run_n(hex.clone(), 4),
        run_n(hex, 12),
    )
        .prop_map(|(a, b, c, d, e)| format!("{a}-{b}-{c}-{d}-{e}"))
        .boxed()
}

fn idp_prefixed() -> BoxedStrategy<String> {
    (run_n(one_of(&[HEX_LOWER]), 10), uuid(one_of(&[HEX])))
        .prop_map(|(p, u)| format!("{p}-{u}"))
        .boxed()
}

const UUID_HYPHENS: [usize; 4] = [8, 13, 18, 23];

fn uuid_digit_positions(offset: usize) -> Vec<usize> {
    (0..36)
        .filter(|i| !UUID_HYPHENS.contains(i))
        .map(|i| i.saturating_add(offset))
        .collect()
}

impl ShapeStrategy for IdentityProviderUserId {
    const FAULTS: &'static [Fault] = &[
        Fault::TooShort,
        Fault::TooLong,
        Fault::BadChar,
        Fault::Incomplete,
    ];

    fn valid_text() -> BoxedStrategy<String> {
        prop_oneof![uuid(one_of(&[HEX])), idp_prefixed()].boxed()
    }

    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
        // Replacements include multibyte chars: the form (bare or prefixed) is told by the
        // length in chars, so a wider char must not change where the error is reported.
        Some(match fault {
            Fault::TooShort => plain(fault, Just(String::new()).boxed()),
            Fault::TooLong => plain(
                fault,
                (
                    idp_prefixed(),
                    too_long(47)
                        .prop_flat_map(|n| run_n(one_of(&[HEX, "-"]), n.saturating_sub(47))),
                )
                    .prop_map(|(v, extra)| format!("{v}{extra}"))
                    .boxed(),
            ),
            Fault::BadChar => located(
                fault,
                prop_oneof![
                    corrupt(
                        uuid(one_of(&[HEX])),
                        |_| uuid_digit_positions(0),
                        not_in(&[HEX]),
                    ),
                    corrupt(
                        uuid(one_of(&[HEX])),
                        |_| UUID_HYPHENS.to_vec(),
                        not_in(&["-"]),
                    ),
                    corrupt(idp_prefixed(), |_| (0..10).collect(), not_in(&[HEX_LOWER]),),
                    corrupt(idp_prefixed(), |_| vec![10], not_in(&["-"])),
                    corrupt(idp_prefixed(), |_| uuid_digit_positions(11), not_in(&[HEX]),),
                ]
                .boxed(),
            ),
            Fault::Incomplete => plain(fault, truncate(uuid(one_of(&[HEX])), |_| 1..36)),
            _ => return None,
        })
    }
}
