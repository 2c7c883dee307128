use crate::text::HEX_LOWER;

string_shape! {
    /// The id of a WorkMail organization, such as `m-0123456789abcdef0123456789abcdef`.
    pub struct OrganizationId;
    model: crate::model::workmail::ORGANIZATION_ID,
    type_name: "workmail::OrganizationId",
    regex: Some(r"^m-[0-9a-f]{32}$"),
    validate: validate = ("m-" then 32 of HEX_LOWER),
    examples: [
        "m-0123456789abcdef0123456789abcdef",
        "m-0123456789ABCDEF0123456789abcdef", // hex digits are lowercase
    ],
    storage: inline(34),
    layout: Layout::new(&[Lit("m-"), run(&HEX_LOWER, 32, 32)]),
}
