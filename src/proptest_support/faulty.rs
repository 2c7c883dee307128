//! Request inputs with a chosen number of known faults, for testing error paths: each fault
//! breaks one member in one way and leads to exactly one violation, at a known path, so that
//! a test can compare what its code reports with what was injected.
//!
//! The places that take a fault and the faults each can take come from the operations'
//! member tables (`for_each_…_member!`, see [`crate::members`]): one slot per member, its
//! faults chosen by how the row stores it and what checks it ([`Member`]). Hand-written are
//! only what a table cannot say: the rule faults, keyed by the name of the hook that checks
//! the rule (`member_faults!`'s `@rule` arms), and the exclusions of faults that would hide
//! each other (marked "Exclusion" below).

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

use super::kit::{any_char, choose, len_in, run};
use super::{any_invalid, Fault, ShapeStrategy};
use crate::layout::drawn::{drawn, Drawn};
use crate::layout::generate::other_case;
use crate::members::BoundedList;
use crate::organizations as orgs;
use crate::violation::{Constraint, Excerpt, Path, Rule, Violation};
use crate::wire::{Field, JsonKind};
use crate::workmail as w;
use crate::ErrorKind;

/// What was done to one member of an input, and so the violation validation must report.
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
    /// Text that the member's shape refuses: [`Constraint::Shape`] with an error that `fault`
    /// [matches](Fault::matches), naming the char `index` when there is one.
    Shape {
        /// How the text breaks the shape.
        fault: Fault,
        /// The char index the error names, for faults that have one.
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
    /// Whether `constraint` is the one this fault must lead to.
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
                fault.matches(error.kind())
                    && (index.is_none() || *index == error_index(error.kind()))
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

/// The char index an error names, for the kinds that name one.
fn error_index(kind: ErrorKind) -> Option<usize> {
    match kind {
        ErrorKind::InvalidChar { index, .. } | ErrorKind::Incomplete { index, .. } => Some(index),
        _ => None,
    }
}

/// One injected fault: where validation must report it, and what it is.
///
/// ```
/// use org_shapes::strategy::workmail_create_user_with_faults;
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
///
/// let mut runner = TestRunner::deterministic();
/// let faulty = workmail_create_user_with_faults(1).new_tree(&mut runner).unwrap().current();
/// let [injected] = faulty.faults.as_slice() else { panic!("one fault was asked for") };
///
/// let violations = faulty.input.validate().unwrap_err();
/// let [violation] = violations.as_slice() else { panic!("{violations}") };
/// assert_eq!(violation.path(), &injected.path);
/// assert!(injected.matches(violation));
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
    /// Whether `violation` is the one this fault must lead to: same path, matching constraint.
    pub fn matches(&self, violation: &Violation) -> bool {
        *violation.path() == self.path && self.fault.matches(violation.constraint())
    }
}

/// An input with known faults: what a test feeds to the code under test, and what that code
/// must find.
///
/// `faults` lists one entry per fault, in the order the crate's validators report
/// violations (model member order, list order, unknown members last), and each fault leads to
/// exactly one violation: validating `input` reports exactly `faults.len()` violations, which
/// [`FaultyInput::agrees_with`] checks one by one. With the `serde` feature, `input`
/// serializes to a JSON body that reads back as the same input, faults included.
///
/// ```
/// use org_shapes::strategy::organizations_create_organization_with_faults;
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
///
/// let mut runner = TestRunner::deterministic();
/// let strategy = organizations_create_organization_with_faults(2);
/// let faulty = strategy.new_tree(&mut runner).unwrap().current();
/// assert_eq!(faulty.faults.len(), 2);
///
/// let violations = faulty.input.validate().unwrap_err();
/// assert!(faulty.agrees_with(violations.as_slice()));
/// // Code that misses a fault, or reports one more, does not agree.
/// assert!(!faulty.agrees_with(&violations.as_slice()[1..]));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FaultyInput<I> {
    /// The input.
    pub input: I,
    /// The faults, in the order of the violations they lead to.
    pub faults: Vec<Injected>,
}

impl<I> FaultyInput<I> {
    /// Whether `violations` are exactly the ones the faults lead to: as many, in the same
    /// order, each [matching](Injected::matches) its fault.
    pub fn agrees_with(&self, violations: &[Violation]) -> bool {
        violations.len() == self.faults.len()
            && self
                .faults
                .iter()
                .zip(violations)
                .all(|(fault, violation)| fault.matches(violation))
    }
}

// -------------------------------------------------------------- slots and edits

/// One place of an input that takes one fault, in the order validation reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Slot {
    /// The member of this wire name, as a whole.
    Member(&'static str),
    /// Element `index` of the list member `list`: a slot inside it, or (`None`) the element
    /// as a whole: `null`, not an object, or with an unknown member.
    Element {
        list: &'static str,
        index: usize,
        inner: Option<Box<Slot>>,
    },
    /// A member the model does not have.
    Unknown,
}

/// Puts a fault into an input `I` found at a path; gives what it injected.
type Apply<I> = dyn Fn(&mut I, Path) -> Injected;

/// A fault ready to be put into an input.
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

/// How an edit reaches a member of `I`.
type Access<I, T> = fn(&mut I) -> &mut Field<T>;

/// A list member of structures `E`, as an input holds it.
type List<E> = Vec<Field<Box<E>>>;

/// Tapes for inputs: room for the longest `CreateOrganization` input; and for the elements
/// that make a list too long (a domain: a name and a hosted zone id).
const INPUT_CHARS: usize = 4096;
const ELEMENT_CHARS: usize = 512;

/// Edits, each drawn as often as its weight says.
type Arms<I> = Vec<(u32, BoxedStrategy<Edit<I>>)>;

/// An input structure as the fault generators see it, implemented from its member table by
/// `member_faults!`.
pub(super) trait Faults: Drawn + Default + Clone + fmt::Debug + 'static {
    /// The wire names of the members.
    const NAMES: &'static [&'static str];
    /// The slots of `self`, a valid value, in the order validation reports them (unknown
    /// members aside).
    fn slots(&self) -> Vec<Slot>;
    /// The faults `slot` of `self` can take, given the other `chosen` slots.
    fn edit(&self, slot: &Slot, chosen: &[Slot]) -> BoxedStrategy<Edit<Self>>;
    /// The members the model does not have.
    fn unknown_members(&mut self) -> &mut Vec<Excerpt>;
}

/// Valid inputs `I` ([`Drawn`] from its member table) with a number of faults drawn from
/// `faults` (both ends coming up often), each in its own slot.
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

// -------------------------------------------------------------- member faults

/// A JSON type other than `expected` (and other than `null`, which means absent).
fn other_kind(expected: JsonKind) -> BoxedStrategy<JsonKind> {
    use JsonKind::{Array, Bool, Number, Object, String};
    let kinds = [Bool, Number, String, Array, Object];
    choose(kinds.into_iter().filter(|k| *k != expected).collect())
}

/// A member name the model does not have: a member's name misspelt (first letter in the
/// other case, a char dropped or doubled) or any text of up to 16 chars (so that the 64
/// bytes a violation keeps of a name hold all of it).
fn unknown_name(members: &'static [&'static str]) -> BoxedStrategy<String> {
    let misspelt = (choose(members.to_vec()), any::<Index>(), 0u8..3).prop_map(|(m, at, how)| {
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
    prop_oneof![3 => misspelt, 1 => run(any_char(), len_in(0, 16))]
        .prop_map(move |mut name| {
            if members.contains(&name.as_str()) {
                name.push('_');
            }
            name
        })
        .boxed()
}

/// An unknown member, its name near the members' names.
fn unknown_edit<I: Faults>() -> BoxedStrategy<Edit<I>> {
    unknown_name(I::NAMES)
        .prop_map(|name| {
            Edit::new(move |input: &mut I, at| {
                input.unknown_members().push(Excerpt::new(&name));
                let path = at.unknown(Excerpt::new(&name));
                let fault = InputFault::UnknownMember;
                Injected { path, fault }
            })
        })
        .boxed()
}

/// The edit that sets the member at `name` to `field`, injecting `fault` there.
fn put<I: 'static, T: Clone + 'static>(
    access: Access<I, T>,
    name: &'static str,
    field: Field<T>,
    fault: InputFault,
) -> Edit<I> {
    Edit::new(move |input, at| {
        *access(input) = field.clone();
        let path = at.field(name);
        Injected { path, fault }
    })
}

/// The faults of a member as a whole: `more`, a value of a JSON type other than `expected`
/// (weight `wrong`), and, when it is required, leaving it out (weight 1).
fn whole<I: 'static, T: Clone + 'static>(
    at: &At<'_, I, T>,
    (expected, wrong): (JsonKind, u32),
    mut more: Arms<I>,
) -> BoxedStrategy<Edit<I>> {
    let (access, name) = (at.access, at.name);
    let wrong_type = other_kind(expected).prop_map(move |found| {
        let fault = InputFault::WrongType { expected, found };
        put(access, name, Field::WrongType { found }, fault)
    });
    more.push((wrong, wrong_type.boxed()));
    if at.required {
        let missing = put(access, name, Field::Absent, InputFault::Missing);
        more.push((1, Just(missing).boxed()));
    }
    Union::new_weighted(more).boxed()
}

/// A member of an input `I` as its row gives it: its valid value, how an edit reaches it,
/// its wire name and whether it is required.
struct At<'v, I, T> {
    value: &'v Field<T>,
    access: Access<I, T>,
    name: &'static str,
    required: bool,
}

/// The faults of one member, chosen by how the row stores it (`Self`) and what checks it
/// (`C`: the row's shape, enum, `bool` or bounded list).
trait Member<C>: Sized + 'static {
    /// The member's slots.
    fn slots<I>(at: &At<'_, I, Self>, slots: &mut Vec<Slot>) {
        slots.push(Slot::Member(at.name));
    }

    /// The faults of the member as a whole, given the other `chosen` slots.
    fn faults<I: 'static>(at: &At<'_, I, Self>, chosen: &[Slot]) -> BoxedStrategy<Edit<I>>;

    /// The faults of `slot` when it is a slot inside the member.
    fn inner<I: 'static>(
        at: &At<'_, I, Self>,
        slot: &Slot,
        chosen: &[Slot],
    ) -> Option<BoxedStrategy<Edit<I>>> {
        let _ = (at, slot, chosen);
        None
    }
}

/// How a text member is stored: plain or sensitive.
trait TextStorage: for<'a> From<&'a str> + Clone + fmt::Debug + 'static {}
impl TextStorage for String {}
impl TextStorage for crate::wire::Secret {}

/// A text member (`shape T` or `parse T`): another JSON type, text the shape refuses (any of
/// its faults), or left out when required.
impl<S: TextStorage, T: ShapeStrategy> Member<T> for S {
    fn faults<I: 'static>(at: &At<'_, I, Self>, _: &[Slot]) -> BoxedStrategy<Edit<I>> {
        let (access, name) = (at.access, at.name);
        let shape = any_invalid::<T>().prop_map(move |bad| {
            let (fault, index) = (bad.fault, bad.index);
            let text = Field::Present(S::from(bad.text.as_str()));
            put(access, name, text, InputFault::Shape { fault, index })
        });
        let shape = vec![(3, shape.boxed())];
        whole(at, (JsonKind::String, 1), shape)
    }
}

/// A boolean member (`flag bool`): another JSON type, or left out when required.
impl Member<bool> for bool {
    fn faults<I: 'static>(at: &At<'_, I, Self>, _: &[Slot]) -> BoxedStrategy<Edit<I>> {
        whole(at, (JsonKind::Bool, 3), Vec::new())
    }
}

/// A list member of structures `E` (`list(E)`, `list L`): too many elements, another JSON
/// type, left out when required; and each element's own slots, from `E`'s table, then the
/// element as a whole.
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

    fn faults<I: 'static>(at: &At<'_, I, Self>, chosen: &[Slot]) -> BoxedStrategy<Edit<I>> {
        let (access, name) = (at.access, at.name);
        let k = match at.value {
            Field::Present(list) => list.len(),
            _ => 0,
        };
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
        whole(at, (JsonKind::Array, 1), vec![(1, too_many.boxed())])
    }

    /// The faults of element `index`: those of its slot `inner`, from the element's table,
    /// or (`None`) of the element as a whole.
    fn inner<I: 'static>(
        at: &At<'_, I, Self>,
        slot: &Slot,
        chosen: &[Slot],
    ) -> Option<BoxedStrategy<Edit<I>>> {
        let (access, name) = (at.access, at.name);
        let Slot::Element { list, index, inner } = slot else {
            return None;
        };
        if *list != name {
            return None;
        }
        let index = *index;
        // The other slots chosen in this element.
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
        // An edit that finds nothing to change still records its fault: the tests then see a
        // missing violation instead of a silently smaller count.
        let into_element = move |edit: Edit<E>| {
            Edit::new(move |input: &mut I, at: Path| {
                let at = at.field(name).index(index);
                match element_mut(access(input), index) {
                    Some(Field::Present(element)) => edit.apply(element, at),
                    _ => edit.apply(&mut E::default(), at),
                }
            })
        };
        let valid = match at.value {
            Field::Present(list) => list.get(index),
            _ => None,
        };
        let valid = match valid {
            Some(Field::Present(element)) => (**element).clone(),
            _ => E::default(),
        };
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
        let null = Just(set(Field::Absent, InputFault::Missing));
        let wrong = other_kind(JsonKind::Object).prop_map(move |found| {
            let expected = JsonKind::Object;
            set(
                Field::WrongType { found },
                InputFault::WrongType { expected, found },
            )
        });
        Some(prop_oneof![unknown, null, wrong].boxed())
    }
}

/// Element `index` of a list.
fn element_mut<E>(list: &mut Field<List<E>>, index: usize) -> Option<&mut Field<Box<E>>> {
    match list {
        Field::Present(list) => list.get_mut(index),
        _ => None,
    }
}

// -------------------------------------------------------------- member tables

/// Implements [`Faults`] for `$input` from its member table: `for_each_…_member!(member_faults
/// $input;)`. Each row gives a slot per member (and its elements'), its faults by
/// [`Member`], and its rule faults by its hook (the `@rule` arms).
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

            fn edit(&self, slot: &Slot, chosen: &[Slot]) -> BoxedStrategy<Edit<Self>> {
                $(
                    let at = member_faults!(@at self, $CONST, $field, $req);
                    if *slot == Slot::Member(at.name) {
                        let edit = <_ as Member<$check>>::faults(&at, chosen);
                        return member_faults!(@rule [chosen, at] edit $(, $hook)?);
                    }
                    if let Some(edit) = <_ as Member<$check>>::inner(&at, slot, chosen) {
                        return edit;
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

    // The rule faults, keyed by the hook that checks the rule: what a table cannot say. Each
    // is one more way to break the member of the hook's row; a hook without an arm here
    // (directory facts, password policy: off without a context) has none.
    (@rule [$chosen:ident, $at:ident] $edit:ident, role_allowed) => {
        prop_oneof![3 => $edit, 1 => role_not_allowed($at.access, $at.name)].boxed()
    };
    (@rule [$chosen:ident, $at:ident] $edit:ident, interoperability_needs_directory) => {
        interoperability_without_directory($edit, $chosen)
    };
    (@rule [$($ignored:tt)*] $edit:ident $(, $hook:ident)?) => { $edit };
}

crate::layout::drawn::every_input_table!(member_faults);

// ------------------------------------------------------- rules (hand-written)

/// `CreateUser`'s `role_allowed`: a role of the enum that `CreateUser` cannot give.
fn role_not_allowed<I: 'static>(
    access: Access<I, String>,
    name: &'static str,
) -> BoxedStrategy<Edit<I>> {
    let refused = w::UserRole::ALL
        .iter()
        .copied()
        .filter(|role| w::CreateUserRole::try_from(*role).is_err())
        .collect();
    choose(refused)
        .prop_map(move |role: w::UserRole| {
            let field = Field::Present(role.as_str().into());
            put(access, name, field, InputFault::Rule(Rule::RoleNotAllowed))
        })
        .boxed()
}

/// WorkMail `CreateOrganization`'s `interoperability_needs_directory`: interoperability asked
/// for without a directory. Exclusion: it leaves `DirectoryId` out, so it is not drawn when
/// `DirectoryId` has a fault of its own.
fn interoperability_without_directory(
    edit: BoxedStrategy<Edit<w::CreateOrganizationInput>>,
    chosen: &[Slot],
) -> BoxedStrategy<Edit<w::CreateOrganizationInput>> {
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

// ------------------------------------------------------------------ operations

/// WorkMail `CreateOrganization` inputs with a number of faults drawn from `faults`
/// (`3`, `0..=8`…), each in its own place, so that validation reports exactly one violation
/// per fault.
///
/// Each input starts valid, every member drawn from its row of the member table, then gets
/// its faults, each member's following its row (see [`InputFault`]): left out when required,
/// of another JSON type, refused by its shape in any of its ways, a list too long, a list
/// element `null`, not an object or with a fault of its own; `EnableInteroperability` true
/// without a directory; and any number of unknown members, misspelt member names among them.
///
/// ```
/// use org_shapes::strategy::workmail_create_organization_with_faults;
/// use proptest::prelude::*;
///
/// proptest!(|(faulty in workmail_create_organization_with_faults(1..=6))| {
///     let violations = faulty.input.validate().unwrap_err();
///     prop_assert_eq!(violations.len(), faulty.faults.len());
///     prop_assert!(faulty.agrees_with(violations.as_slice()));
/// });
/// ```
pub fn workmail_create_organization_with_faults(
    faults: impl Into<SizeRange>,
) -> BoxedStrategy<FaultyInput<w::CreateOrganizationInput>> {
    with_faults(faults)
}

/// WorkMail `CreateUser` inputs with a number of faults drawn from `faults`, as
/// [`workmail_create_organization_with_faults`] draws them; here the rule fault is a `Role`
/// that `CreateUser` cannot give (`SYSTEM_USER`, `RESOURCE`).
///
/// ```
/// use org_shapes::strategy::workmail_create_user_with_faults;
/// use org_shapes::{Context, Count, Validate};
/// use proptest::prelude::*;
///
/// proptest!(|(faulty in workmail_create_user_with_faults(0..=4))| {
///     // Without collecting: count what is reported.
///     let mut count = Count::default();
///     let request = faulty.input.validate_into(&Context::new(), &mut count);
///     prop_assert_eq!(count.0, faulty.faults.len());
///     prop_assert_eq!(request.is_some(), faulty.faults.is_empty());
/// });
/// ```
pub fn workmail_create_user_with_faults(
    faults: impl Into<SizeRange>,
) -> BoxedStrategy<FaultyInput<w::CreateUserInput>> {
    with_faults(faults)
}

/// AWS Organizations `CreateOrganization` inputs with a number of faults drawn from `faults`,
/// as [`workmail_create_organization_with_faults`] draws them: a `FeatureSet` of the wrong
/// JSON type or outside the enum, and any number of unknown members.
///
/// ```
/// use org_shapes::strategy::organizations_create_organization_with_faults;
/// use proptest::prelude::*;
///
/// proptest!(|(faulty in organizations_create_organization_with_faults(2))| {
///     prop_assert!(faulty.agrees_with(faulty.input.validate().unwrap_err().as_slice()));
/// });
/// ```
pub fn organizations_create_organization_with_faults(
    faults: impl Into<SizeRange>,
) -> BoxedStrategy<FaultyInput<orgs::CreateOrganizationInput>> {
    with_faults(faults)
}
