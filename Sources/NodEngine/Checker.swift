public import NodCore
public import NodEvidence
public import NodYAML

/// What a checker is given: the parsed evidence and the audit date (never the clock).
public struct CheckInput: Sendable {
    public let evidence: EvidenceModel
    public let auditDate: LocalDate

    public init(evidence: EvidenceModel, auditDate: LocalDate) {
        self.evidence = evidence
        self.auditDate = auditDate
    }

    public var manifest: Manifest { evidence.manifest }
    public var period: DatePeriod { evidence.manifest.period.value }
}

/// A named number a finding reports ("months-since-previous-agm": 11.9).
public struct Measure: Sendable, Hashable {
    public var name: String
    public var value: Double

    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = (value * 100).rounded() / 100
    }
}

/// A checker's answer for one rule and one bundle.
public struct CheckOutcome: Sendable {
    public enum Verdict: Sendable, Hashable {
        case pass, fail, notEvidenced
        case notApplicable(reason: LocalizedText)
    }

    public var verdict: Verdict
    public var message: LocalizedText
    public var evidence: [EvidenceCitation]
    public var measures: [Measure]
    /// A different severity for this finding than the rule's (FIN-07's trading share is an observation).
    public var severity: Severity?

    public init(_ verdict: Verdict, _ message: LocalizedText, evidence: [EvidenceCitation] = [], measures: [Measure] = [],
                severity: Severity? = nil) {
        self.verdict = verdict
        self.message = message
        self.evidence = evidence
        self.measures = measures
        self.severity = severity
    }

    public static func pass(_ en: String, _ cy: String, evidence: [EvidenceCitation] = [], measures: [Measure] = []) -> Self {
        CheckOutcome(.pass, LocalizedText(en: en, cy: cy), evidence: evidence, measures: measures)
    }

    public static func fail(_ en: String, _ cy: String, evidence: [EvidenceCitation] = [], measures: [Measure] = [],
                            severity: Severity? = nil) -> Self {
        CheckOutcome(.fail, LocalizedText(en: en, cy: cy), evidence: evidence, measures: measures, severity: severity)
    }

    public static func notEvidenced(_ en: String, _ cy: String, evidence: [EvidenceCitation] = []) -> Self {
        CheckOutcome(.notEvidenced, LocalizedText(en: en, cy: cy), evidence: evidence)
    }
}

/// A check that a rule can name: reads the evidence, answers pass / fail / not evidenced.
///
/// Parameters arrive as a typed `Options` value decoded from the rule's `with:` (unknown or
/// ill-typed parameters are located errors when the rules are loaded, not at audit time).
/// A checker never decides the certificate: the engine applies severity and the profile.
public protocol Checker: Sendable {
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
public struct NoOptions: YAMLReadable, Sendable {
    public init() {}
    public init(yaml: YAMLValue) throws(YAMLError) {
        if let pair = try yaml.anyMapping().pairs.first {
            throw YAMLError(.unknownKey, at: pair.key.location, "unknown key '\(pair.key.scalar ?? "")': this check takes no parameters")
        }
    }
}

/// A bundle a checker's example runs on: a base bundle with files replaced, added or removed.
public struct CheckerExample: Sendable {
    public var name: String
    /// Path → new content; `nil` removes the file from the base bundle.
    public var files: [String: String?]
    /// The rule's parameters for this example, as YAML (the pack's when `nil`).
    public var parameters: String?
    public var auditDate: String
    public var expected: RuleStatus
    /// The severity the outcome must carry when it overrides the rule's.
    public var expectedSeverity: Severity?
    public var file: StaticString
    public var line: UInt

    public init(_ name: String, expect expected: RuleStatus, files: [String: String?] = [:], parameters: String? = nil,
                auditDate: String = "2026-06-30", severity: Severity? = nil, file: StaticString = #filePath, line: UInt = #line) {
        self.name = name
        self.files = files
        self.parameters = parameters
        self.auditDate = auditDate
        self.expected = expected
        self.expectedSeverity = severity
        self.file = file
        self.line = line
    }
}
