//! A strict JSON reader that hands every number to the type being read ([Serde](crate#serde)).
//!
//! One [RFC 8259] value, whitespace and a leading byte order mark skipped; what it refuses is
//! an [`ErrorKind`]. An integer that fits is visited as `u64` (`i64` if negative), any other
//! number (`-0` too) as the correctly rounded `f64`, **infinite beyond its range** (`1e400`),
//! zero below it. Strings with escapes are unescaped into a `String`, others borrowed.
//! Duplicate members reach the visitor in order.
//!
//! Time is linear; memory is what the visitors keep, a `String` per escaped string and a few
//! bytes per nesting level.
//!
//! [RFC 8259]: https://www.rfc-editor.org/rfc/rfc8259

use crate::escape::{escape, Escape};
use alloc::{borrow::Cow, string::String};
use core::fmt;
use serde::de::{self, DeserializeSeed, Expected, Unexpected, Visitor};

/// How deeply arrays and objects may nest (`[[1]]` is 2); `serde_json` allows 127.
pub const MAX_DEPTH: usize = 128;

/// The most bytes an [`Error`] keeps of a visitor's message; a longer one is cut, ending in `…`.
pub const MAX_MESSAGE_BYTES: usize = 256;

const BOM: &str = "\u{feff}";

const ESCAPE: &str = r#"an escape (\" \\ \/ \b \f \n \r \t or \uXXXX)"#;

/// Reads a `T` from JSON text (example: [Serde](crate#serde)).
///
/// # Errors
///
/// When `s` is not one JSON value, or `T` refuses it ([`ErrorKind::Custom`]).
pub fn from_str<'de, T: de::Deserialize<'de>>(s: &'de str) -> Result<T, Error> {
    let mut de = Deserializer::new(s);
    let value = T::deserialize(&mut de).map_err(|e| de.fix(e))?;
    de.end()?;
    Ok(value)
}

/// Reads a `T` from UTF-8 bytes.
///
/// # Errors
///
/// As [`from_str`], or [`ErrorKind::InvalidUtf8`].
///
/// ```
/// use org_shapes::json;
///
/// let name: String = json::from_slice(b"\"caf\xc3\xa9\"")?;
/// assert_eq!(name, "café");
/// let err = json::from_slice::<String>(b"\"caf\xe9\"").unwrap_err();
/// assert_eq!(err.to_string(), "line 1, column 5: invalid UTF-8");
/// # Ok::<(), json::Error>(())
/// ```
pub fn from_slice<'de, T: de::Deserialize<'de>>(v: &'de [u8]) -> Result<T, Error> {
    from_str(utf8(v)?)
}

fn utf8(v: &[u8]) -> Result<&str, Error> {
    core::str::from_utf8(v).map_err(|e| Error::at(ErrorKind::InvalidUtf8, v, e.valid_up_to()))
}

/// The reader, to drive a [`DeserializeSeed`], then [`Deserializer::end`].
///
/// ```
/// use serde::Deserialize;
///
/// let mut de = org_shapes::json::Deserializer::new(" [true] ");
/// let flags = Vec::<bool>::deserialize(&mut de)?;
/// de.end()?;
/// assert_eq!(flags, [true]);
/// # Ok::<(), org_shapes::json::Error>(())
/// ```
pub struct Deserializer<'de> {
    text: &'de str,
    pos: usize,
    depth: usize,
}

/// Never shows the input, which may hold secrets.
impl fmt::Debug for Deserializer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Deserializer")
            .field("len", &self.text.len())
            .field("pos", &self.pos)
            .field("depth", &self.depth)
            .finish()
    }
}

impl<'de> Deserializer<'de> {
    /// A reader of `text`.
    pub fn new(text: &'de str) -> Self {
        let pos = if text.starts_with(BOM) { BOM.len() } else { 0 };
        Deserializer {
            text,
            pos,
            depth: 0,
        }
    }

    /// A reader of `bytes`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUtf8`].
    pub fn from_slice(bytes: &'de [u8]) -> Result<Self, Error> {
        Ok(Self::new(utf8(bytes)?))
    }

    /// Checks that only whitespace follows the value.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TrailingCharacters`].
    pub fn end(&mut self) -> Result<(), Error> {
        self.skip_ws();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error(ErrorKind::TrailingCharacters {
                found: self.char_at(self.pos),
            })),
        }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    fn peek(&self) -> Option<u8> {
        self.byte(self.pos)
    }

    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn bump_if(&mut self, accept: impl Fn(u8) -> bool) -> bool {
        let taken = self.peek().is_some_and(accept);
        if taken {
            self.bump();
        }
        taken
    }

    fn skip_ws(&mut self) {
        while self.bump_if(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {}
    }

    /// The char at byte offset `at`, a char boundary (the reader stops only after ASCII).
    fn char_at(&self, at: usize) -> char {
        self.text
            .get(at..)
            .and_then(|s| s.chars().next())
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    fn error(&self, kind: ErrorKind) -> Error {
        Error::at(kind, self.text, self.pos)
    }

    /// A syntax error at `at`; inside a string, the char found there is not shown.
    fn syntax(&self, at: usize, expected: &'static str, in_string: bool) -> Error {
        let found = match self.byte(at) {
            None => Found::EndOfInput,
            Some(_) if in_string => Found::InString,
            Some(_) => Found::Char(self.char_at(at)),
        };
        Error::at(ErrorKind::Syntax { expected, found }, self.text, at)
    }

    fn expected(&self, expected: &'static str) -> Error {
        self.syntax(self.pos, expected, false)
    }

    fn fix(&self, e: Error) -> Error {
        if e.line == 0 {
            self.error(e.kind)
        } else {
            e
        }
    }

    fn eat(&mut self, b: u8, expected: &'static str) -> Result<(), Error> {
        let taken = self.bump_if(|next| next == b);
        taken.then_some(()).ok_or_else(|| self.expected(expected))
    }

    fn literal(&mut self, word: &'static [u8], expected: &'static str) -> Result<(), Error> {
        word.iter().try_for_each(|&b| self.eat(b, expected))
    }

    /// Whether an element or member follows (consuming its `,`); `close` is left for `nested`.
    fn more(&mut self, first: &mut bool, close: u8, expected: &'static str) -> Result<bool, Error> {
        self.skip_ws();
        if self.peek() == Some(close) {
            return Ok(false);
        }
        if !core::mem::take(first) {
            self.eat(b',', expected)?;
        }
        Ok(true)
    }

    /// `[` or `{`, the parts `visit` reads, `close`.
    fn nested<T>(
        &mut self,
        close: u8,
        expected: &'static str,
        visit: impl FnOnce(Parts<'_, 'de>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error(ErrorKind::TooDeep));
        }
        self.depth = self.depth.saturating_add(1);
        self.bump();
        let value = visit(Parts {
            de: self,
            first: true,
        })?;
        self.skip_ws();
        self.eat(close, expected)?;
        self.depth = self.depth.saturating_sub(1);
        Ok(value)
    }

    fn member_name(&mut self) -> Result<(), Error> {
        self.skip_ws();
        match self.peek() {
            Some(b'"') => Ok(()),
            _ => Err(self.expected("'\"' to start a member name")),
        }
    }

    /// A number's text, and whether it is an integer.
    fn scan_number(&mut self) -> Result<(&'de str, bool), Error> {
        let start = self.pos;
        self.bump_if(|b| b == b'-');
        if !self.bump_if(|b| b == b'0') {
            self.digits()?;
        }
        let fraction = self.bump_if(|b| b == b'.');
        if fraction {
            self.digits()?;
        }
        let exponent = self.bump_if(|b| matches!(b, b'e' | b'E'));
        if exponent {
            self.bump_if(|b| matches!(b, b'+' | b'-'));
            self.digits()?;
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        Ok((text, !fraction && !exponent))
    }

    fn digits(&mut self) -> Result<(), Error> {
        if !self.bump_if(|b| b.is_ascii_digit()) {
            return Err(self.expected("a digit"));
        }
        while self.bump_if(|b| b.is_ascii_digit()) {}
        Ok(())
    }

    /// Reads a number as the [module docs](self) say.
    fn number<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, Error> {
        let start = self.pos;
        let (text, integer) = self.scan_number()?;
        if integer {
            if let Ok(v) = text.parse::<u64>() {
                return visitor.visit_u64(v);
            }
            // `-0` is a float, as in serde_json.
            if let Ok(v @ (i64::MIN..=-1)) = text.parse::<i64>() {
                return visitor.visit_i64(v);
            }
        }
        match text.parse::<f64>() {
            Ok(v) => visitor.visit_f64(v),
            // Not reached: `parse` accepts the whole grammar.
            Err(_) => Err(self.syntax(start, "a number", false)),
        }
    }

    /// Past a string, checking its escapes; with `keep` false the raw text comes back.
    fn string(&mut self, keep: bool) -> Result<Cow<'de, str>, Error> {
        self.eat(b'"', "'\"'")?;
        let (start, mut escaped) = (self.pos, false);
        loop {
            match self.peek() {
                Some(b'"') => break,
                // A backslash last is an unterminated string, below.
                Some(b'\\') if self.byte(self.pos.saturating_add(1)).is_some() => {
                    escaped = true;
                    self.pos = self.pos.saturating_add(self.escape()?);
                }
                Some(0..=0x1f) => return Err(self.error(ErrorKind::ControlCharInString)),
                Some(_) => self.bump(),
                None => return Err(self.expected("'\"' to end the string")),
            }
        }
        let raw = self.text.get(start..self.pos).unwrap_or_default();
        self.bump();
        if !(escaped && keep) {
            return Ok(Cow::Borrowed(raw));
        }
        // Unescaping never lengthens.
        let (mut out, mut rest) = (String::with_capacity(raw.len()), raw);
        while let Some((head, tail)) = rest.split_once('\\') {
            out.push_str(head);
            rest = tail;
            // Checked above.
            if let Escape::Char(c, len) = escape(rest.as_bytes()) {
                out.push(c);
                rest = rest.get(len..).unwrap_or_default();
            }
        }
        out.push_str(rest);
        Ok(Cow::Owned(out))
    }

    /// The length of the escape at the reader's backslash.
    fn escape(&self) -> Result<usize, Error> {
        let code = self.pos.saturating_add(1);
        match escape(self.text.as_bytes().get(code..).unwrap_or_default()) {
            Escape::Char(_, len) => Ok(len.saturating_add(1)),
            Escape::Unknown => Err(self.syntax(code, ESCAPE, true)),
            Escape::NotHex(i) => Err(self.syntax(code.saturating_add(i), "a hex digit", true)),
            Escape::LoneSurrogate => Err(self.error(ErrorKind::LoneSurrogate)),
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut Deserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_ws();
        let value = match self.peek() {
            Some(b'n') => {
                self.literal(b"null", "'null'")?;
                visitor.visit_unit()
            }
            Some(b't') => {
                self.literal(b"true", "'true'")?;
                visitor.visit_bool(true)
            }
            Some(b'f') => {
                self.literal(b"false", "'false'")?;
                visitor.visit_bool(false)
            }
            Some(b'"') => match self.string(true)? {
                Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
                Cow::Owned(s) => visitor.visit_string(s),
            },
            Some(b'-' | b'0'..=b'9') => self.number(visitor),
            Some(b'[') => self.nested(b']', "']'", |parts| visitor.visit_seq(parts)),
            Some(b'{') => self.nested(b'}', "'}'", |parts| visitor.visit_map(parts)),
            _ => return Err(self.expected("a value")),
        };
        value.map_err(|e| self.fix(e))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_ws();
        let value = if self.peek() == Some(b'n') {
            self.literal(b"null", "'null'")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(&mut *self)
        };
        value.map_err(|e| self.fix(e))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let value = visitor.visit_newtype_struct(&mut *self);
        value.map_err(|e| self.fix(e))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.skip_ws();
        let value = match self.peek() {
            // A variant name borrowed from the document where it can be, as other strings are.
            Some(b'"') => match self.string(true)? {
                Cow::Borrowed(s) => visitor.visit_enum(de::value::BorrowedStrDeserializer::new(s)),
                Cow::Owned(s) => visitor.visit_enum(de::value::StringDeserializer::new(s)),
            },
            Some(b'{') => self.nested(b'}', "'}' after the variant", |parts| {
                parts.de.member_name()?;
                visitor.visit_enum(de::value::MapAccessDeserializer::new(parts))
            }),
            _ => return self.deserialize_any(visitor),
        };
        value.map_err(|e| self.fix(e))
    }

    /// Checks strings and numbers without reading them.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_ws();
        match self.peek() {
            Some(b'"') => drop(self.string(false)?),
            Some(b'-' | b'0'..=b'9') => drop(self.scan_number()?),
            _ => drop(self.deserialize_any(de::IgnoredAny)?),
        }
        visitor.visit_unit().map_err(|e| self.fix(e))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

struct Parts<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Parts<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if !self.de.more(&mut self.first, b']', "',' or ']'")? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Parts<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if !self.de.more(&mut self.first, b'}', "',' or '}'")? {
            return Ok(None);
        }
        self.de.member_name()?;
        seed.deserialize(&mut *self.de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.de.skip_ws();
        self.de.eat(b':', "':'")?;
        seed.deserialize(&mut *self.de)
    }
}

/// Why a document was refused, and where (line and column in chars, from 1; a byte order mark
/// not counted). A visitor's error is placed after its value, or in its array or object.
///
/// ```
/// use org_shapes::json::{self, ErrorKind, Found};
///
/// let err = json::from_str::<serde_json::Value>("[1,\n 2 3]").unwrap_err();
/// assert_eq!((err.line(), err.column()), (2, 4));
/// assert_eq!(
///     err.kind(),
///     &ErrorKind::Syntax { expected: "',' or ']'", found: Found::Char('3') }
/// );
/// assert_eq!(err.to_string(), "line 2, column 4: expected ',' or ']' but found '3'");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    line: usize,
    column: usize,
}

/// What is wrong; see [`Error`] for where.
///
/// ```
/// use org_shapes::json::{self, ErrorKind};
/// let err = json::from_str::<serde_json::Value>(r#""\ud800""#).unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::LoneSurrogate);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Not JSON.
    #[error("expected {expected} but found {found}")]
    Syntax {
        /// What could come here, in words.
        expected: &'static str,
        /// What came instead.
        found: Found,
    },
    /// A `\uXXXX` escape of a surrogate not half of a pair (not kept: the string may be secret).
    #[error("lone surrogate \\u escape in a string")]
    LoneSurrogate,
    /// An unescaped char U+0000 to U+001F in a string (not kept, as above).
    #[error("unescaped control character in a string")]
    ControlCharInString,
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    #[error("nested deeper than {MAX_DEPTH}")]
    TooDeep,
    /// Not UTF-8, from here.
    #[error("invalid UTF-8")]
    InvalidUtf8,
    /// Something other than whitespace after the value.
    #[error("expected the end of input after the value but found {}", Found::Char(*.found))]
    TrailingCharacters {
        /// The first char after the value.
        found: char,
    },
    /// The type being read refused the value: its message, cut to [`MAX_MESSAGE_BYTES`].
    #[error("{0}")]
    Custom(String),
}

/// What the reader found instead.
///
/// ```
/// use org_shapes::json::{self, ErrorKind, Found};
/// let err = json::from_str::<serde_json::Value>(r#"{"Alias": "#).unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::Syntax { expected: "a value", found: Found::EndOfInput });
/// assert_eq!((err.line(), err.column()), (1, 11));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Found {
    /// This char.
    Char(char),
    /// A char inside a string, not shown: the string may be a secret.
    InString,
    /// Nothing: the input ended.
    EndOfInput,
}

impl Error {
    fn at(kind: ErrorKind, text: impl AsRef<[u8]>, pos: usize) -> Error {
        let (line, column) = position(text.as_ref(), pos);
        Error { kind, line, column }
    }

    /// What is wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The line, from 1 (0 for an error from [`serde::de::Error::custom`] not yet placed).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column in chars, from 1 (0 when [`Error::line`] is).
    pub fn column(&self) -> usize {
        self.column
    }
}

/// As [`Error`] counts them.
fn position(text: &[u8], pos: usize) -> (usize, usize) {
    let head = text.get(..pos).unwrap_or(text);
    let head = head.strip_prefix(BOM.as_bytes()).unwrap_or(head);
    let mut lines = head.split(|&b| b == b'\n');
    let current = lines.next_back().unwrap_or_default();
    let line = lines.count().saturating_add(1);
    (line, crate::text::count_chars(current).saturating_add(1))
}

/// Quoted, or `U+XXXX` if not visible.
impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Found::Char(c)
                if c.is_control() || (c.is_whitespace() && c != ' ') || c == '\u{feff}' =>
            {
                write!(f, "U+{:04X}", u32::from(c))
            }
            Found::Char('\'') => f.write_str(r"'\''"),
            Found::Char(c) => write!(f, "'{c}'"),
            Found::InString => f.write_str("another char (not shown: strings may be secret)"),
            Found::EndOfInput => f.write_str("the end of input"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        fmt::Display::fmt(&self.kind, f)
    }
}

impl core::error::Error for Error {}

/// Keeps [`MAX_MESSAGE_BYTES`] of a message, then stops the formatting.
struct Bounded(String);

impl fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let room = MAX_MESSAGE_BYTES.saturating_sub(self.0.len());
        let (head, cut) = crate::text::cut_at_boundary(s, room);
        self.0.push_str(head);
        (!cut).then_some(()).ok_or(fmt::Error)
    }
}

/// Mismatches name the JSON kind, never the value, which may be a secret.
impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let mut message = Bounded(String::new());
        // Cut (or `msg` failed, so cut short too): what was written, marked.
        if fmt::write(&mut message, format_args!("{msg}")).is_err() {
            message.0.push('…');
        }
        Error {
            kind: ErrorKind::Custom(message.0),
            line: 0,
            column: 0,
        }
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        mismatch("type", &unexpected, expected)
    }

    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        mismatch("value", &unexpected, expected)
    }
}

fn mismatch(what: &str, unexpected: &Unexpected<'_>, expected: &dyn Expected) -> Error {
    let kind = match unexpected {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "a string",
        Unexpected::Bytes(_) => "bytes",
        Unexpected::Unit => "null",
        Unexpected::Seq => "an array",
        Unexpected::Map => "an object",
        Unexpected::Option => "an optional value",
        Unexpected::NewtypeStruct => "a newtype struct",
        Unexpected::Enum
        | Unexpected::UnitVariant
        | Unexpected::NewtypeVariant
        | Unexpected::TupleVariant
        | Unexpected::StructVariant => "an enum variant",
        Unexpected::Other(_) => "another value",
    };
    de::Error::custom(format_args!("invalid {what}: {kind}, expected {expected}"))
}
