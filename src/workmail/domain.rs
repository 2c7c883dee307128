use crate::text::{check_len, invalid_char, AsciiClass, DOMAIN_CHAR};
use crate::Error;

const SLASHES: AsciiClass = AsciiClass::new(&[], b"/\\", "'/' or '\\'");

string_shape! {
    /// A mail domain of an organization, such as `mail.example.com`.
    /// DNS label rules are the opt-in [`Self::check_dns_labels`].
    pub struct DomainName;
    model: crate::model::workmail::DOMAIN_NAME,
    regex: Some(r"^[a-zA-Z0-9.-]+$"),
    validate: validate_domain = (only DOMAIN_CHAR),
    examples: ["example.com", "exa_mple.com"], // `_` is not a domain char
    storage: text,
    layout: Layout::new(&[run(&DOMAIN_CHAR, 1, MANY)]),
}

/// Why a valid domain name would not work in DNS ([`DomainName::check_dns_labels`]).
///
/// ```
/// use org_shapes::workmail::{DnsLabelError, DomainName};
/// let name: DomainName = "mail..example.com".parse()?; // the model accepts it
/// assert_eq!(name.check_dns_labels(), Err(DnsLabelError::EmptyLabel { index: 1 }));
/// assert_eq!(DnsLabelError::SingleLabel.to_string(), "a domain needs at least two labels");
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DnsLabelError {
    /// An empty label (a leading, double or trailing dot).
    #[error("label {index} is empty")]
    EmptyLabel {
        /// From 0.
        index: usize,
    },
    /// A label longer than 63 chars.
    #[error("label {index} has {len} chars, more than 63")]
    LabelTooLong {
        /// From 0.
        index: usize,
        /// In chars.
        len: usize,
    },
    /// A label that starts or ends with a hyphen.
    #[error("label {index} starts or ends with '-'")]
    HyphenAtEdge {
        /// From 0.
        index: usize,
    },
    /// A single label, which no public mail domain has.
    #[error("a domain needs at least two labels")]
    SingleLabel,
    /// More than 253 chars.
    #[error("the name has more than 253 chars")]
    NameTooLong,
}

impl DomainName {
    /// Checks the DNS rules of [`DnsLabelError`], beyond the model.
    ///
    /// # Errors
    ///
    /// The first rule broken.
    pub fn check_dns_labels(&self) -> Result<(), DnsLabelError> {
        let name = self.as_str();
        if name.len() > 253 {
            return Err(DnsLabelError::NameTooLong);
        }
        for (index, label) in name.split('.').enumerate() {
            return Err(match label.len() {
                0 => DnsLabelError::EmptyLabel { index },
                len @ 64.. => DnsLabelError::LabelTooLong { index, len },
                _ if label.starts_with('-') || label.ends_with('-') => {
                    DnsLabelError::HyphenAtEdge { index }
                }
                _ => continue,
            });
        }
        if !name.contains('.') {
            return Err(DnsLabelError::SingleLabel);
        }
        Ok(())
    }
}

string_shape! {
    /// The id of the Route 53 hosted zone that serves a domain, such as `Z0123456789ABCDEFGHIJ`.
    /// With it, WorkMail writes the domain's DNS records.
    pub struct HostedZoneId;
    model: crate::model::workmail::HOSTED_ZONE_ID,
    regex: Some(r"^[^/\\]*$"),
    validate: validate_zone,
    examples: ["Z0123456789", "/hostedzone/Z0123456789"], // `/` is excluded
    storage: text,
    layout: Layout::new(&[Run(Class::Except(&SLASHES), 1, MANY)]),
}

const fn validate_zone(s: &str) -> Result<(), Error> {
    let shape = HostedZoneId::SHAPE;
    tri!(check_len(shape, s));
    match SLASHES.first_inside(s.as_bytes()) {
        Some(at) => Err(invalid_char(shape, s, at, "any char but '/' and '\\'")),
        None => Ok(()),
    }
}
