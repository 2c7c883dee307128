//! What the fuzz targets share: the model oracle (the same file `tests/conformance.rs` uses),
//! the table of shapes with the properties each input must satisfy, and the properties of the
//! request, response and service-error targets.
//!
//! The checks panic on a violated property: that is how a libFuzzer target reports a failure.

pub mod errors;
pub mod json;
#[path = "../../tests/support/oracle.rs"]
#[allow(dead_code)]
pub mod oracle;
pub mod requests;
pub mod responses;
pub mod shapes;

/// The model records, as `scripts/extract_model.py` wrote them.
pub const MODEL: &str = include_str!("../../tests/data/model_constraints.json");
