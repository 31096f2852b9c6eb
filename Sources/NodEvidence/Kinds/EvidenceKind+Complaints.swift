import NodCore

extension EvidenceKind {
    /// The complaints log, one row per complaint (CARE-04).
    package static let complaints = EvidenceKind.table("complaints", path: "logs/complaints.csv",
        header: "complaint_id,received,acknowledged,responded,action,outcome", into: \.complaints)
}
