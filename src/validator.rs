//! `validator!`, the frame the shape files share for a validator that reads the bytes, gives
//! a quick verdict and explains a refusal on the cold path.

use crate::text::{check_len, expect_end, expect_prefix, expect_run, AsciiClass};
use crate::{Error, Shape};

/// A validator `$name`: the verdict on the bytes `$b` of `$s` (and the `let`s) from `$fits`, a
/// word at a time; the details of a refusal from `$why`, on the cold path. Short forms, for
/// `$shape`: `any` chars within its length bounds; `only` chars of the ASCII class `$class`, in
/// one pass; `$prefix` then `$n` chars of `$class`.
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
                $crate::validator::explain_prefixed_run($shape::SHAPE, s, prefix, $n, &$class)
            }
        }
    };
}

/// The error of a refused `prefix` and `n` chars of `class`: length, prefix, run, end.
#[inline(always)]
pub(crate) const fn explain_prefixed_run(
    shape: &'static Shape,
    s: &str,
    (prefix, prefix_expected): (&'static str, &'static str),
    n: usize,
    class: &AsciiClass,
) -> Result<(), Error> {
    tri!(check_len(shape, s));
    let at = tri!(expect_prefix(shape, s, 0, prefix, prefix_expected));
    let at = tri!(expect_run(shape, s, at, n, class));
    expect_end(shape, s, at)
}
