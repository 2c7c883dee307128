//! What the check of one body found, and its two renderings: text for people, one JSON object
//! per body (JSON Lines) for pipelines.

use std::io::{self, Write};

use org_shapes::{Violation, Violations};
use serde::Serialize;

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
    /// message AWS would send then each violation with its JSON pointer and explanation.
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

    /// Writes the report as one line of JSON (see [`JsonReport`]).
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        let (verdict, violations, summary, message, error) = match &self.outcome {
            Outcome::Valid(summary) => ("valid", Vec::new(), Some(summary.as_str()), None, None),
            Outcome::Invalid(violations) => (
                "invalid",
                violations.iter().map(JsonViolation::new).collect(),
                None,
                Some(violations.to_string()),
                None,
            ),
            Outcome::Unusable(problem) => ("error", Vec::new(), None, None, Some(problem.as_str())),
        };
        let report = JsonReport {
            file: &self.label,
            operation: self.operation.map(|(op, _)| op.name()),
            verdict,
            violations,
            message,
            summary,
            error,
            notes: &self.notes,
        };
        serde_json::to_writer(&mut *out, &report).map_err(io::Error::from)?;
        writeln!(out)
    }
}

/// The message AWS would send, then one line per violation where it is, each followed by its
/// explanation.
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
        writeln!(out, "  {:<width$}  why: {}", "", v.explanation())?;
    }
    Ok(())
}

/// One line of `--format json`.
#[derive(Serialize)]
struct JsonReport<'a> {
    /// The path as given (lossy when not UTF-8), or `<stdin>`.
    file: &'a str,
    /// `null` when the operation could not be told.
    operation: Option<&'static str>,
    /// `valid`, `invalid` or `error`.
    verdict: &'static str,
    /// Every violation, in the order of the message.
    violations: Vec<JsonViolation>,
    /// The message AWS would send, for an invalid body.
    message: Option<String>,
    /// A summary of a valid request.
    summary: Option<&'a str>,
    /// Why the body could not be checked, for the verdict `error`.
    error: Option<&'a str>,
    notes: &'a [String],
}

#[derive(Serialize)]
struct JsonViolation {
    json_pointer: String,
    aws_path: String,
    aws_text: String,
    explanation: String,
}

impl JsonViolation {
    fn new(v: &Violation) -> JsonViolation {
        JsonViolation {
            json_pointer: v.path().json_pointer().to_string(),
            aws_path: v.path().aws_classic().to_string(),
            aws_text: v.to_string(),
            explanation: v.explanation().to_string(),
        }
    }
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
