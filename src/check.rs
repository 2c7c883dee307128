//! The member checks of `validate()`, reporting to a [`Sink`]. Paths are passed as functions,
//! called only to report: a [`Path`] is large.

use alloc::boxed::Box;
use alloc::string::String;

use crate::violation::{Path, Sink, Violation};
use crate::wire::{Field, JsonKind, Secret};
use crate::Error;

/// A violation was reported for the member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reported;

/// A checked member: `Ok(None)` when absent, `Ok(Some(v))` when valid.
pub(crate) type Checked<T> = Result<Option<T>, Reported>;

/// Passes violations on, remembering whether there was any.
pub(crate) struct Watch<'a, S: Sink + ?Sized> {
    pub(crate) inner: &'a mut S,
    pub(crate) reported: bool,
}

impl<S: Sink + ?Sized> Sink for Watch<'_, S> {
    fn report(&mut self, violation: Violation) {
        self.reported = true;
        self.inner.report(violation);
    }
}

/// A member's text, borrowed (copied when kept) or owned (moved when kept).
pub(crate) trait TextIn: AsRef<str> {
    /// The text boxed; borrowed text is copied once, at its exact size.
    fn into_boxed_str(self) -> Box<str>;
}

impl<T: AsRef<str> + ?Sized> TextIn for &T {
    #[inline]
    fn into_boxed_str(self) -> Box<str> {
        self.as_ref().into()
    }
}

impl TextIn for String {
    #[inline]
    fn into_boxed_str(self) -> Box<str> {
        String::into_boxed_str(self)
    }
}

#[cfg(feature = "serde")]
impl TextIn for crate::wire::Str<'_> {
    #[inline]
    fn into_boxed_str(self) -> Box<str> {
        match self {
            crate::wire::Str::Borrowed(s) => s.into(),
            crate::wire::Str::Owned(s) => s.into_boxed_str(),
        }
    }
}

impl TextIn for Secret {
    #[inline]
    fn into_boxed_str(self) -> Box<str> {
        self.0.into_boxed_str()
    }
}

/// A shape the checks can build from a member's text.
pub(crate) trait Build: Sized {
    /// Checks the text and builds the value; the text comes back if refused.
    fn build<A: TextIn>(text: A) -> Result<Self, (Error, A)>;
}

/// Reports an absent required member or one of the wrong JSON type; the value otherwise.
#[inline]
pub(crate) fn present<A, S: Sink + ?Sized>(
    field: Field<A>,
    path: impl Fn() -> Path,
    required: bool,
    expected: JsonKind,
    sink: &mut S,
) -> Checked<A> {
    match field {
        Field::Absent if required => {
            sink.report(Violation::required(path()));
            Err(Reported)
        }
        Field::Absent => Ok(None),
        Field::WrongType { found } => {
            sink.report(Violation::wrong_type(path(), expected, found));
            Err(Reported)
        }
        Field::Present(v) => Ok(Some(v)),
    }
}

/// Checks a string member against its shape `T` and builds the value.
#[inline]
pub(crate) fn text<A: TextIn, T: Build, S: Sink + ?Sized>(
    field: Field<A>,
    path: impl Fn() -> Path,
    required: bool,
    sink: &mut S,
) -> Checked<T> {
    let Some(v) = present(field, &path, required, JsonKind::String, sink)? else {
        return Ok(None);
    };
    match T::build(v) {
        Ok(t) => Ok(Some(t)),
        Err((e, v)) => {
            sink.report(Violation::shape(path(), e, v.as_ref()));
            Err(Reported)
        }
    }
}

/// The one string member of a response (unknown members skipped): `null` is absent, another
/// JSON type an error.
#[cfg(feature = "serde")]
pub(crate) fn lenient_member<'de, D: serde::Deserializer<'de>>(
    d: D,
    member: &'static str,
) -> Result<Option<String>, D::Error> {
    use crate::serde_support::wrong_kind;
    use core::fmt;
    use serde::de::{IgnoredAny, MapAccess, Visitor};

    struct V(&'static str);

    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a structure with an optional string member {}", self.0)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<String>, A::Error> {
            let mut out = None;
            while let Some(key) = map.next_key::<crate::wire::Str<'de>>()? {
                if key.as_ref() == self.0 {
                    out = match map.next_value::<Field<String>>()? {
                        Field::Present(s) => Some(s),
                        Field::Absent => None,
                        Field::WrongType { found } => {
                            return Err(wrong_kind(found.with_article(), &"a string"));
                        }
                    };
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(out)
        }

        refuse_kinds!(bool, number, str, unit, seq);
    }

    crate::serde_support::any(d, V(member), D::deserialize_map)
}
