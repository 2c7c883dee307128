//! The layout/validator agreement, for every shape of the registry: validators accept what
//! layouts generate, and refuse each invalid form generated from them as promised.
#![cfg(feature = "proptest")]

use org_shapes::strategy::{Fault, ShapeStrategy};
use org_shapes::{ErrorKind, Shape};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

fn validator_accepts_what_its_layout_generates<T: ShapeStrategy>(shape: &Shape) {
    // The strategy drops a built text its type refuses (a local reject), so the assertion
    // below only sees accepted texts: with no reject allowed, the first refused one fails.
    TestRunner::new(Config {
        max_local_rejects: 0,
        ..config(512)
    })
    .run(&T::valid_text(), |text| {
        prop_assert_eq!((shape.validate)(&text), Ok(()), "{:?}", text);
        Ok(())
    })
    .unwrap_or_else(|e| panic!("{shape}: {e}"));
}

fn validator_refuses_each_fault_generated_from_its_layout<T: ShapeStrategy>(shape: &Shape) {
    let listed = T::FAULTS;
    assert!(!listed.is_empty(), "{shape}: no fault");
    for fault in Fault::ALL {
        let strategy = T::invalid(*fault);
        assert_eq!(
            strategy.is_some(),
            listed.contains(fault),
            "{shape}: {fault:?}"
        );
        let Some(strategy) = strategy else { continue };
        TestRunner::new(config(256))
            .run(&strategy, |bad| {
                let kind = match (shape.validate)(&bad.text) {
                    Err(e) => e.kind(),
                    Ok(()) => return Err(TestCaseError::fail("accepted")),
                };
                prop_assert!(fault.matches(kind), "{:?} gave {:?}", bad, kind);
                let index = match kind {
                    ErrorKind::InvalidChar { index, .. } | ErrorKind::Incomplete { index, .. } => {
                        Some(index)
                    }
                    _ => None,
                };
                prop_assert_eq!(index, bad.index, "{:?}", bad);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{shape}, {fault:?}: {e}"));
    }
}

macro_rules! every_shape {
    ($([$id:ident, $ty:ty, $($rest:tt)*])*) => {
        #[test]
        fn validators_accept_what_layouts_generate() {
            $( validator_accepts_what_its_layout_generates::<$ty>(<$ty>::SHAPE); )*
        }

        #[test]
        fn validators_refuse_each_fault_generated_from_layouts() {
            $( validator_refuses_each_fault_generated_from_its_layout::<$ty>(<$ty>::SHAPE); )*
        }
    };
}

org_shapes::for_each_shape!(every_shape);
