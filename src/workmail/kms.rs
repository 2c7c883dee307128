use crate::text::{
    check_len, expect_prefix, expect_run, invalid_char_after_ascii, run_len, AsciiClass, ALNUM,
    LOWER_ALNUM,
};
use crate::Error;

const PREFIX: &str = "arn:aws:kms:";
const PREFIX_EXPECTED: &str = "the prefix \"arn:aws:kms:\"";
const REGION_CHAR: AsciiClass =
    LOWER_ALNUM.with(b"-", "a lowercase ASCII letter, digit, '-' or ':'");
const ACCOUNT_FIRST: &str = "a lowercase ASCII letter, digit or '-'";
const KEY_CHAR: AsciiClass = ALNUM.with(b":_/+=,@.-", "an ASCII letter, digit or one of :_/+=,@.-");
const KEY_MAX: usize = 1024;

string_shape! {
    /// The ARN of a customer managed AWS KMS key, such as
    /// `arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`.
    /// Only the `aws` partition; the region and account may be empty.
    pub struct KmsKeyArn;
    model: crate::model::workmail::KMS_KEY_ARN,
    regex: Some(r"^arn:aws:kms:[a-z0-9-]*:[a-z0-9-]+:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"),
    validate: validate,
    examples: [
        "arn:aws:kms:us-east-1:111122223333:key/x",
        "arn:aws-cn:kms:cn-north-1:111122223333:key/x", // only the `aws` partition matches
    ],
    storage: text,
    layout: Layout::new(&[
        Lit(PREFIX),
        run(&REGION_CHAR, 0, MANY),
        Lit(":"),
        run(&REGION_CHAR, 1, MANY),
        Lit(":"),
        run(&ALNUM, 1, 1),
        run(&KEY_CHAR, 0, KEY_MAX - 1),
    ]),
}

const fn validate(s: &str) -> Result<(), Error> {
    let shape = KmsKeyArn::SHAPE;
    tri!(check_len(shape, s));
    let at = tri!(expect_prefix(shape, s, 0, PREFIX, PREFIX_EXPECTED));
    let at = at.wrapping_add(run_len(s, at, &REGION_CHAR));
    let at = tri!(expect_colon(s, at));
    let account = run_len(s, at, &REGION_CHAR);
    if account == 0 {
        return Err(invalid_char_after_ascii(shape, s, at, ACCOUNT_FIRST));
    }
    let at = tri!(expect_colon(s, at.wrapping_add(account)));
    tri!(expect_run(shape, s, at, 1, &ALNUM));
    // All ASCII before `at`: byte offsets are char indices.
    let rest = crate::text::bytes_from(s, at);
    let (bad, expected) = match KEY_CHAR.first_outside(rest) {
        Some(k) => (at.wrapping_add(k), KEY_CHAR.expected),
        None if rest.len() > KEY_MAX => (
            at.wrapping_add(KEY_MAX),
            "the end of the value (the resource part has at most 1024 chars)",
        ),
        None => return Ok(()),
    };
    Err(invalid_char_after_ascii(shape, s, bad, expected))
}

/// A ':' at `at`; another byte gets the error of the region or account run it interrupted.
const fn expect_colon(s: &str, at: usize) -> Result<usize, Error> {
    let (at, expected) = match s.as_bytes().split_at_checked(at) {
        Some((_, [b':', ..])) => return Ok(at.wrapping_add(1)),
        Some((_, [_, ..])) => (at, REGION_CHAR.expected),
        _ => (s.len(), "':'"),
    };
    Err(invalid_char_after_ascii(KmsKeyArn::SHAPE, s, at, expected))
}
