//! WorkMail `CreateOrganization`: the typed request, the request as it arrived on the wire,
//! and the response.

use crate::violation::{Path, Sink};
#[cfg(feature = "alloc")]
use crate::Violations;

use super::{ClientToken, DirectoryFacts, Domains, KmsKeyArn, OrgAlias, UserDirectory};

operation_input! {
    mod input;
    names member;
    each for_each_create_organization_member;
    /// A `CreateOrganization` request as it arrived, before any check: each member absent,
    /// present, or of the wrong JSON type, plus the names of members the model does not
    /// have. Deserializing it fails only on malformed JSON; [`CreateOrganizationInput::validate`]
    /// then reports everything that is wrong at once.
    ///
    /// ```
    /// use org_shapes::workmail::CreateOrganizationInput;
    ///
    /// let input = CreateOrganizationInput::default().alias("acme").directory_id("d-0123456789");
    /// let request = input.validate().expect("valid");
    /// assert_eq!(request.alias().as_str(), "acme");
    ///
    /// # #[cfg(feature = "serde")] {
    /// // Every problem at once: a bad alias, a domain without a name, a member the model lacks.
    /// let body = r#"{"Alias": "d-acme", "Domains": [{}], "Colour": "red"}"#;
    /// let input: CreateOrganizationInput = serde_json::from_str(body).unwrap();
    /// let violations = input.validate().unwrap_err();
    /// let pointers: Vec<String> =
    ///     violations.iter().map(|v| v.path().json_pointer().to_string()).collect();
    /// assert_eq!(pointers, ["/Alias", "/Domains/0/DomainName", "/Colour"]);
    /// # }
    /// ```
    pub struct CreateOrganizationInput {
        members CreateOrganizationMembers;
        valid CreateOrganizationValid;
        state DirectoryState;
        request CreateOrganizationRequest = CreateOrganizationRequest::from_valid;
    }
    /// `DirectoryId`: the existing directory, if any.
    [DIRECTORY_ID, "DirectoryId", directory_id, text, optional, shape DirectoryId,
     then directory_facts]
    /// `Alias` (required).
    [ALIAS, "Alias", alias, text, required, shape OrgAlias, raw alias_matches_directory]
    /// `ClientToken`: the idempotency token.
    [CLIENT_TOKEN, "ClientToken", client_token, text, optional, shape ClientToken]
    /// `Domains`: each element as it arrived.
    [DOMAINS, "Domains", domains, list(DomainInput), optional, list Domains]
    /// `KmsKeyArn`: the customer managed key.
    [KMS_KEY_ARN, "KmsKeyArn", kms_key_arn, text, optional, shape KmsKeyArn]
    /// `EnableInteroperability`.
    [ENABLE_INTEROPERABILITY, "EnableInteroperability", enable_interoperability, bool, optional,
     flag bool, then interoperability_needs_directory]
}
use member::*;

operation_input! {
    mod domain_input;
    names domain_member;
    each for_each_domain_member;
    /// One element of `Domains` as it arrived.
    ///
    /// ```
    /// use org_shapes::workmail::{CreateOrganizationInput, DomainInput};
    ///
    /// let domain = DomainInput::default().domain_name("acme.example").hosted_zone_id("Z0123");
    /// let input = CreateOrganizationInput::default().alias("acme").with_domain(domain);
    /// assert_eq!(input.validate().expect("valid").domains().len(), 1);
    ///
    /// // `DomainName` is required in each element.
    /// let nameless = CreateOrganizationInput::default()
    ///     .alias("acme")
    ///     .with_domain(DomainInput::default().hosted_zone_id("Z0123"));
    /// assert_eq!(
    ///     nameless.validate().unwrap_err().to_string(),
    ///     "1 validation error detected: Value null at 'domains.1.member.domainName' \
    ///      failed to satisfy constraint: Member must not be null"
    /// );
    /// ```
    pub struct DomainInput {
        members DomainMembers;
        valid DomainValid;
        state ();
    }
    /// `DomainName` (required).
    [DOMAIN_NAME, "DomainName", domain_name, text, required, shape DomainName]
    /// `HostedZoneId`.
    [HOSTED_ZONE_ID, "HostedZoneId", hosted_zone_id, text, optional, shape HostedZoneId]
}

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
///
/// ```
/// use org_shapes::workmail::CreateOrganizationRequest;
///
/// let request = CreateOrganizationRequest::builder("acme".parse()?).build();
/// assert_eq!(request.alias().as_str(), "acme");
/// assert!(request.domains().is_empty());
/// # #[cfg(all(feature = "serde", feature = "alloc"))] {
/// assert_eq!(serde_json::to_string(&request).unwrap(), r#"{"Alias":"acme"}"#);
/// # }
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreateOrganizationRequest {
    alias: OrgAlias,
    directory: UserDirectory,
    client_token: Option<ClientToken>,
    domains: Domains,
    pub(super) kms_key_arn: Option<KmsKeyArn>,
}

/// Builds a [`CreateOrganizationRequest`]; every step takes a checked value, so building
/// cannot fail.
///
/// ```
/// use org_shapes::workmail::{CreateOrganizationRequest, Encryption, OrgAlias, UserDirectory};
///
/// let request = CreateOrganizationRequest::builder("acme".parse()?)
///     .directory(UserDirectory::AdConnectorWithInteroperability("d-0123456789".parse()?))
///     .client_token("3f1c2b9e-retry-1".parse()?)
///     .kms_key_arn("arn:aws:kms:us-east-1:111122223333:alias/mail".parse()?)
///     .build();
/// assert!(request.directory().interoperability_enabled());
/// assert!(matches!(request.encryption(), Encryption::CustomerManagedKey(_)));
///
/// // A value the model refuses never reaches the builder: parsing it fails first.
/// assert!("d-acme".parse::<OrgAlias>().is_err());
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct CreateOrganizationRequestBuilder {
    pub(super) request: CreateOrganizationRequest,
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

    getters! {
        /// The `Alias` member.
        alias: ref OrgAlias;
        /// The directory choice (`DirectoryId` and `EnableInteroperability`).
        directory: ref UserDirectory;
        /// The `ClientToken` member.
        client_token: opt ClientToken;
        /// The `Domains` member (empty when absent).
        domains: ref Domains;
        /// The `KmsKeyArn` member.
        kms_key_arn: opt KmsKeyArn;
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

    /// The rules of `context` that a built request can still break: with directory facts,
    /// those of [`CreateOrganizationRequest::check_directory`], collected. (The request meets
    /// the model by construction; [`crate::Validate`] checks an input against both.)
    ///
    /// # Errors
    ///
    /// Every rule the request breaks, in model member order.
    #[cfg(feature = "alloc")]
    pub fn validate_with(&self, context: &crate::Context<'_>) -> Result<(), Violations> {
        let mut all = Violations::with_limit(context.max_violations());
        if let Some(facts) = context.directory() {
            self.check_directory(facts, &mut all);
        }
        all.into_result(())
    }
}

impl CreateOrganizationRequestBuilder {
    setters! {
        /// Sets the directory choice (default: a new WorkMail directory).
        directory: plain UserDirectory;
        /// Sets the idempotency token.
        client_token: some ClientToken;
        /// Sets the domains (at most five by construction of [`Domains`]).
        domains: plain Domains;
        /// Encrypts mailboxes with the customer managed KMS key `arn`.
        kms_key_arn: some KmsKeyArn;
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

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

#[cfg(feature = "alloc")]
use super::{DirectoryId, Domain, DomainName, HostedZoneId};
#[cfg(feature = "alloc")]
use crate::check::Checked;
#[cfg(feature = "alloc")]
use crate::validate::Context;
#[cfg(feature = "alloc")]
use crate::wire::Field;

#[cfg(feature = "alloc")]
impl CreateOrganizationInput {
    /// This input with one more element of `Domains` (the list is made present if it was
    /// not), for building an input from one's own data.
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

/// What the hooks of `CreateOrganization` learn from earlier members.
#[cfg(feature = "alloc")]
#[derive(Default)]
struct DirectoryState {
    /// `DirectoryId` was absent.
    directory_absent: bool,
    /// The context's directory facts describe the directory the request names.
    facts_apply: bool,
}

/// `DirectoryId`'s hook: the context's facts apply only when they describe the directory the
/// request names ([`Rule::DirectoryFactsMismatch`] otherwise), and then also to the shared and
/// multi-Region rules.
#[cfg(feature = "alloc")]
fn directory_facts<S: Sink + ?Sized>(
    id: Checked<DirectoryId>,
    path: impl Fn() -> Path,
    context: &Context<'_>,
    state: &mut DirectoryState,
    sink: &mut S,
) -> Checked<DirectoryId> {
    state.directory_absent = matches!(id, Ok(None));
    if let (Ok(id), Some(facts)) = (&id, context.directory()) {
        state.facts_apply = facts.check_directory_id(id.as_ref(), path(), sink);
    }
    id
}

/// `Alias`'s hook: with facts that apply, the alias must be the directory's
/// ([`Rule::AliasMustMatchDirectory`]), whether or not its shape is valid.
#[cfg(feature = "alloc")]
fn alias_matches_directory<S: Sink + ?Sized>(
    alias: Checked<OrgAlias>,
    raw: Option<&str>,
    path: impl Fn() -> Path,
    context: &Context<'_>,
    state: &mut DirectoryState,
    sink: &mut S,
) -> Checked<OrgAlias> {
    if let (Some(facts), Some(raw), true) = (context.directory(), raw, state.facts_apply) {
        facts.check_alias(raw, path(), sink);
    }
    alias
}

/// `EnableInteroperability`'s hook: interoperability needs a directory
/// ([`Rule::InteroperabilityNeedsDirectory`]), an AD Connector when facts apply.
#[cfg(feature = "alloc")]
fn interoperability_needs_directory<S: Sink + ?Sized>(
    enabled: Checked<bool>,
    path: impl Fn() -> Path,
    context: &Context<'_>,
    state: &mut DirectoryState,
    sink: &mut S,
) -> Checked<bool> {
    if let Ok(Some(true)) = enabled {
        if state.directory_absent {
            sink.report(crate::members::rule(
                path(),
                crate::violation::Rule::InteroperabilityNeedsDirectory,
                "true",
            ));
        } else if let (Some(facts), true) = (context.directory(), state.facts_apply) {
            facts.check_interoperability(path(), sink);
        }
    }
    enabled
}

#[cfg(feature = "alloc")]
impl CreateOrganizationRequest {
    #[inline]
    fn from_valid(v: input::CreateOrganizationValid) -> Self {
        let directory = match (v.directory_id, v.enable_interoperability) {
            (None, _) => UserDirectory::NewWorkMailDirectory,
            (Some(id), Some(true)) => UserDirectory::AdConnectorWithInteroperability(id),
            (Some(id), _) => UserDirectory::Existing(id),
        };
        CreateOrganizationRequest {
            alias: v.alias,
            directory,
            client_token: v.client_token,
            domains: v.domains.unwrap_or_default(),
            kms_key_arn: v.kms_key_arn,
        }
    }
}

#[cfg(feature = "alloc")]
impl From<domain_input::DomainValid> for Domain {
    fn from(v: domain_input::DomainValid) -> Domain {
        let domain = Domain::new(v.domain_name);
        match v.hosted_zone_id {
            Some(zone) => domain.with_hosted_zone(zone),
            None => domain,
        }
    }
}

#[cfg(feature = "alloc")]
impl From<&CreateOrganizationRequest> for CreateOrganizationInput {
    /// The request as it would arrive: every member present as its text.
    fn from(r: &CreateOrganizationRequest) -> Self {
        let mut input = CreateOrganizationInput::default().alias(r.alias.as_str());
        input.directory_id = r
            .directory
            .directory_id()
            .map(|id| id.as_str().into())
            .into();
        input.client_token = r.client_token.as_ref().map(|t| t.as_str().into()).into();
        for d in &r.domains {
            let domain = DomainInput::default().domain_name(d.domain_name().as_str());
            input = input.with_domain(DomainInput {
                hosted_zone_id: d.hosted_zone_id().map(|z| z.as_str().into()).into(),
                ..domain
            });
        }
        input.kms_key_arn = r.kms_key_arn.as_ref().map(|k| k.as_str().into()).into();
        input.enable_interoperability = r
            .directory
            .interoperability_enabled()
            .then_some(true)
            .into();
        input
    }
}

id_response! {
    /// The response of `CreateOrganization`, read leniently as the Smithy specification asks
    /// of clients: members it does not know are skipped, and the id is kept as sent, without
    /// checking it. [`CreateOrganizationResponse::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::workmail::CreateOrganizationResponse;
    ///
    /// # #[cfg(feature = "serde")] {
    /// // Unknown members are skipped.
    /// let body = r#"{"OrganizationId": "m-0123456789abcdef0123456789abcdef", "Extra": 1}"#;
    /// let response: CreateOrganizationResponse = serde_json::from_str(body).unwrap();
    /// assert_eq!(response.validate().unwrap().as_str(), "m-0123456789abcdef0123456789abcdef");
    /// # }
    ///
    /// let bad = CreateOrganizationResponse { organization_id: Some("m-0".into()) };
    /// assert!(bad.validate().is_err());
    /// assert_eq!(
    ///     CreateOrganizationResponse::default().validate().unwrap_err().to_string(),
    ///     "1 validation error detected: Value null at 'organizationId' \
    ///      failed to satisfy constraint: Member must not be null"
    /// );
    /// ```
    pub struct CreateOrganizationResponse { "OrganizationId" => organization_id: super::OrganizationId }
}
