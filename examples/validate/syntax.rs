//! The top level of a body (is it an object, and with which member names), and JSON syntax
//! errors in the tool's own words: line, column, what was expected and what was found.
//!
//! serde_json finds the errors; this module only words them. Its message names the error (the
//! `ErrorCode`, which serde_json does not expose otherwise) and its position the line and
//! byte column of the offending byte; the byte there says what was found. Inside a string
//! nothing of the string is quoted: it may be a password.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A body's top level: the member names of an object, or the kind of any other JSON value.
/// Member values are skipped unread, so any well-formed JSON passes (`1e400` included).
pub enum TopLevel {
    Object(Vec<String>),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for TopLevel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TopLevelVisitor)
    }
}

struct TopLevelVisitor;

impl<'de> Visitor<'de> for TopLevelVisitor {
    type Value = TopLevel;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopLevel, A::Error> {
        let mut keys = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            map.next_value::<IgnoredAny>()?;
            keys.push(key);
        }
        Ok(TopLevel::Object(keys))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TopLevel, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(TopLevel::Other("an array"))
    }

    fn visit_unit<E>(self) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("null"))
    }

    fn visit_bool<E>(self, _: bool) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a boolean"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<TopLevel, E> {
        Ok(TopLevel::Other("a string"))
    }
}

/// Where an error is, and how to word it.
enum Wording {
    /// Outside strings: `expected …` and the char found there.
    Expected(&'static str),
    /// The input ends too early.
    Ends(&'static str),
    /// An escape JSON does not have (pointed at its '\\').
    BadEscape,
    /// A raw control char in a string (serde_json points at it or at the char before).
    ControlChar,
    /// A ',' right before a closing bracket.
    TrailingComma,
    /// A `\u` escape of a lone UTF-16 surrogate (pointed at the escape, not after it).
    LoneSurrogate,
    /// A sentence that needs no char of the input (inside a string, nothing of the string
    /// is quoted: it may be a password).
    Plain(&'static str),
}

/// The wording of each serde_json syntax error (serde_json 1's `ErrorCode` messages).
fn wording(serde_message: &str) -> Option<Wording> {
    use Wording::*;
    Some(match serde_message {
        "expected `,` or `}`" => Expected("',' or '}'"),
        "expected `,` or `]`" => Expected("',' or ']'"),
        "expected `:`" => Expected("':'"),
        "expected `\"`" => Expected("'\"'"),
        "expected value" => Expected("a JSON value"),
        "expected ident" => Expected("true, false or null"),
        "key must be a string" => Expected("a member name in double quotes"),
        "trailing comma" => TrailingComma,
        "trailing characters" => Expected("the end of the input after the JSON value"),
        "invalid number" => Expected("a number as JSON writes it"),
        "EOF while parsing a list" => Ends("inside a list, before its ']'"),
        "EOF while parsing an object" => Ends("inside an object, before its '}'"),
        "EOF while parsing a string" => Ends("inside a string, before its closing '\"'"),
        "EOF while parsing a value" => Ends("where a JSON value was expected"),
        "invalid escape" => BadEscape,
        "control character (\\u0000-\\u001F) found while parsing a string" => ControlChar,
        "invalid unicode code point" => Plain("a string holds a \\u escape that is not a char"),
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => LoneSurrogate,
        "number out of range" => Plain("the number is too large to be read"),
        "recursion limit exceeded" => Plain("lists and objects nest more than 128 levels deep"),
        _ => return None,
    })
}

/// Describes a serde_json error on `text` in the tool's words: `line 3, column 7: expected ','
/// or '}' but found 'x'`. Columns count chars from 1. Errors that are not about the syntax
/// (or that serde_json words in a way this module does not know) keep serde_json's message,
/// which for syntax errors never quotes the input.
pub fn describe(text: &str, error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let serde_message = message.strip_suffix(&position).unwrap_or(&message);
    let wording = match error.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            wording(serde_message)
        }
        _ => None,
    };
    let (Some(wording), true) = (wording, error.line() > 0) else {
        return message;
    };
    let mut at = offending_byte(text, error.line(), error.column());
    let what = match wording {
        Wording::Expected(expected) => {
            format!("expected {expected} but found {}", found(text, at))
        }
        Wording::Ends(where_) => {
            at = text.len();
            if text.trim().is_empty() {
                "the input is empty: expected a JSON object".to_string()
            } else {
                format!("the input ends {where_}")
            }
        }
        Wording::TrailingComma => {
            format!(
                "found {} right after ',': JSON has no trailing comma",
                found(text, at)
            )
        }
        Wording::BadEscape => {
            at = backslash_before(text, at).unwrap_or(at);
            "a string holds an escape JSON does not have: after '\\' it allows only '\"', \
             '\\', '/', b, f, n, r, t, or u and four hex digits"
                .to_string()
        }
        Wording::ControlChar => {
            at = control_char_from(text, at).unwrap_or(at);
            "a string holds a control char (U+0000 to U+001F, such as a tab or a line break) \
             as it is; JSON needs it escaped (\\t, \\n, \\u0000 …)"
                .to_string()
        }
        Wording::LoneSurrogate => {
            at = surrogate_escape_before(text, at).unwrap_or(at);
            "a string holds a \\u escape of a lone UTF-16 surrogate (D800 to DFFF without \
             its pair), which is not a char; a char beyond U+FFFF is escaped as a pair, \
             such as \\ud83d\\ude00"
                .to_string()
        }
        Wording::Plain(what) => what.to_string(),
    };
    let (line, column) = line_column(text, at);
    format!("line {line}, column {column}: {what}")
}

/// The byte offset serde_json's `line` and 1-based byte `column` point at (the column of the
/// byte it stopped on), moved back to a char boundary.
fn offending_byte(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line.checked_sub(2) {
        None => 0,
        Some(newlines_before) => text
            .match_indices('\n')
            .nth(newlines_before)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    let mut at = line_start
        .saturating_add(column.saturating_sub(1))
        .min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The char at byte `at`, quoted (escaped when invisible), or the end of the input. Used only
/// outside strings, where the char is JSON syntax, not part of a value.
fn found(text: &str, at: usize) -> String {
    match text.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) => format!("{c:?}"),
        None => "the end of the input".to_string(),
    }
}

/// The bytes of `text` from `before` bytes before `at` to the end of the char at `at`, and
/// where they start.
fn window(text: &str, at: usize, before: usize) -> Option<(usize, &str)> {
    let mut from = at.saturating_sub(before);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let end = text
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(at, |c| at + c.len_utf8());
    Some((from, text.get(from..end)?))
}

/// The '\\' that starts the escape serde_json stopped in (at most `\uXXX` before `at`).
fn backslash_before(text: &str, at: usize) -> Option<usize> {
    let (from, window) = window(text, at, 5)?;
    window.rfind('\\').map(|i| from + i)
}

/// The raw control char at `at` or right after it.
fn control_char_from(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    rest.char_indices()
        .take(2)
        .find(|(_, c)| c.is_ascii_control())
        .map(|(i, _)| at + i)
}

/// The start of the `\u` escape of a surrogate that ends at most 12 bytes before `at` (the
/// error comes after the escape, or after the escape that fails to complete the pair).
fn surrogate_escape_before(text: &str, at: usize) -> Option<usize> {
    let (from, window) = window(text, at, 14)?;
    window
        .match_indices("\\u")
        .filter(|(i, _)| {
            window
                .get(i + 2..i + 6)
                .and_then(|hex| u16::from_str_radix(hex, 16).ok())
                .is_some_and(|n| (0xD800..=0xDFFF).contains(&n))
        })
        .map(|(i, _)| from + i)
        .last()
}

/// The 1-based line and char column of byte `at` (a char boundary) of `text`.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}
