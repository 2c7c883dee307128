//! Runs the README's main job, `examples/validate`, and checks its exit statuses and output.
//!
//! The example is built once with `cargo build --example validate` (default features, which it
//! requires) and its binary is then run directly for each case.
#![cfg(all(feature = "serde", feature = "std"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Builds the example (once per test binary) and returns the path of its executable, as
/// cargo reports it.
fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let out = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "validate"])
            .arg("--message-format=json-render-diagnostics")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(
            out.status.success(),
            "cargo build --example validate failed"
        );
        String::from_utf8(out.stdout)
            .expect("cargo writes UTF-8")
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|msg| {
                msg["reason"] == "compiler-artifact" && msg["target"]["name"] == "validate"
            })
            .find_map(|msg| msg["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the example's executable")
    })
}

/// What one run gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn all_output(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Runs the example with `args`, feeding `stdin` if given, from a directory other than the
/// crate's (the bundled bodies must be found from anywhere).
fn run(args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(env!("CARGO_TARGET_TMPDIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    if let Some(text) = stdin {
        pipe.write_all(text.as_bytes())
            .expect("stdin takes the body");
    }
    drop(pipe);
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("the example ends");
    Run {
        code: status.code().expect("the example exits with a status"),
        stdout: String::from_utf8(stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(stderr).expect("UTF-8 stderr"),
    }
}

fn requests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/requests")
}

fn request(name: &str) -> String {
    requests_dir().join(name).to_string_lossy().into_owned()
}

/// A file under the test temp dir holding `bytes`.
fn temp_file(name: &str, bytes: &[u8]) -> String {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("temp file written");
    path.to_string_lossy().into_owned()
}

/// The bundled bodies, sorted: (file name, operation its name announces, valid?).
fn bundled() -> Vec<(String, &'static str, bool)> {
    let mut out: Vec<_> = std::fs::read_dir(requests_dir())
        .expect("examples/requests exists")
        .map(|e| {
            e.expect("entry")
                .file_name()
                .into_string()
                .expect("UTF-8 name")
        })
        .filter(|name| name.ends_with(".json"))
        .map(|name| {
            let operation = [
                (
                    "workmail-create-organization-",
                    "workmail.CreateOrganization",
                ),
                ("workmail-create-user-", "workmail.CreateUser"),
                (
                    "organizations-create-organization-",
                    "organizations.CreateOrganization",
                ),
            ]
            .into_iter()
            .find(|(prefix, _)| name.starts_with(prefix))
            .map(|(_, op)| op)
            .expect("the name starts with its operation");
            let valid = !name.ends_with("-invalid.json");
            assert!(valid == name.ends_with("-valid.json"), "{name}");
            (name, operation, valid)
        })
        .collect();
    out.sort();
    out
}

/// The JSON pointers of the violation lines that follow the `invalid: ` line.
fn pointers(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .skip_while(|l| !l.starts_with("invalid: "))
        .skip(1)
        .take_while(|l| l.starts_with("  /"))
        .filter_map(|l| l.split_whitespace().next())
        .collect()
}

#[test]
fn bundled_bodies_cover_each_operation_both_ways() {
    let files = bundled();
    for op in [
        "workmail.CreateOrganization",
        "workmail.CreateUser",
        "organizations.CreateOrganization",
    ] {
        for valid in [true, false] {
            assert!(
                files.iter().any(|(_, o, v)| *o == op && *v == valid),
                "no {} body for {op}",
                if valid { "valid" } else { "invalid" }
            );
        }
    }
}

#[test]
fn no_argument_checks_every_bundled_body_and_succeeds() {
    let r = run(&[], None);
    assert_eq!(r.code, 0, "{}", r.all_output());
    let files = bundled();
    for (name, op, valid) in &files {
        let header = format!("examples/requests/{name}: {op}\n");
        let at = r.stdout.find(&header).unwrap_or_else(|| panic!("{header}"));
        let verdict = r.stdout[at + header.len()..].lines().next().unwrap();
        let word = if *valid { "valid: " } else { "invalid: " };
        assert!(verdict.starts_with(word), "{name}: {verdict}");
    }
    assert!(!r.stdout.contains("UNEXPECTED"));
    let n = files.len();
    assert!(r.stdout.ends_with(&format!(
        "{n} request bodies, {n} with the verdict their name announces\n"
    )));
}

#[test]
fn each_bundled_body_alone_is_recognized_and_gets_its_verdict() {
    for (name, op, valid) in bundled() {
        let path = request(&name);
        let r = run(&[&path], None);
        assert_eq!(
            r.code,
            if valid { 0 } else { 1 },
            "{name}: {}",
            r.all_output()
        );
        assert_eq!(
            r.stdout.lines().next().unwrap(),
            format!("{path}: {op} (recognized from its members)")
        );
        assert!(r.stderr.is_empty(), "{name}: {}", r.stderr);
    }
}

#[test]
fn invalid_organization_prints_the_aws_message_then_one_line_per_violation() {
    let r = run(
        &[&request("workmail-create-organization-invalid.json")],
        None,
    );
    assert_eq!(r.code, 1);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let message = lines[1].strip_prefix("invalid: ").unwrap();
    assert!(message.starts_with(
        "6 validation errors detected: Value 'd-acme' at 'alias' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: ^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*; "
    ));
    assert_eq!(
        pointers(&r.stdout),
        [
            "/Alias",
            "/Domains",
            "/Domains/1/DomainName",
            "/KmsKeyArn",
            "/EnableInteroperability",
            "/Alais"
        ]
    );
    // Each line's item is the corresponding part of the message, in the same order.
    let items: Vec<&str> = lines[2..8]
        .iter()
        .map(|l| l.trim_start().split_once("  ").unwrap().1.trim_start())
        .collect();
    let (_, joined) = message.split_once(": ").unwrap();
    assert_eq!(items.join("; "), joined);
    assert_eq!(
        items[5],
        "Value at 'Alais' failed to satisfy constraint: Member must be part of the operation's input"
    );
}

#[test]
fn create_user_output_never_shows_the_password_or_names() {
    let r = run(&[&request("workmail-create-user-invalid.json")], None);
    assert_eq!(r.code, 1);
    assert_eq!(
        pointers(&r.stdout),
        [
            "/OrganizationId",
            "/Name",
            "/DisplayName",
            "/Password",
            "/Role",
            "/HiddenFromGlobalAddressList"
        ]
    );
    assert!(r.stdout.contains(
        "  /Password                     Value at 'password' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: [\\u0020-\\u00FF]+\n"
    ));
    assert!(r.stdout.contains(
        "Value 'SYSTEM_USER' at 'role' failed to satisfy constraint: \
         Member must satisfy enum value set: [USER, REMOTE_USER]"
    ));
    let out = r.all_output();
    for secret in ["Tabbed", "Secret-42", "\t", "Jane"] {
        assert!(!out.contains(secret), "{secret:?} leaked: {out}");
    }

    let r = run(&[&request("workmail-create-user-valid.json")], None);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout.lines().nth(1).unwrap(),
        "valid: user jdoe in m-0123456789abcdef0123456789abcdef, role USER, \
         a password that meets the WorkMail policy"
    );
    for secret in ["Correct-Horse-7", "Jane", "Doe"] {
        assert!(!r.all_output().contains(secret), "{secret:?} leaked");
    }
}

#[test]
fn unreadable_or_non_object_input_exits_2() {
    let cases = [
        (
            temp_file("not-json.json", b"{\"Alias\": acme}"),
            "is not JSON",
        ),
        (
            temp_file("array.json", b"[{\"Alias\": \"acme\"}]"),
            "holds an array, not a JSON object",
        ),
        (
            temp_file("string.json", b"\"acme\""),
            "holds a string, not a JSON object",
        ),
        (
            temp_file("latin1.json", b"{\"Alias\": \"caf\xe9\"}"),
            "is not UTF-8 text",
        ),
        (temp_file("empty.json", b""), "is not JSON"),
        (
            Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join("no-such-body.json")
                .to_string_lossy()
                .into_owned(),
            "cannot read",
        ),
    ];
    for (path, problem) in cases {
        let r = run(&[&path], None);
        assert_eq!(r.code, 2, "{path}: {}", r.all_output());
        assert!(r.stdout.is_empty(), "{path}: {}", r.stdout);
        assert!(r.stderr.contains(&path), "{}", r.stderr);
        assert!(r.stderr.contains(problem), "{path}: {}", r.stderr);
    }
}

#[test]
fn operation_given_overrides_recognition() {
    let path = request("organizations-create-organization-invalid.json");
    for args in [
        ["--operation", "workmail.CreateUser", path.as_str()],
        [path.as_str(), "--operation", "workmail.CreateUser"],
    ] {
        let r = run(&args, None);
        assert_eq!(r.code, 1, "{}", r.all_output());
        assert_eq!(
            r.stdout.lines().next().unwrap(),
            format!("{path}: workmail.CreateUser")
        );
        assert_eq!(
            pointers(&r.stdout),
            ["/OrganizationId", "/Name", "/DisplayName", "/FeatureSet"]
        );
    }
    // `{}` is recognized as Organizations (valid), but is no valid WorkMail request.
    let r = run(
        &["--operation", "workmail.CreateOrganization", "-"],
        Some("{}"),
    );
    assert_eq!(r.code, 1);
    assert_eq!(pointers(&r.stdout), ["/Alias"]);
    let r = run(
        &["--operation", "organizations.CreateOrganization", "-"],
        Some("{}"),
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        "<stdin>: organizations.CreateOrganization\n\
         valid: organization with feature set ALL (by default)\n"
    );
}

#[test]
fn operation_is_recognized_from_the_members() {
    let cases = [
        ("{}", "organizations.CreateOrganization", 0),
        (
            r#"{"FeatureSet": "ALL"}"#,
            "organizations.CreateOrganization",
            0,
        ),
        (
            r#"{"FeatureSet": "all", "Typo": 1}"#,
            "organizations.CreateOrganization",
            1,
        ),
        (r#"{"Alias": "acme"}"#, "workmail.CreateOrganization", 0),
        (
            r#"{"Alais": "acme", "Domains": []}"#,
            "workmail.CreateOrganization",
            1,
        ),
        (
            r#"{"DirectoryId": "d-0123456789"}"#,
            "workmail.CreateOrganization",
            1,
        ),
        (
            r#"{"EnableInteroperability": true, "Alias": "acme"}"#,
            "workmail.CreateOrganization",
            1,
        ),
        (r#"{"Password": "x"}"#, "workmail.CreateUser", 1),
        (
            r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Name": "jdoe", "DisplayName": "J"}"#,
            "workmail.CreateUser",
            0,
        ),
    ];
    for (body, op, code) in cases {
        let r = run(&["-"], Some(body));
        assert_eq!(r.code, code, "{body}: {}", r.all_output());
        assert_eq!(
            r.stdout.lines().next().unwrap(),
            format!("<stdin>: {op} (recognized from its members)"),
            "{body}"
        );
    }
}

#[test]
fn ambiguous_or_unknown_members_ask_for_the_operation() {
    for (body, why) in [
        (
            r#"{"Alias": "acme", "Name": "jdoe"}"#,
            "its members belong to workmail.CreateOrganization and workmail.CreateUser",
        ),
        (
            r#"{"FeatureSet": "ALL", "DisplayName": "J"}"#,
            "its members belong to workmail.CreateUser and organizations.CreateOrganization",
        ),
        (
            r#"{"Alais": "acme"}"#,
            "none of its members belongs to a known operation",
        ),
    ] {
        let r = run(&["-"], Some(body));
        assert_eq!(r.code, 2, "{body}");
        assert!(r.stdout.is_empty());
        assert_eq!(
            r.stderr,
            format!(
                "validate: cannot tell the operation of <stdin>: {why}; name it with --operation \
                 workmail.CreateOrganization|workmail.CreateUser|organizations.CreateOrganization\n"
            )
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    let body = request("organizations-create-organization-valid.json");
    for args in [
        vec!["--operation", "workmail.DeleteUser", body.as_str()],
        vec!["--operation", body.as_str()],
        vec!["--operation"],
        vec!["--frobnicate"],
        vec![body.as_str(), body.as_str()],
        vec!["--shape", "OrgAlias"],
        vec!["--shape", "NoSuchShape", "x"],
        // Both services have an OrganizationId: the bare name is ambiguous.
        vec!["--shape", "OrganizationId", "o-abcdefghij"],
    ] {
        let r = run(&args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.all_output());
        assert!(r.stderr.starts_with("validate: "), "{args:?}: {}", r.stderr);
    }
    let r = run(&["--help"], None);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("usage: validate"));
}

#[test]
fn shape_mode_and_samples_still_work() {
    let r = run(&["--shape", "OrgAlias", "acme-corp"], None);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("valid    OrgAlias"));
    let r = run(&["--shape", "OrgAlias", "d-acme"], None);
    assert_eq!(r.code, 1);
    assert!(r
        .stdout
        .contains(r#"invalid OrgAlias: value must not start with "d-""#));
    let r = run(&["--shape", "Password", "tab\there"], None);
    assert_eq!(r.code, 1);
    assert!(!r.stdout.contains("here"), "{}", r.stdout);

    let r = run(&["--samples"], None);
    assert_eq!(r.code, 0);
    let last = r.stdout.lines().last().unwrap();
    assert!(
        last.ends_with("invalid") && !last.contains(" 0 invalid"),
        "{last}"
    );
}
