//! Replays the committed seed corpus through the `shapes` properties on the stable toolchain,
//! so that the seeds (and any crash input added to them) are checked even where libFuzzer and
//! nightly are not available. Run from `fuzz/`: `cargo test`.

use std::fs;
use std::path::Path;

use org_shapes_fuzz::shapes::{run, SHAPES};

#[test]
fn every_seed_keeps_the_shapes_properties() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/shapes");
    let mut seen = vec![0usize; SHAPES.len()];
    for entry in fs::read_dir(&dir).expect("fuzz/seeds/shapes") {
        let path = entry.expect("dir entry").path();
        let data = fs::read(&path).expect("a seed");
        let Some((&selector, value)) = data.split_first() else {
            continue;
        };
        run(selector, &String::from_utf8_lossy(value));
        seen[usize::from(selector) % SHAPES.len()] += 1;
    }
    for ((shape, _), n) in SHAPES.iter().zip(&seen) {
        assert!(*n > 0, "no seed for {}", shape.type_name);
    }
}

/// Every file of `fuzz/seeds/<target>/` through `run`; returns how many there were.
fn replay(target: &str, run: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(target);
    let mut n = 0;
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("dir entry").path();
        let data = fs::read(&path).expect("a seed");
        eprintln!("{}", path.display());
        run(&data);
        n += 1;
    }
    n
}

#[test]
fn every_seed_keeps_the_requests_properties() {
    assert!(replay("requests", org_shapes_fuzz::requests::run) > 1000);
}

#[test]
fn every_seed_keeps_the_responses_properties() {
    assert!(replay("responses", org_shapes_fuzz::responses::run) > 100);
}

#[test]
fn every_seed_keeps_the_error_parser_properties() {
    assert!(replay("error_parser", org_shapes_fuzz::errors::run) > 50);
}

/// The request oracle finds each kind of fault where it is, duplicates included.
#[test]
fn the_request_oracle_finds_each_fault() {
    use org_shapes_fuzz::json::Json;
    let body = r#"{"Alias":"d-x","Domains":[null,{"DomainName":1,"X~/":2},{"DomainName":"example.com"}],
        "EnableInteroperability":true,"Foo":1,"Foo":2,"KmsKeyArn":"arn","KmsKeyArn":null}"#;
    let doc: Json = serde_json::from_str(body).unwrap();
    let mut faults = org_shapes_fuzz::requests::oracle()
        .request_faults("workmail", "CreateOrganization", &doc)
        .unwrap();
    faults.sort();
    assert_eq!(
        faults,
        [
            "/Alias",
            "/Domains/0",
            "/Domains/1/DomainName",
            "/Domains/1/X~0~1",
            "/EnableInteroperability",
            "/Foo",
            "/Foo"
        ]
    );
    // And the crate agrees (the property the target checks).
    org_shapes_fuzz::requests::check_text::<org_shapes_fuzz::requests::WorkMailCreateOrganization>(
        body,
    );
    let seven = format!(
        r#"{{"Alias":"acme","Domains":[{}]}}"#,
        [r#"{"DomainName":"example.com"}"#; 6].join(",")
    );
    let doc: Json = serde_json::from_str(&seven).unwrap();
    let faults =
        org_shapes_fuzz::requests::oracle().request_faults("workmail", "CreateOrganization", &doc);
    assert_eq!(faults, Some(vec!["/Domains".to_owned()]));
}
