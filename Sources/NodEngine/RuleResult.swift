package import NodCore
package import NodRules

/// One rule's result for one bundle: the engine's output and the report's `results[]`.
package struct RuleResult: Sendable {
    package var ruleID: String
    package var pack: String
    package var title: LocalizedText
    package var status: RuleStatus
    /// The severity that applies: the rule's, the profile's tailoring, or the checker's override.
    package var severity: Severity
    package var message: LocalizedText
    /// Why the rule does not apply; only for `not-applicable`.
    package var reason: LocalizedText?
    package var measures: [Measure]
    package var evidence: [EvidenceCitation]
    /// How to meet the requirement (the rule's guidance).
    package var guidance: LocalizedText
    /// The waiver that set the status to `waived`.
    package var waiver: Waiver?
    /// The auditor's attestation that set the status.
    package var attestation: Attestation?
    /// The severity before a repeated finding was escalated (`RepeatedFindings`).
    package var escalatedFrom: Severity?

    /// Not met, and counted: fail, not-evidenced or error.
    package var isNotMet: Bool { status.counts && !status.isMet }
}
