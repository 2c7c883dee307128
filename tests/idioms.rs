//! The standard idioms a new user reaches for first, written as such a user writes them: `parse`,
//! `TryFrom`, `==` both ways, `?` into `Box<dyn Error>`, `{:?}` and `{:<14}`. The same idioms
//! without an allocator are in `tests/no_std_check`.
#![cfg(feature = "std")]

use std::collections::HashMap;
use std::error::Error;

use org_shapes::organizations::{AccountId, Email, FeatureSet};
use org_shapes::workmail::{DirectoryId, DomainName, OrgAlias, OrganizationState, UserRole};
use org_shapes::Path;

#[test]
fn strings_parse_into_every_kind_of_shape() -> Result<(), Box<dyn Error>> {
    let dir: DirectoryId = "d-0123456789".parse()?;
    let alias = OrgAlias::try_from("acme-corp")?;
    let domain = DomainName::try_from(String::from("example.com"))?;
    let email: Email = "admin@example.com".parse()?;
    let role: UserRole = "REMOTE_USER".parse()?;
    let features = FeatureSet::try_from("CONSOLIDATED_BILLING")?;
    let state = OrganizationState::try_from("Active")?;

    assert_eq!(dir.as_str(), "d-0123456789");
    assert_eq!(alias.as_str(), "acme-corp");
    assert_eq!(domain.as_str(), "example.com");
    assert_eq!(email.as_str(), "admin@example.com");
    assert_eq!(role, UserRole::RemoteUser);
    assert_eq!(features, FeatureSet::ConsolidatedBilling);
    assert!(state.can_add_users());
    Ok(())
}

#[test]
fn shapes_compare_with_strings_from_either_side() {
    let dir = DirectoryId::new("d-0123456789").unwrap();
    let text: &str = "d-0123456789";
    let owned = String::from(text);

    assert!(dir == "d-0123456789");
    assert!("d-0123456789" == dir);
    assert!(dir == *text);
    assert!(*text == dir);
    assert!(dir == owned);
    assert!(owned == dir);
    assert!("d-9876543210" != dir);

    let domain = DomainName::new("example.com").unwrap();
    assert!("example.com" == domain);
    assert!(domain == "example.com");
    assert_eq!(
        vec![domain.clone()],
        ["example.com"],
        "Vec<DomainName> == [&str; 1]"
    );
}

#[test]
fn a_refused_value_stops_main_with_a_short_debug() {
    /// What `fn main() -> Result<(), Box<dyn Error>>` prints on an error is its `Debug`.
    fn main_like(alias: &str) -> Result<OrgAlias, Box<dyn Error>> {
        let alias: OrgAlias = alias.parse()?;
        Ok(alias)
    }

    let e = main_like("d-acme").unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"invalid OrgAlias: value must not start with "d-""#
    );
    assert_eq!(
        format!("{e:?}"),
        r#"Error { shape: OrgAlias, kind: ForbiddenPrefix { prefix: "d-" } }"#
    );
    let e = main_like(&"a".repeat(63)).unwrap_err();
    assert_eq!(
        format!("{e:?}"),
        "Error { shape: OrgAlias, kind: TooLong { max: 62, actual: Some(63) } }"
    );
    // The error can be taken back out of the box.
    let inner = e.downcast_ref::<org_shapes::Error>().unwrap();
    assert_eq!(inner.shape(), OrgAlias::SHAPE);
    assert_eq!(
        inner.explanation().to_string(),
        "length 63 exceeds the maximum of 62 chars"
    );
}

#[test]
fn sensitive_values_stay_hidden_in_every_idiom() {
    let e = "admin@local host".parse::<Email>().unwrap_err();
    for text in [e.to_string(), format!("{e:?}"), e.explanation().to_string()] {
        assert!(!text.contains("admin") && !text.contains("' '"), "{text}");
    }
    assert_eq!(
        e.explanation().to_string(),
        "char 11 is not allowed, expected a char other than whitespace and '@'"
    );
}

#[test]
fn shapes_key_maps_and_are_looked_up_by_str() {
    let mut owners: HashMap<AccountId, &str> = HashMap::new();
    owners.insert("111122223333".parse().unwrap(), "billing");
    assert_eq!(owners.get("111122223333"), Some(&"billing"));
}

#[test]
fn paths_debug_their_segments_and_pad_as_strings() {
    let path = Path::member("Domains").index(0);
    assert_eq!(format!("{path:?}"), r#"Path[Member("Domains"), Index(0)]"#);
    assert_eq!(format!("{:?}", Path::ROOT), "Path[]");

    let pointer = path.json_pointer();
    assert_eq!(format!("{pointer:<14}|"), "/Domains/0    |");
    assert_eq!(format!("{pointer:>14}|"), "    /Domains/0|");
    assert_eq!(format!("{pointer:-^14}|"), "--/Domains/0--|");
    assert_eq!(format!("{pointer:4}|"), "/Domains/0|");
    assert_eq!(format!("{pointer:.4}|"), "/Dom|");
    assert_eq!(format!("{pointer:6.4}|"), "/Dom  |");
    let aws = path.aws_classic();
    assert_eq!(format!("{aws:>18}|"), "  domains.1.member|");
    assert_eq!(format!("{aws}|"), "domains.1.member|");
}
