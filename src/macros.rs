//! The code every string newtype shares, written once.

/// `?` for `const fn`: the value of `Ok`, or a return of the `Err`.
macro_rules! tri {
    ($result:expr) => {
        match $result {
            Ok(value) => value,
            Err(e) => return Err(e),
        }
    };
}

/// Builds a shape's static description from the model's facts (a constant of `src/model.rs`),
/// the Rust type's name, the regex and the validator.
macro_rules! shape {
    (
        model: $model:expr,
        type_name: $type_name:expr,
        regex: $regex:expr,
        validate: $validate:expr $(,)?
    ) => {
        $crate::error::Shape {
            service: $model.service,
            model_name: $model.name,
            type_name: $type_name,
            min_len: $model.min,
            max_len: $model.max,
            pattern: $model.pattern,
            regex: $regex,
            enum_values: $model.values,
            sensitive: $model.sensitive,
            validate: $validate,
        }
    };
}

/// Declares a validated string newtype.
///
/// `model:` names the shape's constant in `src/model.rs` (bounds, pattern, sensitivity), under
/// the module of its service, which is also the public module of the type; `validate:` the
/// hand-written validator, a `const fn(&str) -> Result<(), Error>`; `examples:` a value the
/// shape accepts and a close one it refuses (`EXAMPLES`, and a compile-fail test of
/// [`literal!`] each). `storage: inline(N)` keeps values in an `N`-byte buffer (short ASCII
/// shapes, usable without an allocator, `Copy`); `storage: text` keeps a `'static` literal or,
/// with `alloc`, an owned copy.
macro_rules! string_shape {
    (
        $(#[$attr:meta])*
        pub struct $name:ident;
        model: crate::model::$service:ident::$model:ident,
        type_name: $type_name:literal,
        regex: $regex:expr,
        validate: $validate:path,
        examples: [$valid:expr, $invalid:expr $(,)?],
        storage: $storage:ident $(($n:literal))? $(,)?
    ) => {
        string_shape!(@storage $storage $(($n))?, $(#[$attr])* $name);

        impl $name {
            /// The shape's static description: model name, bounds, pattern.
            pub const SHAPE: &'static $crate::Shape = &shape!(
                model: $crate::model::$service::$model,
                type_name: $type_name,
                regex: $regex,
                validate: $validate,
            );
            /// Minimum length in chars, when the model sets one.
            pub const MIN_LEN: Option<usize> = Self::SHAPE.min_len;
            /// Maximum length in chars, when the model sets one.
            pub const MAX_LEN: Option<usize> = Self::SHAPE.max_len;
            /// The model's pattern, verbatim; it must match the whole value.
            pub const PATTERN: Option<&'static str> = Self::SHAPE.pattern;
            /// A value the shape accepts and a close one it refuses, `[valid, invalid]`; the
            /// compile-fail tests of [`crate::literal!`] are made of them.
            pub const EXAMPLES: [&'static str; 2] = [$valid, $invalid];

            /// Checks `s` against the shape without storing it; never allocates.
            ///
            /// # Errors
            ///
            /// The first constraint `s` breaks, length before pattern.
            #[inline]
            pub const fn validate(s: &str) -> Result<(), $crate::Error> {
                $validate(s)
            }

            /// The value as text, exactly as it was given.
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        // Each example in a `literal!`: the valid one compiles, the invalid one must not.
        // The two differ only in the literal, so the second cannot fail for another reason.
        #[cfg(doctest)]
        impl $name {
            #[doc = string_shape!(@literal_test "", $service, $name, $valid)]
            #[doc = string_shape!(@literal_test "compile_fail", $service, $name, $invalid)]
            #[allow(dead_code)]
            const LITERAL_TESTS: () = ();
        }

        #[cfg(feature = "alloc")]
        impl $crate::check::Build for $name {
            #[inline]
            fn check(s: &str) -> Result<(), $crate::Error> {
                Self::validate(s)
            }
            #[inline]
            fn build<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                Self::store(text)
            }
        }

        impl core::fmt::Display for $name {
            /// The value itself, except for sensitive shapes (passwords, names, emails),
            /// which display as `<redacted>` exactly as `Debug` hides them: a secret reaches
            /// text only through an explicit [`Self::as_str`], never through `{}` in a log
            /// line or an error message.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                if Self::SHAPE.sensitive {
                    f.write_str("<redacted>")
                } else {
                    f.pad(self.as_str())
                }
            }
        }

        impl core::fmt::Debug for $name {
            /// The value, except for sensitive shapes (passwords, names, emails), which print
            /// as `Type(<redacted>)`.
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
    // Inline storage: `Copy`, built and parsed without an allocator, in `const` too.
    (@storage inline($n:literal), $(#[$attr:meta])* $name:ident) => {
        $(#[$attr])*
        #[derive(Clone, Copy)]
        pub struct $name($crate::text::Inline<$n>);

        impl $name {
            /// Validates `s` and stores a copy of it inline (no allocation, usable in `const`).
            ///
            /// # Errors
            ///
            /// The value's length or pattern does not fit the shape; the error says which.
            #[inline]
            pub const fn new(s: &str) -> Result<Self, $crate::Error> {
                tri!(Self::validate(s));
                match $crate::text::Inline::try_new(s) {
                    Some(inner) => Ok($name(inner)),
                    None => Err(Self::NOT_INLINE),
                }
            }

            /// Validates a `'static` string; usable in `const` context.
            ///
            /// # Errors
            ///
            /// As [`Self::new`].
            pub const fn from_static(s: &'static str) -> Result<Self, $crate::Error> {
                Self::new(s)
            }

            /// Validates a `'static` string for use in `const` items; see [`crate::literal!`].
            ///
            /// # Errors
            ///
            /// As [`Self::new`].
            pub const fn literal(s: &'static str) -> Result<$crate::Literal<Self>, $crate::Error> {
                Ok($crate::Literal::new(tri!(Self::new(s))))
            }

            /// A value the validator accepted but the buffer cannot hold; the validators rule
            /// it out.
            const NOT_INLINE: $crate::Error =
                $crate::Error::new(Self::SHAPE, $crate::ErrorKind::TooLong { max: $n, actual: None });

            /// Stores text [`Self::validate`] accepted (for `check::Build`).
            #[cfg(feature = "alloc")]
            #[inline]
            fn store<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                match $crate::text::Inline::try_new(text.as_ref()) {
                    Some(inner) => Ok($name(inner)),
                    None => Err((Self::NOT_INLINE, text)),
                }
            }
        }

        #[cfg(feature = "alloc")]
        impl TryFrom<alloc::string::String> for $name {
            type Error = $crate::Error;
            fn try_from(s: alloc::string::String) -> Result<Self, $crate::Error> {
                Self::new(&s)
            }
        }

        text_conversions!($name, new, string, all());
    };
    // Text storage: a `'static` literal, or with `alloc` an owned copy.
    (@storage text, $(#[$attr:meta])* $name:ident) => {
        $(#[$attr])*
        #[derive(Clone)]
        pub struct $name($crate::text::Text);

        impl $name {
            /// Validates `s` and stores an owned copy of it.
            ///
            /// # Errors
            ///
            /// The value's length or pattern does not fit the shape; the error says which.
            #[cfg(feature = "alloc")]
            #[inline]
            pub fn new(s: &str) -> Result<Self, $crate::Error> {
                Self::validate(s)?;
                Ok($name($crate::text::Text::copy_of(s)))
            }

            /// Validates a `'static` string and keeps a reference to it (no allocation, usable in
            /// `const`).
            ///
            /// # Errors
            ///
            /// The value's length or pattern does not fit the shape; the error says which.
            pub const fn from_static(s: &'static str) -> Result<Self, $crate::Error> {
                tri!(Self::validate(s));
                Ok($name($crate::text::Text::Static(s)))
            }

            /// Validates a `'static` string for use in `const` items; see [`crate::literal!`].
            ///
            /// # Errors
            ///
            /// As [`Self::from_static`].
            pub const fn literal(s: &'static str) -> Result<$crate::Literal<Self>, $crate::Error> {
                tri!(Self::validate(s));
                Ok($crate::Literal::new($name($crate::text::Text::Static(s))))
            }

            /// Stores text [`Self::validate`] accepted (for `check::Build`): moved when owned.
            #[cfg(feature = "alloc")]
            #[inline]
            fn store<A: $crate::check::TextIn>(text: A) -> Result<Self, ($crate::Error, A)> {
                Ok($name($crate::text::Text::from_boxed(text.into_boxed_str())))
            }
        }

        #[cfg(feature = "alloc")]
        impl TryFrom<alloc::string::String> for $name {
            type Error = $crate::Error;
            fn try_from(s: alloc::string::String) -> Result<Self, $crate::Error> {
                Self::validate(&s)?;
                Ok($name($crate::text::Text::from_string(s)))
            }
        }

        text_conversions!($name, new, string, feature = "alloc");
    };
    // Equality with another kind of text, both ways.
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
    // A doctest that builds a constant from `$value` with `literal!`.
    (@literal_test $fence:literal, $service:ident, $name:ident, $value:expr) => {
        concat!(
            "```", $fence, "\nuse org_shapes::", stringify!($service), "::", stringify!($name),
            ";\nconst VALUE: ", stringify!($name), " = org_shapes::literal!(", stringify!($name),
            ", ", stringify!($value), ");\n```"
        )
    };
}

/// Declares an enum shape with its exact wire values; `model:` names the shape's constant in
/// `src/model.rs`, whose value list the variants must match, in order.
macro_rules! enum_shape {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $( $(#[$vattr:meta])* $variant:ident = $wire:literal, )+
        }
        model: $model:expr $(,)?
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vattr])* $variant, )+
        }

        impl $name {
            /// Every variant, in model order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every wire value, in model order.
            pub const VALUES: &'static [&'static str] = &[$($wire),+];
            /// The shape's static description.
            pub const SHAPE: &'static $crate::Shape = &shape!(
                model: $model,
                type_name: stringify!($name),
                regex: None,
                validate: Self::validate,
            );

            /// The wire value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                }
            }

            /// The variant whose wire value is `s` (a one-byte `Option`: `parse` and `validate`
            /// build their error in place). One always-inlined `match` on an integer key (see
            /// `text::enum_key`: the whole value up to 16 bytes, else compared whole with the
            /// one candidate), since `const fn` cannot `match` on `str`.
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

            /// Parses a wire value; exact and case-sensitive. Usable in `const` context.
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
                match Self::lookup(s) {
                    Some(_) => Ok(()),
                    None => Err($crate::Error::new(Self::SHAPE, $crate::ErrorKind::NotInEnum)),
                }
            }
        }

        // The variants' wire values are the model's, in model order: a value the model gains
        // needs its variant here (regenerate `src/model.rs`, then add `Name = "WIRE",`).
        const _: () = assert!(
            $crate::registry::same_values($name::VALUES, $model.values),
            concat!(
                stringify!($name),
                ": the variants' wire values differ from the model's (src/model.rs)"
            ),
        );

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        text_conversions!($name, parse, enum, all());
    };
}

/// What string and enum shapes share: the regex, `AsRef<str>`, parsing with
/// `Self::$parse` through `FromStr`, `TryFrom<&str>` and `Deserialize` (when `$parse_cfg`
/// holds), and `Serialize`.
macro_rules! text_conversions {
    ($name:ident, $parse:ident, $kind:ident, $($parse_cfg:tt)+) => {
        impl $name {
            #[doc = text_conversions!(@regex_doc $kind)]
            #[cfg(feature = "regex")]
            #[cfg_attr(docsrs, doc(cfg(feature = "regex")))]
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

        #[cfg($($parse_cfg)+)]
        impl core::str::FromStr for $name {
            type Err = $crate::Error;
            #[inline]
            fn from_str(s: &str) -> Result<Self, $crate::Error> {
                Self::$parse(s)
            }
        }

        #[cfg($($parse_cfg)+)]
        impl TryFrom<&str> for $name {
            type Error = $crate::Error;
            #[inline]
            fn try_from(s: &str) -> Result<Self, $crate::Error> {
                Self::$parse(s)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(all(feature = "serde", $($parse_cfg)+))]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let visitor = $crate::serde_support::ShapeVisitor::new(Self::$parse, Self::SHAPE);
                $crate::serde_support::any_str(d, visitor)
            }
        }
    };
    (@regex_doc string) => {
        "A compiled regex equivalent to the shape's pattern (anchored, ASCII classes), built once          on first use. Lengths are not part of it: check them with [`Self::MIN_LEN`] and          [`Self::MAX_LEN`], counting chars."
    };
    (@regex_doc enum) => {
        "A compiled regex that matches exactly the wire values, built once on first use."
    };
}
