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
    // 257 chars, one more than the model allows.
    ("UserAttribute", "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"),
    ("Password", "Correct-Horse-7"),
    ("Password", "tab\there"),
    (
        "IdentityProviderUserId",
        "1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
    ),
    ("IdentityProviderUserId", "4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d"),
    ("UserId", "S-1-1-11-1111111111-2222222222-3333333333-3333"),
    ("UserId", "too-short"),
    ("UserRole", "REMOTE_USER"),
    ("UserRole", "user"),
    ("FeatureSet", "CONSOLIDATED_BILLING"),
    ("FeatureSet", "all"),
    ("organizations::OrganizationId", "o-a1b2c3d4e5"),
    ("organizations::OrganizationId", "o-a1b2"),
    (
        "OrganizationArn",
        "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
    ),
    (
        "OrganizationArn",
        "arn:aws-cn:organizations::111122223333:organization/o-a1b2c3d4e5",
    ),
    (
        "AccountArn",
        "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
    ),
    (
        "AccountArn",
        "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/44445555666",
    ),
    ("AccountId", "111122223333"),
    ("AccountId", "١١١١٢٢٢٢٣٣٣٣"),
    ("Email", "admin@example.com"),
    ("Email", "admin@localhost"),
    ("PolicyType", "SERVICE_CONTROL_POLICY"),
    ("PolicyType", "QUANTUM_POLICY"),
    ("PolicyTypeStatus", "ENABLED"),
    ("PolicyTypeStatus", "Enabled"),
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
    // The crate's own excerpt: cut at 64 bytes on a char boundary, control chars escaped.
    let shown = if shape.sensitive {
        "<sensitive>".to_string()
    } else {
        format!("'{}'", org_shapes::violation::Excerpt::new(value))
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

/// `--samples`: the bundled values of every shape, in the registry's order, with their
/// verdicts. Each shape has at least one valid and one invalid sample; a shape of the registry
/// without both, or a sample naming no shape, is reported and makes the run fail (status 2),
/// so the list cannot fall behind the registry unnoticed.
pub fn check_samples() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for (name, _) in SAMPLES {
        if find(name).is_none() {
            eprintln!("validate: sample of unknown shape {name:?}");
            status = ExitCode::from(2);
        }
    }
    let (mut valid, mut invalid) = (0usize, 0usize);
    for shape in SHAPES {
        let (mut ok, mut refused) = (0usize, 0usize);
        for (_, value) in SAMPLES
            .iter()
            .filter(|(name, _)| find(name) == Some(*shape))
        {
            if report(shape, value) {
                ok += 1;
            } else {
                refused += 1;
            }
        }
        if ok == 0 || refused == 0 {
            eprintln!(
                "validate: {} needs a valid and an invalid sample ({ok} valid, {refused} invalid)",
                shape.type_name
            );
            status = ExitCode::from(2);
        }
        valid += ok;
        invalid += refused;
    }
    println!(
        "\n{} samples of {} shapes, {valid} valid, {invalid} invalid",
        valid + invalid,
        SHAPES.len()
    );
    status
}
