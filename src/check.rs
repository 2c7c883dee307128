//! The member checks the `validate()` functions of the operations are made of: one
//! function per kind of member (text of a shape, boolean, unknown names), each reporting to a
//! [`Sink`] and telling the caller whether the member can be used.

use crate::violation::{Excerpt, Path, Sink, Violation};
use crate::wire::{Field, JsonKind};
use crate::Error;

/// A violation was reported for the member; the caller cannot build the typed value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reported;

/// What checking one member gives: `Ok(None)` when absent (and allowed to be), `Ok(Some(v))`
/// when present and valid, `Err(Reported)` after reporting what is wrong.
pub(crate) type Checked<T> = Result<Option<T>, Reported>;

/// Passes violations on and remembers whether there was any.
pub(crate) struct Watch<'a, S: Sink + ?Sized> {
    inner: &'a mut S,
    reported: bool,
}

impl<'a, S: Sink + ?Sized> Watch<'a, S> {
    pub(crate) fn new(inner: &'a mut S) -> Self {
        Watch {
            inner,
            reported: false,
        }
    }

    /// Whether anything was reported through this watch.
    pub(crate) fn reported(&self) -> bool {
        self.reported
    }
}

impl<S: Sink + ?Sized> Sink for Watch<'_, S> {
    fn report(&mut self, violation: Violation) {
        self.reported = true;
        self.inner.report(violation);
    }
}

/// Checks a string member against its shape with `parse` (length, then pattern or enum).
pub(crate) fn text<V: AsRef<str>, T, S: Sink + ?Sized>(
    field: &Field<V>,
    path: Path,
    required: bool,
    parse: impl FnOnce(&str) -> Result<T, Error>,
    sink: &mut S,
) -> Checked<T> {
    match field {
        Field::Absent if required => {
            sink.report(Violation::required(path));
            Err(Reported)
        }
        Field::Absent => Ok(None),
        Field::WrongType { found } => {
            sink.report(Violation::wrong_type(path, JsonKind::String, *found));
            Err(Reported)
        }
        Field::Present(v) => {
            let s = v.as_ref();
            match parse(s) {
                Ok(t) => Ok(Some(t)),
                Err(e) => {
                    sink.report(Violation::shape(path, e, s));
                    Err(Reported)
                }
            }
        }
    }
}

/// Checks a boolean member (never required in these operations).
pub(crate) fn boolean<S: Sink + ?Sized>(
    field: &Field<bool>,
    path: Path,
    sink: &mut S,
) -> Checked<bool> {
    match field {
        Field::Absent => Ok(None),
        Field::WrongType { found } => {
            sink.report(Violation::wrong_type(path, JsonKind::Bool, *found));
            Err(Reported)
        }
        Field::Present(b) => Ok(Some(*b)),
    }
}

/// Reports every member of the structure at `parent` that the model does not have.
pub(crate) fn unknown<S: Sink + ?Sized>(names: &[Excerpt], parent: Path, sink: &mut S) {
    for name in names {
        sink.report(Violation::unknown_member(parent, *name));
    }
}

/// The single string member of a response, read leniently: unknown members are skipped, the
/// value is kept as sent, `null` means absent. A member of another JSON type is an error,
/// as no client could use it.
#[cfg(feature = "serde")]
pub(crate) fn lenient_member<'de, D: serde::Deserializer<'de>>(
    d: D,
    member: &'static str,
) -> Result<Option<alloc::string::String>, D::Error> {
    use alloc::string::String;
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
            while let Some(key) = map.next_key::<String>()? {
                if key == self.0 {
                    out = map.next_value::<Option<String>>()?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(out)
        }
    }

    d.deserialize_map(V(member))
}
