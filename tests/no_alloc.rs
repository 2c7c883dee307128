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

use org_shapes::{for_each_shape, organizations as o, workmail as w, SHAPES};

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

/// Builds a value of every shape from `sample` (`new` for the inline shapes, `from_static` for
/// the others, `parse` for the enums) and formats each one built; says which shapes took it.
macro_rules! build_each {
    ($([$id:ident, $t:ty, $kind:ident, $storage:ident, $sensitive:literal])*) => {
        |buf: &mut Buf, sample: &'static str| [$(build!($storage, $t, buf, sample)),*]
    };
}

macro_rules! build {
    ($storage:ident, $t:ty, $buf:expr, $sample:expr) => {
        match build!(@new $storage, $t, black_box($sample)) {
            Ok(v) => {
                $buf.len = 0;
                write!($buf, "{v} {v:?}").expect("fits");
                black_box($buf.as_str());
                true
            }
            Err(_) => false,
        }
    };
    (@new inline, $t:ty, $s:expr) => {
        <$t>::new($s)
    };
    (@new text, $t:ty, $s:expr) => {
        <$t>::from_static($s)
    };
    (@new variant, $t:ty, $s:expr) => {
        <$t>::parse($s)
    };
}

#[test]
fn validation_construction_parsing_and_messages_allocate_nothing() {
    // The counter works: a box is one allocation.
    assert_eq!(allocations(|| drop(black_box(Box::new(7u64)))), 1);

    // Every shape accepts one of these at least.
    let samples = [
        "acme-corp",
        "d-0123456789",
        "example.com",
        "arn:aws:kms:us-east-1:111122223333:key/abc",
        "m-0123456789abcdef0123456789abcdef",
        "jdoe@example.com",
        "Zoë",
        "4a7b8c9d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
        "USER",
        "ALL",
        "o-a1b2c3d4e5",
        "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
        "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
        "111122223333",
        "TAG_POLICY",
        "ENABLED",
    ];
    // Inputs built before counting starts.
    let huge = "é".repeat(1 << 19);
    let invalid: Vec<String> = ["", "\n", "d-abc", "٣", "a b", "@", "ab\u{0}cd"]
        .iter()
        .map(|s| s.to_string())
        .chain([huge.clone(), "a".repeat(300)])
        .collect();
    let mut accepted = [false; SHAPES.len()];
    let mut invalid_seen = 0;
    let mut buf = Buf::new();
    let n = allocations(|| {
        for (shape, accepted) in SHAPES.iter().zip(&mut accepted) {
            let validate = shape.validate;
            for good in samples {
                *accepted |= black_box(validate)(black_box(good)).is_ok();
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
    for (shape, accepted) in SHAPES.iter().zip(accepted) {
        assert!(accepted, "no sample is a valid {}", shape.type_name);
    }
    assert!(invalid_seen >= 150, "only {invalid_seen} refusals");

    // Construction of every shape: the inline ones with `new`, the others with `from_static`,
    // the enums with `parse`; each value formatted with `Display` and `Debug`.
    let build_each = for_each_shape!(build_each);
    let mut built = [false; SHAPES.len()];
    let n = allocations(|| {
        for sample in samples {
            for (built, ok) in built.iter_mut().zip(build_each(&mut buf, sample)) {
                *built |= ok;
            }
        }
    });
    assert_eq!(n, 0, "inline construction, from_static or parse allocated");
    for (shape, built) in SHAPES.iter().zip(built) {
        assert!(built, "no sample built a {}", shape.type_name);
    }

    // `literal!`, the parts of ARNs, comparisons, copies, clones of static text.
    let n = allocations(|| {
        let dir = w::DirectoryId::new(black_box("d-0123456789")).expect("valid");
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
        let password = w::Password::from_static("Tr0ub4dor&3").expect("valid");
        const LITERAL: w::DirectoryId = org_shapes::literal!(w::DirectoryId, "d-abcdef0123");
        assert_eq!(arn.account_id(), account);
        assert_eq!(arn.organization_id(), org_id);
        assert_eq!(account_arn.account_id().as_str(), "444455556666");
        let copy = dir;
        assert_eq!(copy, dir);
        assert_ne!(LITERAL, dir);
        buf.len = 0;
        write!(buf, "{LITERAL} {password:?}").expect("fits");
        black_box(buf.as_str());
        // Clones of static text shapes share the literal.
        black_box(domain.clone());
    });
    assert_eq!(n, 0, "literal!, ARN parts, copies or clones allocated");

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
