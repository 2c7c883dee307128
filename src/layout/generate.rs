//! Values built from a layout, and values of every type drawn from them ([`Drawn`]): what the
//! `proptest` strategies and the `arbitrary` impls are both made of.
//!
//! [`build`] reads every choice from a [`Draw`]: the length first, then the optional parts and
//! repetitions that fit it, then how the length is shared among the runs, then one char per
//! position. Choice 0 is always the simplest (the shortest length, a part left out, the first
//! char of a class), so a source that shrinks towards 0 shrinks values towards the shortest,
//! simplest valid value.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

#[cfg(feature = "arbitrary")]
use arbitrary::size_hint::{and, and_all, or, or_all};
#[cfg(feature = "proptest")]
use proptest::strategy::{BoxedStrategy, Strategy};

use super::{bounds, Class, Layout, Part, MANY};
use crate::error::Shape;
use crate::members::BoundedList;
use crate::organizations as orgs;
use crate::wire::Field;
use crate::workmail as wm;
use crate::{Context, Count, Validate};

/// The roles `CreateUser` can give, for the generators of `CreateUserRole`.
pub(crate) const CREATE_USER_ROLES: [wm::CreateUserRole; 2] = {
    use crate::workmail::CreateUserRole::{RemoteUser, User};
    [User, RemoteUser]
};

/// Every `DirectoryKind`, for its generators.
pub(crate) const DIRECTORY_KINDS: [wm::DirectoryKind; 4] = {
    use crate::workmail::DirectoryKind::{AdConnector, ManagedMicrosoftAd, SimpleAd, WorkMail};
    [WorkMail, SimpleAd, AdConnector, ManagedMicrosoftAd]
};

/// Fails to compile when `DirectoryKind` gains a variant that [`DIRECTORY_KINDS`] lacks.
const fn _every_directory_kind_listed(kind: crate::workmail::DirectoryKind) {
    use crate::workmail::DirectoryKind::{AdConnector, ManagedMicrosoftAd, SimpleAd, WorkMail};
    match kind {
        WorkMail | SimpleAd | AdConnector | ManagedMicrosoftAd => {}
    }
}

/// The policy type a new organization with all features lists as enabled.
pub(crate) const SCP_ENABLED: orgs::ValidPolicyTypeSummary = orgs::ValidPolicyTypeSummary {
    policy_type: orgs::PolicyType::ServiceControlPolicy,
    status: orgs::PolicyTypeStatus::Enabled,
};

/// The policy types a new organization may list besides [`SCP_ENABLED`].
pub(crate) fn other_policy_types() -> Vec<orgs::PolicyType> {
    let all = orgs::PolicyType::ALL.iter().copied();
    all.filter(|t| *t != SCP_ENABLED.policy_type).collect()
}

/// A source of choices.
pub(crate) trait Draw {
    /// A number below `n` (which is at least 1); 0 is the simplest choice.
    fn pick(&mut self, n: usize) -> usize;
}

/// A set of chars: the ASCII ones as a bitmask, the others as one range of code points.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Chars {
    ascii: u128,
    /// Non-ASCII members from `.0` to `.1`; none when `.0 > .1`.
    wide: (u32, u32),
}

const WIDE_FROM: u32 = 0x80;
const LAST: u32 = char::MAX as u32;
/// The non-ASCII chars by length in UTF-8, surrogates left out.
const WIDTHS: [&[(u32, u32)]; 3] = [
    &[(0x80, 0x7ff)],
    &[(0x800, 0xd7ff), (0xe000, 0xffff)],
    &[(0x1_0000, LAST)],
];

impl Chars {
    /// The members of a layout's class.
    pub(crate) const fn of(class: &Class) -> Self {
        Chars {
            ascii: class.ascii_mask(),
            wide: match class.wide_max() {
                Some(hi) => (WIDE_FROM, hi as u32),
                None => (1, 0),
            },
        }
    }

    /// Every char.
    pub(crate) const fn all() -> Self {
        Chars {
            ascii: u128::MAX,
            wide: (WIDE_FROM, LAST),
        }
    }

    /// The chars outside the set.
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

    /// The set without the ASCII chars of `mask`.
    pub(crate) const fn without(self, mask: u128) -> Self {
        Chars {
            ascii: self.ascii & !mask,
            wide: self.wide,
        }
    }

    /// The set without `c`, an ASCII char (every literal is ASCII).
    pub(crate) fn without_char(self, c: char) -> Self {
        self.without(1u128.checked_shl(u32::from(c)).unwrap_or(0))
    }

    /// The chars in both sets.
    pub(crate) fn and(self, other: Chars) -> Self {
        Chars {
            ascii: self.ascii & other.ascii,
            wide: (self.wide.0.max(other.wide.0), self.wide.1.min(other.wide.1)),
        }
    }

    /// Whether `c` is in the set.
    pub(crate) fn contains(&self, c: char) -> bool {
        let u = u32::from(c);
        if u < 128 {
            (self.ascii >> u) & 1 == 1
        } else {
            self.wide.0 <= u && u <= self.wide.1
        }
    }

    /// The set's chars as tiers of ranges: the ASCII ones, then those of 2, 3 and 4 bytes in
    /// UTF-8. A draw picks a tier, then a char in it, so that a wide class yields ASCII as
    /// often as chars of each other width.
    pub(crate) fn tiers(&self) -> Vec<Vec<(u32, u32)>> {
        let ascii: Vec<(u32, u32)> = (0u32..128)
            .filter(|b| (self.ascii >> b) & 1 == 1)
            .map(|b| (b, b))
            .collect();
        let mut tiers = Vec::new();
        if !ascii.is_empty() {
            tiers.push(ascii);
        }
        for width in WIDTHS {
            let tier: Vec<(u32, u32)> = width
                .iter()
                .map(|(lo, hi)| ((*lo).max(self.wide.0), (*hi).min(self.wide.1)))
                .filter(|(lo, hi)| lo <= hi)
                .collect();
            if !tier.is_empty() {
                tiers.push(tier);
            }
        }
        tiers
    }
}

/// Draws chars of one set: its tiers, computed once.
pub(crate) struct Picker {
    tiers: Vec<Vec<(u32, u32)>>,
}

impl Picker {
    pub(crate) fn new(chars: &Chars) -> Self {
        Picker {
            tiers: chars.tiers(),
        }
    }

    /// The number of chars of each tier.
    pub(crate) fn tier_sizes(&self) -> Vec<usize> {
        let size = |tier: &Vec<_>| usize::try_from(tier_size(tier)).unwrap_or(usize::MAX);
        self.tiers.iter().map(size).collect()
    }

    /// Whether the set has no char.
    pub(crate) fn is_empty(&self) -> bool {
        self.tiers.is_empty()
    }

    /// One char of the set: one draw for the tier when there are several, one in the tier.
    pub(crate) fn pick(&self, d: &mut impl Draw) -> Option<char> {
        let tier = match self.tiers.len() {
            0 => return None,
            1 => self.tiers.first()?,
            n => self.tiers.get(d.pick(n))?,
        };
        let mut i = u32::try_from(d.pick(usize::try_from(tier_size(tier)).ok()?)).ok()?;
        for (lo, hi) in tier {
            let n = hi.saturating_sub(*lo).saturating_add(1);
            if i < n {
                return char::from_u32(lo.saturating_add(i));
            }
            i = i.saturating_sub(n);
        }
        None
    }
}

/// The number of chars of a tier of ranges.
fn tier_size(tier: &[(u32, u32)]) -> u32 {
    let each = tier
        .iter()
        .map(|(lo, hi)| hi.saturating_sub(*lo).saturating_add(1));
    each.fold(0, u32::saturating_add)
}

/// A stretch of a built value: its char index, its length in chars and its source.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub(crate) start: usize,
    pub(crate) len: usize,
    pub(crate) source: Item,
}

/// A value built from a layout, with the pieces it is made of.
#[derive(Debug, Clone)]
pub(crate) struct Built {
    pub(crate) chars: Vec<char>,
    pub(crate) pieces: Vec<Piece>,
}

impl Built {
    /// The value as a string.
    pub(crate) fn text(&self) -> String {
        self.chars.iter().collect()
    }
}

/// How optional parts and repetitions are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Drawn, among those that fit the length.
    Drawn,
    /// Present (once for a repetition) wherever the length allows.
    Full,
    /// Left out wherever the length allows.
    Bare,
}

/// The length bounds of values of `shape`: the model's, within the layout's.
pub(crate) fn length_range(shape: &Shape, layout: &Layout) -> (usize, usize) {
    let lo = shape.min_len.unwrap_or(0).max(layout.min_len());
    let hi = shape.max_len.unwrap_or(MANY).min(layout.max_len());
    (lo, hi)
}

/// A length in `lo..=hi`, `lo` and `hi` each an eighth of the time (so that both bounds
/// come up in every run), increasing with the draw.
pub(crate) fn biased_len(lo: usize, hi: usize, d: &mut impl Draw) -> usize {
    let Some(top) = biased_len_draw(lo, hi) else {
        return lo;
    };
    let edge = edge(lo, hi);
    let x = d.pick(top.saturating_add(1));
    lo.saturating_add(x.saturating_sub(edge)).min(hi)
}

/// How many draws past each end of `lo..=hi` stand for that end.
fn edge(lo: usize, hi: usize) -> usize {
    (hi.saturating_sub(lo) / 6).max(1)
}

/// The largest number [`biased_len`] draws (from 0), or `None` when it draws nothing.
pub(crate) fn biased_len_draw(lo: usize, hi: usize) -> Option<usize> {
    let span = hi.saturating_sub(lo);
    (span > 0).then(|| span.saturating_add(edge(lo, hi).saturating_mul(2)))
}

/// Most repetitions of a group of at least `group_min` chars in `room` chars.
pub(crate) fn max_repeats(group_min: usize, room: usize) -> usize {
    room.checked_div(group_min).unwrap_or(0).min(MAX_REPEATS)
}

/// A value of `layout` with a length in `lo..=hi` (as near as the layout allows).
pub(crate) fn build(layout: &Layout, lo: usize, hi: usize, mode: Mode, d: &mut impl Draw) -> Built {
    let mut lo = lo.max(layout.min_len());
    let mut hi = hi.min(layout.max_len()).max(lo);
    match mode {
        Mode::Drawn => {}
        Mode::Full => lo = lo.max(extreme(layout.parts, true)).min(hi),
        Mode::Bare => hi = hi.min(extreme(layout.parts, false)).max(lo),
    }
    let target = biased_len(lo, hi, d);
    let mut resolver = Resolver {
        target,
        mode,
        items: Vec::new(),
        acc: (0, 0),
    };
    resolver.resolve(layout.parts, (0, 0), d);
    let lens = share(&resolver.items, target, d);
    let near_miss = layout.forbidden_prefix.is_some() && d.pick(3) == 2;
    let mut built = Built {
        chars: Vec::with_capacity(target),
        pieces: Vec::with_capacity(resolver.items.len()),
    };
    for (item, len) in resolver.items.iter().zip(lens) {
        let start = built.chars.len();
        match *item {
            Item::Lit(s) => built.chars.extend(s.chars()),
            Item::Run(class, ..) => {
                let picker = Picker::new(&Chars::of(&class));
                for _ in 0..len {
                    built.chars.extend(picker.pick(d));
                }
            }
        }
        let len = built.chars.len().saturating_sub(start);
        built.pieces.push(Piece {
            start,
            len,
            source: *item,
        });
    }
    if let Some(prefix) = layout.forbidden_prefix {
        if near_miss {
            approach(&mut built, prefix);
        }
        avoid(&mut built, prefix);
    }
    built
}

/// Fewest chars of the parts with every optional part present and every group repeated
/// (`full`), or most chars with every one left out.
fn extreme(parts: &[Part], full: bool) -> usize {
    parts
        .iter()
        .map(|part| match (*part, full) {
            (Part::Lit(s), _) => s.len(),
            (Part::Run(_, min, _), true) => min,
            (Part::Run(_, _, max), false) => max,
            (Part::Opt(_) | Part::Repeat(_), false) => 0,
            (Part::Opt(inner) | Part::Repeat(inner) | Part::Seq(inner), _) => extreme(inner, full),
        })
        .fold(0, usize::saturating_add)
}

/// One element of the flat sequence a layout resolves to: what a piece of a built value
/// came from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Item {
    Lit(&'static str),
    Run(Class, usize, usize),
}

/// Resolves the optional parts and repetitions of a layout for a target length.
struct Resolver {
    target: usize,
    mode: Mode,
    items: Vec<Item>,
    /// Fewest and most chars of the items so far.
    acc: (usize, usize),
}

fn add(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    (a.0.saturating_add(b.0), a.1.saturating_add(b.1))
}

fn times(a: (usize, usize), k: usize) -> (usize, usize) {
    (a.0.saturating_mul(k), a.1.saturating_mul(k))
}

/// Most repetitions of a group drawn; enough for every layout of the crate.
const MAX_REPEATS: usize = 64;

impl Resolver {
    /// How far the target is from the lengths the items so far and then `rest` can reach.
    fn miss(&self, rest: (usize, usize)) -> usize {
        let (lo, hi) = add(self.acc, rest);
        lo.saturating_sub(self.target)
            .max(self.target.saturating_sub(hi))
    }

    fn resolve(&mut self, parts: &'static [Part], after: (usize, usize), d: &mut impl Draw) {
        let mut rest_parts = parts;
        while let [part, tail @ ..] = rest_parts {
            let rest = add(bounds(tail), after);
            match *part {
                Part::Lit(s) => {
                    self.items.push(Item::Lit(s));
                    self.acc = add(self.acc, (s.len(), s.len()));
                }
                Part::Run(class, lo, hi) => {
                    self.items.push(Item::Run(class, lo, hi));
                    self.acc = add(self.acc, (lo, hi));
                }
                Part::Seq(inner) => self.resolve(inner, rest, d),
                Part::Opt(inner) => {
                    let coin = match self.mode {
                        Mode::Drawn => d.pick(2) == 1,
                        Mode::Full => true,
                        Mode::Bare => false,
                    };
                    let with = self.miss(add(bounds(inner), rest));
                    let without = self.miss(rest);
                    let present = if with == without {
                        coin
                    } else {
                        with < without
                    };
                    if present {
                        self.resolve(inner, rest, d);
                    }
                }
                Part::Repeat(inner) => {
                    let group = bounds(inner);
                    let k = self.repeats(group, rest, d);
                    for j in (0..k).rev() {
                        self.resolve(inner, add(times(group, j), rest), d);
                    }
                }
            }
            rest_parts = tail;
        }
    }

    /// How many times a group of `group` chars repeats, with `rest` after it.
    fn repeats(&self, group: (usize, usize), rest: (usize, usize), d: &mut impl Draw) -> usize {
        let (lo, hi) = add(self.acc, rest);
        let room = self.target.saturating_sub(lo);
        let most = max_repeats(group.0, room);
        let need = self.target.saturating_sub(hi);
        let least = if need == 0 {
            0
        } else if group.1 == MANY {
            1
        } else {
            need.div_ceil(group.1.max(1))
        }
        .min(most);
        match self.mode {
            Mode::Drawn => {
                least.saturating_add(d.pick(most.saturating_sub(least).saturating_add(1)))
            }
            Mode::Full => least.max(most.min(1)),
            Mode::Bare => least,
        }
    }
}

/// The length of each item for a value of `target` chars (as near as the items allow): each
/// run its minimum, then the rest shared out, each run but the last with slack drawing its
/// part, the last ones taking what is left.
fn share(items: &[Item], target: usize, d: &mut impl Draw) -> Vec<usize> {
    let mut lens: Vec<usize> = items
        .iter()
        .map(|item| match item {
            Item::Lit(s) => s.len(),
            Item::Run(_, min, _) => *min,
        })
        .collect();
    let fixed: usize = lens.iter().sum();
    let mut left = target.saturating_sub(fixed);
    let slack = |item: &Item| match item {
        Item::Lit(_) => 0,
        Item::Run(_, min, max) => max.saturating_sub(*min),
    };
    let variable: Vec<usize> = (0..items.len())
        .filter(|i| items.get(*i).map(slack).unwrap_or(0) > 0)
        .collect();
    if let Some((_, drawn)) = variable.split_last() {
        for i in drawn {
            let room = items.get(*i).map(slack).unwrap_or(0).min(left);
            let part = d.pick(room.saturating_add(1));
            if let Some(len) = lens.get_mut(*i) {
                *len = len.saturating_add(part);
            }
            left = left.saturating_sub(part);
        }
    }
    for i in variable.iter().rev() {
        let (Some(item), Some(len)) = (items.get(*i), lens.get_mut(*i)) else {
            continue;
        };
        let min = match item {
            Item::Run(_, min, _) => *min,
            Item::Lit(_) => continue,
        };
        let room = slack(item)
            .saturating_sub(len.saturating_sub(min))
            .min(left);
        *len = len.saturating_add(room);
        left = left.saturating_sub(room);
    }
    lens
}

/// Makes the value start as much like the forbidden `prefix` as its runs allow (so that the
/// edge of the prefix comes up often); [`avoid`] then undoes a complete match.
fn approach(built: &mut Built, prefix: &str) {
    for (i, want) in prefix.chars().enumerate() {
        let Some(piece) = piece_at(&built.pieces, i) else {
            return;
        };
        let fits = match piece.source {
            Item::Lit(_) => built.chars.get(i) == Some(&want),
            Item::Run(class, ..) => Chars::of(&class).contains(want),
        };
        match built.chars.get_mut(i) {
            Some(c) if fits => *c = want,
            _ => return,
        }
    }
}

/// Changes the first run char of a value that starts with the forbidden `prefix`: to the
/// other case when its class has it, else to another char of its class.
fn avoid(built: &mut Built, prefix: &str) {
    let plen = prefix.chars().count();
    if !built.chars.iter().take(plen).copied().eq(prefix.chars()) {
        return;
    }
    for i in 0..plen {
        let Some(Item::Run(class, ..)) = piece_at(&built.pieces, i).map(|p| p.source) else {
            continue;
        };
        let chars = Chars::of(&class);
        let Some(c) = built.chars.get_mut(i) else {
            return;
        };
        let other = core::iter::once(other_case(*c))
            .chain((0u8..128).map(char::from))
            .find(|x| *x != *c && chars.contains(*x));
        if let Some(other) = other {
            *c = other;
            return;
        }
    }
}

/// `c` in the other case, if it is an ASCII letter.
pub(crate) fn other_case(c: char) -> char {
    if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    }
}

/// The piece that holds char index `i`.
pub(crate) fn piece_at(pieces: &[Piece], i: usize) -> Option<&Piece> {
    pieces
        .iter()
        .find(|p| p.start <= i && i < p.start.saturating_add(p.len))
}

/// For each `k` from 0 to the number of chars: whether the first `k` chars are a whole
/// value of the parts. Each part maps a set of start positions to a set of end positions.
pub(crate) fn complete_prefixes(parts: &[Part], chars: &[char]) -> Vec<bool> {
    let mut starts = vec![false; chars.len().saturating_add(1)];
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
    ends(parts, chars, starts)
}

fn ends(parts: &[Part], chars: &[char], starts: Vec<bool>) -> Vec<bool> {
    let n = chars.len();
    let mut cur = starts;
    for part in parts {
        cur = match *part {
            Part::Lit(s) => {
                let lit: Vec<char> = s.chars().collect();
                let mut out = vec![false; n.saturating_add(1)];
                for (p, _) in cur.iter().enumerate().filter(|(_, on)| **on) {
                    if chars.get(p..).is_some_and(|rest| rest.starts_with(&lit)) {
                        if let Some(slot) = out.get_mut(p.saturating_add(lit.len())) {
                            *slot = true;
                        }
                    }
                }
                out
            }
            Part::Run(class, lo, hi) => run_ends(&Chars::of(&class), lo, hi, chars, &cur),
            Part::Seq(inner) => ends(inner, chars, cur),
            Part::Opt(inner) => {
                let with = ends(inner, chars, cur.clone());
                cur.iter().zip(with).map(|(a, b)| *a || b).collect()
            }
            Part::Repeat(inner) => {
                let mut all = cur.clone();
                let mut frontier = cur;
                while frontier.iter().any(|on| *on) {
                    let next = ends(inner, chars, frontier);
                    frontier = next
                        .iter()
                        .zip(&all)
                        .map(|(new, seen)| *new && !*seen)
                        .collect();
                    for (seen, new) in all.iter_mut().zip(&frontier) {
                        *seen |= *new;
                    }
                }
                all
            }
        };
    }
    cur
}

/// The ends of a run of `lo` to `hi` chars of `set` from each start in `starts`.
fn run_ends(set: &Chars, lo: usize, hi: usize, chars: &[char], starts: &[bool]) -> Vec<bool> {
    let n = chars.len();
    // run[p]: how many chars of the set follow position p.
    let mut run = vec![0usize; n.saturating_add(1)];
    for p in (0..n).rev() {
        let inside = chars.get(p).is_some_and(|c| set.contains(*c));
        let next = run.get(p.saturating_add(1)).copied().unwrap_or(0);
        if let Some(slot) = run.get_mut(p) {
            *slot = if inside { next.saturating_add(1) } else { 0 };
        }
    }
    let mut delta = vec![0isize; n.saturating_add(2)];
    for (p, _) in starts.iter().enumerate().filter(|(_, on)| **on) {
        let r = run.get(p).copied().unwrap_or(0);
        if r < lo {
            continue;
        }
        let (a, b) = (p.saturating_add(lo), p.saturating_add(hi.min(r)));
        if let Some(x) = delta.get_mut(a) {
            *x = x.saturating_add(1);
        }
        if let Some(x) = delta.get_mut(b.saturating_add(1)) {
            *x = x.saturating_sub(1);
        }
    }
    let mut depth = 0isize;
    (0..=n)
        .map(|k| {
            depth = depth.saturating_add(delta.get(k).copied().unwrap_or(0));
            depth > 0
        })
        .collect()
}

// ------------------------------------------------------------- drawn values

/// Choices replayed from a tape of random numbers; past its end every choice is 0.
#[cfg(feature = "proptest")]
pub(crate) struct Tape<'a> {
    numbers: &'a [u32],
    at: usize,
}

#[cfg(feature = "proptest")]
impl<'a> Tape<'a> {
    pub(crate) fn new(numbers: &'a [u32]) -> Self {
        Tape { numbers, at: 0 }
    }
}

#[cfg(feature = "proptest")]
impl Draw for Tape<'_> {
    fn pick(&mut self, n: usize) -> usize {
        let x = self.numbers.get(self.at).copied().unwrap_or(0);
        self.at = self.at.saturating_add(1);
        let scaled = u128::from(x).saturating_mul(n as u128) >> 32;
        usize::try_from(scaled)
            .unwrap_or(0)
            .min(n.saturating_sub(1))
    }
}

/// Tapes long enough for values of up to `chars` chars (two numbers a char at most).
#[cfg(feature = "proptest")]
pub(crate) fn tapes(chars: usize) -> BoxedStrategy<Vec<u32>> {
    proptest::collection::vec(
        proptest::arbitrary::any::<u32>(),
        chars.min(8192).saturating_mul(2).saturating_add(64),
    )
    .boxed()
}

/// Values of `T` drawn from tapes (the `proptest` strategies) long enough for `chars` chars (past its end a tape draws
/// the simplest choices, so longer values only come out shorter).
#[cfg(feature = "proptest")]
pub(crate) fn drawn<T: Drawn + core::fmt::Debug>(chars: usize) -> BoxedStrategy<T> {
    tapes(chars)
        .prop_filter_map("a generator produced an invalid value", |tape| {
            T::draw(&mut Tape::new(&tape))
        })
        .boxed()
}

/// Tapes for the value types: room for the longest (a `CreateOrganization` request with five
/// domains and a KMS key ARN of 2048 chars).
#[cfg(feature = "proptest")]
pub(crate) const VALUE_CHARS: usize = 4096;

/// A value drawn from a source of choices, valid by construction: what both the `proptest`
/// strategies and the `arbitrary` impls of the shapes' values, the value types and the
/// requests are made of. `None` would be a generator bug (the tests check there is none).
pub(crate) trait Drawn: Sized {
    fn draw(d: &mut impl Draw) -> Option<Self>;
}

/// One of `values`: one draw.
pub(crate) fn one_of<T: Copy>(d: &mut impl Draw, values: &[T]) -> Option<T> {
    values.get(d.pick(values.len().max(1))).copied()
}

/// A value drawn by `value`, or (choice 0 of a first draw) none.
fn maybe<D: Draw, T>(d: &mut D, value: impl FnOnce(&mut D) -> Option<T>) -> Option<Option<T>> {
    if d.pick(2) == 1 {
        value(d).map(Some)
    } else {
        Some(None)
    }
}

/// A member drawn by `value`, [`maybe`] unless `required`.
fn member<D: Draw, T>(
    d: &mut D,
    required: bool,
    value: impl FnOnce(&mut D) -> Option<T>,
) -> Option<Field<T>> {
    if required {
        value(d).map(Field::Present)
    } else {
        maybe(d, value).map(Field::from)
    }
}

/// A list member of up to `L::MAX` structures `E`, behind a draw unless `required`.
fn list<E: Drawn, L: BoundedList>(
    d: &mut impl Draw,
    required: bool,
) -> Option<Field<Vec<Field<Box<E>>>>> {
    member(d, required, |d| {
        let n = d.pick(L::MAX.saturating_add(1));
        (0..n)
            .map(|_| E::draw(d).map(|e| Field::Present(Box::new(e))))
            .collect()
    })
}

/// `Drawn` for every shape of the registry: strings built from their layouts, enums as one
/// of their values.
macro_rules! drawn_shapes {
    ($([$id:ident, $ty:ty, $kind:ident, $($rest:tt)*])*) => {$( drawn_shapes!(@ $kind, $ty); )*};
    (@ string, $ty:ty) => {
        impl Drawn for $ty {
            fn draw(d: &mut impl Draw) -> Option<Self> {
                let (lo, hi) = length_range(<$ty>::SHAPE, &<$ty>::LAYOUT);
                <$ty>::new(&build(&<$ty>::LAYOUT, lo, hi, Mode::Drawn, d).text()).ok()
            }
        }
    };
    (@ enum, $ty:ty) => {
        impl Drawn for $ty {
            fn draw(d: &mut impl Draw) -> Option<Self> {
                one_of(d, <$ty>::ALL)
            }
        }
    };
}

crate::for_each_shape!(drawn_shapes);

/// Implements [`Drawn`] for `$input` from its member table (`for_each_…_member!(drawn_input
/// $input;)`), and with `arbitrary` its size hint: each member drawn by what checks it.
/// Hand-written, keyed by the hook that checks a rule across members, is what a table cannot
/// say: the roles `CreateUser` can give, and interoperability only with a directory.
macro_rules! drawn_input {
    ($input:ty; $(
        [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $req:ident,
         $kind:ident $check:ty $(, $hook_kind:ident $hook:ident $(-> $out:ty)?)?]
    )+) => {
        impl Drawn for $input {
            fn draw(d: &mut impl Draw) -> Option<Self> {
                let mut input = Self::default();
                $(
                    input.$field = drawn_input!(@draw d, $req, $kind $check, [$($elem)?] [$($hook)?])?;
                )+
                $($( drawn_input!(@rule input, $hook); )?)+
                Some(input)
            }
        }

        #[cfg(feature = "arbitrary")]
        impl InputHint for $input {
            fn hint() -> (usize, Option<usize>) {
                arbitrary::size_hint::and_all(&[$(
                    drawn_input!(@hint $req, $kind $check, [$($elem)?] [$($hook)?])
                ),+])
            }
        }
    };

    (@draw $d:ident, $req:ident, list $check:ty, [$elem:ty] [$($hook:ident)?]) => {
        list::<$elem, $check>($d, drawn_input!(@required $req))
    };
    (@draw $d:ident, $req:ident, flag $check:ty, [] [$($hook:ident)?]) => {
        member($d, drawn_input!(@required $req), |d| Some(d.pick(2) == 1))
    };
    (@draw $d:ident, $req:ident, $kind:ident $check:ty, [] [role_allowed]) => {
        member($d, drawn_input!(@required $req), |d| {
            one_of(d, &CREATE_USER_ROLES).map(|role| role.as_str().into())
        })
    };
    (@draw $d:ident, $req:ident, $kind:ident $check:ty, [] [$($hook:ident)?]) => {
        member($d, drawn_input!(@required $req), |d| {
            <$check>::draw(d).map(|v| From::from(v.as_ref()))
        })
    };

    (@hint $req:ident, list $check:ty, [$elem:ty] [$($hook:ident)?]) => {
        list_hint(<$check>::MAX, <$elem>::hint(), drawn_input!(@required $req))
    };
    (@hint $req:ident, $kind:ident $check:ty, [] [role_allowed]) => {
        member_hint::<wm::CreateUserRole>(drawn_input!(@required $req))
    };
    (@hint $req:ident, $kind:ident $check:ty, [] [$($hook:ident)?]) => {
        member_hint::<$check>(drawn_input!(@required $req))
    };

    (@rule $input:ident, interoperability_needs_directory) => {
        if matches!($input.directory_id, Field::Absent) {
            $input.enable_interoperability = Field::Absent;
        }
    };
    (@rule $input:ident, $hook:ident) => {};

    (@required required) => { true };
    (@required optional) => { false };
}

/// The WorkMail tables; the shapes they name resolve here.
mod workmail_tables {
    use super::*;
    use crate::workmail::*;

    crate::workmail::for_each_create_organization_member!(drawn_input CreateOrganizationInput;);
    crate::workmail::for_each_domain_member!(drawn_input DomainInput;);
    crate::workmail::for_each_create_user_member!(drawn_input CreateUserInput;);
}

/// The Organizations table; the shapes it names resolve here.
mod organizations_tables {
    use super::*;
    use crate::organizations::*;

    crate::organizations::for_each_create_organization_member!(
        drawn_input CreateOrganizationInput;
    );
}

/// A request from its input: valid by construction.
fn request<I: Drawn + Validate>(d: &mut impl Draw) -> Option<I::Request> {
    I::draw(d)?.into_request_into(&Context::new(), &mut Count::default())
}

/// A new organization with `feature_set`, consistent in every way `check_consistency` checks:
/// its ARNs built from its ids, its policy types following the feature set.
pub(crate) fn organization(
    d: &mut impl Draw,
    feature_set: orgs::FeatureSet,
) -> Option<orgs::ValidOrganization> {
    let (id, account, email) = (Drawn::draw(d)?, Drawn::draw(d)?, Drawn::draw(d)?);
    let available_policy_types = policy_types(d, feature_set)?;
    let arn = alloc::format!("arn:aws:organizations::{account}:organization/{id}");
    let master = alloc::format!("arn:aws:organizations::{account}:account/{id}/{account}");
    Some(orgs::ValidOrganization {
        arn: orgs::OrganizationArn::new(&arn).ok()?,
        master_account_arn: orgs::AccountArn::new(&master).ok()?,
        id,
        feature_set,
        master_account_id: account,
        master_account_email: email,
        available_policy_types,
    })
}

/// The policy types of a new organization with `feature_set`, sometimes left out: with `ALL`,
/// `SERVICE_CONTROL_POLICY` enabled at a drawn position among a drawn number of other types,
/// each drawn once with a drawn status; with `CONSOLIDATED_BILLING`, none.
fn policy_types(
    d: &mut impl Draw,
    feature_set: orgs::FeatureSet,
) -> Option<Option<Vec<orgs::ValidPolicyTypeSummary>>> {
    maybe(d, |d| {
        let mut list = Vec::new();
        if !feature_set.supports_policies() {
            return Some(list);
        }
        let mut others = other_policy_types();
        for _ in 0..d.pick(others.len().saturating_add(1)) {
            let i = d.pick(others.len().max(1));
            if i >= others.len() {
                return None;
            }
            let policy_type = others.remove(i);
            let status = Drawn::draw(d)?;
            list.push(orgs::ValidPolicyTypeSummary {
                policy_type,
                status,
            });
        }
        let at = d.pick(list.len().saturating_add(1));
        list.insert(at.min(list.len()), SCP_ENABLED);
        Some(list)
    })
}

/// `Drawn` for the value types, each from its draw, and their `Arbitrary`: with `proptest`
/// through a tape, with `arbitrary` from the fuzzer's bytes, with its size hint.
macro_rules! drawn {
    ($($ty:ty: |$d:ident| $draw:expr, $hint:expr;)+) => {$(
        impl Drawn for $ty {
            fn draw($d: &mut impl Draw) -> Option<Self> {
                $draw
            }
        }

        #[cfg(feature = "proptest")]
        #[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
        impl proptest::arbitrary::Arbitrary for $ty {
            type Parameters = ();
            type Strategy = BoxedStrategy<Self>;

            fn arbitrary_with((): ()) -> Self::Strategy {
                drawn(VALUE_CHARS)
            }
        }

        #[cfg(feature = "arbitrary")]
        impl<'a> arbitrary::Arbitrary<'a> for $ty {
            fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
                // Valid by construction; a refusal would be a bug here, reported as an
                // `arbitrary` error rather than a panic (the tests check there are none).
                Self::draw(&mut Bytes(u)).ok_or(arbitrary::Error::IncorrectFormat)
            }

            fn size_hint(_depth: usize) -> Hint {
                $hint
            }
        }
    )+};
}

drawn! {
    wm::CreateOrganizationRequest: |d| request::<wm::CreateOrganizationInput>(d),
        wm::CreateOrganizationInput::hint();
    wm::CreateUserRequest: |d| request::<wm::CreateUserInput>(d), wm::CreateUserInput::hint();
    orgs::CreateOrganizationRequest: |d| request::<orgs::CreateOrganizationInput>(d),
        orgs::CreateOrganizationInput::hint();
    wm::Domain: |d| {
        let domain = wm::Domain::new(Drawn::draw(d)?);
        Some(match maybe(d, Drawn::draw)? {
            Some(zone) => domain.with_hosted_zone(zone),
            None => domain,
        })
    }, and(hint::<wm::DomainName>(), hint::<Option<wm::HostedZoneId>>());
    wm::Domains: |d| {
        let n = d.pick(wm::MAX_DOMAINS.saturating_add(1));
        let domains: Option<Vec<wm::Domain>> = (0..n).map(|_| Drawn::draw(d)).collect();
        wm::Domains::try_from_iter(domains?).ok()
    }, list_hint(wm::MAX_DOMAINS, hint::<wm::Domain>(), true);
    wm::UserDirectory: |d| Some(match d.pick(3) {
        0 => wm::UserDirectory::NewWorkMailDirectory,
        1 => wm::UserDirectory::Existing(Drawn::draw(d)?),
        _ => wm::UserDirectory::AdConnectorWithInteroperability(Drawn::draw(d)?),
    }), and(choice(3), or((0, Some(0)), hint::<wm::DirectoryId>()));
    wm::Encryption: |d| {
        let key = maybe(d, Drawn::draw)?;
        Some(key.map_or(wm::Encryption::WorkMailManagedKey, wm::Encryption::CustomerManagedKey))
    }, hint::<Option<wm::KmsKeyArn>>();
    wm::MailDomain: |d| Some(match d.pick(4) {
        0 => wm::MailDomain::ExistingRoute53 {
            domain: Drawn::draw(d)?,
            hosted_zone_id: Drawn::draw(d)?,
        },
        1 => wm::MailDomain::NewRoute53 { domain: Drawn::draw(d)? },
        2 => wm::MailDomain::External { domain: Drawn::draw(d)? },
        _ => wm::MailDomain::FreeTestDomain,
    }), {
        let name = hint::<wm::DomainName>();
        and(choice(4), or_all(&[and(name, hint::<wm::HostedZoneId>()), name, (0, Some(0))]))
    };
    wm::OrganizationSetup: |d| Some(wm::OrganizationSetup {
        alias: Drawn::draw(d)?,
        mail_domain: Drawn::draw(d)?,
        user_directory: Drawn::draw(d)?,
        encryption: Drawn::draw(d)?,
    }), and_all(&[
        hint::<wm::OrgAlias>(),
        hint::<wm::MailDomain>(),
        hint::<wm::UserDirectory>(),
        hint::<wm::Encryption>(),
    ]);
    wm::CreateUserRole: |d| one_of(d, &CREATE_USER_ROLES), choice(CREATE_USER_ROLES.len());
    wm::DirectoryKind: |d| one_of(d, &DIRECTORY_KINDS), choice(DIRECTORY_KINDS.len());
    wm::OrganizationState: |d| one_of(d, wm::OrganizationState::ALL),
        choice(wm::OrganizationState::ALL.len());
    wm::CreateOrganizationResponse: |d| Some(Self::new(&Drawn::draw(d)?)),
        hint::<wm::OrganizationId>();
    wm::CreateUserResponse: |d| Some(Self::new(&Drawn::draw(d)?)), hint::<wm::UserId>();
    orgs::ValidPolicyTypeSummary: |d| {
        let (policy_type, status) = (Drawn::draw(d)?, Drawn::draw(d)?);
        Some(orgs::ValidPolicyTypeSummary { policy_type, status })
    }, and(hint::<orgs::PolicyType>(), hint::<orgs::PolicyTypeStatus>());
    orgs::ValidOrganization: |d| {
        let feature_set = Drawn::draw(d)?;
        organization(d, feature_set)
    }, and_all(&[
        hint::<orgs::FeatureSet>(),
        hint::<orgs::OrganizationId>(),
        hint::<orgs::AccountId>(),
        hint::<orgs::Email>(),
        policy_types_hint(),
    ]);
    orgs::Organization: |d| orgs::ValidOrganization::draw(d).map(Self::from),
        hint::<orgs::ValidOrganization>();
    orgs::PolicyTypeSummary: |d| orgs::ValidPolicyTypeSummary::draw(d).map(Self::from),
        hint::<orgs::ValidPolicyTypeSummary>();
    orgs::CreateOrganizationResponse: |d| orgs::ValidOrganization::draw(d).map(Self::from),
        hint::<orgs::ValidOrganization>();
}

// ------------------------------------------------------------- size hints

/// Choices read from the fuzzer's bytes.
#[cfg(feature = "arbitrary")]
pub(crate) struct Bytes<'u, 'a>(pub(crate) &'u mut arbitrary::Unstructured<'a>);

#[cfg(feature = "arbitrary")]
impl Draw for Bytes<'_, '_> {
    fn pick(&mut self, n: usize) -> usize {
        match n.checked_sub(1) {
            None | Some(0) => 0,
            Some(top) => self.0.int_in_range(0..=top).unwrap_or(0),
        }
    }
}

/// The hint of a new organization's policy types (see `generate::policy_types`): one byte for
/// whether the list is there; when it is, the number of other types, then for each one its
/// pick among those left and its status, then the position of service control policies. The
/// most is read when every type is listed.
#[cfg(feature = "arbitrary")]
fn policy_types_hint() -> (usize, Option<usize>) {
    let others = other_policy_types().len();
    let (_, status) = hint::<orgs::PolicyTypeStatus>();
    let picks = (1..=others).fold(0usize, |n, left| n.saturating_add(choice(left).0));
    let upper = status.map(|s| {
        1usize
            .saturating_add(choice(others.saturating_add(1)).0)
            .saturating_add(picks)
            .saturating_add(s.saturating_mul(others))
            .saturating_add(choice(others.saturating_add(1)).0)
    });
    (1, upper)
}

/// A size hint of `arbitrary`: least and most bytes a value reads.
#[cfg(feature = "arbitrary")]
pub(crate) type Hint = (usize, Option<usize>);

/// Bytes `Unstructured::int_in_range` reads for a range whose ends are `span` apart.
#[cfg(feature = "arbitrary")]
pub(crate) fn span_bytes(span: usize) -> usize {
    let mut bytes = 0usize;
    let mut rest = span;
    while rest > 0 {
        rest = rest.checked_shr(8).unwrap_or(0);
        bytes = bytes.saturating_add(1);
    }
    bytes
}

/// The hint of one choice among `n`.
#[cfg(feature = "arbitrary")]
pub(crate) fn choice(n: usize) -> Hint {
    let bytes = span_bytes(n.saturating_sub(1));
    (bytes, Some(bytes))
}

/// The hint of `T`'s `Arbitrary`.
#[cfg(feature = "arbitrary")]
pub(crate) fn hint<'a, T: arbitrary::Arbitrary<'a>>() -> Hint {
    T::size_hint(0)
}

/// The size hint of an input drawn from its member table.
#[cfg(feature = "arbitrary")]
pub(crate) trait InputHint {
    fn hint() -> Hint;
}

/// The hint of a member of type `T`, behind a choice unless `required`.
#[cfg(feature = "arbitrary")]
fn member_hint<'a, T: arbitrary::Arbitrary<'a>>(required: bool) -> Hint {
    if required {
        hint::<T>()
    } else {
        hint::<Option<T>>()
    }
}

/// The hint of a list of up to `max` elements of hint `element`, behind a choice unless
/// `required`.
#[cfg(feature = "arbitrary")]
pub(crate) fn list_hint(max: usize, element: Hint, required: bool) -> Hint {
    use arbitrary::size_hint::{and, or};
    let n = span_bytes(max);
    let all = (
        n,
        element.1.map(|e| n.saturating_add(e.saturating_mul(max))),
    );
    if required {
        all
    } else {
        and((1, Some(1)), or((0, Some(0)), all))
    }
}
