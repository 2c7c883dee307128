//! Policy types and their status in an organization's root.

enum_shape! {
    /// A kind of policy an organization can use. AWS adds kinds over time: this enum holds the
    /// ones the model knows today, and response types keep unknown ones as text.
    ///
    /// ```
    /// use org_shapes::organizations::PolicyType;
    /// assert_eq!("TAG_POLICY".parse::<PolicyType>()?, PolicyType::TagPolicy);
    /// assert!("Tag_Policy".parse::<PolicyType>().is_err());
    /// # Ok::<(), org_shapes::Error>(())
    /// ```
    pub enum PolicyType {
        /// Service control policies (`SERVICE_CONTROL_POLICY`).
        ServiceControlPolicy = "SERVICE_CONTROL_POLICY",
        /// Resource control policies (`RESOURCE_CONTROL_POLICY`).
        ResourceControlPolicy = "RESOURCE_CONTROL_POLICY",
        /// Tag policies (`TAG_POLICY`).
        TagPolicy = "TAG_POLICY",
        /// Backup policies (`BACKUP_POLICY`).
        BackupPolicy = "BACKUP_POLICY",
        /// AI services opt-out policies (`AISERVICES_OPT_OUT_POLICY`).
        AiServicesOptOutPolicy = "AISERVICES_OPT_OUT_POLICY",
        /// Chat applications policies (`CHATBOT_POLICY`).
        ChatbotPolicy = "CHATBOT_POLICY",
        /// Declarative policies for EC2 (`DECLARATIVE_POLICY_EC2`).
        DeclarativePolicyEc2 = "DECLARATIVE_POLICY_EC2",
        /// Security Hub policies (`SECURITYHUB_POLICY`).
        SecurityHubPolicy = "SECURITYHUB_POLICY",
        /// Inspector policies (`INSPECTOR_POLICY`).
        InspectorPolicy = "INSPECTOR_POLICY",
        /// Upgrade rollout policies (`UPGRADE_ROLLOUT_POLICY`).
        UpgradeRolloutPolicy = "UPGRADE_ROLLOUT_POLICY",
        /// Bedrock policies (`BEDROCK_POLICY`).
        BedrockPolicy = "BEDROCK_POLICY",
        /// S3 policies (`S3_POLICY`).
        S3Policy = "S3_POLICY",
        /// Network security director policies (`NETWORK_SECURITY_DIRECTOR_POLICY`).
        NetworkSecurityDirectorPolicy = "NETWORK_SECURITY_DIRECTOR_POLICY",
    }
    model: crate::model::organizations::POLICY_TYPE,
}

enum_shape! {
    /// Whether a policy type is usable in an organization's root.
    ///
    /// ```
    /// use org_shapes::organizations::PolicyTypeStatus;
    /// assert_eq!(PolicyTypeStatus::Enabled.as_str(), "ENABLED");
    /// assert!("enabled".parse::<PolicyTypeStatus>().is_err());
    /// ```
    pub enum PolicyTypeStatus {
        /// Usable (`ENABLED`).
        Enabled = "ENABLED",
        /// Being enabled (`PENDING_ENABLE`).
        PendingEnable = "PENDING_ENABLE",
        /// Being disabled (`PENDING_DISABLE`).
        PendingDisable = "PENDING_DISABLE",
    }
    model: crate::model::organizations::POLICY_TYPE_STATUS,
}
