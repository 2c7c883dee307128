//! The set-up choices read from and written to a configuration file: the documented JSON form,
//! every variant, round trips, and the errors, pinned.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::workmail::{
    free_test_domain, Encryption, MailDomain, OrganizationSetup, TestDomain, UserDirectory,
};

const KEY: &str = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

fn err<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json).unwrap_err().to_string()
}

/// Writes `value`, checks the text, reads it back equal.
fn round_trip<T>(value: &T, json: &str)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    assert_eq!(serde_json::to_string(value).unwrap(), json);
    assert_eq!(&serde_json::from_str::<T>(json).unwrap(), value);
}

#[test]
fn a_whole_setup_round_trips() {
    let mut setup = OrganizationSetup::new("acme".parse().unwrap());
    setup.mail_domain = MailDomain::ExistingRoute53 {
        domain: "acme.example".parse().unwrap(),
        hosted_zone_id: "Z0123456789ABCDEFGHIJ".parse().unwrap(),
    };
    setup.user_directory =
        UserDirectory::AdConnectorWithInteroperability("d-0123456789".parse().unwrap());
    setup.encryption = Encryption::CustomerManagedKey(KEY.parse().unwrap());
    round_trip(
        &setup,
        &format!(
            r#"{{"alias":"acme","mail_domain":{{"existing_route53":{{"domain":"acme.example","hosted_zone_id":"Z0123456789ABCDEFGHIJ"}}}},"user_directory":{{"ad_connector_with_interoperability":"d-0123456789"}},"encryption":{{"customer_managed_key":"{KEY}"}}}}"#
        ),
    );
    // Read from a pretty file, in any member order, it is the same setup and the same request.
    let config = format!(
        r#"{{
            "encryption": {{"customer_managed_key": "{KEY}"}},
            "user_directory": {{"ad_connector_with_interoperability": "d-0123456789"}},
            "mail_domain": {{"existing_route53": {{
                "hosted_zone_id": "Z0123456789ABCDEFGHIJ", "domain": "acme.example"}}}},
            "alias": "acme"
        }}"#
    );
    let read: OrganizationSetup = serde_json::from_str(&config).unwrap();
    assert_eq!(read, setup);
    assert_eq!(read.to_request(), setup.to_request());
}

#[test]
fn absent_choices_are_the_defaults() {
    let setup: OrganizationSetup = serde_json::from_str(r#"{"alias": "acme"}"#).unwrap();
    assert_eq!(setup, OrganizationSetup::new("acme".parse().unwrap()));
    round_trip(
        &setup,
        r#"{"alias":"acme","mail_domain":"free_test_domain","user_directory":"new_workmail_directory","encryption":"workmail_managed_key"}"#,
    );
}

#[test]
fn each_mail_domain_variant() {
    let domain = || "acme.example".parse().unwrap();
    round_trip(
        &MailDomain::ExistingRoute53 {
            domain: domain(),
            hosted_zone_id: "Z1".parse().unwrap(),
        },
        r#"{"existing_route53":{"domain":"acme.example","hosted_zone_id":"Z1"}}"#,
    );
    round_trip(
        &MailDomain::NewRoute53 { domain: domain() },
        r#"{"new_route53":{"domain":"acme.example"}}"#,
    );
    round_trip(
        &MailDomain::External { domain: domain() },
        r#"{"external":{"domain":"acme.example"}}"#,
    );
    round_trip(&MailDomain::FreeTestDomain, r#""free_test_domain""#);
}

#[test]
fn each_user_directory_variant() {
    let id = "d-0123456789".parse().unwrap();
    round_trip(
        &UserDirectory::NewWorkMailDirectory,
        r#""new_workmail_directory""#,
    );
    round_trip(
        &UserDirectory::Existing(id),
        r#"{"existing":"d-0123456789"}"#,
    );
    round_trip(
        &UserDirectory::AdConnectorWithInteroperability(id),
        r#"{"ad_connector_with_interoperability":"d-0123456789"}"#,
    );
}

#[test]
fn each_encryption_variant() {
    round_trip(&Encryption::WorkMailManagedKey, r#""workmail_managed_key""#);
    round_trip(
        &Encryption::CustomerManagedKey(KEY.parse().unwrap()),
        &format!(r#"{{"customer_managed_key":"{KEY}"}}"#),
    );
}

#[test]
fn a_test_domain_is_a_lowercase_alias_and_the_suffix() {
    let domain = free_test_domain(&"Acme-Corp".parse().unwrap());
    round_trip(&domain, r#""acme-corp.awsapps.com""#);
    for (json, message) in [
        (
            r#""Acme.awsapps.com""#,
            "invalid TestDomain: not in lowercase at line 1 column 18",
        ),
        (
            r#""acme.example""#,
            "invalid TestDomain: expected `<alias>.awsapps.com` at line 1 column 14",
        ),
        (
            r#""d-x.awsapps.com""#,
            "invalid TestDomain: invalid OrgAlias: value must not start with \"d-\" at line 1 column 17",
        ),
        (
            r#"".awsapps.com""#,
            "invalid TestDomain: invalid OrgAlias: length 0 is below the minimum of 1 chars at line 1 column 14",
        ),
        (
            "1",
            "invalid type: a number, expected a test domain, `<alias>.awsapps.com` at line 1 column 1",
        ),
    ] {
        assert_eq!(err::<TestDomain>(json), message, "{json}");
    }
}

/// Every error names the member where it happened and what was wrong.
#[test]
fn errors_name_the_member_and_the_kind() {
    let cases = [
        (r#"{}"#, "missing field `alias` at line 1 column 2"),
        (
            r#"[]"#,
            "invalid type: a list, expected an organization set-up (a structure) at line 1 column 2",
        ),
        (
            r#""acme""#,
            "invalid type: a string, expected an organization set-up (a structure) at line 1 column 6",
        ),
        (
            r#"{"alias":"acme","mail_domian":"free_test_domain"}"#,
            "unknown field `mail_domian`, expected one of `alias`, `mail_domain`, `user_directory`, `encryption` at line 1 column 29",
        ),
        (
            r#"{"alias":"acme","alias":"acme"}"#,
            "duplicate field `alias` at line 1 column 23",
        ),
        (
            r#"{"alias":"a b"}"#,
            "alias: invalid OrgAlias: char 1 ' ' is not allowed, expected an ASCII letter, digit or '-' at line 1 column 14",
        ),
        (
            r#"{"alias":7}"#,
            "alias: invalid type: a number, expected a string valid as OrgAlias at line 1 column 10",
        ),
        (
            r#"{"alias":null}"#,
            "alias: invalid type: null, expected a string valid as OrgAlias at line 1 column 13",
        ),
        (
            r#"{"alias":"acme","mail_domain":"route53"}"#,
            "mail_domain: unknown variant `route53`, expected one of `existing_route53`, `new_route53`, `external`, `free_test_domain` at line 1 column 39",
        ),
        (
            r#"{"alias":"acme","mail_domain":"external"}"#,
            "mail_domain: variant `external` takes a value, as in {\"external\": …} at line 1 column 40",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"free_test_domain":null}}"#,
            "mail_domain: variant `free_test_domain` takes no value, write it as the string \"free_test_domain\" at line 1 column 49",
        ),
        (
            r#"{"alias":"acme","mail_domain":{}}"#,
            "mail_domain: expected a variant, found an empty structure at line 1 column 32",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"external":{"domain":"a.example"},"new_route53":{"domain":"a.example"}}}"#,
            "mail_domain: more than one variant in one structure at line 1 column 78",
        ),
        (
            r#"{"alias":"acme","mail_domain":5}"#,
            "mail_domain: invalid type: a number, expected a mail domain (a variant name, or a structure of one variant) at line 1 column 31",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"existing_route53":{"domain":"a.example","hosted_zone_id":""}}}"#,
            "mail_domain.existing_route53.hosted_zone_id: invalid HostedZoneId: length 0 is below the minimum of 1 chars at line 1 column 91",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"existing_route53":{"domain":"a.example"}}}"#,
            "mail_domain.existing_route53: missing field `hosted_zone_id` at line 1 column 72",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"external":{"domain":"a.example","domain":"b.example"}}}"#,
            "mail_domain.external: duplicate field `domain` at line 1 column 72",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"external":"a.example"}}"#,
            "mail_domain.external: invalid type: a string, expected a structure with `domain` at line 1 column 53",
        ),
        (
            r#"{"alias":"acme","mail_domain":{"external":{"domain":["a.example"]}}}"#,
            "mail_domain.external.domain: invalid type: a list, expected a string valid as DomainName at line 1 column 53",
        ),
        (
            r#"{"alias":"acme","encryption":{"customer_managed_key":"arn:aws:s3:::bucket"}}"#,
            "encryption.customer_managed_key: invalid KmsKeyArn: length 19 is below the minimum of 20 chars at line 1 column 74",
        ),
        (
            r#"{"alias":"acme","encryption":{"customer_managed_key":true}}"#,
            "encryption.customer_managed_key: invalid type: a boolean, expected a string valid as KmsKeyArn at line 1 column 57",
        ),
        (
            r#"{"alias":"acme","user_directory":{"existing":"d-01234"}}"#,
            "user_directory.existing: invalid DirectoryId: length 7 is below the minimum of 12 chars at line 1 column 54",
        ),
        (
            r#"{"alias":"acme","user_directory":{"ad_connector_with_interoperability":{}}}"#,
            "user_directory.ad_connector_with_interoperability: invalid type: a structure, expected a string valid as DirectoryId at line 1 column 73",
        ),
        (
            r#"{"alias":"acme","user_directory":true}"#,
            "user_directory: invalid type: a boolean, expected a user directory (a variant name, or a structure of one variant) at line 1 column 37",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(err::<OrganizationSetup>(json), message, "{json}");
    }
}

/// A name from the file is quoted cut to 64 bytes with its control chars escaped, so a
/// hostile file cannot make a long error or break the log line it lands in.
#[test]
fn unknown_names_are_quoted_short_and_escaped() {
    let name = format!("x\u{1}{}", "y".repeat(10_000));
    let json = format!(
        r#"{{"alias":"acme","{}":1}}"#,
        name.replace('\u{1}', "\\u0001")
    );
    let message = err::<OrganizationSetup>(&json);
    assert_eq!(
        message,
        format!(
            "unknown field `x\\u{{1}}{}`..., expected one of `alias`, `mail_domain`, `user_directory`, `encryption` at line 1 column 10025",
            "y".repeat(62)
        )
    );
    let message = err::<MailDomain>(&format!(r#""{}""#, "z".repeat(10_000)));
    assert!(message.len() < 250, "{message}");
}

/// The choices read alone as they read inside a setup, errors named from their own root.
#[test]
fn each_choice_reads_alone() {
    assert_eq!(
        err::<MailDomain>(r#"{"external": {}}"#),
        "external: missing field `domain` at line 1 column 15"
    );
    assert_eq!(
        err::<UserDirectory>(r#""existing""#),
        "variant `existing` takes a value, as in {\"existing\": …} at line 1 column 10"
    );
    assert_eq!(
        err::<Encryption>(r#"{"customer_managed_key": 1}"#),
        "customer_managed_key: invalid type: a number, expected a string valid as KmsKeyArn at line 1 column 26"
    );
}
