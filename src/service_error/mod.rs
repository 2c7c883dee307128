//! Error responses of the three operations ([guide](crate#read-an-error-response)): read
//! ([`ErrorResponse::parse`]), classified per operation ([`workmail`], [`organizations`]) and
//! written back for emulators ([`ErrorResponse::to_json`]). What is read is bounded
//! ([`CODE_MAX_BYTES`], [`MESSAGE_MAX_BYTES`]): a code, reason or type ends at its first
//! [control char](crate::violation::Excerpt); in a message each run of them becomes one space.
//!
//! # Retry rules
//!
//! [`TRANSIENT_STATUSES`] whatever the code, [`THROTTLING_CODES`] and [`TRANSIENT_CODES`]
//! whatever the status; without the status, [`SERVER_FAULT_CODES`] stand in for a 5xx.
//!
//! ```
//! use org_shapes::service_error::{is_retryable_code, is_retryable_response};
//!
//! assert!(is_retryable_response(503, "InvalidParameterException"));
//! assert!(is_retryable_response(400, "LimitExceededException"));
//! assert!(!is_retryable_response(429, ""));
//! assert!(!is_retryable_response(400, "InternalFailure"));
//! assert!(is_retryable_code("InternalFailure"));
//! assert!(!is_retryable_code("InvalidParameterException"));
//! ```

use crate::text::{cut_at_boundary, is_control};
use alloc::string::String;
use core::fmt::Write as _;

mod render;
mod scan;

/// Bytes of a message kept; a longer one is cut at a char boundary and ends with `...`.
pub const MESSAGE_MAX_BYTES: usize = 4096;

/// Bytes of a code, reason or error type kept (after sanitizing the code).
pub const CODE_MAX_BYTES: usize = 128;

/// Before sanitizing.
const RAW_CODE_MAX_BYTES: usize = 1024;

/// The `Content-Type` of JSON 1.1 bodies.
pub const CONTENT_TYPE: &str = "application/x-amz-json-1.1";

/// The HTTP status of every documented error of the three operations.
pub const CLIENT_ERROR_STATUS: u16 = 400;

/// A JSON 1.1 error response, read tolerantly, with its HTTP status when known.
///
/// ```
/// use org_shapes::service_error::ErrorResponse;
///
/// let body = br#"{"__type": "com.amazonaws.workmail#NameAvailabilityException:http://internal",
///                 "Message": "The alias is taken."}"#;
/// let response = ErrorResponse::parse_with_status(400, None, body);
/// assert_eq!(response.code, "NameAvailabilityException");
/// assert_eq!(response.message.as_deref(), Some("The alias is taken."));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ErrorResponse {
    /// The HTTP status, if known; not part of the body.
    pub status: Option<u16>,
    /// The code, by [`sanitize_code`]; empty when neither header nor body names one.
    pub code: String,
    /// `Message`, else `message`; for a body that is not a JSON object, its trimmed text.
    pub message: Option<String>,
    /// `Reason`, else `reason` (AWS Organizations), trimmed.
    pub reason: Option<String>,
    /// `Type` (AWS Organizations' `TooManyRequestsException`), trimmed.
    pub error_type: Option<String>,
}

impl ErrorResponse {
    /// Reads the `X-Amzn-Errortype` header value (if known) and the body. The code is the first
    /// non-empty of header, `code`, `__type`.
    pub fn parse(header: Option<&str>, body: &[u8]) -> ErrorResponse {
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
        let message = if members {
            message_upper.or(message_lower)
        } else {
            // The body's text, its control chars made spaces before it is trimmed.
            let head = body.get(..MESSAGE_MAX_BYTES).unwrap_or(body);
            let text = one_line(String::from_utf8_lossy(head).into_owned());
            let (kept, cut) = cut_at_boundary(text.trim(), MESSAGE_MAX_BYTES);
            let text = String::from(kept);
            let cut = cut || head.len() < body.len();
            Some(scan::Text { text, cut })
        };
        let token = |t: scan::Text| String::from(first_line(&t.text));
        ErrorResponse {
            status: None,
            // A cut can end in whitespace.
            code: String::from(cut_at_boundary(code, CODE_MAX_BYTES).0.trim_end()),
            message: message.map(|t| {
                let mut text = one_line(t.text);
                text.push_str(if t.cut { "..." } else { "" });
                text
            }),
            reason: reason_upper.or(reason_lower).map(token),
            error_type: error_type.map(token),
        }
    }

    /// [`Self::parse`], keeping the status (as given) for the [retry rules](self#retry-rules).
    pub fn parse_with_status(status: u16, header: Option<&str>, body: &[u8]) -> ErrorResponse {
        let mut response = ErrorResponse::parse(header, body);
        response.status = Some(status);
        response
    }

    /// The JSON 1.1 body, `{"__type":"…","Message":"…","Reason":"…","Type":"…"}` (members when
    /// set); [`Self::parse_with_status`] reads it back unchanged if sanitized and within bounds.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"__type\":");
        push_json_string(&mut out, &self.code);
        for (name, value) in [
            ("Message", &self.message),
            ("Reason", &self.reason),
            ("Type", &self.error_type),
        ] {
            if let Some(value) = value {
                let _ = write!(out, ",\"{name}\":");
                push_json_string(&mut out, value);
            }
        }
        out.push('}');
        out
    }
}

/// The code in a header value, `code` or `__type`: up to the first control char, before the
/// first `:`, after the first `#`, trimmed ([`ErrorResponse`]'s example shows one).
pub fn sanitize_code(raw: &str) -> &str {
    let line = first_line(raw);
    let head = line.split(':').next().unwrap_or(line);
    head.split_once('#').map_or(head, |(_, after)| after).trim()
}

fn first_line(raw: &str) -> &str {
    let rest = raw.trim_start();
    rest.split(is_control).next().unwrap_or(rest).trim_end()
}

fn one_line(text: String) -> String {
    if !text.contains(is_control) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut in_run = false;
    for c in text.chars() {
        let control = is_control(c);
        if !(control && in_run) {
            out.push(if control { ' ' } else { c });
        }
        in_run = control;
    }
    out
}

/// Whether to retry, by the [retry rules](self#retry-rules).
pub fn is_retryable_response(status: u16, code: &str) -> bool {
    is_retryable(Some(status), code)
}

/// Whether to retry when the status is unknown, by the [retry rules](self#retry-rules).
pub fn is_retryable_code(code: &str) -> bool {
    is_retryable(None, code)
}

fn is_retryable(status: Option<u16>, code: &str) -> bool {
    THROTTLING_CODES.contains(&code)
        || TRANSIENT_CODES.contains(&code)
        || status.map_or(SERVER_FAULT_CODES.contains(&code), |s| {
            TRANSIENT_STATUSES.contains(&s)
        })
}

/// Statuses retried whatever the code (a 429 only with a throttling code).
pub const TRANSIENT_STATUSES: &[u16] = &[500, 502, 503, 504];

/// Throttling codes, as botocore's `ThrottledRetryableChecker` and the AWS SDK for Rust list them.
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

/// Transient codes, as botocore's `TransientRetryableChecker` lists them.
pub const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
];

/// Codes AWS sends with a 5xx status; retried only when the status is unknown.
pub const SERVER_FAULT_CODES: &[&str] = &[
    "ServiceException",
    "InternalFailure",
    "InternalError",
    "InternalServerError",
    "InternalServerException",
    "ServiceUnavailable",
    "ServiceUnavailableException",
];

fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            // JSON's short escapes of these are Rust's.
            '"' | '\\' | '\n' | '\r' | '\t' => out.extend(c.escape_default()),
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

/// Declares an operation's error enum: a variant per documented code, and `Unknown`.
macro_rules! operation_error {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $(
                $(#[$vattr:meta])*
                $variant:ident = $code:literal $({ $field:ident: $fty:ty })?,
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
                    $(
                        /// The body's `Reason` (its `Type` for `error_type`), if given.
                        $field: Option<$fty>,
                    )?
                    /// The service's message, if any.
                    message: Option<alloc::string::String>,
                    /// The HTTP status, when the error was read with it.
                    status: Option<u16>,
                },
            )+
            /// An undocumented code, or none (`code` empty).
            Unknown {
                /// The sanitized code.
                code: alloc::string::String,
                /// The service's message, if any.
                message: Option<alloc::string::String>,
                /// The HTTP status, when the error was read with it.
                status: Option<u16>,
            },
        }

        impl $name {
            /// The documented codes.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// Reads an error response; see [`ErrorResponse::parse`](super::ErrorResponse::parse).
            /// Prefer [`Self::parse_with_status`] when the status is known.
            pub fn parse(header: Option<&str>, body: &[u8]) -> Self {
                $crate::service_error::ErrorResponse::parse(header, body).into()
            }

            /// Reads an error response with its status; see
            /// [`ErrorResponse::parse_with_status`](super::ErrorResponse::parse_with_status).
            pub fn parse_with_status(status: u16, header: Option<&str>, body: &[u8]) -> Self {
                $crate::service_error::ErrorResponse::parse_with_status(status, header, body).into()
            }

            /// The code, message, status and reason of any variant.
            fn parts(&self) -> (&str, Option<&str>, Option<u16>, Option<&str>) {
                match self {
                    $($name::$variant { message, status, $($field: extra,)? } => {
                        let reason = operation_error!(@reason $($field extra)?);
                        ($code, message.as_deref(), *status, reason)
                    })+
                    $name::Unknown { code, message, status } => {
                        (code, message.as_deref(), *status, None)
                    }
                }
            }

            /// The error code (`Unknown` keeps the one it got).
            pub fn code(&self) -> &str {
                self.parts().0
            }

            /// The service's message, if any.
            pub fn message(&self) -> Option<&str> {
                self.parts().1
            }

            /// The HTTP status, when read with it.
            pub fn status(&self) -> Option<u16> {
                self.parts().2
            }

            /// The reason's wire value, if any.
            pub fn reason(&self) -> Option<&str> {
                self.parts().3
            }

            /// Whether to send the request again, by the [retry rules](super#retry-rules).
            pub fn is_retryable(&self) -> bool {
                super::is_retryable(self.status(), self.code())
            }
        }

        impl From<$crate::service_error::ErrorResponse> for $name {
            fn from(response: $crate::service_error::ErrorResponse) -> Self {
                let $crate::service_error::ErrorResponse { status, code, message, .. } = response;
                match code.as_str() {
                    $($code => $name::$variant {
                        $($field: response.$field.as_deref().map(<$fty>::from),)?
                        message,
                        status,
                    },)+
                    _ => $name::Unknown { code, message, status },
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let (code, message, _, reason) = self.parts();
                f.write_str(if code.is_empty() { "error response without a code" } else { code })?;
                if let Some(message) = message {
                    write!(f, ": {message}")?;
                }
                if let Some(reason) = reason {
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
    (@reason $($field:ident $extra:ident)?) => {{
        $(let _ = $extra;)?
        None
    }};
}

/// Declares an exception's `Reason` enum, with `Unknown` for values the model lacks.
macro_rules! reason_enum {
    ($(
        $(#[$attr:meta])*
        pub enum $name:ident: $model:literal {
            $( $variant:ident = $wire:literal, )+
        }
    )+) => {$(
        $(#[$attr])*
        ///
        #[doc = reason_enum!(@example $name, $($variant = $wire),+)]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $wire, "`.")]
                $variant,
            )+
            /// A value the model does not list, as it arrived.
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

        text_impls!(@display $name);

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
    )+};
    (@example $name:ident, $first:ident = $first_wire:literal $(, $rest:ident = $rest_wire:literal)*) => {
        concat!(
            "```\nuse org_shapes::service_error::organizations::", stringify!($name), ";\n\n",
            "let reason = ", stringify!($name), "::parse(\"", $first_wire, "\");\n",
            "assert_eq!(reason, ", stringify!($name), "::", stringify!($first), ");\n",
            "assert_eq!(reason.as_str(), \"", $first_wire, "\");\n\n",
            "let newer = ", stringify!($name), "::parse(\"SOME_FUTURE_REASON\");\n",
            "assert!(!newer.is_known());\n",
            "assert_eq!(newer.as_str(), \"SOME_FUTURE_REASON\");\n```"
        )
    };
}

pub mod organizations;
mod reasons;
pub mod workmail;
