//! Inputs with known faults. Slots and faults come from the member tables by [`Member`];
//! hand-written: the `@rule` arms, and the "Exclusion"s of faults that would hide each other.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt;

use proptest::collection::SizeRange;
use proptest::prelude::*;
use proptest::sample::{subsequence, Index};
use proptest::strategy::Union;

use super::drawn;
use super::kit::{any_text, choose, len_in};
use super::{any_invalid, Fault, ShapeStrategy};
use crate::layout::drawn::Drawn;
use crate::layout::generate::other_case;
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
        match (self, constraint) {
            (InputFault::Missing, Constraint::Required) => true,
            (
                InputFault::WrongType { expected, found },
                Constraint::WrongType {
                    expected: e,
                    found: f,
                },
            ) => expected == e && found == f,
            (InputFault::Shape { fault, index }, Constraint::Shape(error)) => {
                let at = match error.kind() {
                    ErrorKind::InvalidChar { index, .. } | ErrorKind::Incomplete { index, .. } => {
                        Some(index)
                    }
                    _ => None,
                };
                fault.matches(error.kind()) && (index.is_none() || *index == at)
            }
            (
                InputFault::TooManyElements { max, actual },
                Constraint::ListTooLong { max: m, actual: a },
            ) => max == m && actual == a,
            (InputFault::UnknownMember, Constraint::Rule(Rule::UnknownMember)) => true,
            (InputFault::Rule(rule), Constraint::Rule(r)) => rule == r,
            _ => false,
        }
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
        violations.len() == self.faults.len()
            && self
                .faults
                .iter()
                .zip(violations)
                .all(|(fault, violation)| fault.matches(violation))
    }
}

/// A place of an input that takes one fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Slot {
    /// A member (by wire name) as a whole.
    Member(&'static str),
    /// A slot inside element `index` of `list`, or (`None`) the element as a whole.
    Element {
        list: &'static str,
        index: usize,
        inner: Option<Box<Slot>>,
    },
    Unknown,
}

/// Puts a fault into the input at a path; returns what it injected.
type Apply<I> = dyn Fn(&mut I, Path) -> Injected;

pub(super) struct Edit<I>(Rc<Apply<I>>);

impl<I> Edit<I> {
    fn new(apply: impl Fn(&mut I, Path) -> Injected + 'static) -> Self {
        Edit(Rc::new(apply))
    }

    fn apply(&self, input: &mut I, at: Path) -> Injected {
        (self.0)(input, at)
    }
}

// Not derived: that would ask `I: Clone`.
impl<I> Clone for Edit<I> {
    fn clone(&self) -> Self {
        Edit(Rc::clone(&self.0))
    }
}

impl<I> fmt::Debug for Edit<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Edit")
    }
}

type Access<I, T> = fn(&mut I) -> &mut Field<T>;
type List<E> = Vec<Field<Box<E>>>;

/// Tape room: the longest `CreateOrganization` input; an element that makes a list too long.
const INPUT_CHARS: usize = 4096;
const ELEMENT_CHARS: usize = 512;

type Edits<I> = BoxedStrategy<Edit<I>>;
type Arms<I> = Vec<(u32, Edits<I>)>;

/// An input structure as `member_faults!` implements it from its member table.
pub(super) trait Faults: Drawn + Default + Clone + fmt::Debug + 'static {
    const NAMES: &'static [&'static str];
    /// The slots of a valid `self`, in report order (unknown members aside).
    fn slots(&self) -> Vec<Slot>;
    /// The faults `slot` can take, given the other `chosen` slots.
    fn edit(&self, slot: &Slot, chosen: &[Slot]) -> Edits<Self>;
    fn unknown_members(&mut self) -> &mut Vec<Excerpt>;
}

/// Valid inputs with a number of faults in `faults` (both ends often), each in its own slot.
fn with_faults<I: Faults>(faults: impl Into<SizeRange>) -> BoxedStrategy<FaultyInput<I>> {
    let (lo, hi) = faults.into().start_end_incl();
    (drawn::<I>(INPUT_CHARS), len_in(lo, hi))
        .prop_flat_map(|(valid, n)| {
            let mut slots = valid.slots();
            slots.extend(core::iter::repeat_n(Slot::Unknown, n));
            let n = n.min(slots.len());
            (Just(valid), subsequence(slots, n))
        })
        .prop_flat_map(|(valid, chosen)| {
            let edits: Vec<_> = chosen.iter().map(|s| valid.edit(s, &chosen)).collect();
            (Just(valid), edits)
        })
        .prop_map(|(mut input, edits)| {
            let faults = edits
                .iter()
                .map(|e| e.apply(&mut input, Path::ROOT))
                .collect();
            FaultyInput { input, faults }
        })
        .boxed()
}

/// A JSON type other than `expected` and `null` (which means absent).
fn other_kind(expected: JsonKind) -> BoxedStrategy<JsonKind> {
    use JsonKind::{Array, Bool, Number, Object, String};
    let kinds = [Bool, Number, String, Array, Object];
    choose(kinds.into_iter().filter(|k| *k != expected).collect())
}

/// A member of an unknown name: a member's misspelt (first letter's case, a char dropped or
/// doubled), or any text of up to 16 chars (the 64 bytes a violation keeps hold it whole).
fn unknown_edit<I: Faults>() -> Edits<I> {
    let misspelt = (choose(I::NAMES.to_vec()), any::<Index>(), 0u8..3);
    let misspelt = misspelt.prop_map(|(m, at, how)| {
        let mut chars: Vec<char> = m.chars().collect();
        let at = at.index(chars.len().max(1));
        match (how, chars.get(at).copied()) {
            (0, _) => chars.iter_mut().take(1).for_each(|c| *c = other_case(*c)),
            (1, Some(_)) => {
                chars.remove(at);
            }
            (_, Some(c)) => chars.insert(at, c),
            _ => {}
        }
        chars.into_iter().collect::<String>()
    });
    prop_oneof![3 => misspelt, 1 => any_text(16)]
        .prop_map(|mut name| {
            if I::NAMES.contains(&name.as_str()) {
                name.push('_');
            }
            Edit::new(move |input: &mut I, at| {
                input.unknown_members().push(Excerpt::new(&name));
                let path = at.unknown(Excerpt::new(&name));
                let fault = InputFault::UnknownMember;
                Injected { path, fault }
            })
        })
        .boxed()
}

/// Sets member `name` to a field, injecting a fault.
fn put<I: 'static, T: Clone + 'static>(
    access: Access<I, T>,
    name: &'static str,
) -> impl Fn(Field<T>, InputFault) -> Edit<I> + Copy {
    move |field, fault| {
        Edit::new(move |input, at| {
            *access(input) = field.clone();
            let path = at.field(name);
            Injected { path, fault }
        })
    }
}

/// Faults of a whole member or element, `set` to a field: `more`, a JSON type other than
/// `expected` (weight `wrong`), and if `required`, left out (weight 1).
fn whole<I: 'static, T: 'static>(
    set: impl Fn(Field<T>, InputFault) -> Edit<I> + 'static,
    required: bool,
    (expected, wrong): (JsonKind, u32),
    mut more: Arms<I>,
) -> Edits<I> {
    let missing = required.then(|| (1, Just(set(Field::Absent, InputFault::Missing)).boxed()));
    let wrong_type = other_kind(expected).prop_map(move |found| {
        set(
            Field::WrongType { found },
            InputFault::WrongType { expected, found },
        )
    });
    more.push((wrong, wrong_type.boxed()));
    more.extend(missing);
    Union::new_weighted(more).boxed()
}

/// A member as its row gives it.
struct At<'v, I, T> {
    value: &'v Field<T>,
    access: Access<I, T>,
    name: &'static str,
    required: bool,
}

/// A member's faults, by how its row stores it (`Self`) and what checks it (`C`: a shape,
/// enum, `bool` or bounded list).
trait Member<C>: Sized + 'static {
    fn slots<I>(at: &At<'_, I, Self>, slots: &mut Vec<Slot>) {
        slots.push(Slot::Member(at.name));
    }

    /// Faults of the whole member, given the other `chosen` slots.
    fn faults<I: 'static>(at: &At<'_, I, Self>, chosen: &[Slot]) -> Edits<I>;

    /// Faults of `slot`, if it is the member or inside it.
    fn edit<I: 'static>(at: &At<'_, I, Self>, slot: &Slot, chosen: &[Slot]) -> Option<Edits<I>> {
        (*slot == Slot::Member(at.name)).then(|| Self::faults(at, chosen))
    }
}

trait TextStorage: for<'a> From<&'a str> + Clone + fmt::Debug + 'static {}
impl TextStorage for String {}
impl TextStorage for crate::wire::Secret {}

/// A text member: another JSON type, text its shape refuses, or left out if required.
impl<S: TextStorage, T: ShapeStrategy> Member<T> for S {
    fn faults<I: 'static>(at: &At<'_, I, Self>, _: &[Slot]) -> Edits<I> {
        let put = put(at.access, at.name);
        let shape = any_invalid::<T>().prop_map(move |bad| {
            let (fault, index) = (bad.fault, bad.index);
            let text = Field::Present(S::from(bad.text.as_str()));
            put(text, InputFault::Shape { fault, index })
        });
        let shape = vec![(3, shape.boxed())];
        whole(put, at.required, (JsonKind::String, 1), shape)
    }
}

/// A boolean member: another JSON type, or left out if required.
impl Member<bool> for bool {
    fn faults<I: 'static>(at: &At<'_, I, Self>, _: &[Slot]) -> Edits<I> {
        whole(
            put(at.access, at.name),
            at.required,
            (JsonKind::Bool, 3),
            Vec::new(),
        )
    }
}

/// A list member: too many elements, another JSON type, left out if required; then each
/// element's slots (from `E`'s table) and the element as a whole.
impl<E: Faults, L: BoundedList + 'static> Member<L> for List<E> {
    fn slots<I>(at: &At<'_, I, Self>, slots: &mut Vec<Slot>) {
        let name = at.name;
        slots.push(Slot::Member(name));
        let Field::Present(list) = at.value else {
            return;
        };
        for (index, element) in list.iter().enumerate() {
            let at = |inner| Slot::Element {
                list: name,
                index,
                inner,
            };
            if let Field::Present(element) = element {
                let inner = element.slots().into_iter();
                slots.extend(inner.map(|inner| at(Some(Box::new(inner)))));
            }
            slots.push(at(None));
        }
    }

    fn faults<I: 'static>(at: &At<'_, I, Self>, chosen: &[Slot]) -> Edits<I> {
        let (access, name) = (at.access, at.name);
        let k = at.value.as_ref().map_or(0, Vec::len);
        // Enough valid elements to pass the maximum by one to three.
        let (max, least, most) = (L::MAX, L::MAX.saturating_add(1), L::MAX.saturating_add(3));
        let extra = proptest::collection::vec(
            drawn::<E>(ELEMENT_CHARS),
            least.saturating_sub(k)..=most.saturating_sub(k),
        );
        let too_many = extra.prop_map(move |extra| {
            Edit::new(move |input: &mut I, at| {
                let mut list = match core::mem::take(access(input)) {
                    Field::Present(list) => list,
                    _ => Vec::new(),
                };
                list.extend(extra.iter().map(|e| Field::Present(Box::new(e.clone()))));
                let actual = list.len();
                *access(input) = Field::Present(list);
                let path = at.field(name);
                Injected {
                    path,
                    fault: InputFault::TooManyElements { max, actual },
                }
            })
        });
        // Exclusion: a list of another type, or left out, hides the faults of its elements.
        let elements_chosen = chosen
            .iter()
            .any(|s| matches!(s, Slot::Element { list, .. } if *list == name));
        if elements_chosen {
            return too_many.boxed();
        }
        let more = vec![(1, too_many.boxed())];
        whole(put(access, name), at.required, (JsonKind::Array, 1), more)
    }

    /// Faults of the member, or of element `index`: of its slot `inner`, or (`None`) of the
    /// whole element.
    fn edit<I: 'static>(at: &At<'_, I, Self>, slot: &Slot, chosen: &[Slot]) -> Option<Edits<I>> {
        let (access, name) = (at.access, at.name);
        if *slot == Slot::Member(name) {
            return Some(<Self as Member<L>>::faults(at, chosen));
        }
        let Slot::Element { list, index, inner } = slot else {
            return None;
        };
        if *list != name {
            return None;
        }
        let index = *index;
        let same: Vec<Slot> = chosen
            .iter()
            .filter_map(|s| match s {
                Slot::Element {
                    list,
                    index: i,
                    inner: Some(s),
                } if *list == name && *i == index => Some((**s).clone()),
                _ => None,
            })
            .collect();
        // An edit finding nothing to change still records its fault: a test sees the miss.
        let into_element = move |edit: Edit<E>| {
            Edit::new(move |input: &mut I, at: Path| {
                let at = at.field(name).index(index);
                match element_mut(access(input), index) {
                    Some(Field::Present(element)) => edit.apply(element, at),
                    _ => edit.apply(&mut E::default(), at),
                }
            })
        };
        let valid = at.value.as_ref().and_then(|list| list.get(index));
        let valid = valid
            .and_then(Field::as_ref)
            .map_or_else(E::default, |e| (**e).clone());
        if let Some(inner) = inner {
            return Some(valid.edit(inner, &same).prop_map(into_element).boxed());
        }
        let unknown = valid.edit(&Slot::Unknown, &[]).prop_map(into_element);
        // Exclusion: an element that is `null` or not an object hides the faults of its members.
        if !same.is_empty() {
            return Some(unknown.boxed());
        }
        let set = move |field: Field<Box<E>>, fault: InputFault| {
            Edit::new(move |input: &mut I, at: Path| {
                let mut scratch = Field::Absent;
                *element_mut(access(input), index).unwrap_or(&mut scratch) = field.clone();
                let path = at.field(name).index(index);
                Injected { path, fault }
            })
        };
        let more = vec![(1, unknown.boxed())];
        Some(whole(set, true, (JsonKind::Object, 1), more))
    }
}

fn element_mut<E>(list: &mut Field<List<E>>, index: usize) -> Option<&mut Field<Box<E>>> {
    match list {
        Field::Present(list) => list.get_mut(index),
        _ => None,
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
            const NAMES: &'static [&'static str] = &[$(<$input>::$CONST),+];

            fn slots(&self) -> Vec<Slot> {
                let mut slots = Vec::new();
                $(
                    let at = member_faults!(@at self, $CONST, $field, $req);
                    <_ as Member<$check>>::slots(&at, &mut slots);
                )+
                slots
            }

            fn edit(&self, slot: &Slot, chosen: &[Slot]) -> Edits<Self> {
                $(
                    let at = member_faults!(@at self, $CONST, $field, $req);
                    if let Some(edit) = <_ as Member<$check>>::edit(&at, slot, chosen) {
                        return member_faults!(@rule [chosen, at] edit $(, $hook)?);
                    }
                )+
                unknown_edit()
            }

            fn unknown_members(&mut self) -> &mut Vec<Excerpt> {
                &mut self.unknown_members
            }
        }
    };

    (@at $self:ident, $CONST:ident, $field:ident, $req:ident) => {
        At {
            value: &$self.$field,
            access: |input: &mut Self| &mut input.$field,
            name: Self::$CONST,
            required: member_faults!(@required $req),
        }
    };
    (@required required) => { true };
    (@required optional) => { false };

    // Rule faults, by hook: one more way to break the hook's member. Hooks without an arm
    // (directory facts, password policy: off without a context) have none.
    (@rule [$chosen:ident, $at:ident] $edit:ident, role_allowed) => {
        prop_oneof![3 => $edit, 1 => role_not_allowed($at.access, $at.name)].boxed()
    };
    (@rule [$chosen:ident, $at:ident] $edit:ident, interoperability_needs_directory) => {
        interoperability_without_directory($edit, $chosen)
    };
    (@rule [$($ignored:tt)*] $edit:ident $(, $hook:ident)?) => { $edit };
}

crate::layout::drawn::every_input_table!(member_faults);

/// `role_allowed`: a role that `CreateUser` cannot give.
fn role_not_allowed<I: 'static>(access: Access<I, String>, name: &'static str) -> Edits<I> {
    let refused = w::UserRole::ALL
        .iter()
        .copied()
        .filter(|role| w::CreateUserRole::try_from(*role).is_err())
        .collect();
    choose(refused)
        .prop_map(move |role: w::UserRole| {
            let field = Field::Present(role.as_str().into());
            put(access, name)(field, InputFault::Rule(Rule::RoleNotAllowed))
        })
        .boxed()
}

/// `interoperability_needs_directory`: interoperability without a directory. Exclusion: not
/// drawn when `DirectoryId` has a fault of its own.
fn interoperability_without_directory(
    edit: Edits<w::CreateOrganizationInput>,
    chosen: &[Slot],
) -> Edits<w::CreateOrganizationInput> {
    type Input = w::CreateOrganizationInput;
    if chosen.contains(&Slot::Member(Input::DIRECTORY_ID)) {
        return edit;
    }
    let rule = Edit::new(|input: &mut Input, at: Path| {
        input.directory_id = Field::Absent;
        input.enable_interoperability = Field::Present(true);
        Injected {
            path: at.field(Input::ENABLE_INTEROPERABILITY),
            fault: InputFault::Rule(Rule::InteroperabilityNeedsDirectory),
        }
    });
    prop_oneof![edit, Just(rule)].boxed()
}

/// WorkMail `CreateOrganization` inputs with a number of faults in `faults` (`3`, `0..=8`…),
/// each an [`InputFault`] in its own place (list elements too); the rule fault is
/// `EnableInteroperability` without a directory.
pub fn workmail_create_organization_with_faults(
    faults: impl Into<SizeRange>,
) -> BoxedStrategy<FaultyInput<w::CreateOrganizationInput>> {
    with_faults(faults)
}

/// WorkMail `CreateUser` inputs, faults as [`workmail_create_organization_with_faults`];
/// the rule fault is a `Role` `CreateUser` cannot give (`SYSTEM_USER`, `RESOURCE`).
pub fn workmail_create_user_with_faults(
    faults: impl Into<SizeRange>,
) -> BoxedStrategy<FaultyInput<w::CreateUserInput>> {
    with_faults(faults)
}

/// AWS Organizations `CreateOrganization` inputs, faults as
/// [`workmail_create_organization_with_faults`] (no rule fault).
pub fn organizations_create_organization_with_faults(
    faults: impl Into<SizeRange>,
) -> BoxedStrategy<FaultyInput<orgs::CreateOrganizationInput>> {
    with_faults(faults)
}
