//! The AWS Directory Service directory id.

use crate::text::{check_len, expect_end, expect_prefix, expect_run, HEX_LOWER};
use crate::Error;

string_shape! {
    /// The id of an AWS Directory Service directory, such as `d-0123456789`.
    ///
    /// Exactly 12 chars: `d-` and ten lowercase hex digits. Fixed-size and `Copy`.
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
    storage: inline(12),
}

impl DirectoryId {
    /// `d-` and ten lowercase hex digits.
    pub(crate) const LAYOUT: crate::layout::Layout = {
        use crate::layout::{run, Layout, Part::*};
        Layout::new(&[Lit("d-"), run(&HEX_LOWER, 10, 10)])
    };
}

const fn validate(s: &str) -> Result<(), Error> {
    let shape = DirectoryId::SHAPE;
    if let Err(e) = check_len(shape, s) {
        return Err(e);
    }
    let at = match expect_prefix(shape, s, 0, "d-", "the prefix \"d-\"") {
        Ok(at) => at,
        Err(e) => return Err(e),
    };
    let at = match expect_run(shape, s, at, 10, &HEX_LOWER) {
        Ok(at) => at,
        Err(e) => return Err(e),
    };
    expect_end(shape, s, at)
}
