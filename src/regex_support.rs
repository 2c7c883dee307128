//! Compiled regexes equivalent to the validators (feature `regex`).

use alloc::string::String;

use crate::Shape;

/// The regex text of a shape: its `regex` field, or the alternation of its enum values.
pub(crate) fn source(shape: &Shape) -> String {
    if let Some(re) = shape.regex {
        return String::from(re);
    }
    let values = shape.enum_values.unwrap_or(&[]).iter();
    let escaped: alloc::vec::Vec<String> = values.map(|value| regex::escape(value)).collect();
    alloc::format!("^(?:{})$", escaped.join("|"))
}

/// Compiles the shape's regex. The `expect` is unreachable: the sources are constants, and
/// the tests compile each.
#[allow(clippy::expect_used)]
pub(crate) fn compile(shape: &Shape) -> regex::Regex {
    regex::Regex::new(&source(shape)).expect("the crate's regex sources are tested to compile")
}
