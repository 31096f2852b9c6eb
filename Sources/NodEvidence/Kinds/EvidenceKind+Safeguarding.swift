import NodCore

extension EvidenceKind {
    /// The safeguarding log, one row per concern (CARE-05).
    package static let safeguarding = EvidenceKind.table("safeguarding-concerns", path: "logs/safeguarding.csv",
        header: "concern_id,raised,action,referral,not_referred_reason,ciw_notified,outcome", into: \.safeguarding)
}
