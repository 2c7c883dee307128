//! Compile-fail proofs for [`crate::literal!`], collected only by `cargo test --doc`.
//!
//! For every newtype, a literal that the shape refuses must not compile. Each `compile_fail`
//! example sits next to an example that differs from it only in the literal and must compile,
//! so a compile-fail test cannot pass by accident (a wrong path, a missing import, a typo).
//! Stable rustdoc does not check error codes, hence the pairs.
//!
//! The pairs stay written out (each needs a literal chosen for its shape); each sits on a module
//! named after its shape's id in the registry, and the registry makes sure every newtype has one.

// Every string newtype of the registry has its pair below, or the doctests do not build.
macro_rules! every_newtype_has_a_pair {
    ($([$id:ident, $t:ty, $kind:ident, $($rest:tt)*])*) => {
        $(every_newtype_has_a_pair!(@one $kind, $id);)*
    };
    (@one string, $id:ident) => {
        #[allow(unused_imports)]
        use self::$id as _;
    };
    (@one enum, $id:ident) => {};
}

crate::for_each_shape!(every_newtype_has_a_pair);

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
mod org_alias {}

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
mod directory_id {}

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
mod client_token {}

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
mod domain_name {}

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
mod hosted_zone_id {}

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
mod kms_key_arn {}

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
mod workmail_organization_id {}

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
mod user_name {}

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
mod user_attribute {}

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
mod password {}

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
mod identity_provider_user_id {}

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
mod user_id {}

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
mod organizations_organization_id {}

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
mod organization_arn {}

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
mod account_arn {}

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
mod account_id {}

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
mod email {}
