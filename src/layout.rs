//! Each string shape's structure (its `LAYOUT`),
//! within the model's bounds. Validators never read it; the generators are derived from it
//! (`tests/proptest_feature.rs` checks they agree), following a validator only at
//! [`Layout::forbidding`] and [`Layout::read_by_length`].
// `proptest` and `arbitrary` each use part of this module; with both on, dead code shows.
#![cfg_attr(
    not(all(feature = "proptest", feature = "arbitrary")),
    allow(dead_code)
)]

use crate::text::AsciiClass;

#[cfg(any(feature = "proptest", feature = "arbitrary"))]
pub(crate) mod drawn;
#[cfg(any(feature = "proptest", feature = "arbitrary"))]
pub(crate) mod generate;

/// No upper bound on a run but the shape's maximum length.
pub(crate) const MANY: usize = usize::MAX;

/// The chars of a run, in the validators' ASCII classes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Class {
    Ascii(&'static AsciiClass),
    /// The class, and every char from U+0080 up to the given one.
    AsciiThen(&'static AsciiClass, char),
    /// Every char but the class's.
    Except(&'static AsciiClass),
}

const NOTHING: AsciiClass = AsciiClass::new(&[], &[], "nothing");
pub(crate) const ANY: Class = Class::Except(&NOTHING);

#[derive(Debug, Clone, Copy)]
pub(crate) enum Part {
    Lit(&'static str),
    /// `min` to `max` chars of a class (`max` [`MANY`] when the pattern sets no bound).
    Run(Class, usize, usize),
    Opt(&'static [Part]),
    /// The parts, any number of times (each at least one char).
    Repeat(&'static [Part]),
    /// Another layout embedded (an id inside an ARN).
    Seq(&'static [Part]),
}

pub(crate) const fn run(class: &'static AsciiClass, min: usize, max: usize) -> Part {
    Part::Run(Class::Ascii(class), min, max)
}

/// The structure of a string shape (module docs).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    pub(crate) parts: &'static [Part],
    /// A prefix the pattern excludes though the parts allow it (`d-` for aliases).
    pub(crate) forbidden_prefix: Option<&'static str>,
    /// The validator tells the forms apart by length, so a cut value is read with every
    /// optional part left out.
    pub(crate) by_length: bool,
}

impl Layout {
    pub(crate) const fn new(parts: &'static [Part]) -> Self {
        Layout {
            parts,
            forbidden_prefix: None,
            by_length: false,
        }
    }

    /// The enum shapes': no parts, their values are the model's.
    pub(crate) const ENUM: Layout = Layout::new(&[]);

    /// See [`Layout::forbidden_prefix`].
    pub(crate) const fn forbidding(self, prefix: &'static str) -> Self {
        Layout {
            forbidden_prefix: Some(prefix),
            ..self
        }
    }

    /// See [`Layout::by_length`].
    pub(crate) const fn read_by_length(self) -> Self {
        Layout {
            by_length: true,
            ..self
        }
    }
}

/// Fewest and most chars of the parts in sequence.
pub(crate) const fn bounds(parts: &[Part]) -> (usize, usize) {
    let (mut min, mut max) = (0usize, 0usize);
    let mut rest = parts;
    while let [part, tail @ ..] = rest {
        let (lo, hi) = match part {
            Part::Lit(s) => (s.len(), s.len()),
            Part::Run(_, lo, hi) => (*lo, *hi),
            Part::Opt(inner) => (0, bounds(inner).1),
            Part::Repeat(_) => (0, MANY),
            Part::Seq(inner) => bounds(inner),
        };
        min = min.saturating_add(lo);
        max = max.saturating_add(hi);
        rest = tail;
    }
    (min, max)
}

/// The chars of every literal, one bit each; `None` if one is not ASCII, as the generators
/// assume (a literal char is one bit of a mask there): `string_shape!` asserts it per shape.
pub(crate) const fn literal_mask(parts: &[Part]) -> Option<u128> {
    let mut mask = 0u128;
    let mut rest = parts;
    while let [part, tail @ ..] = rest {
        mask |= match part {
            Part::Lit(s) if s.is_ascii() => crate::text::with_singles(0, s.as_bytes()),
            Part::Lit(_) => return None,
            Part::Run(..) => 0,
            Part::Opt(inner) | Part::Repeat(inner) | Part::Seq(inner) => {
                match literal_mask(inner) {
                    Some(inner) => inner,
                    None => return None,
                }
            }
        };
        rest = tail;
    }
    Some(mask)
}

/// A set of chars: ASCII as a bitmask, the others one range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Chars {
    ascii: u128,
    /// Empty when `.0 > .1`.
    wide: (u32, u32),
}

const WIDE_FROM: u32 = 0x80;
const LAST: u32 = char::MAX as u32;

impl Chars {
    pub(crate) const fn of(class: &Class) -> Self {
        let (ascii, wide) = match *class {
            Class::Ascii(c) => (c.mask(), (1, 0)),
            Class::AsciiThen(c, hi) => (c.mask(), (WIDE_FROM, hi as u32)),
            Class::Except(c) => (!c.mask(), (WIDE_FROM, LAST)),
        };
        Chars { ascii, wide }
    }

    /// Every char.
    pub(crate) const ALL: Chars = Chars::of(&ANY);

    pub(crate) const fn complement(self) -> Self {
        let wide = if self.wide.0 > self.wide.1 {
            (WIDE_FROM, LAST)
        } else {
            (self.wide.1.saturating_add(1), LAST)
        };
        Chars {
            ascii: !self.ascii,
            wide,
        }
    }

    /// Without the ASCII chars of `mask`.
    pub(crate) const fn without(self, mask: u128) -> Self {
        Chars {
            ascii: self.ascii & !mask,
            wide: self.wide,
        }
    }

    pub(crate) const fn contains(&self, c: char) -> bool {
        let u = c as u32;
        if u < 128 {
            (self.ascii >> u) & 1 == 1
        } else {
            self.wide.0 <= u && u <= self.wide.1
        }
    }

    pub(crate) const fn is_empty(&self) -> bool {
        self.ascii == 0 && self.wide.0 > self.wide.1
    }
}

/// What the invalid forms of a layout's values depend on (`first`: the parts start the value):
/// whether some part is optional or repeated; whether a wrong char is refused at its own index
/// (a run with a char outside its class and the literals' chars `mask`, or a literal other
/// than the first part); whether a bounded, variable run is followed by the end or a literal
/// starting outside its class (an overrun).
pub(crate) const fn places(parts: &[Part], mask: u128, first: bool) -> (bool, bool, bool) {
    let (mut choices, mut bad_char, mut overrun) = (false, false, false);
    let mut rest = parts;
    let mut leading = first;
    while let [part, tail @ ..] = rest {
        match part {
            Part::Lit(_) => bad_char |= !leading,
            Part::Run(class, min, max) => {
                bad_char |= *max > 0 && !Chars::of(class).complement().without(mask).is_empty();
                overrun |= *min < *max && *max != MANY && closes(class, tail);
            }
            Part::Opt(inner) | Part::Repeat(inner) => {
                choices = true;
                bad_char |= places(inner, mask, false).1;
            }
            Part::Seq(inner) => {
                let (c, b, o) = places(inner, mask, leading);
                (choices, bad_char, overrun) = (choices | c, bad_char | b, overrun | o);
            }
        }
        leading = false;
        rest = tail;
    }
    (choices, bad_char, overrun)
}

/// Whether `next`, the parts after a run of `class`, end it: they start (through sequences)
/// with the end or a literal starting outside the class.
pub(crate) const fn closes(class: &Class, next: &[Part]) -> bool {
    match next {
        [] => true,
        [Part::Lit(s), ..] => match s.as_bytes() {
            [] => true,
            [b, ..] => *b < 128 && !Chars::of(class).contains(*b as char),
        },
        [Part::Seq(inner), ..] => closes(class, inner),
        _ => false,
    }
}
