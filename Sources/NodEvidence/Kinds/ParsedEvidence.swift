import NodCore

/// The evidence read from a bundle's files, one field per kind of evidence (`EvidenceKind`);
/// the model exposes each field as its own (`model.members`).
package struct ParsedEvidence: Sendable {
    package var members: EvidenceFile<[Member]> = .absent(path: EvidenceKind.members.path)
    package var education: EvidenceFile<[EducationSession]> = .absent(path: EvidenceKind.education.path)
    package var directors: EvidenceFile<[Director]> = .absent(path: EvidenceKind.directors.path)
    package var staff: EvidenceFile<[StaffMember]> = .absent(path: EvidenceKind.staff.path)
    package var supervision: EvidenceFile<[SupervisionRecord]> = .absent(path: EvidenceKind.supervision.path)
    package var training: EvidenceFile<[TrainingRecord]> = .absent(path: EvidenceKind.training.path)
    package var meetings: [Meeting] = []
    package var accounts: [AccountsSummary] = []
    package var regulatorDocuments: [RegulatorDocument] = []
    package var visits: [RIVisit] = []
    package var reviews: [QualityReview] = []
    package var complaints: EvidenceFile<[Complaint]> = .absent(path: EvidenceKind.complaints.path)
    package var safeguarding: EvidenceFile<[Concern]> = .absent(path: EvidenceKind.safeguarding.path)
    package var whistleblowing: EvidenceFile<[Concern]> = .absent(path: EvidenceKind.whistleblowing.path)
    package var plans: EvidenceFile<[PersonalPlan]> = .absent(path: EvidenceKind.plans.path)
    package var planReviews: EvidenceFile<[PlanReview]> = .absent(path: EvidenceKind.planReviews.path)
    package var surveys: [Survey] = []
    package var socialValue: [SocialValueSummary] = []

    package init() {}
}

extension EvidenceKind {
    /// Every kind, in the order `nod inspect` counts them.
    package static let all: [EvidenceKind] = [
        .members, .education, .directors, .staff, .supervision, .training, .meetings, .accounts, .regulatorDocuments, .visits, .reviews,
        .complaints, .safeguarding, .whistleblowing, .plans, .planReviews, .surveys, .socialValue,
    ]
}
