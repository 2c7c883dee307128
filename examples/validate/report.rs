//! What the check of one body found, and how it is written.

use std::io::{self, Write};

use org_shapes::Violations;

use crate::read::Unusable;
use crate::Operation;

/// The verdict on one body.
pub enum Outcome {
    /// Valid, with a one-line summary of the request.
    Valid(String),
    Invalid(Violations),
    /// The body could not be checked.
    Unusable(Unusable),
}

impl Outcome {
    /// The exit status this outcome asks for: 0 valid, 1 invalid, 2 unusable.
    pub fn status(&self) -> u8 {
        match self {
            Outcome::Valid(_) => 0,
            Outcome::Invalid(_) => 1,
            Outcome::Unusable(_) => 2,
        }
    }
}

/// The check of one body.
pub struct Report {
    pub label: String,
    /// The operation, and whether it was recognized from the body's members.
    pub operation: Option<(Operation, bool)>,
    /// Remarks that do not change the verdict (a skipped byte order mark).
    pub notes: Vec<String>,
    pub outcome: Outcome,
}

impl Report {
    /// Writes the report as text: the operation, the verdict, and for an invalid body the
    /// message AWS would send then each violation with its JSON pointer.
    /// Notes go to stderr; so does the problem of an unusable body, unless
    /// `problem_to_stdout`.
    pub fn write_text(&self, out: &mut dyn Write, problem_to_stdout: bool) -> io::Result<()> {
        for note in &self.notes {
            warn(&format!("note: {}", printable(note)));
        }
        if let Some((operation, recognized)) = self.operation {
            let how = if recognized {
                " (recognized from its members)"
            } else {
                ""
            };
            writeln!(out, "{}: {}{how}", printable(&self.label), operation.name())?;
        }
        match &self.outcome {
            Outcome::Valid(summary) => writeln!(out, "valid: {summary}"),
            Outcome::Invalid(violations) => write_violations(out, violations),
            Outcome::Unusable(problem) if problem_to_stdout => {
                writeln!(out, "{}", printable(problem))
            }
            Outcome::Unusable(problem) => {
                warn(&printable(problem));
                Ok(())
            }
        }
    }
}

/// The message AWS would send, then one line per violation where it is.
fn write_violations(out: &mut dyn Write, violations: &Violations) -> io::Result<()> {
    writeln!(out, "invalid: {violations}")?;
    let pointers: Vec<String> = violations
        .iter()
        .map(|v| printable(&v.path().json_pointer().to_string()))
        .collect();
    let width = pointers
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    for (pointer, v) in pointers.iter().zip(violations) {
        writeln!(out, "  {pointer:<width$}  {v}")?;
    }
    Ok(())
}

/// Writes a diagnostic to stderr, prefixed with the tool's name. A stderr that cannot be
/// written to is ignored: the exit status still says the verdict.
pub fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "validate: {message}");
}

/// `text` with control chars (C0, C1, U+2028, U+2029) escaped, so that a file name or a
/// member name cannot break the line it is printed in.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}
