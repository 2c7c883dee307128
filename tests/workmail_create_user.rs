//! WorkMail `CreateUser`: every rule and message pinned, sensitive members never shown, wire
//! round trips, the directory-kind rule, the password policy and the response.
#![cfg(all(feature = "serde", feature = "alloc"))]

use org_shapes::violation::{Constraint, Count, Rule};
use org_shapes::workmail::{
    CreateUserInput, CreateUserRequest, CreateUserResponse, CreateUserRole, DirectoryKind,
    PasswordPolicyError, UserId, UserRole,
};
use org_shapes::{Context, Validate};
use org_shapes::{Violation, Violations};

const ORG: &str = "m-0123456789abcdef0123456789abcdef";

fn input(json: &str) -> CreateUserInput {
    serde_json::from_str(json).expect("well-formed JSON")
}

fn violations(json: &str) -> Violations {
    input(json).validate().expect_err("the body is invalid")
}

fn pointers(v: &Violations) -> Vec<String> {
    v.iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect()
}

fn minimal() -> CreateUserRequest {
    CreateUserRequest::builder(
        ORG.parse().unwrap(),
        "jdoe".parse().unwrap(),
        "Jane Doe".parse().unwrap(),
    )
    .build()
}

#[test]
fn five_faults_give_five_violations_and_no_secret() {
    let display = "Zoë Secret-Display ".repeat(14); // 266 chars
    let body = format!(
        r#"{{"Role": "SYSTEM_USER", "Password": "hunter2\tsecret", "DisplayName": "{display}",
            "OrganizationId": "m-123", "FirstName": "Zoë"}}"#
    );
    let body = input(&body);
    let v = body.validate().unwrap_err();
    assert_eq!(v.len(), 5);
    let text = v.to_string();
    assert_eq!(
        text,
        "5 validation errors detected: \
         Value 'm-123' at 'organizationId' failed to satisfy constraint: \
         Member must have length greater than or equal to 34; \
         Value null at 'name' failed to satisfy constraint: Member must not be null; \
         Value at 'displayName' failed to satisfy constraint: \
         Member must have length less than or equal to 256; \
         Value at 'password' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: [\\u0020-\\u00FF]+; \
         Value 'SYSTEM_USER' at 'role' failed to satisfy constraint: \
         Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be given at creation"
    );
    assert_eq!(
        pointers(&v),
        [
            "/OrganizationId",
            "/Name",
            "/DisplayName",
            "/Password",
            "/Role"
        ]
    );
    assert_eq!(
        v.iter()
            .map(|v| v.path().aws_classic().to_string())
            .collect::<Vec<_>>(),
        ["organizationId", "name", "displayName", "password", "role"]
    );
    assert_eq!(
        *v.as_slice()[4].constraint(),
        Constraint::Rule(Rule::RoleNotAllowed)
    );
    for shown in [text, format!("{v:?}"), format!("{body:?}")] {
        for secret in ["hunter2", "Secret-Display", "Zoë"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }
}

#[test]
fn create_user_roles_parse_and_read_from_json() {
    assert_eq!("USER".parse::<CreateUserRole>(), Ok(CreateUserRole::User));
    assert_eq!(
        CreateUserRole::try_from("REMOTE_USER"),
        Ok(CreateUserRole::RemoteUser)
    );
    let role: CreateUserRole = serde_json::from_str(r#""REMOTE_USER""#).unwrap();
    assert_eq!(role, CreateUserRole::RemoteUser);
    // Outside the model's set: the model's whole set, always.
    assert_eq!(
        "ADMIN".parse::<CreateUserRole>().unwrap_err().to_string(),
        "invalid UserRole: not one of USER, RESOURCE, SYSTEM_USER, REMOTE_USER"
    );
    assert_eq!(
        serde_json::from_str::<CreateUserRole>("3").unwrap_err().to_string(),
        "invalid type: a number, expected a CreateUser role, USER or REMOTE_USER at line 1 column 1"
    );
}

#[test]
fn roles() {
    let bad = |role: &str| {
        violations(&format!(
            r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "J", "Role": "{role}"}}"#
        ))
        .to_string()
    };
    assert_eq!(
        bad("RESOURCE"),
        "1 validation error detected: Value 'RESOURCE' at 'role' failed to satisfy constraint: \
         Member must be USER or REMOTE_USER: the roles SYSTEM_USER and RESOURCE exist but cannot be given at creation"
    );
    for unknown in ["ADMIN", "user", ""] {
        assert_eq!(
            bad(unknown),
            format!(
                "1 validation error detected: Value '{unknown}' at 'role' failed to satisfy \
                 constraint: Member must satisfy enum value set: [USER, RESOURCE, SYSTEM_USER, \
                 REMOTE_USER]"
            )
        );
    }
    for (wire, role) in [
        ("USER", CreateUserRole::User),
        ("REMOTE_USER", CreateUserRole::RemoteUser),
    ] {
        let r: CreateUserRequest = serde_json::from_str(&format!(
            r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "J", "Role": "{wire}"}}"#
        ))
        .unwrap();
        assert_eq!(r.role(), Some(role));
        assert_eq!(r.effective_role(), role);
        assert_eq!(role.as_str(), wire);
        assert_eq!(UserRole::from(role).as_str(), wire);
    }
    assert_eq!(minimal().role(), None);
    assert_eq!(minimal().effective_role(), CreateUserRole::User);
    for refused in [UserRole::SystemUser, UserRole::Resource] {
        let err = CreateUserRole::try_from(refused).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "role {} exists but cannot be given at creation: CreateUser gives USER or \
                 REMOTE_USER",
                refused.as_str()
            )
        );
        // Parsed from text and read from JSON, the refusal says the same.
        let parsed = refused.as_str().parse::<CreateUserRole>().unwrap_err();
        assert_eq!(parsed.to_string(), err.to_string());
        let json = format!(r#""{}""#, refused.as_str());
        let read = serde_json::from_str::<CreateUserRole>(&json).unwrap_err();
        assert!(read.to_string().starts_with(&err.to_string()), "{read}");
    }
}

#[test]
fn full_body_round_trips_and_an_explicit_role_stays() {
    let body = format!(
        r#"{{"OrganizationId":"{ORG}","Name":"jane.doe@example.com","DisplayName":"Jane Doe","Password":"Correct-Horse-7","Role":"USER","FirstName":"Jane","LastName":"Doe","HiddenFromGlobalAddressList":false,"IdentityProviderUserId":"1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d"}}"#
    );
    let request: CreateUserRequest = serde_json::from_str(&body).unwrap();
    assert_eq!(request.name().as_str(), "jane.doe@example.com");
    assert_eq!(request.display_name().as_str(), "Jane Doe");
    assert_eq!(request.password().unwrap().as_str(), "Correct-Horse-7");
    assert_eq!(request.first_name().unwrap().as_str(), "Jane");
    assert_eq!(request.last_name().unwrap().as_str(), "Doe");
    assert_eq!(request.hidden_from_global_address_list(), Some(false));
    assert_eq!(request.role(), Some(CreateUserRole::User));
    assert_eq!(serde_json::to_string(&request).unwrap(), body);

    let back: CreateUserRequest =
        serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
    assert_eq!(back, request);
    let as_input = CreateUserInput::from(&request);
    assert_eq!(serde_json::to_string(&as_input).unwrap(), body);
    assert_eq!(as_input.validate().unwrap(), request);

    let built = CreateUserRequest::builder(
        ORG.parse().unwrap(),
        "jane.doe@example.com".parse().unwrap(),
        "Jane Doe".parse().unwrap(),
    )
    .password("Correct-Horse-7".parse().unwrap())
    .role(CreateUserRole::User)
    .first_name("Jane".parse().unwrap())
    .last_name("Doe".parse().unwrap())
    .hidden_from_global_address_list(false)
    .identity_provider_user_id(
        "1234567890-4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d"
            .parse()
            .unwrap(),
    )
    .build();
    assert_eq!(built, request);

    assert_eq!(
        serde_json::to_string(&minimal()).unwrap(),
        format!(r#"{{"OrganizationId":"{ORG}","Name":"jdoe","DisplayName":"Jane Doe"}}"#)
    );
    let changed = minimal()
        .into_builder()
        .role(CreateUserRole::RemoteUser)
        .build();
    assert_eq!(changed.role(), Some(CreateUserRole::RemoteUser));
}

#[test]
fn sensitive_members_never_show() {
    let request: CreateUserRequest = serde_json::from_str(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "Zelda Private",
            "Password": "Sw0rdfish!!", "FirstName": "Zelda", "LastName": "Private"}}"#
    ))
    .unwrap();
    let debug = format!("{request:?}");
    for secret in ["Zelda", "Private", "Sw0rdfish"] {
        assert!(!debug.contains(secret), "{debug}");
    }
    assert!(
        debug.contains("jdoe"),
        "non-sensitive members stay visible: {debug}"
    );

    // A sensitive value in a Deserialize error: only its place and its rule.
    let err = serde_json::from_str::<CreateUserRequest>(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "ok",
            "Password": "Ünïcødé-pässwörd-ŝ", "LastName": "{}"}}"#,
        "Privé".repeat(60)
    ))
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with(
            "2 validation errors detected: \
             Value at 'password' failed to satisfy constraint: Member must satisfy regular \
             expression pattern: [\\u0020-\\u00FF]+; \
             Value at 'lastName' failed to satisfy constraint: Member must have length less \
             than or equal to 256"
        ),
        "{err}"
    );
    for secret in ["Ünïcødé", "ŝ", "Privé"] {
        assert!(!err.contains(secret), "{err}");
    }

    // A misspelt member is named, its value (maybe a password) is not shown.
    let v = violations(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "J", "Pasword": "hunter2"}}"#
    ));
    assert_eq!(
        v.to_string(),
        "1 validation error detected: Value at 'Pasword' failed to satisfy constraint: \
         Member must be part of the operation's input"
    );
    assert_eq!(pointers(&v), ["/Pasword"]);
    assert!(!format!("{v} {v:?}").contains("hunter2"));
}

#[test]
fn required_members_wrong_types_and_null() {
    assert_eq!(
        violations("{}").to_string(),
        "3 validation errors detected: \
         Value null at 'organizationId' failed to satisfy constraint: Member must not be null; \
         Value null at 'name' failed to satisfy constraint: Member must not be null; \
         Value null at 'displayName' failed to satisfy constraint: Member must not be null"
    );
    assert_eq!(
        violations(&format!(
            r#"{{"OrganizationId": "{ORG}", "Name": 12, "DisplayName": null, "Password": ["x"],
                "HiddenFromGlobalAddressList": "true", "IdentityProviderUserId": {{}}}}"#
        ))
        .to_string(),
        "5 validation errors detected: \
         Value at 'name' failed to satisfy constraint: Member must be a string; \
         Value null at 'displayName' failed to satisfy constraint: Member must not be null; \
         Value at 'password' failed to satisfy constraint: Member must be a string; \
         Value at 'hiddenFromGlobalAddressList' failed to satisfy constraint: Member must be a boolean; \
         Value at 'identityProviderUserId' failed to satisfy constraint: Member must be a string"
    );
    let with_nulls: CreateUserRequest = serde_json::from_str(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "Jane Doe", "Password": null,
            "Role": null, "FirstName": null, "LastName": null, "HiddenFromGlobalAddressList": null,
            "IdentityProviderUserId": null}}"#
    ))
    .unwrap();
    assert_eq!(with_nulls, minimal());
    // An empty display name is valid (the shape has no minimum); an empty password is not.
    assert_eq!(
        violations(&format!(
            r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "", "Password": ""}}"#
        ))
        .to_string(),
        "1 validation error detected: Value at 'password' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: [\\u0020-\\u00FF]+"
    );
}

#[test]
fn other_shapes_are_worded_like_aws() {
    let one = |member: &str, value: &str| {
        violations(&format!(
            r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "J", "{member}": "{value}"}}"#
        ))
        .to_string()
    };
    assert_eq!(
        one("Name", "jane doe"),
        "1 validation error detected: Value 'jane doe' at 'name' failed to satisfy constraint: \
         Member must satisfy regular expression pattern: \
         [\\w\\-.]+(@[a-zA-Z0-9.\\-]+\\.[a-zA-Z0-9-]{2,})?"
    );
    assert_eq!(
        one("IdentityProviderUserId", "4a7b8c9d1e2f"),
        "1 validation error detected: Value '4a7b8c9d1e2f' at 'identityProviderUserId' failed \
         to satisfy constraint: Member must satisfy regular expression pattern: \
         ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"
    );
    assert_eq!(
        one("OrganizationId", "m-0123456789ABCDEF0123456789abcdef"),
        "1 validation error detected: Value 'm-0123456789ABCDEF0123456789abcdef' at \
         'organizationId' failed to satisfy constraint: Member must satisfy regular expression \
         pattern: ^m-[0-9a-f]{32}$"
    );
}

#[test]
fn user_name_length_depends_on_the_directory_kind() {
    let name21 = "a".repeat(21);
    let body = input(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "{name21}", "DisplayName": "J"}}"#
    ));
    assert!(body.validate().is_ok());
    assert!(body
        .validate_with(&Context::new().with_directory_kind(DirectoryKind::WorkMail))
        .is_ok());
    for kind in [
        DirectoryKind::SimpleAd,
        DirectoryKind::AdConnector,
        DirectoryKind::ManagedMicrosoftAd,
    ] {
        let v = body
            .validate_with(&Context::new().with_directory_kind(kind))
            .unwrap_err();
        assert_eq!(
            v.to_string(),
            format!(
                "1 validation error detected: Value '{name21}' at 'name' failed to satisfy \
                 constraint: Member must have length less than or equal to 20"
            )
        );
        assert_eq!(
            *v.as_slice()[0].constraint(),
            Constraint::Rule(Rule::UserNameTooLongForDirectory)
        );
        let request = body.validate().unwrap();
        assert_eq!(
            request.validate_with(&Context::new().with_directory_kind(kind)),
            Err(v)
        );
        let mut count = Count::default();
        request.check_directory(kind, &mut count);
        assert_eq!(count.0, 1);
    }
    let name20 = input(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "{}", "DisplayName": "J"}}"#,
        "a".repeat(20)
    ));
    assert!(name20
        .validate_with(&Context::new().with_directory_kind(DirectoryKind::SimpleAd))
        .is_ok());
    let mut seen = Vec::new();
    assert!(body
        .validate_into(
            &Context::new().with_directory_kind(DirectoryKind::SimpleAd),
            &mut |v: Violation| seen.push(v)
        )
        .is_none());
    assert_eq!(seen.len(), 1);
    assert_eq!(DirectoryKind::WorkMail.max_user_name_len(), 64);
    assert_eq!(DirectoryKind::AdConnector.max_user_name_len(), 20);
}

#[test]
fn password_policy_is_opt_in_and_names_the_rule() {
    let with = |pw: &str| {
        minimal()
            .into_builder()
            .password(pw.parse().unwrap())
            .build()
    };
    assert_eq!(minimal().check_password_policy(), Ok(()));
    assert_eq!(with("Correct-Horse-7").check_password_policy(), Ok(()));
    assert_eq!(with("Ünïcode9x").check_password_policy(), Ok(()));
    assert_eq!(
        with("Sh0rt!").check_password_policy(),
        Err(PasswordPolicyError::TooShort { actual: 6 })
    );
    assert_eq!(
        with(&"Aa1!".repeat(16)).check_password_policy(),
        Err(PasswordPolicyError::TooLong { actual: 64 })
    );
    let weak = with("passwordpassword");
    assert!(
        CreateUserInput::from(&weak).validate().is_ok(),
        "the model accepts it"
    );
    let err = weak.check_password_policy().unwrap_err();
    assert_eq!(err, PasswordPolicyError::TooFewGroups { groups: 1 });
    assert!(!err.to_string().contains("password".repeat(2).as_str()));
    assert!(DirectoryKind::SimpleAd.uses_workmail_password_policy());
    assert!(!DirectoryKind::AdConnector.uses_workmail_password_policy());
}

#[test]
fn the_sink_path_matches_the_collected_one() {
    let body = input(r#"{"Name": "a b", "Role": "X", "Extra": 1}"#);
    let collected = body.validate().unwrap_err();
    let mut seen = Vec::new();
    assert!(body
        .validate_into(&Context::new(), &mut |v: Violation| seen.push(v))
        .is_none());
    assert_eq!(seen.as_slice(), collected.as_slice());
    assert_eq!(
        pointers(&collected),
        [
            "/OrganizationId",
            "/Name",
            "/DisplayName",
            "/Role",
            "/Extra"
        ]
    );
}

#[test]
fn response_is_read_leniently_and_validated_on_demand() {
    let id = "S-1-1-11-1111111111-2222222222-3333333333-3333";
    let response: CreateUserResponse =
        serde_json::from_str(&format!(r#"{{"UserId": "{id}", "New": true}}"#)).unwrap();
    assert_eq!(response.validate().unwrap(), id.parse::<UserId>().unwrap());
    assert_eq!(
        serde_json::to_string(&response).unwrap(),
        format!(r#"{{"UserId":"{id}"}}"#)
    );
    assert_eq!(CreateUserResponse::new(&id.parse().unwrap()), response);
    let short: CreateUserResponse = serde_json::from_str(r#"{"UserId": "u-1"}"#).unwrap();
    assert_eq!(short.user_id.as_deref(), Some("u-1"));
    assert_eq!(
        short.validate().unwrap_err().to_string(),
        "1 validation error detected: Value 'u-1' at 'userId' failed to satisfy constraint: \
         Member must have length greater than or equal to 12"
    );
    let none: CreateUserResponse = serde_json::from_str("{}").unwrap();
    assert_eq!(
        none.validate().unwrap_err().to_string(),
        "1 validation error detected: Value null at 'userId' failed to satisfy constraint: \
         Member must not be null"
    );
}

#[test]
fn escaped_and_plain_texts_read_alike() {
    // The typed request borrows plain texts from the body and unescapes the others; both
    // must give the same request, and the same violations as the input.
    let plain = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Name": "jdoe",
                    "DisplayName": "Jane Doe", "Role": "USER"}"#;
    let escaped = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcde\u0066",
                      "Name": "j\u0064oe", "DisplayName": "Jane\u0020Doe", "Role": "US\u0045R"}"#;
    let a: CreateUserRequest = serde_json::from_str(plain).unwrap();
    let b: CreateUserRequest = serde_json::from_str(escaped).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.name().as_str(), "jdoe");

    let bad = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdeF",
                  "Name": "j\tdoe", "DisplayName": "Jane Doe", "Role": "SYSTEM_\u0055SER"}"#;
    let err = serde_json::from_str::<CreateUserRequest>(bad).unwrap_err();
    let expected = violations(bad);
    assert_eq!(expected.len(), 3, "{expected}");
    assert!(err.to_string().starts_with(&expected.to_string()), "{err}");
    assert_eq!(input(bad).into_request().unwrap_err(), expected);
}

#[test]
fn the_password_policy_joins_the_model_checks_in_one_report() {
    let body = input(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jane doe", "DisplayName": "Jane",
            "Password": "pass\u0100"}}"#
    ));
    // The model alone sees the name and the char outside Latin-1.
    assert_eq!(body.validate().unwrap_err().total(), 2);

    let body = input(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jane doe", "DisplayName": "Jane",
            "Password": "pass"}}"#
    ));
    assert_eq!(body.validate().unwrap_err().total(), 1);
    let context = Context::new().with_password_policy();
    let report = body.validate_with(&context).unwrap_err();
    let items: Vec<String> = report.iter().map(ToString::to_string).collect();
    assert_eq!(
        items,
        [
            "Value 'jane doe' at 'name' failed to satisfy constraint: Member must satisfy regular \
             expression pattern: [\\w\\-.]+(@[a-zA-Z0-9.\\-]+\\.[a-zA-Z0-9-]{2,})?",
            "Value at 'password' failed to satisfy constraint: Member must satisfy the password \
             policy: the password has 4 chars, the policy needs at least 8",
            "Value at 'password' failed to satisfy constraint: Member must satisfy the password \
             policy: the password uses 1 of the 5 char groups (uppercase, lowercase, digits, \
             special chars, Latin-1 letters), the policy needs 3",
        ]
    );
    let pointers: Vec<String> = report
        .iter()
        .map(|v| v.path().json_pointer().to_string())
        .collect();
    assert_eq!(pointers, ["/Name", "/Password", "/Password"]);
    // Consuming the input gives the same report; a strong password passes the policy.
    assert_eq!(body.clone().into_request_with(context), Err(report));
    let strong = input(&format!(
        r#"{{"OrganizationId": "{ORG}", "Name": "jdoe", "DisplayName": "Jane",
            "Password": "Correct-Horse-7"}}"#
    ));
    assert!(strong.validate_with(&context).is_ok());
}
