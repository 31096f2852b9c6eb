import Foundation
public import NodCore
import NodYAML

/// An accepted exception to one rule: who approved it, why, and for how long.
public struct Waiver: Decodable, Sendable {
    public var rule: Located<String>
    public var justification: String
    public var approver: String
    public var granted: Located<LocalDate>
    public var expires: Located<LocalDate>
    public var scope: String?

    public enum CodingKeys: String, CodingKey, CaseIterable { case rule, justification, approver, granted, expires, scope }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(Located<String>.self, forKey: .rule)
        justification = try container.decode(String.self, forKey: .justification)
        approver = try container.decode(String.self, forKey: .approver)
        granted = try container.decode(Located<LocalDate>.self, forKey: .granted)
        expires = try container.decode(Located<LocalDate>.self, forKey: .expires)
        scope = try container.decodeIfPresent(String.self, forKey: .scope)
        guard granted.value <= expires.value else {
            throw DecodingError.dataCorruptedError(forKey: .expires, in: container, debugDescription: "the waiver expires (\(expires.value)) before it was granted (\(granted.value))")
        }
        for (key, text) in [(CodingKeys.justification, justification), (.approver, approver)] where text.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "a waiver needs a \(key.rawValue)")
        }
    }

    /// In force on `date`: granted on or before it and not yet expired.
    public func isActive(on date: LocalDate) -> Bool { granted.value <= date && date <= expires.value }
}

/// An auditor's statement of what no file shows (a site visit, an interview).
public struct Attestation: Decodable, Sendable {
    public enum Outcome: String, Decodable, Sendable, CaseIterable { case met, notMet = "not-met" }

    public var rule: Located<String>
    public var attester: String
    public var date: Located<LocalDate>
    public var outcome: Outcome
    public var note: String

    public enum CodingKeys: String, CodingKey, CaseIterable { case rule, attester, date, outcome, note }
}

/// The files given with `--waivers` and `--attestations`, versioned like rule packs.
public enum ExceptionFiles {
    private struct WaiverFile: Decodable {
        var waivers: [Waiver]
        enum CodingKeys: String, CodingKey, CaseIterable { case format = "waivers-format", waivers }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            try FormatVersion.check(container, key: .format, supported: 1, what: "waivers-format")
            waivers = try container.decode([Waiver].self, forKey: .waivers)
        }
    }

    private struct AttestationFile: Decodable {
        var attestations: [Attestation]
        enum CodingKeys: String, CodingKey, CaseIterable { case format = "attestations-format", attestations }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            try FormatVersion.check(container, key: .format, supported: 1, what: "attestations-format")
            attestations = try container.decode([Attestation].self, forKey: .attestations)
        }
    }

    public static func waivers(_ bytes: [UInt8], file: String, knownRules: Set<String>) throws(RuleError) -> [Waiver] {
        let waivers = try decode(WaiverFile.self, bytes, file: file).waivers
        try checkRules(waivers.map(\.rule), knownRules: knownRules, what: "waives")
        return waivers
    }

    public static func attestations(_ bytes: [UInt8], file: String, knownRules: Set<String>) throws(RuleError) -> [Attestation] {
        let attestations = try decode(AttestationFile.self, bytes, file: file).attestations
        try checkRules(attestations.map(\.rule), knownRules: knownRules, what: "attests")
        return attestations
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], file: String) throws(RuleError) -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: bytes, file: file)
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

