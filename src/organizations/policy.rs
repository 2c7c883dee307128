enum_shape! {
    /// A kind of policy. AWS adds kinds; responses keep unknown ones as text.
    ///
    /// ```
    /// use org_shapes::organizations::PolicyType;
    /// assert_eq!("TAG_POLICY".parse::<PolicyType>()?, PolicyType::TagPolicy);
    /// assert!("Tag_Policy".parse::<PolicyType>().is_err());
    /// # Ok::<(), org_shapes::Error>(())
    /// ```
    pub enum PolicyType {
        /// Service control policies.
        ServiceControlPolicy = "SERVICE_CONTROL_POLICY",
        /// Resource control policies.
        ResourceControlPolicy = "RESOURCE_CONTROL_POLICY",
        /// Tag policies.
        TagPolicy = "TAG_POLICY",
        /// Backup policies.
        BackupPolicy = "BACKUP_POLICY",
        /// AI services opt-out policies.
        AiServicesOptOutPolicy = "AISERVICES_OPT_OUT_POLICY",
        /// Chat applications policies.
        ChatbotPolicy = "CHATBOT_POLICY",
        /// Declarative policies for EC2.
        DeclarativePolicyEc2 = "DECLARATIVE_POLICY_EC2",
        /// Security Hub policies.
        SecurityHubPolicy = "SECURITYHUB_POLICY",
        /// Inspector policies.
        InspectorPolicy = "INSPECTOR_POLICY",
        /// Upgrade rollout policies.
        UpgradeRolloutPolicy = "UPGRADE_ROLLOUT_POLICY",
        /// Bedrock policies.
        BedrockPolicy = "BEDROCK_POLICY",
        /// S3 policies.
        S3Policy = "S3_POLICY",
        /// Network security director policies.
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
        /// Usable.
        Enabled = "ENABLED",
        /// Being enabled.
        PendingEnable = "PENDING_ENABLE",
        /// Being disabled.
        PendingDisable = "PENDING_DISABLE",
    }
    model: crate::model::organizations::POLICY_TYPE_STATUS,
}
