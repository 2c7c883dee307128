//! The one table of every shape, [`for_each_shape!`], and what is built from it.

use crate::error::Shape;

/// Calls `callback!` with a row `[id, type, kind, storage, sensitive]` per shape, in the order
/// of [`SHAPES`]:
///
/// - `id`: unique, snake case (`org_alias`);
/// - `type`: its path (`$crate::workmail::OrgAlias`);
/// - `kind`: `string` or `enum`;
/// - `storage`: `inline` (`Copy`, no allocator), `text` (a `'static` literal or, with `alloc`,
///   owned) or `variant` (an enum);
/// - `sensitive`: `SHAPE.sensitive` as a literal (the build checks the rows).
///
/// ```
/// use org_shapes::{for_each_shape, Error};
///
/// macro_rules! parsers {
///     ($([$id:ident, $t:ty, $($rest:tt)*])*) => {
///         $(fn $id(s: &str) -> Result<String, Error> {
///             Ok(s.parse::<$t>()?.to_string())
///         })*
///     };
/// }
/// for_each_shape!(parsers);
/// assert_eq!(org_alias("acme").unwrap(), "acme");
/// assert!(workmail_organization_id("o-0123456789").is_err());
/// ```
#[macro_export]
macro_rules! for_each_shape {
    ($callback:ident) => {
        $callback! {
            [org_alias, $crate::workmail::OrgAlias, string, inline, false]
            [directory_id, $crate::workmail::DirectoryId, string, inline, false]
            [client_token, $crate::workmail::ClientToken, string, inline, false]
            [domain_name, $crate::workmail::DomainName, string, text, false]
            [hosted_zone_id, $crate::workmail::HostedZoneId, string, text, false]
            [kms_key_arn, $crate::workmail::KmsKeyArn, string, text, false]
            [workmail_organization_id, $crate::workmail::OrganizationId, string, inline, false]
            [user_name, $crate::workmail::UserName, string, inline, false]
            [user_attribute, $crate::workmail::UserAttribute, string, text, true]
            [password, $crate::workmail::Password, string, text, true]
            [identity_provider_user_id, $crate::workmail::IdentityProviderUserId, string, inline, false]
            [user_id, $crate::workmail::UserId, string, text, false]
            [user_role, $crate::workmail::UserRole, enum, variant, false]
            [feature_set, $crate::organizations::FeatureSet, enum, variant, false]
            [organizations_organization_id, $crate::organizations::OrganizationId, string, inline, false]
            [organization_arn, $crate::organizations::OrganizationArn, string, inline, false]
            [account_arn, $crate::organizations::AccountArn, string, inline, false]
            [account_id, $crate::organizations::AccountId, string, inline, false]
            [email, $crate::organizations::Email, string, text, true]
            [policy_type, $crate::organizations::PolicyType, enum, variant, false]
            [policy_type_status, $crate::organizations::PolicyTypeStatus, enum, variant, false]
        }
    };
}

macro_rules! shape_descriptions {
    ($([$id:ident, $t:ty, $($rest:tt)*])*) => {
        &[$(<$t>::SHAPE),*]
    };
}

/// Every shape's description, in the order of [`for_each_shape!`].
///
/// ```
/// use org_shapes::SHAPES;
///
/// let account = SHAPES.iter().find(|shape| shape.type_name == "AccountId").unwrap();
/// assert!((account.validate)("111122223333").is_ok());
/// let sensitive = SHAPES.iter().filter(|shape| shape.sensitive).count();
/// assert_eq!(sensitive, 3);
/// ```
pub const SHAPES: &[&Shape] = for_each_shape!(shape_descriptions);

// Used only in `const _` assertions, which rustc 1.87 (the MSRV) does not count as a use.
#[allow(dead_code)]
pub(crate) const fn same_values(ours: &[&str], model: Option<&[&str]>) -> bool {
    match (ours, model) {
        ([a, ours @ ..], Some([b, model @ ..])) => {
            crate::text::bytes_eq(a.as_bytes(), b.as_bytes()) && same_values(ours, Some(model))
        }
        (ours, Some(model)) => ours.is_empty() && model.is_empty(),
        (_, None) => false,
    }
}

// A row that disagrees with its type fails the build.
macro_rules! check_rows {
    ($([$id:ident, $t:ty, $kind:ident, $storage:ident, $sensitive:literal])*) => {
        $(
            const _: () = assert!(
                <$t>::SHAPE.sensitive == $sensitive,
                concat!("for_each_shape!: `sensitive` of ", stringify!($id), " differs from the model"),
            );
            const _: () = assert!(
                <$t>::SHAPE.enum_values.is_some() == check_rows!(@enum $kind $storage),
                concat!("for_each_shape!: `kind` of ", stringify!($id), " differs from its type"),
            );
            check_rows!(@copy $t, $storage);
        )*
        // Two rows sharing an id would define one struct twice.
        #[allow(dead_code, non_camel_case_types)]
        const _: () = { $(struct $id;)* };
    };
    (@enum enum variant) => { true };
    (@enum string inline) => { false };
    (@enum string text) => { false };
    (@copy $t:ty, text) => {};
    // `inline` and `variant`.
    (@copy $t:ty, $storage:ident) => {
        const _: fn() = || {
            fn inline_shapes_are_copy<T: Copy>() {}
            inline_shapes_are_copy::<$t>();
        };
    };
}

for_each_shape!(check_rows);
