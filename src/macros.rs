//! The code every shape shares.

/// `?` for `const fn`.
macro_rules! tri {
    ($result:expr) => {
        match $result {
            Ok(value) => value,
            Err(e) => return Err(e),
        }
    };
}

/// The table of `src/model.rs`: per service module, a [`crate::Shape`] constant per row
/// `CONST = "ModelShape" min..max pattern [values] sensitive;` (`_` for what the model lacks),
/// named after the model shape and refusing everything until a shape macro completes it.
macro_rules! model {
    ($(mod $module:ident = $service:ident {
        $($name:ident = $model:literal $min:tt..$max:tt $pattern:tt
            $([$($value:literal),+])? $($sensitive:ident)?;)*
    })*) => {$(
        pub(crate) mod $module {
            $(pub(crate) const $name: crate::Shape = crate::Shape {
                service: crate::Service::$service,
                model_name: $model,
                type_name: $model,
                min_len: model!(@some $min),
                max_len: model!(@some $max),
                pattern: model!(@some $pattern),
                regex: None,
                enum_values: model!(@some $(&[$($value),+])?),
                sensitive: model!(@sensitive $($sensitive)?),
                // Refuses everything: a row used as a shape before string_shape! or enum_shape!
                // completes it fails every valid example instead of passing anything.
                validate: |_| Err(crate::Error::new(&$name, crate::ErrorKind::NotInEnum)),
            };)*
        }
    )*};
    (@some $(_)?) => { None };
    (@some $x:expr) => { Some($x) };
    (@sensitive) => { false };
    (@sensitive sensitive) => { true };
}

/// A validator `$name`: the verdict on the bytes `$b` of `$s` (and the `let`s) from `$fits`, a
/// word at a time; a refusal's details from `$why`, on the cold path. Short forms for `$shape`:
/// `any` chars within its bounds; `only` chars of the ASCII class `$class`; `$prefix` then `$n`
/// chars of `$class`.
macro_rules! validator {
    (
        $(#[$doc:meta])*
        $name:ident($s:ident, $b:ident) $(let $x:ident = $e:expr;)* if $fits:expr; else $why:block
    ) => {
        $(#[$doc])*
        const fn $name($s: &str) -> Result<(), $crate::Error> {
            #[cold]
            #[inline(never)]
            const fn explain($s: &str) -> Result<(), $crate::Error> $why

            let $b = $s.as_bytes();
            $(let $x = $e;)*
            if $fits {
                return Ok(());
            }
            explain($s)
        }
    };
    ($name:ident: $shape:ident = any) => {
        // Inlined, across crates too: the result stays in registers.
        #[inline]
        const fn $name(s: &str) -> Result<(), $crate::Error> {
            $crate::text::check_len($shape::SHAPE, s)
        }
    };
    ($name:ident: $shape:ident = only $class:ident) => {
        const fn $name(s: &str) -> Result<(), $crate::Error> {
            let shape = $shape::SHAPE;
            tri!($crate::text::check_len(shape, s));
            match $class.first_outside(s.as_bytes()) {
                // All ASCII before `at`: it is the char index.
                Some(at) => {
                    let expected = $class.expected;
                    Err($crate::text::invalid_char_after_ascii(shape, s, at, expected))
                }
                None => Ok(()),
            }
        }
    };
    ($name:ident: $shape:ident = $prefix:literal then $n:literal of $class:expr) => {
        validator! {
            $name(s, b) let len = $prefix.len().wrapping_add($n);
            if b.len() == len
                && $crate::text::has_at(b, 0, $prefix.as_bytes())
                && $crate::text::all_in(b, $prefix.len(), len, &$class);
            else {
                let prefix = ($prefix, concat!("the prefix \"", $prefix, "\""));
                $crate::macros::explain_prefixed_run($shape::SHAPE, s, prefix, $n, &$class)
            }
        }
    };
}

/// The error of a refused `prefix` and `n` chars of `class`: length, prefix, run, end.
#[inline(always)]
pub(crate) const fn explain_prefixed_run(
    shape: &'static crate::Shape,
    s: &str,
    (prefix, prefix_expected): (&'static str, &'static str),
    n: usize,
    class: &crate::text::AsciiClass,
) -> Result<(), crate::Error> {
    use crate::text::{check_len, expect_end, expect_prefix, expect_run};
    tri!(check_len(shape, s));
    let at = tri!(expect_prefix(shape, s, 0, prefix, prefix_expected));
    let at = tri!(expect_run(shape, s, at, n, class));
    expect_end(shape, s, at)
}

/// Declares a validated string newtype: `model:` its `src/model.rs` constant (whose service
/// module is the type's), `type_name:` if not the type's name, `regex:` an equivalent regex,
/// `validate:` its `const fn` (`= (…)`: a short form of `validator!`), `examples:`
/// `[accepted, close refused]` (the type's doc example), `storage:` `inline(N)` (`N` bytes) or
/// `text`, as [`for_each_shape!`] says, `layout:` its `LAYOUT`, with `crate::layout`'s names
/// in scope.
macro_rules! string_shape {
    (
        $(#[$attr:meta])*
        pub struct $name:ident;
        model: crate::model::$service:ident::$model:ident,
        $(type_name: $type_name:literal,)?
        regex: $regex:expr,
        validate: $validate:ident $(= ($($rule:tt)+))?,
        examples: [$valid:expr, $invalid:expr $(,)?],
        storage: $storage:ident $(($n:literal))?,
        layout: $layout:expr $(,)?
    ) => {
        $(validator!($validate: $name = $($rule)+);)?
        // The type's doc example, from `examples:`.
        string_shape!(@storage $storage $(($n))?, $(#[$attr])*
            #[doc = concat!(
                "\n\nIts rules: [Shapes](crate#shapes).\n\n```\nuse org_shapes::",
                stringify!($service), "::", stringify!($name), ";\nassert!(", stringify!($valid),
                ".parse::<", stringify!($name), ">().is_ok());\nassert!(", stringify!($invalid),
                ".parse::<", stringify!($name), ">().is_err());\n```"
            )]
            $name);

        impl $name {
            /// The shape's static description.
            pub const SHAPE: &'static $crate::Shape = &$crate::Shape {
                type_name: string_shape!(@type_name $name $($type_name)?),
                regex: $regex,
                validate: $validate,
                ..$crate::model::$service::$model
            };
            /// Minimum length in chars, when the model sets one.
            pub const MIN_LEN: Option<usize> = Self::SHAPE.min_len;
            /// Maximum length in chars, when the model sets one.
            pub const MAX_LEN: Option<usize> = Self::SHAPE.max_len;
            /// The model's pattern, verbatim, matching the whole value.
            pub const PATTERN: Option<&'static str> = Self::SHAPE.pattern;
            /// A value the shape accepts and a close one it refuses.
            pub const EXAMPLES: [&'static str; 2] = [$valid, $invalid];
            // Read by the generators and the ASCII check below, which rustc 1.87 (the MSRV)
            // does not count as a use.
            #[allow(dead_code)]
            pub(crate) const LAYOUT: $crate::layout::Layout = {
                #[allow(unused_imports)]
                use $crate::layout::{run, Class, Layout, Part::*, ANY, MANY};
                $layout
            };

            /// Checks `s` without storing it; never allocates.
            ///
            /// # Errors
            ///
            /// The first constraint broken, length before pattern.
            #[inline]
            pub const fn validate(s: &str) -> Result<(), $crate::Error> {
                $validate(s)
            }

            /// The value as text, exactly as it was given.
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            /// Validates a `'static` string and keeps it (no allocation, `const`).
            ///
            /// # Errors
            ///
            /// As [`Self::validate`].
            pub const fn from_static(s: &'static str) -> Result<Self, $crate::Error> {
                tri!(Self::validate(s));
                Ok(string_shape!(@keep $storage $name(s)))
            }

            /// For `const` items; see [`crate::literal!`].
            ///
            /// # Errors
            ///
            /// As [`Self::validate`].
            pub const fn literal(s: &'static str) -> Result<$crate::Literal<Self>, $crate::Error> {
                tri!(Self::validate(s));
                Ok($crate::Literal::new(string_shape!(@keep $storage $name(s))))
            }
        }

        // A literal outside ASCII would be silently unmatched by the generators.
        const _: () = assert!($crate::layout::literal_mask($name::LAYOUT.parts).is_some());

        // The valid example compiles in a `literal!`, the invalid one must not.
        #[cfg(doctest)]
        impl $name {
            #[doc = string_shape!(@literal_test "", $service, $name, $valid)]
            #[doc = string_shape!(@literal_test "compile_fail", $service, $name, $invalid)]
            #[allow(dead_code)]
            const LITERAL_TESTS: () = ();
        }

        #[cfg(feature = "alloc")]
        impl $crate::check::Build for $name {
            // Inlined whole: out of line, UserAttribute's (three members of CreateUser) cost more.
            #[inline(always)]
            fn build<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                match Self::validate(text.as_ref()) {
                    Ok(()) => Self::store(text),
                    Err(e) => Err((e, text)),
                }
            }
        }

        #[cfg(feature = "alloc")]
        impl TryFrom<alloc::string::String> for $name {
            type Error = $crate::Error;
            fn try_from(s: alloc::string::String) -> Result<Self, $crate::Error> {
                <Self as $crate::check::Build>::build(s).map_err(|(e, _)| e)
            }
        }

        impl core::fmt::Display for $name {
            /// The value; `<redacted>` for sensitive shapes, whose text only
            /// [`Self::as_str`] gives.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                if Self::SHAPE.sensitive {
                    f.write_str("<redacted>")
                } else {
                    f.pad(self.as_str())
                }
            }
        }

        impl core::fmt::Debug for $name {
            /// The value; `Type(<redacted>)` for sensitive shapes.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                if Self::SHAPE.sensitive {
                    f.write_str(concat!(stringify!($name), "(<redacted>)"))
                } else {
                    f.debug_tuple(stringify!($name)).field(&self.as_str()).finish()
                }
            }
        }

        impl core::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        string_shape!(@eq $name, str, all());
        string_shape!(@eq $name, &str, all());
        string_shape!(@eq $name, alloc::string::String, feature = "alloc");

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> core::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl core::hash::Hash for $name {
            fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }

        #[cfg(feature = "alloc")]
        impl From<$name> for alloc::string::String {
            fn from(v: $name) -> Self {
                alloc::string::String::from(v.as_str())
            }
        }
    };
    (@storage inline($n:literal), $(#[$attr:meta])* $name:ident) => {
        $(#[$attr])*
        #[derive(Clone, Copy)]
        pub struct $name($crate::text::Inline<$n>);

        impl $name {
            /// Validates `s` and stores a copy inline (no allocation, usable in `const`).
            ///
            /// # Errors
            ///
            /// As [`Self::validate`].
            #[inline]
            pub const fn new(s: &str) -> Result<Self, $crate::Error> {
                tri!(Self::validate(s));
                Ok(string_shape!(@keep inline $name(s)))
            }

            /// Accepted but too long for the buffer; the validators rule it out.
            const NOT_INLINE: $crate::Error =
                $crate::Error::new(Self::SHAPE, $crate::ErrorKind::TooLong { max: $n, actual: None });

            /// Stores accepted text.
            #[cfg(feature = "alloc")]
            #[inline]
            fn store<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                match $crate::text::Inline::try_new(text.as_ref()) {
                    Some(inner) => Ok($name(inner)),
                    None => Err((Self::NOT_INLINE, text)),
                }
            }
        }

        text_impls!(@shape $name, new, all());
    };
    (@storage text, $(#[$attr:meta])* $name:ident) => {
        $(#[$attr])*
        #[derive(Clone)]
        pub struct $name($crate::text::Text);

        impl $name {
            /// Validates `s` and stores an owned copy.
            ///
            /// # Errors
            ///
            /// As [`Self::validate`].
            #[cfg(feature = "alloc")]
            #[inline]
            pub fn new(s: &str) -> Result<Self, $crate::Error> {
                Self::validate(s)?;
                Ok($name($crate::text::Text::Owned(s.into())))
            }

            /// Stores accepted text, moved when owned.
            #[cfg(feature = "alloc")]
            #[inline]
            fn store<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                Ok($name($crate::text::Text::Owned(text.into_boxed_str())))
            }
        }

        text_impls!(@shape $name, new, feature = "alloc");
    };
    (@eq $name:ident, $other:ty, $($cfg:tt)+) => {
        #[cfg($($cfg)+)]
        impl PartialEq<$other> for $name {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        #[cfg($($cfg)+)]
        impl PartialEq<$name> for $other {
            fn eq(&self, other: &$name) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    };
    // Accepted text `$s` kept: copied into the buffer (too long for it: returns the error), or
    // the `'static` reference.
    (@keep inline $name:ident($s:ident)) => {
        match $crate::text::Inline::try_new($s) {
            Some(inner) => $name(inner),
            None => return Err(Self::NOT_INLINE),
        }
    };
    (@keep text $name:ident($s:ident)) => { $name($crate::text::Text::Static($s)) };
    (@type_name $name:ident) => { stringify!($name) };
    (@type_name $name:ident $type_name:literal) => { $type_name };
    (@literal_test $fence:literal, $service:ident, $name:ident, $value:expr) => {
        concat!(
            "```", $fence, "\nuse org_shapes::", stringify!($service), "::", stringify!($name),
            ";\nconst VALUE: ", stringify!($name), " = org_shapes::literal!(", stringify!($name),
            ", ", stringify!($value), ");\n```"
        )
    };
}

/// An enum of wire values, with `ALL` and `as_str`.
macro_rules! wire_enum {
    (
        $(#[$attr:meta])*
        pub enum $name:ident { $( $(#[$vattr:meta])* $variant:ident = $wire:literal, )+ }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vattr])*
                #[doc = concat!("\n\n`", $wire, "`")]
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order (for a model enum, the model's).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The wire value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                }
            }
        }
    };
}

/// Declares an enum shape; its wire values must be its `model:` constant's, in order. Its doc
/// example parses the first value and refuses it in lowercase.
macro_rules! enum_shape {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $( $(#[$vattr:meta])* $variant:ident = $wire:literal, )+
        }
        model: crate::model::$service:ident::$model:ident $(,)?
    ) => {
        wire_enum! {
            $(#[$attr])*
            #[doc = enum_shape!(@example $service, $name, $($variant = $wire)+)]
            pub enum $name { $( $(#[$vattr])* $variant = $wire, )+ }
        }

        impl $name {
            /// Every wire value, in model order.
            pub const VALUES: &'static [&'static str] = &[$($wire),+];
            /// The shape's static description.
            pub const SHAPE: &'static $crate::Shape = &$crate::Shape {
                type_name: stringify!($name),
                validate: Self::validate,
                ..$crate::model::$service::$model
            };

            /// The variant of `s`, by a `match` on `text::enum_key` (`const fn` cannot `match`
            /// on `str`); values over 16 bytes are then compared whole.
            #[inline(always)]
            #[allow(non_upper_case_globals)]
            const fn lookup(s: &str) -> Option<Self> {
                $( const $variant: (usize, u64, u64) = $crate::text::enum_key($wire.as_bytes()); )+
                let b = s.as_bytes();
                match $crate::text::enum_key(b) {
                    $(
                        $variant if b.len() <= 16 || $crate::text::bytes_eq(b, $wire.as_bytes()) => {
                            Some($name::$variant)
                        }
                    )+
                    _ => None,
                }
            }

            /// Parses a wire value, case-sensitive; usable in `const`.
            ///
            /// # Errors
            ///
            /// [`crate::ErrorKind::NotInEnum`] for anything else.
            #[inline]
            pub const fn parse(s: &str) -> Result<Self, $crate::Error> {
                match Self::lookup(s) {
                    Some(v) => Ok(v),
                    None => Err($crate::Error::new(Self::SHAPE, $crate::ErrorKind::NotInEnum)),
                }
            }

            /// Checks a wire value without keeping it.
            ///
            /// # Errors
            ///
            /// As [`Self::parse`].
            #[inline]
            pub const fn validate(s: &str) -> Result<(), $crate::Error> {
                tri!(Self::parse(s));
                Ok(())
            }
        }

        // A value the model gains needs its variant (`Name = "WIRE",`).
        const _: () = assert!(
            $crate::registry::same_values($name::VALUES, $name::SHAPE.enum_values),
            concat!(
                stringify!($name),
                ": the variants' wire values differ from the model's (src/model.rs)"
            ),
        );

        #[cfg(feature = "alloc")]
        impl $crate::check::Build for $name {
            #[inline]
            fn build<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                Self::parse(text.as_ref()).map_err(|e| (e, text))
            }
        }

        text_impls!(@display $name);
        text_impls!(@shape $name, parse, all());
    };
    (@example $service:ident, $name:ident, $variant:ident = $wire:literal $($rest:tt)*) => {
        concat!(
            "\n\n```\nuse org_shapes::", stringify!($service), "::", stringify!($name),
            ";\nassert_eq!(", stringify!($wire), ".parse::<", stringify!($name), ">()?, ",
            stringify!($name), "::", stringify!($variant), ");\nassert!(", stringify!($wire),
            ".to_lowercase().parse::<", stringify!($name), ">().is_err());\n",
            "# Ok::<(), org_shapes::Error>(())\n```"
        )
    };
}

/// `FromStr`, `TryFrom<&str>` and `Deserialize` (when `$cfg` holds) through `$ty::$parse`, and
/// `Serialize` through `as_str`; the three-argument form adds `Display` and parses with `parse`,
/// the `@shape` form adds a shape's `regex()` and `AsRef<str>`.
macro_rules! text_impls {
    (@shape $name:ident, $parse:ident, $($parse_cfg:tt)+) => {
        impl $name {
            /// The [regex](crate#regular-expressions) of the shape (for an enum, of its wire
            /// values), built on first use.
            #[cfg(feature = "regex")]
            pub fn regex() -> &'static regex::Regex {
                static RE: once_cell::sync::Lazy<regex::Regex> =
                    once_cell::sync::Lazy::new(|| $crate::regex_support::compile($name::SHAPE));
                &RE
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        text_impls!($name, $parse, $crate::Error,
            format_args!("a string valid as {}", $name::SHAPE.type_name), $($parse_cfg)+);
    };
    ($ty:ident, $err:ty, $expecting:expr) => {
        text_impls!(@display $ty);
        text_impls!($ty, parse, $err, format_args!($expecting), all());
    };
    (@display $ty:ident) => {
        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    ($ty:ident, $parse:ident, $err:ty, $expecting:expr, $($cfg:tt)+) => {
        #[cfg($($cfg)+)]
        impl core::str::FromStr for $ty {
            type Err = $err;
            #[inline]
            fn from_str(s: &str) -> Result<Self, $err> {
                Self::$parse(s)
            }
        }

        #[cfg($($cfg)+)]
        impl TryFrom<&str> for $ty {
            type Error = $err;
            #[inline]
            fn try_from(s: &str) -> Result<Self, $err> {
                Self::$parse(s)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(all(feature = "serde", $($cfg)+))]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_fmt($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        $ty::$parse(v).map_err(E::custom)
                    }
                    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<$ty, E> {
                        match core::str::from_utf8(v) {
                            Ok(s) => self.visit_str(s),
                            Err(_) => Err($crate::serde_support::wrong_kind("bytes that are not UTF-8", &self)),
                        }
                    }
                    refuse_kinds!(bool, number, unit, seq, map);
                }
                $crate::serde_support::any(d, V, D::deserialize_str)
            }
        }
    };
}
