//! Members as they arrive on the wire, before validation: each a [`Field`] of an `…Input`.

use core::fmt;

/// The JSON type of a value; violations name it, never the value.
///
/// ```
/// use org_shapes::wire::JsonKind;
///
/// assert_eq!(JsonKind::String.to_string(), "a string");
/// assert_eq!(JsonKind::Object.with_article(), "a structure");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonKind {
    /// The type as messages name it (`a string`, `a structure`).
    pub const fn with_article(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "a list",
            JsonKind::Object => "a structure",
        }
    }
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.with_article())
    }
}

/// One member of an input as it arrived; reading never fails on its JSON type.
///
/// ```
/// use org_shapes::wire::Field;
///
/// let alias: Field<&str> = Some("acme").into();
/// assert_eq!(alias.as_ref(), Some(&"acme"));
/// assert!(Field::<&str>::from(None).is_absent());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Field<T> {
    /// Not in the document, or `null` (the same in AWS JSON protocols).
    #[default]
    Absent,
    /// Present, of the expected JSON type; its content is not checked yet.
    Present(T),
    /// Present, but of another JSON type.
    WrongType {
        /// The JSON type found.
        found: JsonKind,
    },
}

impl<T> Field<T> {
    #[cfg(feature = "alloc")]
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Field<U> {
        match self {
            Field::Absent => Field::Absent,
            Field::Present(v) => Field::Present(f(v)),
            Field::WrongType { found } => Field::WrongType { found },
        }
    }

    /// The same member, borrowing its value.
    #[cfg(feature = "alloc")]
    pub(crate) fn borrowed(&self) -> Field<&T> {
        match self {
            Field::Absent => Field::Absent,
            Field::Present(v) => Field::Present(v),
            Field::WrongType { found } => Field::WrongType { found: *found },
        }
    }

    /// The value, when present and of the expected type.
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Field::Present(v) => Some(v),
            _ => None,
        }
    }

    /// Whether the member was absent or `null`.
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }

    /// Whether the member is absent or of the wrong type (for `skip_serializing_if`).
    pub fn is_unsendable(&self) -> bool {
        !matches!(self, Field::Present(_))
    }
}

impl<T> From<Option<T>> for Field<T> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Field::Absent, Field::Present)
    }
}

/// Visitor methods handing every kind of value but null to `self.$read(kind, deserializer)`.
#[cfg(feature = "serde")]
macro_rules! visit_by_kind {
    ($read:ident) => {
        visit_by_kind!(@ $read,
            visit_bool(E: Error) bool, E, Bool, IntoDeserializer::into_deserializer;
            visit_i64(E: Error) i64, E, Number, IntoDeserializer::into_deserializer;
            visit_u64(E: Error) u64, E, Number, IntoDeserializer::into_deserializer;
            visit_f64(E: Error) f64, E, Number, IntoDeserializer::into_deserializer;
            visit_str(E: Error) &str, E, String, IntoDeserializer::into_deserializer;
            visit_borrowed_str(E: Error) &'de str, E, String, value::BorrowedStrDeserializer::new;
            visit_seq(A: SeqAccess<'de>) A, A::Error, Array, value::SeqAccessDeserializer::new;
            visit_map(A: MapAccess<'de>) A, A::Error, Object, value::MapAccessDeserializer::new;
        );
    };
    (@ $read:ident, $($method:ident($g:ident: $bound:ident$(<$l:lifetime>)?) $ty:ty, $err:ty,
        $kind:ident, $($new:ident)::+;)+) => {
        $(fn $method<$g: serde::de::$bound$(<$l>)?>(self, v: $ty) -> Result<Self::Value, $err> {
            self.$read($crate::wire::JsonKind::$kind, serde::de::$($new)::+(v))
        })+
    };
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Field, JsonKind};
    use core::fmt;
    use core::marker::PhantomData;
    use serde::de::{self, Deserialize, Deserializer, IgnoredAny, Visitor};

    /// The JSON type a [`Field`] reads as present.
    ///
    /// ```
    /// # #[cfg(feature = "alloc")] {
    /// use org_shapes::wire::{FieldValue, JsonKind};
    ///
    /// assert_eq!(<String as FieldValue>::EXPECTED, JsonKind::String);
    /// assert_eq!(<Vec<String> as FieldValue>::EXPECTED, JsonKind::Array);
    /// # }
    /// ```
    pub trait FieldValue: Sized {
        /// Which JSON type is expected.
        const EXPECTED: JsonKind;
    }

    macro_rules! field_values {
        ($($(#[$cfg:meta])* [$($generic:tt)*] $ty:ty => $kind:expr;)+) => {
            $($(#[$cfg])* impl<$($generic)*> FieldValue for $ty {
                const EXPECTED: JsonKind = $kind;
            })+
        };
    }

    field_values! {
        [] bool => JsonKind::Bool;
        #[cfg(feature = "alloc")] [] alloc::string::String => JsonKind::String;
        #[cfg(feature = "alloc")] [T] alloc::vec::Vec<T> => JsonKind::Array;
        #[cfg(feature = "alloc")] [] crate::wire::Secret => JsonKind::String;
        #[cfg(feature = "alloc")] [T] crate::wire::MaybeKnown<T> => JsonKind::String;
        #[cfg(feature = "alloc")] ['de] crate::wire::Str<'de> => JsonKind::String;
        // Boxed list elements keep a hostile list's `Field`s small.
        #[cfg(feature = "alloc")] [T: FieldValue] alloc::boxed::Box<T> => T::EXPECTED;
    }

    impl<'de, T> Deserialize<'de> for Field<T>
    where
        T: FieldValue + Deserialize<'de>,
    {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(FieldVisitor(PhantomData))
        }
    }

    struct FieldVisitor<T>(PhantomData<fn() -> T>);

    impl<'de, T> FieldVisitor<T>
    where
        T: FieldValue + Deserialize<'de>,
    {
        /// The value `d` holds, of JSON type `found`: read when expected, else skipped whole.
        fn read<D: Deserializer<'de>>(self, found: JsonKind, d: D) -> Result<Field<T>, D::Error> {
            if T::EXPECTED == found {
                T::deserialize(d).map(Field::Present)
            } else {
                IgnoredAny::deserialize(d)?;
                Ok(Field::WrongType { found })
            }
        }
    }

    impl<'de, T> Visitor<'de> for FieldVisitor<T>
    where
        T: FieldValue + Deserialize<'de>,
    {
        type Value = Field<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTED.with_article())
        }

        fn visit_unit<E: de::Error>(self) -> Result<Field<T>, E> {
            Ok(Field::Absent)
        }

        fn visit_none<E: de::Error>(self) -> Result<Field<T>, E> {
            Ok(Field::Absent)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Field<T>, D::Error> {
            d.deserialize_any(self)
        }

        visit_by_kind!(read);
    }

    impl<T: serde::Serialize> serde::Serialize for Field<T> {
        /// The value, `null` when absent, and for the wrong type a stand-in of it (`false`,
        /// `0`, `""`, `[]`, `{}`) that reads back as the same `Field`.
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::{SerializeMap, SerializeSeq};
            match self {
                Field::Present(v) => v.serialize(s),
                Field::Absent => s.serialize_none(),
                Field::WrongType { found } => match found {
                    JsonKind::Null => s.serialize_none(),
                    JsonKind::Bool => s.serialize_bool(false),
                    JsonKind::Number => s.serialize_u8(0),
                    JsonKind::String => s.serialize_str(""),
                    JsonKind::Array => s.serialize_seq(Some(0))?.end(),
                    JsonKind::Object => s.serialize_map(Some(0))?.end(),
                },
            }
        }
    }
}

#[cfg(feature = "serde")]
pub use serde_impls::FieldValue;

#[cfg(all(feature = "serde", feature = "alloc"))]
pub(crate) use owned::Str;
#[cfg(feature = "alloc")]
pub use owned::{MaybeKnown, Secret};

#[cfg(feature = "alloc")]
mod owned {
    use alloc::string::String;
    use core::fmt;

    /// The text of a sensitive member as it arrived: `Debug` never shows it.
    ///
    /// ```
    /// use org_shapes::wire::Secret;
    ///
    /// let password = Secret::from("Correct-Horse-7");
    /// assert_eq!(password.as_str(), "Correct-Horse-7");
    /// assert_eq!(format!("{password:?}"), "Secret(<redacted>)");
    /// ```
    #[derive(Clone, PartialEq, Eq, Default)]
    pub struct Secret(pub String);

    impl Secret {
        /// The text.
        pub fn as_str(&self) -> &str {
            &self.0
        }
    }

    impl fmt::Debug for Secret {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("Secret(<redacted>)")
        }
    }

    impl AsRef<str> for Secret {
        fn as_ref(&self) -> &str {
            &self.0
        }
    }

    impl From<&str> for Secret {
        fn from(s: &str) -> Self {
            Secret(s.into())
        }
    }

    /// A response's enum value: known, or a newer one kept as text (AWS adds values) that only
    /// `validate()` reports.
    ///
    /// ```
    /// use org_shapes::organizations::PolicyType;
    /// use org_shapes::wire::MaybeKnown;
    ///
    /// let known = MaybeKnown::<PolicyType>::parse("TAG_POLICY");
    /// assert_eq!(known.known(), Some(&PolicyType::TagPolicy));
    /// let newer = MaybeKnown::<PolicyType>::parse("QUANTUM_POLICY");
    /// assert_eq!(newer.known(), None);
    /// assert_eq!(newer.as_str(), "QUANTUM_POLICY");
    /// ```
    #[derive(Clone, PartialEq, Eq, Hash)]
    pub enum MaybeKnown<T> {
        /// A value of the enum.
        Known(T),
        /// Text the enum does not know, as it arrived.
        Unknown(String),
    }

    impl<T: fmt::Debug> fmt::Debug for MaybeKnown<T> {
        /// An unknown value shows as an excerpt of at most 64 bytes.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                MaybeKnown::Known(v) => f.debug_tuple("Known").field(v).finish(),
                MaybeKnown::Unknown(s) => f
                    .debug_tuple("Unknown")
                    .field(&crate::violation::Excerpt::new(s))
                    .finish(),
            }
        }
    }

    impl<T> MaybeKnown<T> {
        /// The known value, if it is one.
        pub fn known(&self) -> Option<&T> {
            match self {
                MaybeKnown::Known(v) => Some(v),
                MaybeKnown::Unknown(_) => None,
            }
        }

        /// Reads a wire value; never fails.
        pub fn parse(s: &str) -> Self
        where
            T: core::str::FromStr,
        {
            s.parse()
                .map_or_else(|_| MaybeKnown::Unknown(s.into()), MaybeKnown::Known)
        }

        /// The wire value.
        pub fn as_str(&self) -> &str
        where
            T: AsRef<str>,
        {
            match self {
                MaybeKnown::Known(v) => v.as_ref(),
                MaybeKnown::Unknown(s) => s,
            }
        }
    }

    impl<T> From<T> for MaybeKnown<T> {
        fn from(v: T) -> Self {
            MaybeKnown::Known(v)
        }
    }

    impl<T: AsRef<str>> fmt::Display for MaybeKnown<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.as_str())
        }
    }

    /// The wire value ([`MaybeKnown::as_str`]); a response's enum member is checked as this text,
    /// so an unknown value is reported as outside the enum.
    impl<T: AsRef<str>> AsRef<str> for MaybeKnown<T> {
        fn as_ref(&self) -> &str {
            self.as_str()
        }
    }

    #[cfg(feature = "serde")]
    pub(crate) use serde_impls::Str;

    #[cfg(feature = "serde")]
    mod serde_impls {
        use super::{fmt, MaybeKnown, Secret, String};
        use serde::de::{Error, Visitor};
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        impl<'de> Deserialize<'de> for Secret {
            /// Reads a string; an error names another kind, never the value.
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Ok(Secret(match Str::deserialize(d)? {
                    Str::Borrowed(s) => s.into(),
                    Str::Owned(s) => s,
                }))
            }
        }

        impl Serialize for Secret {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de, T: core::str::FromStr> Deserialize<'de> for MaybeKnown<T> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Ok(MaybeKnown::parse(Str::deserialize(d)?.as_ref()))
            }
        }

        impl<T: AsRef<str>> Serialize for MaybeKnown<T> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        /// Text read from a document: borrowed when verbatim, owned when unescaped.
        pub(crate) enum Str<'de> {
            Borrowed(&'de str),
            Owned(String),
        }

        impl AsRef<str> for Str<'_> {
            fn as_ref(&self) -> &str {
                match self {
                    Str::Borrowed(s) => s,
                    Str::Owned(s) => s,
                }
            }
        }

        impl<'de> Deserialize<'de> for Str<'de> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = Str<'de>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Str<'de>, E> {
                        Ok(Str::Borrowed(v))
                    }
                    fn visit_str<E: Error>(self, v: &str) -> Result<Str<'de>, E> {
                        Ok(Str::Owned(v.into()))
                    }
                    fn visit_string<E: Error>(self, v: String) -> Result<Str<'de>, E> {
                        Ok(Str::Owned(v))
                    }
                    refuse_kinds!(bool, number, unit, seq, map);
                }
                crate::serde_support::any(d, V, D::deserialize_str)
            }
        }
    }
}

/// Declares an `…Input`: members as [`Field`]s, unknown names collected, `Deserialize` that
/// never fails on content, `Serialize` that writes present members in model order, then the
/// unknown names with `null` values.
#[allow(unused_macros)] // used by the operation modules
macro_rules! wire_input {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $( $(#[$fattr:meta])* $wire:literal => $field:ident : $ty:ty, )+
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        pub struct $name {
            $( #[doc = concat!("`", $wire, "`.")] $(#[$fattr])* pub $field: $crate::wire::Field<$ty>, )+
            /// Members the model does not have, in document order (names cut to 64 bytes).
            pub unknown_members: alloc::vec::Vec<$crate::violation::Excerpt>,
        }

        impl $name {
            /// The wire names of the members, in model order.
            pub const MEMBERS: &'static [&'static str] = &[$($wire),+];

            $(
                #[doc = concat!("This input with `", $wire, "` set to `value` (unchecked).")]
                #[must_use]
                pub fn $field(mut self, value: impl Into<$ty>) -> Self {
                    self.$field = $crate::wire::Field::Present(value.into());
                    self
                }
            )+
        }

        #[cfg(feature = "serde")]
        wire_deserialize!($name, $name, $($wire => $field),+);

        #[cfg(feature = "serde")]
        serialize_map!($name, |input, map|
            $( $wire => (!input.$field.is_absent()).then_some(&input.$field) ),+;
            for name in &input.unknown_members {
                map.serialize_entry(name.as_str(), &())?;
            });
    };
}

/// `Serialize` as a map of each `name => Option<&value>` that is `Some`, in order, then
/// statements writing to `$map`; `self` is `$this`.
#[cfg(feature = "serde")]
macro_rules! serialize_map {
    ($ty:ty, |$this:ident, $map:ident| $( $wire:expr => $value:expr ),+; $($rest:tt)*) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let $this = self;
                let mut $map = s.serialize_map(None)?;
                $( if let Some(v) = $value {
                    $map.serialize_entry($wire, v)?;
                } )+
                $($rest)*
                $map.end()
            }
        }
    };
}

/// The `Deserialize` and `FieldValue` (a structure) of an input or its view; names borrowed
/// from the document where they can be, unknown ones kept as excerpts.
#[cfg(all(feature = "serde", feature = "alloc"))]
macro_rules! wire_deserialize {
    ($ty:ty, $names:ident, $($wire:literal => $field:ident),+) => {
        impl<'de> $crate::wire::FieldValue for $ty {
            const EXPECTED: $crate::wire::JsonKind = $crate::wire::JsonKind::Object;
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                /// A member name: the table's (as its field), or another, cut.
                #[allow(non_camel_case_types)]
                enum Key {
                    $( $field, )+
                    Unknown($crate::violation::Excerpt),
                }
                struct K;
                impl serde::de::Visitor<'_> for K {
                    type Value = Key;
                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str("a member name")
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
                        Ok(match v {
                            $( $wire => Key::$field, )+
                            _ => Key::Unknown($crate::violation::Excerpt::new(v)),
                        })
                    }
                }
                impl<'de> serde::Deserialize<'de> for Key {
                    fn deserialize<D2: serde::Deserializer<'de>>(d: D2) -> Result<Key, D2::Error> {
                        d.deserialize_str(K)
                    }
                }
                struct V<'a>(core::marker::PhantomData<&'a ()>);
                impl<'de> serde::de::Visitor<'de> for V<'de> {
                    type Value = $ty;
                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str(concat!("a ", stringify!($names), " structure"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<Self::Value, A::Error> {
                        let mut out = <$ty>::default();
                        while let Some(key) = map.next_key::<Key>()? {
                            match key {
                                $( Key::$field => {
                                    out.$field = map.next_value()?;
                                } )+
                                Key::Unknown(name) => {
                                    out.unknown_members.push(name);
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok(out)
                    }
                    refuse_kinds!(bool, number, str, unit, seq);
                }
                $crate::serde_support::any(d, V(core::marker::PhantomData), D::deserialize_map)
            }
        }
    };
}
