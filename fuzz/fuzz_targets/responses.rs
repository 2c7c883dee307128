//! Response bodies of the three operations, read leniently: never a panic, validation as the
//! model says, round trips of what validates.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| org_shapes_fuzz::responses::run(data));
