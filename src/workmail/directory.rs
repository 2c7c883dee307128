use crate::text::{
    all_in, check_len, expect_end, expect_prefix, expect_run, has_at, AsciiClass, HEX_LOWER,
};
use crate::{Error, Shape};

string_shape! {
    /// The id of an AWS Directory Service directory, such as `d-0123456789`.
    ///
    /// `d-` and ten lowercase hex digits.
    ///
    /// ```
    /// use org_shapes::workmail::DirectoryId;
    /// assert!("d-0123456789".parse::<DirectoryId>().is_ok());
    /// assert!("d-012345678A".parse::<DirectoryId>().is_err());
    /// ```
    pub struct DirectoryId;
    model: crate::model::workmail::DIRECTORY_ID,
    type_name: "DirectoryId",
    regex: Some(r"^d-[0-9a-f]{10}$"),
    validate: validate,
    examples: ["d-0123456789", "d-012345678A"], // hex digits are lowercase
    storage: inline(12),
}

impl DirectoryId {
    pub(crate) const LAYOUT: crate::layout::Layout = {
        use crate::layout::{run, Layout, Part::*};
        Layout::new(&[Lit("d-"), run(&HEX_LOWER, 10, 10)])
    };
}

/// `validate` for `$prefix` then `$n` lowercase hex digits of `$shape`: the verdict a word at
/// a time; the details of a refusal on the cold path, `explain`.
macro_rules! prefixed_hex {
    ($shape:ident, $prefix:literal, $n:literal) => {
        const fn validate(s: &str) -> Result<(), Error> {
            let b = s.as_bytes();
            let len = $n + 2;
            if b.len() == len && has_at(b, 0, $prefix.as_bytes()) && all_in(b, 2, len, &HEX_LOWER) {
                return Ok(());
            }
            explain(s)
        }

        #[cold]
        #[inline(never)]
        const fn explain(s: &str) -> Result<(), Error> {
            let prefix = ($prefix, concat!("the prefix \"", $prefix, "\""));
            super::directory::explain_prefixed_run($shape::SHAPE, s, prefix, $n, &HEX_LOWER)
        }
    };
}
pub(super) use prefixed_hex;

prefixed_hex!(DirectoryId, "d-", 10);

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
