//! One member table per structure: [`operation_input!`] makes an `…Input`, its checks in
//! every [`Mode`] and a callback macro handing the table on; [`response_structure!`] a
//! response.

#[cfg(feature = "alloc")]
pub(crate) use self::modes::*;

use crate::violation::{Constraint, Excerpt, Path, Rule, Shown, Violation};

/// A broken rule at `path`, showing (an excerpt of) `value`.
pub(crate) fn rule(path: Path, rule: Rule, value: &str) -> Violation {
    Violation::new(
        path,
        Constraint::Rule(rule),
        Shown::Excerpt(Excerpt::new(value)),
    )
}

#[cfg(feature = "alloc")]
mod modes {
    use alloc::boxed::Box;
    use alloc::vec::Vec;
    use core::marker::PhantomData;

    use crate::check::{present, Checked, Reported, TextIn};
    use crate::validate::Context;
    use crate::violation::{Constraint, Excerpt, Path, Shown, Sink, Violation};
    use crate::wire::{Field, JsonKind};

    /// How an input's members are held while checked.
    pub(crate) trait Mode: Sized {
        /// A text member (`String` or `Secret` in the input).
        type Text<T: TextIn + 'static>: TextIn;
        type Unknown: AsRef<[Excerpt]>;
        type List<E: Structure>: IntoIterator<IntoIter: ExactSizeIterator>;
        fn element<E: Structure>(
            item: <Self::List<E> as IntoIterator>::Item,
        ) -> Field<E::Members<Self>>;
    }

    /// Borrowed from an input the caller keeps (`validate`).
    pub(crate) struct Borrowed<'a>(PhantomData<&'a ()>);

    /// Moved out of an input being consumed (`into_request`).
    pub(crate) struct Owned;

    /// Read from a document, texts borrowed where verbatim (the request's `Deserialize`).
    #[cfg(feature = "serde")]
    pub(crate) struct View<'de>(PhantomData<&'de ()>);

    impl<'a> Mode for Borrowed<'a> {
        type Text<T: TextIn + 'static> = &'a T;
        type Unknown = &'a [Excerpt];
        type List<E: Structure> = &'a [Field<Box<E>>];
        fn element<E: Structure>(item: &'a Field<Box<E>>) -> Field<E::Members<Self>> {
            item.borrowed().map(|e| E::members(e))
        }
    }

    impl Mode for Owned {
        type Text<T: TextIn + 'static> = T;
        type Unknown = Vec<Excerpt>;
        type List<E: Structure> = Vec<Field<Box<E>>>;
        fn element<E: Structure>(item: Field<Box<E>>) -> Field<E::Members<Self>> {
            item.map(|e| E::into_members(*e))
        }
    }

    #[cfg(feature = "serde")]
    impl<'de> Mode for View<'de> {
        type Text<T: TextIn + 'static> = crate::wire::Str<'de>;
        type Unknown = Vec<Excerpt>;
        type List<E: Structure> = Vec<Field<Box<E::Members<Self>>>>;
        fn element<E: Structure>(item: Field<Box<E::Members<Self>>>) -> Field<E::Members<Self>> {
            item.map(|e| *e)
        }
    }

    /// An input structure declared by [`operation_input!`].
    pub(crate) trait Structure: Sized + 'static {
        type Members<M: Mode>: Check;
        fn members(&self) -> Self::Members<Borrowed<'_>>;
        fn into_members(self) -> Self::Members<Owned>;
    }

    /// What a hook (`then`/`raw` in a table row) gets after its member's value: the member's
    /// path, the context, the state and the sink.
    pub(crate) struct Hook<'a, St, S: ?Sized, P>(
        pub(crate) P,
        pub(crate) &'a Context<'a>,
        pub(crate) &'a mut St,
        pub(crate) &'a mut S,
    );

    /// Checking an input's or a response's members at `at()`.
    pub(crate) trait Check {
        type Valid;
        /// In table order, then (an input's) unknown members.
        fn check<S: Sink + ?Sized>(
            self,
            context: &Context<'_>,
            at: impl Fn() -> Path,
            sink: &mut S,
        ) -> Option<Self::Valid>;
    }

    /// A list with a model maximum (none for a `Vec`).
    pub(crate) trait BoundedList: Default {
        type Element;
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

    impl<T> BoundedList for Vec<T> {
        type Element = T;
        const MAX: usize = usize::MAX;
        fn push_checked(&mut self, e: T) -> bool {
            self.push(e);
            true
        }
    }

    /// Checks a member that is a structure, at `path()`.
    pub(crate) fn structure<C: Check, S: Sink + ?Sized>(
        field: Field<C>,
        path: impl Fn() -> Path,
        required: bool,
        context: &Context<'_>,
        sink: &mut S,
    ) -> Checked<C::Valid> {
        match present(field, &path, required, JsonKind::Object, sink)? {
            Some(e) => e.check(context, path, sink).map(Some).ok_or(Reported),
            None => Ok(None),
        }
    }

    /// Checks a list of structures into `L`: type, length, then each at `path()/i`.
    pub(crate) fn list<I, C, L, S>(
        field: Field<I>,
        element: impl Fn(I::Item) -> Field<C>,
        path: impl Fn() -> Path,
        required: bool,
        context: &Context<'_>,
        sink: &mut S,
    ) -> Checked<L>
    where
        I: IntoIterator<IntoIter: ExactSizeIterator>,
        C: Check,
        C::Valid: Into<L::Element>,
        L: BoundedList,
        S: Sink + ?Sized,
    {
        let Some(list) = present(field, &path, required, JsonKind::Array, sink)? else {
            return Ok(None);
        };
        let list = list.into_iter();
        let mut ok = list.len() <= L::MAX;
        if !ok {
            let (max, actual) = (L::MAX, list.len());
            sink.report(Violation::new(
                path(),
                Constraint::ListTooLong { max, actual },
                Shown::Hidden,
            ));
        }
        let mut out = L::default();
        for (i, item) in list.enumerate() {
            match structure(element(item), || path().index(i), true, context, sink) {
                Ok(Some(e)) if ok => ok = out.push_checked(e.into()),
                _ => ok = false,
            }
        }
        ok.then_some(Some(out)).ok_or(Reported)
    }
}

/// Declares a response structure (by [`wire_input!`]), its checked form and [`Check`] (not
/// reporting unknown members), a row per member in model order:
/// `["WireName", field, text|secret|known|structure(E)|list(E), required|optional, Checked]`.
#[allow(unused_macros)] // used with `alloc`
macro_rules! response_structure {
    (
        $(#[$attr:meta])*
        pub struct $name:ident;
        $(#[$vattr:meta])*
        $vis:vis struct $valid:ident;
        $( $(#[$fattr:meta])* [$wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $req:ident, $checked:ty] )+
    ) => {
        wire_input! {
            $(#[$attr])*
            pub struct $name {
                $( $(#[$fattr])* $wire => $field: response_structure!(@stored $storage $(($elem))? $checked), )+
            }
        }

        $(#[$vattr])*
        $vis struct $valid {
            $( #[doc = concat!("`", $wire, "`.")] $(#[$fattr])* $vis $field: operation_input!(@valid $req [$checked]), )+
        }

        operation_input! { @impl_check ['a] &'a $name => $valid, (), [.borrowed()];
            $( [$wire, $field, $req] [$storage $(($elem))?, shape $checked] )+
        }

        impl From<$valid> for $name {
            fn from(v: $valid) -> Self {
                $name {
                    $( $field: $crate::wire::Field::from(response_structure!(@some $req v.$field)
                        .map(|v| response_structure!(@back $storage v))), )+
                    unknown_members: alloc::vec::Vec::new(),
                }
            }
        }
    };

    (@stored known $checked:ty) => { $crate::wire::MaybeKnown<$checked> };
    (@stored list($elem:ty) $checked:ty) => { alloc::vec::Vec<$crate::wire::Field<$elem>> };
    (@stored structure($elem:ty) $checked:ty) => { $elem };
    (@stored $storage:ident $checked:ty) => { operation_input!(@stored $storage) };

    (@some required $v:expr) => { Some($v) };
    (@some optional $v:expr) => { $v };

    (@back secret $v:ident) => { $crate::wire::Secret(alloc::string::String::from($v)) };
    (@back list $v:ident) => { $v.into_iter().map(|e| $crate::wire::Field::Present(e.into())).collect() };
    (@back $storage:ident $v:ident) => { $v.into() };
}

/// Declares an input structure (items in module `$inner`, wire-name constants beside it, the
/// table handed on by `$each`), a row per member in model order:
/// `[CONST, "WireName", field, text|secret|bool|list(E), required|optional,
/// shape|flag|list T (, then|raw hook (-> Out)?)?]` (`shape`: through `T`'s `check::Build`, for
/// string and enum shapes alike). A hook runs after its member's check:
/// `then f(value, hook)`, `raw f(value, raw_text, hook)` with a `Hook` (state `()` by default).
macro_rules! operation_input {
    (
        mod $inner:ident;
        each $each:ident;
        $(#[$attr:meta])*
        pub struct $name:ident {
            $( state $state:ty; )?
            $( request $request:ty; )?
        }
        $(
            $(#[$fattr:meta])*
            [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?,
             $req:ident, $kind:ident $shape:ty $(, $hook_kind:ident $hook:ident $(-> $out:ty)?)?]
        )+
    ) => {
        $( #[allow(dead_code)] const $CONST: &str = $wire; )+

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
            use $crate::members::{Mode, Structure};
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

            pub(crate) struct Members<M: Mode> {
                $( pub(crate) $field: Field<operation_input!(@held M $storage $(($elem))?)>, )+
                pub(crate) unknown_members: M::Unknown,
            }

            #[allow(dead_code)]
            pub(crate) struct Valid {
                $( pub(crate) $field: operation_input!(@valid $req [$shape] $($([$out])?)?), )+
            }

            impl Structure for $name {
                type Members<M: Mode> = Members<M>;

                fn members(&self) -> Members<$crate::members::Borrowed<'_>> {
                    Members {
                        $( $field: operation_input!(@lend $storage self.$field), )+
                        unknown_members: &self.unknown_members,
                    }
                }

                fn into_members(self) -> Members<$crate::members::Owned> {
                    Members {
                        $( $field: self.$field, )+
                        unknown_members: self.unknown_members,
                    }
                }
            }

            operation_input! { @impl_check [M: Mode] Members<M> => Valid, ($($state)?), [] unknown_members;
                $( [$wire, $field, $req]
                   [$storage $(($elem))?, $kind $shape $(, $hook_kind $hook)?] )+
            }

            impl<M: Mode<Unknown: Default>> Default for Members<M> {
                fn default() -> Self {
                    Members { $( $field: Field::Absent, )+ unknown_members: Default::default() }
                }
            }

            #[cfg(feature = "serde")]
            wire_deserialize!(Members<$crate::members::View<'de>>, $name, $($wire => $field),+);

            $(
                use $crate::{members::Check, validate::{Context, Validate}, violation::{Path, Sink}};

                impl Validate for $name {
                    type Request = $request;

                    fn validate_into<S: Sink + ?Sized>(
                        &self,
                        context: &Context<'_>,
                        sink: &mut S,
                    ) -> Option<$request> {
                        self.members().check(context, || Path::ROOT, sink).map(<$request>::from)
                    }

                    fn into_request_into<S: Sink + ?Sized>(
                        self,
                        context: &Context<'_>,
                        sink: &mut S,
                    ) -> Option<$request> {
                        self.into_members().check(context, || Path::ROOT, sink).map(<$request>::from)
                    }
                }

                impl $name {
                    /// The typed request, checked with [`Context::new`](crate::Context::new).
                    ///
                    /// # Errors
                    ///
                    /// Every violation, in model member order, unknown members last.
                    pub fn validate(&self) -> Result<$request, $crate::Violations> {
                        self.validate_with(&Context::new())
                    }

                    /// As [`Self::validate`], moving the input's texts into the request.
                    ///
                    /// # Errors
                    ///
                    /// Every violation.
                    pub fn into_request(self) -> Result<$request, $crate::Violations> {
                        self.into_request_with(Context::new())
                    }
                }

                /// Reads and validates a body; the error lists every violation.
                #[cfg(feature = "serde")]
                impl<'de> serde::Deserialize<'de> for $request {
                    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                        let members = Members::<$crate::members::View<'de>>::deserialize(d)?;
                        let mut all = $crate::Violations::new();
                        // Not through `Option::map`: the request is large and inline.
                        match members.check(&Context::new(), || Path::ROOT, &mut all) {
                            Some(valid) if all.is_empty() => Ok(<$request>::from(valid)),
                            _ => Err(serde::de::Error::custom(all)),
                        }
                    }
                }
            )?
        }
    };

    (@each ($d:tt) $each:ident $($row:tt)+) => {
        /// `$each!(callback args…)` calls `callback! { args… [row] … }`.
        #[allow(unused_macros)]
        macro_rules! $each {
            ($d callback:ident $d($d args:tt)*) => { $d callback! { $d($d args)* $($row)+ } };
        }
        #[allow(unused_imports)]
        pub(crate) use $each;
    };

    (@stored text) => { alloc::string::String };
    (@stored secret) => { $crate::wire::Secret };
    (@stored bool) => { bool };
    (@stored list($elem:ty)) => { Vec<Field<Box<$elem>>> };

    (@held $m:ident bool) => { bool };
    (@held $m:ident list($elem:ty)) => { $m::List<$elem> };
    (@held $m:ident $storage:ident) => { $m::Text<operation_input!(@stored $storage)> };

    (@lend bool $e:expr) => { $e.clone() };
    (@lend list $e:expr) => { $e.borrowed().map(|list| list.as_slice()) };
    (@lend $storage:ident $e:expr) => { $e.borrowed() };

    (@valid required [$shape:ty]) => { $shape };
    (@valid optional [$shape:ty]) => { Option<$shape> };
    (@valid $req:ident [$shape:ty] [$out:ty]) => { operation_input!(@valid $req [$out]) };

    (@access [$($access:tt)*] $e:expr) => { $e $($access)* };

    (@unwrap required $field:ident) => { $field.ok()?? };
    (@unwrap optional $field:ident) => { $field.ok()? };

    (@required required) => { true };
    (@required optional) => { false };

    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        $storage:ident, $kind:ident $shape:ty, raw $hook:ident) => {{
        let checked = operation_input!(@check [$f.borrowed(), $path, $req, $ctx, $state, $sink]
            $storage, $kind $shape);
        let raw = $f.as_ref().map(|v| AsRef::<str>::as_ref(v));
        $hook(checked, raw, $crate::members::Hook($path, $ctx, $state, $sink))
    }};
    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        $storage:ident, $kind:ident $shape:ty, then $hook:ident) => {{
        let checked = operation_input!(@check [$f, $path, $req, $ctx, $state, $sink]
            $storage, $kind $shape);
        $hook(checked, $crate::members::Hook($path, $ctx, $state, $sink))
    }};
    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        $storage:ident, flag $shape:ty) => {
        $crate::check::present($f, $path, $req, $crate::wire::JsonKind::Bool, $sink)
    };
    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        list($elem:ty), list $shape:ty) => {
        $crate::members::list::<_, _, $shape, _>($f, M::element::<$elem>, $path, $req, $ctx, $sink)
    };
    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        list($elem:ty), shape $shape:ty) => {
        $crate::members::list::<_, _, $shape, _>($f, $crate::wire::Field::borrowed, $path, $req, $ctx, $sink)
    };
    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        structure($elem:ty), shape $shape:ty) => {
        $crate::members::structure($f, $path, $req, $ctx, $sink)
    };
    (@check [$f:expr, $path:ident, $req:expr, $ctx:ident, $state:expr, $sink:expr]
        $storage:ident, $kind:ident $shape:ty) => {
        $crate::check::text::<_, $shape, _>($f, $path, $req, $sink)
    };

    // `Check` of an input's members (`self.field`, with state and unknown members) or of a
    // response (`self.field.borrowed()`, neither), a row a member: `[Wire, field, req] [check]`.
    (@impl_check [$($generics:tt)*] $ty:ty => $valid:ident, $state:ty, $access:tt
        $($unknown:ident)?; $( [$wire:literal, $field:ident, $req:ident] [$($check:tt)*] )+) => {
        impl<$($generics)*> $crate::members::Check for $ty {
            type Valid = $valid;

            #[allow(unused_variables)]
            fn check<S: $crate::violation::Sink + ?Sized>(
                self,
                context: &$crate::validate::Context<'_>,
                at: impl Fn() -> $crate::violation::Path,
                sink: &mut S,
            ) -> Option<$valid> {
                let mut sink = $crate::check::Watch { inner: sink, reported: false };
                #[allow(unused_mut, unused_parens)] // the state's type is `()` or `(State)`
                let mut state: $state = Default::default();
                $(
                    let path = || at().field($wire);
                    let required = operation_input!(@required $req);
                    let $field = operation_input!(@check
                        [operation_input!(@access $access self.$field), path, required, context,
                         &mut state, &mut sink]
                        $($check)*);
                )+
                $( for name in self.$unknown.as_ref() {
                    sink.report($crate::violation::Violation::unknown_member(at(), *name));
                } )?
                if sink.reported {
                    return None;
                }
                Some($valid { $( $field: operation_input!(@unwrap $req $field), )+ })
            }
        }
    };
}

/// Declares a response whose one member is the new id, kept as sent (unknown members skipped);
/// `validate` requires it (the model does not, but a response without it is useless).
macro_rules! id_response {
    (
        $(#[$attr:meta])*
        pub struct $name:ident { $wire:literal => $field:ident: $id:ty }
    ) => {
        $(#[$attr])*
        #[cfg(feature = "alloc")]
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        pub struct $name {
            #[doc = concat!("`", $wire, "` as sent; `None` when absent or `null`.")]
            pub $field: Option<alloc::string::String>,
        }

        #[cfg(feature = "alloc")]
        impl $name {
            /// The response for the new `id` (for emulators and test servers).
            pub fn new(id: &$id) -> Self {
                $name { $field: Some(id.as_str().into()) }
            }

            /// The new id, checked.
            ///
            /// # Errors
            ///
            #[doc = concat!("The violation: `Value null at '…'` when `", $wire, "` is absent, or the shape's.")]
            pub fn validate(&self) -> Result<$id, $crate::Violations> {
                $crate::Violations::new().collect(|all| self.validate_into(all))
            }

            #[doc = concat!("As [`", stringify!($name), "::validate`], reporting to `sink`.")]
            pub fn validate_into<S: $crate::violation::Sink + ?Sized>(
                &self,
                sink: &mut S,
            ) -> Option<$id> {
                let member = $crate::wire::Field::from(self.$field.as_ref());
                let path = || $crate::violation::Path::member($wire);
                $crate::check::text(member, path, true, sink).ok().flatten()
            }
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Ok($name { $field: $crate::check::lenient_member(d, $wire)? })
            }
        }

        #[cfg(all(feature = "serde", feature = "alloc"))]
        serialize_map!($name, |response, map| $wire => response.$field.as_ref(););
    };
}

/// Getters: `ref` (`&T`), `opt` (`Option<&T>`) or `copy`; rows may add docs.
macro_rules! getters {
    ($( $(#[$doc:meta])* $field:ident: $how:ident $ty:ty; )+) => {
        $( #[doc = concat!("The `", stringify!($field), "` member.")] $(#[$doc])*
        pub const fn $field(&self) -> getters!(@ty $how $ty) {
            getters!(@get $how self.$field)
        } )+
    };
    (@ty ref $ty:ty) => { &$ty };
    (@ty opt $ty:ty) => { Option<&$ty> };
    (@ty copy $ty:ty) => { $ty };
    (@get ref $e:expr) => { &$e };
    (@get opt $e:expr) => { $e.as_ref() };
    (@get copy $e:expr) => { $e };
}

/// A builder's setters of `self.request` (`some` wraps in `Some`, `plain` does not) and
/// `build()`.
macro_rules! setters {
    ($builder:ident => $request:ident; $( $(#[$doc:meta])* $field:ident: $how:ident $ty:ty; )+) => {
        impl $builder {
            $( #[doc = concat!("Sets `", stringify!($field), "`.")] $(#[$doc])*
            pub fn $field(mut self, $field: $ty) -> Self {
                self.request.$field = setters!(@wrap $how $field);
                self
            } )+

            /// The request.
            #[must_use]
            pub fn build(self) -> $request {
                self.request
            }
        }
    };
    (@wrap some $v:ident) => { Some($v) };
    (@wrap plain $v:ident) => { $v };
}

/// A request's `Serialize` and the input it would arrive as, from one `Option<&value>` a
/// member (`|r| CONST => value, …;` in table order, by default its field); with `$valid`, also the
/// request from the checked members when its fields are the members.
macro_rules! typed_request {
    ($request:ident, $input:ident, $valid:ty; $(
        [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $req:ident,
         $($rest:tt)*]
    )+) => {
        typed_request!($request, $input; |r| $( $CONST => typed_request!(@some $req r.$field) ),+;
            $( [$CONST, $wire, $field, $storage, $req,] )+);

        #[cfg(feature = "alloc")]
        impl From<$valid> for $request {
            fn from(v: $valid) -> Self {
                $request { $( $field: v.$field, )+ }
            }
        }
    };
    ($request:ident, $input:ident; |$r:ident| $( $name:ident => $value:expr ),+; $(
        [$CONST:ident, $wire:literal, $field:ident, $storage:ident $(($elem:ty))?, $($rest:tt)*]
    )+) => {
        // The values are matched to the rows by place: a value under another member's name
        // fails the build.
        $( const _: () = assert!($crate::text::bytes_eq(
            stringify!($name).as_bytes(),
            stringify!($CONST).as_bytes(),
        ), concat!("typed_request!: ", stringify!($name), " given where the table has ", stringify!($CONST))); )+

        #[cfg(feature = "serde")]
        serialize_map!($request, |$r, map| $( $wire => $value ),+;);

        #[cfg(feature = "alloc")]
        impl From<&$request> for $input {
            fn from($r: &$request) -> Self {
                $input {
                    $( $field: $crate::wire::Field::from($value.map(|v| typed_request!(@text $storage v))), )+
                    unknown_members: alloc::vec::Vec::new(),
                }
            }
        }
    };
    (@some required $e:expr) => { Some(&$e) };
    (@some optional $e:expr) => { $e.as_ref() };
    (@text bool $v:ident) => { *$v };
    (@text list $v:ident) => {
        $v.into_iter().map(|e| $crate::wire::Field::Present(alloc::boxed::Box::new(e.into()))).collect()
    };
    (@text $storage:ident $v:ident) => { $v.as_str().into() };
}
