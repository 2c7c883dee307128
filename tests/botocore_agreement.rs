//! botocore agreement: every request that botocore's client-side validator refuses, org-shapes
//! refuses too. The verdicts were recorded by `scripts/botocore_verdicts.py` into
//! `tests/data/botocore_verdicts.json` (no Python needed here); each case's params are read as
//! the operation's `…Input`, exactly as a service would read the body, and validated.
//!
//! botocore's complaints about a Python `None` have no wire form (JSON `null` means absent, as
//! the AWS JSON protocols say), so a case whose only complaints are about `None` values is
//! skipped, and counted. The opposite direction is reported, not asserted: botocore checks
//! only presence, Python types and minimum lengths, so it accepts many requests that break a
//! maximum length, a pattern or an enum.
//!
//! `cargo test --test botocore_agreement -- --nocapture` prints the counts.

#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::organizations::CreateOrganizationInput as OrganizationsCreateOrganizationInput;
use org_shapes::workmail::{CreateOrganizationInput, CreateUserInput};
use org_shapes::Violations;
use serde_json::Value;

/// What one operation's cases gave.
#[derive(Debug, Default)]
struct Tally {
    /// Refused by botocore, refused here.
    both_refuse: usize,
    /// Refused by botocore only for `None` values: not expressible on the wire, skipped.
    none_only: usize,
    /// Accepted by both.
    both_accept: usize,
    /// Accepted by botocore, refused here (max length, pattern, enum, cross-member rules).
    stricter: usize,
    /// Refused by botocore and accepted here, other than for `None`: each one is a failure.
    missed: Vec<String>,
}

/// Whether every complaint in botocore's report is about a `None` value.
fn only_none_complaints(report: &str) -> bool {
    let mut lines = report.lines().peekable();
    lines.peek().is_some() && lines.all(|l| l.contains("value: None, type: <class 'NoneType'>"))
}

/// Runs every case of `operation` through `validate` (the params JSON read as the `…Input`).
fn agree(operation: &str, validate: impl Fn(Value) -> Result<(), Violations>) -> Tally {
    let data: Value = serde_json::from_str(include_str!("data/botocore_verdicts.json")).unwrap();
    let mut tally = Tally::default();
    for case in data["cases"].as_array().unwrap() {
        if case["operation"] != operation {
            continue;
        }
        let name = case["case"].as_str().unwrap();
        let report = case["botocore_report"].as_str().unwrap();
        let ours = validate(case["params"].clone());
        match (case["botocore_rejects"].as_bool().unwrap(), &ours) {
            (true, _) if only_none_complaints(report) => tally.none_only += 1,
            (true, Err(_)) => tally.both_refuse += 1,
            (true, Ok(())) => tally.missed.push(format!("{name}: botocore says {report}")),
            (false, Ok(())) => tally.both_accept += 1,
            (false, Err(v)) => {
                // Handwritten valid cases must pass here as well.
                assert!(!name.starts_with("hand/valid"), "{name}: {v}");
                tally.stricter += 1;
            }
        }
    }
    println!("{operation}: {tally:?}");
    assert!(tally.missed.is_empty(), "{operation}: {:#?}", tally.missed);
    tally
}

#[test]
fn workmail_create_organization() {
    let tally = agree("workmail.CreateOrganization", |params| {
        let input: CreateOrganizationInput = serde_json::from_value(params).unwrap();
        input.validate().map(drop)
    });
    // The data holds 297 refused cases; a drop means the data or the reading changed.
    assert!(tally.both_refuse > 250, "only {} cases", tally.both_refuse);
    assert!(tally.none_only < 20, "{} cases skipped", tally.none_only);
    assert!(tally.stricter > 0 && tally.both_accept > 0, "{tally:?}");
}

#[test]
fn workmail_create_user() {
    let tally = agree("workmail.CreateUser", |params| {
        let input: CreateUserInput = serde_json::from_value(params).unwrap();
        input.validate().map(drop)
    });
    assert!(tally.both_refuse > 240, "only {} cases", tally.both_refuse);
    assert!(tally.none_only < 12, "{} cases skipped", tally.none_only);
    assert!(tally.stricter > 0 && tally.both_accept > 0, "{tally:?}");
}

#[test]
fn organizations_create_organization() {
    let tally = agree("organizations.CreateOrganization", |params| {
        let input: OrganizationsCreateOrganizationInput = serde_json::from_value(params).unwrap();
        input.validate().map(drop)
    });
    assert!(tally.both_refuse > 15, "only {} cases", tally.both_refuse);
    assert!(tally.none_only < 5, "{} cases skipped", tally.none_only);
    assert!(tally.stricter > 0 && tally.both_accept > 0, "{tally:?}");
}
