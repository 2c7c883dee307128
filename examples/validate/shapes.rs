//! The `--shape NAME VALUE` and `--samples` modes: single values checked against one shape.

use std::process::ExitCode;

use org_shapes::{Shape, SHAPES};

/// Bundled samples: (shape, value), valid and invalid ones.
const SAMPLES: &[(&str, &str)] = &[
    ("OrgAlias", "acme-corp"),
    ("OrgAlias", "D-acme"),
    ("OrgAlias", "d-acme"),
    ("OrgAlias", "acme_corp"),
    ("DirectoryId", "d-0123456789"),
    ("DirectoryId", "d-012345678G"),
    ("ClientToken", "c0ffee-retry-1"),
    ("ClientToken", "has space"),
    ("DomainName", "mail.example.com"),
    ("DomainName", "ex"),
    ("HostedZoneId", "Z0123456789ABCDEFGHIJ"),
    ("HostedZoneId", "/hostedzone/Z01"),
    (
        "KmsKeyArn",
        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    ),
    ("KmsKeyArn", "arn:aws:kms:us-east-1::key/1234"),
    (
        "workmail::OrganizationId",
        "m-0123456789abcdef0123456789abcdef",
    ),
    (
        "workmail::OrganizationId",
        "m-0123456789ABCDEF0123456789ABCDEF",
    ),
    ("UserName", "jane.doe@example.com"),
    ("UserName", "jane doe"),
    ("UserAttribute", "Zoë Ångström"),
    ("Password", "Correct-Horse-7"),
    ("Password", "tab\there"),
    (
        "IdentityProviderUserId",
        "1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
    ),
    ("IdentityProviderUserId", "4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d"),
    ("UserId", "S-1-1-11-1111111111-2222222222-3333333333-3333"),
    ("UserRole", "REMOTE_USER"),
    ("UserRole", "user"),
    ("FeatureSet", "CONSOLIDATED_BILLING"),
    ("organizations::OrganizationId", "o-a1b2c3d4e5"),
    ("organizations::OrganizationId", "o-a1b2"),
    (
        "OrganizationArn",
        "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
    ),
    (
        "AccountArn",
        "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
    ),
    ("AccountId", "111122223333"),
    ("AccountId", "١١١١٢٢٢٢٣٣٣٣"),
    ("Email", "admin@example.com"),
    ("Email", "admin@localhost"),
    ("PolicyType", "SERVICE_CONTROL_POLICY"),
    ("PolicyTypeStatus", "ENABLED"),
];

/// The shape called `name` (case-insensitive), among every shape of the crate. A name two
/// services share (`OrganizationId`) finds nothing: it must be given with its service,
/// `workmail::OrganizationId`.
fn find(name: &str) -> Option<&'static Shape> {
    let mut found = SHAPES.iter().copied().filter(|shape| {
        shape.type_name.eq_ignore_ascii_case(name)
            || shape
                .type_name
                .rsplit("::")
                .next()
                .is_some_and(|short| short.eq_ignore_ascii_case(name))
    });
    match (found.next(), found.next()) {
        (Some(shape), None) => Some(shape),
        _ => None,
    }
}

/// Prints the verdict for one value; returns whether it was valid. Values of shapes the model
/// marks sensitive are never printed.
fn report(shape: &Shape, value: &str) -> bool {
    let shown = if shape.sensitive {
        "<sensitive>".to_string()
    } else if value.chars().count() > 60 {
        format!("{:?}…", value.chars().take(60).collect::<String>())
    } else {
        format!("{value:?}")
    };
    match (shape.validate)(value) {
        Ok(()) => {
            println!("valid    {:<30} {shown}", shape.type_name);
            true
        }
        Err(e) => {
            println!("invalid  {:<30} {shown}\n         {e}", shape.type_name);
            false
        }
    }
}

/// The names `--shape` accepts.
pub fn names() -> String {
    SHAPES
        .iter()
        .map(|shape| shape.type_name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `--shape NAME VALUE`: 0 valid, 1 invalid, 2 unknown shape.
pub fn check_one(name: &str, value: &str) -> ExitCode {
    match find(name) {
        Some(shape) if report(shape, value) => ExitCode::SUCCESS,
        Some(_) => ExitCode::from(1),
        None => {
            eprintln!(
                "validate: unknown or ambiguous shape {name:?}; shapes: {}",
                names()
            );
            ExitCode::from(2)
        }
    }
}

/// `--samples`: every bundled value with its verdict. The samples include invalid values on
/// purpose, so the run succeeds whatever the verdicts.
pub fn check_samples() -> ExitCode {
    let mut invalid = 0usize;
    for (name, value) in SAMPLES {
        let Some(shape) = find(name) else { continue };
        if !report(shape, value) {
            invalid += 1;
        }
    }
    println!(
        "\n{} samples, {} valid, {} invalid",
        SAMPLES.len(),
        SAMPLES.len() - invalid,
        invalid
    );
    ExitCode::SUCCESS
}
