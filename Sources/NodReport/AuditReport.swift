public import NodCore

/// The report of one audit, as cli.md defines its JSON: the one model every renderer reads.
///
/// Everything in it is derived from the bundle, the rules, the audit date and the version of
/// nod — no clock, no host name, no map-order noise — so the same inputs give the same bytes.
public struct AuditReport: Codable, Sendable {
    public struct Tool: Codable, Sendable { public var name = "nod"; public var version = NodVersion.current }

    public struct Bundle: Codable, Sendable {
        public var sha256: String
        public var archiveSHA256: String?
        public var organisation: String
        public var model: String
        public var nation: String
        public var regulatedService: Bool
        public var period: DatePeriod
        enum CodingKeys: String, CodingKey {
            case sha256, archiveSHA256 = "archive-sha256", organisation, model, nation, regulatedService = "regulated-service", period
        }
    }

    public struct PackReference: Codable, Sendable {
        public var id: String
        public var version: String
        public var sha256: String
        public var title: LocalizedText?
    }

    public struct Rules: Codable, Sendable {
        public var profile: String
        public var profileVersion: String
        public var packs: [PackReference]
        enum CodingKeys: String, CodingKey { case profile, profileVersion = "profile-version", packs }
    }

    public struct Score: Codable, Sendable {
        public var earned: Int
        public var possible: Int
        public var percent: Double
    }

    public struct CorrectiveAction: Codable, Sendable {
        public var rule: String
        public var due: LocalDate
    }

    public struct Result: Codable, Sendable {
        public var rule: String
        public var pack: String
        public var title: LocalizedText
        public var status: RuleStatus
        public var severity: Severity
        public var message: LocalizedText
        /// Why the rule does not apply, in the report's language (cli.md); both languages in `reasonText`.
        public var reason: String?
        public var reasonText: LocalizedText?
        public var measures: [String: Double]?
        public var evidence: [EvidenceCitation]
        /// How to meet the requirement, from the rule pack; for results that are not met.
        public var guidance: LocalizedText?
        public var waiver: WaiverRecord?
        public var attestation: AttestationRecord?
        enum CodingKeys: String, CodingKey {
            case rule, pack, title, status, severity, message, reason, reasonText = "reason-text", measures, evidence, guidance
            case waiver, attestation
        }
    }

    /// The waiver a waived rule rests on.
    public struct WaiverRecord: Codable, Sendable {
        public var rule: String
        public var justification: String
        public var approver: String
        public var granted: LocalDate
        public var expires: LocalDate
        public var scope: String?
        public var reason: LocalizedText?
    }

    /// An auditor's statement a result rests on.
    public struct AttestationRecord: Codable, Sendable {
        public var attester: String
        public var date: LocalDate
        public var outcome: String
        public var note: String
    }

    /// Waivers that expired before the audit date or matched nothing.
    public struct Waivers: Codable, Sendable {
        public var expired: [WaiverRecord]
        public var unused: [WaiverRecord]
    }

    public struct EvidenceEntry: Codable, Sendable {
        public var path: String
        public var sha256: String
        public var bytes: Int64
    }

    public struct ProblemEntry: Codable, Sendable {
        public var code: String
        public var path: String
        public var line: Int?
        public var column: Int?
        public var message: String
    }

    /// An Ed25519 signature over the canonical bytes of this report without its signature.
    public struct Signature: Codable, Sendable, Hashable {
        public var algorithm = "ed25519"
        public var keyID: String
        public var value: String
        public init(keyID: String, value: String) {
            self.keyID = keyID
            self.value = value
        }
        enum CodingKeys: String, CodingKey { case algorithm, keyID = "key-id", value }
    }

    public var reportFormat = 1
    public var tool = Tool()
    public var auditDate: LocalDate
    public var language: String
    public var bundle: Bundle
    public var rules: Rules
    public var decision: Decision
    /// Blocking profiles set the exit code from the decision; a self-check does not.
    public var blocking: Bool
    public var level: String?
    public var levelTitle: LocalizedText?
    public var score: Score
    public var correctiveActions: [CorrectiveAction]
    public var results: [Result]
    public var evidence: [EvidenceEntry]
    public var problems: [ProblemEntry]
    /// Present when a waivers file was given.
    public var waivers: Waivers?
    public var signature: Signature?

    enum CodingKeys: String, CodingKey {
        case reportFormat = "report-format", tool, auditDate = "audit-date", language, bundle, rules, decision, blocking
        case level, levelTitle = "level-title", score, correctiveActions = "corrective-actions", results, evidence, problems, waivers, signature
    }
}
