//! Examples moved out of the docs of `org_shapes::strategy`'s functions (the crate guide shows
//! them at work; each public type keeps an example of its own).
#![cfg(feature = "proptest")]

use org_shapes::organizations::CreateOrganizationRequest;
use org_shapes::strategy::{
    valid_organization, workmail_create_organization_with_faults, workmail_create_user_with_faults,
};
use org_shapes::{Context, Count, Validate};
use proptest::prelude::*;

proptest! {
    /// Each fault leads to exactly one violation, the one it announces.
    #[test]
    fn workmail_create_organization_faults_agree(
        faulty in workmail_create_organization_with_faults(1..=6)
    ) {
        let violations = faulty.input.validate().unwrap_err();
        prop_assert_eq!(violations.len(), faulty.faults.len());
        prop_assert!(faulty.agrees_with(violations.as_slice()));
    }

    /// Without collecting: the count of what is reported, and a request only without faults.
    #[test]
    fn workmail_create_user_faults_counted(faulty in workmail_create_user_with_faults(0..=4)) {
        let mut count = Count::default();
        let request = faulty.input.validate_into(&Context::new(), &mut count);
        prop_assert_eq!(count.0, faulty.faults.len());
        prop_assert_eq!(request.is_some(), faulty.faults.is_empty());
    }

    /// An organization for the feature set a request asks for answers that request.
    #[test]
    fn organizations_answer_the_request_they_are_drawn_for(
        org in valid_organization(CreateOrganizationRequest::new().effective_feature_set())
    ) {
        let request = CreateOrganizationRequest::new(); // `ALL` by default
        prop_assert!(org.check_consistency().is_ok());
        prop_assert!(org.check_against_request(&request).is_ok());
    }
}
