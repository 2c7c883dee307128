//! Writes the seed corpora of the targets into `fuzz/seeds/<target>/`, from the test data.
//!
//! `shapes`:
//! every string of the botocore verdict cases (valid and refused requests), of the official
//! examples and of the moto responses, attributed to its shape by walking the model, plus every
//! enum value of the model. A seed is the selector byte of its shape followed by the value.
//!
//! `requests`: the params of every botocore verdict case and every request body of
//! `examples/requests/` and of the official examples, behind the byte 0 (the JSON path), plus a
//! few byte strings behind the byte 1 (the `arbitrary` path).
//!
//! `responses`: the official example outputs, the moto responses, and WorkMail responses
//! made of the id values the `shapes` seeds have.
//!
//! `error_parser`: the moto error response (header and body), and error bodies of every
//! documented code in the forms AWS sends (`__type` with a namespace, `code`, a header only).
//!
//! Run from `fuzz/`: `cargo run --example make_seeds`. The output is deterministic (files are
//! named by shape and a hash of their content); commit it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use org_shapes_fuzz::oracle::{records, Record};
use org_shapes_fuzz::shapes::SHAPES;
use serde_json::Value;

type Records = BTreeMap<(String, String), Record>;

/// Collects (service, shape, value) for every string of `value`, read as model shape `shape`.
fn walk(
    records: &Records,
    service: &str,
    shape: &str,
    value: &Value,
    out: &mut BTreeSet<(String, String, String)>,
) {
    let Some(rec) = records.get(&(service.to_owned(), shape.to_owned())) else {
        return;
    };
    match value {
        Value::String(s) => {
            out.insert((service.to_owned(), shape.to_owned(), s.clone()));
        }
        Value::Array(items) => {
            if let Some(member) = member_of_list(service, shape) {
                for item in items {
                    walk(records, service, &member, item, out);
                }
            }
        }
        Value::Object(fields) => {
            for (name, v) in fields {
                if let Some(m) = member_shape(rec, name) {
                    walk(records, service, &m, v, out);
                }
            }
        }
        _ => {}
    }
}

/// The model file, parsed once.
fn model() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| serde_json::from_str(org_shapes_fuzz::MODEL).expect("model JSON"))
}

/// The raw record of a shape (records keep no members, the walk needs them).
fn raw(service: &str, shape: &str) -> Option<&'static Value> {
    model()["shapes"]
        .as_array()?
        .iter()
        .find(|s| s["service"] == service && s["shape"] == shape)
}

/// The shape of member `name` of a structure record.
fn member_shape(rec: &Record, name: &str) -> Option<String> {
    let member = raw(&rec.service, &rec.shape)?["members"]
        .as_array()?
        .iter()
        .find(|m| m["name"] == name)?;
    Some(member["shape"].as_str()?.to_owned())
}

/// The member shape of a list shape.
fn member_of_list(service: &str, shape: &str) -> Option<String> {
    Some(raw(service, shape)?["member"].as_str()?.to_owned())
}

/// The (service, input shape, output shape) of an operation such as `workmail.CreateUser`.
fn operation(service: &str, name: &str) -> (String, String) {
    let op = model()["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .find(|op| op["service"] == service && op["name"] == name)
        .unwrap_or_else(|| panic!("no operation {service}.{name}"));
    (
        op["input"].as_str().expect("input").to_owned(),
        op["output"].as_str().expect("output").to_owned(),
    )
}

fn read(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// FNV-1a, for stable file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let data = root.join("tests/data");
    let records = records(org_shapes_fuzz::MODEL);
    let mut found = BTreeSet::new();
    let mut requests = BTreeSet::<String>::new();
    let mut responses = BTreeSet::<String>::new();
    let mut errors = BTreeSet::<(Option<String>, String)>::new();

    // Requests that botocore accepted or refused.
    let verdicts = read(&data.join("botocore_verdicts.json"));
    for case in verdicts["cases"].as_array().expect("cases") {
        let op = case["operation"].as_str().expect("operation");
        let (service, name) = op.split_once('.').expect("service.Operation");
        let (input, _) = operation(service, name);
        walk(&records, service, &input, &case["params"], &mut found);
        requests.insert(case["params"].to_string());
    }

    // The official examples, inputs and outputs.
    let index = read(&data.join("examples/index.json"));
    for entry in index["operations"].as_array().expect("operations") {
        let Some(file) = entry["file"].as_str() else {
            continue;
        };
        let service = entry["service"].as_str().expect("service");
        let (input, output) = operation(service, entry["operation"].as_str().expect("name"));
        for example in read(&data.join("examples").join(file))["examples"]
            .as_array()
            .expect("examples")
        {
            walk(&records, service, &input, &example["input"], &mut found);
            walk(&records, service, &output, &example["output"], &mut found);
            requests.insert(example["input"].to_string());
            responses.insert(example["output"].to_string());
        }
    }

    // Responses captured from moto (Organizations CreateOrganization).
    let (_, output) = operation("organizations", "CreateOrganization");
    let mut moto: Vec<_> = fs::read_dir(data.join("moto"))
        .expect("tests/data/moto")
        .map(|e| e.expect("dir entry").path())
        .collect();
    moto.sort();
    for path in moto {
        let doc = read(&path);
        walk(&records, "organizations", &output, &doc, &mut found);
        match doc["body"].as_str() {
            // A captured error: its header and body.
            Some(body) => {
                let header = doc["headers"]["X-Amzn-Errortype"]
                    .as_str()
                    .map(str::to_owned);
                errors.insert((header, body.to_owned()));
            }
            None => {
                responses.insert(doc.to_string());
            }
        }
    }

    // The request bodies of the examples directory.
    let mut bodies: Vec<_> = fs::read_dir(root.join("examples/requests"))
        .expect("examples/requests")
        .map(|e| e.expect("dir entry").path())
        .collect();
    bodies.sort();
    for path in bodies {
        requests.insert(read(&path).to_string());
    }

    // Shapes that the data above barely covers (responses, the Organizations ids): a few
    // values of the forms AWS documents, and near misses.
    for (service, model, value) in [
        (
            "workmail",
            "WorkMailIdentifier",
            "S-1-1-11-1111111111-2222222222-3333333333-3333",
        ),
        ("workmail", "WorkMailIdentifier", "abcdef012345"),
        ("workmail", "WorkMailIdentifier", "short"),
        ("organizations", "OrganizationId", "o-a1b2c3d4e5"),
        (
            "organizations",
            "OrganizationId",
            "o-0123456789abcdefghijklmnopqrstuv",
        ),
        ("organizations", "OrganizationId", "o-A1B2C3D4E5"),
        ("organizations", "AccountId", "000000000000"),
        ("organizations", "AccountId", "11111111111x"),
        ("organizations", "Email", "a@b.co"),
        ("organizations", "Email", "first.last+tag@mail.example.org"),
        ("organizations", "Email", "no-at-sign.example.com"),
        (
            "organizations",
            "OrganizationArn",
            "arn:aws:organizations::000000000000:organization/o-0123456789abcdefghijklmnopqrstuv",
        ),
        (
            "organizations",
            "AccountArn",
            "arn:aws:organizations::000000000000:account/o-0123456789/999999999999",
        ),
    ] {
        found.insert((service.to_owned(), model.to_owned(), value.to_owned()));
    }

    // Every enum value of the model.
    for rec in records.values() {
        for v in rec.enum_values.iter().flatten() {
            found.insert((rec.service.clone(), rec.shape.clone(), v.clone()));
        }
    }

    let dir = root.join("fuzz/seeds/shapes");
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("clear the old seeds");
    }
    fs::create_dir_all(&dir).expect("create fuzz/seeds/shapes");
    let mut written = 0;
    let mut per_shape = BTreeMap::<&str, usize>::new();
    for (i, (shape, _)) in SHAPES.iter().enumerate() {
        let selector = u8::try_from(i).expect("fewer than 256 shapes");
        for (service, model, value) in &found {
            if service != shape.service.as_str() || model != shape.model_name {
                continue;
            }
            let mut seed = vec![selector];
            seed.extend_from_slice(value.as_bytes());
            let file = format!(
                "{}-{:016x}",
                shape.type_name.replace("::", "-"),
                fnv1a(&seed)
            );
            fs::write(dir.join(file), &seed).expect("write a seed");
            written += 1;
            *per_shape.entry(shape.type_name).or_default() += 1;
        }
    }
    for (shape, n) in &per_shape {
        println!("{shape}: {n}");
    }
    println!("{written} seeds in fuzz/seeds/shapes");

    // WorkMail responses from the id values found above.
    for (service, model, value) in &found {
        let member = match (service.as_str(), model.as_str()) {
            ("workmail", "OrganizationId") => "OrganizationId",
            ("workmail", "WorkMailIdentifier") => "UserId",
            _ => continue,
        };
        responses.insert(serde_json::json!({ member: value }).to_string());
    }

    // Error responses of every documented code, in the forms the parser reads.
    let codes = org_shapes::service_error::workmail::CreateOrganizationError::CODES
        .iter()
        .chain(org_shapes::service_error::workmail::CreateUserError::CODES)
        .chain(org_shapes::service_error::organizations::CreateOrganizationError::CODES);
    for code in codes {
        let message = "Something went wrong.";
        errors.insert((
            None,
            serde_json::json!({"__type": format!("com.amazonaws.workmail#{code}"), "Message": message})
                .to_string(),
        ));
        errors.insert((
            None,
            serde_json::json!({"code": code, "message": message}).to_string(),
        ));
        errors.insert((
            Some(format!(
                "{code}:http://internal.amazon.com/coral/com.amazon.coral.service/"
            )),
            String::new(),
        ));
    }
    errors.insert((
        None,
        r#"{"__type":"ConstraintViolationException","Message":"x","Reason":"ACCOUNT_NUMBER_LIMIT_EXCEEDED"}"#
            .to_owned(),
    ));
    errors.insert((
        None,
        r#"{"__type":"TooManyRequestsException","Message":"slow down","Type":"AWSOrganizations"}"#
            .to_owned(),
    ));
    errors.insert((None, "<html>Service Unavailable</html>".to_owned()));

    let request_seeds = requests
        .iter()
        .map(|body| [&[0u8][..], body.as_bytes()].concat())
        .chain(
            [
                &b""[..],
                b"\x00\x01\x02\x03",
                b"\xff\xff\xff\xff\xff\xff\xff\xff",
                b"acme-corp",
            ]
            .into_iter()
            .map(|bytes| [&[1u8][..], bytes].concat()),
        );
    write_corpus(&root, "requests", request_seeds);
    write_corpus(
        &root,
        "responses",
        responses.iter().map(|r| r.as_bytes().to_vec()),
    );
    write_corpus(
        &root,
        "error_parser",
        errors.iter().map(|(header, body)| {
            // The first byte is the header's length; 0 means no header.
            let header = header.as_deref().unwrap_or("");
            let n = u8::try_from(header.len()).expect("a short header");
            [&[n][..], header.as_bytes(), body.as_bytes()].concat()
        }),
    );
}

/// Replaces `fuzz/seeds/<target>/` with `seeds`, each named by a hash of its content. Files
/// named `crash-…` (inputs the fuzzer found, kept once fixed) stay.
fn write_corpus(root: &Path, target: &str, seeds: impl Iterator<Item = Vec<u8>>) {
    let dir = root.join("fuzz/seeds").join(target);
    fs::create_dir_all(&dir).expect("create the seed directory");
    for entry in fs::read_dir(&dir).expect("the seed directory") {
        let path = entry.expect("dir entry").path();
        if !path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("crash-"))
        {
            fs::remove_file(&path).expect("remove an old seed");
        }
    }
    let mut written = 0;
    for seed in seeds {
        fs::write(dir.join(format!("{:016x}", fnv1a(&seed))), &seed).expect("write a seed");
        written += 1;
    }
    println!("{written} seeds in fuzz/seeds/{target}");
}
