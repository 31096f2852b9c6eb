import NodCore

extension EvidenceKind {
    /// Supervision and appraisal sessions, one row each (CARE-06).
    package static let supervision = EvidenceKind.table("supervision-sessions", path: "staff/supervision.csv",
        header: "staff_id,date,kind", into: \.supervision)
}
