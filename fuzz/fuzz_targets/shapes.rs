//! Arbitrary input, any shape: never a panic, the model oracle's verdict, lossless round trips.
//!
//! The first byte picks the shape (see `org_shapes_fuzz::shapes::SHAPES`), the rest is the
//! value, read as UTF-8 with invalid sequences replaced (the types take `&str`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, value)) = data.split_first() else {
        return;
    };
    let value = String::from_utf8_lossy(value);
    org_shapes_fuzz::shapes::run(selector, &value);
});
