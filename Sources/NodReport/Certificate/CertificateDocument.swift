package import Foundation
package import NodCore

/// The certificate file a certification body gives an organisation: what was awarded, to whom,
/// on which standard, until when, signed with the body's Ed25519 key. Its status is not in it
/// (a status changes; a signed file cannot): the register says whether it is in force today.
package struct CertificateDocument: Codable, Sendable, Equatable {
    package struct Scope: Codable, Sendable, Equatable {
        package init(profile: String, profileTitle: LocalizedText?, level: String, levelTitle: LocalizedText?) {
            self.profile = profile
            self.profileTitle = profileTitle
            self.level = level
            self.levelTitle = levelTitle
        }
        package var profile: String
        package var profileTitle: LocalizedText?
        package var level: String
        package var levelTitle: LocalizedText?
        enum CodingKeys: String, CodingKey { case profile, profileTitle = "profile-title", level, levelTitle = "level-title" }
    }

    package struct Standard: Codable, Sendable, Equatable {
        package init(profileVersion: String, packs: [Pack]) {
            self.profileVersion = profileVersion
            self.packs = packs
        }
        package var profileVersion: String
        package var packs: [Pack]
        enum CodingKeys: String, CodingKey { case profileVersion = "profile-version", packs }
    }

    package struct Pack: Codable, Sendable, Equatable {
        package init(id: String, version: String, sha256: String) {
            self.id = id
            self.version = version
            self.sha256 = sha256
        }
        package var id: String
        package var version: String
        package var sha256: String
    }

    /// Who reviewed and who decided; `samePerson` is shown wherever a small scheme allows it.
    package struct DecisionRecord: Codable, Sendable, Equatable {
        package init(outcome: String, date: LocalDate, reviewer: String, decider: String, samePerson: Bool) {
            self.outcome = outcome
            self.date = date
            self.reviewer = reviewer
            self.decider = decider
            self.samePerson = samePerson
        }
        package var outcome: String
        package var date: LocalDate
        package var reviewer: String
        package var decider: String
        package var samePerson: Bool
        enum CodingKeys: String, CodingKey { case outcome, date, reviewer, decider, samePerson = "same-person" }
    }

    /// The audit the decision rests on.
    package struct AuditRecord: Codable, Sendable, Equatable {
        package init(submission: String, auditDate: LocalDate, bundleSHA256: String, reportSHA256: String) {
            self.submission = submission
            self.auditDate = auditDate
            self.bundleSHA256 = bundleSHA256
            self.reportSHA256 = reportSHA256
        }
        package var submission: String
        package var auditDate: LocalDate
        package var bundleSHA256: String
        package var reportSHA256: String
        enum CodingKeys: String, CodingKey { case submission, auditDate = "audit-date", bundleSHA256 = "bundle-sha256", reportSHA256 = "report-sha256" }
    }

    /// A condition of the award: a rule to put right by a date.
    package struct Condition: Codable, Sendable, Equatable {
        package init(rule: String, due: LocalDate) {
            self.rule = rule
            self.due = due
        }
        package var rule: String
        package var due: LocalDate
    }

    package var certificateFormat = 1
    package var number: String
    package var organisation: String
    package var scope: Scope
    package var standard: Standard
    package var decision: DecisionRecord
    package var conditions: [Condition]
    package var expires: LocalDate
    package var surveillanceDue: [LocalDate]
    package var audit: AuditRecord
    /// The register page that says whether the certificate is in force today (the QR code's target).
    package var register: String
    package var signature: AuditReport.Signature?

    package init(number: String, organisation: String, scope: Scope, standard: Standard, decision: DecisionRecord, conditions: [Condition],
                 expires: LocalDate, surveillanceDue: [LocalDate], audit: AuditRecord, register: String) {
        self.number = number
        self.organisation = organisation
        self.scope = scope
        self.standard = standard
        self.decision = decision
        self.conditions = conditions
        self.expires = expires
        self.surveillanceDue = surveillanceDue
        self.audit = audit
        self.register = register
    }

    enum CodingKeys: String, CodingKey {
        case certificateFormat = "certificate-format", number, organisation, scope, standard, decision, conditions, expires
        case surveillanceDue = "surveillance-due", audit, register, signature
    }

    /// The file's bytes: sorted keys, no spaces, one trailing newline.
    package func canonical() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Whether `data` looks like a certificate file rather than a report (its first key says).
    package static func isCertificate(_ data: Data) -> Bool {
        (try? JSONDecoder().decode(Probe.self, from: data))?.certificateFormat != nil
    }

    private struct Probe: Decodable {
        var certificateFormat: Int?
        enum CodingKeys: String, CodingKey { case certificateFormat = "certificate-format" }
    }
}

/// Signing and checking certificate files, as `ReportSigning` does for reports: the signature
/// covers the canonical bytes without the signature, and a signed file must itself be canonical.
package enum CertificateSigning {
    package static func signedBytes(_ document: CertificateDocument) throws -> Data {
        var unsigned = document
        unsigned.signature = nil
        return try unsigned.canonical()
    }

    package static func sign(_ document: CertificateDocument, keyID: String, sign: (Data) throws -> String) throws -> CertificateDocument {
        var signed = document
        signed.signature = AuditReport.Signature(keyID: keyID, value: try sign(try signedBytes(document)))
        return signed
    }

    /// Checks a certificate file's bytes against a key; on success, the document.
    package static func verify(_ data: Data, keyID: String, isValid: (String, Data) -> Bool) -> Result<CertificateDocument, SignatureFailure> {
        guard let document = try? JSONDecoder().decode(CertificateDocument.self, from: data), document.certificateFormat == 1 else {
            return .failure(.notNod(what: "certificate"))
        }
        guard let signature = document.signature else { return .failure(.unsigned(what: "certificate")) }
        guard signature.algorithm == "ed25519" else { return .failure(.unknownAlgorithm(signature.algorithm)) }
        guard let canonical = try? document.canonical(), canonical == data else { return .failure(.changed(what: "certificate")) }
        guard signature.keyID == keyID else { return .failure(.otherKey(signedWith: signature.keyID, expected: keyID)) }
        guard let signed = try? signedBytes(document), isValid(signature.value, signed) else {
            return .failure(.mismatch(what: "certificate"))
        }
        return .success(document)
    }
}
