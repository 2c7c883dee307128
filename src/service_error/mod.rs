//! The errors AWS answers to the three operations: read from an error response, classified by
//! operation, and (for emulators and test servers) written back. The crate documentation's
//! [Read an error response](crate#read-an-error-response) shows them at work.
//!
//! Both services speak JSON 1.1. An error response names its error in the `X-Amzn-Errortype`
//! header, or in the body as `code` or `__type`, sometimes with a namespace before a `#` and a
//! URL after a `:`; the message comes as `Message` or `message`, and AWS Organizations adds a
//! `Reason` to some errors. [`ErrorResponse::parse`] reads all of that from the header value
//! (if the caller has it) and the body bytes; the per-operation enums
//! ([`workmail::CreateOrganizationError`], [`workmail::CreateUserError`],
//! [`organizations::CreateOrganizationError`]) sort it into the documented errors.
//!
//! Parsing never fails and never panics: an unknown code becomes an `Unknown` variant, an
//! unknown reason an `Unknown` reason, a body that is empty, cut short or not JSON at all still
//! yields whatever code the header gives (or the empty code). The body is read by a small
//! tolerant scanner in one pass; `serde_json` is not needed.
//!
//! What is read is safe to log, whatever the header and body hold: no code, message, reason
//! or type keeps a control char, and each is bounded ([`CODE_MAX_BYTES`],
//! [`MESSAGE_MAX_BYTES`]). The control chars are the C0 controls (U+0000 to U+001F: line feed,
//! carriage return and tab included), DEL (U+007F), the C1 controls (U+0080 to U+009F) and the
//! line and paragraph separators (U+2028, U+2029): each can break a log line, forge another
//! log entry or header, or hide text. A code, reason or type ends at its first control char
//! (`Throttling\r\nX-Injected: 1` gives `Throttling`: a header value ends at a line break, so
//! what follows was never part of it); in a message, each run of control chars becomes one
//! space, so that a multi-line text stays readable on one line.
//!
//! # Retry rules
//!
//! Each error says whether to send the request again (`is_retryable()`), as botocore's
//! standard retry mode decides (`botocore/retries/standard.py`; the AWS SDK for Rust decides
//! alike): an error with HTTP status 500, 502, 503 or 504 ([`TRANSIENT_STATUSES`]) whatever
//! its code, and the throttling and transient codes ([`THROTTLING_CODES`],
//! [`TRANSIENT_CODES`]) whatever their status. Nothing else is retried, though retrying
//! later can help for some errors once something changed (Organizations'
//! `ConcurrentModificationException`, once the other change is done).
//!
//! The status is not in the body: read with `parse_with_status` when you have it. Read with
//! `parse`, without it, a 500 whose body is an HTML page gives the empty code and is not
//! retryable; only the codes AWS sends with a 5xx status ([`SERVER_FAULT_CODES`]) then stand
//! in for the status.

use crate::text::{cut_at_boundary, is_control};
use alloc::string::String;
use core::fmt::Write as _;

mod render;
mod scan;

/// How many bytes of a message are kept; a longer one is cut at a char boundary and ends
/// with `...`, so a message never exceeds `MESSAGE_MAX_BYTES + 3` bytes.
pub const MESSAGE_MAX_BYTES: usize = 4096;

/// How many bytes of a code, a reason or an error type are kept (after sanitizing the code).
pub const CODE_MAX_BYTES: usize = 128;

/// How many bytes of a raw `code` or `__type` member are read before sanitizing.
const RAW_CODE_MAX_BYTES: usize = 1024;

/// The `Content-Type` of JSON 1.1 bodies, errors included.
pub const CONTENT_TYPE: &str = "application/x-amz-json-1.1";

/// The HTTP status of the client errors of the three operations (all of their documented
/// errors use it, `ServiceException` included).
pub const CLIENT_ERROR_STATUS: u16 = 400;

/// The members of a JSON 1.1 error response, read tolerantly, and its HTTP status when the
/// caller has it.
///
/// ```
/// use org_shapes::service_error::ErrorResponse;
///
/// let body = br#"{"__type": "com.amazonaws.workmail#NameAvailabilityException:http://internal",
///                 "Message": "The alias is taken."}"#;
/// let response = ErrorResponse::parse_with_status(400, None, body);
/// assert_eq!(response.code, "NameAvailabilityException");
/// assert_eq!(response.message.as_deref(), Some("The alias is taken."));
///
/// // Nothing is refused: a body that is not JSON still gives a response, with no code.
/// let response = ErrorResponse::parse(None, b"Bad Gateway\r\n");
/// assert_eq!(response.code, "");
/// assert_eq!(response.message.as_deref(), Some("Bad Gateway"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ErrorResponse {
    /// The HTTP status: the one given to [`Self::parse_with_status`], `None` from
    /// [`Self::parse`]. [`Violations::to_error_response`](crate::Violations::to_error_response)
    /// sets [`CLIENT_ERROR_STATUS`]. [`Self::to_json`] does not write it (it is not part of
    /// the body).
    pub status: Option<u16>,
    /// The error code, sanitized (see [`sanitize_code`]) and at most [`CODE_MAX_BYTES`]; empty
    /// when neither the header nor the body names one.
    pub code: String,
    /// The message (`Message`, else `message`), at most [`MESSAGE_MAX_BYTES`] and then
    /// followed by `...`. For a body that is not a JSON object, its text, trimmed. Each run of
    /// control chars in it became one space.
    pub message: Option<String>,
    /// The `Reason` member (else `reason`), as AWS Organizations sends with some errors: at
    /// most [`CODE_MAX_BYTES`], up to its first control char, without surrounding whitespace.
    pub reason: Option<String>,
    /// The `Type` member, as AWS Organizations sends with `TooManyRequestsException`; kept as
    /// the reason is.
    pub error_type: Option<String>,
}

impl ErrorResponse {
    /// Reads an error response from the value of its `X-Amzn-Errortype` header, when the
    /// caller has it, and its body.
    ///
    /// The code is the header's, else the body's `code`, else its `__type`: the first one
    /// that is not empty once sanitized. Never fails: a body that is empty, not JSON or cut
    /// short gives what could be read of it, and the code may end up empty. No member keeps a
    /// control char (see the [module documentation](self)).
    ///
    /// ```
    /// use org_shapes::service_error::ErrorResponse;
    ///
    /// let response = ErrorResponse::parse(
    ///     Some("Throttling\r\nX-Injected: 1"),
    ///     br#"{"Message": "Rate exceeded.\r\nRetry later.\u0000"}"#,
    /// );
    /// assert_eq!(response.code, "Throttling");
    /// assert_eq!(response.message.as_deref(), Some("Rate exceeded. Retry later. "));
    /// ```
    pub fn parse(header: Option<&str>, body: &[u8]) -> ErrorResponse {
        ErrorResponse::read(None, header, body)
    }

    /// Reads an error response as [`Self::parse`] does, and keeps its HTTP status, which
    /// decides whether the error is retryable (see the [retry rules](self#retry-rules)).
    ///
    /// Never fails, whatever the status: one that is not an error status (below 400) is kept
    /// as it is.
    pub fn parse_with_status(status: u16, header: Option<&str>, body: &[u8]) -> ErrorResponse {
        ErrorResponse::read(Some(status), header, body)
    }

    /// [`Self::parse`] and [`Self::parse_with_status`].
    fn read(status: Option<u16>, header: Option<&str>, body: &[u8]) -> ErrorResponse {
        let (
            members,
            [code, dunder_type, message_upper, message_lower, reason_upper, reason_lower, error_type],
        ) = scan::scan(
            body,
            [
                ("code", RAW_CODE_MAX_BYTES),
                ("__type", RAW_CODE_MAX_BYTES),
                ("Message", MESSAGE_MAX_BYTES),
                ("message", MESSAGE_MAX_BYTES),
                ("Reason", CODE_MAX_BYTES),
                ("reason", CODE_MAX_BYTES),
                ("Type", CODE_MAX_BYTES),
            ],
        );
        let code = [
            header,
            code.as_ref().map(|t| t.text.as_str()),
            dunder_type.as_ref().map(|t| t.text.as_str()),
        ]
        .into_iter()
        .flatten()
        .map(sanitize_code)
        .find(|c| !c.is_empty())
        .unwrap_or_default();
        let message = match members {
            true => message_upper
                .or(message_lower)
                .map(|t| marked(one_line(t.text), t.cut)),
            false => Some(body_text(body)),
        };
        let token = |t: scan::Text| String::from(first_line(&t.text));
        ErrorResponse {
            status,
            // Cutting can end inside whitespace: trim again so the code stays sanitized.
            code: String::from(cut_at_boundary(code, CODE_MAX_BYTES).0.trim_end()),
            message,
            reason: reason_upper.or(reason_lower).map(token),
            error_type: error_type.map(token),
        }
    }

    /// The JSON 1.1 body a service would send for this error:
    /// `{"__type":"…","Message":"…","Reason":"…","Type":"…"}`, members present only when set.
    /// Strings are escaped as JSON requires (quotes, backslashes, control chars); other chars,
    /// non-ASCII ones included, are written as they are.
    ///
    /// [`ErrorResponse::parse_with_status`], given the same status, reads the body back to the
    /// same value, provided the code is already sanitized, nothing exceeds the kept lengths
    /// and nothing holds a control char.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"__type\":");
        push_json_string(&mut out, &self.code);
        for (name, value) in [
            ("Message", &self.message),
            ("Reason", &self.reason),
            ("Type", &self.error_type),
        ] {
            if let Some(value) = value {
                out.push_str(",\"");
                out.push_str(name);
                out.push_str("\":");
                push_json_string(&mut out, value);
            }
        }
        out.push('}');
        out
    }
}

/// The error code in an `X-Amzn-Errortype` header value or a body's `code` / `__type`: the
/// value without leading whitespace and up to its first control char (as the
/// [module documentation](self) defines them); then what precedes the first `:`; then what
/// follows the first `#` in that; without surrounding whitespace.
///
/// ```
/// use org_shapes::service_error::sanitize_code;
/// assert_eq!(
///     sanitize_code("com.amazonaws.workmail#NameAvailabilityException:http://internal.amazon.com/"),
///     "NameAvailabilityException"
/// );
/// assert_eq!(sanitize_code("InvalidInputException"), "InvalidInputException");
/// assert_eq!(sanitize_code("Throttling\r\nX-Injected: 1"), "Throttling");
/// assert_eq!(sanitize_code("\u{1}Throttling"), "");
/// ```
pub fn sanitize_code(raw: &str) -> &str {
    let line = first_line(raw);
    let head = line.split(':').next().unwrap_or(line);
    let name = match head.split_once('#') {
        Some((_, after)) => after,
        None => head,
    };
    name.trim()
}

/// `raw` without leading whitespace, up to its first control char, without trailing
/// whitespace: how codes, reasons and types are kept.
fn first_line(raw: &str) -> &str {
    let rest = raw.trim_start();
    let end = rest.find(is_control).unwrap_or(rest.len());
    rest.get(..end).unwrap_or_default().trim_end()
}

/// `text` with each run of control chars replaced by one space: how messages are kept. Never
/// longer than `text`.
fn one_line(text: String) -> String {
    if !text.contains(is_control) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut in_run = false;
    for c in text.chars() {
        if is_control(c) {
            if !in_run {
                out.push(' ');
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// Whether an error with this HTTP status and code is retryable, by the
/// [retry rules](self#retry-rules); each operation's `is_retryable()` says this when its error
/// was read with `parse_with_status`.
///
/// ```
/// use org_shapes::service_error::is_retryable_response;
/// assert!(is_retryable_response(500, ""));
/// assert!(is_retryable_response(503, "InvalidParameterException"));
/// assert!(is_retryable_response(400, "ThrottlingException"));
/// assert!(is_retryable_response(400, "LimitExceededException"));
/// assert!(!is_retryable_response(400, "InvalidParameterException"));
/// assert!(!is_retryable_response(429, ""));
/// ```
pub fn is_retryable_response(status: u16, code: &str) -> bool {
    is_retryable(Some(status), code)
}

/// Whether an error of which only the code is known is retryable, by the
/// [retry rules](self#retry-rules): a throttling or transient code, or one of the
/// [`SERVER_FAULT_CODES`], standing in for the status. Each operation's `is_retryable()` says
/// this when its error was read with `parse`.
///
/// ```
/// use org_shapes::service_error::is_retryable_code;
/// assert!(is_retryable_code("ThrottlingException"));
/// assert!(is_retryable_code("LimitExceededException"));
/// assert!(is_retryable_code("ServiceException"));
/// assert!(!is_retryable_code("InvalidParameterException"));
/// // Without the status, an answer without a code cannot be told from a client error.
/// assert!(!is_retryable_code(""));
/// ```
pub fn is_retryable_code(code: &str) -> bool {
    is_retryable(None, code)
}

/// [`is_retryable_response`] with the status, [`is_retryable_code`] without it.
fn is_retryable(status: Option<u16>, code: &str) -> bool {
    let by_code = THROTTLING_CODES.contains(&code) || TRANSIENT_CODES.contains(&code);
    by_code
        || match status {
            Some(status) => TRANSIENT_STATUSES.contains(&status),
            None => SERVER_FAULT_CODES.contains(&code),
        }
}

/// The HTTP statuses botocore's standard retry mode retries whatever the code: internal
/// error, bad gateway, service unavailable, gateway timeout. (Its legacy mode also retries
/// 429; the standard mode and the AWS SDK for Rust retry a 429 only for a throttling code.)
pub const TRANSIENT_STATUSES: &[u16] = &[500, 502, 503, 504];

/// The codes botocore's standard retry mode treats as throttling, in its order
/// (`ThrottledRetryableChecker`); the AWS SDK for Rust uses the same list. It includes
/// `LimitExceededException`, so WorkMail's `LimitExceededException` is retried, as both
/// retry it.
pub const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// The codes botocore's standard retry mode treats as transient whatever the status
/// (`TransientRetryableChecker`). The AWS SDK for Rust has the first two;
/// `PriorRequestNotComplete` is also a throttling code for both.
pub const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
];

/// Codes AWS sends with a 5xx status: AWS Organizations' `ServiceException` (a server fault
/// in its model, status 500) and the common internal and unavailable errors of AWS services.
/// They count only when the status is unknown ([`is_retryable_code`]), as a stand-in for it;
/// with the status, the status decides, as in botocore.
///
/// ```
/// use org_shapes::service_error::{is_retryable_code, is_retryable_response, SERVER_FAULT_CODES};
/// assert!(SERVER_FAULT_CODES.iter().all(|code| is_retryable_code(code)));
/// assert!(!is_retryable_response(400, "InternalFailure"));
/// assert!(is_retryable_response(500, "InternalFailure"));
/// ```
pub const SERVER_FAULT_CODES: &[&str] = &[
    "ServiceException",
    "InternalFailure",
    "InternalError",
    "InternalServerError",
    "InternalServerException",
    "ServiceUnavailable",
    "ServiceUnavailableException",
];

/// A kept message, with `...` when it was cut.
fn marked(mut text: String, was_cut: bool) -> String {
    if was_cut {
        text.push_str("...");
    }
    text
}

/// The text of a body that is not a JSON object (a proxy's page, plain text), on one line,
/// trimmed and cut.
fn body_text(body: &[u8]) -> String {
    let head = body.get(..MESSAGE_MAX_BYTES).unwrap_or(body);
    let text = one_line(String::from_utf8_lossy(head).into_owned());
    let (kept, was_cut) = cut_at_boundary(text.trim(), MESSAGE_MAX_BYTES);
    marked(String::from(kept), was_cut || head.len() < body.len())
}

/// Appends `s` as a JSON string literal.
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Declares the error enum of one operation: one variant per documented code (some with the
/// `reason` or the `Type` their exception carries), and `Unknown` for any other code.
macro_rules! operation_error {
    (
        $(#[$attr:meta])*
        pub enum $name:ident in $module:ident {
            $(
                $(#[$vattr:meta])*
                $variant:ident = $code:literal $({ $(#[$fattr:meta])* $field:ident: $fty:ty })?,
            )+
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vattr])*
                #[doc = ""]
                #[doc = concat!("Code `", $code, "`.")]
                $variant {
                    $($(#[$fattr])* $field: Option<$fty>,)?
                    /// The service's message, if any.
                    message: Option<String>,
                    /// The HTTP status, when the error was read with it.
                    status: Option<u16>,
                },
            )+
            /// A code the operation does not document (or none at all: `code` is then empty).
            Unknown {
                /// The sanitized code.
                code: String,
                /// The service's message, if any.
                message: Option<String>,
                /// The HTTP status, when the error was read with it.
                status: Option<u16>,
            },
        }

        impl $name {
            /// The documented codes, in model order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// Reads an error response: the `X-Amzn-Errortype` header value if the caller has
            /// it, and the body. Never fails; see [`ErrorResponse::parse`]. Without the HTTP
            /// status, [`Self::is_retryable`] cannot see a 5xx answer: use
            /// [`Self::parse_with_status`] when you have it.
            pub fn parse(header: Option<&str>, body: &[u8]) -> Self {
                ErrorResponse::parse(header, body).into()
            }

            /// Reads an error response with its HTTP status, which [`Self::is_retryable`]
            /// then follows. Never fails; see [`ErrorResponse::parse_with_status`].
            pub fn parse_with_status(status: u16, header: Option<&str>, body: &[u8]) -> Self {
                ErrorResponse::parse_with_status(status, header, body).into()
            }

            /// The error code, as the service names it (`Unknown` keeps the one it got).
            pub fn code(&self) -> &str {
                match self {
                    $($name::$variant { .. } => $code,)+
                    $name::Unknown { code, .. } => code,
                }
            }

            /// The service's message, if it sent one.
            pub fn message(&self) -> Option<&str> {
                match self {
                    $($name::$variant { message, .. })|+ | $name::Unknown { message, .. } => {
                        message.as_deref()
                    }
                }
            }

            /// The HTTP status, when the error was read with it ([`Self::parse_with_status`]).
            pub fn status(&self) -> Option<u16> {
                match self {
                    $($name::$variant { status, .. })|+ | $name::Unknown { status, .. } => *status,
                }
            }

            /// The reason's wire value, for the errors that carry one.
            pub fn reason(&self) -> Option<&str> {
                match self {
                    $($name::$variant { $($field: extra,)? .. } => {
                        operation_error!(@reason $($field extra)?)
                    })+
                    $name::Unknown { .. } => None,
                }
            }

            /// Whether to send the same request again, as botocore's standard retry mode
            /// decides (see the [retry rules](super#retry-rules)): with the status, as
            /// [`super::is_retryable_response`] says; without it, as
            /// [`super::is_retryable_code`] says.
            ///
            /// ```
            #[doc = concat!("use org_shapes::", stringify!($module), "::", stringify!($name), ";")]
            ///
            #[doc = concat!("let throttled = ", stringify!($name), "::parse_with_status(400, Some(\"ThrottlingException\"), b\"{}\");")]
            /// assert!(throttled.is_retryable());
            /// let html = b"<html><body>502 Bad Gateway</body></html>";
            #[doc = concat!("let unavailable = ", stringify!($name), "::parse_with_status(502, None, html);")]
            /// assert!(unavailable.is_retryable());
            /// assert_eq!((unavailable.code(), unavailable.status()), ("", Some(502)));
            /// // Without the status, the same answer is not retryable.
            #[doc = concat!("assert!(!", stringify!($name), "::parse(None, html).is_retryable());")]
            #[doc = concat!("let invalid = ", stringify!($name), "::parse_with_status(400, Some(\"InvalidParameterException\"), b\"{}\");")]
            /// assert!(!invalid.is_retryable());
            /// ```
            pub fn is_retryable(&self) -> bool {
                super::is_retryable(self.status(), self.code())
            }
        }

        impl From<ErrorResponse> for $name {
            fn from(response: ErrorResponse) -> Self {
                let ErrorResponse { status, code, message, .. } = response;
                match code.as_str() {
                    $($code => $name::$variant {
                        $($field: operation_error!(@take $field, $fty, response),)?
                        message,
                        status,
                    },)+
                    _ => $name::Unknown { code, message, status },
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.code() {
                    "" => f.write_str("error response without a code")?,
                    code => f.write_str(code)?,
                }
                if let Some(message) = self.message() {
                    write!(f, ": {message}")?;
                }
                if let Some(reason) = self.reason() {
                    write!(f, " (reason: {reason})")?;
                }
                Ok(())
            }
        }

        impl core::error::Error for $name {}
    };
    (@reason reason $extra:ident) => {
        $extra.as_ref().map(|r| r.as_str())
    };
    (@reason error_type $extra:ident) => {{
        let _ = $extra;
        None
    }};
    (@reason) => {
        None
    };
    (@take reason, $fty:ty, $response:ident) => {
        $response.reason.as_deref().map(<$fty>::parse)
    };
    (@take error_type, $fty:ty, $response:ident) => {
        $response.error_type
    };
}

/// Declares the enum of an exception's `Reason` values, with an `Unknown` variant for values
/// the model does not list yet.
macro_rules! reason_enum {
    (
        $(#[$attr:meta])*
        pub enum $name:ident: $model:literal {
            $( $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$attr])*
        ///
        /// Reading a reason never fails: values the model does not list are kept in
        /// `Unknown`.
        ///
        #[doc = reason_enum!(@example $name, $($variant = $wire),+)]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $wire, "`.")]
                $variant,
            )+
            /// A value the model does not list (AWS adds reasons over time), as it arrived.
            Unknown(alloc::string::String),
        }

        impl $name {
            /// The model shape the values come from.
            pub const MODEL_NAME: &'static str = $model;
            /// Every value the model lists, in model order.
            pub const VALUES: &'static [&'static str] = &[$($wire),+];

            /// Reads a wire value (exact, case-sensitive); never fails.
            pub fn parse(s: &str) -> Self {
                match s {
                    $($wire => $name::$variant,)+
                    other => $name::Unknown(other.into()),
                }
            }

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Unknown(s) => s,
                }
            }

            /// Whether the model lists this value.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self::parse(s)
            }
        }

        impl core::str::FromStr for $name {
            type Err = core::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::parse(s))
            }
        }
    };
    // The enum's example: its first value read, and a value the model does not list kept.
    (@example $name:ident, $first:ident = $first_wire:literal $(, $rest:ident = $rest_wire:literal)*) => {
        concat!(
            "```\nuse org_shapes::service_error::organizations::", stringify!($name), ";\n\n",
            "let reason = ", stringify!($name), "::parse(\"", $first_wire, "\");\n",
            "assert_eq!(reason, ", stringify!($name), "::", stringify!($first), ");\n",
            "assert_eq!(reason.as_str(), \"", $first_wire, "\");\n\n",
            "// A value the model does not list (yet) is kept as it came, not refused.\n",
            "let newer = ", stringify!($name), "::parse(\"SOME_FUTURE_REASON\");\n",
            "assert!(!newer.is_known());\n",
            "assert_eq!(newer.as_str(), \"SOME_FUTURE_REASON\");\n```"
        )
    };
}

// After the macros, which they use.
pub mod organizations;
mod reasons;
pub mod workmail;
