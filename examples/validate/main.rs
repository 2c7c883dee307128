//! Validates AWS request bodies with org-shapes: every violation at once, in the words AWS uses,
//! each with its JSON pointer and a plain-language explanation.
//!
//! ```text
//! cargo run --example validate                        # the bundled bodies in examples/requests/
//! cargo run --example validate -- BODY.json           # one body; its operation is recognized
//! cargo run --example validate -- --operation workmail.CreateUser BODY.json
//! cargo run --example validate -- - < BODY.json       # the body from stdin
//! cargo run --example validate -- a.json bodies/      # several: files, and directories
//! cargo run --example validate -- --format json bodies/   # one JSON object per body
//! cargo run --example validate -- --shape OrgAlias acme-corp   # one value of one shape
//! cargo run --example validate -- --samples           # bundled values of every shape
//! ```
//!
//! The operations are `workmail.CreateOrganization`, `workmail.CreateUser` and
//! `organizations.CreateOrganization`. Without `--operation`, the body's members name it: they
//! must all belong to one operation, apart from unknown ones (`Alias` and a misspelt `Alais`
//! make a WorkMail CreateOrganization request). `{}` is read as Organizations
//! CreateOrganization, the only operation without a required member.
//!
//! Inputs:
//! - a directory stands for the `*.json` files directly in it, sorted by name; its
//!   subdirectories are not searched (a tree is a job for `find`), and a directory without
//!   `*.json` files is an unusable input;
//! - file names that are not UTF-8 are read, and shown with U+FFFD for the bytes that are not;
//! - a body larger than `--max-bytes` (default 1 MiB, see [`read::DEFAULT_MAX_BYTES`]) is
//!   refused unread: a file by its size, stdin or a pipe after one byte past the limit;
//! - a UTF-8 byte order mark at the start of a body is skipped, with a note;
//! - a body that is not JSON is refused with the line and column (in chars, from 1) of the
//!   fault, what was expected and what was found; nothing inside a string is quoted.
//!
//! Output: `--format text` (the default) prints, per body, its operation, then `valid: ` and a
//! summary, or `invalid: ` and the message AWS would send followed by each violation with its
//! JSON pointer and a `why: ` line that explains it; notes and unusable inputs go to stderr;
//! several bodies end with a count. `--format json` prints one JSON object per body and line
//! (JSON Lines): `file`, `operation` (or `null`), `verdict` (`valid`, `invalid` or `error`),
//! `violations` (each with `json_pointer`, `aws_path`, `aws_text` and `explanation`),
//! `message` (the AWS message, when invalid), `summary` (when valid), `error` (why the body
//! could not be checked) and `notes`.
//!
//! Exit status:
//! - bodies (or `--shape`): 0 valid, 1 invalid, 2 when a body cannot be read, is too large, is
//!   not JSON or not a JSON object, its operation cannot be told, or the command line is wrong;
//!   with several bodies, the worst of them (2 over 1 over 0);
//! - no argument: 0 when every bundled body gets the verdict its file name announces
//!   (`…-valid.json` or `…-invalid.json`; the name starts with the operation, e.g.
//!   `workmail-create-user-`), 1 otherwise;
//! - `--samples`: 0 when every sample gets the verdict it was declared with (the samples
//!   include invalid values on purpose), 2 otherwise.
//!
//! Sensitive members (passwords, names) are never printed: the library's messages leave their
//! values out, the summary of a valid request only says whether they are set, and nothing of
//! the input is echoed besides what the library's messages show (bounded excerpts) and, in a
//! JSON syntax error, the one char found outside any string.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use org_shapes::workmail::{self as w, Encryption, UserDirectory};
use org_shapes::{organizations as o, Context, Validate, Violations};

use read::{Input, Source, Unusable};
use report::{warn, Outcome, Report};

mod read;
mod report;
mod shapes;
mod syntax;

/// The three operations whose requests the crate checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    WorkMailCreateOrganization,
    WorkMailCreateUser,
    OrganizationsCreateOrganization,
}

impl Operation {
    const ALL: [Operation; 3] = [
        Operation::WorkMailCreateOrganization,
        Operation::WorkMailCreateUser,
        Operation::OrganizationsCreateOrganization,
    ];

    /// The name `--operation` takes.
    fn name(self) -> &'static str {
        match self {
            Operation::WorkMailCreateOrganization => "workmail.CreateOrganization",
            Operation::WorkMailCreateUser => "workmail.CreateUser",
            Operation::OrganizationsCreateOrganization => "organizations.CreateOrganization",
        }
    }

    /// How the names of bundled bodies start.
    fn file_prefix(self) -> &'static str {
        match self {
            Operation::WorkMailCreateOrganization => "workmail-create-organization-",
            Operation::WorkMailCreateUser => "workmail-create-user-",
            Operation::OrganizationsCreateOrganization => "organizations-create-organization-",
        }
    }

    /// The wire names of the request's members, as the crate declares them.
    fn members(self) -> &'static [&'static str] {
        match self {
            Operation::WorkMailCreateOrganization => w::CreateOrganizationInput::MEMBERS,
            Operation::WorkMailCreateUser => w::CreateUserInput::MEMBERS,
            Operation::OrganizationsCreateOrganization => o::CreateOrganizationInput::MEMBERS,
        }
    }

    fn from_name(name: &str) -> Option<Operation> {
        Operation::ALL
            .into_iter()
            .find(|op| op.name().eq_ignore_ascii_case(name))
    }

    /// The operation whose members `body` uses.
    fn recognize(members: &[String]) -> Result<Operation, String> {
        if members.is_empty() {
            return Ok(Operation::OrganizationsCreateOrganization);
        }
        let candidates: Vec<Operation> = Operation::ALL
            .into_iter()
            .filter(|op| members.iter().any(|m| op.members().contains(&m.as_str())))
            .collect();
        match candidates.as_slice() {
            [op] => Ok(*op),
            [] => Err("none of its members belongs to a known operation".into()),
            several => Err(format!(
                "its members belong to {}",
                several
                    .iter()
                    .map(|op| op.name())
                    .collect::<Vec<_>>()
                    .join(" and ")
            )),
        }
    }

    /// Reads the body as this operation's `…Input` with the crate's JSON reader (which fails
    /// only on malformed JSON, whatever the numbers) and validates it in `context`.
    /// `Ok(summary)` when the request is valid.
    fn validate(
        self,
        json: &str,
        context: &Context<'_>,
    ) -> Result<Result<String, Violations>, org_shapes::json::Error> {
        use org_shapes::json::from_str;
        Ok(match self {
            Operation::WorkMailCreateOrganization => from_str::<w::CreateOrganizationInput>(json)?
                .validate_with(context)
                .map(|r| describe_workmail_organization(&r)),
            Operation::WorkMailCreateUser => from_str::<w::CreateUserInput>(json)?
                .validate_with(context)
                .map(|r| describe_user(&r)),
            Operation::OrganizationsCreateOrganization => {
                from_str::<o::CreateOrganizationInput>(json)?
                    .validate_with(context)
                    .map(|r| describe_organization(&r))
            }
        })
    }
}

/// One line about a valid WorkMail organization request.
fn describe_workmail_organization(r: &w::CreateOrganizationRequest) -> String {
    let directory = match r.directory() {
        UserDirectory::NewWorkMailDirectory => "a new WorkMail directory".to_string(),
        UserDirectory::Existing(id) => format!("directory {id}"),
        UserDirectory::AdConnectorWithInteroperability(id) => {
            format!("AD Connector {id} with interoperability")
        }
    };
    let domains: Vec<&str> = r
        .domains()
        .iter()
        .map(|d| d.domain_name().as_str())
        .collect();
    let domains = if domains.is_empty() {
        "only the free test domain".to_string()
    } else {
        format!("domains {}", domains.join(", "))
    };
    let key = match r.encryption() {
        Encryption::WorkMailManagedKey => "the WorkMail-managed key",
        Encryption::CustomerManagedKey(_) => "a customer managed KMS key",
    };
    format!(
        "organization {} with {directory}, {domains}, {key}",
        r.alias()
    )
}

/// One line about a valid user request: the display name, names and password stay hidden.
fn describe_user(r: &w::CreateUserRequest) -> String {
    let role = match r.role() {
        Some(role) => role.to_string(),
        None => format!("{} (by default)", r.effective_role()),
    };
    let password = match (r.password(), r.check_password_policy()) {
        (None, _) => "no password".to_string(),
        (Some(_), Ok(())) => "a password that meets the WorkMail policy".to_string(),
        (Some(_), Err(e)) => format!("a password WorkMail would refuse ({e})"),
    };
    format!(
        "user {} in {}, role {role}, {password}",
        r.name(),
        r.organization_id()
    )
}

/// One line about a valid Organizations request.
fn describe_organization(r: &o::CreateOrganizationRequest) -> String {
    match r.feature_set {
        Some(f) => format!("organization with feature set {f}"),
        None => format!(
            "organization with feature set {} (by default)",
            r.effective_feature_set()
        ),
    }
}

/// Checks one body: reads it (see [`read::body`]), tells its operation and validates it.
fn check(input: &Input, operation: Option<Operation>, settings: Settings) -> Report {
    let mut report = Report {
        label: input.label.clone(),
        operation: None,
        notes: Vec::new(),
        outcome: Outcome::Unusable(String::new()),
    };
    report.outcome = match check_body(input, operation, settings, &mut report) {
        Ok(outcome) => outcome,
        Err(problem) => Outcome::Unusable(problem),
    };
    report
}

fn check_body(
    input: &Input,
    operation: Option<Operation>,
    settings: Settings,
    report: &mut Report,
) -> Result<Outcome, Unusable> {
    let label = &input.label;
    let body = read::body(input, settings.max_bytes, &mut report.notes)?;
    let operation = match operation {
        Some(op) => (op, false),
        None => match Operation::recognize(&body.members) {
            Ok(op) => (op, true),
            Err(why) => {
                return Err(format!(
                    "cannot tell the operation of {label}: {why}; name it with --operation {}",
                    Operation::ALL.map(Operation::name).join("|")
                ))
            }
        },
    };
    report.operation = Some(operation);
    let name = operation.0.name();
    let context = if settings.password_policy {
        Context::new().with_password_policy()
    } else {
        Context::new()
    };
    let verdict = operation
        .0
        .validate(&body.text, &context)
        .map_err(|e| format!("{label} is not a {name} body: {e}"))?;
    Ok(match verdict {
        Ok(summary) => Outcome::Valid(summary),
        Err(violations) => Outcome::Invalid(violations),
    })
}

/// Checks every body in `examples/requests/` against the verdict its name announces.
fn check_bundled(out: &mut dyn Write) -> io::Result<ExitCode> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/requests");
    let mut names: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".json"))
            .collect(),
        Err(e) => {
            warn(&format!("cannot read {}: {e}", dir.display()));
            return Ok(ExitCode::from(2));
        }
    };
    names.sort();
    let mut unexpected = 0usize;
    for name in &names {
        let expected = if name.ends_with("-invalid.json") {
            Some(false)
        } else if name.ends_with("-valid.json") {
            Some(true)
        } else {
            None
        };
        let operation = Operation::ALL
            .into_iter()
            .find(|op| name.starts_with(op.file_prefix()));
        let input = Input {
            label: format!("examples/requests/{name}"),
            source: Ok(Source::File(dir.join(name))),
        };
        let settings = Settings {
            max_bytes: read::DEFAULT_MAX_BYTES,
            password_policy: false,
        };
        let report = check(&input, operation, settings);
        report.write_text(out, true)?;
        let valid = match report.outcome {
            Outcome::Valid(_) => Some(true),
            Outcome::Invalid(_) => Some(false),
            Outcome::Unusable(_) => None,
        };
        match (expected, valid) {
            (Some(e), Some(v)) if e == v => {}
            (Some(e), _) => {
                unexpected += 1;
                writeln!(out, "UNEXPECTED: the name says {}", verdict_word(e))?;
            }
            (None, _) => {
                unexpected += 1;
                writeln!(
                    out,
                    "UNEXPECTED: the name ends in neither -valid.json nor -invalid.json"
                )?;
            }
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} request bodies, {} with the verdict their name announces",
        names.len(),
        names.len() - unexpected
    )?;
    Ok(if unexpected == 0 && !names.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn verdict_word(valid: bool) -> &'static str {
    if valid {
        "valid"
    } else {
        "invalid"
    }
}

const USAGE: &str = "\
usage: validate                          check the bundled bodies in examples/requests/
       validate [OPTION]... PATH...      check request bodies: files, directories (their
                                         *.json files, sorted, not their subdirectories),
                                         - for stdin
       validate --shape NAME VALUE       check one value against one shape
       validate --samples                check bundled values of every shape
options:
  --operation OPERATION  the operation of every body (default: recognized from its members)
  --format text|json     text (default), or one JSON object per body (JSON Lines)
  --max-bytes N          refuse a body over N bytes, unread (default 1048576, 1 MiB)
  --password-policy      also check CreateUser passwords against the WorkMail password
                         policy (every rule broken is reported at /Password)
  --                     what follows is a PATH, even when it starts with '-'
operations: workmail.CreateOrganization, workmail.CreateUser, organizations.CreateOrganization
exit status: 0 valid, 1 invalid, 2 unusable input or usage error; with several bodies, the
worst of them";

/// How reports are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// What the command line asks for.
enum Command {
    Bundled,
    Samples,
    Shape(String, String),
    Help,
    Check {
        operation: Option<Operation>,
        format: Format,
        settings: Settings,
        paths: Vec<OsString>,
    },
}

/// How each body is read and checked.
#[derive(Debug, Clone, Copy)]
struct Settings {
    /// The largest body read (`--max-bytes`).
    max_bytes: u64,
    /// Whether `CreateUser` passwords are checked against the WorkMail password policy too
    /// (`--password-policy`).
    password_policy: bool,
}

const SAMPLES_ALONE: &str = "--samples takes no other argument";
const SHAPE_ALONE: &str = "--shape takes a shape name and a value, and no other argument";

/// Reads the command line (`args` without the program name).
fn parse_args(args: Vec<OsString>) -> Result<Command, String> {
    let mut before_paths = args.iter().take_while(|a| *a != "--");
    if before_paths.any(|a| a == "-h" || a == "--help") {
        return Ok(Command::Help);
    }
    match args.first().and_then(|a| a.to_str()) {
        None if args.is_empty() => return Ok(Command::Bundled),
        Some("--samples") if args.len() == 1 => return Ok(Command::Samples),
        Some("--samples") => return Err(SAMPLES_ALONE.into()),
        Some("--shape") => {
            return match args.as_slice() {
                [_, name, value] => Ok(Command::Shape(
                    utf8(name, "--shape NAME")?.to_string(),
                    utf8(value, "--shape VALUE")?.to_string(),
                )),
                _ => Err(SHAPE_ALONE.into()),
            }
        }
        _ => {}
    }
    let mut operation = None;
    let mut format = Format::Text;
    let mut max_bytes = read::DEFAULT_MAX_BYTES;
    let mut password_policy = false;
    let mut paths = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let flag = match arg.to_str() {
            Some("-") => None,
            Some("--") => {
                paths.extend(args.by_ref());
                break;
            }
            Some(text) if text.starts_with('-') => Some(text.to_string()),
            Some(_) => None,
            None if arg.as_encoded_bytes().starts_with(b"-") => {
                let flag = arg.to_string_lossy();
                return Err(format!(
                    "unknown flag {}",
                    org_shapes::violation::Excerpt::new(&flag)
                ));
            }
            None => None,
        };
        let Some(flag) = flag else {
            paths.push(arg);
            continue;
        };
        if flag == "--password-policy" {
            password_policy = true;
            continue;
        }
        let (name, inline_value) = match flag.split_once('=') {
            Some((name, value)) => (name, Some(OsString::from(value))),
            None => (flag.as_str(), None),
        };
        if !matches!(name, "--operation" | "--format" | "--max-bytes") {
            return Err(match name {
                "--samples" => SAMPLES_ALONE.to_string(),
                "--shape" => SHAPE_ALONE.to_string(),
                _ => format!("unknown flag {}", org_shapes::violation::Excerpt::new(name)),
            });
        }
        let value = inline_value
            .or_else(|| args.next())
            .ok_or_else(|| format!("{name} needs a value"))?;
        let value = utf8(&value, name)?;
        match name {
            "--operation" => {
                operation = Some(
                    Operation::from_name(value)
                        .ok_or_else(|| format!("unknown operation {}", quoted(value)))?,
                )
            }
            "--format" => {
                format = match value {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    _ => return Err(format!("unknown format {}: text or json", quoted(value))),
                }
            }
            _ => {
                max_bytes = value.parse().map_err(|_| {
                    format!("--max-bytes takes a number of bytes, not {}", quoted(value))
                })?
            }
        }
    }
    if paths.is_empty() {
        return Err("no PATH to check".into());
    }
    if paths.iter().filter(|p| *p == "-").count() > 1 {
        return Err("- (stdin) given more than once".into());
    }
    Ok(Command::Check {
        operation,
        format,
        settings: Settings {
            max_bytes,
            password_policy,
        },
        paths,
    })
}

/// `arg` as text, or a usage error naming `what` and where the bad byte is, never the value:
/// `--shape Password VALUE` may hold a password typed in a Latin-1 terminal.
fn utf8<'a>(arg: &'a OsString, what: &str) -> Result<&'a str, String> {
    arg.to_str().ok_or_else(|| {
        let at =
            std::str::from_utf8(arg.as_encoded_bytes()).map_or_else(|e| e.valid_up_to(), |_| 0);
        format!("{what} is not UTF-8 (byte {at} does not start a UTF-8 char)")
    })
}

/// A command-line value quoted in an error: cut at 64 bytes, control chars escaped.
fn quoted(value: &str) -> String {
    format!("\"{}\"", org_shapes::violation::Excerpt::new(value))
}

/// Checks the bodies `paths` name; the exit status is the worst of theirs.
fn check_all(
    out: &mut dyn Write,
    operation: Option<Operation>,
    format: Format,
    settings: Settings,
    paths: &[OsString],
) -> io::Result<ExitCode> {
    let inputs = read::inputs(paths);
    let mut worst = 0;
    let mut counts = [0usize; 3];
    for (n, input) in inputs.iter().enumerate() {
        let report = check(input, operation, settings);
        let status = report.outcome.status();
        worst = worst.max(status);
        if let Some(count) = counts.get_mut(usize::from(status)) {
            *count += 1;
        }
        match format {
            Format::Json => report.write_json(out)?,
            Format::Text => {
                if n > 0 {
                    writeln!(out)?;
                }
                report.write_text(out, false)?;
            }
        }
        // Each body's report is whole before the next is read.
        out.flush()?;
    }
    if format == Format::Text && inputs.len() > 1 {
        let [valid, invalid, unusable] = counts;
        writeln!(
            out,
            "\n{} bodies: {valid} valid, {invalid} invalid, {unusable} unusable",
            inputs.len()
        )?;
    }
    Ok(ExitCode::from(worst))
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args_os().skip(1).collect()) {
        Ok(command) => command,
        Err(problem) => {
            warn(&format!("{}\n{USAGE}", report::printable(&problem)));
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let status = match command {
        Command::Bundled => check_bundled(&mut out),
        Command::Samples => return shapes::check_samples(),
        Command::Shape(name, value) => return shapes::check_one(&name, &value),
        Command::Help => {
            writeln!(out, "{USAGE}\nshapes: {}", shapes::names()).map(|()| ExitCode::SUCCESS)
        }
        Command::Check {
            operation,
            format,
            settings,
            paths,
        } => check_all(&mut out, operation, format, settings, &paths),
    };
    // A reader that went away (`validate … | head`) is no crash: status 2, as for any
    // output that could not be written.
    match status.and_then(|status| out.flush().map(|()| status)) {
        Ok(status) => status,
        Err(e) => {
            warn(&format!("cannot write the report: {e}"));
            ExitCode::from(2)
        }
    }
}
