//! WorkMail `CreateOrganization`: the typed request, the request as it arrived on the wire,
//! and the response.
//!
//! ```
//! use org_shapes::workmail::{CreateOrganizationRequest, Domain, Domains, UserDirectory};
//!
//! let mut domains = Domains::new();
//! domains.push(Domain::new("example.com".parse()?)).expect("room");
//! let request = CreateOrganizationRequest::builder("acme".parse()?)
//!     .directory(UserDirectory::Existing("d-0123456789".parse()?))
//!     .domains(domains)
//!     .build();
//! # #[cfg(feature = "serde")]
//! assert_eq!(
//!     serde_json::to_string(&request).unwrap(),
//!     r#"{"DirectoryId":"d-0123456789","Alias":"acme","Domains":[{"DomainName":"example.com"}]}"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::violation::{Path, Sink};
#[cfg(feature = "alloc")]
use crate::Violations;

use super::{ClientToken, DirectoryFacts, Domains, Encryption, KmsKeyArn, OrgAlias, UserDirectory};

// Wire names of the members; some are used only by the serde and alloc parts.
#[cfg_attr(not(all(feature = "serde", feature = "alloc")), allow(dead_code))]
mod member {
    pub(super) const DIRECTORY_ID: &str = "DirectoryId";
    pub(super) const ALIAS: &str = "Alias";
    pub(super) const CLIENT_TOKEN: &str = "ClientToken";
    pub(super) const DOMAINS: &str = "Domains";
    pub(super) const KMS_KEY_ARN: &str = "KmsKeyArn";
    pub(super) const ENABLE_INTEROPERABILITY: &str = "EnableInteroperability";
}
use member::*;

/// A WorkMail `CreateOrganization` request that the model's constraints accept: every member
/// is of its checked type, there are at most five domains, and interoperability can only be
/// asked for together with an (AD Connector) directory.
///
/// Build it with [`CreateOrganizationRequest::builder`], from set-up choices with
/// [`super::OrganizationSetup`], or from what arrived with
/// [`CreateOrganizationInput::validate`] (which `Deserialize` uses).
///
/// # Wire form
///
/// `Serialize` writes the JSON body of the operation with the API's member names, in model
/// order, leaving out what is absent: `Domains` when the list is empty, `EnableInteroperability`
/// unless it is true (the service reads an absent value as false). Reading such a body back
/// gives an equal request. `Deserialize` refuses a body with any violation, unknown members
/// included, and its error lists them all.
///
/// Checks that need facts about the directory (its alias, its kind, whether it is shared or
/// multi-Region) are separate: [`CreateOrganizationRequest::check_directory`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreateOrganizationRequest {
    alias: OrgAlias,
    directory: UserDirectory,
    client_token: Option<ClientToken>,
    domains: Domains,
    kms_key_arn: Option<KmsKeyArn>,
}

/// Builds a [`CreateOrganizationRequest`]; every step takes a checked value, so building
/// cannot fail.
#[derive(Debug, Clone)]
#[must_use]
pub struct CreateOrganizationRequestBuilder {
    request: CreateOrganizationRequest,
}

impl CreateOrganizationRequest {
    /// Starts a request for an organization named `alias`, with a new WorkMail directory, no
    /// domain besides the free test domain, the WorkMail-managed key, and no client token.
    pub const fn builder(alias: OrgAlias) -> CreateOrganizationRequestBuilder {
        CreateOrganizationRequestBuilder {
            request: CreateOrganizationRequest {
                alias,
                directory: UserDirectory::NewWorkMailDirectory,
                client_token: None,
                domains: Domains::new(),
                kms_key_arn: None,
            },
        }
    }

    /// A builder that starts from this request.
    pub fn into_builder(self) -> CreateOrganizationRequestBuilder {
        CreateOrganizationRequestBuilder { request: self }
    }

    /// The `Alias` member.
    pub const fn alias(&self) -> &OrgAlias {
        &self.alias
    }

    /// The directory choice (`DirectoryId` and `EnableInteroperability`).
    pub const fn directory(&self) -> &UserDirectory {
        &self.directory
    }

    /// The `ClientToken` member.
    pub const fn client_token(&self) -> Option<&ClientToken> {
        self.client_token.as_ref()
    }

    /// The `Domains` member (empty when absent).
    pub const fn domains(&self) -> &Domains {
        &self.domains
    }

    /// The `KmsKeyArn` member.
    pub const fn kms_key_arn(&self) -> Option<&KmsKeyArn> {
        self.kms_key_arn.as_ref()
    }

    /// The encryption choice that `KmsKeyArn` expresses.
    pub fn encryption(&self) -> Encryption {
        match &self.kms_key_arn {
            Some(arn) => Encryption::CustomerManagedKey(arn.clone()),
            None => Encryption::WorkMailManagedKey,
        }
    }

    /// Checks the request against facts about the directory it names, reporting each broken
    /// rule to `sink` in model member order:
    ///
    /// - `DirectoryId`: [`Rule::DirectoryFactsMismatch`] when the request names no directory
    ///   or another one (the remaining facts are then not checked);
    ///   [`Rule::SharedDirectoryUnsupported`]; [`Rule::MultiRegionDirectoryUnsupported`];
    /// - `Alias`: [`Rule::AliasMustMatchDirectory`] unless it equals the directory's alias;
    /// - `EnableInteroperability`: [`Rule::InteroperabilityNeedsAdConnector`] when
    ///   interoperability is on and the directory is not an AD Connector.
    ///
    /// Nothing here allocates.
    ///
    /// [`Rule::DirectoryFactsMismatch`]: crate::violation::Rule::DirectoryFactsMismatch
    /// [`Rule::SharedDirectoryUnsupported`]: crate::violation::Rule::SharedDirectoryUnsupported
    /// [`Rule::MultiRegionDirectoryUnsupported`]: crate::violation::Rule::MultiRegionDirectoryUnsupported
    /// [`Rule::AliasMustMatchDirectory`]: crate::violation::Rule::AliasMustMatchDirectory
    /// [`Rule::InteroperabilityNeedsAdConnector`]: crate::violation::Rule::InteroperabilityNeedsAdConnector
    pub fn check_directory<S: Sink + ?Sized>(&self, facts: &DirectoryFacts<'_>, sink: &mut S) {
        let id = self.directory.directory_id();
        if !facts.check_directory_id(id.as_ref(), Path::member(DIRECTORY_ID), sink) {
            return;
        }
        facts.check_alias(self.alias.as_str(), Path::member(ALIAS), sink);
        if self.directory.interoperability_enabled() {
            facts.check_interoperability(Path::member(ENABLE_INTEROPERABILITY), sink);
        }
    }

    /// [`CreateOrganizationRequest::check_directory`], collected.
    ///
    /// # Errors
    ///
    /// Every rule the request breaks, in model member order.
    #[cfg(feature = "alloc")]
    pub fn validate_with_directory(&self, facts: &DirectoryFacts<'_>) -> Result<(), Violations> {
        let mut all = Violations::new();
        self.check_directory(facts, &mut all);
        all.into_result(())
    }
}

impl CreateOrganizationRequestBuilder {
    /// Sets the directory choice (default: a new WorkMail directory).
    pub fn directory(mut self, directory: UserDirectory) -> Self {
        self.request.directory = directory;
        self
    }

    /// Sets the idempotency token.
    pub fn client_token(mut self, token: ClientToken) -> Self {
        self.request.client_token = Some(token);
        self
    }

    /// Sets the domains (at most five by construction of [`Domains`]).
    pub fn domains(mut self, domains: Domains) -> Self {
        self.request.domains = domains;
        self
    }

    /// Encrypts mailboxes with the customer managed KMS key `arn`.
    pub fn kms_key_arn(mut self, arn: KmsKeyArn) -> Self {
        self.request.kms_key_arn = Some(arn);
        self
    }

    /// Sets the encryption choice: the WorkMail-managed key leaves `KmsKeyArn` out.
    pub fn encryption(mut self, encryption: Encryption) -> Self {
        self.request.kms_key_arn = match encryption {
            Encryption::WorkMailManagedKey => None,
            Encryption::CustomerManagedKey(arn) => Some(arn),
        };
        self
    }

    /// The request.
    #[must_use]
    pub fn build(self) -> CreateOrganizationRequest {
        self.request
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CreateOrganizationRequest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        if let Some(id) = self.directory.directory_id() {
            map.serialize_entry(DIRECTORY_ID, &id)?;
        }
        map.serialize_entry(ALIAS, &self.alias)?;
        if let Some(token) = &self.client_token {
            map.serialize_entry(CLIENT_TOKEN, token)?;
        }
        if !self.domains.is_empty() {
            map.serialize_entry(DOMAINS, &self.domains)?;
        }
        if let Some(arn) = &self.kms_key_arn {
            map.serialize_entry(KMS_KEY_ARN, arn)?;
        }
        if self.directory.interoperability_enabled() {
            map.serialize_entry(ENABLE_INTEROPERABILITY, &true)?;
        }
        map.end()
    }
}

#[cfg(all(feature = "serde", feature = "alloc"))]
impl<'de> serde::Deserialize<'de> for CreateOrganizationRequest {
    /// Reads the body as a [`CreateOrganizationInput`] and validates it; the error message is
    /// the AWS-style list of every violation.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        input::read_request(d)
    }
}

#[cfg(feature = "alloc")]
pub use input::{CreateOrganizationInput, DomainInput};

#[cfg(feature = "alloc")]
mod input {
    use alloc::boxed::Box;
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::super::{
        ClientToken, DirectoryFacts, DirectoryId, Domain, DomainName, Domains, HostedZoneId,
        KmsKeyArn, OrgAlias, UserDirectory, MAX_DOMAINS,
    };
    use super::{
        CreateOrganizationRequest, ALIAS, CLIENT_TOKEN, DIRECTORY_ID, DOMAINS,
        ENABLE_INTEROPERABILITY, KMS_KEY_ARN,
    };
    use crate::check::{self, Checked, Reported, TextIn, Watch};
    use crate::validate::{Context, Validate};
    use crate::violation::{Constraint, Excerpt, Path, Rule, Shown, Sink, Violation};
    use crate::wire::{Field, JsonKind};
    use crate::Violations;

    wire_input! {
        /// A `CreateOrganization` request as it arrived, before any check: each member absent,
        /// present, or of the wrong JSON type, plus the names of members the model does not
        /// have. Deserializing it fails only on malformed JSON; [`CreateOrganizationInput::validate`]
        /// then reports everything that is wrong at once.
        pub struct CreateOrganizationInput {
            /// `DirectoryId`: the existing directory, if any.
            "DirectoryId" => directory_id: String,
            /// `Alias` (required).
            "Alias" => alias: String,
            /// `ClientToken`: the idempotency token.
            "ClientToken" => client_token: String,
            /// `Domains`: each element as it arrived.
            "Domains" => domains: Vec<Field<Box<DomainInput>>>,
            /// `KmsKeyArn`: the customer managed key.
            "KmsKeyArn" => kms_key_arn: String,
            /// `EnableInteroperability`.
            "EnableInteroperability" => enable_interoperability: bool,
        }
        view CreateOrganizationView;
    }

    wire_input! {
        /// One element of `Domains` as it arrived.
        pub struct DomainInput {
            /// `DomainName` (required).
            "DomainName" => domain_name: String,
            /// `HostedZoneId`.
            "HostedZoneId" => hosted_zone_id: String,
        }
        view DomainView;
    }

    /// Reads and validates a request body; the error is the AWS-style list of every violation.
    #[cfg(feature = "serde")]
    pub(super) fn read_request<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<CreateOrganizationRequest, D::Error> {
        use serde::Deserialize;
        let v = CreateOrganizationView::deserialize(d)?;
        let members = Members {
            directory_id: v.directory_id,
            alias: v.alias,
            client_token: v.client_token,
            domains: v.domains.map(|list| {
                list.into_iter().map(|element| {
                    element.map(|d| DomainMembers {
                        domain_name: d.domain_name,
                        hosted_zone_id: d.hosted_zone_id,
                        unknown_members: d.unknown_members,
                    })
                })
            }),
            kms_key_arn: v.kms_key_arn,
            enable_interoperability: v.enable_interoperability,
            unknown_members: v.unknown_members,
        };
        Violations::collect(|sink| check(members, None, sink)).map_err(serde::de::Error::custom)
    }

    impl CreateOrganizationInput {
        /// This input with one more element of `Domains` (the list is made present if it was
        /// not), for building an input from one's own data.
        ///
        /// ```
        /// use org_shapes::workmail::{CreateOrganizationInput, DomainInput};
        ///
        /// let input = CreateOrganizationInput::default()
        ///     .alias("acme")
        ///     .with_domain(DomainInput::default().domain_name("mail.acme.example"))
        ///     .with_domain(DomainInput::default().domain_name("acme.example").hosted_zone_id("Z0123"));
        /// let request = input.validate().expect("valid");
        /// assert_eq!(request.domains().len(), 2);
        /// ```
        #[must_use]
        pub fn with_domain(mut self, domain: DomainInput) -> Self {
            let element = Field::Present(Box::new(domain));
            match &mut self.domains {
                Field::Present(list) => list.push(element),
                other => *other = Field::Present(alloc::vec![element]),
            }
            self
        }
    }

    impl CreateOrganizationInput {
        /// Checks every member and returns the typed request, or every violation in model
        /// member order (`DirectoryId`, `Alias`, `ClientToken`, `Domains` and each of its
        /// elements in list order, `KmsKeyArn`, `EnableInteroperability`, then members the
        /// model does not have, in the order they came). Rules that need facts about the
        /// directory are checked by [`Validate::validate_with`] given
        /// [`Context::with_directory`].
        ///
        /// # Errors
        ///
        /// All the violations found; their `Display` is the AWS-style message.
        pub fn validate(&self) -> Result<CreateOrganizationRequest, Violations> {
            self.validate_with(&Context::new())
        }

        /// As [`CreateOrganizationInput::validate`], consuming the input: the texts the
        /// request keeps are moved into it rather than copied.
        ///
        /// # Errors
        ///
        /// All the violations found.
        pub fn into_request(self) -> Result<CreateOrganizationRequest, Violations> {
            self.into_request_with(Context::new())
        }

        #[allow(clippy::type_complexity)] // an iterator of borrowed elements, named once here
        fn borrowed(
            &self,
        ) -> Members<
            &String,
            impl ExactSizeIterator<Item = Field<DomainMembers<&String, &[Excerpt]>>>,
            &[Excerpt],
        > {
            Members {
                directory_id: self.directory_id.borrowed(),
                alias: self.alias.borrowed(),
                client_token: self.client_token.borrowed(),
                domains: self.domains.borrowed().map(|list| {
                    list.iter()
                        .map(|element| element.borrowed().map(|d| d.borrowed()))
                }),
                kms_key_arn: self.kms_key_arn.borrowed(),
                enable_interoperability: self.enable_interoperability.clone(),
                unknown_members: &self.unknown_members,
            }
        }

        #[allow(clippy::type_complexity)]
        fn owned(
            self,
        ) -> Members<
            String,
            impl ExactSizeIterator<Item = Field<DomainMembers<String, Vec<Excerpt>>>>,
            Vec<Excerpt>,
        > {
            Members {
                directory_id: self.directory_id,
                alias: self.alias,
                client_token: self.client_token,
                domains: self.domains.map(|list| {
                    list.into_iter()
                        .map(|element| element.map(|d| (*d).owned()))
                }),
                kms_key_arn: self.kms_key_arn,
                enable_interoperability: self.enable_interoperability,
                unknown_members: self.unknown_members,
            }
        }
    }

    impl Validate for CreateOrganizationInput {
        type Request = CreateOrganizationRequest;

        /// Every member, then the directory rules when the context has facts about the
        /// directory (see [`CreateOrganizationRequest::check_directory`]), each reported at
        /// its member, all in model member order.
        fn validate_into<S: Sink + ?Sized>(
            &self,
            context: &Context<'_>,
            sink: &mut S,
        ) -> Option<CreateOrganizationRequest> {
            check(self.borrowed(), context.directory(), sink)
        }

        fn into_request_into<S: Sink + ?Sized>(
            self,
            context: &Context<'_>,
            sink: &mut S,
        ) -> Option<CreateOrganizationRequest> {
            check(self.owned(), context.directory(), sink)
        }
    }

    /// The members of a [`CreateOrganizationInput`], borrowed by `validate` or owned by
    /// `into_request`, so that one check serves both.
    struct Members<T, L, U> {
        directory_id: Field<T>,
        alias: Field<T>,
        client_token: Field<T>,
        domains: Field<L>,
        kms_key_arn: Field<T>,
        enable_interoperability: Field<bool>,
        unknown_members: U,
    }

    /// The members of a [`DomainInput`], borrowed or owned.
    struct DomainMembers<T, U> {
        domain_name: Field<T>,
        hosted_zone_id: Field<T>,
        unknown_members: U,
    }

    fn check<T, L, U, S>(
        m: Members<T, L, U>,
        facts: Option<&DirectoryFacts<'_>>,
        sink: &mut S,
    ) -> Option<CreateOrganizationRequest>
    where
        T: TextIn,
        L: ExactSizeIterator<Item = Field<DomainMembers<T, U>>>,
        U: AsRef<[Excerpt]>,
        S: Sink + ?Sized,
    {
        let mut sink = Watch::new(sink);

        let id_path = || Path::member(DIRECTORY_ID);
        let directory_absent = m.directory_id.is_absent();
        let directory_id: Checked<DirectoryId> =
            check::text(m.directory_id, id_path, false, &mut sink);
        // The facts apply only when they describe the directory the request names.
        let facts = match (&directory_id, facts) {
            (Ok(id), Some(f)) if f.check_directory_id(id.as_ref(), id_path(), &mut sink) => Some(f),
            _ => None,
        };

        let alias_path = || Path::member(ALIAS);
        let alias: Checked<OrgAlias> = check::text(m.alias.borrowed(), alias_path, true, &mut sink);
        if let (Some(f), Field::Present(raw)) = (facts, &m.alias) {
            f.check_alias(raw.as_ref(), alias_path(), &mut sink);
        }

        let client_token: Checked<ClientToken> = check::text(
            m.client_token,
            || Path::member(CLIENT_TOKEN),
            false,
            &mut sink,
        );
        let domains = check_domains(m.domains, &mut sink);
        let kms_key_arn: Checked<KmsKeyArn> = check::text(
            m.kms_key_arn,
            || Path::member(KMS_KEY_ARN),
            false,
            &mut sink,
        );

        let interop_path = || Path::member(ENABLE_INTEROPERABILITY);
        let interoperability = check::boolean(&m.enable_interoperability, interop_path, &mut sink);
        if let Ok(Some(true)) = interoperability {
            if directory_absent {
                sink.report(Violation::new(
                    interop_path(),
                    Constraint::Rule(Rule::InteroperabilityNeedsDirectory),
                    Shown::Excerpt(Excerpt::new("true")),
                ));
            } else if let Some(f) = facts {
                f.check_interoperability(interop_path(), &mut sink);
            }
        }

        check::unknown(m.unknown_members.as_ref(), || Path::ROOT, &mut sink);

        if sink.reported() {
            return None;
        }
        let (
            Ok(directory_id),
            Ok(Some(alias)),
            Ok(client_token),
            Ok(domains),
            Ok(kms_key_arn),
            Ok(interoperability),
        ) = (
            directory_id,
            alias,
            client_token,
            domains,
            kms_key_arn,
            interoperability,
        )
        else {
            return None;
        };
        let directory = match (directory_id, interoperability) {
            (None, _) => UserDirectory::NewWorkMailDirectory,
            (Some(id), Some(true)) => UserDirectory::AdConnectorWithInteroperability(id),
            (Some(id), _) => UserDirectory::Existing(id),
        };
        Some(CreateOrganizationRequest {
            alias,
            directory,
            client_token,
            domains,
            kms_key_arn,
        })
    }

    fn check_domains<T, L, U, S>(field: Field<L>, sink: &mut S) -> Result<Domains, Reported>
    where
        T: TextIn,
        L: ExactSizeIterator<Item = Field<DomainMembers<T, U>>>,
        U: AsRef<[Excerpt]>,
        S: Sink + ?Sized,
    {
        let path = Path::member(DOMAINS);
        let list = match field {
            Field::Absent => return Ok(Domains::new()),
            Field::WrongType { found } => {
                sink.report(Violation::wrong_type(path, JsonKind::Array, found));
                return Err(Reported);
            }
            Field::Present(list) => list,
        };
        let mut ok = true;
        if list.len() > MAX_DOMAINS {
            sink.report(Violation::new(
                path,
                Constraint::ListTooLong {
                    max: MAX_DOMAINS,
                    actual: list.len(),
                },
                Shown::Hidden,
            ));
            ok = false;
        }
        let mut out = Domains::new();
        for (i, element) in list.enumerate() {
            let at = || path.index(i);
            let domain = match element {
                Field::Absent => {
                    sink.report(Violation::required(at()));
                    None
                }
                Field::WrongType { found } => {
                    sink.report(Violation::wrong_type(at(), JsonKind::Object, found));
                    None
                }
                Field::Present(d) => check_domain(d, at, sink),
            };
            match domain {
                Some(d) if ok => ok = out.push(d).is_ok(),
                _ => ok = false,
            }
        }
        if ok {
            Ok(out)
        } else {
            Err(Reported)
        }
    }

    impl DomainInput {
        fn borrowed(&self) -> DomainMembers<&String, &[Excerpt]> {
            DomainMembers {
                domain_name: self.domain_name.borrowed(),
                hosted_zone_id: self.hosted_zone_id.borrowed(),
                unknown_members: &self.unknown_members,
            }
        }

        fn owned(self) -> DomainMembers<String, Vec<Excerpt>> {
            DomainMembers {
                domain_name: self.domain_name,
                hosted_zone_id: self.hosted_zone_id,
                unknown_members: self.unknown_members,
            }
        }
    }

    /// Checks the element at `at()`; the domain when nothing was wrong.
    fn check_domain<T: TextIn, U: AsRef<[Excerpt]>, S: Sink + ?Sized>(
        d: DomainMembers<T, U>,
        at: impl Fn() -> Path,
        sink: &mut S,
    ) -> Option<Domain> {
        let name: Checked<DomainName> =
            check::text(d.domain_name, || at().field("DomainName"), true, sink);
        let zone: Checked<HostedZoneId> =
            check::text(d.hosted_zone_id, || at().field("HostedZoneId"), false, sink);
        let unknown = d.unknown_members.as_ref();
        check::unknown(unknown, &at, sink);
        match (name, zone, unknown.is_empty()) {
            (Ok(Some(name)), Ok(zone), true) => {
                let domain = Domain::new(name);
                Some(match zone {
                    Some(zone) => domain.with_hosted_zone(zone),
                    None => domain,
                })
            }
            _ => None,
        }
    }

    impl From<&CreateOrganizationRequest> for CreateOrganizationInput {
        /// The request as it would arrive: every member present as its text.
        fn from(r: &CreateOrganizationRequest) -> Self {
            let domains = (!r.domains.is_empty()).then(|| {
                r.domains
                    .iter()
                    .map(|d| {
                        Field::Present(Box::new(DomainInput {
                            domain_name: Field::Present(d.domain_name().as_str().into()),
                            hosted_zone_id: d.hosted_zone_id().map(|z| z.as_str().into()).into(),
                            unknown_members: Vec::new(),
                        }))
                    })
                    .collect()
            });
            CreateOrganizationInput {
                directory_id: r
                    .directory
                    .directory_id()
                    .map(|id| id.as_str().into())
                    .into(),
                alias: Field::Present(r.alias.as_str().into()),
                client_token: r.client_token.as_ref().map(|t| t.as_str().into()).into(),
                domains: domains.into(),
                kms_key_arn: r.kms_key_arn.as_ref().map(|k| k.as_str().into()).into(),
                enable_interoperability: r
                    .directory
                    .interoperability_enabled()
                    .then_some(true)
                    .into(),
                unknown_members: Vec::new(),
            }
        }
    }
}

#[cfg(feature = "alloc")]
pub use response::CreateOrganizationResponse;

#[cfg(feature = "alloc")]
mod response {
    use alloc::string::String;

    use super::super::OrganizationId;
    use crate::check;
    use crate::violation::{Path, Sink};
    use crate::wire::Field;
    use crate::Violations;

    const ORGANIZATION_ID: &str = "OrganizationId";

    /// The response of `CreateOrganization`, read leniently as the Smithy specification asks
    /// of clients: members it does not know are skipped, and the id is kept as sent, without
    /// checking it. [`CreateOrganizationResponse::validate`] checks it.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct CreateOrganizationResponse {
        /// `OrganizationId` as sent; `None` when absent or `null`.
        pub organization_id: Option<String>,
    }

    impl CreateOrganizationResponse {
        /// The response a service would send for a new organization `id` (for emulators and
        /// test servers).
        pub fn new(id: &OrganizationId) -> Self {
            CreateOrganizationResponse {
                organization_id: Some(id.as_str().into()),
            }
        }

        /// The new organization's id, checked. The model does not mark the member required,
        /// but a response without it cannot be used, so its absence is reported as a
        /// missing member.
        ///
        /// # Errors
        ///
        /// The violation: `Value null at 'organizationId' …` or the shape's constraint.
        pub fn validate(&self) -> Result<OrganizationId, Violations> {
            Violations::collect(|all| self.validate_into(all))
        }

        /// As [`CreateOrganizationResponse::validate`], reporting to `sink`.
        pub fn validate_into<S: Sink + ?Sized>(&self, sink: &mut S) -> Option<OrganizationId> {
            let member = Field::from(self.organization_id.as_ref());
            check::text(member, || Path::member(ORGANIZATION_ID), true, sink)
                .ok()
                .flatten()
        }
    }

    #[cfg(feature = "serde")]
    impl<'de> serde::Deserialize<'de> for CreateOrganizationResponse {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            Ok(CreateOrganizationResponse {
                organization_id: crate::check::lenient_member(d, ORGANIZATION_ID)?,
            })
        }
    }

    #[cfg(feature = "serde")]
    impl serde::Serialize for CreateOrganizationResponse {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(None)?;
            if let Some(id) = &self.organization_id {
                map.serialize_entry(ORGANIZATION_ID, id)?;
            }
            map.end()
        }
    }
}
