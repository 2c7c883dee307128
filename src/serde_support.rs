//! serde glue shared by every shape: values are strings on the wire, and deserializing goes
//! through the same validation as [`core::str::FromStr`].

use core::fmt;
use core::marker::PhantomData;

use crate::{Error, Shape};

/// Visits a string and hands it to a shape's constructor.
pub(crate) struct ShapeVisitor<T, F> {
    parse: F,
    shape: &'static Shape,
    _out: PhantomData<fn() -> T>,
}

impl<T, F: Fn(&str) -> Result<T, Error>> ShapeVisitor<T, F> {
    pub(crate) fn new(parse: F, shape: &'static Shape) -> Self {
        ShapeVisitor {
            parse,
            shape,
            _out: PhantomData,
        }
    }
}

impl<T, F: Fn(&str) -> Result<T, Error>> serde::de::Visitor<'_> for ShapeVisitor<T, F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string valid as {}", self.shape.type_name)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).map_err(E::custom)
    }
}
