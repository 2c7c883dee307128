use crate::text::AsciiClass;

const PRINTABLE: AsciiClass = AsciiClass::new(
    &[(0x21, 0x7e)],
    &[],
    "a printable ASCII char other than space",
);

string_shape! {
    /// The idempotency token of a `CreateOrganization` call.
    /// SDKs fill in a random UUID when it is left out; repeating a token makes a retry safe.
    pub struct ClientToken;
    model: crate::model::workmail::IDEMPOTENCY_CLIENT_TOKEN,
    regex: Some(r"^[\x21-\x7e]+$"),
    validate: validate = (only PRINTABLE),
    examples: ["token-1", "token 1"], // a space is not printable here
    storage: inline(128),
    layout: Layout::new(&[run(&PRINTABLE, 1, MANY)]),
}
