public import NodCore
public import NodRules

/// One rule's result for one bundle: the engine's output and the report's `results[]`.
public struct RuleResult: Sendable {
    public var ruleID: String
    public var pack: String
    public var title: LocalizedText
    public var status: RuleStatus
    /// The severity that applies: the rule's, the profile's tailoring, or the checker's override.
    public var severity: Severity
    public var message: LocalizedText
    /// Why the rule does not apply; only for `not-applicable`.
    public var reason: LocalizedText?
    public var measures: [Measure]
    public var evidence: [EvidenceCitation]
    /// How to meet the requirement (the rule's guidance).
    public var guidance: LocalizedText
    /// The waiver that set the status to `waived`.
    public var waiver: Waiver?
    /// The auditor's attestation that set the status.
    public var attestation: Attestation?

    /// Not met, and counted: fail, not-evidenced or error.
    public var isNotMet: Bool { status.counts && !status.isMet }
}
