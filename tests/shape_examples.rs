//! Each string shape's `EXAMPLES` pair, the one its compile-fail doctests of `literal!` are
//! made of: the first value valid, the second refused, by the shape's own validator.

use org_shapes::for_each_shape;

macro_rules! check_examples {
    ($([$id:ident, $t:ty, $kind:ident, $($rest:tt)*])*) => {
        $(check_examples!(@one $kind, $id, $t);)*
    };
    (@one string, $id:ident, $t:ty) => {
        let [valid, invalid] = <$t>::EXAMPLES;
        assert!(<$t>::validate(valid).is_ok(), "{}: {valid:?}", stringify!($id));
        assert!(<$t>::validate(invalid).is_err(), "{}: {invalid:?}", stringify!($id));
        assert!(<$t>::from_static(valid).is_ok(), "{}", stringify!($id));
    };
    (@one enum, $id:ident, $t:ty) => {};
}

#[test]
fn every_string_shape_has_a_valid_and_an_invalid_example() {
    for_each_shape!(check_examples);
}
