//! Every char an `Excerpt` escapes, and how: `\t`, `\n`, `\r`, `\0`, or `\u{..}`; all
//! other chars pass through as they are.

use org_shapes::violation::Excerpt;

#[test]
fn control_chars_are_escaped_as_debug_escapes_them() {
    let mut escaped = 0;
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let shown = Excerpt::new(&format!("a{c}b")).to_string();
        let control = c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
        let expected = match c {
            '\t' => String::from(r"\t"),
            '\n' => String::from(r"\n"),
            '\r' => String::from(r"\r"),
            '\0' => String::from(r"\0"),
            c if control => c.escape_unicode().to_string(),
            c => String::from(c),
        };
        assert_eq!(shown, format!("a{expected}b"), "{c:?}");
        escaped += usize::from(control);
    }
    assert_eq!(escaped, 67);
}
