package import NodReport

/// `--fail-on`: the outcome from which a batch fails, as conftest's and Checkov's thresholds do.
package enum FailOn: String, CaseIterable, Sendable {
    case conditions
    case notAwarded = "not-awarded"
    case rejected

    /// Whether a row's outcome is this bad or worse. Rejected rows (and items that are not
    /// bundles) always make the batch exit 3, whatever the threshold.
    package func isReached(by outcome: String) -> Bool {
        switch self {
        case .conditions: ["awarded-with-conditions", "not-awarded"].contains(outcome)
        case .notAwarded: outcome == "not-awarded"
        case .rejected: false
        }
    }
}

/// What `--resume` did: how many reports it reused, and why it audited the others again.
package struct ResumeAccount: Sendable {
    package let reused: Int
    package let again: [(reason: String, count: Int)]

    package init(_ rows: [BatchRow]) {
        reused = rows.count(where: { $0.resumed == true })
        var reasons: [String: Int] = [:]
        for row in rows { if let reason = row.auditedAgainBecause { reasons[reason, default: 0] += 1 } }
        again = reasons.map { ($0.key, $0.value) }.sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
    }

    package var line: String {
        var line = "--resume: \(reused) \(reused == 1 ? "report" : "reports") reused (same evidence, rules, profile, date and version)"
        let total = again.reduce(0) { $0 + $1.count }
        if total > 0 {
            line += "; \(total) audited again: " + again.map { "\($0.count) — \($0.reason)" }.joined(separator: ", ")
        }
        return line
    }
}

