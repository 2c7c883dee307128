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

/// The response oracle reads a response as the crate's docs say `validate()` does: every
/// member required but `AvailablePolicyTypes`, unknown members ignored, faults in model order
/// then list order.
#[test]
fn the_response_oracle_finds_each_fault() {
    use org_shapes_fuzz::json::Json;
    let body = r#"{"Organization":{"Id":"o-abc","Arn":1,"FeatureSet":"ALL","FeatureSet":"SOME",
        "MasterAccountArn":null,"MasterAccountId":"123456789012","MasterAccountEmail":"a b@x.y",
        "AvailablePolicyTypes":[null,"x",{"Type":"TAG_POLICY"},{"Type":"X","Status":"ENABLED",
        "More":1}],"New":1},"Extra":2}"#;
    let doc: Json = serde_json::from_str(body).unwrap();
    let faults = org_shapes_fuzz::requests::oracle()
        .response_faults("organizations", "CreateOrganization", &doc)
        .unwrap();
    assert_eq!(
        faults,
        [
            "/Organization/Id",
            "/Organization/Arn",
            "/Organization/FeatureSet",
            "/Organization/MasterAccountArn",
            "/Organization/MasterAccountEmail",
            "/Organization/AvailablePolicyTypes/0",
            "/Organization/AvailablePolicyTypes/1",
            "/Organization/AvailablePolicyTypes/2/Status",
            "/Organization/AvailablePolicyTypes/3/Type",
        ]
    );
    // And the crate agrees (the property the target checks).
    org_shapes_fuzz::responses::run(body.as_bytes());

    let doc: Json = serde_json::from_str(r#"{"Organization":[],"UserId":null}"#).unwrap();
    let oracle = org_shapes_fuzz::requests::oracle();
    assert_eq!(
        oracle.response_faults("organizations", "CreateOrganization", &doc),
        Some(vec!["/Organization".to_owned()])
    );
    assert_eq!(
        oracle.response_faults("workmail", "CreateUser", &doc),
        Some(vec!["/UserId".to_owned()])
    );
    assert_eq!(
        oracle.response_faults("workmail", "CreateOrganization", &Json::Array(vec![])),
        None
    );
}

/// Past the report limit the count stays true and the kept violations are the first ones.
#[test]
fn the_response_oracle_counts_past_the_report_limit() {
    let org = r#""Id":"o-abcdefghij","Arn":"arn:aws:organizations::123456789012:organization/o-abcdefghij",
        "FeatureSet":"ALL","MasterAccountArn":"arn:aws:organizations::123456789012:account/o-abcdefghij/123456789012",
        "MasterAccountId":"123456789012","MasterAccountEmail":"admin@example.com""#;
    let body = format!(
        r#"{{"Organization":{{{org},"AvailablePolicyTypes":[{}]}}}}"#,
        ["1"; 150].join(",")
    );
    org_shapes_fuzz::responses::run(body.as_bytes());
    let response: org_shapes::organizations::CreateOrganizationResponse =
        serde_json::from_str(&body).unwrap();
    let v = response.validate().unwrap_err();
    assert_eq!((v.total(), v.len()), (150, 100));
    let valid = format!(r#"{{"Organization":{{{org}}}}}"#);
    org_shapes_fuzz::responses::run(valid.as_bytes());
    assert!(
        serde_json::from_str::<org_shapes::organizations::CreateOrganizationResponse>(&valid)
            .unwrap()
            .validate()
            .is_ok()
    );
}
