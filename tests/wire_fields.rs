//! The `…Input` structures as `wire_input!` declares them (moved from the unit tests of
//! `src/wire.rs`, on the public inputs): each member a `Field` that records presence and JSON
//! type, unknown members collected, `Serialize` writing back what was read.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::wire::{Field, JsonKind};
use org_shapes::workmail::{CreateOrganizationInput, CreateUserInput};

#[test]
fn fields_record_presence_type_and_unknown_members() {
    let json = r#"{"Alias": 5, "EnableInteroperability": true, "Alais": {"x": 1},
                   "Domains": [{"DomainName": "a"}, "oops", null, {"DomainName": [1]}]}"#;
    let s: CreateOrganizationInput = serde_json::from_str(json).unwrap();
    assert_eq!(
        s.alias,
        Field::WrongType {
            found: JsonKind::Number
        }
    );
    assert_eq!(s.enable_interoperability, Field::Present(true));
    assert_eq!(s.unknown_members.len(), 1);
    assert_eq!(s.unknown_members[0].as_str(), "Alais");
    let items = s.domains.as_ref().unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(
        items[0].as_ref().unwrap().domain_name,
        Field::Present("a".into())
    );
    assert_eq!(
        items[1],
        Field::WrongType {
            found: JsonKind::String
        }
    );
    assert_eq!(items[2], Field::Absent);
    assert_eq!(
        items[3].as_ref().unwrap().domain_name,
        Field::WrongType {
            found: JsonKind::Array
        }
    );
    let user: CreateUserInput = serde_json::from_str(r#"{"Password": "hunter2"}"#).unwrap();
    assert!(!format!("{user:?}").contains("hunter2"));
}

#[test]
fn serialize_writes_back_what_was_read() {
    let json = r#"{"Alias": 5, "EnableInteroperability": "yes", "Alais": {"x": 1},
                   "Domains": [{"DomainName": {"y": 2}, "Extra": 3}, null, true]}"#;
    let s: CreateOrganizationInput = serde_json::from_str(json).unwrap();
    let written = serde_json::to_string(&s).unwrap();
    assert_eq!(
        written,
        r#"{"Alias":0,"Domains":[{"DomainName":{},"Extra":null},null,false],"EnableInteroperability":"","Alais":null}"#
    );
    assert_eq!(
        serde_json::from_str::<CreateOrganizationInput>(&written).unwrap(),
        s
    );
    let user: CreateUserInput = serde_json::from_str(r#"{"Password": [1]}"#).unwrap();
    let written = serde_json::to_string(&user).unwrap();
    assert_eq!(written, r#"{"Password":[]}"#);
    assert_eq!(
        serde_json::from_str::<CreateUserInput>(&written).unwrap(),
        user
    );
}

#[test]
fn null_means_absent_and_serialize_skips_absent() {
    let s: CreateOrganizationInput =
        serde_json::from_str(r#"{"Alias": null, "EnableInteroperability": false}"#).unwrap();
    assert!(s.alias.is_absent());
    assert_eq!(
        serde_json::to_string(&s).unwrap(),
        r#"{"EnableInteroperability":false}"#
    );
}
