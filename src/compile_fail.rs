//! Compile-fail proofs for [`crate::literal!`], collected only by `cargo test --doc`.
//!
//! For every newtype, a literal that the shape refuses must not compile. Each `compile_fail`
//! example sits next to an example that differs from it only in the literal and must compile,
//! so a compile-fail test cannot pass by accident (a wrong path, a missing import, a typo).
//! Stable rustdoc does not check error codes, hence the pairs.
#![allow(dead_code)]

/// `workmail::OrgAlias`: the lowercase `d-` prefix is reserved.
///
/// ```
/// use org_shapes::workmail::OrgAlias;
/// const VALUE: OrgAlias = org_shapes::literal!(OrgAlias, "D-acme");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::OrgAlias;
/// const VALUE: OrgAlias = org_shapes::literal!(OrgAlias, "d-acme");
/// ```
struct OrgAlias;

/// `workmail::DirectoryId`: hex digits are lowercase.
///
/// ```
/// use org_shapes::workmail::DirectoryId;
/// const VALUE: DirectoryId = org_shapes::literal!(DirectoryId, "d-0123456789");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::DirectoryId;
/// const VALUE: DirectoryId = org_shapes::literal!(DirectoryId, "d-012345678A");
/// ```
struct DirectoryId;

/// `workmail::ClientToken`: a space is not printable ASCII for this shape.
///
/// ```
/// use org_shapes::workmail::ClientToken;
/// const VALUE: ClientToken = org_shapes::literal!(ClientToken, "token-1");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::ClientToken;
/// const VALUE: ClientToken = org_shapes::literal!(ClientToken, "token 1");
/// ```
struct ClientToken;

/// `workmail::DomainName`: `_` is not a domain char.
///
/// ```
/// use org_shapes::workmail::DomainName;
/// const VALUE: DomainName = org_shapes::literal!(DomainName, "example.com");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::DomainName;
/// const VALUE: DomainName = org_shapes::literal!(DomainName, "exa_mple.com");
/// ```
struct DomainName;

/// `workmail::HostedZoneId`: `/` is excluded.
///
/// ```
/// use org_shapes::workmail::HostedZoneId;
/// const VALUE: HostedZoneId = org_shapes::literal!(HostedZoneId, "Z0123456789");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::HostedZoneId;
/// const VALUE: HostedZoneId = org_shapes::literal!(HostedZoneId, "/hostedzone/Z0123456789");
/// ```
struct HostedZoneId;

/// `workmail::KmsKeyArn`: only the `aws` partition matches.
///
/// ```
/// use org_shapes::workmail::KmsKeyArn;
/// const VALUE: KmsKeyArn = org_shapes::literal!(KmsKeyArn, "arn:aws:kms:us-east-1:111122223333:key/x");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::KmsKeyArn;
/// const VALUE: KmsKeyArn = org_shapes::literal!(KmsKeyArn, "arn:aws-cn:kms:cn-north-1:111122223333:key/x");
/// ```
struct KmsKeyArn;

/// `workmail::OrganizationId`: hex digits are lowercase.
///
/// ```
/// use org_shapes::workmail::OrganizationId;
/// const VALUE: OrganizationId = org_shapes::literal!(OrganizationId, "m-0123456789abcdef0123456789abcdef");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::OrganizationId;
/// const VALUE: OrganizationId = org_shapes::literal!(OrganizationId, "m-0123456789ABCDEF0123456789abcdef");
/// ```
struct WmOrganizationId;

/// `workmail::UserName`: the last label needs two chars.
///
/// ```
/// use org_shapes::workmail::UserName;
/// const VALUE: UserName = org_shapes::literal!(UserName, "a@b.co");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::UserName;
/// const VALUE: UserName = org_shapes::literal!(UserName, "a@b.c");
/// ```
struct UserName;

/// `workmail::UserAttribute`: 257 chars are one too many.
///
/// ```
/// use org_shapes::workmail::UserAttribute;
/// // 256 and 257 chars, built in const context; both are defined in both examples.
/// const MAX: &str = match core::str::from_utf8(&[b'a'; 256]) {
///     Ok(s) => s,
///     Err(_) => panic!("not UTF-8"),
/// };
/// const TOO_LONG: &str = match core::str::from_utf8(&[b'a'; 257]) {
///     Ok(s) => s,
///     Err(_) => panic!("not UTF-8"),
/// };
/// const VALUE: UserAttribute = org_shapes::literal!(UserAttribute, MAX);
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::UserAttribute;
/// // 256 and 257 chars, built in const context; both are defined in both examples.
/// const MAX: &str = match core::str::from_utf8(&[b'a'; 256]) {
///     Ok(s) => s,
///     Err(_) => panic!("not UTF-8"),
/// };
/// const TOO_LONG: &str = match core::str::from_utf8(&[b'a'; 257]) {
///     Ok(s) => s,
///     Err(_) => panic!("not UTF-8"),
/// };
/// const VALUE: UserAttribute = org_shapes::literal!(UserAttribute, TOO_LONG);
/// ```
struct UserAttribute;

/// `workmail::Password`: a tab is below U+0020.
///
/// ```
/// use org_shapes::workmail::Password;
/// const VALUE: Password = org_shapes::literal!(Password, "Tr0ub4dor&3");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::Password;
/// const VALUE: Password = org_shapes::literal!(Password, "Tr0ub4dor\t3");
/// ```
struct Password;

/// `workmail::IdentityProviderUserId`: the UUID needs its hyphens.
///
/// ```
/// use org_shapes::workmail::IdentityProviderUserId;
/// const VALUE: IdentityProviderUserId = org_shapes::literal!(IdentityProviderUserId, "4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::IdentityProviderUserId;
/// const VALUE: IdentityProviderUserId = org_shapes::literal!(IdentityProviderUserId, "4a7b8c9d1e2f3a4b5c6d7e8f9a0b1c2d");
/// ```
struct IdentityProviderUserId;

/// `workmail::UserId`: fewer than 12 chars.
///
/// ```
/// use org_shapes::workmail::UserId;
/// const VALUE: UserId = org_shapes::literal!(UserId, "S-1-1-11-1111111111");
/// ```
///
/// ```compile_fail
/// use org_shapes::workmail::UserId;
/// const VALUE: UserId = org_shapes::literal!(UserId, "S-1-1-11");
/// ```
struct UserId;

/// `organizations::OrganizationId`: fewer than 10 chars after `o-`.
///
/// ```
/// use org_shapes::organizations::OrganizationId;
/// const VALUE: OrganizationId = org_shapes::literal!(OrganizationId, "o-a1b2c3d4e5");
/// ```
///
/// ```compile_fail
/// use org_shapes::organizations::OrganizationId;
/// const VALUE: OrganizationId = org_shapes::literal!(OrganizationId, "o-a1b2c3d4e");
/// ```
struct OrgOrganizationId;

/// `organizations::OrganizationArn`: the organization id is one char short.
///
/// ```
/// use org_shapes::organizations::OrganizationArn;
/// const VALUE: OrganizationArn = org_shapes::literal!(OrganizationArn, "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5");
/// ```
///
/// ```compile_fail
/// use org_shapes::organizations::OrganizationArn;
/// const VALUE: OrganizationArn = org_shapes::literal!(OrganizationArn, "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e");
/// ```
struct OrganizationArn;

/// `organizations::AccountArn`: the account id is one digit short.
///
/// ```
/// use org_shapes::organizations::AccountArn;
/// const VALUE: AccountArn = org_shapes::literal!(AccountArn, "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666");
/// ```
///
/// ```compile_fail
/// use org_shapes::organizations::AccountArn;
/// const VALUE: AccountArn = org_shapes::literal!(AccountArn, "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/44445555666");
/// ```
struct AccountArn;

/// `organizations::AccountId`: `٣` is not an ASCII digit.
///
/// ```
/// use org_shapes::organizations::AccountId;
/// const VALUE: AccountId = org_shapes::literal!(AccountId, "111122223333");
/// ```
///
/// ```compile_fail
/// use org_shapes::organizations::AccountId;
/// const VALUE: AccountId = org_shapes::literal!(AccountId, "11112222333٣");
/// ```
struct AccountId;

/// `organizations::Email`: the domain needs a `.`.
///
/// ```
/// use org_shapes::organizations::Email;
/// const VALUE: Email = org_shapes::literal!(Email, "admin@example.com");
/// ```
///
/// ```compile_fail
/// use org_shapes::organizations::Email;
/// const VALUE: Email = org_shapes::literal!(Email, "admin@localhost");
/// ```
struct Email;
