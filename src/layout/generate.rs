//! Values built from a layout. [`build`] draws the length, then the optional parts that fit,
//! the runs' shares, one char per position; choice 0 is always the simplest, so shrinking
//! towards 0 gives the shortest, simplest valid value.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{bounds, Chars, Layout, Part, LAST, MANY};
use crate::error::Shape;

pub(crate) trait Draw {
    /// A number below `n`; 0 is the simplest choice, and the only one (read without a draw)
    /// when `n` is 0 or 1.
    fn pick(&mut self, n: usize) -> usize;
}

/// The non-ASCII chars by length in UTF-8, surrogates left out.
const WIDTHS: [&[(u32, u32)]; 3] = [
    &[(0x80, 0x7ff)],
    &[(0x800, 0xd7ff), (0xe000, 0xffff)],
    &[(0x1_0000, LAST)],
];

impl Chars {
    /// Without `c`, an ASCII char (as every literal's).
    pub(crate) fn without_char(self, c: char) -> Self {
        self.without(1u128.checked_shl(u32::from(c)).unwrap_or(0))
    }

    /// A picker of the set's chars, its tiers of ranges by UTF-8 width (1 to 4 bytes): a draw
    /// picks a tier, then a char, so a wide class yields ASCII as often as each other width.
    pub(crate) fn picker(&self) -> Picker {
        let (from, to) = self.wide;
        let clip = |(lo, hi): &(u32, u32)| ((*lo).max(from), (*hi).min(to));
        let wide = WIDTHS.map(|width| width.iter().map(clip).filter(|(lo, hi)| lo <= hi));
        let ascii = (0u32..128).filter(|b| (self.ascii >> b) & 1 == 1);
        let tiers = core::iter::once(ascii.map(|b| (b, b)).collect())
            .chain(wide.map(Iterator::collect))
            .filter(|tier: &Vec<_>| !tier.is_empty());
        Picker(tiers.collect())
    }
}

/// Draws chars of one set from its tiers, computed once.
pub(crate) struct Picker(pub(crate) Vec<Vec<(u32, u32)>>);

impl Picker {
    /// One draw for the tier, one for the char.
    pub(crate) fn pick(&self, d: &mut impl Draw) -> Option<char> {
        let tier = self.0.get(d.pick(self.0.len()))?;
        let (range, i) = pick_unit(d, tier.iter().map(size))?;
        let (lo, _) = tier.get(range)?;
        char::from_u32(lo.saturating_add(u32::try_from(i).ok()?))
    }
}

/// One draw among the units of `sizes` in sequence: the size it falls in, and where in it.
pub(crate) fn pick_unit(
    d: &mut impl Draw,
    sizes: impl Iterator<Item = usize> + Clone,
) -> Option<(usize, usize)> {
    let mut k = d.pick(sizes.clone().fold(0, usize::saturating_add).max(1));
    sizes.enumerate().find_map(|(i, n)| {
        let hit = (k < n).then_some((i, k));
        k = k.saturating_sub(n);
        hit
    })
}

/// How many chars a range holds.
pub(crate) fn size((lo, hi): &(u32, u32)) -> usize {
    hi.saturating_sub(*lo).saturating_add(1) as usize
}

/// A stretch of a built value, in chars.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub(crate) start: usize,
    pub(crate) len: usize,
    /// The literal or run it came from.
    pub(crate) source: Part,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Built {
    pub(crate) chars: Vec<char>,
    pub(crate) pieces: Vec<Piece>,
}

impl Built {
    pub(crate) fn text(&self) -> String {
        self.chars.iter().collect()
    }
}

/// The model's length bounds within the layout's.
pub(crate) fn length_range(shape: &Shape, layout: &Layout) -> (usize, usize) {
    let (least, most) = bounds(layout.parts);
    let lo = shape.min_len.unwrap_or(0).max(least);
    let hi = shape.max_len.unwrap_or(MANY).min(most);
    (lo, hi)
}

/// A length in `lo..=hi` growing with the draw, either end an eighth of the time.
pub(crate) fn biased_len(lo: usize, hi: usize, d: &mut impl Draw) -> usize {
    let (top, edge) = biased_len_top(lo, hi);
    let x = d.pick(top.saturating_add(1));
    lo.saturating_add(x.saturating_sub(edge).min(hi.saturating_sub(lo)))
}

/// Up to `max` chars of any kind.
pub(crate) fn any_chars<T: FromIterator<char>>(max: usize, d: &mut impl Draw) -> Option<T> {
    let any = Chars::ALL.picker();
    (0..biased_len(0, max, d)).map(|_| any.pick(d)).collect()
}

/// The largest number [`biased_len`] draws (0: it reads nothing), and how many draws past each
/// end of `lo..=hi` stand for that end.
pub(crate) fn biased_len_top(lo: usize, hi: usize) -> (usize, usize) {
    let span = hi.saturating_sub(lo);
    let edge = (span / 6).max(1);
    let top = span.saturating_add(edge.saturating_mul(2));
    (top.saturating_mul(usize::from(span > 0)), edge)
}

pub(crate) fn max_repeats(group_min: usize, room: usize) -> usize {
    room.checked_div(group_min).unwrap_or(0).min(MAX_REPEATS)
}

/// A value of `layout` with a length in `lo..=hi`, or as near as it allows; its optional parts
/// and repetitions drawn among those that fit.
pub(crate) fn build(layout: &Layout, lo: usize, hi: usize, d: &mut impl Draw) -> Built {
    build_as(layout, lo, hi, None, d)
}

/// As [`build`], in the form a cut value is read against whatever the length: each optional
/// part present (a repetition at least once), or each left out if the validator reads the
/// forms by length.
pub(crate) fn build_cut(layout: &Layout, lo: usize, hi: usize, d: &mut impl Draw) -> Built {
    build_as(layout, lo, hi, Some(!layout.by_length), d)
}

/// `full`: `None` to draw the optional parts, else whether each is present.
fn build_as(layout: &Layout, lo: usize, hi: usize, full: Option<bool>, d: &mut impl Draw) -> Built {
    let (least, most) = bounds(layout.parts);
    let lo = lo.max(least);
    let hi = hi.min(most).max(lo);
    let target = biased_len(lo, hi, d);
    let mut resolver = Resolver {
        target,
        full,
        items: Vec::new(),
        reached: (0, 0),
    };
    resolver.resolve(layout.parts, (0, 0), d);
    let lens = share(&resolver.items, target, d);
    let near_miss = layout.forbidden_prefix.is_some() && d.pick(3) == 2;
    let mut built = Built::default();
    for (item, len) in resolver.items.iter().zip(lens) {
        let start = built.chars.len();
        match *item {
            Part::Run(class, ..) => {
                let picker = Chars::of(&class).picker();
                for _ in 0..len {
                    built.chars.extend(picker.pick(d));
                }
            }
            Part::Lit(s) => built.chars.extend(s.chars()),
            _ => {}
        }
        let len = built.chars.len().saturating_sub(start);
        built.pieces.push(Piece {
            start,
            len,
            source: *item,
        });
    }
    if let Some(prefix) = layout.forbidden_prefix {
        avoid(&mut built, prefix, near_miss);
    }
    built
}

/// Resolves a layout's optional parts and repetitions for a target length.
struct Resolver {
    target: usize,
    /// `None`: drawn; else whether each is present (a [`build_cut`]).
    full: Option<bool>,
    /// The flat sequence of literals and runs the layout resolves to.
    items: Vec<Part>,
    /// `bounds(&items)`, kept as items are pushed: recomputing it for every optional part and
    /// repetition would be quadratic in the items.
    reached: (usize, usize),
}

fn add(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    (a.0.saturating_add(b.0), a.1.saturating_add(b.1))
}

const MAX_REPEATS: usize = 64;

impl Resolver {
    /// How far the target is from what the items so far and `rest` can reach.
    fn miss(&self, rest: (usize, usize)) -> usize {
        let (lo, hi) = add(self.reached, rest);
        lo.saturating_sub(self.target)
            .max(self.target.saturating_sub(hi))
    }

    fn resolve(&mut self, parts: &'static [Part], after: (usize, usize), d: &mut impl Draw) {
        let mut rest_parts = parts;
        while let [part, tail @ ..] = rest_parts {
            let rest = add(bounds(tail), after);
            match *part {
                Part::Lit(_) | Part::Run(..) => {
                    self.items.push(*part);
                    self.reached = add(self.reached, bounds(core::slice::from_ref(part)));
                }
                Part::Seq(inner) => self.resolve(inner, rest, d),
                Part::Opt(inner) => {
                    let with = self.miss(add(bounds(inner), rest));
                    let without = self.miss(rest);
                    // Whichever comes nearer the target; a tie, the coin (always drawn).
                    let nearer = || (d.pick(2) == 1 && with <= without) || with < without;
                    if self.full.unwrap_or_else(nearer) {
                        self.resolve(inner, rest, d);
                    }
                }
                Part::Repeat(inner) => {
                    let group = bounds(inner);
                    let k = self.repeats(group, rest, d);
                    for j in (0..k).rev() {
                        let later = (group.0.saturating_mul(j), group.1.saturating_mul(j));
                        self.resolve(inner, add(later, rest), d);
                    }
                }
            }
            rest_parts = tail;
        }
    }

    /// How many times a group of `group` chars repeats, with `rest` after it.
    fn repeats(&self, group: (usize, usize), rest: (usize, usize), d: &mut impl Draw) -> usize {
        let (lo, hi) = add(self.reached, rest);
        let room = self.target.saturating_sub(lo);
        let most = max_repeats(group.0, room);
        let need = self.target.saturating_sub(hi);
        // An unbounded group (`MANY`) needs one repetition for any shortfall.
        let least = need.div_ceil(group.1.max(1)).min(most);
        match self.full {
            None => least.saturating_add(d.pick(most.saturating_sub(least).saturating_add(1))),
            Some(full) => least.max(usize::from(full)),
        }
    }
}

/// Each item's length for `target` chars: each run its minimum, the rest shared out by draws,
/// the last run with slack taking what is left.
fn share(items: &[Part], target: usize, d: &mut impl Draw) -> Vec<usize> {
    let span = |item| bounds(core::slice::from_ref(item));
    let mut lens: Vec<(usize, usize)> = items.iter().map(span).collect();
    let mut left = target.saturating_sub(lens.iter().map(|(min, _)| min).sum());
    let mut grow = |(len, max): &mut (usize, usize), draw: bool| {
        let room = max.saturating_sub(*len).min(left);
        let part = if draw {
            d.pick(room.saturating_add(1))
        } else {
            room
        };
        *len = len.saturating_add(part);
        left = left.saturating_sub(part);
    };
    let mut variable: Vec<_> = lens.iter_mut().filter(|(min, max)| min < max).collect();
    // A drawn share for each run with slack but the last, then from the last back, the rest.
    let drawn = variable.len().saturating_sub(1);
    for len in variable.iter_mut().take(drawn) {
        grow(len, true);
    }
    variable.iter_mut().rev().for_each(|len| grow(len, false));
    lens.into_iter().map(|(len, _)| len).collect()
}

/// Keeps the value from starting with the forbidden `prefix`; `near`, first makes it start
/// like the prefix where its runs allow (the edge comes up often). A complete match has its
/// first run char changed: to the other case if its class has it, else to another of its class.
fn avoid(built: &mut Built, prefix: &str, near: bool) {
    // The chars each place may hold: its run's class, or its literal's char.
    let pieces = built.pieces.iter();
    let sources = pieces.flat_map(|p| core::iter::repeat_n(p.source, p.len));
    let sets: Vec<Chars> = (sources.zip(&built.chars))
        .map(|(source, c)| match source {
            Part::Run(class, ..) => Chars::of(&class),
            _ => Chars::ALL.without_char(*c).complement(),
        })
        .collect();
    let chars = built.chars.iter_mut().zip(&sets).zip(prefix.chars());
    let fits = chars.take_while(|((_, set), want)| near && set.contains(*want));
    fits.for_each(|((c, _), want)| *c = want);
    let plen = prefix.chars().count();
    if !built.chars.iter().take(plen).copied().eq(prefix.chars()) {
        return;
    }
    for (c, set) in built.chars.iter_mut().zip(&sets).take(plen) {
        let mut others = core::iter::once(other_case(*c)).chain((0u8..128).map(char::from));
        if let Some(other) = others.find(|x| *x != *c && set.contains(*x)) {
            *c = other;
            return;
        }
    }
}

pub(crate) fn other_case(c: char) -> char {
    if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    }
}

/// For each place `k` in `chars` (0 to the length), whether a whole value of the parts ends
/// there, starting at a place `cur` marks (each part maps start places to end places).
pub(crate) fn ends(parts: &[Part], chars: &[char], mut cur: Vec<bool>) -> Vec<bool> {
    for part in parts {
        cur = match *part {
            // One run of one (ASCII) char a char.
            Part::Lit(s) => s.chars().fold(cur, |cur, c| {
                run_ends(&Chars::ALL.without_char(c).complement(), 1, 1, chars, &cur)
            }),
            Part::Run(class, lo, hi) => run_ends(&Chars::of(&class), lo, hi, chars, &cur),
            Part::Seq(inner) => ends(inner, chars, cur),
            Part::Opt(inner) => union(&cur, &ends(inner, chars, cur.clone())),
            // Repeated until no end is added.
            Part::Repeat(inner) => loop {
                let more = union(&cur, &ends(inner, chars, cur.clone()));
                if more == cur {
                    break cur;
                }
                cur = more;
            },
        };
    }
    cur
}

fn union(a: &[bool], b: &[bool]) -> Vec<bool> {
    a.iter().zip(b).map(|(a, b)| *a || *b).collect()
}

/// The ends of a run of `lo` to `hi` chars of `set` from each start in `starts`.
fn run_ends(set: &Chars, lo: usize, hi: usize, chars: &[char], starts: &[bool]) -> Vec<bool> {
    let mut ends = vec![false; starts.len()];
    for (p, _) in starts.iter().enumerate().filter(|(_, on)| **on) {
        let rest = chars.get(p..).unwrap_or_default();
        let run = rest
            .iter()
            .take_while(|c| set.contains(**c))
            .count()
            .min(hi);
        let reached = ends.iter_mut().skip(p.saturating_add(lo));
        reached
            .take(run.saturating_add(1).saturating_sub(lo))
            .for_each(|end| *end = true);
    }
    ends
}
