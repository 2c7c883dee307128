//! Runs the README's main job, `examples/validate`, and checks its exit statuses and output.
//!
//! The example is built once with `cargo build --example validate` (default features, which it
//! requires) and its binary is then run directly for each case.
#![cfg(all(feature = "serde", feature = "std"))]

use std::ffi::OsStr;
use std::io::{ErrorKind, Write};
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
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    run_os(&args, stdin.map(str::as_bytes))
}

/// [`run`] with any arguments (file names that are not UTF-8) and any bytes on stdin. The
/// example may stop reading stdin early (`--max-bytes`): the rest is not written.
fn run_os(args: &[&OsStr], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(env!("CARGO_TARGET_TMPDIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    if let Some(bytes) = stdin {
        if let Err(e) = pipe.write_all(bytes) {
            assert_eq!(e.kind(), ErrorKind::BrokenPipe, "stdin: {e}");
        }
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

/// A fresh, empty directory under the test temp dir.
fn temp_dir(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if path.exists() {
        std::fs::remove_dir_all(&path).expect("old temp dir removed");
    }
    std::fs::create_dir_all(&path).expect("temp dir created");
    path
}

/// The text of a bundled body.
fn bundled_body(name: &str) -> Vec<u8> {
    std::fs::read(requests_dir().join(name)).expect("bundled body")
}

/// The usage text the example prints after a usage error (its first line).
const USAGE_START: &str = "usage: validate ";

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

/// The lines that follow the first `invalid: ` line: each violation (`  /Pointer  AWS text`)
/// followed by its explanation (`  <blanks>  why: …`).
fn violation_lines(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .skip_while(|l| !l.starts_with("invalid: "))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect()
}

/// The JSON pointers of the violation lines that follow the `invalid: ` line.
fn pointers(stdout: &str) -> Vec<&str> {
    violation_lines(stdout)
        .into_iter()
        .filter(|l| l.starts_with("  /"))
        .filter_map(|l| l.split_whitespace().next())
        .collect()
}

/// The explanations (after `why: `) of the violations that follow the `invalid: ` line.
fn explanations(stdout: &str) -> Vec<&str> {
    violation_lines(stdout)
        .into_iter()
        .filter_map(|l| l.trim_start().strip_prefix("why: "))
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
    // Each violation line's item is the corresponding part of the message, in the same order,
    // and each is followed by its explanation, aligned under it.
    let items: Vec<&str> = lines[2..14]
        .iter()
        .step_by(2)
        .map(|l| l.trim_start().split_once("  ").unwrap().1.trim_start())
        .collect();
    let (_, joined) = message.split_once(": ").unwrap();
    assert_eq!(items.join("; "), joined);
    assert_eq!(
        items[5],
        "Value at 'Alais' failed to satisfy constraint: Member must be part of the operation's input"
    );
    assert_eq!(
        explanations(&r.stdout),
        [
            r#"value must not start with "d-""#,
            "5 elements at most, 6 given",
            "char 4 '_' is not allowed, expected an ASCII letter, digit, '.' or '-'",
            "char 22 ':' is not allowed, expected a lowercase ASCII letter, digit or '-'",
            "interoperability needs an AD Connector directory: give its DirectoryId, or leave \
             EnableInteroperability false",
            "the operation has no member of this name; check its spelling and case",
        ]
    );
    assert_eq!(
        lines[2..4],
        [
            "  /Alias                   Value 'd-acme' at 'alias' failed to satisfy constraint: \
             Member must satisfy regular expression pattern: ^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*",
            r#"                           why: value must not start with "d-""#,
        ]
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
         Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be given at creation"
    ));
    assert_eq!(
        explanations(&r.stdout),
        [
            "char 12 'A' is not allowed, expected a lowercase hex digit",
            "char 4 ' ' is not allowed, expected an ASCII letter, digit, '_', '.', '-' or '@'",
            "the member is required but absent (or null)",
            // The index of the refused char, never the char: the password stays hidden.
            "char 6 is not allowed, expected a char from U+0020 to U+00FF",
            "the role exists, but CreateUser creates users only with the role USER or REMOTE_USER",
            "expected a boolean but found a string",
        ]
    );
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
        vec!["--format", "yaml", body.as_str()],
        vec!["--max-bytes", "-1", body.as_str()],
        vec!["--max-bytes", "1MiB", body.as_str()],
        vec!["-", "-"],
        vec![body.as_str(), "--samples"],
        vec!["--shape", "OrgAlias"],
        vec!["--shape", "NoSuchShape", "x"],
        // Both services have an OrganizationId: the bare name is ambiguous.
        vec!["--shape", "OrganizationId", "o-abcdefghij"],
    ] {
        let r = run(&args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.all_output());
        assert!(r.stderr.starts_with("validate: "), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
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

    // Every shape of the registry has a valid and an invalid sample (the run fails otherwise).
    let r = run(&["--samples"], None);
    assert_eq!(r.code, 0, "{}", r.all_output());
    for shape in org_shapes::SHAPES {
        for verdict in ["valid   ", "invalid "] {
            let line = format!("{verdict} {:<30} ", shape.type_name);
            assert!(r.stdout.contains(&line), "no {line:?} in {}", r.stdout);
        }
    }
    let last = r.stdout.lines().last().unwrap();
    let n = org_shapes::SHAPES.len();
    let counts = format!("{} samples of {n} shapes, {n} valid, {n} invalid", 2 * n);
    assert_eq!(last, counts);
}

#[test]
fn unknown_flags_are_named_with_the_usage() {
    for (args, problem) in [
        (vec!["--frobnicate"], "unknown flag --frobnicate"),
        (
            vec!["--frobnicate=1", "x.json"],
            "unknown flag --frobnicate",
        ),
        (vec!["x.json", "-q"], "unknown flag -q"),
        (vec!["--operation"], "--operation needs a value"),
        (
            vec!["--operation", "workmail.DeleteUser", "x.json"],
            "unknown operation \"workmail.DeleteUser\"",
        ),
        (
            vec!["--format", "yaml", "x.json"],
            "unknown format \"yaml\": text or json",
        ),
        (
            vec!["--max-bytes", "1MiB", "x.json"],
            "--max-bytes takes a number of bytes, not \"1MiB\"",
        ),
        (vec!["--format", "json"], "no PATH to check"),
        (vec!["-", "-"], "- (stdin) given more than once"),
        (
            vec!["x.json", "--samples"],
            "--samples takes no other argument",
        ),
        (
            vec!["--shape", "OrgAlias"],
            "--shape takes a shape name and a value, and no other argument",
        ),
    ] {
        let r = run(&args, None);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        let (first, rest) = r.stderr.split_once('\n').unwrap();
        assert_eq!(first, format!("validate: {problem}"), "{args:?}");
        assert!(rest.starts_with(USAGE_START), "{args:?}: {rest}");
    }
    // After `--`, what looks like a flag is a file name.
    let r = run(&["--", "--frobnicate"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with("validate: cannot read --frobnicate: "),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_read_and_shown_lossily() {
    use std::os::unix::ffi::OsStrExt;

    let dir = temp_dir("not-utf8-names");
    let valid = dir.join(OsStr::from_bytes(b"caf\xe9-valid.json"));
    std::fs::write(
        &valid,
        bundled_body("workmail-create-organization-valid.json"),
    )
    .unwrap();
    let invalid = dir.join(OsStr::from_bytes(b"\xff.json"));
    std::fs::write(&invalid, bundled_body("workmail-create-user-invalid.json")).unwrap();
    let missing = dir.join(OsStr::from_bytes(b"\xfe\xfd.json"));
    let shown = |name: &str| format!("{}/{name}", dir.to_string_lossy());

    let r = run_os(&[valid.as_os_str()], None);
    assert_eq!(r.code, 0, "{}", r.all_output());
    assert_eq!(
        r.stdout.lines().next().unwrap(),
        format!(
            "{}: workmail.CreateOrganization (recognized from its members)",
            shown("caf\u{FFFD}-valid.json")
        )
    );
    let r = run_os(&[invalid.as_os_str()], None);
    assert_eq!(r.code, 1, "{}", r.all_output());
    assert!(r
        .stdout
        .starts_with(&format!("{}: workmail.CreateUser", shown("\u{FFFD}.json"))));
    let r = run_os(&[missing.as_os_str()], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with(&format!(
            "validate: cannot read {}: ",
            shown("\u{FFFD}\u{FFFD}.json")
        )),
        "{}",
        r.stderr
    );
    // In a directory, sorted by the names' bytes: "caf\xe9…" before "\xff…".
    let r = run_os(&[dir.as_os_str()], None);
    assert_eq!(r.code, 1, "{}", r.all_output());
    let headers: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains(" (recognized from its members)"))
        .collect();
    assert_eq!(
        headers,
        [
            format!(
                "{}: workmail.CreateOrganization (recognized from its members)",
                shown("caf\u{FFFD}-valid.json")
            ),
            format!(
                "{}: workmail.CreateUser (recognized from its members)",
                shown("\u{FFFD}.json")
            ),
        ]
    );
    // In JSON, the same names, lossy as well.
    let r = run_os(
        &[OsStr::new("--format"), OsStr::new("json"), dir.as_os_str()],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.all_output());
    let files: Vec<String> = r
        .stdout
        .lines()
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            line["file"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(
        files,
        [shown("caf\u{FFFD}-valid.json"), shown("\u{FFFD}.json")]
    );
    // A flag that is not UTF-8 is still a flag.
    let r = run_os(&[OsStr::from_bytes(b"--\xff")], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("validate: unknown flag --\u{FFFD}\n"));
}

#[cfg(unix)]
#[test]
fn command_line_values_are_never_echoed_whole() {
    use std::os::unix::ffi::OsStrExt;
    // A password typed in a Latin-1 terminal: where the bad byte is, not the value.
    let args = [
        OsStr::new("--shape"),
        OsStr::new("Password"),
        OsStr::from_bytes(b"Corr\xe9ct-Horse-7"),
    ];
    let r = run_os(&args, None);
    assert_eq!(r.code, 2);
    let first = r.stderr.lines().next().unwrap();
    assert_eq!(
        first,
        "validate: --shape VALUE is not UTF-8 (byte 4 does not start a UTF-8 char)"
    );
    assert!(!r.all_output().contains("Corr"), "{}", r.all_output());
    // Other values are cut to 64 bytes, control chars escaped.
    let long = format!("{}\n", "x".repeat(10_000));
    let r = run(&["--operation", &long, "x.json"], None);
    assert_eq!(r.code, 2);
    let first = r.stderr.lines().next().unwrap();
    assert_eq!(
        first,
        format!("validate: unknown operation \"{}...\"", "x".repeat(64))
    );
    let r = run(&["--shape", &long, "v"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.len() < 1_000, "{}", r.stderr.len());
}

#[test]
fn a_byte_order_mark_is_skipped_and_mentioned() {
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(bundled_body("workmail-create-organization-valid.json"));
    let path = temp_file("bom-valid.json", &body);
    let note = format!(
        "{path} starts with a UTF-8 byte order mark (BOM), which JSON text should not have; it \
         was skipped"
    );
    let r = run(&[&path], None);
    assert_eq!(r.code, 0, "{}", r.all_output());
    assert_eq!(r.stderr, format!("validate: note: {note}\n"));
    assert!(r.stdout.contains("\nvalid: organization acme-corp"));

    let r = run(&["--format", "json", &path], None);
    assert_eq!(r.code, 0);
    let line: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(line["verdict"], "valid");
    assert_eq!(line["notes"], serde_json::json!([note]));

    // The columns of a syntax error are counted after the mark, as an editor shows them.
    let r = run(&["-"], Some("\u{FEFF}{\"Alias\" 1}"));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "validate: note: <stdin> starts with a UTF-8 byte order mark (BOM), which JSON text \
         should not have; it was skipped\n\
         validate: <stdin> is not JSON: line 1, column 10: expected ':' but found '1'\n"
    );
}

#[test]
fn json_syntax_errors_are_described_with_line_column_and_what_was_found() {
    let cases = [
        (
            "{\n  \"Alias\": \"acme\",\n  \"Domains\" x\n}",
            "line 3, column 13: expected ':' but found 'x'",
        ),
        (
            "{\n  \"Alias\": \"acme\"\n  x",
            "line 3, column 3: expected ',' or '}' but found 'x'",
        ),
        (
            r#"{"Domains": [{"DomainName": "a"} {}]}"#,
            "line 1, column 34: expected ',' or ']' but found '{'",
        ),
        (
            r#"{"Alias": acme}"#,
            "line 1, column 11: expected a JSON value but found 'a'",
        ),
        (
            r#"{"Alias": "acme",}"#,
            "line 1, column 18: found '}' right after ',': JSON has no trailing comma",
        ),
        (
            "{'Alias': 'acme'}",
            "line 1, column 2: expected a member name in double quotes but found '\\''",
        ),
        (
            r#"{"Alias": tru}"#,
            "line 1, column 14: expected true, false or null but found '}'",
        ),
        (
            r#"{"Alias": 01}"#,
            "line 1, column 12: expected a number as JSON writes it but found '1'",
        ),
        (
            r#"{"Alias": "acme"} {}"#,
            "line 1, column 19: expected the end of the input after the JSON value but found '{'",
        ),
        (
            "{\"Alias\": \"Zoë\" ✓}",
            "line 1, column 17: expected ',' or '}' but found '✓'",
        ),
        (
            "{\"Alias\": \"acme\"",
            "line 1, column 17: the input ends inside an object, before its '}'",
        ),
        (
            "{\"Alias\": \"ac",
            "line 1, column 14: the input ends inside a string, before its closing '\"'",
        ),
        (
            "{\"Alias\":\n",
            "line 2, column 1: the input ends where a JSON value was expected",
        ),
        (
            "",
            "line 1, column 1: the input is empty: expected a JSON object",
        ),
        (
            " \n ",
            "line 2, column 2: the input is empty: expected a JSON object",
        ),
        // Inside a string, nothing of the string is quoted: it may be a password.
        (
            r#"{"Password": "Se\cret"}"#,
            "line 1, column 17: a string holds an escape JSON does not have: after '\\' it \
             allows only '\"', '\\', '/', b, f, n, r, t, or u and four hex digits",
        ),
        (
            r#"{"Password": "Se\u00G1"}"#,
            "line 1, column 17: a string holds an escape JSON does not have: after '\\' it \
             allows only '\"', '\\', '/', b, f, n, r, t, or u and four hex digits",
        ),
        (
            "{\"Password\": \"Se\tcret\"}",
            "line 1, column 17: a string holds a control char (U+0000 to U+001F, such as a tab \
             or a line break) as it is; JSON needs it escaped (\\t, \\n, \\u0000 …)",
        ),
    ];
    for (body, description) in cases {
        let r = run(&["-"], Some(body));
        assert_eq!(r.code, 2, "{body:?}: {}", r.all_output());
        assert!(r.stdout.is_empty(), "{body:?}: {}", r.stdout);
        assert_eq!(
            r.stderr,
            format!("validate: <stdin> is not JSON: {description}\n"),
            "{body:?}"
        );
        for secret in ["cret", "Se"] {
            assert!(!r.stderr.contains(secret), "{body:?}: {}", r.stderr);
        }
    }
}

#[test]
fn a_lone_surrogate_escape_is_described_plainly() {
    for (body, column) in [
        (r#"{"Alias": "\ud800"}"#, 12),
        (r#"{"Alias": "ac\ud800me"}"#, 14),
        (r#"{"Alias": "\udc00"}"#, 12),
        (r#"{"Alias": "\ud800\u0041"}"#, 12),
        (r#"{"Alias": "\ud83d\ude00\udfff"}"#, 24),
    ] {
        let lone = "lone surrogate \\u escape in a string";
        let r = run(&["-"], Some(body));
        assert_eq!(r.code, 2, "{body}: {}", r.all_output());
        assert_eq!(
            r.stderr,
            format!(
                "validate: <stdin> is not a workmail.CreateOrganization body: line 1, column \
                 {column}: {lone}\n"
            ),
            "{body}"
        );
        assert!(
            !r.stderr.contains("hex escape"),
            "serde's words: {}",
            r.stderr
        );
    }
}

#[test]
fn max_bytes_refuses_larger_files_unread() {
    let body = bundled_body("workmail-create-user-valid.json");
    let path = temp_file("max-bytes.json", &body);
    let n = body.len();
    let r = run(&["--max-bytes", &(n - 1).to_string(), &path], None);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert_eq!(
        r.stderr,
        format!(
            "validate: {path} is {n} bytes, over the limit of {} set by --max-bytes; it was not \
             read\n",
            n - 1
        )
    );
    let r = run(&[&format!("--max-bytes={n}"), &path], None);
    assert_eq!(r.code, 0, "{}", r.all_output());

    // The default, 1 MiB: a file one byte larger is refused by its size. The file is sparse,
    // 50 MiB of nothing on disk, and unreadable as JSON anyway: only its size is looked at.
    let big = Path::new(env!("CARGO_TARGET_TMPDIR")).join("max-bytes-default.json");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(50 << 20).unwrap();
    let big = big.to_string_lossy().into_owned();
    let r = run(&[&big], None);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "validate: {big} is 52428800 bytes, over the limit of 1048576 set by --max-bytes; it \
             was not read\n"
        )
    );
    // A body of exactly 1 MiB is read.
    let mut padded = b"{}".to_vec();
    padded.resize(1 << 20, b' ');
    let exact = temp_file("max-bytes-exact.json", &padded);
    let r = run(&[&exact], None);
    assert_eq!(r.code, 0, "{}", r.all_output());
    padded.push(b' ');
    let over = temp_file("max-bytes-over.json", &padded);
    let r = run(&[&over], None);
    assert_eq!(r.code, 2);
    assert!(r
        .stderr
        .contains("is 1048577 bytes, over the limit of 1048576"));
}

#[test]
fn max_bytes_stops_reading_stdin_past_the_limit() {
    let r = run(&["--max-bytes", "10", "-"], Some(r#"{"Alias": "acme"}"#));
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert_eq!(
        r.stderr,
        "validate: <stdin> holds more than 10 bytes, the limit set by --max-bytes; it was read \
         no further\n"
    );
    let r = run(&["--max-bytes", "17", "-"], Some(r#"{"Alias": "acme"}"#));
    assert_eq!(r.code, 0, "{}", r.all_output());

    // 64 MiB on stdin under the default limit: refused after 1 MiB and a byte, the rest is
    // never read (the writer sees the pipe close).
    let mut flood = b"{\"Alias\": \"".to_vec();
    flood.resize(64 << 20, b'a');
    let r = run_os(&[OsStr::new("-")], Some(&flood));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "validate: <stdin> holds more than 1048576 bytes, the limit set by --max-bytes; it was \
         read no further\n"
    );
}

#[test]
fn several_files_exit_with_the_worst_status() {
    let valid = request("workmail-create-organization-valid.json");
    let invalid = request("organizations-create-organization-invalid.json");
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("several-missing.json")
        .to_string_lossy()
        .into_owned();
    for (args, code, counts) in [
        (
            vec![&valid, &valid],
            0,
            "2 bodies: 2 valid, 0 invalid, 0 unusable",
        ),
        (
            vec![&valid, &invalid],
            1,
            "2 bodies: 1 valid, 1 invalid, 0 unusable",
        ),
        (
            vec![&invalid, &valid],
            1,
            "2 bodies: 1 valid, 1 invalid, 0 unusable",
        ),
        (
            vec![&missing, &invalid, &valid],
            2,
            "3 bodies: 1 valid, 1 invalid, 1 unusable",
        ),
        (
            vec![&valid, &invalid, &missing],
            2,
            "3 bodies: 1 valid, 1 invalid, 1 unusable",
        ),
    ] {
        let args: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
        let r = run(&args, None);
        assert_eq!(r.code, code, "{args:?}: {}", r.all_output());
        assert!(
            r.stdout.ends_with(&format!("\n\n{counts}\n")),
            "{}",
            r.stdout
        );
        // Each body's report, in the order given, separated by a blank line.
        let headers: Vec<&str> = r
            .stdout
            .lines()
            .filter(|l| l.contains(": ") && l.starts_with('/'))
            .collect();
        let checked: Vec<&str> = args.iter().copied().filter(|a| *a != missing).collect();
        assert_eq!(headers.len(), checked.len(), "{}", r.stdout);
        for (header, path) in headers.iter().zip(checked) {
            assert!(header.starts_with(&format!("{path}: ")), "{header}");
        }
        assert_eq!(r.stderr.is_empty(), !args.contains(&missing.as_str()));
    }
    // The same body twice is checked twice.
    let r = run(&[&valid, &valid], None);
    assert_eq!(r.stdout.matches("\nvalid: ").count(), 2);
}

#[test]
fn a_directory_stands_for_its_json_files_sorted() {
    let dir = temp_dir("several-dir");
    std::fs::write(
        dir.join("b.json"),
        bundled_body("workmail-create-user-invalid.json"),
    )
    .unwrap();
    std::fs::write(
        dir.join("a.json"),
        bundled_body("organizations-create-organization-valid.json"),
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "not a body").unwrap();
    std::fs::write(dir.join("c.JSON"), "{").unwrap();
    // Subdirectories are not searched, even when named like a body.
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/d.json"), "{").unwrap();
    std::fs::create_dir(dir.join("e.json")).unwrap();
    let shown = dir.to_string_lossy().into_owned();

    let r = run(&[&shown], None);
    assert_eq!(r.code, 1, "{}", r.all_output());
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let headers: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with(&shown)).collect();
    assert_eq!(
        headers,
        [
            format!(
                "{shown}/a.json: organizations.CreateOrganization (recognized from its members)"
            ),
            format!("{shown}/b.json: workmail.CreateUser (recognized from its members)"),
        ]
    );
    assert!(r
        .stdout
        .ends_with("\n\n2 bodies: 1 valid, 1 invalid, 0 unusable\n"));

    // A directory and a file together; an operation given applies to every body.
    let r = run(
        &[
            "--operation",
            "organizations.CreateOrganization",
            &shown,
            &request("organizations-create-organization-valid.json"),
        ],
        None,
    );
    assert_eq!(r.code, 1);
    assert!(r
        .stdout
        .ends_with("3 bodies: 2 valid, 1 invalid, 0 unusable\n"));

    // A directory without bodies is an unusable input.
    let empty = temp_dir("several-empty-dir");
    let empty = empty.to_string_lossy().into_owned();
    let r = run(&[&empty], None);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!("validate: {empty} is a directory without *.json files\n")
    );
}

#[test]
fn format_json_prints_one_object_per_body() {
    let user = request("workmail-create-user-invalid.json");
    let valid = request("organizations-create-organization-valid.json");
    let not_json = temp_file("json-format-not-json.json", b"{\"Alias\": acme}");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(br#"{"Al\nias": "acme", "Alias": "acme"}"#);
    let bom = temp_file("json-format-bom.json", &bom);
    let r = run(&["--format", "json", &user, &valid, &not_json, &bom], None);
    assert_eq!(r.code, 2, "{}", r.all_output());
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    for line in &lines {
        let keys: Vec<&str> = line
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "file",
                "operation",
                "verdict",
                "violations",
                "message",
                "summary",
                "error",
                "notes"
            ]
        );
    }

    let invalid = &lines[0];
    assert_eq!(invalid["file"], user.as_str());
    assert_eq!(invalid["operation"], "workmail.CreateUser");
    assert_eq!(invalid["verdict"], "invalid");
    assert!(invalid["message"]
        .as_str()
        .unwrap()
        .starts_with("6 validation errors detected: Value 'm-0123456789ABCDEF"));
    assert_eq!(invalid["summary"], serde_json::Value::Null);
    assert_eq!(invalid["error"], serde_json::Value::Null);
    assert_eq!(invalid["notes"], serde_json::json!([]));
    let violations = invalid["violations"].as_array().unwrap();
    let field = |name: &str| -> Vec<&str> {
        violations
            .iter()
            .map(|v| v[name].as_str().unwrap())
            .collect()
    };
    assert_eq!(
        field("json_pointer"),
        [
            "/OrganizationId",
            "/Name",
            "/DisplayName",
            "/Password",
            "/Role",
            "/HiddenFromGlobalAddressList"
        ]
    );
    assert_eq!(
        field("aws_path"),
        [
            "organizationId",
            "name",
            "displayName",
            "password",
            "role",
            "hiddenFromGlobalAddressList"
        ]
    );
    assert_eq!(
        field("aws_text"),
        [
            "Value 'm-0123456789ABCDEF0123456789ABCDEF' at 'organizationId' failed to satisfy \
             constraint: Member must satisfy regular expression pattern: ^m-[0-9a-f]{32}$",
            "Value 'jane doe' at 'name' failed to satisfy constraint: Member must satisfy regular \
             expression pattern: [\\w\\-.]+(@[a-zA-Z0-9.\\-]+\\.[a-zA-Z0-9-]{2,})?",
            "Value null at 'displayName' failed to satisfy constraint: Member must not be null",
            "Value at 'password' failed to satisfy constraint: Member must satisfy regular \
             expression pattern: [\\u0020-\\u00FF]+",
            "Value 'SYSTEM_USER' at 'role' failed to satisfy constraint: Member must be USER or \
             REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be given at creation",
            "Value at 'hiddenFromGlobalAddressList' failed to satisfy constraint: Member must be \
             a boolean",
        ]
    );
    assert_eq!(
        field("explanation"),
        explanations(&run(&[&user], None).stdout)
    );
    // The message is the AWS texts joined, as the text format prints it.
    assert_eq!(
        invalid["message"].as_str().unwrap(),
        format!(
            "6 validation errors detected: {}",
            field("aws_text").join("; ")
        )
    );
    for secret in ["Tabbed", "Secret-42", "\\t", "Jane"] {
        assert!(
            !r.stdout.contains(secret),
            "{secret:?} leaked: {}",
            r.stdout
        );
    }

    let valid_line = &lines[1];
    assert_eq!(valid_line["file"], valid.as_str());
    assert_eq!(valid_line["operation"], "organizations.CreateOrganization");
    assert_eq!(valid_line["verdict"], "valid");
    assert_eq!(valid_line["violations"], serde_json::json!([]));
    assert_eq!(valid_line["message"], serde_json::Value::Null);
    assert_eq!(
        valid_line["summary"],
        "organization with feature set CONSOLIDATED_BILLING"
    );
    assert_eq!(valid_line["error"], serde_json::Value::Null);

    let error = &lines[2];
    assert_eq!(error["file"], not_json.as_str());
    assert_eq!(error["operation"], serde_json::Value::Null);
    assert_eq!(error["verdict"], "error");
    assert_eq!(error["violations"], serde_json::json!([]));
    assert_eq!(
        error["error"],
        format!("{not_json} is not JSON: line 1, column 11: expected a JSON value but found 'a'")
    );

    // A member name with a line break stays on its body's line, and the library escapes it in
    // the pointer; the note says the BOM was skipped.
    let unknown = &lines[3];
    assert_eq!(unknown["verdict"], "invalid");
    assert_eq!(unknown["violations"][0]["json_pointer"], r"/Al\nias");
    assert_eq!(
        unknown["violations"][0]["explanation"],
        "the operation has no member of this name; check its spelling and case"
    );
    assert_eq!(unknown["notes"].as_array().unwrap().len(), 1);
}

#[test]
fn text_output_escapes_control_chars_in_names_and_pointers() {
    let name = "ctl\u{1b}[31m\n.json";
    let path = temp_file(name, br#"{"Al\u0007ias": "x", "Alias": "acme"}"#);
    let r = run(&[&path], None);
    assert_eq!(r.code, 1, "{}", r.all_output());
    let shown = path.replace('\u{1b}', "\\u{1b}").replace('\n', "\\u{a}");
    assert!(
        r.stdout
            .starts_with(&format!("{shown}: workmail.CreateOrganization")),
        "{}",
        r.stdout
    );
    assert_eq!(pointers(&r.stdout), ["/Al\\u{7}ias"]);
    assert!(!r.stdout.contains('\u{1b}'));
}

#[test]
fn hostile_inputs_get_a_status_never_a_crash() {
    let deep = format!(
        "{{\"Alias\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let mut many_domains = String::from(r#"{"Alias": "acme", "Domains": ["#);
    many_domains.push_str(&vec!["1"; 2_000].join(","));
    many_domains.push_str("]}");
    let cases: [(&str, &[u8], &[i32]); 9] = [
        // Deeper than the reader's documented limit (128): refused as unusable, in bounded
        // time and stack.
        ("hostile-deep.json", deep.as_bytes(), &[2]),
        ("hostile-domains.json", many_domains.as_bytes(), &[1]),
        ("hostile-nul.json", b"{\"Alias\": \"a\0b\"}", &[2]),
        ("hostile-utf16.json", b"\xFF\xFE{\0}\0", &[2]),
        ("hostile-bom-only.json", b"\xEF\xBB\xBF", &[2]),
        // A well-formed number beyond f64 is a member of the wrong type, not a read failure.
        ("hostile-huge-number.json", b"{\"Alias\": 1e400}", &[1]),
        ("hostile-top-number.json", b"1e400", &[2]),
        ("hostile-surrogate-key.json", br#"{"\udfff": 1}"#, &[2]),
        (
            "hostile-overlong-utf8.json",
            b"{\"Alias\": \"\xC0\xAF\"}",
            &[2],
        ),
    ];
    for (name, bytes, codes) in cases {
        let path = temp_file(name, bytes);
        for format in ["text", "json"] {
            let r = run(&["--format", format, &path], None);
            assert!(
                codes.contains(&r.code),
                "{name} {format}: {}",
                r.all_output()
            );
            assert!(!r.stderr.contains("panicked"), "{name}: {}", r.stderr);
        }
    }
    let utf16 = temp_file("hostile-utf16.json", b"\xFF\xFE{\0}\0");
    assert_eq!(
        run(&[&utf16], None).stderr,
        format!(
            "validate: {utf16} is not UTF-8 text: it starts with a UTF-16 byte order mark; \
             convert it to UTF-8\n"
        )
    );
    let overlong = temp_file("hostile-overlong-utf8.json", b"{\"Alias\": \"\xC0\xAF\"}");
    assert_eq!(
        run(&[&overlong], None).stderr,
        format!(
            "validate: {overlong} is not UTF-8 text: line 1, column 12 holds a byte that is not \
             UTF-8\n"
        )
    );
}

#[test]
fn a_reader_that_goes_away_gives_status_2() {
    // Enough output to fill any pipe: the example must meet the closed pipe.
    let dir = temp_dir("closed-pipe");
    for i in 0..200 {
        std::fs::write(
            dir.join(format!("{i:03}.json")),
            bundled_body("workmail-create-organization-invalid.json"),
        )
        .unwrap();
    }
    let mut child = Command::new(binary())
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr,
        "validate: cannot write the report: Broken pipe (os error 32)\n"
    );
}

#[test]
fn a_bad_name_and_a_weak_password_come_in_one_report_with_the_policy() {
    let body = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Name": "jane doe",
                   "DisplayName": "Jane", "Password": "pass"}"#;
    // Without the flag, only the model: the name.
    let r = run(&["--format", "json", "-"], Some(body));
    assert_eq!(r.code, 1, "{}", r.all_output());
    let report: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(report["violations"].as_array().unwrap().len(), 1);

    let r = run(&["--password-policy", "--format", "json", "-"], Some(body));
    assert_eq!(r.code, 1, "{}", r.all_output());
    let report: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    let violations = report["violations"].as_array().unwrap();
    let pointers: Vec<&str> = violations
        .iter()
        .map(|v| v["json_pointer"].as_str().unwrap())
        .collect();
    assert_eq!(pointers, ["/Name", "/Password", "/Password"]);
    for v in violations {
        assert!(!v["explanation"].as_str().unwrap().is_empty(), "{v}");
    }
    assert_eq!(
        violations[1]["aws_text"],
        "Value at 'password' failed to satisfy constraint: Member must satisfy the password \
         policy: the password has 4 chars, the policy needs at least 8"
    );
    assert!(!r.stdout.contains("\"pass\""), "{}", r.stdout);
}
