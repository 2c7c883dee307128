//! Request bodies of the three operations: never a panic, violations exactly where the
//! model-walking oracle finds faults, lossless round trips of inputs and valid requests.
//!
//! The first byte picks the path (see `org_shapes_fuzz::requests::run`): even, the rest is a
//! JSON body read as each operation's input; odd, the rest drives `arbitrary` to build valid
//! typed requests.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| org_shapes_fuzz::requests::run(data));
