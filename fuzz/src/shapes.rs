//! Every shape of the crate, and the properties a value of any shape must have.

use std::fmt::{Debug, Display};
use std::str::FromStr;
use std::sync::OnceLock;

use org_shapes::{Error, ErrorKind, Shape};
use serde::{de::DeserializeOwned, Serialize};

use crate::oracle::{records, Oracle};

/// What the properties need of a shape's type; implemented for every newtype and enum.
pub trait Subject:
    FromStr<Err = Error> + Display + Debug + AsRef<str> + PartialEq + Serialize + DeserializeOwned
{
    /// The type's `SHAPE`.
    const SHAPE: &'static Shape;
    /// The type's `validate`.
    fn validate(s: &str) -> Result<(), Error>;
}

macro_rules! subjects {
    ($([$id:ident, $t:ty, $($rest:tt)*])*) => {
        $(
            impl Subject for $t {
                const SHAPE: &'static Shape = <$t>::SHAPE;
                fn validate(s: &str) -> Result<(), Error> {
                    <$t>::validate(s)
                }
            }
        )*
        /// Every shape of the registry, in its order, which the first input byte selects
        /// (`byte % len`). The registry appends new shapes, which keeps the seed corpus
        /// meaningful; reordering it would remap the seeds.
        pub const SHAPES: &[(&Shape, fn(&Oracle, &str))] = &[
            $((<$t>::SHAPE, check::<$t>),)*
        ];
    };
}

org_shapes::for_each_shape!(subjects);

/// The oracle of each entry of [`SHAPES`], built once from the model file.
pub fn oracles() -> &'static [Oracle] {
    static ORACLES: OnceLock<Vec<Oracle>> = OnceLock::new();
    ORACLES.get_or_init(|| {
        let records = records(crate::MODEL);
        SHAPES
            .iter()
            .map(|(shape, _)| {
                let key = (
                    shape.service.as_str().to_owned(),
                    shape.model_name.to_owned(),
                );
                let rec = records
                    .get(&key)
                    .unwrap_or_else(|| panic!("no model record for {key:?}"));
                Oracle::new(rec)
            })
            .collect()
    })
}

/// Runs the shape that `selector` picks on `s`.
pub fn run(selector: u8, s: &str) {
    let i = usize::from(selector) % SHAPES.len();
    let (_, check) = SHAPES[i];
    check(&oracles()[i], s);
}

/// The properties of one value of shape `T`:
///
/// - `validate` accepts `s` exactly when the model does (length in chars and pattern, or enum
///   set), and a refusal names the constraint the model finds broken first (length, then
///   pattern);
/// - `FromStr` and serde_json agree with `validate`, error included;
/// - an accepted value gives back its text (`as_str`), parses and serializes back to the same
///   text and value, and displays as that text, or as `<redacted>` for a sensitive shape;
/// - an error's char index and char are those of the value (index in chars), and it renders
///   (both forms) without panicking, in bounded size, never showing a char of a sensitive value.
pub fn check<T: Subject>(oracle: &Oracle, s: &str) {
    let name = T::SHAPE.type_name;
    let verdict = oracle.judge(s);
    let model_accepts = verdict.length_ok && verdict.rule_ok;
    let validated = T::validate(s);
    assert_eq!(
        validated.is_ok(),
        model_accepts,
        "{name}: validate says {validated:?}, the model says length_ok={} rule_ok={} for {s:?}",
        verdict.length_ok,
        verdict.rule_ok,
    );
    let parsed = s.parse::<T>();
    let json = serde_json::to_string(s).expect("a str serializes");
    let from_json = serde_json::from_str::<T>(&json);
    match (parsed, validated) {
        (Ok(v), Ok(())) => {
            let text = v.as_ref();
            assert_eq!(text, s, "{name}: as_str changes the value");
            assert_eq!(text.parse::<T>().as_ref(), Ok(&v), "{name}: as_str/FromStr");
            // Sensitive shapes display redacted, as their `Debug` does.
            let shown = v.to_string();
            if T::SHAPE.sensitive {
                assert_eq!(
                    shown, "<redacted>",
                    "{name}: Display shows a sensitive value"
                );
                assert_eq!(
                    format!("{v:?}"),
                    format!("{name}(<redacted>)"),
                    "{name}: Debug"
                );
            } else {
                assert_eq!(shown, s, "{name}: Display changes the value");
            }
            let out = serde_json::to_string(&v).expect("a value serializes");
            assert_eq!(out, json, "{name}: serializes as other text");
            let back = from_json.unwrap_or_else(|e| panic!("{name}: JSON refused {s:?}: {e}"));
            assert_eq!(back, v, "{name}: JSON round trip");
        }
        (Err(e), Err(same)) => {
            assert_eq!(e, same, "{name}: FromStr and validate report differently");
            assert!(
                from_json.is_err(),
                "{name}: JSON accepts what FromStr refuses"
            );
            let kind = e.kind();
            assert_eq!(
                kind.is_length(),
                !verdict.length_ok,
                "{name}: {kind:?} for {s:?}, the model's length verdict is {}",
                verdict.length_ok,
            );
            assert_eq!(e.shape(), T::SHAPE, "{name}: error names another shape");
            // Indices count chars, wherever the validator found the fault.
            match kind {
                ErrorKind::InvalidChar { index, found, .. } => {
                    let at = s.chars().nth(index);
                    assert!(at.is_some(), "{name}: index {index} past the end of {s:?}");
                    if !T::SHAPE.sensitive {
                        assert_eq!(found, at, "{name}: char {index} of {s:?}");
                    }
                }
                ErrorKind::Incomplete { index, .. } => {
                    assert_eq!(index, s.chars().count(), "{name}: {s:?} ends elsewhere");
                }
                _ => {}
            }
            if T::SHAPE.sensitive {
                assert!(
                    !matches!(kind, ErrorKind::InvalidChar { found: Some(_), .. }),
                    "{name}: error shows a char of a sensitive value"
                );
            }
            let message = e.to_string();
            let constraint = e.aws_constraint().to_string();
            assert!(
                message.len() < 600 && constraint.len() < 600,
                "{name}: error text of {} and {} bytes",
                message.len(),
                constraint.len(),
            );
        }
        (parsed, validated) => panic!("{name}: FromStr {parsed:?} but validate {validated:?}"),
    }
}
