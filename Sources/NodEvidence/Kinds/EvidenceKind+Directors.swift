import NodCore

extension EvidenceKind {
    /// The board: one row per director, how and when each was elected (GOV-06 to GOV-10).
    package static let directors = EvidenceKind.table("directors", path: "board/directors.csv",
        header: "director_id,class,route,first_elected,member_id,last_elected,trained,left", into: \.directors)
}
