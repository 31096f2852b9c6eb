import NodCore
import NodEvidence
import NodRules

/// Runs every compiled rule on one bundle. Applicability is decided here, explicitly and
/// with a reason; a checker that throws gives `error`, and the audit goes on.
package struct Evaluator: Sendable {
    package init() {}

    package func evaluate(_ rules: [CompiledRule], input: CheckInput) -> [RuleResult] {
        rules.map { evaluate($0, input: input) }.sorted { $0.ruleID < $1.ruleID }
    }

    func evaluate(_ compiled: CompiledRule, input: CheckInput) -> RuleResult {
        let rule = compiled.resolved.rule
        var result = RuleResult(ruleID: rule.id, pack: compiled.resolved.pack, title: rule.title, status: .error,
                                severity: compiled.resolved.severity, message: LocalizedText(en: "", cy: ""),
                                reason: nil, measures: [], evidence: [], guidance: rule.guidance,
                                waiver: nil, attestation: nil)
        if let reason = Applicability.reason(rule, manifest: input.manifest) {
            result.status = .notApplicable
            result.reason = reason
            result.message = reason
            return result
        }
        do {
            let outcome = try compiled.check.run(input)
            result.message = outcome.message
            result.evidence = Self.sortedUnique(outcome.evidence)
            result.measures = outcome.measures
            if let severity = outcome.severity { result.severity = severity }
            switch outcome.verdict {
            case .pass: result.status = .pass
            case .fail: result.status = .fail
            case .notEvidenced: result.status = .notEvidenced
            case .notApplicable(let reason):
                result.status = .notApplicable
                result.reason = reason
            }
        } catch let failure as CheckFailure {
            result.status = .error
            result.message = failure.message
            result.evidence = failure.evidence
        } catch {
            result.status = .error
            result.message = LocalizedText(en: "The check '\(rule.check.value)' failed: \(error)",
                                           cy: "Methodd y gwiriad '\(rule.check.value)': \(error)")
        }
        return result
    }

    /// Citations in order, each once (sorting first makes duplicates neighbours: no hashing).
    static func sortedUnique(_ citations: [EvidenceCitation]) -> [EvidenceCitation] {
        var unique: [EvidenceCitation] = []
        unique.reserveCapacity(citations.count)
        for citation in citations.sorted() where unique.last != citation {
            unique.append(citation)
        }
        return unique
    }
}
