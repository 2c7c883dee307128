//! `arbitrary::Arbitrary` (feature `arbitrary`): [`Drawn`](crate::layout::drawn::Drawn), each
//! choice one `Unstructured::int_in_range` ([`Bytes`]), and size hints; a shape's from its
//! layout: exact for fixed-size shapes and enums; for the others the upper bound may not be
//! reached (a literal inside an optional part, such as `UserName`'s `@`, is counted as drawn).

use arbitrary::size_hint::{and, or};

use crate::error::Shape;
use crate::layout::drawn::other_policy_types;
use crate::layout::generate::{biased_len_top, length_range, max_repeats, size, Draw};
use crate::layout::{bounds, Chars, Class, Layout, Part, MANY};
use crate::organizations as orgs;

/// Choices read from the fuzzer's bytes.
pub(crate) struct Bytes<'u, 'a>(pub(crate) &'u mut arbitrary::Unstructured<'a>);

impl Draw for Bytes<'_, '_> {
    fn pick(&mut self, n: usize) -> usize {
        // A range of one reads nothing.
        self.0.int_in_range(0..=n.saturating_sub(1)).unwrap_or(0)
    }
}

/// What `drawn::policy_types` reads: presence, count, each type's pick and status, the SCP's
/// position.
pub(crate) fn policy_types_hint() -> Hint {
    let others = other_policy_types().len();
    let count_and_position = choice(others.saturating_add(1)).0.saturating_mul(2);
    // A status, an enum, reads a fixed number of bytes.
    let status = <orgs::PolicyTypeStatus as arbitrary::Arbitrary>::size_hint(0).0;
    // Each type listed: its pick among those left, and its status.
    let each = (1..=others).map(|left| choice(left).0.saturating_add(status));
    let most = each.fold(count_and_position, usize::saturating_add);
    optional(false, (0, Some(most)))
}

pub(crate) type Hint = (usize, Option<usize>);

/// Bytes `Unstructured::int_in_range` reads for a range `span` wide.
pub(crate) fn span_bytes(span: usize) -> usize {
    span.checked_ilog(256)
        .map_or(0, |log| (log as usize).saturating_add(1))
}

pub(crate) fn choice(n: usize) -> Hint {
    let bytes = span_bytes(n.saturating_sub(1));
    (bytes, Some(bytes))
}

/// `hint`, behind a choice unless `required` (as `Option`'s).
pub(crate) fn optional(required: bool, hint: Hint) -> Hint {
    if required {
        hint
    } else {
        and((1, Some(1)), or((0, Some(0)), hint))
    }
}

/// Up to `max` elements.
pub(crate) fn list_hint(max: usize, element: Hint) -> Hint {
    let n = span_bytes(max);
    let most = element.1.map(|e| n.saturating_add(e.saturating_mul(max)));
    (n, most)
}

/// Least and most bytes one char of `class` takes: a tier, then a char in it.
fn char_bytes(class: &Class) -> (usize, usize) {
    let tiers = Chars::of(class).picker().0;
    let each = tiers.iter().map(|t| choice(t.iter().map(size).sum()));
    let (lo, hi) = and(choice(tiers.len()), each.reduce(or).unwrap_or((0, Some(0))));
    (lo, hi.unwrap_or(0))
}

/// Most bytes of the choices and shares of `parts` (values of at most `room` chars, of at
/// most `char_bytes` each), and the least share of one run (the last run with slack takes
/// the rest undrawn). A repeated group's literal chars are not drawn: set against its choices.
fn most_choices(parts: &[Part], room: usize, char_bytes: usize) -> (usize, usize) {
    let (mut choices, mut least_share) = (0usize, MANY);
    for part in parts {
        let (more, share) = match *part {
            Part::Run(_, min, max) if min < max => {
                let share = span_bytes(max.saturating_sub(min).min(room));
                (share, share)
            }
            Part::Lit(_) | Part::Run(..) => (0, MANY),
            Part::Opt(inner) => {
                let (inner, share) = most_choices(inner, room, char_bytes);
                (inner.saturating_add(1), share)
            }
            Part::Repeat(inner) => {
                let reps = max_repeats(bounds(inner).0, room);
                let (group, share) = most_choices(inner, room, char_bytes);
                let saved = sums(inner).2.saturating_mul(char_bytes);
                let each = group.saturating_sub(saved);
                let more = span_bytes(reps).saturating_add(each.saturating_mul(reps));
                (more, share)
            }
            Part::Seq(inner) => most_choices(inner, room, char_bytes),
        };
        choices = choices.saturating_add(more);
        least_share = least_share.min(share);
    }
    (choices, least_share)
}

/// Of `parts`: the bytes always read (given enough input: required runs' chars, optional
/// parts outside repetitions), most chars the runs hold, literal chars every value has, and
/// most bytes a char of any run takes.
fn sums(parts: &[Part]) -> (usize, usize, usize, usize) {
    let each = parts.iter().map(|part| match *part {
        Part::Lit(s) => (0, 0, s.len(), 0),
        Part::Run(class, min, max) => {
            let (lo, hi) = char_bytes(&class);
            (min.saturating_mul(lo), max, 0, hi)
        }
        Part::Opt(inner) => {
            let (_, run_chars, _, widest) = sums(inner);
            (1, run_chars, 0, widest)
        }
        Part::Repeat(inner) => (0, MANY, 0, sums(inner).3),
        Part::Seq(inner) => sums(inner),
    });
    let add = usize::saturating_add;
    each.fold((0, 0, 0, 0), |s, p| {
        (add(s.0, p.0), add(s.1, p.1), add(s.2, p.2), s.3.max(p.3))
    })
}

pub(crate) fn shape_hint(shape: &Shape, layout: &Layout) -> Hint {
    let (lo, hi) = length_range(shape, layout);
    let len_bytes = span_bytes(biased_len_top(lo, hi).0);
    let near_miss = usize::from(layout.forbidden_prefix.is_some());
    let (least, run_chars, literals, widest) = sums(layout.parts);
    let (choices, least_share) = most_choices(layout.parts, hi, widest);
    let shares = choices.saturating_sub(if least_share == MANY { 0 } else { least_share });
    let chars = hi.saturating_sub(literals).min(run_chars);
    let always = len_bytes.saturating_add(near_miss);
    let drawn_chars = chars.saturating_mul(widest);
    let upper = always.saturating_add(shares).saturating_add(drawn_chars);
    let lower = always.saturating_add(least);
    (lower.min(upper), Some(upper))
}
