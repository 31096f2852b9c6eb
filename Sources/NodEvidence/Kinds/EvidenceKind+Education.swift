import NodCore

extension EvidenceKind {
    /// Sessions that taught members about their co-op, one row each (GOV-13).
    package static let education = EvidenceKind.table("member-education", path: "members/education.csv",
        header: "date,topic,attended", into: \.education)
}
