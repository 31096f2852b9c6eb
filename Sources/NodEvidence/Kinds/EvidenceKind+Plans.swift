import NodCore

extension EvidenceKind {
    /// Personal plans, one row per person supported (CARE-12).
    package static let plans = EvidenceKind.table("personal-plans", path: "people/plans.csv",
        header: "person_id,care_started,care_ended,plan_agreed,outcomes_recorded,language", into: \.plans)

    /// Reviews of the personal plans, one row per review (CARE-12).
    package static let planReviews = EvidenceKind.table("plan-reviews", path: "people/plan-reviews.csv",
        header: "person_id,date,with_person", into: \.planReviews)
}
