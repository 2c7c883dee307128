//! Replays the committed seed corpus through the `shapes` properties on the stable toolchain,
//! so that the seeds (and any crash input added to them) are checked even where libFuzzer and
//! nightly are not available. Run from `fuzz/`: `cargo test`.

use std::fs;
use std::path::Path;

use org_shapes_fuzz::shapes::{run, SHAPES};

#[test]
fn every_seed_keeps_the_shapes_properties() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/shapes");
    let mut seen = vec![0usize; SHAPES.len()];
    for entry in fs::read_dir(&dir).expect("fuzz/seeds/shapes") {
        let path = entry.expect("dir entry").path();
        let data = fs::read(&path).expect("a seed");
        let Some((&selector, value)) = data.split_first() else {
            continue;
        };
        run(selector, &String::from_utf8_lossy(value));
        seen[usize::from(selector) % SHAPES.len()] += 1;
    }
    for ((shape, _), n) in SHAPES.iter().zip(&seen) {
        assert!(*n > 0, "no seed for {}", shape.type_name);
    }
}
