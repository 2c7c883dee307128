//! Tests of the validators' shared machinery (`src/text.rs`) that the public API can express,
//! moved out of its unit tests.

use org_shapes::{organizations as o, workmail as w};

/// The word-at-a-time verdicts of the fixed-format shapes and the alias accept exactly
/// what the shape's regex and bounds accept: on a valid value of each, and on every change
/// of one byte of it (each ASCII byte, a two-byte char, or none) and every truncation.
/// A refused value takes the step-by-step validator, so the error is unchanged whenever
/// the verdict is right.
#[test]
fn verdicts_agree_with_the_regex() {
    let cases: [(&org_shapes::Shape, &str); 10] = [
        (w::DirectoryId::SHAPE, "d-0123456789"),
        (w::OrganizationId::SHAPE, "m-0123456789abcdef0123456789abcdef"),
        (w::OrgAlias::SHAPE, "a-b1-cd"),
        (w::OrgAlias::SHAPE, "example-corp-international"),
        (o::OrganizationId::SHAPE, "o-a1b2c3d4e5"),
        (o::OrganizationId::SHAPE, "o-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"),
        (o::AccountId::SHAPE, "111122223333"),
        (
            o::OrganizationArn::SHAPE,
            "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5",
        ),
        (
            o::AccountArn::SHAPE,
            "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/444455556666",
        ),
        (
            o::AccountArn::SHAPE,
            "arn:aws:organizations::111122223333:account/o-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6/444455556666",
        ),
    ];
    for (shape, valid) in cases {
        let re = regex::Regex::new(shape.regex.unwrap()).unwrap();
        let oracle = |s: &str| {
            let n = s.chars().count();
            shape.min_len.is_none_or(|m| n >= m)
                && shape.max_len.is_none_or(|m| n <= m)
                && re.is_match(s)
        };
        assert!((shape.validate)(valid).is_ok(), "{valid}");
        let mut subs: Vec<String> = (0u8..128).map(|b| String::from(b as char)).collect();
        subs.push(String::from("é"));
        subs.push(String::new());
        subs.push(String::from("--"));
        for i in 0..=valid.len() {
            let head = &valid[..i];
            assert_eq!((shape.validate)(head).is_ok(), oracle(head), "{head:?}");
            let tail = valid.get(i + 1..).unwrap_or("");
            for sub in &subs {
                let s = format!("{head}{sub}{tail}");
                assert_eq!((shape.validate)(&s).is_ok(), oracle(&s), "{shape} {s:?}");
                let s = format!("{head}{sub}{}", &valid[i..]);
                assert_eq!((shape.validate)(&s).is_ok(), oracle(&s), "{shape} {s:?}");
            }
        }
    }
}
