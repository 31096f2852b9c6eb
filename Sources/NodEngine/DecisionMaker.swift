package import NodCore
package import NodRules

/// The certification decision, level and score for one bundle's results under a profile
/// (docs/report.md; ISO/IEC 17021-1): a failed major blocks, failed minors become corrective
/// actions, observations never block; `error` and `not-evidenced` count as not met.
package struct AwardDecision: Sendable {
    /// A failed minor rule and the date it must be put right by.
    package struct CorrectiveAction: Sendable, Hashable {
        package var ruleID: String
        package var due: LocalDate
    }

    package var decision: Decision
    package var level: Profile.Level?
    package var earned: Int
    package var possible: Int
    package var correctiveActions: [CorrectiveAction]
    /// Whether the profile lets this decision set the exit code (a self-check does not).
    package var blocking: Bool

    package var scorePercent: Double { possible == 0 ? 100 : Double(earned) * 100 / Double(possible) }
}

package enum DecisionMaker {
    package static func decide(_ results: [RuleResult], profile: Profile, auditDate: LocalDate) -> AwardDecision {
        let counted = results.filter { $0.status.counts }
        let notMet = counted.filter(\.isNotMet)
        let failedMajor = notMet.filter { $0.severity == .major }
        let failedMinor = notMet.filter { $0.severity == .minor }
        let failedObservation = notMet.filter { $0.severity == .observation }
        let decision: Decision = !failedMajor.isEmpty ? .notAwarded : (failedMinor.isEmpty ? .awarded : .awardedWithConditions)
        let possible = counted.reduce(0) { $0 + profile.scoreWeights.weight($1.severity) }
        let earned = counted.filter { $0.status.isMet }.reduce(0) { $0 + profile.scoreWeights.weight($1.severity) }
        var award = AwardDecision(
            decision: decision, level: nil, earned: earned, possible: possible,
            correctiveActions: failedMinor.map { .init(ruleID: $0.ruleID, due: auditDate.adding(days: profile.correctiveActionDays)) },
            blocking: profile.blocking)
        guard decision.isAwarded else { return award }
        let passed = Set(results.filter { $0.status.isMet }.map(\.ruleID))
        award.level = profile.levels.last { level in
            (level.maxFailedMinor.map { failedMinor.count <= $0 } ?? true)
                && (level.maxFailedObservation.map { failedObservation.count <= $0 } ?? true)
                && (level.minScorePercent.map { award.scorePercent >= Double($0) } ?? true)
                && level.rulesPassed.allSatisfy(passed.contains)
        }
        return award
    }
}
