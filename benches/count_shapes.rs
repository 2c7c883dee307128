//! The loop `scripts/count_shapes.sh` counts instructions of under valgrind's callgrind
//! (deterministic for a given binary, whatever else the machine is doing): `parse` of one
//! shape's declared examples, `ROUNDS` times. A string shape's examples are its `EXAMPLES` (one
//! valid, one invalid value); an enum's are its wire values and the same lowercased (refused).
//! The shape is the one whose `Shape::type_name` is `$ORG_SHAPES_COUNT`; `none` runs the loop
//! for no shape, the fixed cost the script subtracts; any other name fails (exit 2).

use std::hint::black_box;

/// Rounds over a shape's examples.
const ROUNDS: usize = 10_000;

fn main() {
    let which = std::env::var("ORG_SHAPES_COUNT").unwrap_or_default();
    let mut ran = false;
    macro_rules! run {
        ($([$id:ident, $t:ty, $kind:ident, $($rest:tt)*])*) => {$(
            if <$t>::SHAPE.type_name == which {
                ran = true;
                run!(@one $kind, $t);
            }
        )*};
        (@one string, $t:ty) => {{
            let examples: Vec<&str> = <$t>::EXAMPLES.to_vec();
            parse_all::<$t>(&examples);
        }};
        (@one enum, $t:ty) => {{
            let lower: Vec<String> = <$t>::VALUES.iter().map(|v| v.to_ascii_lowercase()).collect();
            let examples: Vec<&str> = <$t>::VALUES
                .iter()
                .copied()
                .chain(lower.iter().map(String::as_str))
                .collect();
            parse_all::<$t>(&examples);
        }};
    }
    org_shapes::for_each_shape!(run);
    if !ran && which != "none" {
        eprintln!("count_shapes: no shape is named {which:?} (ORG_SHAPES_COUNT=none counts the loop alone)");
        std::process::exit(2);
    }
}

/// `parse` of every example, `ROUNDS` times.
fn parse_all<T: std::str::FromStr>(examples: &[&str]) {
    for _ in 0..ROUNDS {
        for value in examples {
            let _ = black_box(black_box(*value).parse::<T>());
        }
    }
}
