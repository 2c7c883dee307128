//! Error responses (an `X-Amzn-Errortype` header value and a body): never a panic, a code
//! whenever the header or body names one, the same result twice.
//!
//! The first byte is the header's length (see `org_shapes_fuzz::errors::run`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| org_shapes_fuzz::errors::run(data));
