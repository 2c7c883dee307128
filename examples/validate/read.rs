//! Reading the bodies: which files the arguments name, each read whole only when it is within
//! the size limit, then checked to be UTF-8 text (a byte order mark skipped) holding a JSON
//! object.

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::syntax::{self, TopLevel};

/// The default of `--max-bytes`: 1 MiB. The largest valid body of the three operations is
/// under 32 KiB even with every char written as a `\u` escape (a 2048-char `KmsKeyArn` and
/// five 255-char domains), and a few hundred bytes as usually written; 1 MiB leaves room for
/// any layout and for diagnosing wrong bodies, while bounding what one file costs (reading an
/// `…Input` takes a few tens of times the body's size in memory).
pub const DEFAULT_MAX_BYTES: u64 = 1 << 20;

/// A problem that makes one input unusable (exit status 2).
pub type Unusable = String;

/// Where a body comes from.
pub enum Source {
    Stdin,
    File(PathBuf),
}

/// One body to check, as the command line names it.
pub struct Input {
    /// How messages name it: the path, shown lossily when it is not UTF-8, or `<stdin>`.
    pub label: String,
    /// The body, or why there is none (a directory that cannot be listed).
    pub source: Result<Source, Unusable>,
}

impl Input {
    fn file(path: PathBuf) -> Input {
        Input {
            label: path.to_string_lossy().into_owned(),
            source: Ok(Source::File(path)),
        }
    }
}

/// The inputs the operands name, in order: `-` is stdin, a directory stands for the `*.json`
/// files directly in it (not in its subdirectories), sorted by name, and anything else is a
/// file.
pub fn inputs(operands: &[OsString]) -> Vec<Input> {
    let mut out = Vec::new();
    for operand in operands {
        let path = Path::new(operand);
        if operand == "-" {
            out.push(Input {
                label: "<stdin>".to_string(),
                source: Ok(Source::Stdin),
            });
        } else if path.is_dir() {
            match json_files_in(path) {
                Ok(files) if files.is_empty() => out.push(Input {
                    label: path.to_string_lossy().into_owned(),
                    source: Err(format!(
                        "{} is a directory without *.json files",
                        path.to_string_lossy()
                    )),
                }),
                Ok(files) => out.extend(files.into_iter().map(Input::file)),
                Err(e) => out.push(Input {
                    label: path.to_string_lossy().into_owned(),
                    source: Err(format!("cannot list {}: {e}", path.to_string_lossy())),
                }),
            }
        } else {
            out.push(Input::file(path.to_path_buf()));
        }
    }
    out
}

/// The `*.json` entries of `dir` that are not directories, sorted by name.
fn json_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension() == Some(OsStr::new("json")) && !path.is_dir() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// A body read and found to hold a JSON object.
pub struct Body {
    /// The text, without its byte order mark.
    pub text: String,
    /// The object's member names, in order.
    pub members: Vec<String>,
}

/// Reads the body of `input` (at most `max_bytes`), and checks that it is a JSON object.
/// Remarks that do not make it unusable (a skipped byte order mark) go to `notes`.
pub fn body(input: &Input, max_bytes: u64, notes: &mut Vec<String>) -> Result<Body, Unusable> {
    let label = &input.label;
    let source = input.source.as_ref().map_err(Clone::clone)?;
    let mut bytes = read_at_most(source, label, max_bytes)?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        notes.push(format!(
            "{label} starts with a UTF-8 byte order mark (BOM), which JSON text should not \
             have; it was skipped"
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| not_utf8(label, e))?;
    match serde_json::from_str(&text) {
        Ok(TopLevel::Object(members)) => Ok(Body { text, members }),
        Ok(TopLevel::Other(kind)) => Err(format!("{label} holds {kind}, not a JSON object")),
        Err(e) => Err(format!(
            "{label} is not JSON: {}",
            syntax::describe(&text, &e)
        )),
    }
}

/// The bytes of `source`, or a refusal when there are more than `max_bytes`: a file whose
/// size says so is not read at all, and any other source (stdin, a pipe, a file that grows)
/// is read no further than one byte past the limit.
fn read_at_most(source: &Source, label: &str, max_bytes: u64) -> Result<Vec<u8>, Unusable> {
    let cannot_read = |e: std::io::Error| format!("cannot read {label}: {e}");
    let (reader, size): (Box<dyn Read>, u64) = match source {
        Source::Stdin => (Box::new(std::io::stdin().lock()), 0),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(cannot_read)?;
            let metadata = file.metadata().map_err(cannot_read)?;
            if metadata.is_file() && metadata.len() > max_bytes {
                return Err(format!(
                    "{label} is {} bytes, over the limit of {max_bytes} set by --max-bytes; \
                     it was not read",
                    metadata.len()
                ));
            }
            (Box::new(file), metadata.len())
        }
    };
    let capacity = usize::try_from(size.min(max_bytes)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > max_bytes {
        return Err(format!(
            "{label} holds more than {max_bytes} bytes, the limit set by --max-bytes; \
             it was read no further"
        ));
    }
    Ok(bytes)
}

/// Why bytes that are not UTF-8 are refused, and where the first bad byte is.
fn not_utf8(label: &str, e: std::string::FromUtf8Error) -> Unusable {
    let bytes = e.as_bytes();
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return format!(
            "{label} is not UTF-8 text: it starts with a UTF-16 byte order mark; \
             convert it to UTF-8"
        );
    }
    let valid = e.utf8_error().valid_up_to();
    let prefix = bytes
        .get(..valid)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("");
    let (line, column) = syntax::line_column(prefix, prefix.len());
    format!(
        "{label} is not UTF-8 text: line {line}, column {column} holds a byte that is not UTF-8"
    )
}
