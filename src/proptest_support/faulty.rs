//! Inputs with known faults, drawn from a tape like every value: a valid input, the slots
//! that take a fault, each fault. Slots and faults come from the member tables by [`Member`];
//! hand-written: the `@rule` arms, and the "Exclusion"s of faults that would hide each other.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use proptest::collection::SizeRange;
use proptest::prelude::*;

use super::{from_tapes, Fault, ShapeStrategy, Tape};
use crate::layout::drawn::{one_of, user_roles, Drawn};
use crate::layout::generate::{any_chars, biased_len, other_case, pick_unit, Draw};
use crate::members::BoundedList;
use crate::organizations as orgs;
use crate::violation::{Constraint, Excerpt, Path, Rule, Violation};
use crate::wire::{Field, JsonKind};
use crate::workmail as w;
use crate::ErrorKind;

/// The fault put into one member, and so the violation validation must report.
///
/// ```
/// use org_shapes::strategy::InputFault;
/// use org_shapes::wire::{Field, JsonKind};
/// use org_shapes::workmail::CreateUserInput;
///
/// // `Name` left out, `HiddenFromGlobalAddressList` a string instead of a boolean.
/// let mut input = CreateUserInput::default()
///     .organization_id("m-0123456789abcdef0123456789abcdef")
///     .display_name("Jane Doe");
/// input.hidden_from_global_address_list = Field::WrongType { found: JsonKind::String };
/// let violations = input.validate().unwrap_err();
/// let [missing, wrong] = violations.as_slice() else { panic!("{violations}") };
///
/// assert!(InputFault::Missing.matches(missing.constraint()));
/// let fault = InputFault::WrongType { expected: JsonKind::Bool, found: JsonKind::String };
/// assert!(fault.matches(wrong.constraint()));
/// assert!(!fault.matches(missing.constraint()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputFault {
    /// A required member left out: [`Constraint::Required`].
    Missing,
    /// A value of another JSON type: [`Constraint::WrongType`] with these types.
    WrongType {
        /// The type the model gives the member.
        expected: JsonKind,
        /// The type put there.
        found: JsonKind,
    },
    /// Text its shape refuses: [`Constraint::Shape`] with an error `fault`
    /// [matches](Fault::matches) at char `index`, if any.
    Shape {
        /// How the text breaks the shape.
        fault: Fault,
        /// The char index the error names, if any.
        index: Option<usize>,
    },
    /// A list longer than the model allows: [`Constraint::ListTooLong`].
    TooManyElements {
        /// The model's maximum.
        max: usize,
        /// The number of elements put there.
        actual: usize,
    },
    /// A member the model does not have: [`Rule::UnknownMember`].
    UnknownMember,
    /// A value that breaks a rule across members: [`Constraint::Rule`] with this rule.
    Rule(Rule),
}

impl InputFault {
    /// Whether this fault leads to `constraint`.
    pub fn matches(&self, constraint: &Constraint) -> bool {
        let want = match *self {
            InputFault::Missing => Constraint::Required,
            InputFault::WrongType { expected, found } => Constraint::WrongType { expected, found },
            InputFault::TooManyElements { max, actual } => Constraint::ListTooLong { max, actual },
            InputFault::UnknownMember => Constraint::Rule(Rule::UnknownMember),
            InputFault::Rule(rule) => Constraint::Rule(rule),
            InputFault::Shape { fault, index } => {
                let Constraint::Shape(error) = constraint else {
                    return false;
                };
                let at = match error.kind() {
                    ErrorKind::InvalidChar { index, .. } | ErrorKind::Incomplete { index, .. } => {
                        Some(index)
                    }
                    _ => None,
                };
                return fault.matches(error.kind()) && index == at;
            }
        };
        *constraint == want
    }
}

/// One injected fault and where validation must report it.
///
/// ```
/// use org_shapes::strategy::workmail_create_user_with_faults;
/// use proptest::prelude::*;
///
/// proptest!(|(faulty in workmail_create_user_with_faults(1))| {
///     let violations = faulty.input.validate().unwrap_err();
///     let ([violation], [injected]) = (violations.as_slice(), &faulty.faults[..]) else {
///         panic!("{violations}")
///     };
///     prop_assert_eq!(violation.path(), &injected.path);
///     prop_assert!(injected.matches(violation));
/// });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Injected {
    /// The path of the violation (`/Domains/2/DomainName`, `/Alais` for an unknown member).
    pub path: Path,
    /// What was done there.
    pub fault: InputFault,
}

impl Injected {
    /// Whether `violation` is at `path` with a constraint the fault matches.
    pub fn matches(&self, violation: &Violation) -> bool {
        *violation.path() == self.path && self.fault.matches(violation.constraint())
    }
}

/// An input and its faults, each leading to exactly one violation, in the order validators
/// report them (member order, list order, unknown members last). With `serde`, `input`
/// serializes to a body that reads back as the same input, faults included.
///
/// ```
/// use org_shapes::strategy::organizations_create_organization_with_faults;
/// use proptest::prelude::*;
///
/// proptest!(|(faulty in organizations_create_organization_with_faults(2))| {
///     prop_assert_eq!(faulty.faults.len(), 2);
///     let violations = faulty.input.validate().unwrap_err();
///     prop_assert!(faulty.agrees_with(violations.as_slice()));
///     // A fault missed does not agree.
///     prop_assert!(!faulty.agrees_with(&violations.as_slice()[1..]));
/// });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FaultyInput<I> {
    /// The input.
    pub input: I,
    /// The faults, in the order of their violations.
    pub faults: Vec<Injected>,
}

impl<I> FaultyInput<I> {
    /// Whether `violations` are those of the faults, in order, each
    /// [matching](Injected::matches) its fault.
    pub fn agrees_with(&self, violations: &[Violation]) -> bool {
        let mut pairs = self.faults.iter().zip(violations);
        violations.len() == self.faults.len()
            && pairs.all(|(fault, violation)| fault.matches(violation))
    }
}

/// A place of an input that takes one fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Slot {
    /// A member (by wire name) as a whole.
    Member(&'static str),
    /// In list `.0`, a slot inside element `.1`, or (`None`) the element as a whole.
    Element(&'static str, usize, Option<Box<Slot>>),
    Unknown,
}

/// Tape room: the longest `CreateOrganization` input, and its faults.
const INPUT_CHARS: usize = 8192;

/// A fault to put at `slot` (below `path`), given the other `chosen` slots, drawn from `d`.
pub(super) struct Put<'p, 'a> {
    slot: &'p Slot,
    chosen: &'p [Slot],
    path: Path,
    d: &'p mut Tape<'a>,
}

/// An input structure as `member_faults!` implements it from its member table.
pub(super) trait Faults: Drawn + Default + Clone + fmt::Debug + 'static {
    const NAMES: &'static [&'static str];
    /// The slots of a valid `self`, in report order (unknown members aside).
    fn slots(&self) -> Vec<Slot>;
    fn fault(&mut self, put: Put<'_, '_>) -> Option<Injected>;
    fn unknown_members(&mut self) -> &mut Vec<Excerpt>;
}

/// Valid inputs with a number of faults in `faults` (both ends often), each in its own slot,
/// all drawn from one tape.
fn with_faults<I: Faults>(faults: impl Into<SizeRange>) -> BoxedStrategy<FaultyInput<I>> {
    let (lo, hi) = faults.into().start_end_incl();
    from_tapes(INPUT_CHARS, "a generator put no fault", move |d| {
        let mut input = I::draw(d)?;
        let n = biased_len(lo, hi, d);
        let mut slots = input.slots();
        slots.extend(core::iter::repeat_n(Slot::Unknown, n));
        // `n` of the slots, in order: each kept with the chance `need` of those `left`.
        let (mut need, mut left) = (n, slots.len());
        slots.retain(|_| {
            let keep = d.pick(left) < need;
            need = need.saturating_sub(usize::from(keep));
            left = left.saturating_sub(1);
            keep
        });
        let faults = slots.iter().map(|slot| {
            let (chosen, path) = (&slots[..], Path::ROOT);
            input.fault(Put {
                slot,
                chosen,
                path,
                d,
            })
        });
        let faults = faults.collect::<Option<_>>()?;
        Some(FaultyInput { input, faults })
    })
}

/// A member of an unknown name: a member's misspelt (first letter's case, a char dropped or
/// doubled), or (one time in four) any text of up to 16 chars (the 64 bytes a violation keeps
/// hold it whole).
fn unknown<I: Faults>(input: &mut I, at: Path, d: &mut Tape<'_>) -> Option<Injected> {
    let mut name: String = if d.pick(4) < 3 {
        let mut chars: Vec<char> = one_of(d, I::NAMES)?.chars().collect();
        let at = d.pick(chars.len());
        match (d.pick(3), chars.get(at).copied()) {
            (0, _) => chars.iter_mut().take(1).for_each(|c| *c = other_case(*c)),
            (1, Some(_)) => {
                chars.remove(at);
            }
            (_, Some(c)) => chars.insert(at, c),
            _ => {}
        }
        chars.into_iter().collect()
    } else {
        any_chars(16, d)?
    };
    if I::NAMES.contains(&name.as_str()) {
        name.push('_');
    }
    let name = Excerpt::new(&name);
    input.unknown_members().push(name);
    let path = at.unknown(name);
    let fault = InputFault::UnknownMember;
    Some(Injected { path, fault })
}

/// A fault of a whole member or element, `field` at `path`, by `weights`: the caller's
/// (`other`), a JSON type other than `expected` and `null` (which means absent), left out.
fn whole<T>(
    (field, path, d): (&mut Field<T>, Path, &mut Tape<'_>),
    expected: JsonKind,
    weights: [usize; 3],
    other: impl FnOnce(&mut Field<T>, &mut Tape<'_>) -> Option<Injected>,
) -> Option<Injected> {
    let (arm, _) = pick_unit(d, weights.into_iter())?;
    let fault = match arm {
        0 => return other(field, d),
        1 => {
            use JsonKind::{Array, Bool, Number, Object, String};
            let kinds = [Bool, Number, String, Array, Object];
            let others: Vec<JsonKind> = kinds.into_iter().filter(|k| *k != expected).collect();
            let found = one_of(d, &others)?;
            *field = Field::WrongType { found };
            InputFault::WrongType { expected, found }
        }
        _ => {
            *field = Field::Absent;
            InputFault::Missing
        }
    };
    Some(Injected { path, fault })
}

/// A member's faults, by how its row stores it (`Self`) and what checks it (`C`: a shape,
/// enum, `bool` or bounded list); `missing` is the weight of leaving it out (1 if required: a
/// fault).
trait Member<C>: Sized + 'static {
    fn slots(name: &'static str, _value: &Field<Self>, slots: &mut Vec<Slot>) {
        slots.push(Slot::Member(name));
    }

    /// Puts a fault at a slot of the member or inside it, `put.path` the member's.
    fn fault(field: &mut Field<Self>, missing: usize, put: Put<'_, '_>) -> Option<Injected>;
}

trait TextStorage: for<'a> From<&'a str> + Clone + fmt::Debug + 'static {}
impl TextStorage for String {}
impl TextStorage for crate::wire::Secret {}

/// A text member: text its shape refuses, another JSON type, or left out if required.
impl<S: TextStorage, T: ShapeStrategy> Member<T> for S {
    fn fault(field: &mut Field<S>, missing: usize, put: Put<'_, '_>) -> Option<Injected> {
        let path = put.path;
        whole(
            (field, path, put.d),
            JsonKind::String,
            [3, 1, missing],
            |field, d| {
                let bad = T::broken(d)?;
                *field = Field::Present(S::from(bad.text.as_str()));
                let (fault, index) = (bad.fault, bad.index);
                let fault = InputFault::Shape { fault, index };
                Some(Injected { path, fault })
            },
        )
    }
}

/// A boolean member: another JSON type, or left out if required.
impl Member<bool> for bool {
    fn fault(field: &mut Field<bool>, missing: usize, put: Put<'_, '_>) -> Option<Injected> {
        let field = (field, put.path, put.d);
        whole(field, JsonKind::Bool, [0, 3, missing], |_, _| None)
    }
}

/// A list member: too many elements, another JSON type, left out if required; then each
/// element's slots (from `E`'s table) and the element as a whole.
impl<E: Faults, L: BoundedList + 'static> Member<L> for Vec<Field<Box<E>>> {
    fn slots(name: &'static str, value: &Field<Self>, slots: &mut Vec<Slot>) {
        slots.push(Slot::Member(name));
        let Field::Present(list) = value else {
            return;
        };
        for (index, element) in list.iter().enumerate() {
            let at = |inner| Slot::Element(name, index, inner);
            if let Field::Present(element) = element {
                let inner = element.slots().into_iter();
                slots.extend(inner.map(|inner| at(Some(Box::new(inner)))));
            }
            slots.push(at(None));
        }
    }

    /// Faults of the member, or of element `index`: of its slot `inner`, or (`None`) of the
    /// whole element.
    fn fault(list: &mut Field<Self>, missing: usize, put: Put<'_, '_>) -> Option<Injected> {
        let path = put.path;
        let Slot::Element(name, index, inner) = put.slot else {
            // Exclusion: a list of another type, or left out, hides the faults of its elements.
            let elements =
                |s: &Slot| matches!(s, Slot::Element(l, ..) if *put.slot == Slot::Member(l));
            let hides = usize::from(!put.chosen.iter().any(elements));
            let weights = [1, hides, hides.min(missing)];
            return whole((list, path, put.d), JsonKind::Array, weights, |list, d| {
                let mut elements = match core::mem::take(list) {
                    Field::Present(elements) => elements,
                    _ => Vec::new(),
                };
                // Enough valid elements to pass the maximum by one to three.
                let max = L::MAX;
                let least = max.saturating_add(1).saturating_sub(elements.len());
                for _ in 0..least.saturating_add(d.pick(3)) {
                    elements.push(Field::Present(Box::new(E::draw(d)?)));
                }
                let actual = elements.len();
                *list = Field::Present(elements);
                let fault = InputFault::TooManyElements { max, actual };
                Some(Injected { path, fault })
            });
        };
        let index = *index;
        let inside = |s: &Slot| match s {
            Slot::Element(list, i, Some(s)) if list == name && *i == index => Some((**s).clone()),
            _ => None,
        };
        let same: Vec<Slot> = put.chosen.iter().filter_map(inside).collect();
        let (path, d) = (path.index(index), put.d);
        let mut scratch = Field::Absent;
        let field = match list {
            Field::Present(list) => list.get_mut(index),
            _ => None,
        };
        // An edit finding nothing to change still records its fault: a test sees the miss.
        let field = field.unwrap_or(&mut scratch);
        if let Some(inner) = inner {
            let (slot, chosen) = (&**inner, &same[..]);
            let put = Put {
                slot,
                chosen,
                path,
                d,
            };
            return match field {
                Field::Present(element) => element.fault(put),
                _ => E::default().fault(put),
            };
        }
        // Exclusion: an element that is `null` or not an object hides the faults of its members.
        let hides = usize::from(same.is_empty());
        let weights = [1, hides, hides];
        whole(
            (field, path, d),
            JsonKind::Object,
            weights,
            |field, d| match field {
                Field::Present(element) => unknown(&mut **element, path, d),
                _ => unknown(&mut E::default(), path, d),
            },
        )
    }
}

/// Implements [`Faults`] from a member table: a slot per member (and its elements'), faults
/// by [`Member`], rule faults by the row's hook (`@rule`).
macro_rules! member_faults {
    ($input:ty; $(
        [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $req:ident,
         $kind:ident $check:ty $(, $hook_kind:ident $hook:ident $(-> $out:ty)?)?]
    )+) => {
        impl Faults for $input {
            const NAMES: &'static [&'static str] = <$input>::MEMBERS;

            fn slots(&self) -> Vec<Slot> {
                let mut slots = Vec::new();
                $( <_ as Member<$check>>::slots(Self::$CONST, &self.$field, &mut slots); )+
                slots
            }

            fn fault(&mut self, put: Put<'_, '_>) -> Option<Injected> {
                $(
                    let name = Self::$CONST;
                    if matches!(put.slot, Slot::Member(n) | Slot::Element(n, ..) if *n == name) {
                        let missing = usize::from(operation_input!(@required $req));
                        let put = Put { path: put.path.field(name), ..put };
                        let rule = member_faults!(@rule [self, $field, put] $($hook)?);
                        return rule.unwrap_or_else(|| {
                            <_ as Member<$check>>::fault(&mut self.$field, missing, put)
                        });
                    }
                )+
                unknown(self, put.path, put.d)
            }

            fn unknown_members(&mut self) -> &mut Vec<Excerpt> {
                &mut self.unknown_members
            }
        }
    };

    // Rule faults, by hook: one more way to break the hook's member. Hooks without an arm
    // (directory facts, password policy: off without a context) have none.
    (@rule [$self:ident, $field:ident, $put:ident] role_allowed) => {
        // A role that `CreateUser` cannot give.
        ($put.d.pick(4) == 3).then(|| {
            $self.$field = Field::Present(one_of($put.d, &user_roles(false))?.as_str().into());
            let fault = InputFault::Rule(Rule::RoleNotAllowed);
            Some(Injected { path: $put.path, fault })
        })
    };
    (@rule [$self:ident, $field:ident, $put:ident] interoperability_needs_directory) => {{
        // Interoperability without a directory. Exclusion: not drawn when `DirectoryId` has a
        // fault of its own.
        let free = !$put.chosen.contains(&Slot::Member(Self::DIRECTORY_ID));
        (free && $put.d.pick(2) == 1).then(|| {
            ($self.directory_id, $self.$field) = (Field::Absent, Field::Present(true));
            let fault = InputFault::Rule(Rule::InteroperabilityNeedsDirectory);
            Some(Injected { path: $put.path, fault })
        })
    }};
    (@rule [$($member:ident),+] $($hook:ident)?) => { None };
}

crate::layout::drawn::every_input_table!(member_faults);

/// The public `…_with_faults` strategies, each [`with_faults`] for one input.
macro_rules! with_faults_for {
    ($($(#[$doc:meta])* $name:ident: $input:ty;)+) => {$(
        $(#[$doc])*
        pub fn $name(faults: impl Into<SizeRange>) -> BoxedStrategy<FaultyInput<$input>> {
            with_faults(faults)
        }
    )+};
}

with_faults_for! {
    /// WorkMail `CreateOrganization` inputs with a number of faults in `faults` (`3`,
    /// `0..=8`…), each an [`InputFault`] in its own place (list elements too); the rule fault
    /// is `EnableInteroperability` without a directory.
    workmail_create_organization_with_faults: w::CreateOrganizationInput;
    /// WorkMail `CreateUser` inputs, faults as [`workmail_create_organization_with_faults`];
    /// the rule fault is a `Role` `CreateUser` cannot give (`SYSTEM_USER`, `RESOURCE`).
    workmail_create_user_with_faults: w::CreateUserInput;
    /// AWS Organizations `CreateOrganization` inputs, faults as
    /// [`workmail_create_organization_with_faults`] (no rule fault).
    organizations_create_organization_with_faults: orgs::CreateOrganizationInput;
}
