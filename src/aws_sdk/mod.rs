//! [The AWS SDK for Rust](crate#with-the-aws-sdk-for-rust) ([MSRV](crate#msrv)):
//! [`OrgShapesInterceptor`], and the conversions to and from the SDK's types that the guide
//! lists (each impl says what it checks). Enum values travel as text: one only one side knows
//! is kept (in responses as [`crate::wire::MaybeKnown::Unknown`]) and reported by validation.

use alloc::vec::Vec;

use crate::wire::Field;

/// One member's conversion by its kind, SDK → this crate (`in`) or back (`out`): `value`
/// (text, flag or a response's id), `secret`, `known(E)` (an enum value, unknown
/// ones kept as text), `text(E)` (an enum value as text), `structure`, `list`, `domains`.
macro_rules! member {
    (in value $v:expr) => {
        $v.clone().into()
    };
    (in known $v:expr) => {
        $v.as_ref()
            .map(|e| $crate::wire::MaybeKnown::parse(e.as_str()))
            .into()
    };
    (in structure $v:expr) => {
        $v.as_ref().map(From::from).into()
    };
    (in list $v:expr) => {
        $crate::aws_sdk::list($v, |e| e.into())
    };
    (in domains $v:expr) => {
        $crate::aws_sdk::list($v, domain_input)
    };
    (in $text_or_secret:ident $v:expr) => {
        $v.as_ref().map(|e| e.as_str().into()).into()
    };
    (out value $v:expr) => {
        $v.as_ref().cloned()
    };
    (out secret $v:expr) => {
        $v.as_ref().map(|s| s.0.clone())
    };
    (out $kind:ident($sdk:ty) $v:expr) => {
        $v.as_ref().map(|e| <$sdk>::from(e.as_str()))
    };
    (out structure $v:expr) => {
        $v.as_ref().map(From::from)
    };
    (out list $v:expr) => {
        $v.as_ref()
            .map(|l| l.iter().filter_map(Field::as_ref).map(From::from).collect())
    };
    (out domains $v:expr) => {
        $v.as_ref()
            .map(|l| l.iter().filter_map(sdk_domain).collect())
    };
}

/// Each operation's conversions from its member table (`field / set_field: kind`, see
/// `member!`), through the `…Input`; and `check`, for the interceptor.
macro_rules! sdk_operations {
    (feature $feature:literal; $($(#[$doc:meta])*
        $operation:ident: $request:ident, $input:ident, $sdk:ty, $builder:ty, $fluent:ty {
            $($field:ident / $set:ident: $kind:ident $(($t:ty))?;)+
        })+) => {
        $(sdk_structures!(@from $sdk => $input { $($field: $kind;)+ });

        impl From<&$builder> for $input {
            /// Unchecked (`…Input::from(fluent.as_input())`).
            fn from(builder: &$builder) -> Self {
                builder.clone().build().map(|input| Self::from(&input)).unwrap_or_default()
            }
        }

        impl TryFrom<&$sdk> for $request {
            type Error = crate::Violations;

            /// With every violation.
            fn try_from(input: &$sdk) -> Result<Self, crate::Violations> {
                <$input>::from(input).into_request()
            }
        }

        impl From<&$request> for $builder {
            /// Every member, as the JSON body has it.
            fn from(request: &$request) -> Self {
                let input = $input::from(request);
                <$sdk>::builder()$(.$set(member!(out $kind $(($t))? &input.$field)))+
            }
        }

        impl $request {
            $(#[$doc])*
            #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
            pub fn apply_to(&self, fluent: $fluent) -> $fluent {
                let input = $input::from(self);
                fluent$(.$set(member!(out $kind $(($t))? &input.$field)))+
            }
        })+

        /// `…Request::try_from(&sdk_input)`; other inputs pass.
        pub(super) fn check(
            input: &aws_smithy_runtime_api::client::interceptors::context::Input,
        ) -> Result<(), super::InvalidRequest> {
            $(if let Some(input) = input.downcast_ref::<$sdk>() {
                let invalid = |v| super::InvalidRequest::new(super::Operation::$operation, v);
                return <$request>::try_from(input).map(|_| ()).map_err(invalid);
            })+
            Ok(())
        }
    };
}

/// `From` both ways between SDK structures and this crate's unchecked ones, by member table.
macro_rules! sdk_structures {
    ($($sdk:ty => $ours:ident {
        $($field:ident $(= $sdk_field:ident)? / $set:ident: $kind:ident $(($t:ty))?;)+
    })+) => {$(
        sdk_structures!(@from $sdk => $ours { $($field $(= $sdk_field)?: $kind;)+ });

        impl From<&$ours> for $sdk {
            /// For stubs in tests; members of the wrong JSON type left out.
            fn from(ours: &$ours) -> Self {
                <$sdk>::builder()$(.$set(member!(out $kind $(($t))? &ours.$field)))+.build()
            }
        }
    )+};
    (@from $sdk:ty => $ours:ident { $($field:ident $(= $sdk_field:ident)?: $kind:ident;)+ }) => {
        impl From<&$sdk> for $ours {
            /// The SDK's value as it would arrive, unchecked; unknown enum values kept as text.
            #[allow(clippy::needless_update)]
            fn from(sdk: &$sdk) -> Self {
                $ours {
                    $($field: member!(in $kind sdk_structures!(@get sdk $field $($sdk_field)?)),)+
                    ..Default::default()
                }
            }
        }
    };
    (@get $sdk:ident $field:ident) => { &$sdk.$field };
    (@get $sdk:ident $field:ident $sdk_field:ident) => { &$sdk.$sdk_field };
}

/// Absent and empty kept apart.
fn list<S, T>(v: &Option<Vec<S>>, f: impl Fn(&S) -> T) -> Field<Vec<Field<T>>> {
    v.as_ref()
        .map(|l| l.iter().map(|e| Field::Present(f(e))).collect())
        .into()
}

mod interceptor;
#[cfg(feature = "aws-sdk-organizations")]
pub mod organizations;
#[cfg(feature = "aws-sdk-workmail")]
pub mod workmail;

pub use interceptor::{violations_of, InvalidRequest, Operation, OrgShapesInterceptor};
