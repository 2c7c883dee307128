//! Compiled regexes equivalent to the validators (feature `regex`).

use crate::Shape;

/// Compiles the shape's `regex`, or for an enum the alternation of its values. The `expect` is
/// unreachable: the sources are constants, and the tests compile each.
#[allow(clippy::expect_used)]
pub(crate) fn compile(shape: &Shape) -> regex::Regex {
    let values = shape.enum_values.unwrap_or(&[]).iter();
    let alternation = values
        .map(|value| regex::escape(value))
        .reduce(|all, value| alloc::format!("{all}|{value}"));
    let enum_source = alloc::format!("^(?:{})$", alternation.unwrap_or_default());
    regex::Regex::new(shape.regex.unwrap_or(&enum_source))
        .expect("the crate's regex sources are tested to compile")
}
