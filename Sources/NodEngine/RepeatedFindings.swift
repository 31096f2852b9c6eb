package import NodCore

/// What the organisation's previous audit left behind, as the next audit needs it: its date,
/// the rules it found not met, and the corrective actions it set.
package struct AuditHistory: Sendable, Equatable {
    package struct Action: Sendable, Equatable {
        package var rule: String
        package var due: LocalDate
        package init(rule: String, due: LocalDate) {
            self.rule = rule
            self.due = due
        }
    }

    package var previousAuditDate: LocalDate
    package var notMet: Set<String>
    package var actions: [Action]
    /// The SHA-256 of the previous report's file, when it was read from one.
    package var sourceSHA256: String?

    package init(previousAuditDate: LocalDate, notMet: Set<String>, actions: [Action]) {
        self.previousAuditDate = previousAuditDate
        self.notMet = notMet
        self.actions = actions
    }
}

/// Findings that come back: a rule not met in two consecutive audits is *repeated*, and a
/// corrective action of the previous audit whose rule is still not met is *unclosed*. Both are
/// reported; when the profile says so (`repeated-finding-severity: major`), a repeated minor is
/// judged as a major — a minor left unresolved from one audit to the next blocks the mark.
package enum RepeatedFindings {
    package struct Outcome: Sendable {
        package var results: [RuleResult]
        package var repeated: [String]
        package var unclosed: [AuditHistory.Action]
    }

    package static func apply(_ results: [RuleResult], history: AuditHistory?, escalateTo: Severity?) -> Outcome {
        guard let history else { return Outcome(results: results, repeated: [], unclosed: []) }
        var repeated: [String] = []
        let escalated = results.map { result -> RuleResult in
            guard result.isNotMet, history.notMet.contains(result.ruleID) else { return result }
            repeated.append(result.ruleID)
            // Only a minor escalates (to a major): an observation never blocks, a major already does.
            guard let target = escalateTo, result.severity == .minor, target < .minor else { return result }
            var changed = result
            changed.escalatedFrom = result.severity
            changed.severity = target
            return changed
        }
        let stillNotMet = Set(results.filter(\.isNotMet).map(\.ruleID))
        let unclosed = history.actions.filter { stillNotMet.contains($0.rule) }.sorted { ($0.rule, $0.due) < ($1.rule, $1.due) }
        return Outcome(results: escalated, repeated: repeated.sorted(), unclosed: unclosed)
    }
}
