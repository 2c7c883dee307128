//! Request inputs with a chosen number of known faults, for testing error paths: each fault
//! breaks one member in one way and leads to exactly one violation, at a known path, so that
//! a test can compare what its code reports with what was injected.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use proptest::collection::SizeRange;
use proptest::prelude::*;
use proptest::sample::{subsequence, Index};

use super::kit::{any_char, choose, len_in, run};
use super::{any_invalid, Fault, ShapeStrategy};
use crate::organizations::{self as orgs, FeatureSet};
use crate::violation::{Constraint, Excerpt, Path, Rule, Violation};
use crate::wire::{Field, JsonKind, Secret};
use crate::workmail::{
    ClientToken, CreateOrganizationInput, CreateOrganizationRequest, CreateUserInput,
    CreateUserRequest, DirectoryId, Domain, DomainInput, DomainName, HostedZoneId,
    IdentityProviderUserId, KmsKeyArn, OrgAlias, OrganizationId, Password, UserAttribute, UserName,
    UserRole, MAX_DOMAINS,
};
use crate::ErrorKind;

/// What was done to one member of an input, and so the violation validation must report.
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

/// The fault count of a call, drawn from `faults` with both ends coming up often.
fn count(faults: impl Into<SizeRange>) -> BoxedStrategy<usize> {
    let (lo, hi) = faults.into().start_end_incl();
    len_in(lo, hi)
}

/// `n` of `slots`, in their order.
fn pick<S: Clone + core::fmt::Debug + 'static>(slots: Vec<S>, n: usize) -> BoxedStrategy<Vec<S>> {
    let n = n.min(slots.len());
    subsequence(slots, n).boxed()
}

// -------------------------------------------------------------- member faults

/// A faulty value for a string member.
#[derive(Debug, Clone)]
struct Text {
    field: Field<String>,
    fault: InputFault,
}

const KINDS: [JsonKind; 5] = [
    JsonKind::Bool,
    JsonKind::Number,
    JsonKind::String,
    JsonKind::Array,
    JsonKind::Object,
];

/// A JSON type other than `expected` (and other than `null`, which means absent).
fn other_kind(expected: JsonKind) -> BoxedStrategy<JsonKind> {
    choose(KINDS.iter().copied().filter(|k| *k != expected).collect())
}

/// The faults of a string member of shape `T`: a value of another type, text the shape
/// refuses (any of its faults), and, for a required member, leaving it out.
fn text_fault<T: ShapeStrategy>(required: bool) -> BoxedStrategy<Text> {
    let wrong = other_kind(JsonKind::String).prop_map(|found| Text {
        field: Field::WrongType { found },
        fault: InputFault::WrongType {
            expected: JsonKind::String,
            found,
        },
    });
    let shape = any_invalid::<T>().prop_map(|bad| Text {
        field: Field::Present(bad.text),
        fault: InputFault::Shape {
            fault: bad.fault,
            index: bad.index,
        },
    });
    if required {
        let missing = Just(Text {
            field: Field::Absent,
            fault: InputFault::Missing,
        });
        prop_oneof![1 => missing, 1 => wrong, 3 => shape].boxed()
    } else {
        prop_oneof![1 => wrong, 3 => shape].boxed()
    }
}

/// A text member set to `text`; gives the injected fault at `path`.
fn set_text(field: &mut Field<String>, text: Text, path: Path) -> Injected {
    *field = text.field;
    Injected {
        path,
        fault: text.fault,
    }
}

/// A sensitive text member set to `text`.
fn set_secret(field: &mut Field<Secret>, text: Text, path: Path) -> Injected {
    *field = match text.field {
        Field::Present(s) => Field::Present(Secret(s)),
        Field::Absent => Field::Absent,
        Field::WrongType { found } => Field::WrongType { found },
    };
    Injected {
        path,
        fault: text.fault,
    }
}

/// A member name the model does not have: a member's name misspelt (first letter in the
/// other case, a char dropped or doubled) or any text of up to 16 chars (so that the 64
/// bytes a violation keeps of a name hold all of it).
fn unknown_name(members: &'static [&'static str]) -> BoxedStrategy<String> {
    let misspelt = (choose(members.to_vec()), any::<Index>(), 0u8..3).prop_map(|(m, at, how)| {
        let mut chars: Vec<char> = m.chars().collect();
        let at = at.index(chars.len().max(1));
        match how {
            0 => {
                if let Some(c) = chars.first_mut() {
                    *c = if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    };
                }
            }
            1 => {
                if at < chars.len() {
                    chars.remove(at);
                }
            }
            _ => {
                if let Some(c) = chars.get(at).copied() {
                    chars.insert(at, c);
                }
            }
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

fn unknown_at(parent: Path, name: &str) -> Injected {
    Injected {
        path: parent.unknown(Excerpt::new(name)),
        fault: InputFault::UnknownMember,
    }
}

// ------------------------------------------------- WorkMail CreateOrganization

const DIRECTORY_ID: Path = Path::member("DirectoryId");
const ALIAS: Path = Path::member("Alias");
const CLIENT_TOKEN: Path = Path::member("ClientToken");
const DOMAINS: Path = Path::member("Domains");
const KMS_KEY_ARN: Path = Path::member("KmsKeyArn");
const INTEROPERABILITY: Path = Path::member("EnableInteroperability");

/// The places of a `CreateOrganization` input that can take one fault each, in the order
/// their violations are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OrgSlot {
    DirectoryId,
    Alias,
    ClientToken,
    /// The list as a whole: too many elements, or not a list.
    Domains,
    DomainName(usize),
    HostedZoneId(usize),
    /// Element `i` as a whole: `null`, not an object, or an unknown member in it.
    Element(usize),
    KmsKeyArn,
    Interoperability,
    /// An unknown top-level member.
    Unknown,
}

#[derive(Debug, Clone)]
enum OrgEdit {
    DirectoryId(Text),
    Alias(Text),
    ClientToken(Text),
    DomainsWrongType(JsonKind),
    TooManyDomains(Vec<Domain>),
    DomainName(usize, Text),
    HostedZoneId(usize, Text),
    ElementNull(usize),
    ElementWrongType(usize, JsonKind),
    ElementUnknown(usize, String),
    KmsKeyArn(Text),
    InteroperabilityWrongType(JsonKind),
    InteroperabilityWithoutDirectory,
    Unknown(String),
}

/// WorkMail `CreateOrganization` inputs with a number of faults drawn from `faults`
/// (`3`, `0..=8`…), each in its own place, so that validation reports exactly one violation
/// per fault.
///
/// Each input starts as a valid request (any of [`CreateOrganizationRequest`]'s values), then
/// gets its faults, among: `DirectoryId`, `Alias`, `ClientToken`, `KmsKeyArn` of the wrong JSON
/// type or refused by their shape in any of its ways (and `Alias` left out); `Domains` not a
/// list, or with more than five elements; an element `null`, not an object, with an unknown
/// member, or with its `DomainName` (left out, wrong type, refused) or `HostedZoneId`
/// (wrong type, refused) broken; `EnableInteroperability` of the wrong type, or true without a
/// directory; and any number of unknown members, misspelt member names among them.
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
) -> BoxedStrategy<FaultyInput<CreateOrganizationInput>> {
    (any::<CreateOrganizationRequest>(), count(faults))
        .prop_flat_map(|(request, n)| {
            let k = request.domains().len();
            let mut slots = Vec::new();
            slots.extend([OrgSlot::DirectoryId, OrgSlot::Alias, OrgSlot::ClientToken]);
            slots.push(OrgSlot::Domains);
            for i in 0..k {
                slots.extend([
                    OrgSlot::DomainName(i),
                    OrgSlot::HostedZoneId(i),
                    OrgSlot::Element(i),
                ]);
            }
            slots.extend([OrgSlot::KmsKeyArn, OrgSlot::Interoperability]);
            slots.extend(core::iter::repeat_n(OrgSlot::Unknown, n));
            (Just(request), pick(slots, n))
        })
        .prop_flat_map(|(request, chosen)| {
            let edits: Vec<BoxedStrategy<OrgEdit>> = chosen
                .iter()
                .map(|slot| org_edit(*slot, &chosen, request.domains().len()))
                .collect();
            (Just(request), edits)
        })
        .prop_map(|(request, edits)| apply_org(&request, edits))
        .boxed()
}

/// The faults the slot can take, given the other chosen slots (so that no two faults hide or
/// add to each other) and the number `k` of domains of the valid request.
fn org_edit(slot: OrgSlot, chosen: &[OrgSlot], k: usize) -> BoxedStrategy<OrgEdit> {
    match slot {
        OrgSlot::DirectoryId => text_fault::<DirectoryId>(false)
            .prop_map(OrgEdit::DirectoryId)
            .boxed(),
        OrgSlot::Alias => text_fault::<OrgAlias>(true)
            .prop_map(OrgEdit::Alias)
            .boxed(),
        OrgSlot::ClientToken => text_fault::<ClientToken>(false)
            .prop_map(OrgEdit::ClientToken)
            .boxed(),
        OrgSlot::Domains => {
            // Enough valid domains to pass the maximum by one to three.
            let extra = proptest::collection::vec(
                any::<Domain>(),
                (MAX_DOMAINS + 1).saturating_sub(k)..=(MAX_DOMAINS + 3).saturating_sub(k),
            )
            .prop_map(OrgEdit::TooManyDomains);
            let elements_chosen = chosen.iter().any(|s| {
                matches!(
                    s,
                    OrgSlot::DomainName(_) | OrgSlot::HostedZoneId(_) | OrgSlot::Element(_)
                )
            });
            if elements_chosen {
                extra.boxed()
            } else {
                let wrong = other_kind(JsonKind::Array).prop_map(OrgEdit::DomainsWrongType);
                prop_oneof![extra, wrong].boxed()
            }
        }
        OrgSlot::DomainName(i) => text_fault::<DomainName>(true)
            .prop_map(move |t| OrgEdit::DomainName(i, t))
            .boxed(),
        OrgSlot::HostedZoneId(i) => text_fault::<HostedZoneId>(false)
            .prop_map(move |t| OrgEdit::HostedZoneId(i, t))
            .boxed(),
        OrgSlot::Element(i) => {
            let unknown = unknown_name(DomainInput::MEMBERS)
                .prop_map(move |name| OrgEdit::ElementUnknown(i, name));
            let members_chosen = chosen.contains(&OrgSlot::DomainName(i))
                || chosen.contains(&OrgSlot::HostedZoneId(i));
            if members_chosen {
                unknown.boxed()
            } else {
                prop_oneof![
                    unknown,
                    Just(OrgEdit::ElementNull(i)),
                    other_kind(JsonKind::Object)
                        .prop_map(move |found| OrgEdit::ElementWrongType(i, found)),
                ]
                .boxed()
            }
        }
        OrgSlot::KmsKeyArn => text_fault::<KmsKeyArn>(false)
            .prop_map(OrgEdit::KmsKeyArn)
            .boxed(),
        OrgSlot::Interoperability => {
            let wrong = other_kind(JsonKind::Bool).prop_map(OrgEdit::InteroperabilityWrongType);
            if chosen.contains(&OrgSlot::DirectoryId) {
                wrong.boxed()
            } else {
                prop_oneof![wrong, Just(OrgEdit::InteroperabilityWithoutDirectory)].boxed()
            }
        }
        OrgSlot::Unknown => unknown_name(CreateOrganizationInput::MEMBERS)
            .prop_map(OrgEdit::Unknown)
            .boxed(),
    }
}

fn domain_input(d: &Domain) -> Box<DomainInput> {
    Box::new(DomainInput {
        domain_name: Field::Present(d.domain_name().as_str().into()),
        hosted_zone_id: d.hosted_zone_id().map(|z| z.as_str().into()).into(),
        unknown_members: Vec::new(),
    })
}

/// Element `i` of the list, when the list and the element are there.
fn element(input: &mut CreateOrganizationInput, i: usize) -> Option<&mut Field<Box<DomainInput>>> {
    match &mut input.domains {
        Field::Present(list) => list.get_mut(i),
        _ => None,
    }
}

fn apply_org(
    request: &CreateOrganizationRequest,
    edits: Vec<OrgEdit>,
) -> FaultyInput<CreateOrganizationInput> {
    let mut input = CreateOrganizationInput::from(request);
    let mut faults = Vec::with_capacity(edits.len());
    // An edit that finds nothing to change still records its fault: the tests then see a
    // missing violation instead of a silently smaller count.
    let mut scratch = Field::Absent;
    for edit in edits {
        let injected = match edit {
            OrgEdit::DirectoryId(t) => set_text(&mut input.directory_id, t, DIRECTORY_ID),
            OrgEdit::Alias(t) => set_text(&mut input.alias, t, ALIAS),
            OrgEdit::ClientToken(t) => set_text(&mut input.client_token, t, CLIENT_TOKEN),
            OrgEdit::DomainsWrongType(found) => {
                input.domains = Field::WrongType { found };
                Injected {
                    path: DOMAINS,
                    fault: InputFault::WrongType {
                        expected: JsonKind::Array,
                        found,
                    },
                }
            }
            OrgEdit::TooManyDomains(extra) => {
                let mut list = match core::mem::take(&mut input.domains) {
                    Field::Present(list) => list,
                    _ => Vec::new(),
                };
                list.extend(extra.iter().map(|d| Field::Present(domain_input(d))));
                let actual = list.len();
                input.domains = Field::Present(list);
                Injected {
                    path: DOMAINS,
                    fault: InputFault::TooManyElements {
                        max: MAX_DOMAINS,
                        actual,
                    },
                }
            }
            OrgEdit::DomainName(i, t) => {
                let at = DOMAINS.index(i).field("DomainName");
                match element(&mut input, i) {
                    Some(Field::Present(d)) => set_text(&mut d.domain_name, t, at),
                    _ => set_text(&mut Field::Absent, t, at),
                }
            }
            OrgEdit::HostedZoneId(i, t) => {
                let at = DOMAINS.index(i).field("HostedZoneId");
                match element(&mut input, i) {
                    Some(Field::Present(d)) => set_text(&mut d.hosted_zone_id, t, at),
                    _ => set_text(&mut Field::Absent, t, at),
                }
            }
            OrgEdit::ElementNull(i) => {
                *element(&mut input, i).unwrap_or(&mut scratch) = Field::Absent;
                Injected {
                    path: DOMAINS.index(i),
                    fault: InputFault::Missing,
                }
            }
            OrgEdit::ElementWrongType(i, found) => {
                *element(&mut input, i).unwrap_or(&mut scratch) = Field::WrongType { found };
                Injected {
                    path: DOMAINS.index(i),
                    fault: InputFault::WrongType {
                        expected: JsonKind::Object,
                        found,
                    },
                }
            }
            OrgEdit::ElementUnknown(i, name) => {
                if let Some(Field::Present(d)) = element(&mut input, i) {
                    d.unknown_members.push(Excerpt::new(&name));
                }
                unknown_at(DOMAINS.index(i), &name)
            }
            OrgEdit::KmsKeyArn(t) => set_text(&mut input.kms_key_arn, t, KMS_KEY_ARN),
            OrgEdit::InteroperabilityWrongType(found) => {
                input.enable_interoperability = Field::WrongType { found };
                Injected {
                    path: INTEROPERABILITY,
                    fault: InputFault::WrongType {
                        expected: JsonKind::Bool,
                        found,
                    },
                }
            }
            OrgEdit::InteroperabilityWithoutDirectory => {
                input.directory_id = Field::Absent;
                input.enable_interoperability = Field::Present(true);
                Injected {
                    path: INTEROPERABILITY,
                    fault: InputFault::Rule(Rule::InteroperabilityNeedsDirectory),
                }
            }
            OrgEdit::Unknown(name) => {
                input.unknown_members.push(Excerpt::new(&name));
                unknown_at(Path::ROOT, &name)
            }
        };
        faults.push(injected);
    }
    FaultyInput { input, faults }
}

// ------------------------------------------------------- WorkMail CreateUser

/// The members of a `CreateUser` input that can take one fault each, in model order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UserSlot {
    OrganizationId,
    Name,
    DisplayName,
    Password,
    Role,
    FirstName,
    LastName,
    Hidden,
    IdentityProviderUserId,
    Unknown,
}

const USER_SLOTS: [UserSlot; 9] = [
    UserSlot::OrganizationId,
    UserSlot::Name,
    UserSlot::DisplayName,
    UserSlot::Password,
    UserSlot::Role,
    UserSlot::FirstName,
    UserSlot::LastName,
    UserSlot::Hidden,
    UserSlot::IdentityProviderUserId,
];

#[derive(Debug, Clone)]
enum UserEdit {
    Text(UserSlot, Text),
    HiddenWrongType(JsonKind),
    Unknown(String),
}

/// WorkMail `CreateUser` inputs with a number of faults drawn from `faults`, each in its own
/// member, so that validation reports exactly one violation per fault.
///
/// Each input starts as a valid request (any of [`CreateUserRequest`]'s values), then gets its
/// faults, among: each member of the wrong JSON type; each text member refused by its shape in
/// any of its ways; `OrganizationId`, `Name` or `DisplayName` left out; a `Role` outside the
/// enum, or one `CreateUser` cannot give (`SYSTEM_USER`, `RESOURCE`); and any number of
/// unknown members, misspelt member names among them.
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
) -> BoxedStrategy<FaultyInput<CreateUserInput>> {
    (any::<CreateUserRequest>(), count(faults))
        .prop_flat_map(|(request, n)| {
            let mut slots = USER_SLOTS.to_vec();
            slots.extend(core::iter::repeat_n(UserSlot::Unknown, n));
            (Just(request), pick(slots, n))
        })
        .prop_flat_map(|(request, chosen)| {
            let edits: Vec<BoxedStrategy<UserEdit>> =
                chosen.iter().map(|slot| user_edit(*slot)).collect();
            (Just(request), edits)
        })
        .prop_map(|(request, edits)| apply_user(&request, edits))
        .boxed()
}

fn user_edit(slot: UserSlot) -> BoxedStrategy<UserEdit> {
    let text = |t: BoxedStrategy<Text>| t.prop_map(move |t| UserEdit::Text(slot, t)).boxed();
    match slot {
        UserSlot::OrganizationId => text(text_fault::<OrganizationId>(true)),
        UserSlot::Name => text(text_fault::<UserName>(true)),
        UserSlot::DisplayName => text(text_fault::<UserAttribute>(true)),
        UserSlot::Password => text(text_fault::<Password>(false)),
        UserSlot::Role => {
            let refused = choose(alloc::vec![UserRole::SystemUser, UserRole::Resource])
                .prop_map(|role| Text {
                    field: Field::Present(role.as_str().into()),
                    fault: InputFault::Rule(Rule::RoleNotAllowed),
                })
                .boxed();
            text(prop_oneof![3 => text_fault::<UserRole>(false), 1 => refused].boxed())
        }
        UserSlot::FirstName | UserSlot::LastName => text(text_fault::<UserAttribute>(false)),
        UserSlot::Hidden => other_kind(JsonKind::Bool)
            .prop_map(UserEdit::HiddenWrongType)
            .boxed(),
        UserSlot::IdentityProviderUserId => text(text_fault::<IdentityProviderUserId>(false)),
        UserSlot::Unknown => unknown_name(CreateUserInput::MEMBERS)
            .prop_map(UserEdit::Unknown)
            .boxed(),
    }
}

fn apply_user(request: &CreateUserRequest, edits: Vec<UserEdit>) -> FaultyInput<CreateUserInput> {
    let mut input = CreateUserInput::from(request);
    let mut faults = Vec::with_capacity(edits.len());
    for edit in edits {
        let injected = match edit {
            UserEdit::Text(slot, t) => {
                let i = &mut input;
                match slot {
                    UserSlot::OrganizationId => {
                        set_text(&mut i.organization_id, t, Path::member("OrganizationId"))
                    }
                    UserSlot::Name => set_text(&mut i.name, t, Path::member("Name")),
                    UserSlot::DisplayName => {
                        set_secret(&mut i.display_name, t, Path::member("DisplayName"))
                    }
                    UserSlot::Password => set_secret(&mut i.password, t, Path::member("Password")),
                    UserSlot::Role => set_text(&mut i.role, t, Path::member("Role")),
                    UserSlot::FirstName => {
                        set_secret(&mut i.first_name, t, Path::member("FirstName"))
                    }
                    UserSlot::LastName => set_secret(&mut i.last_name, t, Path::member("LastName")),
                    UserSlot::IdentityProviderUserId => set_text(
                        &mut i.identity_provider_user_id,
                        t,
                        Path::member("IdentityProviderUserId"),
                    ),
                    // No text edit is drawn for these; record the fault where it was meant.
                    UserSlot::Hidden | UserSlot::Unknown => Injected {
                        path: Path::ROOT,
                        fault: t.fault,
                    },
                }
            }
            UserEdit::HiddenWrongType(found) => {
                input.hidden_from_global_address_list = Field::WrongType { found };
                Injected {
                    path: Path::member("HiddenFromGlobalAddressList"),
                    fault: InputFault::WrongType {
                        expected: JsonKind::Bool,
                        found,
                    },
                }
            }
            UserEdit::Unknown(name) => {
                input.unknown_members.push(Excerpt::new(&name));
                unknown_at(Path::ROOT, &name)
            }
        };
        faults.push(injected);
    }
    FaultyInput { input, faults }
}

// -------------------------------------------- Organizations CreateOrganization

#[derive(Debug, Clone)]
enum OrgsEdit {
    FeatureSet(Text),
    Unknown(String),
}

/// AWS Organizations `CreateOrganization` inputs with a number of faults drawn from `faults`:
/// a `FeatureSet` of the wrong JSON type or outside the enum, and any number of unknown
/// members. Validation reports exactly one violation per fault.
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
    (any::<orgs::CreateOrganizationRequest>(), count(faults))
        .prop_flat_map(|(request, n)| {
            let mut slots = alloc::vec![false];
            slots.extend(core::iter::repeat_n(true, n));
            (Just(request), pick(slots, n))
        })
        .prop_flat_map(|(request, chosen)| {
            let edits: Vec<BoxedStrategy<OrgsEdit>> = chosen
                .iter()
                .map(|unknown| {
                    if *unknown {
                        unknown_name(orgs::CreateOrganizationInput::MEMBERS)
                            .prop_map(OrgsEdit::Unknown)
                            .boxed()
                    } else {
                        text_fault::<FeatureSet>(false)
                            .prop_map(OrgsEdit::FeatureSet)
                            .boxed()
                    }
                })
                .collect();
            (Just(request), edits)
        })
        .prop_map(|(request, edits)| {
            let mut input = orgs::CreateOrganizationInput::from(request);
            let faults = edits
                .into_iter()
                .map(|edit| match edit {
                    OrgsEdit::FeatureSet(t) => {
                        set_text(&mut input.feature_set, t, Path::member("FeatureSet"))
                    }
                    OrgsEdit::Unknown(name) => {
                        input.unknown_members.push(Excerpt::new(&name));
                        unknown_at(Path::ROOT, &name)
                    }
                })
                .collect();
            FaultyInput { input, faults }
        })
        .boxed()
}
