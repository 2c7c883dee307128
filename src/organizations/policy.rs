enum_shape! {
    /// A kind of policy. AWS adds kinds: responses keep unknown ones as text.
    pub enum PolicyType {
        ServiceControlPolicy = "SERVICE_CONTROL_POLICY",
        ResourceControlPolicy = "RESOURCE_CONTROL_POLICY",
        TagPolicy = "TAG_POLICY",
        BackupPolicy = "BACKUP_POLICY",
        AiServicesOptOutPolicy = "AISERVICES_OPT_OUT_POLICY",
        /// Chat applications (formerly Chatbot) policies.
        ChatbotPolicy = "CHATBOT_POLICY",
        DeclarativePolicyEc2 = "DECLARATIVE_POLICY_EC2",
        SecurityHubPolicy = "SECURITYHUB_POLICY",
        InspectorPolicy = "INSPECTOR_POLICY",
        UpgradeRolloutPolicy = "UPGRADE_ROLLOUT_POLICY",
        BedrockPolicy = "BEDROCK_POLICY",
        S3Policy = "S3_POLICY",
        NetworkSecurityDirectorPolicy = "NETWORK_SECURITY_DIRECTOR_POLICY",
    }
    model: crate::model::organizations::POLICY_TYPE,
}

enum_shape! {
    /// Whether a policy type is usable in an organization's root.
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
