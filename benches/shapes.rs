//! Every shape's validator, side by side with the way code generated from the AWS model checks
//! the same field: a lazily compiled `regex::Regex` of the model's pattern plus a
//! `chars().count()` for the length bounds.
//!
//! Run with `cargo bench --bench shapes`; `scripts/bench_table.py` turns criterion's estimates
//! into the README's table. Groups:
//!
//! - `<service>.<Type>`: `ours` and `regex` on a `valid` and an `invalid` value (enums also
//!   against `match`, the way generated code parses an enum);
//! - `huge.<service>.<Type>`: a 1 MiB input of that shape (a valid value padded with `a`), time
//!   to refuse it, ours and the regex approach;
//! - `kms_2048`: a valid 2048-char `KmsKeyArn`, ours against `str::is_ascii` on the same bytes.
//!
//! The baseline is written here from the model's verbatim patterns (each one is checked equal
//! to the crate's `PATTERN` before measuring) and does not use the crate's `regex` feature.
//! Its only changes to the patterns are the ones needed to make it correct: anchored as a whole
//! match, `\d` `\w` `\s` as ASCII classes, `\uXXXX` as `\x{XXXX}`, and the alias look-ahead
//! `(?!d-)` spelled out without look-around (Rust's `regex` has none).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use once_cell::sync::Lazy;
use org_shapes::{organizations as o, workmail as w};
use regex::Regex;

/// Size of the inputs of the `huge` groups.
const MIB: usize = 1 << 20;

/// Rewrites a pattern of the AWS models (Java/ECMAScript dialect) into a Rust regex that
/// matches the whole value with ASCII classes, as a correct generated validator must.
fn server_regex(pattern: &str) -> String {
    let mut out = String::from("^(?:");
    let mut in_class = false;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(e) = chars.next() else { break };
                let class = match e {
                    'd' => Some("0-9"),
                    'w' => Some("A-Za-z0-9_"),
                    's' => Some(r"\t\n\x0B\x0C\r "),
                    _ => None,
                };
                match (class, e) {
                    (Some(body), _) if in_class => out.push_str(body),
                    (Some(body), _) => {
                        out.push('[');
                        out.push_str(body);
                        out.push(']');
                    }
                    (None, 'u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push_str(&format!(r"\x{{{hex}}}"));
                    }
                    (None, _) => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '^' if !in_class => {}
            '$' if !in_class && chars.peek().is_none() => {}
            _ => out.push(c),
        }
    }
    out.push_str(")$");
    out
}

/// The generated-code check: length in chars first, then the pattern.
#[inline(always)]
fn server_check(re: &Regex, min: Option<usize>, max: Option<usize>, s: &str) -> bool {
    let n = s.chars().count();
    min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m) && re.is_match(s)
}

/// `value` padded with `a` to exactly 1 MiB.
fn huge(value: &str) -> String {
    let mut s = String::with_capacity(MIB);
    s.push_str(value);
    while s.len() < MIB {
        s.push('a');
    }
    s
}

/// Benchmarks one string shape. `pattern` is the model's pattern verbatim (`None` for shapes
/// with only a length); `rewritten`, when given, replaces it for the regex crate.
macro_rules! string_case {
    (
        $c:expr, $group:literal, $ty:ty,
        pattern: $pattern:expr,
        $(rewritten: $rewritten:literal,)?
        valid: $valid:expr,
        invalid: $invalid:expr $(,)?
    ) => {{
        let c: &mut Criterion = $c;
        let pattern: Option<&str> = $pattern;
        assert_eq!(pattern, <$ty>::PATTERN, "the bench must use the model's pattern verbatim");
        // What generated code holds: one lazily compiled regex per shape (none for shapes
        // with only a length).
        static RE: Lazy<Option<Regex>> = Lazy::new(|| {
            let pattern: Option<&str> = $pattern;
            let rewritten: Option<&str> = None $(.or(Some($rewritten)))?;
            let source = rewritten.map(String::from).or(pattern.map(server_regex));
            source.map(|p| Regex::new(&p).expect("baseline regex compiles"))
        });
        let (min, max) = (<$ty>::MIN_LEN, <$ty>::MAX_LEN);
        let regex_check = |s: &str| match &*RE {
            Some(re) => server_check(re, min, max, s),
            None => {
                let n = s.chars().count();
                min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m)
            }
        };
        let valid: &str = $valid;
        let invalid: &str = $invalid;
        for (label, input, expect) in [("valid", valid, true), ("invalid", invalid, false)] {
            assert_eq!(<$ty>::validate(input).is_ok(), expect, "{} {label}", $group);
            assert_eq!(regex_check(input), expect, "baseline {} {label}", $group);
        }
        let mut g = c.benchmark_group($group);
        for (label, input) in [("valid", valid), ("invalid", invalid)] {
            g.bench_with_input(BenchmarkId::new("ours", label), input, |b, s| {
                b.iter(|| <$ty>::validate(black_box(s)).is_ok())
            });
            g.bench_with_input(BenchmarkId::new("regex", label), input, |b, s| {
                b.iter(|| regex_check(black_box(s)))
            });
        }
        g.finish();

        let big = huge(valid);
        assert!(<$ty>::validate(&big).is_err(), "{} refuses 1 MiB", $group);
        assert!(!regex_check(&big), "baseline {} refuses 1 MiB", $group);
        let mut g = c.benchmark_group(concat!("huge.", $group));
        g.bench_with_input("ours", big.as_str(), |b, s| {
            b.iter(|| <$ty>::validate(black_box(s)).is_ok())
        });
        g.bench_with_input("regex", big.as_str(), |b, s| b.iter(|| regex_check(black_box(s))));
        g.finish();
    }};
}

/// Benchmarks one enum shape against the regex of its value set and against `match`.
macro_rules! enum_case {
    (
        $c:expr, $group:literal, $ty:ty,
        values: [$($v:literal),+ $(,)?],
        valid: $valid:expr,
        invalid: $invalid:expr $(,)?
    ) => {{
        let c: &mut Criterion = $c;
        let values: &[&str] = &[$($v),+];
        assert_eq!(values, <$ty>::VALUES, "the bench must use the model's enum values");
        static RE: Lazy<Regex> = Lazy::new(|| {
            let alternation: Vec<String> = <$ty>::VALUES.iter().map(|v| regex::escape(v)).collect();
            Regex::new(&format!("^(?:{})$", alternation.join("|"))).expect("enum regex compiles")
        });
        let regex_check = |s: &str| RE.is_match(s);
        let match_check = |s: &str| matches!(s, $($v)|+);
        let valid: &str = $valid;
        let invalid: &str = $invalid;
        for (label, input, expect) in [("valid", valid, true), ("invalid", invalid, false)] {
            assert_eq!(<$ty>::validate(input).is_ok(), expect, "{} {label}", $group);
            assert_eq!(regex_check(input), expect, "baseline {} {label}", $group);
            assert_eq!(match_check(input), expect, "match {} {label}", $group);
        }
        let mut g = c.benchmark_group($group);
        for (label, input) in [("valid", valid), ("invalid", invalid)] {
            g.bench_with_input(BenchmarkId::new("ours", label), input, |b, s| {
                b.iter(|| <$ty>::validate(black_box(s)).is_ok())
            });
            g.bench_with_input(BenchmarkId::new("regex", label), input, |b, s| {
                b.iter(|| regex_check(black_box(s)))
            });
            g.bench_with_input(BenchmarkId::new("match", label), input, |b, s| {
                b.iter(|| match_check(black_box(s)))
            });
        }
        g.finish();

        let big = huge(valid);
        assert!(<$ty>::validate(&big).is_err());
        let mut g = c.benchmark_group(concat!("huge.", $group));
        g.bench_with_input("ours", big.as_str(), |b, s| {
            b.iter(|| <$ty>::validate(black_box(s)).is_ok())
        });
        g.bench_with_input("regex", big.as_str(), |b, s| b.iter(|| regex_check(black_box(s))));
        g.finish();
    }};
}

fn workmail(c: &mut Criterion) {
    string_case!(c, "workmail.OrgAlias", w::OrgAlias,
        pattern: Some(r"^(?!d-)([\da-zA-Z]+)([-][\da-zA-Z]+)*"),
        rewritten: r"^(?:d|(?:[0-9a-ce-zA-Z]|d[0-9a-zA-Z])[0-9a-zA-Z]*(?:-[0-9a-zA-Z]+)*)$",
        valid: "example-corp",
        invalid: "example_corp",
    );
    string_case!(c, "workmail.DirectoryId", w::DirectoryId,
        pattern: Some(r"^d-[0-9a-f]{10}$"),
        valid: "d-0123456789",
        invalid: "d-012345678A",
    );
    string_case!(c, "workmail.ClientToken", w::ClientToken,
        pattern: Some(r"[\x21-\x7e]+"),
        valid: "6f1c8e9a-4b2d-4e5f-9a7b-1c2d3e4f5a6b",
        invalid: "6f1c8e9a-4b2d 4e5f-9a7b",
    );
    string_case!(c, "workmail.DomainName", w::DomainName,
        pattern: Some(r"[a-zA-Z0-9.-]+"),
        valid: "mail.example.com",
        invalid: "mail.exa_mple.com",
    );
    string_case!(c, "workmail.HostedZoneId", w::HostedZoneId,
        pattern: Some(r"[^/\\]*"),
        valid: "Z0123456789ABCDEFGHIJ",
        invalid: "/hostedzone/Z0123456789ABC",
    );
    string_case!(c, "workmail.KmsKeyArn", w::KmsKeyArn,
        pattern: Some(r"arn:aws:kms:[a-z0-9-]*:[a-z0-9-]+:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}"),
        valid: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        invalid: "arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    );
    string_case!(c, "workmail.OrganizationId", w::OrganizationId,
        pattern: Some(r"^m-[0-9a-f]{32}$"),
        valid: "m-0123456789abcdef0123456789abcdef",
        invalid: "m-0123456789ABCDEF0123456789abcdef",
    );
    string_case!(c, "workmail.UserName", w::UserName,
        pattern: Some(r"[\w\-.]+(@[a-zA-Z0-9.\-]+\.[a-zA-Z0-9-]{2,})?"),
        valid: "jane.doe@example.com",
        invalid: "jane doe",
    );
    string_case!(c, "workmail.UserAttribute", w::UserAttribute,
        pattern: None,
        valid: "Jane Doe",
        invalid: &"x".repeat(257),
    );
    string_case!(c, "workmail.Password", w::Password,
        pattern: Some(r"[\u0020-\u00FF]+"),
        valid: "Tr0ub4dor&3",
        invalid: "tab\there",
    );
    string_case!(c, "workmail.IdentityProviderUserId", w::IdentityProviderUserId,
        pattern: Some(r"^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"),
        valid: "1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
        invalid: "4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d",
    );
    string_case!(c, "workmail.UserId", w::UserId,
        pattern: None,
        valid: "S-1-1-11-1111111111-2222222222-3333333333-3333",
        invalid: "S-1-1-11",
    );
    enum_case!(c, "workmail.UserRole", w::UserRole,
        values: ["USER", "RESOURCE", "SYSTEM_USER", "REMOTE_USER"],
        valid: "REMOTE_USER",
        invalid: "ADMIN",
    );
}

fn organizations(c: &mut Criterion) {
    enum_case!(c, "organizations.FeatureSet", o::FeatureSet,
        values: ["ALL", "CONSOLIDATED_BILLING"],
        valid: "CONSOLIDATED_BILLING",
        invalid: "all",
    );
    string_case!(c, "organizations.OrganizationId", o::OrganizationId,
        pattern: Some(r"^o-[a-z0-9]{10,32}$"),
        valid: "o-a1b2c3d4e5",
        invalid: "o-A1B2C3D4E5",
    );
    string_case!(c, "organizations.OrganizationArn", o::OrganizationArn,
        pattern: Some(r"^arn:aws:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}"),
        valid: "arn:aws:organizations::111111111111:organization/o-exampleorgid",
        invalid: "arn:aws:organizations::111111111111:organization/o-EXAMPLE",
    );
    string_case!(c, "organizations.AccountArn", o::AccountArn,
        pattern: Some(r"^arn:aws:organizations::\d{12}:account\/o-[a-z0-9]{10,32}\/\d{12}"),
        valid: "arn:aws:organizations::111111111111:account/o-exampleorgid/222222222222",
        invalid: "arn:aws:organizations::111111111111:account/o-exampleorgid/22222222222",
    );
    string_case!(c, "organizations.AccountId", o::AccountId,
        pattern: Some(r"^\d{12}$"),
        valid: "111111111111",
        invalid: "11111111111x",
    );
    string_case!(c, "organizations.Email", o::Email,
        pattern: Some(r"[^\s@]+@[^\s@]+\.[^\s@]+"),
        valid: "admin@example.com",
        invalid: "admin@example",
    );
    enum_case!(c, "organizations.PolicyType", o::PolicyType,
        values: [
            "SERVICE_CONTROL_POLICY",
            "RESOURCE_CONTROL_POLICY",
            "TAG_POLICY",
            "BACKUP_POLICY",
            "AISERVICES_OPT_OUT_POLICY",
            "CHATBOT_POLICY",
            "DECLARATIVE_POLICY_EC2",
            "SECURITYHUB_POLICY",
            "INSPECTOR_POLICY",
            "UPGRADE_ROLLOUT_POLICY",
            "BEDROCK_POLICY",
            "S3_POLICY",
            "NETWORK_SECURITY_DIRECTOR_POLICY",
        ],
        valid: "NETWORK_SECURITY_DIRECTOR_POLICY",
        invalid: "SERVICE_CONTROL",
    );
    enum_case!(c, "organizations.PolicyTypeStatus", o::PolicyTypeStatus,
        values: ["ENABLED", "PENDING_ENABLE", "PENDING_DISABLE"],
        valid: "PENDING_DISABLE",
        invalid: "DISABLED",
    );
}

/// A valid `KmsKeyArn` of exactly 2048 chars: long region and account, 1024-char resource.
fn kms_2048() -> String {
    let mut s = String::from("arn:aws:kms:");
    s.extend("us-east-1-".chars().cycle().take(505));
    s.push(':');
    s.extend("0123456789-abc".chars().cycle().take(505));
    s.push(':');
    s.push_str("key/");
    s.extend("Ab0:_/+=,@.-z9".chars().cycle().take(1020));
    s
}

fn throughput(c: &mut Criterion) {
    let arn = kms_2048();
    assert_eq!(arn.chars().count(), 2048);
    assert!(w::KmsKeyArn::validate(&arn).is_ok());
    assert!(arn.is_ascii());
    let mut g = c.benchmark_group("kms_2048");
    g.throughput(Throughput::Bytes(arn.len() as u64));
    g.bench_with_input("ours", arn.as_str(), |b, s| {
        b.iter(|| w::KmsKeyArn::validate(black_box(s)).is_ok())
    });
    g.bench_with_input("is_ascii", arn.as_str(), |b, s| {
        b.iter(|| black_box(s).is_ascii())
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(1))
        .nresamples(20_000)
        .without_plots()
}

criterion_group! {
    name = benches;
    config = config();
    targets = workmail, organizations, throughput
}
criterion_main!(benches);
