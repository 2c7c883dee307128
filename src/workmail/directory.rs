use crate::text::HEX_LOWER;

string_shape! {
    /// The id of an AWS Directory Service directory, such as `d-0123456789`.
    pub struct DirectoryId;
    model: crate::model::workmail::DIRECTORY_ID,
    regex: Some(r"^d-[0-9a-f]{10}$"),
    validate: validate = ("d-" then 10 of HEX_LOWER),
    examples: ["d-0123456789", "d-012345678A"], // hex digits are lowercase
    storage: inline(12),
    layout: Layout::new(&[Lit("d-"), run(&HEX_LOWER, 10, 10)]),
}
