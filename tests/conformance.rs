//! Model conformance: every shape of the crate against the official AWS model.
//!
//! 1. The constants of each type (`SHAPE`, `MIN_LEN`, `MAX_LEN`, `PATTERN`, enum values,
//!    sensitivity) equal the record that `scripts/extract_model.py` extracted from botocore into
//!    `tests/data/model_constraints.json`, and every constrained string or enum shape reachable
//!    from the three operations' inputs and outputs has a type in the crate.
//! 2. Each validator agrees with an oracle on thousands of strings per shape. The oracle reads
//!    the model's pattern verbatim from the data file, rewrites only the class escapes to their
//!    ECMA/Java (ASCII) meaning, anchors it at both ends and evaluates it with `fancy_regex`
//!    (which supports the look-ahead of `OrganizationName`); lengths are counted in chars.
//!
//! The strings are: values built to be valid from the structure of each pattern, one- and
//! two-char mutations of them, values at the length boundaries (with multibyte chars), and
//! random strings. The generator is a fixed-seed PRNG, so a failure reproduces; set
//! `CONFORMANCE_SEED` to explore other seeds.

#[path = "support/oracle.rs"]
mod oracle;

use oracle::{records, Oracle, Record, Rule};
use org_shapes::{Error, ErrorKind, Shape};

// ---------------------------------------------------------------------------------------------
// The model records
// ---------------------------------------------------------------------------------------------

const MODEL: &str = include_str!("data/model_constraints.json");

// ---------------------------------------------------------------------------------------------
// The crate's shapes
// ---------------------------------------------------------------------------------------------

type Validate = fn(&str) -> Result<(), Error>;
type Generate = fn(&mut Rng, &Record) -> String;

struct Subject {
    shape: &'static Shape,
    /// `std::any::type_name` of the Rust type.
    rust_type: &'static str,
    validate: Validate,
    /// The associated constants, for string newtypes.
    consts: Option<(Option<usize>, Option<usize>, Option<&'static str>)>,
    /// `VALUES`, for enums.
    values: Option<&'static [&'static str]>,
    /// Builds a value the model accepts.
    valid: Generate,
}

macro_rules! newtype {
    ($t:ty, $gen:expr) => {
        Subject {
            shape: <$t>::SHAPE,
            rust_type: std::any::type_name::<$t>(),
            validate: <$t>::validate,
            consts: Some((<$t>::MIN_LEN, <$t>::MAX_LEN, <$t>::PATTERN)),
            values: None,
            valid: $gen,
        }
    };
}

macro_rules! enumeration {
    ($t:ty) => {
        Subject {
            shape: <$t>::SHAPE,
            rust_type: std::any::type_name::<$t>(),
            validate: <$t>::validate,
            consts: None,
            values: Some(<$t>::VALUES),
            valid: valid::enum_value,
        }
    };
}

/// A subject per shape of the registry; a string shape's generator of valid values is the
/// function of [`valid`] named after the shape's id.
macro_rules! subjects {
    ($([$id:ident, $t:ty, $kind:ident, $($rest:tt)*])*) => {
        vec![$(subject!($kind, $id, $t)),*]
    };
}

macro_rules! subject {
    (string, $id:ident, $t:ty) => {
        newtype!($t, valid::$id)
    };
    (enum, $id:ident, $t:ty) => {
        enumeration!($t)
    };
}

fn subjects() -> Vec<Subject> {
    org_shapes::for_each_shape!(subjects)
}

/// `SHAPES` holds exactly the model's constrained strings of requests and responses, each once
/// (the registry, its callback and the types are one table; this checks it against the model).
#[test]
fn shapes_are_the_models_constrained_strings() {
    let mut ours: Vec<(String, String)> = org_shapes::SHAPES.iter().map(|s| key(s)).collect();
    let mut model: Vec<(String, String)> = records(MODEL)
        .values()
        .filter(|r| r.kind == "string" && r.in_request_or_response() && r.constrained())
        .map(|r| (r.service.clone(), r.shape.clone()))
        .collect();
    let listed = ours.len();
    ours.sort();
    ours.dedup();
    assert_eq!(ours.len(), listed, "a model shape is listed twice");
    model.sort();
    assert!(!model.is_empty());
    assert_eq!(ours, model);
}

fn key(shape: &Shape) -> (String, String) {
    (
        shape.service.as_str().to_owned(),
        shape.model_name.to_owned(),
    )
}

// ---------------------------------------------------------------------------------------------
// Constants against the model
// ---------------------------------------------------------------------------------------------

#[test]
fn constants_equal_the_model() {
    let records = records(MODEL);
    for s in subjects() {
        let shape = s.shape;
        let rec = records
            .get(&key(shape))
            .unwrap_or_else(|| panic!("{}: no model record for {:?}", shape.type_name, key(shape)));
        let name = shape.type_name;
        assert_eq!(rec.kind, "string", "{name}: model type");
        assert!(
            rec.in_request_or_response(),
            "{name}: not used by a request or response"
        );
        assert_eq!(shape.min_len, rec.min, "{name}: min");
        assert_eq!(shape.max_len, rec.max, "{name}: max");
        assert_eq!(
            shape.pattern,
            rec.pattern.as_deref(),
            "{name}: pattern (verbatim)"
        );
        assert_eq!(shape.sensitive, rec.sensitive, "{name}: sensitive");
        let enum_values: Option<Vec<&str>> = shape.enum_values.map(|v| v.to_vec());
        let model_values: Option<Vec<&str>> = rec
            .enum_values
            .as_ref()
            .map(|v| v.iter().map(String::as_str).collect());
        assert_eq!(
            enum_values, model_values,
            "{name}: enum values (model order)"
        );
        if let Some((min, max, pattern)) = s.consts {
            assert_eq!(min, rec.min, "{name}: MIN_LEN");
            assert_eq!(max, rec.max, "{name}: MAX_LEN");
            assert_eq!(pattern, rec.pattern.as_deref(), "{name}: PATTERN");
            assert!(
                shape.enum_values.is_none(),
                "{name}: a newtype has no enum values"
            );
        }
        if let Some(values) = s.values {
            assert_eq!(Some(values.to_vec()), model_values, "{name}: VALUES");
        }
        // `type_name` names the Rust type (possibly qualified by its module).
        let last = |p: &str| p.rsplit("::").next().map(str::to_owned);
        assert_eq!(
            last(shape.type_name),
            last(s.rust_type),
            "{name}: type_name"
        );
    }
}

#[test]
fn every_constrained_shape_has_a_type() {
    let records = records(MODEL);
    let covered: Vec<(String, String)> = subjects().iter().map(|s| key(s.shape)).collect();
    let mut unconstrained_checked = 0;
    for rec in records.values() {
        if rec.kind != "string" || !rec.in_request_or_response() {
            // Lists, structures and booleans are the requests issue's business; strings used
            // only by error structures (Message, Reason, Type) are free text or open enums.
            continue;
        }
        let k = (rec.service.clone(), rec.shape.clone());
        if rec.constrained() {
            assert!(
                covered.contains(&k),
                "model shape {k:?} is constrained but has no type"
            );
        } else {
            unconstrained_checked += 1;
        }
    }
    // No string of a request or response is unconstrained today; if one appears, it needs a
    // decision (a plain String or a type), so make it visible here.
    assert_eq!(
        unconstrained_checked, 0,
        "an unconstrained string shape appeared in the model"
    );
    // No two types claim the same model shape.
    let mut sorted = covered.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        covered.len(),
        "two types map to one model shape"
    );
}

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

#[test]
fn oracle_reads_patterns_as_aws_does() {
    let records = records(MODEL);
    let oracle = |shape: &str| {
        let rec = records
            .values()
            .find(|r| r.shape == shape && r.pattern.is_some())
            .unwrap_or_else(|| panic!("{shape}"));
        let o = Oracle::new(rec);
        move |v: &str| o.judge(v).rule_ok
    };
    let alias = oracle("OrganizationName");
    assert!(alias("D-abc") && alias("d") && alias("a-b-c"));
    assert!(!alias("d-abc") && !alias("abc_def") && !alias("abc-") && !alias("a--b"));
    assert!(
        !alias("abc\n"),
        "a trailing newline must not pass the end anchor"
    );
    assert!(!alias("١٢٣"), "\\d must be ASCII");
    let account = oracle("AccountId");
    assert!(account("111122223333") && !account("11112222333٣") && !account("111122223333\n"));
    let user = oracle("UserName");
    assert!(user("a_b") && !user("é") && user("a@..co") && !user("a@b.c"));
    let email = oracle("Email");
    assert!(email("a@b.co") && !email("a\u{b}@b.co") && !email("a@b\t.co") && email("é@b.co"));
    let password = oracle("Password");
    assert!(password("\u{ff}") && !password("\u{100}") && !password("\u{1f}") && !password(""));
    let zone = oracle("HostedZoneId");
    assert!(zone("a\nb") && !zone("a/b") && !zone("a\\b") && zone(""));
    let arn = oracle("OrganizationArn");
    assert!(arn(
        "arn:aws:organizations::111122223333:organization/o-abcdefghij"
    ));
    assert!(!arn(
        "arn:aws:organizations::111122223333:organization/o-abcdefghij/x"
    ));
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/// SplitMix64: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// A length in `lo..=hi` that hits both ends often.
    fn len(&mut self, lo: usize, hi: usize) -> usize {
        match self.below(8) {
            0 => lo,
            1 => hi,
            2 => self.range(lo, (lo + 3).min(hi)),
            3 => self.range(hi.saturating_sub(3).max(lo), hi),
            _ => self.range(lo, hi),
        }
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn run(&mut self, class: &[char], n: usize) -> String {
        (0..n).map(|_| self.pick(class)).collect()
    }
}

/// FNV-1a, to give each shape its own stream of the seed.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const HEX_LOWER: &str = "0123456789abcdef";
const HEX_ANY: &str = "0123456789abcdefABCDEF";

fn alnum() -> Vec<char> {
    chars(&format!("{LOWER}{UPPER}{DIGITS}"))
}

/// Chars that stress the class checks: Unicode digits and letters, Latin-1 edges, whitespace,
/// controls, and the punctuation the patterns treat specially.
const TRICKY: &[char] = &[
    '٣', 'é', '１', 'ｄ', '\n', '\r', '\t', '\u{b}', '\u{c}', '\u{0}', '\u{7f}', '\u{80}',
    '\u{a0}', '\u{ff}', '\u{100}', '\u{2028}', '👍', '-', '.', '@', '/', '\\', ' ', '_', ':', '+',
    '=', ',', '!', '~', '"', '\'', '%', '*', 'd', 'D', 'o', 'm', 'a', 'Z', '0', '9',
];

/// A char outside every ASCII class: any Unicode scalar value.
fn any_char(rng: &mut Rng) -> char {
    loop {
        let cp = match rng.below(4) {
            0 => rng.range(0, 0x7f),
            1 => rng.range(0x80, 0x7ff),
            2 => rng.range(0x800, 0xffff),
            _ => rng.range(0x1_0000, 0x10_ffff),
        };
        if let Some(c) = char::from_u32(cp as u32) {
            return c;
        }
    }
}

/// Generators of values the model accepts, one per string shape, named after the shape's id
/// in the registry (`org_shapes::for_each_shape!`).
mod valid {
    use super::*;

    pub(super) fn org_alias(rng: &mut Rng, _: &Record) -> String {
        let n = rng.len(1, 62);
        let alnum = alnum();
        let mut out: Vec<char> = Vec::with_capacity(n);
        for i in 0..n {
            let after_hyphen = out.last() == Some(&'-');
            if i > 0 && i + 1 < n && !after_hyphen && rng.chance(20) {
                out.push('-');
            } else if i == 0 && rng.chance(30) {
                out.push(rng.pick(&['d', 'D']));
            } else {
                out.push(rng.pick(&alnum));
            }
        }
        // The look-ahead forbids a lowercase "d-" start: make the first char anything else.
        if out.starts_with(&['d', '-']) {
            let others: Vec<char> = alnum.iter().copied().filter(|&c| c != 'd').collect();
            out[0] = rng.pick(&others);
        }
        out.into_iter().collect()
    }

    pub(super) fn directory_id(rng: &mut Rng, _: &Record) -> String {
        format!("d-{}", rng.run(&chars(HEX_LOWER), 10))
    }

    pub(super) fn workmail_organization_id(rng: &mut Rng, _: &Record) -> String {
        format!("m-{}", rng.run(&chars(HEX_LOWER), 32))
    }

    pub(super) fn client_token(rng: &mut Rng, _: &Record) -> String {
        let printable: Vec<char> = (0x21u8..=0x7e).map(char::from).collect();
        let n = rng.len(1, 128);
        rng.run(&printable, n)
    }

    pub(super) fn domain_name(rng: &mut Rng, _: &Record) -> String {
        let mut class = alnum();
        class.extend(['.', '-', '.', '-']);
        let n = rng.len(3, 255);
        rng.run(&class, n)
    }

    pub(super) fn hosted_zone_id(rng: &mut Rng, _: &Record) -> String {
        let n = rng.len(1, 32);
        let alnum = alnum();
        (0..n)
            .map(|_| loop {
                let c = match rng.below(3) {
                    0 => rng.pick(&alnum),
                    1 => rng.pick(TRICKY),
                    _ => any_char(rng),
                };
                if c != '/' && c != '\\' {
                    break c;
                }
            })
            .collect()
    }

    pub(super) fn kms_key_arn(rng: &mut Rng, _: &Record) -> String {
        let region_class = chars(&format!("{LOWER}{DIGITS}-"));
        let mut key_class = alnum();
        key_class.extend(":_/+=,@.-".chars());
        let resource_len = match rng.below(6) {
            0 => 1,
            1 => 1024,
            2 => rng.range(1020, 1024),
            3 => rng.range(1, 1024),
            _ => rng.range(1, 60),
        };
        let mut account_len = rng.len(1, 20);
        let mut region_len = rng.len(0, 20);
        // 12 ("arn:aws:kms:") + 2 colons; reach the minimum of 20 through the account.
        let fixed = 14 + resource_len;
        if fixed + account_len + region_len < 20 {
            account_len = 20 - fixed - region_len;
        }
        if rng.chance(10) {
            // Exactly the maximum of 2048 chars, the region taking up the slack.
            region_len = 2048 - fixed - account_len;
        }
        let first = rng.pick(&alnum());
        format!(
            "arn:aws:kms:{}:{}:{first}{}",
            rng.run(&region_class, region_len),
            rng.run(&region_class, account_len),
            rng.run(&key_class, resource_len - 1)
        )
    }

    pub(super) fn user_name(rng: &mut Rng, _: &Record) -> String {
        let local_class = chars(&format!("{LOWER}{UPPER}{DIGITS}_.-"));
        let domain_class = chars(&format!("{LOWER}{UPPER}{DIGITS}.-"));
        let tld_class = chars(&format!("{LOWER}{UPPER}{DIGITS}-"));
        if rng.chance(40) {
            let n = rng.len(1, 64);
            return rng.run(&local_class, n);
        }
        // local + '@' + host + '.' + tld, with host >= 1 and tld >= 2: local <= 59.
        let total = rng.len(6, 64);
        let local = rng.range(1, total - 5);
        let rest = total - local - 2; // host + tld
        let tld = rng.range(2, rest - 1);
        let host = rest - tld;
        format!(
            "{}@{}.{}",
            rng.run(&local_class, local),
            rng.run(&domain_class, host),
            rng.run(&tld_class, tld)
        )
    }

    pub(super) fn any_text(rng: &mut Rng, rec: &Record) -> String {
        let n = rng.len(rec.min.unwrap_or(0), rec.max.expect("free text has a max"));
        let alnum = alnum();
        (0..n)
            .map(|_| match rng.below(3) {
                0 => rng.pick(&alnum),
                1 => rng.pick(TRICKY),
                _ => any_char(rng),
            })
            .collect()
    }

    pub(super) fn user_attribute(rng: &mut Rng, rec: &Record) -> String {
        any_text(rng, rec)
    }

    pub(super) fn user_id(rng: &mut Rng, rec: &Record) -> String {
        any_text(rng, rec)
    }

    pub(super) fn password(rng: &mut Rng, _: &Record) -> String {
        let n = rng.len(1, 256);
        (0..n)
            .map(|_| char::from_u32(rng.range(0x20, 0xff) as u32).expect("Latin-1"))
            .collect()
    }

    pub(super) fn identity_provider_user_id(rng: &mut Rng, _: &Record) -> String {
        let hex = chars(HEX_ANY);
        let uuid = [8, 4, 4, 4, 12]
            .iter()
            .map(|&n| rng.run(&hex, n))
            .collect::<Vec<_>>()
            .join("-");
        if rng.chance(50) {
            format!("{}-{uuid}", rng.run(&chars(HEX_LOWER), 10))
        } else {
            uuid
        }
    }

    pub(super) fn enum_value(rng: &mut Rng, rec: &Record) -> String {
        let values = rec.enum_values.as_ref().expect("enum");
        values[rng.below(values.len())].clone()
    }

    fn org_id(rng: &mut Rng) -> String {
        let n = rng.len(10, 32);
        format!("o-{}", rng.run(&chars(&format!("{LOWER}{DIGITS}")), n))
    }

    pub(super) fn organizations_organization_id(rng: &mut Rng, _: &Record) -> String {
        org_id(rng)
    }

    pub(super) fn account_id(rng: &mut Rng, _: &Record) -> String {
        rng.run(&chars(DIGITS), 12)
    }

    pub(super) fn organization_arn(rng: &mut Rng, rec: &Record) -> String {
        let account = account_id(rng, rec);
        format!(
            "arn:aws:organizations::{account}:organization/{}",
            org_id(rng)
        )
    }

    pub(super) fn account_arn(rng: &mut Rng, rec: &Record) -> String {
        let management = account_id(rng, rec);
        let member = account_id(rng, rec);
        format!(
            "arn:aws:organizations::{management}:account/{}/{member}",
            org_id(rng)
        )
    }

    pub(super) fn email(rng: &mut Rng, _: &Record) -> String {
        // [^\s@]: anything but ASCII whitespace and '@', dots included.
        let alnum = alnum();
        let part = |rng: &mut Rng, n: usize| -> String {
            (0..n)
                .map(|_| loop {
                    let c = match rng.below(4) {
                        0 | 1 => rng.pick(&alnum),
                        2 => rng.pick(TRICKY),
                        _ => any_char(rng),
                    };
                    if c != '@' && !matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r') {
                        break c;
                    }
                })
                .collect()
        };
        let total = rng.len(6, 64);
        let body = total - 2; // local + host + tld, each >= 1
        let local = rng.range(1, body - 2);
        let host = rng.range(1, body - local - 1);
        let tld = body - local - host;
        let (l, h, t) = (part(rng, local), part(rng, host), part(rng, tld));
        format!("{l}@{h}.{t}")
    }
}

/// One random edit: insert, delete or replace a char (from the tricky pool, any Unicode char, or
/// the other case of the char in place).
fn mutate(rng: &mut Rng, v: &str) -> String {
    let mut cs: Vec<char> = v.chars().collect();
    let pick_char = |rng: &mut Rng, at: Option<char>| match (rng.below(4), at) {
        (0, Some(c)) if c.is_ascii_alphabetic() => {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        }
        (1, _) => any_char(rng),
        _ => rng.pick(TRICKY),
    };
    match rng.below(3) {
        0 => {
            let at = rng.below(cs.len() + 1);
            let c = pick_char(rng, cs.get(at).copied());
            cs.insert(at, c);
        }
        1 if !cs.is_empty() => {
            let at = rng.below(cs.len());
            cs.remove(at);
        }
        _ if !cs.is_empty() => {
            let at = rng.below(cs.len());
            cs[at] = pick_char(rng, Some(cs[at]));
        }
        _ => cs.push(rng.pick(TRICKY)),
    }
    cs.into_iter().collect()
}

/// `v` cut or stretched to exactly `n` chars: cut from the end, or grown by repeating one of its
/// chars (or a fill char) at the end or in the middle.
fn resize(rng: &mut Rng, v: &str, n: usize) -> String {
    let mut cs: Vec<char> = v.chars().collect();
    if cs.len() >= n {
        cs.truncate(n);
        return cs.into_iter().collect();
    }
    let fill = if !cs.is_empty() && rng.chance(60) {
        cs[rng.below(cs.len())]
    } else {
        rng.pick(&['a', 'é', '１', '0', '-', 'Z', '👍', '\u{ff}'])
    };
    let at = if rng.chance(50) {
        cs.len()
    } else {
        rng.below(cs.len() + 1)
    };
    let extra = n - cs.len();
    cs.splice(at..at, std::iter::repeat_n(fill, extra));
    cs.into_iter().collect()
}

fn random_string(rng: &mut Rng, max_len: usize) -> String {
    let n = rng.len(0, max_len);
    (0..n)
        .map(|_| {
            if rng.chance(50) {
                rng.pick(TRICKY)
            } else {
                any_char(rng)
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct Tally {
    cases: usize,
    accepted: usize,
    rejected_length: usize,
    rejected_rule: usize,
}

fn compare(s: &Subject, oracle: &Oracle, v: &str, tally: &mut Tally) {
    let name = s.shape.type_name;
    let verdict = oracle.judge(v);
    let expected = verdict.length_ok && verdict.rule_ok;
    let got = (s.validate)(v);
    assert_eq!(
        (s.shape.validate)(v),
        got,
        "{name}: SHAPE.validate is not the type's"
    );
    tally.cases += 1;
    assert_eq!(
        got.is_ok(),
        expected,
        "{name}: validator says {got:?}, model says {} (length ok: {}, rule ok: {}) for {v:?} ({} chars)",
        if expected { "valid" } else { "invalid" },
        verdict.length_ok,
        verdict.rule_ok,
        v.chars().count(),
    );
    let Err(err) = got else {
        tally.accepted += 1;
        return;
    };
    assert_eq!(err.shape(), s.shape, "{name}: error names another shape");
    let n = v.chars().count();
    let kind = err.kind();
    // The reason must agree with the oracle's: length first, then the pattern or enum.
    if !verdict.length_ok {
        tally.rejected_length += 1;
        assert!(
            kind.is_length(),
            "{name}: {v:?} has a bad length, got {kind:?}"
        );
    } else {
        tally.rejected_rule += 1;
        if oracle_is_enum(oracle) {
            assert_eq!(kind, ErrorKind::NotInEnum, "{name}: {v:?}");
        } else {
            assert!(
                kind.is_pattern(),
                "{name}: {v:?} breaks the pattern, got {kind:?}"
            );
        }
    }
    // The data in the kind is true of the value.
    match kind {
        ErrorKind::TooShort { min, actual } => {
            assert_eq!((Some(min), actual), (s.shape.min_len, n), "{name}: {v:?}");
        }
        ErrorKind::TooLong { max, actual } => {
            assert_eq!(Some(max), s.shape.max_len, "{name}: {v:?}");
            match actual {
                Some(actual) => assert_eq!(actual, n, "{name}: {v:?}"),
                None => assert!(v.len() > 4 * max, "{name}: uncounted only when huge: {v:?}"),
            }
        }
        ErrorKind::InvalidChar { index, found, .. } => {
            assert!(index < n, "{name}: index {index} past the end of {v:?}");
            let expected_found = if s.shape.sensitive {
                None
            } else {
                v.chars().nth(index)
            };
            assert_eq!(found, expected_found, "{name}: char {index} of {v:?}");
        }
        ErrorKind::Incomplete { index, .. } => assert_eq!(index, n, "{name}: {v:?}"),
        ErrorKind::ForbiddenPrefix { prefix } => {
            assert!(
                v.starts_with(prefix),
                "{name}: {v:?} does not start with {prefix:?}"
            )
        }
        ErrorKind::NotInEnum => assert!(s.values.is_some(), "{name}: NotInEnum for a newtype"),
        other => panic!("{name}: unknown kind {other:?}"),
    }
}

fn oracle_is_enum(oracle: &Oracle) -> bool {
    matches!(oracle.rule, Rule::Enum(_))
}

const VALID_PER_SHAPE: usize = 4000;
const RANDOM_PER_SHAPE: usize = 3000;

#[test]
fn validators_agree_with_the_model_pattern() {
    let seed = std::env::var("CONFORMANCE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x05ee_d0f0_0d5a_fe00_u64);
    let records = records(MODEL);
    let mut total = 0;
    for s in subjects() {
        let rec = &records[&key(s.shape)];
        let oracle = Oracle::new(rec);
        let mut rng = Rng(seed ^ fnv1a(s.shape.type_name));
        let mut tally = Tally::default();
        let name = s.shape.type_name;

        // Valid by construction, and their mutations.
        let mut valid = Vec::new();
        for _ in 0..VALID_PER_SHAPE {
            let v = (s.valid)(&mut rng, rec);
            let verdict = oracle.judge(&v);
            assert!(
                verdict.length_ok && verdict.rule_ok,
                "{name}: generator made {v:?}"
            );
            compare(&s, &oracle, &v, &mut tally);
            let once = mutate(&mut rng, &v);
            compare(&s, &oracle, &once, &mut tally);
            let twice = mutate(&mut rng, &once);
            compare(&s, &oracle, &twice, &mut tally);
            valid.push(v);
        }
        // Case variants (the enums and the hex shapes are case-sensitive).
        for v in valid.iter().take(200) {
            compare(&s, &oracle, &v.to_lowercase(), &mut tally);
            compare(&s, &oracle, &v.to_uppercase(), &mut tally);
            compare(&s, &oracle, &format!("{v}\n"), &mut tally);
            compare(&s, &oracle, &format!(" {v}"), &mut tally);
        }
        // Length boundaries, with one-byte and multibyte fill.
        let mut lengths = vec![0, 1, 2];
        for bound in [rec.min, rec.max].into_iter().flatten() {
            lengths.extend([bound.saturating_sub(1), bound, bound + 1]);
        }
        for &n in &lengths {
            for fill in [
                'a', '0', 'A', '-', 'é', '１', '٣', '👍', '\u{ff}', '\u{100}', ' ',
            ] {
                compare(&s, &oracle, &fill.to_string().repeat(n), &mut tally);
            }
            for v in valid.iter().take(40) {
                let resized = resize(&mut rng, v, n);
                compare(&s, &oracle, &resized, &mut tally);
            }
        }
        // Random strings, mostly short, some around the maximum.
        let random_max = rec.max.map_or(100, |m| m + 2);
        for _ in 0..RANDOM_PER_SHAPE {
            let v = random_string(&mut rng, random_max);
            compare(&s, &oracle, &v, &mut tally);
        }

        assert!(
            tally.accepted >= 300.min(VALID_PER_SHAPE),
            "{name}: too few valid cases"
        );
        assert!(
            tally.rejected_rule + tally.rejected_length >= 200,
            "{name}: too few invalid"
        );
        if rec.min.is_some_and(|m| m > 0) || rec.max.is_some() {
            assert!(
                tally.rejected_length >= 50,
                "{name}: too few length failures"
            );
        }
        println!(
            "{name:<28} {:>6} cases: {:>5} valid, {:>5} bad length, {:>5} bad pattern/enum",
            tally.cases, tally.accepted, tally.rejected_length, tally.rejected_rule
        );
        total += tally.cases;
    }
    println!("{total} cases compared with the model oracle");
    assert!(total >= 21 * 5000, "only {total} cases");
}
