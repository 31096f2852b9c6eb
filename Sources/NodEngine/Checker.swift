package import NodCore
package import NodEvidence
package import NodYAML

/// What a checker is given: the parsed evidence and the audit date (never the clock).
package struct CheckInput: Sendable {
    package let evidence: EvidenceModel
    package let auditDate: LocalDate

    package init(evidence: EvidenceModel, auditDate: LocalDate) {
        self.evidence = evidence
        self.auditDate = auditDate
    }

    package var manifest: Manifest { evidence.manifest }
    package var period: DatePeriod { evidence.manifest.period.value }
}

/// A named number a finding reports ("months-since-previous-agm": 11.9).
package struct Measure: Sendable, Hashable {
    package var name: String
    package var value: Double

    package init(_ name: String, _ value: Double) {
        self.name = name
        self.value = (value * 100).rounded() / 100
    }
}

/// A checker's answer for one rule and one bundle.
package struct CheckOutcome: Sendable {
    package enum Verdict: Sendable, Hashable {
        case pass, fail, notEvidenced
        case notApplicable(reason: LocalizedText)
    }

    package var verdict: Verdict
    package var message: LocalizedText
    package var evidence: [EvidenceCitation]
    package var measures: [Measure]
    /// A different severity for this finding than the rule's (FIN-07's trading share is an observation).
    package var severity: Severity?

    package init(_ verdict: Verdict, _ message: LocalizedText, evidence: [EvidenceCitation] = [], measures: [Measure] = [],
                severity: Severity? = nil) {
        self.verdict = verdict
        self.message = message
        self.evidence = evidence
        self.measures = measures
        self.severity = severity
    }

    package static func pass(_ en: String, _ cy: String, evidence: [EvidenceCitation] = [], measures: [Measure] = []) -> Self {
        CheckOutcome(.pass, LocalizedText(en: en, cy: cy), evidence: evidence, measures: measures)
    }

    package static func fail(_ en: String, _ cy: String, evidence: [EvidenceCitation] = [], measures: [Measure] = [],
                            severity: Severity? = nil) -> Self {
        CheckOutcome(.fail, LocalizedText(en: en, cy: cy), evidence: evidence, measures: measures, severity: severity)
    }

    package static func notEvidenced(_ en: String, _ cy: String, evidence: [EvidenceCitation] = []) -> Self {
        CheckOutcome(.notEvidenced, LocalizedText(en: en, cy: cy), evidence: evidence)
    }

    /// Nothing in the bundle for the rule to judge; the reason is also the message.
    package static func notApplicable(_ en: String, _ cy: String) -> Self {
        let reason = LocalizedText(en: en, cy: cy)
        return CheckOutcome(.notApplicable(reason: reason), reason)
    }
}

/// A check that a rule can name: reads the evidence, answers pass / fail / not evidenced.
///
/// Parameters arrive as a typed `Options` value decoded from the rule's `with:` (unknown or
/// ill-typed parameters are located errors when the rules are loaded, not at audit time).
/// A checker never decides the certificate: the engine applies severity and the profile.
package protocol Checker: Sendable {
    associatedtype Options: YAMLReadable & Sendable
    /// The id rules use (`agm-held`).
    static var id: String { get }
    /// One sentence: what it checks and what it finds.
    static var summary: String { get }
    /// Evidence that passes it and evidence that fails it; run by one generic test.
    static var examples: [CheckerExample] { get }

    func check(_ input: CheckInput, options: Options) throws -> CheckOutcome
}

/// Options of a checker that takes no parameters: any parameter is refused.
package struct NoOptions: YAMLReadable, Sendable {
    package init() {}
    package init(yaml: YAMLValue) throws(YAMLError) {
        if let pair = try yaml.anyMapping().pairs.first {
            throw YAMLError(.unknownKey, at: pair.key.location, "unknown key '\(pair.key.scalar ?? "")': this check takes no parameters")
        }
    }
}

/// A bundle a checker's example runs on: a base bundle with files replaced, added or removed.
package struct CheckerExample: Sendable {
    package var name: String
    /// Path → new content; `nil` removes the file from the base bundle.
    package var files: [String: String?]
    /// The rule's parameters for this example, as YAML (the pack's when `nil`).
    package var parameters: String?
    package var auditDate: String
    package var expected: RuleStatus
    /// The severity the outcome must carry when it overrides the rule's.
    package var expectedSeverity: Severity?
    /// Phrases the English message must contain: every unmet condition is named.
    package var mentioning: [String]
    package var file: StaticString
    package var line: UInt

    package init(_ name: String, expect expected: RuleStatus, files: [String: String?] = [:], parameters: String? = nil,
                auditDate: String = "2026-06-30", severity: Severity? = nil, mentioning: [String] = [],
                file: StaticString = #filePath, line: UInt = #line) {
        self.name = name
        self.mentioning = mentioning
        self.files = files
        self.parameters = parameters
        self.auditDate = auditDate
        self.expected = expected
        self.expectedSeverity = severity
        self.file = file
        self.line = line
    }
}
