//! Validates AWS request bodies with org-shapes: every violation at once, in the words AWS uses,
//! each with its JSON pointer.
//!
//! ```text
//! cargo run --example validate                        # the bundled bodies in examples/requests/
//! cargo run --example validate -- BODY.json           # one body; its operation is recognized
//! cargo run --example validate -- --operation workmail.CreateUser BODY.json
//! cargo run --example validate -- - < BODY.json       # the body from stdin
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
//! Exit status:
//! - one body (or `--shape`): 0 valid, 1 invalid, 2 when the file cannot be read, is not JSON
//!   or not a JSON object, its operation cannot be told, or the command line is wrong;
//! - no argument: 0 when every bundled body gets the verdict its file name announces
//!   (`…-valid.json` or `…-invalid.json`; the name starts with the operation, e.g.
//!   `workmail-create-user-`), 1 otherwise;
//! - `--samples`: 0 (the samples include invalid values on purpose).
//!
//! Sensitive members (passwords, names) are never printed: the library's messages leave their
//! values out, and the summary of a valid request only says whether they are set.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use org_shapes::workmail::{self as w, Encryption, UserDirectory};
use org_shapes::{organizations as o, Violations};
use serde_json::{Map, Value};

mod shapes;

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
    fn recognize(body: &Map<String, Value>) -> Result<Operation, String> {
        if body.is_empty() {
            return Ok(Operation::OrganizationsCreateOrganization);
        }
        let candidates: Vec<Operation> = Operation::ALL
            .into_iter()
            .filter(|op| body.keys().any(|k| op.members().contains(&k.as_str())))
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

    /// Deserializes the body as this operation's `…Input` (which fails only on malformed
    /// JSON) and validates it. `Ok(summary)` when the request is valid.
    fn validate(self, json: &str) -> serde_json::Result<Result<String, Violations>> {
        Ok(match self {
            Operation::WorkMailCreateOrganization => {
                serde_json::from_str::<w::CreateOrganizationInput>(json)?
                    .validate()
                    .map(|r| describe_workmail_organization(&r))
            }
            Operation::WorkMailCreateUser => serde_json::from_str::<w::CreateUserInput>(json)?
                .validate()
                .map(|r| describe_user(&r)),
            Operation::OrganizationsCreateOrganization => {
                serde_json::from_str::<o::CreateOrganizationInput>(json)?
                    .validate()
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

/// A problem that ends the run with status 2 (or makes a bundled body fail).
type Unusable = String;

/// Reads the body at `path` (stdin for `-`), called `label` in messages: its text and its
/// members.
fn read_body(path: &str, label: &str) -> Result<(String, Map<String, Value>), Unusable> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let bytes = bytes.map_err(|e| format!("cannot read {label}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{label} is not UTF-8 text"))?;
    match serde_json::from_str(&text) {
        Ok(Value::Object(members)) => Ok((text, members)),
        Ok(other) => Err(format!(
            "{label} holds {}, not a JSON object",
            json_kind(&other)
        )),
        Err(e) => Err(format!("{label} is not JSON: {e}")),
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads, checks and prints one body (see [`read_body`]); `Ok(valid)`.
fn check_body(path: &str, label: &str, operation: Option<Operation>) -> Result<bool, Unusable> {
    let (text, members) = read_body(path, label)?;
    let (operation, how) = match operation {
        Some(op) => (op, ""),
        None => match Operation::recognize(&members) {
            Ok(op) => (op, " (recognized from its members)"),
            Err(why) => {
                return Err(format!(
                    "cannot tell the operation of {label}: {why}; name it with --operation {}",
                    Operation::ALL.map(Operation::name).join("|")
                ))
            }
        },
    };
    println!("{label}: {}{how}", operation.name());
    let verdict = operation
        .validate(&text)
        .map_err(|e| format!("{label} is not a {} body: {e}", operation.name()))?;
    match verdict {
        Ok(summary) => {
            println!("valid: {summary}");
            Ok(true)
        }
        Err(violations) => {
            // The message AWS would send, then each violation where it is.
            println!("invalid: {violations}");
            let pointers: Vec<String> = violations
                .iter()
                .map(|v| v.path().json_pointer().to_string())
                .collect();
            let width = pointers
                .iter()
                .map(|p| p.chars().count())
                .max()
                .unwrap_or(0);
            for (pointer, v) in pointers.iter().zip(&violations) {
                println!("  {pointer:<width$}  {v}");
            }
            Ok(false)
        }
    }
}

/// Checks every body in `examples/requests/` against the verdict its name announces.
fn check_bundled() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/requests");
    let mut names: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".json"))
            .collect(),
        Err(e) => {
            eprintln!("validate: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
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
        let label = format!("examples/requests/{name}");
        let valid = match check_body(&dir.join(name).to_string_lossy(), &label, operation) {
            Ok(valid) => Some(valid),
            Err(problem) => {
                println!("{problem}");
                None
            }
        };
        match (expected, valid) {
            (Some(e), Some(v)) if e == v => {}
            (Some(e), _) => {
                unexpected += 1;
                println!("UNEXPECTED: the name says {}", verdict_word(e));
            }
            (None, _) => {
                unexpected += 1;
                println!("UNEXPECTED: the name ends in neither -valid.json nor -invalid.json");
            }
        }
        println!();
    }
    println!(
        "{} request bodies, {} with the verdict their name announces",
        names.len(),
        names.len() - unexpected
    );
    if unexpected == 0 && !names.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn verdict_word(valid: bool) -> &'static str {
    if valid {
        "valid"
    } else {
        "invalid"
    }
}

const USAGE: &str = "\
usage: validate                                   check the bundled bodies in examples/requests/
       validate [--operation OPERATION] FILE.json  check one request body (- reads stdin)
       validate --shape NAME VALUE                 check one value against one shape
       validate --samples                          check bundled values of every shape
operations: workmail.CreateOrganization, workmail.CreateUser, organizations.CreateOrganization
exit status: 0 valid, 1 invalid, 2 unreadable input or usage error";

fn usage_error(problem: &str) -> ExitCode {
    eprintln!("validate: {problem}\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (operation, file) = match args.as_slice() {
        [] => return check_bundled(),
        ["--samples"] => return shapes::check_samples(),
        ["--shape", name, value] => return shapes::check_one(name, value),
        ["-h" | "--help"] => {
            println!("{USAGE}\nshapes: {}", shapes::names());
            return ExitCode::SUCCESS;
        }
        ["--operation", op, file] | [file, "--operation", op] => (Some(*op), *file),
        [file] if *file == "-" || !file.starts_with('-') => (None, *file),
        _ => return usage_error("unexpected arguments"),
    };
    let operation = match operation.map(|op| Operation::from_name(op).ok_or(op)) {
        None => None,
        Some(Ok(op)) => Some(op),
        Some(Err(op)) => return usage_error(&format!("unknown operation {op:?}")),
    };
    let label = if file == "-" { "<stdin>" } else { file };
    match check_body(file, label, operation) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(problem) => {
            eprintln!("validate: {problem}");
            ExitCode::from(2)
        }
    }
}
