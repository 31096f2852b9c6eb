package import NodCore

/// The report of one audit, as docs/report.md defines its JSON: the one model every renderer reads.
///
/// Everything in it is derived from the bundle, the rules, the audit date and the version of
/// nod — no clock, no host name, no map-order noise — so the same inputs give the same bytes.
package struct AuditReport: Codable, Sendable {
    package struct Tool: Codable, Sendable { package var name = "nod"; package var version = NodVersion.current }

    package struct Bundle: Codable, Sendable {
        package var sha256: String
        package var archiveSHA256: String?
        package var organisation: String
        package var model: String
        package var nation: String
        package var regulatedService: Bool
        package var period: DatePeriod
        /// The co-op's entry in a public register ("fca-mutuals" RS008812), when its manifest
        /// gives one: how a regulator's ledger matches a report to an organisation across seasons.
        package var registration: Registration?
        enum CodingKeys: String, CodingKey {
            case sha256, archiveSHA256 = "archive-sha256", organisation, model, nation, regulatedService = "regulated-service", period
            case registration
        }
    }

    /// A register and the co-op's number in it.
    package struct Registration: Codable, Sendable, Equatable {
        package var register: String
        package var number: String

        package init(register: String, number: String) {
            self.register = register
            self.number = number
        }
    }

    package struct PackReference: Codable, Sendable {
        package var id: String
        package var version: String
        package var sha256: String
        package var title: LocalizedText?
    }

    package struct Rules: Codable, Sendable {
        package var profile: String
        package var profileVersion: String
        /// The profile's name in each language, as a report's reader sees the standard.
        package var profileTitle: LocalizedText?
        package var packs: [PackReference]
        enum CodingKeys: String, CodingKey { case profile, profileVersion = "profile-version", profileTitle = "profile-title", packs }
    }

    package struct Score: Codable, Sendable {
        package var earned: Int
        package var possible: Int
        package var percent: Double
    }

    package struct CorrectiveAction: Codable, Sendable {
        package var rule: String
        package var due: LocalDate
        package init(rule: String, due: LocalDate) {
            self.rule = rule
            self.due = due
        }
    }

    package struct Result: Codable, Sendable {
        package var rule: String
        package var pack: String
        package var title: LocalizedText
        package var status: RuleStatus
        package var severity: Severity
        package var message: LocalizedText
        /// Why the rule does not apply, in the report's language (docs/report.md); both languages in `reasonText`.
        package var reason: String?
        package var reasonText: LocalizedText?
        package var measures: [String: Double]?
        package var evidence: [EvidenceCitation]
        /// How to meet the requirement, from the rule pack; for results that are not met.
        package var guidance: LocalizedText?
        package var waiver: WaiverRecord?
        package var attestation: AttestationRecord?
        /// The severity before a repeated finding was escalated.
        package var escalatedFrom: Severity?
        enum CodingKeys: String, CodingKey {
            case rule, pack, title, status, severity, message, reason, reasonText = "reason-text", measures, evidence, guidance
            case waiver, attestation, escalatedFrom = "escalated-from"
        }
    }

    /// The waiver a waived rule rests on.
    package struct WaiverRecord: Codable, Sendable {
        package var rule: String
        package var justification: String
        package var approver: String
        package var granted: LocalDate
        package var expires: LocalDate
        package var scope: String?
        package var reason: LocalizedText?
    }

    /// An auditor's statement a result rests on.
    package struct AttestationRecord: Codable, Sendable {
        package var attester: String
        package var date: LocalDate
        package var outcome: String
        package var note: String
    }

    /// What came back from the organisation's previous audit: rules not met in both, and the
    /// previous audit's corrective actions whose rule is still not met.
    package struct History: Codable, Sendable {
        package var previousAuditDate: LocalDate
        package var repeated: [String]
        package var unclosedActions: [CorrectiveAction]
        package init(previousAuditDate: LocalDate, repeated: [String], unclosedActions: [CorrectiveAction]) {
            self.previousAuditDate = previousAuditDate
            self.repeated = repeated
            self.unclosedActions = unclosedActions
        }
        enum CodingKeys: String, CodingKey { case previousAuditDate = "previous-audit-date", repeated, unclosedActions = "unclosed-actions" }
    }

    /// Waivers that expired before the audit date or matched nothing.
    package struct Waivers: Codable, Sendable {
        package var expired: [WaiverRecord]
        package var unused: [WaiverRecord]
    }

    package struct EvidenceEntry: Codable, Sendable {
        package var path: String
        package var sha256: String
        package var bytes: Int64
    }

    package struct ProblemEntry: Codable, Sendable {
        package var code: String
        package var path: String
        package var line: Int?
        package var column: Int?
        package var message: String
        /// The message in Welsh, when the reader that found the problem says it so.
        package var messageCy: String?
        enum CodingKeys: String, CodingKey { case code, path, line, column, message, messageCy = "message-cy" }
    }

    /// An Ed25519 signature over the canonical bytes of this report without its signature.
    package struct Signature: Codable, Sendable, Hashable {
        package var algorithm = "ed25519"
        package var keyID: String
        package var value: String
        package init(keyID: String, value: String) {
            self.keyID = keyID
            self.value = value
        }
        enum CodingKeys: String, CodingKey { case algorithm, keyID = "key-id", value }
    }

    package var reportFormat = 1
    package var tool = Tool()
    package var auditDate: LocalDate
    package var language: String
    package var bundle: Bundle
    package var rules: Rules
    package var decision: Decision
    /// Blocking profiles set the exit code from the decision; a self-check does not.
    package var blocking: Bool
    package var level: String?
    package var levelTitle: LocalizedText?
    package var score: Score
    package var correctiveActions: [CorrectiveAction]
    package var results: [Result]
    package var evidence: [EvidenceEntry]
    package var problems: [ProblemEntry]
    /// Present when a waivers file was given.
    package var waivers: Waivers?
    package var signature: Signature?
    /// Present when the organisation's previous audit was given (`--previous`, or the office's ledger).
    package var history: History? = nil
    /// The files beside the bundle that changed the result, by digest; absent when none did.
    package var inputs: Inputs? = nil
    /// What a reader of the human formats is told of the signature (`nod render --key`); never
    /// part of the JSON.
    package var signatureCheck: SignatureCheckText? = nil

    /// The outcome of checking the signature against a key, as the human formats say it.
    package enum SignatureCheckText: Sendable, Equatable {
        case valid
        case invalid(LocalizedText)
    }

    /// What `nod audit` must be given again, beside the bundle, to reproduce this report: the
    /// waivers, attestations and previous report by their SHA-256, whether the rules came from
    /// files (`--rules`; each pack's digest is under `rules.packs`), and the plug-ins that
    /// judged rules (name and version).
    package struct Inputs: Codable, Sendable, Equatable {
        package var waiversSHA256: String?
        package var attestationsSHA256: String?
        package var previousSHA256: String?
        package var rulesFromFiles: Bool?
        package var plugins: [String]?

        package init(waiversSHA256: String? = nil, attestationsSHA256: String? = nil, previousSHA256: String? = nil,
                     rulesFromFiles: Bool = false, plugins: [String] = []) {
            self.waiversSHA256 = waiversSHA256
            self.attestationsSHA256 = attestationsSHA256
            self.previousSHA256 = previousSHA256
            self.rulesFromFiles = rulesFromFiles ? true : nil
            self.plugins = plugins.isEmpty ? nil : plugins
        }

        package var isEmpty: Bool {
            waiversSHA256 == nil && attestationsSHA256 == nil && previousSHA256 == nil && rulesFromFiles == nil && plugins == nil
        }

        enum CodingKeys: String, CodingKey {
            case waiversSHA256 = "waivers-sha256", attestationsSHA256 = "attestations-sha256", previousSHA256 = "previous-sha256"
            case rulesFromFiles = "rules-from-files", plugins
        }
    }

    enum CodingKeys: String, CodingKey {
        case reportFormat = "report-format", tool, auditDate = "audit-date", language, bundle, rules, decision, blocking
        case level, levelTitle = "level-title", score, correctiveActions = "corrective-actions", results, evidence, problems, waivers, signature
        case history, inputs
    }
}
