//! Uses org-shapes in a `#![no_std]` crate without an allocator: validation, inline
//! construction, enum parsing and `literal!` must all be available.
#![no_std]

use core::panic::PanicInfo;

use org_shapes::{organizations as o, workmail as w};

/// Defining the handler is what makes a `std` in the dependency graph a build error
/// (duplicate lang item `panic_impl`).
#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {}
}

const DIRECTORY: w::DirectoryId = org_shapes::literal!(w::DirectoryId, "d-0123456789");
const DOMAIN: w::DomainName = org_shapes::literal!(w::DomainName, "example.com");

/// Returns a bit set of checks that came out as expected (all bits set: 0xff).
#[no_mangle]
pub extern "C" fn org_shapes_no_std_check() -> u32 {
    let mut ok = 0u32;
    if w::OrgAlias::validate("D-acme").is_ok() && w::OrgAlias::validate("d-acme").is_err() {
        ok |= 1;
    }
    if let Ok(alias) = w::OrgAlias::new("acme-corp") {
        if alias.as_str() == "acme-corp" {
            ok |= 2;
        }
    }
    if let Ok(arn) =
        o::OrganizationArn::new("arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5")
    {
        if arn.account_id().as_str() == "111122223333"
            && arn.organization_id().as_str() == "o-a1b2c3d4e5"
        {
            ok |= 4;
        }
    }
    if matches!(o::FeatureSet::parse("ALL"), Ok(o::FeatureSet::All))
        && w::UserRole::parse("user").is_err()
    {
        ok |= 8;
    }
    if DIRECTORY.as_str().len() == 12 && DOMAIN.as_str() == "example.com" {
        ok |= 16;
    }
    if let Err(e) = o::Email::validate("admin@localhost") {
        if e.kind().is_pattern() && e.shape().sensitive {
            ok |= 32;
        }
    }
    if idioms("d-0123456789", "acme-corp") == Ok(true) {
        ok |= 64;
    }
    if matches!(idioms("d-0123456789", "d-acme"), Err(e) if e.shape() == w::OrgAlias::SHAPE) {
        ok |= 128;
    }
    ok
}

/// The standard conversions and comparisons, as a user writes them, without an allocator:
/// `parse`, `TryFrom`, `==` in both directions, and `?` with the crate's error.
fn idioms(directory: &str, alias: &str) -> Result<bool, org_shapes::Error> {
    let dir: w::DirectoryId = directory.parse()?;
    let alias = w::OrgAlias::try_from(alias)?;
    let role: w::UserRole = "USER".parse()?;
    let features = o::FeatureSet::try_from("ALL")?;
    let account = o::AccountId::try_from("111122223333")?;
    let both_ways = [
        dir == "d-0123456789",
        "d-0123456789" == dir,
        dir == *"d-0123456789",
        *"d-0123456789" == dir,
        "111122223333" == account,
        alias == alias.as_str(),
    ];
    Ok(both_ways == [true; 6] && role == w::UserRole::User && features == o::FeatureSet::All)
}
