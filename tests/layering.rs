//! Dependencies among the files of `src/` run one way: JSON value types, then violations,
//! then input checking, then the operations. This test finds every file's uses of items that
//! other files define and fails on a cycle, naming it.
//!
//! The reading is lexical, as a reviewer's would be: a file depends on another when it names,
//! in a `use crate::…`/`use super::…` or a `crate::…::Item` path, a type or constant (a
//! capitalised name) that the other file defines with `pub`. Re-exports are seen through, since
//! the name leads to the file that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_string_lossy().into_owned());
        }
    }
}

/// The text without line comments (doc comments name items without depending on them).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// Names of the `pub` types and constants a file defines.
fn definitions(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut tokens = words(code).peekable();
    let mut after_pub = false;
    while let Some(word) = tokens.next() {
        match word {
            "pub" => after_pub = true,
            "struct" | "enum" | "trait" | "type" | "const" | "static" if after_pub => {
                if let Some(name) = tokens.peek() {
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                        out.insert((*name).to_string());
                    }
                }
                after_pub = false;
            }
            "crate" | "super" | "in" | "fn" => {}
            _ => after_pub = false,
        }
    }
    out
}

/// The capitalised names a file takes from elsewhere in the crate, each with the module path
/// it was named through (`workmail` for `crate::workmail::Foo`, empty for `use super::Foo`).
fn uses(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for statement in code.split(';') {
        let statement = statement.trim();
        let Some(rest) = statement
            .strip_prefix("use ")
            .or_else(|| statement.strip_prefix("pub(crate) use "))
            .or_else(|| statement.strip_prefix("pub(super) use "))
        else {
            continue;
        };
        if rest.starts_with("crate::") || rest.starts_with("super::") {
            for word in words(rest) {
                if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                    out.push((word.to_string(), String::new()));
                }
            }
        }
    }
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        if let Some(last) = parts.last() {
            if last.starts_with(|c: char| c.is_ascii_uppercase()) {
                let module = if parts.len() > 1 { parts[0] } else { "" };
                out.push(((*last).to_string(), module.to_string()));
            }
        }
    }
    out
}

#[test]
fn no_import_cycle_among_the_files_of_src() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let codes: BTreeMap<&str, String> = files
        .iter()
        .map(|f| (f.as_str(), code(&fs::read_to_string(f).unwrap())))
        .collect();
    let mut defined_in: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (file, code) in &codes {
        for name in definitions(code) {
            defined_in.entry(name).or_default().push(file);
        }
    }
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (file, code) in &codes {
        let out = edges.entry(file).or_default();
        for (name, module) in uses(code) {
            for target in defined_in.get(&name).into_iter().flatten() {
                let in_module = module.is_empty()
                    || target.starts_with(&format!("src/{module}/"))
                    || *target == format!("src/{module}.rs");
                if target != file && in_module {
                    out.insert(target);
                }
            }
        }
    }
    assert!(
        edges
            .get("src/check.rs")
            .is_some_and(|e| e.contains("src/wire.rs")),
        "the reading must see that input checking uses the wire types"
    );

    // Depth-first search for a back edge; the path on the stack is the cycle.
    fn visit<'a>(
        file: &'a str,
        edges: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        state: &mut BTreeMap<&'a str, bool>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<&'a str>> {
        state.insert(file, false);
        stack.push(file);
        for next in edges.get(file).into_iter().flatten() {
            match state.get(next) {
                Some(false) => {
                    let from = stack.iter().position(|f| f == next).unwrap();
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next);
                    return Some(cycle);
                }
                Some(true) => {}
                None => {
                    if let Some(cycle) = visit(next, edges, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(file, true);
        None
    }
    let mut state = BTreeMap::new();
    for file in codes.keys() {
        if !state.contains_key(file) {
            if let Some(cycle) = visit(file, &edges, &mut state, &mut Vec::new()) {
                panic!("import cycle: {}", cycle.join(" -> "));
            }
        }
    }
}
