use crate::text::{all_in, has_at, HEX_LOWER};
use crate::Error;

string_shape! {
    /// The id of a WorkMail organization, such as `m-0123456789abcdef0123456789abcdef`.
    ///
    /// `m-` and 32 lowercase hex digits.
    ///
    /// ```
    /// use org_shapes::workmail::OrganizationId;
    /// assert!("m-0123456789abcdef0123456789abcdef".parse::<OrganizationId>().is_ok());
    /// assert!("o-0123456789".parse::<OrganizationId>().is_err());
    /// ```
    pub struct OrganizationId;
    model: crate::model::workmail::ORGANIZATION_ID,
    type_name: "workmail::OrganizationId",
    regex: Some(r"^m-[0-9a-f]{32}$"),
    validate: validate,
    examples: [
        "m-0123456789abcdef0123456789abcdef",
        "m-0123456789ABCDEF0123456789abcdef", // hex digits are lowercase
    ],
    storage: inline(34),
}

impl OrganizationId {
    pub(crate) const LAYOUT: crate::layout::Layout = {
        use crate::layout::{run, Layout, Part::*};
        Layout::new(&[Lit("m-"), run(&HEX_LOWER, 32, 32)])
    };
}

super::directory::prefixed_hex!(OrganizationId, "m-", 32);
