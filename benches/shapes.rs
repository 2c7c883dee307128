//! Every shape, the way users meet it: `parse` on many different values, side by side with the
//! way code generated from the AWS model checks the same field (a lazily compiled
//! `regex::Regex` of the model's pattern, a `chars().count()` for the length bounds, and the
//! value copied into a `String` when it is valid).
//!
//! Run with `cargo bench -p org-shapes-benches --bench shapes`; `scripts/bench_table.py` turns
//! criterion's estimates into the README's tables. The shapes come from
//! [`org_shapes::for_each_shape!`]; for each, three corpora are drawn once with a fixed seed
//! from the crate's own generators (`org_shapes::strategy`):
//!
//! - `valid`: up to [`CORPUS`] distinct values across the shape's whole length range;
//! - `invalid`: as many, spread evenly over every [`Fault`] the shape can have;
//! - `mixed`: both, shuffled together.
//!
//! Group `<service>.<Type>` times, on each corpus, `parse` (`str::parse`, which is `new` for the
//! newtypes), `validate` (the check alone) and `regex` (the generated-code approach); enums
//! also `match` (a hand-written `match` on the wire values, the way generated code parses an
//! enum). Each function reads the whole corpus per iteration; its throughput is the corpus
//! size, so the table divides by it to give a time per value.
//!
//! Secondary groups: `huge.<service>.<Type>`, the time to refuse a 1 MiB input (a valid value
//! padded with `a`); `kms_2048`, a valid 2048-char `KmsKeyArn` against `str::is_ascii`.
//!
//! Before timing anything, every value of every corpus goes through all sides and their
//! verdicts must agree, so `cargo bench -p org-shapes-benches --bench shapes -- --test` (what CI
//! runs) checks the baseline against the crate on several thousand values.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use once_cell::sync::Lazy;
use org_shapes::strategy::{Fault, ShapeStrategy};
use org_shapes::{for_each_shape, workmail as w, Shape};
use proptest::strategy::{BoxedStrategy, Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use regex::Regex;

/// Values per corpus (fewer when a shape has fewer distinct values, such as an enum).
const CORPUS: usize = 256;
/// Size of the inputs of the `huge` groups.
const MIB: usize = 1 << 20;

/// The three corpora of one shape.
struct Corpora {
    valid: Vec<String>,
    invalid: Vec<String>,
    mixed: Vec<String>,
}

/// A runner whose seed depends only on `name`, so that each shape's corpora are the same in
/// every run and differ between shapes.
fn runner(name: &str) -> TestRunner {
    let mut seed = [0u8; 32];
    for (i, b) in name.bytes().enumerate() {
        seed[i % 32] ^= b;
    }
    TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    )
}

/// Up to `n` distinct values of `strategy` (stops early when it keeps repeating itself).
fn draw(runner: &mut TestRunner, strategy: &BoxedStrategy<String>, n: usize) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut attempts = 0;
    while out.len() < n && attempts < n * 20 {
        attempts += 1;
        let value = strategy.new_tree(runner).expect("strategy draws").current();
        if seen.insert(value.clone()) {
            out.push(value);
        }
    }
    out
}

/// Fisher-Yates with a fixed xorshift generator: the mixed corpus in a reproducible order
/// that no branch predictor learns.
fn shuffle(values: &mut [String]) {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for i in (1..values.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        values.swap(i, (state % (i as u64 + 1)) as usize);
    }
}

/// Draws the corpora of `T`; a shape with few values (an enum) repeats them up to [`CORPUS`].
fn corpora<T: ShapeStrategy>(shape: &Shape) -> Corpora {
    let mut runner = runner(shape.type_name);
    let mut valid = draw(&mut runner, &T::valid_text(), CORPUS);
    let distinct = valid.len();
    for i in distinct..CORPUS {
        valid.push(valid[i % distinct].clone());
    }
    let per_fault = CORPUS.div_ceil(T::FAULTS.len());
    let mut invalid: Vec<String> = T::FAULTS
        .iter()
        .flat_map(|&fault: &Fault| {
            let strategy = T::invalid_text(fault).expect("a strategy for each listed fault");
            draw(&mut runner, &strategy, per_fault)
        })
        .collect();
    shuffle(&mut invalid);
    invalid.truncate(CORPUS);
    let mut mixed: Vec<String> = valid.iter().chain(&invalid).cloned().collect();
    shuffle(&mut mixed);
    Corpora {
        valid,
        invalid,
        mixed,
    }
}

/// `service.Type`, the name of a shape's group.
fn group_name(shape: &Shape) -> String {
    let type_name = shape
        .type_name
        .rsplit("::")
        .next()
        .unwrap_or(shape.type_name);
    format!("{}.{type_name}", shape.service)
}

/// The regex generated code would hold for `shape`: its pattern for Rust's `regex` crate
/// (anchored, ASCII classes: `Shape::regex`), or the alternation of an enum's values; `None`
/// for shapes with only a length.
fn baseline_regex(shape: &Shape) -> Option<Regex> {
    let source = match (shape.regex, shape.enum_values) {
        (Some(pattern), _) => pattern.to_string(),
        (None, Some(values)) => {
            let alternation: Vec<String> = values.iter().map(|v| regex::escape(v)).collect();
            format!("^(?:{})$", alternation.join("|"))
        }
        (None, None) => return None,
    };
    Some(Regex::new(&source).expect("baseline regex compiles"))
}

/// The generated-code check: length in chars, then the pattern; the value copied when valid.
#[inline(always)]
fn regex_parse(re: Option<&Regex>, shape: &Shape, s: &str) -> Option<String> {
    let n = s.chars().count();
    let fits = shape.min_len.is_none_or(|m| n >= m)
        && shape.max_len.is_none_or(|m| n <= m)
        && re.is_none_or(|re| re.is_match(s));
    fits.then(|| String::from(s))
}

/// A hand-written `match` on an enum's wire values (the baseline of generated enum parsing),
/// returning the variant's position.
macro_rules! hand_match {
    (user_role) => {
        Some(|s: &str| match s {
            "USER" => Some(0u8),
            "RESOURCE" => Some(1),
            "SYSTEM_USER" => Some(2),
            "REMOTE_USER" => Some(3),
            _ => None,
        })
    };
    (feature_set) => {
        Some(|s: &str| match s {
            "ALL" => Some(0u8),
            "CONSOLIDATED_BILLING" => Some(1),
            _ => None,
        })
    };
    (policy_type) => {
        Some(|s: &str| match s {
            "SERVICE_CONTROL_POLICY" => Some(0u8),
            "RESOURCE_CONTROL_POLICY" => Some(1),
            "TAG_POLICY" => Some(2),
            "BACKUP_POLICY" => Some(3),
            "AISERVICES_OPT_OUT_POLICY" => Some(4),
            "CHATBOT_POLICY" => Some(5),
            "DECLARATIVE_POLICY_EC2" => Some(6),
            "SECURITYHUB_POLICY" => Some(7),
            "INSPECTOR_POLICY" => Some(8),
            "UPGRADE_ROLLOUT_POLICY" => Some(9),
            "BEDROCK_POLICY" => Some(10),
            "S3_POLICY" => Some(11),
            "NETWORK_SECURITY_DIRECTOR_POLICY" => Some(12),
            _ => None,
        })
    };
    (policy_type_status) => {
        Some(|s: &str| match s {
            "ENABLED" => Some(0u8),
            "PENDING_ENABLE" => Some(1),
            "PENDING_DISABLE" => Some(2),
            _ => None,
        })
    };
    ($other:ident) => {
        None::<fn(&str) -> Option<u8>>
    };
}

/// The hand `match` of an enum agrees with its wire values: each gives its own position.
fn check_hand_match(values: Option<&[&str]>, hand: Option<impl Fn(&str) -> Option<u8>>) {
    if let (Some(values), Some(hand)) = (values, hand) {
        for (i, v) in values.iter().enumerate() {
            assert_eq!(hand(v), Some(i as u8), "hand match of {v}");
        }
    }
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

/// One function per shape that draws its corpora, checks every verdict and times it.
macro_rules! shape_benches {
    ($([$id:ident, $t:ty, $kind:ident, $storage:ident, $sensitive:literal])*) => {
        $(
            fn $id(c: &mut Criterion) {
                let shape = <$t>::SHAPE;
                let name = group_name(shape);
                static RE: Lazy<Option<Regex>> = Lazy::new(|| baseline_regex(<$t>::SHAPE));
                let re = RE.as_ref();
                let hand = hand_match!($id);
                check_hand_match(shape.enum_values, hand);
                let corpora = corpora::<$t>(shape);
                for (label, values, expect) in [
                    ("valid", &corpora.valid, Some(true)),
                    ("invalid", &corpora.invalid, Some(false)),
                    ("mixed", &corpora.mixed, None),
                ] {
                    for s in values.iter() {
                        let ours = <$t>::validate(s).is_ok();
                        if let Some(expect) = expect {
                            assert_eq!(ours, expect, "{name} {label} {s:?}");
                        }
                        assert_eq!(s.parse::<$t>().is_ok(), ours, "{name} parse {s:?}");
                        assert_eq!(regex_parse(re, shape, s).is_some(), ours, "{name} regex {s:?}");
                        if let Some(hand) = hand {
                            assert_eq!(hand(s).is_some(), ours, "{name} match {s:?}");
                        }
                    }
                }

                let mut g = c.benchmark_group(&name);
                for (label, values) in [
                    ("valid", &corpora.valid),
                    ("invalid", &corpora.invalid),
                    ("mixed", &corpora.mixed),
                ] {
                    g.throughput(Throughput::Elements(values.len() as u64));
                    g.bench_function(BenchmarkId::new("parse", label), |b| {
                        b.iter(|| {
                            for s in values {
                                let _ = black_box(black_box(s.as_str()).parse::<$t>());
                            }
                        })
                    });
                    g.bench_function(BenchmarkId::new("validate", label), |b| {
                        b.iter(|| {
                            for s in values {
                                let _ = black_box(<$t>::validate(black_box(s.as_str())));
                            }
                        })
                    });
                    g.bench_function(BenchmarkId::new("regex", label), |b| {
                        b.iter(|| {
                            for s in values {
                                black_box(regex_parse(re, shape, black_box(s.as_str())));
                            }
                        })
                    });
                    if let Some(hand) = hand {
                        g.bench_function(BenchmarkId::new("match", label), |b| {
                            b.iter(|| {
                                for s in values {
                                    black_box(hand(black_box(s.as_str())));
                                }
                            })
                        });
                    }
                }
                g.finish();

                let big = huge(&corpora.valid[0]);
                assert!(<$t>::validate(&big).is_err(), "{name} refuses 1 MiB");
                assert!(regex_parse(re, shape, &big).is_none(), "baseline {name} refuses 1 MiB");
                let mut g = c.benchmark_group(format!("huge.{name}"));
                g.bench_function("ours", |b| b.iter(|| { let _ = black_box(<$t>::validate(black_box(&big))); }));
                g.bench_function("regex", |b| {
                    b.iter(|| black_box(regex_parse(re, shape, black_box(&big))))
                });
                g.finish();
            }
        )*

        criterion_group! {
            name = shapes;
            config = config();
            targets = $($id),*
        }
    };
}

for_each_shape!(shape_benches);

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
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(700))
        .nresamples(20_000)
        .without_plots()
}

criterion_group! {
    name = secondary;
    config = config();
    targets = throughput
}

fn main() {
    shapes();
    secondary();
    Criterion::default().configure_from_args().final_summary();
}
