import NodCore

extension EvidenceKind {
    /// Training completed, one row per course and person.
    package static let training = EvidenceKind.table("training-records", path: "staff/training.csv",
        header: "staff_id,course,completed", into: \.training)
}
