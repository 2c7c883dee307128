//! The `--shape NAME VALUE` and `--samples` modes: single values checked against one shape.

use std::process::ExitCode;

use org_shapes::{Shape, SHAPES};

/// The samples of every shape, in the registry's order: a string shape's declared `EXAMPLES`
/// (one value it accepts, a close one it refuses), an enum's first wire value and the same
/// value lowercased (wire values are upper case and compared exactly).
fn samples() -> Vec<(&'static Shape, String, String)> {
    macro_rules! samples {
        ($([$id:ident, $t:ty, $kind:ident, $($rest:tt)*])*) => {
            vec![$(samples!(@one $kind, $t)),*]
        };
        (@one string, $t:ty) => {{
            let [valid, invalid] = <$t>::EXAMPLES;
            (<$t>::SHAPE, valid.to_string(), invalid.to_string())
        }};
        (@one enum, $t:ty) => {{
            let valid = <$t>::VALUES.first().copied().unwrap_or_default();
            (<$t>::SHAPE, valid.to_string(), valid.to_ascii_lowercase())
        }};
    }
    org_shapes::for_each_shape!(samples)
}

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
                "validate: unknown or ambiguous shape \"{}\"; shapes: {}",
                org_shapes::violation::Excerpt::new(name),
                names()
            );
            ExitCode::from(2)
        }
    }
}

/// `--samples`: a valid and an invalid value of every shape, in the registry's order, with
/// their verdicts. A sample that does not get the verdict it was declared with makes the run
/// fail (status 2).
pub fn check_samples() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    let samples = samples();
    let mut accepted = 0usize;
    for (shape, valid, invalid) in &samples {
        for (value, expected) in [(valid, true), (invalid, false)] {
            let verdict = report(shape, value);
            accepted += usize::from(verdict);
            if verdict != expected {
                eprintln!(
                    "validate: the {} sample of {} got the other verdict",
                    if expected { "valid" } else { "invalid" },
                    shape.type_name
                );
                status = ExitCode::from(2);
            }
        }
    }
    println!(
        "\n{} samples of {} shapes, {} valid, {} invalid",
        2 * samples.len(),
        samples.len(),
        accepted,
        2 * samples.len() - accepted
    );
    status
}
