//! Property-test strategies (feature `proptest`), shown at work in the
//! [crate guide](crate#testing-and-fuzzing-your-own-code).

use alloc::string::String;

use proptest::prelude::*;

use crate::layout::drawn::organization;
use crate::organizations::{FeatureSet, ValidOrganization};
use crate::ErrorKind;

mod faulty;
mod layouts;

pub use faulty::{
    organizations_create_organization_with_faults, workmail_create_organization_with_faults,
    workmail_create_user_with_faults, FaultyInput, Injected, InputFault,
};

/// What `make` builds from tapes with room for values of up to `chars` chars (two numbers a
/// char at most; longer ones come out shorter); `None`s, said `why`, are filtered out.
pub(crate) fn from_tapes<T: core::fmt::Debug>(
    chars: usize,
    why: &'static str,
    make: impl Fn(&mut Tape<'_>) -> Option<T> + 'static,
) -> BoxedStrategy<T> {
    let len = chars.min(8192).saturating_mul(2).saturating_add(64);
    proptest::collection::vec(any::<u32>(), len)
        .prop_filter_map(why, move |numbers| make(&mut Tape(numbers.iter())))
        .boxed()
}

/// Room for the longest value: a `CreateOrganization` request (five domains, a 2048-char ARN).
pub(crate) const VALUE_CHARS: usize = 4096;

/// New organizations with `feature_set` (ask for your request's), passing
/// [`ValidOrganization::check_consistency`]: with [`FeatureSet::All`] the policy types hold
/// `SERVICE_CONTROL_POLICY` `ENABLED` among others, else none; the (deprecated) list is
/// sometimes left out.
pub fn valid_organization(feature_set: FeatureSet) -> BoxedStrategy<ValidOrganization> {
    from_tapes(VALUE_CHARS, "a generated ARN was refused", move |d| {
        organization(d, feature_set)
    })
}

/// `Fault` and [`Fault::ALL`] from one list of the variants.
macro_rules! faults {
    ($(#[$attr:meta])* pub enum Fault { $($(#[$doc:meta])* $variant:ident,)+ }) => {
        $(#[$attr])*
        pub enum Fault {
            $($(#[$doc])* $variant,)+
        }

        impl Fault {
            /// Every fault, in declaration order.
            pub const ALL: &'static [Fault] = &[$(Fault::$variant),+];
        }
    };
}

faults! {
    /// A way a text can break its shape, each refused with one [`ErrorKind`] variant.
    ///
    /// ```
    /// use org_shapes::strategy::{Fault, ShapeStrategy};
    /// use org_shapes::workmail::OrgAlias;
    /// use proptest::prelude::*;
    ///
    /// assert!(OrgAlias::FAULTS.contains(&Fault::ForbiddenPrefix));
    /// let too_long = OrgAlias::invalid(Fault::TooLong).expect("aliases have a maximum length");
    /// proptest!(|(bad in too_long)| {
    ///     let kind = OrgAlias::validate(&bad.text).unwrap_err().kind();
    ///     prop_assert!(Fault::TooLong.matches(kind));
    /// });
    /// // No enum, no such fault.
    /// assert!(OrgAlias::invalid(Fault::NotInEnum).is_none());
    /// ```
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Fault {
        /// Fewer chars than the model's minimum length: [`ErrorKind::TooShort`].
        TooShort,
        /// More chars than the model's maximum length: [`ErrorKind::TooLong`].
        TooLong,
        /// A char the pattern refuses, past any fixed prefix: [`ErrorKind::InvalidChar`] there.
        BadChar,
        /// A wrong char in a fixed prefix (`d-`, `arn:aws:kms:`…): [`ErrorKind::InvalidChar`]
        /// there.
        BadPrefix,
        /// The `d-` that organization aliases must not start with: [`ErrorKind::ForbiddenPrefix`].
        ForbiddenPrefix,
        /// A value cut short of the pattern within the length bounds (a trailing hyphen, an
        /// email without a domain): [`ErrorKind::Incomplete`].
        Incomplete,
        /// A run longer than the pattern allows, not caught first by a length bound (33 chars
        /// after `o-`): [`ErrorKind::InvalidChar`] at the first char too many.
        Overrun,
        /// Not one of the enum's wire values: [`ErrorKind::NotInEnum`].
        NotInEnum,
    }
}

impl Fault {
    /// Whether `kind` is the error variant this fault leads to.
    pub const fn matches(self, kind: ErrorKind) -> bool {
        match self {
            Fault::TooShort => matches!(kind, ErrorKind::TooShort { .. }),
            Fault::TooLong => matches!(kind, ErrorKind::TooLong { .. }),
            Fault::BadChar | Fault::BadPrefix | Fault::Overrun => {
                matches!(kind, ErrorKind::InvalidChar { .. })
            }
            Fault::ForbiddenPrefix => matches!(kind, ErrorKind::ForbiddenPrefix { .. }),
            Fault::Incomplete => matches!(kind, ErrorKind::Incomplete { .. }),
            Fault::NotInEnum => matches!(kind, ErrorKind::NotInEnum),
        }
    }
}

/// A text that its shape refuses, and how.
///
/// ```
/// use org_shapes::strategy::{Fault, ShapeStrategy};
/// use org_shapes::workmail::OrgAlias;
/// use org_shapes::ErrorKind;
/// use proptest::prelude::*;
///
/// let d_prefixed = OrgAlias::invalid(Fault::ForbiddenPrefix).expect("aliases refuse d-");
/// let bad_chars = OrgAlias::invalid(Fault::BadChar).expect("aliases have a char class");
/// proptest!(|(bad in d_prefixed, bad_char in bad_chars)| {
///     prop_assert!(bad.text.starts_with("d-"));
///     prop_assert_eq!(bad.fault, Fault::ForbiddenPrefix);
///     prop_assert_eq!(bad.index, None);
///     prop_assert!(OrgAlias::new(&bad.text).is_err());
///     match OrgAlias::validate(&bad_char.text).map_err(|e| e.kind()) {
///         Err(ErrorKind::InvalidChar { index, .. }) => prop_assert_eq!(Some(index), bad_char.index),
///         other => prop_assert!(false, "{:?}", other),
///     }
/// });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Invalid {
    /// The text.
    pub text: String,
    /// The way it breaks the shape.
    pub fault: Fault,
    /// The `index` of the [`ErrorKind::InvalidChar`] or [`ErrorKind::Incomplete`] the fault
    /// leads to, if it leads to one.
    pub index: Option<usize>,
}

/// Out of other crates' reach: what the crate draws for a shape, and the tape it draws from.
mod sealed {
    use crate::layout::generate::Draw;

    /// Choices replayed from random numbers, which proptest shrinks towards 0, the simplest
    /// choice; past the end every choice is 0.
    pub struct Tape<'a>(pub(super) core::slice::Iter<'a, u32>);

    impl Draw for Tape<'_> {
        fn pick(&mut self, n: usize) -> usize {
            // A choice of one reads nothing, as with `arbitrary`.
            let x = if n > 1 { self.0.next() } else { None };
            let scaled = u128::from(x.copied().unwrap_or(0)).saturating_mul(n as u128) >> 32;
            usize::try_from(scaled)
                .unwrap_or(0)
                .min(n.saturating_sub(1))
        }
    }

    pub trait Sealed {
        /// A text the shape refuses with one of its faults (each equally often), drawn.
        fn broken(d: &mut Tape<'_>) -> Option<super::Invalid>;
    }
}

pub(crate) use sealed::Tape;

/// The strategies of one shape, implemented by every newtype and enum.
///
/// ```
/// use org_shapes::strategy::{any_invalid, ShapeStrategy};
/// use org_shapes::workmail::{OrgAlias, UserName};
/// use proptest::prelude::*;
///
/// proptest!(|(good in UserName::valid_text(), bad in any_invalid::<UserName>())| {
///     prop_assert!(UserName::validate(&good).is_ok());
///     prop_assert!(UserName::validate(&bad.text).is_err());
/// });
/// // `Arbitrary`, the same values typed.
/// proptest!(|(alias in any::<OrgAlias>())| {
///     prop_assert!(OrgAlias::validate(alias.as_str()).is_ok());
/// });
/// ```
pub trait ShapeStrategy: sealed::Sealed {
    /// The faults [`ShapeStrategy::invalid`] has a strategy for; never empty.
    const FAULTS: &'static [Fault];

    /// Texts the shape accepts, over its whole range.
    fn valid_text() -> BoxedStrategy<String>;

    /// Texts the shape refuses with `fault`; `None` if `fault` is not in [`Self::FAULTS`].
    fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>>;

    /// [`ShapeStrategy::invalid`]'s texts.
    fn invalid_text(fault: Fault) -> Option<BoxedStrategy<String>> {
        Self::invalid(fault).map(|s| s.prop_map(|i| i.text).boxed())
    }
}

/// Texts `T` refuses, each of its [`FAULTS`](ShapeStrategy::FAULTS) equally often.
pub fn any_invalid<T: ShapeStrategy>() -> BoxedStrategy<Invalid> {
    let broken: fn(&mut Tape<'_>) -> Option<Invalid> = T::broken;
    from_tapes(VALUE_CHARS, "no place for a fault in this value", broken)
}

/// The strategies of every shape, from its layout.
macro_rules! shape_strategies {
    ($([$id:ident, $ty:ty, $kind:ident, $($rest:tt)*])*) => {$(
        impl sealed::Sealed for $ty {
            fn broken(d: &mut Tape<'_>) -> Option<Invalid> {
                layouts::broken(<$ty>::SHAPE, shape_strategies!(@layout $kind, $ty), Self::FAULTS, d)
            }
        }

        impl ShapeStrategy for $ty {
            const FAULTS: &'static [Fault] = {
                const LIST: ([Fault; 8], usize) =
                    layouts::faults(<$ty>::SHAPE, shape_strategies!(@layout $kind, $ty));
                match LIST.0.split_at_checked(LIST.1) {
                    Some((faults, _)) => faults,
                    None => &LIST.0,
                }
            };

            fn valid_text() -> BoxedStrategy<String> {
                any::<$ty>().prop_map(|v| String::from(v.as_ref())).boxed()
            }

            fn invalid(fault: Fault) -> Option<BoxedStrategy<Invalid>> {
                let layout = shape_strategies!(@layout $kind, $ty);
                Self::FAULTS.contains(&fault).then(|| layouts::invalid(<$ty>::SHAPE, layout, fault))
            }
        }
    )*};
    (@layout string, $ty:ty) => { &<$ty>::LAYOUT };
    (@layout enum, $ty:ty) => { &crate::layout::Layout::ENUM };
}

crate::for_each_shape!(shape_strategies);
