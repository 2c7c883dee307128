use crate::text::{
    all_in, expect_end, expect_prefix, has_at, invalid_char_after_ascii, run_len_max, DIGIT,
    LOWER_ALNUM,
};
use crate::Error;

string_shape! {
    /// The id of an AWS organization, such as `o-a1b2c3d4e5`.
    pub struct OrganizationId;
    model: crate::model::organizations::ORGANIZATION_ID,
    type_name: "organizations::OrganizationId",
    regex: Some(r"^o-[a-z0-9]{10,32}$"),
    validate: validate_org_id,
    examples: ["o-a1b2c3d4e5", "o-a1b2c3d4e"], // fewer than 10 chars after `o-`
    storage: inline(34),
    layout: Layout::new(&[Lit("o-"), run(&LOWER_ALNUM, 10, 32)]),
}

/// Checks an organization id at `at` (ASCII before it); the offset after it.
#[inline(always)]
pub(crate) const fn org_id_at(
    shape: &'static crate::Shape,
    s: &str,
    at: usize,
) -> Result<usize, Error> {
    let at = tri!(expect_prefix(shape, s, at, "o-", "the prefix \"o-\""));
    let n = run_len_max(s, at, &LOWER_ALNUM, 33);
    let end = at.wrapping_add(n);
    // All ASCII before `end`: byte offsets are char indices.
    if n < 10 {
        return Err(invalid_char_after_ascii(
            shape,
            s,
            end,
            LOWER_ALNUM.expected,
        ));
    }
    if n > 32 {
        return Err(invalid_char_after_ascii(
            shape,
            s,
            at.wrapping_add(32),
            "no more than 32 chars after \"o-\"",
        ));
    }
    Ok(end)
}

/// Whether `bytes[at..to]` is an organization id, a word at a time.
#[inline(always)]
pub(crate) const fn org_id_fits(bytes: &[u8], at: usize, to: usize) -> bool {
    let n = to.wrapping_sub(at);
    at <= to
        && n >= 12
        && n <= 34
        && has_at(bytes, at, b"o-")
        && all_in(bytes, at.wrapping_add(2), to, &LOWER_ALNUM)
}

validator! {
    validate_org_id(s, b) if org_id_fits(b, 0, b.len());
    else {
        let shape = OrganizationId::SHAPE;
        expect_end(shape, s, tri!(org_id_at(shape, s, 0)))
    }
}

string_shape! {
    /// The id of an AWS account, such as `111122223333`.
    pub struct AccountId;
    model: crate::model::organizations::ACCOUNT_ID,
    regex: Some(r"^[0-9]{12}$"),
    validate: validate_account_id = ("" then 12 of DIGIT),
    examples: ["111122223333", "11112222333٣"], // `٣` is not an ASCII digit
    storage: inline(12),
    layout: Layout::new(&[run(&DIGIT, 12, 12)]),
}
