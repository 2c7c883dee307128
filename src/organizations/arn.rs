use super::ids::{org_id_at, org_id_fits};
use super::{AccountId, OrganizationId};
use crate::text::{all_in, expect_end, expect_prefix, expect_run, has_at, DIGIT};
use crate::Error;

pub(crate) const PREFIX: &str = "arn:aws:organizations::";
const PREFIX_EXPECTED: &str = "the prefix \"arn:aws:organizations::\"";

string_shape! {
    /// The ARN of an organization, such as
    /// `arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5`.
    pub struct OrganizationArn;
    model: crate::model::organizations::ORGANIZATION_ARN,
    regex: Some(r"^arn:aws:organizations::[0-9]{12}:organization/o-[a-z0-9]{10,32}$"),
    validate: validate_org_arn,
    examples: [
        "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
        "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e", // id one char short
    ],
    storage: inline(83),
    layout: Layout::new(&[
        Lit(PREFIX),
        run(&DIGIT, 12, 12),
        Lit(":organization/"),
        Seq(OrganizationId::LAYOUT.parts),
    ]),
}

impl OrganizationArn {
    /// The management account id.
    pub fn account_id(&self) -> AccountId {
        embedded_account(self.as_str(), ACCOUNT_AT)
    }

    /// The organization id.
    pub fn organization_id(&self) -> OrganizationId {
        embedded_org(self.as_str(), ORG_IN_ORG_ARN)
    }
}

validator! {
    validate_org_arn(s, b) if has_at(b, 0, PREFIX.as_bytes())
        && all_in(b, ACCOUNT_AT, ACCOUNT_AT + 12, &DIGIT)
        && has_at(b, ACCOUNT_AT + 12, b":organization/")
        && org_id_fits(b, ORG_IN_ORG_ARN, b.len());
    else {
        let shape = OrganizationArn::SHAPE;
        let kind = (":organization/", "\":organization/\"");
        expect_end(shape, s, tri!(explain_head(shape, s, kind)))
    }
}

/// What both ARNs share, up to the organization id; the offset after it.
#[inline(always)]
const fn explain_head(
    shape: &'static crate::Shape,
    s: &str,
    (kind, kind_expected): (&'static str, &'static str),
) -> Result<usize, Error> {
    let at = tri!(expect_prefix(shape, s, 0, PREFIX, PREFIX_EXPECTED));
    let at = tri!(expect_run(shape, s, at, 12, &DIGIT));
    let at = tri!(expect_prefix(shape, s, at, kind, kind_expected));
    org_id_at(shape, s, at)
}

string_shape! {
    /// The ARN of an account in an organization, such as
    /// `arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/111122223333`.
    pub struct AccountArn;
    model: crate::model::organizations::ACCOUNT_ARN,
    regex: Some(r"^arn:aws:organizations::[0-9]{12}:account/o-[a-z0-9]{10,32}/[0-9]{12}$"),
    validate: validate_account_arn,
    examples: [
        "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
        "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/44445555666", // one digit short
    ],
    storage: inline(91),
    layout: Layout::new(&[
        Lit(PREFIX),
        Seq(AccountId::LAYOUT.parts),
        Lit(":account/"),
        Seq(OrganizationId::LAYOUT.parts),
        Lit("/"),
        Seq(AccountId::LAYOUT.parts),
    ]),
}

impl AccountArn {
    /// The management account id.
    pub fn management_account_id(&self) -> AccountId {
        embedded_account(self.as_str(), ACCOUNT_AT)
    }

    /// The organization id.
    pub fn organization_id(&self) -> OrganizationId {
        embedded_org(self.as_str(), ORG_IN_ACCOUNT_ARN)
    }

    /// The account the ARN names.
    pub fn account_id(&self) -> AccountId {
        let s = self.as_str();
        embedded_account(s, s.len().saturating_sub(12))
    }
}

validator! {
    /// The account id read from the end.
    validate_account_arn(s, b)
    let slash = b.len().wrapping_sub(13);
    if b.len() >= ORG_IN_ACCOUNT_ARN + 13
        && has_at(b, 0, PREFIX.as_bytes())
        && all_in(b, ACCOUNT_AT, ACCOUNT_AT + 12, &DIGIT)
        && has_at(b, ACCOUNT_AT + 12, b":account/")
        && org_id_fits(b, ORG_IN_ACCOUNT_ARN, slash)
        && has_at(b, slash, b"/")
        && all_in(b, slash.wrapping_add(1), b.len(), &DIGIT);
    else {
        let shape = AccountArn::SHAPE;
        let at = tri!(explain_head(shape, s, (":account/", "\":account/\"")));
        let at = tri!(expect_prefix(shape, s, at, "/", "'/'"));
        let at = tri!(expect_run(shape, s, at, 12, &DIGIT));
        expect_end(shape, s, at)
    }
}

pub(crate) const ACCOUNT_AT: usize = PREFIX.len();
pub(crate) const ORG_IN_ORG_ARN: usize = ACCOUNT_AT + 12 + ":organization/".len();
pub(crate) const ORG_IN_ACCOUNT_ARN: usize = ACCOUNT_AT + 12 + ":account/".len();

/// The 12 digits at `at` of an already validated ARN (the zeros, never returned, spare a panic).
fn embedded_account(s: &str, at: usize) -> AccountId {
    let digits = s.get(at..at.saturating_add(12)).unwrap_or_default();
    AccountId::new(digits).unwrap_or(crate::literal!(AccountId, "000000000000"))
}

/// The organization id starting at `at` of an already validated ARN (as above).
fn embedded_org(s: &str, at: usize) -> OrganizationId {
    let tail = s.get(at..).unwrap_or_default();
    let id = tail.split('/').next().unwrap_or_default();
    OrganizationId::new(id).unwrap_or(crate::literal!(OrganizationId, "o-0000000000"))
}
