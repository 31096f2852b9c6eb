import NodCore

extension EvidenceKind {
    /// The whistleblowing log, one row per concern (CARE-05).
    package static let whistleblowing = EvidenceKind.table("whistleblowing-concerns", path: "logs/whistleblowing.csv",
        header: "concern_id,raised,action,outcome", into: \.whistleblowing)
}
