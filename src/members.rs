//! One member table per input structure, in the manner of the `http` crate's
//! `standard_headers!`: [`operation_input!`] takes one row per member (constant, wire name,
//! field, JSON storage, required or not, the shape that checks it, an optional hook) and
//! produces the `…Input`, its member-name constants, its members in three modes (borrowed by
//! `validate`, owned by `into_request`, borrowed from the document by `Deserialize` of the
//! typed request: [`Mode`]), the per-member checks in table order, and a callback macro that
//! hands the table to other code (generators, tests).

#[cfg(feature = "alloc")]
pub(crate) use self::modes::*;

/// The modes and the checks the generated code is made of.
#[cfg(feature = "alloc")]
mod modes {
    use alloc::boxed::Box;
    use alloc::string::String;
    use alloc::vec::Vec;
    use core::marker::PhantomData;

    use crate::check::{Checked, Reported, TextIn};
    use crate::validate::Context;
    use crate::violation::{Constraint, Excerpt, Path, Shown, Sink, Violation};
    use crate::wire::{Field, JsonKind, Secret};

    /// How the members of an input are held while they are checked: the checks are written once,
    /// generic over the mode.
    pub(crate) trait Mode: Sized {
        /// A plain text member.
        type Text: TextIn;
        /// A sensitive text member.
        type Secret: TextIn;
        /// The names of members the model does not have.
        type Unknown: AsRef<[Excerpt]>;
        /// A list of structures `E`.
        type List<E: Structure>: IntoIterator<IntoIter: ExactSizeIterator>;
        /// One element of such a list, as the members of `E` in this mode.
        fn element<E: Structure>(
            item: <Self::List<E> as IntoIterator>::Item,
        ) -> Field<E::Members<Self>>;
    }

    /// Members borrowed from an input the caller keeps (`validate`).
    pub(crate) struct Borrowed<'a>(PhantomData<&'a ()>);

    /// Members moved out of an input being consumed (`into_request`).
    pub(crate) struct Owned;

    /// Members read from a document, texts borrowed from it where it holds them verbatim: what
    /// the typed request's `Deserialize` checks.
    #[cfg(feature = "serde")]
    pub(crate) struct View<'de>(PhantomData<&'de ()>);

    impl<'a> Mode for Borrowed<'a> {
        type Text = &'a String;
        type Secret = &'a Secret;
        type Unknown = &'a [Excerpt];
        type List<E: Structure> = &'a [Field<Box<E>>];
        fn element<E: Structure>(item: &'a Field<Box<E>>) -> Field<E::Members<Self>> {
            item.borrowed().map(|e| E::members(e))
        }
    }

    impl Mode for Owned {
        type Text = String;
        type Secret = Secret;
        type Unknown = Vec<Excerpt>;
        type List<E: Structure> = Vec<Field<Box<E>>>;
        fn element<E: Structure>(item: Field<Box<E>>) -> Field<E::Members<Self>> {
            item.map(|e| E::into_members(*e))
        }
    }

    #[cfg(feature = "serde")]
    impl<'de> Mode for View<'de> {
        type Text = crate::wire::Str<'de>;
        type Secret = crate::wire::Str<'de>;
        type Unknown = Vec<Excerpt>;
        type List<E: Structure> = Vec<Field<Box<E::Members<Self>>>>;
        fn element<E: Structure>(item: Field<Box<E::Members<Self>>>) -> Field<E::Members<Self>> {
            item.map(|e| *e)
        }
    }

    /// An input structure declared by [`operation_input!`], seen through its members.
    pub(crate) trait Structure: Sized + 'static {
        /// Its members in mode `M`.
        type Members<M: Mode>: Check;
        /// The members, borrowed.
        fn members(&self) -> Self::Members<Borrowed<'_>>;
        /// The members, moved out.
        fn into_members(self) -> Self::Members<Owned>;
    }

    /// Checking the members of a structure at `at()`.
    pub(crate) trait Check {
        /// What the members give when nothing was reported.
        type Valid;
        /// Checks every member in table order, then reports unknown members.
        fn check<S: Sink + ?Sized>(
            self,
            context: &Context<'_>,
            at: impl Fn() -> Path,
            sink: &mut S,
        ) -> Option<Self::Valid>;
    }

    /// A list with a model maximum, built element by element without allocating.
    pub(crate) trait BoundedList: Default {
        /// What an element becomes.
        type Element;
        /// The model's maximum number of elements.
        const MAX: usize;
        /// Appends `e`; false when the list is full.
        fn push_checked(&mut self, e: Self::Element) -> bool;
    }

    impl BoundedList for crate::workmail::Domains {
        type Element = crate::workmail::Domain;
        const MAX: usize = crate::workmail::MAX_DOMAINS;
        fn push_checked(&mut self, e: Self::Element) -> bool {
            self.push(e).is_ok()
        }
    }

    /// Checks a list member of structures `E` into the bounded list `L`: the list's type, its
    /// length, then each element at `path()/i` in list order. Nothing is allocated per element.
    pub(crate) fn list<M, E, L, S>(
        field: Field<M::List<E>>,
        path: impl Fn() -> Path,
        required: bool,
        context: &Context<'_>,
        sink: &mut S,
    ) -> Checked<L>
    where
        M: Mode,
        E: Structure,
        L: BoundedList,
        <E::Members<M> as Check>::Valid: Into<L::Element>,
        S: Sink + ?Sized,
    {
        let list = match field {
            Field::Absent if required => {
                sink.report(Violation::required(path()));
                return Err(Reported);
            }
            Field::Absent => return Ok(None),
            Field::WrongType { found } => {
                sink.report(Violation::wrong_type(path(), JsonKind::Array, found));
                return Err(Reported);
            }
            Field::Present(list) => list.into_iter(),
        };
        let mut ok = true;
        if list.len() > L::MAX {
            let (max, actual) = (L::MAX, list.len());
            sink.report(Violation::new(
                path(),
                Constraint::ListTooLong { max, actual },
                Shown::Hidden,
            ));
            ok = false;
        }
        let mut out = L::default();
        for (i, item) in list.enumerate() {
            let at = || path().index(i);
            let element = match M::element::<E>(item) {
                Field::Absent => {
                    sink.report(Violation::required(at()));
                    None
                }
                Field::WrongType { found } => {
                    sink.report(Violation::wrong_type(at(), JsonKind::Object, found));
                    None
                }
                Field::Present(members) => members.check(context, at, sink),
            };
            match element {
                Some(e) if ok => ok = out.push_checked(e.into()),
                _ => ok = false,
            }
        }
        if ok {
            Ok(Some(out))
        } else {
            Err(Reported)
        }
    }
}

/// Declares an input structure from its member table. The header names the private module
/// the (`alloc`) items live in, the always-available module of member-name constants, the
/// callback macro that hands the table on, the input, its members type and the type of its
/// checked members, the state its hooks share, and (for operations) the typed request and
/// the function that builds it. Then one row per member, in model order:
///
/// ```text
/// /// doc of the field
/// [CONST, "WireName", field, storage, required|optional, check Shape (, then|raw hook (-> Out)?)?]
/// ```
///
/// - `storage`: `text` (a `String`), `secret` (a [`Secret`]: sensitive), `bool`, or
///   `list(Element)` (a list of boxed structures, each itself declared by this macro);
/// - `check`: `shape T` (a string shape, [`crate::check::text`]), `parse T` (an enum,
///   [`crate::check::parsed`] with `T::parse`), `flag bool` ([`crate::check::boolean`]),
///   `list L` (a [`BoundedList`], [`list`]);
/// - a hook runs right after its member's check and may report more at the member and turn
///   the value into `Out`: `then f` is called as `f(value, path, context, state, sink)`,
///   `raw f` as `f(value, raw_text, path, context, state, sink)` (the member is then checked
///   borrowed, so that its text outlives the check).
macro_rules! operation_input {
    (
        mod $inner:ident;
        names $names:ident;
        each $each:ident;
        $(#[$attr:meta])*
        pub struct $name:ident {
            members $members:ident;
            valid $valid:ident;
            state $state:ty;
            $( request $request:ty = $build:path; )?
        }
        $(
            $(#[$fattr:meta])*
            [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?,
             $req:ident, $kind:ident $shape:ty $(, $hook_kind:ident $hook:ident $(-> $out:ty)?)?]
        )+
    ) => {
        /// The wire names of the members (generated from the member table).
        #[allow(dead_code)]
        pub(crate) mod $names {
            $( pub(crate) const $CONST: &str = $wire; )+
        }

        operation_input! { @each ($) $each
            $( [$CONST, $wire, $field, $storage $(($elem))?, $req, $kind $shape
                $(, $hook_kind $hook $(-> $out)?)?] )+
        }

        #[cfg(feature = "alloc")]
        pub use $inner::$name;

        #[cfg(feature = "alloc")]
        mod $inner {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use alloc::{boxed::Box, string::String, vec::Vec};
            use $crate::members::{Check, Mode, Structure};
            use $crate::violation::{Path, Sink};
            use $crate::wire::Field;

            wire_input! {
                $(#[$attr])*
                pub struct $name {
                    $( $(#[$fattr])* $wire => $field: operation_input!(@stored $storage $(($elem))?), )+
                }
            }

            impl $name {
                $(
                    #[doc = concat!("The wire name of `", $wire, "`.")]
                    pub const $CONST: &'static str = $wire;
                )+
            }

            /// The members of the input in mode `M` (generated from the member table).
            pub(crate) struct $members<M: Mode> {
                $( pub(crate) $field: Field<operation_input!(@held M $storage $(($elem))?)>, )+
                pub(crate) unknown_members: M::Unknown,
            }

            /// The members once checked (generated from the member table).
            #[allow(dead_code)]
            pub(crate) struct $valid {
                $( pub(crate) $field: operation_input!(@valid $req [$shape] $($([$out])?)?), )+
            }

            impl Structure for $name {
                type Members<M: Mode> = $members<M>;

                fn members(&self) -> $members<$crate::members::Borrowed<'_>> {
                    $members {
                        $( $field: operation_input!(@lend $storage self.$field), )+
                        unknown_members: &self.unknown_members,
                    }
                }

                fn into_members(self) -> $members<$crate::members::Owned> {
                    $members {
                        $( $field: self.$field, )+
                        unknown_members: self.unknown_members,
                    }
                }
            }

            impl<M: Mode> Check for $members<M> {
                type Valid = $valid;

                #[allow(unused_variables)]
                fn check<S: Sink + ?Sized>(
                    self,
                    context: &$crate::validate::Context<'_>,
                    at: impl Fn() -> Path,
                    sink: &mut S,
                ) -> Option<$valid> {
                    let mut sink = $crate::check::Watch::new(sink);
                    #[allow(unused_mut)]
                    let mut state: $state = Default::default();
                    $(
                        let path = || at().field($wire);
                        let $field = operation_input!(@check [self.$field, path, context, &mut state, &mut sink]
                            $storage $(($elem))?, $req, $kind $shape $(, $hook_kind $hook)?);
                    )+
                    $crate::check::unknown(self.unknown_members.as_ref(), &at, &mut sink);
                    if sink.reported() {
                        return None;
                    }
                    Some($valid { $( $field: operation_input!(@unwrap $req $field), )+ })
                }
            }

            #[cfg(feature = "serde")]
            impl<'de> Default for $members<$crate::members::View<'de>> {
                fn default() -> Self {
                    $members { $( $field: Field::Absent, )+ unknown_members: Vec::new() }
                }
            }

            #[cfg(feature = "serde")]
            impl $crate::wire::FieldValue for $members<$crate::members::View<'_>> {
                const EXPECTED: $crate::wire::JsonKind = $crate::wire::JsonKind::Object;
            }

            #[cfg(feature = "serde")]
            wire_deserialize!($members<$crate::members::View<'de>>, $name, $($wire => $field),+);

            $(
                impl $crate::validate::Validate for $name {
                    type Request = $request;

                    fn validate_into<S: Sink + ?Sized>(
                        &self,
                        context: &$crate::validate::Context<'_>,
                        sink: &mut S,
                    ) -> Option<$request> {
                        self.members().check(context, || Path::ROOT, sink).map($build)
                    }

                    fn into_request_into<S: Sink + ?Sized>(
                        self,
                        context: &$crate::validate::Context<'_>,
                        sink: &mut S,
                    ) -> Option<$request> {
                        self.into_members().check(context, || Path::ROOT, sink).map($build)
                    }
                }

                impl $name {
                    /// Reads and validates a request body; the error is the AWS-style list
                    /// of every violation.
                    #[cfg(feature = "serde")]
                    pub(crate) fn read_request<'de, D: serde::Deserializer<'de>>(
                        d: D,
                    ) -> Result<$request, D::Error> {
                        use serde::Deserialize;
                        let members = $members::<$crate::members::View<'de>>::deserialize(d)?;
                        let context = $crate::validate::Context::new();
                        let mut all = $crate::Violations::new();
                        // Built once, straight into the returned `Result`: going through
                        // `Option::map` and `Violations::collect` copied the request (a few
                        // hundred bytes stored inline) at each layer.
                        match members.check(&context, || Path::ROOT, &mut all) {
                            Some(valid) if all.is_empty() => Ok($build(valid)),
                            _ => Err(serde::de::Error::custom(all)),
                        }
                    }
                }
            )?
        }
    };

    // The callback macro: `$each!(callback args…)` calls `callback! { args… [row] … }`.
    (@each ($d:tt) $each:ident $($row:tt)+) => {
        /// Hands the member table to `callback` (see [`operation_input!`] for the row form),
        /// after the tokens `args` (`$each!(callback args…)` calls `callback! { args… [row] … }`).
        #[allow(unused_macros)]
        macro_rules! $each {
            ($d callback:ident $d($d args:tt)*) => { $d callback! { $d($d args)* $($row)+ } };
        }
        #[allow(unused_imports)]
        pub(crate) use $each;
    };

    (@stored text) => { String };
    (@stored secret) => { $crate::wire::Secret };
    (@stored bool) => { bool };
    (@stored list($elem:ty)) => { Vec<Field<Box<$elem>>> };

    (@held $m:ident text) => { $m::Text };
    (@held $m:ident secret) => { $m::Secret };
    (@held $m:ident bool) => { bool };
    (@held $m:ident list($elem:ty)) => { $m::List<$elem> };

    (@lend bool $e:expr) => { $e.clone() };
    (@lend list $e:expr) => { $e.borrowed().map(|list| list.as_slice()) };
    (@lend $storage:ident $e:expr) => { $e.borrowed() };

    (@valid required [$shape:ty]) => { $shape };
    (@valid optional [$shape:ty]) => { Option<$shape> };
    (@valid required [$shape:ty] [$out:ty]) => { $out };
    (@valid optional [$shape:ty] [$out:ty]) => { Option<$out> };

    (@unwrap required $field:ident) => { $field.ok()?? };
    (@unwrap optional $field:ident) => { $field.ok()? };

    (@required required) => { true };
    (@required optional) => { false };

    (@check [$f:expr, $path:ident, $ctx:ident, $state:expr, $sink:expr] $storage:ident,
        $req:ident, $kind:ident $shape:ty, raw $hook:ident) => {{
        let checked = operation_input!(@check [$f.borrowed(), $path, $ctx, $state, $sink]
            $storage, $req, $kind $shape);
        let raw = $f.as_ref().map(|v| AsRef::<str>::as_ref(v));
        $hook(checked, raw, $path, $ctx, $state, $sink)
    }};
    (@check [$f:expr, $path:ident, $ctx:ident, $state:expr, $sink:expr] $storage:ident,
        $req:ident, $kind:ident $shape:ty, then $hook:ident) => {{
        let checked = operation_input!(@check [$f, $path, $ctx, $state, $sink]
            $storage, $req, $kind $shape);
        $hook(checked, $path, $ctx, $state, $sink)
    }};
    (@check [$f:expr, $path:ident, $ctx:ident, $state:expr, $sink:expr] $storage:ident,
        $req:ident, shape $shape:ty) => {
        $crate::check::text::<_, $shape, _>(
            $f, $path, operation_input!(@required $req), $sink)
    };
    (@check [$f:expr, $path:ident, $ctx:ident, $state:expr, $sink:expr] $storage:ident,
        $req:ident, parse $shape:ty) => {
        $crate::check::parsed($f, $path, operation_input!(@required $req), <$shape>::parse, $sink)
    };
    (@check [$f:expr, $path:ident, $ctx:ident, $state:expr, $sink:expr] $storage:ident,
        $req:ident, flag $shape:ty) => {
        $crate::check::boolean(&$f, $path, $sink)
    };
    (@check [$f:expr, $path:ident, $ctx:ident, $state:expr, $sink:expr] list($elem:ty),
        $req:ident, list $shape:ty) => {
        $crate::members::list::<M, $elem, $shape, _>(
            $f, $path, operation_input!(@required $req), $ctx, $sink)
    };
}
