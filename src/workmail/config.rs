//! serde for the set-up choices, by hand (no derive), with errors naming their member. Each
//! error is made in its value's visitor, so a format adds its position once.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, value, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use crate::serde_support::any;
use crate::violation::Excerpt;
use crate::wire::JsonKind;

/// A place in a set-up document, such as `mail_domain.external.domain`.
#[derive(Clone, Copy)]
pub(crate) struct At<'a> {
    parent: Option<&'a At<'a>>,
    /// The member or variant read here.
    pub(crate) name: &'static str,
}

impl At<'_> {
    pub(crate) const ROOT: At<'static> = At {
        parent: None,
        name: "",
    };

    pub(crate) fn then(&self, name: &'static str) -> At<'_> {
        At {
            parent: Some(self),
            name,
        }
    }

    pub(crate) fn error<E: de::Error>(self, message: impl fmt::Display) -> E {
        if self.name.is_empty() {
            E::custom(message)
        } else {
            E::custom(format_args!("{self}: {message}"))
        }
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent.filter(|p| !p.name.is_empty()) {
            write!(f, "{parent}.")?;
        }
        f.write_str(self.name)
    }
}

fn refused<E: de::Error>(at: At<'_>, found: &str, expected: &dyn de::Expected) -> E {
    at.error(format_args!("invalid type: {found}, expected {expected}"))
}

/// Visitor methods refusing these kinds by place and kind, never the value (needs `self.at`).
macro_rules! refuse_at {
    ($($kind:ident),*) => { $( refuse_at!(@ $kind); )* };
    (@ bool) => { refuse_at!(@refuse "a boolean", visit_bool(bool)); };
    (@ number) => { refuse_at!(@refuse "a number", visit_i64(i64), visit_u64(u64), visit_f64(f64)); };
    (@ str) => { refuse_at!(@refuse "a string", visit_str(&str)); };
    (@ unit) => { refuse_at!(@refuse "null", visit_unit(), visit_none()); };
    (@ seq) => {
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(refused(self.at, "a list", &self))
        }
    };
    (@refuse $found:literal, $($method:ident($($arg:ty)?)),+) => {
        $(fn $method<E: de::Error>(self $(, _: $arg)?) -> Result<Self::Value, E> {
            Err(refused(self.at, $found, &self))
        })+
    };
}

/// A name among `names` (`what`: "field" or "variant").
struct Name<'a> {
    at: At<'a>,
    names: &'static [&'static str],
    what: &'static str,
}

impl Name<'_> {
    fn find<E: de::Error>(&self, v: &str) -> Result<&'static str, E> {
        match self.names.iter().find(|name| **name == v) {
            Some(name) => Ok(name),
            None => Err(self.at.error(Unknown(self, v))),
        }
    }
}

/// ``unknown field `v`, expected one of `a`, `b` ``, `v` cut to 64 bytes and escaped.
struct Unknown<'a>(&'a Name<'a>, &'a str);

impl fmt::Display for Unknown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Name { what, names, .. } = self.0;
        let v = Excerpt::new(self.1);
        let cut = if v.is_cut() { "..." } else { "" };
        let one_of = if let [_] = names { "" } else { "one of " };
        let v = v.as_str().escape_debug();
        write!(f, "unknown {what} `{v}`{cut}, expected {one_of}")?;
        for (i, name) in names.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}`{name}`")?;
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Name<'_> {
    type Value = &'static str;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'static str, D::Error> {
        any(d, self, D::deserialize_str)
    }
}

impl<'de> Visitor<'de> for Name<'_> {
    type Value = &'static str;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} name", self.what)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<&'static str, E> {
        self.find(v)
    }
    refuse_at!(bool, number, unit, seq);
}

/// Reads a `T` at a place, by kind `K`: [`LEAF`], [`CHOICE`] or [`RECORD`].
pub(crate) struct Seed<'a, T, const K: u8> {
    at: At<'a>,
    out: PhantomData<fn() -> T>,
}

const LEAF: u8 = 0;
const CHOICE: u8 = 1;
#[cfg(feature = "alloc")]
const RECORD: u8 = 2;

/// A member read by its own `Deserialize`, its error prefixed with the place.
pub(crate) type Leaf<'a, T> = Seed<'a, T, LEAF>;
pub(crate) type ChoiceAt<'a, T> = Seed<'a, T, CHOICE>;
#[cfg(feature = "alloc")]
pub(crate) type RecordAt<'a, T> = Seed<'a, T, RECORD>;

impl<'a, T, const K: u8> Seed<'a, T, K> {
    pub(crate) fn new(at: At<'a>) -> Self {
        Seed {
            at,
            out: PhantomData,
        }
    }
}

impl<'de, T, const K: u8> DeserializeSeed<'de> for Seed<'_, T, K>
where
    Self: Visitor<'de, Value = T>,
{
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        if K == LEAF {
            any(d, self, D::deserialize_str)
        } else {
            any(d, self, D::deserialize_map)
        }
    }
}

impl<T> Leaf<'_, T> {
    fn read<'de, D: Deserializer<'de>>(self, _: JsonKind, d: D) -> Result<T, D::Error>
    where
        T: de::Deserialize<'de>,
    {
        T::deserialize(d).map_err(|e| self.at.error(e))
    }
}

impl<'de, T: de::Deserialize<'de>> Visitor<'de> for Leaf<'_, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.read(JsonKind::Null, value::UnitDeserializer::new())
    }
    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.read(JsonKind::Null, value::UnitDeserializer::new())
    }
    visit_by_kind!(read);
}

/// A choice in serde's externally tagged form.
pub(crate) trait Choice: Sized {
    const VARIANTS: &'static [&'static str];
    /// For "expected … (a variant name, or a structure of one variant)".
    const WHAT: &'static str;
    /// The variant without data, and its name.
    const UNIT: (&'static str, Self);
    /// Reads the data of the variant `at.name`.
    fn data<'de, A: MapAccess<'de>>(map: &mut A, at: At<'_>) -> Result<Self, A::Error>;
}

impl<'a, T: Choice> ChoiceAt<'a, T> {
    fn name(&self) -> Name<'a> {
        Name {
            at: self.at,
            names: T::VARIANTS,
            what: "variant",
        }
    }
}

impl<'de, T: Choice> Visitor<'de> for ChoiceAt<'_, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = T::WHAT;
        write!(f, "{what} (a variant name, or a structure of one variant)")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        match self.name().find(v)? {
            name if name == T::UNIT.0 => Ok(T::UNIT.1),
            name => Err(self.at.error(format_args!(
                "variant `{name}` takes a value, as in {{\"{name}\": …}}"
            ))),
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let Some(name) = map.next_key_seed(self.name())? else {
            return Err(self
                .at
                .error("expected a variant, found an empty structure"));
        };
        if name == T::UNIT.0 {
            return Err(self.at.error(format_args!(
                "variant `{name}` takes no value, write it as the string \"{name}\""
            )));
        }
        let value = T::data(&mut map, self.at.then(name))?;
        match map.next_key::<de::IgnoredAny>()? {
            None => Ok(value),
            Some(_) => Err(self.at.error("more than one variant in one structure")),
        }
    }
    refuse_at!(bool, number, unit, seq);
}

/// The serde of a set-up choice: one variant without data, `$unit`, the others one value each.
macro_rules! leaf_choice {
    ($(#[$cfg:meta])* $ty:ident, $what:literal;
     $unit:ident = $unit_name:literal; $($variant:ident = $name:literal),+) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $ty::$unit => s.serialize_str($unit_name),
                    $( $ty::$variant(v) => $crate::workmail::config::variant(s, $name, v), )+
                }
            }
        }

        $(#[$cfg])*
        impl $crate::workmail::config::Choice for $ty {
            const VARIANTS: &'static [&'static str] = &[$unit_name, $($name),+];
            const WHAT: &'static str = $what;
            const UNIT: (&'static str, Self) = ($unit_name, $ty::$unit);
            fn data<'de, A: serde::de::MapAccess<'de>>(
                map: &mut A,
                at: $crate::workmail::config::At<'_>,
            ) -> Result<Self, A::Error> {
                let leaf = $crate::workmail::config::Leaf::new(at);
                match at.name {
                    $( $name => Ok($ty::$variant(map.next_value_seed(leaf)?)), )+
                    _ => Err(at.error("no such variant")),
                }
            }
        }

        /// Serde's externally tagged form, names in `snake_case`; errors name the variant.
        $(#[$cfg])*
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let at = $crate::workmail::config::At::ROOT;
                serde::de::DeserializeSeed::deserialize($crate::workmail::config::ChoiceAt::new(at), d)
            }
        }
    };
}

#[cfg(feature = "alloc")]
/// A structure of named members, each at most once, unknown ones refused.
pub(crate) trait Record: Sized {
    const MEMBERS: &'static [&'static str];
    /// For "expected …".
    const WHAT: &'static str;
    type Parts: Default;
    /// Reads member `at.name` into `parts`, with [`once`].
    fn member<'de, A: MapAccess<'de>>(
        parts: &mut Self::Parts,
        map: &mut A,
        at: At<'_>,
    ) -> Result<(), A::Error>;
    /// The value, or the name of a missing member.
    fn build(parts: Self::Parts) -> Result<Self, &'static str>;
}

#[cfg(feature = "alloc")]
/// Reads the map's next value into `slot`, refusing a second one.
pub(crate) fn once<'de, A, S>(
    slot: &mut Option<S::Value>,
    map: &mut A,
    at: At<'_>,
    seed: S,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    S: DeserializeSeed<'de>,
{
    if slot.is_some() {
        let parent = at.parent.unwrap_or(&At::ROOT);
        return Err(parent.error(format_args!("duplicate field `{}`", at.name)));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

#[cfg(feature = "alloc")]
impl<'de, T: Record> Visitor<'de> for RecordAt<'_, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::WHAT)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut parts = T::Parts::default();
        let names = || Name {
            at: self.at,
            names: T::MEMBERS,
            what: "field",
        };
        while let Some(name) = map.next_key_seed(names())? {
            T::member(&mut parts, &mut map, self.at.then(name))?;
        }
        T::build(parts).map_err(|name| self.at.error(format_args!("missing field `{name}`")))
    }
    refuse_at!(bool, number, str, unit, seq);
}

/// Writes a variant with data as a structure of one member.
pub(crate) fn variant<S: Serializer, T: serde::Serialize + ?Sized>(
    s: S,
    name: &'static str,
    data: &T,
) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(1))?;
    map.serialize_entry(name, data)?;
    map.end()
}
