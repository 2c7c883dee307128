//! Validation, inline construction, `from_static`, enum parsing and error formatting allocate
//! nothing: a counting global allocator watches the current thread while they run.
//!
//! The library forbids `unsafe`; this test needs it only to implement `GlobalAlloc`. The file
//! holds a single test so no other test of the binary runs beside it, and the count is kept
//! per thread in any case.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::{self, Write};
use std::hint::black_box;

use org_shapes::{organizations as o, workmail as w, Error};

struct Counting;

thread_local! {
    // Const-initialized and free of destructors: reading them never allocates.
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

fn note() {
    let armed = ARMED.try_with(Cell::get).unwrap_or(false);
    if armed {
        let _ = COUNT.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator; counting touches only
// thread-local `Cell`s, which do not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Number of allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    COUNT.with(|c| c.set(0));
    ARMED.with(|a| a.set(true));
    f();
    ARMED.with(|a| a.set(false));
    COUNT.with(Cell::get)
}

/// A fixed buffer to format into, so formatting itself needs no heap.
struct Buf {
    bytes: [u8; 2048],
    len: usize,
}

impl Buf {
    fn new() -> Self {
        Buf {
            bytes: [0; 2048],
            len: 0,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("written from str")
    }
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > self.bytes.len() {
            return Err(fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

type Validate = fn(&str) -> Result<(), Error>;

#[test]
fn validation_construction_parsing_and_messages_allocate_nothing() {
    // The counter works: a box is one allocation.
    assert_eq!(allocations(|| drop(black_box(Box::new(7u64)))), 1);

    let validators: [(Validate, &str); 21] = [
        (w::OrgAlias::validate, "acme-corp"),
        (w::DirectoryId::validate, "d-0123456789"),
        (w::ClientToken::validate, "token-1"),
        (w::DomainName::validate, "example.com"),
        (w::HostedZoneId::validate, "Z0123456789"),
        (
            w::KmsKeyArn::validate,
            "arn:aws:kms:us-east-1:111122223333:key/abc",
        ),
        (
            w::OrganizationId::validate,
            "m-0123456789abcdef0123456789abcdef",
        ),
        (w::UserName::validate, "jdoe@example.com"),
        (w::UserAttribute::validate, "Zoë"),
        (w::Password::validate, "Tr0ub4dor&3"),
        (
            w::IdentityProviderUserId::validate,
            "4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
        ),
        (w::UserId::validate, "S-1-1-11-1111111111"),
        (w::UserRole::validate, "USER"),
        (o::FeatureSet::validate, "ALL"),
        (o::OrganizationId::validate, "o-a1b2c3d4e5"),
        (
            o::OrganizationArn::validate,
            "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
        ),
        (
            o::AccountArn::validate,
            "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
        ),
        (o::AccountId::validate, "111122223333"),
        (o::Email::validate, "admin@example.com"),
        (o::PolicyType::validate, "TAG_POLICY"),
        (o::PolicyTypeStatus::validate, "ENABLED"),
    ];
    // Inputs built before counting starts.
    let huge = "é".repeat(1 << 19);
    let invalid: Vec<String> = ["", "\n", "d-abc", "٣", "a b", "@", "ab\u{0}cd"]
        .iter()
        .map(|s| s.to_string())
        .chain([huge.clone(), "a".repeat(300)])
        .collect();
    let mut valid_seen = 0;
    let mut invalid_seen = 0;
    let mut buf = Buf::new();
    let n = allocations(|| {
        for (validate, good) in validators {
            if black_box(validate)(black_box(good)).is_ok() {
                valid_seen += 1;
            }
            for bad in &invalid {
                if let Err(e) = black_box(validate)(black_box(bad)) {
                    invalid_seen += 1;
                    buf.len = 0;
                    write!(buf, "{e} / {} / {e:?} / {}", e.kind(), e.aws_constraint())
                        .expect("fits");
                    black_box(buf.as_str());
                }
            }
        }
    });
    assert_eq!(n, 0, "validation or error formatting allocated");
    assert_eq!(valid_seen, 21, "every sample is valid");
    assert!(invalid_seen >= 150, "only {invalid_seen} refusals");

    // Construction of the inline shapes, `from_static` of the others, `literal!`.
    let n = allocations(|| {
        let alias = w::OrgAlias::new(black_box("acme-corp")).expect("valid");
        let dir = w::DirectoryId::new(black_box("d-0123456789")).expect("valid");
        let token = w::ClientToken::new(black_box("token-1")).expect("valid");
        let org =
            w::OrganizationId::new(black_box("m-0123456789abcdef0123456789abcdef")).expect("valid");
        let user = w::UserName::new(black_box("jdoe@example.com")).expect("valid");
        let idp = w::IdentityProviderUserId::new(black_box("4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d"))
            .expect("valid");
        let org_id = o::OrganizationId::new(black_box("o-a1b2c3d4e5")).expect("valid");
        let arn = o::OrganizationArn::new(black_box(
            "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
        ))
        .expect("valid");
        let account_arn = o::AccountArn::new(black_box(
            "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
        ))
        .expect("valid");
        let account = o::AccountId::new(black_box("111122223333")).expect("valid");
        let domain = w::DomainName::from_static("example.com").expect("valid");
        let zone = w::HostedZoneId::from_static("Z0123456789").expect("valid");
        let key =
            w::KmsKeyArn::from_static("arn:aws:kms:us-east-1:111122223333:key/abc").expect("valid");
        let name = w::UserAttribute::from_static("Zoë").expect("valid");
        let password = w::Password::from_static("Tr0ub4dor&3").expect("valid");
        let user_id = w::UserId::from_static("S-1-1-11-1111111111").expect("valid");
        let email = o::Email::from_static("admin@example.com").expect("valid");
        const LITERAL: w::DirectoryId = org_shapes::literal!(w::DirectoryId, "d-abcdef0123");
        // Parts of ARNs, comparisons, copies.
        assert_eq!(arn.account_id(), account);
        assert_eq!(arn.organization_id(), org_id);
        assert_eq!(account_arn.account_id().as_str(), "444455556666");
        let copy = dir;
        assert_eq!(copy, dir);
        assert_ne!(LITERAL, dir);
        buf.len = 0;
        write!(
            buf,
            "{alias} {dir} {token} {org} {user} {idp} {org_id} {arn} {account_arn} {account} \
             {domain} {zone} {key} {name} {password} {user_id} {email} {LITERAL} \
             {alias:?} {password:?} {email:?} {name:?}"
        )
        .expect("fits");
        black_box(buf.as_str());
        // Clones of static text shapes share the literal.
        black_box(domain.clone());
    });
    assert_eq!(n, 0, "inline construction or from_static allocated");

    // Enums.
    let n = allocations(|| {
        for v in o::PolicyType::VALUES {
            let t = o::PolicyType::parse(black_box(v)).expect("a model value");
            assert_eq!(t.as_str(), *v);
            buf.len = 0;
            write!(buf, "{t} {t:?}").expect("fits");
        }
        let role: w::UserRole = black_box("REMOTE_USER").parse().expect("valid");
        assert!(role.allowed_in_create_user());
        let set = o::FeatureSet::try_from(black_box("CONSOLIDATED_BILLING")).expect("valid");
        assert!(!set.supports_policies());
        let status = o::PolicyTypeStatus::parse(black_box("enabled"));
        assert!(status.is_err());
    });
    assert_eq!(n, 0, "enum parsing allocated");

    // With `alloc`, the owned constructors of the long shapes do allocate: one copy each.
    #[cfg(feature = "alloc")]
    {
        let n = allocations(|| drop(black_box(w::DomainName::new("example.com"))));
        assert_eq!(n, 1, "an owned DomainName is one allocation");
    }
}
