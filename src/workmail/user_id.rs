string_shape! {
    /// The id WorkMail gives a new user.
    pub struct UserId;
    model: crate::model::workmail::WORK_MAIL_IDENTIFIER,
    regex: Some(r"^(?s:.*)$"),
    validate: validate = (any),
    examples: ["S-1-1-11-1111111111", "S-1-1-11"], // fewer than 12 chars
    storage: text,
    layout: super::UserAttribute::LAYOUT,
}
