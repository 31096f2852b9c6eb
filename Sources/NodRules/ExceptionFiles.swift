import Foundation
package import NodCore
package import NodYAML

/// An accepted exception to one rule: who approved it, why, and for how long.
package struct Waiver: YAMLReadable, Sendable {
    package var rule: Located<String>
    package var justification: String
    package var approver: String
    package var granted: Located<LocalDate>
    package var expires: Located<LocalDate>
    package var scope: String?

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["rule", "justification", "approver", "granted", "expires", "scope"])
        rule = try fields.required("rule")
        justification = try fields.required("justification")
        approver = try fields.required("approver")
        granted = try fields.required("granted")
        expires = try fields.required("expires")
        scope = try fields.optional("scope")
        guard granted.value <= expires.value else {
            throw fields.invalid("expires", "the waiver expires (\(expires.value)) before it was granted (\(granted.value))")
        }
        for (key, text) in [("justification", justification), ("approver", approver)] where text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw fields.invalid(key, "a waiver needs a \(key)")
        }
    }

    /// In force on `date`: granted on or before it and not yet expired.
    package func isActive(on date: LocalDate) -> Bool { granted.value <= date && date <= expires.value }
}

/// An auditor's statement of what no file shows (a site visit, an interview).
package struct Attestation: YAMLReadable, Sendable {
    package enum Outcome: String, YAMLEnum, Sendable { case met, notMet = "not-met" }

    package var rule: Located<String>
    package var attester: String
    package var date: Located<LocalDate>
    package var outcome: Outcome
    package var note: String

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["rule", "attester", "date", "outcome", "note"])
        rule = try fields.required("rule")
        attester = try fields.required("attester")
        date = try fields.required("date")
        outcome = try fields.required("outcome")
        note = try fields.required("note")
    }
}

/// The files given with `--waivers` and `--attestations`, versioned like rule packs.
package enum ExceptionFiles {
    private struct WaiverFile: YAMLReadable {
        var waivers: [Waiver]
        init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["waivers-format", "waivers"])
            try FormatVersion.check(fields, key: "waivers-format", supported: 1)
            waivers = try fields.required("waivers")
        }
    }

    private struct AttestationFile: YAMLReadable {
        var attestations: [Attestation]
        init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["attestations-format", "attestations"])
            try FormatVersion.check(fields, key: "attestations-format", supported: 1)
            attestations = try fields.required("attestations")
        }
    }

    package static func waivers(_ bytes: [UInt8], file: String, knownRules: Set<String>) throws(RuleError) -> [Waiver] {
        let waivers = try decode(WaiverFile.self, bytes, file: file).waivers
        try checkRules(waivers.map(\.rule), knownRules: knownRules, what: "waives")
        return waivers
    }

    package static func attestations(_ bytes: [UInt8], file: String, knownRules: Set<String>) throws(RuleError) -> [Attestation] {
        let attestations = try decode(AttestationFile.self, bytes, file: file).attestations
        try checkRules(attestations.map(\.rule), knownRules: knownRules, what: "attests")
        return attestations
    }

    private static func decode<T: YAMLReadable>(_ type: T.Type, _ bytes: [UInt8], file: String) throws(RuleError) -> T {
        do {
            return try YAMLDocument.read(T.self, from: bytes, file: file)
        } catch {
            throw RuleError(.syntax, at: error.location, error.message)
        }
    }

    private static func checkRules(_ rules: [Located<String>], knownRules: Set<String>, what: String) throws(RuleError) {
        for rule in rules where !knownRules.contains(rule.value) {
            var message = "\(what) '\(rule.value)', which no loaded rule pack defines"
            if let guess = Suggestion.closest(to: rule.value, among: knownRules.sorted()) { message += " — did you mean '\(guess)'?" }
            throw RuleError(.unknownRule, at: rule.location, message)
        }
    }
}

