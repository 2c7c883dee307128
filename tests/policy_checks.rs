//! The opt-in checks beyond the model: `Password::check_policy_each` and
//! `DomainName::check_dns_labels`, rule by rule.
#![cfg(feature = "alloc")]

use org_shapes::workmail::{DnsLabelError, DomainName, Password, PasswordPolicyError};

fn broken(password: &str) -> Vec<PasswordPolicyError> {
    let password: Password = password.parse().unwrap();
    let mut broken = Vec::new();
    password.check_policy_each(|e| broken.push(e));
    broken
}

#[test]
fn password_groups_are_counted_once_each() {
    let groups = |n| PasswordPolicyError::TooFewGroups { groups: n };
    assert_eq!(broken("aaaaaaaa"), [groups(1)]);
    assert_eq!(broken("aaaaAAAA"), [groups(2)]);
    assert_eq!(broken("aaaa1111"), [groups(2)]);
    assert_eq!(broken("aaaa!!!!"), [groups(2)]);
    assert_eq!(broken("aaaa\u{d7}\u{f7}\u{a0}\u{bf}"), [groups(2)]);
    assert_eq!(broken("aaaa\u{c0}\u{ff}éé"), [groups(2)]);
    assert_eq!(broken("aA1!aA1!"), []);
    assert_eq!(
        broken("aA1!é\u{d7}"),
        [PasswordPolicyError::TooShort { actual: 6 }]
    );
    assert_eq!(
        broken("é\u{c0}A1"),
        [PasswordPolicyError::TooShort { actual: 4 }]
    );
}

#[test]
fn password_rules_are_all_reported_in_order() {
    assert_eq!(
        broken("aaa"),
        [
            PasswordPolicyError::TooShort { actual: 3 },
            PasswordPolicyError::TooFewGroups { groups: 1 },
        ]
    );
    assert_eq!(
        broken(&"aA1".repeat(22)),
        [PasswordPolicyError::TooLong { actual: 66 }]
    );
}

#[test]
fn dns_label_rules() {
    let check = |name: &str| name.parse::<DomainName>().unwrap().check_dns_labels();
    assert_eq!(check("example.com"), Ok(()));
    assert_eq!(check("a.b"), Ok(()));
    assert_eq!(check("localhost"), Err(DnsLabelError::SingleLabel));
    assert_eq!(check("a-b"), Err(DnsLabelError::SingleLabel));
    assert_eq!(
        check(".example"),
        Err(DnsLabelError::EmptyLabel { index: 0 })
    );
    assert_eq!(
        check("example."),
        Err(DnsLabelError::EmptyLabel { index: 1 })
    );
    assert_eq!(
        check("-ab.com"),
        Err(DnsLabelError::HyphenAtEdge { index: 0 })
    );
    let long = format!("{}.com", "a".repeat(64));
    assert_eq!(
        check(&long),
        Err(DnsLabelError::LabelTooLong { index: 0, len: 64 })
    );
    let name = format!("{}.com", vec!["a".repeat(62); 4].join("."));
    assert_eq!(check(&name), Err(DnsLabelError::NameTooLong));
}
