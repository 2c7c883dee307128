//! Whole request bodies: what validation adds to reading them.
//!
//! Run with `cargo bench -p org-shapes-benches --bench requests`. For a realistic, valid
//! WorkMail `CreateOrganization` body (directory, client token, three domains, KMS key) and
//! `CreateUser` body (password, names, role), side by side in each group:
//!
//! - `plain`: `serde_json::from_str` into a `#[derive(Deserialize)]` struct of `String`s,
//!   `Option`s and `bool`s that checks nothing (the baseline, written here);
//! - `typed`: `serde_json::from_str` into the typed request (reads the `…Input`, validates it,
//!   builds the checked values);
//! - `input_validate`: `serde_json::from_str` into the `…Input`, then `validate()`;
//! - `input_only`: `serde_json::from_str` into the `…Input` alone (where the time goes).
//!
//! The ratio that matters is `typed` over `plain`: what validating adds to reading.
//!
//! `ORG_SHAPES_COUNT=<group>/<way>` turns the binary into a loop for instruction counts (see
//! `main` and `scripts/count_requests.sh`).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, Criterion, Throughput};
use org_shapes::workmail::{
    CreateOrganizationInput, CreateOrganizationRequest, CreateUserInput, CreateUserRequest,
};
use serde::Deserialize;

const CREATE_ORGANIZATION: &str = r#"{
  "DirectoryId": "d-9067a1b2c3",
  "Alias": "acme-corp",
  "ClientToken": "6f1c8e9a-4b2d-4e5f-9a7b-1c2d3e4f5a6b",
  "Domains": [
    {"DomainName": "acme-corp.example", "HostedZoneId": "Z0123456789ABCDEFGHIJ"},
    {"DomainName": "mail.acme-corp.example"},
    {"DomainName": "acme.example.org", "HostedZoneId": "Z3AADJGX6KTTL2"}
  ],
  "KmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}"#;

const CREATE_USER: &str = r#"{
  "OrganizationId": "m-0123456789abcdef0123456789abcdef",
  "Name": "jane.doe",
  "DisplayName": "Jane Doe",
  "Password": "Correct-Horse-Battery-7",
  "Role": "USER",
  "FirstName": "Jane",
  "LastName": "Doe",
  "HiddenFromGlobalAddressList": false
}"#;

/// The baseline: the body's members with their wire names, nothing checked.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)] // read only by black_box
struct PlainCreateOrganization {
    directory_id: Option<String>,
    alias: String,
    client_token: Option<String>,
    domains: Option<Vec<PlainDomain>>,
    kms_key_arn: Option<String>,
    enable_interoperability: Option<bool>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct PlainDomain {
    domain_name: String,
    hosted_zone_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct PlainCreateUser {
    organization_id: String,
    name: String,
    display_name: String,
    password: Option<String>,
    role: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    hidden_from_global_address_list: Option<bool>,
    identity_provider_user_id: Option<String>,
}

/// One way of reading a body; true when it was read (and, for ours, found valid).
type Read = fn(&str) -> bool;

/// The ways each group compares, in the order the README's table shows them.
const WAYS: [(&str, &str, Read); 8] = [
    ("workmail.CreateOrganization", "plain", |s| {
        serde_json::from_str::<PlainCreateOrganization>(s).is_ok()
    }),
    ("workmail.CreateOrganization", "typed", |s| {
        serde_json::from_str::<CreateOrganizationRequest>(s).is_ok()
    }),
    ("workmail.CreateOrganization", "input_validate", |s| {
        serde_json::from_str::<CreateOrganizationInput>(s).is_ok_and(|i| i.validate().is_ok())
    }),
    ("workmail.CreateOrganization", "input_only", |s| {
        serde_json::from_str::<CreateOrganizationInput>(s).is_ok()
    }),
    ("workmail.CreateUser", "plain", |s| {
        serde_json::from_str::<PlainCreateUser>(s).is_ok()
    }),
    ("workmail.CreateUser", "typed", |s| {
        serde_json::from_str::<CreateUserRequest>(s).is_ok()
    }),
    ("workmail.CreateUser", "input_validate", |s| {
        serde_json::from_str::<CreateUserInput>(s).is_ok_and(|i| i.validate().is_ok())
    }),
    ("workmail.CreateUser", "input_only", |s| {
        serde_json::from_str::<CreateUserInput>(s).is_ok()
    }),
];

fn body(group: &str) -> &'static str {
    if group == "workmail.CreateUser" {
        CREATE_USER
    } else {
        CREATE_ORGANIZATION
    }
}

fn requests(c: &mut Criterion) {
    for group in ["workmail.CreateOrganization", "workmail.CreateUser"] {
        let body = body(group);
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(body.len() as u64));
        for (_, name, read) in WAYS.iter().filter(|w| w.0 == group) {
            assert!(read(body), "{group}/{name} refuses the body");
            g.bench_function(*name, |b| b.iter(|| read(black_box(body))));
        }
        g.finish();
    }
}

fn config() -> Criterion {
    // Three seconds per function: these run for hundreds of nanoseconds and allocate, and
    // shorter runs moved by a third from one run to the next on a shared machine.
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .nresamples(20_000)
        .without_plots()
}

criterion_group! {
    name = benches;
    config = config();
    targets = requests
}

/// With `ORG_SHAPES_COUNT=<group>/<way>` set, reads that body 10,000 times and exits, for an
/// instruction count under `valgrind --tool=callgrind` (deterministic where wall-clock time on
/// a shared machine is not; `scripts/count_requests.sh` runs them all). `none` runs no way at
/// all, which gives the count of everything else; any other name fails (exit 2). Without it:
/// criterion.
fn main() {
    if let Ok(which) = std::env::var("ORG_SHAPES_COUNT") {
        let mut ran = which == "none";
        for (group, name, read) in WAYS {
            if which == format!("{group}/{name}") {
                ran = true;
                let body = body(group);
                for _ in 0..10_000 {
                    black_box(read(black_box(body)));
                }
            }
        }
        if !ran {
            eprintln!("requests: no way is named {which:?} (none counts the rest alone)");
            std::process::exit(2);
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
