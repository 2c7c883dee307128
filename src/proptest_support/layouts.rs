//! The shapes' invalid values: valid ones [`build`] draws, broken in one way read off the
//! layout.

use alloc::string::String;
use alloc::vec::Vec;

use proptest::prelude::*;

use super::{from_tapes, Fault, Invalid};
use crate::error::Shape;
use crate::layout::drawn::one_of;
use crate::layout::generate::{
    any_chars, build, build_cut, ends, length_range, pick_unit, Built, Draw,
};
use crate::layout::{bounds, closes, literal_mask, places, Chars, Layout, Part, MANY};
use crate::text::with_singles;

/// Texts `shape` refuses with `fault`, one of its [`faults`].
pub(crate) fn invalid(
    shape: &'static Shape,
    layout: &'static Layout,
    fault: Fault,
) -> BoxedStrategy<Invalid> {
    let (_, hi) = length_range(shape, layout);
    let chars = match fault {
        Fault::Overrun => hi
            .min(bounds(layout.parts).0.saturating_add(16))
            .saturating_add(1100),
        _ => hi,
    };
    let why = "no place for the fault in this value";
    from_tapes(chars, why, move |d| broken(shape, layout, &[fault], d))
}

/// `value` with one char replaced by one refused there: in a run, one outside its class and
/// every literal; in a literal after the first part, another (after a variable run, also
/// outside that run's class); with `prefix`, only in a literal first part, another.
fn bad_char(
    layout: &Layout,
    mut value: Built,
    prefix: bool,
    d: &mut impl Draw,
) -> Option<(String, Option<usize>)> {
    let mask = literal_mask(layout.parts).unwrap_or(0);
    let mut places: Vec<(usize, usize, Chars)> = Vec::new();
    let mut before: Option<Part> = None;
    for (i, piece) in value.pieces.iter().enumerate() {
        match piece.source {
            Part::Run(class, ..) if !prefix => {
                let bad = Chars::of(&class).complement().without(mask);
                if !bad.is_empty() {
                    places.push((piece.start, piece.len, bad));
                }
            }
            Part::Lit(_) if (i == 0) == prefix => {
                for j in 0..piece.len {
                    let at = piece.start.saturating_add(j);
                    let others = match (j, before) {
                        (0, Some(Part::Run(class, min, max))) if min != max => {
                            Chars::of(&class).complement()
                        }
                        _ => Chars::ALL,
                    };
                    places.push((at, 1, others.without_char(*value.chars.get(at)?)));
                }
            }
            _ => {}
        }
        before = Some(piece.source);
    }
    let (place, k) = pick_unit(d, places.iter().map(|(_, len, _)| *len))?;
    let (start, _, bad) = places.get(place)?;
    let at = start.saturating_add(k);
    *value.chars.get_mut(at)? = bad.picker().pick(d)?;
    Some((value.text(), Some(at)))
}

/// A value with a bounded, variable run (followed by the end or a literal not continuing it)
/// made longer than its bound: refused at the first char too many.
fn overrun(shape: &Shape, layout: &Layout, d: &mut impl Draw) -> Option<(String, Option<usize>)> {
    let (lo, hi) = length_range(shape, layout);
    let value = build(layout, lo, hi.min(lo.saturating_add(16)), d);
    let sources: Vec<Part> = value.pieces.iter().map(|piece| piece.source).collect();
    let places: Vec<(usize, Chars, usize)> = (0..sources.len())
        .filter_map(|i| match sources.get(i..)? {
            [Part::Run(class, min, max), after @ ..] if min < max && *max != MANY => {
                closes(class, after).then_some((i, Chars::of(class), *max))
            }
            _ => None,
        })
        .collect();
    let (i, set, max) = *places.get(d.pick(places.len()))?;
    let piece = value.pieces.get(i)?;
    let end = piece.start.saturating_add(piece.len);
    let extra = max
        .saturating_add(1)
        .saturating_add(d.pick(16))
        .saturating_sub(piece.len);
    let (head, tail) = value.chars.split_at_checked(end)?;
    let picker = set.picker();
    let more: Vec<char> = (0..extra).map(|_| picker.pick(d)).collect::<Option<_>>()?;
    let chars = [head, &more, tail].concat();
    if chars.len() > shape.max_len.unwrap_or(MANY) {
        return None;
    }
    let at = piece.start.saturating_add(max);
    Some((chars.into_iter().collect(), Some(at)))
}

/// The faults a shape can have, in [`Fault::ALL`] order: the first `.1` of `.0`.
pub(crate) const fn faults(shape: &Shape, layout: &Layout) -> ([Fault; 8], usize) {
    let mut list = [Fault::NotInEnum; 8];
    if shape.enum_values.is_some() {
        return (list, 1);
    }
    let parts = layout.parts;
    let min = match shape.min_len {
        Some(min) => min,
        None => 0,
    };
    let mask = match literal_mask(parts) {
        Some(mask) => mask,
        None => 0,
    };
    let (choices, bad_char, overrun) = places(parts, mask, true);
    let (least, most) = bounds(parts);
    let found = [
        min > 0,
        shape.max_len.is_some(),
        bad_char,
        matches!(parts, [Part::Lit(_), ..]),
        layout.forbidden_prefix.is_some(),
        least > min || choices || (parts.len() > 1 && most > min),
        overrun,
        false,
    ];
    let (mut n, mut faults, mut flags) = (0usize, Fault::ALL, found.as_slice());
    while let ([fault, faults_rest @ ..], [flag, flags_rest @ ..]) = (faults, flags) {
        if let (true, Some((_, [slot, ..]))) = (*flag, list.split_at_mut_checked(n)) {
            *slot = *fault;
            n = n.saturating_add(1);
        }
        (faults, flags) = (faults_rest, flags_rest);
    }
    (list, n)
}

/// A text not among `values` (all ASCII): a value lowercased, a strict prefix (empty too), a
/// value or any text with a char of none of them in it.
fn not_in_enum(values: &[&str], d: &mut impl Draw) -> Option<String> {
    let mask = values
        .iter()
        .fold(0, |mask, v| with_singles(mask, v.as_bytes()));
    let value = one_of(d, values)?;
    let text: String = match d.pick(4) {
        0 => value.to_lowercase(),
        1 => value.get(..d.pick(value.len()))?.into(),
        arm => {
            let mut chars: Vec<char> = match arm {
                2 => value.chars().collect(),
                _ => any_chars(24, d)?,
            };
            let at = d.pick(chars.len().saturating_add(1)).min(chars.len());
            chars.insert(at, Chars::ALL.without(mask).picker().pick(d)?);
            chars.into_iter().collect()
        }
    };
    (!values.contains(&text.as_str())).then_some(text)
}

/// A text `shape` refuses with one of `faults` (each equally often), and the char index its
/// error names; a few tries, as a value may have no place for the fault drawn.
pub(crate) fn broken(
    shape: &Shape,
    layout: &Layout,
    faults: &[Fault],
    d: &mut impl Draw,
) -> Option<Invalid> {
    (0..8).find_map(|_| {
        let fault = one_of(d, faults)?;
        let (lo, hi) = length_range(shape, layout);
        let (text, index) = match fault {
            Fault::TooShort => {
                let min = shape.min_len?;
                let value = build(layout, lo, hi, d);
                let n = d.pick(min);
                Some((value.chars.iter().take(n).collect(), None))
            }
            Fault::TooLong => {
                let max = shape.max_len?;
                let value = build(layout, lo.max(1), hi, d);
                // Sometimes over four bytes a char.
                let n = if d.pick(8) == 7 {
                    max.saturating_mul(4).saturating_add(1)
                } else {
                    max.saturating_add(1).saturating_add(d.pick(16))
                };
                let text: String = value.chars.iter().cycle().take(n).collect();
                (text.chars().count() == n).then_some((text, None))
            }
            Fault::BadChar | Fault::BadPrefix => {
                let prefix = fault == Fault::BadPrefix;
                bad_char(layout, build(layout, lo, hi, d), prefix, d)
            }
            Fault::ForbiddenPrefix => {
                let prefix = layout.forbidden_prefix?;
                let room = |n: usize| n.saturating_sub(prefix.len());
                let rest = build(layout, room(lo), room(hi), d);
                Some((prefix.chars().chain(rest.chars).collect(), None))
            }
            Fault::Incomplete => {
                let value = build_cut(layout, lo, hi, d);
                let starts = (0..=value.chars.len()).map(|k| k == 0).collect();
                let complete = ends(layout.parts, &value.chars, starts);
                let min = shape.min_len.unwrap_or(0);
                let max = shape.max_len.unwrap_or(MANY);
                let cuts: Vec<usize> = (min..value.chars.len())
                    .filter(|k| *k <= max && complete.get(*k) == Some(&false))
                    .collect();
                let k = *cuts.get(d.pick(cuts.len()))?;
                Some((value.chars.iter().take(k).collect(), Some(k)))
            }
            Fault::Overrun => overrun(shape, layout, d),
            Fault::NotInEnum => Some((not_in_enum(shape.enum_values?, d)?, None)),
        }?;
        Some(Invalid { text, fault, index })
    })
}
