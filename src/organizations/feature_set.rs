enum_shape! {
    /// The features an organization supports.
    #[derive(Default)]
    pub enum FeatureSet {
        /// Every feature, policies included.
        #[default]
        All = "ALL",
        /// Consolidated billing only; no policy types.
        ConsolidatedBilling = "CONSOLIDATED_BILLING",
    }
    model: crate::model::organizations::ORGANIZATION_FEATURE_SET,
}

impl FeatureSet {
    /// Whether policy types can be used.
    pub const fn supports_policies(self) -> bool {
        matches!(self, FeatureSet::All)
    }
}
