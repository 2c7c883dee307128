//! WorkMail `CreateOrganization`.

use crate::violation::{Path, Sink};

#[cfg(any(feature = "serde", feature = "alloc"))]
use super::Domain;
use super::{ClientToken, DirectoryFacts, Domains, KmsKeyArn, OrgAlias, UserDirectory};

operation_input! {
    mod input;
    each for_each_create_organization_member;
    /// A `CreateOrganization` request as it arrived; [`Self::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::workmail::CreateOrganizationInput;
    ///
    /// let input = CreateOrganizationInput::default().alias("acme").directory_id("d-0123456789");
    /// let request = input.validate().expect("valid");
    /// assert_eq!(request.alias().as_str(), "acme");
    /// ```
    pub struct CreateOrganizationInput {
        state DirectoryState;
        request CreateOrganizationRequest;
    }
    [DIRECTORY_ID, "DirectoryId", directory_id, text, optional, shape DirectoryId,
     then directory_facts]
    [ALIAS, "Alias", alias, text, required, shape OrgAlias, raw alias_matches_directory]
    [CLIENT_TOKEN, "ClientToken", client_token, text, optional, shape ClientToken]
    [DOMAINS, "Domains", domains, list(DomainInput), optional, list Domains]
    [KMS_KEY_ARN, "KmsKeyArn", kms_key_arn, text, optional, shape KmsKeyArn]
    [ENABLE_INTEROPERABILITY, "EnableInteroperability", enable_interoperability, bool, optional,
     flag bool, then interoperability_needs_directory]
}

operation_input! {
    mod domain_input;
    each for_each_domain_member;
    /// One element of `Domains` as it arrived.
    ///
    /// ```
    /// use org_shapes::workmail::{CreateOrganizationInput, DomainInput};
    ///
    /// let domain = DomainInput::default().domain_name("acme.example").hosted_zone_id("Z0123");
    /// let input = CreateOrganizationInput::default().alias("acme").with_domain(domain);
    /// assert_eq!(input.validate().expect("valid").domains().len(), 1);
    /// ```
    pub struct DomainInput {
    }
    [DOMAIN_NAME, "DomainName", domain_name, text, required, shape DomainName]
    [HOSTED_ZONE_ID, "HostedZoneId", hosted_zone_id, text, optional, shape HostedZoneId]
}

/// A WorkMail `CreateOrganization` request the model accepts, from [`Self::builder`],
/// [`super::OrganizationSetup`] or [`CreateOrganizationInput::validate`] (as `Deserialize`).
/// `Serialize` leaves out an empty `Domains` and a false `EnableInteroperability`.
///
/// ```
/// use org_shapes::workmail::CreateOrganizationRequest;
///
/// let request = CreateOrganizationRequest::builder("acme".parse()?).build();
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

/// Builds a [`CreateOrganizationRequest`] from checked values; cannot fail.
///
/// ```
/// use org_shapes::workmail::{CreateOrganizationRequest, Encryption, UserDirectory};
///
/// let request = CreateOrganizationRequest::builder("acme".parse()?)
///     .directory(UserDirectory::AdConnectorWithInteroperability("d-0123456789".parse()?))
///     .client_token("3f1c2b9e-retry-1".parse()?)
///     .kms_key_arn("arn:aws:kms:us-east-1:111122223333:alias/mail".parse()?)
///     .build();
/// assert!(request.directory().interoperability_enabled());
/// assert!(matches!(request.encryption(), Encryption::CustomerManagedKey(_)));
/// # Ok::<(), org_shapes::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct CreateOrganizationRequestBuilder {
    pub(super) request: CreateOrganizationRequest,
}

impl CreateOrganizationRequest {
    /// Starts with the defaults of [`super::OrganizationSetup::new`].
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

    /// A builder holding this request.
    pub fn into_builder(self) -> CreateOrganizationRequestBuilder {
        CreateOrganizationRequestBuilder { request: self }
    }

    getters! {
        alias: ref OrgAlias;
        /// `DirectoryId` and `EnableInteroperability`.
        directory: ref UserDirectory;
        client_token: opt ClientToken;
        /// Empty when absent.
        domains: ref Domains;
        kms_key_arn: opt KmsKeyArn;
    }

    /// Reports the rules of `facts`: at `DirectoryId`
    /// [`DirectoryFactsMismatch`](crate::violation::Rule::DirectoryFactsMismatch) (then
    /// nothing else), `SharedDirectoryUnsupported`, `MultiRegionDirectoryUnsupported`; at
    /// `Alias` `AliasMustMatchDirectory`; at `EnableInteroperability`
    /// `InteroperabilityNeedsAdConnector`. No allocation.
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

    /// [`Self::check_directory`] with the context's facts.
    ///
    /// # Errors
    ///
    /// Every rule broken, in model member order.
    #[cfg(feature = "alloc")]
    pub fn validate_with(&self, context: &crate::Context<'_>) -> Result<(), crate::Violations> {
        let mut all = crate::Violations::with_limit(context.max_violations());
        if let Some(facts) = context.directory() {
            self.check_directory(facts, &mut all);
        }
        all.into_result(())
    }
}

setters! {
    CreateOrganizationRequestBuilder => CreateOrganizationRequest;
    directory: plain UserDirectory;
    client_token: some ClientToken;
    domains: plain Domains;
    kms_key_arn: some KmsKeyArn;
}

for_each_create_organization_member!(
    typed_request CreateOrganizationRequest, CreateOrganizationInput; |r|
    DIRECTORY_ID => r.directory.directory_id().as_ref(),
    ALIAS => Some(&r.alias),
    CLIENT_TOKEN => r.client_token.as_ref(),
    DOMAINS => (!r.domains.is_empty()).then_some(&r.domains),
    KMS_KEY_ARN => r.kms_key_arn.as_ref(),
    ENABLE_INTEROPERABILITY => r.directory.interoperability_enabled().then_some(&true);
);

for_each_domain_member!(typed_request Domain, DomainInput, domain_input::Valid;);

#[cfg(feature = "alloc")]
use with_alloc::*;

/// The hooks of [`CreateOrganizationInput`]'s checks, and the conversions.
#[cfg(feature = "alloc")]
mod with_alloc {
    use alloc::boxed::Box;

    use super::*;
    use crate::check::Checked;
    use crate::members::{rule, Hook};
    use crate::violation::Rule;
    use crate::wire::Field;
    pub(super) use crate::workmail::{DirectoryId, DomainName, HostedZoneId};

    impl CreateOrganizationInput {
        /// Appends to `Domains`.
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

    /// What hooks learn from earlier members.
    #[derive(Default)]
    pub(super) struct DirectoryState {
        directory_absent: bool,
        facts_apply: bool,
    }

    /// `DirectoryId`'s hook: [`DirectoryFacts::check_directory_id`].
    pub(super) fn directory_facts<S: Sink + ?Sized>(
        id: Checked<DirectoryId>,
        Hook(path, context, state, sink): Hook<'_, DirectoryState, S, impl Fn() -> Path>,
    ) -> Checked<DirectoryId> {
        state.directory_absent = matches!(id, Ok(None));
        if let (Ok(id), Some(facts)) = (&id, context.directory()) {
            state.facts_apply = facts.check_directory_id(id.as_ref(), path(), sink);
        }
        id
    }

    /// `Alias`'s hook: the directory's alias, even for an invalid shape.
    pub(super) fn alias_matches_directory<S: Sink + ?Sized>(
        alias: Checked<OrgAlias>,
        raw: Option<&str>,
        Hook(path, context, state, sink): Hook<'_, DirectoryState, S, impl Fn() -> Path>,
    ) -> Checked<OrgAlias> {
        if let (Some(facts), Some(raw), true) = (context.directory(), raw, state.facts_apply) {
            facts.check_alias(raw, path(), sink);
        }
        alias
    }

    /// `EnableInteroperability`'s hook: a directory, an AD Connector if facts say.
    #[inline]
    pub(super) fn interoperability_needs_directory<S: Sink + ?Sized>(
        enabled: Checked<bool>,
        Hook(path, context, state, sink): Hook<'_, DirectoryState, S, impl Fn() -> Path>,
    ) -> Checked<bool> {
        if let Ok(Some(true)) = enabled {
            if state.directory_absent {
                sink.report(rule(path(), Rule::InteroperabilityNeedsDirectory, "true"));
            } else if let (Some(facts), true) = (context.directory(), state.facts_apply) {
                facts.check_interoperability(path(), sink);
            }
        }
        enabled
    }

    impl From<input::Valid> for CreateOrganizationRequest {
        #[inline]
        fn from(v: input::Valid) -> Self {
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
}

id_response! {
    /// The response of `CreateOrganization`; [`Self::validate`] checks it.
    ///
    /// ```
    /// use org_shapes::workmail::CreateOrganizationResponse;
    ///
    /// assert_eq!(
    ///     CreateOrganizationResponse::default().validate().unwrap_err().to_string(),
    ///     "1 validation error detected: Value null at 'organizationId' \
    ///      failed to satisfy constraint: Member must not be null"
    /// );
    /// ```
    pub struct CreateOrganizationResponse { "OrganizationId" => organization_id: super::OrganizationId }
}
