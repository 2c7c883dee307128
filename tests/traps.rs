//! Tables of valid and invalid values per shape, with the traps of the AWS patterns: the alias
//! look-ahead, whole-value matching, ASCII-only `\d`/`\w`, lengths in chars, trailing newlines,
//! empty strings. Each invalid case pins the exact error kind (bound, index, offending char);
//! a subset also pins the `Display` text.
//!
//! Only `validate` and the error type are used, so the file runs without any feature.

use org_shapes::{organizations as o, workmail as w, Error, ErrorKind, Shape};

type Validate = fn(&str) -> Result<(), Error>;

struct Case {
    value: String,
    expect: Result<(), ErrorKind>,
    display: Option<&'static str>,
}

fn ok(value: impl Into<String>) -> Case {
    Case {
        value: value.into(),
        expect: Ok(()),
        display: None,
    }
}

fn bad(value: impl Into<String>, kind: ErrorKind) -> Case {
    Case {
        value: value.into(),
        expect: Err(kind),
        display: None,
    }
}

impl Case {
    /// Also pins the error's `Display`.
    fn shows(mut self, text: &'static str) -> Self {
        assert!(self.expect.is_err(), "only errors have a message");
        self.display = Some(text);
        self
    }
}

const fn short(min: usize, actual: usize) -> ErrorKind {
    ErrorKind::TooShort { min, actual }
}

const fn long(max: usize, actual: usize) -> ErrorKind {
    ErrorKind::TooLong {
        max,
        actual: Some(actual),
    }
}

const fn at(index: usize, found: char, expected: &'static str) -> ErrorKind {
    ErrorKind::InvalidChar {
        index,
        found: Some(found),
        expected,
    }
}

/// An invalid char of a sensitive shape: reported without the char.
const fn hidden(index: usize, expected: &'static str) -> ErrorKind {
    ErrorKind::InvalidChar {
        index,
        found: None,
        expected,
    }
}

const fn ends(index: usize, expected: &'static str) -> ErrorKind {
    ErrorKind::Incomplete { index, expected }
}

// What the validators say they expect, as the messages word it.
const ALNUM: &str = "an ASCII letter or digit";
const ALNUM_OR_HYPHEN: &str = "an ASCII letter, digit or '-'";
const HEX_LOWER: &str = "a lowercase hex digit";
const HEX: &str = "a hex digit";
const DIGIT: &str = "an ASCII digit";
const LOWER_ALNUM: &str = "a lowercase ASCII letter or digit";
const END: &str = "the end of the value";
const HYPHEN: &str = "'-'";
const PRINTABLE: &str = "a printable ASCII char other than space";
const DOMAIN_CHAR: &str = "an ASCII letter, digit, '.' or '-'";
const ZONE_CHAR: &str = "any char but '/' and '\\'";
const KMS_PREFIX: &str = "the prefix \"arn:aws:kms:\"";
const REGION_CHAR: &str = "a lowercase ASCII letter, digit, '-' or ':'";
const ACCOUNT_CHAR: &str = "a lowercase ASCII letter, digit or '-'";
const KEY_CHAR: &str = "an ASCII letter, digit or one of :_/+=,@.-";
const KEY_END: &str = "the end of the value (the resource part has at most 1024 chars)";
const COLON: &str = "':'";
const LOCAL_CHAR: &str = "an ASCII letter, digit, '_', '.' or '-'";
const LOCAL_OR_AT: &str = "an ASCII letter, digit, '_', '.', '-' or '@'";
const TLD: &str = "a '.' and a last label of at least 2 ASCII letters, digits or '-'";
const LABEL: &str = "a domain label before its last '.'";
const LATIN1: &str = "a char from U+0020 to U+00FF";
const D_PREFIX: &str = "the prefix \"d-\"";
const M_PREFIX: &str = "the prefix \"m-\"";
const O_PREFIX: &str = "the prefix \"o-\"";
const ORG_ID_MAX: &str = "no more than 32 chars after \"o-\"";
const ARN_PREFIX: &str = "the prefix \"arn:aws:organizations::\"";
const ORG_PART: &str = "\":organization/\"";
const ACCOUNT_PART: &str = "\":account/\"";
const SLASH: &str = "'/'";
const EMAIL_CHAR: &str = "a char other than whitespace and '@'";
const EMAIL_AT: &str = "'@' and a domain";
const EMAIL_DOMAIN: &str = "a domain with a '.' that is neither its first nor its last char";

/// The model's minimum length of `shape`, for the cases at that bound.
fn min_len(shape: &Shape) -> usize {
    shape.min_len.expect("the model sets a minimum length")
}

/// The model's maximum length of `shape`, for the cases at that bound.
fn max_len(shape: &Shape) -> usize {
    shape.max_len.expect("the model sets a maximum length")
}

/// Checks `cases` against the shape's own validator, naming it as the registry does.
fn run(shape: &Shape, cases: Vec<Case>) {
    let (name, validate) = (shape.type_name, shape.validate);
    let mut failures = Vec::new();
    assert!(
        cases.iter().any(|c| c.value.is_empty()),
        "{name}: the table needs the empty string"
    );
    assert!(
        cases.iter().any(|c| c.value.ends_with('\n')),
        "{name}: the table needs a trailing newline"
    );
    assert!(
        cases.iter().any(|c| c.expect.is_ok()),
        "{name}: no valid case"
    );
    assert!(
        cases.iter().any(|c| c.expect.is_err()),
        "{name}: no invalid case"
    );
    for case in &cases {
        let got = validate(&case.value).map_err(|e| e.kind());
        let shown = |v: &str| {
            if v.len() > 80 {
                format!(
                    "{:?}… ({} chars)",
                    &v[..v.char_indices().nth(20).map_or(v.len(), |(i, _)| i)],
                    v.chars().count()
                )
            } else {
                format!("{v:?}")
            }
        };
        if got != case.expect {
            failures.push(format!(
                "{name} {}: expected {:?}, got {got:?}",
                shown(&case.value),
                case.expect
            ));
            continue;
        }
        if let Some(text) = case.display {
            let message = validate(&case.value)
                .expect_err("checked above")
                .to_string();
            if message != text {
                failures.push(format!(
                    "{name} {}: message {message:?}, expected {text:?}",
                    shown(&case.value)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The trap table of each shape, keyed by its registry id: a shape added to `for_each_shape!`
/// without a table here fails to compile.
mod cases {
    use super::*;

    pub fn org_alias(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("acme-corp"),
            ok("a-b-c"),
            ok("D-abc"), // the look-ahead is case-sensitive
            ok("d"),
            ok("D"),
            ok("da-b"),
            ok("d1-x"),
            ok("Ad-x"),
            ok("0"),
            ok("a".repeat(max)),
            ok(format!("{}-{}", "a".repeat(30), "b".repeat(31))),
            bad("d-abc", ErrorKind::ForbiddenPrefix { prefix: "d-" })
                .shows(r#"invalid OrgAlias: value must not start with "d-""#),
            bad("d-", ErrorKind::ForbiddenPrefix { prefix: "d-" }),
            bad("d--", ErrorKind::ForbiddenPrefix { prefix: "d-" }),
            bad("abc_def", at(3, '_', ALNUM_OR_HYPHEN)).shows(
                "invalid OrgAlias: char 3 '_' is not allowed, expected an ASCII letter, digit or '-'",
            ),
            bad("abc-", ends(4, ALNUM))
                .shows("invalid OrgAlias: value ends after 4 chars, expected an ASCII letter or digit"),
            bad("D-", ends(2, ALNUM)),
            bad("a--b", at(2, '-', ALNUM)),
            bad("-a", at(0, '-', ALNUM)),
            bad("-", at(0, '-', ALNUM)),
            bad("a.b", at(1, '.', ALNUM_OR_HYPHEN)),
            bad("a b", at(1, ' ', ALNUM_OR_HYPHEN)),
            bad("٣", at(0, '٣', ALNUM)),
            bad("abc٣", at(3, '٣', ALNUM_OR_HYPHEN)),
            bad("café", at(3, 'é', ALNUM_OR_HYPHEN)),
            bad("１abc", at(0, '１', ALNUM)),
            bad("a-１", at(2, '１', ALNUM)),
            bad("abc\n", at(3, '\n', ALNUM_OR_HYPHEN))
                .shows(r"invalid OrgAlias: char 3 '\n' is not allowed, expected an ASCII letter, digit or '-'"),
            bad("", short(min, 0))
                .shows("invalid OrgAlias: length 0 is below the minimum of 1 chars"),
            bad("a".repeat(max + 1), long(max, max + 1))
                .shows("invalid OrgAlias: length 63 exceeds the maximum of 62 chars"),
            // `max` chars in twice as many bytes: the length fits, the pattern does not.
            bad("é".repeat(max), at(0, 'é', ALNUM)),
            bad("é".repeat(max + 1), long(max, max + 1)),
        ]
    }

    pub fn directory_id(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("d-0123456789"),
            ok("d-abcdef0123"),
            bad("d-012345678A", at(11, 'A', HEX_LOWER)).shows(
                "invalid DirectoryId: char 11 'A' is not allowed, expected a lowercase hex digit",
            ),
            bad("d-01234567g9", at(10, 'g', HEX_LOWER)),
            bad("D-0123456789", at(0, 'D', D_PREFIX)),
            bad("dd0123456789", at(1, 'd', D_PREFIX)),
            bad("d-012345678٣", at(11, '٣', HEX_LOWER)),
            bad("d-０123456789", at(2, '０', HEX_LOWER)),
            bad("d-0123456789\n", long(max, max + 1)),
            bad("d-012345678\n", at(11, '\n', HEX_LOWER)),
            bad("", short(min, 0))
                .shows("invalid DirectoryId: length 0 is below the minimum of 12 chars"),
            bad("d-012345678", short(min, min - 1)),
            bad("d-0123456789a", long(max, max + 1)),
        ]
    }

    pub fn client_token(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("3f1c2b9e-retry-1"),
            ok("!~"),
            ok("a"),
            ok("a".repeat(max)),
            bad("a".repeat(max + 1), long(max, max + 1)),
            bad("has space", at(3, ' ', PRINTABLE)),
            bad("tok\n", at(3, '\n', PRINTABLE)),
            bad("tok\t", at(3, '\t', PRINTABLE)),
            bad("é", at(0, 'é', PRINTABLE)),
            bad("tok٣", at(3, '٣', PRINTABLE)),
            bad("\u{7f}", at(0, '\u{7f}', PRINTABLE)),
            bad("", short(min, 0)),
        ]
    }

    pub fn domain_name(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("example.com"),
            ok("mail.EXAMPLE.com"),
            ok("a..b"), // the model asks for the chars only
            ok("-.-"),
            ok("abc"),
            ok("a".repeat(max)),
            bad("a".repeat(max + 1), long(max, max + 1)),
            bad("ab", short(min, 2)),
            bad("", short(min, 0)),
            bad("exa_mple.com", at(3, '_', DOMAIN_CHAR)),
            bad("éxample.com", at(0, 'é', DOMAIN_CHAR)),
            bad("１２３", at(0, '１', DOMAIN_CHAR)),
            bad("ab٣", at(2, '٣', DOMAIN_CHAR)),
            bad("example.com\n", at(11, '\n', DOMAIN_CHAR)),
            bad("example.com/", at(11, '/', DOMAIN_CHAR)),
        ]
    }

    pub fn hosted_zone_id(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("Z0123456789ABCDEFGHIJ"),
            ok("Z01\n"), // `[^/\\]` takes a newline like any other char
            ok("٣"),
            ok("１"),
            ok("é".repeat(max)),
            ok(" "),
            bad("é".repeat(max + 1), long(max, max + 1)),
            bad("/hostedzone/Z01", at(0, '/', ZONE_CHAR)).shows(
                r"invalid HostedZoneId: char 0 '/' is not allowed, expected any char but '/' and '\'",
            ),
            bad("Z\\01", at(1, '\\', ZONE_CHAR)),
            bad("éé/", at(2, '/', ZONE_CHAR)),
            bad("", short(min, 0)),
        ]
    }

    pub fn kms_key_arn(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        let head = "arn:aws:kms:us-east-1:111122223333:"; // 35 chars
        let resource = |n: usize| format!("{head}k{}", "a".repeat(n - 1));
        let region_padded = |total: usize| {
            let region = "a".repeat(total - 12 - 2 - 12 - 5);
            format!("arn:aws:kms:{region}:111122223333:key/x")
        };
        vec![
            ok(format!("{head}key/1234abcd-12ab-34cd-56ef-1234567890ab")),
            ok(format!("{head}alias/mail")),
            ok("arn:aws:kms::111122223333:k"), // the region may be empty
            ok("arn:aws:kms:x:y:k/:_/+=,@.-"),
            ok(resource(1024)),
            ok(region_padded(max)),
            bad(resource(1025), at(35 + 1024, 'a', KEY_END)),
            bad(region_padded(max + 1), long(max, max + 1)),
            bad(
                "arn:aws-cn:kms:cn-north-1:111122223333:key/x",
                at(7, '-', KMS_PREFIX),
            ),
            bad(
                "ARN:aws:kms:us-east-1:111122223333:key/x",
                at(0, 'A', KMS_PREFIX),
            ),
            bad(
                "arn:aws:kms:US-EAST-1:111122223333:key/x",
                at(12, 'U', REGION_CHAR),
            ),
            bad(
                "arn:aws:kms:us-east-1::key/abcdefgh",
                at(22, ':', ACCOUNT_CHAR),
            ),
            bad(
                "arn:aws:kms:us-east-1:ABC:key/abc",
                at(22, 'A', ACCOUNT_CHAR),
            ),
            bad(
                "arn:aws:kms:us-east-1:1111;2222:key/abc",
                at(26, ';', REGION_CHAR),
            ),
            bad("arn:aws:kms:us-east-1:111122223333", ends(34, COLON)),
            bad(format!("{head}/key"), at(35, '/', ALNUM)),
            bad(head, ends(35, ALNUM)),
            bad(format!("{head}key/x\n"), at(40, '\n', KEY_CHAR)),
            bad(format!("{head}key/é"), at(39, 'é', KEY_CHAR)),
            bad(format!("{head}key/x y"), at(40, ' ', KEY_CHAR)),
            bad("arn:aws:kms::1:k", short(min, 16)),
            bad("", short(min, 0)),
        ]
    }

    pub fn workmail_organization_id(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("m-0123456789abcdef0123456789abcdef"),
            bad("o-0123456789", short(min, 12)),
            bad("M-0123456789abcdef0123456789abcdef", at(0, 'M', M_PREFIX)),
            bad("m-0123456789ABCDEF0123456789abcdef", at(12, 'A', HEX_LOWER)).shows(
                "invalid workmail::OrganizationId: char 12 'A' is not allowed, \
                 expected a lowercase hex digit",
            ),
            bad("m-0123456789abcdef0123456789abcde٣", at(33, '٣', HEX_LOWER)),
            bad("m-0123456789abcdef0123456789abcdef\n", long(max, max + 1)),
            bad(
                "m-0123456789abcdef0123456789abcde\n",
                at(33, '\n', HEX_LOWER),
            ),
            bad("", short(min, 0)),
        ]
    }

    pub fn user_name(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("jdoe"),
            ok("a_b"), // `\w` has the underscore
            ok("a.b-c"),
            ok("-"),
            ok("..."),
            ok("jdoe@example.com"),
            ok("a@b.co"),
            ok("a@..co"), // `[a-zA-Z0-9.\-]+` takes a lone '.'
            ok("a@b.c-"),
            ok("a@b.c.co"),
            ok("a@.b.co"),
            ok("a".repeat(max)),
            ok(format!("{}@b.co", "a".repeat(max - 5))),
            bad("a@b.c", ends(5, TLD)).shows(
                "invalid UserName: value ends after 5 chars, expected a '.' and a last label \
                 of at least 2 ASCII letters, digits or '-'",
            ),
            bad("a@bco", ends(5, TLD)),
            bad("a@", ends(2, TLD)),
            bad("a@.co", at(2, '.', LABEL)),
            bad("@b.co", at(0, '@', LOCAL_CHAR)),
            bad("jane doe", at(4, ' ', LOCAL_OR_AT)),
            bad("josé", at(3, 'é', LOCAL_OR_AT)),
            bad("٣", at(0, '٣', LOCAL_CHAR)),
            bad("１", at(0, '１', LOCAL_CHAR)),
            bad("a@b_c.co", at(3, '_', DOMAIN_CHAR)),
            bad("a@b.c@d.co", at(5, '@', DOMAIN_CHAR)),
            bad("a@bé.co", at(3, 'é', DOMAIN_CHAR)),
            bad("jdoe\n", at(4, '\n', LOCAL_OR_AT)),
            bad("a@b.co\n", at(6, '\n', DOMAIN_CHAR)),
            bad("", short(min, 0)),
            bad("a".repeat(max + 1), long(max, max + 1)),
            bad(format!("{}@b.co", "a".repeat(max - 4)), long(max, max + 1)),
        ]
    }

    pub fn user_attribute(shape: &Shape) -> Vec<Case> {
        let max = max_len(shape);
        vec![
            ok(""), // no minimum
            ok("Zoë Ångström"),
            ok("Zoë\n"),
            ok("٣"),
            ok("é".repeat(max)),
            ok("a".repeat(max)),
            ok("👍".repeat(max)),
            bad("é".repeat(max + 1), long(max, max + 1))
                .shows("invalid UserAttribute: length 257 exceeds the maximum of 256 chars"),
            bad("a".repeat(max + 1), long(max, max + 1)),
            // More than four bytes per allowed char: refused without counting.
            bad(
                "👍".repeat(max + 1),
                ErrorKind::TooLong { max, actual: None },
            )
            .shows("invalid UserAttribute: input far exceeds the maximum of 256 chars"),
        ]
    }

    pub fn password(shape: &Shape) -> Vec<Case> {
        let max = max_len(shape);
        vec![
            ok("Tr0ub4dor&3"),
            ok(" "),
            ok("\u{7f}"),
            ok("ÿ"),
            ok("é".repeat(max)),
            bad("", ends(0, LATIN1)).shows(
                "invalid Password: value ends after 0 chars, expected a char from U+0020 to U+00FF",
            ),
            bad("tab\there", hidden(3, LATIN1)).shows(
                "invalid Password: char 3 is not allowed, expected a char from U+0020 to U+00FF",
            ),
            bad("pass\n", hidden(4, LATIN1)),
            bad("Ā", hidden(0, LATIN1)),
            bad("é٣", hidden(1, LATIN1)),
            bad("１", hidden(0, LATIN1)),
            bad("é".repeat(max + 1), long(max, max + 1)),
        ]
    }

    pub fn identity_provider_user_id(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        let uuid = "4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d";
        vec![
            ok(uuid),
            ok(uuid.to_uppercase()),
            ok(format!("1234567890-{uuid}")), // 47 chars
            ok(format!("abcdef0123-{}", uuid.to_uppercase())),
            bad(format!("123456789A-{uuid}"), at(9, 'A', HEX_LOWER)),
            bad(format!("1234567890_{uuid}"), at(10, '_', HYPHEN)),
            // 47 chars in 48 bytes: still the prefixed form, the 'é' is the culprit.
            bad(format!("123456789é-{uuid}"), at(9, 'é', HEX_LOWER)),
            bad(format!("1234567890-{}é", &uuid[..35]), at(46, 'é', HEX)),
            // 37 or 46 chars cannot hold the prefix: read as a bare UUID.
            bad(format!("-{uuid}"), at(0, '-', HEX)),
            bad(format!("123456789-{uuid}"), at(8, '9', HYPHEN)),
            bad(format!("12345678901-{uuid}"), long(max, max + 1)),
            bad("4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d", at(8, '1', HYPHEN)),
            bad(&uuid[..35], ends(35, HEX)),
            bad(format!("{uuid}\n"), at(36, '\n', END)),
            bad(uuid.replace('e', "g"), at(10, 'g', HEX)),
            bad(uuid.replacen('4', "٣", 1), at(0, '٣', HEX)),
            bad("", short(min, 0)),
        ]
    }

    pub fn user_id(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("S-1-1-11-1111111111-2222222222-3333333333-3333"),
            ok("abcdefghijk\n"),
            ok("é".repeat(min)),
            ok("a".repeat(max)),
            bad("short", short(min, 5))
                .shows("invalid UserId: length 5 is below the minimum of 12 chars"),
            bad("é".repeat(min - 1), short(min, min - 1)),
            bad("a".repeat(max + 1), long(max, max + 1)),
            bad("", short(min, 0)),
        ]
    }

    pub fn user_role(_: &Shape) -> Vec<Case> {
        vec![
            ok("USER"),
            ok("RESOURCE"),
            ok("SYSTEM_USER"),
            ok("REMOTE_USER"),
            bad("user", ErrorKind::NotInEnum)
                .shows("invalid UserRole: not one of USER, RESOURCE, SYSTEM_USER, REMOTE_USER"),
            bad("User", ErrorKind::NotInEnum),
            bad("USER\n", ErrorKind::NotInEnum),
            bad(" USER", ErrorKind::NotInEnum),
            bad("ＵSER", ErrorKind::NotInEnum),
            bad("", ErrorKind::NotInEnum),
        ]
    }

    pub fn feature_set(_: &Shape) -> Vec<Case> {
        vec![
            ok("ALL"),
            ok("CONSOLIDATED_BILLING"),
            bad("all", ErrorKind::NotInEnum)
                .shows("invalid FeatureSet: not one of ALL, CONSOLIDATED_BILLING"),
            bad("All", ErrorKind::NotInEnum),
            bad("CONSOLIDATED-BILLING", ErrorKind::NotInEnum),
            bad("ALL\n", ErrorKind::NotInEnum),
            bad("", ErrorKind::NotInEnum),
        ]
    }

    pub fn policy_type(shape: &Shape) -> Vec<Case> {
        let values = shape.enum_values.expect("an enum shape");
        let mut cases: Vec<Case> = values.iter().map(|v| ok(*v)).collect();
        for v in values {
            cases.push(bad(v.to_lowercase(), ErrorKind::NotInEnum));
            cases.push(bad(format!("{v}\n"), ErrorKind::NotInEnum));
        }
        cases.push(bad("Tag_Policy", ErrorKind::NotInEnum));
        cases.push(bad("", ErrorKind::NotInEnum));
        cases
    }

    pub fn policy_type_status(_: &Shape) -> Vec<Case> {
        vec![
            ok("ENABLED"),
            ok("PENDING_ENABLE"),
            ok("PENDING_DISABLE"),
            bad("enabled", ErrorKind::NotInEnum),
            bad("ENABLED\n", ErrorKind::NotInEnum),
            bad("", ErrorKind::NotInEnum),
        ]
    }

    pub fn organizations_organization_id(_: &Shape) -> Vec<Case> {
        vec![
            ok("o-a1b2c3d4e5"),
            ok(org_id(10)),
            ok(org_id(32)),
            bad(org_id(9), ends(11, LOWER_ALNUM)),
            bad(org_id(33), at(34, 'w', ORG_ID_MAX)).shows(
                "invalid organizations::OrganizationId: char 34 'w' is not allowed, \
                 expected no more than 32 chars after \"o-\"",
            ),
            bad("o-A1B2C3D4E5", at(2, 'A', LOWER_ALNUM)),
            bad("O-abcdefghij", at(0, 'O', O_PREFIX)),
            bad("o-abcdefghij\n", at(12, '\n', END)),
            bad("o-abcdefghi٣", at(11, '٣', LOWER_ALNUM)),
            bad("", ends(0, O_PREFIX)),
        ]
    }

    /// An organization id of `n` chars after `o-`.
    pub fn org_id(n: usize) -> String {
        format!(
            "o-{}",
            "0123456789abcdefghijklmnopqrstuvwxyz"
                .get(..n)
                .expect("n <= 36")
        )
    }

    pub fn organization_arn(_: &Shape) -> Vec<Case> {
        let arn = |n: usize| {
            format!(
                "arn:aws:organizations::111122223333:organization/{}",
                org_id(n)
            )
        };
        // The id's chars start at 51.
        vec![
            ok(arn(10)),
            ok(arn(32)),
            bad(arn(9), ends(60, LOWER_ALNUM)),
            bad(arn(33), at(83, 'w', ORG_ID_MAX)),
            bad(format!("{}/x", arn(10)), at(61, '/', END)),
            bad(format!("{}\n", arn(10)), at(61, '\n', END)),
            bad(
                "arn:aws:organizations::11112222333:organization/o-abcdefghij",
                at(34, ':', DIGIT),
            ),
            bad(
                "arn:aws:organizations::11112222333٣:organization/o-abcdefghij",
                at(34, '٣', DIGIT),
            )
            .shows("invalid OrganizationArn: char 34 '٣' is not allowed, expected an ASCII digit"),
            bad(
                "arn:aws:organizations::111122223333:account/o-abcdefghij",
                at(36, 'a', ORG_PART),
            ),
            bad(
                "arn:aws:organizations::111122223333:organization/O-abcdefghij",
                at(49, 'O', O_PREFIX),
            ),
            bad(
                "arn:aws:iam::111122223333:organization/o-abcdefghij",
                at(8, 'i', ARN_PREFIX),
            ),
            bad("", ends(0, ARN_PREFIX)),
        ]
    }

    pub fn account_arn(_: &Shape) -> Vec<Case> {
        let arn = |n: usize, member: &str| {
            format!(
                "arn:aws:organizations::111122223333:account/{}/{member}",
                org_id(n)
            )
        };
        // The id's chars start at 46.
        vec![
            ok(arn(10, "444455556666")),
            ok(arn(32, "444455556666")),
            bad(arn(9, "444455556666"), at(55, '/', LOWER_ALNUM)),
            bad(arn(33, "444455556666"), at(78, 'w', ORG_ID_MAX)),
            bad(arn(10, "44445555666"), ends(68, DIGIT)),
            bad(arn(10, "4444555566667"), at(69, '7', END)),
            bad(arn(10, "44445555666٦"), at(68, '٦', DIGIT)),
            bad(format!("{}\n", arn(10, "444455556666")), at(69, '\n', END)),
            bad(
                "arn:aws:organizations::111122223333:account/o-0123456789",
                ends(56, SLASH),
            ),
            bad(
                "arn:aws:organizations::111122223333:organization/o-0123456789/444455556666",
                at(36, 'o', ACCOUNT_PART),
            ),
            bad("arn:aws:iam::111122223333:root", at(8, 'i', ARN_PREFIX)),
            bad("", ends(0, ARN_PREFIX)),
        ]
    }

    pub fn account_id(shape: &Shape) -> Vec<Case> {
        let max = max_len(shape);
        vec![
            ok("111122223333"),
            ok("000000000000"),
            bad("", ends(0, DIGIT)), // no minimum length: the pattern refuses it
            bad("11112222333", ends(11, DIGIT)),
            bad("1111222233334", long(max, max + 1)),
            bad("111122223333\n", long(max, max + 1)),
            bad("11112222333\n", at(11, '\n', DIGIT)),
            bad("11112222333٣", at(11, '٣', DIGIT)),
            bad("١١١١٢٢٢٢٣٣٣٣", at(0, '١', DIGIT)),
            bad("１１１１２２２２３３３３", at(0, '１', DIGIT)),
            bad("1111-2222-33", at(4, '-', DIGIT)),
        ]
    }

    pub fn email(shape: &Shape) -> Vec<Case> {
        let (min, max) = (min_len(shape), max_len(shape));
        vec![
            ok("admin@example.com"),
            ok("a@b.co"),
            ok("é@b.co"),
            ok("a.b@c.d"),
            ok("a@b.c.d"),
            ok("a@b..c"), // the '.' between "b" and ".c"
            ok("a@.b.c"), // the '.' between ".b" and "c"
            ok("ab\u{a0}@c.com"), // `\s` is read as ASCII whitespace (documented)
            ok("１@٣٣.éé"),
            ok(format!("{}@b.com", "a".repeat(max - 6))),
            ok(format!("{}@b.com", "é".repeat(max - 6))),
            bad(format!("{}@b.com", "a".repeat(max - 5)), long(max, max + 1)),
            bad("admin@localhost", ends(15, EMAIL_DOMAIN)).shows(
                "invalid Email: value ends after 15 chars, expected a domain with a '.' that is \
                 neither its first nor its last char",
            ),
            bad("ab@.cd", ends(6, EMAIL_DOMAIN)),
            bad("abc@d.", ends(6, EMAIL_DOMAIN)),
            bad("abc.com", ends(7, EMAIL_AT)),
            bad("@b.com", hidden(0, EMAIL_CHAR)).shows(
                "invalid Email: char 0 is not allowed, expected a char other than whitespace and '@'",
            ),
            bad("a@b@c.com", hidden(3, EMAIL_CHAR)),
            bad("a b@c.com", hidden(1, EMAIL_CHAR)),
            bad("ab\u{b}@c.com", hidden(2, EMAIL_CHAR)),
            bad("ab@c.com\n", hidden(8, EMAIL_CHAR)),
            bad("a@b.c", short(min, 5)),
            bad("", short(min, 0)),
        ]
    }
}

macro_rules! trap_tests {
    ($([$id:ident, $t:ty, $($rest:tt)*])*) => {
        $(
            #[test]
            fn $id() {
                run(<$t>::SHAPE, cases::$id(<$t>::SHAPE));
            }
        )*
    };
}

org_shapes::for_each_shape!(trap_tests);

// ---------------------------------------------------------------------------------------------
// Across shapes
// ---------------------------------------------------------------------------------------------

struct Any {
    name: &'static str,
    validate: Validate,
    max: Option<usize>,
    sensitive: bool,
    is_enum: bool,
}

/// Every shape of the registry.
fn all_shapes() -> Vec<Any> {
    org_shapes::SHAPES
        .iter()
        .map(|shape| Any {
            name: shape.type_name,
            validate: shape.validate,
            max: shape.max_len,
            sensitive: shape.sensitive,
            is_enum: shape.enum_values.is_some(),
        })
        .collect()
}

#[test]
fn a_mebibyte_is_refused_at_once_with_a_short_message() {
    let inputs = [
        "a".repeat(1 << 20),
        "é".repeat(1 << 19),
        format!("o-{}", "a".repeat(1 << 20)),
        format!(
            "arn:aws:organizations::111122223333:organization/o-{}",
            "a".repeat(1 << 20)
        ),
        format!(
            "arn:aws:organizations::111122223333:account/o-0123456789/{}",
            "1".repeat(1 << 20)
        ),
        format!("arn:aws:kms:us-east-1:111122223333:{}", "k".repeat(1 << 20)),
    ];
    for s in all_shapes() {
        for input in &inputs {
            let err = (s.validate)(input).expect_err(s.name);
            if let Some(max) = s.max {
                assert_eq!(
                    err.kind(),
                    ErrorKind::TooLong { max, actual: None },
                    "{}",
                    s.name
                );
            }
            let message = err.to_string();
            if s.is_enum {
                // The message lists the enum values, whatever the input.
                let small = (s.validate)("x").expect_err(s.name).to_string();
                assert_eq!(message, small, "{}", s.name);
            } else {
                assert!(
                    message.len() < 200,
                    "{}: {} bytes: {message}",
                    s.name,
                    message.len()
                );
            }
            assert!(!message.contains("aaaaaaaaaa"), "{}: {message}", s.name);
            let debug = format!("{err:?}");
            assert!(
                debug.len() < 1000,
                "{}: Debug of {} bytes",
                s.name,
                debug.len()
            );
        }
    }
}

#[test]
fn sensitive_errors_never_show_the_value() {
    // Distinctive chars that no message template contains.
    let secrets = [
        "ЖЖЖЖ",
        "Ж Ж@Ж.Ж",
        "ЖЖ@ЖЖ",
        "ЖЖЖ\tЖ",
        "\u{1}ЖЖЖ",
        "ЖЖЖ@",
        "@ЖЖЖ.ЖЖ",
        "ЖЖЖЖ@ЖЖ.ЖЖ\n",
    ];
    let long = "Ж".repeat(300);
    let sensitive: Vec<Any> = all_shapes().into_iter().filter(|s| s.sensitive).collect();
    assert_eq!(
        sensitive.iter().map(|s| s.name).collect::<Vec<_>>(),
        ["UserAttribute", "Password", "Email"]
    );
    let mut refused = 0;
    for s in &sensitive {
        for secret in secrets.iter().copied().chain([long.as_str()]) {
            let Err(err) = (s.validate)(secret) else {
                continue;
            };
            refused += 1;
            if let ErrorKind::InvalidChar { found, .. } = err.kind() {
                assert_eq!(found, None, "{}: {secret:?}", s.name);
            }
            for text in [
                err.to_string(),
                format!("{err:?}"),
                err.aws_constraint().to_string(),
                format!("{:?}", err.kind()),
            ] {
                assert!(!text.contains('Ж'), "{}: {text}", s.name);
                assert!(
                    !text.contains("\\u{1}") && !text.contains("'\\t'"),
                    "{}: {text}",
                    s.name
                );
                assert!(!text.contains("' '"), "{}: {text}", s.name);
            }
        }
    }
    assert!(refused >= 15, "only {refused} refusals checked");
    // The contrast: a plain shape does show the offending char.
    let err = w::UserName::validate("ЖЖ").expect_err("not ASCII");
    assert!(err.to_string().contains('Ж'));
}

#[test]
fn sensitive_values_are_redacted_in_debug_and_display() {
    let password = w::Password::from_static("Secret-ÿ-pass").expect("valid");
    let email = o::Email::from_static("secret.ж@example.com").expect("valid");
    let name = w::UserAttribute::from_static("Secret Жanna").expect("valid");
    for (debug, value) in [
        (format!("{password:?}"), password.as_str()),
        (format!("{email:?}"), email.as_str()),
        (format!("{name:?}"), name.as_str()),
        (format!("{:?}", Some(&password)), password.as_str()),
    ] {
        assert!(debug.contains("<redacted>"), "{debug}");
        assert!(!debug.contains(value), "{debug}");
        assert!(!debug.contains(['Ж', 'ж', 'ÿ']), "{debug}");
        assert!(!debug.to_lowercase().contains("secret"), "{debug}");
    }
    assert_eq!(format!("{password:?}"), "Password(<redacted>)");
    // Display redacts sensitive values as Debug does; the text is reached by `as_str`.
    assert_eq!(password.to_string(), "<redacted>");
    assert_eq!(format!("{email}"), "<redacted>");
    assert_eq!(format!("{name:>12}"), "<redacted>");
    assert_eq!(password.as_str(), "Secret-ÿ-pass");
    // Plain shapes show their value: Display honouring width and alignment, and Debug.
    let alias = w::OrgAlias::new("acme").expect("valid");
    assert_eq!(format!("{alias:>6}"), "  acme");
    assert_eq!(format!("{alias:?}"), r#"OrgAlias("acme")"#);
}

#[test]
fn aws_constraint_wording() {
    let constraint = |r: Result<(), Error>| r.expect_err("invalid").aws_constraint().to_string();
    assert_eq!(
        constraint(w::OrgAlias::validate(&"a".repeat(63))),
        "Member must have length less than or equal to 62"
    );
    assert_eq!(
        constraint(w::UserAttribute::validate(&"👍".repeat(300))),
        "Member must have length less than or equal to 256"
    );
    assert_eq!(
        constraint(w::DirectoryId::validate("d-1")),
        "Member must have length greater than or equal to 12"
    );
    assert_eq!(
        constraint(w::OrgAlias::validate("d-abc")),
        r"Member must satisfy regular expression pattern: ^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*"
    );
    assert_eq!(
        constraint(w::OrgAlias::validate("abc-")),
        r"Member must satisfy regular expression pattern: ^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*"
    );
    assert_eq!(
        constraint(o::AccountId::validate("")),
        r"Member must satisfy regular expression pattern: ^\d{12}$"
    );
    assert_eq!(
        constraint(o::Email::validate("ab cd@e.fg")),
        r"Member must satisfy regular expression pattern: [^\s@]+@[^\s@]+\.[^\s@]+"
    );
    assert_eq!(
        constraint(w::Password::validate("")),
        r"Member must satisfy regular expression pattern: [\u0020-\u00FF]+"
    );
    assert_eq!(
        constraint(w::UserRole::validate("user")),
        "Member must satisfy enum value set: [USER, RESOURCE, SYSTEM_USER, REMOTE_USER]"
    );
    assert_eq!(
        constraint(o::FeatureSet::validate("all")),
        "Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"
    );
    assert_eq!(
        constraint(o::PolicyTypeStatus::validate("")),
        "Member must satisfy enum value set: [ENABLED, PENDING_ENABLE, PENDING_DISABLE]"
    );
    // Every pattern failure of every shape quotes that shape's own pattern, verbatim.
    for s in all_shapes() {
        if let Err(e) = (s.validate)("\u{1}") {
            let text = e.aws_constraint().to_string();
            match (e.kind().is_pattern(), e.shape().pattern) {
                (true, Some(p)) => assert_eq!(
                    text,
                    format!("Member must satisfy regular expression pattern: {p}")
                ),
                (true, None) => panic!("{}: pattern error without a pattern", s.name),
                (false, _) => assert!(text.starts_with("Member must "), "{text}"),
            }
        }
    }
}

#[test]
fn enums_parse_exactly() {
    for (i, v) in o::PolicyType::VALUES.iter().enumerate() {
        let parsed = o::PolicyType::parse(v).expect("a model value");
        assert_eq!(parsed, o::PolicyType::ALL[i]);
        assert_eq!(parsed.as_str(), *v);
    }
    assert_eq!(
        w::UserRole::parse("REMOTE_USER"),
        Ok(w::UserRole::RemoteUser)
    );
    assert_eq!(o::FeatureSet::default(), o::FeatureSet::All);
    assert_eq!(w::UserRole::default(), w::UserRole::User);
    for v in ["Enabled", "ENABLED ", "ENABLEd", "ＥNABLED"] {
        assert_eq!(
            o::PolicyTypeStatus::parse(v).map_err(|e| e.kind()),
            Err(ErrorKind::NotInEnum),
            "{v:?}"
        );
    }
}

/// Every string newtype, inline storage included, takes an owned `String`.
#[cfg(feature = "alloc")]
#[test]
fn every_string_newtype_converts_from_an_owned_string() {
    let mut checked = 0;
    macro_rules! owned {
        ($([$id:ident, $t:ty, $kind:ident, $($rest:tt)*])*) => {$( owned!(@one $kind, $t); )*};
        (@one string, $t:ty) => {{
            let [ok, bad] = <$t>::EXAMPLES;
            let v = <$t>::try_from(String::from(ok)).expect(ok);
            assert_eq!(v.as_str(), ok);
            assert!(
                <$t>::try_from(String::from(bad)).is_err(),
                "{} took its invalid example",
                stringify!($t)
            );
            checked += 1;
        }};
        (@one enum, $t:ty) => {};
    }
    org_shapes::for_each_shape!(owned);
    assert_eq!(
        checked,
        org_shapes::SHAPES
            .iter()
            .filter(|s| s.enum_values.is_none())
            .count()
    );
}
