//! Whole request bodies: what validation adds to reading them.
//!
//! Run with `cargo bench --bench requests`. For a realistic, valid WorkMail `CreateOrganization`
//! body (directory, client token, three domains, KMS key) and `CreateUser` body (password,
//! names, role), side by side in each group:
//!
//! - `plain`: `serde_json::from_str` into a `#[derive(Deserialize)]` struct of `String`s,
//!   `Option`s and `bool`s that checks nothing (the baseline, written here);
//! - `typed`: `serde_json::from_str` into the typed request (reads the `…Input`, validates it,
//!   builds the checked values);
//! - `input_validate`: `serde_json::from_str` into the `…Input`, then `validate()`;
//! - `input_only`: `serde_json::from_str` into the `…Input` alone (where the time goes).
//!
//! The target is `typed` at most 1.25 times `plain`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
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

fn create_organization(c: &mut Criterion) {
    let body = CREATE_ORGANIZATION;
    assert!(serde_json::from_str::<CreateOrganizationRequest>(body).is_ok());
    let mut g = c.benchmark_group("workmail.CreateOrganization");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("plain", |b| {
        b.iter(|| serde_json::from_str::<PlainCreateOrganization>(black_box(body)).ok())
    });
    g.bench_function("typed", |b| {
        b.iter(|| serde_json::from_str::<CreateOrganizationRequest>(black_box(body)).ok())
    });
    g.bench_function("input_validate", |b| {
        b.iter(|| {
            serde_json::from_str::<CreateOrganizationInput>(black_box(body))
                .ok()
                .map(|i| i.validate().ok())
        })
    });
    g.bench_function("input_only", |b| {
        b.iter(|| serde_json::from_str::<CreateOrganizationInput>(black_box(body)).ok())
    });
    g.finish();
}

fn create_user(c: &mut Criterion) {
    let body = CREATE_USER;
    assert!(serde_json::from_str::<CreateUserRequest>(body).is_ok());
    let mut g = c.benchmark_group("workmail.CreateUser");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("plain", |b| {
        b.iter(|| serde_json::from_str::<PlainCreateUser>(black_box(body)).ok())
    });
    g.bench_function("typed", |b| {
        b.iter(|| serde_json::from_str::<CreateUserRequest>(black_box(body)).ok())
    });
    g.bench_function("input_validate", |b| {
        b.iter(|| {
            serde_json::from_str::<CreateUserInput>(black_box(body))
                .ok()
                .map(|i| i.validate().ok())
        })
    });
    g.bench_function("input_only", |b| {
        b.iter(|| serde_json::from_str::<CreateUserInput>(black_box(body)).ok())
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
    targets = create_organization, create_user
}
criterion_main!(benches);
