//! The model oracle: what the official AWS model says about a value, computed from the model's
//! records alone, never from the crate.
//!
//! Shared by `tests/conformance.rs` and the fuzz targets (`fuzz/`, which include this file by
//! path), so that both judge the validators by one reading of the patterns: the verbatim
//! pattern of `tests/data/model_constraints.json`, with only the class escapes rewritten to
//! their ECMA/Java ASCII meaning, anchored at both ends and evaluated by `fancy_regex` (which
//! has the look-ahead of `OrganizationName`); lengths counted in chars.
//!
//! Test support, not library code: it panics on a malformed model file or an unknown pattern
//! construct, so that either gets looked at.

use std::collections::BTreeMap;

use serde_json::Value;

/// One shape of the model file: its kind, bounds, pattern or enum values, and where it is used.
#[derive(Debug, Clone)]
pub struct Record {
    pub service: String,
    pub shape: String,
    pub kind: String,
    pub min: Option<usize>,
    pub max: Option<usize>,
    pub pattern: Option<String>,
    pub enum_values: Option<Vec<String>>,
    pub sensitive: bool,
    pub used_by: Vec<String>,
}

impl Record {
    /// Whether the model puts any constraint on the shape.
    pub fn constrained(&self) -> bool {
        self.min.is_some()
            || self.max.is_some()
            || self.pattern.is_some()
            || self.enum_values.is_some()
    }

    /// Reachable from an operation's input or output (not only from an error structure).
    pub fn in_request_or_response(&self) -> bool {
        self.used_by
            .iter()
            .any(|u| u.ends_with(":input") || u.ends_with(":output"))
    }
}

/// The records of `model_json` (the text of `tests/data/model_constraints.json`), by
/// (service, shape name).
pub fn records(model_json: &str) -> BTreeMap<(String, String), Record> {
    let doc: Value = serde_json::from_str(model_json).expect("model_constraints.json is JSON");
    let size = |v: &Value| v.as_u64().map(|n| usize::try_from(n).expect("fits usize"));
    let mut out = BTreeMap::new();
    for s in doc["shapes"].as_array().expect("shapes array") {
        let rec = Record {
            service: s["service"].as_str().expect("service").to_owned(),
            shape: s["shape"].as_str().expect("shape").to_owned(),
            kind: s["type"].as_str().expect("type").to_owned(),
            min: size(&s["min"]),
            max: size(&s["max"]),
            pattern: s["pattern"].as_str().map(str::to_owned),
            enum_values: s["enum"].as_array().map(|values| {
                values
                    .iter()
                    .map(|v| v.as_str().expect("enum value").to_owned())
                    .collect()
            }),
            sensitive: s["sensitive"].as_bool().expect("sensitive"),
            used_by: s["used_by"]
                .as_array()
                .expect("used_by")
                .iter()
                .map(|u| u.as_str().expect("used_by entry").to_owned())
                .collect(),
        };
        out.insert((rec.service.clone(), rec.shape.clone()), rec);
    }
    out
}

const ASCII_DIGIT: &str = "0-9";
const ASCII_WORD: &str = "A-Za-z0-9_";
const ASCII_SPACE: &str = r" \t\n\x0B\x0C\r";

/// Rewrites an ECMA/Java pattern of the AWS models into `fancy_regex` syntax with the same
/// meaning: `\d`, `\w`, `\s` become their ASCII classes (inside brackets too), `\uXXXX`
/// becomes `\x{XXXX}`, `.` excludes the ECMA line terminators. Anything this function does not
/// know is refused, so that a new construct in the model gets looked at.
pub fn ecma_to_fancy(pattern: &str) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let e = chars.next().expect("pattern ends with a backslash");
                let class = |body: &str| {
                    if in_class {
                        body.to_owned()
                    } else {
                        format!("[{body}]")
                    }
                };
                match e {
                    'd' => out.push_str(&class(ASCII_DIGIT)),
                    'w' => out.push_str(&class(ASCII_WORD)),
                    's' => out.push_str(&class(ASCII_SPACE)),
                    'D' | 'W' | 'S' if !in_class => {
                        let body = match e {
                            'D' => ASCII_DIGIT,
                            'W' => ASCII_WORD,
                            _ => ASCII_SPACE,
                        };
                        out.push_str(&format!("[^{body}]"));
                    }
                    'u' => {
                        let hex: String = (0..4).map(|_| chars.next().expect("\\uXXXX")).collect();
                        assert!(hex.chars().all(|h| h.is_ascii_hexdigit()), "bad \\u{hex}");
                        out.push_str(&format!("\\x{{{hex}}}"));
                    }
                    'x' => {
                        let hex: String = (0..2).map(|_| chars.next().expect("\\xHH")).collect();
                        assert!(hex.chars().all(|h| h.is_ascii_hexdigit()), "bad \\x{hex}");
                        out.push_str(&format!("\\x{hex}"));
                    }
                    't' | 'n' | 'r' | 'f' | 'v' => {
                        out.push('\\');
                        out.push(e);
                    }
                    e if e.is_ascii_punctuation() => {
                        out.push('\\');
                        out.push(e);
                    }
                    e => panic!("escape \\{e} in {pattern:?} needs a rule in the oracle"),
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                assert_ne!(
                    chars.peek(),
                    Some(&']'),
                    "empty or ']'-first class in {pattern:?}"
                );
            }
            '[' => panic!("nested class in {pattern:?}"),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '.' if !in_class => out.push_str(r"[^\n\r\x{2028}\x{2029}]"),
            c => out.push(c),
        }
    }
    assert!(!in_class, "unterminated class in {pattern:?}");
    out
}

/// What the model says about one value, and why.
pub struct Verdict {
    /// The length in chars is within the bounds.
    pub length_ok: bool,
    /// The pattern or the enum set accepts the value.
    pub rule_ok: bool,
}

/// What the model asks beyond a length.
pub enum Rule {
    Pattern(fancy_regex::Regex),
    Enum(Vec<String>),
    Free,
}

/// The model's verdict on any value of one shape.
pub struct Oracle {
    pub min: Option<usize>,
    pub max: Option<usize>,
    pub rule: Rule,
}

impl Oracle {
    /// The oracle of one record.
    pub fn new(rec: &Record) -> Self {
        let rule = match (&rec.pattern, &rec.enum_values) {
            (Some(p), None) => {
                let whole = format!(r"^(?:{})\z", ecma_to_fancy(p));
                Rule::Pattern(
                    fancy_regex::Regex::new(&whole)
                        .unwrap_or_else(|e| panic!("{}: {whole:?}: {e}", rec.shape)),
                )
            }
            (None, Some(values)) => Rule::Enum(values.clone()),
            (None, None) => Rule::Free,
            (Some(_), Some(_)) => panic!("{}: both pattern and enum", rec.shape),
        };
        Oracle {
            min: rec.min,
            max: rec.max,
            rule,
        }
    }

    /// The model's verdict on `v`.
    pub fn judge(&self, v: &str) -> Verdict {
        let n = v.chars().count();
        let length_ok = self.min.is_none_or(|m| n >= m) && self.max.is_none_or(|m| n <= m);
        let rule_ok = match &self.rule {
            Rule::Pattern(re) => re
                .is_match(v)
                .unwrap_or_else(|e| panic!("oracle failed on {v:?}: {e}")),
            Rule::Enum(values) => values.iter().any(|x| x == v),
            Rule::Free => true,
        };
        Verdict { length_ok, rule_ok }
    }
}
