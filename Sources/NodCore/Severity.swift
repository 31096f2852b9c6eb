/// How much a rule's failure weighs, as ISO/IEC 17021-1 grades nonconformities.
package enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Cl. 3.12: blocks the mark.
    case major
    /// Cl. 3.13: a corrective action with a due date.
    case minor
    /// Advice; never blocks.
    case observation

    private var rank: Int {
        switch self {
        case .major: 0
        case .minor: 1
        case .observation: 2
        }
    }

    /// Major sorts first.
    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The outcome of one rule for one bundle (docs/report.md `results[].status`).
package enum RuleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case pass, fail
    /// The evidence the rule needs is absent: send a document rather than change a practice.
    case notEvidenced = "not-evidenced"
    /// The rule does not apply to this co-op; always carries a reason.
    case notApplicable = "not-applicable"
    case waived, attested
    /// The checker could not run (crashed, timed out, evidence unreadable): counts as not met.
    case error

    /// Whether the requirement counts as met for the decision.
    package var isMet: Bool { self == .pass || self == .waived || self == .attested }
    /// Whether the rule takes part in the score and the decision at all.
    package var counts: Bool { self != .notApplicable }
}

/// The certification decision of docs/report.md.
package enum Decision: String, Sendable, Hashable, Codable, CaseIterable {
    case awarded
    case awardedWithConditions = "awarded-with-conditions"
    case notAwarded = "not-awarded"

    package var isAwarded: Bool { self != .notAwarded }
}
