import NodCore

extension EvidenceKind {
    /// The member register: one row per member, past and present (GOV-04, GOV-05, STK-*).
    package static let members = EvidenceKind.table("members", path: "members/register.csv",
        header: "member_id,class,joined,left,votes,shares,name", into: \.members)
}
