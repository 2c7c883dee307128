//! serde glue: shapes deserialize through their validation.
//!
//! No error quotes the value (serde's defaults do: a password sent as a number would be
//! logged). Visitors handle every kind, naming only kinds; human-readable formats are read
//! with `deserialize_any`, so the value reaches the visitor instead of the format's error.

/// Deserializes with `visitor`: any value if the format is human readable, else by `typed`
/// (`D::deserialize_str`, `D::deserialize_map`); inlined so a value is not copied again.
#[inline(always)]
pub(crate) fn any<'de, D, V>(
    d: D,
    visitor: V,
    typed: fn(D, V) -> Result<V::Value, D::Error>,
) -> Result<V::Value, D::Error>
where
    D: serde::Deserializer<'de>,
    V: serde::de::Visitor<'de>,
{
    if d.is_human_readable() {
        d.deserialize_any(visitor)
    } else {
        typed(d, visitor)
    }
}

/// The error for a value of kind `found`, naming nothing of the value.
pub(crate) fn wrong_kind<E: serde::de::Error>(
    found: &str,
    expected: &dyn serde::de::Expected,
) -> E {
    E::invalid_type(serde::de::Unexpected::Other(found), expected)
}

/// Visitor methods refusing the kinds given (`bool`, `number`, `str`, `unit`, `seq`, `map`).
macro_rules! refuse_kinds {
    ($($kind:ident),* $(,)?) => {
        $( refuse_kinds!(@ $kind); )*
    };
    (@ bool) => {
        refuse_kinds!(@refuse "a boolean", visit_bool(bool));
    };
    (@ number) => {
        refuse_kinds!(@refuse "a number",
            visit_i64(i64), visit_u64(u64), visit_i128(i128), visit_u128(u128), visit_f64(f64));
    };
    (@ str) => {
        refuse_kinds!(@refuse "a string", visit_str(&str));
        refuse_kinds!(@refuse "bytes", visit_bytes(&[u8]));
    };
    (@ unit) => {
        refuse_kinds!(@refuse "null", visit_unit(), visit_none());
        refuse_kinds!(@refuse "an optional value" D: Deserializer, visit_some);
    };
    (@ seq) => {
        refuse_kinds!(@refuse "a list" A: SeqAccess, visit_seq);
    };
    (@ map) => {
        refuse_kinds!(@refuse "a structure" A: MapAccess, visit_map);
        refuse_kinds!(@refuse "an enum" A: EnumAccess, visit_enum);
    };
    (@refuse $found:literal, $($method:ident($($arg:ty)?)),+) => {
        $(fn $method<E: serde::de::Error>(self $(, _: $arg)?) -> Result<Self::Value, E> {
            Err($crate::serde_support::wrong_kind($found, &self))
        })+
    };
    (@refuse $found:literal $g:ident: $bound:ident, $method:ident) => {
        fn $method<$g: serde::de::$bound<'de>>(self, _: $g) -> Result<Self::Value, $g::Error> {
            Err($crate::serde_support::wrong_kind($found, &self))
        }
    };
}
